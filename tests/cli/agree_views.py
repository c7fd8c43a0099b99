#!/usr/bin/python3
"""pdu-rate agree --format html and --format xlsx against --format json and --format markdown:
the page is well-formed XML (xmllint) whose agreement table, disagreements and cases in one input
only are the JSON's; the workbook (read with openpyxl) has the sheets Agreement, Ratings,
Disagreements and One file only, its figures are numbers equal to the JSON's (the agreement a
percentage, each interval two numeric columns), its ratings the Markdown report's. Needs
Debian's python3-openpyxl (run with /usr/bin/python3) and xmllint (libxml2-utils).
Usage: agree_views.py PATH_TO_PDU_RATE   (from the source root)"""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import openpyxl

PAIRS = [
    ["examples/bradford-calderdale/inspection.yaml", "examples/bradford-calderdale-moderation/dip-sample.csv"],
    ["examples/band-edge/inspection.yaml", "tests/data/agree/band-edge-second.csv"],
    ["tests/data/findings.csv", "tests/data/agree/findings-second.csv"],
]
XHTML = "{http://www.w3.org/1999/xhtml}"
failures = []
checks = 0


def check(condition, what):
    global checks
    checks += 1
    if not condition:
        failures.append(what)
    return condition


def run(binary, args):
    return subprocess.run([binary, "agree", *args], capture_output=True, text=True)


def near(a, b):
    return a is not None and b is not None and abs(a - b) < 5e-4


def pivotal_keys(data):
    """(short id, case id) of each disagreement that decides a rating."""
    short = {q["id"]: q["short_id"] for q in data["questions"]}
    return {(short[p["question"]], p["case_id"]) for p in data["pivotal"]}


def coefficient_matches(row, at, c, what):
    if c is None:
        check(row[at] is None, f"{what}: a value where JSON has none")
        return
    for offset, value in enumerate([c["value"], c["interval"]["low"], c["interval"]["high"]]):
        check(isinstance(row[at + offset], float) or isinstance(row[at + offset], int), f"{what}: not a number")
        check(near(row[at + offset], value), f"{what}: {row[at + offset]} against JSON's {value}")


def agreement_sheet(ws, data, name):
    rows = list(ws.iter_rows(values_only=True))
    heads = rows[0]
    check(heads[:3] == ("Question", "Kind", "Topic"), f"{name}: Agreement headings {heads}")
    body = {r[0]: r for r in rows[1:1 + len(data["questions"])]}
    for q in data["questions"]:
        r = body.get(q["short_id"])
        if not check(r is not None, f"{name}: Agreement has no row {q['short_id']}"):
            continue
        counts = q["counts"]
        check(list(r[3:8]) == [counts["judged"], counts["both_applicable"], counts["both_not_applicable"],
                               counts["applicability_disagreements"], counts["yes_no_disagreements"]],
              f"{name} {q['short_id']}: counts {r[3:8]}")
        if counts["both_applicable"]:
            check(near(r[8], counts["yes_no_agreements"] / counts["both_applicable"]), f"{name}: agreement {r[8]}")
        coefficient_matches(r, 9, q["kappa"], f"{name} {q['short_id']} kappa")
        check((r[12] == "yes") == q["kappa_misleading"], f"{name} {q['short_id']}: misleading {r[12]}")
        coefficient_matches(r, 13, q["ac1"], f"{name} {q['short_id']} AC1")
        ids = ", ".join(d["case_id"] for d in q["disagreements"])
        check((r[16] or "") == ids, f"{name} {q['short_id']}: ids {r[16]} against {ids}")
    check(ws.cell(2, 9).number_format == "0.0%", f"{name}: agreement not a percentage")


def disagreements_sheet(ws, data, name):
    rows = list(ws.iter_rows(values_only=True))[1:]
    pivotal = pivotal_keys(data)
    expected = [(d["case_id"], q["short_id"], d["first"], d["second"], "yes" if d["applicability"] else "no",
                 "yes" if (q["short_id"], d["case_id"]) in pivotal else "no")
                for q in data["questions"] for d in q["disagreements"]]
    check(rows == expected, f"{name}: Disagreements {rows} against {expected}")


