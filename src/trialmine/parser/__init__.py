"""Biomedical tagger (Penn tags) + dependency parser for trialmine, trained on CRAFT.

The bundled model, ``trialmine/models/trialmine_parser_craft`` (see its MODEL.md), was trained
with the NER model's PMC word2vec vectors as static features. Those 13 MB are shipped once, with
the NER model: the parser directory holds no vectors, and :func:`load_model` reads them from the
NER model directory.
"""

from __future__ import annotations

import json
import warnings
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

__all__ = ["BUNDLED_MODEL_NAME", "ParserVectorsError", "bundled_model_path", "load_model"]

BUNDLED_MODEL_NAME = "trialmine_parser_craft"


class ParserVectorsError(ValueError):
    """The static vectors the parser was trained with cannot be found."""


def bundled_model_path() -> Path:
    return Path(str(resources.files("trialmine") / "models" / BUNDLED_MODEL_NAME))


def load_model(path: str | Path | None = None, vectors_from: str | Path | None = None) -> Language:
    """The tagger + parser at ``path`` (default: the bundled one) with the static vectors of the
    spaCy pipeline ``vectors_from`` (default: the bundled NER model).

    Raises ParserVectorsError when those vectors are missing or are not the table the model was
    trained with (its meta.json records their shape)."""
    from trialmine.ner import bundled_model_path as bundled_ner

    path = Path(path) if path else bundled_model_path()
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no spaCy pipeline (config.cfg) at {path}; train one with `trialmine parser train`")
    vectors_dir = Path(vectors_from or bundled_ner()) / "vocab"
    if not (vectors_dir / "vectors").is_file():
        raise ParserVectorsError(f"the parser at {path} needs the static vectors of the NER model; none at {vectors_dir}")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
        nlp = spacy.load(path)
    vectors = nlp.vocab.vectors
    vectors.from_disk(vectors_dir, exclude=["strings"])
    expected = json.loads((path / "meta.json").read_text("utf-8")).get("vectors") or {}
    found = {"width": vectors.shape[1], "vectors": vectors.shape[0], "keys": vectors.n_keys}
    if any(expected.get(k) != v for k, v in found.items()):
        raise ParserVectorsError(
            f"the parser at {path} was trained with static vectors {expected}, but {vectors_dir} holds {found}; "
            "pass the NER model it was trained with"
        )
    return nlp
