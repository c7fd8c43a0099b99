"""pandas' counts of each answer in each key-question column of a CSV file, as bench/run checks
them: one line "COLUMN ANSWER COUNT" per column and answer. Every column read as text, and
keep_default_na=False, without which pandas silently reads "N/A" as a missing value.
Usage: /usr/bin/python3 pandas-counts.py FILE COLUMN...
"""
import sys

import pandas as pd


def main():
    path, columns = sys.argv[1], sys.argv[2:]
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in columns:
        counts = frame[column].value_counts()
        for answer in ("Yes", "No", "N/A"):
            print(column, answer, int(counts.get(answer, 0)))


if __name__ == "__main__":
    main()
