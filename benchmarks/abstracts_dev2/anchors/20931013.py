PMID = "20931013"
SHORT = "Weekly vinorelbine vs weekly cisplatin with concomitant radiotherapy, advanced head and neck carcinoma (randomised)"
DESIGN = "comparative"
DRUGS = {"vinorelbine": "vinorelbine", "cisplatin": "cisplatin"}
A, B = "arm A", "arm B"
ARMS = [
    dict(at="{Arm A} received weekly", arm=A, regimen="cisplatin",
         note="control (the standard radiosensitizer: 'whether Vinorelbine ... is equally effective as Cisplatin'); "
              "plus radiation; also named 'the Cisplatin arm'"),
    dict(at="{Arm B} received weekly", arm=B, regimen="vinorelbine", note="experimental; plus radiation"),
]
DOSES = [
    dict(at="injection Cisplatin {40mg/m2} along", drug="cisplatin", low=40, unit="mg/m2", freq="weekly", arm=A,
         note="'weekly injection' precedes the drug"),
    dict(at="Vinorelbine {6mg/m2} along", drug="vinorelbine", low=6, unit="mg/m2", freq="weekly", arm=B,
         note="'weekly injection of' precedes the drug"),
]
RESULTS = [
    dict(at="higher in arm B ({90%})", cat="efficacy", ep="CR", et="complete response", arm=B),
    dict(at="than in arm A ({70%})", cat="efficacy", ep="CR", et="complete response", arm=A),
]
# No row: "Forty patients" (sample size), radiation dose "6,600-7,000 Gy" (not a drug dose).
