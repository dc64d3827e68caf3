"""The speed-ups of issue 12 in the drug tagger, the endpoint tagger and the linker keep the
results: what is parsed once and shared equals what each reader parsed for itself, and the open
endpoint matcher is skipped only where it cannot match."""

from __future__ import annotations

import json

import pytest
import spacy

from conftest import REPO
from trialmine.extract.doses import doc_doses, find_doses
from trialmine.extract.measures import find_effect_measures, find_quantities
from trialmine.nlp.components import _required_words, doc_text
from trialmine.nlp.pipeline import build_pipeline
from trialmine.normalise.drugs import DrugLexicon

ABSTRACTS = REPO.parent / "shared" / "data" / "abstracts" / "abstracts.jsonl"
OPEN_PHRASES = [
    "Distant metastasis-free survival was 82% and time to treatment failure 9 months.",
    "Treatment-related toxicity occurred in 4 patients; durable responses were seen in 12.",
    "Grade 3 hematologic toxicities were rare, with a median duration of complete remission of 14 months.",
    "Patients received cisplatin 75 mg/m2 on day 1 and were followed for adverse events.",  # no open phrase
    "The HR for death was 0.66 (95% CI 0.49-0.89); mean weight fell from 82.1 to 79.4 kg.",
]


def _texts(n: int = 40) -> list[str]:
    texts = list(OPEN_PHRASES)
    if ABSTRACTS.is_file():
        for line in ABSTRACTS.read_text(encoding="utf-8").splitlines()[:n]:
            record = json.loads(line)
            texts.append(f"{record.get('title') or ''}\n{record.get('abstract') or record.get('text') or ''}")
    return texts


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()[0]


def test_doses_and_text_are_built_once_per_doc_and_equal_their_parse() -> None:
    blank = spacy.blank("en")
    for text in _texts(10):
        doc = blank(text)
        assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
        assert doc_doses(doc) == find_doses(text)
        assert doc_doses(doc) is doc_doses(doc)  # parsed once, shared by the tagger, arms and linker


def test_the_open_matcher_is_skipped_only_where_it_cannot_match(nlp) -> None:
    tagger = nlp.get_pipe("trialmine_endpoints")
    assert tagger.open_anchors  # the shipped patterns each require a word
    skipped = with_open = 0
    for text in _texts():
        doc = nlp(text)
        gated = doc._.endpoint_mentions
        anchors, tagger.open_anchors = tagger.open_anchors, None
        try:
            ungated = tagger(doc)._.endpoint_mentions
        finally:
            tagger.open_anchors = anchors
        assert gated == ungated, text[:80]
        skipped += anchors.isdisjoint(t.lower for t in doc)
        with_open += any(m.code is None or m.code == m.text.lower() for m in gated)
    assert skipped and with_open  # both paths were exercised


def test_required_words_of_a_pattern_are_those_of_its_rarest_mandatory_token() -> None:
    pattern = [
        {"LOWER": {"IN": ["overall", "distant"]}, "OP": "*"},
        {"LOWER": {"IN": ["time", "duration"]}},
        {"LOWER": {"IN": ["to", "of", "until"]}},
        {"LOWER": {"IN": ["progression", "response", "relapse"]}},
    ]
    assert _required_words(pattern) == {"time", "duration"}
    assert _required_words([{"IS_ALPHA": True}, {"LOWER": "related"}, {"LOWER": "death", "OP": "?"}]) == {"related"}
    assert _required_words([{"IS_ALPHA": True}, {"LOWER": "free", "OP": "?"}]) is None  # nothing required: never skipped


def test_word_lookups_cached_per_word_keep_the_stem_fallback_apart() -> None:
    lexicon = DrugLexicon.default()
    text = "Zorbatinib-containing regimens and the EGFR inhibitor zorbatinib."
    for _ in range(2):  # the second pass reads the cache
        assert [(m.start, m.source) for m in lexicon.find(text, stem_fallback=True)] == [(0, "inn-stem"), (54, "inn-stem")]
        assert lexicon.find(text, stem_fallback=False) == []


def test_quantities_given_the_effect_measures_are_those_found_without() -> None:
    for text in _texts(20):
        assert find_quantities(text, find_effect_measures(text)) == find_quantities(text)


def test_a_batch_parsed_ahead_gives_the_rows_of_parses_made_on_demand(nlp):
    """`run.extract` parses ahead, in one batch, the sentences each document's linking will read;
    the rows are those of documents linked one by one, each parsing as it asks."""
    from trialmine.extract.link import DocumentLinker, extract_rows
    from trialmine.ingest.document import Document
    from trialmine.parser.pipe import _CACHE_KEY, parse_sentences
    from trialmine.run import extract

    texts = _texts(30) + ["Compared with placebo, the odds ratio was 1.8 (95% CI 1.1-2.9) in the treated group."]  # no outcome before it
    documents = [Document(f"d{i}", "text", text, f"d{i}.txt") for i, text in enumerate(texts)]
    on_demand = [row for document in documents for row in extract_rows(document, nlp(document.text))]
    batched = extract(documents)
    assert not batched.failures
    assert sorted(map(repr, batched.rows)) == sorted(map(repr, on_demand))

    # what is parsed ahead is all the linking then reads (values, counts, compared counts and effect
    # measures alike): nothing is parsed on demand, nothing twice
    linkers = [(DocumentLinker(document, doc), doc) for document in documents for doc in [nlp(document.text)]]
    asking = [(linker, doc, linker.sentences_to_parse()) for linker, doc in linkers]
    assert sum(bool(ahead) for _, _, ahead in asking) >= 3  # abstracts whose values no vocabulary phrase claims
    parse_sentences(sentence for _, _, ahead in asking for sentence in ahead)
    for linker, doc, ahead in asking:
        cached = dict(doc.user_data.get(_CACHE_KEY, {}))
        assert sorted(cached) == sorted(sentence.start for sentence in ahead)
        linker.rows()
        assert doc.user_data.get(_CACHE_KEY, {}) == cached  # the same parses, and no other


def test_sentences_are_parsed_in_their_documents_vocab_which_the_parser_shares(nlp):
    """With the bundled NER model the document's vocab holds the parser's features, so a sentence is
    parsed there: no word becomes a lexeme twice, and the parser's own vocab does not grow."""
    from trialmine.parser.pipe import parsed_sentence, sentence_parser

    parser = sentence_parser("")
    before = len(parser.vocab)
    doc = nlp("Zorbatinib-q17 yielded grade 3 florpexia in 12% of patients.")
    parsed = parsed_sentence(next(iter(doc.sents)))
    assert parsed.vocab is doc.vocab and len(parser.vocab) == before
    assert all(t.tag_ and t.dep_ for t in parsed)  # the labels read back from the document's strings
