"""Review exports: CSV and JSONL with the latest decision (history on request), ClaimReview JSON-LD."""
from __future__ import annotations

import io
import json
from dataclasses import replace

import pandas as pd
import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.export import (REVIEW_COLUMNS, claim_reviews, csv_text, export_review, pair_row, review_csv,
                           review_jsonl, review_record, review_rows)
from claims.records import Pair, Speaker, Statement
from claims.review.store import ReviewStore
from review_samples import sample_pairs


@pytest.fixture()
def pairs():
    return sample_pairs()


@pytest.fixture()
def store(tmp_path, pairs):
    s = ReviewStore(tmp_path / "review.db")
    s.upsert_pairs(pairs)
    s.record(pairs[0].id, "Alice", "confirm", note="contradiction sur la coordination")
    s.record(pairs[1].id, "Bob", "relabel", label="contradiction")
    s.record(pairs[2].id, "Alice", "confirm")
    s.undo(pairs[2].id, "Alice")  # undone: no longer a confirmed contradiction
    s.record(pairs[3].id, "Bob", "reject")
    s.record(pairs[4].id, "Alice", "note", note="à creuser")
    return s


def test_pair_row_is_flat_with_directions_and_evidence(pairs):
    row = pair_row(pairs[0])
    assert row["id"] == pairs[0].id and row["rank"] == 1 and row["a_speaker"] == pairs[0].a.speaker.name
    assert row["a_to_b_contradiction"] == 0.91 and row["b_to_a_entailment"] == pytest.approx(0.024)
    assert row["a_url"].startswith("https://") and row["b_side"] == "US"
    assert row["negation_one_side"] is True and row["similarity"] == 0.88
    assert all(not isinstance(v, (dict, list)) for v in row.values())


def test_pair_row_without_evidence_or_directions():
    bare = Pair(a=Statement("x", 0, 3, "Oui", "direct"), b=Statement("y", 0, 3, "Non", "direct"))
    row = pair_row(bare)
    assert row["similarity"] is None and row["numbers_differ"] == "" and "a_to_b_contradiction" not in row


def test_review_rows_carry_the_latest_decision(store, pairs):
    rows = {r["id"]: r for r in review_rows(store.items())}
    assert len(rows) == len(pairs)
    assert rows[pairs[0].id]["review_status"] == "confirmed" and rows[pairs[0].id]["review_reviewer"] == "Alice"
    assert rows[pairs[0].id]["review_note"] == "contradiction sur la coordination"
    assert (rows[pairs[1].id]["review_status"], rows[pairs[1].id]["review_label"]) == ("confirmed", "contradiction")
    assert rows[pairs[2].id]["review_status"] == "pending" and rows[pairs[2].id]["review_at"] is None
    assert rows[pairs[3].id]["review_status"] == "rejected"
    assert (rows[pairs[4].id]["review_status"], rows[pairs[4].id]["review_note"]) == ("pending", "à creuser")
    assert list(rows[pairs[0].id])[:len(REVIEW_COLUMNS)] == REVIEW_COLUMNS


def test_review_rows_with_history_have_one_row_per_decision(store, pairs):
    rows = review_rows(store.items(), history=True)
    assert len(rows) == len(store.decisions()) + 1  # + the one pair nobody touched
    undone = [r for r in rows if r["id"] == pairs[2].id]
    assert [(r["decision_verdict"], r["decision_reverted"]) for r in undone] == [("confirm", True), ("undo", False)]
    assert undone[1]["decision_reverts"] == undone[0]["decision_id"]
    untouched = [r for r in rows if r["id"] == pairs[5].id]
    assert len(untouched) == 1 and untouched[0]["decision_id"] is None


def test_review_record_nests_the_pair_and_history(store, pairs):
    item = store.pair(pairs[2].id)
    record = review_record(item, history=True)
    assert Pair.from_dict(record["pair"]) == pairs[2]
    assert record["status"] == "pending" and record["decision"] is None
    assert [(h["verdict"], h["reverted"]) for h in record["history"]] == [("confirm", True), ("undo", False)]
    assert "history" not in review_record(item)
    json.dumps(record)  # serialisable as is


def test_csv_and_jsonl_texts_round_trip(store, pairs):
    frame = pd.read_csv(io.StringIO(review_csv(store.items())))
    assert list(frame["id"]) == [p.id for p in pairs] and frame.loc[0, "a_text"] == pairs[0].a.text
    lines = review_jsonl(store.items(), history=True).splitlines()
    assert [json.loads(x)["id"] for x in lines] == [p.id for p in pairs]
    assert "é" in review_jsonl(store.items())  # UTF-8 kept readable


