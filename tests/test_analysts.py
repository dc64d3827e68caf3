"""Analysts: views, the Python API, `trialmine query / summary / export`, on the table built from
the bundled corpus (once per module, without Prefect), with a real review file."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from PIL import Image
from typer.testing import CliRunner

import trialmine
from conftest import CORPUS, REPO
from trialmine.analysis.query import QueryFailed, QueryRefused, run_query
from trialmine.cli import app
from trialmine.run import DB_NAME, run_extraction
from trialmine.store import db
from trialmine.store.db import StoreBusyError

INTERVIEW = "mf_selinexor_ruxolitinib_interview"
PAPER = "rr_aml_selinexor_paper"
README = (REPO / "README.md").read_text(encoding="utf-8")

# the README's example questions ("For analysts"), run verbatim below
Q_ORR = (
    "SELECT doc_id, regimen, value, value_low, value_high, n, n_total, sentence FROM results\n"
    "WHERE endpoint = 'ORR' AND list_contains(string_split(regimen, ' + '), 'selinexor') ORDER BY doc_id, start"
)
Q_DOSES = (
    "SELECT doc_id, text, amount_low, amount_high, unit, dose_frequency, weekly_low, weekly_high, cycle_low, cycle_high\n"
    "FROM doses WHERE drug = 'selinexor' ORDER BY doc_id, start"
)
Q_AE = "SELECT doc_id, arm, regimen, endpoint, value, n, text FROM results\nWHERE category = 'safety' AND value > 30 ORDER BY value DESC"
Q_RESPONSES = (
    "SELECT endpoint, regimen, count(*) AS reports, min(coalesce(value, value_low)) AS lowest,\n"
    "       max(coalesce(value, value_high)) AS highest, max(n_total) AS largest_n\n"
    "FROM results WHERE endpoint IN ('CR', 'CR/CRi', 'ORR') GROUP BY endpoint, regimen ORDER BY endpoint, regimen"
)
Q_DOCUMENTS = "SELECT doc_id, doc_type, n_segments, drug_mentions, doses, results, unreviewed_facts FROM documents"


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("analysts") / "outputs"  # the API's default folder name
    run_extraction(CORPUS, out)
    return out


def write_review_file(out: Path, decisions: list[dict]) -> Path:
    """The review app's file: OUT/review.duckdb, table `decisions` (latest row per evidence_id wins)."""
    path = out / "review.duckdb"
    con = duckdb.connect(str(path))
    try:
        con.execute(
            """CREATE TABLE IF NOT EXISTS decisions (
                evidence_id VARCHAR, decision VARCHAR, corrected JSON, reviewer VARCHAR, comment VARCHAR,
                decided_at TIMESTAMP, doc_id VARCHAR, anchor_text VARCHAR, anchor_context VARCHAR, status VARCHAR)"""
        )
        for d in decisions:
            con.execute(
                "INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [d["evidence_id"], d["decision"], json.dumps(d["corrected"]) if d.get("corrected") else None,
                 d.get("reviewer", "ana"), d.get("comment"), d["decided_at"], d.get("doc_id"), d.get("text"), None,
                 d.get("status", "current")],
            )  # fmt: skip
    finally:
        con.close()
    return path


def cli(*args: str):
    return CliRunner(env={"COLUMNS": "250"}).invoke(app, list(args))  # wide enough that no cell wraps


# --- views and the README's questions -------------------------------------------------------------


def test_views_are_in_the_database_and_recreated_idempotently(out: Path) -> None:
    con = duckdb.connect(str(out / DB_NAME), read_only=True)
    try:
        views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE schema_name = 'analysis'").fetchall()}
        assert {"results", "doses", "arms", "drugs", "documents", "facts"} <= views
        assert con.execute("SELECT count(*) FROM analysis.results").fetchone()[0] == 74
        statuses = {r[0] for r in con.execute("SELECT DISTINCT review_status FROM analysis.facts").fetchall()}
        arm_columns = [r[0] for r in con.execute("DESCRIBE main.arms").fetchall()]
    finally:
        con.close()
    assert statuses == {"unreviewed"}  # persistent views see no review file
    assert arm_columns == ["doc_id", "arm_id", "label", "role", "regimen", "drugs", "doses", "n", "start", "end", "method", "run_id"]
    with db.connect(out / DB_NAME):  # opening for writing again recreates them without error
        pass
    assert len(trialmine.load(out, "results")) == 74


