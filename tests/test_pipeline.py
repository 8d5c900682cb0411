"""claims analyze / check on the seeds with the real extractor and the embedded NLI model."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from typer.testing import CliRunner

from claims.cli import app
from claims.pipeline import Settings, analyze
from claims.export import write_analysis

SAFE_ZONE = ("zone de sécurité", "ni zone, ni abri")
ERDOGAN_TRUDEAU = ("laissée seule face au terrorisme", "allié dans l")
COORDINATE = ("vont coordonner leurs opérations", "collaborer avec les Turcs")


def find(pairs, a_words: str, b_words: str):
    for p in pairs:
        texts = (p.a.text, p.b.text)
        if (a_words in texts[0] and b_words in texts[1]) or (a_words in texts[1] and b_words in texts[0]):
            return p
    return None


def test_safe_zone_pair_is_rank_one(seeds_analysis):
    p = find(seeds_analysis.pairs, *SAFE_ZONE)
    assert p is not None, "the safe-zone claim and its denial were not paired"
    assert p.rank == 1, [(q.rank, q.a.text[:40], q.b.text[:40]) for q in seeds_analysis.pairs[:5]]
    assert p.stance == "disagree" and p.label == "contradiction"
    sides = {p.a.speaker.side, p.b.speaker.side}
    assert sides == {"TR", "US"}
    assert "Toner" in (p.a.speaker.name or "") + (p.b.speaker.name or "")
    assert p.evidence["negation_one_side"]
    assert set(p.directions) == {"a->b", "b->a"}


def test_erdogan_vs_trudeau_paired_and_flagged(seeds_analysis):
    p = find(seeds_analysis.pairs, *ERDOGAN_TRUDEAU)
    assert p is not None and p.stance == "disagree", p and (p.rank, p.score, p.stance)
    assert {"Erdogan", "Trudeau"} <= {w for st in (p.a, p.b) for w in (st.speaker.name or "").split()}


def test_erdogan_vs_trudeau_in_top_three(seeds_analysis):
    """Issue 4. Rank 5 from the same-article pairing channel (2026-12-04) until the ranking key's bonus for two
    statements close together in one article (2026-12-05, claims.stance.proximity_bonus): rank 2."""
    p = find(seeds_analysis.pairs, *ERDOGAN_TRUDEAU)
    assert p is not None and p.rank <= 3, p and (p.rank, p.score)


def test_coordination_and_collaboration_not_flagged(seeds_analysis):
    p = find(seeds_analysis.pairs, *COORDINATE)
    assert p is not None, "the two statements about working together were not paired"
    assert p.stance != "disagree" and p.label != "contradiction", (p.stance, p.directions)
    assert p.rank > len(seeds_analysis.pairs) // 2


@pytest.mark.xfail(strict=True, reason="issue 4 goal not met with claims-nli-fr-small: P(entailment) is 0.06 / 0.12, "
                   "under the entailment threshold fitted on dev data (0.45), so the pair is 'discuss' (2026-11-22)")
def test_coordination_and_collaboration_agree(seeds_analysis):
    p = find(seeds_analysis.pairs, *COORDINATE)
    assert p is not None and p.stance == "agree", p and (p.stance, p.directions)


def test_ranked_and_candidates_bounded(seeds_analysis):
    ranks = [p.rank for p in seeds_analysis.pairs]
    assert ranks == list(range(1, len(ranks) + 1))
    # pairs of two documents sharing no key term last, each group by its ranking score
    tiers = [p.evidence["gap"] is None and not p.evidence.get("shared_terms") for p in seeds_analysis.pairs]
    assert tiers == sorted(tiers) and any(tiers) and not all(tiers)
    for tier in (False, True):
        scores = [p.score for p, t in zip(seeds_analysis.pairs, tiers) if t == tier]
        assert scores == sorted(scores, reverse=True)
    assert len(seeds_analysis.pairs) <= 8 * len(seeds_analysis.statements)
    for p in seeds_analysis.pairs:
        assert p.a.speaker.id != p.b.speaker.id or p.a.date != p.b.date


def test_outputs_are_written_and_consistent(seeds_analysis, tmp_path):
    paths = write_analysis(seeds_analysis, tmp_path / "out")
    statements = [json.loads(x) for x in open(paths["statements"], encoding="utf-8")]
    pairs = [json.loads(x) for x in open(paths["pairs"], encoding="utf-8")]
    assert len(statements) == len(seeds_analysis.statements) and len(pairs) == len(seeds_analysis.pairs)
    assert {"id", "a", "b", "p_entailment", "p_neutral", "p_contradiction", "label", "stance", "score", "rank",
            "evidence", "directions"} <= set(pairs[0])
    table = pd.read_csv(paths["pairs_csv"])
    assert len(table) == len(pairs)
    assert len(pd.read_csv(paths["statements_csv"])) == len(statements)
    # the safe-zone pair (rank 1) is two statements of one article: how far apart is in the JSON, the CSV and the page
    assert pairs[0]["evidence"]["gap"] >= 1 and table["statements_apart"].iloc[0] == pairs[0]["evidence"]["gap"]
    html = open(paths["report"], encoding="utf-8").read()
    assert "Mark Toner" in html and "<mark>" in html and "Who said what" in html
    assert f"{pairs[0]['evidence']['gap']} statement" in html and "apart in one article" in html


def test_analyze_cli_on_seeds_keeps_review_decisions(tmp_path, seeds_analysis):
    """A fresh `claims analyze seeds/` run re-imported into a store that holds a verdict on every pair loses none."""
    from claims.review.store import ReviewStore, import_pairs

    db = tmp_path / "review.db"
    import_pairs(db, seeds_analysis.pairs)
    store = ReviewStore(db)
    verdicts = ("confirm", "reject", "skip")
    for n, p in enumerate(seeds_analysis.pairs):
        store.record(p.id, "Camille Dupont", verdicts[n % 3], note=f"vérifié {n}")
    before = {d.id: (d.pair_id, d.verdict, d.note) for d in store.decisions()}
    states = {p.id: store.pair(p.id).state.status for p in seeds_analysis.pairs}

    res = CliRunner().invoke(app, ["analyze", "seeds", "--out", str(tmp_path / "o"), "--quiet", "--no-cache",
                                   "--review-db", str(db)])
    assert res.exit_code == 0, res.output
    assert "flagged as contradictions" in res.output
    first = json.loads(open(tmp_path / "o" / "pairs.jsonl", encoding="utf-8").readline())
    assert first["id"] == seeds_analysis.pairs[0].id

    after = {d.id: (d.pair_id, d.verdict, d.note) for d in ReviewStore(db).decisions()}
    assert after == before and len(before) == len(seeds_analysis.pairs)  # 100 % of the decisions kept
    assert {pid: ReviewStore(db).pair(pid).state.status for pid in states} == states


def test_no_statements_gives_empty_valid_outputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "meteo.txt").write_text("Météo\nIl fera beau demain sur toute la France.\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["analyze", str(src), "--out", str(tmp_path / "o"), "--quiet"])
    assert res.exit_code == 0, res.output
    assert "No statements found" in res.output
    assert (tmp_path / "o" / "pairs.jsonl").read_text() == ""
    assert list(pd.read_csv(tmp_path / "o" / "pairs.csv").columns)[:3] == ["rank", "id", "score"]
    assert "nothing to pair" in (tmp_path / "o" / "report.html").read_text(encoding="utf-8")


def test_bad_input_reaches_analyze_messages(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "empty.txt").write_bytes(b"")
    (src / "ok.txt").write_text("Titre\n« Nous ne céderons pas », a déclaré le ministre turc.\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["analyze", str(src), "--out", str(tmp_path / "o"), "--quiet"])
    assert res.exit_code == 0, res.output
    assert "empty.txt" in res.output
    only_bad = tmp_path / "bad"
    only_bad.mkdir()
    (only_bad / "empty.txt").write_bytes(b"")
    res = CliRunner().invoke(app, ["analyze", str(only_bad), "--out", str(tmp_path / "o2"), "--quiet"])
    assert res.exit_code != 0 and "empty.txt" in res.output


def test_check_claim_on_seeds(embedded_nli):
    res = CliRunner().invoke(app, ["check", "Une zone de sécurité a été créée en Syrie", "seeds", "--quiet"])
    assert res.exit_code == 0, res.output
    rows = [line for line in res.output.splitlines() if line.startswith(("supports", "refutes"))]
    supports = " ".join(r for r in rows if r.startswith("supports"))
    refutes = " ".join(r for r in rows if r.startswith("refutes"))
    assert "Toner" in refutes, res.output
    assert "turc" in supports.lower() or "TR" in supports, res.output