def one_file_sheet(ws, data, name):
    rows = list(ws.iter_rows(values_only=True))[1:]
    expected = [(i, "FIRST", data["first"]["file"]) for i in data["cases"]["only_first"]] + \
               [(i, "SECOND", data["second"]["file"]) for i in data["cases"]["only_second"]]
    check(rows == expected, f"{name}: One file only {rows[:3]}... against {expected[:3]}...")


def markdown_ratings(binary, pair):
    """The Markdown report's ratings table: {standard: [FIRST, SECOND, Moderated]}."""
    text = run(binary, [*pair, "--format", "markdown"]).stdout
    table = text.split("## Ratings\n\n", 1)[1].split("\n\n", 1)[0].splitlines()[2:]
    cells = [[c.strip().strip("*") for c in line.strip("|").split("|")] for line in table]
    return {c[0]: c[1:] for c in cells}


def ratings_sheet(ws, ratings, name):
    rows = [r for r in ws.iter_rows(values_only=True)][1:]
    for r in rows:
        key = {"Overall rating": "Overall"}.get(r[0], r[0])
        if key == "Score" or key not in ratings:
            continue
        check([str(x) for x in r[2:5]] == ratings[key], f"{name}: Ratings {key} {r[2:5]} against {ratings[key]}")
    check(any(r[0] == "Overall rating" for r in rows), f"{name}: no overall rating")


def check_workbook(binary, pair, data, folder):
    path = os.path.join(folder, "agree.xlsx")
    out = run(binary, [*pair, "--format", "xlsx", "-o", path])
    check(out.returncode == 0 and out.stdout == "", f"{pair}: exit {out.returncode}, stdout {out.stdout[:40]!r}")
    book = openpyxl.load_workbook(path)
    name = pair[1]
    check(book.sheetnames == ["Agreement", "Ratings", "Disagreements", "One file only"], f"{name}: {book.sheetnames}")
    agreement_sheet(book["Agreement"], data, name)
    ratings_sheet(book["Ratings"], markdown_ratings(binary, pair), name)
    disagreements_sheet(book["Disagreements"], data, name)
    one_file_sheet(book["One file only"], data, name)


def cells(tr):
    return ["".join(td.itertext()).strip() for td in tr if td.tag in (XHTML + "td", XHTML + "th")]


def check_page(binary, pair, data, folder):
    path = os.path.join(folder, "agree.html")
    out = run(binary, [*pair, "--format", "html", "-o", path])
    check(out.returncode == 0 and out.stdout == "", f"{pair}: html exit {out.returncode}")
    check(subprocess.run(["xmllint", "--noout", path]).returncode == 0, f"{pair}: the page is not well-formed")
    root = ET.parse(path).getroot()
    check(root.find(f".//{XHTML}script") is None, f"{pair}: a script in the page")
    check(root.find(f".//{XHTML}figure/{{http://www.w3.org/2000/svg}}svg") is not None, f"{pair}: no chart")
    rows = {}
    for table in root.iter(XHTML + "table"):
        if "agreement" in table.get("class", "").split():
            for tr in table.find(XHTML + "tbody"):
                c = cells(tr)
                rows[c[0]] = c
    for q in data["questions"]:
        c = rows.get(q["short_id"])
        if not check(c is not None, f"{pair}: no row {q['short_id']} in the page"):
            continue
        k = q["kappa"]
        kappa = ("-" if k is None else f"{k['value']:.2f}") + (" *" if q["kappa_misleading"] else "")
        check(c[1] == str(q["counts"]["judged"]) and c[4] == kappa, f"{pair} {q['short_id']}: page row {c}")
    ids = [cells(tr)[1] for t in root.iter(XHTML + "table") if t.get("class") == "disagreements"
           for tr in t.find(XHTML + "tbody")]
    check(ids == [d["case_id"] for q in data["questions"] for d in q["disagreements"]], f"{pair}: page ids {ids}")
    text = "".join(root.itertext())
    for i in data["cases"]["only_first"] + data["cases"]["only_second"]:
        check(i in text, f"{pair}: {i} (one input only) not in the page")


def main():
    binary = sys.argv[1]
    with tempfile.TemporaryDirectory() as folder:
        for pair in PAIRS:
            data = json.loads(run(binary, [*pair, "--format", "json"]).stdout)
            check_workbook(binary, pair, data, folder)
            check_page(binary, pair, data, folder)
    for f in failures:
        print("FAIL:", f)
    print(f"{checks - len(failures)} of {checks} checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
