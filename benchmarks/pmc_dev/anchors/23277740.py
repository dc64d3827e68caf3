PMID = "23277740"
SHORT = "Sorafenib vs capecitabine after liver transplantation for hepatic carcinoma beyond Milan criteria"
DESIGN = "comparative"
DRUGS = {"sorafenib": "sorafenib", "capecitabine": "capecitabine"}
S, C = "sorafenib", "capecitabine"
ARMS = [
    dict(at="treatment with {sorafenib} 400 mg bid", arm=S, regimen="sorafenib", note="experimental"),
    dict(at="bid or {capecitabine} (control group", arm=C, regimen="capecitabine", note="control"),
]
DOSES = [
    dict(at="sorafenib {400 mg bid}", drug="sorafenib", low=400, unit="mg", freq="twice daily", arm=S),
    dict(at="control group, {1500 mg bid}", drug="capecitabine", low=1500, unit="mg", freq="twice daily",
         sched="2 weeks on, 2-week rest, each cycle", arm=C),
]
RESULTS = [
    dict(at="were {53.3%} and 86.6%", cat="efficacy", et="recurrence", arm=S, tp="1 year", p="<0.05",
         note="recurrence rate (no v2 code)"),
    dict(at="53.3% and {86.6%}", cat="efficacy", et="recurrence", arm=C, tp="1 year", p="<0.05",
         note="recurrence rate (no v2 code)"),
    dict(at="were {93.3%} and", cat="efficacy", ep="OS", et="survival", arm=S, tp="1 year", p="<0.05"),
    dict(at="and {46.6%}, respectively", cat="efficacy", ep="OS", et="survival", arm=C, tp="1 year", p="<0.05"),
    dict(at="group ({24.6 ± 1.7}", cat="efficacy", ep="OS", et="survival time", u="months", arm=S, p="<0.05",
         note="mean ± 1.7, range 7–28"),
    dict(at="group ({16.4 ± 2.7}", cat="efficacy", ep="OS", et="survival time", u="months", arm=C, p="<0.05",
         note="mean ± 2.7, range 5–34"),
]
