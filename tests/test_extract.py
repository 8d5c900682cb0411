"""`claims extract` end to end through the CLI (typer's CliRunner on ``claims.cli.app``): bad input, exit codes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claims.cli import app

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    """One folder holding every kind of bad input next to readable articles."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (d / "latin1.txt").write_bytes("Réforme\nLe ministre a affirmé que la réforme serait votée à l'été.\n"
                                   .encode("latin-1"))
    (d / "nul.txt").write_bytes("Grève\n« Nous ne céderons pas », a déclaré la syndicaliste.\x00\x00\n"
                                .encode("utf-8"))
    (d / "huge.txt").write_bytes(("Le maire a indiqué que la route était fermée. " * 110_000).encode("utf-8"))
    lines = [json.dumps({"id": "j1", "title": "Sommet", "text": "Le sommet aura lieu en mai, a annoncé l'Elysée."},
                        ensure_ascii=False),
             '{"id": "j2", "text": "Il manque la fin',
             json.dumps({"id": "j3", "text": "Selon la police, trois personnes ont été interpellées."},
                        ensure_ascii=False)]
    (d / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "unbalanced.txt").write_text("Campagne\n« Nous allons gagner cette élection, a lancé le candidat.\n",
                                      encoding="utf-8")
    return d


def _statements(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_bad_input_one_message_per_problem_and_the_rest_processed(runner, bad_folder, tmp_path):
    out = tmp_path / "statements.jsonl"
    result = runner.invoke(app, ["extract", str(bad_folder), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    messages = [line for line in result.output.splitlines() if line.startswith(("warning:", "error:"))]

    def about(name: str) -> list[str]:
        return [m for m in messages if f"{name}" in m]

    assert len(about("empty.txt")) == 1 and "empty file" in about("empty.txt")[0]
    assert len(about("binary.txt")) == 1 and "binary" in about("binary.txt")[0]
    assert len(about("latin1.txt")) == 1 and "cp1252/latin-1" in about("latin1.txt")[0]
    assert len(about("nul.txt")) == 1 and "NUL" in about("nul.txt")[0]
    assert len(about("huge.txt")) == 1 and "too large" in about("huge.txt")[0]
    assert len(about("batch.jsonl")) == 1 and "batch.jsonl:2" in about("batch.jsonl")[0] \
        and "malformed JSON" in about("batch.jsonl")[0] and "line skipped" in about("batch.jsonl")[0]
    assert len(about("unbalanced.txt")) == 1 and "unbalanced quotation mark «" in about("unbalanced.txt")[0]
    assert len(messages) == 7, messages

    statements = _statements(out)
    by_doc = {s["doc"]: s for s in statements}
    assert set(by_doc) == {"latin1", "nul", "j1", "j3", "unbalanced"}
    assert by_doc["latin1"]["text"] == "la réforme serait votée à l'été"
    assert by_doc["nul"]["speaker"]["mention"] == "la syndicaliste"
    assert by_doc["j1"]["speaker"]["side"] == "FR"
    assert by_doc["unbalanced"]["text"] == "Nous allons gagner cette élection"
    for s in statements:  # the fields of ARCHITECTURE.md
        assert {"id", "doc", "start", "end", "text", "kind", "cue", "speaker"} <= set(s)
        assert set(s["speaker"]) == {"id", "name", "mention", "side"}


def test_exit_code_is_non_zero_only_when_nothing_was_read(runner, tmp_path):
    d = tmp_path / "nothing"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    result = runner.invoke(app, ["extract", str(d), "--out", str(tmp_path / "s.jsonl"), "--quiet"])
    assert result.exit_code == 1
    assert "no readable document" in result.output
    assert "empty.txt" in result.output and "binary.txt" in result.output
    assert not (tmp_path / "s.jsonl").exists()


def test_strict_fails_on_any_problem(runner, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "ok.txt").write_text("Titre\nLe ministre a affirmé que la trêve tenait.\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    out = tmp_path / "s.jsonl"
    assert runner.invoke(app, ["extract", str(d), "--out", str(out), "-q"]).exit_code == 0
    result = runner.invoke(app, ["extract", str(d), "--out", str(out), "-q", "--strict"])
    assert result.exit_code == 1 and "--strict" in result.output
    (d / "empty.txt").unlink()
    assert runner.invoke(app, ["extract", str(d), "--out", str(out), "-q", "--strict"]).exit_code == 0


def test_extract_the_seeds(runner, tmp_path):
    """The safe-zone claim and its denial come out with the right speakers and sides; no speaker stays a pronoun."""
    out = tmp_path / "seeds.jsonl"
    result = runner.invoke(app, ["extract", str(SEEDS), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    statements = _statements(out)
    claim = next(s for s in statements if "zone de sécurité en Syrie" in s["text"])
    assert claim["doc"] == "000_fe871207728f125b"
    assert claim["speaker"]["name"] == "un responsable du ministère turc des Affaires étrangères"
    assert claim["speaker"]["side"] == "TR"
    denial = next(s for s in statements if "il n'y a ni zone, ni abri sécurisé" in s["text"])
    assert (denial["speaker"]["name"], denial["speaker"]["side"], denial["kind"]) == ("Mark Toner", "US", "direct")
    erdogan = next(s for s in statements if "laissée seule face au terrorisme" in s["text"])
    assert (erdogan["doc"], erdogan["speaker"]["name"]) == ("003_63f74ef55cb79a06", "Recep Tayyip Erdogan")
    assert all(s["speaker"]["name"] and s["speaker"]["name"].lower() not in ("il", "elle", "ils", "elles", "on")
               for s in statements)
    # one canonical speaker across documents: "M. Carter" (001) is Ashton Carter, Erdogan in 002 and 003
    ids = {s["speaker"]["id"] for s in statements if s["speaker"]["name"] == "Recep Tayyip Erdogan"}
    assert len(ids) == 1
    for s in statements:  # offsets point at the statement in the stored text
        text = (SEEDS / f"{s['doc']}.txt").read_text(encoding="utf-8")
        assert text[s["start"]:s["end"]][:12] == s["text"][:12]


def test_parsing_in_two_processes_gives_the_same_statements(nlp, monkeypatch):
    """Large inputs are parsed by several spaCy processes; the statements must not depend on it."""
    from claims.extract import PARALLEL_FROM, extract_statements, parse_processes
    from claims.ingest import read_documents

    docs, problems = read_documents([Path(__file__).resolve().parents[1] / "seeds"])
    assert not problems and parse_processes(len(docs)) == 1 and parse_processes(PARALLEL_FROM) >= 1
    one = extract_statements(docs, nlp)
    monkeypatch.setenv("CLAIMS_PARSE_PROCESSES", "2")
    assert parse_processes(len(docs)) == 2
    two = extract_statements(docs, nlp)
    assert [s.to_dict() for s in two] == [s.to_dict() for s in one] and len(one) >= 40


def test_outputs_that_cannot_be_written_fail_at_once_in_one_line(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Titre\n« Nous irons jusqu'au bout », a déclaré le ministre.\n", encoding="utf-8")
    (tmp_path / "afile").write_text("x")
    (tmp_path / "adir").mkdir()
    for out in (tmp_path / "afile" / "x.jsonl", tmp_path / "adir"):
        r = runner.invoke(app, ["extract", str(article), "--out", str(out), "-q"])
        assert r.exit_code == 2 and "--out" in r.output and "Traceback" not in r.output, r.output
    r = runner.invoke(app, ["analyze", str(article), "--out", str(tmp_path / "afile"), "-q"])
    assert r.exit_code == 2 and "a file is in the way" in r.output


def test_extract_to_standard_output_and_through_a_link(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Titre\n« Nous irons jusqu'au bout », a déclaré le ministre.\n", encoding="utf-8")
    r = runner.invoke(app, ["extract", str(article), "--out", "-", "-q"])
    assert r.exit_code == 0
    assert json.loads(r.stdout.splitlines()[0])["text"] == "Nous irons jusqu'au bout"
    real, link = tmp_path / "real.jsonl", tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert runner.invoke(app, ["extract", str(article), "--out", str(link), "-q"]).exit_code == 0
    assert link.is_symlink() and _statements(real)[0]["cue"] == "déclarer"
