"""peval.py MODEL OUT.json SET... : claims analyze + evaluate_pairs per set with MODEL (as claims eval all does).

Run from the repository root: python models/runs/2026-12-07-cpu-stage7/peval.py embedded /tmp/out.json wire-dev41"""
import json, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from claims.evaluation.report import WIRE_SETS
from claims.evaluation.pairs import evaluate_pairs
from claims.pipeline import analyze, Settings
model, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
sets = {n: (g, d) for n, g, d, _ in WIRE_SETS}
sets["seeds"] = ("eval/gold/seeds.jsonl", "seeds")
res = {}
t0 = time.time()
for n in names:
    g, d = sets[n]
    res[n] = evaluate_pairs(analyze([Path(d)], Settings(model=model, progress=False)).pairs, g)
tot = dict(gold=0, top3=0, top10=0, notcand=0, pairs=0, flagged=0, agr=0, agrflag=0, agree=0)
for p in res.values():
    r = p["contradiction_ranks"].split()
    tot["gold"] += p["gold_contradictions"]; tot["pairs"] += p["pairs"]; tot["flagged"] += p["flagged"]
    tot["top3"] += sum(x != "-" and int(x) <= 3 for x in r); tot["top10"] += sum(x != "-" and int(x) <= 10 for x in r)
    tot["notcand"] += sum(x == "-" for x in r)
    tot["agr"] += p.get("gold_agreements", 0); tot["agrflag"] += p["agreements_wrongly_flagged"]
    tot["agree"] += p.get("agreements_labelled_agree", 0)
res["_total"] = tot
json.dump(res, open(out, "w"), indent=1)
print(model, len(names), "sets", tot, f"{time.time()-t0:.0f}s")
