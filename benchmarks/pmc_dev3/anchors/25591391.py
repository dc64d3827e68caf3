PMID = "25591391"
SHORT = "SPAZ (sulphadoxine-pyrimethamine + azithromycin, monthly) vs SPCQ (SP + chloroquine once) to prevent low birthweight, Papua New Guinea (RCT)"
DESIGN = "comparative"
SPAZ_R = "azithromycin + pyrimethamine + sulfadoxine"
SPCQ_R = "chloroquine + pyrimethamine + sulfadoxine"
DRUGS = {"sulphadoxine": "sulfadoxine", "pyrimethamine": "pyrimethamine", "azithromycin": "azithromycin",
         "chloroquine": "chloroquine", "SPAZ": ("SPAZ", SPAZ_R), "SPCQ": ("SPCQ", SPCQ_R), "AZ": "azithromycin"}
A, C = "SPAZ", "SPCQ"
NT = "; n_total is the number in the primary outcome analysis (randomised per arm not stated, abstracts_dev2 D8)"
ARMS = [
    dict(at="days) ({SPAZ}) monthly", arm=A, regimen=SPAZ_R, n_total=1013,
         note="experimental ('intervention'); monthly from second trimester" + NT),
    dict(at="three days) ({SPCQ}) given once", arm=C, regimen=SPCQ_R, n_total=1008,
         note="control ('control'); given once, followed by SPCQ placebo" + NT),
]
DOSES = [
    dict(at="Sulphadoxine-pyrimethamine ({1,500}/75", drug="sulfadoxine", low=1500, unit="mg", freq="monthly",
         sched="monthly from second trimester", arm=A, note="unit shared ('1,500/75 mg')"),
    dict(at="(1,500/{75\u00a0mg})", drug="pyrimethamine", low=75, unit="mg", freq="monthly",
         sched="monthly from second trimester", arm=A),
    dict(at="azithromycin ({1\u00a0g twice daily} for", drug="azithromycin", low=1, unit="g", freq="twice daily",
         sched="2 days, monthly from second trimester", arm=A),
    dict(at="chloroquine ({450 to 600\u00a0mg}, daily", drug="chloroquine", low=450, high=600, unit="mg", freq="daily",
         sched="3 days, given once", arm=C),
]
EFF = "SPAZ vs SPCQ (between-arm effect, arm null)"
def _rr(at, et, lo, hi, p, **kw):
    return dict(at=at, cat="efficacy", et=et, u="RR", ci=(lo, hi), p=p, note="risk ratio, " + EFF, **kw)
RESULTS = [
    dict(at="2,021 ({72.4%}) were included", cat="other", et="included in the primary outcome analysis",
         n=2021, N=2793, note="evaluable share of the randomised women"),
    dict(at="LBW was {15.1%}", cat="efficacy", et="prevalence of LBW", n=305, N=2021,
         note="all women of the primary analysis (both arms)"),
    _rr("[RR]: {0.74}, 95% CI", "LBW", 0.60, 0.91, "0.005"),
    dict(at="(ARR): {4.5%}, 95% CI", cat="efficacy", et="LBW", ci=(1.4, 7.6), p="0.005",
         note="absolute risk reduction, " + EFF + "; P stated with the RR of the same comparison"),
    dict(at="number needed to treat: {22})", cat="efficacy", et="LBW", u="NNT",
         note="number needed to treat, " + EFF),
    _rr("preterm delivery ({0.62}, 95% CI", "preterm delivery", 0.43, 0.89, "0.010",
        ),
    dict(at="birthweight ({41.9\u00a0g}, 95% CI", cat="efficacy", et="birthweight", u="g", v=41.9, q="=",
         ci=(0.2, 83.6), p="0.049", note="difference in mean birthweight, " + EFF),
    _rr("(RR: {0.57}, 95% CI", "maternal parasitaemia", 0.35, 0.95, "0.029"),
    _rr("malaria ({0.68}, 95% CI", "active placental malaria", 0.47, 0.98, "0.037"),
    dict(at="gonorrhoea ({0.66}, 95% CI", cat="efficacy", et="carriage of gonorrhoea", u="RR", ci=(0.44, 0.99),
         p="0.041", note="risk ratio, " + EFF + "; at second visit (not a time landmark)"),
    dict(at="(intervention {13.1%} [181", cat="safety", ep="adverse events", et="SAEs", n=181, N=1378, arm=A,
         p="0.712", note="serious adverse events (severity word left out of the code, §7.5)"),
    dict(at="control {12.7%} [174", cat="safety", ep="adverse events", et="SAEs", n=174, N=1374, arm=C,
         p="0.712", note="serious adverse events (severity word left out of the code, §7.5)"),
    dict(at="(intervention {10.5%} [144", cat="safety", ep="adverse events", et="AEs", n=144, N=1378, arm=A,
         p="0.737"),
    dict(at="control {10.8%} [149", cat="safety", ep="adverse events", et="AEs", n=149, N=1374, arm=C,
         p="0.737"),
]
# No row: "LBW, <2,500 g" (definition threshold in grams, no '%'), "≤26 gestational weeks" (eligibility),
# "block sizes of 32", "2,793 women randomised" (sample size -> n_total of the 72.4% row), "(SPCQ: 1,008; SPAZ:
# 1,013)" (numbers analysed -> arm n_total), "no treatment-related serious adverse events" (no cardinal number).
# The bracketed counts "[181/1,378]" etc. restate the % rows and fill their n/n_total (decision 17).
# Number needed to treat (22) is an effect measure (§7.4) with value_unit 'NNT' (no listed unit fits).
# Drugs: "Sulphadoxine-pyrimethamine" gives two rows (sulfadoxine, pyrimethamine); SPAZ and SPCQ are regimen
# acronyms defined in the text (one row each, components as regimen), also in "SPCQ placebo" (a placebo of the
# drug, as 'placebo of ondansetron' in pmc_heldout); "AZ" (conclusions) is azithromycin.
# No drug row: "Intermittent preventive treatment", "antibiotic" (class).
