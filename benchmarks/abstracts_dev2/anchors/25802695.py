PMID = "25802695"
SHORT = "GDP vs ESHAP salvage regimens, relapsed/refractory Hodgkin lymphoma (randomised comparison)"
DESIGN = "comparative"
GDP = "cisplatin + dexamethasone + gemcitabine"
ESHAP = "cisplatin + cytarabine + etoposide + methylprednisolone"
DRUGS = {
    "GDP": ("GDP", GDP), "ESHAP": ("ESHAP", ESHAP),
    "EHSAP": ("ESHAP", ESHAP),  # misspelt once in the methods (as "epiribicin" -> epirubicin in pmc_dev)
    "gemcitabine": "gemcitabine", "dexamethasone": "dexamethasone", "cisplatin": "cisplatin",
    "etoposide": "etoposide", "methyl prednisolone": "methylprednisolone", "cytarabine": "cytarabine",
}
DRUG_NOTES = {"EHSAP": "misspelling of ESHAP"}
G, E = "GDP", "ESHAP"
ARMS = [
    dict(at="treated with {GDP} regimen", arm=G, regimen=GDP, n_total=22, note="'two groups of 22'"),
    dict(at="the other with {EHSAP} regimen", arm=E, regimen=ESHAP, n_total=22,
         note="written 'EHSAP' at the definition, 'ESHAP' elsewhere; 'two groups of 22'"),
]
RESULTS = [
    dict(at="There were {27.3%} complete", cat="efficacy", ep="CR", et="complete response", arm=G),
    dict(at="complete response, {31.8%} more", cat="efficacy", et="more than 50% response", arm=G,
         note="response of more than 50% (the abstract does not call it partial response; no code)"),
    dict(at="31.8% {more than 50%} response", cat="other", et="response",
         note="threshold defining the 'more than 50% response' category"),
    dict(at="and {40.9%} no response", cat="efficacy", et="no response", arm=G),
    dict(at="ESHAP results were {29.5%}", cat="efficacy", ep="CR", et="complete response", arm=E,
         note="'ESHAP results were 29.5%, 24% and 45.5%, respectively' (outcomes named in the GDP sentence)"),
    dict(at="were 29.5%, {24%} and", cat="efficacy", et="more than 50% response", arm=E),
    dict(at="24% and {45.5%}, respectively", cat="efficacy", et="no response", arm=E),
]
