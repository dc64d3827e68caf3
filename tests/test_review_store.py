"""Review decisions live in OUT/review.duckdb: append-only, re-attached when facts move, never lost."""

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from conftest import copy_corpus
from trialmine.run import run_extraction
from trialmine.store import decisions as store
from trialmine.store.schema import evidence_id

TEXT = "Background text. The overall response rate was 40% in arm A and 25% in arm B. End."


def _evidence(text: str, doc_id: str = "doc") -> pd.DataFrame:
    rows = []
    for fact in ("40%", "25%"):
        start = text.index(fact)
        rows.append({"evidence_id": evidence_id(doc_id, "result", start, start + len(fact), fact), "doc_id": doc_id,
                     "kind": "result", "start": start, "end": start + len(fact), "text": fact})
    return pd.DataFrame(rows)


def _decide(out: Path, row: pd.Series, text: str, decision: str = "accept", **kwargs) -> int:
    anchor = store.Anchor.of(row["doc_id"], row["kind"], int(row["start"]), int(row["end"]), text)
    return store.record(out, row["evidence_id"], decision, anchor, "tester", **kwargs)


def test_decisions_are_appended_and_the_latest_wins(tmp_path: Path):
    evidence = _evidence(TEXT)
    first = evidence.iloc[0]
    _decide(tmp_path, first, TEXT, "accept")
    _decide(tmp_path, first, TEXT, "correct", corrected={"value": 41.0}, comment="typo in the table")
    latest = store.latest(tmp_path)
    assert len(latest) == 1
    row = latest.iloc[0]
    assert (row["decision"], json.loads(row["corrected"]), row["comment"]) == ("correct", {"value": 41.0}, "typo in the table")
    assert row["anchor_text"] == "40%" and row["anchor_context"] in TEXT and row["status"] == "current"
    assert list(store.history(tmp_path, first["evidence_id"])["decision"]) == ["correct", "accept"]
    with pytest.raises(ValueError, match="decision must be one of"):
        _decide(tmp_path, first, TEXT, "maybe")
    with pytest.raises(ValueError, match="at least one corrected field"):
        _decide(tmp_path, first, TEXT, "correct")


def test_a_moved_fact_keeps_its_decision_and_a_vanished_one_is_orphaned_not_dropped(tmp_path: Path):
    old = _evidence(TEXT)
    for _, row in old.iterrows():
        _decide(tmp_path, row, TEXT, "reject" if row["text"] == "25%" else "accept")
    # text inserted before the facts: both move; then the 25% is edited away
    shifted = "A new first paragraph was added to this document.\n" + TEXT
    new = _evidence(shifted)
    texts = {"doc": shifted}
    plan = store.reattach_to(tmp_path, new, texts.get)
    assert plan.moved == dict(zip(old["evidence_id"], new["evidence_id"])) and not plan.orphaned
    latest = store.latest(tmp_path).set_index("evidence_id")
    assert latest.loc[new["evidence_id"].iloc[0], "decision"] == "accept"
    assert latest.loc[new["evidence_id"].iloc[1], "anchor_start"] == shifted.index("25%")

    edited = shifted.replace("25% in arm B", "30% in arm B")
    plan = store.reattach_to(tmp_path, _evidence(edited.replace("30%", "25%")).iloc[:1], {"doc": edited}.get)
    assert plan.orphaned == [new["evidence_id"].iloc[1]]
    latest = store.latest(tmp_path).set_index("evidence_id")
    assert latest.loc[new["evidence_id"].iloc[1], "status"] == "orphaned"  # kept, with its decision
    assert latest.loc[new["evidence_id"].iloc[1], "decision"] == "reject"
    # the fact comes back: the decision is current again
    plan = store.reattach_to(tmp_path, new, texts.get)
    assert plan.restored == [new["evidence_id"].iloc[1]]
    assert set(store.latest(tmp_path)["status"]) == {"current"}


def test_same_text_elsewhere_is_matched_by_context_not_taken_blindly(tmp_path: Path):
    text = "In cohort one the rate was 40% overall. Later, in the safety section, nausea hit 40% of patients."
    first_at, second_at = text.index("40%"), text.rindex("40%")
    rows = pd.DataFrame([{"evidence_id": evidence_id("doc", "result", s, s + 3, "40%"), "doc_id": "doc", "kind": "result",
                          "start": s, "end": s + 3, "text": "40%"} for s in (first_at, second_at)])
    _decide(tmp_path, rows.iloc[1], text, "reject")
    edited = "Summary first. " + text
    new_second = edited.rindex("40%")
    new_rows = pd.DataFrame([{"evidence_id": evidence_id("doc", "result", s, s + 3, "40%"), "doc_id": "doc", "kind": "result",
                              "start": s, "end": s + 3, "text": "40%"} for s in (edited.index("40%"), new_second)])
    plan = store.reattach_to(tmp_path, new_rows, {"doc": edited}.get)
    assert plan.moved == {rows["evidence_id"].iloc[1]: new_rows["evidence_id"].iloc[1]}


def test_reattach_after_a_real_rerun_on_an_edited_document(tmp_path: Path):
    corpus, out = copy_corpus(tmp_path / "corpus"), tmp_path / "out"
    run_extraction(corpus, out)
    con = duckdb.connect(str(out / "trialmine.duckdb"), read_only=True)
    facts = con.execute("SELECT * FROM evidence WHERE doc_id = 'rr_aml_selinexor_paper' AND kind = 'result' ORDER BY start LIMIT 2").df()
    text = con.execute("SELECT text FROM documents WHERE doc_id = 'rr_aml_selinexor_paper'").fetchone()[0]
    con.close()
    for _, row in facts.iterrows():
        _decide(out, row, text, "accept")
    paper = corpus / "rr_aml_selinexor_paper.txt"
    paper.write_text("Editor's note: this version adds a sentence at the top.\n" + paper.read_text(encoding="utf-8"), encoding="utf-8")
    run_extraction(corpus, out)  # the run re-attaches the decisions itself
    assert not store.reattach(out).moved  # nothing was left to move
    con = duckdb.connect(str(out / "trialmine.duckdb"), read_only=True)
    current = set(con.execute("SELECT evidence_id FROM evidence").df()["evidence_id"])
    con.close()
    latest = store.latest(out)
    assert set(latest["evidence_id"]) <= current and set(latest["status"]) == {"current"}
    assert not set(latest["evidence_id"]) & set(facts["evidence_id"])  # offsets moved, ids followed
    assert list(latest.sort_values("anchor_start")["anchor_text"]) == list(facts["text"])

    first = facts.iloc[0]
    before = text[int(first["start"]) - 30 : int(first["start"])]
    source = paper.read_text(encoding="utf-8")
    assert before + first["text"] in source
    paper.write_text(source.replace(before + first["text"], before + "an unknown share", 1), encoding="utf-8")
    run_extraction(corpus, out)
    latest = store.latest(out)
    assert len(latest) == 2 and sorted(latest["status"]) == ["current", "orphaned"]  # the orphan is kept
