PMID = "28642008"
SHORT = 'Concurrent once-daily versus twice-daily chemoradiotherapy in patients with limited-stage small-cell'
DESIGN = "comparative"
DRUGS = {
    'cisplatin': 'cisplatin',
    'etoposide': 'etoposide',
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
    dict(at='-treat. A {12%} higher ov', cat='other', ep='OS threshold', et=None, reg=None, note='design assumption: a 12% higher 2-year OS in the once-daily group was considered clinically significant (not a result)'),
    dict(at='vival was {56%} (95% CI 5', cat='efficacy', ep='OS', et=None, reg='cisplatin + etoposide', pop='twice-daily radiotherapy group', note='2-year OS; "(95% CI 50–62)" is a CI level + bounds without %, no row; both arms received cisplatin–etoposide, the arms differ only in radiotherapy schedule'),
    dict(at='group and {51%} (45–57) i', cat='efficacy', ep='OS', et=None, reg='cisplatin + etoposide', pop='once-daily radiotherapy group', note='2-year OS'),
    dict(at='nt groups {5·3%} [95% CI −', cat='efficacy', ep='OS', et=None, reg='cisplatin + etoposide', note='absolute difference in 2-year OS between the groups (twice-daily minus once-daily)'),
    dict(at='% [95% CI {−3·2% to 13·7%}]). The mo', cat='efficacy', ep='OS', et=None, reg='cisplatin + etoposide', note='95% CI bounds of the absolute 2-year OS difference; one range row; the "95%" CI level gets no row'),
    dict(at='nia (197 [{74%}] of 266 p', cat='safety', ep='neutropenia', et=None, n=197, N=266, reg='cisplatin + etoposide', pop='twice-daily radiotherapy group', note='grade 3-4 neutropenia, patients evaluated for chemotherapy toxicity'),
    dict(at='p vs 170 [{65%}] of 263 i', cat='safety', ep='neutropenia', et=None, n=170, N=263, reg='cisplatin + etoposide', pop='once-daily radiotherapy group', note='grade 3-4 neutropenia'),
    dict(at='apy (129 [{49%}] vs 101 [', cat='safety', ep='neutropenia', et=None, n=129, reg='cisplatin + etoposide', pop='twice-daily radiotherapy group', note='grade 4 neutropenia; "with twice-daily radiotherapy (129 [49%] vs 101 [38%])"'),
    dict(at='] vs 101 [{38%}]; p=0·05)', cat='safety', ep='neutropenia', et=None, n=101, reg='cisplatin + etoposide', pop='once-daily radiotherapy group', note='grade 4 neutropenia; comparator after "vs" = once-daily group'),
    dict(at='oups (47 [{19%}] of 254 p', cat='safety', ep='esophagitis', et=None, n=47, N=254, reg='cisplatin + etoposide', pop='twice-daily radiotherapy group', note='grade 3-4 oesophagitis, patients assessed for radiotherapy toxicity'),
    dict(at='up vs 47 [{19%}] of 246 i', cat='safety', ep='esophagitis', et=None, n=47, N=246, reg='cisplatin + etoposide', pop='once-daily radiotherapy group', note='grade 3-4 oesophagitis'),
    dict(at='nitis (4 [{3%}] of 254 v', cat='safety', ep='radiation pneumonitis', et=None, n=4, N=254, reg='cisplatin + etoposide', pop='twice-daily radiotherapy group', note='grade 3-4 radiation pneumonitis; denominators 254/246 match the twice-/once-daily groups named earlier in the sentence'),
    dict(at='254 vs 4 [{2%}] of 246; ', cat='safety', ep='radiation pneumonitis', et=None, n=4, N=246, reg='cisplatin + etoposide', pop='once-daily radiotherapy group', note='grade 3-4 radiation pneumonitis'),
    dict(at=' p=0·70). {11} patients ', cat='efficacy', ep='death', et=None, u="n", n=11, reg='cisplatin + etoposide', note='treatment-related deaths, both groups pooled'),
    dict(at='d causes ({three} in the tw', cat='efficacy', ep='death', et=None, u="n", n=3, reg='cisplatin + etoposide', pop='twice-daily radiotherapy group', note='treatment-related deaths'),
    dict(at='group and {eight} in the on', cat='efficacy', ep='death', et=None, u="n", n=8, reg='cisplatin + etoposide', pop='once-daily radiotherapy group', note='treatment-related deaths'),
]
