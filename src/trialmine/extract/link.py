"""Facts from one processed document: drugs, doses linked to drugs, results linked to endpoints,
regimens and populations. Produces rows of the evidence table (see `trialmine.store.schema`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from spacy.tokens import Doc

from trialmine.extract.arms import Arm, ArmRules, link_value_to_arm
from trialmine.extract.doses import Dose, find_doses
from trialmine.extract.endpoints import EndpointAssignment, assign_endpoints, clauses
from trialmine.extract.numbers import (
    Denominator,
    PatientCount,
    Percentage,
    find_denominators,
    find_patient_counts,
    find_percentages,
)
from trialmine.ingest.document import Document
from trialmine.nlp.components import DrugMention, EndpointMention
from trialmine.store.schema import evidence_id

# "ruxolitinib-resistant", "venetoclax-refractory", "prior azacitidine": the drug describes the
# patients, it is not part of the regimen that produced the result.
_POPULATION_AFTER = re.compile(
    r"^[-\s](?:resistant|refractory|intolerant|naïve|naive|pretreated|pre-treated|exposed|failure|relapsed)",
    re.IGNORECASE,
)
_POPULATION_BEFORE = re.compile(r"(?:prior|previous|after)\s+$", re.IGNORECASE)
_MONOTHERAPY_AFTER = re.compile(r"^[\s-]*(?:monotherapy|alone|as a single agent)", re.IGNORECASE)
_POPULATION_PHRASE = re.compile(
    r"\b(?:(?:treatment|therapy)[-\s]na[iï]ve|(?:\w+[-\s])?(?:resistant|refractory|intolerant)(?:\s+and\s+\w+)?\s+(?:cases|patients)"
    r"|(?:pediatric|paediatric|elderly|older|younger|adult)\s+[\w/ ]{0,30}?patients|R/R AML|relapsed or refractory [\w ]{0,30})",
    re.IGNORECASE,
)
_GENE_BEFORE_PAREN = re.compile(r"([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,6})?)\s*\(\s*$")
_MUTATION_CONTEXT = re.compile(r"\bmutat", re.IGNORECASE)
_RESULT_CATEGORIES_WITH_REGIMEN = {"efficacy", "safety"}
_NEW_COORDINATED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|which|although|the)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def extract_rows(document: Document, doc: Doc) -> list[dict]:
    """All facts of one document as evidence-table rows."""
    ctx = _Context(document, doc)
    rows = [ctx.drug_row(m) for m in ctx.drugs]
    rows += [ctx.dose_row(d) for d in find_doses(document.text)]
    rows += ctx.result_rows()
    return rows


class _Context:
    def __init__(self, document: Document, doc: Doc):
        self.document = document
        self.text = document.text
        self.sentences = [Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(doc.sents)] or [
            Sentence(0, 0, len(self.text), self.text)
        ]
        self._sentence_starts = [s.start for s in self.sentences]
        self.drugs: list[DrugMention] = doc._.drug_mentions or []
        self.endpoints: list[EndpointMention] = doc._.endpoint_mentions or []
        regimen_drugs = [m.drug for m in self.drugs if not m.components]
        self.primary_drug = Counter(regimen_drugs).most_common(1)[0][0] if regimen_drugs else None
        self.doc = doc
        self.arms: list[Arm] = (doc._.arms if Doc.has_extension("arms") else None) or []
        self._values_of_sentence: dict[int, list[tuple[int, int]]] = {}

    # -- shared -----------------------------------------------------------------------------
    def sentence_of(self, offset: int) -> Sentence:
        return self.sentences[max(0, bisect_right(self._sentence_starts, offset) - 1)]

    def segment_of(self, offset: int) -> str | None:
        for segment in self.document.segments:
            if segment.start <= offset < segment.end:
                return segment.label
        return None

    def base_row(self, kind: str, start: int, end: int, method: str, confidence: float) -> dict:
        sentence = self.sentence_of(start)
        text = self.text[start:end]
        return {
            "evidence_id": evidence_id(self.document.doc_id, kind, start, end, text),
            "doc_id": self.document.doc_id,
            "doc_type": self.document.doc_type,
            "kind": kind,
            "start": start,
            "end": end,
            "text": text,
            "sentence": sentence.text,
            "sentence_start": sentence.start,
            "segment": self.segment_of(start),
            "method": method,
            "confidence": confidence,
        }

    # -- drugs and doses --------------------------------------------------------------------
    def drug_row(self, m: DrugMention) -> dict:
        row = self.base_row("drug", m.start, m.end, m.method, m.confidence)
        row.update(drug=m.drug, regimen=" + ".join(m.components) or None)
        return row

    def dose_row(self, dose: Dose) -> dict:
        drug, confidence = self.drug_for_dose(dose)
        row = self.base_row("dose", dose.start, dose.end, "rules:dose", confidence)
        row.update(
            drug=drug.drug if drug else None,
            regimen=" + ".join(drug.components) or None if drug else None,
            dose_low=dose.low,
            dose_high=dose.high,
            dose_unit=dose.unit,
            dose_frequency=dose.frequency,
            dose_schedule=dose.schedule,
        )
        return row

    def drug_for_dose(self, dose: Dose) -> tuple[DrugMention | None, float]:
        """The drug written before the dose in its sentence ("azacitidine 75 mg/m2/d",
        "selinexor at lower doses (40–60 mg weekly)"), else one right after it ("300 mg of
        imatinib"), else the last drug of the sentence before ("...selinexor monotherapy achieved
        SVR35... required relatively high doses (80 mg weekly)")."""
        sentence = self.sentence_of(dose.start)
        before = [m for m in self.drugs if sentence.start <= m.start and m.end <= dose.start]
        if before:
            return before[-1], 0.9
        after = [m for m in self.drugs if dose.end <= m.start < sentence.end]
        if after and after[0].start - dose.end < 40:
            return after[0], 0.7
        if sentence.index:
            previous = self.sentences[sentence.index - 1]
            earlier = [m for m in self.drugs if previous.start <= m.start < previous.end]
            if earlier:
                return earlier[-1], 0.6
        return None, 0.3

    # -- results ----------------------------------------------------------------------------
    def result_rows(self) -> list[dict]:
        percentages = [p for p in find_percentages(self.text) if not p.is_ci_level]
        counts = find_patient_counts(self.text)
        denominators = find_denominators(self.text)
        count_at = {c.percentage.start: c for c in counts if c.percentage is not None}
        rows = []
        for sentence in self.sentences:
            for c_start, c_end in clauses(self.text, sentence.start, sentence.end):
                in_clause = [p for p in percentages if c_start <= p.start < c_end]
                clause_mentions = [m for m in self.endpoints if c_start <= m.start and m.end <= c_end]
                assignments = assign_endpoints(
                    self.text, (c_start, c_end), in_clause, [p.qualifier for p in in_clause], clause_mentions
                )
                clause_denominators = [d for d in denominators if c_start <= d.start < c_end]
                for pct, assignment in zip(in_clause, assignments):
                    assignment = self._gene_mutation(sentence, pct) or assignment
                    rows.append(self.result_row(pct, assignment, count_at.get(pct.start), clause_denominators, (c_start, c_end)))
                for count in counts:
                    if count.percentage is None and c_start <= count.start < c_end:
                        row = self.count_row(count, clause_mentions, clause_denominators, (c_start, c_end))
                        if row:
                            rows.append(row)
        return rows

    def result_row(
        self,
        pct: Percentage,
        assignment: EndpointAssignment,
        count: PatientCount | None,
        denominators: list[Denominator],
        clause: tuple[int, int],
    ) -> dict:
        confidence = {"respectively": 0.8, "preceding": 0.85, "following": 0.75, "threshold": 0.8, "definition": 0.8,
                      "mutation": 0.8, "chain": 0.7, "nearest": 0.5, "none": 0.3}[assignment.rule]
        row = self.base_row("result", pct.start, pct.end, f"rules:percent/{assignment.rule}", confidence)
        single = pct.value is not None
        row.update(
            category=assignment.category,
            endpoint=assignment.code,
            value=pct.value if single else None,
            value_low=pct.low,
            value_high=pct.high,
            qualifier=pct.qualifier,
            n=count.n if count else None,
            n_total=(count.n_total if count and count.n_total else None) or _nearest_denominator(pct, denominators),
        )
        row.update(self._regimen_and_population(pct.start, assignment, clause))
        return row

    def count_row(
        self, count: PatientCount, mentions: list[EndpointMention], denominators: list[Denominator], clause: tuple[int, int]
    ) -> dict | None:
        """'three patients died', 'Four patients with CR or CRi achieved MRD-negativity'.

        The outcome must follow the count in the same coordinated clause: "There were 50 patients
        in each group, and the primary endpoint was PFS" counts no outcome."""
        joint = _NEW_COORDINATED_CLAUSE.search(self.text, count.end, clause[1])
        phrase = (clause[0], joint.start() if joint else clause[1])
        assignment = assign_endpoints(self.text, phrase, [count], ["="], mentions)[0]
        if assignment.rule != "following" or assignment.category not in _RESULT_CATEGORIES_WITH_REGIMEN:
            return None
        row = self.base_row("result", count.start, count.end, "rules:count/following", 0.6)
        row.update(
            category=assignment.category,
            endpoint=assignment.code,
            n=count.n,
            n_total=count.n_total or _nearest_denominator(count, denominators),
        )
        row.update(self._regimen_and_population(count.start, assignment, clause))
        return row

    def _gene_mutation(self, sentence: Sentence, pct: Percentage) -> EndpointAssignment | None:
        """'The most frequently mutated genes were RUNX1 (30.0%), MLL (30.0%) ...'."""
        if not _MUTATION_CONTEXT.search(sentence.text):
            return None
        gene = _GENE_BEFORE_PAREN.search(self.text[max(sentence.start, pct.start - 20) : pct.start])
        if not gene or any(m.start <= pct.start - len(gene.group(0)) < m.end for m in self.drugs):
            return None
        return EndpointAssignment(f"mutation:{gene.group(1)}", "baseline", "mutation")

    def _regimen_and_population(self, offset: int, assignment: EndpointAssignment, clause: tuple[int, int]) -> dict:
        sentence = self.sentence_of(offset)
        regimen, population_drugs = None, []
        if assignment.category in _RESULT_CATEGORIES_WITH_REGIMEN:
            regimen, population_drugs = self._regimen(sentence, clause)
        arm = None
        if self.arms and assignment.rule not in ArmRules.default().not_linked_endpoint_rules:
            arm, regimen = self._arm_and_regimen(offset, sentence, assignment.category, regimen)
        population = [f"{d}-{w}" for d, w in population_drugs]
        phrase = _POPULATION_PHRASE.search(self.text[clause[0] : clause[1]])
        if phrase and not population:
            population.append(phrase.group(0))
        if assignment.population_hint:
            population.append(assignment.population_hint)
        return {"regimen": regimen, "arm": arm, "population": "; ".join(population) or None}

    def _arm_and_regimen(self, offset: int, sentence: Sentence, category: str, regimen: str | None) -> tuple[str | None, str | None]:
        """The value's arm (label) and the regimen that goes with it (GUIDELINES §7.3).

        Single-arm study: the one arm, the regimen stays the clause's (subsets of patients may get
        other combinations). Comparative trial: the arm the linking rules find and its drugs, never
        the sentence's union; effect measures and whole-population values get neither."""
        with_regimen = category in _RESULT_CATEGORIES_WITH_REGIMEN
        if sentence.end <= min(a.start for a in self.arms):  # definitions first: arms defined later are another trial's
            return None, regimen
        if len(self.arms) == 1:
            return (self.arms[0].label if with_regimen else None), regimen
        value = self._token_span(offset, offset + 1)
        if value is None:
            return None, regimen
        link = link_value_to_arm(self.doc, value, self._sentence_values(sentence), category, ArmRules.default())
        if link.rule == "effect-measure":
            return None, None
        arm = next((a for a in self.arms if a.arm_id == link.arm_id), None)
        if arm is not None:  # baseline rows describe the patients, not what the regimen did
            if not arm.drugs and arm.control_term is None:  # arms named by schedule or procedure
                return arm.label, regimen
            return arm.label, (arm.regimen if category != "baseline" else None)
        return None, self._unlinked_regimen(regimen) if with_regimen else None

    def _unlinked_regimen(self, regimen: str | None) -> str | None:
        """A comparative trial's value with no arm keeps the regimen found around it, unless that
        is the drugs of several arms together (the sentence names every arm): then it is a value
        of the whole population, or of an arm the text does not make clear."""
        if regimen is None:
            return None
        drugs = set(regimen.split(" + "))
        arm_drugs = [set(a.drugs) for a in self.arms if a.drugs]
        union = set().union(*arm_drugs) if arm_drugs else set()
        if len(arm_drugs) >= 2 and drugs == union and union not in arm_drugs:
            return None
        return regimen

    def _token_span(self, start: int, end: int) -> tuple[int, int] | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return (span.start, span.end) if span is not None and len(span) else None

    def _sentence_values(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Token spans of the sentence's values (its percentages, else its counts): the siblings a
        value is paired with in 'V1 vs V2' and 'respectively' lists."""
        if sentence.index not in self._values_of_sentence:
            text = self.text[sentence.start : sentence.end]
            # counts beside percentages are their n ("7 (14%) of 51 patients"), not values of their own
            spans = [(p.start, p.end) for p in find_percentages(text) if not p.is_ci_level]
            spans = spans or [(c.start, c.end) for c in find_patient_counts(text)]
            tokens = [self._token_span(sentence.start + s, sentence.start + e) for s, e in sorted(spans)]
            self._values_of_sentence[sentence.index] = [t for t in tokens if t is not None]
        return self._values_of_sentence[sentence.index]

    def _regimen(self, sentence: Sentence, clause: tuple[int, int]) -> tuple[str | None, list[tuple[str, str]]]:
        """Drugs of the clause, else of the sentence, else of the sentence before, else the
        document's main drug; drugs that describe the patients go to the population instead."""
        windows = [clause, (sentence.start, sentence.end)]
        if sentence.index:
            previous = self.sentences[sentence.index - 1]
            windows.append((previous.start, previous.end))
        for start, end in windows:
            mentions = [m for m in self.drugs if start <= m.start < end]
            regimen, population = self._split_regimen(mentions)
            if regimen:
                return " + ".join(sorted(regimen)), population
            if population:
                break
        return (self.primary_drug, []) if self.primary_drug else (None, [])

    def _split_regimen(self, mentions: Iterable[DrugMention]) -> tuple[set[str], list[tuple[str, str]]]:
        regimen: set[str] = set()
        population: list[tuple[str, str]] = []
        for m in mentions:
            after = self.text[m.end : m.end + 30]
            modifier = _POPULATION_AFTER.match(after)
            if modifier or _POPULATION_BEFORE.search(self.text[max(0, m.start - 12) : m.start]):
                population.append((m.drug, modifier.group(0).strip(" -") if modifier else "pretreated"))
                continue
            if _MONOTHERAPY_AFTER.match(after):
                return {m.drug}, population
            regimen.update(m.components or (m.drug,))
        return regimen, population


def _nearest_denominator(span, denominators: list[Denominator]) -> int | None:
    if not denominators:
        return None
    return min(denominators, key=lambda d: abs(d.start - span.start)).n_total
