PMID = "9744511"
SHORT = "Cisplatin + vinblastine then surgery vs radiotherapy, stage IIIA (N2) NSCLC (NCIC CTG)"
DESIGN = "comparative"
DRUGS = {"cisplatin": "cisplatin", "vinblastine": "vinblastine"}
R, C = "radiotherapy alone", "chemotherapy-surgery"
ARMS = [
    dict(at="to receive {radiotherapy alone} or", arm=R, regimen=None, note="control"),
    dict(at="or {chemotherapy with cisplatin and vinblastine followed by surgery}", arm=C,
         regimen="cisplatin + vinblastine", note="experimental"),
]
RESULTS = [
    dict(at="were {50%} and", cat="efficacy", ep="ORR", et="Response", arm=C,
         note="response to induction chemotherapy"),
    dict(at="and {53.3%} respectively", cat="efficacy", ep="ORR", et="Response", arm=R,
         note="response to radiotherapy"),
    dict(at="possible for {62.5%}", cat="efficacy", ep="R0", et="Complete surgical resection", arm=C),
    dict(at="were {16.2} and", cat="efficacy", ep="OS", et="survival", u="months", arm=R,
         note="median; P = Ns (not significant)"),
    dict(at="and {18.7 months}", cat="efficacy", ep="OS", et="survival", arm=C,
         note="median; P = Ns (not significant)"),
]
