"""The `trialmine` command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from trialmine.analysis import cli as analysis_cli
from trialmine.ner.cli import ner_app
from trialmine.parser.cli import parser_app
from trialmine.phrases.cli import phrases_app
from trialmine.validate.cli import validate_app

app = typer.Typer(
    help="trialmine: clinical literature in, a reviewed and queryable evidence table out.\n\n"
    "Typical use: `trialmine run` (extract from corpus/ into outputs/), then `trialmine validate` "
    "(score against corpus/gold), `trialmine query` (SQL over the views), `summary` and `export`.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(ner_app, name="ner", help="Train, evaluate and inspect the NER model (CHEMICAL, DISEASE).")
app.add_typer(parser_app, name="parser", help="Train and evaluate the tagger + dependency parser (CRAFT treebank).")
app.add_typer(phrases_app, name="phrases", help="Train and try the learned outcome and arm phrase tagger (result sentences).")
app.add_typer(validate_app, name="validate", help="Score the evidence table against the gold annotations.")
console = Console(stderr=True)


EXIT_CODES = """Exit codes: 0 done; 1 validation below threshold; 2 bad input (missing corpus, NER model
that cannot load, --pipeline-config or a rules file it names that cannot be used); 3 another run holds
the output folder; 4 no document could be read (or, with --strict, any document failed); 5 another
error (logged in `trialmine runs`)."""


PIPELINE_CONFIG_HELP = (
    "A pipeline config to extract with instead of the installed configs/pipeline.toml (a copy of it, e.g. with "
    "custom arm rules: `config = { rules_path = ... }` under trialmine_arms); it and its rules files are part of the "
    "extractor version, so editing them re-extracts on the next run."
)


@app.command(epilog=EXIT_CODES)
def run(
    corpus: Annotated[Path, typer.Option(help="Folder of documents (.txt, .md, .pdf, JSON-lines abstracts, PubMed XML, MEDLINE).")] = Path("corpus"),
    out: Annotated[Path, typer.Option(help="Where evidence.parquet/.csv, run_report.json and the database go.")] = Path("outputs"),
    ner_model: Annotated[
        str | None, typer.Option(help="spaCy NER model name or path (default: TRIALMINE_NER_MODEL, else the bundled model); one that cannot load fails the run.")
    ] = None,
    inbox: Annotated[Path | None, typer.Option(help="An inbox folder read with the corpus (default CORPUS/inbox/, already part of it).")] = None,
    validate: Annotated[bool, typer.Option(help="Validate the table against the gold after publishing; below threshold the run fails.")] = False,
    gold: Annotated[Path | None, typer.Option(help="Gold folder for --validate (default CORPUS/gold).")] = None,
    prune: Annotated[bool, typer.Option(help="Remove the facts of documents no longer in the corpus.")] = False,
    keep_failed: Annotated[bool, typer.Option(help="A document that fails keeps its previous facts (default: they are removed).")] = False,
    strict: Annotated[bool, typer.Option(help="Any failed document fails the run (exit 4, nothing written).")] = False,
    wait: Annotated[float, typer.Option(help="Seconds to wait for another run on the same --out (default 0: exit 3 at once).")] = 0,
    redo: Annotated[list[str] | None, typer.Option(help="Re-extract this document (doc_id) even if unchanged; repeatable.")] = None,
    prefect: Annotated[bool, typer.Option(help="Run as a Prefect flow (default); --no-prefect runs the same stages directly.")] = True,
    workers: Annotated[int, typer.Option(min=1, help="Processes running the NLP batches at once (each loads the model; ~0.6 GB each).")] = 1,
    dask: Annotated[
        str | None, typer.Option(help="Run the NLP batches on a Dask cluster: its scheduler address (tcp://HOST:8786), or 'local' for a LocalCluster of --workers processes.")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per NLP batch (one Prefect task each).")] = 32,
    pipeline_config: Annotated[Path | None, typer.Option(help=PIPELINE_CONFIG_HELP)] = None,
) -> None:
    """Extract drugs, doses and results from the new and changed documents in CORPUS into the
    evidence table (unchanged documents keep their facts; see `trialmine runs`)."""
    if not corpus.is_dir():
        console.print(f"[red]error:[/] corpus folder not found: {escape(str(corpus))}")
        raise typer.Exit(2)
    pipeline_config = _checked_pipeline_config(pipeline_config)
    from trialmine.ner import ModelNotFoundError
    from trialmine.run import DocumentsFailed, RunOptions
    from trialmine.store.db import StoreBusyError
    from trialmine.store.lock import RunLocked
    from trialmine.validate import ValidationFailed
    from trialmine.version import ModelUnavailableError, PipelineConfigError

    options = RunOptions(
        corpus=corpus, out=out, ner_model=ner_model, pipeline_config=pipeline_config, inbox=inbox, prune=prune, keep_failed=keep_failed,
        strict=strict, wait_s=wait, validate=validate, gold=gold, redo=tuple(redo or ()),
        workers=workers, dask=dask, batch_size=batch_size,
    )  # fmt: skip
    if dask and not prefect:
        console.print("[red]error:[/] --dask runs the NLP batches as Prefect tasks; it cannot be combined with --no-prefect")
        raise typer.Exit(2)
    try:
        if prefect:
            report = _run_flow(options)
        else:
            report = _run_with_progress_bar(options)
    except (RunLocked, StoreBusyError) as exc:
        _fail(exc, 3)
    except (ModelUnavailableError, ModelNotFoundError, PipelineConfigError) as exc:
        _fail(exc, 2)
    except DocumentsFailed as exc:
        _fail(exc, 4)
    except ValidationFailed as exc:
        _fail(exc, 1, f"see {out / 'validation.md'} and `trialmine runs`")
    except Exception as exc:  # noqa: BLE001  (recorded in the run history; a one-line message here)
        _fail(exc, 5, "the run is logged as failed: `trialmine runs`")
    _print_report(report)


def _checked_pipeline_config(path: Path | None) -> Path | None:
    """The config as an absolute path (worker processes and scheduled runs start elsewhere), checked
    with the rules files it names before any work: exit 2 naming the file and the problem."""
    if path is None:
        return None
    from trialmine.version import PipelineConfigError, load_pipeline_config

    path = path.expanduser().resolve()
    try:
        load_pipeline_config(path)
    except PipelineConfigError as exc:
        _fail(exc, 2)
    return path


def _fail(exc: BaseException, code: int, hint: str = "") -> None:
    console.print(f"[red]error:[/] {escape(str(exc))}" + (f"\n{escape(hint)}" if hint else ""))
    raise typer.Exit(code)


def _run_flow(options):
    from trialmine.flows.server import guard_temporary_server

    guard_temporary_server()  # a temporary Prefect server dies with this process, even when killed
    from trialmine.flows.extract import flow_with_runner

    with console.status(f"running the extraction flow on {options.corpus} (progress in the log lines) ..."):
        return flow_with_runner(options.workers, options.dask)(
            corpus=options.corpus, out=options.out, ner_model=options.ner_model, inbox=options.inbox,
            validate=options.validate, gold=options.gold, prune=options.prune, keep_failed=options.keep_failed,
            strict=options.strict, wait=options.wait_s, redo=list(options.redo), batch_size=options.batch_size,
            pipeline_config=options.pipeline_config,
        )  # fmt: skip


def _run_with_progress_bar(options):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from trialmine.run import run_stages

    with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console) as bar:
        task = bar.add_task("nlp + extraction", total=None)
        return run_stages(options, progress=lambda done, total: bar.update(task, completed=done, total=total))


def _print_report(report) -> None:
    out = Console()
    table = Table(title=f"trialmine run {escape(report.run_id)}", show_header=False)
    rows = [
        ("documents", f"{report.documents_read} read ({report.documents_new} new, {report.documents_changed} changed, "
                      f"{report.documents_unchanged} unchanged), {report.documents_failed} failed ({report.documents_found} files found)"),
        ("processed", f"{report.documents_processed} documents through the NLP"),
        ("facts", f"{report.facts_added} added, {report.facts_replaced} replaced, {report.facts_removed} removed"),
        ("table", ", ".join(f"{k}: {v}" for k, v in report.facts_by_kind.items()) or "empty"),
        ("results", ", ".join(f"{k}: {v}" for k, v in report.results_by_category.items()) or "none"),
        ("NER model", report.ner_model + (f" ({report.ner_note})" if report.ner_note else "")),
        ("pipeline config", report.pipeline_config or "installed configs/pipeline.toml"),
        ("version", report.version),
        ("took", f"{report.duration_s:.1f} s"),
        *report.outputs.items(),
    ]  # fmt: skip
    if report.documents_removed:
        rows.append(("removed", ", ".join(report.documents_removed)))
    if report.documents_missing:
        rows.append(("missing", f"{len(report.documents_missing)} documents gone from the corpus keep their facts (--prune removes them)"))
    if report.failed_kept:
        rows.append(("kept", f"failed documents keeping their previous facts (--keep-failed): {', '.join(report.failed_kept)}"))
    for name, value in rows:
        table.add_row(Text(name), Text(str(value)))
    out.print(table)
    for failure in report.failures:
        out.print(Text.assemble(("failed ", "red"), f"{failure['source']} [{failure['stage']}]: {failure['reason']}"))
    for warning in report.warnings:
        out.print(Text.assemble(("note ", "yellow"), f"{warning['source']}: {warning['reason']}"))


runs_app = typer.Typer(help="The run history of an output folder: every run, completed, failed or interrupted.")
app.add_typer(runs_app, name="runs")


@runs_app.callback(invoke_without_command=True)
def runs(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option(help="The outputs folder holding trialmine.duckdb.")] = Path("outputs"),
    limit: Annotated[int, typer.Option(help="How many runs, newest first.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON records (with each run's report).")] = False,
) -> None:
    """List the runs, newest first: `trialmine runs show ID` prints one."""
    if ctx.invoked_subcommand is not None:
        return
    import pandas as pd

    history = _history(out, limit)
    if as_json:
        print(history.to_json(orient="records", date_format="iso", force_ascii=False))
        return
    table = Table("run", "status", "trigger", "started (UTC)", "took", "docs new/chg/same/fail/rm", "facts +/~/-", "valid.")
    for row in history.itertuples(index=False):
        r = row.report or {}
        took = (row.finished_at - row.started_at).total_seconds() if pd.notna(row.finished_at) else None
        cells = [
            row.run_id, row.status, row.trigger or "", str(row.started_at)[:19], f"{took:.1f} s" if took is not None else "",
            "/".join(str(r.get(k, "")) for k in ("documents_new", "documents_changed", "documents_unchanged", "documents_failed"))
            + f"/{len(r.get('documents_removed', []))}" if r else "",
            "/".join(str(r.get(k, "")) for k in ("facts_added", "facts_replaced", "facts_removed")) if r else "",
            _validation_cell(r.get("validation") or {}),
        ]  # fmt: skip
        table.add_row(*(Text(str(c)) for c in cells))
    Console(width=max(Console().width, 150)).print(table)


@runs_app.command("show")
def runs_show(
    run_id: Annotated[str, typer.Argument(help="A run id (or a unique prefix) from `trialmine runs`.")],
    out: Annotated[Path, typer.Option(help="The outputs folder holding trialmine.duckdb.")] = Path("outputs"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the run as JSON.")] = False,
) -> None:
    """Print one run: status, error, counts, failures and validation figures."""
    import json

    history = _history(out)
    match = history[history["run_id"].str.startswith(run_id)]
    if len(match) != 1:
        console.print(f"[red]error:[/] {'no run' if match.empty else 'several runs'} matching {escape(run_id)!r} in {escape(str(out))}")
        raise typer.Exit(2)
    row = match.iloc[0].to_dict()
    record = {k: (None if v is None or v != v else v) for k, v in row.items() if k != "report"}
    record = {k: (str(v) if k in ("started_at", "finished_at") and v is not None else v) for k, v in record.items()}
    if as_json:
        print(json.dumps({**record, "report": row["report"]}, default=str, ensure_ascii=False))
        return
    table = Table(title=Text(f"run {row['run_id']}"), show_header=False)
    for key, value in record.items():
        table.add_row(Text(key), Text("" if value is None else str(value)))
    for key, value in (row["report"] or {}).items():
        if key in ("failures", "warnings", "outputs", "run_id", "started_at", "finished_at", "trigger", "version"):
            continue
        table.add_row(Text(key), Text(json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else str(value)))
    Console().print(table)
    for failure in (row["report"] or {}).get("failures", []):
        Console().print(Text.assemble(("failed ", "red"), f"{failure['source']} [{failure['stage']}]: {failure['reason']}"))


def _validation_cell(validation: dict) -> str:
    if not validation:
        return ""
    return "pass" if validation.get("passed") else "FAIL"


def _history(out: Path, limit: int | None = None):
    from trialmine.store.db import StoreBusyError, list_runs

    database = out / "trialmine.duckdb"
    if not database.exists():
        console.print(f"[red]error:[/] no database at {escape(str(database))}: run `trialmine run` first")
        raise typer.Exit(2)
    try:
        return list_runs(database, limit=limit)
    except StoreBusyError as exc:
        _fail(exc, 3)


@app.command()
def schedule(
    cron: Annotated[str | None, typer.Option(help='Cron schedule, e.g. "0 6 * * *" (06:00 every day).')] = None,
    interval: Annotated[float | None, typer.Option(help="Or: seconds between runs.")] = None,
    corpus: Annotated[Path, typer.Option(help="Folder the scheduled runs read (the inbox lives in it).")] = Path("corpus"),
    out: Annotated[Path, typer.Option(help="Output folder of the scheduled runs.")] = Path("outputs"),
    name: Annotated[str, typer.Option(help="Deployment name (shown in the Prefect UI as trialmine-extract/NAME).")] = "scheduled",
    validate: Annotated[bool, typer.Option(help="Validate every run against the gold; below threshold the run fails.")] = False,
    gold: Annotated[Path | None, typer.Option(help="Gold folder (default CORPUS/gold).")] = None,
    ner_model: Annotated[str | None, typer.Option(help="spaCy NER model name or path.")] = None,
    prune: Annotated[bool, typer.Option(help="Remove the facts of documents no longer in the corpus.")] = False,
    keep_failed: Annotated[bool, typer.Option(help="A document that fails keeps its previous facts.")] = False,
    wait: Annotated[float, typer.Option(help="Seconds a run waits for another one on the same --out.")] = 600,
    pipeline_config: Annotated[Path | None, typer.Option(help=PIPELINE_CONFIG_HELP)] = None,
) -> None:
    """Serve the extraction flow as a Prefect deployment on a schedule (blocks; Ctrl-C stops).

    Needs a running Prefect server: `prefect server start`, and PREFECT_API_URL set to it."""
    from trialmine.flows.schedule import NoPrefectServer, run_parameters, serve_extraction

    if (cron is None) == (interval is None):
        console.print("[red]error:[/] give exactly one of --cron or --interval")
        raise typer.Exit(2)
    if not corpus.is_dir():
        console.print(f"[red]error:[/] corpus folder not found: {escape(str(corpus))}")
        raise typer.Exit(2)
    pipeline_config = _checked_pipeline_config(pipeline_config)
    parameters = run_parameters(
        corpus, out, validate=validate, gold=gold, ner_model=ner_model, prune=prune, keep_failed=keep_failed, wait=wait,
        pipeline_config=pipeline_config,
    )
    try:
        serve_extraction(parameters, cron=cron, interval=interval, name=name)
    except NoPrefectServer as exc:
        _fail(exc, 2)


app.command()(analysis_cli.query)
app.command()(analysis_cli.summary)
app.command()(analysis_cli.export)


@app.command()
def review(
    out: Annotated[Path, typer.Option(help="The outputs folder: reads trialmine.duckdb, writes decisions to review.duckdb.")] = Path("outputs"),
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8765,
    reviewer: Annotated[str | None, typer.Option(help="Your name, recorded with every decision (changeable in the page).")] = None,
) -> None:
    """Review every extracted fact in its context in the browser: accept, reject or correct it."""
    import uvicorn

    from trialmine.review.app import create_app

    if not (out / "trialmine.duckdb").exists():
        console.print(f"[red]error:[/] no database at {out / 'trialmine.duckdb'}: run `trialmine run --out {out}` first")
        raise typer.Exit(2)
    console.print(f"reviewing {out}: open http://{host}:{port}/  (decisions go to {out / 'review.duckdb'}; Ctrl+C stops)")
    uvicorn.run(create_app(out, reviewer=reviewer), host=host, port=port, log_level="warning")


if __name__ == "__main__":  # pragma: no cover
    app()
