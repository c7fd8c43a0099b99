#!/usr/bin/env python3
"""Builds cases.csv for the Bradford & Calderdale example, deterministically.

The published report gives totals and some splits, not case-level data. This script makes 79
cases that reproduce every figure the report quotes for the key questions (see ../../README.md
and ../../../shared/methodology.md):
  - 49 community orders and 30 licences;
  - grades: 30 probation officers (PO), 39 probation services officers (PSO), 7 trainees
    (PQiP; "only seven cases in our sample were from this group"); the report does not say who
    held the other 3, so they are marked "other";
  - Yes counts per key question (all 79 relevant): 36, 44, 15 / 28, 38, 21 / 42, 29, 18 / 40, 32, 22;
  - 2.1.2 desistance sufficient in 25 of 30 licence cases (83%);
  - 2.2.2 planning for desistance sufficient in over two-thirds of licence cases (21 of 30);
  - 2.3.1 engagement: 25 of 30 PO cases, 11 of 39 PSO cases;
  - 2.3.3 keeping people safe: 2 of 39 PSO cases;
  - 2.4.1 engagement: 22 of 30 PO cases, 12 of 39 PSO cases.
Which particular cases say Yes within those constraints is arbitrary (seeded shuffle).
Run it from this folder: python3 generate.py > cases.csv
"""
import random

rng = random.Random(20240902)  # fieldwork start date

# (case_type, grade, count): licences are mostly held by POs.
GROUPS = [
    ("community", "PO", 10), ("community", "PSO", 31), ("community", "PQiP", 5), ("community", "other", 3),
    ("licence", "PO", 20), ("licence", "PSO", 8), ("licence", "PQiP", 2),
]
cases = []
for case_type, grade, count in GROUPS:
    cases += [{"case_type": case_type, "grade": grade} for _ in range(count)]
rng.shuffle(cases)
for i, c in enumerate(cases, 1):
    c["case_id"] = f"BC{i:03d}"

QUESTIONS = ["2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3",
             "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3"]
TOTAL_YES = dict(zip(QUESTIONS, [36, 44, 15, 28, 38, 21, 42, 29, 18, 40, 32, 22]))
# Yes counts fixed within a subset; the rest of the total falls on the remaining cases.
SPLITS = {
    "2.1.2": [(lambda c: c["case_type"] == "licence", 25)],
    "2.2.2": [(lambda c: c["case_type"] == "licence", 21)],
    "2.3.1": [(lambda c: c["grade"] == "PO", 25), (lambda c: c["grade"] == "PSO", 11)],
    "2.3.3": [(lambda c: c["grade"] == "PSO", 2)],
    "2.4.1": [(lambda c: c["grade"] == "PO", 22), (lambda c: c["grade"] == "PSO", 12)],
}

for q in QUESTIONS:
    remaining = list(range(len(cases)))
    yes = set()
    for in_subset, count in SPLITS.get(q, []):
        members = [i for i in remaining if in_subset(cases[i])]
        yes.update(rng.sample(members, count))
        remaining = [i for i in remaining if not in_subset(cases[i])]
    yes.update(rng.sample(remaining, TOTAL_YES[q] - len(yes)))
    for i, c in enumerate(cases):
        c[q] = "Yes" if i in yes else "No"

print(",".join(["case_id", "case_type", "grade"] + QUESTIONS))
for c in cases:
    print(",".join([c["case_id"], c["case_type"], c["grade"]] + [c[q] for q in QUESTIONS]))
