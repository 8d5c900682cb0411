"""Read articles from files and folders into :class:`~claims.records.Document` records.

Formats: ``.txt`` (the first line is also the title; the whole file is the text), ``.jsonl`` and ``.csv`` (fields
``id``, ``title``, ``text``, ``date``, ``source``, ``url``), ``.html``/``.htm`` (main text by trafilatura), and folders,
walked recursively. A document with no date of its own takes the one its header gives ("Publié le 15/09/2027", a wire
dateline "TUNIS, 5 juin 2027 (AFP) -"): dates make the same speaker's statements in two articles a candidate pair.
Encodings: UTF-8, UTF-8 with BOM, UTF-16 with BOM, else cp1252 / latin-1.

The stored ``text`` is the decoded file with the BOM dropped, line ends made ``\\n``, NUL bytes removed and Unicode in
NFC form; every offset claims writes refers to it. Nothing here raises on bad input: each file that cannot be read, or
is read with a caveat, yields a :class:`Problem` naming the file (and line) and the reason.

Example:
    >>> from claims.ingest import read_documents
    >>> docs, problems = read_documents(["seeds"])
    >>> len(docs), [str(p) for p in problems]
    (5, [])
"""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from claims.lexicon import MONTHS
from claims.records import Document

SUFFIXES = (".txt", ".jsonl", ".csv", ".html", ".htm")
MAX_CHARS = 1_000_000  # one article; also spaCy's default nlp.max_length
FIELDS = ("id", "title", "text", "date", "source", "url")


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input: ``error`` means nothing of it was read, ``warning`` that it was read anyway."""

    path: str
    reason: str
    line: int | None = None
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "severity": self.severity, "reason": self.reason}


class _Unreadable(Exception):
    """A whole file is skipped, for the reason given."""


_SURROGATE = re.compile("[\ud800-\udfff]")
# formats that are never articles, whatever their name says: PDF, gzip, zip/docx, PNG, JPEG, GIF, ELF, 7z, bzip2
_MAGIC = (b"%PDF", b"\x1f\x8b", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"7z\xbc\xaf",
          b"BZh")


def clean(text: str) -> str:
    """``text`` with lone surrogates (half an emoji cut by a scraper, an undecodable byte of a file name) replaced by
    U+FFFD, so that it can be parsed and written as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def read_documents(paths: Sequence[str | Path], max_chars: int = MAX_CHARS) -> tuple[list[Document], list[Problem]]:
    """Every readable document under ``paths``, and one :class:`Problem` per file or line that was not (fully) read.

    Args:
        paths: files or folders; folders are walked recursively (hidden files skipped), in sorted order.
        max_chars: documents longer than this are skipped with a problem (they are not articles).
    """
    documents: list[Document] = []
    problems: list[Problem] = []
    for path in _files(paths, problems):
        try:
            docs, notes = _read_file(path, max_chars)
        except _Unreadable as err:
            problems.append(Problem(str(path), str(err)))
            continue
        except OSError as err:
            problems.append(Problem(str(path), f"cannot be read ({err.strerror or err})"))
            continue
        documents.extend(docs)
        problems.extend(notes)
    return _unique_ids(documents, problems), problems


def _unique_ids(documents: list[Document], problems: list[Problem]) -> list[Document]:
    """Two documents never share an id (``sub1/article.txt`` and ``sub2/article.txt``, two CSV exports numbered from
    1): a repeated id gets a suffix, with a warning naming both files, so statements, pairs and verdicts stay apart."""
    from dataclasses import replace

    seen: dict[str, str] = {}
    out = []
    for doc in documents:
        ident, n = doc.id, 1
        while ident in seen:
            n += 1
            ident = f"{doc.id}~{n}"
        if ident != doc.id:
            problems.append(Problem(doc.path or "", f"document id '{doc.id}' is already used by {seen[doc.id]}; "
                                                    f"this one is '{ident}'", severity="warning"))
            doc = replace(doc, id=ident)
        seen[ident] = doc.path or ident
        out.append(doc)
    return out


def _files(paths: Iterable[str | Path], problems: list[Problem]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() or (p.is_symlink() and not p.exists())):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if not child.exists():
                    problems.append(Problem(clean(str(child)), "a link to nothing (its target is missing); skipped"))
                    continue
                if child.suffix.lower() in SUFFIXES:
                    yield child
                else:
                    problems.append(Problem(str(child), f"unsupported file type '{child.suffix or '(none)'}' "
                                                        f"(expected {', '.join(SUFFIXES)}); skipped"))
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                problems.append(Problem(str(path), f"unsupported file type '{path.suffix or '(none)'}' "
                                                   f"(expected {', '.join(SUFFIXES)}); skipped"))
        else:
            problems.append(Problem(str(path), "no such file or folder"))


