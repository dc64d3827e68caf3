"""Build the second abstract development gold (benchmarks/abstracts_dev2) from hand-written
anchors, and check it.

Each `anchors/<pmid>.py` holds one abstract of ../shared/data/abstracts/abstracts.jsonl annotated
by a person reading the text, blind to the extractor. The anchor format, the record builder and
the text (`abstract_document` over the abstracts file, as `benchmarks/abstracts_eval.py` ingests
it) are those of `benchmarks/abstracts_gold.py` and `benchmarks/pmc_dev/annotate.py`, imported
here, not copied.

    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/abstracts_dev2/annotate.py           # build + check
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/abstracts_dev2/annotate.py --check   # check only
    PYTHONPATH=src /work/main/.venv/bin/python benchmarks/abstracts_dev2/annotate.py --table   # README table
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


abstracts_gold = _load(HERE.parent / "abstracts_gold.py", "abstracts_gold")
KINDS = abstracts_gold.KINDS


def main(argv: list[str]) -> None:
    modules = {p.stem: _load(p, f"anchors_dev2_{p.stem}") for p in sorted((HERE / "anchors").glob("[0-9]*.py"))}
    texts = abstracts_gold.documents(set(modules))
    if "--check" not in argv:
        abstracts_gold.annotate.write_gold(HERE / "gold", modules, texts, abstracts_gold.build)
    counts = abstracts_gold.annotate.check(texts, modules, HERE / "gold")
    if "--table" in argv:
        licences = {}
        with open(abstracts_gold.ABSTRACTS, encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line)
                licences[str(record["pmid"])] = record.get("license")
        abstracts_gold.annotate.print_table(modules, HERE / "gold", licences)
    designs = Counter(m.DESIGN for m in modules.values())
    print(f"dev2: {len(modules)} abstracts ({dict(designs)}); " + ", ".join(f"{k} {counts[k]}" for k in KINDS)
          + f"; CI-level % without row {counts['ci_level_%']}; % in dose rows {counts['dose_%']}")
    print("results by value_unit: " + ", ".join(
        f"{k[5:]} {v}" for k, v in counts.most_common() if k.startswith("unit ")))


if __name__ == "__main__":
    main(sys.argv[1:])
