"""models/wire.py: NLI pairs from the annotated wire sets (training stage 7 and models/compare.py --wire)."""
import importlib.util
import json
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("wire", ROOT / "models" / "wire.py")
wire = importlib.util.module_from_spec(spec)
spec.loader.exec_module(wire)


def test_only_development_sets_are_trainable():
    gold = ROOT / "eval" / "gold"
    assert wire.trainable(gold / "wire-dev41.jsonl")
    assert wire.trainable(gold / "wire-story-dev3.jsonl")
    assert wire.trainable(gold / "wire-heldout.jsonl") and wire.trainable(gold / "wire-heldout6.jsonl")
    for name in ("wire-heldout7", "wire-heldout44", "wire-story-heldout", "wire-story-heldout7", "seeds"):
        assert not wire.trainable(gold / f"{name}.jsonl"), name
    with pytest.raises(ValueError, match="wire-heldout12.jsonl"):
        wire.training_rows([gold / "wire-dev.jsonl", gold / "wire-heldout12.jsonl"], random.Random(0))


def _write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "wire-dev99.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _st(doc, content, speaker):
    return {"type": "statement", "doc": doc, "content": content, "kind": "direct", "speaker": speaker}


def _pair(label, a, b):
    return {"type": "pair", "label": label, "a": {"doc": a[0], "content": a[1], "speaker": a[2]},
            "b": {"doc": b[0], "content": b[1], "speaker": b[2]}}


def test_set_pairs_keep_gold_pairs_and_leave_out_cuts_of_them(tmp_path):
    a = ("d1", "Le stock est plein", "Paul")
    b = ("d1", "Nous ne stockons rien. Les rayons sont vides", "Anne")
    rows = [_st(*a), _st(*b), _st("d1", "Nous ne stockons rien", "Anne"), _st("d1", "Le prix monte", "Luc"),
            _st("d1", "Le prix baisse, dit-il", "Paul"), _st("d2", "Une autre affaire", "Marc"),
            _pair("contradiction", a, b)]
    pairs = wire.set_pairs(_write(tmp_path, rows))
    labelled = [(p["a"], p["b"], p["label"]) for p in pairs if p["label"] != "other"]
    assert labelled == [(a[1], b[1], "contradiction")]
    others = {frozenset((p["a"], p["b"])) for p in pairs if p["label"] == "other"}
    # a shorter cut of a gold contradiction's side is not taught as neutral; same speaker and other documents skipped
    assert frozenset(("Le stock est plein", "Nous ne stockons rien")) not in others
    assert frozenset(("Le prix baisse, dit-il", "Le stock est plein")) not in others
    assert not any("Une autre affaire" in p for p in others)
    assert frozenset(("Le prix monte", "Le stock est plein")) in others
    assert frozenset(("Le prix monte", "Nous ne stockons rien")) in others


def test_training_rows_both_orders_and_neutral_share(tmp_path):
    a, b = ("d1", "Le stock est plein", "Paul"), ("d1", "Le stock est vide", "Anne")
    c, d = ("d1", "Les écoles rouvrent lundi", "Luc"), ("d1", "Les écoles rouvriront lundi prochain", "Eva")
    rows = [_st(*x) for x in (a, b, c, d)] + [_pair("contradiction", a, b), _pair("agree", c, d)]
    out = wire.training_rows([_write(tmp_path, rows)], random.Random(0), other_ratio=2.0)
    labelled = {(r["premise"], r["hypothesis"]): r["label"] for r in out}
    assert labelled[(a[1], b[1])] == labelled[(b[1], a[1])] == "contradiction"
    assert labelled[(c[1], d[1])] == labelled[(d[1], c[1])] == "entailment"
    neutral = [r for r in out if r["label"] == "neutral"]
    assert len(neutral) == 2 and all(r["source"] == "wire" for r in out)
    assert all({r["premise"], r["hypothesis"]} not in ({a[1], b[1]}, {c[1], d[1]}) for r in neutral)


def test_shipped_model_ranks_gold_contradictions_of_unseen_wire_sets():
    """The shipped model learned from 52 development sets' pairs (models/README.md "Stage 7"); on two of the sets that
    chose it and were never trained on, the gold contradictions stand out among all pairs of their documents.
    Measured in int8: ROC-AUC 0.790, per-document average precision 0.428 (stage 4, shipped before: 0.726, 0.345)."""
    from claims.nli import get_model

    cspec = importlib.util.spec_from_file_location("compare", ROOT / "models" / "compare.py")
    compare = importlib.util.module_from_spec(cspec)
    cspec.loader.exec_module(compare)
    gold = ROOT / "eval" / "gold"
    figures = compare.wire_figures(get_model(), [gold / "wire-dev41.jsonl", gold / "wire-dev42.jsonl"])
    assert figures["wire_contradictions"] == 68
    assert figures["wire_auc"] >= 0.76 and figures["wire_map"] >= 0.39, figures
    assert figures["wire_other_as_c"] <= 0.05, figures  # the other pairs of an article are rarely contradictions
