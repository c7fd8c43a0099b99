#!/usr/bin/env python3
"""Every option of every command's --help is described in the man page, in that command's section.

Usage: man_options.py PDU_RATE MAN_PAGE

Each option must be the term of an entry (a .TP paragraph's first line: a definition list's
term in the markdown) in the section for its command: RATING OPTIONS for pdu-rate itself,
CHECK OPTIONS, DIFF OPTIONS, AGREE OPTIONS, RULES OPTIONS, PLAN OPTIONS, SAMPLE OPTIONS; a mention in running text does not count. An option
that takes one of a list (--help shows `TYPE:{a,b,c}`, as for --format and --color) must name
each value in its entry. The help is read now, from the program under test, so an option or a
value added without its description fails here.
"""
import re
import subprocess
import sys

SECTIONS = {
    (): "RATING OPTIONS",
    ("check",): "CHECK OPTIONS",
    ("diff",): "DIFF OPTIONS",
    ("agree",): "AGREE OPTIONS",
    ("rules",): "RULES OPTIONS",
    ("rules", "list"): "RULES OPTIONS",
    ("rules", "show"): "RULES OPTIONS",
    ("plan",): "PLAN OPTIONS",
    ("sample",): "SAMPLE OPTIONS",
}


def plain(roff_line):
    """The text of a roff line: font changes dropped, \\- as -."""
    return re.sub(r"\\f(\[[A-Z]*\]|\(..|.)", "", roff_line).replace("\\-", "-")


def entries(roff):
    """Section name (.SH) -> {option: the text of the entry whose term names it}."""
    result, section, term, body = {}, None, None, []

    def close():
        if section is not None and term is not None:
            for option in re.findall(r"(?:^|, )(--?[A-Za-z0-9][A-Za-z0-9-]*)", term):
                result[section][option] = " ".join(body)

    after_tp = False
    for line in roff.splitlines():
        if line.startswith((".SH ", ".SS ", ".TP", ".PP")):
            close()
            term, body = None, []
            if line.startswith(".SH "):
                section = line[4:].strip().strip('"')
                result[section] = {}
            after_tp = line.startswith(".TP")
        elif after_tp:
            term, after_tp = plain(line), False
        elif term is not None and not line.startswith("."):
            body.append(plain(line))
    close()
    return result


def help_options(prog, command):
    """{option: its list of values, or None} from the command's --help."""
    out = subprocess.run([prog, *command, "--help"], check=True, capture_output=True, text=True).stdout
    options = {}
    for line in out.splitlines():
        m = re.match(r"^ {1,4}(-[^ ]+)(?: [^ :]+:\{([^}]*)\})?", line)
        if m:
            for o in m.group(1).split(","):
                if o.startswith("-"):
                    options[o] = m.group(2).split(",") if m.group(2) else None
    return options


def main():
    prog, man_page = sys.argv[1], sys.argv[2]
    with open(man_page, encoding="utf-8") as f:
        by_section = entries(f.read())
    failures = []
    for command, section in SECTIONS.items():
        name = " ".join(("pdu-rate",) + command)
        options = help_options(prog, command)
        if not options:
            failures.append(f"{name} --help lists no options")
        described = by_section.get(section)
        if described is None:
            failures.append(f"the man page has no section {section} (for {name})")
            continue
        for option, values in sorted(options.items()):
            if option not in described:
                failures.append(f"{name} {option} (in --help) has no entry in the man page's {section}")
                continue
            for value in values or []:
                if not re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", described[option]):
                    failures.append(f"{name} {option} {value} (in --help) is not named in its entry in {section}")
    for failure in failures:
        print("FAIL: " + failure)
    if failures:
        print(f"{len(failures)} failure(s): describe each option and value in doc/pdu-rate.1.md")
        return 1
    print(f"man page: every option and value of {len(SECTIONS)} commands' --help is described")
    return 0


if __name__ == "__main__":
    sys.exit(main())
