"""Files claims hands on: JSONL, CSV (pandas) and schema.org ClaimReview JSON-LD.

The module is in sections: text formats and atomic writers every output shares; a pair as one flat row; the
review exports (pairs with their latest decision, the full history on request, ClaimReview for confirmed
contradictions). Outputs of ``claims analyze`` belong next to them, built from the same writers.

Example:
    >>> from claims.export import export_review
    >>> export_review("review.db", "out/review")  # doctest: +SKIP
    {'csv': 'out/review/review.csv', 'jsonl': 'out/review/review.jsonl', 'claimreview': 'out/review/claimreview.jsonld'}
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from claims.records import Pair, Statement

if TYPE_CHECKING:
    from claims.review.store import Decision, ReviewItem

# ---- formats and writers -------------------------------------------------------------------------------


def jsonl_text(rows: Iterable[dict]) -> str:
    """One JSON object per line, UTF-8 text kept readable (no \\u escapes)."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def csv_text(rows: list[dict], columns: list[str] | None = None) -> str:
    """CSV with a header row; ``columns`` fixes the header when there are no rows."""
    import pandas as pd

    frame = pd.DataFrame(rows) if rows else pd.DataFrame(columns=columns or [])
    return frame.to_csv(index=False)


def write_text_atomic(text: str, path: str | Path) -> Path:
    """Write through a temporary file and rename, so a reader never sees half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
    return path


def write_jsonl(rows: Iterable[dict], path: str | Path) -> Path:
    return write_text_atomic(jsonl_text(rows), path)


def write_csv(rows: list[dict], path: str | Path, columns: list[str] | None = None) -> Path:
    return write_text_atomic(csv_text(rows, columns), path)


# ---- a pair as one flat row ----------------------------------------------------------------------------


def statement_columns(prefix: str, st: Statement) -> dict[str, Any]:
    return {f"{prefix}_id": st.id, f"{prefix}_doc": st.doc, f"{prefix}_text": st.text,
            f"{prefix}_speaker": st.speaker.name, f"{prefix}_side": st.speaker.side,
            f"{prefix}_title": st.title, f"{prefix}_date": st.date, f"{prefix}_url": st.url}


def pair_row(p: Pair) -> dict[str, Any]:
    """Both quotes, speakers, scores, per-direction probabilities and evidence, flat for CSV."""
    row: dict[str, Any] = {"rank": p.rank, "id": p.id, "score": p.score, "label": p.label, "stance": p.stance,
                           "p_entailment": p.p_entailment, "p_neutral": p.p_neutral,
                           "p_contradiction": p.p_contradiction}
    row.update(statement_columns("a", p.a))
    row.update(statement_columns("b", p.b))
    for direction, probs in (p.directions or {}).items():
        for label, value in probs.items():
            row[f"{direction.replace('->', '_to_')}_{label}"] = value
    ev = p.evidence or {}
    row.update({"similarity": ev.get("similarity"), "negation_one_side": ev.get("negation_one_side"),
                "numbers_differ": " ".join(map(str, ev.get("numbers_differ") or [])),
                "dates_differ": " ".join(map(str, ev.get("dates_differ") or []))})
    return row


# ---- review: pairs with their latest decision, and the history ------------------------------------------

REVIEW_COLUMNS = ["rank", "id", "review_status", "review_label", "review_reviewer", "review_at", "review_note",
                  "in_latest_import"]
DECISION_COLUMNS = ["decision_id", "decision_at", "decision_reviewer", "decision_verdict", "decision_label",
                    "decision_note", "decision_reverts", "decision_reverted"]


def review_columns(item: ReviewItem) -> dict[str, Any]:
    """The pair's status now: the standing verdict, who gave it and when, and the notes still standing."""
    s = item.state
    return {"review_status": s.status, "review_label": s.label,
            "review_reviewer": s.decision.reviewer if s.decision else None,
            "review_at": s.decision.at if s.decision else None,
            "review_note": "\n".join(s.notes) or None, "in_latest_import": item.in_latest_import}


def decision_columns(d: Decision | None, reverted: frozenset[int] = frozenset()) -> dict[str, Any]:
    if d is None:
        return dict.fromkeys(DECISION_COLUMNS)
    return {"decision_id": d.id, "decision_at": d.at, "decision_reviewer": d.reviewer,
            "decision_verdict": d.verdict, "decision_label": d.label, "decision_note": d.note,
            "decision_reverts": d.reverts, "decision_reverted": d.id in reverted}


def review_rows(items: Iterable[ReviewItem], history: bool = False) -> list[dict[str, Any]]:
    """Flat CSV rows: one per pair with its latest decision; with ``history``, one per decision (a pair
    nobody has decided on yet still gets one row, with empty decision columns)."""
    rows = []
    for item in items:
        pair = pair_row(item.pair)
        base = {"rank": pair.pop("rank"), "id": pair.pop("id"), **review_columns(item)}
        if not history:
            rows.append({**base, **pair})
            continue
        for d in item.state.history or (None,):
            rows.append({**base, **decision_columns(d, item.state.reverted), **pair})
    return rows


