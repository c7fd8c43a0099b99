#!/usr/bin/env python3
"""The same cases in every form a spreadsheet saves them give the same result: each input below
is rated with --format json and compared with tests/data/excel/plain.csv's, apart from where
the cases came from (`inspection`, `rows.empty_skipped`).
Usage: same_cases.py PATH_TO_PDU_RATE   (from the source root)"""
import json
import subprocess
import sys

PLAIN = ["tests/data/excel/plain.csv"]
SAME = [
    ["tests/data/excel/semicolon.csv"],
    ["tests/data/excel/tab.tsv"],
    ["tests/data/excel/semicolon.csv", "--delimiter", ";"],
    ["tests/data/excel/title-row.csv", "--header-row", "3"],
    ["tests/data/excel/empty-rows-and-columns.csv"],
    ["tests/data/excel/cr-line-ends.csv"],
    ["tests/data/excel/windows-1252.csv", "--encoding", "windows-1252"],
    ["tests/data/xlsx/cases-openpyxl.xlsx"],
    ["tests/data/xlsx/cases-xlsxwriter.xlsx"],
    ["tests/data/xlsx/cases-libxlsxwriter.xlsx"],
    ["tests/data/xlsx/cases-libreoffice.xlsx"],
    ["tests/data/xlsx/cases-xlsxwriter.xlsx", "--sheet", "cases"],
    ["tests/data/xlsx/cases-xlsxwriter.xlsx", "--sheet", "2"],
    ["tests/data/xlsx/title-row.xlsx", "--header-row", "3"],
]


def rate(binary, args):
    run = subprocess.run([binary, *args, "--format", "json"], capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"FAIL {' '.join(args)}: exit {run.returncode}\n{run.stderr}")
    result = json.loads(run.stdout)
    del result["inspection"]
    del result["rows"]["empty_skipped"]
    return result


def main():
    binary = sys.argv[1]
    expected = rate(binary, PLAIN)
    failures = 0
    for args in SAME:
        if rate(binary, args) != expected:
            print(f"FAIL {' '.join(args)}: differs from {PLAIN[0]}")
            failures += 1
    print(f"{len(SAME) - failures} of {len(SAME)} inputs rate as {PLAIN[0]} does")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
