#!/usr/bin/env python3
"""Every example's HTML report is well-formed (xmllint --noout) and says what the JSON says.

Usage: check_html.py PDU_RATE [OUTDIR]. Rates every inspection file under examples/ (and a few
runs with --by, --probabilities and a what-if, and a youth inspection with a standard not rated
by design), with --format json and --format html, and compares, for each: the overall rating and
the score; every standard's rating; every key question's Yes/relevant, percentage and band in its
table, the figures in its bar's <title>, and the bar's length against the plot's width; every
finding's "N out of M relevant cases"; every breakdown group's ratings. Run from the source root.
"""

import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = {"h": "http://www.w3.org/1999/xhtml", "s": "http://www.w3.org/2000/svg"}

RUNS = [[f] for f in sorted(glob.glob("examples/**/inspection.yaml", recursive=True))] + [
    ["tests/data/youth-resettlement-not-rated.yaml"],
    ["examples/bradford-calderdale/inspection.yaml", "--by", "grade", "--by", "case_type", "--probabilities"],
    ["examples/bradford-calderdale/inspection.yaml", "--shift", "2.1.3=+30", "--rating", "P1.1=Good"],
    ["examples/bradford-calderdale/inspection.yaml", "--where", "grade=PO", "--rri", "grade=PO", "--pivotal"],
]

failures = []


def fail(run, message):
    failures.append(f"{' '.join(run)}: {message}")


def text(element):
    return "".join(element.itertext()).strip() if element is not None else None


def rating_text(rating, rating_range):
    """As every format words a rating: the name, or the range still possible."""
    if rating is not None:
        return rating
    low, high = rating_range["lowest"], rating_range["highest"]
    return f"not rated ({low})" if low == high else f"not rated ({low} to {high})"


def percent_half_up(yes, relevant):
    scaled = (2 * 1000 * yes + relevant) // (2 * relevant)
    return f"{scaled // 10}.{scaled % 10}%"


def find_class(root, tag, cls):
    for e in root.iter(tag):
        if cls in (e.get("class") or "").split():
            yield e


def check_headline(run, root, data):
    overall = next(find_class(root, f"{{{NS['h']}}}div", "overall"), None)
    expected = rating_text(data["overall"], data["overall_range"])
    if text(overall) != expected:
        fail(run, f"overall rating {text(overall)!r}, JSON {expected!r}")
    score = next(find_class(root, f"{{{NS['h']}}}div", "score"), None)
    r = data["score_range"]
    expected = f"{data['score']}/{data['max_score']}" if data["score"] is not None else \
        f"{r['min']} to {r['max']} of {data['max_score']}"
    if text(score) != expected:
        fail(run, f"score {text(score)!r}, JSON {expected!r}")


def check_standards(run, root, data):
    rows = {tr.get("data-standard"): tr for tr in root.iterfind(".//h:table[@class='ratings']//h:tr[@data-standard]", NS)}
    for s in data["standards"]:
        row = rows.get(s["id"])
        if row is None:
            fail(run, f"no row for standard {s['id']}")
            continue
        cell = next(find_class(row, f"{{{NS['h']}}}td", "rating-cell"))
        expected = "not rated by design" if s["not_rated_by_design"] else rating_text(s["rating"], s["rating_range"])
        if text(cell) != expected:
            fail(run, f"{s['id']} reads {text(cell)!r}, JSON {expected!r}")


def plot_width(svg):
    for line in svg.iterfind("s:line[@class='axis']", NS):
        if line.get("y1") == line.get("y2"):
            return float(line.get("x2")) - float(line.get("x1"))
    return None


def check_bars(run, div, key_questions):
    svg = div.find(".//s:svg", NS)
    if svg is None:
        fail(run, f"{div.get('data-standard')}: no chart")
        return
    width = plot_width(svg)
    bars = svg.findall(".//s:g[@class='bar']", NS)
    if len(bars) != len(key_questions):
        fail(run, f"{div.get('data-standard')}: {len(bars)} bars for {len(key_questions)} key questions")
        return
    for kq, bar in zip(key_questions, bars):
        if not kq["present"]:
            continue
        title = text(bar.find("s:title", NS))
        if f"{kq['yes']} of {kq['relevant']} relevant cases" not in title:
            fail(run, f"{kq['id']}: bar title {title!r} lacks {kq['yes']} of {kq['relevant']}")
        length = float(bar.find("s:rect", NS).get("width"))
        expected = width * (kq["yes"] / kq["relevant"] if kq["relevant"] else 0)
        if abs(length - expected) > 0.06:
            fail(run, f"{kq['id']}: bar {length} long, {expected:.2f} expected")


