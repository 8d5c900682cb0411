"""models/train.py data helpers (the recipe itself is run by hand: CI never retrains)."""
import importlib.util
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("train", ROOT / "models" / "train.py")
train = importlib.util.module_from_spec(spec)
spec.loader.exec_module(train)


def _rows(lang: str, n: int) -> list[dict]:
    return [{"premise": f"{lang} premise {i}", "hypothesis": f"{lang} hypothesis {i}", "label": "entailment"}
            for i in range(n)]


def test_unrelated_pairs_are_mismatched_neutral_and_stay_within_a_language():
    french, english = _rows("fr", 20), _rows("en", 60)
    out = train.unrelated_pairs(french, english, 40, random.Random(0))
    assert len(out) == 40
    assert {r["label"] for r in out} == {"neutral"}
    assert sum(r["premise"].startswith("fr") for r in out) == 10  # in proportion: 20 of 80 rows are French
    for r in out:
        assert r["premise"].split()[0] == r["hypothesis"].split()[0]  # same language
        assert r["premise"].split()[-1] != r["hypothesis"].split()[-1]  # never a row's own pair
    assert train.unrelated_pairs(french, english, 40, random.Random(0)) == out  # seeded


def test_unrelated_pairs_skip_rows_sharing_a_premise():
    same = [{"premise": "P", "hypothesis": f"h{i}", "label": "neutral"} for i in range(5)]
    other = [{"premise": "Q", "hypothesis": "q", "label": "neutral"}]
    out = train.unrelated_pairs(same + other, [], 6, random.Random(1))
    assert all(r["premise"] != "P" or r["hypothesis"] == "q" for r in out)
    assert all(r["premise"] != "Q" or r["hypothesis"].startswith("h") for r in out)


def test_unrelated_pairs_stop_when_a_pool_has_one_premise():
    same = [{"premise": "P", "hypothesis": f"h{i}", "label": "neutral"} for i in range(5)]
    assert train.unrelated_pairs(same, [], 3, random.Random(0)) == []  # no mismatched pair exists; no endless loop
