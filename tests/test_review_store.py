"""The review store: upserts keep decisions, decisions are append-only, status folds from the latest one."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

import pytest

from claims.review.store import (Decision, ReviewError, ReviewStore, fold_decisions, import_pairs,
                                 read_pairs_jsonl)
from review_samples import sample_pairs


@pytest.fixture()
def pairs():
    return sample_pairs()


@pytest.fixture()
def store(tmp_path, pairs):
    s = ReviewStore(tmp_path / "review.db")
    s.upsert_pairs(pairs)
    return s


def d(i, verdict, label=None, note=None, reverts=None):
    return Decision(i, "p", "alice", verdict, label, note, f"2025-01-01T00:00:0{i}Z", reverts)


@pytest.mark.parametrize("history, status, label, notes", [
    ([], "pending", None, ()),
    ([d(1, "confirm", "contradiction")], "confirmed", "contradiction", ()),
    ([d(1, "confirm", "contradiction"), d(2, "reject")], "rejected", None, ()),
    ([d(1, "relabel", "contradiction")], "confirmed", "contradiction", ()),  # relabelling to contradiction confirms
    ([d(1, "relabel", "agree")], "relabeled", "agree", ()),
    ([d(1, "skip")], "skipped", None, ()),
    ([d(1, "confirm", "contradiction"), d(2, "undo", reverts=1)], "pending", None, ()),
    ([d(1, "reject"), d(2, "confirm", "contradiction"), d(3, "undo", reverts=2)], "rejected", None, ()),
    ([d(1, "confirm", "contradiction", "vu"), d(2, "note", note="à revoir")], "confirmed", "contradiction",
     ("vu", "à revoir")),
    ([d(1, "skip"), d(2, "note", note="x"), d(3, "undo", reverts=2)], "skipped", None, ()),  # undo takes a note back
    ([d(2, "undo", reverts=1), d(1, "confirm", "contradiction")], "pending", None, ()),  # folded in id order
])
def test_fold_decisions(history, status, label, notes):
    state = fold_decisions(history)
    assert (state.status, state.label, state.notes) == (status, label, notes)
    assert [x.id for x in state.history] == sorted(x.id for x in history)


def test_store_is_wal_with_integrity(store):
    assert store.journal_mode() == "wal"
    assert store.integrity_check() == "ok"


def test_queue_is_most_likely_contradiction_first(store, pairs):
    assert [it.id for it in store.queue()] == [p.id for p in sorted(pairs, key=lambda p: -p.score)]
    assert [it.pair.rank for it in store.queue()] == [1, 2, 3, 4, 5, 6]


def test_todo_queue_puts_skipped_after_pending_and_hides_decided(store, pairs):
    store.record(pairs[0].id, "alice", "skip")
    store.record(pairs[1].id, "alice", "confirm")
    todo = [it.id for it in store.queue("todo")]
    assert todo == [p.id for p in pairs[2:]] + [pairs[0].id]
    assert [it.id for it in store.queue("confirmed")] == [pairs[1].id]
    assert len(store.queue("all")) == len(store.queue(None)) == 6


def test_filters_by_speaker_and_side(store, pairs):
    ids = {it.id for it in store.queue("all", speaker="Maria Zakharova")}
    assert ids == {p.id for p in pairs if "Maria Zakharova" in (p.a.speaker.name, p.b.speaker.name)} != set()
    ru = {it.id for it in store.queue("all", side="RU")}
    assert ru == {pairs[1].id}
    assert store.queue("all", speaker="Maria Zakharova", side="US") == []
    assert "Peter Cook" in store.speakers() and store.sides() == ["RU", "TR", "US"]


def test_progress_counts(store, pairs):
    store.record(pairs[0].id, "alice", "confirm")
    store.record(pairs[1].id, "alice", "reject")
    store.record(pairs[2].id, "bob", "skip")
    store.record(pairs[3].id, "bob", "relabel", label="agree")
    progress = store.progress()
    assert progress.total == 6 and progress.reviewed == 3
    assert progress.by_status == {"pending": 2, "confirmed": 1, "rejected": 1, "relabeled": 1, "skipped": 1}


def test_record_stores_reviewer_label_note_and_time(store, pairs):
    dec = store.record(pairs[0].id, "  Élodie  ", "relabel", label="neutral", note=" même sujet, pas contradictoire ")
    assert (dec.reviewer, dec.verdict, dec.label, dec.note) == ("Élodie", "relabel", "neutral",
                                                                "même sujet, pas contradictoire")
    assert dec.at.endswith("Z") and dec.at[:4].isdigit()
    assert store.decisions(pairs[0].id) == [dec]
    assert store.decisions(pairs[0].id)[0].at == dec.at


@pytest.mark.parametrize("kwargs, message", [
    ({"pair_id": "nope", "verdict": "confirm"}, "no pair"),
    ({"verdict": "approve"}, "unknown action"),
    ({"verdict": "relabel"}, "needs a label"),
    ({"verdict": "relabel", "label": "contradicts"}, "needs a label"),
    ({"verdict": "note", "note": "   "}, "needs some text"),
    ({"verdict": "confirm", "reviewer": "  "}, "reviewer"),
])
def test_refused_decisions_write_nothing(store, pairs, kwargs, message):
    args = {"pair_id": pairs[0].id, "reviewer": "alice", **kwargs}
    with pytest.raises(ReviewError, match=message):
        store.record(**args)
    assert store.decisions() == []


def test_decisions_are_append_only_in_the_database(store, pairs):
    store.record(pairs[0].id, "alice", "confirm")
    conn = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE decisions SET verdict = 'reject'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM decisions")
    conn.close()
    assert [x.verdict for x in store.decisions()] == ["confirm"]


def test_undo_appends_and_reverts_the_target(store, pairs):
    pid = pairs[0].id
    first = store.record(pid, "alice", "reject")
    second = store.record(pid, "bob", "confirm")
    undo = store.undo(pid, "alice")
    assert undo.verdict == "undo" and undo.reverts == second.id
    assert store.pair(pid).state.status == "rejected"
    store.undo(pid, "alice", target=first.id)
    assert store.pair(pid).state.status == "pending"
    assert [x.verdict for x in store.decisions(pid)] == ["reject", "confirm", "undo", "undo"]  # nothing deleted
    with pytest.raises(ReviewError, match="nothing to undo"):
        store.undo(pid, "alice")


def test_undo_of_a_decision_already_undone_takes_back_the_latest_standing(store, pairs):
    pid = pairs[0].id
    a = store.record(pid, "alice", "skip")
    b = store.record(pid, "alice", "confirm")
    store.undo(pid, "alice", target=b.id)
    again = store.undo(pid, "alice", target=b.id)  # a stale undo button pressed twice
    assert again.reverts == a.id


def test_last_standing_decision_walks_back_through_the_reviewers_history(store, pairs):
    a = store.record(pairs[0].id, "alice", "confirm")
    store.record(pairs[2].id, "bob", "confirm")
    b = store.record(pairs[1].id, "alice", "reject")
    assert store.last_standing_decision("alice") == b
    store.undo(b.pair_id, "alice", target=b.id)
    assert store.last_standing_decision("alice") == a
    store.undo(a.pair_id, "alice", target=a.id)
    assert store.last_standing_decision("alice") is None
    assert store.last_standing_decision("bob").pair_id == pairs[2].id


def test_csrf_secret_survives_reopening(tmp_path):
    first = ReviewStore(tmp_path / "r.db").secret()
    assert len(first) == 64 and ReviewStore(tmp_path / "r.db").secret() == first


def test_import_pairs_from_records_dicts_and_jsonl(tmp_path, pairs):
    jsonl = tmp_path / "pairs.jsonl"
    jsonl.write_text("".join(json.dumps(p.to_dict(), ensure_ascii=False) + "\n" for p in pairs) + "\n")
    assert [p.id for p in read_pairs_jsonl(jsonl)] == [p.id for p in pairs]
    assert import_pairs(tmp_path / "a.db", pairs).added == 6
    assert import_pairs(tmp_path / "a.db", [p.to_dict() for p in pairs]).updated == 6
    result = import_pairs(tmp_path / "b.db", jsonl)
    assert (result.added, result.updated) == (6, 0)
    assert ReviewStore(tmp_path / "b.db").pair(pairs[0].id).pair == pairs[0]


def test_reimport_of_a_new_analysis_keeps_every_decision(store, pairs):
    """A second analysis of the same corpus: new scores and ranks, one pair gone, one new. Nothing recorded is lost."""
    verdicts = [("confirm", None, "vérifié dans la dépêche"), ("reject", None, None), ("relabel", "agree", None),
                ("skip", None, None), ("note", None, "appeler le service de presse"), ("confirm", None, None)]
    for p, (verdict, label, note) in zip(pairs, verdicts):
        store.record(p.id, "alice", verdict, label=label, note=note)
    store.undo(pairs[5].id, "bob")
    before_decisions = store.decisions()
    before_states = {it.id: (it.state.status, it.state.label, it.state.notes) for it in store.items()}

    rescored = [replace(p, score=round(1 - p.score, 3), rank=len(pairs) - i) for i, p in enumerate(pairs[:-1])]
    newcomer = replace(pairs[0], b=pairs[1].b, score=0.5, rank=99)
    result = store.upsert_pairs(rescored + [newcomer])

    assert (result.added, result.updated) == (1, 5)
    assert store.decisions() == before_decisions  # 100 % of the decisions, unchanged
    after = {it.id: it for it in store.items()}
    assert {pid: (it.state.status, it.state.label, it.state.notes) for pid, it in after.items()
            if pid in before_states} == before_states
    assert after[pairs[0].id].pair.score == pytest.approx(1 - pairs[0].score)  # refreshed from the new analysis
    assert not after[pairs[5].id].in_latest_import and after[pairs[5].id].pair == pairs[5]  # kept, flagged
    assert after[newcomer.id].state.status == "pending"
    assert store.integrity_check() == "ok"
