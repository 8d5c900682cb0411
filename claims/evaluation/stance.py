"""Zero-shot stance on x-stance (French): the comment is the premise, the question turned into a claim
(``claims.stance.question_to_claim``) the hypothesis. FAVOR when the NLI model leans to entailment
over contradiction, AGAINST otherwise; nothing is fitted on the benchmark.

Example:
    >>> from claims.evaluation.stance import evaluate_stance
    >>> evaluate_stance("../shared/data/xstance_fr_valid.jsonl")["macro_f1"]  # doctest: +SKIP
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from claims.evaluation.data import read_rows

STANCE_LABELS = ("FAVOR", "AGAINST")


def favor_scores(model, rows: list[dict], progress: bool = False) -> np.ndarray:
    """P(entailment) − P(contradiction) of comment → claim, both directions' contradiction averaged in."""
    from claims.stance import question_to_claim

    claims_ = [question_to_claim(r["question"]) for r in rows]
    scored = model.score_pairs([(r["comment"], c) for r, c in zip(rows, claims_)], progress=progress)
    return np.array([s["directions"]["a->b"]["entailment"] - s["p_contradiction"] for s in scored])


def evaluate_stance(data: str | Path, model=None, *, limit: int | None = None, out: str | Path | None = None,
                    progress: bool = False) -> dict:
    """Macro-F1 of FAVOR/AGAINST, zero-shot; flat metrics dict."""
    from sklearn.metrics import accuracy_score, f1_score

    from claims.nli import get_model

    model = model or get_model()
    rows = [r for r in read_rows(data, limit) if r.get("label") in STANCE_LABELS]
    score = favor_scores(model, rows, progress)
    pred = np.where(score >= 0, "FAVOR", "AGAINST")
    gold = np.array([r["label"] for r in rows])
    f1 = f1_score(gold, pred, labels=list(STANCE_LABELS), average=None)
    metrics = {"data": Path(data).name, "model": model.name, "n": len(rows),
               "macro_f1": round(float(f1.mean()), 4), "accuracy": round(float(accuracy_score(gold, pred)), 4),
               "f1_favor": round(float(f1[0]), 4), "f1_against": round(float(f1[1]), 4)}
    if out:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        Path(out).write_text(json.dumps(metrics, indent=2) + "\n")
    return metrics
