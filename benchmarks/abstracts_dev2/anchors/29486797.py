PMID = "29486797"
SHORT = "BTH1677 + bevacizumab/carboplatin/paclitaxel vs bevacizumab/carboplatin/paclitaxel, first-line advanced NSCLC (phase II)"
DESIGN = "comparative"
DRUGS = {"BTH1677": "bth1677", "bevacizumab": "bevacizumab", "carboplatin": "carboplatin", "paclitaxel": "paclitaxel"}
DRUG_NOTES = {"BTH1677": "beta-glucan (Imprime PGG); the code is kept as the name, the text gives no INN"}
B, C = "BTH1677 arm", "Control arm"
BACKBONE = "bevacizumab + carboplatin + paclitaxel"
ARMS = [
    dict(at="randomized to the {BTH1677 arm} (N = 61", arm=B, regimen="bevacizumab + bth1677 + carboplatin + paclitaxel",
         n_total=61, note="experimental; maintenance BTH1677/bevacizumab"),
    dict(at="or {Control arm} (N = 31", arm=C, regimen=BACKBONE, n_total=31,
         note="control; maintenance bevacizumab"),
]
DOSES = [
    dict(at="BTH1677, {4 mg/kg}, weekly", drug="bth1677", low=4, unit="mg/kg", freq="weekly", arm=B,
         note="IV; 'weekly' follows after a comma, outside the span"),
    dict(at="bevacizumab, {15 mg/kg}, once", drug="bevacizumab", low=15, unit="mg/kg", freq="every 3 weeks",
         reg=BACKBONE, note="IV, once each 3-week cycle (Q3W); backbone of both arms ('as above'), so arm null"),
    dict(at="carboplatin, {6 mg/mL/min} Calvert", drug="carboplatin", low=6, unit="mg/mL/min", freq="every 3 weeks",
         reg=BACKBONE, note="target AUC by the Calvert formula (how the carboplatin dose is prescribed); Q3W; "
                            "backbone of both arms"),
    dict(at="paclitaxel, {200 mg/m2}, Q3W", drug="paclitaxel", low=200, unit="mg/m2", freq="every 3 weeks",
         reg=BACKBONE, note="IV, Q3W; backbone of both arms; carboplatin/paclitaxel stopped after 4-6 cycles"),
]
RESULTS = [
    dict(at="statistically significant ({60.4%} vs", cat="efficacy", ep="ORR", et="ORR", arm=B, p="0.2096",
         note="'ORR was higher in the BTH1677 vs Control arm'"),
    dict(at="(60.4% vs {43.5%}; P", cat="efficacy", ep="ORR", et="ORR", arm=C, p="0.2096"),
    dict(at="Control arm ({93.2%} vs", cat="safety", ep="grade 3-4 adverse events", et="Grade 3/4 AEs", arm=B),
    dict(at="(93.2% vs {66.7%})", cat="safety", ep="grade 3-4 adverse events", et="Grade 3/4 AEs", arm=C),
]
# No drug row: "oncology antibody therapies" (class). No row: N = 61 / N = 31 (arm sizes), "4-6 cycles".
