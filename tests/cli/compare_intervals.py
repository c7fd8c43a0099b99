#!/usr/bin/env python3
"""pdu-rate compare's figures recomputed independently, with the standard library only: each key
question's and finding's percentage from its counts, and each change's interval by Newcombe's hybrid score
method (1998, method 10) from Wilson intervals with statistics.NormalDist's quantile. Also that
the text report marks exactly the changes whose interval leaves out 0, and that the method
reproduces Newcombe's published Table II (so that this check is itself checked).

Usage (from the source root): compare_intervals.py PATH_TO_PDU_RATE"""
import json
import math
import subprocess
import sys
from statistics import NormalDist

pdu_rate = sys.argv[1]
failures = 0


def wilson(yes, n, z):
    p = yes / n
    d = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / d
    half = z / d * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return centre - half, centre + half


def newcombe(yes1, n1, yes2, n2, level):
    z = NormalDist().inv_cdf(0.5 + level / 200)
    p1, p2 = yes1 / n1, yes2 / n2
    l1, u1 = wilson(yes1, n1, z)
    l2, u2 = wilson(yes2, n2, z)
    d = p1 - p2
    return d, d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def fail(message):
    global failures
    print("FAIL", message)
    failures += 1


# Newcombe 1998, Table II, method 10.
for args, expected in [((56, 70, 48, 80), (0.0524, 0.3339)), ((9, 10, 3, 10), (0.1705, 0.8090)),
                       ((5, 56, 0, 29), (-0.0381, 0.1926)), ((0, 10, 0, 20), (-0.1611, 0.2775))]:
    _, low, high = newcombe(*args, 95)
    if abs(low - expected[0]) > 5e-5 or abs(high - expected[1]) > 5e-5:
        fail(f"this script's Newcombe {args}: {low:.4f} to {high:.4f}, published {expected}")

EARLIER = "examples/bradford-calderdale-2023-invented/inspection.yaml"
LATER = "examples/bradford-calderdale/inspection.yaml"
RUNS = [
    [EARLIER, LATER],
    [EARLIER, LATER, EARLIER],
    ["--rules", "hmip-pdu-2023", EARLIER, LATER],
    ["--confidence", "90", EARLIER, LATER],
    ["--confidence", "99.5", EARLIER, LATER, EARLIER],
    ["examples/regression/17-probation-2018-crc/inspection.yaml",
     "examples/regression/18-probation-2018-nps/inspection.yaml"],
    ["examples/regression/05-requires-improvement-at-10/inspection.yaml", "examples/regression/09-rounding/inspection.yaml",
     "examples/regression/10-mostly-not-applicable/inspection.yaml",
     "examples/regression/13-missing-columns/inspection.yaml"],
]
compared = 0
for args in RUNS:
    what = "pdu-rate compare " + " ".join(args)
    j = subprocess.run([pdu_rate, "compare", *args, "--format", "json"], capture_output=True, text=True)
    t = subprocess.run([pdu_rate, "compare", *args], capture_output=True, text=True)
    if j.returncode != 0 or t.returncode != 0:
        fail(f"{what}: exit {j.returncode}/{t.returncode}: {j.stderr}{t.stderr}")
        continue
    doc = json.loads(j.stdout)
    level = doc["confidence_level"]
    asked = float(args[args.index("--confidence") + 1]) if "--confidence" in args else 95
    if level != asked:
        fail(f"{what}: confidence_level {level}, asked {asked}")
    marked = 0
    for q in doc["key_questions"] + doc["findings"]:
        for point in q["inspections"]:
            if point and point["relevant"] > 0 and abs(point["percent"] - 100 * point["yes"] / point["relevant"]) > 0.005:
                fail(f"{what}: {q['id']} percent {point['percent']}")
        for c in q["changes"]:
            a, b = q["inspections"][c["from"]], q["inspections"][c["to"]]
            if not (a and b and a["present"] and b["present"] and a["relevant"] and b["relevant"]):
                if c["difference"] is not None:
                    fail(f"{what}: {q['id']} has a change without relevant cases on both sides")
                continue
            d, low, high = (100 * v for v in newcombe(b["yes"], b["relevant"], a["yes"], a["relevant"], level))
            compared += 1
            for name, value in (("difference", d), ("low", low), ("high", high)):
                if abs(c[name] - value) > 0.005 + 1e-9:
                    fail(f"{what}: {q['id']} {name} {c[name]}, recomputed {value:.4f}")
            if c["excludes_zero"] != (low > 0 or high < 0):
                fail(f"{what}: {q['id']} excludes_zero {c['excludes_zero']}, recomputed [{low:.4f}, {high:.4f}]")
            marked += c["excludes_zero"]
    # The text report marks each such change with " *" at the end of its cell.
    stars = sum(line.count("] *") for line in t.stdout.splitlines())
    if stars != marked:
        fail(f"{what}: the text marks {stars} changes, the JSON {marked}")

print(f"{compared} changes recomputed, {failures} failures")
sys.exit(1 if failures else 0)
