"""Pair evaluation against gold pairs (rows of ``"type": "pair"`` in eval/gold/*.jsonl).

A gold pair names two statements by document and content, and a label (``contradiction`` or ``agree``).
A predicted pair matches when each side's text overlaps the gold content of a statement in the same
document (token overlap, as in the extraction evaluator), in either order.
Metrics: recall@k and precision@k of the contradiction pairs (k = 1, 3, 5, 10), the rank of each gold
contradiction, and the agreement pairs wrongly flagged as contradictions.

Example:
    >>> from claims.evaluation.pairs import evaluate_pairs
    >>> evaluate_pairs(analysis.pairs, "eval/gold/seeds.jsonl")  # doctest: +SKIP
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Sequence

from claims.records import Pair, Statement

KS = (1, 3, 5, 10)
_TOKEN = re.compile(r"\w+", re.UNICODE)


def read_gold_pairs(path: str | Path) -> list[dict]:
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                if row.get("type") == "pair":
                    rows.append(row)
    return rows


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's tokens found in the other (case-insensitive)."""
    ta, tb = _TOKEN.findall(a.lower()), _TOKEN.findall(b.lower())
    if not ta or not tb:
        return 0.0
    sa, sb = set(ta), set(tb)
    return len(sa & sb) / min(len(sa), len(sb))


def side_matches(st: Statement, gold: dict, min_overlap: float = 0.6) -> bool:
    return st.doc == gold["doc"] and overlap(st.text, gold["content"]) >= min_overlap


def pair_matches(pair: Pair, gold: dict) -> bool:
    a, b = gold["a"], gold["b"]
    return (side_matches(pair.a, a) and side_matches(pair.b, b)) or (side_matches(pair.a, b) and side_matches(pair.b, a))


def evaluate_pairs(pairs: Sequence[Pair], gold_path: str | Path) -> dict:
    """Flat metrics of the ranked ``pairs`` against the gold pairs; primary metric ``recall_at_3``."""
    gold = read_gold_pairs(gold_path)
    contra = [g for g in gold if g["label"] == "contradiction"]
    agree = [g for g in gold if g["label"] == "agree"]
    ranked = sorted(pairs, key=lambda p: p.rank or 0)
    ranks = []
    for g in contra:
        hit = next((p.rank for p in ranked if pair_matches(p, g)), None)
        ranks.append(hit)
    metrics: dict = {"gold_contradictions": len(contra), "gold_agreements": len(agree), "pairs": len(ranked)}
    for k in KS:
        found = sum(1 for r in ranks if r is not None and r <= k)
        top = ranked[:k]
        correct = sum(1 for p in top if any(pair_matches(p, g) for g in contra))
        metrics[f"recall_at_{k}"] = round(found / len(contra), 4) if contra else None
        metrics[f"precision_at_{k}"] = round(correct / len(top), 4) if top else None
    flagged = [p for p in ranked if p.stance == "disagree"]
    wrong = [g for g in agree if any(pair_matches(p, g) for p in flagged)]
    missing = [g for g in agree if not any(pair_matches(p, g) for p in ranked)]
    metrics["agreements_wrongly_flagged"] = len(wrong)
    metrics["agreements_not_paired"] = len(missing)
    metrics["agreements_labelled_agree"] = sum(1 for g in agree if any(pair_matches(p, g) and p.stance == "agree"
                                                                      for p in ranked))
    metrics["flagged"] = len(flagged)
    metrics["contradiction_ranks"] = " ".join(str(r) if r else "-" for r in ranks)
    # a pile of articles on one story: the contradictions between two of them (a claim and another outlet's denial)
    across = [r for g, r in zip(contra, ranks) if g["a"]["doc"] != g["b"]["doc"]]
    metrics["contradictions_across_documents"] = len(across)
    if across:
        metrics["across_documents_recall_at_10"] = round(sum(1 for r in across if r and r <= 10) / len(across), 4)
        metrics["across_documents_ranks"] = " ".join(str(r) if r else "-" for r in across)
    metrics["primary_metric"] = "recall_at_3"
    return metrics
