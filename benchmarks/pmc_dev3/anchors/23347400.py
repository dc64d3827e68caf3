PMID = "23347400"
SHORT = "Ultra-low-dose vaginal estriol 0.03 mg + Lactobacillus acidophilus (Gynoflor) vs placebo, then open-label maintenance, postmenopausal vaginal atrophy"
DESIGN = "comparative"
COMBO = "estriol + lactobacillus acidophilus"
DRUGS = {"estriol": "estriol", "lactobacilli": "lactobacillus acidophilus",
         "Lactobacillus acidophilus KS400": "lactobacillus acidophilus", "Gynoflor": ("Gynoflor", COMBO)}
T, P = "test medication", "placebo"
ARMS = [
    dict(at="initial therapy with {test medication} (or placebo", arm=T, regimen=COMBO,
         note="experimental; 0.03 mg estriol + Lactobacillus acidophilus KS400 (Gynoflor); 'test group' in the results"),
    dict(at="(or {placebo} in first phase)", arm=P, regimen=None,
         note="control; placebo only in the controlled phase (initial therapy), then open-label test medication"),
]
SCHED = ("initial therapy one vaginal tablet daily for 12 days, then maintenance one tablet on two consecutive "
         "days weekly for 12 weeks")
DOSES = [
    dict(at="vaginal estriol {0.03 mg} in combination", drug="estriol", low=0.03, unit="mg", arm=T, sched=SCHED,
         note="per vaginal tablet; two schedules (initial and maintenance), so frequency null"),
    dict(at="of the {0.03 mg} estriol", drug="estriol", low=0.03, unit="mg", arm=T),
    dict(at="vaginal {0.03 mg} estriol", drug="estriol", low=0.03, unit="mg", arm=T),
]
VMI = "change in VMI"
OPEN = "open phase: all women on open-label test medication (pooled over the randomised groups, arm null)"
RESULTS = [
    dict(at="(VMI) of {≤ 40%}", cat="other", et="Vaginal Maturation Index (VMI)", note="inclusion criterion"),
    dict(at="VMI was {35.2%}", cat="efficacy", et=VMI, arm=T, p="< 0.001",
         note="controlled phase; 'positive change in VMI'; p stated in the previous sentence for this comparison"),
    dict(at="compared to {9.9%} in the placebo", cat="efficacy", et=VMI, arm=P, p="< 0.001",
         note="controlled phase; p stated in the previous sentence for this comparison"),
    dict(at="increased to {55.4%}", cat="efficacy", et="VMI", reg=COMBO, note=OPEN + "; after the initial therapy"),
    dict(at="level ({52.8–49.4%})", cat="efficacy", et="VMI", reg=COMBO, lo=49.4, hi=52.8,
         note=OPEN + "; during maintenance therapy, written '52.8–49.4%' (declining), one range row"),
]
# No row: "87 women completed the study" (evaluability count); "12 days", "12 weeks" (treatment durations);
# "two tablets weekly" (number of tablets, no dose unit).
# Drugs: Lactobacillus acidophilus KS400 is an active component of the medicinal product (as supplements given as
# drugs, decision 26), mapped to 'lactobacillus acidophilus' also where written "lactobacilli"; Gynoflor is the brand
# of the fixed combination: one row with the components as regimen.
# Arms: the assigning sentence is "initial therapy with test medication (or placebo in first phase)"; the label
# 'test medication' is the name used most (twice, 'test group' once). Open-phase values are pooled over both
# randomised groups (everyone then takes the test medication): arm null, regimen the combination (uniform regimen).
