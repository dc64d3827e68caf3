PMID = "27354816"
SHORT = "Neoadjuvant XEC vs FEC, then adjuvant XT vs T, axillary node-positive operable breast cancer (phase III)"
DESIGN = "comparative"
DRUGS = {
    "capecitabine": "capecitabine", "xeloda": "capecitabine", "epirubicin": "epirubicin",
    "cyclophosphamide": "cyclophosphamide", "5-fluorouracil": "fluorouracil", "docetaxel": "docetaxel",
    "taxotere": "docetaxel", "T": "docetaxel",
    "XEC": ("XEC", "capecitabine + cyclophosphamide + epirubicin"),
    "FEC": ("FEC", "cyclophosphamide + epirubicin + fluorouracil"),
    "XT": ("XT", "capecitabine + docetaxel"),
}
X, F, XT, T = "XEC", "FEC", "XT", "T"
SEQ = ("; the abstract pairs the neoadjuvant and adjuvant comparisons (XEC -> XT, FEC -> T) without saying so "
       "explicitly, so each phase regimen is its own arm record")
ARMS = [
    dict(at="four 3-weekly cycles of {XEC} or FEC", arm=X, regimen="capecitabine + cyclophosphamide + epirubicin",
         note="experimental (neoadjuvant; 'compared to FEC')" + SEQ),
    dict(at="cycles of XEC or {FEC}", arm=F, regimen="cyclophosphamide + epirubicin + fluorouracil",
         note="control (neoadjuvant comparator)" + SEQ),
    dict(at="cycles of 3-weekly {XT} or T", arm=XT, regimen="capecitabine + docetaxel",
         note="experimental (adjuvant; capecitabine added to docetaxel)" + SEQ),
    dict(at="cycles of 3-weekly XT or {T}", arm=T, regimen="docetaxel",
         note="control (adjuvant; docetaxel alone)" + SEQ),
]
RESULTS = [
    dict(at="primary tumor ({18%} vs 6%", cat="efficacy", ep="pCR", et="pathological complete response", arm=X,
         p="0.027", note="in primary tumor; 'Treatment with XEC ... compared to FEC'"),
    dict(at="(18% vs {6%}, respectively", cat="efficacy", ep="pCR", et="pathological complete response", arm=F,
         p="0.027", note="in primary tumor"),
    dict(at="remission rate ({87%} vs", cat="efficacy", ep="ORR", et="objective remission", arm=X, p="0.048"),
    dict(at="(87% vs {73%}, P=0.048)", cat="efficacy", ep="ORR", et="objective remission", arm=F, p="0.048"),
    dict(at="occurred in {20%} and 7%", cat="efficacy", ep="CR", et="Clinical complete response", arm=X,
         note="'for XEC and FEC, respectively'"),
    dict(at="occurred in 20% and {7%}", cat="efficacy", ep="CR", et="Clinical complete response", arm=F),
    dict(at="syndrome ({57%} vs 11%", cat="safety", ep="hand-foot syndrome", et="hand-foot syndrome", arm=X,
         p="<0.001"),
    dict(at="(57% vs {11%}, P<0.001)", cat="safety", ep="hand-foot syndrome", et="hand-foot syndrome", arm=F,
         p="<0.001"),
    dict(at="diarrhea ({30%} vs 14%", cat="safety", ep="nausea/vomiting/diarrhea", et="3/4 grade nausea/vomiting/diarrhea",
         arm=X, p="0.034", note="grade 3/4"),
    dict(at="(30% vs {14%}, P=0.034)", cat="safety", ep="nausea/vomiting/diarrhea",
         et="3/4 grade nausea/vomiting/diarrhea", arm=F, p="0.034", note="grade 3/4"),
    dict(at="phlebitis ({3%} vs 14%", cat="safety", ep="phlebitis", et="phlebitis", arm=X, p="0.035"),
    dict(at="(3% vs {14%}, P=0.035)", cat="safety", ep="phlebitis", et="phlebitis", arm=F, p="0.035"),
    dict(at="occurred in {28%} and 17%", cat="safety", ep="grade 3-4 adverse events",
         et="treatment-related 3/4 grade adverse events", arm=XT, note="'receiving XT and T, respectively'"),
    dict(at="occurred in 28% and {17%}", cat="safety", ep="grade 3-4 adverse events",
         et="treatment-related 3/4 grade adverse events", arm=T),
]
# No row: 137 randomised, 131 evaluated (sample sizes).
