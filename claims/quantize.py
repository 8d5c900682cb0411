"""Int8 ONNX graphs whose scores do not depend on the batch: per-row (per-token) activation scales.

ONNX Runtime's dynamic quantization (``quantize_dynamic``) scales the activations entering each int8 matrix product
by one range computed over the whole batch, so a pair's probabilities depend on the other pairs scored with it: on
the embedded model, up to 0.32 in probability between a pair scored alone and in a batch of 32, and the safe-zone
pair of the seeds between 0.70 and 0.89 (models/README.md, "Known limits"). Here every row (token) of every
quantized input gets its own symmetric scale instead, so a row's int8 codes, and therefore its scores, depend on that
row alone:

1. :func:`split_attention`: ONNX Runtime's fused ``Attention`` op (BERT fusion) takes its Q/K/V weights inside,
   where only the batch-wide ``QAttention`` can quantize them; it is rewritten as a ``MatMul`` with those weights,
   a ``Split`` and the same attention in ``MultiHeadAttention`` (identical fp32 outputs).
2. ``quantize_dynamic`` quantizes the weights of every constant-weight ``MatMul`` per output channel (int8).
3. :func:`rowwise_activations`: each ``DynamicQuantizeLinear`` (one scale for the whole tensor) becomes a
   ``QuantizeLinear`` with one scale per row over the last axis (opset 21 blocked quantization): scale = max |x| / 127
   over the row, zero point 128, so the codes span 1..255. The integer products downstream are unchanged; their
   rescaling already multiplies by the activation scale, which now broadcasts per row.

Measured on the embedded model (2-core CPU, batches of 32, 1,000 XNLI-fr test pairs; ``bench/nli_throughput.py``
and bench/README.md, 2026-12-04): a probability changes by 0.0000 between batches of 32 and of 1 (batch-wide
scales: up to 0.385); labels agree with fp32 on 98.2 % of pairs (batch-wide: 91.2 %); 174.5 pairs/s (batch-wide:
178.9).

Example:
    >>> from claims.quantize import quantize_rowwise
    >>> quantize_rowwise("fused.onnx", "int8.onnx")  # doctest: +SKIP
"""
from __future__ import annotations

import logging
import sys
from pathlib import Path

import numpy as np

MS_DOMAIN = "com.microsoft"
OPSET = 21  # blocked QuantizeLinear (a scale per block of the last axis)


def split_attention(model) -> int:
    """Rewrite fused ``Attention`` nodes as ``MatMul`` + ``Split`` + ``MultiHeadAttention``; returns how many.

    Only the plain encoder form is rewritten: inputs (hidden states, packed Q/K/V weights, bias, mask index) with
    equal Q/K/V sizes and ``num_heads`` as the only attribute. Any other ``Attention`` stays as it is (fp32).
    """
    from onnx import helper, numpy_helper

    g = model.graph
    init = {i.name: i for i in g.initializer}
    nodes, done = [], 0
    for n in g.node:
        attrs = {a.name: helper.get_attribute_value(a) for a in n.attribute}
        weights = init.get(n.input[1]) if n.op_type == "Attention" and len(n.input) > 1 else None
        if (n.op_type != "Attention" or n.domain != MS_DOMAIN or set(attrs) != {"num_heads"} or len(n.input) != 4
                or len(n.output) != 1 or weights is None or len(weights.dims) != 2 or weights.dims[1] % 3):
            nodes.append(n)
            continue
        done += 1
        p = f"{n.name or 'Attention'}_{done}_"
        width = int(weights.dims[1]) // 3
        g.initializer.append(numpy_helper.from_array(np.array([width] * 3, dtype=np.int64), p + "split"))
        x, w, bias, mask = n.input
        nodes += [helper.make_node("MatMul", [x, w], [p + "qkv"], name=p + "MatMul"),
                  helper.make_node("Split", [p + "qkv", p + "split"], [p + "q", p + "k", p + "v"], axis=-1,
                                   name=p + "Split"),
                  helper.make_node("MultiHeadAttention", [p + "q", p + "k", p + "v", bias, mask], list(n.output),
                                   domain=MS_DOMAIN, num_heads=attrs["num_heads"], name=p + "MultiHeadAttention")]
    del g.node[:]
    g.node.extend(nodes)
    return done


