#!/usr/bin/python3
"""Writes the .xlsx fixtures of tests/unit/test_xlsx_workbook.cpp: the same small table of cases,
as each program users have writes it (make_libxlsxwriter.c: libxlsxwriter). Run it from anywhere
with Debian's python3-openpyxl and python3-xlsxwriter (/usr/bin/python3); with --libreoffice it
also converts libreoffice.csv, and the xlsxwriter workbook, with LibreOffice (libreoffice-calc-nogui).
The outputs are committed: the tests (and CI) need neither these programs nor LibreOffice.

Sheet "Cases" (rows 1-6), as every writer's workbook must read:
    case_id,case_type,2.1.1,2.1.2,2.1.3
    C001,Community,Yes,No,N/A
    1002,Licence,No,"  Yes  ",Yes          <- a numeric id; spaces kept
    C003,Custody,N/A,,No                   <- "Custody" as rich text; an empty cell
    C004,2024-03-05,TRUE,Yes,3             <- a date, a boolean, a formula (=1+2) saved as 3
    C005,Community,Yes,No,0.1              <- a formula ="N"&"o" saved as "No"
Sheet "Notes": A1 "note", B1 "when"; A2 "reviewed", B2 2024-03-05 14:30; row 3 missing;
A4 "time", B4 14:30 (a time of day).
"""
import datetime, os, shutil, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
WHEN = datetime.datetime(2024, 3, 5, 0, 0, 0)  # fixed document dates: the same bytes each run

def out(name):
    return os.path.join(HERE, name)

def openpyxl_workbook(name, formulas):
    """openpyxl writes inline strings and absolute relationship targets, and cannot save a
    formula's value: with `formulas`, E5 and D6 are formulas without one (a problem to report)."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cases"
    ws.append(["case_id", "case_type", "2.1.1", "2.1.2", "2.1.3"])
    ws.append(["C001", "Community", "Yes", "No", "N/A"])
    ws.append([1002, "Licence", "No", "  Yes  ", "Yes"])
    ws.append(["C003", "Custody", "N/A", None, "No"])
    ws.append(["C004", datetime.date(2024, 3, 5), True, "Yes", "=1+2" if formulas else 3])
    ws.append(["C005", "Community", "Yes", '="N"&"o"' if formulas else "No", 0.1])
    ws["B5"].number_format = "yyyy-mm-dd"
    notes = wb.create_sheet("Notes")
    notes["A1"], notes["B1"] = "note", "when"
    notes["A2"], notes["B2"] = "reviewed", datetime.datetime(2024, 3, 5, 14, 30)
    notes["A4"], notes["B4"] = "time", datetime.time(14, 30)
    wb.properties.created = wb.properties.modified = WHEN
    wb.save(out(name))

def xlsxwriter_workbook(name):
    """xlsxwriter writes shared strings, rich text, and formulas with the values given."""
    import xlsxwriter
    wb = xlsxwriter.Workbook(out(name))
    wb.set_properties({"created": WHEN})
    ws = wb.add_worksheet("Cases")
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    bold = wb.add_format({"bold": True})
    for row, values in enumerate([["case_id", "case_type", "2.1.1", "2.1.2", "2.1.3"],
                                  ["C001", "Community", "Yes", "No", "N/A"],
                                  [None, "Licence", "No", "  Yes  ", "Yes"],
                                  ["C003", None, "N/A", None, "No"],
                                  ["C004", None, None, "Yes", None],
                                  ["C005", "Community", "Yes", None, None]]):
        for col, value in enumerate(values):
            if value is not None:
                ws.write_string(row, col, value)
    ws.write_number("A3", 1002)
    ws.write_rich_string("B4", bold, "Cus", "tody")
    ws.write_datetime("B5", datetime.datetime(2024, 3, 5), date)
    ws.write_boolean("C5", True)
    ws.write_formula("E5", "=1+2", None, 3)
    ws.write_formula("D6", '="N"&"o"', None, "No")
    ws.write_number("E6", 0.1)
    notes = wb.add_worksheet("Notes")
    notes.write_string("A1", "note")
    notes.write_string("B1", "when")
    notes.write_string("A2", "reviewed")
    notes.write_datetime("B2", datetime.datetime(2024, 3, 5, 14, 30), wb.add_format({"num_format": "yyyy-mm-dd hh:mm"}))
    notes.write_string("A4", "time")
    notes.write_datetime("B4", datetime.time(14, 30), wb.add_format({"num_format": "hh:mm"}))
    wb.close()

def libreoffice(source, name):
    """LibreOffice's own writer: `soffice --headless --convert-to xlsx` of `source`."""
    with tempfile.TemporaryDirectory() as work:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile",
                        "--convert-to", "xlsx", "--outdir", work, source], check=True, stdout=subprocess.DEVNULL)
        made = os.path.join(work, os.path.splitext(os.path.basename(source))[0] + ".xlsx")
        shutil.copyfile(made, out(name))

if __name__ == "__main__":
    openpyxl_workbook("openpyxl.xlsx", formulas=False)
    openpyxl_workbook("openpyxl-formulas.xlsx", formulas=True)
    xlsxwriter_workbook("xlsxwriter.xlsx")
    if "--libreoffice" in sys.argv:
        libreoffice(out("libreoffice.csv"), "libreoffice.xlsx")
        with tempfile.TemporaryDirectory() as work:
            copy = os.path.join(work, "libreoffice-resaved.xlsx")
            shutil.copyfile(out("xlsxwriter.xlsx"), copy)
            libreoffice(copy, "libreoffice-resaved.xlsx")
