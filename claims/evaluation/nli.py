"""NLI evaluation: 3-class benchmarks (XNLI-fr, SICK-FR, RTE3-FR) and binary contradiction sets (DACCORD).

3-class files: the premise -> hypothesis direction, argmax; accuracy, macro-F1, per-class precision and
recall, and a confusion-matrix PNG. Binary files (labels ``contradiction`` / ``compatible``): P(contradiction)
from both directions combined, against a threshold fixed on the held-out dev data (never on the file
evaluated); accuracy, contradiction F1 and PR-AUC.

Example:
    >>> from claims.evaluation.nli import evaluate_nli
    >>> evaluate_nli("../shared/data/xnli_fr_test.jsonl", limit=200)["accuracy"]  # doctest: +SKIP
    0.74
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from claims.evaluation.data import NLI_LABELS, held_out_dev, read_rows

BINARY_LABELS = ("contradiction", "compatible")


def balanced_threshold(p_contradiction: np.ndarray, is_contradiction: np.ndarray) -> float:
    """The P(contradiction) threshold that maximises balanced accuracy (prior-free) on calibration data."""
    best_t, best = 0.5, -1.0
    pos, neg = is_contradiction.sum(), (~is_contradiction).sum()
    for t in np.unique(np.round(p_contradiction, 4)):
        pred = p_contradiction >= t
        bal = ((pred & is_contradiction).sum() / max(pos, 1) + (~pred & ~is_contradiction).sum() / max(neg, 1)) / 2
        if bal > best:
            best, best_t = bal, float(t)
    return best_t


def contradiction_threshold(model, dev_rows: list[dict] | None = None) -> tuple[float, str]:
    """(threshold, where it came from): the model's stored calibration, else computed on held-out dev data."""
    from claims.nli import model_metadata

    meta = model_metadata(model)
    if "contradiction_threshold" in meta and dev_rows is None:
        return float(meta["contradiction_threshold"]), "model calibration (claims.json)"
    rows = dev_rows if dev_rows is not None else held_out_dev()
    scores = model.score_pairs([(r["premise"], r["hypothesis"]) for r in rows])
    p = np.array([s["p_contradiction"] for s in scores])
    y = np.array([r["label"] == "contradiction" for r in rows])
    return balanced_threshold(p, y), f"held-out dev data ({len(rows)} pairs)"


def evaluate_nli(data: str | Path, model=None, *, limit: int | None = None, out: str | Path | None = None,
                 progress: bool = False) -> dict:
    """Evaluate an NLI model on a JSON Lines file; returns a flat metrics dict (always with ``accuracy``)."""
    from claims.nli import get_model

    model = model or get_model()
    rows = read_rows(data, limit)
    labels = {r["label"] for r in rows}
    if out:  # before scoring: the confusion-matrix PNG is written next to it
        Path(out).parent.mkdir(parents=True, exist_ok=True)
    if labels <= set(BINARY_LABELS):
        metrics = _binary(model, rows, progress)
    elif labels <= set(NLI_LABELS):
        metrics = _three_class(model, rows, progress, out)
    else:
        raise ValueError(f"{data}: labels {sorted(labels)} are neither {NLI_LABELS} nor {BINARY_LABELS}")
    metrics = {"data": Path(data).name, "model": model.name, "n": len(rows), **metrics}
    if out:
        Path(out).write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    return metrics


def _three_class(model, rows: list[dict], progress: bool, out) -> dict:
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

    probs = model.predict([r["premise"] for r in rows], [r["hypothesis"] for r in rows], progress=progress)
    pred = [NLI_LABELS[i] for i in probs.argmax(1)]
    gold = [r["label"] for r in rows]
    p, r, f, _ = precision_recall_fscore_support(gold, pred, labels=list(NLI_LABELS), zero_division=0)
    metrics = {"accuracy": round(accuracy_score(gold, pred), 4),
               "macro_f1": round(f1_score(gold, pred, labels=list(NLI_LABELS), average="macro"), 4)}
    for i, lab in enumerate(NLI_LABELS):
        metrics[f"precision_{lab}"] = round(float(p[i]), 4)
        metrics[f"recall_{lab}"] = round(float(r[i]), 4)
        metrics[f"f1_{lab}"] = round(float(f[i]), 4)
    cm = confusion_matrix(gold, pred, labels=list(NLI_LABELS))
    if out:
        png = Path(out).with_suffix(".confusion.png")
        plot_confusion(cm, NLI_LABELS, png, title=f"{model.name}: accuracy {metrics['accuracy']:.3f}")
        metrics["confusion_png"] = str(png)
    return metrics


def _binary(model, rows: list[dict], progress: bool) -> dict:
    from sklearn.metrics import accuracy_score, average_precision_score, f1_score

    threshold, origin = contradiction_threshold(model)
    scores = model.score_pairs([(r["premise"], r["hypothesis"]) for r in rows], progress=progress)
    p = np.array([s["p_contradiction"] for s in scores])
    y = np.array([r["label"] == "contradiction" for r in rows])
    pred = p >= threshold
    return {"accuracy": round(accuracy_score(y, pred), 4), "contradiction_f1": round(f1_score(y, pred), 4),
            "pr_auc": round(float(average_precision_score(y, p)), 4), "threshold": round(threshold, 4),
            "threshold_from": origin}


def plot_confusion(cm: np.ndarray, labels, path: Path, title: str = "") -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(4.6, 4))
    ax.imshow(cm, cmap="Blues")
    ax.set_xticks(range(len(labels)), labels, rotation=30)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    for i in range(cm.shape[0]):
        for j in range(cm.shape[1]):
            ax.text(j, i, str(cm[i, j]), ha="center", va="center",
                    color="white" if cm[i, j] > cm.max() / 2 else "black")
    ax.set_title(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
