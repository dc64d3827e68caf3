PMID = "20195400"
SHORT = "Rosuvastatin 10 mg vs atorvastatin 10 mg on lipids and glycaemic control in nondiabetic metabolic syndrome (open-label, randomised)"
DESIGN = "comparative"
DRUGS = {"rosuvastatin": "rosuvastatin", "atorvastatin": "atorvastatin"}
R, A = "rosuvastatin", "atorvastatin"
SPAN = "; span is the drug name, the dose is its own record (decision 6)"
ARMS = [
    dict(at="either {rosuvastatin} 10 mg (n = 173)", arm=R, regimen="rosuvastatin", n_total=173,
         note="experimental (results 'in the rosuvastatin group as compared to the atorvastatin group')" + SPAN),
    dict(at="or {atorvastatin} 10 mg (n = 178)", arm=A, regimen="atorvastatin", n_total=178,
         note="control (the comparator of 'as compared to the atorvastatin group')" + SPAN),
]
DOSES = [
    dict(at="effects of rosuvastatin {10 mg} and", drug="rosuvastatin", low=10, unit="mg", arm=R),
    dict(at="and atorvastatin {10 mg} on lipid", drug="atorvastatin", low=10, unit="mg", arm=A),
    dict(at="rosuvastatin {10 mg} (n = 173)", drug="rosuvastatin", low=10, unit="mg", arm=R, sched="over 6 weeks"),
    dict(at="atorvastatin {10 mg} (n = 178)", drug="atorvastatin", low=10, unit="mg", arm=A, sched="over 6 weeks"),
    dict(at="Rosuvastatin {10 mg} was more", drug="rosuvastatin", low=10, unit="mg", arm=R),
    dict(at="than atorvastatin {10 mg} in achieving", drug="atorvastatin", low=10, unit="mg", arm=A),
]
NOTE = "mean ± SD percent change ('greater reductions ... levels'); '%' written once after the pair"
NOTE2 = "mean ± SD percent change"
def _pair(a, b, et, p):
    return [dict(at=a, cat="efficacy", et=et, u="%", arm=R, p=p, tp="6 weeks", note=NOTE,
                 **({"v": float(a.split("{")[1].split("±")[0].replace(" ", "")), "q": "="} if "{-" in a else {})),
            dict(at=b, cat="efficacy", et=et, u="%", arm=A, p=p, tp="6 weeks", note=NOTE2,
                 **({"v": float(b.split("{")[1].split("±")[0].replace(" ", "")), "q": "="} if "{-" in b else {}))]
RESULTS = [
    *_pair("cholesterol ({- 35.94 ± 11.38} vs.", "vs. {- 30.07 ± 10.46%}, p < 0.001), LDL-C",
           "total cholesterol", "< 0.001"),
    *_pair("LDL-C ({48.04 ± 14.45} vs.", "vs. {39.52 ± 14.42%}", "LDL-C", "< 0.001"),
    *_pair("cholesterol ({- 42.93 ± 13.15} vs.", "vs. {- 35.52 ± 11.76%}", "non-high-density lipoprotein cholesterol",
           "< 0.001"),
    *_pair("apolipoprotein-B ({- 38.7 ± 18.85} vs.", "vs. {- 32.57 ± 17.56%}", "apolipoprotein-B", "0.002"),
    dict(at="({87.64} vs. 69.88%", cat="efficacy", et="attaining the NCEP ATP III goal", u="%", arm=R, p="< 0.001",
         note="percentage of patients; '%' written once after the pair"),
    dict(at="87.64 vs. {69.88%}", cat="efficacy", et="attaining the NCEP ATP III goal", arm=A, p="< 0.001",
         note="percentage of patients"),
]
# No row: "LDL-C levels ≥ 130 mg/dL" (eligibility lab threshold, not a dose, not a %), "351 patients" and the arm
# sizes (-> arm n_total), "over 6 weeks" (treatment duration); glucose, insulin, HOMA-IR ("not significantly
# different", no values); safety "similar" (no values).
# LDL-C is written as a positive reduction (48.04 / 39.52) while the other lipids carry a minus sign: kept as
# written. The signs '- ' (hyphen and a space) are part of the span (decision 14).
