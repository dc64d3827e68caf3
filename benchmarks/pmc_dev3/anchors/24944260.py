PMID = "24944260"
SHORT = "Droxidopa vs placebo (7-day double-blind after open-label dose optimization) for symptomatic neurogenic orthostatic hypotension"
DESIGN = "comparative"
DRUGS = {"droxidopa": "droxidopa"}
# "an oral norepinephrine precursor" describes droxidopa's class/mechanism: no drug row (not listed).
D, P = "droxidopa", "placebo"
ARMS = [
    dict(at="double-blind trial of {droxidopa} vs placebo", arm=D, regimen="droxidopa",
         note="experimental; randomised responders of the open-label dose optimization; 162 randomised in all "
              "('From randomization to endpoint (n = 162)'), per-arm numbers not stated"),
    dict(at="trial of droxidopa vs {placebo}", arm=P, regimen=None, note="control"),
]
DOSES = [
    dict(at="dose optimization ({100–600 mg 3 times daily})", drug="droxidopa", low=100, high=600, unit="mg",
         freq="three times daily", reg="droxidopa",
         sched="open-label dose optimization before randomisation",
         note="all patients before randomisation, so arm null"),
]
ORDER = "mean increase; no arm named: droxidopa first, as the document introduced the arms (§7.3)"
OHQ = ("improvement favouring droxidopa over placebo (between-arm difference, arm null), randomization to "
       "endpoint; questionnaire score, a measured outcome value (GUIDELINES §7.4)")
HYP = "supine systolic BP >180 mm Hg at endpoint"
RESULTS = [
    dict(at="increased by {11.2} vs 3.9 mm Hg", cat="efficacy", et="standing systolic blood pressure",
         u="mm hg", arm=D, p="< 0.001", note=ORDER),
    dict(at="11.2 vs {3.9 mm Hg}", cat="efficacy", et="standing systolic blood pressure", u="mm hg",
         v=3.9, q="=", arm=P, p="< 0.001", note=ORDER),
    dict(at="BP by {7.6} vs 0.8 mm Hg", cat="efficacy", et="supine systolic BP", u="mm hg", arm=D, p="< 0.001",
         note=ORDER),
    dict(at="7.6 vs {0.8 mm Hg}", cat="efficacy", et="supine systolic BP", u="mm hg", v=0.8, q="=", arm=P,
         p="< 0.001", note=ORDER),
    dict(at="observed in {4.9%} of droxidopa", cat="safety", ep="supine systolic bp >180 mm hg",
         et="supine systolic BP >180 mm Hg", arm=D, note=HYP),
    dict(at="and {2.5%} of placebo", cat="safety", ep="supine systolic bp >180 mm hg",
         et="supine systolic BP >180 mm Hg", arm=P, note=HYP),
    dict(at="reported in {≥3%} of double-blind", cat="safety", et="Adverse events", arm=D,
         note="threshold of the adverse-event list ('reported in ≥3% of double-blind droxidopa recipients'), "
              "not a result; endpoint null as in pmc_dev 28163000 ('in more than 10%')"),
    dict(at="placebo by {0.90 units} (p", cat="efficacy", et="OHQ composite score", u="units", v=0.9, q="=",
         p="0.003", N=162, note=OHQ + "; n_total from '(n = 162)' in the same sentence (both arms)"),
    dict(at="droxidopa by {0.73 units} (p", cat="efficacy", et="OHQ symptom subscore", u="units", v=0.73, q="=",
         p="0.010", note=OHQ),
    dict(at="droxidopa by {1.06 units} (p", cat="efficacy", et="symptom-impact subscore", u="units", v=1.06, q="=",
         p="0.003", note=OHQ),
    dict(at="headache ({7.4%})", cat="safety", ep="headache", et="headache", arm=D),
    dict(at="dizziness ({3.7%})", cat="safety", ep="dizziness", et="dizziness", arm=D),
]
# OHQ differences "0.90 units" (composite), "0.73 units" (symptom subscore), "1.06 units" (symptom-impact subscore):
# between-arm differences of questionnaire scores with a written unit, result rows under GUIDELINES §7.4 (score values
# reported for the groups or as between-group differences get rows in this set; the older pmc_dev decision 19 that
# left scores out is superseded here); arm null, P values attached. "(n = 162)" is the randomised total: in the arm
# note and as n_total of the composite-score difference (its own sentence). "7-day" washout/trial and
# "at 7 days" are design durations. "180 mm Hg" is the threshold inside the safety outcome, no '%' (in et).
# Blood pressure changes are measured values with a unit (§7.4), value_unit "mm hg" as written, lower case;
# "11.2 vs 3.9 mm Hg": the unit follows only the second number, so the first span is the number alone (decision 15).
# Safety code for "supine systolic BP >180 mm Hg": the adverse-event term as written, in lower case (§7.5; no
# vocabulary code, "hypertension" would be a reinterpretation). "No patients discontinued ... because of adverse
# events": non-numeric quantifier, no row.
