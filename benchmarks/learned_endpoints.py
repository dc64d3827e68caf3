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

Figures (branch learned-endpoints from main d59f6a5; 409 matched results in 65 documents: PMC dev
184/34, devset 73/7, dev2 152/24; accuracy of the endpoint code, (a) rules, (b) learned, (c) learned
only where the rules give none or the model is > 0.8 sure):

    grouped 5-fold          PMC dev          devset           dev2             all
    multiclass              .940/.745/.940   1.00/.589/1.00   .855/.579/.862   .919/.655/.922
    ranker with rule code   .940/.940/.940   1.00/1.00/1.00   .855/.855/.855   .919/.919/.919
    ranker w/o rule code    .940/.793/.804   1.00/.849/.904   .855/.809/.822   .919/.809/.829
    dev2 blind (145 results found by the pipeline of d73db02; trained on PMC dev + devset):
    rules .745 (the evaluation of that day, with its own vocabulary: .724); multiclass .566,
    ranker with rule code .745, ranker without it .766 (4 gained: cr 2 and hand-foot syndrome 2, a
    vocabulary entry added after dev2 was read; 1 lost)

The multiclass model cannot answer a code seen in no other document (74 of 409 results have a gold
code found in one document only); the ranker with the rules' code learns to copy it; the gold code
is among the ranker's candidates for 393 of 409, and for only 17 of the rules' 33 errors.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from functools import lru_cache
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

from trialmine.normalise.endpoints import endpoint_code, endpoint_vocabulary, read_endpoint_rules  # noqa: E402
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


BLIND_COMMIT = "d73db02"  # dev2's gold finished, scored once, before any rule read it
_DUMP_ROWS = """
import json, sys
from pathlib import Path
sys.path.insert(0, "benchmarks")
from abstracts_eval import gold_documents
from trialmine.run import extract, normalise
docs = gold_documents(Path("benchmarks/abstracts_dev2/gold"))
table = normalise(extract(docs).rows)
print(table[table["kind"] == "result"].to_json(orient="records"))
"""


