"""Biomedical tagger (Penn tags) + dependency parser for trialmine, trained on CRAFT.

The bundled model, ``trialmine/models/trialmine_parser_craft`` (see its MODEL.md), was trained
with the NER model's PMC word2vec vectors as static features. Those 13 MB are shipped once, with
the NER model: the parser directory holds no vectors, and :func:`load_model` reads them from the
NER model directory.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from spacy.language import Language

from trialmine.ner.shared_vectors import SharedVectorsError, load_with_ner_vectors

__all__ = ["BUNDLED_MODEL_NAME", "ParserVectorsError", "bundled_model_path", "load_model"]

BUNDLED_MODEL_NAME = "trialmine_parser_craft"


class ParserVectorsError(SharedVectorsError):
    """The static vectors the parser was trained with cannot be found."""


def bundled_model_path() -> Path:
    return Path(str(resources.files("trialmine") / "models" / BUNDLED_MODEL_NAME))


def load_model(path: str | Path | None = None, vectors_from: str | Path | None = None) -> Language:
    """The tagger + parser at ``path`` (default: the bundled one) with the static vectors of the
    spaCy pipeline ``vectors_from`` (default: the bundled NER model).

    Raises ParserVectorsError when those vectors are missing or are not the table the model was
    trained with (its meta.json records their shape)."""
    path = Path(path) if path else bundled_model_path()
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no spaCy pipeline (config.cfg) at {path}; train one with `trialmine parser train`")
    return load_with_ner_vectors(path, vectors_from, "parser", ParserVectorsError)
