PMID = "29650037"
SHORT = "SURF: sunitinib standard schedule 4/2 at reduced dose vs experimental schedule 2/1 after toxicity, metastatic RCC (phase II protocol)"
DESIGN = "comparative"
DRUGS = {"sunitinib": "sunitinib"}
S, E = "standard schedule 4/2", "experimental schedule 2/1"
ARMS = [
    dict(at="randomized between {standard schedule 4/2} (37.5 mg daily)", arm=S, regimen="sunitinib",
         note="control (standard schedule: 4 weeks on, 2 weeks off, dose reduced to 37.5 mg)"),
    dict(at="and {experimental schedule 2/1} (50 mg daily)", arm=E, regimen="sunitinib",
         note="experimental (2 weeks on, 1 week off at 50 mg)"),
]
DOSES = [
    dict(at="at the dose of {50 mg daily} for 4 weeks", drug="sunitinib", low=50, unit="mg", freq="daily",
         sched="4 weeks on, 2 weeks off", reg="sunitinib", note="approved first-line schedule (background)"),
    dict(at="standard schedule ({50 mg daily} 4/2)", drug="sunitinib", low=50, unit="mg", freq="daily",
         sched="4 weeks on, 2 weeks off (4/2)", reg="sunitinib", note="standard schedule (background)"),
    dict(at="reduce the dose to {37.5 mg per day}", drug="sunitinib", low=37.5, unit="mg", freq="daily",
         sched="4 weeks on, 2 weeks off (4/2)", reg="sunitinib",
         note="current recommendation after toxicity (background); the same dose as the standard arm"),
    dict(at="standard schedule 4/2 ({50 mg daily}) according", drug="sunitinib", low=50, unit="mg", freq="daily",
         sched="4 weeks on, 2 weeks off (4/2)", reg="sunitinib", note="all patients before randomisation"),
    dict(at="standard schedule 4/2 ({37.5 mg daily}) and", drug="sunitinib", low=37.5, unit="mg", freq="daily",
         sched="4 weeks on, 2 weeks off (4/2)", arm=S),
    dict(at="experimental schedule 2/1 ({50 mg daily})", drug="sunitinib", low=50, unit="mg", freq="daily",
         sched="2 weeks on, 1 week off (2/1)", arm=E),
]
RESULTS = [
    dict(at="can induce {up to 50%} of sunitinib", cat="safety", et="sunitinib dose modification",
         note="reduction and/or interruption due to toxicity on the standard schedule; background, not this trial"),
    dict(at="performance status {≥70%}", cat="other", et="Karnofsky performance status",
         note="eligibility criterion (threshold), not a result"),
    dict(at="median DOT from {6} to 8.5", cat="other", et="DOT", u="months",
         note="design hypothesis (protocol): median duration of treatment expected with the standard schedule"),
    dict(at="from 6 to {8.5 months}", cat="other", et="DOT",
         note="design hypothesis (protocol): median duration of treatment expected with the experimental schedule 2/1"),
]
# No row: 112 patients per arm, 24 months of accrual, 248 patients (sample size).
