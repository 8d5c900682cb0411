"""Benchmark and training files (JSON Lines from ../shared/data), read by path with ``datasets``.

The held-out dev split defined here is shared by the training recipe (never trained on) and by every
threshold or calibration claims fixes, so that no threshold is ever tuned on the data it is reported on.
"""
from __future__ import annotations

import os
import random
from pathlib import Path

NLI_LABELS = ("entailment", "neutral", "contradiction")
FRENCH_TRAIN = ("sick_fr.jsonl", "xnli_fr_dev.jsonl", "rte3_fr_dev.jsonl")
HELD_OUT = {"xnli_fr_dev.jsonl": 500, "rte3_fr_dev.jsonl": 200}
REPORT_ONLY = frozenset({"xnli_fr_test.jsonl", "daccord_public.jsonl"})
SEED = 13


def default_data_dir() -> Path:
    """``$CLAIMS_DATA``, else ``../shared/data`` beside the checkout."""
    env = os.environ.get("CLAIMS_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[3] / "shared" / "data"


def read_rows(path: str | Path, limit: int | None = None) -> list[dict]:
    """All rows of a JSON Lines file, with ``datasets`` (offline, local file)."""
    from datasets import load_dataset
    from datasets.utils.logging import disable_progress_bar

    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such data file (see README.md, 'Data', for where to get it)")
    disable_progress_bar()
    ds = load_dataset("json", data_files=str(path), split="train")
    if limit:
        ds = ds.select(range(min(limit, len(ds))))
    return ds.to_list()


def split_french(data_dir: Path, seed: int = SEED) -> tuple[list[dict], list[dict]]:
    """(French training rows, held-out dev rows); dev = 500 XNLI-fr dev + 200 RTE3-FR dev pairs."""
    rng = random.Random(seed)
    train, dev = [], []
    for name in FRENCH_TRAIN:
        rows = [r for r in read_rows(data_dir / name) if r.get("label") in NLI_LABELS]
        rng.shuffle(rows)
        n_dev = HELD_OUT.get(name, 0)
        dev.extend({**r, "origin": name} for r in rows[:n_dev])
        train.extend({**r, "origin": name} for r in rows[n_dev:])
    return train, dev


def held_out_dev(data_dir: Path | None = None) -> list[dict]:
    """The held-out dev pairs used for model selection and every threshold."""
    return split_french(data_dir or default_data_dir())[1]
