#!/usr/bin/env python3
"""The README's output examples are what pdu-rate prints.

Usage: readme_examples.py PDU_RATE README

An example is marked by an HTML comment on the line before its fenced block (invisible on
GitHub), naming the command that prints it, run with bash from the README's directory with
pdu-rate on PATH:

    <!-- output: pdu-rate examples/bradford-calderdale/inspection.yaml -->
    ```text
    ...
    ```

`output:` compares standard output, `stderr:` standard error. A line `...` in the block stands
for any number of lines left out; otherwise the lines must be the output's, in order, from its
first line to its last (trailing spaces aside). Every marker must be followed by a fenced block.
"""
import os
import re
import subprocess
import sys
import tempfile

MARKER = re.compile(r"^<!-- (output|stderr): (.+) -->$")
ELISION = "..."


def examples(readme_text):
    """(line number, stream, command, expected lines) for each marked block."""
    lines = readme_text.splitlines()
    found = []
    for i, line in enumerate(lines):
        m = MARKER.match(line.strip())
        if not m:
            continue
        if i + 1 >= len(lines) or not lines[i + 1].startswith("```"):
            found.append((i + 1, m.group(1), m.group(2), None))
            continue
        end = next((j for j in range(i + 2, len(lines)) if lines[j].startswith("```")), None)
        found.append((i + 1, m.group(1), m.group(2), None if end is None else lines[i + 2:end]))
    return found


def matches(expected, actual):
    """Whether `actual` is `expected` with each '...' standing for any run of lines."""
    chunks = [[]]
    for line in expected:
        if line.strip() == ELISION:
            chunks.append([])
        else:
            chunks[-1].append(line.rstrip())
    actual = [line.rstrip() for line in actual]
    # First and last chunks are anchored to the start and end (empty when the block starts or
    # ends with '...'); the ones between are found in order.
    first, last = chunks[0], chunks[-1] if len(chunks) > 1 else None
    if actual[:len(first)] != first:
        return False
    pos = len(first)
    if last is None:
        return pos == len(actual)
    for chunk in chunks[1:-1]:
        while pos + len(chunk) <= len(actual) and actual[pos:pos + len(chunk)] != chunk:
            pos += 1
        if pos + len(chunk) > len(actual):
            return False
        pos += len(chunk)
    return len(actual) - pos >= len(last) and (not last or actual[len(actual) - len(last):] == last)


def first_difference(expected, actual):
    """A short hint: the first expected line (not '...') missing from the output."""
    for line in expected:
        if line.strip() != ELISION and line.rstrip() not in (a.rstrip() for a in actual):
            return f"not in the output: {line!r}"
    return "every line is there, but not in this order or with other lines between"


def main():
    prog, readme = os.path.realpath(sys.argv[1]), sys.argv[2]
    with open(readme, encoding="utf-8") as f:
        found = examples(f.read())
    if not found:
        print(f"FAIL: {readme} marks no output examples")
        return 1
    failures = 0
    with tempfile.TemporaryDirectory() as bin_dir:
        os.symlink(prog, os.path.join(bin_dir, "pdu-rate"))
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"], NO_COLOR="1")
        for line, stream, command, expected in found:
            if expected is None:
                print(f"FAIL: {readme}:{line}: the marker is not followed by a fenced block")
                failures += 1
                continue
            run = subprocess.run(["bash", "-c", command], cwd=os.path.dirname(os.path.abspath(readme)), env=env,
                                 capture_output=True, text=True)
            actual = (run.stdout if stream == "output" else run.stderr).splitlines()
            if not matches(expected, actual):
                print(f"FAIL: {readme}:{line}: `{command}` ({stream}) differs from the example: "
                      f"{first_difference(expected, actual)}")
                print("  it prints:")
                print("\n".join("    " + a for a in actual[:60]))
                failures += 1
    if failures:
        print(f"{failures} of {len(found)} examples differ: update them from the output shown")
        return 1
    print(f"README: {len(found)} output examples match")
    return 0


if __name__ == "__main__":
    sys.exit(main())
