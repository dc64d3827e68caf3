"""The speed-ups of issue 12 keep the results: sentence offsets as pysbd's own, every multi-word
drug name still found though the lexicon now tries only phrases that can exist."""

from __future__ import annotations

import functools
import json
import re
import warnings

import pysbd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pysbd.lang.english import English
from pysbd.lists_item_replacer import ListItemReplacer

from conftest import REPO
from trialmine.nlp.sentences import _may_format_lists, sentence_spans
from trialmine.normalise.drugs import DrugLexicon

ABSTRACTS = REPO.parent / "shared" / "data" / "abstracts" / "abstracts.jsonl"
TRICKY_LINES = [
    "Yes. Yes. No. Yes.",  # a sentence repeated: each occurrence once, in order
    "Response was seen in 12 pts. vs. 8 pts. in the control arm. Median OS was 9.1 mo.",
    "  Leading and trailing spaces.   Then more.  ",
    "Smith et al. reported it (Lancet 2019). Dr. Jones did not, i.e. no data. E.g. none!",
    "...",
    "Fig. 2 shows it. Total. Royal. vs. no. 5 pts. were seen (approx. 3 mo.). U.S. and e.g. Mr. X. Ph.D. students.",
]
# Words around periods, to stress the abbreviation step trialmine runs on fewer abbreviations
# (only those that start a word before a period): pysbd's own, in both cases, and words that
# merely contain one ("total" holds "al", "royal" too).
_WORDS = sorted(English.Abbreviation.ABBREVIATIONS)[::3] + ["total", "Royal", "The", "we", "12", "(n", "=", "8)", "vs", "A", "i"]


def _pysbd_reference(text: str) -> list[tuple[int, int]]:
    """pysbd's own character spans (the implementation trialmine replaced), line by line, stripped."""
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            for span in segmenter.segment(line):
                lead, trail = len(span.sent) - len(span.sent.lstrip()), len(span.sent) - len(span.sent.rstrip())
                spans.append((offset + span.start + lead, offset + span.end - trail))
        offset += len(line) + 1
    return spans


def test_sentence_spans_are_pysbds_own() -> None:
    texts = list(TRICKY_LINES)
    if ABSTRACTS.is_file():
        for line in ABSTRACTS.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts.append(f"{record['title']}\n{record['text']}")
    for text in texts:
        assert sentence_spans(text) == _pysbd_reference(text), text[:80]
    spans = sentence_spans(TRICKY_LINES[0])
    assert [TRICKY_LINES[0][s:e] for s, e in spans] == ["Yes.", "Yes.", "No.", "Yes."]
    assert [s for s, _ in spans] == sorted({s for s, _ in spans})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_WORDS), st.booleans(), st.sampled_from(["", ".", ". ", ".", ","]), st.sampled_from([" ", "  ", "\t"])),
        min_size=1,
        max_size=25,
    )
)
def test_abbreviation_step_keeps_pysbds_sentences(words: list[tuple[str, bool, str, str]]) -> None:
    text = "".join((word.upper() if upper else word) + after + space for word, upper, after, space in words)
    assert sentence_spans(text) == _pysbd_reference(text)


# List items of every kind pysbd's list-item step knows (letters and roman numerals with a period or
# brackets, numbers with a period or a bracket, after a dash too), its own markers, and words around them.
_LIST_WORDS = [
    "a.", "b.", "c.", "i.", "ii.", "iv.", "v.", "x.", "a)", "b)", "(a)", "(b)", "(c)", "(i)", "(ii)", "(iii)", "iv)", "(xiv)",
    "(ab)", "1.", "2.", "3.", "9.", "0.", "10.", "11.", "1)", "2)", "3)", "9)", "0)", "(1)", "(2)", "-1.", "-2.", "s-1.)",
    "s-2.)", "1.)", "2.)", "\u20431.", "\u20432.", "\u2668", "\u261d", "patients", "The", "(n", "=", "12)", "e.g.", "i.e.", "vs.", "0.05.",
]  # fmt: skip
# lines pysbd's list-item step does rewrite: one per kind of list it knows
_LISTS = [
    "Treated with 1. surgery 2. radiation", "9. x 0. y", "x -1. a -2. b", "\u20431. a \u20432. b",
    "a. first b. second", "h. one i. two", "(a) first (b) second", "a) one b) two", "(i) one (ii) two", "(ix) a (x) b",
    "1) one 2) two", "see 9) ab 0) b", "a \u2668 b", "a \u261d b",
]  # fmt: skip


