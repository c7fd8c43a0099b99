"""Writes an invented inspection's cases.csv from exact counts, deterministically.

The invented examples (each folder's generate.py says so) exist to exercise a framework's rules
with case data: what matters is each key question's Yes and relevant counts, which the spec
states, so the expectations in inspection.yaml can be checked by hand. Which cases say Yes is
arbitrary (a seeded shuffle per column).

A spec: cases, a list of (case_type, count); questions, a list of (id, case_types, yes), where
case_types are the cases the question applies to (the others answer N/A) and yes is how many of
them answer Yes (the rest No).
"""
import csv
import random
import sys


def write(spec, seed, out=sys.stdout):
    rng = random.Random(seed)
    cases = [t for t, n in spec["cases"] for _ in range(n)]
    answers = {}
    for qid, types, yes in spec["questions"]:
        rows = [i for i, t in enumerate(cases) if t in types]
        if yes > len(rows):
            sys.exit(f"{qid}: {yes} Yes of {len(rows)} relevant cases")
        rng.shuffle(rows)
        column = ["N/A"] * len(cases)
        for k, i in enumerate(rows):
            column[i] = "Yes" if k < yes else "No"
        answers[qid] = column
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["case_id", "case_type"] + [q[0] for q in spec["questions"]])
    for i, t in enumerate(cases):
        w.writerow([f"{spec['prefix']}{i + 1:03d}", t] + [answers[q[0]][i] for q in spec["questions"]])
