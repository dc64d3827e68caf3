"""Documents of any length in bounded memory and time linear in their length.

The statistical pipes (tok2vec, NER) and the sentence splitter only look at a few hundred
characters around each token, but their memory grows with the text they see at once and spaCy
refuses texts over `nlp.max_length`. So a long text is cut into chunks at paragraph bounds (else
line, sentence or word bounds), those pipes run over each chunk, the chunk Docs are joined back into
one Doc whose text is exactly the original, and the rule components that need the whole document
(abbreviation definitions, drugs, endpoints, arms: "definitions first, references after") run once
over the joined Doc. Offsets therefore always index the stored document text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from trialmine.nlp.components import with_text

# the pipes that see one chunk at a time; every other pipe runs once over the whole document
CHUNK_LOCAL_PIPES = frozenset({"tok2vec", "ner", "trialmine_sentences"})
DEFAULT_CHUNK_CHARS = 20_000  # x 4 chunks in flight: ~0.5 GB peak (benchmarks/long_documents.py)
# where a chunk may end, best first: after a blank line, a line break, a sentence end, a space
_BOUNDARIES = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s+"), re.compile(r"\s+"))


def chunk_bounds(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Contiguous (start, end) pieces covering `text`, each at most `max_chars` long, cut at the
    best boundary in the second half of each window (a hard cut only where there is none)."""
    if max_chars <= 0:
        raise ValueError(f"max_chars must be positive, got {max_chars}")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > max_chars:
        window_end = start + max_chars
        cut = window_end
        for boundary in _BOUNDARIES:
            ends = [m.end() for m in boundary.finditer(text, start + max_chars // 2, window_end)]
            if ends:
                cut = ends[-1]
                break
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def process_texts(nlp: Language, texts: Sequence[str], max_chunk_chars: int = DEFAULT_CHUNK_CHARS, batch_size: int = 4) -> list[Doc]:
    """Docs for `texts`, in order, however long each text is (see the module docstring)."""
    local = [name for name in nlp.pipe_names if name in CHUNK_LOCAL_PIPES]
    whole = [(name, pipe) for name, pipe in nlp.pipeline if name not in CHUNK_LOCAL_PIPES]
    bounds = [chunk_bounds(text, max_chunk_chars) for text in texts]
    # each chunk tokenized here, so its Doc keeps the text it was made from (`components.doc_text`)
    pieces = (with_text(nlp.make_doc(piece), piece) for text, spans in zip(texts, bounds) for piece in (text[a:b] for a, b in spans))
    docs = []
    with nlp.select_pipes(enable=local):
        chunk_docs = _without_tensors(nlp.pipe(pieces, batch_size=batch_size))
        for text, spans in zip(texts, bounds):
            parts = [next(chunk_docs) for _ in spans]
            if len(parts) == 1:
                docs.append(parts[0])
            else:
                docs.append(with_text(Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"]), text))
    for i, doc in enumerate(docs):
        for _, pipe in whole:
            doc = pipe(doc)
        docs[i] = doc
    return docs


def _without_tensors(docs: Iterable[Doc]) -> Iterator[Doc]:
    """The token vectors are only needed inside the chunk's NER; dropping them keeps memory flat."""
    for doc in docs:
        doc.tensor = doc.tensor[:0].copy()  # a view would keep the whole array alive
        yield doc
