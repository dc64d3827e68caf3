PMID = "22748098"
SHORT = 'XELIRI-bevacizumab versus FOLFIRI-bevacizumab as first-line treatment in patients with metastatic co'
DESIGN = "comparative"
DRUGS = {
    'FOLFIRI': ('FOLFIRI', 'fluorouracil + irinotecan + leucovorin'),
    'XELIRI': ('XELIRI', 'capecitabine + irinotecan'),
    'bevacizumab': 'bevacizumab',
    'capecitabine': 'capecitabine',
    'fluorouracil': 'fluorouracil',
    'irinotecan': 'irinotecan',
    'leucovorin': 'leucovorin',
}
NOT_DRUG = [
]
EXTRA_DRUGS = [
]
A, B = "group A", "group B"
ARMS = [
    dict(at="randomized in: {group A} (irinotecan", arm=A, regimen="bevacizumab + capecitabine + irinotecan", n_total=143,
         note="XELIRI-bevacizumab; the text names no experimental/control arm (two standard regimens)"),
    dict(at="and {group B} (irinotecan", arm=B, regimen="bevacizumab + fluorouracil + irinotecan + leucovorin", n_total=142,
         note="FOLFIRI-bevacizumab; the text names no experimental/control arm (two standard regimens)"),
]
DOSES = [
]
RESULTS = [
    dict(at='patients ({38.5%}) in group', cat='efficacy', ep='ORR', et='responded', n=55, arm=A, p='0.81', pop='group A', note='"responded"; group A = XELIRI-bevacizumab'),
    dict(at='A and 57 ({40.1%}) in group', cat='efficacy', ep='ORR', et='responded', n=57, arm=B, p='0.81', pop='group B', note='"responded"; group B = FOLFIRI-bevacizumab'),
    dict(at='median PFS was {10.2} and', cat='efficacy', ep='PFS', et='PFS', u='months', arm=A, p='0.74', pop='group A', note='median; "for groups A and B, respectively"'),
    dict(at='10.2 and {10.8 months}', cat='efficacy', ep='PFS', et='PFS', arm=B, p='0.74', pop='group B', note='median'),
    dict(at='median OS was {20.0} and', cat='efficacy', ep='OS', et='OS', u='months', arm=A, p='0.099', pop='group A', note='median; "for groups A and B, respectively"'),
    dict(at='20.0 and {25.3 months}', cat='efficacy', ep='OS', et='OS', arm=B, p='0.099', pop='group B', note='median'),
    dict(at='tropenia ({13%} vs 22%, p', cat='safety', ep='neutropenia', et='neutropenia', arm=A, p='0.053', pop='group A', note='grade 3-4; "(group A vs group B)"'),
    dict(at='a (13% vs {22%}, p = 0.05', cat='safety', ep='neutropenia', et='neutropenia', arm=B, p='0.053', pop='group B', note='grade 3-4'),
    dict(at='diarrhea ({19%} vs 11%, p', cat='safety', ep='diarrhea', et='diarrhea', arm=A, p='0.082', pop='group A', note='grade 3-4'),
    dict(at='a (19% vs {11%}, p = 0.08', cat='safety', ep='diarrhea', et='diarrhea', arm=B, p='0.082', pop='group B', note='grade 3-4'),
]
