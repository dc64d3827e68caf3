"""Facts from one processed document: drugs, doses linked to drugs, results linked to endpoints,
regimens and populations. Produces rows of the evidence table (see `trialmine.store.schema`)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc, Span

from trialmine.extract.adverse_events import AdverseEventRules, adverse_event, unlisted_event_mentions
from trialmine.extract.arms import Arm, ArmRules, arm_rules_of, link_value_to_arm, title_sentence
from trialmine.extract.doses import DRUG_AFTER_DOSE_RE, Dose, concentration_dose, doc_doses, frequency_before
from trialmine.extract.endpoints import (
    EndpointAssignment,
    assigned,
    assign_endpoints,
    associated_assignment,
    chained,
    clauses,
    compared_code,
    endpoint_text,
    in_context,
    is_qualifier,
    names_statistic,
    outcome_phrase,
)
from trialmine.extract.measures import MEASURE_RULES, ComparedCount, EffectMeasure, Quantity, bare_interval, baseline_before, count_after, in_design_section, parse_measures, sample_size_count, statistical_level
from trialmine.extract.numbers import Denominator, PatientCount, Percentage, measure_words, word_alternation
from trialmine.extract.sentence_arms import arm_of_value, arms_beside_inventory, inventory_arm_named, sentence_arm_rules, sentence_arms
from trialmine.extract.syntax import measured_phrase
from trialmine.ingest.document import Document
from trialmine.nlp.components import DrugMention, EndpointMention, load_time_to_event
from trialmine.nlp.typeset import matching_text
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
_PHRASE_RULES = frozenset({"none", "nearest"})  # endpoint assignments whose value keeps the phrase it is written with
# longer than any drug name or percentage span: how far back a window must reach to find one covering an offset
_LONGEST_NAME = 128
_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
_NEW_COORDINATED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|which|although|the)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def extract_rows(document: Document, doc: Doc) -> list[dict]:
    """All facts of one document as evidence-table rows, as `run.extract` makes them: the linker's,
    with the learned outcome phrases when the Doc ran through `trialmine_outcome_phrases`."""
    from trialmine.phrases.pipe import with_outcome_phrases  # the tagger loads only when a pipeline has the pipe

    return with_outcome_phrases(DocumentLinker(document, doc).rows(), doc, document.text)


@dataclass(frozen=True)
class _DocumentValues:
    """A document's values, parsed once and indexed by offset: what `result_rows` links."""

    measures: object  # measures.Measures
    count_at: dict
    values_by_start: "_ByStart"
    lone_counts: "_ByStart"
    compared_counts: "_ByStart"
    effects_by_start: "_ByStart"


@dataclass(frozen=True)
class _ClauseValues:
    """A clause's values, counts and compared counts, with the endpoint mentions and the
    assignments and denominators linking reads for them."""

    clause: tuple[int, int]
    values: list
    counts: list
    compared: list
    mentions: list
    assignments: list[EndpointAssignment]
    denominators: list


