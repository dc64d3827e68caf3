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
ARMS = [
]
DOSES = [
]
RESULTS = [
    dict(at='patients ({38.5%}) in group', cat='efficacy', ep='ORR', et=None, n=55, reg='bevacizumab + capecitabine + irinotecan', pop='group A', note='"responded"; group A = XELIRI-bevacizumab'),
    dict(at='A and 57 ({40.1%}) in group', cat='efficacy', ep='ORR', et=None, n=57, reg='bevacizumab + fluorouracil + irinotecan + leucovorin', pop='group B', note='"responded"; group B = FOLFIRI-bevacizumab'),
    dict(at='tropenia ({13%} vs 22%, p', cat='safety', ep='neutropenia', et=None, reg='bevacizumab + capecitabine + irinotecan', pop='group A', note='grade 3-4; "(group A vs group B)"'),
    dict(at='a (13% vs {22%}, p = 0.05', cat='safety', ep='neutropenia', et=None, reg='bevacizumab + fluorouracil + irinotecan + leucovorin', pop='group B', note='grade 3-4'),
    dict(at='diarrhea ({19%} vs 11%, p', cat='safety', ep='diarrhea', et=None, reg='bevacizumab + capecitabine + irinotecan', pop='group A', note='grade 3-4'),
    dict(at='a (19% vs {11%}, p = 0.08', cat='safety', ep='diarrhea', et=None, reg='bevacizumab + fluorouracil + irinotecan + leucovorin', pop='group B', note='grade 3-4'),
]
