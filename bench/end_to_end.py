"""End to end: ``claims analyze seeds/`` cold, then growing corpora with the time per stage and peak memory.

Every figure is measured in this run, each analysis in a fresh Python process (so nothing is warm in memory;
the on-disk model caches are, as on any machine after the first run):

1. **seeds cold**: ``claims analyze seeds/ --out TMP --quiet --no-cache`` (the console script's code path,
   ``python -c "from claims.cli import main; main()"``), wall time and peak memory, ``--repeat`` times. The score
   cache is off so that every pair is really scored.
2. **corpora** of ``--sizes`` articles (default 250, 500, 1,000): the five seeds (about 5 %, repeated under new
   ids, as wire copies are) and articles built from the shared data's French sentences (RTE3-FR, DACCORD,
   XNLI-fr premises and hypotheses), quoted, reported or attributed with "selon" by fictitious speakers with
   titles and sides, shuffled. Each size runs in its own process with the settings of ``claims analyze``
   (``--k``/``--min-similarity`` defaults read from the command) and the score cache off, then writes the outputs
   as the command does. Printed: statements, candidate pairs, time per stage (``Analysis.timings`` + export),
   total wall time, peak memory of the whole process tree (spaCy's parse workers and Ray's workers included; PSS
   sampled every 0.2 s) beside the largest single process's ``ru_maxrss``, and how time grows with the corpus
   (ratios, seconds per added article, and the fitted exponent: 1.0 is linear).

The benchmark prints, it does not assert. ``--json`` prints one JSON object as the last line.

Example:
    python bench/end_to_end.py                                  # embedded model, seeds + 250/500/1,000
    python bench/end_to_end.py --model /tmp/ckmodel --sizes 20,40 --repeat 1 --json
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the checkout's claims, installed or not
    sys.path.insert(0, str(ROOT))
DATA = Path(os.environ.get("CLAIMS_DATA") or ROOT.parent / "shared" / "data")
SEED_SHARE = 0.05  # share of the corpus that are copies of the five seeds
GOALS = {"seeds_cold_s": 20.0, "articles_1000_s": 600.0, "peak_gb": 3.0}

FIRST = ("Ahmet", "Mehmet", "Ayse", "John", "Mary", "Robert", "Sergueï", "Olga", "Dmitri", "Pierre", "Claire",
         "Jean", "Sophie", "Hans", "Angela", "Marco", "Giulia", "Youssef", "Leïla", "Karim", "Elena", "Ivan")
LAST = ("Yilmaz", "Kaya", "Demir", "Sahin", "Walker", "Harris", "Collins", "Bennett", "Ivanov", "Petrov",
        "Sokolov", "Morel", "Garnier", "Lefebvre", "Roux", "Weber", "Schmidt", "Rossi", "Bianchi", "Haddad",
        "Benali", "Novak")
ROLES = ("ministre turc des Affaires étrangères", "porte-parole du département d'Etat américain",
         "porte-parole du Kremlin", "ministre français de la Défense", "président de la Commission européenne",
         "conseiller du président turc", "porte-parole du Pentagone", "vice-ministre russe des Affaires étrangères",
         "secrétaire général de l'Otan", "ministre allemand de l'Economie", "député de l'opposition",
         "porte-parole du gouvernement français", "ambassadeur des Etats-Unis en Turquie", "maire d'Ankara")
VERBS = ("a déclaré", "a affirmé", "a assuré", "a estimé", "a indiqué", "a souligné", "a expliqué", "a martelé")
THAT_VERBS = ("a affirmé que", "a assuré que", "a estimé que", "a indiqué que", "a reconnu que", "a démenti que")


# ---- the corpus -------------------------------------------------------------------------------------------------

def _jsonl(name: str) -> list[dict]:
    path = DATA / name
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _clean(sentence: str) -> str | None:
    s = re.sub(r"\s+", " ", re.sub(r"[«»\"“”]", "", sentence)).strip()
    if not 25 <= len(s) <= 300:
        return None
    return s if s[-1] in ".!?" else s + "."


def data_sentences() -> tuple[list[str], list[str]]:
    """(narrative sentences, sentences to be said) from the shared data, each list without repeats."""
    narrative, said = [], []
    for row in _jsonl("rte3_fr_dev.jsonl") + _jsonl("daccord_public.jsonl"):
        narrative.append(row["premise"])
        said.append(row["hypothesis"])
    for name in ("xnli_fr_test.jsonl", "xnli_fr_dev.jsonl"):
        for row in _jsonl(name):
            said.extend((row["premise"], row["hypothesis"]))
    uniq = lambda xs: list(dict.fromkeys(c for c in map(_clean, xs) if c))  # noqa: E731
    return uniq(narrative), uniq(said)


def _lower_first(s: str) -> str:
    """The sentence as the rest of a clause ("a affirmé que ..."); acronyms keep their capitals."""
    return s if s[:2].isupper() else s[:1].lower() + s[1:]


def synthetic_article(rng: random.Random, n: int, narrative: list[str], said: list[str]) -> dict:
    """One article of about 300-450 words: narrative sentences and 5-8 statements by 2-4 speakers."""
    speakers = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(ROLES)) for _ in range(rng.randint(2, 4))]
    paragraphs = [rng.choice(narrative), rng.choice(narrative)]
    for k in range(rng.randint(5, 8)):
        (name, role), s = rng.choice(speakers), rng.choice(said)
        pattern = rng.randrange(4)
        if pattern == 0:
            paragraphs.append(f"« {s} », {rng.choice(VERBS)} {name}, {role}.")
        elif pattern == 1:
            paragraphs.append(f"Le {role}, {name}, {rng.choice(THAT_VERBS)} {_lower_first(s)}")
        elif pattern == 2:
            paragraphs.append(f"Selon {name}, {_lower_first(s)}")
        else:
            paragraphs.append(f"{name} {rng.choice(VERBS)} : « {s} »")
        if k % 2:
            paragraphs.append(rng.choice(narrative))
    title = paragraphs[0].split(",")[0][:90]
    day = 1 + n % 28
    return {"id": f"bench-{n:05d}", "title": title, "text": "\n".join(paragraphs), "date": f"2017-05-{day:02d}",
            "source": "bench", "url": None}


def build_corpus(size: int, seed: int = 13) -> list[dict]:
    """``size`` articles: seeds repeated under new ids (about 5 %) and synthetic articles, shuffled."""
    from claims.ingest import read_documents

    rng = random.Random(seed)
    seeds, _ = read_documents([ROOT / "seeds"])
    narrative, said = data_sentences()
    copies = max(len(seeds), round(size * SEED_SHARE))
    rows = []
    for c in range(copies):
        d = seeds[c % len(seeds)]
        rows.append({"id": f"{d.id}-copy{c}", "title": d.title, "text": d.text, "date": d.date,
                     "source": d.source, "url": d.url})
    rows += [synthetic_article(rng, n, narrative, said) for n in range(size - copies)]
    rng.shuffle(rows)
    return rows


# ---- one analysis in a fresh process ----------------------------------------------------------------------------

def cli_defaults() -> dict:
    """The pairing defaults of ``claims analyze`` (so the corpora run with the command's settings)."""
    import inspect

    from claims.cli import analyze

    params = inspect.signature(analyze).parameters
    return {"k": params["k"].default.default, "min_similarity": params["min_similarity"].default.default}


def worker(path: Path, out: Path, model: str | None, engine: str) -> dict:
    """Run in a child process: the analysis of one corpus file, outputs written; figures as a dict."""
    from claims.export import write_analysis
    from claims.pair import PairingSettings
    from claims.pipeline import Settings, analyze

    t0 = time.perf_counter()
    settings = Settings(model=model, progress=False, score_cache=False, pairing=PairingSettings(**cli_defaults()))
    if engine == "ray":
        from claims.distributed import analyze_ray

        analysis = analyze_ray([path], settings)
    else:
        analysis = analyze([path], settings)
    t = time.perf_counter()
    write_analysis(analysis, out)
    timings = dict(analysis.timings)
    timings["export"] = time.perf_counter() - t
    return {"documents": len(analysis.documents), "statements": len(analysis.statements),
            "pairs": len(analysis.pairs), "flagged": sum(p.stance == "disagree" for p in analysis.pairs),
            "model": analysis.model, "timings": {k: round(v, 2) for k, v in timings.items()},
            "in_process_s": round(time.perf_counter() - t0, 2)}


def _child_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)  # works uninstalled
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    return env


