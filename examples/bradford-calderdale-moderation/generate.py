#!/usr/bin/env python3
"""Builds dip-sample.csv: an INVENTED second judging of part of the Bradford & Calderdale
example, for `pdu-rate agree` (README, "Agreement between inspectors").

Nothing here is HMIP data. It imitates what a quality lead does after fieldwork: re-judge a dip
sample of an inspection's cases and compare. The script draws 15 of the 79 cases of
../bradford-calderdale/cases.csv (a seeded random choice, so the file is the same on every run),
copies their key-question answers, and changes a few judgements the way moderators' and
inspectors' judgements realistically differ:
  - borderline Yes/No calls on the harder questions (keeping people safe, 2.1.3, 2.2.3, 2.3.3,
    and reviewing, 2.4.2), in both directions;
  - one applicability disagreement: the moderator judges that no review was due in one case,
    so 2.4.3 (reviewing: keeping people safe) does not apply (N/A where the inspector said Yes or No).
The findings are not re-judged (a dip sample usually checks the key questions only).
Run it from this folder: python3 generate.py > dip-sample.csv
"""
import csv
import random
import sys

KEY_QUESTIONS = ["2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3",
                 "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3"]

with open("../bradford-calderdale/cases.csv", newline="") as f:
    cases = list(csv.DictReader(f))

rng = random.Random(20241104)  # an invented moderation date
sample = sorted(rng.sample(cases, 15), key=lambda c: c["case_id"])

# (position in the sample, key question, the moderator's answer): "flip" turns the inspector's
# Yes into No or No into Yes; "N/A" says the question does not apply.
CHANGES = [
    (1, "2.1.3", "flip"),
    (4, "2.2.3", "flip"),
    (6, "2.3.3", "flip"),
    (9, "2.4.2", "flip"),
    (8, "2.1.3", "flip"),
    (13, "2.4.3", "N/A"),
]
FLIP = {"Yes": "No", "No": "Yes"}

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["case_id", "case_type", "grade"] + KEY_QUESTIONS)
for i, c in enumerate(sample):
    answers = {q: c[q] for q in KEY_QUESTIONS}
    for position, question, answer in CHANGES:
        if position == i:
            answers[question] = FLIP[answers[question]] if answer == "flip" else answer
    out.writerow([c["case_id"], c["case_type"], c["grade"]] + [answers[q] for q in KEY_QUESTIONS])
