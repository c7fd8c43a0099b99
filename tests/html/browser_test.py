#!/usr/bin/env python3
"""The HTML report in a real browser: headless Chromium renders a few examples' pages to PNG and
to PDF, and the test checks that each render is not blank, that the PDF has pages (the page breaks
between parts: Bradford & Calderdale prints on several), and that the DOM Chromium built holds
the overall rating, the score and every standard's rating as the JSON gives them.

Usage: browser_test.py PDU_RATE CHROMIUM OUTDIR. The renders stay in OUTDIR (the build folder's
html-renders/, kept as CI artifacts). Run from the source root.

Which examples: Chromium takes about a second and a half a render, so not every example but one
of each kind: Bradford & Calderdale (rated from cases, findings, a recorded departure), the same
with breakdowns, probabilities and a what-if (every optional part), the East Sussex youth ratings
table (another framework, no cases), and a youth inspection with a standard not rated by design.
"""

import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import png_pixels  # noqa: E402

RUNS = {
    "bradford-calderdale": ["examples/bradford-calderdale/inspection.yaml"],
    "bradford-calderdale-analysis": ["examples/bradford-calderdale/inspection.yaml", "--by", "grade",
                                     "--probabilities", "--shift", "2.1.3=+30"],
    "youth-east-sussex": ["examples/youth-east-sussex-2024/inspection.yaml"],
    "youth-not-rated-by-design": ["tests/data/youth-resettlement-not-rated.yaml"],
}
MIN_PAGES = {"bradford-calderdale": 4, "bradford-calderdale-analysis": 6}

failures = []


def chromium(browser, profile, *args):
    command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, timeout=120)


def not_blank(name, path):
    """A blank render is one colour; a page has text, bars and tables in several."""
    width, height, channels, rows = png_pixels.read(path)
    colours, ink, samples = set(), 0, 0
    for y in range(0, height, 7):
        row = rows[y]
        for x in range(0, width, 5):
            pixel = bytes(row[x * channels:x * channels + 3])
            colours.add(pixel)
            samples += 1
            ink += pixel != b"\xff\xff\xff"
    if len(colours) < 16 or ink < samples // 50:
        failures.append(f"{name}: the PNG looks blank ({len(colours)} colours, {ink} of {samples} samples not white)")


def rating_cells(dom):
    """Each ratings-table row's standard id and the text of its rating cell, from Chromium's DOM."""
    cells = {}
    for m in re.finditer(r'<tr data-standard="([^"]+)">.*?<td class="rating-cell">(.*?)</td>', dom, re.S):
        cells[html.unescape(m.group(1))] = html.unescape(re.sub(r"<[^>]+>", "", m.group(2))).strip()
    return cells


def expected_rating(s):
    if s["not_rated_by_design"]:
        return "not rated by design"
    if s["rating"] is not None:
        return s["rating"]
    low, high = s["rating_range"]["lowest"], s["rating_range"]["highest"]
    return f"not rated ({low})" if low == high else f"not rated ({low} to {high})"


def check_dom(name, dom, data):
    overall = re.search(r'class="big overall">([^<]*)<', dom)
    if not overall or html.unescape(overall.group(1)) != (data["overall"] or overall.group(1)):
        failures.append(f"{name}: the DOM's overall rating is {overall and overall.group(1)!r}, JSON {data['overall']!r}")
    if data["score"] is not None and f'class="big score">{data["score"]}/{data["max_score"]}<' not in dom:
        failures.append(f"{name}: the DOM does not hold the score {data['score']}/{data['max_score']}")
    cells = rating_cells(dom)
    for s in data["standards"]:
        if cells.get(s["id"]) != expected_rating(s):
            failures.append(f"{name}: {s['id']} in the DOM is {cells.get(s['id'])!r}, JSON {expected_rating(s)!r}")


def render(pdu_rate, browser, outdir, name, run):
    page = os.path.abspath(os.path.join(outdir, name + ".html"))
    if subprocess.run([pdu_rate, *run, "--format", "html", "-o", page]).returncode != 0:
        failures.append(f"{name}: pdu-rate failed")
        return
    data = json.loads(subprocess.run([pdu_rate, *run, "--format", "json"], capture_output=True, text=True).stdout)
    url = "file://" + page
    profile = tempfile.mkdtemp(prefix="pdu-rate-chromium-")
    try:
        png, pdf = page[:-5] + ".png", page[:-5] + ".pdf"
        chromium(browser, profile, "--window-size=1200,1600", "--hide-scrollbars", f"--screenshot={png}", url)
        chromium(browser, profile, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", url)
        dom = chromium(browser, profile, "--dump-dom", url).stdout.decode("utf-8", "replace")
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not os.path.exists(png) or not os.path.exists(pdf):
        failures.append(f"{name}: Chromium wrote no {'PNG' if not os.path.exists(png) else 'PDF'}")
        return
    not_blank(name, png)
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", open(pdf, "rb").read()))
    if pages < MIN_PAGES.get(name, 1):
        failures.append(f"{name}: the PDF has {pages} pages, at least {MIN_PAGES.get(name, 1)} expected")
    check_dom(name, dom, data)


def main():
    pdu_rate, browser, outdir = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(outdir, exist_ok=True)
    for name, run in RUNS.items():
        render(pdu_rate, browser, outdir, name, run)
    for f in failures:
        print(f"FAIL {f}")
    print(f"{len(RUNS)} pages rendered in {outdir}, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
