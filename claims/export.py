"""Files claims hands on: JSONL, CSV (pandas), the static HTML report and schema.org ClaimReview JSON-LD.

The module is in sections: text formats and atomic writers every output shares; a pair as one flat row; the
review exports (pairs with their latest decision, the full history on request, ClaimReview for confirmed
contradictions); the outputs of ``claims analyze`` (statements, ranked pairs, CSV twins, report.html).

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
    """Write through a temporary file and rename, so a reader never sees half a file.

    ``-`` writes to standard output; a symbolic link is written through (its target is replaced, not the link); a
    device or pipe (``/dev/null``, ``/dev/stdout``) is written directly."""
    import sys

    if str(path) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return Path("-")
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file() and not path.is_dir():
        with path.open("w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        return path
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
    row: dict[str, Any] = {"rank": p.rank, "id": p.id, "score": p.score, "contradiction": p.contradiction,
                           "label": p.label, "stance": p.stance,
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
                "dates_differ": " ".join(map(str, ev.get("dates_differ") or [])),
                "statements_apart": ev.get("gap")})
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


# ---- outputs of claims analyze: statements, ranked pairs, CSV twins and the static report ------------------

MAX_CARDS = 200
STATEMENT_COLUMNS = ["id", "doc", "start", "end", "text", "kind", "cue", "speaker_id", "speaker_name",
                     "speaker_mention", "speaker_side", "date", "title", "source", "url", "context"]
PAIR_COLUMNS = ["rank", "id", "score", "contradiction", "label", "stance", "p_entailment", "p_neutral", "p_contradiction",
                "a_id", "a_doc", "a_text", "a_speaker", "a_side", "a_title", "a_date", "a_url",
                "b_id", "b_doc", "b_text", "b_speaker", "b_side", "b_title", "b_date", "b_url"]


def statement_row(s: Statement) -> dict[str, Any]:
    """A statement flat for CSV: the speaker's fields as speaker_id, speaker_name, …"""
    d = s.to_dict()
    speaker = d.pop("speaker")
    context = d.pop("context", None)
    return {**d, **{f"speaker_{k}": v for k, v in speaker.items()}, "context": context}


def speakers_summary(statements: Iterable[Statement]) -> list[tuple[str | None, list[dict]]]:
    """Who said what, grouped by side, then by canonical speaker (most statements first)."""
    by_speaker: dict[str, dict] = {}
    for s in statements:
        key = s.speaker.id or s.speaker.name or "?"
        entry = by_speaker.setdefault(key, {"name": s.speaker.name or "(unknown)", "side": s.speaker.side,
                                            "mentions": [], "statements": []})
        if s.speaker.mention and s.speaker.mention not in entry["mentions"]:
            entry["mentions"].append(s.speaker.mention)
        entry["statements"].append(s)
    by_side: dict[str | None, list[dict]] = {}
    for entry in by_speaker.values():
        by_side.setdefault(entry["side"], []).append(entry)
    return sorted(((side, sorted(g, key=lambda e: -len(e["statements"]))) for side, g in by_side.items()),
                  key=lambda x: (x[0] is None, x[0] or ""))


def render_report(analysis, title: str = "analysis") -> str:
    """The static report page: pair cards, then who said what by side and speaker."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    from claims.html import context_with_quote, safe_url

    env = Environment(loader=PackageLoader("claims", "templates"), autoescape=select_autoescape(["html"]))
    if not analysis.statements:
        empty = "No statements were found in the input, so there is nothing to pair."
    elif not analysis.pairs:
        empty = "Statements were found, but no two of them are about the same thing from different speakers."
    else:
        empty = ""
    return env.get_template("report.html").render(
        title=title, pairs=analysis.pairs, n_documents=len(analysis.documents),
        n_statements=len(analysis.statements), n_flagged=sum(p.stance == "disagree" for p in analysis.pairs),
        model=analysis.model, problems=[str(p) for p in analysis.problems],
        speakers=speakers_summary(analysis.statements), context_with_quote=context_with_quote, safe_url=safe_url,
        max_cards=MAX_CARDS, empty_reason=empty)


def write_analysis(analysis, out_dir: str | Path, title: str | None = None) -> dict[str, str]:
    """Write statements.jsonl, pairs.jsonl, their CSV twins and report.html into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "statements": write_jsonl((s.to_dict() for s in analysis.statements), out / "statements.jsonl"),
        "pairs": write_jsonl((p.to_dict() for p in analysis.pairs), out / "pairs.jsonl"),
        "statements_csv": write_csv([statement_row(s) for s in analysis.statements], out / "statements.csv",
                                    STATEMENT_COLUMNS),
        "pairs_csv": write_csv([pair_row(p) for p in analysis.pairs], out / "pairs.csv", PAIR_COLUMNS),
        "report": write_text_atomic(render_report(analysis, title or out.name), out / "report.html"),
    }
    return {k: str(v) for k, v in paths.items()}
