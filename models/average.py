#!/usr/bin/env python3
"""Average the weights of fine-tuned claims NLI models (a "model soup").

Every input is a model directory in the shipped format of ``models/train.py`` (config, tokenizer files and
``model.safetensors`` without the frozen word-embedding table). The runs must share an architecture and be
fine-tuned from one another or from the same start (``--init``), so that their weights lie in one basin:
averaging two passes over the data that way gave higher held-out dev accuracy than either pass alone (see
models/README.md). The output is a model directory of the same format (fp16 weights; configuration and
tokenizer files copied from the first input; ``training.json`` records the inputs and weights).

    python models/average.py /work/stage1 /work/stage2 --out /work/soup
    python models/average.py A B C --weights 0.5,0.25,0.25 --out models/claims-nli-fr-small
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

WEIGHTS_FILE = "model.safetensors"
KEEP_OUT = {WEIGHTS_FILE, "training.json", "train.log", "claims.json"}  # not copied: they describe one run


def average_state(states: list[dict], weights: list[float]) -> dict:
    """Weighted mean of state dicts with identical keys and shapes (fp32 sums, fp16 result)."""
    import torch

    keys = set(states[0])
    for i, s in enumerate(states[1:], 2):
        if set(s) != keys:
            raise ValueError(f"input {i} has other weights than input 1: {sorted(set(s) ^ keys)[:5]}")
    out = {}
    for k in sorted(keys):
        shapes = {tuple(s[k].shape) for s in states}
        if len(shapes) != 1:
            raise ValueError(f"weight {k} has different shapes in the inputs: {sorted(shapes)}")
        out[k] = sum(w * s[k].float() for w, s in zip(weights, states)).to(torch.float16).contiguous()
    return out


def average_models(inputs: list[Path], out: Path, weights: list[float] | None = None) -> Path:
    from safetensors.torch import load_file, save_file

    if len(inputs) < 2:
        raise ValueError("give at least two model directories to average")
    weights = weights or [1.0 / len(inputs)] * len(inputs)
    if len(weights) != len(inputs) or abs(sum(weights) - 1.0) > 1e-6 or min(weights) < 0:
        raise ValueError(f"--weights must be {len(inputs)} non-negative numbers summing to 1, got {weights}")
    for d in inputs:
        if not (d / WEIGHTS_FILE).is_file() or not (d / "config.json").is_file():
            raise FileNotFoundError(f"{d}: not a model directory (expected config.json and {WEIGHTS_FILE})")
    states = [load_file(str(d / WEIGHTS_FILE)) for d in inputs]
    state = average_state(states, weights)
    out.mkdir(parents=True, exist_ok=True)
    for f in sorted(inputs[0].iterdir()):
        if f.is_file() and f.name not in KEEP_OUT:
            shutil.copyfile(f, out / f.name)
    save_file(state, str(out / WEIGHTS_FILE), metadata={"format": "pt", "claims": "without-word-embeddings"})
    runs = []
    for d, w in zip(inputs, weights):
        meta = json.loads((d / "training.json").read_text()) if (d / "training.json").is_file() else {}
        runs.append({"dir": str(d), "weight": w, "training": meta})
    (out / "training.json").write_text(json.dumps({"averaged": runs}, indent=2) + "\n")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", type=Path, nargs="+", help="model directories (models/train.py's output format)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--weights", default=None, help="comma-separated, summing to 1 (default: uniform)")
    args = ap.parse_args(argv)
    weights = [float(w) for w in args.weights.split(",")] if args.weights else None
    try:
        out = average_models(args.inputs, args.out, weights)
    except (ValueError, FileNotFoundError) as err:
        sys.exit(f"average.py: {err}")
    print(f"wrote {out} (average of {len(args.inputs)} models)")


if __name__ == "__main__":
    main()