def rowwise_activations(model) -> int:
    """Replace each ``DynamicQuantizeLinear`` that feeds only ``MatMulInteger`` nodes by per-row quantization.

    Returns how many were replaced. The graph's default-domain opset is raised to 21 (blocked ``QuantizeLinear``);
    reductions take their axes as an input from opset 18 on, so a graph that still has them as an attribute is
    left unchanged (returns 0).
    """
    from onnx import TensorProto, helper, numpy_helper

    g = model.graph
    if any(n.op_type.startswith("Reduce") and any(a.name == "axes" for a in n.attribute) for n in g.node):
        return 0
    init = {i.name: i for i in g.initializer}
    consumers = _consumers(g)
    const = {"rq_127": 127.0, "rq_eps": 1e-8, "rq_zero": 0.0, "rq_128": 128.0}
    g.initializer.extend(numpy_helper.from_array(np.array(v, dtype=np.float32), k) for k, v in const.items())
    g.initializer.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), "rq_last_axis"))
    nodes, done = [], 0
    for n in g.node:
        users = consumers.get(n.output[0], []) if n.op_type == "DynamicQuantizeLinear" else []
        widths = {int(init[u.input[1]].dims[0]) for u in users
                  if u.op_type == "MatMulInteger" and u.input[1] in init and len(init[u.input[1]].dims) == 2}
        if (n.op_type != "DynamicQuantizeLinear" or len(widths) != 1
                or any(u.op_type != "MatMulInteger" or u.input[0] != n.output[0] for u in users)):
            nodes.append(n)
            continue
        done += 1
        x = n.input[0]
        y, y_scale, y_zero = n.output
        p = f"rq{done}_"
        # the integer products keep their scalar zero point input (128); QuantizeLinear needs one per row
        g.initializer.append(numpy_helper.from_array(np.array(128, dtype=np.uint8), y_zero))
        nodes += [helper.make_node("ReduceMax", [x, "rq_last_axis"], [p + "max"], keepdims=1),
                  helper.make_node("ReduceMin", [x, "rq_last_axis"], [p + "min"], keepdims=1),
                  helper.make_node("Neg", [p + "min"], [p + "neg_min"]),
                  helper.make_node("Max", [p + "max", p + "neg_min", "rq_eps"], [p + "abs_max"]),
                  helper.make_node("Div", [p + "abs_max", "rq_127"], [y_scale]),
                  helper.make_node("Mul", [y_scale, "rq_zero"], [p + "zeros"]),
                  helper.make_node("Add", [p + "zeros", "rq_128"], [p + "zero_f"]),
                  helper.make_node("Cast", [p + "zero_f"], [p + "zero_point"], to=TensorProto.UINT8),
                  helper.make_node("QuantizeLinear", [x, y_scale, p + "zero_point"], [y], axis=-1,
                                   block_size=widths.pop(), name=p + "QuantizeLinear")]
    del g.node[:]
    g.node.extend(nodes)
    _unfusable_biases(model)
    if done:
        for o in model.opset_import:
            if o.domain in ("", "ai.onnx"):
                o.version = max(o.version, OPSET)
    return done


def _unfusable_biases(model) -> int:
    """Keep ONNX Runtime from folding a constant bias into a per-row integer product.

    ONNX Runtime's ``MatMulIntegerToFloat`` fusion takes ``MatMulInteger -> Cast -> Mul(scales) -> Add(bias)`` into
    one kernel, which scales the bias wrongly when the activation scale has one value per row (ONNX Runtime 1.32:
    a bias of 8 came out as 0.008; without a bias the fused kernel is right). The bias of such an ``Add`` is made a
    runtime value (bias + 0 x the row scales, broadcast), which the fusion does not take. Returns how many.
    """
    from onnx import helper

    g = model.graph
    init = {i.name for i in g.initializer}
    producer = {o: n for n in g.node for o in n.output}
    consumers = _consumers(g)
    rowwise_scales = {n.input[1] for n in g.node if n.op_type == "QuantizeLinear" and n.name.startswith("rq")}

    def constant(name: str) -> bool:  # ONNX Runtime folds constants (a dequantized shared bias) before fusing
        node = producer.get(name)
        return name in init or (node is not None and node.op_type in ("Constant", "DequantizeLinear", "Identity",
                                                                       "Cast") and all(map(constant, node.input)))

    extra, done = [], 0
    for n in g.node:
        if n.op_type != "Add" or len(n.input) != 2 or not any(map(constant, n.input)):
            continue
        mul = producer.get(next((i for i in n.input if not constant(i)), ""))
        if mul is None or mul.op_type != "Mul" or len(consumers.get(mul.output[0], [])) != 1:
            continue
        cast = next((producer[i] for i in mul.input if i in producer and producer[i].op_type == "Cast"), None)
        matmul = producer.get(cast.input[0]) if cast is not None else None
        if matmul is None or matmul.op_type != "MatMulInteger":
            continue
        # the scale factor: the row scales times the weight scales (or the row scales themselves)
        factors = {i for i in mul.input if i != cast.output[0]}
        for f in list(factors):
            if f in producer and producer[f].op_type == "Mul":
                factors |= set(producer[f].input)
        row_scale = next((f for f in factors if f in rowwise_scales), None)
        if row_scale is None:
            continue
        done += 1
        bias = next(i for i in n.input if constant(i))
        p = f"rq_bias{done}_"
        extra += [helper.make_node("Mul", [row_scale, "rq_zero"], [p + "zeros"]),
                  helper.make_node("Add", [bias, p + "zeros"], [p + "bias"])]
        n.input[list(n.input).index(bias)] = p + "bias"
    if extra:  # topological order: each pair goes just before the Add that uses it (after its row scales)
        nodes = list(g.node)
        for k in range(0, len(extra), 2):
            user = next(i for i, node in enumerate(nodes) if extra[k + 1].output[0] in node.input)
            nodes[user:user] = extra[k:k + 2]
        del g.node[:]
        g.node.extend(nodes)
    return done


