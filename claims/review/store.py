"""The review store: scored pairs and the fact-checkers' decisions, in one SQLite file.

``pairs`` is upserted by the pair's stable id, so importing a new analysis of the same corpus refreshes the
scores and never touches a decision. ``decisions`` is append-only: a verdict, a note or an undo is one new row,
written in its own transaction; nothing is ever updated or deleted there. A pair's status is folded from its
decisions (the latest verdict that no undo has reverted).

Example:
    >>> from claims.review.store import import_pairs, ReviewStore
    >>> import_pairs("review.db", analysis.pairs)  # doctest: +SKIP
    ImportResult(added=12, updated=0)
    >>> store = ReviewStore("review.db")  # doctest: +SKIP
    >>> store.record(store.queue()[0].id, "Alice", "confirm")  # doctest: +SKIP
"""
from __future__ import annotations

import json
import secrets
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from claims.records import Pair

LABELS = ("contradiction", "agree", "neutral", "unrelated")
VERDICTS = ("confirm", "reject", "relabel", "skip")  # change a pair's status
ACTIONS = VERDICTS + ("note", "undo")  # everything a reviewer can post
STATUSES = ("pending", "confirmed", "rejected", "relabeled", "skipped")
TODO = ("pending", "skipped")  # what the queue shows by default

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS imports (
    id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, source TEXT, n_pairs INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS pairs (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,            -- Pair.to_dict() as JSON, from the latest import that had this pair
    score REAL NOT NULL DEFAULT 0,
    rank INTEGER,
    a_speaker TEXT, b_speaker TEXT, a_side TEXT, b_side TEXT,
    first_import INTEGER NOT NULL REFERENCES imports(id),
    last_import INTEGER NOT NULL REFERENCES imports(id)
);
CREATE INDEX IF NOT EXISTS pairs_by_score ON pairs (score DESC, rank);
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pair_id TEXT NOT NULL REFERENCES pairs(id),
    reviewer TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('confirm', 'reject', 'relabel', 'skip', 'note', 'undo')),
    label TEXT CHECK (label IS NULL OR label IN ('contradiction', 'agree', 'neutral', 'unrelated')),
    note TEXT,
    at TEXT NOT NULL,              -- UTC, ISO 8601 with microseconds
    reverts INTEGER REFERENCES decisions(id)  -- for an undo: the decision it takes back
);
CREATE INDEX IF NOT EXISTS decisions_by_pair ON decisions (pair_id, id);
CREATE INDEX IF NOT EXISTS decisions_by_reviewer ON decisions (reviewer, id);
CREATE TRIGGER IF NOT EXISTS decisions_append_only_update BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
CREATE TRIGGER IF NOT EXISTS decisions_append_only_delete BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'decisions are append-only'); END;
"""


class ReviewError(ValueError):
    """A decision the store refuses (unknown pair, action or label); nothing was written."""


@dataclass(frozen=True)
class Decision:
    """One row of the append-only ``decisions`` table."""

    id: int
    pair_id: str
    reviewer: str
    verdict: str  # confirm | reject | relabel | skip | note | undo
    label: str | None
    note: str | None
    at: str
    reverts: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "pair_id": self.pair_id, "reviewer": self.reviewer, "verdict": self.verdict,
                "label": self.label, "note": self.note, "at": self.at, "reverts": self.reverts}


@dataclass(frozen=True)
class ReviewState:
    """Where a pair stands after its decisions: the active verdict, its label and the notes still standing."""

    status: str = "pending"
    label: str | None = None
    decision: Decision | None = None  # the verdict the status comes from
    notes: tuple[str, ...] = ()
    history: tuple[Decision, ...] = ()
    reverted: frozenset[int] = frozenset()  # ids of decisions an undo took back

    @property
    def is_contradiction(self) -> bool:
        return self.label == "contradiction"


@dataclass(frozen=True)
class ReviewItem:
    """A stored pair with its review state: what a queue card and an export row are made of."""

    pair: Pair
    state: ReviewState
    in_latest_import: bool = True

    @property
    def id(self) -> str:
        return self.pair.id


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int


@dataclass(frozen=True)
class Progress:
    total: int
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def reviewed(self) -> int:
        return self.total - sum(self.by_status.get(s, 0) for s in TODO)


def status_of(verdict: str, label: str | None) -> tuple[str, str | None]:
    """Status and reviewer's label that a verdict gives a pair (a relabel to contradiction confirms it)."""
    if verdict == "confirm" or (verdict == "relabel" and label == "contradiction"):
        return "confirmed", "contradiction"
    if verdict == "reject":
        return "rejected", None
    if verdict == "relabel":
        return "relabeled", label
    return "skipped", None