def test_readme_shows_the_example_questions() -> None:
    section = README[README.index("## For analysts") :]
    for sql in (Q_ORR, Q_DOSES, Q_AE, Q_RESPONSES, Q_DOCUMENTS):
        assert sql in section
    for view in ("results", "doses", "arms", "drugs", "documents"):
        assert f"`{view}`" in section
    assert (REPO / "docs" / "orr_by_regimen.png").is_file() and "docs/orr_by_regimen.png" in section


def rows(frame: pd.DataFrame) -> set[tuple]:
    return {tuple(None if pd.isna(v) else v for v in row) for row in frame.astype(object).itertuples(index=False)}


def test_readme_pandas_gives_the_sql_answers(out: Path, monkeypatch) -> None:
    start = README.index("```python\nimport trialmine  # reads outputs/")
    block = README[start + len("```python\n") : README.index("```", start + 10)]
    monkeypatch.chdir(out.parent)
    answers: dict = {}
    exec(compile(block, "README.md", "exec"), answers)  # noqa: S102 (the README's own example)
    for name, sql in (("q1", Q_ORR), ("q2", Q_DOSES), ("q3", Q_AE), ("q4", Q_RESPONSES), ("q5", Q_DOCUMENTS)):
        expected = run_query(out, sql)
        assert list(answers[name].columns) == list(expected.columns), name
        assert len(answers[name]) == len(expected) and rows(answers[name]) == rows(expected), name


def test_orr_of_selinexor_regimens(out: Path) -> None:
    frame = run_query(out, Q_ORR)
    assert set(frame["doc_id"]) == {PAPER}
    assert sorted(frame["value"].tolist()) == [14.0, 80.0, 80.0, 80.0, 83.3]
    assert frame.loc[frame["value"] == 14.0, "n_total"].tolist() == [81]
    assert frame.loc[frame["value"] == 83.3, ["regimen", "n_total"]].values.tolist() == [["selinexor + venetoclax", 6]]
    assert all("ORR" in s or "objective response" in s for s in frame["sentence"])
    api = trialmine.results(drug="selinexor", endpoint="orr", out=out)
    assert api["evidence_id"].tolist() == run_query(out, Q_ORR.replace("doc_id, regimen", "evidence_id, doc_id, regimen"))["evidence_id"].tolist()
    # the cited CLAG-type regimen's ORR range has no selinexor: not in the answer
    everything = trialmine.results(endpoint="ORR", out=out)
    assert len(everything) == 6 and everything["value"].isna().sum() == 1


def test_selinexor_doses_with_weekly_totals(out: Path) -> None:
    frame = run_query(out, Q_DOSES)
    interview = frame[frame["doc_id"] == INTERVIEW]
    assert interview[["text", "amount_low", "amount_high", "unit", "weekly_low", "weekly_high"]].values.tolist() == [
        ["80 mg weekly", 80.0, 80.0, "mg", 80.0, 80.0],
        ["40–60 mg weekly", 40.0, 60.0, "mg", 40.0, 60.0],
    ]
    paper = frame[frame["doc_id"] == PAPER]
    twice_weekly = paper[paper["dose_frequency"] == "twice weekly"].iloc[0]
    assert (twice_weekly["weekly_low"], twice_weekly["cycle_low"]) == (70.0, 210.0)  # 35 mg/m2 x2 a week, 3 weeks of 4
    assert paper.loc[(paper["dose_frequency"] == "weekly") & (paper["amount_low"] == 100), "weekly_low"].tolist() == [100.0]


def test_adverse_events_above_30_percent(out: Path) -> None:
    frame = run_query(out, Q_AE)
    assert frame[["endpoint", "value"]].values.tolist() == [["hyponatremia", 100.0], ["nausea", 40.0]]
    api = trialmine.results(category="safety", out=out)
    assert api.loc[api["value"] > 30, "endpoint"].astype(str).tolist() == ["hyponatremia", "nausea"]
    assert "fatigue" in api["endpoint"].astype(str).tolist()  # 30% is not above 30%


