"""Document identity: a doc_id stays with its source and never takes over another source's facts.

Real runs (`trialmine.run` without Prefect, and one CLI run), real spaCy pipeline, real DuckDB.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
from typer.testing import CliRunner

from conftest import CORPUS
from trialmine.cli import app
from trialmine.ingest.corpus import discover, ingest_paths
from trialmine.ingest.identity import assign_doc_ids, disambiguated
from trialmine.limits import Limits
from trialmine.run import DB_NAME, run_extraction
from trialmine.store import db

PAPER = CORPUS / "rr_aml_selinexor_paper.txt"
INTERVIEW = CORPUS / "mf_selinexor_ruxolitinib_interview.txt"
NOTE = "Patients received selinexor 60 mg twice weekly. The overall response rate (ORR) was 40%.\n"
ABSTRACT = {"pmid": "910001", "title": "Dasatinib in CML", "text": "Results: dasatinib 100 mg daily gave an MMR of 46% (n=50)."}


def documents(out: Path) -> dict[str, str]:
    """doc_id -> source, as the store records them."""
    con = duckdb.connect(str(out / DB_NAME), read_only=True)
    try:
        return dict(con.execute("SELECT doc_id, source FROM documents ORDER BY doc_id").fetchall())
    finally:
        con.close()


def facts(out: Path, doc_id: str) -> pd.DataFrame:
    table = db.read_evidence(out / DB_NAME)
    return table[table["doc_id"] == doc_id].reset_index(drop=True)


def assert_facts_index(out: Path, doc_id: str, text: str) -> None:
    """Every fact of the document points into `text` (it is that document's, not another's)."""
    rows = facts(out, doc_id)
    assert not rows.empty
    assert all(text[s:e] == t for s, e, t in zip(rows["start"], rows["end"], rows["text"]))


def test_two_corpora_with_the_same_file_name_keep_both_documents(tmp_path: Path) -> None:
    first, second, out = tmp_path / "first", tmp_path / "second", tmp_path / "out"
    first.mkdir()
    shutil.copy(PAPER, first / "fulltext.txt")
    (second / "notes").mkdir(parents=True)
    shutil.copy(INTERVIEW, second / "fulltext.txt")
    (second / "notes" / "short.md").write_text(NOTE, encoding="utf-8")
    (second / "abstracts.jsonl").write_text(json.dumps(ABSTRACT) + "\n", encoding="utf-8")
    paper_source, interview_source = str(first / "fulltext.txt"), str(second / "fulltext.txt")
    interview_id = disambiguated("fulltext", interview_source)

    r1 = run_extraction(first, out)
    assert list(r1.facts_by_document) == ["fulltext"] and r1.doc_id_clashes == []
    paper_facts = facts(out, "fulltext")

    # the second corpus, through the CLI: the clash is on the terminal, naming both sources
    cli = CliRunner().invoke(app, ["run", "--no-prefect", "--corpus", str(second), "--out", str(out)], env={"COLUMNS": "400"})
    assert cli.exit_code == 0, cli.output
    note = next(line for line in cli.output.splitlines() if "already belongs to" in line)
    assert paper_source in note and interview_source in note and interview_id in note
    r2 = json.loads((out / "run_report.json").read_text(encoding="utf-8"))
    assert r2["doc_id_clashes"] == [
        {"doc_id": "fulltext", "held_by": paper_source, "source": interview_source, "assigned": interview_id}
    ]
    assert [w["stage"] for w in r2["warnings"]] == ["identity"]
    # both documents keep their facts; subfolder files get their path, abstracts their PMID
    assert set(r2["facts_by_document"]) == {"fulltext", interview_id, "notes/short", "910001"}
    pd.testing.assert_frame_equal(facts(out, "fulltext"), paper_facts)
    assert_facts_index(out, interview_id, INTERVIEW.read_text(encoding="utf-8"))
    assert_facts_index(out, "notes/short", NOTE)
    assert documents(out) == {
        "910001": f"{second / 'abstracts.jsonl'}#910001", "fulltext": paper_source,
        interview_id: interview_source, "notes/short": str(second / "notes" / "short.md"),
    }
    # the other corpus's document is neither missing nor touched
    assert (r2["documents_missing"], r2["documents_elsewhere"], r2["facts_replaced"]) == ([], 1, 0)

    # re-running each corpus is incremental and keeps the ids, without reporting the clash again
    table = db.read_evidence(out / DB_NAME)
    for corpus in (first, second):
        again = run_extraction(corpus, out)
        assert (again.documents_processed, again.facts_added, again.facts_removed) == (0, 0, 0)
        assert again.doc_id_clashes == [] and again.documents_missing == []
    pd.testing.assert_frame_equal(db.read_evidence(out / DB_NAME), table)

    # an edited file keeps its doc_id, and its facts are replaced
    (second / "notes" / "short.md").write_text(NOTE.replace("60 mg", "80 mg"), encoding="utf-8")
    before = facts(out, "notes/short")
    edited = run_extraction(second, out)
    assert (edited.documents_changed, edited.documents_processed, edited.facts_replaced) == (1, 1, len(before))
    assert facts(out, "notes/short").loc[lambda f: f["kind"] == "dose", "dose_low"].tolist() == [80.0]
    assert set(documents(out)) == {"910001", "fulltext", interview_id, "notes/short"}

    # --prune removes what disappeared from the corpus it runs on, never another corpus's documents
    (second / "fulltext.txt").unlink()
    pruned = run_extraction(second, out, prune=True)
    assert pruned.documents_removed == [interview_id] and facts(out, interview_id).empty
    pd.testing.assert_frame_equal(facts(out, "fulltext"), paper_facts)
    # ... and documents whose corpus is gone from the disk: missing, whichever corpus runs
    shutil.rmtree(first)
    assert run_extraction(second, out).documents_missing == ["fulltext"]
    gone = run_extraction(second, out, prune=True)
    assert gone.documents_removed == ["fulltext"] and set(documents(out)) == {"910001", "notes/short"}


def test_two_files_with_one_doc_id_in_one_corpus(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    (corpus / "trial.txt").write_text(NOTE, encoding="utf-8")
    r1 = run_extraction(corpus, out)
    assert list(r1.facts_by_document) == ["trial"]

    # trial.md sorts before trial.txt, but trial.txt is stored as `trial`: the newcomer gets its own
    other = NOTE.replace("selinexor", "venetoclax")
    (corpus / "trial.md").write_text(other, encoding="utf-8")
    r2 = run_extraction(corpus, out)
    md_id = disambiguated("trial", str(corpus / "trial.md"))
    assert [(c["doc_id"], c["held_by"], c["source"], c["assigned"]) for c in r2.doc_id_clashes] == [
        ("trial", str(corpus / "trial.txt"), str(corpus / "trial.md"), md_id)
    ]
    assert (r2.documents_new, r2.documents_unchanged, r2.facts_replaced) == (1, 1, 0)
    assert set(facts(out, "trial")["drug"].dropna()) == {"selinexor"}
    assert set(facts(out, md_id)["drug"].dropna()) == {"venetoclax"}

    # stable: the same ids on every later run, also after the first holder is gone
    assert run_extraction(corpus, out).documents_processed == 0
    (corpus / "trial.txt").unlink()
    r4 = run_extraction(corpus, out, prune=True)
    assert (r4.documents_processed, r4.documents_removed, r4.doc_id_clashes) == (0, ["trial"], [])
    assert list(documents(out)) == [md_id]


def test_a_moved_corpus_keeps_its_ids_and_the_store_follows_its_sources(tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "trial.txt").write_text(NOTE, encoding="utf-8")
    run_extraction(corpus, out)
    table = db.read_evidence(out / DB_NAME)

    moved = corpus.rename(tmp_path / "moved")
    r2 = run_extraction(moved, out)
    assert (r2.documents_unchanged, r2.documents_processed, r2.doc_id_clashes) == (1, 0, [])
    assert documents(out) == {"sub/trial": str(moved / "sub" / "trial.txt")}
    pd.testing.assert_frame_equal(db.read_evidence(out / DB_NAME), table)

    # a store written before doc_ids were paths (file stem, source relative to the corpus) keeps
    # its ids: the source names the document, and becomes absolute
    con = duckdb.connect(str(out / DB_NAME))
    con.execute("UPDATE documents SET doc_id = 'trial', source = 'sub/trial.txt'")
    con.execute("UPDATE evidence SET doc_id = 'trial'")
    con.close()
    r3 = run_extraction(moved, out)
    assert (r3.documents_unchanged, r3.documents_processed, r3.doc_id_clashes) == (1, 0, [])
    assert documents(out) == {"trial": str(moved / "sub" / "trial.txt")}


def test_an_inbox_outside_the_corpus_and_a_file_named_like_a_pmid(tmp_path: Path) -> None:
    corpus, inbox = tmp_path / "corpus", tmp_path / "drop"
    (inbox / "new").mkdir(parents=True)
    corpus.mkdir()
    (corpus / "910001.txt").write_text(NOTE, encoding="utf-8")
    (inbox / "new" / "trial.md").write_text(NOTE.replace("60 mg", "80 mg"), encoding="utf-8")
    (inbox / "abstracts.jsonl").write_text(json.dumps(ABSTRACT) + "\n", encoding="utf-8")
    ingested = ingest_paths([*discover(corpus), *discover(inbox)], Limits(), corpus, extra_roots=[inbox])
    # files of an inbox outside the corpus get their path under the inbox
    assert [(d.doc_id, d.origin) for d in ingested.documents] == [
        ("910001", str(corpus / "910001.txt")),
        ("910001", f"{inbox / 'abstracts.jsonl'}#910001"),
        ("new/trial", str(inbox / "new" / "trial.md")),
    ]
    # a PMID is the abstract's wherever it comes from: the file named like it makes way
    identities = assign_doc_ids(ingested.documents, {})
    file_id = disambiguated("910001", str(corpus / "910001.txt"))
    assert [d.doc_id for d in identities.documents] == [file_id, "910001", "new/trial"]
    clashes = [(c.held_by, c.source) for c in identities.clashes]
    assert clashes == [(f"{inbox / 'abstracts.jsonl'}#910001", str(corpus / "910001.txt"))]