def check_key_questions(run, root, data):
    divs = {d.get("data-standard"): d for d in root.iterfind(".//h:section[@id='casework']/h:div[@data-standard]", NS)}
    for s in data["standards"]:
        if s["basis"] != "casework" or s["id"] not in divs:
            continue
        rows = {tr.get("data-question"): tr for tr in divs[s["id"]].iterfind(".//h:tr[@data-question]", NS)}
        for kq in s["key_questions"]:
            row = rows.get(kq["id"])
            if row is None:
                fail(run, f"no row for key question {kq['id']}")
                continue
            if not kq["present"]:
                continue
            cells = {c: text(next(find_class(row, f"{{{NS['h']}}}td", c), None)) for c in ("yes-relevant", "percent", "band")}
            if cells["yes-relevant"] != f"{kq['yes']}/{kq['relevant']}":
                fail(run, f"{kq['id']} reads {cells['yes-relevant']}, JSON {kq['yes']}/{kq['relevant']}")
            if kq["relevant"] and (cells["percent"] != percent_half_up(kq["yes"], kq["relevant"])
                                   or abs(float(cells["percent"].rstrip("%")) - kq["percent"]) > 0.051):
                fail(run, f"{kq['id']} reads {cells['percent']}, JSON {kq['percent']}")
            if kq["band"] is not None and cells["band"] != kq["band"]:
                fail(run, f"{kq['id']} band {cells['band']}, JSON {kq['band']}")
            if (kq["drives"]) != ("lowest" in (row.get("class") or "")):
                fail(run, f"{kq['id']}: the lowest is not marked as the JSON's driving key question")
        check_bars(run, divs[s["id"]], s["key_questions"])
    if any(s["basis"] == "casework" for s in data["standards"]) and not divs:
        fail(run, "no casework section")


def check_findings(run, root, data):
    rows = {tr.get("data-finding"): tr for tr in root.iterfind(".//h:tr[@data-finding]", NS)}
    for f in data.get("findings") or []:
        row = rows.get(f["id"])
        expected = f"{f['yes']} out of {f['relevant']} relevant cases" if f["relevant"] else "no relevant cases"
        got = text(next(find_class(row, f"{{{NS['h']}}}td", "out-of"), None)) if row is not None else None
        if got != expected:
            fail(run, f"finding {f['id']} reads {got!r}, JSON {expected!r}")


def check_breakdowns(run, root, data):
    tables = {t.get("data-attribute"): t for t in root.iterfind(".//h:table[@data-attribute]", NS)}
    for b in data.get("breakdowns") or []:
        table = tables.get(b["attribute"])
        if table is None:
            fail(run, f"no breakdown table by {b['attribute']}")
            continue
        rows = {tr.get("data-group"): tr for tr in table.iterfind(".//h:tr[@data-group]", NS)}
        for g in b["groups"]:
            cells = [text(td) for td in rows[g["value"] or ""].findall("h:td", NS)]
            expected = [g["value"] or "(none)", str(g["cases"])] + [
                "too few cases to rate" if g["too_small"] else (s["rating"] or "not rated") for s in g["standards"]]
            if cells != expected:
                fail(run, f"by {b['attribute']}, {g['value']}: {cells}, JSON {expected}")


def check(pdu_rate, run, outdir):
    json_run = subprocess.run([pdu_rate, *run, "--format", "json"], capture_output=True, text=True)
    name = re.sub(r"[^A-Za-z0-9]+", "-", " ".join(run)).strip("-")
    path = os.path.join(outdir, name + ".html")
    html_run = subprocess.run([pdu_rate, *run, "--format", "html", "-o", path], capture_output=True, text=True)
    if json_run.returncode not in (0, 1) or html_run.returncode != json_run.returncode:
        fail(run, f"exit {html_run.returncode} (json {json_run.returncode}): {html_run.stderr.strip()}")
        return
    lint = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
    if lint.returncode != 0:
        fail(run, f"xmllint: {lint.stderr.strip()}")
        return
    root = ET.parse(path).getroot()
    data = json.loads(json_run.stdout)
    for step in (check_headline, check_standards, check_key_questions, check_findings, check_breakdowns):
        step(run, root, data)


def main():
    pdu_rate = sys.argv[1]
    outdir = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="pdu-rate-html-")
    os.makedirs(outdir, exist_ok=True)
    for run in RUNS:
        check(pdu_rate, run, outdir)
    for f in failures:
        print(f"FAIL {f}")
    print(f"{len(RUNS)} runs, {len(failures)} failures; pages in {outdir}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
