PMID = "24026560"
SHORT = "Linagliptin 5 mg/day vs placebo on top of RAAS inhibitors: albuminuria in type 2 diabetes (pooled analysis of 4 phase III trials)"
DESIGN = "comparative"
DRUGS = {"linagliptin": "linagliptin"}
L, P = "linagliptin", "placebo"
ARMS = [
    dict(at="randomized to either {linagliptin} 5 mg/day", arm=L, regimen="linagliptin", n_total=162,
         note="experimental; on top of stable RAAS inhibitors (a drug class, so not in the regimen)"),
    dict(at="or {placebo} (n= 55)", arm=P, regimen=None, n_total=55,
         note="control; on top of stable RAAS inhibitors (a drug class, no named backbone drug)"),
]
DOSES = [dict(at="linagliptin {5 mg/day}", drug="linagliptin", low=5, unit="mg", freq="daily", arm=L,
              sched="24 weeks")]
UACR = "UACR"
RESULTS = [
    dict(at="reduced by {32%}", cat="efficacy", et=UACR, arm=L, ci=(-42, -21), p="< 0.05", tp="24 weeks",
         note="reduction in UACR (change in geometric mean) from baseline; the P < 0.05 stated with this value; "
              "between-group P = 0.0357"),
    dict(at="compared with {6%}", cat="efficacy", et=UACR, arm=P, ci=(-27, 23), p="0.0357", tp="24 weeks",
         note="reduction in UACR from baseline; P of the between-group comparison"),
    dict(at="difference of {28%}", cat="efficacy", et="between-group difference", ci=(-47, -2), p="0.0357",
         tp="24 weeks", note="linagliptin vs placebo, difference in UACR reduction (effect measure, arm null)"),
    dict(at="week 24 was {−0.61%}", cat="efficacy", et="change in HbA1c", ci=(-0.88, -0.34), p="< 0.0001",
         tp="24 weeks", note="between-group difference (linagliptin vs placebo), arm null; also stated as "
                             "−6.7 mmol/mol (95% CI −9.6 to −3.7), the same value in other units, no row"),
]
# No row: "−6.7 mmol/mol" (the HbA1c difference restated in SI units), UACR "30−3,000 mg/g creatinine"
# (inclusion definition), "217 subjects", "(n = 162)", "(n= 55)" (sample sizes).
# No drug row: "dipeptidyl peptidase-4 inhibitor", "RAAS inhibitors"/"RAAS inhibition" (classes), "placebo".
