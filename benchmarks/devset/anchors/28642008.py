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
TW, OD = "twice-daily group", "once-daily group"
CE = "cisplatin + etoposide"
ARMS = [
    dict(at="either {45 Gy radiotherapy in 30 twice-daily fractions of 1·5 Gy over 19 days}", arm=TW, regimen=CE,
         n_total=274, note="control (the standard of care; cisplatin–etoposide in both groups)"),
    dict(at="or {66 Gy in 33 once-daily fractions of 2 Gy over 45 days}", arm=OD, regimen=CE, n_total=273,
         note="experimental (the trial tests superiority of once-daily radiotherapy; cisplatin–etoposide in both groups)"),
]
DOSES = [
]
RESULTS = [
    dict(at='{12%}', cat='other', ep='OS threshold', et='overall survival', tp='2 years', reg=None, note='design assumption: a 12% higher 2-year OS in the once-daily group was considered clinically significant (not a result)'),
    dict(at='survival was {30 months} (95% CI 24–34)', cat='efficacy', ep='OS', et='overall survival', arm=TW, ci=(24, 34), p='0.14', note='median'),
    dict(at='versus {25 months} (21–31)', cat='efficacy', ep='OS', et='overall survival', arm=OD, ci=(21, 31), p='0.14', note='median'),
    dict(at='once daily group {1·18} [95% CI', cat='efficacy', ep='OS', et='death', u='HR', ci=(0.95, 1.45), p='0.14', note='hazard ratio for death in the once-daily group vs the twice-daily group'),
    dict(at='{56%}', cat='efficacy', ep='OS', et='overall survival', arm=TW, tp='2 years', ci=(50, 62), pop='twice-daily radiotherapy group', note='2-year OS; "(95% CI 50–62)" is a CI level + bounds without %, no row; both arms received cisplatin–etoposide, the arms differ only in radiotherapy schedule'),
    dict(at='{51%}', cat='efficacy', ep='OS', et='overall survival', arm=OD, tp='2 years', ci=(45, 57), pop='once-daily radiotherapy group', note='2-year OS'),
    dict(at='{5·3%}', cat='efficacy', ep='OS', et='overall survival', tp='2 years', ci=(-3.2, 13.7), reg=None, note='absolute difference in 2-year OS between the groups (twice-daily minus once-daily); a between-arm difference, so arm and regimen are null (§7.3); its 95% CI bounds "−3·2% to 13·7%" are ci_low/ci_high (v1 had them as a separate range row)'),
    dict(at='{74%}', cat='safety', ep='neutropenia', et='neutropenia', n=197, N=266, arm=TW, pop='twice-daily radiotherapy group', note='grade 3-4 neutropenia, patients evaluated for chemotherapy toxicity'),
    dict(at='{65%}', cat='safety', ep='neutropenia', et='neutropenia', n=170, N=263, arm=OD, pop='once-daily radiotherapy group', note='grade 3-4 neutropenia'),
    dict(at='{49%}', cat='safety', ep='neutropenia', et='grade 4 neutropenia', n=129, arm=TW, p='0.05', pop='twice-daily radiotherapy group', note='grade 4 neutropenia; "with twice-daily radiotherapy (129 [49%] vs 101 [38%])"'),
    dict(at='{38%}', cat='safety', ep='neutropenia', et='grade 4 neutropenia', n=101, arm=OD, p='0.05', pop='once-daily radiotherapy group', note='grade 4 neutropenia; comparator after "vs" = once-daily group'),
    dict(at='(47 [{19%}] of ', cat='safety', ep='esophagitis', et='grade 3–4 oesophagitis', n=47, N=254, arm=TW, p='0.85', pop='twice-daily radiotherapy group', note='grade 3-4 oesophagitis, patients assessed for radiotherapy toxicity'),
    dict(at=' 47 [{19%}] of ', cat='safety', ep='esophagitis', et='grade 3–4 oesophagitis', n=47, N=246, arm=OD, p='0.85', pop='once-daily radiotherapy group', note='grade 3-4 oesophagitis'),
    dict(at='[{3%}]', cat='safety', ep='radiation pneumonitis', et='grade 3–4 radiation pneumonitis', n=4, N=254, arm=TW, p='0.70', pop='twice-daily radiotherapy group', note='grade 3-4 radiation pneumonitis; denominators 254/246 match the twice-/once-daily groups named earlier in the sentence'),
    dict(at='[{2%}]', cat='safety', ep='radiation pneumonitis', et='grade 3–4 radiation pneumonitis', n=4, N=246, arm=OD, p='0.70', pop='once-daily radiotherapy group', note='grade 3-4 radiation pneumonitis'),
    dict(at='{11}', cat='efficacy', ep='death', et='died', u="n", n=11, reg=None, note='treatment-related deaths, both groups pooled; a whole-study value, so arm and regimen are null (§7.3)'),
    dict(at='({three} ', cat='efficacy', ep='death', et='died', u="n", n=3, arm=TW, pop='twice-daily radiotherapy group', note='treatment-related deaths'),
    dict(at='d {eight} i', cat='efficacy', ep='death', et='died', u="n", n=8, arm=OD, pop='once-daily radiotherapy group', note='treatment-related deaths'),
]
