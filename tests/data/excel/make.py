#!/usr/bin/env python3
"""Writes the CSV files Excel and other spreadsheets save, from the first 20 Bradford &
Calderdale cases: the inputs of the CLI tests of "Excel's CSV" (README, "Input from
spreadsheets"). Run from the repository root: python3 tests/data/excel/make.py"""
import csv
import io
import pathlib

here = pathlib.Path(__file__).parent
with open("examples/bradford-calderdale/cases.csv", newline="") as f:
    rows = list(csv.reader(f))[:21]
header, cases = rows[0], rows[1:]


def write(name, text, encoding="utf-8"):
    (here / name).write_bytes(text.encode(encoding))


def table(rows, delimiter=",", end="\r\n"):
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator=end).writerows(rows)
    return out.getvalue()


write("plain.csv", table(rows, end="\n"))
# Excel in most European locales ("CSV (semicolon)"), and "Text (Tab delimited)".
write("semicolon.csv", table(rows, ";"))
write("tab.tsv", table(rows, "\t"))
# A title and a blank row above the header, as a sheet laid out for printing has.
write("title-row.csv", table([["Bradford & Calderdale PDU: case judgements"] + [""] * (len(header) - 1),
                              [""] * len(header)] + rows))
# Formatted but empty columns to the right, and empty rows (only delimiters) among the cases.
padded = [r + ["", "", ""] for r in rows]
write("empty-rows-and-columns.csv", table(padded[:8] + [[""] * len(padded[0])] + padded[8:] + [[""] * len(padded[0])] * 2))
# A totals row under the cases: counts of Yes, not answers.
totals = ["Total", "", ""] + [str(sum(c[i] == "Yes" for c in cases)) for i in range(3, len(header))]
write("totals-row.csv", table(rows + [totals]))
# Classic Mac OS line ends.
write("cr-line-ends.csv", table(rows, end="\r"))
# Excel's plain "CSV" on Windows: Windows-1252, here with an accented attribute and an en dash.
accented = [header + ["team"]] + [c + ["Équipe – Nord"] for c in cases]
write("windows-1252.csv", table(accented), "cp1252")
