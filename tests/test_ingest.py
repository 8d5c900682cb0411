"""Reading articles: formats, encodings, offsets into the stored text, and one problem per bad file or line."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.ingest import decode, read_documents

TEXT = "Sommet à Bruxelles\nLe ministre a déclaré : « L’accord est proche. »\n"


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("raw,expected_warning", [
    (TEXT.encode("utf-8"), None),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), None),  # UTF-8 with BOM
    (TEXT.encode("utf-16"), None),  # UTF-16 with BOM
    (TEXT.encode("cp1252"), "cp1252/latin-1"),  # ’ is 0x92 in cp1252
    (TEXT.replace("’", "'").encode("latin-1"), "cp1252/latin-1"),
    (TEXT.replace("\n", "\r\n").encode("utf-8"), None),  # Windows line ends become \n
], ids=["utf8", "utf8-bom", "utf16", "cp1252", "latin1", "crlf"])
def test_encodings_give_the_same_text(raw, expected_warning):
    text, notes = decode(raw, "f.txt")
    assert text.replace("'", "’") == TEXT  # the latin-1 case was written with a straight apostrophe
    assert [n.severity for n in notes] == ([] if expected_warning is None else ["warning"])
    if expected_warning:
        assert expected_warning in notes[0].reason


def test_txt_title_is_the_first_line_and_offsets_refer_to_the_stored_text(tmp_path):
    _write(tmp_path / "a.txt", b"\xef\xbb\xbf\n  Titre de l'article\r\nLe ministre a parl\xc3\xa9.\r\n")
    [doc], problems = read_documents([tmp_path / "a.txt"])
    assert problems == []
    assert (doc.id, doc.title) == ("a", "Titre de l'article")
    assert "\r" not in doc.text and "\ufeff" not in doc.text
    i = doc.text.index("parlé")
    assert doc.text[i:i + 5] == "parlé"


def test_jsonl_and_csv_records(tmp_path):
    rows = [{"id": "x1", "title": "T", "text": "Un texte.", "date": "2020-03-01", "source": "AFP",
             "url": "https://example.org/1"},
            {"text": "Sans identifiant."}]
    _write(tmp_path / "b.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    _write(tmp_path / "c.csv", 'id,title,text\nc1,Titre,"Premier, avec virgule\net ligne"\n')
    docs, problems = read_documents([tmp_path])
    assert problems == []
    by_id = {d.id: d for d in docs}
    assert set(by_id) == {"x1", "b-2", "c1"}
    assert (by_id["x1"].date, by_id["x1"].source, by_id["x1"].url) == ("2020-03-01", "AFP", "https://example.org/1")
    assert by_id["c1"].text == "Premier, avec virgule\net ligne"


def test_html_main_text(tmp_path):
    html = ("<html><head><title>Sommet</title></head><body><nav>Accueil | Monde</nav><article><h1>Sommet</h1>"
            + "".join(f"<p>Le ministre a déclaré que la réunion numéro {n} avait été utile pour tous.</p>"
                      for n in range(8))
            + "</article><footer>Partager cet article</footer></body></html>")
    _write(tmp_path / "d.html", html)
    [doc], problems = read_documents([tmp_path / "d.html"])
    assert problems == []
    assert "la réunion numéro 3 avait été utile" in doc.text
    assert "Accueil" not in doc.text


def test_folders_are_walked_recursively_hidden_files_skipped_other_types_reported(tmp_path):
    _write(tmp_path / "a" / "b" / "deep.txt", "Titre\nTexte.\n")
    _write(tmp_path / ".git" / "x.txt", "Titre\nTexte.\n")
    _write(tmp_path / "notes.docx", b"PK\x03\x04")
    docs, problems = read_documents([tmp_path, tmp_path / "missing"])
    assert [d.id for d in docs] == ["deep"]
    reasons = sorted(str(p) for p in problems)
    assert len(reasons) == 2
    assert any("missing" in r and "no such file" in r for r in reasons)
    assert any("notes.docx" in r and "unsupported file type" in r for r in reasons)


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\n\t\n", "only blank"),
    ("binary.txt", bytes(range(256)) * 8, "binary"),
    ("huge.txt", b"mot " * 1_300_000, "too large"),
    ("no_text.csv", b"id,title\n1,T\n", "without a 'text' column"),
    ("nothing.jsonl", b"\n\n", "no document"),
], ids=lambda v: v if isinstance(v, str) and v.endswith(("txt", "csv", "jsonl")) else None)
def test_unreadable_files_give_one_error_each(tmp_path, name, data, reason):
    docs, problems = read_documents([_write(tmp_path / name, data)])
    assert docs == []
    assert len(problems) == 1 and problems[0].severity == "error"
    assert name in str(problems[0]) and reason in problems[0].reason


def test_bad_lines_are_skipped_and_reported_with_their_line(tmp_path):
    lines = ['{"id": "ok1", "text": "Bon."}', '{"id": "bad", "text": ', '[1, 2]', '{"id": "notext"}',
             '{"id": "ok2", "text": "Bon aussi."}']
    _write(tmp_path / "e.jsonl", "\n".join(lines) + "\n")
    docs, problems = read_documents([tmp_path / "e.jsonl"])
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert [(p.line, p.severity) for p in problems] == [(2, "error"), (3, "error"), (4, "error")]
    assert "malformed JSON" in problems[0].reason and str(problems[0]).startswith(f"{tmp_path / 'e.jsonl'}:2: ")


def test_nul_bytes_are_removed_with_a_warning(tmp_path):
    _write(tmp_path / "n.txt", b"Titre\nLe mi\x00nistre a parl\xc3\xa9.\x00\n")
    [doc], [problem] = read_documents([tmp_path / "n.txt"])
    assert doc.text == "Titre\nLe ministre a parlé.\n"
    assert problem.severity == "warning" and "2 NUL byte(s) removed" in problem.reason


def test_messy_real_world_inputs_are_read_or_reported_never_crash(tmp_path):
    """Damaged UTF-16, half an emoji, a Latin-1 file name, a PDF named .txt: one message each, the rest read."""
    _write(tmp_path / "a" / "utf16.txt", TEXT.encode("utf-16") + b"\x00")  # odd byte count
    _write(tmp_path / "a" / "tweet.jsonl",
           '{"id": "t1", "text": "Le ministre a déclaré : « Rien \\ud83d ne change. »"}\n')
    _write(Path(str(tmp_path / "a") + "/r\udce9forme.txt"), TEXT)  # the file name has the byte 0xE9 (Latin-1 é)
    _write(tmp_path / "a" / "fake.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n")
    (tmp_path / "a" / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    docs, problems = read_documents([tmp_path / "a"])
    by_id = {d.id: d for d in docs}
    assert "L’accord est proche" in by_id["utf16"].text
    assert "\ufffd" in by_id["t1"].text and "ne change" in by_id["t1"].text
    assert "r\ufffdforme" in by_id
    json.dumps([d.to_dict() for d in docs], ensure_ascii=False).encode("utf-8")  # writable as UTF-8
    assert any("fake.txt" in p.path and "binary" in p.reason for p in problems)
    assert any("utf16.txt" in p.path and "UTF-16" in p.reason for p in problems)
    assert any("gone.txt" in p.path and "link to nothing" in p.reason for p in problems)


def test_repeated_document_ids_are_made_unique_with_a_warning(tmp_path):
    _write(tmp_path / "sub1" / "article.txt", TEXT)
    _write(tmp_path / "sub2" / "article.txt", TEXT)
    docs, problems = read_documents([tmp_path])
    assert [d.id for d in docs] == ["article", "article~2"]
    assert any("already used" in p.reason and "sub2" in p.path for p in problems)


def test_dates_are_normalised_to_iso_or_reported(tmp_path):
    rows = [{"id": "a", "text": "Texte.", "date": "12/03/2018"}, {"id": "b", "text": "Texte.", "date": "15 septembre 2018"},
            {"id": "c", "text": "Texte.", "date": "la semaine dernière"}]
    _write(tmp_path / "d.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    docs, problems = read_documents([tmp_path / "d.jsonl"])
    assert [d.date for d in docs] == ["2018-03-12", "2018-09-15", "la semaine dernière"]
    assert any(p.line == 3 and "not understood" in p.reason for p in problems)


def test_a_text_without_a_date_takes_its_headers_publication_date(tmp_path):
    """ "Publié le …" in a byline, a wire dateline, a byline's date with the hour; a date in the story or a photo
    caption is no publication date; a record's own date field comes first."""
    files = {"a.txt": "Titre\n\nPar Anne Roux. Publié le jeudi 16 septembre 2027 à 05h30\n\nLe maire a dit que …",
             "b.txt": "Titre\n\nSAINT-NAZAIRE, 14 septembre 2027 (AFP) - Un incendie a ravagé un entrepôt.",
             "c.txt": "Titre\n\nPar Lucas Berthier - 12/10/2027 à 07h30\n\nLe club a annoncé que …",
             "d.txt": "Titre\n\nLe ministre, photographié le 26 juillet 2027. (AFP)\n\nIl a affirmé le 3 août 2027 que …"}
    for name, text in files.items():
        _write(tmp_path / name, text)
    docs, problems = read_documents([tmp_path])
    assert problems == []
    assert {d.id: d.date for d in docs} == {"a": "2027-09-16", "b": "2027-09-14", "c": "2027-10-12", "d": None}
    rows = [{"id": "e", "text": "Publié le 15/09/2027\nTexte.", "date": "2027-09-20"},
            {"id": "f", "text": "Publié le 15/09/2027\nTexte."}]
    _write(tmp_path / "r.jsonl", "\n".join(json.dumps(r) for r in rows))
    docs, _ = read_documents([tmp_path / "r.jsonl"])
    assert [d.date for d in docs] == ["2027-09-20", "2027-09-15"]


