"""EXPERIMENT, not part of the pipeline: would a learned endpoint-code choice generalise better than
the rules?

For every matched result (prediction <-> gold, overlapping spans, the evaluation's own `align`) of
the development sets only (PMC dev, the older abstracts devset, dev2), a logistic regression picks
the endpoint code from generic features: char n-grams of the predicted endpoint_text, the words in
8 tokens before and after the value (position-marked), the value's unit, the vocabulary codes named
in the value's sentence (which code, before/after, nearest first) and the rules' own code. It is
scored by grouped 5-fold cross-validation (whole documents left out). Held-out sets are not read.

    python benchmarks/learned_endpoints.py

Caveat: the rules were written while reading these sets, so the rules' accuracy here is optimistic;
the fairer comparison is dev2's figures before any rule read it against the model's cross-validated
accuracy on dev2's documents. The model can only answer codes seen in other documents' gold.

Figures (branch learned-endpoints, from main d59f6a5): see README "A learned endpoint choice,
measured and not shipped".
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from abstracts_eval import GOLD_SETS as ABSTRACT_GOLD_SETS  # noqa: E402
from abstracts_eval import gold_documents  # noqa: E402
from pmc_sets import GOLD_SETS as PMC_GOLD_SETS  # noqa: E402
from pmc_sets import pmc_documents  # noqa: E402

from trialmine.normalise.endpoints import endpoint_code, endpoint_vocabulary  # noqa: E402
from trialmine.run import extract, normalise  # noqa: E402
from trialmine.validate.gold import gold_doc_ids, load_gold  # noqa: E402
from trialmine.validate.match import align, records, sentence_window  # noqa: E402

WINDOW = 8
CONFIDENT = 0.8
NONE = "none"


def code_of(endpoint: str | None) -> str:
    """The evaluation's comparison key for an endpoint (`_norm_endpoint`), null as its own class."""
    return NONE if endpoint is None else " ".join(endpoint_code(endpoint).lower().split())


def development_documents() -> dict[str, tuple[Path, list]]:
    return {
        "pmc_dev": (PMC_GOLD_SETS["dev"], pmc_documents(gold_doc_ids(PMC_GOLD_SETS["dev"]))),
        "devset": (ABSTRACT_GOLD_SETS["dev"], gold_documents(ABSTRACT_GOLD_SETS["dev"])),
        "dev2": (ABSTRACT_GOLD_SETS["dev2"], gold_documents(ABSTRACT_GOLD_SETS["dev2"])),
    }


def vocabulary_pattern() -> re.Pattern:
    phrases = sorted((p for p in endpoint_vocabulary() if len(p) >= 2), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])", re.IGNORECASE)


_TOKEN = re.compile(r"[A-Za-z][A-Za-z\-]*|\d+(?:\.\d+)?|[%()<>=/]")


def context(text: str, row: dict, vocab: re.Pattern) -> dict:
    """The value's surroundings: window words either side (nearest first) and the vocabulary codes
    named in its sentence as (distance, side, code), nearest first."""
    sentence, s0 = sentence_window(text, row["start"], row["end"])
    lo, hi = row["start"] - s0, row["end"] - s0
    mentions = []
    for m in vocab.finditer(sentence):
        code = code_of(endpoint_vocabulary()[m.group(1).lower()])
        side = "b" if m.end() <= lo else "a" if m.start() >= hi else "in"
        distance = lo - m.end() if side == "b" else m.start() - hi if side == "a" else 0
        mentions.append((distance, side, code))
    return {
        "before": [t.lower() for t in _TOKEN.findall(sentence[:lo])][-WINDOW:][::-1],
        "after": [t.lower() for t in _TOKEN.findall(sentence[hi:])][:WINDOW],
        "mentions": sorted(mentions),
    }


def window_tokens(pair: dict) -> list[str]:
    out = []
    for side in ("before", "after"):
        for i, w in enumerate(pair[side]):
            out += [f"{side[0]}:{w}"] + ([f"{side[0]}{i}:{w}"] if i < 3 else [])
    return out


def features(pair: dict) -> str:
    """Space-joined feature tokens of one predicted result, for the multiclass model."""
    out = [f"rule={pair['rule']}", f"unit={pair['unit']}", *window_tokens(pair)]
    for rank, (_d, side, code) in enumerate(pair["mentions"]):
        out += [f"men={code}", f"men_{side}={code}"] + ([f"men_near{rank}={code}"] if rank < 2 else [])
    return " ".join(o.replace(" ", "_") for o in out)


