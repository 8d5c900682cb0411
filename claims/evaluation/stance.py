"""Zero-shot stance on x-stance (French): the comment is the premise; the question becomes the claim a "yes"
asserts and the claim a "no" asserts (``claims.stance.question_to_claims``), both hypotheses. FAVOR when the
NLI evidence for "yes" (entailment of the yes-claim, contradiction of the no-claim) outweighs the evidence
for "no"; nothing is fitted on the benchmark.

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
    """Evidence for "yes" minus evidence for "no", from the comment (premise) against both claims."""
    from claims.stance import question_to_claims

    claims_ = [question_to_claims(r["question"]) for r in rows]
    pairs = [(r["comment"], c[0]) for r, c in zip(rows, claims_)] + [(r["comment"], c[1]) for r, c in zip(rows, claims_)]
    scored = model.score_pairs(pairs, progress=progress)
    n = len(rows)
    yes, no = scored[:n], scored[n:]

    def support(s: dict) -> float:
        return s["directions"]["a->b"]["entailment"] - s["p_contradiction"]

    return np.array([support(y) - support(x) for y, x in zip(yes, no)])


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
