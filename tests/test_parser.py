"""trialmine.parser: CRAFT split by document, retokenization, the bundled tagger + parser, its CLI,
and the phrase a value measures read from its parses (trialmine.extract.syntax)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trialmine.cli import app
from trialmine.extract.syntax import measured_phrase
from trialmine.ner.tokenizer import blank_pipeline
from trialmine.parser import ParserVectorsError, bundled_model_path, load_model
from trialmine.parser.craft import gold_docs, read_documents, retokenize, split_documents

REPO = Path(__file__).resolve().parents[1]
CRAFT = Path(os.environ.get("TRIALMINE_CRAFT", REPO.parent / "shared" / "data" / "craft" / "craft_dependency.conllu.gz"))
needs_craft = pytest.mark.skipif(not CRAFT.exists(), reason=f"CRAFT treebank not at {CRAFT}")
needs_model = pytest.mark.skipif(not (bundled_model_path() / "config.cfg").exists(), reason="bundled parser not present")

# one CRAFT-style sentence (CoNLL-U, Penn tags in column 5) with a hyphenated token
CONLLU = """\
# sent_id = 1
# text = A post-hoc analysis revealed 5-fold changes.
1\tA\ta\tDET\tDT\t_\t3\tdet\t_\t_
2\tpost-hoc\tpost-hoc\tADJ\tJJ\t_\t3\tamod\t_\t_
3\tanalysis\tanalysis\tNOUN\tNN\t_\t4\tnsubj\t_\t_
4\trevealed\treveal\tVERB\tVBD\t_\t0\troot\t_\t_
5\t5-fold\t5-fold\tADJ\tJJ\t_\t6\tamod\t_\t_
6\tchanges\tchange\tNOUN\tNNS\t_\t4\tdobj\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_
"""


@needs_craft
def test_craft_is_split_by_whole_document_deterministically():
    documents = read_documents(CRAFT)
    split = split_documents(documents)
    parts = [set(split.train), set(split.dev), set(split.test)]
    assert len(documents) == 97 and sum(map(len, parts)) == 97
    assert set().union(*parts) == set(documents)
    assert not (parts[0] & parts[1] or parts[0] & parts[2] or parts[1] & parts[2])
    assert (len(split.test), len(split.dev)) == (10, 5)
    assert split_documents(list(reversed(list(documents)))) == split  # order of the file does not matter


def test_a_split_needs_documents_for_every_part():
    with pytest.raises(ValueError, match="cannot hold"):
        split_documents(["1", "2", "3"], n_test=2, n_dev=1)


def test_hyphenated_tokens_are_split_as_the_tokenizer_splits_them_and_keep_a_tree():
    gold = next(gold_docs(CONLLU))
    doc = retokenize(gold, blank_pipeline("trialmine"))
    assert [t.text for t in doc] == ["A", "post", "-", "hoc", "analysis", "revealed", "5", "-", "fold", "changes", "."]
    assert doc.text == gold.text
    by_text = {t.text: t for t in doc}
    # the last word piece keeps the token's tag, label and head; the others attach to it
    assert (by_text["hoc"].tag_, by_text["hoc"].dep_, by_text["hoc"].head.text) == ("JJ", "amod", "analysis")
    assert (by_text["post"].dep_, by_text["post"].head.text) == ("compound", "hoc")
    assert (by_text["5"].tag_, by_text["5"].dep_, by_text["5"].head.text) == ("CD", "nummod", "fold")
    assert all(t.dep_ == "punct" and t.tag_ == "HYPH" for t in doc if t.text == "-")
    assert by_text["revealed"].dep_ == "ROOT" and by_text["analysis"].head.text == "revealed"


@needs_model
def test_the_bundled_parser_tags_and_parses_a_biomedical_sentence():
    nlp = load_model()
    doc = nlp("Distant metastasis-free survival rates were 82.5% in patients treated with cisplatin.")
    tokens = {t.text: t for t in doc}
    assert tokens["were"].dep_ == "ROOT"
    assert (tokens["rates"].tag_, tokens["rates"].dep_, tokens["rates"].head.text) == ("NNS", "nsubj", "were")
    assert tokens["survival"].head.text == "rates"
    assert tokens["treated"].tag_ == "VBN" and tokens["with"].tag_ == "IN"
    assert all(t.dep_ for t in doc)


@needs_model
def test_the_parser_refuses_missing_or_other_vectors(tmp_path):
    import numpy
    import spacy

    with pytest.raises(ParserVectorsError, match="needs the static vectors"):
        load_model(vectors_from=tmp_path)
    other = spacy.blank("en")
    other.vocab.set_vector("survival", numpy.ones(100, dtype="float32"))
    other.to_disk(tmp_path / "other")
    with pytest.raises(ParserVectorsError, match="trained with static vectors"):
        load_model(vectors_from=tmp_path / "other")


def test_cli_help_names_the_commands():
    result = CliRunner(env={"COLUMNS": "200"}).invoke(app, ["parser", "--help"])
    assert result.exit_code == 0
    assert "train" in result.output and "evaluate" in result.output and "CRAFT" in result.output


@pytest.fixture(scope="module")
def parse():
    return load_model() if (bundled_model_path() / "config.cfg").exists() else None


def _phrase(nlp, sentence: str, value: str) -> str | None:
    doc = nlp(sentence)
    m = re.search(re.escape(value), sentence)
    span = measured_phrase(doc, m.start(), m.end())
    return sentence[span[0] : span[1]] if span else None


@needs_model
@pytest.mark.parametrize(
    "sentence, value, phrase",
    [
        ("Event-free survival rates were 61.5% at three years.", "61.5%", "Event-free survival rates"),
        ("Treatment-related toxicity was 14% in the older cohort.", "14%", "Treatment-related toxicity"),
        ("An overall response rate of 58% was observed.", "58%", "An overall response rate"),
        ("Grade 4 thrombocytopenia occurred in 17% of patients.", "17%", "Grade 4 thrombocytopenia"),
        ("Hematologic improvement was achieved in 42% of patients.", "42%", "Hematologic improvement"),
        ("Nineteen patients (38%) achieved a partial response.", "38%", "a partial response"),
        ("In the second cohort, 11 patients (55%) were transfusion-independent.", "55%", "transfusion-independent"),
        ("Nausea (31%), fatigue (24%) and rash (12%) were the most frequent events.", "24%", "fatigue"),
        ("Eight percent of patients did not achieve a response.", "Eight percent", "did not achieve a response"),
        ("Ibrutinib increased the hemoglobin level by 12%.", "12%", "the hemoglobin level"),
        # GUIDELINES 7.5 "change(s) in X"; "X for Y" unless Y is a time, people, a drug or an arm; brackets closed
        ("Changes in HbA1c at 104 weeks were −0.99 ± 0.06% with dulaglutide.", "0.06%", "Changes in HbA1c"),
        ("Readmission for ileus was low in both groups (0% and 4.4%, respectively).", "4.4%", "Readmission for ileus"),
        ("The increase in quality life scores (SIBDQ) was 1.0 ± 1.0 in the first group.", "1.0 ± 1.0",
         "The increase in quality life scores (SIBDQ)"),
        ("The CARs for weeks 5–52 were 10.0 % in the NRT group.", "10.0 %", "The CARs"),
        ("Severe hypoglycaemia was rare (2.3% and 2.6%).", "2.6%", "Severe hypoglycaemia"),  # a bracket after the predicate
        # a share of people that is the subject of a verb no list names: the verb phrase
        ("In total, 86% of patients maintained inactive or mild disease activity.", "86%",
         "maintained inactive or mild disease activity"),
        ("Over 90% of participants endorsed a preference for the self-collected swab.", "90%",
         "endorsed a preference for the self-collected swab"),
        # "reduce"/"lower" read like "decrease": what was reduced
        ("By office BP, SBP was reduced by 27±14.2 at week 6 and 28±15.1 mmHg at week 12.", "27±14.2", "SBP"),
        ("Results: Body weight was reduced (P < 0.001) by ADF, CR, and exercise (5.2 ± 1.1%, 5.0 ± 1.4%, 5.1 ± 0.9%, respectively).",
         "5.1 ± 0.9%", "Body weight"),
        # a share in brackets after the people counted stands for them: their verb phrase, cut before another value
        ("Twenty patients (56%) in the ICBT treatment completed all seven modules.", "56%", "completed all seven modules"),
        ("A total of 141 (71%) patients had suboptimal drug treatment according to the gold standard.", "71%",
         "suboptimal drug treatment"),
        ("In the ATC group (n = 17), 11 (65%) patients passed the SBT with subsequent extubation failure (9%).", "65%", "passed the SBT"),
        ("Of the 15 participants who underwent baseline testing, 10 (67%) completed the study and only one (7%) withdrew.", "67%",
         "completed the study"),
        # people more (less) likely to do something: what they do, not who they are
        ("Respondents in the experimental group were more likely to choose a long-acting injectable antipsychotic "
         "compared with those in the control group (77.7% experimental vs 25.8% control; P<0.001).", "25.8%",
         "choose a long-acting injectable antipsychotic"),
        ("Children treated with A were significantly less likely to carry gametocytes within the 4 weeks following "
         "treatment than those receiving B (30 of 378 [7.94%] versus 42 of 86 [48.8%]; p < 0.0001).", "48.8%", "carry gametocytes"),
    ],
)
def test_the_phrase_a_value_measures(parse, sentence, value, phrase):
    assert _phrase(parse, sentence, value) == phrase


@needs_model
@pytest.mark.parametrize(
    "sentence, value",
    [
        ("In total, 40% of patients were randomized to the second arm.", "40%"),  # design, not outcome
        ("Overall, 30% of patients received intravenous iron.", "30%"),  # the treatment given
        ("Of the participants, 81 % consulted any advice, while 17 % did this during four weeks.", "17 %"),
        # a bracket of baseline figures after the people counted does not stand for them
        ("Thirty-seven trained women (n = 37; BMI = 25.1 ± 3.4) completed one of the three-week interventions.", "25.1 ± 3.4"),
    ],
)
def test_no_verb_phrase_for_a_design_or_treatment_verb(parse, sentence, value):
    assert _phrase(parse, sentence, value) is None


@needs_model
def test_no_phrase_for_who_or_where(parse):
    # the subject says who the patients were, not what was measured
    assert _phrase(parse, "The patients were 65% male.", "65%") is None
    # people in the plural, irregular or named by their role, are who was counted
    assert "caregivers" not in (_phrase(parse, "High stigma was reported by a significant minority of caregivers (21%).", "21%") or "")
    for people in ("women", "men", "children", "respondents", "nurses"):
        assert _phrase(parse, f"The survey was answered by {people} (64%).", "64%") is None
    # the group a bracketed value follows in a comparison is who, not what
    for sentence, value in [
        ("EX2 performance was not significantly different between CHO (48.5 ± 1.5 min), HCLP (48.8 ± 2.1 min) and LCHP (50.3 ± 2.7 min).", "48.8 ± 2.1 min"),
        ("TTE was increased after intake of CHO+PROT compared to CHO (63.5±4.4 vs 49.8±5.4 min; p<0.05).", "49.8±5.4 min"),
        ("VO2 was lower following nitrate supplementation (16.6±6.0 ml/min/kg nitrate vs. 17.2±6.0 ml/min/kg placebo).", "16.6±6.0"),
    ]:
        assert _phrase(parse, sentence, value) not in ("CHO", "HCLP", "nitrate supplementation")
    # another value's mean ± SD is no outcome
    assert "±" not in (_phrase(parse, "At the end of RT, the mean Se level was 90.9±19.9 μg/l in the SeG and 61.4±15.5 μg/l in the CG.", "61.4±15.5") or "")
    # a count of patients is who was counted
    assert _phrase(parse, "The response rate was similar in both arms: 18 of 40 procedures (45%) in arm A.", "45%") is None
    # how two values compare is no outcome: the bracketed values measure the subject, or nothing
    found = _phrase(parse, "The rates of MACEs [5.9% in the SES vs. 9.5% in the PES group] were similar in the two groups.", "5.9%")
    assert found is None or "similar" not in found


@needs_model
def test_each_of_as_many_values_as_things_named_measures_its_own_thing(parse):
    sentence = ("The levels of urine N-telopeptide, serum osteocalcin, and serum bone-specific alkaline phosphatase (BSAP) "
                "were 49 ± 6.6%, 51.6 ± 6.1%, and 38.8 ± 7.5%, lower than baseline.")
    assert [_phrase(parse, sentence, v) for v in ("49 ± 6.6%", "51.6 ± 6.1%", "38.8 ± 7.5%")] == [
        "urine N-telopeptide", "serum osteocalcin", "serum bone-specific alkaline phosphatase"]
    sentence = ("The sensitivity (Ss), specificity (Sp), positive predictive value (PPV), and negative predictive value (NPV) "
                "of the HR increases were 80%, 100%, 100%, and 83%, respectively, in groups E5 and E10.")
    assert _phrase(parse, sentence, "80%").endswith("sensitivity")
    assert _phrase(parse, sentence, "83%").startswith("negative predictive value")
    # as many values as subjects without a list of them: the subject, not a later noun
    sentence = "Complete data on changes after 21 months treatment were available for 35 patients (16 in the PI group and 19 in the NNRTI group)."
    assert _phrase(parse, sentence, "19") != "treatment"


def test_no_phrase_without_a_parse():
    doc = blank_pipeline("trialmine")("Mortality was 12%.")
    assert measured_phrase(doc, 14, 17) is None


@needs_model
def test_the_pipeline_parses_a_sentence_when_its_phrase_is_asked_for():
    from trialmine.nlp.pipeline import build_pipeline
    from trialmine.parser.pipe import parsed_sentence

    nlp = build_pipeline()[0]
    assert "trialmine_parser" in nlp.pipe_names
    text = "Results\nThe complete remission rate was 48% after induction. Grade 3 mucositis occurred in 9% of patients."
    doc = nlp(text)
    heading, remission, mucositis = doc.sents
    assert not doc.has_annotation("DEP")  # nothing is parsed until a phrase is asked for
    start = text.index("9%")
    assert text[slice(*measured_phrase(doc, start, start + 2))] == "Grade 3 mucositis"
    assert doc.user_data["trialmine.parser.sentences"].keys() == {mucositis.start}  # only that sentence
    parsed = parsed_sentence(remission)
    assert [t.text for t in parsed] == [t.text for t in remission] and len(list(parsed.sents)) == 1
    assert [t.text for t in parsed if t.dep_ == "nsubj"] == ["rate"] and all(t.tag_ for t in parsed)
    assert parsed_sentence(remission) is parsed  # cached on the Doc


def test_a_document_not_run_through_the_parser_pipe_has_no_parse():
    from trialmine.parser.pipe import parsed_sentence

    doc = blank_pipeline("trialmine")("Mortality was 12%.")
    assert parsed_sentence(doc[:]) is None


@needs_model
@pytest.mark.parametrize(
    "text, phrases",
    [
        ("Freedom from transfusion dependence was attained in 47% of the patients in the imetelstat group.",
         ["Freedom from transfusion dependence"]),
        ("The trial was designed with a one-sided type I error of 2.5% and a power of 90%.",
         ["one-sided type I error", "power"]),
    ],
)
def test_outcomes_no_vocabulary_knows_get_their_phrase_from_the_parse(text, phrases):
    from trialmine.extract.link import extract_rows
    from trialmine.ingest.text import text_document
    from trialmine.nlp.pipeline import build_pipeline

    nlp = build_pipeline()[0]
    document = text_document("syntax-1", text, "test")

    def phrases_of(doc):
        return [r["endpoint_text"] for r in extract_rows(document, doc) if r["kind"] == "result"]

    assert phrases_of(nlp(text)) == phrases
    with nlp.select_pipes(disable=["trialmine_parser"]):
        assert phrases_of(nlp(text)) != phrases  # the rules alone read another phrase


@pytest.mark.slow
@needs_model
def test_prefect_flow_trains_ships_and_measures_a_tiny_treebank(tmp_path, monkeypatch):
    """split + convert -> train -> ship without the shared vectors -> evaluate -> metrics."""
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    monkeypatch.setenv("PREFECT_API_URL", "")
    monkeypatch.setenv("PREFECT_LOGGING_LEVEL", "WARNING")
    from trialmine.flows.train_parser import train_parser_flow

    treebank = tmp_path / "tiny.conllu"
    # 50 one-sentence documents: each label occurs >= 30 times in train (the parser's min_action_freq)
    treebank.write_text("".join(f"# newdoc id = {900 + i}\n{CONLLU}\n" for i in range(50)), encoding="utf-8")
    out = tmp_path / "model"
    metrics = train_parser_flow(str(treebank), str(out), max_steps=3, work_dir=str(tmp_path / "work"))
    assert (len(metrics["split"]["train"]), len(metrics["split"]["dev"]), len(metrics["split"]["test"])) == (35, 5, 10)
    assert 0.0 <= metrics["test_gold_tokens"]["dep_las"] <= 1.0 and metrics["test_gold_tokens"]["n_words"] == 70
    assert not (out / "vocab" / "vectors").exists()  # the NER model's vectors ship once
    assert load_model(out)("A post-hoc analysis revealed changes.").has_annotation("DEP")


def test_a_missing_parser_model_is_named_as_the_parser(tmp_path):
    from trialmine.version import PARSER_REMEDY, ModelUnavailableError, model_fingerprint

    with pytest.raises(ModelUnavailableError, match=r"dependency parser model '.*gone'.*enabled = false"):
        model_fingerprint(str(tmp_path / "gone"), PARSER_REMEDY)


@needs_model
@pytest.mark.parametrize(
    "text, phrases",
    [
        # arms compared in a sentence, in a document with no arm inventory: the parse's phrase is not one of them
        ("The proportion of households who purchased products was significantly lower in intervention clusters "
         "(47.8%; 2503/5293) than in control clusters (53.3%; 2707/5079).",
         ["proportion of households", "proportion of households"]),
        # one phrase read as an arm ('subject') is no comparison: it stays the outcome
        ("Relative and absolute FMD increased (before: 4.0 ± 0.5% versus after: 6.9 ± 0.6%, P < 0.05).",
         ["Relative and absolute FMD", "Relative and absolute FMD"]),
    ],
)
def test_the_parse_reads_no_arm_its_sentence_compares_as_the_outcome(text, phrases):
    from trialmine.extract.link import extract_rows
    from trialmine.ingest.text import text_document
    from trialmine.nlp.pipeline import build_pipeline

    nlp = build_pipeline()[0]
    rows = [r for r in extract_rows(text_document("syntax-2", text, "test"), nlp(text)) if r["kind"] == "result"]
    assert [r["endpoint_text"] for r in rows] == phrases
