PMID = "22551881"
SHORT = "Calcium + cholecalciferol (fixed or separate combination) vs placebo on BMD in elderly women with moderate CKD (post-hoc, DECALYOS II)"
DESIGN = "comparative"
DRUGS = {"calcium": "calcium", "cholecalciferol": "cholecalciferol", "vitamin d3": "cholecalciferol"}
# "25-hydroxyvitamin D" (serum level, a biomarker) is not matched by any surface above.
F, S, P = "calcium-vitamin D3 fixed combination", "calcium plus vitamin D3 separate combination", "placebo"
CD = "calcium + cholecalciferol"
ARMS = [
    dict(at="randomized to: {calcium-vitamin D3 fixed combination}, calcium", arm=F, regimen=CD,
         note="experimental ('active treatment groups'); 610 women randomised in all, per-arm numbers not stated"),
    dict(at="combination, {calcium plus vitamin D3 separate combination}, or", arm=S, regimen=CD,
         note="experimental ('active treatment groups')"),
    dict(at="separate combination, or {placebo}.", arm=P, regimen=None, note="control ('placebo-controlled')"),
]
BOTH = "both active treatment groups ('the same daily amount'); arm null (decision 28, dose of two arms)"
DOSES = [
    dict(at="calcium ({1,200 mg})", drug="calcium", low=1200, unit="mg", freq="daily", reg=CD, note=BOTH),
    dict(at="vitamin D3 ({800 IU})", drug="cholecalciferol", low=800, unit="IU", freq="daily", reg=CD, note=BOTH),
]
RESULTS = [
    dict(at="At baseline {47.2%}, 36.4%", cat="baseline", et="eGFR", note="eGFR ≥ 60 ml/min/1.73 m2; whole study population"),
    dict(at="47.2%, {36.4%} and", cat="baseline", et="eGFR", note="eGFR 45 – 59 ml/min/1.73 m2; whole study population"),
    dict(at="and {16.4%} of the study", cat="baseline", et="eGFR", note="eGFR < 45 ml/min/1.73 m2; whole study population"),
]
# No row: P values without a value ("p < 0.0001" for 25-hydroxyvitamin D rise, "p = 0.005" treatment effect on
# distal radius BMD, "interaction p > 0.22"); eGFR cut-offs 60 / 45-59 / 45 ml/min/1.73 m2 (thresholds, no '%';
# they are in the notes); "2-year" study duration, "12 and 24 months" visits; 610 women (sample size).
# Drugs: "calcium-vitamin D3" gives two drug rows (pmc_dev decision 25, like "uracil-tegafur"); the arm records
# overlap them, which the format allows. Calcium salt not named, canonical "calcium".
