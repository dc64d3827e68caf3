"""``trialmine_parser``: Penn tags, heads and dependency labels from the CRAFT model.

An optional pipe of the extraction pipeline (``configs/pipeline.toml``). The parser model keeps
its own vocab (with the bundled NER model's vectors, which it was trained with), so it works
whatever NER model the pipeline loaded: each Doc's tokens and sentence starts are copied into
the parser's vocab, parsed, and the tags, heads and labels copied back. Sentence boundaries
already set (``trialmine_sentences``) are kept: the parser does not attach across them.
Chunk-local in long documents (``trialmine.nlp.long_docs``).
"""

from typing import Iterable, Iterator

from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

_ATTRS = [TAG, HEAD, DEP]


@Language.factory(
    "trialmine_parser",
    assigns=["token.tag", "token.dep", "token.head", "token.is_sent_start"],
    default_config={"model": ""},
)
def make_parser(nlp: Language, name: str, model: str) -> "CraftParser":
    return CraftParser(nlp, model or None)


class CraftParser:
    def __init__(self, nlp: Language, model: str | None = None):
        from . import load_model

        self.parser_nlp = load_model(model)
        for _, proc in self.parser_nlp.pipeline:  # label strings, so the copied hashes resolve
            for label in getattr(proc, "labels", ()):
                nlp.vocab.strings.add(label)

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):  # a stream stays a stream (long_docs' chunks)
            for doc, done in zip(batch, self.parser_nlp.pipe(map(self._copy, batch), batch_size=batch_size)):
                doc.from_array(_ATTRS, done.to_array(_ATTRS))
                yield doc

    def _copy(self, doc: Doc) -> Doc:
        return Doc(
            self.parser_nlp.vocab,
            words=[t.text for t in doc],
            spaces=[bool(t.whitespace_) for t in doc],
            sent_starts=[t.is_sent_start for t in doc] if doc.has_annotation("SENT_START") else None,
        )
