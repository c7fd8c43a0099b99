#!/usr/bin/env python3
"""Writes caseload.csv: an INVENTED caseload list of a probation delivery unit, for pdu-rate
sample (README, "Drawing the sample"). No row is a real person or case: ids, dates, offices and
grades are made up, deterministically (a seeded generator), in the shape a case management
extract has: 2000 community and 1800 licence cases, one row each, any columns.

Usage: python3 generate.py > caseload.csv
"""
import csv
import datetime
import random
import sys

COMMUNITY, LICENCE = 2000, 1800
OFFICES = ["Bradford, Manor Row", "Bradford, Sharpe Street", "Keighley", "Halifax", "Huddersfield Road, Dewsbury"]
GRADES = [("PO", 5), ("PSO", 4), ("PQiP", 1)]
TIERS = ["A", "B", "C", "D"]


def main(out=sys.stdout):
    rng = random.Random(2024)
    types = ["community"] * COMMUNITY + ["licence"] * LICENCE
    rng.shuffle(types)
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["case_id", "case_type", "office", "grade", "tier", "start_date", "rosh"])
    start = datetime.date(2023, 1, 2)
    for i, case_type in enumerate(types, 1):
        grade = rng.choices([g for g, _ in GRADES], weights=[k for _, k in GRADES])[0]
        date = start + datetime.timedelta(days=rng.randrange(540))
        rosh = rng.choices(["low", "medium", "high", "very high"], weights=[30, 45, 20, 5])[0]
        w.writerow([f"INV{i:05d}", case_type, rng.choice(OFFICES), grade, rng.choice(TIERS), date.isoformat(), rosh])


if __name__ == "__main__":
    main()