def review_record(item: ReviewItem, history: bool = False) -> dict[str, Any]:
    """One JSONL object: the full pair record, its review status and, on request, every decision in order."""
    s = item.state
    record = {"id": item.id, "status": s.status, "label": s.label,
              "decision": s.decision.to_dict() if s.decision else None, "notes": list(s.notes),
              "in_latest_import": item.in_latest_import, "pair": item.pair.to_dict()}
    if history:
        record["history"] = [{**d.to_dict(), "reverted": d.id in s.reverted} for d in s.history]
    return record


def review_csv(items: Iterable[ReviewItem], history: bool = False) -> str:
    return csv_text(review_rows(items, history), REVIEW_COLUMNS + (DECISION_COLUMNS if history else []))


def review_jsonl(items: Iterable[ReviewItem], history: bool = False) -> str:
    return jsonl_text(review_record(it, history) for it in items)


# ---- schema.org ClaimReview for confirmed contradictions ------------------------------------------------

CONTRADICTED = "Contredit"  # reviewRating.alternateName: the verdict as a reader sees it


def claim_appearance(st: Statement) -> dict[str, Any]:
    """The article the statement appeared in."""
    article: dict[str, Any] = {"@type": "NewsArticle", "url": st.url, "headline": st.title,
                               "datePublished": st.date}
    if st.source:
        article["publisher"] = {"@type": "Organization", "name": st.source}
    return _without_empty(article)


def claim_item(st: Statement) -> dict[str, Any]:
    """itemReviewed: the statement as a Claim, authored by its speaker, appearing in its article."""
    name = st.speaker.name or st.speaker.mention
    return _without_empty({"@type": "Claim", "author": {"@type": "Person", "name": name} if name else None,
                           "datePublished": st.date, "appearance": claim_appearance(st)})


def contradiction_explanation(other: Statement) -> str:
    who = other.speaker.name or other.speaker.mention or "une autre source"
    if other.speaker.side:
        who += f" ({other.speaker.side})"
    where = ", ".join(x for x in (other.title, other.date, other.url) if x)
    return f"Contredit par {who} : « {other.text} »" + (f" — {where}" if where else "")


def claim_review(st: Statement, other: Statement, item: ReviewItem, rating: str = CONTRADICTED) -> dict[str, Any]:
    """One ClaimReview of ``st``, contradicted by ``other`` according to the reviewer's standing verdict."""
    decision = item.state.decision
    return _without_empty({
        "@type": "ClaimReview",
        "identifier": f"{item.id}:{st.id}",
        "claimReviewed": st.text,
        "itemReviewed": claim_item(st),
        "reviewRating": {"@type": "Rating", "alternateName": rating,
                         "ratingExplanation": contradiction_explanation(other)},
        "author": {"@type": "Person", "name": decision.reviewer} if decision else None,
        "datePublished": decision.at[:10] if decision else None,
        "reviewBody": "\n".join(item.state.notes) or None,
        "inLanguage": "fr",
    })


def claim_reviews(items: Iterable[ReviewItem], rating: str = CONTRADICTED) -> dict[str, Any]:
    """A JSON-LD document with a ClaimReview of each statement of every confirmed contradiction."""
    graph = [claim_review(st, other, it, rating)
             for it in items if it.state.is_contradiction
             for st, other in ((it.pair.a, it.pair.b), (it.pair.b, it.pair.a))]
    return {"@context": "https://schema.org", "@graph": graph}


def claim_reviews_json(items: Iterable[ReviewItem]) -> str:
    return json.dumps(claim_reviews(items), ensure_ascii=False, indent=2) + "\n"


def _without_empty(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in (None, "", {}, [])}


# ---- everything from a review store ---------------------------------------------------------------------

REVIEW_FILES = {"csv": "review.csv", "jsonl": "review.jsonl", "claimreview": "claimreview.jsonld"}


def export_review(db_path: str | Path, out_dir: str | Path, history: bool = False) -> dict[str, str]:
    """Write review.csv, review.jsonl and claimreview.jsonld for the store at ``db_path`` into ``out_dir``."""
    from claims.review.store import ReviewStore

    if not Path(db_path).is_file():
        raise FileNotFoundError(f"no review store at {db_path}")
    items = ReviewStore(db_path).items()
    out = Path(out_dir)
    texts = {"csv": review_csv(items, history), "jsonl": review_jsonl(items, history),
             "claimreview": claim_reviews_json(items)}
    return {kind: str(write_text_atomic(text, out / REVIEW_FILES[kind])) for kind, text in texts.items()}
