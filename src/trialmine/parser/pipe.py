"""``trialmine_parser``: Penn tags, heads and dependency labels from the CRAFT model.

An optional pipe of the extraction pipeline (``configs/pipeline.toml``). The parser model keeps
its own vocab (with the bundled NER model's vectors, which it was trained with), so it works
whatever NER model the pipeline loaded: each Doc's tokens and sentence starts are copied into
the parser's vocab, parsed, and the tags, heads and labels copied back. Sentence boundaries
already set (``trialmine_sentences``) are kept: the parser does not attach across them.
Chunk-local in long documents (``trialmine.nlp.long_docs``).

Only sentences that hold a number (a digit or a number word) are parsed: the parse is read for
"the phrase a value measures" and nothing else, and in trial abstracts that skips about half the
words (benchmarks/parser_speed.py). The tokens of the other sentences get no tag and hang from
their sentence's first token with the label ``dep``, so the sentence boundaries stay as they were.
"""

from typing import Iterable, Iterator

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

_ATTRS = [TAG, HEAD, DEP]
UNPARSED = "dep"  # the label of a token of a sentence that was not parsed


def value_sentences(doc: Doc) -> list[Span]:
    """The sentences of `doc` that hold a number: the only ones whose parse is read."""
    return [s for s in doc.sents if any(t.like_num or any(c.isdigit() for c in t.text) for t in s)]


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
        self.unparsed, self.root = nlp.vocab.strings.add(UNPARSED), nlp.vocab.strings.add("ROOT")

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):  # a stream stays a stream (long_docs' chunks)
            chosen = [value_sentences(doc) for doc in batch]
            copies = (self._copy(sents) for sents in chosen)
            for doc, sents, done in zip(batch, chosen, self.parser_nlp.pipe(copies, batch_size=batch_size)):
                doc.from_array(_ATTRS, self._merged(doc, sents, done))
                yield doc

    def _copy(self, sentences: list[Span]) -> Doc:
        """The sentences as one Doc of the parser's vocab, each starting a sentence."""
        tokens = [t for s in sentences for t in s]
        return Doc(
            self.parser_nlp.vocab,
            words=[t.text for t in tokens],
            spaces=[bool(t.whitespace_) for t in tokens],
            sent_starts=[t.i == t.sent.start for t in tokens],
        )

    def _merged(self, doc: Doc, sentences: list[Span], parsed: Doc) -> numpy.ndarray:
        """TAG/HEAD/DEP of every token of `doc`: the parse of the chosen sentences, a flat tree
        labelled `dep` (no tag) for the others."""
        array = numpy.zeros((len(doc), len(_ATTRS)), dtype="uint64")
        array[:, 2] = self.unparsed
        for sent in doc.sents:
            heads = numpy.arange(sent.start, sent.end, dtype="int64")
            array[sent.start : sent.end, 1] = (sent.start - heads).astype("uint64")  # relative, as to_array
            array[sent.start, 2] = self.root
        done = parsed.to_array(_ATTRS)
        at = 0
        for sent in sentences:
            array[sent.start : sent.end] = done[at : at + len(sent)]
            at += len(sent)
        return array
