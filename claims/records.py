"""Plain immutable records passed between the pipeline stages.

The JSON field names produced by ``to_dict`` are the contract with users and with the
evaluation harness (see ARCHITECTURE.md); ``from_dict`` reads them back.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any


def stable_hash(*parts: str, length: int = 16) -> str:
    """Short hex digest of the given strings, stable across runs and machines."""
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return h[:length]


@dataclass(frozen=True)
class Document:
    """One article. ``text`` is the text claims stores; every offset refers to it."""

    id: str
    text: str
    title: str = ""
    date: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(**{f.name: d.get(f.name) for f in fields(cls) if f.name in d})


@dataclass(frozen=True)
class Speaker:
    """Who said a statement: ``id`` is canonical across documents."""

    id: str | None = None
    name: str | None = None
    mention: str | None = None
    side: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Speaker:
        d = d or {}
        return cls(id=d.get("id"), name=d.get("name"), mention=d.get("mention"), side=d.get("side"))


@dataclass(frozen=True)
class Statement:
    """A quoted or reported statement. ``text`` is what was said, without verb and speaker."""

    doc: str
    start: int
    end: int
    text: str
    kind: str  # direct | indirect | mixed
    cue: str | None = None
    speaker: Speaker = field(default_factory=Speaker)
    date: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    context: str | None = None  # the sentence(s) around the statement, for reviewers
    speaker_start: int | None = None  # offsets of the speaker mention in the document text
    speaker_end: int | None = None

    @property
    def id(self) -> str:
        return f"{self.doc}:{self.start}-{self.end}"

    def with_speaker(self, speaker: Speaker) -> Statement:
        return replace(self, speaker=speaker)

    def to_dict(self) -> dict[str, Any]:
        d = {"id": self.id}
        d.update(asdict(self))
        d["speaker"] = self.speaker.to_dict()
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        kw = {f.name: d.get(f.name) for f in fields(cls) if f.name in d and f.name != "speaker"}
        return cls(speaker=Speaker.from_dict(d.get("speaker")), **kw)


def pair_id(a_id: str, b_id: str) -> str:
    """Order-free stable id of a pair of statement ids."""
    x, y = sorted((a_id, b_id))
    return stable_hash(x, y)


@dataclass(frozen=True)
class Pair:
    """Two statements and the model's judgement of them."""

    a: Statement
    b: Statement
    p_entailment: float = 0.0
    p_neutral: float = 0.0
    p_contradiction: float = 0.0
    directions: dict[str, dict[str, float]] = field(default_factory=dict)  # "a->b", "b->a"
    label: str | None = None  # entailment | neutral | contradiction
    stance: str | None = None  # agree | disagree | discuss | unrelated
    # ranking key: contradiction minus the two statements' typical one, plus the terms for one article's statements
    # and different numbers (claims.stance.rank_pairs)
    score: float = 0.0
    rank: int | None = None
    evidence: dict[str, Any] = field(default_factory=dict)
    contradiction: float = 0.0  # calibrated contradiction score (what label / stance are decided on)

    @property
    def id(self) -> str:
        return pair_id(self.a.id, self.b.id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "p_entailment": self.p_entailment,
            "p_neutral": self.p_neutral,
            "p_contradiction": self.p_contradiction,
            "directions": self.directions,
            "label": self.label,
            "stance": self.stance,
            "contradiction": self.contradiction,
            "score": self.score,
            "rank": self.rank,
            "evidence": self.evidence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Pair:
        return cls(
            a=Statement.from_dict(d["a"]),
            b=Statement.from_dict(d["b"]),
            p_entailment=float(d.get("p_entailment") or 0.0),
            p_neutral=float(d.get("p_neutral") or 0.0),
            p_contradiction=float(d.get("p_contradiction") or 0.0),
            directions=d.get("directions") or {},
            label=d.get("label"),
            stance=d.get("stance"),
            score=float(d.get("score") or 0.0),
            rank=d.get("rank"),
            evidence=d.get("evidence") or {},
            contradiction=float(d.get("contradiction", d.get("score")) or 0.0),
        )
