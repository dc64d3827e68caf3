PMID = "29541190"
SHORT = "Peptide vaccine + UFT/LV adjuvant after resection of stage III colorectal cancer (single-arm phase II)"
DESIGN = "single-arm"
UFT = "tegafur + uracil"
DRUGS = {"uracil": "uracil", "tegafur": "tegafur", "leucovorin": "leucovorin", "UFT": ("UFT", UFT),
         "LV": "leucovorin"}
A = "peptide vaccine combined with UFT/LV"
REG = "leucovorin + tegafur + uracil"
ARMS = [dict(at="survival benefit of a {peptide vaccine combined with UFT/LV} as adjuvant", arm=A, regimen=REG,
             note="single arm; the peptide vaccine (RNF43 + TOMM34 peptides) has no drug row")]
M, U = "HLA-A*2402 matched", "without HLA-A*2402 (unmatched)"
RESULTS = [
    dict(at="[{67.8} vs. 73.6%", cat="efficacy", ep="RFS", et="RFS", u="%", arm=A, tp="3 years", p="0.706",
         pop=M),
    dict(at="67.8 vs. {73.6%}", cat="efficacy", ep="RFS", et="RFS", arm=A, tp="3 years", p="0.706", pop=U),
    dict(at="(HR)={1.254}", cat="efficacy", ep="RFS", et="RFS", u="HR", arm=A, tp="3 years", ci=(0.48, 4.63),
         p="0.706", note="HLA-A*2402 matched vs unmatched"),
    dict(at="({85.7} and 33.3%", cat="efficacy", ep="RFS", et="RFS", u="%", arm=A, tp="3 years", p="0.011",
         pop="HLA-A*2402 matched, positive CTL responses"),
    dict(at="85.7 and {33.3%}", cat="efficacy", ep="RFS", et="RFS", arm=A, tp="3 years", p="0.011",
         pop="HLA-A*2402 matched, without CTL responses"),
    dict(at="HR={0.159}", cat="efficacy", ep="RFS", et="RFS", u="HR", arm=A, tp="3 years", ci=(0.023, 0.697),
         p="0.011", pop="HLA-A*2402 matched", note="positive vs no CTL responses"),
]