class DocumentLinker:
    """Links one document's values to outcomes, arms, regimens and populations. `rows()` gives its
    evidence rows; `sentences_to_parse()` says beforehand which sentences the linking will read the
    parse of, so that the parses of many documents can be made together (`parser.pipe.parse_sentences`)."""

    def __init__(self, document: Document, doc: Doc):
        self.document = document
        # what the rules read: typeset spaces as plain ones, offsets those of `document.text`,
        # which the rows quote (`base_row`)
        self.text = matching_text(document.text)
        self.sentences = [  # the text sliced, not Span.text (rebuilt from the tokens)
            Sentence(i, s.start_char, s.end_char, self.text[s.start_char : s.end_char]) for i, s in enumerate(doc.sents)
        ] or [Sentence(0, 0, len(self.text), self.text)]
        self._sentence_starts = [s.start for s in self.sentences]
        self.drugs: list[DrugMention] = doc._.drug_mentions or []
        listed = doc._.endpoint_mentions or []
        self.endpoints: list[EndpointMention] = in_context(self.text, listed, [(s.start, s.end) for s in self.sentences]) + (
            unlisted_event_mentions(doc, listed, AdverseEventRules.default())
        )
        self._drugs_by_start, self._endpoints_by_start = _ByStart(self.drugs), _ByStart(self.endpoints)
        regimen_drugs = [m.drug for m in self.drugs if not m.components]
        self.primary_drug = Counter(regimen_drugs).most_common(1)[0][0] if regimen_drugs else None
        self.doc = doc
        self.arms: list[Arm] = (doc._.arms if Doc.has_extension("arms") else None) or []
        self.arm_rules: ArmRules = arm_rules_of(doc)  # those the arm component ran with
        self._sentence_arm_rules = sentence_arm_rules(self.arm_rules.role_words)
        self._values_of_sentence: dict[int, list[tuple[int, int]]] = {}
        self._arms_of_sentence: dict[int, tuple[list[tuple[int, int]], list]] = {}
        self._names_of_sentence: dict[int, list[tuple[int, int]]] = {}
        self._clauses_of_sentence: dict[int, list[tuple[int, int]]] = {}
        self._arm_mentions = _ByStart(_CharSpan(s.start_char, s.end_char) for s in doc.spans.get("arms", []))
        self._document_values: _DocumentValues | None = None
        self._people_count_starts: set[int] = set()  # starts of compared counts that also count patients ("two patients in the A group")
        self._clause_values_of_sentence: dict[int, list[_ClauseValues]] = {}
        self._event_outcomes: dict[int, tuple[str, EndpointAssignment]] = {}  # sentence -> the events counted last, their outcome

    # -- shared -----------------------------------------------------------------------------
    def sentence_of(self, offset: int) -> Sentence:
        return self.sentences[max(0, bisect_right(self._sentence_starts, offset) - 1)]

    def clauses_of(self, sentence: Sentence) -> list[tuple[int, int]]:
        """The sentence's clauses (`endpoints.clauses`), cut once."""
        if sentence.index not in self._clauses_of_sentence:
            self._clauses_of_sentence[sentence.index] = clauses(self.text, sentence.start, sentence.end)
        return self._clauses_of_sentence[sentence.index]

    def segment_of(self, offset: int) -> str | None:
        for segment in self.document.segments:
            if segment.start <= offset < segment.end:
                return segment.label
        return None

    def base_row(self, kind: str, start: int, end: int, method: str, confidence: float) -> dict:
        sentence = self.sentence_of(start)
        text = self.document.text[start:end]
        return {
            "evidence_id": evidence_id(self.document.doc_id, kind, start, end, text),
            "doc_id": self.document.doc_id,
            "doc_type": self.document.doc_type,
            "kind": kind,
            "start": start,
            "end": end,
            "text": text,
            "sentence": self.document.text[sentence.start : sentence.end],
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

    def concentration_rows(self) -> list[dict]:
        """Drug concentrations ("bupivacaine 0.125%") as dose rows with unit '%'."""
        rows = []
        for mention in self.drugs:
            dose = concentration_dose(self.text, mention.start, mention.end)
            if dose:
                row = self.base_row("dose", dose.start, dose.end, "rules:dose", 0.8)
                row.update(
                    drug=mention.drug, regimen=" + ".join(mention.components) or None, dose_low=dose.low, dose_high=dose.high,
                    dose_unit=dose.unit, dose_frequency=None, dose_schedule=None,
                )
                rows.append(row)
        return rows

    def dose_row(self, dose: Dose) -> dict | None:
        """The dose as a row, or None when no drug is near it: an amount with a unit that doses
        nothing ("500 ml of pomegranate juice", "a PTV of 1302 ml") is not a dose."""
        drug, confidence = self.drug_for_dose(dose)
        if drug is None:
            return None
        row = self.base_row("dose", dose.start, dose.end, "rules:dose", confidence)
        row.update(
            drug=drug.drug,
            regimen=" + ".join(drug.components) or None,
            dose_low=dose.low,
            dose_high=dose.high,
            dose_unit=dose.unit,
            dose_frequency=dose.frequency or self._frequency_before(dose, drug),
            dose_schedule=dose.schedule,
        )
        return row

    def _frequency_before(self, dose: Dose, drug: DrugMention) -> str | None:
        """A frequency written right before the dose's drug ("single-dose cisplatin (80 mg/m2)",
        "weekly paclitaxel 80 mg/m2") or before the parenthesis the dose is in ("fifteen capsules
        per day (90 mg of sulforaphane)")."""
        opening = re.search(r"[(\[][ \t\u00a0]*$", self.text[max(0, dose.start - 3) : dose.start])
        paren = dose.start - len(opening.group()) if opening else None
        return frequency_before(self.text, drug.start) or (
            frequency_before(self.text, len(self.text[:paren].rstrip())) if paren is not None else None
        )

    def drug_for_dose(self, dose: Dose) -> tuple[DrugMention | None, float]:
        """The drug written right after the dose when the dose stands before its drug ("50 mg/m2
        epirubicin and 60 mg/m2 cisplatin", "1250 mg/m2 oral capecitabine", "300 mg of imatinib"),
        else the drug written before the dose in its sentence ("azacitidine 75 mg/m2/d",
        "selinexor at lower doses (40–60 mg weekly)"), else one right after it, else the last drug
        of the sentence before ("...selinexor monotherapy achieved SVR35... required relatively
        high doses (80 mg weekly)")."""
        if doses_a_placebo(self.text, dose.start, dose.end, self.arm_rules):
            return None, 0.3  # "3 ml of normal saline", "0.5 ml placebo": no drug's dose
        sentence = self.sentence_of(dose.start)
        before = [m for m in self._drugs_by_start.between(sentence.start, dose.start) if m.end <= dose.start]
        after = self._drugs_by_start.between(dose.end, sentence.end)
        if after and DRUG_AFTER_DOSE_RE.fullmatch(self.text, dose.end, after[0].start):
            if not before or not _DOSE_AFTER_DRUG_RE.fullmatch(self.text, before[-1].end, dose.start):
                return after[0], 0.85
        if before:
            return before[-1], 0.9
        if after and after[0].start - dose.end < 40:
            return after[0], 0.7
        if sentence.index:
            previous = self.sentences[sentence.index - 1]
            earlier = self._drugs_by_start.between(previous.start, previous.end)
            if earlier:
                return earlier[-1], 0.6
        return None, 0.3

    # -- results ----------------------------------------------------------------------------
    def rows(self) -> list[dict]:
        """All facts of the document as evidence-table rows."""
        rows = [self.drug_row(m) for m in self.drugs]
        rows += [row for row in map(self.dose_row, doc_doses(self.doc, self.text)) if row]
        concentrations = self.concentration_rows()
        rows += concentrations
        rows += [r for r in self.result_rows() if not any(c["start"] <= r["start"] < c["end"] for c in concentrations)]
        return rows

    def sentences_to_parse(self) -> list[Span]:
        """The sentences whose parse `_with_phrase` will read (`syntax.measured_phrase`): those of
        the values no vocabulary phrase claims, of the counts with a denominator that none claims, of
        the compared counts that name no noun, and of the effect measures with no outcome named
        before them (some of these take the outcome of a result before them and read none)."""
        if self.doc._.parser_model is None or self.doc.has_annotation("DEP"):
            return []
        found: dict[int, Span] = {}

        def read(value) -> None:
            span = self.doc.char_span(value.start, value.end, alignment_mode="expand")
            if span is not None and len(span):
                parsed = span.sent if self.doc.has_annotation("SENT_START") else self.doc[:]
                found.setdefault(parsed.start, parsed)

        effects_by_start = self._prepared_values().effects_by_start
        for sentence in self.sentences:
            for cv in self._clause_values(sentence):
                for value, assignment in zip(cv.values, cv.assignments):
                    if assignment.rule in _PHRASE_RULES:
                        read(value)
                for count in cv.counts:
                    if count.n_total and self._count_assignment(count, cv.mentions, cv.clause)[1].rule in _PHRASE_RULES:
                        read(count)
                for count in cv.compared:
                    if not count.noun:
                        read(count)
            for effect in effects_by_start.between(sentence.start, sentence.end):
                if not self._outcomes_before(effect, sentence):
                    read(effect)
        return list(found.values())

    def _prepared_values(self) -> "_DocumentValues":
        """The document's values, parsed once (`parse_measures`) and indexed by offset."""
        if self._document_values is not None:
            return self._document_values
        measures = parse_measures(self.text)
        inside = _Inside(list(measures.intervals) + list(measures.timepoints))
        percentages = [p for p in measures.percentages if not p.is_ci_level and not inside(p)]
        self._percentages_by_start = _ByStart(percentages)
        effects = [e for e in measures.effects if not inside(e)]
        effect_spans = _Inside(effects)
        quantities = [
            q for q in measures.quantities if not inside(q) and not effect_spans(q) and self._reported_quantity(q)
        ]
        counts = list(measures.counts)
        count_at = {c.percentage.start: c for c in counts if c.percentage is not None}
        # "22.3% (4 of 18 patients)": the count in brackets after a percentage is its n, not a result
        bracketed = _ByStart([c for c in counts if c.percentage is None])
        claimed: set[int] = set()
        for pct in percentages:
            after = next((c for c in bracketed.between(pct.end, pct.end + 8) if _BRACKET_OPEN.fullmatch(self.text[pct.end : c.start])), None)
            if after is not None and after.n_total is not None and id(after) not in claimed:
                claimed.add(id(after))
                count_at.setdefault(pct.start, after)
        counts = [c for c in counts if id(c) not in claimed]
        values_by_start = _ByStart([*percentages, *quantities])
        # counts compared between arms that no other parser claims ("3 complications in the A group
        # vs 4 in the B group"); counts beside a percentage are its n, counts with a denominator keep
        # it. A count of patients that is one of counts compared between arms ("in two patients in
        # the study group and two patients in the control group") is read as the compared count,
        # which carries its arm and the clause's outcome
        claimed_spans = _Inside([*percentages, *quantities, *(c for c in measures.counts if c.percentage is not None or c.n_total or id(c) in claimed)])
        compared_counts = _ByStart([c for c in measures.compared_counts if not claimed_spans(c)])
        compared_starts = {c.start for c in compared_counts.items}
        lone_counts = _ByStart([c for c in counts if c.percentage is None and c.start not in compared_starts])
        self._people_count_starts = compared_starts & {c.start for c in counts}
        self._value_spans, self._count_spans = values_by_start, lone_counts
        endpoints_by_start, denominators_by_start = self._endpoints_by_start, _ByStart(measures.denominators)
        self._all_values = _ByStart([*percentages, *quantities, *lone_counts.items, *compared_counts.items])
        effects_by_start = _ByStart(effects)
        self._endpoint_index, self._denominator_index = endpoints_by_start, denominators_by_start
        self._document_values = _DocumentValues(measures, count_at, values_by_start, lone_counts, compared_counts, effects_by_start)
        return self._document_values

    def _clause_values(self, sentence: Sentence) -> list[_ClauseValues]:
        """The sentence's clauses that hold a value, a count or a compared count, with the mentions
        and endpoint assignments of their values (computed once)."""
        if sentence.index in self._clause_values_of_sentence:
            return self._clause_values_of_sentence[sentence.index]
        values = self._prepared_values()
        found = []
        for c_start, c_end in self.clauses_of(sentence):
            clause = (c_start, c_end)
            clause_values = values.values_by_start.between(c_start, c_end)
            clause_counts = values.lone_counts.between(c_start, c_end)
            clause_compared = values.compared_counts.between(c_start, c_end)
            if not (clause_values or clause_counts or clause_compared):
                continue  # no value for its outcome phrases to measure
            # a vocabulary phrase inside an arm's or a drug's name ("metoprolol CR/XL") is no outcome
            names = self._arms_and_drugs(sentence)
            clause_mentions = [
                m for m in self._endpoint_index.between(c_start, c_end)
                if m.end <= c_end and not any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in names)
            ]
            qualifiers = [getattr(v, "qualifier", "=") for v in clause_values]
            assignments = assign_endpoints(self.text, clause, clause_values, qualifiers, clause_mentions)
            found.append(_ClauseValues(clause, clause_values, clause_counts, clause_compared, clause_mentions, assignments,
                                       self._denominator_index.between(c_start, c_end)))  # fmt: skip
        self._clause_values_of_sentence[sentence.index] = found
        return found

    def result_rows(self) -> list[dict]:
        """One row per result value: percentages, medians/means with a unit, effect measures
        (HR/OR/RR) and counts; then confidence intervals, P values and timepoints attach to them."""
        values = self._prepared_values()
        measures, count_at, effects_by_start = values.measures, values.count_at, values.effects_by_start
        rows = []
        for sentence in self.sentences:
            linked = []  # (value, assignment, clause, denominators) of the sentence, in order
            for cv in self._clause_values(sentence):
                for value, assignment in zip(cv.values, cv.assignments):
                    linked.append((value, self._with_phrase(assignment, cv.clause, value), cv.clause, cv.denominators))
                for count in cv.counts:
                    row = self.count_row(count, cv.mentions, cv.denominators, cv.clause)
                    if row:
                        rows.append(row)
                rows += self.compared_count_rows(cv.compared, cv.mentions, cv.clause)
            self._chain_unlinked(linked)
            taken: list[tuple[dict, Denominator]] = []  # rows whose n_total is a denominator of their clause
            for value, assignment, clause, denominators in linked:
                if isinstance(value, Quantity):
                    row = self.quantity_row(value, assignment, clause)
                    if row:
                        rows.append(row)
                    continue
                assignment = self._gene_mutation(sentence, value) or assignment
                rows.append(self.result_row(value, assignment, count_at.get(value.start), denominators, clause, taken))
            _drop_population_totals(taken)
            for effect in effects_by_start.between(sentence.start, sentence.end):
                clause = next(c for c in self.clauses_of(sentence)[::-1] if c[0] <= effect.start)
                rows.append(self.effect_row(effect, sentence, clause, rows))
        rows.sort(key=lambda r: r["start"])
        _attach_intervals(rows, measures.intervals, self.sentence_of)
        bounds = sorted(self._attach_bare_intervals(rows, measures.intervals))
        rows = [row for row in rows if not _within(bounds, row["start"], row["end"])]
        _attach_p_values(rows, measures.p_values, self.sentence_of)
        self._attach_timepoints(rows, measures.timepoints)
        return rows

    def result_row(
        self,
        pct: Percentage,
        assignment: EndpointAssignment,
        count: PatientCount | None,
        denominators: list[Denominator],
        clause: tuple[int, int],
        taken: list[tuple[dict, Denominator]] | None = None,
    ) -> dict:
        """A percentage's row. Its n and n_total are the count written with it ("four (40.0%)",
        "22.3% (4 of 18 patients)"), else n_total is the denominator of its clause nearest it that
        agrees with its count (`_nearest_denominator`); that denominator is added to ``taken``."""
        row = self.base_row("result", pct.start, pct.end, f"rules:percent/{assignment.rule}", _CONFIDENCE[assignment.rule])
        single = pct.value is not None
        bracketed = None if count else count_after(self.text, pct.end)
        n = count.n if count else bracketed[0] if bracketed else None
        stated_total = count.n_total if count else bracketed[1] if bracketed else None
        denominator = (
            None if stated_total or statistical_level(self.text, pct.start, pct.end) else _nearest_denominator(pct, denominators, n, pct.value)
        )
        n_total = stated_total or (denominator.n_total if denominator else None)
        row.update(
            category=assignment.category,
            endpoint=assignment.code,
            endpoint_text=endpoint_text(self.text, assignment.span),
            value=pct.value if single else None,
            value_low=pct.low,
            value_high=pct.high,
            value_unit="%",
            qualifier=pct.qualifier,
            n=n,
            n_total=n_total,
        )
        row.update(self._regimen_and_population(pct.start, assignment, clause, pct.end))
        if denominator is not None and taken is not None:
            taken.append((row, denominator))
        return row

    def quantity_row(self, quantity: Quantity, assignment: EndpointAssignment, clause: tuple[int, int]) -> dict | None:
        """'median OS was 14.7 months', 'median PFS 10.1 versus 10.3 months', '5.7 ± 2.9 min':
        a time is a result only for an outcome measured as a time (`_time_to_event`), or when it is
        compared with another arm's by a comparator word ("53 vs. 35.7 days": `Quantity.versus`)."""
        phrase = endpoint_text(self.text, assignment.span)
        if phrase is None and not (quantity.spread or quantity.compared) and quantity.unit != "%":
            return None
        if quantity.is_time and not (quantity.spread or quantity.versus):
            codes, phrases = load_time_to_event()
            if assignment.code not in codes and not (phrase and phrases.search(phrase)):
                return None
        row = self.base_row("result", quantity.start, quantity.end, f"rules:quantity/{assignment.rule}", _CONFIDENCE[assignment.rule])
        category = assignment.category if assignment.category in _RESULT_CATEGORIES_WITH_REGIMEN else "other"
        row.update(
            category=category,
            endpoint=assignment.code,
            endpoint_text=phrase,
            value=quantity.value,
            value_low=quantity.value,
            value_high=quantity.value,
            value_unit=quantity.unit,
            qualifier="=",
        )
        row.update(self._regimen_and_population(quantity.start, replace(assignment, category=category), clause, quantity.end))
        return row

    def effect_row(self, effect: EffectMeasure, sentence: Sentence, clause: tuple[int, int], rows: list[dict]) -> dict:
        """'HR 0.66', 'odds ratio 1.8': the endpoint compared is the nearest outcome named before the
        measure in its sentence, else the endpoint of the last result before it. No arm, no regimen,
        except in a single-arm study."""
        before = self._outcomes_before(effect, sentence)
        previous = [r for r in rows if sentence.start <= r["start"] < effect.start and r.get("endpoint_text")]
        associated = associated_assignment(self.text, effect, clause, self._endpoints_by_start.between(*clause), effect.unit)
        if associated:  # "higher CEC numbers (HR 0.41) were associated with improved overall survival"
            assignment = associated
        elif before:
            m = before[-1]
            assignment = EndpointAssignment(compared_code(m.code, effect.unit, self.text, (m.start, m.end)), m.category, "compared", None, (m.start, m.end))
        elif previous:
            r = previous[-1]
            assignment = EndpointAssignment(r["endpoint"], r["category"], "compared-result")
        else:
            assignment = self._with_phrase(EndpointAssignment(None, "other", "none"), clause, effect)
        row = self.base_row("result", effect.start, effect.end, f"rules:effect/{assignment.rule}", _CONFIDENCE[assignment.rule])
        row.update(
            category=assignment.category,
            endpoint=assignment.code,
            endpoint_text=endpoint_text(self.text, assignment.span) or (previous[-1]["endpoint_text"] if previous and not before else None),
            value=effect.value,
            value_low=effect.value,
            value_high=effect.value,
            value_unit=effect.unit,
            qualifier="=",
        )
        row.update(self._regimen_and_population(effect.start, assignment, clause))
        # a between-arm comparison belongs to no single arm; a single-arm study's ratios compare
        # subgroups of its one arm (GUIDELINES §7.3)
        if len(self.arms) != 1 or row.get("arm") is None:
            row.update(regimen=None, arm=None)
        return row

    def _outcomes_before(self, effect: EffectMeasure, sentence: Sentence) -> list[EndpointMention]:
        """The outcomes named before an effect measure in its sentence, qualifiers left out."""
        return [
            m for m in self._endpoints_by_start.between(sentence.start, effect.start)
            if m.end <= effect.start and not is_qualifier(self.text, m, sentence.start)
        ]  # fmt: skip

    def count_row(
        self, count: PatientCount, mentions: list[EndpointMention], denominators: list[Denominator], clause: tuple[int, int]
    ) -> dict | None:
        """'three patients died', 'Four patients with CR or CRi achieved MRD-negativity', and counts
        with their denominator written after the outcome ('responses in 12/40 patients').

        The outcome must follow the count in the same coordinated clause ("There were 50 patients
        in each group, and the primary endpoint was PFS" counts no outcome), unless the count states
        its denominator: then an outcome written tightly before it counts too."""
        if sample_size_count(self.text, count.end, clause[1]):
            return None
        phrase, assignment = self._count_assignment(count, mentions, clause)
        if count.n_total:  # "(seven of 67)": a count with its denominator measures the outcome it is written with
            assignment = self._with_phrase(assignment, clause, count)
        elif assignment.rule in {"none", "following"}:
            # the object of the count's own verb: "9 patients on systemic treatment developed
            # pulmonary emboli", "two patients presented with anal stenosis, ..., one had thrombosis"
            names = self._arms_and_drugs(self.sentence_of(count.start))
            span = outcome_phrase(self.text, (count.start, phrase[1]), count, names, predicate=False)
            if span and span[0] >= count.end and (assignment.span is None or span[1] <= assignment.span[0]):
                assignment = self._phrase_assignment(span, count.start, assignment.population_hint)
        if assignment.rule in {"none", "following", "nearest"}:
            assignment = self._event_count_assignment(count, assignment)
        rules = {"following", "preceding", "nearest"} if count.n_total else {"following"}
        phrased = assignment.rule == "phrase"
        if not phrased and (assignment.rule not in rules or assignment.category not in _RESULT_CATEGORIES_WITH_REGIMEN):
            return None
        nearest = None if count.n_total else _nearest_denominator(count, denominators, count.n)
        n_total = count.n_total or (nearest.n_total if nearest else None)
        return self._count_row(count, assignment, clause, 0.4 if phrased else 0.6, n_total)

    def _event_count_assignment(self, count: PatientCount, assignment: EndpointAssignment) -> EndpointAssignment:
        """'one case of severe hypoxemia', '18 cases of mild hypotension were observed in A, and 11
        cases were observed in B': a count of events (`event_count_nouns`) counts the outcome named
        after its 'of', and a later count of the same events in its sentence counts the same one."""
        sentence = self.sentence_of(count.start)
        named = _EVENT_COUNT.match(self.text, count.end, sentence.end)
        if named is None:
            return assignment
        noun = named.group("noun").casefold().rstrip("s")
        if named.group("x"):  # a vocabulary outcome found after the count stands; else the phrase after 'of'
            found = assignment if assignment.span and assignment.rule == "following" else self._phrase_assignment((named.start("x"), named.end("x")), count.start, assignment.population_hint)
            self._event_outcomes[sentence.index] = (noun, found)
            return found
        earlier = self._event_outcomes.get(sentence.index)
        own = assignment.span is not None and assignment.rule != "nearest"  # not one named before the count
        return earlier[1] if not own and earlier and earlier[0] == noun else assignment

    def _count_assignment(
        self, count: PatientCount, mentions: list[EndpointMention], clause: tuple[int, int]
    ) -> tuple[tuple[int, int], EndpointAssignment]:
        """A count's coordinated clause (`count_row`), and the outcome its endpoint mentions give."""
        joint = _NEW_COORDINATED_CLAUSE.search(self.text, count.end, clause[1])
        phrase = (clause[0], joint.start() if joint else clause[1])
        return phrase, assign_endpoints(self.text, phrase, [count], ["="], mentions)[0]

    def _count_row(self, count, assignment: EndpointAssignment, clause: tuple[int, int], confidence: float, n_total: int | None) -> dict:
        """The result row of a count-only outcome ("9 patients developed X"): value_unit `n`."""
        row = self.base_row("result", count.start, count.end, f"rules:count/{assignment.rule}", confidence)
        row.update(
            category=assignment.category,
            endpoint=assignment.code,
            endpoint_text=endpoint_text(self.text, assignment.span),
            value_unit="n",
            n=count.n,
            n_total=n_total,
        )
        row.update(self._regimen_and_population(count.start, assignment, clause, count.end))
        return row

    def compared_count_rows(
        self, counts: list[ComparedCount], mentions: list[EndpointMention], clause: tuple[int, int]
    ) -> list[dict]:
        """Counts compared between arms: the outcome is the noun counted ("3 complications"), else
        the outcome phrase of the clause ("Crossover was comparable, with 1 in the A group"), else
        that of the count listed before it."""
        assignments: list[EndpointAssignment] = []
        previous: EndpointAssignment | None = None
        for count in counts:
            # "Ten and 38 children in the A and B groups": a count of people counts no outcome noun
            people = count.start in self._people_count_starts and count.noun and _COUNT_NOUN.fullmatch(self.text, *count.noun)
            if count.noun and not people:
                named = [m for m in mentions if count.noun[0] <= m.start and m.end <= count.noun[1]]
                assignment = assigned(named[-1], "following") if named else EndpointAssignment(None, "other", "phrase", None, count.noun)
            else:
                assignment = self._with_phrase(EndpointAssignment(None, "other", "none"), clause, count)
                if assignment.rule == "none" and previous is not None:
                    assignment = replace(previous, rule="chain")
            previous = assignment
            assignments.append(assignment)
        # "1 patient in the placebo group and 3 patients in the A group showed a decline": the outcome
        # written after the last count of people is also that of the counts listed before it
        for i in range(len(counts) - 2, -1, -1):
            later, following = assignments[i + 1], counts[i + 1]
            if assignments[i].span is None and assignments[i].code is None and later.span and later.span[0] >= following.end:
                assignments[i] = replace(later, rule="chain")
        out: list[dict] = []
        for count, assignment in zip(counts, assignments):
            if count.start in self._people_count_starts and assignment.span is None and assignment.code is None:
                continue  # "Fifteen patients in A and thirteen patients in B completed two scans": no outcome, a sample
            out.append(self._count_row(count, assignment, clause, 0.5, None))
            if count.total:  # the whole population's count belongs to no arm (GUIDELINES §7.3)
                out[-1].update(arm=None, regimen=None)
        return out

    def _chain_unlinked(self, linked: list) -> None:
        """A value with no outcome of its own, listed right after (or before) one that has one,
        measures the same outcome, also across a semicolon ("A group, 5.7 min; control group,
        14.4 min") and when the outcome is named after the later value ("22 recipients (10.4%) and
        24 recipients (11.7%) had thrombosis")."""
        for i in list(range(1, len(linked))) + list(range(len(linked) - 2, -1, -1)):
            value, assignment, clause, denominators = linked[i]
            if assignment.rule != "none":
                continue
            j = i - 1 if i and linked[i - 1][1].span and linked[i - 1][0].end <= value.start else i + 1
            if j >= len(linked) or not linked[j][1].span:
                continue
            first, second = sorted((linked[j][0], value), key=lambda v: v.start)
            between = self._endpoints_by_start.between(first.end, second.start)
            # "11 of 33 (33%) patients ... suffered from a combined end-point ... compared with 11 of
            # 30 (37%) in the intervention group": the value compared with another is of its outcome
            compared = j < i and not between and _COMPARED_BEFORE.search(self.text, max(first.end, second.start - 40), second.start)
            # "LVM increased from 172 to 220 g in the A group, while a decrease was observed in the B
            # group from 281 to 200 g": a value of the same unit in a contrasted clause
            same_unit = isinstance(first, Quantity) and isinstance(second, Quantity) and first.unit is not None and first.unit == second.unit
            compared = compared or (j < i and not between and same_unit and _CONTRAST.search(self.text, first.end, second.start))
            if compared or chained(self.text, first, second, between):
                linked[i] = (value, replace(linked[j][1], rule="chain"), clause, denominators)

    def _with_phrase(self, assignment: EndpointAssignment, clause: tuple[int, int], value) -> EndpointAssignment:
        """A value no vocabulary phrase claims keeps the outcome phrase it is written with; so does
        one whose nearest mention lies before that phrase ("nausea (23%), fever (17%)")."""
        if assignment.rule not in _PHRASE_RULES:
            return assignment
        # the phrase read from the parse (trialmine_parser pipe, when on) first, then the text rules
        sentence = self.sentence_of(value.start)
        arms_and_drugs = self._arms_and_drugs(sentence)
        compared_arms = arms_and_drugs if self._names_two_arms(sentence) else ()
        parsed = measured_phrase(self.doc, value.start, value.end, names=compared_arms)
        if parsed and names_statistic(self.text[parsed[0] : parsed[1]]):  # "(HR 0.41": the measure is no outcome
            parsed = None
        span = parsed or outcome_phrase(self.text, clause, value, arms_and_drugs)
        if span is None or (assignment.span and span[0] < assignment.span[1]):
            return assignment
        named = [m for m in self._endpoints_by_start.between(*span) if m.end <= span[1] and m.code]
        if len({m.code for m in named}) == 1:  # "relapse free survival (RFS) was 81%; ... 93%": the phrase names a code
            return EndpointAssignment(named[0].code, named[0].category, "phrase", assignment.population_hint, span)
        return self._phrase_assignment(span, value.start, assignment.population_hint)

    def _phrase_assignment(self, span: tuple[int, int], value_start: int, population_hint: str | None) -> EndpointAssignment:
        """The assignment of an outcome phrase no vocabulary code names: the adverse event it names
        ("Adverse effects ... were drowsiness (57%)", "one had grade 3 hemoptysis": the term is its
        own code), else the phrase alone."""
        sentence = self.sentence_of(value_start)
        event = adverse_event(self.doc, span, (sentence.start, sentence.end), AdverseEventRules.default())
        if event:
            return EndpointAssignment(event.code, "safety", "phrase", population_hint, event.span)
        return EndpointAssignment(None, "other", "phrase", population_hint, span)

    def _reported_quantity(self, quantity: Quantity) -> bool:
        """A mean ± SD, or a number with a unit after "median"/"mean" in its clause (not the
        follow-up, an age or a range)."""
        if any(p.start < quantity.end and quantity.start < p.end for p in self._percentages_by_start.between(quantity.start - _LONGEST_NAME, quantity.end)):
            return False
        if quantity.spread or quantity.unit == "%":  # "64.3 vs. 33.3%": every percentage is a result
            return True
        sentence = self.sentence_of(quantity.start)
        clause_start = max(c for c, _ in self.clauses_of(sentence) if c <= quantity.start)
        before = self.text[max(clause_start, quantity.start - 120) : quantity.start]
        if quantity.compared:  # "0.53 versus 0.38", "from 172 to 220 g": unless an age, a follow-up or a range
            # a number without a unit is a result where its sentence reports statistics ("mean",
            # a P value, groups compared), not in a narrative ("SUV went down from 12.1 to 7.1")
            near = self.text[max(sentence.start, quantity.start - 25) : min(sentence.end, quantity.end + 25)]
            supported = quantity.unit is not None or _STATISTIC_SENTENCE.search(sentence.text) or _VERSUS.search(near)
            return bool(supported) and not baseline_before(before) and not _POWER_CALCULATION.search(sentence.text)
        if _STATISTIC_BEFORE.search(before):
            return True
        # a value the sentence reports on its own: a change with its sign or a level (a unit per
        # something) in a bracket after what was measured ("improved body weight (−3.9 kg)", "were low
        # (7.32 ng/mL)"), or one of values of a unit listed for 'respectively' ("(23.3 IU/L and 21.8
        # IU/L, respectively)"); not a design figure nor a threshold ("serum creatinine > 1.5 mg/dl")
        if quantity.unit is None or _THRESHOLD_BEFORE.search(before) or baseline_before(before) or in_design_section(self.text, quantity.start):
            return False
        if _POWER_CALCULATION.search(sentence.text):
            return False
        return _bracketed_level(self.text, quantity) or _respectively_listed(self.text, quantity, sentence.end)

    def _attach_bare_intervals(self, rows: list[dict], intervals) -> list[tuple[int, int]]:
        """An unlabelled bracketed range right after a value is its confidence interval when the value
        is an effect measure ("HR 0.93 (0.77–1.14)") or its sentence labels intervals ("(95% CI 45–55)
        ... and 48% (43–53)", "median PFS (95% CI) was 5.5 (3.8–14.0) months", "The ORRs (95% CIs)
        were 27.7% (15.6% to 42.6%)"). Returns where the bounds of those intervals are: values found
        there are bounds, no results of their own."""
        bounds = []
        for row in rows:
            if row.get("ci_low") is not None or row.get("value_unit") == "n" or _within(bounds, row["start"], row["start"]):
                continue
            sentence = self.sentence_of(row["start"])
            labelled = any(sentence.start <= ci.start < row["start"] for ci in intervals) or _CI_LABEL.search(
                self.text, sentence.start, row["start"]
            )
            if not labelled and row["value_unit"] not in _EFFECT_UNITS:
                continue
            number = _LEADING_NUMBER.match(self.text, row["start"], row["end"])
            found = bare_interval(self.text, row["end"], row["value"]) or (
                bare_interval(self.text, number.end(), row["value"]) if number else None
            )
            if found:
                row["ci_low"], row["ci_high"], end = found
                bounds.append((row["end"], end))
        return bounds

    def _attach_timepoints(self, rows: list[dict], timepoints) -> None:
        """The landmark written before a value in its clause ("2-year OS was 80%"), else right
        after it ("40% at 12 weeks"); a list of landmarks ("1-, 3-, and 5-year OS rates were 90%,
        70% and 50%") goes to the values after it in order."""
        for row in rows:
            sentence = self.sentence_of(row["start"])
            clause = next(c for c in self.clauses_of(sentence)[::-1] if c[0] <= row["start"])
            before = [t for t in timepoints if clause[0] <= t.start and t.end <= row["start"]]
            after = [t for t in timepoints if row["end"] <= t.start < row["end"] + 25 and _LANDMARK_GAP.match(self.text[row["end"] : t.start])]
            if before:
                listed = _landmark_list(self.text, before)
                if len(listed) > 1:
                    same = [r for r in rows if listed[-1].end <= r["start"] < clause[1] and r.get("value_unit") == row.get("value_unit")]
                    index = next(i for i, r in enumerate(same) if r is row)
                    row["timepoint"] = listed[index % len(listed)].normalised
                else:
                    row["timepoint"] = before[-1].normalised
            elif after and re.match(r"(?:at|by|after)\b", after[0].text, re.IGNORECASE):
                row["timepoint"] = after[0].normalised

    def _gene_mutation(self, sentence: Sentence, pct: Percentage) -> EndpointAssignment | None:
        """'The most frequently mutated genes were RUNX1 (30.0%), MLL (30.0%) ...'."""
        if not _MUTATION_CONTEXT.search(sentence.text):
            return None
        gene = _GENE_BEFORE_PAREN.search(self.text[max(sentence.start, pct.start - 20) : pct.start])
        gene_start = pct.start - len(gene.group(0)) if gene else 0
        if not gene or any(m.start <= gene_start < m.end for m in self._drugs_by_start.between(gene_start - _LONGEST_NAME, gene_start + 1)):
            return None
        return EndpointAssignment(f"mutation:{gene.group(1)}", "baseline", "mutation")

    def _regimen_and_population(
        self, offset: int, assignment: EndpointAssignment, clause: tuple[int, int], value_end: int | None = None
    ) -> dict:
        sentence = self.sentence_of(offset)
        regimen, population_drugs = None, []
        if assignment.category in _RESULT_CATEGORIES_WITH_REGIMEN:
            # before a comparative trial defines its arms (background, cited figures) a value has no
            # drugs from the title or the document's main drug (GUIDELINES §7.3); the sentence before
            # it still lends its drugs ("... introduce selinexor ... This approach yielded 40%")
            before_arms = len(self.arms) >= 2 and sentence.end <= min(a.start for a in self.arms)
            regimen, population_drugs = self._regimen(sentence, clause, before_arms=before_arms)
        arm = None
        if assignment.rule in self.arm_rules.not_linked_endpoint_rules:
            pass
        elif self.arms and not (len(self.arms) == 1 and value_end is not None and self._names_two_arms(sentence)):
            arm, regimen = self._arm_and_regimen(offset, sentence, assignment.category, regimen, value_end)
        elif value_end is not None:  # no inventory, or one arm where the sentence names two: the sentence's arms
            arm, regimen = self._sentence_arm(sentence, offset, value_end, assignment.category, regimen)
        population = [f"{d}-{w}" for d, w in population_drugs]
        phrase = _POPULATION_PHRASE.search(self.text[clause[0] : clause[1]])
        if phrase and not population:
            population.append(phrase.group(0))
        if assignment.population_hint:
            population.append(assignment.population_hint)
        return {"regimen": regimen, "arm": arm, "population": "; ".join(population) or None}

    def _arms_and_drugs(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Offsets of what names an arm or a drug in the sentence: never an outcome (computed once
        per sentence, when first asked: only sentences with values need them)."""
        if sentence.index not in self._names_of_sentence:
            spans = [(m.start, m.end) for m in self._drugs_by_start.between(sentence.start, sentence.end)]
            spans += self._arm_mentions.spans_between(sentence.start, sentence.end)
            if not self.arms:
                spans += [(sentence.start + a.start, sentence.start + a.end) for a in self._sentence_arms(sentence)[1]]
            self._names_of_sentence[sentence.index] = spans
        return self._names_of_sentence[sentence.index]

    def _sentence_arms(self, sentence: Sentence) -> tuple[list[tuple[int, int]], list]:
        """(the sentence's value offsets, its arms), relative to the sentence, computed once."""
        if sentence.index not in self._arms_of_sentence:
            values = [(v.start - sentence.start, v.end - sentence.start) for v in self._all_values.between(sentence.start, sentence.end)]
            self._arms_of_sentence[sentence.index] = (values, sentence_arms(sentence.text, values, self._sentence_arm_rules))
        return self._arms_of_sentence[sentence.index]

    def _names_two_arms(self, sentence: Sentence) -> bool:
        """'treated with a rhythm control strategy in 81% ... and with warfarin in 23%': the sentence
        names two arms where the inventory has one."""
        return len({a.label.casefold() for a in self._sentence_arms(sentence)[1]}) >= 2

    def _sentence_arm(
        self, sentence: Sentence, start: int, end: int, category: str, regimen: str | None, inventory: list[Arm] | None = None
    ) -> tuple[str | None, str | None]:
        """With no arm inventory: the arm its sentence names for the value (`sentence_arms`), with
        the drugs named in that arm's label as its regimen (the clause's when the sentence names
        one arm and no drugs in it); baseline rows get the arm, no regimen. With the document's
        ``inventory``, whose linking rules found no arm for the value: the same among the phrases
        that name arms (`arms_beside_inventory`)."""
        values, arms = self._sentence_arms(sentence)
        if inventory:  # beside an inventory that links no arm: only names of arms, of two arms or more
            arms = arms_beside_inventory(sentence.text, values, arms, inventory, self._sentence_arm_rules)
        arm = arm_of_value(sentence.text, (start - sentence.start, end - sentence.start), values, arms, self._sentence_arm_rules)
        if arm is None:
            return None, regimen
        label_start, label_end = sentence.start + arm.start, sentence.start + arm.end
        drugs = {
            d for m in self._drugs_by_start.between(label_start - _LONGEST_NAME, label_end)
            if m.start < label_end and label_start < m.end for d in (m.components or (m.drug,))
        }
        if category == "baseline":
            return arm.label, None
        if not drugs and len({a.label.casefold() for a in arms}) == 1:
            return arm.label, regimen  # the sentence's one arm: the drugs of its clause
        return arm.label, " + ".join(sorted(drugs)) or None

    def _arm_and_regimen(
        self, offset: int, sentence: Sentence, category: str, regimen: str | None, value_end: int | None = None
    ) -> tuple[str | None, str | None]:
        """The value's arm (label) and the regimen that goes with it (GUIDELINES §7.3).

        Single-arm study: every result of its patients is the one arm's, with the arm's drugs (the
        clause's when the arm names none). Comparative trial: the arm the linking rules find and its
        drugs, never the sentence's union; effect measures and whole-population values get neither."""
        with_regimen = category in _RESULT_CATEGORIES_WITH_REGIMEN
        if sentence.end <= min(a.start for a in self.arms):  # definitions first: arms defined later are another trial's,
            # unless the sentence names two of them as arms ('17% and 10% in the sATG and lowATG, respectively')
            value = self._token_span(offset, offset + 1) if value_end is not None else None
            link = link_value_to_arm(self.doc, value, self._sentence_values(sentence), category, self.arm_rules) if value else None
            # (not a value of all the patients randomised, nor an effect measure)
            named = None if not link or link.rule in ("randomised-population", "effect-measure") else self._arm_named_beside_inventory(
                sentence, offset, value_end, category)
            return named or (None, regimen)
        if len(self.arms) == 1:
            arm = self.arms[0]
            return (arm.label, arm.regimen or regimen) if with_regimen else (None, regimen)
        value = self._token_span(offset, offset + 1)
        if value is None:
            return None, regimen
        link = link_value_to_arm(self.doc, value, self._sentence_values(sentence), category, self.arm_rules)
        if link.rule == "effect-measure":
            return None, None
        arm = next((a for a in self.arms if a.arm_id == link.arm_id), None)
        if arm is not None:  # baseline rows describe the patients, not what the regimen did
            # an arm named by schedule or procedure ("radiotherapy alone") has the drugs all arms share, if any
            return arm.label, (arm.regimen if category != "baseline" else None)
        if link.rule == "none" and value_end is not None:
            named = self._arm_named_beside_inventory(sentence, offset, value_end, category)
            if named is not None:
                return named
        # no arm claims it: a value of the whole population (or of an arm the text does not make
        # clear), never the drugs that happen to stand in its clause
        return None, None

    def _arm_named_beside_inventory(self, sentence: Sentence, start: int, end: int, category: str) -> tuple[str, str | None] | None:
        """'peak CKMB was 48.5 in non-GIK group versus 33.4 in GIK group', where the linking rules
        find none: the arm the sentence names for the value (`arms_beside_inventory`), as the
        inventory's arm where the name is one of its names, else as written."""
        label, named = self._sentence_arm(sentence, start, end, category, None, self.arms)
        if label is None:
            return None
        known = inventory_arm_named(label, self.arms, self._sentence_arm_rules, set((named or "").split(" + ")) - {""})
        if known is not None:
            return known.label, (known.regimen if category != "baseline" else None)
        return label, named

    def _token_span(self, start: int, end: int) -> tuple[int, int] | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return (span.start, span.end) if span is not None and len(span) else None

    def _sentence_values(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Token spans of the sentence's values (its percentages, else its counts): the siblings a
        value is paired with in 'V1 vs V2' and 'respectively' lists."""
        if sentence.index not in self._values_of_sentence:
            # counts beside percentages are their n ("7 (14%) of 51 patients"), not values of their own
            spans = self._value_spans.spans_between(sentence.start, sentence.end) or self._count_spans.spans_between(
                sentence.start, sentence.end
            )
            tokens = [self._token_span(start, end) for start, end in spans]
            self._values_of_sentence[sentence.index] = [t for t in tokens if t is not None]
        return self._values_of_sentence[sentence.index]

    def _regimen(
        self, sentence: Sentence, clause: tuple[int, int], before_arms: bool = False
    ) -> tuple[str | None, list[tuple[str, str]]]:
        """Drugs of the clause, else of the sentence, else of the sentence before (not the title
        when the value comes ``before_arms`` are defined), else the document's main drug (not
        ``before_arms``); drugs that describe the patients go to the population instead."""
        windows = [clause, (sentence.start, sentence.end)]
        if sentence.index and not (before_arms and sentence.index - 1 == title_sentence(self.doc)):
            previous = self.sentences[sentence.index - 1]
            windows.append((previous.start, previous.end))
        for start, end in windows:
            mentions = self._drugs_by_start.between(start, end)
            regimen, population = self._split_regimen(mentions)
            if regimen:
                return " + ".join(sorted(regimen)), population
            if population:
                break
        return (self.primary_drug, []) if self.primary_drug and not before_arms else (None, [])

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


@dataclass(frozen=True)
class _CharSpan:
    start: int
    end: int


class _ByStart:
    """Items with character offsets, sorted by start, sliced by offset window in logarithmic time
    (so linking stays linear in the length of the document)."""

    def __init__(self, items: Iterable) -> None:
        self.items = sorted(items, key=lambda item: item.start)
        self.starts = [item.start for item in self.items]

    def between(self, start: int, end: int) -> list:
        """The items that start in [start, end)."""
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]

    def spans_between(self, start: int, end: int) -> list[tuple[int, int]]:
        return [(item.start, item.end) for item in self.between(start, end)]


# what may stand between a drug and its dose written after it: "azacitidine 75 mg", "cisplatin
# (20 mg/m2)", "selinexor at 60 mg", "imatinib at a dose of 400 mg" (not "capecitabine: 50 mg/m2
# epirubicin", where the dose stands before its own drug)
_DOSE_AFTER_DRUG_RE = re.compile(r"[ \t\u00a0]*[(\[]?[ \t\u00a0]*(?:(?:at|in)?[ \t\u00a0]*(?:an?|the)?[ \t\u00a0]*(?:(?:daily|weekly|starting|initial|total|fixed|flat)[ \t\u00a0]+)?doses?[ \t\u00a0]+of[ \t\u00a0]*|at[ \t\u00a0]+)?", re.I)


@lru_cache(maxsize=8)
def _placebo_patterns(placebo_words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A placebo-like comparator (arms.json control_terms 'placebo': placebo, vehicle, normal
    saline ...) written as what a dose is of, a concentration allowed between ('100 ml 0.9% saline'),
    and one written right before a dose ('normal saline (1 ml)'). Built once per set of words."""
    words = sorted(placebo_words, key=len, reverse=True)
    names = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]+") for w in words) + ")"
    after = re.compile(r"(?:\d+(?:\.\d+)?[ \t\u00a0]*%[ \t\u00a0]*)?" + names + r"(?![A-Za-z])", re.I)
    before = re.compile(r"(?<![A-Za-z])" + names + r"[ \t\u00a0]*[(\[]?[ \t\u00a0]*$", re.I)
    return after, before


