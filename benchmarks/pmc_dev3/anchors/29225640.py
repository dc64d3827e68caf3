PMID = "29225640"
SHORT = "Articaine + ketamine vs articaine + saline for inferior alveolar nerve block in symptomatic irreversible pulpitis"
DESIGN = "comparative"
DRUGS = {"articaine": "articaine", "ketamine hydrochloride": "ketamine", "ketamine": "ketamine",
         "epinephrine": "epinephrine", "A": "articaine"}
NOT_DRUG = ["Pulpitis: {A} Prospective"]  # the article 'A' in the title
K, S = "A-ketamine", "A-saline"
ARMS = [
    dict(at="ketamine hydrochloride ({A-ketamine} group)", arm=K, regimen="articaine + epinephrine + ketamine",
         note="experimental; 3.2 mL 4% articaine with epinephrine 1:200000 plus 0.4 mL 50 mg/mL ketamine"),
    dict(at="normal saline ({A-saline} group)", arm=S, regimen="articaine + epinephrine",
         note="control; 3.2 mL 4% articaine with epinephrine 1:200000 plus 0.4 mL normal saline (placebo, "
              "not a drug)"),
]
DOSES = [
    dict(at="containing 3.2 mL {4%} articaine", drug="articaine", low=4, unit="%", arm=K,
         note="concentration (decision 22); 3.2 mL per injection (two cartridges); IANB"),
    dict(at="or 3.2 mL {4%} articaine", drug="articaine", low=4, unit="%", arm=S,
         note="concentration (decision 22); 3.2 mL per injection (two cartridges); IANB"),
    dict(at="and 0.4 mL {50 mg/mL} ketamine hydrochloride (A-ketamine", drug="ketamine", low=50, unit="mg/mL",
         arm=K, note="concentration; 0.4 mL of 50 mg/mL (20 mg ketamine hydrochloride)"),
    dict(at="Adding 0.4 mL {50 mg/mL} ketamine", drug="ketamine", low=50, unit="mg/mL", arm=K,
         note="concentration; 0.4 mL of 50 mg/mL, restated in the conclusion"),
]
RESULTS = [
    dict(at="were {55%} and 42.9%", cat="efficacy", et="success", arm=K, p="0.437",
         note="anesthetic success (no or mild pain on the Heft-Parker VAS); no vocabulary code"),
    dict(at="55% and {42.9%}", cat="efficacy", et="success", arm=S, p="0.437",
         note="anesthetic success (no or mild pain on the Heft-Parker VAS); no vocabulary code"),
]
# Drugs: 'A' in the group labels A-ketamine / A-saline abbreviates articaine (decision 25: abbreviations inside
# arm labels are drug rows); the title's article 'A' is in NOT_DRUG. "normal saline" is the placebo, "local
# anesthetic" a class: no drug rows.
# Doses: "epinephrine 1:200000" is a ratio concentration without a dose unit: no dose row. Volumes "3.2 mL" /
# "0.4 mL" are kept in the notes of the concentration rows.
# No row: "Forty two adult patients" (sample size), "15 min" (protocol timing).
