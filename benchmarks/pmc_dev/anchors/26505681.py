PMID = "26505681"
SHORT = "XELIRI/FOLFIRI plus simvastatin vs placebo, previously treated metastatic colorectal cancer (phase III)"
DESIGN = "comparative"
XEL = "capecitabine + irinotecan"
FOL = "fluorouracil + irinotecan + leucovorin"
DRUGS = {"simvastatin": "simvastatin", "XELIRI": ("XELIRI", XEL), "FOLFIRI": ("FOLFIRI", FOL),
         "irinotecan": "irinotecan", "leucovorin": "leucovorin", "5-FU": "fluorouracil",
         "capecitabine": "capecitabine"}
S, P = "simvastatin", "placebo"
NOTE = "backbone is FOLFIRI or XELIRI (alternatives); regimen lists the drugs every patient of the arm gets"
ARMS = [
    dict(at="groups: {FOLFIRI/XELIRI plus simvastatin} (40 mg)", arm=S, regimen="irinotecan + simvastatin",
         n_total=134, note="experimental; " + NOTE),
    dict(at="or {FOLFIRI/XELIRI plus placebo}.", arm=P, regimen="irinotecan", n_total=135,
         note="control; " + NOTE),
]
DOSES = [
    dict(at="simvastatin ({40 mg})", drug="simvastatin", low=40, unit="mg", arm=S),
    dict(at="irinotecan at {180 mg m−2}", drug="irinotecan", low=180, unit="mg/m2", reg=FOL,
         sched="90-min infusion"),
    dict(at="leucovorin at {200 mg m−2}", drug="leucovorin", low=200, unit="mg/m2", reg=FOL,
         sched="2-h infusion"),
    dict(at="5-FU {400 mg m−2}", drug="fluorouracil", low=400, unit="mg/m2", reg=FOL, sched="bolus"),
    dict(at="5-FU at {2400 mg m−2}", drug="fluorouracil", low=2400, unit="mg/m2", reg=FOL,
         sched="46-h continuous infusion"),
    dict(at="irinotecan at {250 mg m−2}", drug="irinotecan", low=250, unit="mg/m2", reg=XEL,
         sched="90-min infusion"),
    dict(at="capecitabine {1000 mg m−2 twice daily}", drug="capecitabine", low=1000, unit="mg/m2",
         freq="twice daily", sched="14 days", reg=XEL),
    dict(at="addition of {40 mg} simvastatin", drug="simvastatin", low=40, unit="mg", arm=S),
]
RESULTS = [
    dict(at="was {5.9 months}", cat="efficacy", ep="PFS", et="PFS", arm=S, ci=(4.5, 7.3), p="0.937",
         note="median"),
    dict(at="and {7.0 months}", cat="efficacy", ep="PFS", et="PFS", arm=P, ci=(5.4, 8.6), p="0.937",
         note="median"),
    dict(at="median, {15.9 months}", cat="efficacy", ep="OS", et="OS", arm=S, p="0.826", note="median"),
    dict(at="vs {19.9 months}", cat="efficacy", ep="OS", et="OS", arm=P, p="0.826", note="median"),
    dict(at="({4.5%} vs", cat="safety", ep="nausea", et="nausea", arm=S, note="grade ⩾3"),
    dict(at="vs {0.7%},", cat="safety", ep="nausea", et="nausea", arm=P, note="grade ⩾3"),
    dict(at="0.7%, {3.0%} vs", cat="safety", ep="anorexia", et="anorexia", arm=S, note="grade ⩾3"),
    dict(at="vs {0%}, respectively", cat="safety", ep="anorexia", et="anorexia", arm=P, note="grade ⩾3"),
]
