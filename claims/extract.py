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

from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from claims.records import Document, Statement

MODEL = "fr_core_news_md"
UNUSED = ("ner",)  # names come from the parse and the title lexicon; NER would double the time per document
BATCH_SIZE = 32


@lru_cache(maxsize=1)
def load_nlp(model: str = MODEL):
    """The spaCy pipeline, loaded once per process, with unused components off and claims' tokenizer and
    paragraph-boundary settings (:func:`claims.segment.configure`)."""
    import spacy

    from claims.segment import configure

    nlp = spacy.load(model, disable=[c for c in UNUSED])
    return configure(nlp)


def segment_documents(documents: Sequence[Document], nlp=None, batch_size: int = BATCH_SIZE,
                      progress: bool = False) -> Iterator:
    """:class:`claims.segment.Segmentation` of each document, parsing with ``nlp.pipe`` in batches."""
    from claims.segment import find_statements

    nlp = nlp or load_nlp()
    texts: Iterable[str] = (d.text for d in documents)
    parsed = nlp.pipe(texts, batch_size=batch_size)
    if progress:
        from tqdm import tqdm

        parsed = tqdm(parsed, total=len(documents), desc="extract", unit="doc")
    for document, doc in zip(documents, parsed):
        yield find_statements(document, doc)


def extract_statements(documents: Sequence[Document], nlp=None, progress: bool = False) -> list[Statement]:
    """Every statement of ``documents``, speakers resolved within each document and merged across them.

    Args:
        documents: the records to read (offsets refer to their ``text``).
        nlp: a pipeline from :func:`load_nlp` (loaded on first use when None).
        progress: show a tqdm bar.
    """
    from claims.attribute import resolve_speakers

    segmentations = list(segment_documents(list(documents), nlp, progress=progress))
    return resolve_speakers(segmentations)
