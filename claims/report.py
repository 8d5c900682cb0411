"""Outputs of ``claims analyze``: statements and ranked pairs as JSONL and CSV, and a static HTML report.

Example:
    >>> from claims.report import write_analysis
    >>> write_analysis(analysis, "out/")  # doctest: +SKIP
    {'statements': 'out/statements.jsonl', ...}
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Iterable

from claims.records import Pair, Statement

MAX_CARDS = 200


def write_jsonl(rows: Iterable[dict], path: Path) -> Path:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def statement_rows(statements: Iterable[Statement]) -> list[dict]:
    """Flat rows for CSV: the speaker's fields as speaker_id, speaker_name, …"""
    rows = []
    for s in statements:
        d = s.to_dict()
        sp = d.pop("speaker")
        rows.append({**{k: v for k, v in d.items() if k != "context"},
                     **{f"speaker_{k}": v for k, v in sp.items()}, "context": d.get("context")})
    return rows


def pair_rows(pairs: Iterable[Pair]) -> list[dict]:
    """Flat rows for CSV: one line per pair with both quotes, speakers and the scores."""
    rows = []
    for p in pairs:
        row = {"rank": p.rank, "id": p.id, "score": p.score, "label": p.label, "stance": p.stance,
               "p_entailment": p.p_entailment, "p_neutral": p.p_neutral, "p_contradiction": p.p_contradiction}
        for side, st in (("a", p.a), ("b", p.b)):
            row.update({f"{side}_id": st.id, f"{side}_doc": st.doc, f"{side}_text": st.text,
                        f"{side}_speaker": st.speaker.name, f"{side}_side": st.speaker.side,
                        f"{side}_title": st.title, f"{side}_date": st.date, f"{side}_url": st.url})
        for d, probs in p.directions.items():
            for lab, v in probs.items():
                row[f"{d.replace('->', '_to_')}_{lab}"] = v
        ev = p.evidence
        row.update({"similarity": ev.get("similarity"), "negation_one_side": ev.get("negation_one_side"),
                    "numbers_differ": " ".join(ev.get("numbers_differ") or []),
                    "dates_differ": " ".join(ev.get("dates_differ") or [])})
        rows.append(row)
    return rows


def write_csv(rows: list[dict], path: Path, columns: list[str]) -> Path:
    import pandas as pd

    pd.DataFrame(rows, columns=columns if not rows else None).to_csv(path, index=False)
    return path


def speakers_summary(statements: Iterable[Statement]) -> list[tuple[str | None, list[dict]]]:
    """Who said what, grouped by side, then by canonical speaker."""
    by_speaker: dict[str, dict] = {}
    for s in statements:
        key = s.speaker.id or s.speaker.name or "?"
        entry = by_speaker.setdefault(key, {"name": s.speaker.name or "(unknown)", "side": s.speaker.side,
                                            "mentions": [], "statements": []})
        if s.speaker.mention and s.speaker.mention not in entry["mentions"]:
            entry["mentions"].append(s.speaker.mention)
        entry["statements"].append(s)
    by_side: dict[str | None, list[dict]] = defaultdict(list)
    for entry in by_speaker.values():
        by_side[entry["side"]].append(entry)
    return sorted(((side, sorted(g, key=lambda e: -len(e["statements"]))) for side, g in by_side.items()),
                  key=lambda x: (x[0] is None, x[0] or ""))


def render_report(analysis, title: str = "analysis") -> str:
    """The static report page: pair cards, then who said what by side and speaker."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    from claims.html import context_with_quote

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
        model=analysis.model, problems=[str(p) for p in analysis.problems], speakers=speakers_summary(analysis.statements),
        context_with_quote=context_with_quote, max_cards=MAX_CARDS, empty_reason=empty)


STATEMENT_COLUMNS = ["id", "doc", "start", "end", "text", "kind", "cue", "speaker_id", "speaker_name",
                     "speaker_mention", "speaker_side", "date", "title", "source", "url", "context"]
PAIR_COLUMNS = ["rank", "id", "score", "label", "stance", "p_entailment", "p_neutral", "p_contradiction",
                "a_id", "a_text", "a_speaker", "a_side", "b_id", "b_text", "b_speaker", "b_side"]


def write_analysis(analysis, out_dir: str | Path, title: str | None = None) -> dict[str, str]:
    """Write statements.jsonl, pairs.jsonl, their CSV twins and report.html into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "statements": write_jsonl((s.to_dict() for s in analysis.statements), out / "statements.jsonl"),
        "pairs": write_jsonl((p.to_dict() for p in analysis.pairs), out / "pairs.jsonl"),
        "statements_csv": write_csv(statement_rows(analysis.statements), out / "statements.csv", STATEMENT_COLUMNS),
        "pairs_csv": write_csv(pair_rows(analysis.pairs), out / "pairs.csv", PAIR_COLUMNS),
    }
    report = out / "report.html"
    report.write_text(render_report(analysis, title or out.name), encoding="utf-8")
    paths["report"] = report
    return {k: str(v) for k, v in paths.items()}
