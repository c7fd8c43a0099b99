#!/usr/bin/env python3
"""Writes a synthetic inspection as CSV: N cases, 3 attributes, the 12 key questions.

Deterministic: the same N and seed always give the same bytes. About 73 bytes a case.
Usage: bench/generate.py N [SEED] > cases.csv
"""
import random
import sys


def main():
    n = int(sys.argv[1])
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    questions = [f"2.{s}.{k}" for s in range(1, 5) for k in range(1, 4)]
    out = sys.stdout
    out.write(",".join(["case_id", "case_type", "grade", "office"] + questions) + "\n")
    types = ["community", "licence"]
    grades = ["PO", "PSO", "PQiP"]
    offices = ["Bradford", "Halifax", "Keighley"]
    # Each key question has its own rate of Yes, with some N/A.
    rates = [rng.uniform(0.2, 0.9) for _ in questions]
    answers = []
    rows = []
    for i in range(n):
        row = [f"C{i + 1:07d}", types[rng.random() < 0.4], grades[int(rng.random() * 3)], offices[int(rng.random() * 3)]]
        for r in rates:
            x = rng.random()
            row.append("N/A" if x > 0.95 else ("Yes" if x < r * 0.95 else "No"))
        rows.append(",".join(row))
        if len(rows) == 10000:
            out.write("\n".join(rows) + "\n")
            rows = []
    if rows:
        out.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
