"""Statements with resolved speakers from documents: segment + attribute over one shared spaCy pipeline.

Example:
    >>> from claims.extract import extract_statements
    >>> from claims.ingest import read_documents
    >>> docs, _ = read_documents(["seeds"])
    >>> statements = extract_statements(docs)
    >>> any(s.speaker.name == "Mark Toner" for s in statements)
    True
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from claims.ingest import Problem
from claims.records import Document, Statement

MODEL = "fr_core_news_md"
UNUSED = ("ner",)  # names come from the parse and the title lexicon; NER would double the time per document
BATCH_SIZE = 32
PARALLEL_FROM = 100  # documents: from here on spaCy parses in several processes (start-up costs a few seconds)
MAX_PROCESSES = 4  # each process holds its own copy of the pipeline (~0.3 GB)


@dataclass
class Extraction:
    """What :func:`extract` returns: the statements, and one warning per quotation left open in a document."""

    statements: list[Statement] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@lru_cache(maxsize=1)
def load_nlp(model: str = MODEL):
    """The spaCy pipeline, loaded once per process, with unused components off and claims' tokenizer and
    paragraph-boundary settings (:func:`claims.segment.configure`)."""
    import spacy

    from claims.segment import configure

    nlp = spacy.load(model, disable=[c for c in UNUSED])
    return configure(nlp)


def parse_processes(n_documents: int) -> int:
    """How many processes ``nlp.pipe`` uses for ``n_documents``: one for small inputs, else one per usable CPU
    (at most :data:`MAX_PROCESSES`). ``CLAIMS_PARSE_PROCESSES`` overrides it (1 = never fork)."""
    import os

    forced = os.environ.get("CLAIMS_PARSE_PROCESSES")
    if forced:
        return max(1, int(forced))
    if n_documents < PARALLEL_FROM:
        return 1
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(cpus, MAX_PROCESSES))


def segment_documents(documents: Sequence[Document], nlp=None, batch_size: int = BATCH_SIZE,
                      progress: bool = False, n_process: int | None = None) -> Iterator:
    """:class:`claims.segment.Segmentation` of each document, parsing with ``nlp.pipe`` in batches
    (in :func:`parse_processes` processes unless ``n_process`` says otherwise)."""
    from claims.segment import find_statements

    nlp = nlp or load_nlp()
    texts: Iterable[str] = (d.text for d in documents)
    parsed = nlp.pipe(texts, batch_size=batch_size, n_process=n_process or parse_processes(len(documents)))
    if progress:
        from tqdm import tqdm

        parsed = tqdm(parsed, total=len(documents), desc="extract", unit="doc")
    for document, doc in zip(documents, parsed):
        yield find_statements(document, doc)


def extract(documents: Sequence[Document], nlp=None, progress: bool = False) -> Extraction:
    """Every statement of ``documents``, speakers resolved within each document and merged across them, and the
    documents' quotation problems (an opening « with no closing one: read to the end of its paragraph).

    Args:
        documents: the records to read (offsets refer to their ``text``).
        nlp: a pipeline from :func:`load_nlp` (loaded on first use when None).
        progress: show a tqdm bar.
    """
    from claims.attribute import resolve_speakers

    segmentations = list(segment_documents(list(documents), nlp, progress=progress))
    problems = [quotation_problem(seg.document, q) for seg in segmentations for q in seg.unbalanced]
    return Extraction(resolve_speakers(segmentations), problems)


def extract_statements(documents: Sequence[Document], nlp=None, progress: bool = False) -> list[Statement]:
    """The statements of :func:`extract` (quotation problems dropped)."""
    return extract(documents, nlp, progress).statements


def quotation_problem(document: Document, quote) -> Problem:
    """A warning naming the document, the line and the opening mark of a quotation that is never closed."""
    text = document.text
    line = text.count("\n", 0, quote.start) + 1
    opening = text[quote.start: quote.start + 40].split("\n")[0]
    where = document.path or document.id
    if document.path and document.path.endswith((".jsonl", ".csv")):
        where = f"{document.path} [{document.id}]"
    return Problem(where, f"unbalanced quotation mark {quote.mark} at line {line} (\"{opening}…\"): no closing mark; "
                          f"read to the end of its paragraph", line=None, severity="warning")
