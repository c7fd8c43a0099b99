#!/usr/bin/env python3
"""Nothing is lost: for every example inspection, plain and with what-if filters, the JSON
report's rows add up: read == rated + excluded_by_id + excluded_by_filter, and with no filter
every row read is rated. Usage: rows_add_up.py PATH_TO_PDU_RATE (from the source root)."""
import glob
import json
import subprocess
import sys

from example_rules import rules_args

binary = sys.argv[1]
inputs = sorted(glob.glob("examples/**/*.yaml", recursive=True) + glob.glob("examples/**/*.csv", recursive=True))
inputs = [p for p in inputs if not p.endswith("rules.yaml")]
runs = 0
failures = []


def rate(args):
    global runs
    out = subprocess.run([binary, *args, "--format", "json"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        failures.append(f"{args}: exit {out.returncode}: {out.stderr.strip()}")
        return None
    runs += 1
    return json.loads(out.stdout)


for path in inputs:
    d = rate([path, *rules_args(path)])
    if d is None:
        continue
    rows = d["rows"]
    if rows["read"] != rows["rated"] or rows["excluded_by_id"] or rows["excluded_by_filter"]:
        failures.append(f"{path}: {rows}")
    if rows["read"] != d["inspection"]["rows_read"] or rows["rated"] != d["inspection"]["cases"]:
        failures.append(f"{path}: rows {rows} disagree with inspection {d['inspection']}")
    # Filtered: every value of every attribute, with and without one case excluded.
    for attribute, values in ({"case_type": ["licence", "community"], "grade": ["PO", "PSO", "PQiP", "other"]}
                              if path.startswith("examples/bradford-calderdale/") else {}).items():
        for value in values:
            for op in ("=", "!="):
                for extra in ([], ["--exclude", "BC001"]):
                    f = rate([path, "--where", f"{attribute}{op}{value}", *extra])
                    if f is None:
                        continue
                    r = f["rows"]
                    if r["read"] != r["rated"] + r["excluded_by_id"] + r["excluded_by_filter"]:
                        failures.append(f"{path} --where {attribute}{op}{value} {extra}: {r}")
                    if r["read"] != 79:
                        failures.append(f"{path}: read {r['read']}, not 79")

for f in failures:
    print(f"FAIL {f}")
print(f"{runs - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