@pytest.mark.parametrize("line", _LISTS)
def test_list_step_runs_on_lists(line: str) -> None:
    assert ListItemReplacer(line).add_line_break() != line  # the step does something here ...
    assert _may_format_lists(line)  # ... so it must run
    assert sentence_spans(line) == _pysbd_reference(line)


def _joined(words: list[tuple[str, str]]) -> str:
    return "".join(word + space for word, space in words)


_SPACES = [" ", "  ", "\t", "", "\r"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LIST_WORDS), st.sampled_from(_SPACES)), min_size=1, max_size=20))
def test_list_step_is_skipped_only_where_it_changes_nothing(words: list[tuple[str, str]]) -> None:
    text = _joined(words)
    assert _may_format_lists(text) or ListItemReplacer(text).add_line_break() == text
    if "\r" not in text:  # a line: "\r" is pysbd's own break
        assert sentence_spans(text) == _pysbd_reference(text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LIST_WORDS[:42] + ["x"]), st.sampled_from(_SPACES)), min_size=1, max_size=6))
def test_list_step_guard_on_short_lists(words: list[tuple[str, str]]) -> None:
    text = _joined(words)
    assert _may_format_lists(text) or ListItemReplacer(text).add_line_break() == text


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="abcivx 019.()-s\t\u2043\u2668\u261dA", max_size=40))
def test_list_step_guard_on_any_string(text: str) -> None:
    assert _may_format_lists(text) or ListItemReplacer(text).add_line_break() == text


@settings(max_examples=1500, deadline=None)
@example("(a.)")
@example("x [a. b] y (it's) \"a. b\" y")
@example("x --a. b-- y \u2018a. b\u2019 \u00aba. b\u00bb \u201ca. b\u201d")
@example("(a\\(b) (a\\-b!) (i) (a-b) [c]")
@given(st.text(alphabet="ab .!?'\"()[]-\\\u2018\u2019\u00ab\u00bb\u201c\u201d\u3002\uff0e\uff01\uff1f", max_size=30))
def test_punctuation_between_brackets_and_quotes_is_pysbds(text: str) -> None:
    from pysbd.between_punctuation import BetweenPunctuation

    from trialmine.nlp.sentences import _EnglishBetweenPunctuation

    assert _EnglishBetweenPunctuation(text).replace() == BetweenPunctuation(text).replace()


# pysbd's placeholders: the characters of the rules that put them in and take them out
_RULE_CHARS = "".join(sorted({c for r in (*English.SubSymbolsRules.All, *English.ReinsertEllipsisRules.All, English.SubSingleQuoteRule) for c in r.pattern} - set("\\")))


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=_RULE_CHARS + "ab A.!?\n\t\\", max_size=40))
def test_rules_applied_as_pysbd_applies_them(text: str) -> None:
    from pysbd.utils import Text

    from trialmine.nlp.sentences import _English, _apply

    for rules in (
        _English.SubSymbolsRules.All, _English.ReinsertEllipsisRules.All, [_English.SubSingleQuoteRule],
        [_English.SingleNewLineRule, *_English.EllipsisRules.All], _English.DoublePunctuationRules.All,
    ):  # fmt: skip
        assert _apply(text, rules) == Text(text).apply(*rules)


@settings(max_examples=1500, deadline=None)
@given(st.text(alphabet="ab.\\?!|()[]{}*+^$d2&", max_size=8), st.text(alphabet="ab.?!|()[]{}*+^$d2&\n", max_size=20))
def test_a_plain_string_pattern_replaces_as_its_regex(pattern: str, text: str) -> None:
    from trialmine.nlp.sentences import _plain_string

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # "possible nested set": random patterns
            regex = re.compile(pattern)
    except re.error:
        return
    plain = _plain_string(pattern)
    if plain is not None:
        assert regex.sub("x", text) == text.replace(plain, "x")
        assert regex.fullmatch(plain)


