#!/usr/bin/python3
"""Writes the workbooks of the same-cases test (tests/cli/same_cases.py) and the workbook CLI
tests: the 20 cases of tests/data/excel/plain.csv as each program users have saves them.
    cases-openpyxl.xlsx       openpyxl (inline strings, absolute targets); a second sheet after
    cases-xlsxwriter.xlsx     xlsxwriter (shared strings); a "Read me" sheet first, bold headings,
                              a filter, a formatted but empty column on the right
    cases-libxlsxwriter.xlsx  libxlsxwriter (C), by make_cases_libxlsxwriter.c
    cases-libreoffice.xlsx    LibreOffice's conversion of plain.csv (and .ods, .xls: refused)
and the workbooks of the error tests:
    bad-answers.xlsx          answers an inspector might type, each a problem at its cell
    title-row.xlsx            a title above the header (row 3)
    totals-row.xlsx           a totals row under the cases, with formulas and their values
and examples/regression/15-workbook/cases.xlsx (every Bradford & Calderdale case).
Run from the repository root with Debian's python3-openpyxl and python3-xlsxwriter, a C compiler
with libxlsxwriter-dev, and LibreOffice (libreoffice-calc-nogui). The outputs are committed: the
tests (and CI) need none of these programs."""
import csv
import datetime
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PLAIN = os.path.join(HERE, "..", "excel", "plain.csv")
WHEN = datetime.datetime(2024, 3, 5)  # fixed document dates: the same bytes each run

with open(PLAIN, newline="") as f:
    ROWS = list(csv.reader(f))


def out(name):
    return os.path.join(HERE, name)


def openpyxl_workbook():
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cases"
    for row in ROWS:
        ws.append(row)
    wb.create_sheet("Summary")["A1"] = "Bradford & Calderdale, the first 20 cases"
    wb.properties.created = wb.properties.modified = WHEN
    wb.save(out("cases-openpyxl.xlsx"))


def xlsxwriter_workbook():
    import xlsxwriter
    wb = xlsxwriter.Workbook(out("cases-xlsxwriter.xlsx"))
    wb.set_properties({"created": WHEN})
    wb.add_worksheet("Read me").write("A1", "Case judgements: one row per case, one column per key question")
    ws = wb.add_worksheet("Cases")
    bold, shaded = wb.add_format({"bold": True}), wb.add_format({"bg_color": "#DDEEFF"})
    ws.write_row(0, 0, ROWS[0], bold)
    for r, row in enumerate(ROWS[1:], start=1):
        ws.write_row(r, 0, row)
        ws.write_blank(r, len(row), None, shaded)  # formatted, empty: not a value
    ws.autofilter(0, 0, len(ROWS) - 1, len(ROWS[0]) - 1)
    wb.close()


def libxlsxwriter_workbook():
    exe = os.path.join(tempfile.mkdtemp(), "make_cases")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "xlsxwriter"], capture_output=True, text=True,
                           check=True).stdout.split()
    subprocess.run(["cc", os.path.join(HERE, "make_cases_libxlsxwriter.c"), *flags, "-o", exe], check=True)
    subprocess.run([exe, PLAIN, out("cases-libxlsxwriter.xlsx")], check=True)


def libreoffice_workbooks():
    """The .xlsx, and the formats pdu-rate refuses with how to convert them (.ods, .xls)."""
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(PLAIN, os.path.join(tmp, "cases-libreoffice.csv"))
        for kind in ("xlsx", "ods", "xls"):
            subprocess.run(["soffice", "--headless", "--convert-to", kind, "--outdir", tmp,
                            os.path.join(tmp, "cases-libreoffice.csv")], check=True, capture_output=True)
            shutil.copy(os.path.join(tmp, "cases-libreoffice." + kind), out("cases-libreoffice." + kind))


def error_workbooks():
    import xlsxwriter
    wb = xlsxwriter.Workbook(out("bad-answers.xlsx"))
    wb.set_properties({"created": WHEN})
    ws = wb.add_worksheet("Cases")
    ws.write_row(0, 0, ["case_id", "grade", "2.1.1", "2.1.2", "2.1.3"])
    ws.write_row(1, 0, ["C1", "PO", "Yes", "No", "N/A"])
    ws.write_row(2, 0, ["C2", "PO", "Maybe", "", "Yes"])       # not an answer; an empty cell
    ws.write_row(3, 0, ["C1", "PSO", True, "No", "No"])        # a duplicate id; a boolean
    ws.write_row(4, 0, ["C4", "PSO", "Yes", 1, "#N/A"])        # a number; an error value as text
    wb.close()
    wb = xlsxwriter.Workbook(out("title-row.xlsx"))
    wb.set_properties({"created": WHEN})
    ws = wb.add_worksheet("Cases")
    ws.write("A1", "Bradford & Calderdale PDU: case judgements")
    for r, row in enumerate(ROWS, start=2):
        ws.write_row(r, 0, row)
    wb.close()
    wb = xlsxwriter.Workbook(out("totals-row.xlsx"))
    wb.set_properties({"created": WHEN})
    ws = wb.add_worksheet("Cases")
    for r, row in enumerate(ROWS):
        ws.write_row(r, 0, row)
    ws.write(len(ROWS), 0, "Total")
    for c in range(3, len(ROWS[0])):
        yes = sum(row[c] == "Yes" for row in ROWS[1:])
        column = xlsxwriter.utility.xl_col_to_name(c)
        ws.write_formula(len(ROWS), c, f'=COUNTIF({column}2:{column}{len(ROWS)},"Yes")', None, yes)
    wb.close()


def regression_workbook():
    """examples/regression/15-workbook: every Bradford & Calderdale case, after a "Read me" sheet."""
    import xlsxwriter
    with open(os.path.join(HERE, "..", "..", "..", "examples", "bradford-calderdale", "cases.csv"), newline="") as f:
        rows = list(csv.reader(f))
    wb = xlsxwriter.Workbook(os.path.join(HERE, "..", "..", "..", "examples", "regression", "15-workbook", "cases.xlsx"))
    wb.set_properties({"created": WHEN})
    wb.add_worksheet("Read me").write("A1", "Bradford & Calderdale PDU, 2024: case judgements (invented to match the report)")
    ws = wb.add_worksheet("Cases")
    for r, row in enumerate(rows):
        ws.write_row(r, 0, row)
    wb.close()


if __name__ == "__main__":
    regression_workbook()
    openpyxl_workbook()
    xlsxwriter_workbook()
    libxlsxwriter_workbook()
    libreoffice_workbooks()
    error_workbooks()