def fold_decisions(history: Iterable[Decision]) -> ReviewState:
    """A pair's state from its decisions in id order: undos take decisions back, the latest verdict left wins."""
    history = tuple(sorted(history, key=lambda d: d.id))
    reverted = {d.reverts for d in history if d.verdict == "undo" and d.reverts is not None}
    standing = [d for d in history if d.verdict != "undo" and d.id not in reverted]
    verdicts = [d for d in standing if d.verdict in VERDICTS]
    notes = tuple(d.note for d in standing if d.note)
    if not verdicts:
        return ReviewState(notes=notes, history=history, reverted=frozenset(reverted))
    last = verdicts[-1]
    status, label = status_of(last.verdict, last.label)
    return ReviewState(status, label, last, notes, history, frozenset(reverted))


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _as_pair(p: Pair | dict) -> Pair:
    return p if isinstance(p, Pair) else Pair.from_dict(p)


def _decision(row: sqlite3.Row) -> Decision:
    return Decision(row["id"], row["pair_id"], row["reviewer"], row["verdict"], row["label"], row["note"],
                    row["at"], row["reverts"])


class ReviewStore:
    """The SQLite review store. Every call opens its own short connection, so one store serves many threads
    and many processes can write the same file (WAL; writers wait for each other up to ``timeout`` seconds)."""

    def __init__(self, path: str | Path, timeout: float = 30.0):
        self.path = Path(path)
        self.timeout = timeout
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(SCHEMA)

    # -- connections and transactions ------------------------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        conn.row_factory = sqlite3.Row
        # FULL: a committed decision survives a power cut, not only a crash of the process
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        conn = self._connect()
        try:
            yield conn
        finally:
            conn.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction, taken with the write lock up front so two writers never deadlock on an upgrade."""
        conn = self._connect()
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    # -- pairs ---------------------------------------------------------------------------------------------
    def upsert_pairs(self, pairs: Iterable[Pair | dict], source: str | None = None) -> ImportResult:
        """Insert new pairs and refresh known ones (scores, rank, texts) in one transaction; decisions stay."""
        rows = [_as_pair(p) for p in pairs]
        with self._write() as conn:
            import_id = conn.execute("INSERT INTO imports (at, source, n_pairs) VALUES (?, ?, ?)",
                                     (now_utc(), source, len(rows))).lastrowid
            known = {r[0] for r in conn.execute("SELECT id FROM pairs")}
            for p in rows:
                conn.execute(
                    """INSERT INTO pairs (id, data, score, rank, a_speaker, b_speaker, a_side, b_side,
                                          first_import, last_import)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT (id) DO UPDATE SET data = excluded.data, score = excluded.score,
                           rank = excluded.rank, a_speaker = excluded.a_speaker, b_speaker = excluded.b_speaker,
                           a_side = excluded.a_side, b_side = excluded.b_side, last_import = excluded.last_import""",
                    (p.id, json.dumps(p.to_dict(), ensure_ascii=False), p.score, p.rank, p.a.speaker.name,
                     p.b.speaker.name, p.a.speaker.side, p.b.speaker.side, import_id, import_id))
        added = len({p.id for p in rows} - known)
        return ImportResult(added=added, updated=len({p.id for p in rows}) - added)

    def pair(self, pair_id: str) -> ReviewItem | None:
        with self._read() as conn:
            row = conn.execute("SELECT data, last_import FROM pairs WHERE id = ?", (pair_id,)).fetchone()
            if row is None:
                return None
            latest = self._latest_import(conn)
            history = [_decision(r) for r in
                       conn.execute("SELECT * FROM decisions WHERE pair_id = ? ORDER BY id", (pair_id,))]
        return ReviewItem(Pair.from_dict(json.loads(row["data"])), fold_decisions(history),
                          row["last_import"] == latest)

    def items(self) -> list[ReviewItem]:
        """Every stored pair with its state, most likely contradiction first."""
        with self._read() as conn:
            latest = self._latest_import(conn)
            rows = conn.execute("SELECT id, data, last_import FROM pairs ORDER BY score DESC, "
                                "rank IS NULL, rank, id").fetchall()
            by_pair: dict[str, list[Decision]] = {}
            for r in conn.execute("SELECT * FROM decisions ORDER BY id"):
                by_pair.setdefault(r["pair_id"], []).append(_decision(r))
        return [ReviewItem(Pair.from_dict(json.loads(r["data"])), fold_decisions(by_pair.get(r["id"], ())),
                           r["last_import"] == latest) for r in rows]

    def queue(self, status: str | None = "todo", speaker: str | None = None,
              side: str | None = None) -> list[ReviewItem]:
        """The pairs to show, most likely contradiction first (see ``select_queue``)."""
        return select_queue(self.items(), status, speaker, side)

    def progress(self) -> Progress:
        return progress_of(self.items())

    def speakers(self) -> list[str]:
        return self._distinct("a_speaker", "b_speaker")

    def sides(self) -> list[str]:
        return self._distinct("a_side", "b_side")

    def _distinct(self, col_a: str, col_b: str) -> list[str]:
        with self._read() as conn:
            rows = conn.execute(f"SELECT {col_a} FROM pairs UNION SELECT {col_b} FROM pairs").fetchall()
        return sorted({r[0] for r in rows if r[0]}, key=str.casefold)

    @staticmethod
    def _latest_import(conn: sqlite3.Connection) -> int | None:
        return conn.execute("SELECT max(id) FROM imports").fetchone()[0]

    # -- decisions -----------------------------------------------------------------------------------------
    def record(self, pair_id: str, reviewer: str, verdict: str, label: str | None = None,
               note: str | None = None) -> Decision:
        """Append one verdict or note, in its own transaction. Returns the stored decision."""
        if verdict not in VERDICTS + ("note",):
            raise ReviewError(f"unknown action {verdict!r}; one of {', '.join(ACTIONS)}")
        if verdict == "relabel" and label not in LABELS:
            raise ReviewError(f"relabel needs a label: one of {', '.join(LABELS)}")
        if verdict == "note" and not (note or "").strip():
            raise ReviewError("a note needs some text")
        label = "contradiction" if verdict == "confirm" else label if verdict == "relabel" else None
        return self._append(pair_id, reviewer, verdict, label, (note or "").strip() or None, None)

    def undo(self, pair_id: str, reviewer: str, target: int | None = None) -> Decision:
        """Append an undo that takes back ``target`` (or, if it is not standing, the pair's latest standing
        decision). Nothing is deleted: the undone decision stays in the history, marked as reverted."""
        with self._write() as conn:
            self._require_pair(conn, pair_id)
            state = fold_decisions(_decision(r) for r in
                                   conn.execute("SELECT * FROM decisions WHERE pair_id = ?", (pair_id,)))
            standing = [d.id for d in state.history if d.verdict != "undo" and d.id not in state.reverted]
            if not standing:
                raise ReviewError("nothing to undo on this pair")
            reverts = target if target in standing else standing[-1]
            return self._insert(conn, pair_id, reviewer, "undo", None, None, reverts)

    def _append(self, pair_id, reviewer, verdict, label, note, reverts) -> Decision:
        with self._write() as conn:
            self._require_pair(conn, pair_id)
            return self._insert(conn, pair_id, reviewer, verdict, label, note, reverts)

    @staticmethod
    def _insert(conn, pair_id, reviewer, verdict, label, note, reverts) -> Decision:
        reviewer = (reviewer or "").strip()
        if not reviewer:
            raise ReviewError("a decision needs a reviewer name")
        at = now_utc()
        cur = conn.execute("INSERT INTO decisions (pair_id, reviewer, verdict, label, note, at, reverts) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)", (pair_id, reviewer, verdict, label, note, at, reverts))
        return Decision(cur.lastrowid, pair_id, reviewer, verdict, label, note, at, reverts)

    @staticmethod
    def _require_pair(conn: sqlite3.Connection, pair_id: str) -> None:
        if conn.execute("SELECT 1 FROM pairs WHERE id = ?", (pair_id,)).fetchone() is None:
            raise ReviewError(f"no pair {pair_id!r} in the store")

    def decisions(self, pair_id: str | None = None) -> list[Decision]:
        with self._read() as conn:
            if pair_id is None:
                rows = conn.execute("SELECT * FROM decisions ORDER BY id")
            else:
                rows = conn.execute("SELECT * FROM decisions WHERE pair_id = ? ORDER BY id", (pair_id,))
            return [_decision(r) for r in rows]

    def last_standing_decision(self, reviewer: str) -> Decision | None:
        """The reviewer's most recent verdict or note that no undo has taken back: what `u` undoes next."""
        with self._read() as conn:
            row = conn.execute(
                """SELECT * FROM decisions d WHERE reviewer = ? AND verdict != 'undo'
                   AND NOT EXISTS (SELECT 1 FROM decisions u WHERE u.verdict = 'undo' AND u.reverts = d.id)
                   ORDER BY id DESC LIMIT 1""", (reviewer,)).fetchone()
        return _decision(row) if row else None

    # -- housekeeping --------------------------------------------------------------------------------------
    def secret(self) -> str:
        """A random key kept in the store, so CSRF tokens stay valid across server restarts."""
        with self._write() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'csrf_secret'").fetchone()
            if row:
                return row[0]
            value = secrets.token_hex(32)
            conn.execute("INSERT INTO meta (key, value) VALUES ('csrf_secret', ?)", (value,))
            return value

    def integrity_check(self) -> str:
        with self._read() as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0]

    def journal_mode(self) -> str:
        with self._read() as conn:
            return conn.execute("PRAGMA journal_mode").fetchone()[0]


