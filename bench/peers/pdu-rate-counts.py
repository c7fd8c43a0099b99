"""pdu-rate's counts, from `pdu-rate FILE --format json` on standard input, in the peers' form:
one line "COLUMN ANSWER COUNT" per key question and answer, in the order the columns are given.
Usage: pdu-rate FILE --format json | python3 pdu-rate-counts.py COLUMN...
"""
import json
import sys


def main():
    report = json.load(sys.stdin)
    found = {}
    for standard in report["standards"]:
        for kq in standard.get("key_questions") or []:
            found[kq["short_id"]] = kq
    for column in sys.argv[1:]:
        kq = found[column]
        for answer, key in (("Yes", "yes"), ("No", "no"), ("N/A", "na")):
            print(column, answer, kq[key])


if __name__ == "__main__":
    main()