def quantize_rowwise(fused: str | Path, target: str | Path) -> dict:
    """int8 graph of an fp32 (fused) graph: per-channel int8 weights, per-row int8 activations.

    Returns what was done: {"attention_split": n, "rowwise": n, "batchwide": n} (``batchwide``: quantizers left
    batch-wide because their consumers are not plain integer products, 0 on BERT-style encoders; -1 when ONNX Runtime
    could not load the per-row graph and the whole graph fell back to batch-wide scales, with a warning).
    """
    import tempfile

    import onnx

    model = onnx.load(str(fused))
    split = split_attention(model)
    with tempfile.TemporaryDirectory(dir=Path(target).parent) as tmp:
        rewritten, quantized = Path(tmp) / "split.onnx", Path(tmp) / "dynamic.onnx"
        onnx.save(model, str(rewritten))
        del model
        _quantize_dynamic(rewritten, quantized, op_types=["MatMul", "EmbedLayerNormalization"])
        model = onnx.load(str(quantized))
    rowwise = rowwise_activations(model)
    left = sum(1 for n in model.graph.node if n.op_type == "DynamicQuantizeLinear")
    onnx.save(model, str(target))
    del model
    try:  # a graph ONNX Runtime cannot load (an op whose opset-21 form differs) falls back to batch-wide scales
        import onnxruntime as ort

        ort.InferenceSession(str(target), providers=["CPUExecutionProvider"])
    except Exception as err:  # noqa: BLE001 - any load failure means the same fallback
        print(f"claims: per-row int8 graph not loadable ({err}); using ONNX Runtime's batch-wide int8, whose scores "
              "depend a little on the batch", file=sys.stderr)
        quantize_batchwide(fused, target)
        return {"attention_split": 0, "rowwise": 0, "batchwide": -1}
    if left:
        print(f"claims: {left} int8 activation quantizer(s) stay batch-wide (not plain matrix products): those "
              "scores depend a little on the batch", file=sys.stderr)
    return {"attention_split": split, "rowwise": rowwise, "batchwide": left}


def quantize_batchwide(fused: str | Path, target: str | Path) -> None:
    """ONNX Runtime's own dynamic int8 (one activation scale per tensor and batch): claims' int8 graph until
    2026-12-04, kept to measure against (``bench/nli_throughput.py --rows int8-batchwide``)."""
    _quantize_dynamic(fused, target)


def _quantize_dynamic(src: str | Path, dst: str | Path, op_types: list[str] | None = None) -> None:
    """ONNX Runtime's ``quantize_dynamic``: int8 weights per output channel, constant-weight products only."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # onnxruntime's "consider pre-processing" advice is for static quantization
    try:
        quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, per_channel=True, reduce_range=False,
                         op_types_to_quantize=op_types,
                         extra_options={"MatMulConstBOnly": True, "DefaultTensorType": onnx.TensorProto.FLOAT})
    finally:
        root.setLevel(level)


def _consumers(graph) -> dict[str, list]:
    """Tensor name -> the nodes that read it."""
    found: dict[str, list] = {}
    for n in graph.node:
        for name in n.input:
            found.setdefault(name, []).append(n)
    return found
