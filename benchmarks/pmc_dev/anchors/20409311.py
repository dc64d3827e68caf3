PMID = "20409311"
SHORT = "LUNGEVITY: aerobic, resistance, combined training or attention-control after NSCLC resection (protocol)"
DESIGN = "comparative"
DRUGS = {}
ARMS = [
    dict(at="(1) {aerobic training alone}", arm="aerobic training alone", note="experimental"),
    dict(at="(2) {resistance training alone}", arm="resistance training alone", note="experimental"),
    dict(at="(3) {the combination of aerobic and resistance training}",
         arm="the combination of aerobic and resistance training", note="experimental"),
    dict(at="(4) {attention-control} (progressive", arm="attention-control",
         note="control (progressive stretching); planned 40 patients per arm"),
]
RESULTS = [
    dict(at="intensity {above 70%}", cat="other", q=">", v=70, et="VO2peak",
         note="exercise intensity target for aerobic training (protocol)"),
    dict(at="between {60 and 80%}", cat="other", q="=", v=None, lo=60, hi=80, et="one-repetition maximum",
         note="exercise intensity range for resistance training (protocol)"),
]
