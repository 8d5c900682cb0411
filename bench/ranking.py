"""Ranking: how well the queue's order puts real contradictions first, on statements that are not the seeds.

The pool is the held-out dev data (``claims.evaluation.data.held_out_dev``: 500 XNLI-fr dev + 200 RTE3-FR dev
pairs; the data that calibrates claims, never trained on, never a reported benchmark): every distinct premise and
hypothesis is a statement with its own speaker. Candidates come from :func:`claims.pair.candidate_pairs` (the
defaults of ``claims analyze``), scores from :func:`claims.stance.score_candidates`. A candidate is a gold
contradiction when the dev data labels that (premise, hypothesis) pair ``contradiction``; other candidates count as
negatives, although some are real contradictions nobody labelled (two hypotheses of one premise), so the figures
are lower bounds.

Printed, for the order of the calibrated contradiction score alone and for claims' ranking key
(:func:`claims.stance.rank_pairs`: the score minus the two statements' typical ones): average precision of the gold
contradictions, precision among the first 50 / 100 / 200, and how many distinct statements fill the first 100.
It prints, it does not assert. ``--json`` prints one JSON object as the last line.

    python bench/ranking.py                  # embedded model (int8 default), about 2 minutes on 2 cores
    python bench/ranking.py --pool xnli-test      # the same on XNLI-fr test statements (settings not chosen there)
    python bench/ranking.py --model /path/to/model --json
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the checkout's claims, installed or not
    sys.path.insert(0, str(ROOT))


def pool(name: str = "dev", limit: int = 1500):
    """Statements of the held-out dev data (or of XNLI-fr test, for a check on data the settings were not chosen
    on: the first premise groups, up to ``limit`` statements) and the gold contradiction pairs (i, j), i < j."""
    from claims.evaluation.data import held_out_dev, read_rows
    from claims.records import Speaker, Statement

    if name == "dev":
        rows = held_out_dev()
    else:
        data = Path(os.environ.get("CLAIMS_DATA") or ROOT.parent / "shared" / "data")
        rows, seen = [], set()
        for row in read_rows(data / "xnli_fr_test.jsonl"):
            if row["premise"] not in seen and len(seen) * 4 >= limit:
                break
            seen.add(row["premise"])
            rows.append(row)
    index: dict[str, int] = {}
    gold: set[tuple[int, int]] = set()
    for row in rows:
        for text in (row["premise"], row["hypothesis"]):
            index.setdefault(text, len(index))
        if row["label"] == "contradiction":
            i, j = index[row["premise"]], index[row["hypothesis"]]
            gold.add((min(i, j), max(i, j)))
    statements = [Statement(doc=f"dev-{i}", start=0, end=len(t), text=t, kind="direct",
                            speaker=Speaker(id=f"speaker-{i}", name=f"Orateur {i}")) for i, t in enumerate(index)]
    return statements, gold


def order_figures(ordered, gold_ids: set[str]) -> dict:
    from sklearn.metrics import average_precision_score

    y = np.array([p.id in gold_ids for p in ordered])
    ranks = -np.arange(len(ordered), dtype=float)  # the order itself is the score
    out = {"average_precision": round(float(average_precision_score(y, ranks)), 4)}
    for k in (50, 100, 200):
        out[f"precision_at_{k}"] = round(float(y[:k].mean()), 4)
    out["distinct_statements_top_100"] = len({s for p in ordered[:100] for s in (p.a.id, p.b.id)})
    return out


def run(model: str | None, pool_name: str = "dev") -> dict:
    from claims.nli import get_model
    from claims.pair import PairingSettings, candidate_pairs, embed_texts
    from claims.stance import load_calibration, score_candidates

    statements, gold = pool(pool_name)
    t = time.perf_counter()
    embeddings = embed_texts([s.text for s in statements])
    candidates = candidate_pairs(statements, PairingSettings(), embeddings=embeddings)
    nli = get_model(model)
    ranked = score_candidates(statements, candidates, nli, load_calibration(nli))
    seconds = time.perf_counter() - t
    position = {s.id: i for i, s in enumerate(statements)}
    gold_ids = {p.id for p in ranked
                if (min(position[p.a.id], position[p.b.id]), max(position[p.a.id], position[p.b.id])) in gold}
    by_contradiction = [replace(p, score=p.contradiction) for p in sorted(ranked, key=lambda p: (-p.contradiction, p.id))]
    return {"model": nli.name, "pool": pool_name, "statements": len(statements), "candidates": len(ranked),
            "gold_contradictions": len(gold), "gold_among_candidates": len(gold_ids), "seconds": round(seconds, 1),
            "contradiction_score": order_figures(by_contradiction, gold_ids),
            "ranking_key": order_figures(ranked, gold_ids)}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="NLI model: embedded (default), a local directory or a Hub id")
    ap.add_argument("--pool", choices=("dev", "xnli-test"), default="dev",
                    help="dev: the held-out dev data (where the settings were chosen); xnli-test: the first "
                         "XNLI-fr test premise groups, about 1,500 statements (reported only, never tuned on)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    r = run(args.model, args.pool)
    print(f"Ranking on the {r['pool']} pool: {r['statements']} statements, {r['candidates']} candidates "
          f"({r['seconds']} s), {r['gold_among_candidates']} of {r['gold_contradictions']} gold contradictions "
          f"among them; model {r['model']}")
    print(f"{'order':<22} {'AP':>7} {'P@50':>7} {'P@100':>7} {'P@200':>7} {'statements in top 100':>22}")
    for name in ("contradiction_score", "ranking_key"):
        f = r[name]
        print(f"{name:<22} {f['average_precision']:>7.4f} {f['precision_at_50']:>7.3f} {f['precision_at_100']:>7.3f} "
              f"{f['precision_at_200']:>7.3f} {f['distinct_statements_top_100']:>22}")
    if args.json:
        print(json.dumps(r))
    return r


if __name__ == "__main__":
    main()
