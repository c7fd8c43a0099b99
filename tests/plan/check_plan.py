#!/usr/bin/env python3
"""pdu-rate plan and sample against an independent implementation (reference.py, Python's
standard library only): every figure of plan's JSON for several populations, levels, margins and
rule sets, and the rows sample draws for several seeds, sizes and strata. Fails on any
difference, so a change to a formula, the binomial sums, the allocation, the generator or the
selection algorithm shows here.

Usage (from the source root): check_plan.py PATH_TO_PDU_RATE"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference  # noqa: E402

pdu_rate = os.path.abspath(sys.argv[1])
failures = []
checked = 0


def run(args, stdin=None):
    p = subprocess.run([pdu_rate, *args], capture_output=True, text=True, input=stdin)
    if p.returncode != 0:
        failures.append(f"{args}: exit {p.returncode}: {p.stderr.strip()}")
        return None
    return p


def close(what, actual, expected, places):
    global checked
    checked += 1
    if abs(float(actual) - expected) > 0.6 * 10 ** -places:
        failures.append(f"{what}: {actual}, expected {expected:.{places + 2}f}")


def band_mins(rules):
    """The casework bands' minimums, from `pdu-rate rules show`."""
    if os.path.exists(rules):
        with open(rules) as f:
            text = f.read()
    else:
        text = run(["rules", "show", rules]).stdout
    casework = text[text.index("\ncasework:"):]
    bands = casework[casework.index("bands:"):casework.index("\ndomains:") if "\ndomains:" in casework else None]
    mins = [int(line.split(":")[1]) for line in bands.splitlines() if line.strip().startswith("min:")]
    comparison = casework.split("comparison:")[1].split()[0]
    return mins, comparison


def check_plan(args, rules="hmip-pdu-2023"):
    p = run(["plan", *args, "--rules", rules, "--format", "json"])
    if not p:
        return
    d = json.loads(p.stdout)
    what = "plan " + " ".join(args)
    level = float(d["confidence_level"])
    sizes = [s["population"] for s in d["strata"]]
    population = sum(sizes)
    if d["target_margin"] is not None:
        n0, corrected, n = reference.sample_size(float(d["target_margin"]), level, population)
        n = max(n, len(sizes))
        close(what + ": n0", d["sample_size_unlimited"], n0, 2)
        close(what + ": corrected", d["sample_size_corrected"], corrected, 2)
        if d["sample"] != n:
            failures.append(f"{what}: sample {d['sample']}, expected {n}")
    n = d["sample"]
    close(what + ": margin", d["margin"], reference.margin(n, population, level), 2)
    alloc = reference.allocate(n, sizes)
    for s, a, size in zip(d["strata"], alloc, sizes):
        if s["sample"] != a:
            failures.append(f"{what}: {s['name']} sample {s['sample']}, expected {a}")
        close(f"{what}: {s['name']} margin", s["margin"], reference.margin(a, size, level), 2)
    mins, comparison = band_mins(rules)
    edges = d["band_probabilities"]["edges"]
    if [e["edge"] for e in edges] != mins[1:]:
        failures.append(f"{what}: edges {[e['edge'] for e in edges]}, expected {mins[1:]}")
    for e in edges:
        for row in e["rows"]:
            truth, same, lower, higher = reference.band_probability(n, float(row["true_percent"]), mins, comparison)
            close(f"{what}: {row['true_percent']}% right", row["right"], same, 4)
            close(f"{what}: {row['true_percent']}% lower", row["lower"], lower, 4)
            close(f"{what}: {row['true_percent']}% higher", row["higher"], higher, 4)


def check_sample(path, n, strata, seed):
    global checked
    args = ["sample", path, "--n", str(n), "--seed", str(seed)] + (["--strata", strata] if strata else [])
    p = run(args)
    if not p:
        return
    with open(path, newline="") as f:
        text = f.read()
    lines = text.splitlines()
    rows = list(csv.reader(io.StringIO(text)))
    column = rows[0].index(strata) if strata else None
    values = [r[column].strip() if strata else "" for r in rows[1:]]
    chosen, _, _ = reference.stratified_sample(values, n, seed)
    expected = "\n".join([lines[0]] + [lines[i + 1] for i in chosen]) + "\n"  # one line a row in these lists
    checked += 1
    if p.stdout != expected:
        failures.append(f"{' '.join(args)}: the rows differ from reference.py's")


for rules in ("hmip-pdu-2023", "hmip-youth-2021", "hmip-probation-2018-nps"):
    check_plan(["--population", "community=2000", "--population", "licence=1800", "--margin", "10"], rules)
check_plan(["--population", "community=2000", "--population", "licence=1800", "--n", "80"])
check_plan(["--population", "community=2000", "--population", "licence=1800", "--margin", "5", "--confidence", "95"])
check_plan(["--population", "a=900", "--population", "b=40", "--population", "c=7", "--margin", "12.5"])
check_plan(["--population", "150", "--n", "150"])
check_plan(["--population", "a=5000", "--population", "b=3", "--margin", "40"])  # raised to one case a stratum
check_plan(["--population", "400", "--n", "12", "--confidence", "90"])
# Rounded comparison, Good from 70%, and the rules' own confidence level (90).
with open("rules/hmip-pdu-2023.yaml") as f:
    text = f.read()
for old, new in (("  comparison: exact\n", "  comparison: rounded\n"), ("\n      min: 65\n", "\n      min: 70\n"),
                 ("  confidence:\n    level: 80\n", "  confidence:\n    level: 90\n")):
    assert old in text, old
    text = text.replace(old, new)
with tempfile.TemporaryDirectory() as d:
    changed = os.path.join(d, "rounded.yaml")
    with open(changed, "w") as f:
        f.write(text)
    for args in (["--population", "community=2000", "--population", "licence=1800", "--margin", "10"],
                 ["--population", "60", "--n", "37"]):
        check_plan(args, changed)
    p = run(["plan", "--population", "60", "--n", "37", "--rules", changed, "--format", "json"])
    if p and (json.loads(p.stdout)["confidence_level"] != 90 or json.loads(p.stdout)["confidence_from"] != "rules"):
        failures.append("plan --rules rounded.yaml: the rules' confidence level (90) is not the default")

caseload = "examples/caseload-invented/caseload.csv"
for n, strata, seed in ((80, "case_type", 20240610), (41, "case_type", 1), (120, "grade", 7), (25, "", 99),
                        (300, "office", 12345678901234)):
    check_sample(caseload, n, strata, seed)
with tempfile.TemporaryDirectory() as d:
    # Strata of very different sizes, in an order where the small ones come first.
    path = os.path.join(d, "list.csv")
    with open(path, "w") as f:
        f.write("id,kind\n")
        for i in range(1, 1201):
            kind = "rare" if i % 397 == 5 else "mid" if i % 11 == 0 else "common"
            f.write(f"{i},{kind}\n")
    for n, seed in ((3, 0), (30, 5), (1199, 2)):
        check_sample(path, n, "kind", seed)

for f in failures:
    print("FAIL", f)
print(f"{checked} figures and samples checked, {len(failures)} failures")
sys.exit(1 if failures else 0)
