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

After the key questions come the findings the report quotes (rules/hmip-pdu-2023.yaml,
`findings:`), one column each headed with the finding's id, with the report's Yes and relevant
counts; N/A marks the cases the finding does not apply to. Where the report gives only a
percentage, the count is the nearest out of 79 (stated below). The findings use their own
random generator, so the key-question columns are exactly as before they were added.
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

# Findings: (id, Yes, relevant, Yes fixed within subsets as for SPLITS). Report figures in quotes.
FINDINGS = [
    ("P2.1.1.a", 34, 79, []),          # protected characteristics: "57 per cent" not analysed -> 34/79 = 43%
    ("P2.1.3.a", 39, 78, []),          # child safeguarding information: "39 out of 78" insufficient
    # drew on available sources: "32 per cent of relevant cases ... even weaker in cases managed
    # by PQiPs" -> 25/79 = 31.6%, of which 1 of the 7 PQiP cases (14%)
    ("P2.1.3.b", 25, 79, [(lambda c: c["grade"] == "PQiP", 1)]),
    ("P2.2.1.a", 31, 79, []),          # person involved in planning: "39 per cent" -> 31/79 = 39.2%
    ("P2.3.3.a", 18, 64, []),          # victims protected: "18 out of 64 relevant cases"
    ("P2.3.3.b", 21, 66, []),          # other agencies involved: "21 out of 66 relevant cases"
    ("P2.4.2.a", 20, 54, []),          # reviewing informed by other agencies (desistance): "20 out of 54"
    ("P2.4.3.a", 29, 73, []),          # reviewing informed by other agencies (safety): "29 out of 73"
    ("P2.4.3.b", 24, 65, []),          # formal reviews: "24 out of 65 relevant cases"
    ("P2.4.3.c", 22, 70, []),          # key risk factors addressed: "48 out of 70" failing
    ("F.oversight", 8, 74, []),        # management oversight: "insufficient ... in 66 of 74 relevant cases"
    ("F.practitioners", 70, 79, []),   # no more than two practitioners: "89 per cent" -> 70/79 = 88.6%
    ("F.domestic-abuse", 71, 79, []),  # domestic abuse information: "90 per cent" -> 71/79 = 89.9%
    ("F.crs-referral", 33, 61, []),    # CRS referral: "28 out of 61" needed and not made
    ("F.reset", 9, 70, []),            # Probation Reset: "Nine out of 70 cases"
    ("F.no-new-offence", 52, 79, []),  # no new offence: "52 out of 79"
    ("F.risk-work", 10, 79, []),       # work on risk of harm factors: "just 10 out of 79 cases"
]
frng = random.Random(20241105)  # publication month; independent of the key questions' generator
for fid, total_yes, relevant_count, splits in FINDINGS:
    relevant = set(frng.sample(range(len(cases)), relevant_count))
    remaining = sorted(relevant)
    yes = set()
    for in_subset, count in splits:
        members = [i for i in remaining if in_subset(cases[i])]
        yes.update(frng.sample(members, count))
        remaining = [i for i in remaining if not in_subset(cases[i])]
    yes.update(frng.sample(remaining, total_yes - len(yes)))
    for i, c in enumerate(cases):
        c[fid] = "Yes" if i in yes else ("No" if i in relevant else "N/A")

# Self-check: every published count and split.
def count(q, where=lambda c: True, answer="Yes"):
    return sum(1 for c in cases if where(c) and c[q] == answer)
assert [count(q) for q in QUESTIONS] == [TOTAL_YES[q] for q in QUESTIONS]
assert count("2.1.2", lambda c: c["case_type"] == "licence") == 25
assert (count("2.3.1", lambda c: c["grade"] == "PO"), count("2.3.1", lambda c: c["grade"] == "PSO")) == (25, 11)
assert count("2.3.3", lambda c: c["grade"] == "PSO") == 2
assert (count("2.4.1", lambda c: c["grade"] == "PO"), count("2.4.1", lambda c: c["grade"] == "PSO")) == (22, 12)
for fid, total_yes, relevant_count, _ in FINDINGS:
    assert (count(fid), len(cases) - count(fid, answer="N/A")) == (total_yes, relevant_count), fid

FINDING_IDS = [f[0] for f in FINDINGS]
print(",".join(["case_id", "case_type", "grade"] + QUESTIONS + FINDING_IDS))
for c in cases:
    print(",".join([c["case_id"], c["case_type"], c["grade"]] + [c[q] for q in QUESTIONS + FINDING_IDS]))