def _tree_memory(root: int) -> int:
    """Bytes held by process ``root`` and all its descendants (PSS, so pages shared after a fork count once;
    RSS where PSS cannot be read)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
            total += next(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")) * 1024
        except (OSError, StopIteration, ValueError):
            try:
                total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except OSError:
                pass
    return total


class TreeMemory:
    """Samples the memory of a process tree on a thread; ``peak`` in bytes (parse workers, Ray workers included)."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        import threading

        self.pid, self.every, self.peak = pid, every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, _tree_memory(self.pid))
            self._stop.wait(self.every)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def run_child(cmd: list[str]) -> tuple[int, str, str, float, dict]:
    """(exit code, stdout, stderr, wall seconds, memory) of one fresh process; memory in GB: ``peak_gb`` of the
    whole process tree (sampled every 0.2 s) and ``max_rss_gb``, the largest single process (``ru_maxrss``)."""
    t = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=_child_env(), cwd=ROOT)
        sampler = TreeMemory(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        peak = sampler.stop()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    memory = {"peak_gb": round(peak / 1024 ** 3, 2), "max_rss_gb": round(usage.ru_maxrss / 1024 ** 2, 2)}  # KiB
    return proc.returncode, stdout, stderr, wall, memory


def seeds_cold(model: str | None, repeat: int) -> dict:
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-c", "from claims.cli import main; main()", "analyze", "seeds/", "--out",
               str(Path(tmp) / "seeds"), "--quiet", "--no-cache"] + (["--model", model] if model else [])
        for _ in range(repeat):
            code, stdout, stderr, wall, memory = run_child(cmd)
            if code:
                raise SystemExit(f"claims analyze seeds/ failed ({code}):\n{stderr[-2000:]}")
            runs.append({"wall_s": round(wall, 2), **memory})
            print(f"  seeds cold run {len(runs)}: {wall:6.1f} s, peak {memory['peak_gb']:.2f} GB   "
                  f"({stdout.splitlines()[0] if stdout else ''})", file=sys.stderr, flush=True)
    shown = "claims analyze seeds/ --out TMP --quiet --no-cache" + (f" --model {model}" if model else "")
    return {"command": shown, "runs": runs, "wall_s": min(r["wall_s"] for r in runs),
            "peak_gb": max(r["peak_gb"] for r in runs)}


