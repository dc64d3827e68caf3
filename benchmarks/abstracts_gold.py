"""Build the v1 abstract gold sets (benchmarks/devset, benchmarks/heldout) under GUIDELINES v2
from hand-written anchors, and check them.

Each `<set>/anchors/<pmid>.py` holds one abstract's annotations, written by a person reading the
text (no extractor was run on these texts and no extractor output was looked at). The anchor
format and the record builder are those of `benchmarks/pmc_dev/annotate.py` (imported, not
copied); one addition: `DRUG_NOTES` maps a drug surface form to the `note` of each of its rows.
The text is the one trialmine ingests (`abstract_document` over the abstracts file, as in
`benchmarks/abstracts_eval.py`).

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/abstracts_gold.py --set dev          # build + check
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/abstracts_gold.py --set heldout --check

Building writes `<set>/gold/<pmid>.jsonl`; the check (`pmc_dev/annotate.py:check`) runs the project's gold loader
(`read_gold_file`) and the guideline's completeness rules (`annotation_problems`) and prints
per-kind counts and results by `value_unit`.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

from trialmine.ingest.abstracts import abstract_document

HERE = Path(__file__).resolve().parent
SETS = {"dev": HERE / "devset", "heldout": HERE / "heldout"}
ABSTRACTS = HERE.parents[1] / "shared" / "data" / "abstracts" / "abstracts.jsonl"
KINDS = ("drug", "dose", "result", "arm")


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


annotate = _load(HERE / "pmc_dev" / "annotate.py", "pmc_dev_annotate")


def documents(pmids: set[str]) -> dict[str, str]:
    """pmid -> the document text trialmine ingests for that abstract."""
    texts = {}
    with open(ABSTRACTS, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if str(record["pmid"]) in pmids:
                doc = abstract_document(record, source="abstracts.jsonl")
                texts[doc.doc_id] = doc.text
    missing = pmids - set(texts)
    if missing:
        raise SystemExit(f"{ABSTRACTS}: no record for PMID(s) {', '.join(sorted(missing))}")
    return texts


def build(module, text: str) -> list[dict]:
    rows = annotate.build_doc(module, text)
    notes = getattr(module, "DRUG_NOTES", {})
    for row in rows:
        if row["kind"] == "drug" and row["note"] is None and row["text"] in notes:
            row["note"] = notes[row["text"]]
    return rows


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=SETS, required=True)
    parser.add_argument("--check", action="store_true", help="only check the gold files")
    args = parser.parse_args(argv)
    root = SETS[args.set]
    modules = {p.stem: _load(p, f"anchors_{p.stem}") for p in sorted((root / "anchors").glob("[0-9]*.py"))}
    texts = documents(set(modules))
    if not args.check:
        (root / "gold").mkdir(exist_ok=True)
        for pmid, module in modules.items():
            out = root / "gold" / f"{pmid}.jsonl"
            tmp = out.with_suffix(".tmp")
            tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build(module, texts[pmid])),
                           encoding="utf-8")
            tmp.replace(out)
    counts = annotate.check(texts, modules, root / "gold")
    print(f"{args.set}: {len(modules)} abstracts; " + ", ".join(f"{k} {counts[k]}" for k in KINDS))
    print("results by value_unit: " + ", ".join(
        f"{k[5:]} {v}" for k, v in counts.most_common() if k.startswith("unit ")))


if __name__ == "__main__":
    main(sys.argv[1:])
