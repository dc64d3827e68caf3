PMID = "27114074"
SHORT = 'Rationale and design of the German-Speaking Myeloma Multicenter Group (GMMG) trial ReLApsE: a random'
DESIGN = "comparative"
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
]
DOSES = [
]
RESULTS = [
]
