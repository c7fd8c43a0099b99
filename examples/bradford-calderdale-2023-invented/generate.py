#!/usr/bin/env python3
"""Builds cases.csv for an INVENTED earlier inspection of Bradford & Calderdale PDU, deterministically.

No such inspection is published: this one exists so that `pdu-rate compare` has an earlier
inspection of the same PDU to compare the real 2024 one (../bradford-calderdale/) with. Its 80
cases (50 community orders, 30 licences; every key question relevant to every case) are made up,
with Yes counts chosen so that some key questions change by more than sampling error would
explain and most do not:
  - Assessment (P2.1) Requires improvement, its lowest key question 2.1.3 at 40/80 = 50%, the
    edge of the band (the 2024 inspection: 15/79 = 19.0%);
  - Planning (P2.2) Requires improvement, 2.2.3 at 41/80 = 51.25%;
  - Implementation and delivery (P2.3) Inadequate, 2.3.3 at 26/80 = 32.5%;
  - Reviewing (P2.4) Inadequate, 2.4.3 at 25/80 = 31.25%; 2.4.2 at 30/80, below the 2024 32/79.
Four findings (tabulated, not rated) are answered too, after the key questions (so adding them
left the key questions' answers as they were): 2.1.3.a and 2.1.3.b under 2.1.3, 2.3.3.a under
2.3.3 (relevant, in this invention, to the 50 community cases only) and F.oversight.
Which cases say Yes is arbitrary (a seeded shuffle per column).
Run it from this folder: python3 generate.py > cases.csv
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from invented_cases import write  # noqa: E402

ALL = ["community", "licence"]
write({
    "prefix": "BE",
    "cases": [("community", 50), ("licence", 30)],
    "questions": [
        ("2.1.1", ALL, 44), ("2.1.2", ALL, 50), ("2.1.3", ALL, 40),  # Requires improvement (50%)
        ("2.2.1", ALL, 42), ("2.2.2", ALL, 46), ("2.2.3", ALL, 41),  # Requires improvement (51.25%)
        ("2.3.1", ALL, 50), ("2.3.2", ALL, 40), ("2.3.3", ALL, 26),  # Inadequate (32.5%)
        ("2.4.1", ALL, 42), ("2.4.2", ALL, 30), ("2.4.3", ALL, 25),  # Inadequate (31.25%)
        ("P2.1.3.a", ALL, 52), ("P2.1.3.b", ALL, 30), ("P2.3.3.a", ["community"], 24), ("F.oversight", ALL, 27),
    ],
}, seed=20230515)
