"""benchmarks/pmc_sets.py and pmc_eval.py: PMC abstracts by PMID, scored by the real pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))  # benchmark scripts import each other by module name

from pmc_eval import development_doc_ids, score_set, without_documents  # noqa: E402
from pmc_sets import ARTICLES, pmc_documents, split_of  # noqa: E402

from abstracts_eval import print_figures  # noqa: E402
from trialmine.validate.match import V2_FIELDS  # noqa: E402

FIXTURE = REPO / "tests" / "fixtures" / "pmc_gold"
needs_data = pytest.mark.skipif(not ARTICLES.is_file(), reason=f"{ARTICLES} not present")


@pytest.mark.parametrize(("pmid", "split"), [("19169651", "dev"), ("123450", "dev"), ("17", None), ("29", "heldout")])
def test_split_by_last_digit(pmid: str, split: str | None) -> None:
    assert split_of(pmid) == split


def test_heldout_documents_also_in_a_development_set_are_left_out(tmp_path: Path) -> None:
    heldout = REPO / "benchmarks" / "pmc_heldout" / "gold"
    overlap = {p.stem for p in heldout.glob("*.jsonl")} & development_doc_ids()
    assert overlap == {"25652604"}  # in the older benchmarks/devset too; a new overlap must be seen
    kept = without_documents(heldout, overlap, tmp_path / "gold")
    assert {p.stem for p in kept.glob("*.jsonl")} == {p.stem for p in heldout.glob("*.jsonl")} - overlap
    assert (kept / "24438504.jsonl").read_bytes() == (heldout / "24438504.jsonl").read_bytes()


@needs_data
def test_documents_are_title_newline_abstract() -> None:
    (doc,) = pmc_documents(["19169651"])
    assert doc.doc_id == "19169651" and doc.doc_type == "abstract"
    title, body = doc.text.split("\n", 1)
    assert title.startswith("Safety and feasibility of switching from phenytoin to levetiracetam")
    assert body.startswith("Seizures are common in patients with gliomas")
    with pytest.raises(KeyError, match="no article with an abstract for PMID"):
        pmc_documents(["1"])


@needs_data
def test_pmc_eval_scores_the_pipeline_and_prints_every_figure(tmp_path: Path, capsys) -> None:
    report = score_set(FIXTURE, tmp_path, "fixture")
    assert report.documents == ["19169651"] and report.n_gold == 2 and report.n_gold_arms == 2
    assert report.passed  # benchmarks carry no thresholds
    v2 = report.modes["overlap"].v2_fields
    assert v2["arm_comparative"].total == 2 and v2["arm_single_arm"].total == 0
    assert (tmp_path / "validation.html").is_file()
    print_figures(report)
    out = capsys.readouterr().out
    for name in (*V2_FIELDS, "results (endpoint, value)", "Arm detection", "n_total"):
        assert name in out
