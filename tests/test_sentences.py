"""Sentence bounds around comparisons of values ("13.5 vs. 10.2 months")."""

from hypothesis import given, settings
from hypothesis import strategies as st

from trialmine.nlp.sentences import sentence_spans

NUMBER = st.builds(lambda a, b: f"{a}.{b}" if b else str(a), st.integers(0, 999), st.integers(0, 9))


@settings(max_examples=200, deadline=None)
@given(
    first=NUMBER, second=NUMBER,
    comparator=st.sampled_from(["vs.", "v.", "Vs.", "versus"]),
    unit=st.sampled_from(["", "%", " months", " mg"]),
    opening=st.sampled_from(["Median PFS was longer (", "The rate was ", "In patients with EGFR mutation ("]),
)
def test_a_comparator_between_values_never_ends_a_sentence(first, second, comparator, unit, opening):
    """pysbd keeps "13.5 vs. 10.2 months" in one sentence (0 of 208 "vs."/"v." in the 898
    development-split abstracts end one); a cut there would part values compared in one result."""
    text = f"{opening}{first}{unit} {comparator} {second}{unit} in gefitinib alone, P=NS). The next sentence."
    spans = sentence_spans(text)
    assert len(spans) == 2 and text[spans[1][0] :].startswith("The next")
