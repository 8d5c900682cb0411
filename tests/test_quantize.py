"""claims.quantize: per-row int8 graphs (batch-independent scores), on synthetic graphs and a tiny BERT."""
from __future__ import annotations

import numpy as np
import pytest

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")


def _session(path, optimize: bool = True):
    options = ort.SessionOptions()
    options.graph_optimization_level = (ort.GraphOptimizationLevel.ORT_ENABLE_ALL if optimize
                                        else ort.GraphOptimizationLevel.ORT_DISABLE_ALL)
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def _dense(tmp_path, rank: int, bias: bool):
    """x @ W (+ b) as an fp32 ONNX file, and W, b."""
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(rank + 10 * bias)
    w = rng.normal(size=(32, 16)).astype(np.float32)
    b = np.full(16, 8.0, dtype=np.float32) if bias else np.zeros(16, dtype=np.float32)
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [None] * (rank - 1) + [32])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, None)
    nodes = [helper.make_node("MatMul", ["x", "w"], ["m" if bias else "y"])]
    inits = [numpy_helper.from_array(w, "w")]
    if bias:
        nodes.append(helper.make_node("Add", ["m", "b"], ["y"]))
        inits.append(numpy_helper.from_array(b, "b"))
    model = helper.make_model(helper.make_graph(nodes, "dense", [x], [y], inits),
                              opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 9
    path = tmp_path / f"dense{rank}{bias}.onnx"
    onnx.save(model, str(path))
    return path, w, b


@pytest.mark.parametrize("rank", [2, 3])
@pytest.mark.parametrize("bias", [False, True])
def test_rowwise_int8_computes_the_product_with_all_optimisations_on(tmp_path, rank, bias):
    """Also with a bias, which ONNX Runtime's fused integer kernel got wrong with per-row scales (8 came out 0.008)."""
    from claims.quantize import quantize_rowwise

    path, w, b = _dense(tmp_path, rank, bias)
    done = quantize_rowwise(path, tmp_path / "int8.onnx")
    assert done["rowwise"] == 1 and done["batchwide"] == 0
    x = np.random.default_rng(1).normal(size=(3, 32) if rank == 2 else (3, 5, 32)).astype(np.float32)
    want = x @ w + b
    for optimize in (True, False):
        got = _session(tmp_path / "int8.onnx", optimize).run(None, {"x": x})[0]
        assert np.abs(got - want).max() < 0.05 * np.abs(x @ w).max(), (optimize, np.abs(got - want).max())


def test_rowwise_int8_rows_do_not_depend_on_their_batch(tmp_path):
    from claims.quantize import quantize_rowwise

    path, _, _ = _dense(tmp_path, 3, True)
    quantize_rowwise(path, tmp_path / "int8.onnx")
    sess = _session(tmp_path / "int8.onnx")
    rng = np.random.default_rng(2)
    row = rng.normal(size=(1, 4, 32)).astype(np.float32)
    loud = 50 * rng.normal(size=(2, 4, 32)).astype(np.float32)  # large activations elsewhere in the batch
    alone = sess.run(None, {"x": row})[0]
    batched = sess.run(None, {"x": np.concatenate([loud, row])})[0]
    assert np.array_equal(alone[0], batched[2])


def test_split_attention_keeps_the_fp32_outputs_and_the_int8_graph_stays_close(tmp_path):
    """Fused Attention -> MatMul + Split + MultiHeadAttention: same outputs; per-row int8 of it close to fp32."""
    import torch
    from test_nli import tiny_model_dir

    from claims.nli import NLIModel, export_onnx
    from claims.quantize import quantize_rowwise, split_attention

    d = tiny_model_dir(tmp_path / "m", {0: "entailment", 1: "neutral", 2: "contradiction"}, 1)
    model = NLIModel(str(d), quantize=False).model
    with torch.no_grad():  # a classifier that reads its input, so the encoder's errors would show
        model.classifier.weight.normal_()
    work = tmp_path / "w"
    work.mkdir()
    export_onnx(model, work, int8=False)
    fused = onnx.load(str(work / "fused.onnx"))
    assert sum(n.op_type == "Attention" for n in fused.graph.node) == 1
    assert split_attention(fused) == 1
    assert not any(n.op_type == "Attention" for n in fused.graph.node)
    onnx.save(fused, str(work / "split.onnx"))
    ids = np.array([[2, 4, 5, 3, 4, 6, 5, 7, 3], [2, 4, 3, 5, 6, 7, 3, 0, 0]], dtype=np.int64)
    feed = {"input_ids": ids, "attention_mask": (ids > 0).astype(np.int64)}
    want = _session(work / "fused.onnx").run(None, feed)[0]
    assert np.abs(_session(work / "split.onnx").run(None, feed)[0] - want).max() < 1e-5
    done = quantize_rowwise(work / "fused.onnx", work / "int8.onnx")
    assert done["attention_split"] == 1 and done["batchwide"] == 0 and done["rowwise"] >= 4
    got = _session(work / "int8.onnx").run(None, feed)[0]
    assert np.abs(got - want).max() < 0.1 * (1 + np.abs(want).max()), (got, want)
