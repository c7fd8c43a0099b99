#!/usr/bin/env python3
"""pdu-rate compare --format xlsx read back with openpyxl: its sheets, and every figure in them
equal to --format json's (counts, % Yes, each change and its interval in points, whether it
leaves out 0; the workbook keeps full precision where the JSON rounds to two decimals), for key questions and findings, with two inspections and three, at two levels.

Usage (from the source root, with Debian's python3, which has python3-openpyxl):
compare_xlsx.py PATH_TO_PDU_RATE"""
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

pdu_rate = sys.argv[1]
failures = 0
EARLIER = "examples/bradford-calderdale-2023-invented/inspection.yaml"
LATER = "examples/bradford-calderdale/inspection.yaml"


def fail(message):
    global failures
    print("FAIL", message)
    failures += 1


unrounded = 0  # changes the workbook keeps to more than the JSON's two decimals


def near(got, want):
    """The workbook's figure at full precision against the JSON's, rounded to two decimals."""
    global unrounded
    if got is None or want is None:
        return got == want
    unrounded += round(got, 2) != got
    return abs(got - want) <= 0.005 + 1e-9


def rows(sheet):
    values = list(sheet.iter_rows(values_only=True))
    head = values[0]
    # The rows of the table: a note below it fills the first column only.
    return head, {r[0]: dict(zip(head, r)) for r in values[1:] if r[0] is not None and any(r[1:])}


def check_questions(what, sheet, items, n):
    head, by_id = rows(sheet)
    if head[:3] != (("Finding", "Topic", "Under") if sheet.title == "Findings" else ("Key question", "Topic", "Standard")):
        fail(f"{what}: {sheet.title} headings {head[:3]}")
    for q in items:
        row = by_id.get(q["short_id"])
        if row is None:
            fail(f"{what}: {sheet.title} has no row {q['short_id']}")
            continue
        for i, p in enumerate(q["inspections"]):
            letter = "ABCDEFGH"[i]
            if p and p["present"]:
                got = (row[f"{letter} Yes"], row[f"{letter} relevant"])
                if got != (p["yes"], p["relevant"]):
                    fail(f"{what}: {q['short_id']} {letter} {got}, JSON {p['yes']}/{p['relevant']}")
                if p["relevant"] and abs(row[f"{letter} % Yes"] * 100 - p["percent"]) > 0.005:
                    fail(f"{what}: {q['short_id']} {letter} % Yes {row[f'{letter} % Yes']}, JSON {p['percent']}")
        for c in q["changes"]:
            name = f"{'ABCDEFGH'[c['to']]}-{'ABCDEFGH'[c['from']]}"
            level = f"{doc['confidence_level']:g}"
            got = (row[f"{name} change (points)"], row[f"{name} low ({level}%)"], row[f"{name} high ({level}%)"])
            want = (c["difference"], c["low"], c["high"])
            if not all(near(g, w) for g, w in zip(got, want)):
                fail(f"{what}: {q['short_id']} {name} {got}, JSON {c['difference']}, {c['low']}, {c['high']}")
            if c["difference"] is not None and row[f"{name} excludes 0"] != ("yes" if c["excludes_zero"] else "no"):
                fail(f"{what}: {q['short_id']} {name} excludes 0 {row[f'{name} excludes 0']}")
    if len(by_id) != len(items):
        fail(f"{what}: {sheet.title} has {len(by_id)} rows, the JSON {len(items)}")


def check_ratings(what, sheet):
    head, by_id = rows(sheet)
    for s in doc["standards"]:
        for i, r in enumerate(s["ratings"]):
            if r and r["rating"] and by_id[s["id"]]["ABCDEFGH"[i]] != r["rating"]:
                fail(f"{what}: Ratings {s['id']} {'ABCDEFGH'[i]} {by_id[s['id']]['ABCDEFGH'[i]]}, JSON {r['rating']}")
    for i, insp in enumerate(doc["inspections"]):
        if by_id["Score"]["ABCDEFGH"[i]] != insp["score"]["score"]:
            fail(f"{what}: Ratings score {by_id['Score']['ABCDEFGH'[i]]}, JSON {insp['score']['score']}")
        if by_id["Overall"]["ABCDEFGH"[i]] != insp["overall"]["rating"]:
            fail(f"{what}: Ratings overall {by_id['Overall']['ABCDEFGH'[i]]}, JSON {insp['overall']['rating']}")


with tempfile.TemporaryDirectory() as tmp:
    for args in ([EARLIER, LATER], [EARLIER, LATER, EARLIER, "--confidence", "90"]):
        what = "pdu-rate compare " + " ".join(args)
        out = os.path.join(tmp, "compare.xlsx")
        x = subprocess.run([pdu_rate, "compare", *args, "--format", "xlsx", "-o", out], capture_output=True, text=True)
        j = subprocess.run([pdu_rate, "compare", *args, "--format", "json"], capture_output=True, text=True)
        if x.returncode != 0 or j.returncode != 0 or x.stdout:
            fail(f"{what}: exit {x.returncode}/{j.returncode}, stdout {x.stdout!r}: {x.stderr}{j.stderr}")
            continue
        doc = json.loads(j.stdout)
        book = openpyxl.load_workbook(out)
        expected = ["Ratings", "Key questions"] + (["Findings"] if doc["findings"] else []) + ["Inspections"]
        if book.sheetnames != expected:
            fail(f"{what}: sheets {book.sheetnames}, expected {expected}")
            continue
        if not doc["findings"]:
            fail(f"{what}: the example answers findings, the JSON has none")
        check_ratings(what, book["Ratings"])
        check_questions(what, book["Key questions"], doc["key_questions"], len(doc["inspections"]))
        check_questions(what, book["Findings"], doc["findings"], len(doc["inspections"]))

if unrounded == 0:
    fail("every change in the workbooks is rounded to two decimals: they should keep full precision")
print(f"{failures} failures")
sys.exit(1 if failures else 0)
