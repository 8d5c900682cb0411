"""NLI throughput and accuracy on CPU: naive pipeline vs claims' batched fp32 vs int8, on XNLI-fr test pairs.

Every figure is measured in the same run, on the same pairs (the first ``--n`` of XNLI-fr test, up to
``--max-length`` tokens): pairs/s of one direction (premise -> hypothesis), after one warm-up batch, and
accuracy against the gold labels; for the int8 rows also the batch dependence: the largest change of a class
probability over the first 100 pairs between batches of ``--batch-size`` and batches of one. Rows:

- ``baseline``   a transformers ``text-classification`` pipeline called one pair at a time (the naive way)
- ``fp32``       ``NLIModel(quantize=False)``: length-sorted batches padded per batch, ``inference_mode``
- ``int8``       ``NLIModel(quantize=True)``: ONNX Runtime, fused BERT graph, per-channel int8 weights, per-row
                 int8 activations (``claims.quantize``)
- ``int8-batchwide`` the same weights with ONNX Runtime's own dynamic activation scales (one per batch): claims'
                 int8 until 2026-12-04
- ``torch-int8`` torch dynamic int8 of the Linear layers (the obvious alternative, kept for comparison)
- ``bf16``       the fp32 model under ``torch.autocast(bfloat16)`` (the CPU has avx512_bf16)

The benchmark prints, it does not assert. ``--json`` prints one JSON object as the last line:
``pairs_per_s`` (the default setting, see ``claims.nli.default_int8``), ``baseline_pairs_per_s``,
``accuracy_loss_points`` (default setting vs fp32), and every row.

Example:
    python bench/nli_throughput.py                       # embedded model, 1,000 pairs, all rows
    python bench/nli_throughput.py --model /tmp/ckmodel --rows fp32,int8 --json
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the checkout's claims, installed or not
    sys.path.insert(0, str(ROOT))
DEFAULT_DATA = Path(os.environ.get("CLAIMS_DATA") or ROOT.parent / "shared" / "data") / "xnli_fr_test.jsonl"
ROWS = ("baseline", "fp32", "int8", "int8-batchwide", "torch-int8", "bf16")


def load_pairs(path: Path, n: int) -> tuple[list[str], list[str], np.ndarray]:
    from claims.nli import LABELS

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("label") in LABELS][:n]
    return ([r["premise"] for r in rows], [r["hypothesis"] for r in rows],
            np.array([LABELS.index(r["label"]) for r in rows]))


def timed(fn, premises, hypotheses, warmup: int = 16) -> tuple[np.ndarray, float]:
    """(probabilities [n, 3], pairs per second) after one untimed warm-up call."""
    fn(premises[:warmup], hypotheses[:warmup])
    t = time.perf_counter()
    probs = fn(premises, hypotheses)
    return probs, len(premises) / (time.perf_counter() - t)


def naive_pipeline(model):
    """One pair at a time through transformers' text-classification pipeline (no batching, no sorting)."""
    from transformers import pipeline

    from claims.nli import LABELS, label_order

    pipe = pipeline("text-classification", model=model.model, tokenizer=model.tokenizer, device=-1, top_k=None)
    names = [model.model.config.id2label[i] for i in label_order(model.model.config.id2label)]

    def predict(premises, hypotheses):
        out = np.zeros((len(premises), len(LABELS)), dtype=np.float32)
        for i, (p, h) in enumerate(zip(premises, hypotheses)):
            scores = {d["label"]: d["score"] for d in pipe({"text": p, "text_pair": h}, truncation=True,
                                                            max_length=model.max_length)}
            out[i] = [scores[name] for name in names]
        return out

    return predict


def torch_dynamic_int8(model):
    import copy

    import torch

    q = copy.copy(model)
    q._model = torch.ao.quantization.quantize_dynamic(copy.deepcopy(model.model), {torch.nn.Linear}, dtype=torch.qint8)
    q._cache = None
    return q.predict


def bf16_autocast(model):
    import torch

    def predict(premises, hypotheses):
        with torch.autocast("cpu", dtype=torch.bfloat16):
            return model.predict(premises, hypotheses)

    return predict


