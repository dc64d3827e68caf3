"""`trialmine validate`: score outputs/evidence.parquet against corpus/gold and gate on thresholds.

Exit codes: 0 all figures at or above threshold, 1 some below, 2 missing or malformed input
(or reports that cannot be written).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from trialmine.validate import (
    DEFAULT_THRESHOLDS,
    EvidenceError,
    GoldError,
    ThresholdError,
    ValidationReport,
    failure_message,
    load_arms,
    load_evidence,
    run_validation,
)
from trialmine.validate.match import METRICS
from trialmine.validate.report import (
    PRIMARY_MODE,
    arm_detection_cells,
    arm_detection_note,
    report_paths,
    threshold_status,
    v2_rows,
)

validate_app = typer.Typer(add_completion=False, no_args_is_help=False)


def figures_table(report: ValidationReport, mode: str) -> Table:
    table = Table(title=f"{mode} spans", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("metric", no_wrap=True)
    for col in ("P", "R", "F1"):
        table.add_column(col, justify="right", no_wrap=True)
    table.add_column("threshold", no_wrap=True)
    table.add_column("pass", no_wrap=True)
    for key, label in METRICS.items():
        sc = report.modes[mode].scores[key]
        thr, ok = threshold_status(report, mode, key)
        style = {"pass": "green", "FAIL": "bold red"}.get(ok, "")
        table.add_row(
            label, f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}", thr,
            f"[{style}]{ok}[/]" if style else ok,
        )  # fmt: skip
    return table


def v2_table(report: ValidationReport) -> Table:
    modes = sorted(report.modes, key=lambda m: m != PRIMARY_MODE)
    table = Table(title="v2 fields (gold v2 only)", title_justify="left", box=box.SIMPLE_HEAD)
    table.add_column("field", no_wrap=True)
    for mode in modes:
        table.add_column(mode, justify="right", no_wrap=True)
    table.add_column("over")
    for name, scope, cells in v2_rows(report):
        table.add_row(name, *cells, scope)
    return table


def _summary(report: ValidationReport, paths: dict[str, Path]) -> dict:
    ad = report.arm_detection
    return {
        "passed": report.passed,
        "failures": report.failures,
        "scores": {m: {k: vars(s) for k, s in r.scores.items()} for m, r in report.modes.items()},
        "fields": {m: {k: f.accuracy for k, f in r.fields.items()} for m, r in report.modes.items()},
        "v2_fields": {m: {k: f.accuracy for k, f in r.v2_fields.items()} for m, r in report.modes.items()},
        "arm_detection": vars(ad.score) if ad is not None and ad.score is not None else "not available",
        "misses": {m: len(r.misses) for m, r in report.modes.items()},
        "false_positives": {m: len(r.false_positives) for m, r in report.modes.items()},
        "reports": {k: str(p) for k, p in paths.items()},
    }


@validate_app.callback(invoke_without_command=True)
def validate(
    evidence: Annotated[Path, typer.Option(help="Evidence table (parquet).")] = Path("outputs/evidence.parquet"),
    gold: Annotated[Path, typer.Option(help="Directory of <doc_id>.jsonl gold files.")] = Path("corpus/gold"),
    corpus: Annotated[Path, typer.Option(help="Directory of <doc_id>.txt documents.")] = Path("corpus"),
    out: Annotated[Path, typer.Option(help="Where validation.{json,md,html} go.")] = Path("outputs"),
    thresholds: Annotated[Path, typer.Option(help="Thresholds TOML.")] = DEFAULT_THRESHOLDS,
    arms: Annotated[
        Path | None,
        typer.Option(help="Predicted arms (parquet); default: arms.parquet beside the evidence, if there."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON summary instead of a table.")] = False,
) -> None:
    """Score the evidence table against the gold; exit 1 if a figure is below its threshold."""
    err = Console(stderr=True)
    try:
        frame = load_evidence(evidence)
        arms_path = arms if arms is not None else evidence.parent / "arms.parquet"
        arms_frame = load_arms(arms_path) if arms is not None or arms_path.is_file() else None
        report, failures = run_validation(
            frame, gold, corpus, out, thresholds, evidence_label=str(evidence), arms=arms_frame
        )
    except (EvidenceError, GoldError, ThresholdError, OSError) as exc:
        err.print(f"[bold red]validate: cannot run:[/] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    paths = report_paths(out)
    if as_json:
        typer.echo(json.dumps(_summary(report, paths), indent=2, ensure_ascii=False))
    else:
        console = Console()
        console.print(f"[bold]Validation: {'[green]PASS' if report.passed else '[red]FAIL'}[/][/]")
        for mode in sorted(report.modes, key=lambda m: m != PRIMARY_MODE):
            console.print(figures_table(report, mode))
        console.print(v2_table(report))
        cells = arm_detection_cells(report)
        console.print(arm_detection_note(report) + (" P {} R {} F1 {} ({}), n accuracy {}".format(*cells) if cells else ""))
        console.print("Reports: " + ", ".join(str(p) for p in paths.values()), highlight=False, soft_wrap=True)
    if failures:
        err.print(failure_message(failures), markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(1)
