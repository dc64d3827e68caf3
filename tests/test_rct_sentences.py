"""The development result sentences of benchmarks/rct_sentences: every sentence is in its
development-split article and every snippet is found in its sentence (the set's own check)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO.parent / "shared" / "data" / "pmc_rct" / "articles.jsonl.gz"
sys.path.insert(0, str(REPO / "benchmarks" / "rct_sentences"))

from check import annotation_files, check  # noqa: E402

from trialmine.validate.rct_art import load_value_annotations  # noqa: E402


@pytest.mark.skipif(not ARTICLES.is_file(), reason=f"{ARTICLES} not present")
def test_every_annotated_sentence_and_snippet_is_where_the_file_says() -> None:
    files = annotation_files()
    assert {path.parent.name for path in files} >= {"endocrine", "mental", "general", "oncology"}
    assert check(files) == []


def test_each_set_holds_enough_sentences_to_learn_from() -> None:
    sentences: dict[str, int] = {}
    for path in annotation_files():
        sentences[path.parent.name] = sentences.get(path.parent.name, 0) + len(load_value_annotations(path))
    assert sentences and min(sentences.values()) >= 40, sentences


def test_a_sentence_not_in_its_article_is_named(tmp_path: Path) -> None:
    if not ARTICLES.is_file():
        pytest.skip(f"{ARTICLES} not present")
    real = annotation_files(["endocrine"])[0]
    broken = tmp_path / "endocrine" / real.name
    broken.parent.mkdir()
    broken.write_text(real.read_text(encoding="utf-8").replace('"text": "', '"text": "Not in the article. ', 1), encoding="utf-8")
    problems = check([broken])
    assert problems and all(str(broken) in p for p in problems)
    assert any("sentence 1 is not in the document" in p for p in problems)