def test_response_table_and_documents(out: Path) -> None:
    responses = run_query(out, Q_RESPONSES)
    orr = responses[(responses["endpoint"] == "ORR") & (responses["regimen"] == "selinexor")].iloc[0]
    assert (orr["reports"], orr["lowest"], orr["highest"], orr["largest_n"]) == (4, 14.0, 80.0, 81)
    docs = run_query(out, Q_DOCUMENTS).set_index("doc_id")
    assert docs.loc[INTERVIEW, "doc_type"] == "interview" and docs.loc[INTERVIEW, "n_segments"] >= 2
    assert docs.loc[PAPER, ["doses", "results"]].tolist() == [14, 71]
    assert docs["unreviewed_facts"].sum() == 232


# --- Python API ------------------------------------------------------------------------------------


def test_api_types_and_filters(out: Path) -> None:
    frame = trialmine.results(out=out)
    assert frame["endpoint"].dtype == "category" and frame["category"].dtype == "category"
    assert frame["value_unit"].dtype == "category" and frame["review_status"].dtype == "category"
    assert str(frame["value"].dtype) == "Float64" and str(frame["n"].dtype) == "Int64"
    assert str(frame["regimen"].dtype).startswith("string")
    assert set(trialmine.results(doc=INTERVIEW, out=out)["endpoint"].astype(str)) == {"SVR35"}
    assert len(trialmine.results(drug=["ruxolitinib"], out=out)) == 2
    assert len(trialmine.results(endpoint=["CR", "CRi"], category="efficacy", out=out)) == 7
    empty = trialmine.results(arm="no such arm", out=out)
    assert empty.empty and list(empty.columns) == list(frame.columns)
    doses = trialmine.load(out, view="doses")
    assert str(doses["weekly_low"].dtype) == "Float64" and doses["unit"].dtype == "category"
    drugs = trialmine.load(out, view="drugs").set_index(["doc_id", "drug"])
    assert drugs.loc[(INTERVIEW, "selinexor"), "doses"] == 2
    with pytest.raises(ValueError, match="unknown view"):
        trialmine.load(out, view="evidence; DROP TABLE evidence")
    with pytest.raises(FileNotFoundError, match="trialmine run"):
        trialmine.load(out.parent / "nowhere")


