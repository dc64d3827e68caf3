"""Check the value-by-value result-sentence annotations of benchmarks/rct_sentences/<set>/.

Every file must name a development-split PMID (last digit 0 or 1), every sentence must be a
substring of its document (title + "\\n" + abstract, or the article body), and every value,
outcome and arm snippet must be found, unambiguously, in its sentence. Prints what each set holds;
exits 1 naming the file and the problem otherwise. Usage:

    python benchmarks/rct_sentences/check.py [SET ...]     # all sets when none is named
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from pmc_sets import load_records, pmc_document, split_of  # noqa: E402

from trialmine.validate.rct_art import ARM_RELATIONS, RctArtError, load_value_annotations  # noqa: E402


def annotation_files(sets: list[str] | None = None) -> list[Path]:
    """The annotation files of the named sets (all sets when None), sorted."""
    folders = [HERE / name for name in sets] if sets else sorted(p for p in HERE.iterdir() if p.is_dir())
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        raise SystemExit(f"no such set: {', '.join(missing)}")
    return sorted(path for folder in folders for path in folder.glob("*.json"))


def document_text(record: dict, source: str) -> str:
    if source == "abstract":
        return pmc_document(record).text
    if source == "body":
        return record.get("body") or ""
    raise ValueError(f"source must be 'abstract' or 'body', not {source!r}")


def check(files: list[Path]) -> list[str]:
    """The problems of the files, each naming its file; loads the articles once."""
    problems = []
    raw = {path: json.loads(path.read_text(encoding="utf-8")) for path in files}
    records = load_records({str(r.get("pmid")) for r in raw.values()} - {"None"})
    for path, record in raw.items():
        pmid = str(record.get("pmid"))
        if path.stem != pmid:
            problems.append(f"{path}: pmid {pmid} does not match the file name")
        if split_of(pmid) != "dev":
            problems.append(f"{path}: PMID {pmid} is not in the development split (last digit 0 or 1)")
            continue
        try:
            text = document_text(records[pmid], record.get("source", ""))
        except (KeyError, ValueError) as exc:
            problems.append(f"{path}: {exc}")
            continue
        for index, sentence in enumerate(record.get("sentences", []), start=1):
            if sentence.get("text", "") not in text:
                problems.append(f"{path}: sentence {index} is not in the document's {record.get('source')}")
        try:
            load_value_annotations(path)
        except RctArtError as exc:
            problems.append(str(exc))
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set folders (default: all)")
    args = parser.parse_args()
    files = annotation_files(args.sets)
    problems = check(files)
    for problem in problems:
        print(f"ERROR {problem}")
    by_set: dict[str, list[Path]] = {}
    for path in files:
        by_set.setdefault(path.parent.name, []).append(path)
    print(f"{'set':<12}{'documents':>10}{'sentences':>10}{'values':>8}{'outcome links':>15}{'arm links':>11}")
    for name, paths in by_set.items():
        sentences = [s for p in paths if not any(str(p) in x for x in problems) for s in load_value_annotations(p)]
        values = sum(1 for s in sentences for span in s.spans if span.label == "MEAS")
        outcome = sum(1 for s in sentences for r in s.relations if r.label == "OC_RES")
        arm = sum(1 for s in sentences for r in s.relations if r.label in ARM_RELATIONS)
        print(f"{name:<12}{len(paths):>10}{len(sentences):>10}{values:>8}{outcome:>15}{arm:>11}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
