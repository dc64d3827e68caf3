PMID = "25519680"
SHORT = "PXT3003 (low-dose baclofen + naltrexone + sorbitol), three doses vs placebo, Charcot-Marie-Tooth disease type 1A (exploratory phase 2)"
DESIGN = "comparative"
PXT = "baclofen + naltrexone + sorbitol"
DRUGS = {"baclofen": "baclofen", "naltrexone": "naltrexone", "sorbitol": "sorbitol", "PXT3003": ("PXT3003", PXT)}
P, LO, MID, HD = "Placebo", "PXT3003 lowest dose", "PXT3003 intermediate dose", "HD"
EQ = "; n_total from '80 adult patients ... in four equal groups'"
SHARED = ("experimental; the three dose arms are defined by one mention ('one of the three increasing doses of "
          "PXT3003'), so the three arm records sit on the drug name (abstracts_dev2 D7)")
UNNAMED = "; the abstract does not name this dose arm, label made from 'three increasing doses'"
ARMS = [
    dict(at="for 1 year {Placebo} or one", arm=P, regimen=None, n_total=20, note="control" + EQ),
    dict(at="increasing doses of {PXT3003} tested", arm=LO, regimen=PXT, n_total=20, note=SHARED + UNNAMED + EQ),
    dict(at="increasing doses of {PXT3003} tested", arm=MID, regimen=PXT, n_total=20, note=SHARED + UNNAMED + EQ),
    dict(at="increasing doses of {PXT3003} tested", arm=HD, regimen=PXT, n_total=20,
         note=SHARED + "; named 'The highest dose (HD)' in the results" + EQ),
]
DIFF = ("improvement in the HD group versus the pool of all other groups (a between-group difference, arm null); "
        "the interval in parentheses is not labelled (presumably a 95% CI)")
RESULTS = [
    dict(at="respectively of {8%} (0.4%", cat="efficacy", et="CMTNS", ci=(0.4, 16.2), note=DIFF),
    dict(at="and {12.1%} (2%", cat="efficacy", et="ONLS", ci=(2, 23.2), note=DIFF),
]
# The interval bounds "(0.4% - 16.2%)" and "(2% - 23.2%)" carry '%' signs but have no "CI" word, so the
# checker's interval exemption does not see them: their '%' are listed in PCT_NO_ROW (they are bounds whose numbers
# live in ci_low/ci_high of the 8% and 12.1% rows, decision 12), not given rows of their own.
PCT_NO_ROW = ["(0.4{%} - 16.2%)", "(0.4% - 16.2{%})", "(2{%} - 23.2%)", "(2% - 23.2{%})"]
# No row: "80 adult patients" (sample size -> arm n_total), "1 year" (treatment duration), "over one year" (the
# placebo's quasi-stability and non-deterioration, no value), incidence of related adverse events (method, no value),
# "Phase 2b/3", EudraCT / EMA numbers.
# Drugs: PXT3003 is a fixed low-dose combination defined in the text ("a combination of baclofen, naltrexone and
# sorbitol (PXT3003)"): one row per mention with the components as regimen, like a regimen acronym; the
# components named in the text are their own drug rows. No drug row: PMP22 (gene/protein).
# No dose rows: the abstract gives no dose amounts ("low-dose", "three increasing doses").
