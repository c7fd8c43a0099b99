#!/usr/bin/env python3
"""Every option of every command's --help is described in the man page, in that command's section.

Usage: man_options.py PDU_RATE MAN_PAGE

Each option must be the term of an entry (a .TP paragraph's first line: a definition list's
term in the markdown) in the section for its command: RATING OPTIONS for pdu-rate itself,
CHECK OPTIONS, DIFF OPTIONS, RULES OPTIONS; a mention in running text does not count.
The help is read now, from the program under test, so an option added without its description
fails here.
"""
import re
import subprocess
import sys

SECTIONS = {
    (): "RATING OPTIONS",
    ("check",): "CHECK OPTIONS",
    ("diff",): "DIFF OPTIONS",
    ("rules",): "RULES OPTIONS",
    ("rules", "list"): "RULES OPTIONS",
    ("rules", "show"): "RULES OPTIONS",
}


def entry_terms(roff):
    """Section name (.SH) -> the options in the terms of its entries (the line after each .TP)."""
    result, name, after_tp = {}, None, False
    for line in roff.splitlines():
        if line.startswith(".SH "):
            name = line[4:].strip().strip('"')
            result[name] = set()
        elif line.startswith(".TP"):
            after_tp = True
            continue
        elif after_tp and name:
            plain = re.sub(r"\\f(\[[A-Z]*\]|\(..|.)", "", line).replace("\\-", "-")
            result[name].update(re.findall(r"(?:^|, )(--?[A-Za-z0-9][A-Za-z0-9-]*)", plain))
        after_tp = False
    return result


def help_options(prog, command):
    out = subprocess.run([prog, *command, "--help"], check=True, capture_output=True, text=True).stdout
    options = set()
    for line in out.splitlines():
        m = re.match(r"^ {1,4}(-[^ ]+)", line)
        if m:
            options.update(o for o in m.group(1).split(",") if o.startswith("-"))
    return options


def main():
    prog, man_page = sys.argv[1], sys.argv[2]
    with open(man_page, encoding="utf-8") as f:
        by_section = entry_terms(f.read())
    failures = 0
    for command, section in SECTIONS.items():
        name = " ".join(("pdu-rate",) + command)
        options = help_options(prog, command)
        if not options:
            print(f"FAIL: {name} --help lists no options")
            failures += 1
        terms = by_section.get(section)
        if terms is None:
            print(f"FAIL: the man page has no section {section} (for {name})")
            failures += 1
            continue
        for option in sorted(options - terms):
            print(f"FAIL: {name} {option} (in --help) has no entry in the man page's {section}")
            failures += 1
    if failures:
        print(f"{failures} failure(s): describe each option in doc/pdu-rate.1.md")
        return 1
    print(f"man page: every option of {len(SECTIONS)} commands' --help is described")
    return 0


if __name__ == "__main__":
    sys.exit(main())
