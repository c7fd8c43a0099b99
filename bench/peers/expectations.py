"""An inspection file for `pdu-rate check`: the cases file given, expecting the casework ratings
that `pdu-rate CASES --format json` (on standard input) gives.
Usage: pdu-rate CASES --format json | python3 expectations.py CASES_AS_THE_FILE_NAMES_IT
"""
import json
import sys


def main():
    report = json.load(sys.stdin)
    print(f"cases: {{file: {sys.argv[1]}}}")
    print("expect:")
    for standard in report["standards"]:
        if standard["basis"] == "casework":
            print(f"  {standard['id']}: {standard['rating']}")


if __name__ == "__main__":
    main()