def matched_pairs() -> pd.DataFrame:
    vocab = vocabulary_pattern()
    rows = []
    for name, (gold_dir, docs) in development_documents().items():
        texts = {d.doc_id: d.text for d in docs}
        preds = [r for r in records(normalise(extract(docs).rows)) if r["kind"] == "result"]
        golds = [r for r in records(load_gold(gold_dir, texts)) if r["kind"] == "result"]
        for doc_id, text in texts.items():
            p = [r for r in preds if r["doc_id"] == doc_id]
            g = [r for r in golds if r["doc_id"] == doc_id]
            for i, j in align(p, g, "overlap"):
                rows.append({
                    "set": name, "doc": doc_id, "gold": code_of(g[j]["endpoint"]), "rule": code_of(p[i]["endpoint"]),
                    "endpoint_text": p[i].get("endpoint_text") or "", "unit": p[i].get("value_unit") or "none",
                    **context(text, p[i], vocab),
                })  # fmt: skip
    pairs = pd.DataFrame(rows)
    return pairs.assign(feats=[features(r) for r in pairs.to_dict("records")])


def model():
    columns = ColumnTransformer([
        ("text", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True), "endpoint_text"),
        ("feats", CountVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False, binary=True), "feats"),
    ])  # fmt: skip
    return make_pipeline(columns, LogisticRegression(C=5.0, max_iter=3000))


def cross_validate(pairs: pd.DataFrame, folds: int = 5) -> pd.DataFrame:
    learned, confidence = np.empty(len(pairs), dtype=object), np.zeros(len(pairs))
    for train, test in GroupKFold(n_splits=folds).split(pairs, groups=pairs["doc"]):
        fitted = model().fit(pairs.iloc[train], pairs["gold"].iloc[train])
        proba = fitted.predict_proba(pairs.iloc[test])
        learned[test] = fitted.classes_[proba.argmax(1)]
        confidence[test] = proba.max(1)
    out = pairs.assign(learned=learned, confidence=confidence)
    use = (out["rule"] == NONE) | (out["confidence"] > CONFIDENT)
    return out.assign(combined=np.where(use, out["learned"], out["rule"]))


def report(out: pd.DataFrame) -> None:
    print(f"{'set':<10}{'pairs':>6}{'docs':>6}  {'(a) rules':>10}{'(b) learned':>12}{'(c) combined':>13}")
    for name, part in [*out.groupby("set", sort=False), ("all", out)]:
        acc = [(part[c] == part["gold"]).mean() for c in ("rule", "learned", "combined")]
        print(f"{name:<10}{len(part):>6}{part['doc'].nunique():>6}  {acc[0]:10.3f}{acc[1]:12.3f}{acc[2]:13.3f}")
    only_one_doc = out.groupby("gold")["doc"].nunique()
    single = out["gold"].map(only_one_doc) == 1
    print(f"\npairs whose gold code occurs in one document only (unlearnable across documents): {single.sum()}"
          f" (rules right on {(out['rule'] == out['gold'])[single].sum()})")  # fmt: skip
    rules_ok, learned_ok = out["rule"] == out["gold"], out["learned"] == out["gold"]
    for title, mask in (("learned right, rules wrong", learned_ok & ~rules_ok),
                        ("rules right, learned wrong", rules_ok & ~learned_ok)):  # fmt: skip
        print(f"\n{title}: {mask.sum()} (gold code: count; rules' / learned code)")
        for gold, part in out[mask].groupby("gold"):
            shown = "; ".join(f"{r} / {lc}" for r, lc in list(zip(part["rule"], part["learned"]))[:3])
            print(f"  {gold}: {len(part)}  [{shown}]")
    confident = out["confidence"] > CONFIDENT
    print(f"\nconfident (> {CONFIDENT}) on {confident.sum()} of {len(out)}: learned right {learned_ok[confident].mean():.3f},"
          f" rules right {rules_ok[confident].mean():.3f}; rules give none on {(out['rule'] == NONE).sum()}"
          f" (gold none on {(out['gold'] == NONE).sum()})")  # fmt: skip


def main() -> None:
    pairs = matched_pairs()
    report(cross_validate(pairs))
    dev2 = pairs[pairs["set"] == "dev2"].reset_index(drop=True)
    print("\ndev2 alone, grouped 5-fold (trained on dev2 documents only):")
    report(cross_validate(dev2))


if __name__ == "__main__":
    main()
