PMID = "27051670"
SHORT = "Vitamin B-6 vs placebo after resection of hepatocellular carcinoma: homocysteine and antioxidant capacity"
DESIGN = "comparative"
DRUGS = {"vitamin B-6": "vitamin b6"}
B, P = "vitamin B-6", "placebo"
ARMS = [
    dict(at="either the {placebo} (n = 16)", arm=P, regimen=None, n_total=16, note="control"),
    dict(at="or the {vitamin B-6} 50 mg/d", arm=B, regimen="vitamin b6", n_total=17, note="experimental"),
]
DOSES = [dict(at="{50 mg/d} (n = 17)", drug="vitamin b6", low=50, unit="mg", freq="daily", arm=B,
              sched="12 weeks")]
RESULTS = [
    dict(at="(β = {−2.4}, p", cat="efficacy", et="change of plasma homocysteine", u="beta", p="0.02",
         note="regression coefficient of vitamin B-6 supplementation, adjusted"),
    dict(at="(β = {−162.0}, p", cat="other", et="change of TEAC", u="beta", p="0.03",
         note="regression coefficient of the change of plasma homocysteine on the change of TEAC, adjusted"),
]
