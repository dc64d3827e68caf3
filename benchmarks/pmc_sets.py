"""Trial abstracts of ../shared/data/pmc_rct/articles.jsonl.gz as trialmine Documents, by PMID.

The development and held-out gold (`benchmarks/pmc_dev/gold`, `benchmarks/pmc_dev3/gold`,
`benchmarks/pmc_heldout/gold`) index the text built here, so annotators and the benchmark must build
it the same way: title + "\\n" + abstract, through `abstract_document`. Splits by the PMID's last digit: 0 or 1 development,
4 or 9 held-out; the other digits are kept for independent checks and are not used.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from pathlib import Path

from trialmine.ingest.abstracts import abstract_document
from trialmine.ingest.document import Document

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parents[1] / "shared" / "data" / "pmc_rct" / "articles.jsonl.gz"
GOLD_SETS = {"dev": HERE / "pmc_dev" / "gold", "dev3": HERE / "pmc_dev3" / "gold", "heldout": HERE / "pmc_heldout" / "gold"}
SPLIT_DIGITS = {"dev": ("0", "1"), "heldout": ("4", "9")}


def split_of(pmid: str) -> str | None:
    """"dev", "heldout" or None (kept for independent checks) by the PMID's last digit."""
    for split, digits in SPLIT_DIGITS.items():
        if pmid.endswith(digits):
            return split
    return None


def load_records(pmids: Iterable[str] | None = None, articles: Path = ARTICLES) -> dict[str, dict]:
    """PMID -> article record (those with a PMID and an abstract); only `pmids` when given."""
    wanted = None if pmids is None else {str(p) for p in pmids}
    found: dict[str, dict] = {}
    with gzip.open(articles, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            pmid = rec.get("pmid")
            if pmid and rec.get("abstract") and (wanted is None or pmid in wanted):
                found[pmid] = rec
    if wanted is not None and (missing := sorted(wanted - set(found))):
        raise KeyError(f"{articles}: no article with an abstract for PMID(s) {', '.join(missing)}")
    return found


def pmc_document(rec: dict, source: str = str(ARTICLES)) -> Document:
    """The Document of one article record: its title and abstract, doc_id = PMID."""
    return abstract_document({"pmid": rec["pmid"], "title": rec["title"], "text": rec["abstract"]}, source)


def pmc_documents(pmids: Iterable[str], articles: Path = ARTICLES) -> list[Document]:
    """Documents of the given PMIDs, in the order given."""
    pmids = [str(p) for p in pmids]
    records = load_records(pmids, articles)
    return [pmc_document(records[p], str(articles)) for p in pmids]
