"""Biomedical tagger (Penn tags) + dependency parser for trialmine, trained on CRAFT.

The bundled model, ``trialmine/models/trialmine_parser_craft`` (see its MODEL.md), was trained
with the NER model's PMC word2vec vectors as static features. Those 13 MB are shipped once, with
the NER model: the parser directory holds no vectors, and :func:`load_model` loads it into a vocab
that has them (the NER model's, or the extraction pipeline's, which is the same).
"""

from __future__ import annotations

import json
import warnings
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.vocab import Vocab

__all__ = ["BUNDLED_MODEL_NAME", "ParserVectorsError", "bundled_model_path", "load_model"]

BUNDLED_MODEL_NAME = "trialmine_parser_craft"


class ParserVectorsError(ValueError):
    """The vocab given to the parser lacks the static vectors it was trained with."""


def bundled_model_path() -> Path:
    return Path(str(resources.files("trialmine") / "models" / BUNDLED_MODEL_NAME))


def load_model(path: str | Path | None = None, vocab: Vocab | None = None) -> Language:
    """The tagger + parser at ``path`` (default: the bundled one), sharing ``vocab``'s vectors.

    ``vocab`` defaults to the bundled NER model's. Raises ParserVectorsError when the vocab's
    vectors are not the table the model was trained with (recorded in its meta.json)."""
    path = Path(path) if path else bundled_model_path()
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no spaCy pipeline (config.cfg) at {path}; train one with `trialmine parser train`")
    if vocab is None:
        from trialmine.ner import load_model as load_ner

        vocab = load_ner().vocab
    expected = json.loads((path / "meta.json").read_text("utf-8")).get("vectors") or {}
    found = {"width": vocab.vectors.shape[1], "vectors": vocab.vectors.shape[0], "keys": len(vocab.vectors)}
    if expected.get("vectors") and any(expected.get(k) != v for k, v in found.items()):
        raise ParserVectorsError(
            f"the parser at {path} was trained with static vectors {expected} but the vocab it is loaded "
            f"into has {found}; load it with the vocab of the NER model it was trained with"
        )
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
        return spacy.load(path, vocab=vocab)