def doses_a_placebo(text: str, dose_start: int, dose_end: int, rules: ArmRules) -> bool:
    """Is the dose one of a placebo-like comparator of `rules` (control term 'placebo'), written
    after it ('3 ml of normal saline') or right before it ('normal saline (1 ml)')?"""
    after, before = _placebo_patterns(rules.control_terms["placebo"])
    gap = DRUG_AFTER_DOSE_RE.match(text, dose_end)
    return bool(after.match(text, gap.end() if gap else dose_end) or before.search(text[max(0, dose_start - 40) : dose_start]))


def _nearest_denominator(span, denominators: list[Denominator], n: int | None = None, percent: float | None = None) -> Denominator | None:
    """The denominator nearest the value among those of its clause that agree with its count: no
    fewer than the count, and making with it the value's percentage (to 1 point, or 5% of the value).
    "31% (n=41) of all eligible survivors" takes no n_total from its own "(n=41)", "7 patients
    (6.5%): in 4 patients in the A group" none from the "4 patients" of its part."""
    agreeing = [d for d in denominators if _agrees(d.n_total, n, percent)]
    return min(agreeing, key=lambda d: abs(d.start - span.start)) if agreeing else None


def _agrees(total: int, n: int | None, percent: float | None) -> bool:
    if n is None:
        return True
    if total < n or total == 0:
        return False
    return percent is None or abs(100 * n / total - percent) <= max(1.0, 0.05 * percent)