def test_api_reads_beside_a_writer(out: Path, tmp_path: Path) -> None:
    """DuckDB refuses a read-only open while another process writes: the API waits it out."""
    held = tmp_path / "held"
    shutil.copytree(out, held)
    script = (
        "import duckdb, sys, time\n"
        f"con = duckdb.connect({str(held / DB_NAME)!r})\n"
        "print('locked', flush=True)\n"
        "time.sleep(float(sys.argv[1]))\n"
        "con.close()\n"
    )
    writer = subprocess.Popen([sys.executable, "-c", script, "1.5"], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "locked"
        started = time.monotonic()
        assert len(trialmine.results(out=held)) == 74
        assert time.monotonic() - started > 0.5  # it did wait for the writer
    finally:
        writer.wait(timeout=30)
    writer = subprocess.Popen([sys.executable, "-c", script, "5"], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "locked"
        with pytest.raises(StoreBusyError, match="held by another process"):
            trialmine.connect(held, wait_s=0.5)
        result = cli("query", "SELECT 1", "--outputs", str(held))
    finally:
        writer.kill()
        writer.wait(timeout=30)
    # the CLI waits 10 s by default: by then the writer above is gone or it says what holds the file
    assert result.exit_code in (0, 3)


# --- review decisions ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reviewed(out: Path, tmp_path_factory) -> dict:
    """A copy of the outputs with a review file: accept, correct, reject, a changed mind, an orphan."""
    target = tmp_path_factory.mktemp("reviewed") / "out"
    shutil.copytree(out, target)
    results = trialmine.results(out=out)
    by_text = lambda text, endpoint: results[(results["text"] == text) & (results["endpoint"] == endpoint)]["evidence_id"].iloc[0]  # noqa: E731
    ids = {
        "accept": by_text("14%", "ORR"),
        "correct": by_text("83.3%", "ORR"),
        "reject": by_text("100%", "hyponatremia"),
        "changed": by_text("40.0%", "nausea"),
        "orphan": by_text("30.0%", "fatigue"),
    }
    t = lambda day: datetime(2026, 5, day, 10, 0)  # noqa: E731
    write_review_file(target, [
        {"evidence_id": ids["accept"], "decision": "accept", "decided_at": t(1)},
        {"evidence_id": ids["correct"], "decision": "correct", "corrected": {"value": 83.0, "n": 5, "arm": "[ref 3] arm"},
         "comment": "rounding", "reviewer": "ben", "decided_at": t(2)},
        {"evidence_id": ids["reject"], "decision": "reject", "decided_at": t(3)},
        {"evidence_id": ids["changed"], "decision": "reject", "decided_at": t(4)},
        {"evidence_id": ids["changed"], "decision": "accept", "decided_at": t(5)},
        {"evidence_id": ids["orphan"], "decision": "reject", "decided_at": t(6), "status": "orphaned"},
    ])  # fmt: skip
    return {"out": target, "ids": ids}


def test_review_decisions_in_results(reviewed: dict) -> None:
    out, ids = reviewed["out"], reviewed["ids"]
    frame = trialmine.results(out=out).set_index("evidence_id")
    assert ids["reject"] not in frame.index and len(frame) == 73
    assert frame.loc[ids["accept"], "review_status"] == "accepted"
    corrected = frame.loc[ids["correct"]]
    assert corrected["review_status"] == "corrected" and corrected["reviewer"] == "ben"
    assert (corrected["value"], corrected["value_low"], corrected["value_high"], corrected["n"]) == (83.0, 83.0, 83.0, 5)
    assert corrected["n_total"] == 6 and corrected["text"] == "83.3%"  # uncorrected fields and the span stay
    assert frame.loc[ids["changed"], "review_status"] == "accepted"  # the latest decision wins
    assert frame.loc[ids["orphan"], "review_status"] == "unreviewed"  # an orphaned decision no longer applies

    with_rejected = trialmine.results(out=out, include_rejected=True).set_index("evidence_id")
    assert len(with_rejected) == 74 and with_rejected.loc[ids["reject"], "review_status"] == "rejected"
    accepted = trialmine.results(out=out, reviewed=True)
    assert set(accepted["evidence_id"]) == {ids["accept"], ids["correct"], ids["changed"]}
    assert set(trialmine.load(out, "facts", reviewed=False)["review_status"]) == {"unreviewed"}
    docs = trialmine.load(out, "documents").set_index("doc_id")
    assert docs.loc[PAPER, "accepted_facts"] == 3 and docs.loc[PAPER, "results"] == 70


def test_review_decisions_through_the_cli(reviewed: dict, tmp_path: Path) -> None:
    out = str(reviewed["out"])
    result = cli("query", "SELECT value, review_status FROM results ORDER BY evidence_id", "--outputs", out, "--reviewed", "--json")
    assert result.exit_code == 0, result.output
    assert sorted(r["value"] for r in json.loads(result.stdout)) == [14.0, 40.0, 83.0]
    result = cli("query", "SELECT count(*) AS n FROM results WHERE review_status = 'rejected'", "--outputs", out, "--include-rejected", "--json")
    assert json.loads(result.stdout) == [{"n": 1}]
    # a corrected cell holding brackets prints as written
    result = cli("query", "SELECT arm FROM results WHERE review_status = 'corrected'", "--outputs", out)
    assert result.exit_code == 0 and "[ref 3] arm" in result.stdout
    xlsx = tmp_path / "reviewed.xlsx"
    result = cli("export", "--reviewed", "--format", "xlsx", "--out", str(xlsx), "--outputs", out)
    assert result.exit_code == 0, result.output
    sheet = pd.read_excel(xlsx)
    assert len(sheet) == 3 and set(sheet["review_status"]) == {"accepted", "corrected"}
    assert sorted(sheet["value"]) == [14.0, 40.0, 83.0]


# --- query: refusals, errors, text cells -----------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO evidence SELECT * FROM evidence",
        "DELETE FROM evidence",
        "CREATE TEMP TABLE t AS SELECT 1",
        "COPY (SELECT * FROM evidence) TO '{tmp}/leak.csv'",
        "EXPORT DATABASE '{tmp}/dump'",
        "ATTACH '{tmp}/other.duckdb' AS other",
        "INSTALL httpfs",
        "LOAD httpfs",
        "SET enable_external_access = true",
        "PRAGMA enable_profiling",
        "SELECT * FROM read_csv('{tmp}/secret.csv')",
        "SELECT * FROM read_text('{tmp}/secret.csv')",
        "SELECT * FROM glob('{tmp}/*')",
        "SELECT * FROM read_parquet('{out}/evidence.parquet')",
        "SELECT * FROM '{tmp}/secret.csv'",
        "SELECT 1; DROP TABLE evidence",
    ],
)
def test_query_refuses_writes_attach_and_file_reads(out: Path, tmp_path: Path, sql: str) -> None:
    (tmp_path / "secret.csv").write_text("password\nhunter2\n")
    result = cli("query", sql.format(tmp=tmp_path, out=out), "--outputs", str(out))
    assert result.exit_code != 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.output
    assert "hunter2" not in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.csv"]  # nothing written
    assert len(trialmine.load(out, "facts")) == 232  # nothing changed
    if not sql.startswith("SELECT * FROM '"):  # a file given as a table name is simply not found
        assert result.exit_code == 4 and "refused" in lines[0]


