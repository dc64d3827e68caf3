"""The `trialmine` command line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from trialmine.analysis import cli as analysis_cli
from trialmine.ner.cli import ner_app
from trialmine.validate.cli import validate_app

app = typer.Typer(
    help="trialmine: clinical literature in, a reviewed and queryable evidence table out.\n\n"
    "Typical use: `trialmine run` (extract from corpus/ into outputs/), then `trialmine validate` "
    "(score against corpus/gold), `trialmine query` (SQL over the views), `summary` and `export`.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(ner_app, name="ner", help="Train, evaluate and inspect the NER model (CHEMICAL, DISEASE).")
app.add_typer(validate_app, name="validate", help="Score the evidence table against the gold annotations.")
console = Console(stderr=True)


def _project_root() -> Path:
    """The folder holding `flows/` (the repo), so `trialmine run` works from any cwd of a checkout."""
    here = Path(__file__).resolve()
    for parent in [Path.cwd(), *here.parents]:
        if (parent / "flows" / "extract.py").exists():
            return parent
    raise typer.BadParameter("cannot find the flows/ folder: run trialmine from a checkout of the repository")


@app.command()
def run(
    corpus: Annotated[Path, typer.Option(help="Folder of documents (.txt, .md, .pdf, .jsonl abstracts).")] = Path("corpus"),
    out: Annotated[Path, typer.Option(help="Where evidence.parquet/.csv, run_report.json and the database go.")] = Path("outputs"),
    ner_model: Annotated[
        str | None, typer.Option(help="spaCy NER model name or path (default: TRIALMINE_NER_MODEL, else the bundled model).")
    ] = None,
    validate: Annotated[bool, typer.Option(help="Run the validation flow on the result (needs gold for the corpus).")] = False,
    prefect: Annotated[bool, typer.Option(help="Run as a Prefect flow (default); --no-prefect runs the same stages directly.")] = True,
) -> None:
    """Extract drugs, doses and results from every document in CORPUS into the evidence table."""
    if not corpus.is_dir():
        console.print(f"[red]error:[/] corpus folder not found: {corpus}")
        raise typer.Exit(2)
    from trialmine.store.db import StoreBusyError

    try:
        if prefect:
            sys.path.insert(0, str(_project_root()))
            from flows.extract import extract_flow

            with console.status(f"running the extraction flow on {corpus} (progress in the log lines) ..."):
                report = extract_flow(corpus=corpus, out=out, ner_model=ner_model, validate=False)
        else:
            report = _run_with_progress_bar(corpus, out, ner_model)
    except StoreBusyError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(3) from None
    _print_report(report)
    if validate:
        from trialmine.validate.cli import validate as validate_command
        from trialmine.validate import DEFAULT_THRESHOLDS

        validate_command(
            evidence=out / "evidence.parquet", gold=corpus / "gold", corpus=corpus, out=out,
            thresholds=DEFAULT_THRESHOLDS, as_json=False,
        )


def _run_with_progress_bar(corpus: Path, out: Path, ner_model: str | None):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    from trialmine.run import run_extraction

    with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console) as bar:
        task = bar.add_task("nlp + extraction", total=None)
        return run_extraction(corpus, out, ner_model=ner_model, progress=lambda done, total: bar.update(task, completed=done, total=total))


def _print_report(report) -> None:
    out = Console()
    table = Table(title=f"trialmine run {report.run_id}", show_header=False)
    table.add_row("documents", f"{report.documents_read} read, {report.documents_failed} failed ({report.documents_found} files found)")
    table.add_row("facts", ", ".join(f"{k}: {v}" for k, v in report.facts_by_kind.items()) or "none")
    table.add_row("results", ", ".join(f"{k}: {v}" for k, v in report.results_by_category.items()) or "none")
    table.add_row("NER model", report.ner_model + (f" ({report.ner_note})" if report.ner_note else ""))
    table.add_row("took", f"{report.duration_s:.1f} s")
    for name, path in report.outputs.items():
        table.add_row(name, path)
    out.print(table)
    for failure in report.failures:
        out.print(f"[red]failed[/] {failure['source']} [{failure['stage']}]: {failure['reason']}")
    for warning in report.warnings:
        out.print(f"[yellow]note[/] {warning['source']}: {warning['reason']}")


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
