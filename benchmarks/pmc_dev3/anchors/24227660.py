PMID = "24227660"
SHORT = "Canagliflozin 50, 100 or 300 mg vs placebo once daily on body weight, overweight/obese adults without diabetes (phase 2b)"
DESIGN = "comparative"
DRUGS = {"canagliflozin": "canagliflozin"}
# "a sodium glucose co-transporter 2 inhibitor" is a drug class: no drug row.
C50, C100, C300, P = "canagliflozin 50 mg", "canagliflozin 100 mg", "canagliflozin 300 mg", "placebo"
SHARED = ("; the three canagliflozin arms are defined by one mention ('canagliflozin 50, 100, or 300 mg'), so all "
          "three arm records sit on it; the doses are dose records (decision 6, as abstracts_dev2 20980335); "
          "376 subjects enrolled in all, per-arm numbers not stated")
ARMS = [
    dict(at="received {canagliflozin} 50, 100, or 300 mg", arm=C50, regimen="canagliflozin", note="experimental" + SHARED),
    dict(at="received {canagliflozin} 50, 100, or 300 mg", arm=C100, regimen="canagliflozin", note="experimental" + SHARED),
    dict(at="received {canagliflozin} 50, 100, or 300 mg", arm=C300, regimen="canagliflozin", note="experimental" + SHARED),
    dict(at="300 mg or {placebo} once daily", arm=P, regimen=None, note="control"),
]
U = "unit shared with '300 mg'"
DOSES = [
    dict(at="canagliflozin {50}, 100, or 300 mg", drug="canagliflozin", low=50, unit="mg", freq="daily", arm=C50,
         sched="12 weeks", note=U + "; 'once daily'"),
    dict(at="canagliflozin 50, {100}, or 300 mg", drug="canagliflozin", low=100, unit="mg", freq="daily", arm=C100,
         sched="12 weeks", note=U + "; 'once daily'"),
    dict(at="50, 100, or {300 mg} or placebo", drug="canagliflozin", low=300, unit="mg", freq="daily", arm=C300,
         sched="12 weeks", note="'once daily' follows 'or placebo', so it is not in the span"),
    dict(at="canagliflozin {50}, 100, and 300 mg", drug="canagliflozin", low=50, unit="mg", arm=C50, note=U),
    dict(at="canagliflozin 50, {100}, and 300 mg", drug="canagliflozin", low=100, unit="mg", arm=C100, note=U),
    dict(at="50, 100, and {300 mg} and placebo", drug="canagliflozin", low=300, unit="mg", arm=C300),
]
BW = ("least squares mean percent change in body weight from baseline (through Week 12, the primary endpoint); "
      "arms paired in order '50, 100, and 300 mg and placebo'")
RESULTS = [
    dict(at="baseline of {−2.2%}, −2.9%", cat="efficacy", et="percent changes from baseline", arm=C50, p="< 0.05",
         note=BW),
    dict(at="−2.2%, {−2.9%}, −2.7%", cat="efficacy", et="percent changes from baseline", arm=C100, p="< 0.05",
         note=BW),
    dict(at="−2.9%, {−2.7%}, and", cat="efficacy", et="percent changes from baseline", arm=C300, p="< 0.05",
         note=BW),
    dict(at="and {−1.3%} with canagliflozin", cat="efficacy", et="percent changes from baseline", arm=P, p="< 0.05",
         note=BW + "; 'P < 0.05 for all comparisons' (each dose vs placebo)"),
]
# Timepoint: "through Week 12" is in the Methods, not in the value sentence (decision 20): null.
# endpoint_text: "least squares mean percent changes from baseline of V" -> "percent changes from baseline" (the
# statistic words "least squares mean" left out, §7.5); no endpoint code for body-weight change.
# No row: "BMI ≥27 and <50 kg/m2" (inclusion criterion, no '%'), "376 subjects" (sample size), "12-week" (design),
# overall AE rates "similar", genital mycotic infections "higher rates", osmotic diuresis-related AE rates "low"
# (no numbers); urinary glucose excretion "dose-dependent" (no number).
