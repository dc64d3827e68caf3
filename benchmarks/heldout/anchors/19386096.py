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
ARMS = [
]
DOSES = [
    dict(at='rinotecan {250 mg/m2} given on ', drug='irinotecan', low=250, unit='mg/m2', sched='day 1, every 21 days', reg='capecitabine + irinotecan', pop='unresectable liver-only metastases of MCRC, age ≤ 75'),
    dict(at='ecitabine {1000 mg/m2 twice daily} from day ', drug='capecitabine', low=1000, unit='mg/m2', freq='twice daily', sched='days 2-15, every 21 days', reg='capecitabine + irinotecan', pop='unresectable liver-only metastases of MCRC, age ≤ 75'),
    dict(at='rinotecan {180 mg/m2}, 5-FU 400', drug='irinotecan', low=180, unit='mg/m2', sched='day 1, every 14 days', reg='fluorouracil + irinotecan + leucovorin', pop='unresectable liver-only metastases of MCRC, age ≤ 75'),
    dict(at='/m2, 5-FU {400 mg/m2}, LV 200 m', drug='fluorouracil', low=400, unit='mg/m2', sched='day 1, every 14 days', reg='fluorouracil + irinotecan + leucovorin', pop='unresectable liver-only metastases of MCRC, age ≤ 75', note='bolus part of FOLFIRI (not stated as bolus in text)'),
    dict(at='mg/m2, LV {200 mg/m2}, 5-FU 240', drug='leucovorin', low=200, unit='mg/m2', sched='day 1, every 14 days', reg='fluorouracil + irinotecan + leucovorin', pop='unresectable liver-only metastases of MCRC, age ≤ 75'),
    dict(at='/m2, 5-FU {2400 mg/m2} (46-h inf', drug='fluorouracil', low=2400, unit='mg/m2', sched='46-h infusion, day 1, every 14 days', reg='fluorouracil + irinotecan + leucovorin', pop='unresectable liver-only metastases of MCRC, age ≤ 75'),
]
RESULTS = [
    dict(at='. ORR was {49%} in the XE', cat='efficacy', ep='ORR', et=None, reg='capecitabine + irinotecan'),
    dict(at='ELIRI and {48%} in the FO', cat='efficacy', ep='ORR', et=None, reg='fluorouracil + irinotecan + leucovorin'),
    dict(at='ction was {24%} in both a', cat='efficacy', ep='R0', et=None, reg=None, note='radical R0 resection rate; one value stated for both arms, so regimen null; new code R0'),
    dict(at='reatment, {37%} of patien', cat='efficacy', ep='NED', et=None, reg='capecitabine + irinotecan', note='without evidence of disease (CR + R0 resection) at end of treatment; new code NED'),
    dict(at='ELIRI and {26%} of patien', cat='efficacy', ep='NED', et=None, reg='fluorouracil + irinotecan + leucovorin', note='without evidence of disease (CR + R0 resection) at end of treatment; new code NED'),
    dict(at='diarrhoea {7%} vs. 6%, n', cat='safety', ep='diarrhea', et=None, reg=None, note="grade 3 or 4; arms named only as 'both arms' ... 'respectively' (presumably XELIRI vs FOLFIRI), so regimen null"),
    dict(at='ea 7% vs. {6%}, neutrope', cat='safety', ep='diarrhea', et=None, reg=None, note="grade 3 or 4; arms named only as 'both arms' ... 'respectively' (presumably XELIRI vs FOLFIRI), so regimen null"),
    dict(at='utropenia {5%} vs. 13%, ', cat='safety', ep='neutropenia', et=None, reg=None, note="grade 3 or 4; arms named only as 'both arms' ... 'respectively' (presumably XELIRI vs FOLFIRI), so regimen null"),
    dict(at='ia 5% vs. {13%}, ischemic', cat='safety', ep='neutropenia', et=None, reg=None, note="grade 3 or 4; arms named only as 'both arms' ... 'respectively' (presumably XELIRI vs FOLFIRI), so regimen null"),
    dict(at='oke 0 vs. {2%}, acute co', cat='safety', ep='ischemic stroke', et=None, reg=None, note="grade 3 or 4; arms named only as 'both arms' ... 'respectively' (presumably XELIRI vs FOLFIRI), so regimen null; the paired '0' (no % sign) gets no row"),
    dict(at=' syndrome {2%} vs. 4%, r', cat='safety', ep='acute coronary syndrome', et=None, reg=None, note="grade 3 or 4; arms named only as 'both arms' ... 'respectively' (presumably XELIRI vs FOLFIRI), so regimen null"),
    dict(at='me 2% vs. {4%}, respecti', cat='safety', ep='acute coronary syndrome', et=None, reg=None, note="grade 3 or 4; arms named only as 'both arms' ... 'respectively' (presumably XELIRI vs FOLFIRI), so regimen null"),
]
