#!/usr/bin/env python3
"""Reads a JUnit XML report with a real XML parser (expat, via ElementTree), checks that its
totals agree with its test cases, and prints one line per test case for a golden file to hold.
Exits 1 when the file is not well-formed XML or the totals disagree."""
import sys
import xml.etree.ElementTree as ET

try:
    root = ET.parse(sys.argv[1]).getroot()
except ET.ParseError as e:
    print(f"not well-formed XML: {e}")
    sys.exit(1)

ok = True
if root.tag != "testsuites":
    print(f"root element is <{root.tag}>, not <testsuites>")
    sys.exit(1)
suites = root.findall("testsuite")
cases = [c for s in suites for c in s.findall("testcase")]
failures = [c for c in cases if c.find("failure") is not None]
errors = [c for c in cases if c.find("error") is not None]
for element in [root] + suites:
    counts = {"tests": len(cases), "failures": len(failures), "errors": len(errors)}
    for name, n in counts.items():
        if element.get(name) != str(n):
            print(f"<{element.tag}> says {name}={element.get(name)}, but there are {n}")
            ok = False
print(f"{len(suites)} suite(s): tests={len(cases)} failures={len(failures)} errors={len(errors)}")
for s in suites:
    for p in s.iter("property"):
        print(f"property {p.get('name')} = {p.get('value')}")
for c in cases:
    outcome = c.find("failure") if c.find("failure") is not None else c.find("error")
    if outcome is None:
        print(f"passed  {c.get('name')}")
    else:
        print(f"{outcome.tag:7} {c.get('name')}: {outcome.get('message')}")
        for line in (outcome.text or "").splitlines():
            print(f"          {line}")
sys.exit(0 if ok else 1)
