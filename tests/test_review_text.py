"""The review app's pure helpers: cutting text around (overlapping) facts, paragraphs, segments, run lock."""

import json
import os
import socket
import subprocess
import sys

from trialmine.review.app import _segment_label
from trialmine.review.source import PARAGRAPH_MAX_CHARS, RUN_HOLDER, paragraph_bounds, pieces, run_in_progress


def test_pieces_cover_the_text_and_mark_overlapping_facts():
    text = "Patients got selinexor 60 mg weekly."
    dose = (13, 28, "ev_dose")  # "selinexor 60 mg"
    drug = (13, 22, "ev_drug")  # "selinexor", inside the dose
    cut = pieces(text, 0, len(text), [dose, drug])
    assert "".join(p.text for p in cut) == text
    by_text = {p.text: p for p in cut}
    assert by_text["selinexor"].facts == ("ev_drug", "ev_dose")  # shortest first: the drug is on top
    assert by_text["selinexor"].starts == ("ev_drug", "ev_dose") and by_text["selinexor"].ends == ("ev_drug",)
    assert by_text[" 60 mg"].facts == ("ev_dose",) and by_text[" 60 mg"].ends == ("ev_dose",)
    assert by_text["Patients got "].facts == ()


def test_pieces_mark_the_sentence_and_the_paragraph_is_bounded():
    text = "Title\nFirst sentence. The rate was 40% here. Last one.\nNext paragraph."
    start = text.index("40%")
    lo, hi = paragraph_bounds(text, start, start + 3)
    assert text[lo:hi] == "First sentence. The rate was 40% here. Last one."
    sentence = (text.index("The rate"), text.index(" Last"))
    cut = pieces(text, lo, hi, [(start, start + 3, "ev")], sentence)
    assert [p.text for p in cut if p.in_sentence] == ["The rate was ", "40%", " here."]
    long_text = "x" * 5000 + " 40% " + "y" * 5000
    lo, hi = paragraph_bounds(long_text, 5001, 5004)
    assert hi - lo <= PARAGRAPH_MAX_CHARS + 3 and lo <= 5001 and hi >= 5004


def test_segment_labels_name_the_page_or_the_speaker():
    assert _segment_label("page:3") == "page 3"
    assert _segment_label("speaker:Dr. Minghui Duan") == "speaker: Dr. Minghui Duan"
    assert _segment_label(None) == ""


def test_a_run_in_progress_is_recognised_by_its_live_holder(tmp_path):
    assert not run_in_progress(tmp_path)
    holder = tmp_path / RUN_HOLDER
    holder.write_text(json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "run_id": "r"}))
    assert run_in_progress(tmp_path)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    holder.write_text(json.dumps({"pid": gone.pid, "host": socket.gethostname(), "run_id": "r"}))
    assert not run_in_progress(tmp_path)  # a killed run's leftover file does not freeze the app
    holder.write_text("{not json")
    assert not run_in_progress(tmp_path)
