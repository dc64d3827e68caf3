"""The bundled corpus end to end through the real spaCy pipeline (no Prefect): the headline facts."""

import re
from pathlib import Path

import pandas as pd
import pytest

from trialmine import run as stages

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PAPER, INTERVIEW = "rr_aml_selinexor_paper", "mf_selinexor_ruxolitinib_interview"
GENES = {"xpo1", "bcl-2", "flt3", "mcl-1", "jak-stat", "p53", "npm1", "wt1", "runx1", "idh2", "cebpa", "mll"}


@pytest.fixture(scope="module")
def table() -> pd.DataFrame:
    ingested, _ = stages.ingest(CORPUS)
    extracted = stages.extract(ingested.documents)
    assert not extracted.failures
    return stages.normalise(extracted.rows)


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {p.stem: p.read_text("utf-8") for p in CORPUS.glob("*.txt")}


def results(table, doc_id, endpoint, value):
    rows = table[(table.doc_id == doc_id) & (table.kind == "result") & (table.endpoint == endpoint)]
    return rows[(rows.value_low - value).abs() < 0.05]


@pytest.mark.parametrize(
    ("endpoint", "value", "n"),
    [("CR", 40.0, 4), ("CRi", 20.0, 2), ("CR/CRi", 60.0, None), ("ORR", 80.0, None), ("HSCT", 50.0, 5), ("OS", 70.0, 7)],
)
def test_paper_headline_results(table, endpoint, value, n):
    rows = results(table, PAPER, endpoint, value)
    assert len(rows), f"{endpoint} {value}% missing"
    if n is not None:
        assert n in set(rows.n.dropna())
    assert (rows.category == "efficacy").all()


def test_interview_svr35_results_with_qualifiers_and_regimens(table):
    rows = table[(table.doc_id == INTERVIEW) & (table.kind == "result")].sort_values("start")
    assert list(zip(rows.endpoint, rows.value, rows.qualifier)) == [("SVR35", 90.0, ">"), ("SVR35", 40.0, "~"), ("SVR35", 40.0, "~")]
    assert list(rows.regimen) == ["ruxolitinib + selinexor", "selinexor", "ruxolitinib + selinexor"]
    assert rows.text.iloc[0] == "exceeding 90%"


def test_interview_doses_link_to_selinexor(table):
    doses = table[(table.doc_id == INTERVIEW) & (table.kind == "dose")].sort_values("start")
    got = list(zip(doses.text, doses.drug, doses.dose_low, doses.dose_high, doses.dose_unit, doses.dose_frequency))
    assert got == [("80 mg weekly", "selinexor", 80.0, 80.0, "mg", "weekly"), ("40–60 mg weekly", "selinexor", 40.0, 60.0, "mg", "weekly")]


def test_paper_protocol_doses(table):
    doses = table[(table.doc_id == PAPER) & (table.kind == "dose")]
    by_drug = {(d, lo, u) for d, lo, u in zip(doses.drug, doses.dose_low, doses.dose_unit)}
    assert {("azacitidine", 75.0, "mg/m2"), ("selinexor", 35.0, "mg/m2"), ("bortezomib", 1.3, "mg/m2"), ("g-csf", 300.0, "µg")} <= by_drug
    assert not doses.dose_unit.str.contains("ng/mL").any()  # a serum level is not a dose


def test_genes_are_never_drugs(table):
    drugs = set(table.loc[table.kind == "drug", "drug"].str.lower())
    assert not drugs & GENES
    assert {"selinexor", "venetoclax", "azacitidine", "homoharringtonine", "bortezomib", "FLAG-IDA".lower()} <= {d.lower() for d in drugs}


@pytest.mark.parametrize("doc_id", [PAPER, INTERVIEW])
def test_every_percentage_in_the_text_is_in_the_table(table, texts, doc_id):
    text = texts[doc_id]
    rows = table[(table.doc_id == doc_id) & (table.kind == "result")]
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s?%", text):
        value = float(m.group(1))
        covering = rows[(rows.start <= m.start()) & (rows.end >= m.end())]
        assert len(covering) == 1, f"{m.group()} at {m.start()} is not in exactly one result row"
        row = covering.iloc[0]
        assert row.value_low - 0.05 <= value <= row.value_high + 0.05


def test_offsets_point_into_the_stored_text(table, texts):
    for row in table.itertuples():
        assert texts[row.doc_id][row.start : row.end] == row.text
        assert texts[row.doc_id][row.sentence_start : row.sentence_start + len(row.sentence)] == row.sentence
