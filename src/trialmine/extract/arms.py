"""Trial arms of a document and the arm each value belongs to: the `trialmine_arms` component.

The arm model and rules are `trialmine.extract.arm_rules`, candidate arm names per sentence
`arm_phrases`, the inventory (definitions first, references after) `arm_inventory`, and linking a
value to an arm `arm_linking`. This thin spaCy component stores the inventory
on `doc._.arms` and the mentions on `doc.spans["arms"]`; the public names of these modules stay
importable from here.
"""

# no `from __future__ import annotations`: spaCy validates factory signatures at run time

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from trialmine.extract.arm_inventory import arm_rows, build_inventory, labelled_by_use, resolve_phrase
from trialmine.extract.arm_phrases import abbreviated_regimens, arm_phrases, therapy_definitions
from trialmine.extract.arm_rules import (
    LINK_DIRECTIONS,
    LINK_RULES,
    ROLES,
    Arm,
    ArmCues,
    ArmPhrase,
    ArmRules,
    ArmRulesError,
    LinkRule,
    arm_rules_of,
    title_sentence,
)
from trialmine.extract.arm_linking import ArmLink, link_value_to_arm

__all__ = [
    "LINK_DIRECTIONS", "LINK_RULES", "ROLES", "Arm", "ArmCues", "ArmDetector", "ArmLink", "ArmPhrase", "ArmRules",
    "ArmRulesError", "LinkRule", "abbreviated_regimens", "arm_phrases", "arm_rows", "arm_rules_of", "build_inventory",
    "labelled_by_use", "link_value_to_arm", "make_arm_detector", "resolve_phrase", "therapy_definitions", "title_sentence",
]

# -- the spaCy component ---------------------------------------------------------------------

if not Doc.has_extension("arms"):
    Doc.set_extension("arms", default=None)


@Language.factory(
    "trialmine_arms",
    default_config={"rules_path": ""},
    assigns=["doc._.arms", "doc._.arm_rules", "doc.spans"],
    requires=["doc.sents"],
)
def make_arm_detector(nlp: Language, name: str, rules_path: str) -> "ArmDetector":
    """`rules_path` = "" uses the bundled rules/arms.json; a file given here is the arm rules of
    everything downstream (the inventory, linking values to arms, placebo doses: `doc._.arm_rules`)."""
    return ArmDetector(nlp, rules_path)


class ArmDetector:
    """Puts the arm inventory on `doc._.arms`, arm mentions on `doc.spans["arms"]` (label: the
    arm's label, `id_`: its arm_id, `kb_id_`: "definition" or "reference") and its rules on
    `doc._.arm_rules`, where the linking reads them (`arm_rules_of`)."""

    def __init__(self, nlp, rules_path: str = ""):
        self.rules = ArmRules.load(Path(rules_path)) if rules_path else ArmRules.default()
        self.cues = ArmCues(nlp.vocab, self.rules, nlp.make_doc)

    def __call__(self, doc: Doc) -> Doc:
        doc._.arm_rules = self.rules
        arms, mentions = build_inventory(doc, self.cues)
        arms = labelled_by_use(doc, arms, mentions, self.rules)
        label_of = {a.arm_id: a.label for a in arms}
        spans = []
        for start, end, arm_id, definition in mentions:
            span = Span(doc, start, end, label=label_of[arm_id], span_id=arm_id, kb_id="definition" if definition else "reference")
            spans.append(span)
        doc._.arms = arms
        doc.spans["arms"] = spans
        return doc
