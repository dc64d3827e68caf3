PMID = "27114074"
SHORT = 'Rationale and design of the German-Speaking Myeloma Multicenter Group (GMMG) trial ReLApsE: a random'
DESIGN = "comparative (protocol)"
DRUGS = {
    'cyclophosphamide': 'cyclophosphamide',
    'dexamethasone': 'dexamethasone',
    'lenalidomide': 'lenalidomide',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
ARMS = [
    dict(at="patients in {arm A} continue", arm="arm A", regimen="dexamethasone + lenalidomide",
         note="control (the well-established continued lenalidomide/dexamethasone regimen)"),
    dict(at="patients in {arm B} undergo", arm="arm B", regimen="dexamethasone + lenalidomide",
         note="experimental; lenalidomide/dexamethasone induction, high-dose chemotherapy (no drug named) "
              "+ autologous stem cell transplantation, then lenalidomide maintenance"),
]
DOSES = [
]
RESULTS = [
]
