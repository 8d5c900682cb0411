"""NLI loading (embedded / local dir / Hub id), label handling, both directions, errors, score cache."""
from __future__ import annotations

import json

import pytest

from claims.nli import ModelError, NLIModel, get_model, label_order

SAFE_ZONE = ("Outre les frappes communes, les deux alliés ont trouvé un accord pour la création d'une zone de "
             "sécurité en Syrie.", "Il n'y a ni zone, ni abri sécurisé.")
COORDINATE = ("La Turquie et les Etats-Unis vont coordonner leurs opérations.",
              "Notre intention est de collaborer avec les Turcs, les uns aux côtés des autres, pour prendre Raqa.")


def tiny_model_dir(tmp_path, id2label: dict[int, str], favour: int):
    """A tiny random BERT classifier whose output always favours index ``favour``."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    vocab = {"[PAD]": 0, "[UNK]": 1, "[CLS]": 2, "[SEP]": 3, "il": 4, "pleut": 5, "ne": 6, "pas": 7}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, pad_token="[PAD]", unk_token="[UNK]", cls_token="[CLS]",
                                   sep_token="[SEP]")
    config = BertConfig(vocab_size=len(vocab), hidden_size=8, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=16, num_labels=3, id2label=id2label,
                        label2id={v: k for k, v in id2label.items()})
    model = BertForSequenceClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.copy_(torch.tensor([8.0 if i == favour else 0.0 for i in range(3)]))
    model.save_pretrained(tmp_path)
    fast.save_pretrained(tmp_path)
    return tmp_path


@pytest.mark.parametrize("id2label", [
    {0: "CONTRADICTION", 1: "Entailment", 2: "neutral"},
    {0: "entailment", 1: "neutral", 2: "contradiction"},
    {0: "Neutral", 1: "contradiction", 2: "ENTAILMENT"},
])
def test_labels_read_from_config_whatever_order_or_case(tmp_path, id2label):
    favour = next(i for i, lab in id2label.items() if lab.lower() == "contradiction")
    nli = NLIModel(str(tiny_model_dir(tmp_path, id2label, favour)))
    scores = nli.score_pairs([("il pleut", "il ne pleut pas")])[0]
    assert scores["p_contradiction"] > 0.99
    assert set(scores["directions"]) == {"a->b", "b->a"}
    assert scores["directions"]["b->a"]["contradiction"] > 0.99


def test_label_order_rejects_non_nli_labels():
    with pytest.raises(ModelError, match="does not name the NLI labels"):
        label_order({0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})


def test_missing_and_wrong_models_give_clear_errors(tmp_path, monkeypatch):
    with pytest.raises(ModelError, match="not a model directory"):
        NLIModel(str(tmp_path))
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "bert"}))
    with pytest.raises(ModelError, match="cannot load NLI model"):
        NLIModel(str(tmp_path))
    with pytest.raises(ModelError, match="cannot load NLI model 'no-such-org/no-such-model-anywhere'"):
        NLIModel("no-such-org/no-such-model-anywhere")


def bert_style_model_dir(tmp_path):
    """The tiny classifier (always contradiction) with a BERT tokenizer, which gives segment ids."""
    from transformers import BertTokenizerFast

    d = tiny_model_dir(tmp_path / "m", {0: "entailment", 1: "neutral", 2: "contradiction"}, 2)
    (tmp_path / "vocab.txt").write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "il", "pleut", "ne", "pas"]))
    for f in ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        (d / f).unlink(missing_ok=True)
    BertTokenizerFast(vocab_file=str(tmp_path / "vocab.txt")).save_pretrained(d)
    return d


def test_bert_style_models_get_their_segment_ids(tmp_path):
    """A Hub-style BERT NLI model sees premise and hypothesis as segments A and B, as it was trained."""
    nli = NLIModel(str(bert_style_model_dir(tmp_path)))
    seen = []
    original = nli.model.forward
    nli.model.forward = lambda *a, **k: seen.append(k) or original(*a, **k)
    probs = nli.predict(["il pleut", "il pleut pas"], ["il ne pleut pas", "pleut"])
    assert probs[:, 2].min() > 0.9  # contradiction, whatever the padding
    types = seen[0]["token_type_ids"].tolist()
    ids = seen[0]["input_ids"].tolist()
    for row_ids, row_types in zip(ids, types):
        first_sep = row_ids.index(3)
        assert set(row_types[: first_sep + 1]) == {0} and 1 in row_types[first_sep + 1:]


def test_int8_graph_of_a_bert_style_model_takes_segment_ids(tmp_path, monkeypatch):
    """``--int8`` with a user's BERT-style model: the ONNX graph gets the segment ids the fp32 model gets."""
    monkeypatch.setenv("CLAIMS_CACHE", str(tmp_path / "cache"))
    d = bert_style_model_dir(tmp_path)
    int8 = NLIModel(str(d), quantize=True)
    assert "token_type_ids" in [i.name for i in int8._session.get_inputs()]
    seen = []
    run = int8._session.run
    monkeypatch.setattr(int8, "_session", type("Spy", (), {"run": lambda self, out, feed: seen.append(feed)
                                                            or run(out, feed)})())
    probs = int8.predict(["il pleut", "il pleut pas"], ["il ne pleut pas", "pleut"])
    assert probs[:, 2].min() > 0.9
    for row_ids, row_types in zip(seen[0]["input_ids"].tolist(), seen[0]["token_type_ids"].tolist()):
        first_sep = row_ids.index(3)
        assert set(row_types[: first_sep + 1]) == {0} and 1 in row_types[first_sep + 1:]


