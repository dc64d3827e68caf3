PMID = "28183331"
SHORT = "Dovitinib + fulvestrant vs placebo + fulvestrant, HR+ HER2- breast cancer (phase II)"
DESIGN = "comparative"
DRUGS = {"dovitinib": "dovitinib", "fulvestrant": "fulvestrant"}
ARMS = [
    dict(at="to receive {fulvestrant plus dovitinib} or placebo", arm="dovitinib",
         regimen="dovitinib + fulvestrant", note="experimental"),
    dict(at="fulvestrant plus dovitinib or {placebo}", arm="placebo", regimen="fulvestrant",
         note="control"),
]
_amp = "FGF pathway-amplified subgroup"
RESULTS = [
    dict(at="found in {≤8%}", cat="other", ep="incidence",
         et="Overexpression of fibroblast growth factor receptor 1 (FGFR1)",
         pop="HR+, HER2- breast cancer", note="epidemiology (background)"),
    dict(at="was {5.5} (3.8–14.0) months vs", cat="efficacy", ep="PFS", et="PFS", u="months",
         arm="dovitinib", ci=(3.8, 14.0), note="median"),
    dict(at="months vs {5.5} (3.5–10.7) months", cat="efficacy", ep="PFS", et="PFS", u="months",
         arm="placebo", ci=(3.5, 10.7), note="median"),
    dict(at="(HR, {0.68};", cat="efficacy", ep="PFS", et="PFS", u="HR", note="dovitinib vs placebo"),
    dict(at="was {10.9} (3.5–16.5) months", cat="efficacy", ep="PFS", et="PFS", u="months",
         arm="dovitinib", ci=(3.5, 16.5), pop=_amp, note="median"),
    dict(at="months vs {5.5} (3.5–16.4) months", cat="efficacy", ep="PFS", et="PFS", u="months",
         arm="placebo", ci=(3.5, 16.4), pop=_amp, note="median"),
    dict(at="(HR, {0.64};", cat="efficacy", ep="PFS", et="PFS", u="HR", N=31, pop=_amp,
         note="dovitinib vs placebo"),
]
