PMID = "25152611"
SHORT = "Bepotastine besilate ophthalmic solution (BBOS) 1.5% vs placebo, allergic conjunctivitis, pooled CAC trials (phase III)"
DESIGN = "comparative"
DRUGS = {"bepotastine besilate": "bepotastine", "BBOS": "bepotastine"}
# "BBOS" (bepotastine besilate ophthalmic solution) is an abbreviation of the drug product: a drug row wherever it
# occurs (decision 25). Canonical: the INN bepotastine (besilate is the salt).
B, P = "BBOS", "placebo"
ARMS = [
    dict(at="either {BBOS} 1.5% (n=78)", arm=B, regimen="bepotastine", n_total=78,
         note="experimental; span is the drug name, the concentration is its own dose record (decision 6); "
              "two pooled trials with the same design"),
    dict(at="or {placebo} (n=79)", arm=P, regimen=None, n_total=79, note="control ('placebo-controlled')"),
]
CONC = "concentration of the ophthalmic solution (decision 22: a drug concentration is a dose)"
DOSES = [
    dict(at="ophthalmic solution {1.5%}\n", drug="bepotastine", low=1.5, unit="%", arm=B, sched="eye drop",
         note=CONC + "; title"),
    dict(at="(BBOS) {1.5%}.", drug="bepotastine", low=1.5, unit="%", arm=B, sched="eye drop", note=CONC),
    dict(at="BBOS {1.5%} (n=78)", drug="bepotastine", low=1.5, unit="%", arm=B, sched="eye drop",
         note=CONC + "; one eye drop bilaterally 15 minutes, 8 hours or 16 hours before a CAC"),
    dict(at="BBOS {1.5%} treatment", drug="bepotastine", low=1.5, unit="%", arm=B, sched="eye drop", note=CONC),
    dict(at="BBOS {1.5%} rapidly", drug="bepotastine", low=1.5, unit="%", arm=B, sched="eye drop", note=CONC),
]
RESULTS = []
# No result row: the abstract reports only P values and qualitative findings ("P<0.0001" for ocular itching at all
# time points, "reached clinical significance"); "≥1.0 unit difference" is the threshold that defines clinical
# significance of an itching-score difference, not a measured value of an outcome (score values of the groups or
# between-group differences would get rows under GUIDELINES §7.4, which supersedes pmc_dev decision 19 in this set,
# but none is reported; a threshold without '%' needs no row); "duration of effectiveness of at least 8 hours" is the
# tested persistence interval (design: drops 8 hours before CAC), not a measured duration; times 3, 5, 7, 15,
# 20 minutes and 15 minutes / 8 / 16 hours are assessment/dosing times; n=78 / n=79 are arm sizes (arm records).
# "one eye drop of the test agent" has no unit of dose: no dose row. "dual-action antihistamine" is a class.
