"""RCT-ART sentences: natural-text rebuild with offset mapping, and the linking figures."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trialmine.validate.rct_art import (
    NO_SPACE_AFTER,
    NO_SPACE_BEFORE,
    RctArtError,
    Sentence,
    find_snippet,
    load_sentences,
    load_value_annotations,
    natural_text,
    parse_record,
    score_sentences,
    stated_count,
    timepoints,
)

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "rct_art"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} not present")


def record(text: str, spans: list[tuple[str, str]], relations: list[tuple[str, int, int]] = ()) -> dict:
    """An RCT-ART record of space-tokenised `text`; spans given by label and their (unique) text,
    relations by label, head span index and child span index."""
    tokens, pos = [], 0
    for i, word in enumerate(text.split(" ")):
        tokens.append({"text": word, "start": pos, "end": pos + len(word), "id": i, "ws": True})
        pos += len(word) + 1
    raw = []
    for label, span_text in spans:
        start = text.index(span_text)
        raw.append({"label": label, "start": start, "end": start + len(span_text), "text": span_text})
    rels = [{"label": label, "head_span": raw[h], "child_span": raw[c]} for label, h, c in relations]
    return {"text": text, "tokens": tokens, "spans": raw, "relations": rels}


SENTENCE = record(
    "By day 32 , eight patients ( 1.3 % ) receiving fondaparinux and five ( 0.8 % ) receiving placebo had died .",
    [("MEAS", "eight patients ( 1.3 % )"), ("INTV", "fondaparinux"), ("MEAS", "five ( 0.8 % )"), ("INTV", "placebo"),
     ("OC", "died")],
    [("A1_RES", 1, 0), ("A2_RES", 3, 2), ("OC_RES", 4, 0), ("OC_RES", 4, 2)],
)  # fmt: skip


def test_rebuild_natural_text_and_map_spans() -> None:
    s = parse_record(SENTENCE, "cv:1")
    assert s.text == "By day 32, eight patients (1.3%) receiving fondaparinux and five (0.8%) receiving placebo had died."
    assert [(sp.label, sp.text) for sp in s.spans] == [
        ("MEAS", "eight patients (1.3%)"), ("INTV", "fondaparinux"), ("MEAS", "five (0.8%)"), ("INTV", "placebo"),
        ("OC", "died"),
    ]  # fmt: skip
    assert all(s.text[sp.start : sp.end] == sp.text for sp in s.spans)
    assert [(r.label, r.head.text, r.child.text) for r in s.relations][:2] == [
        ("A1_RES", "fondaparinux", "eight patients (1.3%)"), ("A2_RES", "placebo", "five (0.8%)"),
    ]  # fmt: skip


def test_rebuild_keeps_tokens_written_together() -> None:
    tokens = [{"text": t, "start": 0, "end": 0, "ws": ws} for t, ws in
              [("CI", True), (",", True), ("45", False), ("-", False), ("67", True), ("%", True), ("[", True),
               ("RR", True), ("]", True), (";", False)]]  # fmt: skip
    assert natural_text(tokens)[0] == "CI, 45-67% [RR];"


@given(st.lists(st.one_of(st.sampled_from(sorted(NO_SPACE_BEFORE | NO_SPACE_AFTER)), st.from_regex(r"[A-Za-z0-9.+/-]{1,6}", fullmatch=True)),
                min_size=1, max_size=30))  # fmt: skip
def test_rebuild_offsets_point_at_every_token(words: list[str]) -> None:
    tokens = [{"text": w, "start": 0, "end": len(w), "ws": True} for w in words]
    text, offsets = natural_text(tokens)
    assert [text[a:b] for a, b in offsets] == words
    assert text.replace(" ", "") == "".join(words)
    for i in range(1, len(words)):
        spaced = offsets[i][0] > offsets[i - 1][1]
        assert spaced == (words[i] not in NO_SPACE_BEFORE and words[i - 1] not in NO_SPACE_AFTER)


def test_bad_line_names_file_and_line(tmp_path: Path) -> None:
    bad = dict(SENTENCE, spans=[{"label": "MEAS", "start": 13, "end": 20}])  # not on token boundaries
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(SENTENCE) + "\n\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(RctArtError, match=r"x\.jsonl:3: ValueError: MEAS span 13:20 does not start and end at a token"):
        load_sentences(path)
    path.write_text("{\n", encoding="utf-8")
    with pytest.raises(RctArtError, match=r"x\.jsonl:1: JSONDecodeError"):
        load_sentences(path)


@needs_data
@pytest.mark.parametrize("name", ["cardiovascular_disease", "diabetes", "autism"])
def test_every_span_of_the_data_survives_the_rebuild(name: str) -> None:
    originals = [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    sentences = load_sentences(DATA / f"{name}.jsonl")
    assert len(sentences) == len(originals)
    for s, raw in zip(sentences, originals):
        assert [sp.text.replace(" ", "") for sp in s.spans] == [
            raw["text"][r["start"] : r["end"]].replace(" ", "") for r in raw["spans"]
        ]
        assert " %" not in s.text and "( " not in s.text and " )" not in s.text


def row(s: Sentence, text: str, **fields) -> dict:
    start = s.text.index(text)
    return {"kind": "result", "start": start, "end": start + len(text), "text": text} | fields


def test_scores_values_outcomes_and_arms() -> None:
    s = parse_record(SENTENCE, "cv:1")
    rows = [
        row(s, "1.3%", endpoint="death", endpoint_text="died", regimen="fondaparinux"),
        row(s, "eight", endpoint=None, regimen="fondaparinux + heparin"),  # a second row on the same measure
        row(s, "0.8%", endpoint="death", regimen="fondaparinux", arm="placebo"),
        {"kind": "drug", "start": 0, "end": 2, "text": "By"},  # not a result: ignored
    ]
    scores = score_sentences([s], {"cv:1": rows})
    assert (scores.values_found.hits, scores.values_found.total) == (2, 2)
    assert (scores.outcome_linked.hits, scores.outcome_linked.total) == (1, 2)  # code "death" is not "died"
    assert (scores.arm_linked.hits, scores.arm_linked.total) == (2, 2)  # the placebo row by its arm label
    # the placebo row also carries fondaparinux, the other arm's drug: not distinct
    assert (scores.arm_linked_distinct.hits, scores.arm_linked_distinct.total) == (1, 2)
    assert scores.misses["outcome_linked"] == ["cv:1: 'died' -> 'five (0.8%)'"]


def test_union_of_drugs_links_both_arms_but_neither_distinctly() -> None:
    s = parse_record(SENTENCE, "cv:1")
    union = "fondaparinux + placebo"
    scores = score_sentences([s], {"cv:1": [row(s, "1.3%", regimen=union), row(s, "0.8%", regimen=union)]})
    assert scores.arm_linked.rate == 1.0 and scores.arm_linked_distinct.rate == 0.0


def test_rows_without_fields_or_sentences_without_rows_count_as_missed() -> None:
    s = parse_record(SENTENCE, "cv:1")
    empty = score_sentences([s], {})
    assert empty.values_found.rate == 0.0 and empty.arm_linked.rate == 0.0 and empty.outcome_linked.rate == 0.0
    bare = score_sentences([s], {"cv:1": [row(s, "1.3%"), row(s, "0.8%", endpoint_text=None, arm=None, regimen=None)]})
    assert bare.values_found.rate == 1.0 and bare.outcome_linked.hits == 0 and bare.arm_linked.hits == 0
    assert score_sentences([], {}).values_found.rate is None


COUNTED = record(
    "109 of 211 warfarin recipients ( 51.7 % ) had deep venous thrombosis compared with 76 of 206 enoxaparin recipients ( 36.9 % ) .",
    [("MEAS", "109 of 211"), ("INTV", "warfarin recipients"), ("MEAS", "76 of 206"), ("INTV", "enoxaparin recipients"),
     ("OC", "deep venous thrombosis")],
    [("A1_RES", 1, 0), ("A2_RES", 3, 2), ("OC_RES", 4, 0), ("OC_RES", 4, 2)],
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "count"),
    [("109 of 211", (109, 211)), ("Twenty-two", (22, None)), ("1 in 329 patients", (1, 329)), ("four patients", (4, None)),
     ("51.7%", None), ("2.1 ± 0.4", None), ("10.1", None), ("No patient", None), ("19.9 versus 30.0 months", None)],
)  # fmt: skip
def test_the_count_a_measure_states(text: str, count) -> None:
    assert stated_count(text) == count


def test_a_count_a_row_holds_as_its_n_and_n_total_is_found_and_linked_through_that_row() -> None:
    s = parse_record(COUNTED, "cv:2")
    rows = [row(s, "51.7%", n=109, n_total=211, endpoint_text="deep venous thrombosis", arm="warfarin recipients"),
            row(s, "36.9%", n=76, n_total=205, endpoint_text="deep venous thrombosis", arm="enoxaparin recipients")]  # fmt: skip
    scores = score_sentences([s], {"cv:2": rows})
    assert (scores.values_found_by_span.hits, scores.values_found_by_span.total) == (0, 2)  # RCT-ART marks only the counts
    assert (scores.values_found.hits, scores.values_found.total) == (1, 2)  # 76 of 206: the row's total is 205
    assert (scores.outcome_linked.hits, scores.arm_linked.hits) == (1, 1)
    assert scores.misses["values_found"] == ["cv:2: '76 of 206'"]


@pytest.mark.parametrize(
    ("predicted", "linked"),
    [("mean cost per patient", True), ("increased the mean cost", True), ("cost", True), ("survival", False)],
)
def test_outcome_phrase_inside_a_longer_gold_outcome(predicted: str, linked: bool) -> None:
    s = parse_record(record("Levosimendan increased the mean cost per patient by 1108 .",
                            [("OC", "increased the mean cost per patient"), ("MEAS", "1108")], [("OC_RES", 0, 1)]),
                     "cv:5")  # fmt: skip
    scores = score_sentences([s], {"cv:5": [row(s, "1108", endpoint_text=predicted)]})
    assert scores.outcome_linked.rate == (1.0 if linked else 0.0)


@pytest.mark.parametrize(
    ("timepoint", "linked"),
    [("5 years", True), ("5-year", True), ("3 years", False), ("5 months", False), (None, False)],
)
def test_a_time_related_as_outcome_is_linked_through_the_row_timepoint(timepoint: str | None, linked: bool) -> None:
    s = parse_record(record("By five years , 8 percent had undergone revascularization .",
                            [("OC", "five years"), ("MEAS", "8 percent")], [("OC_RES", 0, 1)]),
                     "cv:6")  # fmt: skip
    scores = score_sentences([s], {"cv:6": [row(s, "8 percent", endpoint_text="revascularization", timepoint=timepoint)]})
    assert scores.outcome_linked.rate == (1.0 if linked else 0.0)


def test_timepoints_read_numbers_and_units() -> None:
    assert timepoints("five years") == timepoints("5-year") == {(5.0, "years")}
    assert timepoints("10 min after declamping") == {(10.0, "minutes")}
    assert timepoints("end of the study") == set() and timepoints("3 mm") == set()
    assert timepoints("week 12") == timepoints("12 weeks") == {(12.0, "weeks")} and timepoints("at day 28") == {(28.0, "days")}
    assert timepoints("weekly 3 times") == set() and timepoints("day 2.5.1") == set()


@needs_data
def test_benchmark_runs_the_real_pipeline_on_sentences() -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from rct_art_eval import sentence_documents

    from trialmine.run import extract

    sentences = load_sentences(DATA / "cardiovascular_disease.jsonl")[:3]
    docs = sentence_documents(sentences, DATA)
    assert [d.doc_id for d in docs] == ["cardiovascular_disease:1", "cardiovascular_disease:2", "cardiovascular_disease:3"]
    result = extract(docs)
    assert not result.failures
    rows = {d.doc_id: [r for r in result.rows if r["doc_id"] == d.doc_id] for d in docs}
    scores = score_sentences(sentences, rows)
    assert scores.values_found.total == sum(sp.label == "MEAS" for s in sentences for sp in s.spans)
    assert scores.values_found.hits >= 2  # the percentages of "eight patients (1.3%)" and "five (0.8%)"
    assert all(s.text[r["start"] : r["end"]] == r["text"] for s in sentences for r in rows[s.sentence_id])


# --- value-by-value annotations (benchmarks/rct_sentences) ------------------------------------

WRITTEN = {
    "pmid": "20000010",
    "source": "abstract",
    "sentences": [{
        "text": "Bleeding at 3 minutes occurred in 7 (14%) of 51 patients in the BP group and 24 (55%) in the Dacron group; two and two patients died.",
        "values": [
            {"value": "7 (14%) of 51 patients", "outcome": ["Bleeding", "3 minutes"], "arm": "BP group"},
            {"value": "24 (55%)", "outcome": ["Bleeding", "3 minutes"], "arm": "Dacron group"},
            {"value": ["two", 1], "outcome": "died", "arm": "BP group"},
            {"value": ["two patients", 1], "outcome": "died", "arm": None},
        ],
    }],
}  # fmt: skip


def write_annotation(folder: Path, record: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{record['pmid']}.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def test_value_annotations_become_spans_and_relations(tmp_path: Path) -> None:
    [sentence] = load_value_annotations(write_annotation(tmp_path / "general", WRITTEN))
    assert sentence.sentence_id == "general/20000010:1"
    assert [(s.label, s.text) for s in sentence.spans] == [
        ("OC", "Bleeding"), ("OC", "3 minutes"), ("MEAS", "7 (14%) of 51 patients"), ("INTV", "BP group"),
        ("MEAS", "24 (55%)"), ("INTV", "Dacron group"), ("MEAS", "two"), ("MEAS", "two patients"), ("OC", "died"),
    ]  # fmt: skip
    relations = [(r.label, r.head.text, r.child.text) for r in sentence.relations]
    assert ("A1_RES", "BP group", "7 (14%) of 51 patients") in relations and ("A2_RES", "Dacron group", "24 (55%)") in relations
    assert ("A1_RES", "BP group", "two") in relations  # the sentence's first arm stays A1
    assert sum(label == "OC_RES" for label, _, _ in relations) == 6
    assert not [r for r in relations if r[2] == "two patients" and r[0] != "OC_RES"]


def test_value_annotations_score_like_rct_art_records(tmp_path: Path) -> None:
    [sentence] = load_value_annotations(write_annotation(tmp_path / "general", WRITTEN))
    start = sentence.text.index("7 (14%)")
    predicted = {sentence.sentence_id: [{"kind": "result", "start": start + 3, "end": start + 6, "endpoint_text": "Bleeding", "arm": "BP group"}]}
    scores = score_sentences([sentence], predicted)
    assert (scores.values_found.hits, scores.values_found.total) == (1, 4)
    assert (scores.arm_linked.hits, scores.arm_linked.total) == (1, 3)


@pytest.mark.parametrize(
    ("sentence", "snippet", "start"),
    [
        ("rates of 15% and 5%", "5%", 17),  # not the end of "15%"
        ("10.5 and 0.5 mg", "0.5", 9),  # not the end of "10.5"
        ("two of twenty-two", "two", 0),  # not the end of "twenty-two"
        ("1,500 and 1 patient", "1", 10),  # not the start of "1,500"
        ("10-20 days", "10", 0),  # a range's ends are numbers of their own
        ("5% vs 5%", ["5%", 2], 6),
    ],
)
def test_a_snippet_is_found_as_a_whole_word_or_number(sentence: str, snippet, start: int) -> None:
    text = snippet if isinstance(snippet, str) else snippet[0]
    assert find_snippet(sentence, snippet) == (start, start + len(text))


@pytest.mark.parametrize(
    ("snippet", "problem"),
    [("5%", "occurs 2 times"), ("7%", "is not in the sentence"), (["5%", 3], "occurs 2 times, not 3"), ("", "bad snippet")],
)
def test_a_missing_or_ambiguous_snippet_is_named(snippet, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        find_snippet("5% vs 5% (15%)", snippet)


def test_a_bad_annotation_file_names_the_file_and_sentence(tmp_path: Path) -> None:
    bad = {**WRITTEN, "sentences": [{"text": "ORR was 40%.", "values": [{"value": "45%", "outcome": "ORR", "arm": None}]}]}
    path = write_annotation(tmp_path / "mental", bad)
    with pytest.raises(RctArtError, match=r"20000010\.json.*sentence 1: snippet '45%' is not in the sentence"):
        load_value_annotations(path)


@given(
    before=st.lists(st.sampled_from(["ORR", "was", "in", "the", "arm", "(", ";"]), max_size=6),
    after=st.lists(st.sampled_from(["vs", "placebo", "group", ")", ","]), max_size=6),
    value=st.from_regex(r"[1-9][0-9]?(\.[0-9])?%", fullmatch=True),
)
def test_a_value_written_once_is_found_where_it_stands(before: list[str], after: list[str], value: str) -> None:
    prefix = " ".join(before) + " " if before else ""
    sentence = prefix + value + (" " + " ".join(after) if after else "")
    assert find_snippet(sentence, value) == (len(prefix), len(prefix) + len(value))
