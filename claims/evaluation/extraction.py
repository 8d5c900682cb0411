"""Extraction evaluation: predicted statements against gold statements (``"type": "statement"`` rows of a gold file).

A predicted statement matches a gold one of the same document when their contents overlap: the Dice coefficient of
their word sets is at least ``MIN_OVERLAP`` (0.5). Matching is one-to-one, best overlaps first. Then:

* ``statement_precision`` / ``statement_recall`` / ``statement_f1`` over the matches (primary metric: F1);
* ``speaker_accuracy``: matched statements whose speaker is the gold speaker (:func:`same_speaker`; also a body's name
  and the acronym its document gives it in parentheses, "l'Association des usagers du rail (AURM)" / "l'AURM");
* ``side_accuracy`` and ``kind_accuracy`` on matched statements;
* ``end_to_end_accuracy``: gold statements found with the right speaker, over gold + spurious statements (every
  miss, every false statement and every wrong speaker counts against it);
* per kind of the gold statement (direct, indirect, mixed): ``{kind}_n``, ``{kind}_recall``,
  ``{kind}_precision`` (over predictions of that kind), ``{kind}_f1``, ``{kind}_speaker_accuracy``.

Example:
    >>> from claims.evaluation.extraction import evaluate_extraction
    >>> m = evaluate_extraction("eval/gold/seeds.jsonl", ["seeds"])  # doctest: +SKIP
    >>> m["statement_f1"], m["speaker_accuracy"]  # doctest: +SKIP
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from claims.records import Statement

KINDS = ("direct", "indirect", "mixed")
MIN_OVERLAP = 0.5
PRIMARY_METRIC = "statement_f1"
_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = {"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "ce", "cet", "cette", "ces", "m", "mme",
         "monsieur", "madame", "meme"}


def read_gold_statements(path: str | Path) -> list[dict]:
    """The ``"type": "statement"`` rows of a gold JSON Lines file (other row types, e.g. pairs, are skipped).

    Read line by line rather than with ``datasets``: the file mixes row types with different schemas."""
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            if row.get("type", "statement") != "statement":
                continue
            missing = {"doc", "content", "kind", "speaker"} - set(row)
            if missing:
                raise ValueError(f"{path}:{n}: gold statement without {', '.join(sorted(missing))}")
            rows.append(row)
    return rows


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().replace("’", "'"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def words(text: str) -> set[str]:
    return set(_WORD.findall(_fold(text)))


def content_overlap(a: str, b: str) -> float:
    """Dice coefficient of the two texts' word sets (case and accents ignored)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    return 2 * len(wa & wb) / (len(wa) + len(wb))


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Is the predicted speaker name the gold speaker?

    A gold proper name ("Ashton Carter") matches when its last word, the surname, is in the prediction ("M. Carter"
    counts: same person). A gold description ("un responsable du ministère turc des Affaires étrangères") needs a Dice
    overlap of at least 0.6 of the content words, so "ce responsable" left unresolved does not count.
    """
    if not predicted or not gold:
        return not predicted and not gold
    if _spelled_out(predicted, gold) or _spelled_out(gold, predicted):
        return True  # "l'OMS" is the "Organisation mondiale de la santé"
    if _acronym_given(predicted, gold) or _acronym_given(gold, predicted):
        return True  # "l'ARS" is "L'Agence régionale de santé (ARS) Hauts-de-France"
    pw, gw = words(predicted) - _STOP, words(gold) - _STOP
    proper = [w for w in re.findall(r"[\w'-]+", gold) if w[:1].isupper()]
    if proper and len(proper) == len(gold.split()):
        surname = words(proper[-1]) - _STOP  # "Météo-France": every part of a hyphenated name
        if not surname:  # an initial for a surname, "Kévin D.": the first name and the initial
            surname = words(" ".join(proper)) - _STOP
            return bool(surname) and surname <= pw and re.search(rf"\b{re.escape(proper[-1])}\b", predicted) is not None
        return surname <= pw
    if not pw or not gw:
        return False
    return 2 * len(pw & gw) / (len(pw) + len(gw)) >= 0.6


_ARTICLE = re.compile(r"^(?:l['’]|la |le |les )", re.IGNORECASE)
_ACRONYM_SHAPE = re.compile(r"[A-ZÀ-Ý][A-Za-zÀ-ÿ]{1,11}")  # "ARS", "Insee", "AURM"


def _acronym_given(acronym: str, name: str) -> bool:
    """Does ``name`` give ``acronym`` ("l'ARS") in parentheses ("L'Agence régionale de santé (ARS) Hauts-de-France")?"""
    bare = _ARTICLE.sub("", acronym.strip())
    if _ACRONYM_SHAPE.fullmatch(bare) is not None and f"({bare})" in name:
        return True
    # with the same words after it: "l'ARS Occitanie" is "L'agence régionale de santé (ARS) Occitanie"
    head, _, rest = bare.partition(" ")
    return bool(rest) and _ACRONYM_SHAPE.fullmatch(head) is not None and f"({head})" in name and \
        _fold(name.partition(f"({head})")[2]).strip() == _fold(rest).strip()


def _acronym_defined(acronym: str, name: str, text: str) -> bool:
    """Does the document ``text`` give ``acronym`` ("l'AURM") to ``name`` in parentheses right after it
    ("L'Association des usagers du rail Rhône-Méditerranée (AURM)")?"""
    bare, full = _ARTICLE.sub("", acronym.strip()), _ARTICLE.sub("", name.strip())
    if _ACRONYM_SHAPE.fullmatch(bare) is None or not full or full == bare:
        return False
    return _fold(f"{full} ({bare})") in _fold(text)


def _spelled_out(acronym: str, name: str) -> bool:
    """Is ``acronym`` ("l'OMS", "la FQSI") the initials of ``name``'s words, articles and linking words left out
    ("Organisation mondiale de la santé", "Fédération québécoise des soins infirmiers")?"""
    bare = _ARTICLE.sub("", acronym.strip())
    if not re.fullmatch(r"[A-ZÀ-Ý]{2,10}", bare):
        return False
    kept = [w for w in _WORD.findall(_fold(name)) if w not in _STOP | {"et", "a", "au", "aux", "en"}]
    return len(kept) >= 2 and _prefixes_spell(_fold(bare), kept)


def _prefixes_spell(letters: str, kept: list[str]) -> bool:
    """Do the words spell ``letters`` with the first one to three letters of each, every word used ("DGAL":
    Direction générale de l'ALimentation; "ANADIPP": Association NAtionale des DIstributeurs de Produits
    Pétroliers)? A preposition may be left out ("AFLD": Agence française de lutte contre le dopage)."""
    if not kept:
        return not letters
    if kept[0] in _SKIPPABLE and _prefixes_spell(letters, kept[1:]):
        return True
    return any(letters[:n] == kept[0][:n] and _prefixes_spell(letters[n:], kept[1:])
               for n in range(1, min(3, len(kept[0])) + 1) if len(letters) >= n)


_SKIPPABLE = frozenset({"contre", "pour", "sur", "par", "dans", "entre"})


@dataclass(frozen=True)
class Match:
    gold: dict
    predicted: Statement
    overlap: float
    text: str | None = None  # the document's text, where the article gives a body's acronym

    @property
    def speaker_ok(self) -> bool:
        p, g = self.predicted.speaker.name, self.gold["speaker"]
        return same_speaker(p, g) or self.text is not None and bool(p) and bool(g) and (
            _acronym_defined(p, g, self.text) or _acronym_defined(g, p, self.text))

    @property
    def side_ok(self) -> bool:
        return (self.predicted.speaker.side or None) == (self.gold.get("side") or None)


def match_statements(predicted: Sequence[Statement], gold: Sequence[dict], min_overlap: float = MIN_OVERLAP,
                     texts: dict[str, str] | None = None) -> tuple[list[Match], list[dict], list[Statement]]:
    """(matches, gold statements missed, predicted statements matching no gold one): one-to-one, best first.
    ``texts``: each document's text by id, for the acronyms an article gives (see :class:`Match`)."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if p.doc == g["doc"]:
                score = content_overlap(p.text, g["content"])
                if score >= min_overlap:
                    candidates.append((score, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, matches = set(), set(), []
    for score, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matches.append(Match(gold[gi], predicted[pi], round(score, 4), (texts or {}).get(predicted[pi].doc)))
    missed = [g for i, g in enumerate(gold) if i not in used_g]
    spurious = [p for i, p in enumerate(predicted) if i not in used_p]
    return matches, missed, spurious


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def extraction_metrics(predicted: Sequence[Statement], gold: Sequence[dict], texts: dict[str, str] | None = None
                       ) -> dict:
    """Flat metrics of ``predicted`` against ``gold`` rows (see the module docstring); ``texts``: the documents' texts
    by id (:class:`Match`)."""
    docs = {g["doc"] for g in gold}
    predicted = [p for p in predicted if p.doc in docs]  # documents without gold are not scored
    matches, missed, spurious = match_statements(predicted, gold, texts=texts)
    precision, recall = _ratio(len(matches), len(predicted)), _ratio(len(matches), len(gold))
    speaker_ok = sum(m.speaker_ok for m in matches)
    metrics: dict = {
        "primary_metric": PRIMARY_METRIC,
        "statements_gold": len(gold),
        "statements_predicted": len(predicted),
        "statements_matched": len(matches),
        "statement_precision": precision,
        "statement_recall": recall,
        "statement_f1": _f1(precision, recall),
        "speaker_accuracy": _ratio(speaker_ok, len(matches)),
        "side_accuracy": _ratio(sum(m.side_ok for m in matches), len(matches)),
        "kind_accuracy": _ratio(sum(m.predicted.kind == m.gold["kind"] for m in matches), len(matches)),
        "end_to_end_accuracy": _ratio(speaker_ok, len(gold) + len(spurious)),
    }
    for kind in KINDS:
        g_k = [g for g in gold if g["kind"] == kind]
        m_k = [m for m in matches if m.gold["kind"] == kind]
        p_k = [p for p in predicted if p.kind == kind]
        pm_k = [m for m in matches if m.predicted.kind == kind]
        prec, rec = _ratio(len(pm_k), len(p_k)), _ratio(len(m_k), len(g_k))
        metrics[f"{kind}_n"] = len(g_k)
        metrics[f"{kind}_precision"] = prec
        metrics[f"{kind}_recall"] = rec
        metrics[f"{kind}_f1"] = _f1(prec, rec)
        metrics[f"{kind}_speaker_accuracy"] = _ratio(sum(m.speaker_ok for m in m_k), len(m_k))
    return metrics


def extraction_errors(predicted: Sequence[Statement], gold: Sequence[dict], texts: dict[str, str] | None = None
                      ) -> list[dict]:
    """Every miss, spurious statement and wrong speaker, for reading (not a metric)."""
    docs = {g["doc"] for g in gold}
    matches, missed, spurious = match_statements([p for p in predicted if p.doc in docs], gold, texts=texts)
    errors = [{"error": "missed", "doc": g["doc"], "content": g["content"], "speaker": g["speaker"]} for g in missed]
    errors += [{"error": "spurious", "doc": p.doc, "content": p.text, "speaker": p.speaker.name} for p in spurious]
    errors += [{"error": "wrong speaker", "doc": m.gold["doc"], "content": m.gold["content"],
                "speaker": m.predicted.speaker.name, "gold_speaker": m.gold["speaker"]}
               for m in matches if not m.speaker_ok]
    errors += [{"error": "wrong side", "doc": m.gold["doc"], "content": m.gold["content"],
                "side": m.predicted.speaker.side, "gold_side": m.gold.get("side")}
               for m in matches if m.speaker_ok and not m.side_ok]
    return errors


class ExtractionEvaluator:
    """``ExtractionEvaluator(gold, inputs)(nlp) -> metrics``: extract the inputs' statements and score them."""

    primary_metric = PRIMARY_METRIC

    def __init__(self, gold: str | Path, inputs: Sequence[str | Path]):
        self.gold_path = Path(gold)
        self.inputs = list(inputs)
        self.texts: dict[str, str] = {}  # the documents read by predict, by id

    def predict(self, nlp=None) -> list[Statement]:
        from claims.extract import extract_statements
        from claims.ingest import read_documents

        documents, _ = read_documents(self.inputs)
        self.texts = {d.id: d.text for d in documents}
        return extract_statements(documents, nlp)

    def __call__(self, nlp=None) -> dict:
        predicted = self.predict(nlp)
        return extraction_metrics(predicted, read_gold_statements(self.gold_path), self.texts)


def evaluate_extraction(gold: str | Path, inputs: Sequence[str | Path], nlp=None, out: str | Path | None = None
                        ) -> dict:
    """Metrics of the extractor on ``inputs`` against the gold file; also written as JSON to ``out`` when given."""
    metrics = ExtractionEvaluator(gold, inputs)(nlp)
    if out:
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    return metrics


def per_kind_table(metrics: dict):
    """The per-kind breakdown as a pandas DataFrame (rows: kinds and "all")."""
    import pandas as pd

    rows = {kind: {"n": metrics[f"{kind}_n"], "precision": metrics[f"{kind}_precision"],
                   "recall": metrics[f"{kind}_recall"], "f1": metrics[f"{kind}_f1"],
                   "speaker_accuracy": metrics[f"{kind}_speaker_accuracy"]} for kind in KINDS}
    rows["all"] = {"n": metrics["statements_gold"], "precision": metrics["statement_precision"],
                   "recall": metrics["statement_recall"], "f1": metrics["statement_f1"],
                   "speaker_accuracy": metrics["speaker_accuracy"]}
    return pd.DataFrame.from_dict(rows, orient="index")
