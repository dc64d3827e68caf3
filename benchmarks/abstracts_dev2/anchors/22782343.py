PMID = "22782343"
SHORT = "Huachansu (wild toad extract) plus gemcitabine vs placebo plus gemcitabine, advanced pancreatic adenocarcinoma (phase II)"
DESIGN = "comparative"
DRUGS = {"huachansu": "huachansu", "wild toad extract": "huachansu", "gemcitabine": "gemcitabine"}
DRUG_NOTES = {"wild toad extract": "huachansu, named by what it is (as 'mistletoe preparation' in the heldout set)"}
A, B = "arm A", "arm B"
ARMS = [
    dict(at="21 days ({arm A}) or placebo", arm=A, regimen="gemcitabine + huachansu",
         note="experimental (huachansu plus gemcitabine)"),
    dict(at="or placebo ({arm B}); treatment", arm=B, regimen="gemcitabine",
         note="control (placebo plus gemcitabine)"),
]
DOSES = [
    dict(at="gemcitabine {1000 mg m−2} on days", drug="gemcitabine", low=1000, unit="mg/m2",
         sched="days 1, 8 and 15 of 28-day cycles", reg="gemcitabine", note="both arms, so arm null"),
    dict(at="huachansu {20 ml m−2 daily} for 21", drug="huachansu", low=20, unit="ml/m2", freq="daily",
         sched="21 days of 28-day cycles", arm=A, note="intravenous extract, dosed by volume"),
]
RESULTS = [
    dict(at="survival was {160 days} for arm A", cat="efficacy", ep="OS", et="overall survival", arm=A, p="0.339",
         note="median"),
    dict(at="arm A and {156 days} for arm B", cat="efficacy", ep="OS", et="overall survival", arm=B, p="0.339",
         note="median"),
    dict(at="ORR was {9} and 3%", cat="efficacy", ep="ORR", et="ORR", u="%", arm=A, p="0.332",
         note="'in arms A and B, respectively'"),
    dict(at="ORR was 9 and {3%} in arms", cat="efficacy", ep="ORR", et="ORR", arm=B, p="0.332"),
    dict(at="median TTP was {98} and", cat="efficacy", ep="TTP", et="TTP", u="days", arm=A, p="0.825",
         note="median; 'respectively' (arms A and B)"),
    dict(at="was 98 and {115 days}", cat="efficacy", ep="TTP", et="TTP", arm=B, p="0.825", note="median"),
    dict(at="4-month PFS was {99} and", cat="efficacy", ep="PFS", et="PFS", u="days", arm=A, p="0.679", tp="4 months",
         note="'the median 4-month PFS was 99 and 98 days, respectively' (as written)"),
    dict(at="was 99 and {98 days}", cat="efficacy", ep="PFS", et="PFS", arm=B, p="0.679", tp="4 months",
         note="'the median 4-month PFS', as written"),
]
# No row: 80 enrolled, 76 evaluable, "at least 1 week therapy", "4-month" PFS in the methods (endpoint definition).
# No drug row: "traditional Chinese medicine", "chemotherapy"; "extract of the venom of the wild toad Bufo ..." (a
# description; the name huachansu follows it and is the row); placebo.
