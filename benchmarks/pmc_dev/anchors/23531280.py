PMID = "23531280"
SHORT = "Selenium supplementation vs none during pelvic RT: PTV size and radiation diarrhoea (subgroup, phase III)"
DESIGN = "comparative"
DRUGS = {"sodium selenite": "sodium selenite", "selenium": "sodium selenite", "Se": "sodium selenite"}
# Se measured in blood (status, concentrations, levels, Se-deficient) is a biomarker, not a drug mention.
NOT_DRUG = ["improves {Se} status", "Whole blood {Se} concentrations",
            "initial {Se} concentrations", "as {Se}-deficient", "Mean {Se} levels", "blood {Se} status",
            "in {Se}-deficient"]
S, C = "SeG", "CG"
ARMS = [
    dict(at="RT to receive {Se} (as sodium selenite)", arm=S, regimen="sodium selenite", n_total=39,
         note="experimental"),
    dict(at="or to receive {no supplement} during RT", arm=C, regimen=None, n_total=42, note="control"),
]
ET = "at least CTC 2 radiation induced diarrhoea"
ET2 = "at least CTC 2 diarrhoea"
SMALL, LARGE = "PTV <= 1302 ml", "PTV > 1302 ml"
RESULTS = [
    dict(at="in the SeG was {20.5%}", cat="safety", ep="diarrhoea", et=ET, arm=S, p="0.04",
         note="actuarial incidence, CTC grade >= 2"),
    dict(at="compared to {44.5%} in", cat="safety", ep="diarrhoea", et=ET, arm=C, p="0.04",
         note="actuarial incidence, CTC grade >= 2"),
    dict(at="was {22.3%}", cat="safety", ep="diarrhoea", et=ET2, arm=S, n=4, N=18, p="0.50", pop=SMALL,
         note="actuarial incidence, CTC grade >= 2"),
    dict(at="to {34.8%}", cat="safety", ep="diarrhoea", et=ET2, arm=C, n=8, N=23, p="0.50", pop=SMALL,
         note="actuarial incidence, CTC grade >= 2"),
    dict(at="was {19.1%}", cat="safety", ep="diarrhoea", et=ET2, arm=S, n=4, N=21, p="0.046", pop=LARGE,
         note="actuarial incidence, CTC grade >= 2"),
    dict(at="versus {52.6%}", cat="safety", ep="diarrhoea", et=ET2, arm=C, n=10, N=19, p="0.046",
         pop=LARGE, note="actuarial incidence, CTC grade >= 2"),
]