def test_empty_exports_still_have_a_header(tmp_path):
    empty = ReviewStore(tmp_path / "empty.db").items()
    assert review_csv(empty).splitlines() == [",".join(REVIEW_COLUMNS)]
    assert review_jsonl(empty) == "" and claim_reviews(empty)["@graph"] == []
    assert csv_text([], ["a", "b"]).strip() == "a,b"


def test_claimreview_for_each_statement_of_confirmed_contradictions(store, pairs):
    doc = claim_reviews(store.items())
    assert doc["@context"] == "https://schema.org"
    reviews = doc["@graph"]
    confirmed = [pairs[0], pairs[1]]  # confirmed, and relabelled to contradiction; not the undone or the rejected
    assert [r["claimReviewed"] for r in reviews] == [t for p in confirmed for t in (p.a.text, p.b.text)]
    first = reviews[0]
    assert first["@type"] == "ClaimReview"
    item = first["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Person", "name": pairs[0].a.speaker.name}
    assert item["appearance"]["url"] == pairs[0].a.url and item["appearance"]["headline"] == pairs[0].a.title
    assert item["datePublished"] == pairs[0].a.date
    rating = first["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] == "Contredit"
    assert pairs[0].b.text in rating["ratingExplanation"] and "John Kirby (US)" in rating["ratingExplanation"]
    decision = store.pair(pairs[0].id).state.decision
    assert first["datePublished"] == decision.at[:10] and len(first["datePublished"]) == 10
    assert first["author"] == {"@type": "Person", "name": "Alice"}
    assert first["reviewBody"] == "contradiction sur la coordination"
    assert reviews[2]["author"]["name"] == "Bob"


def test_claimreview_without_url_or_speaker_name_leaves_those_out(tmp_path, pairs):
    anonymous = replace(pairs[0].a, url=None, speaker=Speaker(mention="un diplomate"), source=None)
    pair = replace(pairs[0], a=anonymous)
    store = ReviewStore(tmp_path / "r.db")
    store.upsert_pairs([pair])
    store.record(pair.id, "Alice", "confirm")
    review = claim_reviews(store.items())["@graph"][0]
    assert review["itemReviewed"]["author"]["name"] == "un diplomate"
    assert "url" not in review["itemReviewed"]["appearance"] and "publisher" not in review["itemReviewed"]["appearance"]


def test_export_review_writes_three_files(store, tmp_path, pairs):
    paths = export_review(store.path, tmp_path / "out", history=True)
    assert sorted(paths) == ["claimreview", "csv", "jsonl"]
    assert len(pd.read_csv(paths["csv"])) == len(store.decisions()) + 1
    assert len(open(paths["jsonl"], encoding="utf-8").read().splitlines()) == len(pairs)
    assert len(json.load(open(paths["claimreview"], encoding="utf-8"))["@graph"]) == 4
    assert not list((tmp_path / "out").glob("*.tmp"))


def test_export_review_refuses_a_missing_store(tmp_path):
    with pytest.raises(FileNotFoundError):
        export_review(tmp_path / "nope.db", tmp_path / "out")
    assert not (tmp_path / "nope.db").exists()


def test_cli_review_imports_and_exports(tmp_path, pairs):
    analysis = tmp_path / "analysis"
    analysis.mkdir()
    (analysis / "pairs.jsonl").write_text("".join(json.dumps(p.to_dict(), ensure_ascii=False) + "\n" for p in pairs))
    db = tmp_path / "review.db"
    runner = CliRunner()
    result = runner.invoke(app, ["review", "--db", str(db), "--import", str(analysis / "pairs.jsonl"),
                                 "--export", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "6 new pairs, 0 updated" in result.output and "claimreview.jsonld" in result.output
    ReviewStore(db).record(pairs[0].id, "Alice", "confirm")
    result = runner.invoke(app, ["review", "--db", str(db), "--import", str(analysis), "--export",
                                 str(tmp_path / "out"), "--history"])
    assert result.exit_code == 0 and "0 new pairs, 6 updated" in result.output
    assert len(json.loads((tmp_path / "out" / "claimreview.jsonld").read_text())["@graph"]) == 2
    assert [d.verdict for d in ReviewStore(db).decisions()] == ["confirm"]


def test_cli_review_rejects_a_bad_import(tmp_path):
    bad = tmp_path / "pairs.jsonl"
    bad.write_text("not json\n")
    result = CliRunner().invoke(app, ["review", "--db", str(tmp_path / "r.db"), "--import", str(bad)])
    assert result.exit_code == 1 and "nothing imported" in result.output


def test_cli_review_help_documents_the_exports():
    out = CliRunner().invoke(app, ["review", "--help"], terminal_width=200).output
    for text in ("--db", "--import", "--host", "127.0.0.1", "--port", "8765", "--export", "ClaimReview", "--history"):
        assert text in out
