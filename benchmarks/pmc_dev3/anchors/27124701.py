PMID = "27124701"
SHORT = "PURSUIT-SC maintenance long-term extension: golimumab 50/100 mg q4w (or placebo) in ulcerative colitis through week 104"
DESIGN = "comparative"
DRUGS = {"golimumab": "golimumab"}
P, G50, G100 = "placebo", "golimumab 50", "golimumab 100"
ARMS = [
    dict(at="through week 52 ({placebo}, golimumab 50", arm=P, regimen=None, note="control"),
    dict(at="(placebo, {golimumab 50}, 100, every-4-weeks", arm=G50, regimen="golimumab",
         note="golimumab 50 mg every 4 weeks (q4w); '50' has no unit here, so no dose record"),
    dict(at="(placebo, golimumab 50, {100}, every-4-weeks", arm=G100, regimen="golimumab",
         note="golimumab 100 mg every 4 weeks (q4w); the arm is named by its dose only ('golimumab 50, 100')"),
]
DOSES = [
    dict(at="placebo or golimumab {50 mg} with worsening", drug="golimumab", low=50, unit="mg", arm=G50,
         freq="every 4 weeks", note="subcutaneous, q4w (stated at the arm list)"),
    dict(at="could receive golimumab {100 mg}", drug="golimumab", low=100, unit="mg", reg="golimumab",
         freq="every 4 weeks", pop="placebo or golimumab 50 mg patients with worsening disease during the LTE",
         note="dose escalation, not the golimumab 100 arm's own dose"),
]
POP = "randomized to golimumab at PURSUIT-M baseline and continuing golimumab in the LTE"
POOL = ("pooled over the golimumab 50 and 100 mg arms (decision 9: arm null); regimen golimumab, which every "
        "patient of the pooled group received")
def _e(at, et, **kw):
    d = dict(at=at, cat="efficacy", et=et, reg="golimumab", pop=POP, note=POOL)
    d.update(kw)
    return d
RESULTS = [
    _e("At week 104, {80.5%} (157/195)", "PGA=0/1", n=157, N=195, tp="104 weeks"),
    _e("(range weeks 56–104: {80.5–91.8%})", "PGA=0/1",
       note=POOL + "; range over the visits of weeks 56-104 (no single landmark)"),
    _e("and {56.4%} (110/195)", "PGA=0", n=110, N=195, tp="104 weeks"),
    _e("(weeks 56–104: range: {53.8–58.5%})", "PGA=0",
       note=POOL + "; range over the visits of weeks 56-104 (no single landmark)"),
    _e("Through week 104, {86%} of patients", "maintained inactive or mild disease activity", tp="104 weeks",
       note=POOL + "; 'through week 104'"),
    _e("at week 54, {88.5%} remained", "remained corticosteroid-free", N=174, tp="104 weeks",
       pop="corticosteroid-free at week 54 (" + POP + ")"),
    _e("At week 104, {62.2%} (120/193)", "IBDQ score ≥170", n=120, N=193, tp="104 weeks"),
    dict(at="{Two} non-melanoma skin cancers", cat="safety", ep="non-melanoma skin cancer",
         et="non-melanoma skin cancers", u="events", v=2, q="=", reg="golimumab",
         note="events (cancers), between weeks 54 and 104; golimumab-treated LTE patients, arm null"),
    dict(at="{one} metastatic colon cancer", cat="safety", ep="metastatic colon cancer",
         et="metastatic colon cancer", u="events", v=1, q="=", reg="golimumab",
         note="event, between weeks 54 and 104; golimumab-treated LTE patients, arm null"),
    dict(at="and {two} deaths", cat="safety", ep="death", et="deaths", u="n", n=2, reg="golimumab",
         note="biventricular heart dysfunction, sepsis; between weeks 54 and 104; reported as safety events, "
              "so category safety; golimumab-treated LTE patients, arm null"),
]
# Arms: the LTE continues the maintenance study's arms (placebo, golimumab 50 mg q4w, golimumab 100 mg q4w); the
# arm records sit on that list. Every reported value is for golimumab patients pooled over 50 and 100 mg, so
# arm = null; regimen golimumab (common to the pooled arms). No n_total on arms (not stated per arm).
# No row: "N=195", "N=200", "N=1240" (analysis population sizes), "Tuberculosis, opportunistic infection, and
# malignancy rates were low" (no number), "Two ... occurred" are the only counts.
# No drug row: "placebo", "corticosteroid" (class).