def blind_dev2_results() -> list[dict]:
    """dev2's predicted results as the pipeline of BLIND_COMMIT gave them (its tree from git, run in
    a subprocess), so that neither the rules nor the model has read dev2."""
    with tempfile.TemporaryDirectory(prefix="learned-endpoints-") as tmp:
        tree = Path(tmp) / "tree"  # abstracts_eval finds the abstracts at <tree>/../shared
        tree.mkdir()
        (Path(tmp) / "shared").symlink_to(HERE.parents[1] / "shared")
        archive = subprocess.run(["git", "-C", str(HERE.parent), "archive", BLIND_COMMIT], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
        env = {**os.environ, "PYTHONPATH": str(tree / "src")}
        done = subprocess.run([sys.executable, "-c", _DUMP_ROWS], cwd=tree, env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def matched_pairs(sets: dict[str, tuple[Path, list]], given: dict[str, list[dict]] | None = None) -> pd.DataFrame:
    """Matched results of each set; `given` replaces a set's predicted result rows."""
    vocab = vocabulary_pattern()
    rows = []
    for name, (gold_dir, docs) in sets.items():
        texts = {d.doc_id: d.text for d in docs}
        if given and name in given:
            preds = given[name]
        else:
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


@lru_cache(maxsize=1)
def code_categories() -> dict[str, str]:
    """code (compared form) -> its category in rules/endpoints.json (efficacy, safety, ...)."""
    return {code_of(code): cat for cat, codes in read_endpoint_rules().items()
            if not cat.startswith("_") and isinstance(codes, dict) for code in codes}  # fmt: skip


def candidates(pair: dict, use_rule: bool = True) -> dict[str, list[str]]:
    """Candidate codes of one result -> code-independent features: the rules' code, the code of the
    predicted endpoint_text, every vocabulary code named in the sentence, and none. Without
    `use_rule` the rules' code is neither a candidate of its own nor a feature."""
    found: dict[str, list[str]] = {}

    def add(code: str, *feats: str) -> None:
        found.setdefault(code, []).extend(feats)

    if use_rule:
        add(pair["rule"], "is_rule")
    add(code_of(pair["endpoint_text"]) if pair["endpoint_text"] else NONE, "is_text_code")
    add(NONE, "is_none")
    for rank, (distance, side, code) in enumerate(pair["mentions"]):
        add(code, f"men_{side}", f"men_rank={min(rank, 3)}", f"men_{side}_dist={min(distance // 20, 4)}")
    text = pair["endpoint_text"].lower()
    rule_none = pair["rule"] == NONE if use_rule else "unknown"
    out = {}
    for code, feats in found.items():
        category = NONE if code == NONE else code_categories().get(code, "open")
        ctx = [f"cat={category}", f"cat_unit={category}|{pair['unit']}", f"rule_none={rule_none}",
               f"in_text={code != NONE and code in text}", f"n_mentions={min(len(pair['mentions']), 4)}"]  # fmt: skip
        own = sorted(set(feats))
        # the window words, crossed with what the candidate is (rules' code, nearest mention, none)
        role = "rule" if "is_rule" in own else "none" if code == NONE else "men0" if "men_rank=0" in own else "other"
        out[code] = own + ctx + [f"{role}|{f}" for f in own + ctx] + [f"{role}|{w}" for w in window_tokens(pair)]
    return out


def rank_candidates(
    pairs: pd.DataFrame, train: np.ndarray, test: np.ndarray, use_rule: bool = True
) -> tuple[list[str], list[float]]:
    """A binary logistic regression over (result, candidate code) trained on `train`; each test
    result takes its highest-scoring candidate (softmax over its candidates as confidence)."""
    records_ = pairs.to_dict("records")
    cands = [candidates(r, use_rule) for r in records_]
    docs, labels = [], []
    for k in train:
        for code, feats in cands[k].items():
            docs.append(" ".join(f.replace(" ", "_") for f in feats))
            labels.append(code == records_[k]["gold"])
    vectorizer = CountVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False, binary=True)
    fitted = LogisticRegression(C=1.0, max_iter=3000).fit(vectorizer.fit_transform(docs), labels)
    chosen, confidence = [], []
    for k in test:
        codes = list(cands[k])
        score = fitted.decision_function(vectorizer.transform([" ".join(f.replace(" ", "_") for f in cands[k][c]) for c in codes]))
        weights = np.exp(score - score.max())
        chosen.append(codes[int(score.argmax())])
        confidence.append(float(weights.max() / weights.sum()))
    return chosen, confidence


def cross_validate(
    pairs: pd.DataFrame, folds: int = 5, ranker: bool = False, use_rule: bool = True, test_set: str | None = None
) -> pd.DataFrame:
    """Learned codes for every result, each from a model that never saw its document; with
    `test_set`, one split only: trained on the other sets, tested on that one."""
    learned, confidence = np.empty(len(pairs), dtype=object), np.zeros(len(pairs))
    if test_set:
        is_test = (pairs["set"] == test_set).to_numpy()
        splits = [(np.flatnonzero(~is_test), np.flatnonzero(is_test))]
    else:
        splits = GroupKFold(n_splits=folds).split(pairs, groups=pairs["doc"])
    for train, test in splits:
        if ranker:
            learned[test], confidence[test] = rank_candidates(pairs, train, test, use_rule)
            continue
        fitted = model().fit(pairs.iloc[train], pairs["gold"].iloc[train])
        proba = fitted.predict_proba(pairs.iloc[test])
        learned[test] = fitted.classes_[proba.argmax(1)]
        confidence[test] = proba.max(1)
    out = pairs.assign(learned=learned, confidence=confidence)
    use = (out["rule"] == NONE) | (out["confidence"] > CONFIDENT)
    return out.assign(combined=np.where(use, out["learned"], out["rule"]))


def differences(out: pd.DataFrame) -> None:
    """Gold codes the model gets and the rules do not, and the other way round."""
    rules_ok, learned_ok = out["rule"] == out["gold"], out["learned"] == out["gold"]
    for title, mask in (("learned right, rules wrong", learned_ok & ~rules_ok),
                        ("rules right, learned wrong", rules_ok & ~learned_ok)):  # fmt: skip
        print(f"\n{title}: {mask.sum()} (gold code: count; rules' / learned code)")
        for gold, part in out[mask].groupby("gold"):
            shown = "; ".join(f"{r} / {lc}" for r, lc in list(zip(part["rule"], part["learned"]))[:3])
            print(f"  {gold}: {len(part)}  [{shown}]")


def report(out: pd.DataFrame) -> None:
    print(f"{'set':<10}{'pairs':>6}{'docs':>6}  {'(a) rules':>10}{'(b) learned':>12}{'(c) combined':>13}")
    for name, part in [*out.groupby("set", sort=False), ("all", out)]:
        acc = [(part[c] == part["gold"]).mean() for c in ("rule", "learned", "combined")]
        print(f"{name:<10}{len(part):>6}{part['doc'].nunique():>6}  {acc[0]:10.3f}{acc[1]:12.3f}{acc[2]:13.3f}")
    only_one_doc = out.groupby("gold")["doc"].nunique()
    single = out["gold"].map(only_one_doc) == 1
    print(f"\npairs whose gold code occurs in one document only (unlearnable across documents): {single.sum()}"
          f" (rules right on {(out['rule'] == out['gold'])[single].sum()})")  # fmt: skip
    differences(out)
    rules_ok, learned_ok = out["rule"] == out["gold"], out["learned"] == out["gold"]
    confident = out["confidence"] > CONFIDENT
    print(f"\nconfident (> {CONFIDENT}) on {confident.sum()} of {len(out)}: learned right {learned_ok[confident].mean():.3f},"
          f" rules right {rules_ok[confident].mean():.3f}; rules give none on {(out['rule'] == NONE).sum()}"
          f" (gold none on {(out['gold'] == NONE).sum()})")  # fmt: skip


def main() -> None:
    sets = development_documents()
    pairs = matched_pairs(sets)
    reachable = np.array([r["gold"] in candidates(r) for r in pairs.to_dict("records")])
    wrong = (pairs["rule"] != pairs["gold"]).to_numpy()
    print(f"{len(pairs)} matched development results in {pairs['doc'].nunique()} documents; the gold code is "
          f"among the ranker's candidates for {reachable.sum()}; the rules are wrong on {wrong.sum()}, "
          f"{(wrong & reachable).sum()} of them with the gold code among the candidates\n")  # fmt: skip
    print("== multiclass logistic regression over codes, grouped 5-fold by document ==")
    report(cross_validate(pairs))
    print("\n== candidate ranker (code-independent features), grouped 5-fold by document ==")
    report(cross_validate(pairs, ranker=True))
    print("\n== candidate ranker without the rules' code (context and endpoint_text only) ==")
    report(cross_validate(pairs, ranker=True, use_rule=False))

    print(f"\n== dev2 blind: its results as the pipeline of {BLIND_COMMIT} found them (before any rule read dev2); "
          "models trained on PMC dev + devset (today's pipeline), tested on dev2 ==")  # fmt: skip
    others = pairs[pairs["set"] != "dev2"]
    blind = matched_pairs({"dev2": sets["dev2"]}, given={"dev2": blind_dev2_results()})
    both = pd.concat([others, blind], ignore_index=True)
    for title, kwargs in (("multiclass", {}), ("candidate ranker", {"ranker": True}),
                          ("ranker without the rules' code", {"ranker": True, "use_rule": False})):  # fmt: skip
        out = cross_validate(both, test_set="dev2", **kwargs)
        part = out[out["set"] == "dev2"]
        acc = [(part[c] == part["gold"]).mean() for c in ("rule", "learned", "combined")]
        print(f"  {title:<32} pairs {len(part)}: (a) rules {acc[0]:.3f}  (b) learned {acc[1]:.3f}  (c) combined {acc[2]:.3f}")
    differences(part)  # of the last: the ranker without the rules' code


if __name__ == "__main__":
    main()
