PMID = "20851460"
SHORT = "MDP301: PRO2000 vaginal gel 2% or 0.5% vs placebo gel for prevention of HIV-1 infection in African women (phase 3)"
DESIGN = "comparative"
DRUGS = {"PRO2000": "pro2000"}
# PRO2000 (naphthalene sulfonate polymer microbicide) has no INN; canonical is the code in lower case.
A2, A05, P = "2% PRO2000", "0·5% PRO2000", "placebo"
ARMS = [
    dict(at="1:1:1 ratio to 2% {PRO2000}, 0·5%", arm=A2, regimen="pro2000", n_total=2734,
         note="experimental; span is the drug name, the concentration is its own dose record (decision 6); "
              "n_total = enrolled to the group ('2591 (95%) of 2734 participants enrolled to the 2% PRO2000 "
              "group'); arm discontinued on Feb 14, 2008 (low probability of benefit)"),
    dict(at="1:1:1 ratio to 2% PRO2000, 0·5% {PRO2000}, or", arm=A05, regimen="pro2000", n_total=3326,
         note="experimental; span is the drug name, the concentration is its own dose record (decision 6)"),
    dict(at="or {placebo gel} groups", arm=P, regimen=None, n_total=3325, note="control"),
]
CONC = "gel concentration (decision 22: a drug concentration is a dose)"
def _d(at, arm):
    low = 2 if arm == A2 else 0.5
    return dict(at=at, drug="pro2000", low=low, unit="%", arm=arm, sched="vaginal gel", note=CONC)
DOSES = [
    _d("safety of {2%} and 0·5% PRO2000 gels", A2),
    _d("safety of 2% and {0·5%} PRO2000 gels", A05),
    _d("1:1:1 ratio to {2%} PRO2000", A2),
    _d("1:1:1 ratio to 2% PRO2000, {0·5%} PRO2000", A05),
    _d("Use of {2%} PRO2000 gel", A2),
    _d("enrolled to the {2%} PRO2000 group", A2),
    _d("3326 in the {0·5%} PRO2000 group", A05),
    _d("5·4] for {0·5%} PRO2000 vs", A05),
    _d("3·8–5·8] for {2%} PRO2000 gel", A2),
    _d("3·0–4·9] for {0·5%} PRO2000 gel", A05),
    _d("3·9–5·4) in the {0·5%} PRO2000 group", A05),
    _d("in the {2%} PRO2000 group at discontinuation", A2),
    _d("Although safe, {0·5%} PRO2000", A05),
    _d("PRO2000 and {2%} PRO2000 are", A2),
]
INC = "per 100 woman-years"
EVAL = "included in the primary efficacy analysis"
END, DISC = "at study end", "at discontinuation of the 2% PRO2000 group (not a landmark time)"
RESULTS = [
    dict(at="2591 ({95%}) of 2734", cat="other", et=EVAL, arm=A2, n=2591, N=2734,
         note="participants of the group in the primary efficacy analysis"),
    dict(at="3156 ({95%}) of 3326", cat="other", et=EVAL, arm=A05, n=3156, N=3326,
         note="participants of the group in the primary efficacy analysis"),
    dict(at="3112 ({94%}) of 3325", cat="other", et=EVAL, arm=P, n=3112, N=3325,
         note="participants of the group in the primary efficacy analysis"),
    dict(at="sex act was {89%} (95% CI", cat="other", et="reported gel use at last sex act", ci=(86, 91),
         note="mean; adherence, all groups pooled"),
    dict(at="woman-years was {4·5} [95% CI", cat="efficacy", et="HIV-1 incidence", u=INC, arm=A05, ci=(3.8, 5.4),
         p="0.71", note=END),
    dict(at="PRO2000 vs {4·3} [3·6–5·2]", cat="efficacy", et="HIV-1 incidence", u=INC, arm=P, ci=(3.6, 5.2),
         p="0.71", note=END),
    dict(at="hazard ratio {1·05} [", cat="efficacy", et="HIV-1 incidence", u="HR", ci=(0.82, 1.34), p="0.71",
         note="0·5% PRO2000 vs placebo, at study end"),
    dict(at="discontinuation ({4·7} [3·8–5·8]", cat="efficacy", et="HIV-1 incidence", u=INC, arm=A2, ci=(3.8, 5.8),
         note=DISC),
    dict(at="gel, {3·9} [3·0–4·9]", cat="efficacy", et="HIV-1 incidence", u=INC, arm=A05, ci=(3.0, 4.9), note=DISC),
    dict(at="and {3·9} [3·1–5·0]", cat="efficacy", et="HIV-1 incidence", u=INC, arm=P, ci=(3.1, 5.0), note=DISC),
    dict(at="at study end was {4·6 per 100 woman-years}", cat="safety", ep="adverse events",
         et="primary safety endpoint", u=INC, v=4.6, q="=", arm=A05, ci=(3.9, 5.4),
         note="incidence of the primary safety endpoint, an adverse event of grade 3 or worse; " + END),
    dict(at="group and {3·9} (3·2–4·6)", cat="safety", ep="adverse events", et="primary safety endpoint", u=INC,
         arm=P, ci=(3.2, 4.6), note="adverse event of grade 3 or worse; " + END),
    dict(at="and was {4·5} (3·7–5·5)", cat="safety", ep="adverse events", et="primary safety endpoint", u=INC,
         arm=A2, ci=(3.7, 5.5), note="adverse event of grade 3 or worse; " + DISC),
]
# Arms: defined at "randomly assigned ... in a 1:1:1 ratio to 2% PRO2000, 0·5% PRO2000, or placebo gel groups"
# (decision 1); labels are the group names the document uses ("the 2% PRO2000 group" ...).
# Doses: every '2%' / '0·5%' before PRO2000 is the gel concentration, a dose row (unit %), with its arm.
# Values: incidence per 100 woman-years is a rate with a written unit (§7.4, value_unit as written); no endpoint
# code exists for HIV-1 incidence ('incidence' is the epidemiology code of category other, not used for a trial
# outcome). The primary safety endpoint (adverse event of grade 3 or worse) is coded "adverse events", grade in note.
# "at study end" / "at discontinuation" are not landmark times: timepoint null, kept in the note.
# p=0·71 goes on the study-end comparison (0·5% PRO2000 vs placebo and its HR); the discontinuation values have no P.
# No row: 9385 of 15 818 women screened (enrolment), ages 18 / ≥16 years, 13 clinics, 52 / 104 weeks, screening
# visits at 12, 24, 40, 52 weeks, "1:1:1".