def _read_file(path: Path, max_chars: int) -> tuple[list[Document], list[Problem]]:
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if size == 0:
        raise _Unreadable("empty file; skipped")
    if suffix in (".txt", ".html", ".htm") and size > 4 * max_chars:
        raise _Unreadable(f"{size / 1e6:.1f} MB is too large for one article (limit {max_chars:,} characters); "
                          f"split it or raise --max-chars; skipped")
    raw = path.read_bytes()
    if suffix == ".jsonl":
        text, notes = _decode_lines(raw, str(path))
    else:
        text, notes = decode(raw, str(path))
    if suffix == ".txt":
        text, wrapped = unwrap(text)
        if wrapped:
            notes.append(Problem(str(path), f"hard-wrapped text: {wrapped} line breaks inside paragraphs joined",
                                 severity="warning"))
        docs = [_txt_document(path, text, max_chars)]
    elif suffix in (".html", ".htm"):
        docs = [_html_document(path, text, max_chars)]
    elif suffix == ".jsonl":
        docs, more = _jsonl_documents(path, text, max_chars)
        notes += more
    else:
        docs, more = _csv_documents(path, text, max_chars)
        notes += more
    if not docs and not any(n.severity == "error" for n in notes):
        raise _Unreadable("no document in it; skipped")
    return docs, notes


def decode(raw: bytes, where: str = "") -> tuple[str, list[Problem]]:
    """Text of ``raw`` (UTF-8, UTF-8/16 with BOM, else cp1252 / latin-1), normalised; notes on what was repaired.

    Raises ``_Unreadable`` for binary content.
    """
    notes: list[Problem] = []
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as err:
            text = raw.decode("utf-16", errors="replace")
            notes.append(Problem(where, f"UTF-16 with a damaged end or byte ({err.reason} at offset {err.start}); "
                                        f"read with U+FFFD in its place", severity="warning"))
    elif raw.startswith(_MAGIC):
        raise _Unreadable("binary content (a PDF, archive, image or program), not text; skipped")
    else:
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if _looks_binary(raw):
            raise _Unreadable("binary content, not text; skipped")
        nuls = raw.count(b"\x00")
        if nuls:
            raw = raw.replace(b"\x00", b"")
            notes.append(Problem(where, f"{nuls} NUL byte(s) removed; the rest was read", severity="warning"))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            text = "".join(_cp1252(b) for b in raw)
            notes.append(Problem(where, f"{_NOT_UTF8} (byte 0x{raw[err.start]:02x} at offset {err.start}); "
                                        f"read as cp1252/latin-1", severity="warning"))
    return _normalise(text), notes


_NOT_UTF8 = "not valid UTF-8"


