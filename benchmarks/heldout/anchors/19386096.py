PMID = "19386096"
SHORT = 'Capecitabine plus Irinotecan (XELIRI regimen) compared to 5-FU/LV plus Irinotecan (FOLFIRI regimen) '
DESIGN = "comparative"
DRUGS = {
    '5-FU': 'fluorouracil',
    'Capecitabine': 'capecitabine',
    'FOLFIRI': ('FOLFIRI', 'fluorouracil + irinotecan + leucovorin'),
    'Irinotecan': 'irinotecan',
    'LV': 'leucovorin',
    'XELIRI': ('XELIRI', 'capecitabine + irinotecan'),
    'capecitabine': 'capecitabine',
    'irinotecan': 'irinotecan',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
DRUG_NOTES = {
    'LV': 'LV = leucovorin (folinic acid)',
}
X, F = "XELIRI", "FOLFIRI"
ARMS = [
    dict(at="either the {XELIRI} (irinotecan", arm=X, regimen="capecitabine + irinotecan", n_total=41, note="experimental"),
    dict(at="or the {FOLFIRI} arm", arm=F, regimen="fluorouracil + irinotecan + leucovorin", n_total=46,
         note="control (the comparator of \"XELIRI compared to FOLFIRI\")"),
]
DOSES = [
    dict(at='rinotecan {250 mg/m2} given on ', drug='irinotecan', low=250, unit='mg/m2', sched='day 1, every 21 days', arm=X, pop='unresectable liver-only metastases of MCRC, age ≤ 75'),
    dict(at='ecitabine {1000 mg/m2 twice daily} from day ', drug='capecitabine', low=1000, unit='mg/m2', freq='twice daily', sched='days 2-15, every 21 days', arm=X, pop='unresectable liver-only metastases of MCRC, age ≤ 75'),
    dict(at='rinotecan {180 mg/m2}, 5-FU 400', drug='irinotecan', low=180, unit='mg/m2', sched='day 1, every 14 days', arm=F, pop='unresectable liver-only metastases of MCRC, age ≤ 75'),
    dict(at='/m2, 5-FU {400 mg/m2}, LV 200 m', drug='fluorouracil', low=400, unit='mg/m2', sched='day 1, every 14 days', arm=F, pop='unresectable liver-only metastases of MCRC, age ≤ 75', note='bolus part of FOLFIRI (not stated as bolus in text)'),
    dict(at='mg/m2, LV {200 mg/m2}, 5-FU 240', drug='leucovorin', low=200, unit='mg/m2', sched='day 1, every 14 days', arm=F, pop='unresectable liver-only metastases of MCRC, age ≤ 75'),
    dict(at='/m2, 5-FU {2400 mg/m2} (46-h inf', drug='fluorouracil', low=2400, unit='mg/m2', sched='46-h infusion, day 1, every 14 days', arm=F, pop='unresectable liver-only metastases of MCRC, age ≤ 75'),
]
RESP = "no arm named ('between both arms: ... respectively'): arms in the order of their definition (XELIRI, then FOLFIRI; §7.3), as v1 presumed"
RESULTS = [
    dict(at='. ORR was {49%} in the XE', cat='efficacy', ep='ORR', et='ORR', arm=X, p='0.76'),
    dict(at='ELIRI and {48%} in the FO', cat='efficacy', ep='ORR', et='ORR', arm=F, p='0.76'),
    dict(at='ction was {24%} in both a', cat='efficacy', ep='R0', et='radical R0 resection', reg=None, note='radical R0 resection rate; one value stated for both arms, so arm and regimen null'),
    dict(at='reatment, {37%} of patien', cat='efficacy', ep=None, et='without evidence of the disease', arm=X, p='0.56', note='without evidence of disease (CR + R0 resection) at end of treatment; v1 code NED is not in the v2 vocabulary'),
    dict(at='ELIRI and {26%} of patien', cat='efficacy', ep=None, et='without evidence of the disease', arm=F, p='0.56', note='without evidence of disease (CR + R0 resection) at end of treatment; v1 code NED is not in the v2 vocabulary'),
    dict(at='diarrhoea {7%} vs. 6%, n', cat='safety', ep='diarrhea', et='diarrhoea', arm=X, note='grade 3 or 4; ' + RESP),
    dict(at='ea 7% vs. {6%}, neutrope', cat='safety', ep='diarrhea', et='diarrhoea', arm=F, note='grade 3 or 4; ' + RESP),
    dict(at='utropenia {5%} vs. 13%, ', cat='safety', ep='neutropenia', et='neutropenia', arm=X, note='grade 3 or 4; ' + RESP),
    dict(at='ia 5% vs. {13%}, ischemic', cat='safety', ep='neutropenia', et='neutropenia', arm=F, note='grade 3 or 4; ' + RESP),
    dict(at='ischemic stroke {0} vs. 2%', cat='safety', ep='ischemic stroke', et='ischemic stroke', u='%', arm=X, note="grade 3 or 4; '0 vs. 2%': the 0 shares the % of its pair (a value whose unit is not next to it is the number alone, §7.4); v1 gave it no row; " + RESP),
    dict(at='oke 0 vs. {2%}, acute co', cat='safety', ep='ischemic stroke', et='ischemic stroke', arm=F, note="grade 3 or 4; " + RESP),
    dict(at=' syndrome {2%} vs. 4%, r', cat='safety', ep='acute coronary syndrome', et='acute coronary syndrome', arm=X, note="grade 3 or 4; " + RESP),
    dict(at='me 2% vs. {4%}, respecti', cat='safety', ep='acute coronary syndrome', et='acute coronary syndrome', arm=F, note="grade 3 or 4; " + RESP),
    dict(at='median PFS was {10.3 months}', cat='efficacy', ep='PFS', et='PFS', arm=X, p='0.78', note='median'),
    dict(at='and {9.3 months} in the FOLFIRI', cat='efficacy', ep='PFS', et='PFS', arm=F, p='0.78', note='median'),
    dict(at='median OS was {30.7 months}', cat='efficacy', ep='OS', et='OS', arm=X, p='0.16', note='median'),
    dict(at='and {16.6 months} in the FOLFIRI', cat='efficacy', ep='OS', et='OS', arm=F, p='0.16', note='median'),
]
