#!/usr/bin/env python3
"""Validates pdu-rate's JSON outputs against their schemas in doc/schema/ (the contract the
README promises): the rate report of every example inspection, the batch report of the
examples, and diff reports, plus every JSON golden under tests/cli/cases. Then checks that each
schema rejects a broken document, so that this test can fail.

Usage (from the source root): validate_json.py PATH_TO_PDU_RATE
Needs the jsonschema module (Debian: python3-jsonschema)."""
import copy
import glob
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "cli"))
from example_rules import rules_args  # noqa: E402

try:
    import jsonschema
except ImportError:
    print("the jsonschema module is missing: apt-get install python3-jsonschema (see .ci/install-deps)")
    sys.exit(1)

pdu_rate = os.path.abspath(sys.argv[1])
schemas = {}
for name in ("rate", "batch", "diff", "plan", "agree", "compare"):
    with open(f"doc/schema/{name}.schema.json") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    schemas[name] = cls(schema)

failures = 0
checked = 0


def validate(kind, document, what):
    global failures, checked
    checked += 1
    errors = sorted(schemas[kind].iter_errors(document), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        path = "/".join(str(p) for p in e.absolute_path)
        print(f"FAIL {what} ({kind} schema): at /{path}: {e.message}")
    failures += 1 if errors else 0


def run(args, what, kind, statuses=(0, 1)):
    global failures
    p = subprocess.run([pdu_rate] + args, capture_output=True, text=True)
    if p.returncode not in statuses:
        print(f"FAIL {what}: exit status {p.returncode}\n{p.stderr}")
        failures += 1
        return None
    try:
        document = json.loads(p.stdout)
    except json.JSONDecodeError as e:
        print(f"FAIL {what}: not JSON: {e}")
        failures += 1
        return None
    validate(kind, document, what)
    return document


# Every example inspection, rated alone: the rate report.
inspections = sorted(glob.glob("examples/**/inspection.yaml", recursive=True))
inspections += sorted(glob.glob("examples/*/cases.csv"))
for path in inspections:
    run([path, *rules_args(path), "--format", "json"], f"pdu-rate {path}", "rate")

# The options that add fields to the rate report (the optional ones must then be there, or the
# schema's description of them would go unchecked).
bradford = "examples/bradford-calderdale/inspection.yaml"
variants = [
    ("probabilities", [bradford, "--probabilities"], ["sampling.resampling", "overall_rating_probabilities"]),
    ("breakdowns", [bradford, "--by", "grade", "--rri", "grade=PO"], ["breakdowns.0", "relative_rates.0"]),
    ("what-if", [bradford, "--where", "case_type=licence", "--answer", "BC001:2.1.3=Yes", "--rating", "P1.2=Good"],
     ["what_if", "baseline", "changes.0"]),
    ("shift", [bradford, "--shift", "2.1.3=+30", "--exclude", "BC002", "--pivotal", "--probabilities", "--by", "grade"],
     ["what_if", "baseline", "changes.0", "pivotal", "sampling.resampling", "breakdowns.0"]),
    ("pivotal", ["tests/data/pivotal.yaml", "--pivotal"], ["pivotal.0"]),
    ("unrated", ["examples/bradford-calderdale/cases.csv", "--confidence", "99.5", "--probabilities",
                 "--rri", "grade=PQiP"], ["sampling.resampling", "relative_rates.0.suppressed"]),
    ("findings", ["tests/data/findings.csv", "--by", "grade"], ["findings.0", "breakdowns.0"]),
]


def lookup(document, dotted):
    for part in dotted.split("."):
        if isinstance(document, list):
            document = document[int(part)] if int(part) < len(document) else None
        else:
            document = document.get(part) if isinstance(document, dict) else None
        if document is None:
            return None
    return document


variant_documents = {}
for name, args, expected in variants:
    what = "pdu-rate " + " ".join(args)
    document = run(args + ["--format", "json"], what, "rate")
    variant_documents[name] = document
    for field in expected if document else []:
        if lookup(document, field) is None:
            print(f"FAIL {what}: expected {field} in the output")
            failures += 1

# All of them at once, with invalid and failing inputs too: the batch report.
run(["examples", "--format", "json"], "pdu-rate examples", "batch")
run(["examples/bradford-calderdale/cases.csv", "tests/data/check/fail.yaml", "tests/data/check/pass.yaml",
     "--format", "json"], "pdu-rate (mixed inputs)", "batch")
# An invalid inspection among them: exit 2 and no partial result, nothing on stdout.
p = subprocess.run([pdu_rate, "examples/bradford-calderdale/cases.csv", "tests/data/check", "--format", "json"],
                   capture_output=True, text=True)
if p.returncode != 2 or p.stdout:
    print(f"FAIL pdu-rate (an invalid inspection among many): exit {p.returncode}, stdout {p.stdout[:80]!r}")
    failures += 1

# Rule changes: the diff report, unchanged and changed.
with open("rules/hmip-pdu-2023.yaml") as f:
    rules = f.read()
assert "\n      min: 65\n" in rules
with tempfile.TemporaryDirectory() as d:
    raised = os.path.join(d, "good-at-70.yaml")
    with open(raised, "w") as f:
        f.write(rules.replace("\n      min: 65\n", "\n      min: 70\n"))
    run(["diff", "examples", "--format", "json"], "pdu-rate diff (unchanged)", "diff")
    changed = run(["diff", "--rules", raised, "examples", "tests/data/check", "--format", "json"],
                  "pdu-rate diff (Good at 70%)", "diff", statuses=(2,))
    if changed and changed["summary"]["changed"] == 0:
        print("FAIL pdu-rate diff (Good at 70%): expected some inspections to change")
        failures += 1

# Sample plans: a size for a margin, and the margin of a size.
plan = run(["plan", "--population", "community=2000", "--population", "licence=1800", "--margin", "10", "--format", "json"],
           "pdu-rate plan --margin 10", "plan")
run(["plan", "--population", "3800", "--n", "80", "--confidence", "95", "--format", "json"], "pdu-rate plan --n 80", "plan")
# Inspections compared (pdu-rate compare): two, three, under one rule set, and under two.
earlier = "examples/bradford-calderdale-2023-invented/inspection.yaml"
crc, nps = ("examples/regression/17-probation-2018-crc/inspection.yaml",
            "examples/regression/18-probation-2018-nps/inspection.yaml")
compared = run(["compare", earlier, bradford, "--format", "json"], "pdu-rate compare (two)", "compare")
run(["compare", earlier, bradford, earlier, "--format", "json"], "pdu-rate compare (three)", "compare")
run(["compare", "--rules", "hmip-pdu-2023", earlier, bradford, "--format", "json"], "pdu-rate compare --rules",
    "compare")
run(["compare", crc, nps, "--format", "json"], "pdu-rate compare (two rule sets)", "compare")

# The JSON goldens of the CLI tests.
for marker in sorted(glob.glob("tests/cli/cases/*/json")):
    case = os.path.dirname(marker)
    with open(os.path.join(case, "stdout")) as f:
        document = json.load(f)
    kind = ("diff" if "base_rules" in document else "compare" if "key_questions" in document
            else "batch" if "inspections" in document
            else "plan" if "band_probabilities" in document
            else "agree" if "pivotal" in document and "questions" in document else "rate")
    validate(kind, document, case)

# Each schema must reject what breaks the contract (or this test could never fail).
rate = run(["examples/bradford-calderdale/inspection.yaml", "--format", "json"], "bradford", "rate")
batch = run(["examples", "--format", "json"], "examples", "batch")
diff = run(["diff", "examples", "--format", "json"], "diff", "diff")
broken = []
if rate and batch and diff:
    r1 = copy.deepcopy(rate); del r1["schema_version"]
    r2 = copy.deepcopy(rate); r2["standards"][3]["key_questions"][0]["yes"] = "36"
    r3 = copy.deepcopy(rate); r3["schema_version"] = 2
    b1 = copy.deepcopy(batch); b1["inspections"][0]["status"] = "fine"
    b2 = copy.deepcopy(batch); b2["inspections"][0]["undocumented"] = 1
    d1 = copy.deepcopy(diff); d1["summary"]["changed"] = -1
    d2 = copy.deepcopy(diff); del d2["inspections"][0]["overall"]
    broken = [("rate", r1), ("rate", r2), ("rate", r3), ("batch", b1), ("batch", b2), ("diff", d1), ("diff", d2)]
    # The fields added since the first schema.
    r4 = copy.deepcopy(rate); r4["standards"][3]["key_questions"][0]["margin"]["up"] = "3"
    r5 = copy.deepcopy(rate); del r5["rows"]["read"]
    r6 = copy.deepcopy(rate); del r6["standards"][3]["sampling_range"]
    r7 = copy.deepcopy(rate); r7["breakdowns"] = [{"attribute": "grade", "min_group_size": 10, "groups": []}]
    broken += [("rate", r4), ("rate", r5), ("rate", r6), ("rate", r7)]
    probabilities, what_if, pivotal = (variant_documents[n] for n in ("probabilities", "what-if", "pivotal"))
    if probabilities:
        r8 = copy.deepcopy(probabilities); r8["sampling"]["resampling"]["seed"] = "1"
        r9 = copy.deepcopy(probabilities); r9["standards"][3]["rating_probabilities"]["Good"] = 1.5
        broken += [("rate", r8), ("rate", r9)]
    if what_if:
        r10 = copy.deepcopy(what_if); del r10["baseline"]
        r11 = copy.deepcopy(what_if); r11["changes"][0]["before"] = {"cases": 79}
        broken += [("rate", r10), ("rate", r11)]
    if pivotal:
        r12 = copy.deepcopy(pivotal); r12["pivotal"][0]["from"] = "Maybe"
        broken += [("rate", r12)]
if plan:
    p1 = copy.deepcopy(plan); p1["band_probabilities"]["edges"][0]["rows"][0]["right"] = 1.5
    p2 = copy.deepcopy(plan); del p2["strata"][0]["margin"]
    p3 = copy.deepcopy(plan); p3["confidence_from"] = "default"
    broken += [("plan", p1), ("plan", p2), ("plan", p3)]
# Agreement between two judgings (pdu-rate agree): the worked example, pivotal disagreements
# and findings, and documents the agree schema must reject.
agree_runs = [
    ["examples/bradford-calderdale/inspection.yaml", "examples/bradford-calderdale-moderation/dip-sample.csv"],
    ["examples/band-edge/inspection.yaml", "tests/data/agree/band-edge-second.csv"],
    ["tests/data/findings.csv", "tests/data/agree/findings-second.csv"],
]
agree_documents = [run(["agree", *paths, "--format", "json"], "pdu-rate agree " + " ".join(paths), "agree")
                   for paths in agree_runs]
if agree_documents[1] and not agree_documents[1]["pivotal"]:
    print("FAIL pdu-rate agree (band edge): expected pivotal disagreements")
    failures += 1
if agree_documents[1]:
    g = agree_documents[1]
    a1 = copy.deepcopy(g); a1["questions"][0]["kappa"]["value"] = 1.5
    a2 = copy.deepcopy(g); del a2["cases"]["only_second"]
    a3 = copy.deepcopy(g); a3["pivotal"][0]["first"] = "Maybe"
    a4 = copy.deepcopy(g); a4["questions"][0]["counts"]["judged"] = -1
    a5 = copy.deepcopy(g); a5["ratings"]["moderated"]["undocumented"] = 1
    broken += [("agree", a1), ("agree", a2), ("agree", a3), ("agree", a4), ("agree", a5)]
# agree as a check: the thresholds and what fell below them, in the document too.
checked_agree = run(["agree", *agree_runs[0], "--min-kappa", "0.6", "--min-ac1", "0.85", "--min-agreement", "90",
                     "--format", "json"], "pdu-rate agree --min-kappa ...", "agree")
if checked_agree:
    below = [(b["short_id"], b["measure"], b["shown"], b["threshold"]) for b in checked_agree["check"]["below"]]
    if below != [("2.1.3", "kappa", 0.58, 0.6), ("2.1.3", "ac1", 0.80, 0.85), ("2.1.3", "agreement", 86.7, 90)]:
        print(f"FAIL pdu-rate agree --min-kappa ...: check.below {below}")
        failures += 1
    k1 = copy.deepcopy(checked_agree); k1["check"]["below"][0]["measure"] = "Kappa"
    k2 = copy.deepcopy(checked_agree); del k2["check"]["min_ac1"]
    k3 = copy.deepcopy(checked_agree); k3["check"]["min_agreement"] = 120
    broken += [("agree", k1), ("agree", k2), ("agree", k3)]
if agree_documents[0] and agree_documents[0]["check"] is not None:
    print("FAIL pdu-rate agree without a threshold: check is not null")
    failures += 1
if compared:
    c1 = copy.deepcopy(compared); c1["key_questions"][0]["changes"][0]["excludes_zero"] = "yes"
    c2 = copy.deepcopy(compared); del c2["inspections"][1]["overall"]
    c3 = copy.deepcopy(compared); c3["key_questions"][0]["changes"][0]["low"] = -150
    broken += [("compare", c1), ("compare", c2), ("compare", c3)]
for kind, document in broken:
    if schemas[kind].is_valid(document):
        print(f"FAIL the {kind} schema accepts a broken document")
        failures += 1

print(f"{checked} JSON documents validated, {len(broken)} broken ones rejected, {failures} failures")
sys.exit(1 if failures else 0)