def corpus_run(size: int, model: str | None, engine: str, seed: int, tmp: Path) -> dict:
    rows = build_corpus(size, seed)
    path = tmp / f"corpus-{size}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(path), "--worker-out",
           str(tmp / f"out-{size}"), "--engine", engine] + (["--model", model] if model else [])
    code, stdout, stderr, wall, memory = run_child(cmd)
    if code:
        raise SystemExit(f"analysis of {size} articles failed ({code}):\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result.update({"articles": size, "words": sum(len(r["text"].split()) for r in rows), "wall_s": round(wall, 2),
                   **memory})
    print(f"  {size:>5} articles: {wall:6.1f} s, peak {memory['peak_gb']:.2f} GB, {result['statements']} statements, "
          f"{result['pairs']} pairs  {result['timings']}", file=sys.stderr, flush=True)
    return result


def growth(corpora: list[dict]) -> dict:
    """Time ratios between consecutive sizes and the exponent b of wall ~ size^b (1.0 = linear)."""
    out = {"ratios": [], "exponent_wall": None, "exponent_stages": {}}
    for a, b in zip(corpora, corpora[1:]):
        out["ratios"].append({"articles": f"{a['articles']}->{b['articles']}",
                              "size_ratio": round(b["articles"] / a["articles"], 2),
                              "wall_ratio": round(b["wall_s"] / a["wall_s"], 2),
                              "pairs_ratio": round(b["pairs"] / max(1, a["pairs"]), 2),
                              # time per added article: constant across intervals when time is linear
                              "marginal_s_per_article": round((b["wall_s"] - a["wall_s"])
                                                              / (b["articles"] - a["articles"]), 3)})
    if len(corpora) >= 2:
        first, last = corpora[0], corpora[-1]
        span = math.log(last["articles"] / first["articles"])
        out["exponent_wall"] = round(math.log(last["wall_s"] / first["wall_s"]) / span, 2)
        for stage in last["timings"]:
            t0, t1 = first["timings"].get(stage), last["timings"][stage]
            if t0 and t1 and t0 > 0.05:
                out["exponent_stages"][stage] = round(math.log(t1 / t0) / span, 2)
    return out


