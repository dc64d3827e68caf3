"""`trialmine summary`: counts and value ranges per drug, endpoint and arm, and a plot of one endpoint."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from trialmine.api import typed_frame
from trialmine.store.files import atomic_path

_RANGE = "CASE WHEN min(v) IS NULL THEN NULL WHEN min(v) = max(v) THEN format('{:g}', min(v)) ELSE format('{:g}–{:g}', min(v), max(v)) END"

PER_DRUG = """
    WITH d AS (SELECT drug, count(DISTINCT doc_id) AS documents, sum(mentions) AS mentions, sum(results) AS results
               FROM drugs GROUP BY drug),
         by_unit AS (SELECT drug, unit, count(*) AS doses, min(amount_low) AS lo, max(amount_high) AS hi
                     FROM doses WHERE drug IS NOT NULL GROUP BY drug, unit),
         x AS (SELECT drug, sum(doses) AS doses,
                      string_agg(CASE WHEN lo = hi THEN format('{:g} {}', lo, unit) ELSE format('{:g}–{:g} {}', lo, hi, unit) END,
                                 '; ' ORDER BY unit) AS dose_range
               FROM by_unit GROUP BY drug)
    SELECT d.drug, d.documents, d.mentions, coalesce(x.doses, 0) AS doses, d.results, x.dose_range AS "dose per administration"
    FROM d LEFT JOIN x USING (drug)
    ORDER BY d.mentions DESC, d.drug
"""

PER_ENDPOINT = f"""
    SELECT category, endpoint, count(*) AS results, count(DISTINCT doc_id) AS documents,
           count(v) AS "with value", {_RANGE} AS "value range", string_agg(DISTINCT value_unit, ', ') AS unit,
           min(n_total) AS "min N", max(n_total) AS "max N"
    FROM (SELECT *, coalesce(value, value_low) AS v FROM results
          UNION ALL SELECT *, value_high FROM results WHERE value IS NULL AND value_high IS NOT NULL) AS r
    GROUP BY category, endpoint
    ORDER BY category, results DESC, endpoint
"""

PER_ARM = f"""
    SELECT doc_id AS document, coalesce(arm, '(no arm)') AS arm, coalesce(regimen, '') AS regimen,
           count(DISTINCT evidence_id) AS results, count(DISTINCT endpoint) AS endpoints,
           {_RANGE} AS "value range", max(n_total) AS "max N"
    FROM (SELECT *, coalesce(value, value_low) AS v FROM results
          UNION ALL SELECT *, value_high FROM results WHERE value IS NULL AND value_high IS NOT NULL) AS r
    WHERE category = 'efficacy' OR arm IS NOT NULL
    GROUP BY doc_id, arm, regimen
    ORDER BY doc_id, results DESC, arm
"""

SUMMARIES = {"drugs": PER_DRUG, "endpoints": PER_ENDPOINT, "arms": PER_ARM}


def summary_frames(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    return {name: typed_frame(con, sql) for name, sql in SUMMARIES.items()}


def endpoint_values(con: duckdb.DuckDBPyConnection, endpoint: str) -> pd.DataFrame:
    """The values of one endpoint (case-insensitive code) with regimen, document and n."""
    return typed_frame(
        con,
        """
        SELECT doc_id, coalesce(arm, regimen, '(regimen not stated)') AS regimen, endpoint, value, value_low, value_high,
               qualifier, value_unit, coalesce(n_total, n) AS n, text, review_status
        FROM results
        WHERE lower(endpoint) = lower(?) AND coalesce(value, value_low) IS NOT NULL
        ORDER BY regimen, doc_id
        """,
        [endpoint],
    )


def plot_endpoint(values: pd.DataFrame, endpoint: str, target: Path) -> Path:
    """One row per regimen, one marker per reported value (colour = document, size = n); a range is
    drawn as a bar between its bounds. Written atomically as PNG with matplotlib's Agg canvas."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if values.empty:
        raise ValueError(f"no values for endpoint {endpoint!r} to plot")
    units = sorted({str(u) for u in values["value_unit"].dropna()}) or ["%"]  # values without a unit are percentages
    if len(units) > 1:
        raise ValueError(f"{endpoint} values come in several units ({', '.join(units)}): query them instead")
    unit = units[0]
    regimens = list(dict.fromkeys(values["regimen"].astype(str)))
    documents = list(dict.fromkeys(values["doc_id"].astype(str)))
    fig = Figure(figsize=(8.5, 1.9 + 0.42 * len(regimens)), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    for i, doc in enumerate(documents):
        colour = f"C{i % 10}"
        rows = values[values["doc_id"].astype(str) == doc]
        y = [regimens.index(r) for r in rows["regimen"].astype(str)]
        for (_, row), y_ in zip(rows.iterrows(), y):
            if pd.isna(row["value"]):  # a range: a bar between its bounds
                ax.plot([row["value_low"], row["value_high"]], [y_, y_], color=colour, linewidth=6, alpha=0.5, solid_capstyle="round")
                continue
            known = not pd.isna(row["n"])
            ax.scatter(
                float(row["value"]), y_, s=min(25 + 6 * float(row["n"]), 500) if known else 40,
                facecolor=colour if known else "none", edgecolor=colour if not known else "black",
                linewidths=1.2 if not known else 0.5, alpha=0.8, zorder=3,
            )  # fmt: skip
        ax.scatter([], [], s=40, color=colour, label=doc)  # legend entry of a fixed size
    ax.set_yticks(range(len(regimens)), [r if len(r) <= 45 else r[:42] + "..." for r in regimens])
    ax.set_ylim(len(regimens) - 0.5, -0.5)
    ax.set_xlabel(f"{endpoint} ({unit})")
    highest = float(values[["value", "value_high"]].max().max())
    ax.set_xlim(0, max(100.0, highest * 1.05) if unit == "%" else highest * 1.1)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(
        f"{endpoint} by regimen: {len(values)} values from {len(documents)} document(s)\n"
        "marker area grows with n; hollow = n not stated; bar = a range", fontsize="medium",
    )  # fmt: skip
    fig.legend(loc="outside lower center", ncols=min(3, len(documents)), fontsize="small", frameon=False)
    with atomic_path(target) as tmp:
        fig.savefig(tmp, format="png")
    return target
