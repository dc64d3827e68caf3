PMID = "23331510"
SHORT = "SUCCINCT: intramuscular vitamin D3 (600,000 IU x2) vs placebo in pulmonary tuberculosis (randomised, placebo-controlled)"
DESIGN = "comparative"
DRUGS = {"cholecalciferol": "cholecalciferol", "vitamin d3": "cholecalciferol", "vitamin d": "cholecalciferol"}
# Every "vitamin D" that names the supplement (title, mechanism sentence, "vitamin D supplementation", "high doses of
# vitamin D", "therapeutic role for vitamin D") is a mention of the trial drug, vitamin D3 = cholecalciferol, as all
# mentions of the selenium supplement map to sodium selenite (pmc_dev decision 26). The serum level is a biomarker:
NOT_DRUG = ["‘Deficient’ serum {vitamin D} levels"]  # decision 27 ("Se concentrations/status")
# "25-hydroxyvitamin D" is not matched (whole words only). IFN-g / Interferon-gamma is a measured cytokine here.
D, P = "vitamin D", "placebo"
ARMS = [
    dict(at="Intramuscular {vitamin D3} or placebo", arm=D, regimen="cholecalciferol",
         note="experimental; later 'the vitamin D supplemented arm'; 259 patients randomised in all, "
              "per-arm numbers not stated"),
    dict(at="vitamin D3 or {placebo} for 2 doses", arm=P, regimen=None, note="control ('placebo-controlled')"),
]
DOSES = [
    dict(at="receive either {600,000 IU} of", drug="cholecalciferol", low=600000, unit="IU", arm=D,
         sched="intramuscular, 2 doses", note="'for 2 doses'"),
]
W = "mean weight gain (kg) after 12 weeks; sign '+ ' is in the span (decision 14)"
Z = ("mean number of chest radiograph zones involved; the '(95% CI 0.15, 0.79)' is the interval of the "
     "difference, not attached to either arm")
CAV = "'50% or greater reduction in cavity size'; order as in the sentence (vitamin D arm first)"
RESULTS = [
    dict(at="(kg) {+ 3.75}, (3.16", cat="efficacy", et="weight gain", u="kg", v=3.75, q="=", arm=D, ci=(3.16, 4.34),
         p="0.009", tp="12 weeks", note=W),
    dict(at="versus {+ 2.61} (95% CI", cat="efficacy", et="weight gain", u="kg", v=2.61, q="=", arm=P,
         ci=(1.99, 3.23), p="0.009", tp="12 weeks", note=W),
    dict(at="zones involved {1.35} v/s", cat="efficacy", et="number of zones involved", u="zones", arm=D, p="0.004",
         tp="12 weeks", note=Z),
    dict(at="v/s {1.82} p 0.004", cat="efficacy", et="number of zones involved", u="zones", arm=P, p="0.004",
         tp="12 weeks", note=Z),
    dict(at="and {50%} or greater reduction", cat="other", et="reduction in cavity size", q="≥", tp="12 weeks",
         note="threshold ('50% or greater') defining the outcome; no arm"),
    dict(at="106 ({89.8%}) v/s", cat="efficacy", et="reduction in cavity size", arm=D, n=106, p="0.035",
         tp="12 weeks", note=CAV),
    dict(at="111 ({94.8%}), p 0.035", cat="efficacy", et="reduction in cavity size", arm=P, n=111, p="0.035",
         tp="12 weeks", note=CAV),
]
# No row: "p 0.021" for the rise of MTBs-induced IFN-g secretion (P value alone, no value); assessment times 4, 8, 12
# weeks and 0 / 12 weeks; 6 kDa (antigen name); "Two hundred and fifty nine patients" (sample size); "2 doses"
# (number of doses). The weight gain, zone count and cavity values are all "After 12 weeks" (same sentence):
# timepoint 12 weeks. Zones: a mean number in a sentence that reports statistics (§7.4); value_unit "zones", the noun counted, as "episodes" of vomiting (decision 18), since the check needs a unit.
# Weight gain: measured value with a unit (kg, written once before both values: decision 15).
# No endpoint code exists for weight gain, radiographic zones or cavity-size reduction: endpoint null.