def test_score_cache_scores_only_new_pairs(tmp_path):
    d = tiny_model_dir(tmp_path / "m", {0: "entailment", 1: "neutral", 2: "contradiction"}, 1)
    nli = NLIModel(str(d), score_cache=tmp_path / "scores.sqlite")
    first = nli.predict(["il pleut"], ["il ne pleut pas"])
    calls = []
    original = nli.model.forward
    nli.model.forward = lambda *a, **k: calls.append(1) or original(*a, **k)
    again = nli.predict(["il pleut", "pas"], ["il ne pleut pas", "il pleut"])
    assert len(calls) == 1  # only the new pair went through the model
    assert abs(again[0] - first[0]).max() < 1e-5


@pytest.fixture(scope="session")
def embedded():
    return get_model()  # one load per test session (process-wide cache)


def test_embedded_model_flags_the_safe_zone_denial(embedded):
    from claims.stance import load_calibration, pair_stance

    scores = embedded.score_pairs([SAFE_ZONE])[0]
    assert max(d["contradiction"] for d in scores["directions"].values()) >= 0.9, scores
    label, stance, _ = pair_stance(scores, 0.8, load_calibration(embedded))
    assert (label, stance) == ("contradiction", "disagree"), scores


@pytest.mark.xfail(strict=True, reason="issue 3 goal not met since the stage-4 model (2026-11-22), trained with "
                   "unrelated pairs as neutral: 0.98 / 0.56, mean 0.77 in int8 with per-row scales (the model "
                   "before: 0.98 / 0.91, mean 0.95); the average of stages 4 and 7b shipped since 2026-12-07: "
                   "claim->denial 0.97, denial->claim 0.64, mean 0.81 in int8; see models/README.md")
def test_embedded_model_safe_zone_combined_at_least_090(embedded):
    """Issue 3: both directions combined >= 0.9."""
    scores = embedded.score_pairs([SAFE_ZONE])[0]
    assert scores["p_contradiction"] >= 0.9, scores
    assert min(d["contradiction"] for d in scores["directions"].values()) >= 0.8, scores


def test_embedded_int8_scores_do_not_depend_on_the_batch(embedded):
    """A pair scores the same alone and among pairs of other lengths (per-row int8 scales, claims.quantize).

    With ONNX Runtime's batch-wide scales the safe-zone pair moved between 0.70 and 0.89 with its batch.
    """
    from claims.evaluation.data import default_data_dir, read_rows

    assert embedded.quantized
    rows = read_rows(default_data_dir() / "xnli_fr_test.jsonl", 40)
    others = [(r["premise"], r["hypothesis"]) for r in rows]
    alone = embedded.predict([SAFE_ZONE[1]], [SAFE_ZONE[0]])
    batched = embedded.predict([SAFE_ZONE[1]] + [a for a, _ in others], [SAFE_ZONE[0]] + [b for _, b in others])
    assert abs(alone[0] - batched[0]).max() < 1e-4, (alone[0], batched[0])
    # the same rows in another batch composition: every one unchanged
    again = embedded.predict([a for a, _ in others[::-1]], [b for _, b in others[::-1]])[::-1]
    assert abs(again - batched[1:]).max() < 1e-4


def test_embedded_int8_stays_close_to_fp32(embedded):
    """int8 labels agree with fp32 on held-out dev pairs (measured: 97.5 % of 444, 98.2 % of 1,000 XNLI-fr test)."""
    from claims.evaluation.data import held_out_dev

    fp32 = get_model(quantize=False)  # the process-wide fp32 model, shared with the other tests that need it
    rows = held_out_dev()[:120]
    pairs = ([r["premise"] for r in rows], [r["hypothesis"] for r in rows])
    agree = (embedded.predict(*pairs).argmax(1) == fp32.predict(*pairs).argmax(1)).mean()
    assert agree >= 0.95, agree


def test_embedded_model_does_not_flag_coordination_vs_collaboration(embedded):
    scores = embedded.score_pairs([COORDINATE])[0]
    assert scores["p_contradiction"] < max(scores["p_entailment"], scores["p_neutral"]), scores


def test_embedded_model_is_the_default_and_loaded_once(embedded):
    assert embedded.name == "embedded"
    assert get_model() is embedded
    assert get_model("embedded") is embedded


def test_embedded_model_tokenizes_as_it_was_trained(embedded):
    """Inference ids = the training tokenizer's ids (claims.encoder.build_tokenizer), with and without transformers.

    transformers 5 loading the directory as an "XLMRobertaTokenizer" dropped the NFKC normalizer ("…", non-breaking
    spaces) and changed 3.9 % of XNLI-fr / DACCORD pairs; the shipped tokenizer_config.json names the generic class.
    """
    from claims.encoder import build_tokenizer, read_packed

    premises = ["« Alors il… nous vivions là », a-t-il dit.", "Le\u00a0ministre l'a affirmé : « non »." * 30,
                "Ankara et Washington ont trouvé un accord."]
    hypotheses = ["Nous vivions là.", "Il n'y a ni zone, ni abri sécurisé.", "ﬁn de l'accord ½"]
    trained = build_tokenizer(read_packed())(premises, hypotheses, truncation=True, max_length=128)["input_ids"]
    assert embedded._fast is not None  # int8 cold start: the tokenizers library, no transformers tokenizer
    assert embedded.encode(premises, hypotheses) == (trained, None)  # XLM-R style: no token types
    assert embedded.tokenizer(premises, hypotheses, truncation=True, max_length=128)["input_ids"] == trained
    assert max(len(ids) for ids in trained) == 128
