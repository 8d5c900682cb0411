"""The ``claims`` command line: thin Typer commands over the stage functions."""
from __future__ import annotations

import typer

app = typer.Typer(help="claims: who said what in French news, and where statements contradict each other.",
                  no_args_is_help=True, add_completion=False)
eval_app = typer.Typer(help="Evaluate a stage against gold data or a public benchmark.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
model_app = typer.Typer(help="Manage the NLI model.", no_args_is_help=True)
app.add_typer(model_app, name="model")


def main() -> None:
    app()


# Commands register themselves below, one block per stage; keep each block thin.


# ---- analyze / check / eval nli|stance|pairs|all / model (pipeline, NLI) -------------------------------
import json as _json  # noqa: E402
import sys as _sys  # noqa: E402
from pathlib import Path as _Path  # noqa: E402

from typing import List, Optional  # noqa: E402

from claims.pair import PairingSettings  # noqa: E402  (light: numpy only; its defaults are the CLI's)

ModelOpt = typer.Option(None, "--model", "-m", envvar="CLAIMS_MODEL",
                        help="NLI model: 'embedded' (default), a local directory or a Hub id.")


def _fail(message: str, code: int = 1) -> None:
    typer.secho(f"error: {message}", fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _check_out(path: _Path | None, folder: bool = False) -> None:
    """Fail at once, in one line, when an output cannot be written (before minutes of work, not after)."""
    import os

    if path is None or str(path) == "-":
        return
    target = path if folder else path.parent
    if folder and path.exists() and not path.is_dir():
        _fail(f"--out {path}: a file is in the way; give a folder", 2)
    if not folder and path.is_dir():
        _fail(f"--out {path}: is a folder; give a file name", 2)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        _fail(f"--out {path}: cannot create {target} ({err.strerror or err})", 2)
    if not os.access(target, os.W_OK):
        _fail(f"--out {path}: {target} is not writable", 2)


def _print_problems(problems) -> None:
    for p in problems:
        typer.secho(f"warning: {p}", fg=typer.colors.YELLOW, err=True)


@app.command()
def analyze(
    paths: List[_Path] = typer.Argument(..., help="Files or folders (.txt, .jsonl, .csv, .html; Parquet with --engine ray)."),
    out: _Path = typer.Option(_Path("out"), "--out", "-o", help="Output folder."),
    model: Optional[str] = ModelOpt,
    k: int = typer.Option(PairingSettings.k, help="Candidate pairs kept per statement."),
    min_similarity: float = typer.Option(PairingSettings.min_similarity,
                                         help="e5 cosine below which statements are not paired."),
    same_doc_k: int = typer.Option(PairingSettings.same_doc_k,
                                   help="Of the k places, give N to each statement's nearest statements of its own "
                                        "document."),
    date_window: Optional[int] = typer.Option(None, help="Only pair statements dated within N days."),
    review_db: Optional[_Path] = typer.Option(None, "--review-db", help="Also import the pairs into this review store."),
    int8: Optional[bool] = typer.Option(None, "--int8/--fp32", help="int8 NLI inference (default: the model's setting)."),
    cache: bool = typer.Option(True, "--cache/--no-cache", help="Reuse NLI scores of pairs seen before."),
    engine: str = typer.Option("local", help="local | ray"),
    address: Optional[str] = typer.Option(None, help="Ray cluster address (with --engine ray)."),
    strict: bool = typer.Option(False, help="Fail on any unreadable input."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars."),
) -> None:
    """Extract statements, pair them, score contradictions and stance; write the ranked outputs and report."""
    from claims.distributed import RayUnavailable
    from claims.nli import ModelError
    from claims.pair import PairingSettings
    from claims.pipeline import Settings, analyze as run_analysis
    from claims.export import write_analysis

    _check_out(out, folder=True)
    settings = Settings(model=model, quantize=int8, progress=not quiet, score_cache=cache,
                        pairing=PairingSettings(k=k, min_similarity=min_similarity, same_doc_k=same_doc_k,
                                                date_window_days=date_window))
    try:
        if engine == "ray":
            from claims.distributed import analyze_ray

            analysis = analyze_ray([str(p) for p in paths], settings, address=address)
        elif engine == "local":
            analysis = run_analysis(paths, settings)
        else:
            _fail(f"unknown engine {engine!r} (local or ray)", 2)
    except (ModelError, RayUnavailable) as err:
        _fail(str(err))
    _print_problems(analysis.problems)
    if not analysis.documents:
        _fail("no readable document in the input", 1)
    if strict and analysis.problems:
        _fail(f"{len(analysis.problems)} input problem(s) and --strict", 1)
    written = write_analysis(analysis, out)
    if review_db:
        from claims.review.store import import_pairs

        import_pairs(review_db, analysis.pairs)
        written["review_db"] = str(review_db)
    flagged = sum(p.stance == "disagree" for p in analysis.pairs)
    typer.echo(f"{len(analysis.documents)} documents, {len(analysis.statements)} statements, "
               f"{len(analysis.pairs)} pairs scored, {flagged} flagged as contradictions.")
    if not analysis.statements:
        typer.echo("No statements found: the outputs are empty (but valid).")
    elif not analysis.pairs:
        typer.echo("No candidate pairs: no two statements of different speakers are about the same thing.")
    for p in analysis.pairs[:5]:
        typer.echo(f"  #{p.rank} {p.stance:<9} {p.contradiction:.2f}  {p.a.speaker.name}: « {p.a.text[:60]} »  vs  "
                   f"{p.b.speaker.name}: « {p.b.text[:60]} »")
    for name, path in written.items():
        typer.echo(f"  {name}: {path}")


@app.command()
def check(
    claim: str = typer.Argument(..., help="The claim to check, in French."),
    paths: List[_Path] = typer.Argument(..., help="Files or folders to search."),
    model: Optional[str] = ModelOpt,
    out: Optional[_Path] = typer.Option(None, "--out", "-o", help="Write every statement's stance as JSONL."),
    top: int = typer.Option(15, help="Rows shown in the table."),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Every statement's stance toward CLAIM (supports / refutes / unrelated), strongest first."""
    from claims.extract import extract_statements
    from claims.nli import ModelError, get_model
    from claims.pipeline import load_documents
    from claims.stance import claim_stance, load_calibration

    if not claim.strip():
        _fail("the claim is empty; give the statement to check, in French", 2)
    _check_out(out)
    documents, problems = load_documents(paths)
    _print_problems(problems)
    if not documents:
        _fail("no readable document in the input", 1)
    statements = extract_statements(documents)
    try:
        nli = get_model(model)
    except ModelError as err:
        _fail(str(err))
    rows = claim_stance(claim, statements, nli, load_calibration(nli))
    if out:
        from claims.export import write_jsonl

        write_jsonl(rows, out)
    typer.echo(f"Claim: « {claim} » — {len(statements)} statements in {len(documents)} documents")
    typer.echo(f"{'stance':<10} {'strength':>8}  {'speaker':<34} {'side':<5} statement")
    for r in rows[:top]:
        st = r["statement"]
        typer.echo(f"{r['stance']:<10} {r['strength']:>8.2f}  {str(st['speaker']['name'])[:34]:<34} "
                   f"{str(st['speaker']['side'] or ''):<5} « {st['text'][:90]} »")
    counts = {s: sum(r["stance"] == s for r in rows) for s in ("supports", "refutes", "unrelated")}
    typer.echo(", ".join(f"{v} {k}" for k, v in counts.items()))


def _print_metrics(metrics: dict, title: str) -> None:
    typer.echo(title)
    width = max((len(k) for k in metrics), default=0)
    for key, value in metrics.items():
        typer.echo(f"  {key:<{width}}  {value:.4f}" if isinstance(value, float) else f"  {key:<{width}}  {value}")


@eval_app.command("nli")
def eval_nli(
    data: _Path = typer.Option(..., "--data", help="JSONL with premise, hypothesis, label (3-class or binary)."),
    limit: Optional[int] = typer.Option(None, help="Only the first N rows."),
    model: Optional[str] = ModelOpt,
    out: Optional[_Path] = typer.Option(None, "--out", "-o", help="Write the metrics as JSON (and a confusion PNG)."),
    int8: Optional[bool] = typer.Option(None, "--int8/--fp32"),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Accuracy, macro-F1 and per-class scores (3-class) or contradiction F1 and PR-AUC (binary)."""
    from claims.evaluation.nli import evaluate_nli
    from claims.nli import ModelError, get_model

    try:
        metrics = evaluate_nli(data, get_model(model, quantize=int8), limit=limit, out=out, progress=not quiet)
    except (ModelError, FileNotFoundError, ValueError) as err:
        _fail(str(err))
    _print_metrics(metrics, f"NLI evaluation on {data}")


@eval_app.command("stance")
def eval_stance(
    data: _Path = typer.Option(..., "--data", help="x-stance style JSONL: question, comment, label FAVOR/AGAINST."),
    limit: Optional[int] = typer.Option(None),
    model: Optional[str] = ModelOpt,
    out: Optional[_Path] = typer.Option(None, "--out", "-o"),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Zero-shot FAVOR/AGAINST macro-F1 (question = target, comment = text)."""
    from claims.evaluation.stance import evaluate_stance
    from claims.nli import ModelError, get_model

    try:
        metrics = evaluate_stance(data, get_model(model), limit=limit, out=out, progress=not quiet)
    except (ModelError, FileNotFoundError) as err:
        _fail(str(err))
    _print_metrics(metrics, f"Stance evaluation on {data}")


@eval_app.command("pairs")
def eval_pairs(
    gold: _Path = typer.Option(_Path("eval/gold/seeds.jsonl"), "--gold"),
    inputs: List[_Path] = typer.Option([_Path("seeds")], "--input", help="Documents the gold pairs come from."),
    model: Optional[str] = ModelOpt,
    out: Optional[_Path] = typer.Option(None, "--out", "-o"),
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Recall@k / precision@k of gold contradiction pairs, and agreement pairs wrongly flagged."""
    from claims.evaluation.pairs import evaluate_pairs
    from claims.pipeline import Settings, analyze as run_analysis

    analysis = run_analysis(inputs, Settings(model=model, progress=not quiet))
    metrics = evaluate_pairs(analysis.pairs, gold)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(_json.dumps(metrics, indent=2) + "\n")
    _print_metrics(metrics, f"Pair evaluation against {gold}")


@eval_app.command("all")
def eval_all(
    out: _Path = typer.Option(_Path("eval/report"), "--out", "-o", help="Folder for the Markdown report and JSON."),
    data_dir: Optional[_Path] = typer.Option(None, "--data-dir", help="Folder of the benchmark files (default ../shared/data)."),
    gold: _Path = typer.Option(_Path("eval/gold/seeds.jsonl"), "--gold"),
    limit: Optional[int] = typer.Option(None, help="Limit each benchmark to N rows (a quick look, not the reported figure)."),
    model: Optional[str] = ModelOpt,
    quiet: bool = typer.Option(False, "--quiet", "-q"),
) -> None:
    """Run every evaluator and write one Markdown report with the tables and plots."""
    from claims.evaluation.report import run_all

    report = run_all(out, data_dir=data_dir, gold=gold, limit=limit, model=model, progress=not quiet)
    typer.echo(report.read_text())


@model_app.command("info")
def model_info(model: Optional[str] = ModelOpt) -> None:
    """Where the model comes from, its labels and its calibration."""
    from claims.nli import ModelError, get_model, model_metadata
    from claims.stance import load_calibration

    try:
        nli = get_model(model)
    except ModelError as err:
        _fail(str(err))
    typer.echo(f"model: {nli.name}\npath: {nli.path}\nlabels: {nli.model.config.id2label}\nparameters: "
               f"{sum(p.numel() for p in nli.model.parameters()) / 1e6:.1f}M\n"
               f"inference: {'int8 (ONNX Runtime)' if nli.quantized else 'fp32'} on {nli.device_type}\n"
               f"calibration: {load_calibration(nli)}")
    extra = {k: v for k, v in model_metadata(nli).items() if k != "calibration"}
    if extra:
        typer.echo(_json.dumps(extra, indent=2))


@model_app.command("calibrate")
def model_calibrate(
    model: Optional[str] = ModelOpt,
    write: bool = typer.Option(False, "--write", help="Store it in the model's claims.json (embedded model or local dir)."),
) -> None:
    """Fit the contradiction calibration on the held-out dev data (never on reported benchmarks)."""
    from claims.nli import EMBEDDED, embedded_model_dir, get_model
    from claims.stance import calibrate, save_calibration

    nli = get_model(model)
    cal = calibrate(nli)
    typer.echo(str(cal))
    if write:
        target = embedded_model_dir() if nli.name == EMBEDDED else _Path(nli.name)
        save_calibration(cal, target / "claims.json")
        typer.echo(f"written to {target / 'claims.json'}")


# ---- review (fact-checkers' review queue, exports) -----------------------------------------------------
@app.command()
def review(
    db: _Path = typer.Option(_Path("review.db"), "--db", help="The review store (SQLite); created if missing."),
    import_path: Optional[_Path] = typer.Option(None, "--import", help="Upsert the pairs of an analysis "
                                                "(DIR/pairs.jsonl, or DIR) first; recorded decisions are kept."),
    host: str = typer.Option("127.0.0.1", help="Interface to listen on. Anything but loopback lets other "
                                               "machines record decisions."),
    port: int = typer.Option(8765, help="Port to listen on."),
    export: Optional[_Path] = typer.Option(None, "--export", help="Write DIR/review.csv, DIR/review.jsonl and "
                                           "DIR/claimreview.jsonld (ClaimReview for confirmed contradictions), "
                                           "then exit without serving."),
    history: bool = typer.Option(False, "--history", help="With --export: every decision, not only the latest "
                                                          "(CSV: one row per decision)."),
) -> None:
    """The review queue: a local web page to confirm, reject, relabel, skip, note and undo flagged pairs.

    Keys: a confirm, x reject, space skip, u undo. Exports (CSV, JSONL, ClaimReview JSON-LD) are linked at the
    bottom of the page, or written with --export DIR.
    """
    from claims.review.store import import_pairs

    if import_path:
        if import_path.is_dir():
            import_path = import_path / "pairs.jsonl"
        if not import_path.is_file():
            _fail(f"{import_path} is not a file (expected an analysis' pairs.jsonl)", 2)
        try:
            result = import_pairs(db, import_path)
        except (ValueError, KeyError, TypeError) as err:  # json.JSONDecodeError is a ValueError
            _fail(f"{import_path} is not a pairs.jsonl written by claims analyze ({err!r}); nothing imported")
        typer.echo(f"{db}: {result.added} new pairs, {result.updated} updated from {import_path}")
    if export:
        from claims.export import export_review

        if not db.exists():
            _fail(f"no review store at {db}", 2)
        for kind, path in export_review(db, export, history=history).items():
            typer.echo(f"  {kind}: {path}")
        return
    import uvicorn

    from claims.review.app import LOOPBACK_HOSTS, create_app

    loopback = host in ("127.0.0.1", "localhost", "::1")
    if not loopback:
        typer.secho(f"warning: listening on {host}: anyone who can reach this machine can record decisions",
                    fg=typer.colors.YELLOW, err=True)
    typer.echo(f"Review queue on http://{'[::1]' if host == '::1' else host}:{port}/  (store: {db}; Ctrl-C stops)")
    uvicorn.run(create_app(db, allowed_hosts=LOOPBACK_HOSTS if loopback else None), host=host, port=port,
                log_level="warning")
# ---- end review ---------------------------------------------------------------------------------------


# ---- extract / eval extraction (ingest, segment, attribute) --------------------------------------------
@app.command()
def extract(
    paths: List[_Path] = typer.Argument(..., help="Files or folders (.txt, .jsonl, .csv, .html)."),
    out: _Path = typer.Option(_Path("statements.jsonl"), "--out", "-o",
                              help="JSON Lines file, one statement a line ('-': standard output)."),
    strict: bool = typer.Option(False, help="Exit non-zero on any input problem (the readable rest is still written)."),
    max_chars: int = typer.Option(1_000_000, "--max-chars", help="Longest document read, in characters."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Every quoted or reported statement with its speaker (name, mention, side), kind, cue and offsets.

    Each unreadable file or line, and each quotation left open, gets one message (file and reason); every readable
    document is still processed. The exit code is non-zero only when nothing could be read (or with --strict).
    """
    from claims.export import write_jsonl
    from claims.extract import extract as run_extraction
    from claims.ingest import read_documents

    _check_out(out)
    documents, problems = read_documents(paths, max_chars=max_chars)
    if not documents:
        _print_problems(problems)
        _fail("no readable document in the input; nothing written", 1)
    result = run_extraction(documents, progress=not quiet)
    problems = problems + result.problems
    _print_problems(problems)
    write_jsonl((s.to_dict() for s in result.statements), out)
    speakers = len({s.speaker.id for s in result.statements if s.speaker.id})
    typer.echo(f"{len(documents)} documents, {len(result.statements)} statements, {speakers} speakers, "
               f"{len(problems)} input problem(s) -> {out}", err=str(out) == "-")  # stdout stays pure JSONL
    if strict and problems:
        _fail(f"{len(problems)} input problem(s) and --strict", 1)


@eval_app.command("extraction")
def eval_extraction(
    gold: _Path = typer.Option(_Path("eval/gold/seeds.jsonl"), "--gold", help="Gold JSONL ('type': 'statement' rows)."),
    inputs: List[_Path] = typer.Option([_Path("seeds")], "--input", help="Documents the gold statements come from."),
    out: Optional[_Path] = typer.Option(None, "--out", "-o", help="Write the flat metrics as JSON."),
    errors: bool = typer.Option(False, "--errors", help="Also list every miss, spurious statement and wrong speaker."),
) -> None:
    """Statement precision / recall / F1 (content overlap), speaker accuracy, end-to-end accuracy, per kind."""
    from claims.evaluation.extraction import ExtractionEvaluator, extraction_errors, extraction_metrics, \
        per_kind_table, read_gold_statements

    try:
        gold_rows = read_gold_statements(gold)
    except (OSError, ValueError) as err:
        _fail(f"cannot read the gold file {gold}: {err}", 2)
    evaluator = ExtractionEvaluator(gold, inputs)
    predicted = evaluator.predict()
    metrics = extraction_metrics(predicted, gold_rows, evaluator.texts)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(_json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    _print_metrics({k: v for k, v in metrics.items() if not k.startswith(("direct_", "indirect_", "mixed_"))},
                   f"Extraction against {gold}")
    typer.echo(per_kind_table(metrics).to_string())
    if errors:
        for e in extraction_errors(predicted, gold_rows, evaluator.texts):
            typer.echo(_json.dumps(e, ensure_ascii=False))
# ---- end extract ---------------------------------------------------------------------------------------
