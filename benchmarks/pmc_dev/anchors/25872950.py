PMID = "25872950"
SHORT = "PREPArE: psychosocial intervention + early palliative care vs early PC vs standard care (phase II protocol)"
DESIGN = "comparative"
DRUGS = {}
ARMS = [
    dict(at="treatment arms: {Arm A}, which", arm="Arm A", note="experimental; CBT-based psychosocial interventions + early PC"),
    dict(at="; {Arm B}, which", arm="Arm B", note="experimental; early PC only"),
    dict(at="and {Arm C}, which", arm="Arm C", note="control; standard oncologic care"),
]
RESULTS = []
