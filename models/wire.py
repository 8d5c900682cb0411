#!/usr/bin/env python3
"""Sentence pairs from the annotated wire sets (eval/gold/*.jsonl), for training and for measuring the NLI model in
the domain claims works in: statements of different speakers reported in one French news article.

Each gold file holds ``statement`` rows (``doc``, ``content``, ``speaker``) and ``pair`` rows (``label``:
``contradiction`` or ``agree``; ``a`` / ``b`` with ``doc``, ``content``, ``speaker``). The pairs of one set are:

- the gold contradictions (label ``contradiction``);
- the gold agreements (label ``agree``: one speaker backs the other; trained as ``entailment``);
- every other pair of two statements of different speakers in one document (label ``other``): statements about
  one story that neither contradict nor back each other, as far as the writers annotated (eval/README.md: the
  writers mark the contradictions they intended, so a few of these may be real ones). A pair whose two sides
  overlap the two sides of a gold pair (one statement's words inside the other's: the gold rows repeat quotations
  in longer and shorter cuts) is left out, so a cut of a gold contradiction is never taught as neutral.

Only development sets may be trained on; the held-out sets and the seeds are reported, never learned, and are told
apart by their names (:func:`trainable`; eval/README.md lists the sets).
``python models/wire.py eval/gold/wire-dev41.jsonl …`` prints the counts.
"""
from __future__ import annotations

import random
import re
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# sets never trained on: the held-out wire sets and piles, and the seeds (claims' acceptance examples)
_HELD_OUT = re.compile(r"(^seeds$|wire-heldout(\d+)$|wire-story-heldout\d*$)")


def trainable(gold: Path) -> bool:
    """A development set: not the seeds, not a held-out set (``wire-heldout7`` on; ``wire-heldout`` … ``-6`` became
    development sets, see eval/README.md), not a held-out pile."""
    m = _HELD_OUT.search(gold.stem)
    return m is None or (m.group(2) is not None and int(m.group(2)) <= 6)


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _overlaps(x: str, y: str) -> bool:
    return x in y or y in x


def set_pairs(gold: Path) -> list[dict]:
    """Every pair of one gold file: ``{"a", "b", "label", "doc", "set"}`` with label contradiction / agree / other."""
    from claims.evaluation.extraction import read_gold_statements
    from claims.evaluation.pairs import read_gold_pairs

    statements: dict[str, list[tuple[str, str]]] = defaultdict(list)  # doc -> (content, speaker)
    for row in read_gold_statements(gold):
        statements[row["doc"]].append((row["content"], row.get("speaker") or ""))
    labelled = [r for r in read_gold_pairs(gold) if r.get("label") in ("contradiction", "agree")]
    out = [{"a": r["a"]["content"], "b": r["b"]["content"], "label": r["label"], "doc": r["a"]["doc"],
            "set": gold.stem} for r in labelled]
    gold_sides = [(_norm(r["a"]["content"]), _norm(r["b"]["content"])) for r in labelled]
    for doc, rows in statements.items():
        seen = set()
        for (x, sx), (y, sy) in combinations(rows, 2):
            if sx == sy or x == y or (x, y) in seen:
                continue
            seen.add((x, y))
            nx, ny = _norm(x), _norm(y)
            if _overlaps(nx, ny) or any(_overlaps(nx, a) and _overlaps(ny, b) or _overlaps(nx, b) and _overlaps(ny, a)
                                        for a, b in gold_sides):
                continue
            out.append({"a": x, "b": y, "label": "other", "doc": doc, "set": gold.stem})
    return out


def shared_words(a: str, b: str) -> int:
    """How many key terms two statements share (entities and content words, as claims' pairing compares them:
    claims.pair.key_terms / shared_terms)."""
    from claims.pair import key_terms, shared_terms

    return len(shared_terms(key_terms(a), key_terms(b)))


def training_rows(golds: list[Path], rng: random.Random, other_ratio: float = 2.0, hard: float = 0.0,
                  agree_repeat: int = 1) -> list[dict]:
    """NLI training rows from development sets: each gold contradiction in both orders (contradiction), each gold
    agreement in both orders (entailment; ``agree_repeat`` times), and ``other_ratio`` times as many other pairs of
    the same documents, one order drawn at random (neutral), of which a share ``hard`` is drawn among the pairs
    sharing a key term (statements on one point that neither contradict nor back each other: without them
    the model learns that two related statements contradict each other, as gold contradictions are related and most
    other pairs are not)."""
    for g in golds:
        if not trainable(g):
            raise ValueError(f"{g}: a held-out set or the seeds are never trained on")
    rows, others = [], []
    for g in golds:
        for p in set_pairs(g):
            if p["label"] == "other":
                others.append(p)
                continue
            label = "contradiction" if p["label"] == "contradiction" else "entailment"
            rows += [{"premise": p["a"], "hypothesis": p["b"], "label": label, "source": "wire"},
                     {"premise": p["b"], "hypothesis": p["a"], "label": label, "source": "wire"}
                     ] * (1 if label == "contradiction" else agree_repeat)
    contradictions = sum(r["label"] == "contradiction" for r in rows) // 2
    n = min(len(others), int(other_ratio * contradictions))
    related = [p for p in others if shared_words(p["a"], p["b"]) >= 1]
    chosen = rng.sample(related, min(len(related), int(hard * n)))
    taken = {id(p) for p in chosen}
    chosen += rng.sample([p for p in others if id(p) not in taken], n - len(chosen))
    for p in chosen:
        a, b = (p["a"], p["b"]) if rng.random() < 0.5 else (p["b"], p["a"])
        rows.append({"premise": a, "hypothesis": b, "label": "neutral", "source": "wire"})
    return rows


def main(argv: list[str]) -> None:
    for name in argv:
        pairs = set_pairs(Path(name))
        counts = defaultdict(int)
        for p in pairs:
            counts[p["label"]] += 1
        print(name, dict(counts), "trainable" if trainable(Path(name)) else "held out")


if __name__ == "__main__":
    main(sys.argv[1:])