def _normalise(text: str) -> str:
    """The stored form of decoded text: no BOM, ``\n`` line ends, no NUL, no lone surrogate, NFC."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return unicodedata.normalize("NFC", clean(text))


def _decode_lines(raw: bytes, where: str) -> tuple[str, list[Problem]]:
    """A JSON Lines file decoded line by line: one cp1252 line among UTF-8 ones (a concatenated export) is read
    as cp1252 with a warning naming it, the other lines stay UTF-8."""
    text, notes = decode(raw, where)  # binary content, NUL bytes and BOMs handled there
    whole_file = [n for n in notes if n.reason.startswith(_NOT_UTF8)]
    if not whole_file:
        return text, notes
    lines = []
    notes = [n for n in notes if n not in whole_file]
    for n, line in enumerate(raw.split(b"\n"), start=1):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append("".join(_cp1252(b) for b in line))
            notes.append(Problem(where, f"{_NOT_UTF8}; this line read as cp1252/latin-1", n, severity="warning"))
    return _normalise("\n".join(lines)), notes


_SENTENCE_END = tuple(".!?…:;»\"”)")


def unwrap(text: str) -> tuple[str, int]:
    """Join the line breaks of hard-wrapped text (e-mails, terminals: lines cut at ~70 columns) inside paragraphs,
    so that sentences are whole again; a file written one paragraph per line is left as it is. Returns the text
    and the number of breaks joined (``tests/test_ingest.py`` has an example).
    """
    lines = text.split("\n")
    body = [line for line in lines[1:] if line.strip()]
    if len(body) < 6:
        return text, 0
    cut = [line for line in body if 40 <= len(line.rstrip()) <= 100 and not line.rstrip().endswith(_SENTENCE_END)]
    if max(len(line) for line in body) > 110 or len(cut) < 0.5 * len(body):
        return text, 0
    out, joined, last = [lines[0]], 0, lines[0]  # last: the previous physical line
    for line in lines[1:]:
        if line.strip() and last.strip() and len(out) > 1 and not last.rstrip().endswith(_SENTENCE_END) \
                and 40 <= len(last.rstrip()) <= 100:
            out[-1] = out[-1].rstrip() + " " + line.lstrip()
            joined += 1
        else:
            out.append(line)
        last = line
    return "\n".join(out), joined


def _cp1252(byte: int) -> str:
    # cp1252 where it defines the byte, latin-1 (a C1 control) for its five holes
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


def _looks_binary(raw: bytes) -> bool:
    """Binary when a sample is mostly NULs or control bytes that text never has."""
    sample = raw[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample) > 0.10


def _too_long(text: str, max_chars: int) -> str | None:
    if len(text) > max_chars:
        return (f"text is {len(text):,} characters, over the {max_chars:,} limit for one article; "
                f"split it or raise --max-chars; skipped")
    return None


def _txt_document(path: Path, text: str, max_chars: int) -> Document:
    if not text.strip():
        raise _Unreadable("no text in it (only blank characters); skipped")
    if reason := _too_long(text, max_chars):
        raise _Unreadable(reason)
    title = next((line.strip() for line in text.split("\n") if line.strip()), "")
    return Document(id=clean(path.stem), text=text, title=title, date=header_date(text), path=clean(str(path)))


def _html_document(path: Path, html: str, max_chars: int) -> Document:
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    data = result.as_dict() if hasattr(result, "as_dict") else (result or {})
    text = unicodedata.normalize("NFC", (data.get("text") or "").replace("\r\n", "\n"))
    if not text.strip():
        raise _Unreadable("no article text found in the HTML; skipped")
    if reason := _too_long(text, max_chars):
        raise _Unreadable(reason)
    return Document(id=clean(path.stem), text=clean(text), title=clean(data.get("title") or ""),
                    date=iso_date(data.get("date")) or data.get("date") or header_date(text),
                    source=data.get("sitename") or data.get("hostname"), url=data.get("url"), path=clean(str(path)))


_MONTHS = {m: i for i, m in enumerate(MONTHS, start=1)}


def iso_date(value: str | None) -> str | None:
    """A date as written in an export (ISO, 12/03/2018, 12.03.2018, 15 septembre 2018, 1er mars 2024, a Unix time,
    an RFC 2822 e-mail date) as ISO ``YYYY-MM-DD``; None when it is not understood.

    >>> [iso_date(v) for v in ("2018-03-12T10:00", "12/03/2018", "1er mars 2024", "1710234000", "Tue, 12 Mar 2024 09:00:00 +0000", "hier")]
    ['2018-03-12', '2018-03-12', '2024-03-01', '2024-03-12', '2024-03-12', None]
    """
    from datetime import date, datetime, timezone
    from email.utils import parsedate_to_datetime

    if not value:
        return None
    v = value.strip()

    def make(y: int, m: int, d: int) -> str | None:
        try:
            return date(y, m, d).isoformat()
        except ValueError:
            return None

    if m := re.match(r"^(\d{4})-(\d{2})-(\d{2})", v):
        return make(*map(int, m.groups()))
    if m := re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", v):
        return make(int(m.group(3)), int(m.group(2)), int(m.group(1)))  # French order: day, month, year
    folded = unicodedata.normalize("NFD", v.lower())
    folded = "".join(c for c in folded if unicodedata.category(c) != "Mn")
    if m := re.search(r"\b(\d{1,2})(?:er)?\s+([a-z]+)\s+(\d{4})\b", folded):
        if m.group(2) in _MONTHS:
            return make(int(m.group(3)), _MONTHS[m.group(2)], int(m.group(1)))
    if re.fullmatch(r"\d{9,10}", v):
        return datetime.fromtimestamp(int(v), tz=timezone.utc).date().isoformat()
    try:
        return parsedate_to_datetime(v).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


_DAY_MONTH_YEAR = (r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(\d{1,2}(?:er)?\s+(?:janvier|février|"
                   r"mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})")
_HEADER_DATES = (
    # "Publié le 15/09/2027 à 06h45", "Publié le jeudi 18 février 2027", "mis en ligne le …"
    re.compile(r"\b(?:[Pp]ublié|[Mm]is en ligne|[Mm]is à jour)\s+(?:le\s+)?" + _DAY_MONTH_YEAR),
    # a wire dateline: "SAINT-NAZAIRE, 14 septembre 2027 (AFP) -", "Tunis, 3 février 2027 (AFP) -"
    re.compile(r"(?m)^[A-ZÀ-Ý][\w'’ .-]{1,40}(?:\s*\([^)\n]{1,40}\))?,\s*(?:le\s+)?" + _DAY_MONTH_YEAR
               + r"\s*(?:\([A-Za-z/ ]{2,20}\)|[-–—])"),
    # a byline's date with the hour: "Par Lucas Berthier - 12 octobre 2027 à 07h30", "…, le 9 février 2027 à 22h15"
    re.compile(r"(?m)^[^\n]{0,120}?" + _DAY_MONTH_YEAR + r"\s+à\s+\d{1,2}\s?[h:]"),
)
HEADER_CHARS = 1200  # how far into a text its publication date is looked for


def header_date(text: str) -> str | None:
    """The publication date a text's header gives (ISO), else None: a "Publié le" line, a wire dateline, a byline's
    date with the hour; only in the first ``HEADER_CHARS`` characters, never a date in the story (a photo caption's
    "le 26 juillet 2027." has no hour).

    >>> header_date("Titre\\n\\nSAINT-NAZAIRE, 14 septembre 2027 (AFP) - Un incendie …")
    '2027-09-14'
    >>> header_date("Titre\\n\\nGaëlle Quéméner. Publié le 15/09/2027 à 06h45\\n\\nLe maire …")
    '2027-09-15'
    >>> header_date("Le Secrétaire américain … lors de la réunion de l'Otan le 26 octobre 2016. (DoD)") is None
    True
    """
    head = text[:HEADER_CHARS].replace("\u00a0", " ").replace("\u202f", " ")
    for pattern in _HEADER_DATES:
        m = pattern.search(head)
        if m is not None and (iso := iso_date(m.group(1))) is not None:
            return iso
    return None


def _record_document(path: Path, row: dict, n: int) -> Document:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no 'text' field")
    text = unicodedata.normalize("NFC", clean(text.replace("\r\n", "\n").replace("\x00", "")))
    ident = row.get("id")
    ident = clean(str(ident)) if ident not in (None, "") else f"{clean(path.stem)}-{n}"
    get = lambda key: (clean(str(row[key])) if row.get(key) not in (None, "") else None)  # noqa: E731
    return Document(id=ident, text=text, title=get("title") or "", date=get("date") or header_date(text),
                    source=get("source"), url=get("url"), path=clean(str(path)))


def _add_record(path: Path, row: dict, n: int, max_chars: int, docs: list[Document], notes: list[Problem], *,
                where: str, skipped: str, line: int) -> None:
    """One JSONL line or CSV row: its document appended to ``docs``, or the reason it is skipped to ``notes``."""
    try:
        doc = _record_document(path, row, n)
    except ValueError as err:
        notes.append(Problem(str(path), f"{where}{err}; {skipped} skipped", line))
        return
    if reason := _too_long(doc.text, max_chars):
        notes.append(Problem(str(path), f"{where}{reason}", line))
        return
    if doc.date:
        iso = iso_date(doc.date)
        if iso is None:
            notes.append(Problem(str(path), f"{where}date '{doc.date}' not understood; kept as written, but unused "
                                            f"for self-contradiction and --date-window", line, severity="warning"))
        else:
            from dataclasses import replace

            doc = replace(doc, date=iso)
    docs.append(doc)


def _jsonl_documents(path: Path, text: str, max_chars: int) -> tuple[list[Document], list[Problem]]:
    docs: list[Document] = []
    notes: list[Problem] = []
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            notes.append(Problem(str(path), f"malformed JSON ({err.msg} at column {err.colno}); line skipped", n))
            continue
        if not isinstance(row, dict):
            notes.append(Problem(str(path), f"a JSON {type(row).__name__}, not an object; line skipped", n))
            continue
        _add_record(path, row, n, max_chars, docs, notes, where="", skipped="line", line=n)
    return docs, notes


_COLUMN_ALIASES = {"texte": "text", "titre": "title", "contenu": "text", "content": "text", "body": "text",
                   "lien": "url", "link": "url"}


def _csv_documents(path: Path, text: str, max_chars: int) -> tuple[list[Document], list[Problem]]:
    csv.field_size_limit(max(max_chars * 4, 131072))
    header = text.split("\n", 1)[0]
    # French spreadsheets export with ";", some tools with tabs: the header's most frequent separator decides
    delimiter = max((",", ";", "\t"), key=header.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    if reader.fieldnames:
        reader.fieldnames = [_COLUMN_ALIASES.get(f.strip().lower(), f.strip().lower()) for f in reader.fieldnames]
    if not reader.fieldnames or "text" not in reader.fieldnames:
        raise _Unreadable(f"CSV without a 'text' column (columns: {', '.join(reader.fieldnames or [])}); skipped")
    docs: list[Document] = []
    notes: list[Problem] = []
    try:
        for n, row in enumerate(reader, start=1):
            row = {(k or "").strip().lower(): v for k, v in row.items()}
            _add_record(path, row, n, max_chars, docs, notes, where=f"row {n}: ", skipped="row", line=reader.line_num)
    except csv.Error as err:
        notes.append(Problem(str(path), f"malformed CSV ({err}); the rest of the file skipped", reader.line_num))
    return docs, notes
