PMID = "25290151"
SHORT = "Capsaicin 8% patch vs placebo patch for severe persistent inguinal postherniorrhaphy pain (randomised, double-blind)"
DESIGN = "comparative"
DRUGS = {"capsaicin": "capsaicin"}
C, P = "capsaicin", "placebo"
ARMS = [
    dict(at="either a {capsaicin} 8% patch", arm=C, regimen="capsaicin",
         note="experimental; span is the drug name, the concentration is its own dose record (decision 6); "
              "46 patients randomised in all, per-arm numbers not stated"),
    dict(at="or a {placebo patch}", arm=P, regimen=None, note="control ('placebo-controlled')"),
]
CONC = "concentration of the cutaneous patch (decision 22: a drug concentration is a dose)"
DOSES = [
    dict(at="Capsaicin ({8%}) Patch", drug="capsaicin", low=8, unit="%", arm=C, sched="cutaneous patch", note=CONC),
    dict(at="capsaicin {8%} cutaneous patch", drug="capsaicin", low=8, unit="%", arm=C, sched="cutaneous patch",
         note=CONC),
    dict(at="capsaicin {8%} patch or", drug="capsaicin", low=8, unit="%", arm=C, sched="cutaneous patch", note=CONC),
]
IENFD = ("change in intraepidermal nerve fiber density (IENFD) on the pain side, skin punch biopsy; "
         "measured value with its unit (GUIDELINES §7.4)")
RESULTS = [
    dict(at="treatment: {1.9} [−0.1 to 3.9]", cat="efficacy",
         et="Changes in IENFD", u="fibers/mm", arm=C, ci=(-0.1, 3.9), p="0.32", tp="1 month", note=IENFD),
    dict(at="and {0.6} [−1.2 to 2.5] fibers/mm",
         cat="efficacy", et="Changes in IENFD", u="fibers/mm", arm=P, ci=(-1.2, 2.5), p="0.32", tp="1 month", note=IENFD),
    dict(at="difference [95% CI]: {5.0} [0.09", cat="efficacy", et="SPID", u="nrs", ci=(0.09, 9.9), p="0.046",
         tp="1 month",
         note="mean difference in summed pain intensity differences (SPID), capsaicin vs placebo (between-arm "
              "difference, arm null); primary outcome, 'not significant' at the trial's P<0.01 level; no unit is "
              "written after the number: value_unit is the scale named with the value ('NRS'), lower case"),
]
# Primary outcome "mean difference [95% CI]: 5.0 [0.09 to 9.9]; P = 0.046": a between-group difference of a measured
# outcome (summed NRS pain intensity differences) in a sentence that reports statistics, so a result row under
# GUIDELINES §7.4 (score values of the trial's groups or between-group differences get rows in this set; the older
# pmc_dev decision 19 that left scores out is superseded here). Its "[95% CI]" fills ci_low/ci_high (decision 12).
# No row: "NRS 0–10" (scale range); "significance level P<0.01" (design threshold, no value);
# "1, 2 and 3 months" (visit times); "Forty-six patients" (sample size); no differences at 2 and 3 months and no
# significant changes in sensory function/sleep/psychological factors (no values).
# IENFD (1.9 / 0.6 fibers/mm): kept as measured per-arm values of an outcome with a written unit (§7.4); order
# "capsaicin and placebo ... respectively"; timepoint from "from baseline to 1 month after patch application".
