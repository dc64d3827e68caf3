"""Build the third PMC development gold (benchmarks/pmc_dev3) from hand-written anchors, and check it.

Each `anchors/<pmid>.py` holds one abstract of ../shared/data/pmc_rct annotated by a person reading
the text, blind to the extractor. The anchor format, the record builder, the document text and the
checks are those of `benchmarks/pmc_dev/annotate.py`, imported here, not copied.

    PYTHONPATH=src .venv/bin/python benchmarks/pmc_dev3/annotate.py                 # build + check all
    PYTHONPATH=src .venv/bin/python benchmarks/pmc_dev3/annotate.py --only 123 456  # build + check these
    PYTHONPATH=src .venv/bin/python benchmarks/pmc_dev3/annotate.py --check         # check only
    PYTHONPATH=src .venv/bin/python benchmarks/pmc_dev3/annotate.py --show 123      # print a text with offsets
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


annotate = _load(HERE.parent / "pmc_dev" / "annotate.py", "pmc_dev_annotate")
KINDS = annotate.KINDS


def show(pmid: str) -> None:
    """The document text, each line prefixed by the offset of its first character."""
    text, record = annotate.load_texts({pmid})[pmid]
    print(f"PMID {pmid}, licence {record.get('license')}, {len(text)} characters")
    offset = 0
    for line in text.split("\n"):
        print(f"[{offset}] {line}")
        offset += len(line) + 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", metavar="PMID", help="build and check only these anchor files")
    parser.add_argument("--check", action="store_true", help="only check the gold files")
    parser.add_argument("--table", action="store_true", help="print the README table")
    parser.add_argument("--show", metavar="PMID", help="print one document's text and stop")
    args = parser.parse_args(argv)
    if args.show:
        show(args.show)
        return
    paths = sorted((HERE / "anchors").glob("[0-9]*.py"))
    if args.only:
        paths = [p for p in paths if p.stem in set(args.only)]
    modules = {p.stem: _load(p, f"anchors_dev3_{p.stem}") for p in paths}
    loaded = annotate.load_texts(set(modules))
    texts = {pmid: text for pmid, (text, _) in loaded.items()}
    gold_dir = HERE / "gold"
    if not args.check:
        annotate.write_gold(gold_dir, modules, texts)
    if args.only:  # check only the named files: copy them aside so others' work in progress is not read
        with tempfile.TemporaryDirectory() as tmp:
            for pmid in modules:
                shutil.copy(gold_dir / f"{pmid}.jsonl", tmp)
            counts = annotate.check(texts, modules, Path(tmp))
    else:
        counts = annotate.check(texts, modules, gold_dir)
    if args.table:
        annotate.print_table(modules, gold_dir, {pmid: record.get("license") for pmid, (_, record) in loaded.items()})
    designs = Counter(m.DESIGN for m in modules.values())
    print(f"dev3: {len(modules)} abstracts ({dict(designs)}); " + ", ".join(f"{k} {counts[k]}" for k in KINDS)
          + f"; CI-level % without row {counts['ci_level_%']}; % in dose rows {counts['dose_%']}")
    print("results by value_unit: " + ", ".join(
        f"{k[5:]} {v}" for k, v in counts.most_common() if k.startswith("unit ")))


if __name__ == "__main__":
    main()
