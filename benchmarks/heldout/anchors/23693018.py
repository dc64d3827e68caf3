PMID = "23693018"
SHORT = 'Neoadjuvant rh-endostatin, docetaxel and epirubicin for breast cancer: efficacy and safety in a pros'
DESIGN = "comparative"
DRUGS = {
    'DE': ('DE', 'docetaxel + epirubicin'),
    'Recombinant human endostatin': 'rh-endostatin',
    'docetaxel': 'docetaxel',
    'epirubicin': 'epirubicin',
    'rh-endostatin': 'rh-endostatin',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
DRUG_NOTES = {
    'Recombinant human endostatin': 'full name of rh-endostatin (no INN)',
    'DE': 'regimen acronym docetaxel + epirubicin',
}
ARMS = [
]
DOSES = [
    dict(at='ocetaxel: {75 mg/m2}, d1, epir', drug='docetaxel', low=75, unit='mg/m2', sched='day 1, every 3 weeks', reg='docetaxel + epirubicin', pop='core-biopsy confirmed breast cancer', note="3 cycles; same dose in the DE + rh-endostatin arm ('DE combined with rh-endostatin')"),
    dict(at='irubicin: {75 mg/m2}, d1, ever', drug='epirubicin', low=75, unit='mg/m2', sched='day 1, every 3 weeks', reg='docetaxel + epirubicin', pop='core-biopsy confirmed breast cancer', note="3 cycles; same dose in the DE + rh-endostatin arm ('DE combined with rh-endostatin')"),
    dict(at='dostatin ({7.5 mg/m2}, d1-d14, ', drug='rh-endostatin', low=7.5, unit='mg/m2', sched='days 1-14, every 3 weeks', reg='docetaxel + epirubicin + rh-endostatin', pop='core-biopsy confirmed breast cancer', note='3 cycles'),
]
RESULTS = [
    dict(at='y and 64 ({94.2%}) were ass', cat='other', ep='evaluable', et=None, n=64, reg=None, note='assessable for efficacy evaluation; new code'),
    dict(at=' rate was {67.7%} for chemo', cat='efficacy', ep='ORR', et=None, N=31, reg='docetaxel + epirubicin', note="'chemotherapy' = the DE arm; n_total from '(n = 31)'"),
    dict(at='= 31) and {90.9%} for rh-en', cat='efficacy', ep='ORR', et=None, N=33, reg='docetaxel + epirubicin + rh-endostatin', note="n_total from '(n = 33)'"),
    dict(at='ctively). {Five} patients ', cat='efficacy', ep='pCR', et=None, u="n", n=5, reg='docetaxel + epirubicin + rh-endostatin', note='achieved pathologic complete response'),
    dict(at='ared with {2} in the ch', cat='efficacy', ep='pCR', et=None, u="n", n=2, reg='docetaxel + epirubicin', note="achieved pathologic complete response ('2 in the chemotherapy arm')"),
]
