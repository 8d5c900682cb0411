"""Durability: three processes post decisions through the app at once, one is SIGKILLed mid-stream.

Each writer process runs the real app (TestClient → routes → store → SQLite) on the same file and prints one line
per acknowledged decision (the 303 came back) before posting the next. Afterwards every acknowledged decision must
be in the store, exactly as posted, and SQLite must find the file intact.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from claims.review.store import ReviewStore, fold_decisions
from review_samples import sample_pairs

N_PER_WRITER = 500
KILL_AFTER = 120  # acknowledged decisions of the third writer before it is killed
ACTIONS = [("confirm", ""), ("reject", ""), ("skip", ""), ("relabel", "agree"), ("note", "")]


def write_decisions(db: str, reviewer: str, n: int, acks: str) -> None:
    """Post ``n`` decisions as ``reviewer``; append "<decision id> <note>" to ``acks`` after each acknowledgement."""
    from fastapi.testclient import TestClient

    from claims.review.app import create_app

    client = TestClient(create_app(db))
    token = re.search(r'name="csrf_token" value="([0-9a-f]{64})"', client.get("/").text).group(1)
    client.post("/reviewer", data={"reviewer": reviewer, "csrf_token": token})
    pair_ids = [it.id for it in client.app.state.store.items()]
    fd = os.open(acks, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    for i in range(n):
        action, label = ACTIONS[i % len(ACTIONS)]
        note = f"{reviewer}-{i}"
        r = client.post(f"/pairs/{pair_ids[i % len(pair_ids)]}", follow_redirects=False,
                        data={"action": action, "label": label, "note": note, "csrf_token": token})
        if r.status_code != 303:
            raise SystemExit(f"decision {i} refused: {r.status_code} {r.text[:200]}")
        # unbuffered: the acknowledgement is out of the process before the next post
        os.write(fd, f"{r.headers['x-decision-id']} {note}\n".encode())


def start_writer(db: Path, reviewer: str, n: int, acks: Path) -> subprocess.Popen:
    tests = str(Path(__file__).parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([tests, os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen([sys.executable, __file__, str(db), reviewer, str(n), str(acks)], cwd=tests, env=env,
                            stderr=subprocess.PIPE)


def read_acks(path: Path) -> dict[int, str]:
    if not path.exists():
        return {}
    lines = path.read_text().splitlines()
    return {int(x.split(" ", 1)[0]): x.split(" ", 1)[1] for x in lines if x.count(" ") == 1}


def test_concurrent_writers_and_a_killed_one_lose_no_acknowledged_decision(tmp_path):
    db = tmp_path / "review.db"
    pairs = sample_pairs()
    ReviewStore(db).upsert_pairs(pairs)
    acks = {name: tmp_path / f"{name}.acks" for name in ("alice", "bob", "killed")}
    t0 = time.perf_counter()
    procs = {name: start_writer(db, name, N_PER_WRITER, path) for name, path in acks.items()}

    while len(read_acks(acks["killed"])) < KILL_AFTER:  # let the third one get well into its stream
        assert procs["killed"].poll() is None, procs["killed"].stderr.read().decode()
        assert time.perf_counter() - t0 < 120, "writers too slow to start"
        time.sleep(0.005)
    procs["killed"].send_signal(signal.SIGKILL)
    others_still_writing = [procs[n].poll() is None for n in ("alice", "bob")]
    assert procs["killed"].wait() == -signal.SIGKILL
    for name in ("alice", "bob"):
        _, err = procs[name].communicate(timeout=120)
        assert procs[name].returncode == 0, err.decode()
    elapsed = time.perf_counter() - t0

    store = ReviewStore(db)
    stored = {d.id: d for d in store.decisions()}
    acknowledged = {name: read_acks(path) for name, path in acks.items()}
    killed_acks = len(acknowledged["killed"])
    for name, acked in acknowledged.items():
        for decision_id, note in acked.items():
            d = stored.get(decision_id)
            assert d is not None, f"acknowledged decision {decision_id} ({note}) is missing"
            posted = ACTIONS[int(note.rsplit("-", 1)[1]) % len(ACTIONS)][0]
            assert (d.reviewer, d.note, d.verdict) == (name, note, posted)
    by_reviewer = {name: sum(d.reviewer == name for d in stored.values()) for name in acks}
    assert by_reviewer["alice"] == by_reviewer["bob"] == N_PER_WRITER
    assert KILL_AFTER <= killed_acks < N_PER_WRITER  # killed in the middle of its stream
    assert killed_acks <= by_reviewer["killed"] <= killed_acks + 1  # at most one committed, not yet acknowledged
    assert len(stored) == sum(by_reviewer.values())
    assert store.integrity_check() == "ok" and store.journal_mode() == "wal"
    for it in store.items():  # the history still folds into a status for every pair
        assert it.state == fold_decisions(store.decisions(it.id))
    print(f"\n{len(stored)} decisions from 3 processes in {elapsed:.1f} s; third writer SIGKILLed after "
          f"{killed_acks} acknowledged ({by_reviewer['killed']} stored); others still writing at the kill: "
          f"{others_still_writing}; integrity_check ok")
    assert all(others_still_writing), "the kill must happen while the other two are writing"
    assert elapsed < 60


if __name__ == "__main__":
    write_decisions(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