def print_report(s: dict) -> None:
    print(f"End to end, {s['cpus']} CPUs, model {s['model']}, engine {s['engine']}")
    if s.get("seeds_cold"):
        c = s["seeds_cold"]
        runs = ", ".join(f"{r['wall_s']:.1f}" for r in c["runs"])
        print(f"seeds cold: {c['command']}")
        print(f"  best {c['wall_s']:.1f} s (runs: {runs} s), peak memory {c['peak_gb']:.2f} GB"
              f"   goal <= {GOALS['seeds_cold_s']:.0f} s")
    if s["corpora"]:
        stages = list(dict.fromkeys(k for r in s["corpora"] for k in r["timings"]))
        print(f"{'articles':>8}{'words':>9}{'stmts':>7}{'pairs':>7}" + "".join(f"{k:>9}" for k in stages)
              + f"{'wall s':>9}{'s/art':>7}{'peak GB':>9}{'max RSS':>9}")
        for r in s["corpora"]:
            print(f"{r['articles']:>8}{r['words']:>9}{r['statements']:>7}{r['pairs']:>7}"
                  + "".join(f"{r['timings'].get(k, 0):>9.1f}" for k in stages)
                  + f"{r['wall_s']:>9.1f}{r['wall_s'] / r['articles']:>7.2f}{r['peak_gb']:>9.2f}"
                  + f"{r['max_rss_gb']:>9.2f}")
        g = s["growth"]
        for r in g["ratios"]:
            print(f"  {r['articles']}: size x{r['size_ratio']}, wall x{r['wall_ratio']}, pairs x{r['pairs_ratio']}, "
                  f"{r['marginal_s_per_article']:.3f} s per added article")
        if g["exponent_wall"] is not None:
            print(f"  wall ~ articles^{g['exponent_wall']} (1.0 = linear; below 1 while fixed load times weigh); per stage: "
                  + ", ".join(f"{k} ^{v}" for k, v in g["exponent_stages"].items()))
        print("  peak GB: the whole process tree (parse workers, Ray workers), PSS sampled every 0.2 s; "
              "max RSS: the largest single process")
        print(f"goals: 1,000 articles <= {GOALS['articles_1000_s']:.0f} s, peak <= {GOALS['peak_gb']:.0f} GB")


def main(argv: list[str] | None = None) -> dict | None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", default=None, help="embedded (default), a local directory or a Hub id")
    ap.add_argument("--sizes", default="250,500,1000", help="corpus sizes in articles, comma-separated ('' = none)")
    ap.add_argument("--repeat", type=int, default=2, help="cold runs of claims analyze seeds/ (0 = skip)")
    ap.add_argument("--engine", default="local", choices=("local", "ray"), help="engine for the corpora")
    ap.add_argument("--seed", type=int, default=13, help="random seed of the corpora")
    ap.add_argument("--keep", type=Path, default=None, help="keep the corpora and outputs in this folder")
    ap.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.worker_out, args.model, args.engine)))
        return None

    from claims.nli import resolve_model_name

    summary: dict = {"model": resolve_model_name(args.model), "engine": args.engine, "cpus": os.cpu_count(),
                     "goals": GOALS, "seeds_cold": None, "corpora": []}
    if args.repeat > 0:
        summary["seeds_cold"] = seeds_cold(args.model, args.repeat)
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        where = args.keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            summary["corpora"].append(corpus_run(size, args.model, args.engine, args.seed, where))
    summary["growth"] = growth(summary["corpora"])
    print_report(summary)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
    return summary


if __name__ == "__main__":
    main()
