#!/usr/bin/env python3
"""Builds cases.csv for an INVENTED youth justice inspection (2021 youth framework), deterministically.

No youth inspection's case-level judgements are published, so these 30 cases are made up to rate
every casework standard of rules/hmip-youth-2021.yaml from cases: 20 court disposals (domain 2,
N/A on domain 3's questions) and 10 out-of-court disposals (domain 3, N/A on domain 2's). The Yes
counts below are chosen so that each standard's lowest key question lands in a known band, some
on an edge (2.1.3 13/20 = 65%: Good; 2.3.1 16/20 = 80%: Outstanding; 3.3.2 5/10 = 50%: Requires
improvement). Run it from this folder: python3 generate.py > cases.csv
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from invented_cases import write  # noqa: E402

COURT, OOCD = ["court"], ["out-of-court"]
write({
    "prefix": "Y",
    "cases": [("court", 20), ("out-of-court", 10)],
    "questions": [
        ("2.1.1", COURT, 15), ("2.1.2", COURT, 14), ("2.1.3", COURT, 13),  # Good (65%)
        ("2.2.1", COURT, 12), ("2.2.2", COURT, 16), ("2.2.3", COURT, 13),  # Requires improvement (60%)
        ("2.3.1", COURT, 16), ("2.3.2", COURT, 17), ("2.3.3", COURT, 18),  # Outstanding (80%)
        ("2.4.1", COURT, 9), ("2.4.2", COURT, 12), ("2.4.3", COURT, 14),   # Inadequate (45%)
        ("3.1.1", OOCD, 8), ("3.1.2", OOCD, 7), ("3.1.3", OOCD, 9),        # Good (70%)
        ("3.2.1", OOCD, 9), ("3.2.2", OOCD, 7), ("3.2.3", OOCD, 8),        # Good (70%)
        ("3.3.1", OOCD, 6), ("3.3.2", OOCD, 5), ("3.3.3", OOCD, 8),        # Requires improvement (50%)
    ],
}, seed=2025)