def test_plain_strings() -> None:
    from trialmine.nlp.sentences import _plain_string

    assert [_plain_string(p) for p in (r"\?!", "&\u232c&", r"\.\.\.", "\u2668")] == ["?!", "&\u232c&", "...", "\u2668"]
    assert {_plain_string(p) for p in (r"a.b", r"a|b", r"\d", r"\n", r"a{2}", r"(a)", r"[a]", "a\\", r"a+", "^a", "a$", "a?", "a*", "")} == {None}


@settings(max_examples=300, deadline=None)
@example("Really??? Yes!!! No?!? a")
@example("What??? He left")
@example("Wait . . . then. It was 5 p.m. Then U.S. The end...")
@given(st.text(alphabet=_RULE_CHARS + "ab A. !?()'\n", max_size=40))
def test_sentences_of_texts_holding_pysbds_placeholders_are_pysbds(text: str) -> None:
    assert sentence_spans(text) == _pysbd_reference(text)


@settings(max_examples=1000, deadline=None)
@example("Wait . . . then")
@example("Wait. . . .")
@example("Wait.... Then")
@example("one\ntwo")
@given(st.text(alphabet="ab A.\n\t \u00a0", max_size=30))
def test_new_line_and_ellipsis_rules_are_skipped_only_where_they_match_nothing(text: str) -> None:
    from pysbd.utils import Text

    from trialmine.nlp.sentences import _NEW_LINE_OR_ELLIPSIS

    rules = (English.SingleNewLineRule, *English.EllipsisRules.All)
    assert _NEW_LINE_OR_ELLIPSIS.search(text) or Text(text).apply(*rules) == text


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a.m.", "P.M.", "p.m.", "A.M.", "U.S.", "U.S.A.", "E.U.", "i.v.", "I.V.", "I.", "I", "The", "We", "It",
                             "etc.", "Co.", "KG", "Smith's.", "'s", "e.g.", "Dr.", "7", "at", "A."]),
            st.sampled_from([" ", "  ", "\n", ""]),
        ),
        min_size=1,
        max_size=12,
    )
)  # fmt: skip
def test_abbreviation_step_is_pysbds(words: list[tuple[str, str]]) -> None:
    from trialmine.nlp.sentences import _English

    text = "".join(word + space for word, space in words)
    assert _English.AbbreviationReplacer(text, _English).replace() == English.AbbreviationReplacer(text, English).replace()


@settings(max_examples=1500, deadline=None)
@example("1. The")
@example("12. The")
@example("x\r1. a")
@example("N 40\u00b0. 5 km")
@example("A. Smith's. Co. KG")
@example("U.S.'s view.'s")
@given(st.text(alphabet="12 .\r\u00b0aN)\n'sKGCo", max_size=12))
def test_rules_are_skipped_only_where_they_cannot_match(text: str) -> None:

    _assert_needs(text)


def _assert_needs(text: str) -> None:
    from trialmine.nlp.sentences import _NEEDS

    for pattern, needs in _NEEDS.items():
        flags = re.IGNORECASE if pattern == English.MULTI_PERIOD_ABBREVIATION_REGEX else 0  # as pysbd runs it
        assert needs(text) or not re.search(pattern, text, flags), pattern