def test_query_layers_each_block_on_their_own(out: Path, tmp_path: Path) -> None:
    """What each of DuckDB's settings blocks, without the statement check in front of them."""
    from trialmine.analysis.query import lock_down
    from trialmine.api import connect

    con = connect(out)
    try:
        lock_down(con)
        with pytest.raises(duckdb.Error, match="read-only|read only"):
            con.execute("INSERT INTO evidence SELECT * FROM evidence")  # read-only open
        for sql in (f"COPY (SELECT 1) TO '{tmp_path}/x.csv'", f"SELECT * FROM read_csv('{tmp_path}/x.csv')", f"ATTACH '{tmp_path}/y.duckdb'"):
            with pytest.raises(duckdb.PermissionException):
                con.execute(sql)  # enable_external_access = false
        with pytest.raises(duckdb.Error, match="locked"):
            con.execute("SET enable_external_access = true")  # lock_configuration = true
    finally:
        con.close()
    assert not list(tmp_path.iterdir())


def test_bad_sql_is_one_line(out: Path) -> None:
    for sql, needle in (("SELECT nope FROM results", "nope"), ("SELEC 1", "syntax error"), ("SELECT [/] FROM", "syntax")):
        result = cli("query", sql, "--outputs", str(out))
        assert result.exit_code == 1, result.output
        assert len(result.output.strip().splitlines()) == 1 and needle in result.output and "query failed" in result.output
    with pytest.raises(QueryFailed):
        run_query(out, "")
    with pytest.raises(QueryRefused):
        run_query(out, "CHECKPOINT")
    result = cli("query", "SELECT 1", "--outputs", str(out.parent / "missing"))
    assert result.exit_code == 2 and "trialmine run" in result.output


def test_cells_print_as_text_not_markup(out: Path) -> None:
    result = cli("query", "SELECT '[ref 3]' AS \"[bold]c[/]\" UNION ALL SELECT 'a[/]b' UNION ALL SELECT '[red]x'", "--outputs", str(out))
    assert result.exit_code == 0, result.output
    for written in ("[ref 3]", "a[/]b", "[red]x", "[bold]c[/]"):
        assert written in result.stdout


def test_query_output_formats(out: Path, tmp_path: Path) -> None:
    sql = "SELECT evidence_id, endpoint, value, n FROM results WHERE endpoint = 'ORR' ORDER BY evidence_id"
    expected = run_query(out, sql)
    for fmt in ("csv", "json", "parquet"):
        target = tmp_path / f"orr.{fmt}"
        result = cli("query", sql, "--outputs", str(out), "--format", fmt, "--out", str(target))
        assert result.exit_code == 0, result.output
        back = {"csv": pd.read_csv, "json": lambda p: pd.read_json(p, orient="records"), "parquet": pd.read_parquet}[fmt](target)
        assert back["evidence_id"].tolist() == expected["evidence_id"].tolist()
        assert pd.Series(back["value"], dtype="Float64").equals(expected["value"])
    result = cli("query", sql, "--outputs", str(out), "--format", "csv")
    assert result.stdout.splitlines()[0] == "evidence_id,endpoint,value,n" and len(result.stdout.splitlines()) == 7
    result = cli("query", sql, "--outputs", str(out), "--format", "parquet")
    assert result.exit_code == 2 and "--out" in result.output


# --- summary and export ----------------------------------------------------------------------------


def test_summary_tables_and_plot(out: Path, tmp_path: Path) -> None:
    png = tmp_path / "plots" / "orr.png"
    result = cli("summary", "--outputs", str(out), "--plot", str(png), "--endpoint", "ORR")
    assert result.exit_code == 0, result.output
    for needle in ("per drug", "per endpoint", "per arm", "selinexor", "hyponatremia", "14–83.3", "40–100 mg"):
        assert needle in result.stdout, needle
    with Image.open(png) as image:
        assert image.format == "PNG" and image.size[0] > 300 and image.size[1] > 100
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20)) > 20  # something was drawn
    result = cli("summary", "--outputs", str(out), "--plot", str(tmp_path / "none.png"), "--endpoint", "NOPE")
    assert result.exit_code == 1 and "no values for endpoint" in result.output
    assert not (tmp_path / "none.png").exists()


