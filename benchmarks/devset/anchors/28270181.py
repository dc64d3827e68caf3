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
FEC, PE = "FEC", "PE"
ARMS = [
    dict(at="cyclophosphamide ({FEC}) regimen", arm=FEC, regimen="cyclophosphamide + epirubicin + fluorouracil",
         n_total=151, note="control (tri-weekly anthracycline-based regimen, the comparator)"),
    dict(at="paclitaxel–epirubicin ({PE}) regimen", arm=PE, regimen="epirubicin + paclitaxel", n_total=142,
         note="experimental (weekly taxane–anthracycline regimen)"),
]
DOSES = [
]
RESULTS = [
    dict(at=' FEC arm ({76.06%} vs. 59.95', cat='efficacy', ep='ORR', et='overall clinical response', arm=PE, p='0.001', pop='PE arm', note='overall clinical response rate; "higher in the PE arm than in the FEC arm (76.06% vs. 59.95%)"'),
    dict(at='6.06% vs. {59.95%}, P = 0.00', cat='efficacy', ep='ORR', et='overall clinical response', arm=FEC, p='0.001', pop='FEC arm', note='overall clinical response rate'),
    dict(at='two arms ({10.61%} vs. 12.31', cat='efficacy', ep='pCR', et='pCR', arm=FEC, p='0.665', note='"similar in the two arms": no arm named, so the order is that of the arms\' definition (FEC, then PE; §7.3); v1 had regimen null and presumed PE first'),
    dict(at='0.61% vs. {12.31%}, P = 0.66', cat='efficacy', ep='pCR', et='pCR', arm=PE, p='0.665', note='no arm named; second arm in the order of definition (PE)'),
    dict(at='rall, 36 ({27.27%}) patients', cat='efficacy', ep='BCS', et='breast-conserving surgery', n=36, arm=FEC, pop='FEC arm', note='qualified for breast-conserving surgery'),
    dict(at='rm and 6 ({35.28%}) in the P', cat='efficacy', ep='BCS', et='breast-conserving surgery', n=6, arm=PE, pop='PE arm', note='qualified for breast-conserving surgery; n=6 as written; the denominator is not stated (the percentages are not of the randomised arm sizes)'),
    dict(at=' FEC arm ({11.97%} vs. 5.96%', cat='safety', ep='neutropenia', et='severe neutropenia', arm=PE, p='0.031', pop='PE arm', note='severe neutropenia; "more ... in the PE arm than in the FEC arm"'),
    dict(at='1.97% vs. {5.96%}, P = 0.03', cat='safety', ep='neutropenia', et='severe neutropenia', arm=FEC, p='0.031', pop='FEC arm', note='severe neutropenia'),
]
