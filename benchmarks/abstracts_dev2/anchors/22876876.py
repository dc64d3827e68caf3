PMID = "22876876"
SHORT = "KRAS codon 13 mutations under oxaliplatin/5-FU vs oxaliplatin/capecitabine, advanced colorectal cancer (translational)"
DESIGN = "comparative"
DRUGS = {"oxaliplatin": "oxaliplatin", "5-FU": "fluorouracil", "capecitabine": "capecitabine"}
F, X = "oxaliplatin/5-FU", "oxaliplatin/capecitabine"
ARMS = [
    dict(at="trial comparing {oxaliplatin/5-FU} vs.", arm=F, regimen="fluorouracil + oxaliplatin"),
    dict(at="vs. {oxaliplatin/capecitabine} were", arm=X, regimen="capecitabine + oxaliplatin"),
]
RESULTS = [
    dict(at="({61.2%} males", cat="baseline", ep="male", et="males", note="201 analysed patients, both arms"),
    dict(at="identified in {36.3%} of tumors", cat="baseline", ep="mutation:KRAS", et="KRAS mutations",
         note="both arms"),
    dict(at="({28.8%} in codon 12", cat="baseline", ep="mutation:KRAS", et="codon 12", note="KRAS codon 12"),
    dict(at="{7.4%} in codon 13", cat="baseline", ep="mutation:KRAS", et="codon 13", note="KRAS codon 13"),
]
# No row: mean age 64.2 ± 8.6 years (baseline mean), 201 patients, P values without a value
# (p = 0.008, 0.085, 0.72).
# No drug row: "fluoropyrimidines" (class), "monoclonal antibodies" (class), KRAS (gene).
