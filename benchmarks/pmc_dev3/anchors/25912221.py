PMID = "25912221"
SHORT = "AWARD-5: once-weekly dulaglutide 1.5 or 0.75 mg vs sitagliptin 100 mg (104 weeks) in metformin-treated type 2 diabetes (phase III)"
DESIGN = "comparative"
DRUGS = {"dulaglutide": "dulaglutide", "sitagliptin": "sitagliptin", "metformin": "metformin"}
D15, D075, S, P = "dulaglutide 1.5 mg", "dulaglutide 0.75 mg", "sitagliptin", "placebo"
SHARED = ("; both dulaglutide arms are defined by one mention ('dulaglutide (1.5 or 0.75 mg)'), so both arm "
          "records sit on the drug name; the doses are dose records (decision 6, abstracts_dev2 D7)")
POP = "metformin-treated patients with type 2 diabetes"
ARMS = [
    dict(at="participants to {dulaglutide} (1.5 or 0.75 mg)", arm=D15, regimen="dulaglutide",
         note="experimental" + SHARED, pop=POP),
    dict(at="participants to {dulaglutide} (1.5 or 0.75 mg)", arm=D075, regimen="dulaglutide",
         note="experimental" + SHARED, pop=POP),
    dict(at="or {sitagliptin} 100 mg for 104 weeks", arm=S, regimen="sitagliptin",
         note="control (comparator: 'To compare ... dulaglutide with ... sitagliptin'); 104 weeks", pop=POP),
    dict(at="or {placebo} (reported separately)", arm=P, regimen=None,
         note="control; 26 weeks; results reported separately (none in this abstract)", pop=POP),
]
WEEKLY = "'once-weekly' dulaglutide stated in title and aims"
DOSES = [
    dict(at="dulaglutide ({1.5} or 0.75 mg)", drug="dulaglutide", low=1.5, unit="mg", freq="weekly", arm=D15,
         sched="104 weeks", note="unit shared with '0.75 mg'; " + WEEKLY),
    dict(at="(1.5 or {0.75 mg})", drug="dulaglutide", low=0.75, unit="mg", freq="weekly", arm=D075,
         sched="104 weeks", note=WEEKLY),
    dict(at="sitagliptin {100 mg} for 104 weeks", drug="sitagliptin", low=100, unit="mg", arm=S, sched="104 weeks"),
    dict(at="for dulaglutide {1.5 mg}, dulaglutide", drug="dulaglutide", low=1.5, unit="mg", arm=D15),
    dict(at="1.5 mg, dulaglutide {0.75 mg} and", drug="dulaglutide", low=0.75, unit="mg", arm=D075),
    dict(at="greater with dulaglutide {1.5 mg} (p", drug="dulaglutide", low=1.5, unit="mg", arm=D15),
    dict(at="similar with {0.75 mg} versus", drug="dulaglutide", low=0.75, unit="mg", arm=D075),
    dict(at="with dulaglutide {1.5} and 0.75 mg versus", drug="dulaglutide", low=1.5, unit="mg", arm=D15,
         note="unit shared with '0.75 mg'"),
    dict(at="dulaglutide 1.5 and {0.75 mg} versus", drug="dulaglutide", low=0.75, unit="mg", arm=D075),
    dict(at="and dulaglutide {1.5 mg} resulted", drug="dulaglutide", low=1.5, unit="mg", arm=D15),
]
HB = "Changes in HbA1c"
HB_NOTE = "least squares mean ± standard error; the same value in mmol/mol follows in parentheses (no row)"
P_HB = "< 0.001"
WT_NOTE = "mean ± SE (as the HbA1c sentence); weight loss"
GI = "gastrointestinal adverse event"
RESULTS = [
    dict(at="concentrations {≥7.0%}", cat="other", et="HbA1c", note="inclusion criterion (lower bound)"),
    dict(at="and {≤9.5%}", cat="other", et="HbA1c", note="inclusion criterion (upper bound)"),
    dict(at="657 ({59.8%}) completed", cat="other", et="completed the study", n=657, N=1098,
         note="completion, all randomised participants"),
    dict(at="error) {−0.99 ± 0.06%}", cat="efficacy", et=HB, arm=D15, p=P_HB, tp="104 weeks", note=HB_NOTE),
    dict(at="mmol/mol), {−0.71 ± 0.07%}", cat="efficacy", et=HB, arm=D075, p=P_HB, tp="104 weeks", note=HB_NOTE),
    dict(at="and {−0.32 ± 0.06%}", cat="efficacy", et=HB, arm=S, p=P_HB, tp="104 weeks",
         note=HB_NOTE + "; p is for both dulaglutide doses vs sitagliptin"),
    dict(at="({2.88 ± 0.25}, 2.39", cat="efficacy", et="Weight loss", u="kg", arm=D15, p="< 0.001",
         note=WT_NOTE + "; unit shared ('... kg, respectively'); p for dulaglutide 1.5 mg vs sitagliptin"),
    dict(at="0.25, {2.39 ± 0.26} and", cat="efficacy", et="Weight loss", u="kg", arm=D075,
         note=WT_NOTE + "; unit shared; 'similar with 0.75 mg versus sitagliptin' (no P)"),
    dict(at="and {1.75 ± 0.25 kg}", cat="efficacy", et="Weight loss", u="kg", v=1.75, q="=", arm=S, p="< 0.001",
         note=WT_NOTE + "; p for dulaglutide 1.5 mg vs sitagliptin"),
    dict(at="(nausea {17} and 15%", cat="safety", ep="nausea", et="nausea", u="%", arm=D15,
         note=GI + "; the % sign is written once after the pair"),
    dict(at="nausea 17 and {15%}", cat="safety", ep="nausea", et="nausea", arm=D075, note=GI),
    dict(at="15% vs {7%}", cat="safety", ep="nausea", et="nausea", arm=S, note=GI),
    dict(at="diarrhoea {16} and 12%", cat="safety", ep="diarrhea", et="diarrhoea", u="%", arm=D15,
         note=GI + "; the % sign is written once after the pair"),
    dict(at="16 and {12%}", cat="safety", ep="diarrhea", et="diarrhoea", arm=D075, note=GI),
    dict(at="12% vs {6%}", cat="safety", ep="diarrhea", et="diarrhoea", arm=S, note=GI),
    dict(at="vomiting {14} and 8%", cat="safety", ep="vomiting", et="vomiting", u="%", arm=D15,
         note=GI + "; the % sign is written once after the pair"),
    dict(at="14 and {8%}", cat="safety", ep="vomiting", et="vomiting", arm=D075, note=GI),
    dict(at="8% vs {4%}", cat="safety", ep="vomiting", et="vomiting", arm=S, note=GI),
]
# No row: the mmol/mol restatements of the HbA1c changes (−10.82 ± 0.66 etc.): the same values restated in another
# unit right after the % values (lab values that are outcome values get rows under GUIDELINES §7.4, which supersedes
# pmc_dev decision 19 in this set, but a restatement in another unit gets none), and of the inclusion bounds
# (≥53.0 / ≤80.3 mmol/mol); "1098 participants" (sample size -> n_total of the completion row),
# "104 weeks"/"26 weeks" (treatment durations),
# "Pancreatic, thyroid, cardiovascular and hypersensitivity safety were similar" (no number).
# Weight loss in kg: a measured outcome with a unit (GUIDELINES §7.4, value_unit 'kg').
# No drug row: GLP-1 receptor (agonist class, target), DPP-4 inhibitor (class). "metformin-treated" is a drug
# row (metformin) but metformin is background therapy describing the patients: it goes to population, not to
# arm regimens (§7.3), and the placebo arm's regimen is null.
# Placebo arm: an arm of the trial (26 weeks), given an arm record though its results are reported elsewhere.
