PMID = "12454761"
SHORT = "Fulvestrant 250 mg vs 125 mg vs placebo on the endometrium, healthy postmenopausal volunteers (phase I)"
DESIGN = "comparative"
DRUGS = {"tamoxifen": "tamoxifen", "fulvestrant": "fulvestrant", "Faslodex": "fulvestrant",
         "ethinyloestradiol": "ethinylestradiol"}
F250, F125, P = "fulvestrant 250 mg", "fulvestrant 125 mg", "placebo"
ARMS = [
    dict(at="to receive {fulvestrant} 250 mg, fulvestrant 125 mg", arm=F250, regimen="fulvestrant",
         note="experimental; span is the drug name, the dose is its own record"),
    dict(at="250 mg, {fulvestrant} 125 mg", arm=F125, regimen="fulvestrant",
         note="experimental; span is the drug name, the dose is its own record"),
    dict(at="or matched {placebo} administered", arm=P, regimen=None, note="control"),
]
DOSES = [
    dict(at="receive fulvestrant {250 mg}, fulvestrant", drug="fulvestrant", low=250, unit="mg", freq="once",
         sched="single intramuscular injection", arm=F250),
    dict(at="fulvestrant {125 mg} or matched", drug="fulvestrant", low=125, unit="mg", freq="once",
         sched="single intramuscular injection", arm=F125),
    dict(at="ethinyloestradiol {20 µg day−1}", drug="ethinylestradiol", low=20, unit="µg", freq="daily",
         sched="2 weeks, from two weeks post-injection", reg=None, note="all arms (oestrogen challenge)"),
    dict(at="at a dose of {250 mg} significantly", drug="fulvestrant", low=250, unit="mg", arm=F250),
    dict(at="Neither the {125 mg} nor", drug="fulvestrant", low=125, unit="mg", arm=F125),
    dict(at="nor {250 mg} doses", drug="fulvestrant", low=250, unit="mg", arm=F250),
    dict(at="fulvestrant ({250 mg}) is", drug="fulvestrant", low=250, unit="mg", arm=F250),
]
RESULTS = []