def test_export_round_trips(out: Path, tmp_path: Path) -> None:
    facts = trialmine.load(out, "facts")
    for fmt in ("parquet", "csv", "xlsx"):
        target = tmp_path / f"facts.{fmt}"
        result = cli("export", "--format", fmt, "--out", str(target), "--outputs", str(out))
        assert result.exit_code == 0, result.output
        back = {"parquet": pd.read_parquet, "csv": pd.read_csv, "xlsx": pd.read_excel}[fmt](target)
        assert len(back) == len(facts) == 232
        assert back["evidence_id"].tolist() == facts["evidence_id"].tolist()
        assert back["text"].astype(str).tolist() == facts["text"].astype(str).tolist()
        assert pd.Series(back["value"], dtype="Float64").round(6).equals(facts["value"].round(6))
        if fmt == "parquet":
            assert back["endpoint"].dtype == "category" and str(back["n"].dtype) == "Int64"
    doses = tmp_path / "doses.csv"
    assert cli("export", "--view", "doses", "--format", "csv", "--out", str(doses), "--outputs", str(out)).exit_code == 0
    assert "weekly_low" in pd.read_csv(doses).columns
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    result = cli("export", "--view", "nope", "--out", str(tmp_path / "x.csv"), "--format", "csv", "--outputs", str(out))
    assert result.exit_code == 2 and "unknown view" in result.output


def test_readme_plot_is_small() -> None:
    png = REPO / "docs" / "orr_by_regimen.png"
    assert png.stat().st_size < 120_000
    with Image.open(png) as image:
        assert image.format == "PNG"


def test_help_lists_the_commands() -> None:
    result = cli("--help")
    for command in ("query", "summary", "export"):
        assert re.search(rf"\b{command}\b", result.stdout)


def test_review_app_sequence_numbers_decide_the_latest(out: Path, tmp_path: Path) -> None:
    """The review app's table numbers decisions (`seq`); the highest wins even if clocks disagree."""
    target = tmp_path / "out"
    shutil.copytree(out, target)
    fact = trialmine.results(endpoint="ORR", out=out)["evidence_id"].iloc[0]
    con = duckdb.connect(str(target / "review.duckdb"))
    try:
        con.execute(
            "CREATE TABLE decisions (seq BIGINT, evidence_id VARCHAR, decision VARCHAR, corrected JSON, reviewer VARCHAR,"
            " comment VARCHAR, decided_at TIMESTAMP, doc_id VARCHAR, anchor_text VARCHAR, anchor_context VARCHAR, status VARCHAR)"
        )
        con.execute("INSERT INTO decisions VALUES (1, ?, 'accept', NULL, 'ana', NULL, TIMESTAMP '2026-05-02', NULL, NULL, NULL, 'current')", [fact])
        con.execute("INSERT INTO decisions VALUES (2, ?, 'reject', NULL, 'ana', NULL, TIMESTAMP '2026-05-01', NULL, NULL, NULL, 'current')", [fact])
    finally:
        con.close()
    assert fact not in set(trialmine.results(out=target)["evidence_id"])


def test_a_database_from_before_the_new_columns_still_reads(out: Path, tmp_path: Path) -> None:
    """Read-only sessions cannot add columns: an older database's missing ones read as empty."""
    target = tmp_path / "old"
    shutil.copytree(out, target)
    con = duckdb.connect(str(target / DB_NAME))
    try:
        con.execute("DROP SCHEMA analysis CASCADE")
        con.execute("DROP TABLE arms")
        for column in ("timepoint", "ci_low", "arm"):
            con.execute(f"ALTER TABLE evidence DROP COLUMN {column}")
    finally:
        con.close()
    frame = trialmine.results(out=target)
    assert len(frame) == 74 and frame["timepoint"].isna().all() and frame["arm"].isna().all()
    assert trialmine.load(target, "arms").empty
    result = cli("query", "SELECT count(*) AS n FROM doses WHERE weekly_low IS NOT NULL", "--outputs", str(target), "--json")
    assert json.loads(result.stdout) == [{"n": 10}]
