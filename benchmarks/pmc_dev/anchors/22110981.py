PMID = "22110981"
SHORT = "Zoledronic acid vs placebo on BMD in men with prostate cancer on GnRH analog"
DESIGN = "comparative"
DRUGS = {"zoledronic acid": "zoledronic acid"}
Z, P = "zoledronic acid", "placebo"
ARMS = [
    dict(at="treatment with {zoledronic acid} (4 mg)", arm=Z, regimen="zoledronic acid", note="experimental"),
    dict(at="infusion or {placebo} every", arm=P, regimen=None, note="control"),
]
DOSES = [
    dict(at="zoledronic acid ({4 mg})", drug="zoledronic acid", low=4, unit="mg", arm=Z,
         freq="every 3 months", sched="IV infusion every 3 months (quarterly)"),
]
RESULTS = [
    dict(at="({+7.93 ± 1.4%})", cat="efficacy", et="change in vertebral BMD", arm=Z, p="<0.05",
         note="mean change ± 1.4 (SD/SE)"),
    dict(at="({+0.82 ± 1.7%})", cat="efficacy", et="change in vertebral BMD", arm=P, p="<0.05",
         note="mean change ± 1.7 (SD/SE)"),
    dict(at="({+5.05 ± 1.4%}", cat="efficacy", et="change in left femoral neck BMD", arm=Z, p="<0.05",
         note="mean change ± 1.4 (SD/SE)"),
    dict(at="versus {−0.48 ± 1.4%}", cat="efficacy", et="change in left femoral neck BMD", arm=P,
         p="<0.05", note="mean change ± 1.4 (SD/SE)"),
]
