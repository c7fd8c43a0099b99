#!/usr/bin/env python3
"""Builds cases.csv for regression 18, an INVENTED NPS inspection under rules/hmip-probation-2018-nps.yaml.

65 cases in the three samples an NPS inspection drew: 40 for case supervision (2.1-2.4), 15 court
reports and allocations (3.1) and 10 statutory victim contact cases (3.2); each answers N/A
outside its own standards. Lowest key questions: 2.1 32/40 = 80% Outstanding (on the edge);
2.2 28/40 = 70% Good; 2.3 27/40 = 67.5% Good; 2.4 26/40 = 65% Good (on the edge); 3.1 12/15 =
80% Outstanding; 3.2 7/10 = 70% Good. Run it from this folder: python3 generate.py > cases.csv
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from invented_cases import write  # noqa: E402

SUP, COURT, VICTIM = ["supervision"], ["court report"], ["victim contact"]
write({
    "prefix": "N",
    "cases": [("supervision", 40), ("court report", 15), ("victim contact", 10)],
    "questions": [
        ("2.1.1", SUP, 32), ("2.1.2", SUP, 34), ("2.1.3", SUP, 33),
        ("2.2.1", SUP, 30), ("2.2.2", SUP, 28), ("2.2.3", SUP, 29),
        ("2.3.1", SUP, 31), ("2.3.2", SUP, 27), ("2.3.3", SUP, 30),
        ("2.4.1", SUP, 26), ("2.4.2", SUP, 29), ("2.4.3", SUP, 28),
        ("3.1.1", COURT, 12), ("3.1.2", COURT, 13),
        ("3.2.1", VICTIM, 7), ("3.2.2", VICTIM, 8),
    ],
}, seed=2019)
