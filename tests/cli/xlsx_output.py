#!/usr/bin/python3
"""--format xlsx, read back with openpyxl: for several inspections the workbook has its sheets,
its figures equal --format json's, the Cases sheet is an Excel table with a Yes/No/N/A list on
every answer cell holding the answers of the input, and `pdu-rate workbook.xlsx` rates the same
as the inspection did. Also: the workbook on a pipe, and many inspections one row each (equal to
--format csv). Needs Debian's python3-openpyxl (run with /usr/bin/python3).
Usage: xlsx_output.py PATH_TO_PDU_RATE   (from the source root)"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

import openpyxl

BRADFORD = "examples/bradford-calderdale/inspection.yaml"
YOUTH = "examples/youth-east-sussex-2024/inspection.yaml"
REGRESSION = "examples/regression"


def default_rules_inspections():
    """The regression inspections under the default rules (no `rules:`): many inspections of one
    rule set make one sheet with one header, as --format csv does."""
    paths = sorted(os.path.join(REGRESSION, d, "inspection.yaml") for d in os.listdir(REGRESSION))
    return [p for p in paths if not any(line.startswith("rules:") for line in open(p, encoding="utf-8"))]


PDU_2023 = default_rules_inspections()
failures = []
checks = 0


def check(condition, what):
    global checks
    checks += 1
    if not condition:
        failures.append(what)
    return condition


def run(binary, args, **kwargs):
    return subprocess.run([binary, *args], capture_output=True, **kwargs)


def rated_json(binary, args):
    out = run(binary, [*args, "--format", "json"], text=True)
    return json.loads(out.stdout)


def write_workbook(binary, args, path):
    out = run(binary, [*args, "--format", "xlsx", "-o", path], text=True)
    check(out.returncode in (0, 1), f"{args}: exit {out.returncode}: {out.stderr}")
    check(out.stdout == "", f"{args}: -o FILE yet something on stdout")
    return openpyxl.load_workbook(path)


def table_rows(ws, header_row=1, key=0):
    """The rows under the headings in header_row, as dicts by heading, until the first row with
    nothing in column `key`."""
    rows = list(ws.iter_rows(min_row=header_row, values_only=True))
    headings = rows[0]
    out = []
    for r in rows[1:]:
        if r[key] is None:
            break
        out.append(dict(zip(headings, r)))
    return out


def close(a, b):
    return a is not None and b is not None and abs(a - b) < 0.0051


def header_row_of(ws, first):
    for i, row in enumerate(ws.iter_rows(values_only=True), 1):
        if row[0] == first:
            return i
    return None


def check_ratings(name, wb, js):
    ws = wb["Ratings"]
    header = header_row_of(ws, "Standard")
    if not check(header, f"{name}: Ratings has no 'Standard' heading"):
        return
    check(ws.freeze_panes == f"A{header + 1}", f"{name}: Ratings headings not frozen ({ws.freeze_panes})")
    rows = {r["Standard"]: r for r in table_rows(ws, header)}
    for s in js["standards"]:
        r = rows.get(s["id"])
        if not check(r, f"{name}: Ratings has no row for {s['id']}"):
            continue
        if s["rating"] is not None:
            check(r["Rating"] == s["rating"], f"{name}: {s['id']} rated {r['Rating']}, JSON {s['rating']}")
            check(r["Points"] == s["points"], f"{name}: {s['id']} points {r['Points']}, JSON {s['points']}")
        else:
            check(str(r["Rating"]).startswith("not rated"), f"{name}: {s['id']} is {r['Rating']}, JSON not rated")
            check(r["Points"] is None, f"{name}: {s['id']} not rated yet has points")
    totals = {r[0]: r for r in ws.iter_rows(min_row=header, values_only=True) if r[0] in ("Score", "Overall rating")}
    score = totals.get("Score")
    if check(score, f"{name}: Ratings has no Score row") and js["score"] is not None:
        check(score[4] == js["score"], f"{name}: score {score[4]}, JSON {js['score']}")
        check(score[3] == f"{js['score']}/{js['max_score']}", f"{name}: score text {score[3]}")
    overall = totals.get("Overall rating")
    if check(overall, f"{name}: Ratings has no Overall rating row") and js["overall"] is not None:
        check(overall[3] == js["overall"], f"{name}: overall {overall[3]}, JSON {js['overall']}")


def check_tally(name, r, t):
    for heading, field in (("Yes", "yes"), ("No", "no"), ("N/A", "na"), ("Relevant", "relevant")):
        check(r[heading] == t[field], f"{name}: {heading} {r[heading]}, JSON {t[field]}")
    if t["percent"] is None:
        check(r["% Yes"] is None, f"{name}: % Yes {r['% Yes']} without relevant cases")
    else:
        check(close(100 * r["% Yes"], t["percent"]), f"{name}: % Yes {r['% Yes']}, JSON {t['percent']}")


def check_interval(name, r, interval, level):
    low, high = f"Interval low ({level}%)", f"Interval high ({level}%)"
    if interval is None:
        check(r[low] is None and r[high] is None, f"{name}: an interval without one in the JSON")
        return
    check(close(100 * r[low], interval["low"]), f"{name}: interval low {r[low]}, JSON {interval['low']}")
    check(close(100 * r[high], interval["high"]), f"{name}: interval high {r[high]}, JSON {interval['high']}")


def check_key_questions(name, wb, js):
    ws = wb["Key questions"]
    check(ws.freeze_panes == "C2", f"{name}: Key questions: headings not frozen ({ws.freeze_panes})")
    rows = {r["Key question"]: r for r in table_rows(ws)}
    level = js["sampling"]["confidence_level"]
    shown = 0
    for s in js["standards"]:
        if s.get("key_questions") is None or s["given"]:
            continue
        for kq in s["key_questions"]:
            r = rows.get(kq["short_id"])
            what = f"{name}: key question {kq['short_id']}"
            if not check(r, f"{what}: no row"):
                continue
            shown += 1
            check(r["Standard"] == s["id"], f"{what}: standard {r['Standard']}")
            if not kq["present"]:
                check(r["Note"] == "no column in the input", f"{what}: no column, yet note {r['Note']}")
                continue
            check_tally(what, r, kq)
            check(r["Band"] == kq["band"], f"{what}: band {r['Band']}, JSON {kq['band']}")
            check((r["Sets the rating"] == "yes") == kq["drives"], f"{what}: sets the rating {r['Sets the rating']}")
            check_interval(what, r, kq["interval"], level)
            check(r["Margin up (more Yes)"] == kq["margin"]["up"], f"{what}: margin up {r['Margin up (more Yes)']}")
            check(r["Margin down (fewer Yes)"] == kq["margin"]["down"], f"{what}: margin down")
            if kq["percent"] is not None:
                check(ws.cell(row=list(rows).index(kq["short_id"]) + 2, column=9).number_format == "0.0%",
                      f"{what}: % Yes not formatted 0.0%")
    check(len(rows) == shown, f"{name}: {len(rows)} key question rows, {shown} in the JSON")
    check(len(ws._charts) == (1 if shown else 0), f"{name}: {len(ws._charts)} charts on Key questions")


def check_findings(name, wb, js):
    if not js["findings"]:
        check("Findings" not in wb.sheetnames, f"{name}: a Findings sheet with no findings")
        return
    rows = {r["Finding"]: r for r in table_rows(wb["Findings"])}
    check(len(rows) == len(js["findings"]), f"{name}: {len(rows)} findings, JSON {len(js['findings'])}")
    for f in js["findings"]:
        r = rows.get(f["short_id"])
        if check(r, f"{name}: finding {f['short_id']}: no row"):
            check_tally(f"{name}: finding {f['short_id']}", r, f)
            check_interval(f"{name}: finding {f['short_id']}", r, f["interval"], js["sampling"]["confidence_level"])


def check_breakdowns(name, wb, js):
    ids = {}
    for s in js["standards"]:
        for kq in s.get("key_questions") or []:
            ids[kq["id"]] = kq["short_id"]
    for f in js["findings"]:
        ids[f["id"]] = f["short_id"]
    for b in js["breakdowns"]:
        ws = wb[f"By {b['attribute']}"]
        check(ws.auto_filter.ref, f"{name}: By {b['attribute']} has no filter")
        rows = {(r[b["attribute"]], r["Question"]): r for r in table_rows(ws)}
        expected = 0
        for g in [*b["groups"], b["total"]]:
            value = "All cases" if g["value"] is None else g["value"] or "(blank)"
            ratings = {s["id"]: s["rating"] for s in g["standards"]}
            for q in [*g["key_questions"], *g["findings"]]:
                expected += 1
                r = rows.get((value, ids[q["id"]]))
                what = f"{name}: by {b['attribute']} {value} {q['id']}"
                if not check(r, f"{what}: no row"):
                    continue
                check(r["Cases"] == g["cases"], f"{what}: cases {r['Cases']}, JSON {g['cases']}")
                check_tally(what, r, q)
                if r["Standard"] in ratings:
                    check(r["Standard's rating on the group"] == ratings[r["Standard"]], f"{what}: group rating")
        check(len(rows) == expected, f"{name}: by {b['attribute']}: {len(rows)} rows, JSON {expected}")


def answer(text):
    return {"y": "Yes", "yes": "Yes", "n": "No", "no": "No", "na": "N/A", "n/a": "N/A"}.get(text.strip().lower())


def check_cases(name, wb, cases_csv):
    ws = wb["Cases"]
    check(ws.freeze_panes == "B2", f"{name}: Cases: headings not frozen ({ws.freeze_panes})")
    rows = list(ws.iter_rows(values_only=True))
    headings, data = rows[0], rows[1:]
    table = ws.tables.get("Cases")
    if check(table, f"{name}: Cases is no Excel table ({list(ws.tables)})"):
        last = openpyxl.utils.get_column_letter(len(headings))
        check(table.ref == f"A1:{last}{len(data) + 1}", f"{name}: table over {table.ref}")
        check([c.name for c in table.tableColumns] == list(headings), f"{name}: table columns are not the headings")
    with open(cases_csv, newline="", encoding="utf-8") as f:
        source = list(csv.DictReader(f))
    check(len(data) == len(source), f"{name}: {len(data)} cases, the CSV {len(source)}")
    # The CSV writes prompts as P2.1.1.a, the workbook as 2.1.1.a (both read alike).
    by_id = {r["case_id"]: {k.removeprefix("P") if k.count(".") == 3 else k: v for k, v in r.items()} for r in source}
    answered = set()
    for row in data:
        cells = dict(zip(headings, row))
        want = by_id.get(cells["case_id"], {})
        for h, v in cells.items():
            a = answer(want.get(h, "")) if h in want else None
            if a:
                answered.add(h)
                check(v == a, f"{name}: case {cells['case_id']} {h}: {v}, the CSV {want[h]}")
            elif h in want:
                check(v == want[h], f"{name}: case {cells['case_id']} {h}: {v}, the CSV {want[h]}")
    validated = set()
    for dv in ws.data_validations.dataValidation:
        check(dv.type == "list" and dv.formula1 == '"Yes,No,N/A"', f"{name}: validation {dv.type} {dv.formula1}")
        for cell_range in dv.sqref.ranges:
            check(cell_range.min_row == 2 and cell_range.max_row == len(data) + 1, f"{name}: validation {cell_range}")
            validated.update(headings[c - 1] for c in range(cell_range.min_col, cell_range.max_col + 1))
    check(validated == answered, f"{name}: answer columns {sorted(answered - validated)} without the Yes/No/N/A list, "
          f"{sorted(validated - answered)} with it and no answers")


def ratings_given(js):
    """--rating options giving the organisational ratings of a result, so that the cases alone rate the same."""
    out = []
    for s in js["standards"]:
        if s.get("key_questions") is None and s["rating"] is not None:
            out += ["--rating", f"{s['id']}={s['rating']}"]
    return out


def check_round_trip(binary, name, path, js):
    back = rated_json(binary, [path, "--rules", js["rules"]["id"], *ratings_given(js)])
    check(back["inspection"]["source"]["sheet"] == "Cases", f"{name}: read back from {back['inspection']['source']}")
    for field in ("score", "overall"):
        check(back[field] == js[field], f"{name}: read back, {field} {back[field]}, first {js[field]}")
    for a, b in zip(js["standards"], back["standards"]):
        check(a["rating"] == b["rating"], f"{name}: read back, {a['id']} {b['rating']}, first {a['rating']}")
        for ka, kb in zip(a.get("key_questions") or [], b.get("key_questions") or []):
            same = all(ka[k] == kb[k] for k in ("yes", "no", "na", "present"))
            check(same, f"{name}: read back, {ka['id']} differs")
    check([f["yes"] for f in js["findings"]] == [f["yes"] for f in back["findings"]], f"{name}: read back, findings")


def one_inspection(binary, tmp, name, args, cases_csv=None):
    path = os.path.join(tmp, f"{name}.xlsx")
    wb = write_workbook(binary, args, path)
    js = rated_json(binary, args)
    want = ["Ratings", "Method"]
    if js["inspection"]["source"]["format"] != "yaml" or js["inspection"]["cases"]:
        want += ["Key questions"] + (["Findings"] if js["findings"] else [])
        want += [f"By {b['attribute']}" for b in js["breakdowns"]] + ["Cases"]
    check(wb.sheetnames == want, f"{name}: sheets {wb.sheetnames}, expected {want}")
    check_ratings(name, wb, js)
    if "Cases" not in want:
        return
    check_key_questions(name, wb, js)
    check_findings(name, wb, js)
    check_breakdowns(name, wb, js)
    if cases_csv:
        check_cases(name, wb, cases_csv)
    check_round_trip(binary, name, path, js)


def on_a_pipe(binary):
    out = run(binary, [BRADFORD, "--format", "xlsx"])
    check(out.returncode == 0 and out.stdout[:2] == b"PK", f"pipe: exit {out.returncode}, {out.stdout[:4]!r}")
    wb = openpyxl.load_workbook(io.BytesIO(out.stdout))
    check_ratings("pipe", wb, rated_json(binary, [BRADFORD]))


def many(binary, tmp):
    path = os.path.join(tmp, "many.xlsx")
    wb = write_workbook(binary, PDU_2023, path)
    check(wb.sheetnames == ["Inspections"], f"many: sheets {wb.sheetnames}")
    ws = wb["Inspections"]
    check("Inspections" in ws.tables, "many: Inspections is no Excel table")
    got = [["" if v is None else str(v) for v in row] for row in ws.iter_rows(values_only=True)]
    want = list(csv.reader(io.StringIO(run(binary, [*PDU_2023, "--format", "csv"], text=True).stdout)))
    check(got == want, f"many: the rows differ from --format csv's:\n{got[:3]}\n{want[:3]}")


def tampered(binary, tmp):
    """The checks can fail: a workbook with one figure, one answer and one validation changed is caught each time."""
    path = os.path.join(tmp, "tampered.xlsx")
    write_workbook(binary, [BRADFORD, "--by", "grade"], path)
    js = rated_json(binary, [BRADFORD, "--by", "grade"])
    edits = {
        "key question count": lambda wb: wb["Key questions"].cell(row=2, column=5, value=35),
        "key question % Yes": lambda wb: wb["Key questions"].cell(row=3, column=9, value=0.6),
        "interval": lambda wb: wb["Key questions"].cell(row=3, column=12, value=0.4),
        "finding": lambda wb: wb["Findings"].cell(row=2, column=5, value=0),
        "group": lambda wb: wb["By grade"].cell(row=2, column=9, value=1),
        "rating": lambda wb: wb["Ratings"].cell(row=6, column=4, value="Good"),
        "answer": lambda wb: wb["Cases"].cell(row=2, column=4, value="No"),
        "validation": lambda wb: wb["Cases"].data_validations.dataValidation.pop(),
    }
    for what, edit in edits.items():
        wb = openpyxl.load_workbook(path)
        edit(wb)
        before = len(failures)
        check_ratings("tampered", wb, js)
        check_key_questions("tampered", wb, js)
        check_findings("tampered", wb, js)
        check_breakdowns("tampered", wb, js)
        check_cases("tampered", wb, "examples/bradford-calderdale/cases.csv")
        caught = len(failures) > before
        del failures[before:]
        check(caught, f"a changed {what} is not caught")


def main(binary):
    with tempfile.TemporaryDirectory() as tmp:
        one_inspection(binary, tmp, "bradford", [BRADFORD], "examples/bradford-calderdale/cases.csv")
        one_inspection(binary, tmp, "bradford-by-grade", [BRADFORD, "--by", "grade", "--by", "case_type"],
                       "examples/bradford-calderdale/cases.csv")
        # A what-if: the Cases sheet holds the cases as rated (one left out, shifts made on cases).
        one_inspection(binary, tmp, "what-if", [BRADFORD, "--exclude", "BC001", "--shift", "2.1.3=+30"])
        one_inspection(binary, tmp, "youth", [YOUTH])
        one_inspection(binary, tmp, "band-edge", ["examples/band-edge/inspection.yaml"], "examples/band-edge/cases.csv")
        for d in sorted(os.listdir(REGRESSION)):
            one_inspection(binary, tmp, d, [os.path.join(REGRESSION, d, "inspection.yaml")])
        on_a_pipe(binary)
        many(binary, tmp)
        tampered(binary, tmp)
    for f in failures:
        print(f)
    print(f"{checks} checks, {len(failures)} failure(s)", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
