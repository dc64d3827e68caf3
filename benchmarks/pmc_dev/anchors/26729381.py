PMID = "26729381"
SHORT = "Referral of postsurgical colorectal cancer survivors to cardiac rehabilitation (pilot RCT)"
DESIGN = "comparative"
DRUGS = {}
CR = "cardiac rehabilitation"
ARMS = [dict(at="Intervention: {Referral of postsurgical CRC survivors to weekly CR exercise classes and information sessions}",
             arm=CR, regimen=None, note="experimental; the control arm is not described in the abstract")]
RESULTS = [
    dict(at="{31%} (n=41)", cat="other", et="consented to participate in the trial", n=41,
         note="of all eligible CRC survivors"),
    dict(at="{62%} of participants completed", cat="other", et="completed the intervention as per protocol",
         arm=CR),
]
