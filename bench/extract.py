"""Extraction speed: documents/s and statements/s of ingest-free extraction (parse, segment, attribute) on the seeds.

The five seed articles are repeated ``--repeat`` times (200 by default: 1,000 documents; each copy gets its own
id, so speakers are merged over the whole batch as in a real run). claims' way: one spaCy load with the unused
components off (``claims.extract.UNUSED``), ``nlp.pipe`` in batches of ``--batch-size``, then the segmentation rules
and the speaker resolution. The time of each phase is reported: parsing (inside ``nlp.pipe``), rules (segment), and
resolution (attribute, over all documents at once). Loading the model is timed apart and not counted in the rates.

Baseline, measured in the same run on the first ``--baseline-docs`` documents: the full pipeline (every component
on) called one document at a time with ``nlp(text)``, then the same rules — the naive way.

The benchmark prints, it does not assert. ``--json`` prints one JSON object as the last line.

Example:
    python bench/extract.py                    # 1,000 documents
    python bench/extract.py --repeat 20 --json
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the checkout's claims, installed or not
    sys.path.insert(0, str(ROOT))

from claims.records import Document  # noqa: E402


def seed_documents(repeat: int) -> list[Document]:
    from claims.ingest import read_documents

    seeds, problems = read_documents([ROOT / "seeds"])
    if problems or not seeds:
        sys.exit(f"cannot read the seeds: {[str(p) for p in problems]}")
    return [Document(id=f"{d.id}#{n}", text=d.text, title=d.title, path=d.path) for n in range(repeat) for d in seeds]


def run_claims(documents: list[Document], batch_size: int, n_process: int) -> dict:
    from claims.attribute import resolve_speakers
    from claims.extract import UNUSED, load_nlp
    from claims.segment import find_statements

    t = time.perf_counter()
    nlp = load_nlp()
    load_s = time.perf_counter() - t
    segmentations, rules_s = [], 0.0
    t0 = time.perf_counter()
    for document, doc in zip(documents, nlp.pipe((d.text for d in documents), batch_size=batch_size,
                                                 n_process=n_process)):
        t = time.perf_counter()
        segmentations.append(find_statements(document, doc))
        rules_s += time.perf_counter() - t
    segment_s = time.perf_counter() - t0
    t = time.perf_counter()
    statements = resolve_speakers(segmentations)
    resolve_s = time.perf_counter() - t
    total = segment_s + resolve_s
    return {"load_s": round(load_s, 2), "parse_s": round(segment_s - rules_s, 2), "rules_s": round(rules_s, 2),
            "resolve_s": round(resolve_s, 2), "total_s": round(total, 2), "documents": len(documents),
            "statements": len(statements), "docs_per_s": round(len(documents) / total, 2),
            "statements_per_s": round(len(statements) / total, 1), "components": nlp.pipe_names,
            "disabled": list(UNUSED)}


def run_baseline(documents: list[Document]) -> dict:
    import spacy

    from claims.attribute import resolve_speakers
    from claims.extract import MODEL
    from claims.segment import configure, find_statements

    nlp = configure(spacy.load(MODEL))
    t = time.perf_counter()
    segmentations = [find_statements(d, nlp(d.text)) for d in documents]
    statements = resolve_speakers(segmentations)
    total = time.perf_counter() - t
    return {"total_s": round(total, 2), "documents": len(documents), "statements": len(statements),
            "docs_per_s": round(len(documents) / total, 2), "components": nlp.pipe_names}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=200, help="copies of the five seeds (default 200: 1,000 docs)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--processes", type=int, default=0,
                    help="nlp.pipe n_process (default: claims' own choice, claims.extract.parse_processes)")
    ap.add_argument("--baseline-docs", type=int, default=50, help="documents for the naive baseline (0: skip it)")
    ap.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    args = ap.parse_args()

    documents = seed_documents(args.repeat)
    from claims.extract import parse_processes

    args.processes = args.processes or parse_processes(len(documents))
    ours = run_claims(documents, args.batch_size, args.processes)
    base = run_baseline(documents[: args.baseline_docs]) if args.baseline_docs else None
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None

    print(f"machine: {platform.processor() or platform.machine()}, {cpus} CPUs usable, load average {load:.2f} "
          f"(other work on the machine slows every row alike)")
    print(f"claims:   {ours['documents']} documents, {ours['statements']} statements in {ours['total_s']:.1f} s "
          f"-> {ours['docs_per_s']:.1f} documents/s, {ours['statements_per_s']:.0f} statements/s")
    print(f"          parse {ours['parse_s']:.1f} s, rules {ours['rules_s']:.1f} s, resolve {ours['resolve_s']:.2f} s;"
          f" model load {ours['load_s']:.1f} s (once, not counted); components {', '.join(ours['components'])}"
          f" (off: {', '.join(ours['disabled'])}); batch {args.batch_size}, {args.processes} process(es)")
    result = {"docs_per_s": ours["docs_per_s"], "statements_per_s": ours["statements_per_s"], "claims": ours,
              "cpus": cpus, "load_average": load, "repeat": args.repeat, "batch_size": args.batch_size}
    if base:
        ratio = ours["docs_per_s"] / base["docs_per_s"] if base["docs_per_s"] else None
        print(f"baseline: {base['documents']} documents, nlp(text) one at a time, all components "
              f"({', '.join(base['components'])}) -> {base['docs_per_s']:.1f} documents/s; claims is "
              f"{ratio:.2f}x")
        result.update(baseline=base, baseline_docs_per_s=base["docs_per_s"], speedup=round(ratio, 2))
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
