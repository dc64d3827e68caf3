"""Prefect 3 flow: train the trialmine CRAFT tagger + dependency parser.

    python -m trialmine.flows.train_parser --data ../shared/data/craft/craft_dependency.conllu.gz \
        --out src/trialmine/models/trialmine_parser_craft

split by document + convert -> train -> ship (without the shared vectors) + evaluate on the test
documents + write metrics. The work is done by ``trialmine.parser.train``; this file orchestrates.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Optional

from prefect import flow, task

from trialmine.ner import bundled_model_path as bundled_ner
from trialmine.ner.train import DEFAULT_SEED, train_model, vectors_overrides
from trialmine.parser import train as parser_train
from trialmine.parser.craft import PreparedTreebank, default_treebank


@task(name="split-and-convert")
def prepare(treebank: str, work_dir: str, max_docs: Optional[int]) -> PreparedTreebank:
    return parser_train.prepare(treebank, work_dir, max_docs)


@task(name="train")
def train(corpus: PreparedTreebank, work_dir: str, config: Optional[str], seed: int,
          max_epochs: Optional[int], max_steps: Optional[int]) -> tuple[str, float]:  # fmt: skip
    best, seconds = train_model(corpus, Path(work_dir) / "train", config or parser_train.default_config_path(), seed,
                                max_epochs, max_steps, vectors_overrides(bundled_ner()))  # fmt: skip
    return str(best), seconds


@task(name="ship-and-evaluate")
def ship(best: str, out_dir: str, corpus: PreparedTreebank, seconds: float, config: Optional[str], seed: int) -> dict[str, Any]:
    return parser_train.ship(best, out_dir, corpus, seconds, config, seed)


@flow(name="train-parser-craft")
def train_parser_flow(
    treebank: str = str(default_treebank()),
    out_dir: str = "src/trialmine/models/trialmine_parser_craft",
    config: Optional[str] = None,
    max_docs: Optional[int] = None,
    max_epochs: Optional[int] = None,
    max_steps: Optional[int] = None,
    seed: int = DEFAULT_SEED,
    work_dir: Optional[str] = None,
) -> dict[str, Any]:
    work_dir = work_dir or str(parser_train.default_work_dir(out_dir))
    corpus = prepare(treebank, work_dir, max_docs)
    best, seconds = train(corpus, work_dir, config, seed, max_epochs, max_steps)
    return ship(best, out_dir, corpus, seconds, config, seed)


def main() -> None:
    ap = argparse.ArgumentParser(description="Train the trialmine CRAFT tagger + parser (Prefect flow).")
    ap.add_argument("--data", default=str(default_treebank()))
    ap.add_argument("--out", default="src/trialmine/models/trialmine_parser_craft")
    ap.add_argument("--config", default=None)
    ap.add_argument("--max-docs", type=int, default=None)
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--max-steps", type=int, default=None)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    a = ap.parse_args()
    m = train_parser_flow(a.data, a.out, a.config, a.max_docs, a.epochs, a.max_steps, a.seed)
    print({k: m["test_gold_tokens"][k] for k in ("tag_acc", "dep_uas", "dep_las")})


if __name__ == "__main__":
    main()
