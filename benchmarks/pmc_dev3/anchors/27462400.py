PMID = "27462400"
SHORT = "Ferumoxytol vs iron sucrose for iron deficiency anaemia across renal function (post-hoc pooled analysis of 2 RCTs)"
DESIGN = "comparative"
DRUGS = {"ferumoxytol": "ferumoxytol", "iron sucrose": "iron sucrose"}
F, S = "ferumoxytol", "iron sucrose"
ARMS = [
    dict(at="anemia with {ferumoxytol} and iron sucrose across", arm=F, regimen="ferumoxytol",
         note="experimental; the tested product ('efficacy and safety of ferumoxytol is at least comparable to "
              "iron sucrose')"),
    dict(at="anemia with ferumoxytol and {iron sucrose} across", arm=S, regimen="iron sucrose",
         note="control; comparator"),
]
def _ae(at, et, arm, ep="adverse events", note=None):
    d = dict(at=at, cat="safety", ep=ep, et=et, arm=arm)
    if note:
        d["note"] = note
    return d
SHARED = "the '%' is written once after the pair (decision 15)"
RESULTS = [
    _ae("sucrose ({42.4} vs. 50.2", "adverse events", F, note="overall incidence; " + SHARED) | {"u": "%"},
    _ae("42.4 vs. {50.2\u00a0%}", "adverse events", S, note="overall incidence"),
    _ae("groups ({13.6} vs. 16.0", "treatment-related adverse events", F, note=SHARED) | {"u": "%"},
    _ae("13.6 vs. {16.0\u00a0%}", "treatment-related adverse events", S),
    _ae("sucrose ({2.5} vs. 5.3", "Adverse events of Special Interest", F,
        note="hypotension, hypersensitivity; " + SHARED) | {"u": "%"},
    _ae("2.5 vs. {5.3\u00a0%}", "Adverse events of Special Interest", S, note="hypotension, hypersensitivity"),
    dict(at="difference = {0.53\u00a0g/dL}", cat="efficacy", et="increases in hemoglobin", u="g/dl", v=0.53, q="=",
         p="< 0.001", tp="5 weeks", pop="estimated glomerular filtration rate ≥90 mL/min",
         note="least squares mean difference, ferumoxytol vs iron sucrose (effect measure, arm null); change from "
              "Baseline to Week 5; measured value with a unit (GUIDELINES §7.4)"),
]
# Arm records sit on the Methods sentence comparing the two treatments (the first that assigns patients;
# the title is used only when there is none, decision 1). Per-arm sizes are not stated (767 pooled).
# Safety codes: 'treatment-related' and 'of Special Interest' adverse events keep the code 'adverse events'
# (as abstracts_dev2 20980335 codes related AEs), the full phrase in endpoint_text.
# No row: "767 patients" (sample size), "≥90 mL/min" (subgroup definition), hemoglobin increases described
# without numbers ("greater increases", "no other consistent, significant differences").
# No drug row: "intravenous iron", "intravenous iron products", "oral iron therapy", "oral iron" (generic/class).
