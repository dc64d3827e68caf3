PMID = "26579488"
SHORT = "ZAMBONEY sub-study: baseline serum biomarkers, fulvestrant with vandetanib or placebo, bone-predominant metastatic breast cancer"
DESIGN = "comparative"
DRUGS = {"fulvestrant": "fulvestrant", "vandetanib": "vandetanib"}
V, P = "vandetanib", "placebo"
WHERE = "; the abstract has no sentence that assigns patients to the arms, so the record is on the title (decision 1)"
ARMS = [
    dict(at="fulvestrant with {vandetanib} or placebo", arm=V, regimen="fulvestrant + vandetanib", n_total=51,
         note="experimental; 51 of the 101 patients with serum for analysis" + WHERE),
    dict(at="with vandetanib or {placebo} in patients", arm=P, regimen="fulvestrant", n_total=50,
         note="control (placebo plus fulvestrant); 50 of the 101 patients with serum for analysis" + WHERE),
]
PROG = "baseline sVEGFR2 as prognostic factor (Cox regression adjusted for treatment and CTx strata); arms pooled"
RESULTS = [
    dict(at="prognostic for OS (HR={0.77}", cat="efficacy", ep="OS", et="OS", u="HR", ci=(0.61, 0.96), p="0.020",
         note=PROG),
    dict(at="for PFS (HR={0.90}", cat="efficacy", ep="PFS", et="PFS", u="HR", ci=(0.80, 1.01), p="0.085", note=PROG),
    dict(at="first SRE (HR={0.82}", cat="efficacy", et="time to first SRE", u="HR", ci=(0.66, 1.02), p="0.079",
         note=PROG),
]
# No row: mean age 59.8 years (baseline mean), CTx strata <400 / ≥400 ng/L (lab values), 129 / 101 / 51 / 50
# patients (sizes), "interaction p=0.085" (a P value alone).
# No drug row: "VEGF receptor (VEGFR) targeting agent", "endocrine therapy" (classes); VEGF, sVEGFR2, TGF-β1 (markers).
