"""Models that ship without the NER model's static vectors and read them from its directory.

The dependency parser and the result phrase tagger were trained with the bundled NER model's PMC
word2vec table as static features. Those 13 MB ship once, with the NER model: a model directory
of theirs holds no vectors (:func:`drop_shared_vocab`), and :func:`load_with_ner_vectors` reads
them from the NER model directory, checking that they are the table the model was trained with
(its ``meta.json["vectors"]`` records the shape).
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import spacy
from spacy.language import Language

#: vocab files that hold the static vectors (and lexeme norms); the NER model ships them
SHARED_VOCAB_FILES = ("vectors", "key2row", "vectors.cfg", "lookups.bin")


class SharedVectorsError(ValueError):
    """The static vectors a model was trained with cannot be found."""


def drop_shared_vocab(model_dir: str | Path) -> int:
    """Remove the vectors (and lexeme-norm lookups) shared with the NER model from
    ``model_dir/vocab``; :func:`load_with_ner_vectors` supplies them. Returns bytes freed."""
    freed = 0
    for name in SHARED_VOCAB_FILES:
        file = Path(model_dir) / "vocab" / name
        if file.exists():
            freed += file.stat().st_size
            file.unlink()
    return freed


def load_with_ner_vectors(
    path: Path, vectors_from: str | Path | None = None, what: str = "model", error: type[SharedVectorsError] = SharedVectorsError
) -> Language:
    """The spaCy pipeline at ``path`` with the static vectors of the pipeline ``vectors_from``
    (default: the bundled NER model). ``what`` names the model in errors.

    Raises ``error`` when those vectors are missing or are not the table the model was trained with."""
    from trialmine.ner import bundled_model_path

    vectors_dir = Path(vectors_from or bundled_model_path()) / "vocab"
    if not (vectors_dir / "vectors").is_file():
        raise error(f"the {what} at {path} needs the static vectors of the NER model; none at {vectors_dir}")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
        nlp = spacy.load(path)
    vectors = nlp.vocab.vectors
    vectors.from_disk(vectors_dir, exclude=["strings"])
    expected = json.loads((path / "meta.json").read_text("utf-8")).get("vectors") or {}
    found = {"width": vectors.shape[1], "vectors": vectors.shape[0], "keys": vectors.n_keys}
    if any(expected.get(k) != v for k, v in found.items()):
        raise error(
            f"the {what} at {path} was trained with static vectors {expected}, but {vectors_dir} holds {found}; "
            "pass the NER model it was trained with"
        )
    return nlp
