"""The candidates this set was chosen from, in the order they were read (README "Selection").

Development-split PMC abstracts (PMID ending 0 or 1) in no gold set of benchmarks/ at the time, with a
randomisation word, a drug-name ending or "placebo", "mg" or "placebo", at least three '%' and at most
3,500 characters; shuffled with seed 20261202. Prints PMID and title.

    PYTHONPATH=src .venv/bin/python benchmarks/pmc_dev3/candidates.py
"""

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from pmc_sets import load_records, split_of  # noqa: E402

DRUG_ENDING = re.compile(
    r"\b[a-z]{3,}(mab|nib|platin|taxel|rubicin|statin|pril|sartan|olol|azole|cillin|mycin|floxacin|parin|prazole|"
    r"tidine|caine|fentanil|azepam|oxetine|gliptin|glitazone|formin|lukast|dronate|setron|triptan|vir|cycline|asone|"
    r"olone|ifene|trozole|relin|profen|oxacin|dipine|semide|amide)\b", re.I)


def candidates() -> list[tuple[str, str]]:
    taken = {p.stem for gold in HERE.parent.glob("*/gold") if gold.parent != HERE for p in gold.glob("*.jsonl")}
    found = []
    for pmid, record in load_records().items():
        text = record["title"] + " " + record["abstract"]
        if split_of(pmid) != "dev" or pmid in taken or len(text) > 3500:
            continue
        if not re.search(r"randomi[sz]", text, re.I) or not (DRUG_ENDING.search(text) or re.search("placebo", text, re.I)):
            continue
        if re.search(r"\bmg\b|placebo", text, re.I) and len(re.findall(r"\d+(\.\d+)?\s?%", text)) >= 3:
            found.append((pmid, record["title"]))
    random.Random(20261202).shuffle(found)
    return found


if __name__ == "__main__":
    for pmid, title in candidates():
        print(pmid, title)