@settings(max_examples=2000, deadline=None)
@example(["see Fig. 2 and ref.12 The end. J. Smith, A. Jones e.g. E.G. U.S. a.b.c. file .pdf there"], [""] * 12)
@example(["shown.[1, 2-4] Next. shown\u222f12 Next x.1 A"], [""] * 12)
@example(["by J., with"], [""] * 12)
@example(["word.12 34 Next"], [""] * 12)
@example(["x_.y"], [""] * 12)
@example(["file\t.pdf x"], [""] * 12)
@example(["12.( x"], [""] * 12)
@given(
    st.lists(
        st.sampled_from(["1", "12", "123", ".", "\u222f", "[1]", "[1, 2-4]", "A", "J", "a", "b", "e", "g", "pdf", "png", "Fig", ",", "s", "'",
                         "KG", "Co", "\u00b0", "\r", "_"]),
        max_size=12,
    ),
    st.lists(st.sampled_from([" ", "", "", "\t", "\n"]), min_size=12, max_size=12),
)  # fmt: skip
def test_rules_are_skipped_only_where_they_cannot_match_words(words: list[str], spaces: list[str]) -> None:
    _assert_needs("".join(word + space for word, space in zip(words, spaces)))


@settings(max_examples=1000, deadline=None)
@example("Wow!! Yahoo! said 'hi!' \"ok?\" a!? b?! c??")
@example("\u01c3Kung (see!) end")
@given(st.text(alphabet="ab A.!?'\"()\u01c3Y", min_size=1, max_size=25))
def test_text_processing_is_pysbds(text: str) -> None:
    from pysbd.exclamation_words import ExclamationWords
    from pysbd.processor import Processor

    from trialmine.nlp.sentences import _English

    assert all("!" in word or "\u01c3" in word for word in ExclamationWords.EXCLAMATION_WORDS)
    assert _English.Processor("", _English).process_text(text) == Processor("", English).process_text(text)


def test_list_step_guard_on_abstracts() -> None:
    """The guard skips most lines of real abstracts, and only lines the step leaves as they are."""
    lines = [line for text in _abstract_texts() for line in text.split("\n") if line.strip()]
    skipped = [line for line in lines if not _may_format_lists(line)]
    assert len(skipped) > 0.8 * len(lines)
    assert all(ListItemReplacer(line).add_line_break() == line for line in skipped)


def _abstract_texts() -> list[str]:
    if not ABSTRACTS.is_file():
        pytest.skip(f"{ABSTRACTS} is not there")
    return [f"{r['title']}\n{r['text']}" for r in map(json.loads, ABSTRACTS.read_text(encoding="utf-8").splitlines())]


@pytest.fixture(scope="module")
def lexicon() -> DrugLexicon:
    return DrugLexicon.default()


