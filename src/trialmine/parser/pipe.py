"""``trialmine_parser``: Penn tags, heads and dependency labels from the CRAFT model, on demand.

An optional pipe of the extraction pipeline (``configs/pipeline.toml``). The parse is read for one
thing only, "the phrase a value measures" (``trialmine.extract.syntax``), and only for values that
no vocabulary phrase claims: in trial abstracts that is about one word in ten. So the pipe parses
nothing itself. It names its model on the Doc (``doc._.parser_model``), and
:func:`parsed_sentence` parses a sentence the first time the linker asks for it, caching the
result on the Doc (benchmarks/parser_speed.py: parsing every sentence would add ~50% to the NLP time);
:func:`parse_sentences` parses the sentences a batch of documents will ask for together.

The parser model keeps its own vocab (with the bundled NER model's vectors, which it was trained
with), so it works whatever NER model the pipeline loaded: a sentence's tokens are copied into one
Doc of one sentence and parsed there, in the document's vocab when that holds the same features
(the bundled NER model's), else in the parser's; token ``i`` of the parse is token
``sentence.start + i`` of the document.
"""

from collections.abc import Iterable
from functools import lru_cache

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from trialmine.nlp.on_demand import OnDemandModel

_CACHE_KEY = "trialmine.parser.sentences"  # doc.user_data: {sentence start token: parsed Doc}

if not Doc.has_extension("parser_model"):
    Doc.set_extension("parser_model", default=None)  # "" = the bundled parser; None = no parser


@Language.factory("trialmine_parser", assigns=["doc._.parser_model"], default_config={"model": ""})
def make_parser(nlp: Language, name: str, model: str) -> OnDemandModel:
    return OnDemandModel(model, sentence_parser, "parser_model")


@lru_cache(maxsize=4)
def sentence_parser(model: str = "") -> Language:
    """The tagger + parser at ``model`` ("" = the bundled one), loaded once per process."""
    from . import load_model

    return load_model(model or None)


def parse_sentences(sentences: Iterable[Span], batch_size: int = 64) -> None:
    """Parse these sentences (of any documents run through ``trialmine_parser``) together, caching
    each parse on its document as :func:`parsed_sentence` would. One parse costs ~2.5 ms alone and
    ~0.8 ms in a batch of 64, while a document asks for 0.7 on average, so the linker says ahead
    which sentences its documents will ask for (``link.DocumentLinker.sentences_to_parse``)."""
    by_model: dict[str, list[Span]] = {}
    for sentence in sentences:
        model = sentence.doc._.parser_model
        if model is not None and sentence.start not in sentence.doc.user_data.get(_CACHE_KEY, {}):
            by_model.setdefault(model, []).append(sentence)
    for model, todo in by_model.items():
        nlp = sentence_parser(model)
        parsed = [_words(nlp, sentence) for sentence in todo]
        for _, proc in nlp.pipeline:
            parsed = list(proc.pipe(parsed, batch_size=batch_size))
        for sentence, words in zip(todo, parsed):
            sentence.doc.user_data.setdefault(_CACHE_KEY, {})[sentence.start] = _without_tensor(words)


def _words(nlp: Language, sentence: Span) -> Doc:
    """The sentence as one Doc of its tokens, as the pipeline cut them, for the parser ``nlp``."""
    return Doc(_vocab_for(sentence.doc.vocab, nlp), words=[t.text for t in sentence], spaces=[bool(t.whitespace_) for t in sentence],
               sent_starts=[True] + [False] * (len(sentence) - 1))  # fmt: skip


@lru_cache(maxsize=4)
def _vocab_for(document_vocab: Vocab, nlp: Language) -> Vocab:
    """The vocab a sentence is parsed in: its document's own when that holds the parser's features
    (the bundled NER model's vectors, no lexeme tables: the parser was trained with them), so no
    word is made a lexeme twice and the parser's vocab does not grow with every new word; else the
    parser's. Its tag and dependency labels are added to the document's strings."""
    ours, theirs = document_vocab.vectors, nlp.vocab.vectors
    same = (
        ours.shape == theirs.shape and ours.key2row == theirs.key2row and numpy.array_equal(ours.data, theirs.data)
        and document_vocab.lookups.tables == nlp.vocab.lookups.tables
    )  # fmt: skip
    if not same:
        return nlp.vocab
    for name in ("tagger", "parser"):
        for label in nlp.get_pipe(name).labels:
            document_vocab.strings.add(label)
    return document_vocab


def _without_tensor(words: Doc) -> Doc:
    words.tensor = words.tensor[:0].copy()  # read by the tagger and parser only: cached parses keep none
    return words


def parsed_sentence(sentence: Span) -> Doc | None:
    """The parse of ``sentence`` (a Doc of the parser's vocab), or None when its document was not
    run through ``trialmine_parser``."""
    doc = sentence.doc
    model = doc._.parser_model
    if model is None:
        return None
    cache = doc.user_data.setdefault(_CACHE_KEY, {})
    if sentence.start not in cache:
        nlp = sentence_parser(model)
        words = _words(nlp, sentence)
        for _, proc in nlp.pipeline:
            words = proc(words)
        cache[sentence.start] = _without_tensor(words)
    return cache[sentence.start]