def select_queue(items: list[ReviewItem], status: str | None = "todo", speaker: str | None = None,
                 side: str | None = None) -> list[ReviewItem]:
    """``items`` (already ranked) kept by status, speaker and side. Status 'todo' is pending then skipped,
    'all' or None is everything; ``speaker`` and ``side`` match either statement of the pair."""
    items = [it for it in items if _matches(it, speaker, side)]
    if status in (None, "", "all"):
        return items
    if status == "todo":
        return ([it for it in items if it.state.status == "pending"]
                + [it for it in items if it.state.status == "skipped"])
    return [it for it in items if it.state.status == status]


def progress_of(items: Iterable[ReviewItem]) -> Progress:
    counts: dict[str, int] = {s: 0 for s in STATUSES}
    for it in items:
        counts[it.state.status] += 1
    return Progress(total=sum(counts.values()), by_status=counts)


def _matches(item: ReviewItem, speaker: str | None, side: str | None) -> bool:
    statements = (item.pair.a, item.pair.b)
    if speaker and not any(s.speaker.name == speaker for s in statements):
        return False
    if side and not any(s.speaker.side == side for s in statements):
        return False
    return True


def read_pairs_jsonl(path: str | Path) -> list[Pair]:
    """Pairs from an analysis' ``pairs.jsonl`` (blank lines ignored)."""
    with Path(path).open(encoding="utf-8") as fh:
        return [Pair.from_dict(json.loads(line)) for line in fh if line.strip()]


def import_pairs(db_path: str | Path, pairs: Iterable[Pair | dict] | str | Path) -> ImportResult:
    """Upsert pairs (records, their dicts, or a ``pairs.jsonl`` path) into the review store at ``db_path``.

    Called by ``claims analyze --review-db`` and ``claims review --import``; decisions already recorded are kept.
    """
    source = None
    if isinstance(pairs, (str, Path)):
        source, pairs = str(pairs), read_pairs_jsonl(pairs)
    return ReviewStore(db_path).upsert_pairs(pairs, source=source)
