PMID = "28368437"
SHORT = "PM01183 (lurbinectedin) vs topotecan, platinum-resistant/refractory ovarian cancer (phase II, two-stage)"
DESIGN = "comparative"
DRUGS = {"PM01183": "lurbinectedin", "topotecan": "topotecan", "cisplatin": "cisplatin"}
DRUG_NOTES = {"PM01183": "PM01183 is the code of lurbinectedin (INN, as RAD001 -> everolimus)"}
L, T = "PM01183", "topotecan"
PR = "platinum-resistant disease"
ARMS = [
    dict(at="confirmed the activity of {PM01183} as a single agent", arm=L, regimen="lurbinectedin", n_total=52,
         note="experimental; stage 1 (single agent, n = 22) plus the randomised PM01183 patients of stage 2: "
              "'52 PM01183-treated patients'"),
    dict(at="controlled with {topotecan} on days", arm=T, regimen="topotecan", n_total=29,
         note="control ('controlled with topotecan'); '29 patients treated with topotecan in the second stage'"),
]
DOSES = [
    dict(at="single agent at {7.0 mg} flat dose", drug="lurbinectedin", low=7.0, unit="mg", freq="every 3 weeks",
         arm=L, note="flat dose every 3 weeks (q3wk)"),
]
RESULTS = [
    dict(at="ORR was {23%} (95% CI", cat="efficacy", ep="ORR", et="ORR", arm=L, ci=(13, 37), N=52),
    dict(at="duration of response was {4.6 months}", cat="efficacy", ep="DoR", et="duration of response", arm=L,
         ci=(2.5, 6.9), note="median"),
    dict(at="and {23%} (95% CI, 0%", cat="efficacy", ep="DoR", et="responses lasted 6 months or more", arm=L, ci=(0, 51),
         tp="6 months", note="share of responses lasting 6 months or more (landmark duration of response)"),
    dict(at="[ORR = {30%}", cat="efficacy", ep="ORR", et="ORR", arm=L, ci=(16, 49), n=10, N=33, pop=PR,
         note="'Ten of the 12 confirmed responses were reported for 33 patients with platinum-resistant disease' "
              "restates this rate (n/N)"),
    dict(at="PM01183-treated patients was {4.0 months}", cat="efficacy", ep="PFS", et="PFS", arm=L, ci=(2.7, 5.6),
         note="median"),
    dict(at="and {5.0 months} (95% CI", cat="efficacy", ep="PFS", et="PFS", arm=L, ci=(2.7, 6.9), pop=PR,
         note="median"),
    dict(at="neutropenia in {85%}", cat="safety", ep="neutropenia", et="Grade 3/4 neutropenia", arm=L, note="grade 3/4"),
    dict(at="febrile neutropenia in {21%}", cat="safety", ep="febrile neutropenia", et="febrile neutropenia", arm=L),
    dict(at="(grade 3 in {35%})", cat="safety", ep="fatigue", et="fatigue", arm=L, note="grade 3"),
]
# No row: "no responses were found" for the 29 topotecan patients (no cardinal number, §4.1);
# "Ten of the 12 confirmed responses" restates the 30% (n/N on that row, decision 17).
