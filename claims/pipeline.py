"""The main job, as pure orchestration: ingest → segment → attribute → pair → nli / stance.

Example:
    >>> from claims.pipeline import analyze
    >>> analysis = analyze(["seeds/"])  # doctest: +SKIP
    >>> analysis.pairs[0].a.speaker.name, analysis.pairs[0].b.speaker.name  # doctest: +SKIP
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from claims.encoder import release_embedder
from claims.pair import PairingSettings, candidate_pairs, embed_texts, story_groups
from claims.records import Document, Pair, Statement


@dataclass(frozen=True)
class Settings:
    """Everything ``analyze`` can be told."""

    model: str | None = None  # embedded | local dir | Hub id (default: $CLAIMS_MODEL or embedded)
    quantize: bool | None = None  # int8 NLI; None = the model's default
    pairing: PairingSettings = field(default_factory=PairingSettings)
    progress: bool = True
    score_cache: bool = False


@dataclass
class Analysis:
    documents: list[Document]
    statements: list[Statement]
    pairs: list[Pair]
    problems: list = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    model: str | None = None


def load_documents(inputs: Sequence[str | Path | Document]) -> tuple[list[Document], list]:
    """Documents as given, plus those read from paths (with their per-file problems)."""
    from claims.ingest import read_documents

    docs = [d for d in inputs if isinstance(d, Document)]
    paths = [p for p in inputs if not isinstance(p, Document)]
    problems: list = []
    if paths:
        read, problems = read_documents(paths)
        docs.extend(read)
    return docs, problems


def analyze(inputs: Sequence[str | Path | Document], settings: Settings | None = None) -> Analysis:
    """Statements and ranked pairs for a set of documents or paths."""
    from claims.extract import extract_statements

    settings = settings or Settings()
    timings: dict[str, float] = {}
    t = time.perf_counter()
    documents, problems = load_documents(inputs)
    timings["ingest"] = time.perf_counter() - t

    t = time.perf_counter()
    statements = extract_statements(documents)
    timings["extract"] = time.perf_counter() - t

    t = time.perf_counter()
    embeddings = embed_texts([s.text for s in statements])
    release_embedder()  # before the NLI model loads: the two need not be in memory together
    candidates = candidate_pairs(statements, settings.pairing, embeddings=embeddings,
                                 stories=story_groups(documents))
    timings["pair"] = time.perf_counter() - t

    pairs: list[Pair] = []
    model_name = None
    if candidates:
        pairs, model_name, timings["nli"] = score(statements, candidates, settings)
    return Analysis(documents, statements, pairs, problems, timings, model_name)


def score(statements: Sequence[Statement], candidates, settings: Settings) -> tuple[list[Pair], str, float]:
    """NLI-score the candidates with the configured model and its calibration."""
    from claims.nli import get_model
    from claims.stance import load_calibration, score_candidates

    t = time.perf_counter()
    model = get_model(settings.model, quantize=settings.quantize, score_cache=settings.score_cache)
    cal = load_calibration(model)
    pairs = score_candidates(statements, candidates, model, cal, progress=settings.progress)
    return pairs, model.name, time.perf_counter() - t
