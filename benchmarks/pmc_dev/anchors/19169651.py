PMID = "19169651"
SHORT = "Switching phenytoin to levetiracetam vs continuing phenytoin after craniotomy for glioma (phase II pilot)"
DESIGN = "comparative"
DRUGS = {"phenytoin": "phenytoin", "levetiracetam": "levetiracetam", "PHT": "phenytoin", "LEV": "levetiracetam"}
L, P = "LEV", "PHT"
ARMS = [
    dict(at="to initiate {LEV therapy} within", arm=L, regimen="levetiracetam", note="experimental"),
    dict(at="to continue {PHT therapy}", arm=P, regimen="phenytoin", note="control"),
]
PCT_NO_ROW = ["({%}LEV/%PHT", "(%LEV/{%}PHT"]  # column header, the values follow without '%'
def _se(term, a, b):
    ctx = f"{term} ({a}/{b})"
    return [dict(at=ctx.replace(f"({a}/", "({" + a + "}/"), cat="safety", ep=term, et=term, u="%", arm=L,
                 tp="6 months", note="side effect; '%' written in the header (%LEV/%PHT)"),
            dict(at=ctx.replace(f"/{b})", "/{" + b + "})"), cat="safety", ep=term, et=term, u="%", arm=P,
                 tp="6 months", note="side effect; '%' written in the header (%LEV/%PHT)")]
RESULTS = [
    dict(at="13 patients ({87%})", cat="efficacy", et="seizure-free", arm=L, n=13),
    dict(at="6 patients ({75%})", cat="efficacy", et="seizure-free", arm=P, n=6),
    *_se("dizziness", "0", "14"), *_se("difficulty with coordination", "0", "29"),
    *_se("depression", "7", "14"), *_se("lack of energy or strength", "20", "43"),
    *_se("insomnia", "40", "43"), *_se("mood instability", "7", "0"),
]