def test_french_spreadsheet_csv_with_semicolons_and_french_columns(tmp_path):
    _write(tmp_path / "excel.csv", "id;titre;texte;date\n1;Sommet;« L'accord est proche », a dit le ministre.;2024-03-12\n")
    docs, problems = read_documents([tmp_path / "excel.csv"])
    assert problems == [] and docs[0].title == "Sommet" and docs[0].text.startswith("« L'accord")


WRAPPED = """Réforme des retraites
Le gouvernement ne retirera pas son projet de réforme des retraites, a
affirmé mardi la ministre du Travail, Sophie Marchetti, à l'ouverture
d'un débat houleux à l'Assemblée nationale.
« Nous ne céderons pas, a martelé la ministre devant les députés, à ceux
qui veulent bloquer le pays. Cette réforme est juste et elle est
nécessaire. »
Pour le président du groupe La France insoumise, Mathieu Cordier, ce
chiffre relève du « mensonge d'État ».
"""


def test_hard_wrapped_text_is_joined_into_paragraphs_with_a_warning(tmp_path, nlp):
    from claims.extract import extract_statements

    docs, problems = read_documents([_write(tmp_path / "wrapped.txt", WRAPPED)])
    assert docs[0].text.split("\n")[1].endswith("à l'Assemblée nationale.")
    assert any("hard-wrapped" in p.reason for p in problems)
    found = {s.speaker.name for s in extract_statements(docs, nlp)}
    assert found == {"Sophie Marchetti", "Mathieu Cordier"}, found
    # a file written one paragraph per line is left alone
    docs, problems = read_documents([Path(__file__).resolve().parents[1] / "seeds"])
    assert not any("hard-wrapped" in p.reason for p in problems)


def test_one_cp1252_line_in_a_utf8_jsonl_spoils_only_itself(tmp_path):
    good = json.dumps({"id": "a", "text": "Le ministre de l'Économie a déclaré que la croissance reviendrait."},
                      ensure_ascii=False).encode("utf-8")
    bad = json.dumps({"id": "b", "text": "La ministre a affirmé que la réforme était prête."},
                     ensure_ascii=False).encode("cp1252")
    docs, problems = read_documents([_write(tmp_path / "mixed.jsonl", good + b"\n" + bad + b"\n")])
    assert docs[0].text.startswith("Le ministre de l'Économie") and "réforme" in docs[1].text
    assert [p.line for p in problems] == [2]
