PMID = "23630366"
SHORT = "AXIS: axitinib vs sorafenib after one prior therapy, metastatic renal cell carcinoma (Japanese subgroup, phase III)"
DESIGN = "comparative"
DRUGS = {"axitinib": "axitinib", "sorafenib": "sorafenib"}
A, S = "axitinib", "sorafenib"
JP = "Japanese patients"
ARMS = [
    dict(at="Phase III trial of {axitinib} versus sorafenib", arm=A, regimen="axitinib", n_total=25,
         note="experimental (the abstract evaluates axitinib); 25 Japanese patients of 361 randomised to axitinib"),
    dict(at="trial of axitinib versus {sorafenib}", arm=S, regimen="sorafenib", n_total=29,
         note="control (comparator); 29 Japanese patients of 362 randomised to sorafenib"),
]
AE = "all-causality adverse event, all grades"
RESULTS = [
    dict(at="Japanese patients was {12.1 months}", cat="efficacy", ep="PFS", et="progression-free survival", arm=A,
         ci=(8.6, None), p="0.0401", pop=JP, note="median; upper CI bound not estimable; stratified one-sided P"),
    dict(at="for axitinib and {4.9 months}", cat="efficacy", ep="PFS", et="progression-free survival", arm=S,
         ci=(2.8, 6.6), p="0.0401", pop=JP, note="median; stratified one-sided P"),
    dict(at="(hazard ratio {0.390}", cat="efficacy", ep="PFS", et="progression-free survival", u="HR",
         ci=(0.130, 1.173), p="0.0401", pop=JP, note="axitinib vs sorafenib; stratified one-sided P"),
    dict(at="response rate was {52.0%}", cat="efficacy", ep="ORR", et="objective response", arm=A, p="0.0001"),
    dict(at="for axitinib and {3.4%}", cat="efficacy", ep="ORR", et="objective response", arm=S, p="0.0001"),
    dict(at="dysphonia ({68%})", cat="safety", ep="dysphonia", et="dysphonia", arm=A, pop=JP, note=AE),
    dict(at="hypertension ({64%})", cat="safety", ep="hypertension", et="hypertension", arm=A, pop=JP, note=AE),
    dict(at="hand–foot syndrome ({64%})", cat="safety", ep="hand-foot syndrome", et="hand–foot syndrome", arm=A,
         pop=JP, note=AE),
    dict(at="diarrhea ({56%})", cat="safety", ep="diarrhea", et="diarrhea", arm=A, pop=JP, note=AE),
    dict(at="hand–foot syndrome ({86%})", cat="safety", ep="hand-foot syndrome", et="hand–foot syndrome", arm=S,
         pop=JP, note=AE),
    dict(at="hypertension ({62%})", cat="safety", ep="hypertension", et="hypertension", arm=S, pop=JP, note=AE),
    dict(at="diarrhea ({52%})", cat="safety", ep="diarrhea", et="diarrhea", arm=S, pop=JP, note=AE),
]
# No row: "Twenty-five (of 361) and 29 (of 362)" are arm sizes of the subgroup (on the arm records).
