PMID = "24726235"
SHORT = "CT-guided fine-needle 5% ethanol-cisplatin intratumoral injection + second-line chemotherapy vs chemotherapy alone, stage IV NSCLC"
DESIGN = "comparative"
DRUGS = {"ethanol": "ethanol", "cisplatin": "cisplatin"}
DRUG_NOTES = {"Ethanol": "ethanol injected into the tumour with cisplatin (an administered agent, not a reagent)",
              "ethanol": "ethanol injected into the tumour with cisplatin (an administered agent, not a reagent)"}
C, K = "combination group", "chemotherapy group"
ARMS = [
    dict(at="second-line chemotherapy ({combination group}, n = 17)", arm=C, regimen="cisplatin + ethanol", n_total=17,
         note="experimental; CT-PFNECII (intratumoral 5% ethanol-cisplatin) combined with second-line chemotherapy, "
              "whose drugs are not named"),
    dict(at="chemotherapy alone ({chemotherapy group}, n = 17)", arm=K, regimen=None, n_total=17,
         note="control ('second-line chemotherapy alone'); no drug named"),
]
DOSES = [
    dict(at="Fine-Needle {5%} Ethanol", drug="ethanol", low=5, unit="%", arm=C,
         note="concentration of the injected ethanol (decision 22 of pmc_dev: a drug concentration is a dose)"),
    dict(at="fine-needle {5%} ethanol", drug="ethanol", low=5, unit="%", arm=C,
         note="concentration of the injected ethanol"),
]
RESULTS = [
    dict(at="({23.53%} vs 11.76% for ORR", cat="efficacy", ep="ORR", et="ORR", arm=C, p="<0.01"),
    dict(at="(23.53% vs {11.76%} for ORR", cat="efficacy", ep="ORR", et="ORR", arm=K, p="<0.01"),
    dict(at="and {58.82%} vs 35.29%", cat="efficacy", ep="DCR", et="DCR", arm=C, p="<0.01"),
    dict(at="58.82% vs {35.29%} for DCR", cat="efficacy", ep="DCR", et="DCR", arm=K, p="<0.01"),
    dict(at="longer PFS ({5.4 months} vs", cat="efficacy", ep="PFS", et="PFS", arm=C, p="<0.01",
         note="'patients in the combination group had significantly longer PFS (5.4 months vs 3.0 months'"),
    dict(at="5.4 months vs {3.0 months}", cat="efficacy", ep="PFS", et="PFS", arm=K, p="<0.01"),
    dict(at="median survival ({9.5 months} vs", cat="efficacy", ep="OS", et="survival", arm=C, p="<0.01",
         note="median"),
    dict(at="9.5 months vs {5.3 months}", cat="efficacy", ep="OS", et="survival", arm=K, p="<0.01", note="median"),
]
# No drug row: CT-PFNECII (a procedure acronym), "second-line chemotherapy", "platinum-pretreated" (class).