def _drop_population_totals(taken: list[tuple[dict, Denominator]]) -> None:
    """A denominator of a sentence nearest to values of different arms counts the whole population,
    not either arm's patients: "Among 249 evaluated patients, DRR was higher with T-VEC compared
    with GM-CSF (25.2% versus 1.2%)" gives neither value n_total 249."""
    arms_of: dict[int, set[str]] = {}
    for row, denominator in taken:
        if row.get("arm"):
            arms_of.setdefault(id(denominator), set()).add(row["arm"])
    for row, denominator in taken:
        if len(arms_of.get(id(denominator), ())) >= 2:
            row["n_total"] = None


_CONFIDENCE = {
    "respectively": 0.8, "preceding": 0.85, "following": 0.75, "threshold": 0.8, "definition": 0.8, "mutation": 0.8,
    "chain": 0.7, "nearest": 0.5, "compared": 0.7, "compared-result": 0.6, "phrase": 0.4, "none": 0.3,
}
# "median OS was", "mean change of": the number after it is a reported statistic, unless it is
# the follow-up, an age or a range
_STATISTIC_BEFORE = re.compile(r"\b(?:median|mean|average)\b(?![^.;]*\b(?:follow|age|aged|range|IQR|interquartile)\b)", re.IGNORECASE)
_STATISTIC_SENTENCE = re.compile(
    r"\b(?:mean|median|average|scores?|points|groups?|arms?|placebo|controls?|P\s*[=<>≤≥]|CI|confidence\s+intervals?)\b", re.IGNORECASE
)
_CONTRAST = re.compile(r"\b(?:while|whereas|but|compared\s+(?:with|to)|versus|vs\.?)(?![A-Za-z])", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?|than)(?:\s+(?:those|that|the\s+\w+))?\s+(?:in\s+)?[^.;%]{0,25}$", re.IGNORECASE
)
_VERSUS = re.compile(r"\b(?:vs\.?|versus|v\.|compared\s+(?:with|to))(?![A-Za-z])", re.IGNORECASE)
_POWER_CALCULATION = re.compile(rf"\b(?:{'|'.join(MEASURE_RULES['power_calculation'])})\b", re.IGNORECASE)
_EFFECT_UNITS = {"HR", "OR", "RR", "SMD"}
# "(95% CI)", "(95% CIs)", "[95% confidence interval]", "(95% confidence intervals)", "(95% CI [CI])", "(95% CrI)"
_CI_LABEL = re.compile(
    r"[(\[]\s*9[059]\s?%\s*(?:CIs?|CrIs?|(?:confidence|credible)\s+intervals?)(?:\s*\[CI\])?\s*[)\]]", re.IGNORECASE
)
_LEADING_NUMBER = re.compile(r"[0-9][0-9.,\u00b7]*")
_COUNT_NOUN = re.compile(rf"(?:{'|'.join(MEASURE_RULES['count_nouns'])})", re.IGNORECASE)  # "patients", "children"
_LANDMARK_GAP = re.compile(r"^[\s,)\]]*$")
# "18 cases of mild hypotension were observed", "2 cases of incident HIV during the study",
# and a later "11 cases were observed": a count of events and, after its 'of', the outcome counted
_EVENT_COUNT = re.compile(
    rf"[ \t\u00a0]+(?P<noun>{measure_words('event_count_nouns')})(?![A-Za-z])"
    rf"(?:[ \t\u00a0]+of[ \t\u00a0]+(?P<x>[A-Za-z][^,;:.()\[\]]{{0,60}}?)(?=[ \t\u00a0]+(?:{measure_words('event_phrase_ends')})(?![A-Za-z])|[ \t\u00a0]*[,;:.()\[\]]|$))?",
    re.IGNORECASE,
)