def run(model_name: str | None, data: Path, n: int, rows: list[str], batch_size: int, max_length: int) -> dict:
    import warnings

    import torch

    from claims.nli import NLIModel, default_int8, resolve_model_name

    warnings.filterwarnings("ignore")
    name = resolve_model_name(model_name)
    premises, hypotheses, gold = load_pairs(data, n)
    t = time.perf_counter()
    fp32 = NLIModel(name, quantize=False, batch_size=batch_size, max_length=max_length)
    loads = {"fp32": time.perf_counter() - t}
    results: dict[str, dict] = {}
    fp32_labels = None
    workdir = Path(tempfile.mkdtemp(prefix="claims-bench-"))
    for row in rows:
        if row in ("int8", "int8-batchwide"):
            t = time.perf_counter()
            int8 = NLIModel(name, quantize=True, batch_size=batch_size, max_length=max_length)
            if row == "int8-batchwide":
                int8._session = batchwide_session(fp32, workdir)
            fn = int8.predict
            loads[row] = time.perf_counter() - t
        else:
            fn = {"baseline": naive_pipeline, "fp32": lambda m: m.predict, "torch-int8": torch_dynamic_int8,
                  "bf16": bf16_autocast}[row](fp32)
        probs, speed = timed(fn, premises, hypotheses)
        labels = probs.argmax(1)
        if row == "fp32":
            fp32_labels = labels
        results[row] = {"pairs_per_s": round(speed, 1), "accuracy": round(float((labels == gold).mean()) * 100, 2),
                        "labels": labels}
        if row.startswith("int8"):
            int8.batch_size = 1
            alone = int8.predict(premises[:100], hypotheses[:100])
            int8.batch_size = batch_size
            results[row]["batch_dependence"] = round(float(np.abs(alone - probs[:100]).max()), 4)
        print(f"  {row:<10} {speed:7.1f} pairs/s   accuracy {results[row]['accuracy']:.2f}", file=sys.stderr, flush=True)
    shutil.rmtree(workdir, ignore_errors=True)
    for r in results.values():
        labels = r.pop("labels")
        if fp32_labels is not None:
            r["agreement_with_fp32"] = round(float((labels == fp32_labels).mean()) * 100, 2)
    default = "int8" if default_int8(name) else "fp32"
    summary = {
        "model": name, "pairs": len(gold), "max_length": max_length, "batch_size": batch_size,
        "threads": torch.get_num_threads(), "cpu": _cpu_name(), "default": default, "rows": results,
        "load_s": {k: round(v, 2) for k, v in loads.items()},
        "pairs_per_s": results.get(default, {}).get("pairs_per_s"),
        "baseline_pairs_per_s": results.get("baseline", {}).get("pairs_per_s"),
    }
    if "fp32" in results and default in results:
        summary["accuracy_loss_points"] = round(results["fp32"]["accuracy"] - results[default]["accuracy"], 2)
    return summary


def batchwide_session(fp32, workdir: Path):
    """An ONNX Runtime session of the model with ONNX Runtime's own batch-wide dynamic int8 (for comparison)."""
    from claims.nli import cpu_session, export_onnx
    from claims.quantize import quantize_batchwide

    export_onnx(fp32.model, workdir, fp32._types, int8=False)
    quantize_batchwide(workdir / "fused.onnx", workdir / "batchwide.onnx")
    return cpu_session(workdir / "batchwide.onnx")


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def print_table(s: dict) -> None:
    base = s["rows"].get("baseline", {}).get("pairs_per_s")
    fp32 = s["rows"].get("fp32", {}).get("pairs_per_s")
    print(f"NLI throughput: {s['model']}, {s['pairs']} XNLI-fr test pairs, <= {s['max_length']} tokens, "
          f"batch {s['batch_size']}, {s['threads']} threads, {s['cpu']}")
    print(f"{'row':<15}{'pairs/s':>9}{'x baseline':>12}{'x fp32':>8}{'accuracy':>10}{'agree fp32':>12}"
          f"{'batch dep.':>12}")
    for row, r in s["rows"].items():
        xb = f"{r['pairs_per_s'] / base:.1f}" if base else "-"
        xf = f"{r['pairs_per_s'] / fp32:.2f}" if fp32 else "-"
        agree, dep = r.get("agreement_with_fp32"), r.get("batch_dependence")
        print(f"{row:<15}{r['pairs_per_s']:>9.1f}{xb:>12}{xf:>8}{r['accuracy']:>10.2f}"
              f"{(f'{agree:.1f}' if agree is not None else '-'):>12}{(f'{dep:.4f}' if dep is not None else '-'):>12}")
    print("batch dep.: largest change of a class probability over the first 100 pairs, batches of "
          f"{s['batch_size']} vs batches of 1")
    print(f"default setting: {s['default']} -> {s['pairs_per_s']} pairs/s"
          + (f", accuracy loss vs fp32 {s['accuracy_loss_points']:+.2f} points" if "accuracy_loss_points" in s else ""))


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None, help="embedded (default), a local directory or a Hub id")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--n", type=int, default=1000, help="pairs (the first N of the file)")
    ap.add_argument("--rows", default=",".join(ROWS), help=f"comma-separated subset of {','.join(ROWS)}")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--threads", type=int, default=None, help="torch / ONNX Runtime threads (default: all cores)")
    ap.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    args = ap.parse_args(argv)
    if args.threads:
        import torch

        torch.set_num_threads(args.threads)
    rows = [r for r in args.rows.split(",") if r]
    unknown = set(rows) - set(ROWS)
    if unknown:
        ap.error(f"unknown rows {sorted(unknown)}")
    summary = run(args.model, args.data, args.n, rows, args.batch_size, args.max_length)
    print_table(summary)
    if args.json:
        print(json.dumps(summary))
    return summary


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
