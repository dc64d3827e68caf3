PMID = "28270181"
SHORT = 'Weekly taxane–anthracycline combination regimen versus tri-weekly anthracycline-based regimen for th'
DESIGN = "comparative"
DRUGS = {
    '5-fluorouracil': 'fluorouracil',
    'FEC': ('FEC', 'cyclophosphamide + epirubicin + fluorouracil'),
    'PE': ('PE', 'epirubicin + paclitaxel'),
    'cyclophosphamide': 'cyclophosphamide',
    'epirubicin': 'epirubicin',
    'paclitaxel': 'paclitaxel',
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
    dict(at=' FEC arm ({76.06%} vs. 59.95', cat='efficacy', ep='ORR', et=None, reg='epirubicin + paclitaxel', pop='PE arm', note='overall clinical response rate; "higher in the PE arm than in the FEC arm (76.06% vs. 59.95%)"'),
    dict(at='6.06% vs. {59.95%}, P = 0.00', cat='efficacy', ep='ORR', et=None, reg='cyclophosphamide + epirubicin + fluorouracil', pop='FEC arm', note='overall clinical response rate'),
    dict(at='two arms ({10.61%} vs. 12.31', cat='efficacy', ep='pCR', et=None, reg=None, note='"similar in the two arms": arm not named in the sentence; presumably PE first as in the surrounding sentences'),
    dict(at='0.61% vs. {12.31%}, P = 0.66', cat='efficacy', ep='pCR', et=None, reg=None, note='arm not named in the sentence; presumably FEC'),
    dict(at='rall, 36 ({27.27%}) patients', cat='efficacy', ep='BCS', et=None, n=36, reg='cyclophosphamide + epirubicin + fluorouracil', pop='FEC arm', note='qualified for breast-conserving surgery'),
    dict(at='rm and 6 ({35.28%}) in the P', cat='efficacy', ep='BCS', et=None, n=6, reg='epirubicin + paclitaxel', pop='PE arm', note='qualified for breast-conserving surgery; n=6 as written; the denominator is not stated (the percentages are not of the randomised arm sizes)'),
    dict(at=' FEC arm ({11.97%} vs. 5.96%', cat='safety', ep='neutropenia', et=None, reg='epirubicin + paclitaxel', pop='PE arm', note='severe neutropenia; "more ... in the PE arm than in the FEC arm"'),
    dict(at='1.97% vs. {5.96%}, P = 0.03', cat='safety', ep='neutropenia', et=None, reg='cyclophosphamide + epirubicin + fluorouracil', pop='FEC arm', note='severe neutropenia'),
]
