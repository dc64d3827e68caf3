"""The abstract gold sets under guidelines v2 load with the project's loader and pass its
completeness rules: benchmarks/devset and benchmarks/heldout (v1 sets brought to v2, built from
anchors by benchmarks/abstracts_gold.py), benchmarks/abstracts_dev2 (built by the same code),
benchmarks/pmc_dev and benchmarks/pmc_dev3 (each built from its anchors), and benchmarks/pmc_heldout
(a structural check of its gold only)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))  # benchmark scripts import each other by module name

import abstracts_gold  # noqa: E402
from pmc_sets import ARTICLES, pmc_documents  # noqa: E402

from trialmine.validate import load_gold  # noqa: E402
from trialmine.validate.gold import GOLD_KEYS, GOLD_V2_KEYS, annotation_problems  # noqa: E402

ABSTRACT_SETS = {"devset": abstracts_gold.SETS["dev"], "heldout": abstracts_gold.SETS["heldout"],
                 "abstracts_dev2": REPO / "benchmarks" / "abstracts_dev2"}
PMC_SETS = {"pmc_dev": REPO / "benchmarks" / "pmc_dev", "pmc_dev3": REPO / "benchmarks" / "pmc_dev3",
            "pmc_heldout": REPO / "benchmarks" / "pmc_heldout"}
BUILT_BY_PMC_DEV_ANNOTATE = ("pmc_dev", "pmc_dev3")
needs_abstracts = pytest.mark.skipif(not abstracts_gold.ABSTRACTS.is_file(), reason=f"{abstracts_gold.ABSTRACTS} not present")
needs_articles = pytest.mark.skipif(not ARTICLES.is_file(), reason=f"{ARTICLES} not present")


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _check_set(gold_dir: Path, texts: dict[str, str], not_values: dict[str, set[int]]) -> None:
    frame = load_gold(gold_dir, texts)  # keys, kinds, types, offsets against the text, arm labels
    assert set(frame["doc_id"]) == set(texts)
    assert set(frame["gold_version"]) == {2}, "every line carries the v2 keys"
    for path in sorted(gold_dir.glob("*.jsonl")):
        problems = annotation_problems(texts[path.stem], _records(path), not_values=not_values.get(path.stem, ()))
        assert problems == [], f"{path}: {problems}"


@needs_abstracts
@pytest.mark.parametrize("name", ABSTRACT_SETS)
def test_abstract_gold_set_is_v2_complete_and_built_from_its_anchors(name: str) -> None:
    root = ABSTRACT_SETS[name]
    anchors = {p.stem: abstracts_gold._load(p, f"anchors_{name}_{p.stem}") for p in sorted((root / "anchors").glob("[0-9]*.py"))}
    texts = abstracts_gold.documents(set(anchors))
    _check_set(root / "gold", texts, {})
    for pmid, module in anchors.items():  # the committed gold is exactly what the anchors build
        assert _records(root / "gold" / f"{pmid}.jsonl") == abstracts_gold.build(module, texts[pmid]), pmid
    frame = load_gold(root / "gold", texts)
    results = frame[frame["kind"] == "result"]
    assert results["value_unit"].notna().all() and results["endpoint_text"].notna().all()
    assert (frame["kind"] == "arm").groupby(frame["doc_id"]).sum().min() >= 1, "every abstract defines its arms"


@needs_articles
@pytest.mark.parametrize("name", PMC_SETS)
def test_pmc_gold_set_loads_and_is_v2_complete(name: str) -> None:
    root = PMC_SETS[name]
    pmids = sorted(p.stem for p in (root / "gold").glob("*.jsonl"))
    texts = {doc.doc_id: doc.text for doc in pmc_documents(pmids)}
    not_values, anchors = {}, {}
    if name in BUILT_BY_PMC_DEV_ANNOTATE:  # the held-out set is built by a script of its own
        anchors = {p.stem: abstracts_gold._load(p, f"{name}_{p.stem}") for p in sorted((root / "anchors").glob("[0-9]*.py"))}
    for pmid, module in anchors.items():  # '%' signs that are no values (column headers, bounds), listed in the anchors
        not_values[pmid] = {abstracts_gold.annotate.locate(texts[pmid], a)[0] for a in getattr(module, "PCT_NO_ROW", [])}
    _check_set(root / "gold", texts, not_values)
    for pmid, module in anchors.items():  # the committed gold is exactly what the anchors build
        assert _records(root / "gold" / f"{pmid}.jsonl") == abstracts_gold.annotate.build_doc(module, texts[pmid]), pmid


def _result(text: str, span: str) -> dict:
    rec = dict.fromkeys((*GOLD_KEYS, *GOLD_V2_KEYS))
    start = text.index(span)
    rec.update(doc_id="d", kind="result", start=start, end=start + len(span), text=span, category="efficacy",
               value_unit="%", endpoint_text="CR")
    return rec


def test_a_cri_rate_is_a_value_and_a_credible_interval_level_is_not() -> None:
    text = "ORR 69% (CR 60% CRi 9%); difference 5 points (90% CrI 1 to 9)"
    rows = [_result(text, span) for span in ("69%", "60%", "9%)")]
    rows[2].update(text="9%", end=rows[2]["end"] - 1)
    assert annotation_problems(text, rows) == []  # the '%' of "90% CrI" needs no row
    uncovered = annotation_problems(text, [r for r in rows if r["text"] != "60%"])
    assert len(uncovered) == 1 and "'%' at 14" in uncovered[0]
