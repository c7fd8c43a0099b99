#!/usr/bin/env python3
"""Builds cases.csv for regression 17, an INVENTED CRC inspection under rules/hmip-probation-2018-crc.yaml.

62 cases in the three samples a CRC inspection drew: 40 for case supervision (2.1-2.4), 12 unpaid
work cases (4.1) and 10 Through the Gate cases (4.2); each answers N/A outside its own standards.
Lowest key questions: 2.1 26/40 = 65% Good; 2.2 22/40 = 55% Requires improvement; 2.3 19/40 =
47.5% Inadequate; 2.4 20/40 = 50% Requires improvement (on the edge); 4.1 9/12 = 75% Good;
4.2 4/10 = 40% Inadequate. Run it from this folder: python3 generate.py > cases.csv
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from invented_cases import write  # noqa: E402

SUP, UPW, TTG = ["supervision"], ["unpaid work"], ["through the gate"]
write({
    "prefix": "C",
    "cases": [("supervision", 40), ("unpaid work", 12), ("through the gate", 10)],
    "questions": [
        ("2.1.1", SUP, 28), ("2.1.2", SUP, 26), ("2.1.3", SUP, 30),
        ("2.2.1", SUP, 22), ("2.2.2", SUP, 25), ("2.2.3", SUP, 24),
        ("2.3.1", SUP, 23), ("2.3.2", SUP, 21), ("2.3.3", SUP, 19),
        ("2.4.1", SUP, 20), ("2.4.2", SUP, 24), ("2.4.3", SUP, 22),
        ("4.1.1", UPW, 10), ("4.1.2", UPW, 9), ("4.1.3", UPW, 11),
        ("4.2.1", TTG, 4), ("4.2.2", TTG, 6), ("4.2.3", TTG, 7),
    ],
}, seed=2018)