def test_every_multiword_name_is_still_found(lexicon: DrugLexicon) -> None:
    plain = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?: [a-z0-9]+(?:-[a-z0-9]+)*){1,3}")
    names = sorted(n for n in lexicon.names if plain.fullmatch(n) and lexicon.canonical(n))
    assert len(names) > 1000
    for name in names[:: max(1, len(names) // 300)]:
        text = f"Patients received {name} on day 1."
        start = text.index(name)
        hits = [(m.start, m.end, m.drug) for m in lexicon.find(text)]
        assert (start, start + len(name), lexicon.canonical(name)) in hits, (name, hits)


def test_abbreviation_detector_finds_scispacys_definitions() -> None:
    """trialmine's detector (bounded parenthesis pattern, unvalidated patterns of short forms)
    finds what scispaCy's own finds, long forms widened to whole words (in no fixed order: the
    short forms of a definition are a set)."""
    import spacy

    import scispacy.abbreviation  # noqa: F401  (registers abbreviation_detector)
    from trialmine.nlp.abbreviations import whole_word_long_form

    texts = [
        "Overall response rate (ORR) was 40%; the ORR in the (ITT) population (n = 40) was higher.",
        "Granulocyte colony-stimulating factor (G-CSF) and G-CSF (granulocyte colony-stimulating factor) (( ) ) (a (b) c).",
    ] + _abstract_texts()
    def _whole(short, long_form):  # trialmine's long forms are whole already: widening them again changes nothing
        whole = whole_word_long_form(short, long_form)
        return whole.start, whole.end

    found = []
    for factory in ("abbreviation_detector", "trialmine_abbreviations"):
        nlp = spacy.blank("en")
        nlp.add_pipe(factory)
        found.append([
            sorted((a.start, a.end, *_whole(a, a._.long_form)) for a in doc._.abbreviations) for doc in nlp.pipe(texts)
        ])  # fmt: skip
    assert sum(map(len, found[0])) > 100
    assert found[0] == found[1]


@functools.lru_cache(maxsize=1)
def _vocab():
    import spacy

    return spacy.blank("en").vocab


def _reference_sentence_starts(doc) -> list[bool]:
    """The sentence-start rule token by token (the implementation `mark_sentences` replaced), with
    the rules of rules/sentences.json (`may_start_sentence`, `label_letter_ends`)."""
    from trialmine.nlp.sentences import label_letter_ends, may_start_sentence

    starts = {start for start, end in sentence_spans(doc.text) if doc.char_span(start, end) is not None}
    label_starts = set(label_letter_ends(doc.text))
    marks, previous = [], None
    for token in doc:
        if previous is None:
            marks.append(True)
        else:
            new_line = "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text)
            pysbd_start = token.idx in starts and may_start_sentence(doc.text, token.idx, previous.text, token.text)
            marks.append(not token.is_space and (new_line or pysbd_start or token.idx in label_starts))
        previous = token
    return marks


# tokens as a tokenizer or the joining of chunks (nlp/long_docs.py) leave them: words, abbreviations
# kept whole ("al.", "Eq."), a token pysbd splits inside ("Yes. No"), space tokens, one after another too
@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Yes.", "No", "Yes.No", "Yes. No", "et", "al.", "Eq.", "Dr.", "(n", "=", "12).", "The", "1.", "e.g.", "\n", "\n\n", " \n", " ", "  ", "group", "B.", "ca.", "18"]),
            st.booleans(),
        ),
        min_size=1,
        max_size=25,
    )
)
def test_sentence_starts_are_the_token_by_token_rule(tokens: list[tuple[str, bool]]) -> None:
    from spacy.tokens import Doc

    from trialmine.nlp.sentences import mark_sentences

    doc = Doc(_vocab(), words=[word for word, _ in tokens], spaces=[space for _, space in tokens])
    expected = _reference_sentence_starts(doc)
    mark_sentences(doc)
    assert [bool(token.is_sent_start) for token in doc] == expected


# -- the rule speed-ups of 2026-12-02: each the code it replaced, on any text ------------------------------
_CLAUSE_TEXT = st.text(alphabet="ab 1290;,()[]and.", max_size=40)


def _clauses_reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`endpoints.clauses` before its shortcut: the clause-end regex over every sentence."""
    from trialmine.extract.endpoints import _CLAUSE_END

    bounds, cursor = [], start
    for m in _CLAUSE_END.finditer(text[start:end]):
        bounds.append((cursor, start + m.start()))
        cursor = start + m.end()
    bounds.append((cursor, end))
    return bounds


def _open_bracket_reference(text: str, start: int, pos: int) -> int:
    """`endpoints._open_bracket` before it visited only the brackets: every character."""
    stack: list[int] = []
    for i in range(start, pos):
        if text[i] in "([":
            stack.append(i)
        elif text[i] in ")]" and stack:
            stack.pop()
    return stack[-1] if stack else -1


@settings(max_examples=1000, deadline=None)
@given(_CLAUSE_TEXT, st.integers(0, 40), st.integers(0, 40))
@example("results (Smith, 2016) and others; more", 0, 38)
def test_clauses_shortcut_is_the_regex(text: str, a: int, b: int) -> None:
    from trialmine.extract.endpoints import clauses

    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert clauses(text, start, end) == _clauses_reference(text, start, end)


@settings(max_examples=1000, deadline=None)
@given(_CLAUSE_TEXT, st.integers(0, 40), st.integers(0, 40))
@example("[5.9% (n = 5) in A vs. 9.5%", 0, 24)
def test_open_bracket_by_regex_is_the_character_scan(text: str, a: int, b: int) -> None:
    from trialmine.extract.endpoints import _open_bracket

    start, pos = min(a, len(text)), min(b, len(text))
    assert _open_bracket(text, start, pos) == _open_bracket_reference(text, start, pos)
