PMID = "28188670"
SHORT = "Personalized peptide vaccine with vs without low-dose cyclophosphamide, biliary tract cancer (phase II)"
DESIGN = "comparative"
DRUGS = {"cyclophosphamide": "cyclophosphamide", "CPA": "cyclophosphamide"}
C, A = "PPV/CPA", "PPV alone"
ARMS = [
    dict(at="to receive {PPV with low dose CPA} (100", arm=C, regimen="cyclophosphamide", n_total=24,
         note="experimental"),
    dict(at="or {PPV alone} (n = 25)", arm=A, regimen=None, n_total=25, note="control"),
]
DOSES = [dict(at="CPA ({100 mg/day} for", drug="cyclophosphamide", low=100, unit="mg", freq="daily",
              sched="7 days before vaccination", arm=C)]
VS = "PPV/CPA vs PPV alone"
RESULTS = [
    dict(at="(median time: {6.1} vs", cat="efficacy", ep="PFS", et="progression‐free survival", u="months",
         arm=C, p="0.008", note="median"),
    dict(at="vs {2.9 months}", cat="efficacy", ep="PFS", et="progression‐free survival", arm=A, p="0.008",
         note="median"),
    dict(at="(HR): {0.427}", cat="efficacy", ep="PFS", et="progression‐free survival", u="HR", p="0.008",
         note=VS),
    dict(at="(median time: {12.1} vs", cat="efficacy", ep="OS", et="overall survival", u="months", arm=C,
         p="0.004", note="median"),
    dict(at="vs {5.9 months}", cat="efficacy", ep="OS", et="overall survival", arm=A, p="0.004",
         note="median"),
    dict(at="HR: {0.376}", cat="efficacy", ep="OS", et="overall survival", u="HR", p="0.004", note=VS),
]
