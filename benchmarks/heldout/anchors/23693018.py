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
C, RE = "chemotherapy", "rh-endostatin plus chemotherapy"
ARMS = [
    dict(at="either {neoadjuvant DE} (docetaxel", arm=C, regimen="docetaxel + epirubicin",
         note="control (neoadjuvant DE chemotherapy alone)"),
    dict(at="or {neoadjuvant DE combined with rh-endostatin} (7.5", arm=RE,
         regimen="docetaxel + epirubicin + rh-endostatin", note="experimental"),
]
DOSES = [
    dict(at='ocetaxel: {75 mg/m2}, d1, epir', drug='docetaxel', low=75, unit='mg/m2', sched='day 1, every 3 weeks', reg='docetaxel + epirubicin', pop='core-biopsy confirmed breast cancer', note="3 cycles; same dose in the DE + rh-endostatin arm ('DE combined with rh-endostatin'), so arm null"),
    dict(at='irubicin: {75 mg/m2}, d1, ever', drug='epirubicin', low=75, unit='mg/m2', sched='day 1, every 3 weeks', reg='docetaxel + epirubicin', pop='core-biopsy confirmed breast cancer', note="3 cycles; same dose in the DE + rh-endostatin arm ('DE combined with rh-endostatin'), so arm null"),
    dict(at='dostatin ({7.5 mg/m2}, d1-d14, ', drug='rh-endostatin', low=7.5, unit='mg/m2', sched='days 1-14, every 3 weeks', arm=RE, pop='core-biopsy confirmed breast cancer', note='3 cycles'),
]
RESULTS = [
    dict(at='y and 64 ({94.2%}) were ass', cat='other', ep=None, et='assessable for efficacy evaluation', n=64, reg=None, note='assessable for efficacy evaluation; both arms together; v1 code evaluable is not in the v2 vocabulary'),
    dict(at=' rate was {67.7%} for chemo', cat='efficacy', ep='ORR', et='objective response', N=31, arm=C, p='0.021', note="'chemotherapy' = the DE arm; n_total from '(n = 31)'"),
    dict(at='= 31) and {90.9%} for rh-en', cat='efficacy', ep='ORR', et='objective response', N=33, arm=RE, p='0.021', note="n_total from '(n = 33)'"),
    dict(at='ctively). {Five} patients ', cat='efficacy', ep='pCR', et='pathologic complete response', u="n", n=5, arm=RE, p='0.428', note='achieved pathologic complete response'),
    dict(at='ared with {2} in the ch', cat='efficacy', ep='pCR', et='pathologic complete response', u="n", n=2, arm=C, p='0.428', note="achieved pathologic complete response ('2 in the chemotherapy arm')"),
]
