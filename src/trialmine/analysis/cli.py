"""The analyst commands `trialmine query`, `summary` and `export` (registered by trialmine.cli).

Cells are printed as text (`rich.text.Text`), never as Rich markup: "[ref 3]" and "a[/]b" print as
written. Errors are one line on stderr, markup-escaped.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from trialmine.store.db import StoreBusyError

err = Console(stderr=True)

OutputsOption = Annotated[Path, typer.Option("--outputs", help="The outputs folder holding trialmine.duckdb (and review.duckdb).")]
ReviewedOption = Annotated[bool, typer.Option("--reviewed", help="Only accepted (and corrected) facts.")]
RejectedOption = Annotated[bool, typer.Option("--include-rejected", help="Show facts a reviewer rejected too.")]


class QueryFormat(str, enum.Enum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


class ExportFormat(str, enum.Enum):
    parquet = "parquet"
    csv = "csv"
    xlsx = "xlsx"


def fail(message: str, code: int) -> typer.Exit:
    err.print(Text("error: ", style="red") + Text(" ".join(message.split())), soft_wrap=True)
    return typer.Exit(code)


@contextmanager
def store_exit_codes() -> Iterator[None]:
    """Opening the store, as exit codes: 2 when the outputs folder or database is missing, 3 when a
    writer holds it."""
    try:
        yield
    except FileNotFoundError as exc:
        raise fail(str(exc), 2) from None
    except StoreBusyError as exc:
        raise fail(str(exc), 3) from None


def cell(value: object) -> Text:
    if value is None or (not isinstance(value, (list, dict)) and pd.isna(value)):
        return Text("")
    if isinstance(value, float):
        return Text(f"{value:g}")
    return Text(str(value))


def rich_table(frame: pd.DataFrame, title: str | None = None) -> Table:
    table = Table(title=Text(title) if title else None, title_justify="left")
    for column in frame.columns:
        table.add_column(Text(str(column)), overflow="fold")
    for row in frame.itertuples(index=False):
        table.add_row(*(cell(v) for v in row))
    return table


def _text_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists and JSON (segments, drugs) as text, for CSV and Excel."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object and out[column].map(lambda v: isinstance(v, (list, dict, tuple))).any():
            out[column] = out[column].map(lambda v: None if v is None else str(list(v) if isinstance(v, tuple) else v)).astype("string")
    return out


def write_frame(frame: pd.DataFrame, fmt: str, target: Path) -> Path:
    """CSV, JSON records, Parquet or Excel, written atomically."""
    from trialmine.store.files import atomic_path

    with atomic_path(target) as tmp:
        if fmt == "parquet":
            frame.to_parquet(tmp, index=False)
        elif fmt == "csv":
            _text_safe(frame).to_csv(tmp, index=False)
        elif fmt == "json":
            tmp.write_text(frame.to_json(orient="records", force_ascii=False, date_format="iso"), encoding="utf-8")
        elif fmt == "xlsx":
            _text_safe(frame).to_excel(tmp, index=False, engine="openpyxl", sheet_name="evidence")
        else:  # pragma: no cover (typer checks the choice)
            raise ValueError(fmt)
    return target


_SUFFIXES = {".csv": "csv", ".json": "json", ".parquet": "parquet"}


def _format_of(path: Path) -> str:
    return _SUFFIXES[path.suffix.lower()]


def query(
    sql: Annotated[str, typer.Argument(help="SQL over the views results, doses, arms, drugs, documents, facts and the tables evidence, runs.")],
    outputs: OutputsOption = Path("outputs"),
    fmt: Annotated[QueryFormat, typer.Option("--format", help="table (printed), csv, json or parquet.")] = QueryFormat.table,
    out: Annotated[Path | None, typer.Option("--out", help="Write the result to this file (csv/json/parquet).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Same as --format json.")] = False,
    reviewed: ReviewedOption = False,
    include_rejected: RejectedOption = False,
) -> None:
    """Read-only SQL over the evidence database, e.g.
    trialmine query "SELECT endpoint, value, n_total, regimen FROM results WHERE endpoint = 'ORR'"."""
    from trialmine.analysis.query import QueryFailed, QueryRefused, run_query

    fmt_name = "json" if as_json else fmt.value
    if fmt_name == "parquet" and out is None:
        raise fail("--format parquet needs --out FILE", 2)
    if out is not None and out.is_dir():
        raise fail(f"--out is the file to write and {out} is a folder; the outputs folder is --outputs", 2)
    if out is not None and fmt_name == "table" and out.suffix.lower() not in _SUFFIXES:
        raise fail(f"cannot tell the format of {out}: give --format csv, json or parquet", 2)
    try:
        with store_exit_codes():
            frame = run_query(outputs, sql, reviewed=True if reviewed else None, include_rejected=include_rejected)
    except QueryRefused as exc:
        raise fail(str(exc), 4) from None
    except QueryFailed as exc:
        raise fail(f"query failed: {exc}", 1) from None
    if out is not None:
        write_frame(frame, fmt_name if fmt_name != "table" else _format_of(out), out)
        err.print(Text(f"wrote {len(frame)} rows to {out}"))
    elif fmt_name == "table":
        Console().print(rich_table(frame))
    elif fmt_name == "csv":
        typer.echo(_text_safe(frame).to_csv(index=False), nl=False)
    else:
        typer.echo(frame.to_json(orient="records", force_ascii=False, date_format="iso"))


def summary(
    outputs: OutputsOption = Path("outputs"),
    plot: Annotated[Path | None, typer.Option("--plot", help="Also draw the values of --endpoint by regimen into this PNG.")] = None,
    endpoint: Annotated[str, typer.Option(help="The endpoint code to plot (ORR, CR, CR/CRi, OS, SVR35 ...).")] = "ORR",
    reviewed: ReviewedOption = False,
    include_rejected: RejectedOption = False,
) -> None:
    """Counts and value ranges per drug, per endpoint and per arm; --plot draws one endpoint."""
    from trialmine.analysis.summary import endpoint_values, plot_endpoint, summary_frames
    from trialmine.api import connect

    with store_exit_codes():
        con = connect(outputs, reviewed=True if reviewed else None, include_rejected=include_rejected)
    try:
        frames = summary_frames(con)
        values = endpoint_values(con, endpoint) if plot else None
    finally:
        con.close()
    console = Console()
    titles = {"drugs": "per drug", "endpoints": "per endpoint (values in the endpoint's unit, % unless stated)", "arms": "per arm (efficacy results; regimen where no arm is labelled)"}
    for name, frame in frames.items():
        console.print(rich_table(frame, title=titles[name]))
    if plot is not None:
        try:
            plot_endpoint(values, endpoint, plot)
        except ValueError as exc:
            raise fail(str(exc), 1) from None
        err.print(Text(f"wrote {plot} ({len(values)} {endpoint} values)"))


def export(
    out: Annotated[Path, typer.Option("--out", help="The file to write.")],
    fmt: Annotated[ExportFormat, typer.Option("--format", help="parquet, csv or xlsx.")] = ExportFormat.parquet,
    outputs: OutputsOption = Path("outputs"),
    view: Annotated[str, typer.Option(help="facts (every fact, all kinds), results, doses, arms, drugs or documents.")] = "facts",
    reviewed: ReviewedOption = False,
    include_rejected: RejectedOption = False,
) -> None:
    """Export a view with the reviewers' corrections applied (atomically), e.g.
    trialmine export --reviewed --format xlsx --out reviewed.xlsx."""
    from trialmine.api import load

    try:
        with store_exit_codes():
            frame = load(outputs, view=view, reviewed=True if reviewed else None, include_rejected=include_rejected)
    except ValueError as exc:
        raise fail(str(exc), 2) from None
    write_frame(frame, fmt.value, out)
    err.print(Text(f"wrote {len(frame)} rows of {view}{' (accepted facts only)' if reviewed else ''} to {out}"))
