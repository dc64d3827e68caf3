PMID = "20980335"
SHORT = "Trabedersen (AP 12009) 10 µM or 80 µM vs standard chemotherapy, recurrent/refractory high-grade glioma (phase IIb)"
DESIGN = "comparative"
DRUGS = {"trabedersen": "trabedersen", "AP 12009": "trabedersen", "temozolomide": "temozolomide",
         "procarbazine": "procarbazine", "lomustine": "lomustine", "vincristine": "vincristine"}
T10, T80, C = "10 µM trabedersen", "80 µM trabedersen", "chemotherapy"
SHARED = ("; both trabedersen arms are defined by one mention ('trabedersen at doses of 10 or 80 µM'), so both arm "
          "records sit on it; the doses are dose records (decision 6)")
ARMS = [
    dict(at="receive {trabedersen} at doses", arm=T10, regimen="trabedersen", note="experimental" + SHARED),
    dict(at="receive {trabedersen} at doses", arm=T80, regimen="trabedersen", note="experimental" + SHARED),
    dict(at="80 µM or {standard chemotherapy} (temozolomide", arm=C, regimen=None,
         note="control (active control, 'standard chemotherapy'): temozolomide or procarbazine/lomustine/"
              "vincristine, no drug common to all patients of the arm (pmc_dev decision 3)"),
]
CONC = "concentration of the intratumoral infusion (convection-enhanced delivery)"
DOSES = [
    dict(at="at doses of {10} or 80", drug="trabedersen", low=10, unit="µM", arm=T10,
         note=CONC + "; unit shared with '80 µM'"),
    dict(at="doses of 10 or {80 µM}", drug="trabedersen", low=80, unit="µM", arm=T80, note=CONC),
    dict(at="rate for {10 µM} trabedersen", drug="trabedersen", low=10, unit="µM", arm=T10),
    dict(at="superiority for {10 µM} trabedersen", drug="trabedersen", low=10, unit="µM", arm=T10),
    dict(at="survival for {10 µM} trabedersen", drug="trabedersen", low=10, unit="µM", arm=T10),
    dict(at="months for {80 µM} trabedersen", drug="trabedersen", low=80, unit="µM", arm=T80),
    dict(at="3 years for {10 µM} trabedersen", drug="trabedersen", low=10, unit="µM", arm=T10),
    dict(at="than with {80 µM} trabedersen", drug="trabedersen", low=80, unit="µM", arm=T80),
    dict(at="and {10 µM} trabedersen (27%)", drug="trabedersen", low=10, unit="µM", arm=T10),
    dict(at="efficacy and safety for {10 µM} trabedersen", drug="trabedersen", low=10, unit="µM", arm=T10),
    dict(at="over {80 µM} trabedersen and", drug="trabedersen", low=80, unit="µM", arm=T80),
]
OS_NOTE = ("median; the sentence follows the AA subgroup sentences but names no population; "
           "'(not significant)'")
KPS_POP = "GBM patients aged ≤55 years with Karnofsky performance status >80%"
RESULTS = [
    dict(at="trabedersen was {39.1 months}", cat="efficacy", ep="OS", et="survival", arm=T10, note=OS_NOTE),
    dict(at="compared with {35.2 months}", cat="efficacy", ep="OS", et="survival", arm=T80, note=OS_NOTE),
    dict(at="trabedersen and {21.7 months}", cat="efficacy", ep="OS", et="survival", arm=C, note=OS_NOTE),
    dict(at="performance status {>80%}", cat="other", et="Karnofsky performance status",
         note="threshold defining an exploratory subgroup, not a result"),
    dict(at="indicated a {3-fold} survival", cat="efficacy", ep="OS", et="survival", v=3, q="=", u="fold",
         pop=KPS_POP, note="ratio of survival, 10 µM trabedersen vs chemotherapy, at 2 and 3 years (two landmarks, "
                           "timepoint null); exploratory"),
    dict(at="chemotherapy ({64%})", cat="safety", ep="adverse events", et="related or possibly drug-related adverse events",
         arm=C, note="patients with related or possibly drug-related AEs"),
    dict(at="trabedersen ({43%})", cat="safety", ep="adverse events", et="related or possibly drug-related adverse events",
         arm=T80),
    dict(at="trabedersen ({27%})", cat="safety", ep="adverse events", et="related or possibly drug-related adverse events",
         arm=T10),
]
# No row: 6-month / 14-month tumor control and 2-year survival (P values only, no value), age ≤55 years,
# "One hundred and forty-five patients" (sample size).
# No drug row: "TGF-β2 inhibitor" (class), "standard chemotherapy".
