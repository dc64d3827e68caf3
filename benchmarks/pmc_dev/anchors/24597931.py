PMID = "24597931"
SHORT = "Methylene blue-assisted vs standard lymph node harvesting after gastrectomy (phase III protocol)"
DESIGN = "comparative"
DRUGS = {}  # methylene blue and formalin are applied to the resected specimen (reagents), not given as drugs
A, B = "Group A", "Group B"
ARMS = [
    dict(at="randomly assigned to {Group A}: the standard", arm=A, regimen=None, note="control; standard group"),
    dict(at="or {Group B}: the methylene", arm=B, regimen=None, note="experimental; methylene blue-assisted group"),
]
D = "design assumption (protocol), not a result"
RESULTS = [
    dict(at="fixed with {10%} buffered formalin", cat="other", et="buffered formalin",
         note="concentration of the fixative (reagent)"),
    dict(at="A {25%} reduction in the ratio", cat="other",
         et="reduction in the ratio of harvested lymph-node/time (minute)", note=D),
    dict(at="A {25%} risk reduction", cat="other", et="risk reduction", note=D),
    dict(at="alpha error of {5%}", cat="other", et="two-sided alpha error", note=D),
    dict(at="statistical power of {80%}", cat="other", et="statistical power", note=D),
]
