#!/usr/bin/env python3
"""pdu-rate compare --format html is well-formed (xmllint --noout) and says what --format json says:
every standard's rating, the score and the overall rating in each inspection; every key question's
and finding's Yes/relevant and % Yes per inspection and each change with its interval in the
tables; one dot in the change charts per change, bold exactly where the interval leaves out 0.

Usage: check_compare_html.py PDU_RATE [OUTDIR]. Run from the source root."""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = {"h": "http://www.w3.org/1999/xhtml", "s": "http://www.w3.org/2000/svg"}
EARLIER = "examples/bradford-calderdale-2023-invented/inspection.yaml"
LATER = "examples/bradford-calderdale/inspection.yaml"
RUNS = [[EARLIER, LATER], [EARLIER, LATER, EARLIER, "--confidence", "90"],
        ["examples/regression/17-probation-2018-crc/inspection.yaml",
         "examples/regression/18-probation-2018-nps/inspection.yaml"]]
failures = []


def fail(run, message):
    failures.append(f"{' '.join(run)}: {message}")


def text(e):
    return "".join(e.itertext()).strip()


def numbers(text):
    return [float(x) for x in re.findall(r"[-+]?\d+(?:\.\d+)?", text)]


def same(got, want):
    """The page's figures (one decimal) are the JSON's (two) rounded: equal within 0.05."""
    return len(got) == len(want) and all(abs(g - w) <= 0.05 + 1e-9 for g, w in zip(got, want))


def check_table(run, root, section, items):
    rows = {r.get("data-question"): r for r in root.iterfind(f".//h:section[@id='{section}']//h:tr[@data-question]", NS)}
    if len(rows) != len(items):
        fail(run, f"{section}: {len(rows)} rows, the JSON {len(items)}")
    for q in items:
        tds = [text(td) for td in rows[q["id"]].iterfind("h:td", NS)] if q["id"] in rows else []
        if not tds:
            fail(run, f"{section}: no row {q['id']}")
            continue
        n = len(q["inspections"])
        for i, p in enumerate(q["inspections"]):
            if p and p["present"] and p["relevant"] and not same(numbers(tds[1 + i]), [p["yes"], p["relevant"], p["percent"]]):
                fail(run, f"{q['id']} {i}: {tds[1 + i]!r}, JSON {p}")
            if p and not p["present"] and tds[1 + i] != "no answers":
                fail(run, f"{q['id']} {i}: {tds[1 + i]!r}, JSON: no answers")
        for k, c in enumerate(q["changes"]):
            got = tds[1 + n + k]
            want = [] if c["difference"] is None else [c["difference"], c["low"], c["high"]]
            if not same(numbers(got), want) or got.endswith("*") != c["excludes_zero"]:
                fail(run, f"{q['id']} change {k}: {got!r}, JSON {c}")


def check_charts(run, root, section, items):
    dots = list(root.iterfind(f".//h:section[@id='{section}']//s:g[@class]", NS))
    dots = [g for g in dots if g.get("class").startswith("change")]
    changes = [c for q in items for c in q["changes"] if c["difference"] is not None]
    if len(dots) != len(changes):
        fail(run, f"{section}: {len(dots)} dots, the JSON {len(changes)} changes")
    marked = sum(g.get("class") == "change marked" for g in dots)
    if marked != sum(c["excludes_zero"] for c in changes):
        fail(run, f"{section}: {marked} marked dots, the JSON {sum(c['excludes_zero'] for c in changes)}")


def check_ratings(run, root, data):
    rows = {r.get("data-standard"): r for r in root.iterfind(".//h:tr[@data-standard]", NS)}
    for s in data["standards"]:
        got = [text(td) for td in rows[s["id"]].iterfind("h:td", NS)]
        want = [r["rating"] if r and r["rating"] else None for r in s["ratings"]]
        for g, w in zip(got, want):
            if w is not None and g != w:
                fail(run, f"{s['id']}: {got}, JSON {want}")
    overall = [text(td) for td in root.iterfind(".//h:tr[@class='overall']/h:td", NS)]
    if overall != [i["overall"]["rating"] for i in data["inspections"]]:
        fail(run, f"overall {overall}")


def main():
    pdu_rate = sys.argv[1]
    outdir = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp()
    os.makedirs(outdir, exist_ok=True)
    for k, run in enumerate(RUNS):
        html = subprocess.run([pdu_rate, "compare", *run, "--format", "html"], capture_output=True, text=True)
        data = subprocess.run([pdu_rate, "compare", *run, "--format", "json"], capture_output=True, text=True)
        if html.returncode or data.returncode:
            fail(run, f"exit {html.returncode}/{data.returncode}: {html.stderr}{data.stderr}")
            continue
        path = os.path.join(outdir, f"compare-{k}.html")
        with open(path, "w", encoding="utf-8") as f:
            f.write(html.stdout)
        lint = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if lint.returncode:
            fail(run, f"xmllint: {lint.stderr.strip()}")
            continue
        root = ET.fromstring(html.stdout.split("\n", 1)[1])
        data = json.loads(data.stdout)
        check_ratings(run, root, data)
        check_table(run, root, "key-questions", data["key_questions"])
        check_charts(run, root, "key-questions", data["key_questions"])
        if data["findings"]:
            check_table(run, root, "findings", data["findings"])
            check_charts(run, root, "findings", data["findings"])
    for f in failures:
        print("FAIL", f)
    print(f"{len(RUNS)} comparisons checked, {len(failures)} failures")
    return 1 if failures else 0


sys.exit(main())
