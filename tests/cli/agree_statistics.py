#!/usr/bin/env python3
"""Recomputes pdu-rate agree's statistics independently, with Python's standard library only:
for each pair of inputs, reads both CSV files of cases itself, matches the cases by id, and
recomputes per question the table of answers, the counts, the raw agreement, Cohen's kappa with
the Fleiss, Cohen & Everitt (1969) large-sample standard error, Gwet's AC1 with Gwet's (2008)
variance, their 95% intervals, the disagreements and the cases in one file only, then compares
them with `pdu-rate agree --format json` (to the 4 decimals it prints).

Usage (from the source root): agree_statistics.py PATH_TO_PDU_RATE"""
import csv
import json
import math
import subprocess
import sys
from statistics import NormalDist

pdu_rate = sys.argv[1]
# (the input given to pdu-rate, the CSV file of its cases)
PAIRS = [
    (("examples/bradford-calderdale/inspection.yaml", "examples/bradford-calderdale/cases.csv"),
     ("examples/bradford-calderdale-moderation/dip-sample.csv",) * 2),
    (("examples/band-edge/inspection.yaml", "examples/band-edge/cases.csv"),
     ("tests/data/agree/band-edge-second.csv",) * 2),
    (("tests/data/findings.csv",) * 2, ("tests/data/agree/findings-second.csv",) * 2),
]
NAMES = {"Yes": 0, "No": 1, "N/A": 2}
failures = 0
checked = 0


def fail(message):
    global failures
    failures += 1
    print("FAIL " + message)


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    return {r["case_id"]: r for r in rows}, [r["case_id"] for r in rows]


def column(row, question):
    for key in (question["short_id"], question["id"]):
        if key in row:
            return row[key]
    raise KeyError(question["id"])


def kappa(t, n):
    p = [[c / n for c in r] for r in t]
    row = [sum(r) for r in p]
    col = [p[0][j] + p[1][j] for j in range(2)]
    po = p[0][0] + p[1][1]
    pe = row[0] * col[0] + row[1] * col[1]
    if 1 - pe <= 1e-12:
        return None
    k = (po - pe) / (1 - pe)
    s = sum(p[i][i] * (1 - (row[i] + col[i]) * (1 - k)) ** 2 for i in range(2))
    s += (1 - k) ** 2 * sum(p[i][j] * (col[i] + row[j]) ** 2 for i in range(2) for j in range(2) if i != j)
    s -= (k - pe * (1 - k)) ** 2
    return k, pe, math.sqrt(max(0.0, s / (n * (1 - pe) ** 2)))


def ac1(t, n):
    p = [[c / n for c in r] for r in t]
    pi = [(sum(p[k]) + p[0][k] + p[1][k]) / 2 for k in range(2)]
    pe = sum(x * (1 - x) for x in pi)  # / (q - 1), q = 2
    po = p[0][0] + p[1][1]
    a = (po - pe) / (1 - pe)
    s = sum(p[k][l] * ((k == l) - 2 * (1 - a) * (1 - (pi[k] + pi[l]) / 2)) ** 2 for k in range(2) for l in range(2))
    s -= (po - 2 * (1 - a) * pe) ** 2
    return a, pe, math.sqrt(max(0.0, s / (n * (1 - pe) ** 2)))


def delta_method_se(t, n, coefficient):
    """The standard error by the delta method, with numerical derivatives: an independent check
    of the closed forms above (both are first-order expansions over the multinomial cells)."""
    p = [c / n for r in t for c in r]

    def at(cells):
        total = sum(cells)
        return coefficient([[cells[0] / total * n, cells[1] / total * n], [cells[2] / total * n, cells[3] / total * n]], n)[0]

    h = 1e-7
    g = []
    for k in range(4):
        up, down = p[:], p[:]
        up[k] += h
        down[k] -= h
        g.append((at(up) - at(down)) / (2 * h))
    mean = sum(pk * gk for pk, gk in zip(p, g))
    return math.sqrt(sum(pk * (gk - mean) ** 2 for pk, gk in zip(p, g)) / n)


def close(what, got, expected):
    global checked
    checked += 1
    if abs(float(got) - expected) > 0.00006:
        fail(f"{what}: pdu-rate says {got}, recomputed {expected:.6f}")


def compare_coefficient(what, got, computed, z):
    if computed is None or got is None:
        if (computed is None) != (got is None):
            fail(f"{what}: pdu-rate says {got}, recomputed {computed}")
        return
    value, pe, se = computed
    close(what + " value", got["value"], value)
    close(what + " chance", got["chance_agreement"], pe)
    close(what + " SE", got["standard_error"], se)
    close(what + " low", got["interval"]["low"], max(-1.0, value - z * se))
    close(what + " high", got["interval"]["high"], min(1.0, value + z * se))


def check_question(label, q, first, second, both, z):
    table = [[0] * 3 for _ in range(3)]
    disagreements = []
    for case_id in both:
        a, b = NAMES[column(first[case_id], q)], NAMES[column(second[case_id], q)]
        table[a][b] += 1
        if a != b:
            disagreements.append([case_id, column(first[case_id], q), column(second[case_id], q)])
    got_table = [[q["answers"][x][y] for y in ("yes", "no", "na")] for x in ("yes", "no", "na")]
    if got_table != table:
        fail(f"{label} answers: pdu-rate {got_table}, recomputed {table}")
    got = [[d["case_id"], d["first"], d["second"]] for d in q["disagreements"]]
    if got != disagreements:
        fail(f"{label} disagreements: pdu-rate {got}, recomputed {disagreements}")
    yn = [r[:2] for r in table[:2]]
    n = sum(map(sum, yn))
    if n == 0:
        return
    close(label + " agreement", q["agreement"], (yn[0][0] + yn[1][1]) / n)
    for name, coefficient in (("kappa", kappa), ("AC1", ac1)):
        computed = coefficient(yn, n)
        if computed is not None and 0 < computed[1] < 1:
            close(f"{label} {name} SE by the delta method", computed[2], delta_method_se(yn, n, coefficient))
    compare_coefficient(label + " kappa", q["kappa"], kappa(yn, n), z)
    compare_coefficient(label + " AC1", q["ac1"], ac1(yn, n), z)


for (first_input, first_csv), (second_input, second_csv) in PAIRS:
    p = subprocess.run([pdu_rate, "agree", first_input, second_input, "--format", "json"], capture_output=True, text=True)
    if p.returncode != 0:
        fail(f"agree {first_input} {second_input}: exit {p.returncode}\n{p.stderr}")
        continue
    document = json.loads(p.stdout)
    first, first_order = read(first_csv)
    second, second_order = read(second_csv)
    both = [c for c in first_order if c in second]
    if document["cases"]["both"] != len(both):
        fail(f"{first_input}: {document['cases']['both']} cases in both, recomputed {len(both)}")
    if document["cases"]["only_first"] != [c for c in first_order if c not in second]:
        fail(f"{first_input}: the cases only in FIRST differ")
    if document["cases"]["only_second"] != [c for c in second_order if c not in first]:
        fail(f"{first_input}: the cases only in SECOND differ")
    z = NormalDist().inv_cdf(0.5 + document["confidence"] / 200)
    for q in document["questions"]:
        check_question(f"{second_input} {q['id']}", q, first, second, both, z)

print(f"{checked} figures recomputed, {failures} failures")
sys.exit(1 if failures or checked == 0 else 0)
