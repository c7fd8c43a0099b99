#!/usr/bin/env python3
"""Builds cases.csv for regression 16, an INVENTED PDU inspection under rules/hmip-pdu-2021.yaml.

40 cases, 25 community orders and 15 licences; court work (2.1.1, the pre-sentence advice) applies
to the community orders only. Each standard's lowest key question: 2.1 14/25 = 56% Requires
improvement; 2.2 26/40 = 65% Good (on the edge); 2.3 25/40 = 62.5% Requires improvement;
2.4 18/40 = 45% Inadequate; 2.5 32/40 = 80% Outstanding (on the edge).
Run it from this folder: python3 generate.py > cases.csv
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from invented_cases import write  # noqa: E402

ALL, COMMUNITY = ["community", "licence"], ["community"]
write({
    "prefix": "D",
    "cases": [("community", 25), ("licence", 15)],
    "questions": [
        ("2.1.1", COMMUNITY, 14),
        ("2.2.1", ALL, 30), ("2.2.2", ALL, 28), ("2.2.3", ALL, 26),
        ("2.3.1", ALL, 25), ("2.3.2", ALL, 29), ("2.3.3", ALL, 27),
        ("2.4.1", ALL, 24), ("2.4.2", ALL, 21), ("2.4.3", ALL, 18),
        ("2.5.1", ALL, 33), ("2.5.2", ALL, 32), ("2.5.3", ALL, 34),
    ],
}, seed=2021)