# "body weight (−3.9 kg)", "were low (7.32 ng/mL)": a value alone in a bracket right after a word
_BRACKET_BEFORE = re.compile(r"[A-Za-z\u00b5\u03bc][ \t\u00a0]*[(\[][ \t\u00a0]*$")
_BRACKET_AFTER = re.compile(r"[ \t\u00a0]*[)\];,]")
# a threshold or a baseline figure: "> 1.5 mg/dl", "the threshold (35.0 mg/dl)", "at baseline (26.9 IU/L)"
_THRESHOLD_BEFORE = re.compile(
    rf"(?:[<>\u2264\u2265\u2a7d\u2a7e]|\b(?:{word_alternation(MEASURE_RULES['threshold_words'])}))[ \t\u00a0]*[(\[]?[ \t\u00a0]*$", re.IGNORECASE
)
_SIGNED = re.compile(r"[-\u2212\u2013+]")
# what may stand between values of one unit and the 'respectively' that closes their list
_LIST_JOIN = r"[ \t\u00a0]*(?:,|;|and|or|,[ \t\u00a0]*and)[ \t\u00a0]*"
_LIST_END = r"(?:[ \t\u00a0]*[(\[][^()\[\]]{0,30}[)\]])?[ \t\u00a0]*[,;)\]]?[ \t\u00a0]*,?[ \t\u00a0]*respectively\b"


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start..end lies inside one of `spans` (sorted, not overlapping)."""
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _bracketed_level(text: str, quantity: Quantity) -> bool:
    """Is the value alone in a bracket right after a word, and a change written with its sign or a
    level with a unit per something ("(−3.9 kg)", "(7.32 ng/mL)", "(+1.6 mmol/L, p < 0.001)")?"""
    before = text[max(0, quantity.start - 40) : quantity.start]
    alone = _BRACKET_BEFORE.search(before) and _BRACKET_AFTER.match(text, quantity.end)
    return bool(alone) and bool(_SIGNED.match(quantity.text) or "/" in (quantity.unit or ""))


def _respectively_listed(text: str, quantity: Quantity, sentence_end: int) -> bool:
    """Is the value one of a list of values of its unit that 'respectively' closes ("200.9 ng/ml,
    95.7 ng/ml and 71.7 ng/ml, respectively", "by 0.26 mmol/l and 0.31 mmol/l (each p < 0.05), respectively")?"""
    number = _LEADING_NUMBER.search(quantity.text)
    unit = quantity.text[number.end() :].strip() if number else ""
    if not unit:
        return False
    value = rf"[-\u2212\u2013+]?[0-9][0-9.,\u00b7]*[ \t\u00a0]*{re.escape(unit)}"
    return bool(re.compile(rf"(?:{_LIST_JOIN}{value})*{_LIST_END}", re.IGNORECASE).match(text, quantity.end, sentence_end))


class _Inside:
    """Is a span inside one of these (confidence intervals, timepoints)?"""

    def __init__(self, spans):
        ordered = sorted((s.start, s.end) for s in spans)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # furthest end so far

    def __call__(self, span) -> bool:
        i = bisect_right(self.starts, span.start) - 1
        return i >= 0 and self.reach[i] >= span.end


def _landmark_list(text: str, before: list) -> list:
    """The run of landmarks that ends the ones before a value, when they form a list ("1-, 3-, and 5-year")."""
    run = [before[-1]]
    for t in reversed(before[:-1]):
        if not re.fullmatch(r"[\s,]*(?:and|or)?\s*", text[t.end : run[0].start]) or t.unit != run[0].unit:
            break
        run.insert(0, t)
    return run


def _attach_intervals(rows: list[dict], intervals, sentence_of) -> None:
    """A confidence interval belongs to the value written just before it in its sentence."""
    for ci in intervals:
        sentence = sentence_of(ci.start)
        before = [r for r in rows if sentence.start <= r["start"] and r["end"] <= ci.start and r.get("value_unit") != "n"]
        if before:
            row = max(before, key=lambda r: r["end"])
            row.setdefault("ci_low", ci.low)
            row.setdefault("ci_high", ci.high)


def _attach_p_values(rows: list[dict], p_values, sentence_of) -> None:
    """A P value closes a comparison: every value of its sentence after the previous P value."""
    previous_end: dict[int, int] = {}
    for p in p_values:
        sentence = sentence_of(p.start)
        since = max(previous_end.get(sentence.start, sentence.start), sentence.start)
        for row in rows:
            if since <= row["start"] and row["end"] <= p.start and "p_value" not in row:
                row.update(p_value=p.value, p_qualifier=p.qualifier)
        previous_end[sentence.start] = p.end
