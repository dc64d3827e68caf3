PMID = "22494623"
SHORT = "LICC: L-BLP25 (tecemotide) vs placebo after resection of colorectal liver metastases (phase II protocol)"
DESIGN = "comparative"
DRUGS = {"L-BLP25": "tecemotide", "cyclophosphamide": "cyclophosphamide", "CP": "cyclophosphamide"}
DRUG_NOTES = {"L-BLP25": "L-BLP25 is the code of tecemotide (INN, as RAD001 -> everolimus)"}
L, P = "L-BLP25", "placebo"
ARMS = [
    dict(at="either {L-BLP25} or placebo", arm=L, regimen="cyclophosphamide + tecemotide",
         note="experimental; single dose of cyclophosphamide 3 days before the first L-BLP25 dose; randomised 2:1"),
    dict(at="either L-BLP25 or {placebo}", arm=P, regimen=None,
         note="control ('control arm'): saline instead of cyclophosphamide, placebo instead of L-BLP25"),
]
DOSES = [
    dict(at="single dose of {300 mg/m2} cyclophosphamide", drug="cyclophosphamide", low=300, unit="mg/m2",
         freq="once", sched="3 days before the first L-BLP25 dose", arm=L),
    dict(at="L-BLP25 {930 µg once weekly} for 8 weeks", drug="tecemotide", low=930, unit="µg", freq="weekly",
         sched="8 weeks (primary treatment)", arm=L, note="s.c."),
    dict(at="L-BLP25 {930 µg} maintenance", drug="tecemotide", low=930, unit="µg",
         sched="every 6 weeks (years 1 and 2), every 12 weeks (year 3)", arm=L,
         note="s.c. maintenance until recurrence; two intervals, so frequency null"),
]
RESULTS = [
    dict(at="Background: {15-20%} of all", cat="other", ep="incidence", et="develop metastatic disease",
         pop="colorectal cancer", note="background (epidemiology)"),
    dict(at="liver metastases is {28-39%}", cat="efficacy", ep="OS", et="survival", tp="5 years",
         pop="R0-resection of liver metastases", note="background, not this trial"),
    dict(at="occurs in {up to 70%}", cat="efficacy", ep="relapse", et="recurrence",
         pop="R0-resection of liver metastases", note="background, not this trial"),
]
# Protocol: no trial results. No row: sample size 159, 20 centers, 3 countries, 2:1.
# No drug row: "adjuvant chemotherapy", "active cancer immunotherapy", "saline solution" (placebo), MUC1.
