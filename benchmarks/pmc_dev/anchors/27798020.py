PMID = "27798020"
SHORT = "OPTIMUM: outpatient IPC + talc vs inpatient chest drain + talc for malignant pleural effusion (protocol)"
DESIGN = "comparative"
DRUGS = {"talc": "talc"}
O, I = "outpatient ambulatory pathway", "standard inpatient treatment"
ARMS = [
    dict(at="either to {an outpatient ambulatory pathway using IPCs and talc pleurodesis}", arm=O, regimen="talc",
         note="experimental"),
    dict(at="or {standard inpatient treatment with chest drain and talc pleurodesis}", arm=I, regimen="talc",
         note="control"),
]
D = "sample size assumption (protocol)"
RESULTS = [
    dict(at="for an {80%} power", cat="other", et="power", note=D),
    dict(at="a {5%} significance level", cat="other", et="significance level", note=D),
]
