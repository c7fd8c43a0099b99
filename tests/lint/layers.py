#!/usr/bin/env python3
"""Lower layers never include higher ones (README, "Development"): prints each include that goes
up or sideways between the folders of src/ and include/pdurate/, and exits 1 if there is any.
Usage: tests/lint/layers.py [SOURCE_ROOT]"""
import re, sys, pathlib

# Each folder with the folders it may include (besides itself).
ALLOWED = {
    "util": set(),
    "yaml": {"util"},
    "model": {"util"},
    "rules": {"util", "yaml"},
    "engine": {"util", "model", "rules"},
    "readers": {"util", "yaml", "model", "rules"},
    "app": {"util", "model", "rules", "engine", "readers"},
    "report": {"util", "model", "rules", "engine", "app"},
    "cli": {"util", "model", "rules", "engine", "readers", "app", "report"},
    "tools": {"util", "rules"},
}

def folder_of(path):
    parts = pathlib.PurePosixPath(path).parts
    if parts[0] == "pdurate":
        parts = parts[1:]
    return parts[0] if len(parts) > 1 else "(top)"  # no header belongs at the top

def main(root):
    root = pathlib.Path(root)
    edges = []
    for base in (root / "src", root / "include" / "pdurate"):
        for f in sorted(base.rglob("*.[ch]pp")):
            rel = f.relative_to(base)
            if len(rel.parts) < 2:
                continue
            here = rel.parts[0]
            for n, line in enumerate(f.read_text().splitlines(), 1):
                m = re.match(r'\s*#include "([^"]+)"', line)
                if not m:
                    continue
                there = folder_of(m.group(1))
                if there != here and there not in ALLOWED.get(here, set()):
                    edges.append(f"{f.relative_to(root)}:{n}: {here} includes {there} ({m.group(1)})")
    unknown = sorted({p.relative_to(base).parts[0] for base in (root / "src", root / "include" / "pdurate")
                      for p in base.rglob("*.[ch]pp") if len(p.relative_to(base).parts) > 1} - set(ALLOWED))
    for folder in unknown:
        edges.append(f"{folder}: a folder the layers do not list: add it to ALLOWED in tests/lint/layers.py")
    for e in edges:
        print(e)
    print(f"{len(edges)} problem(s) with the layers", file=sys.stderr)
    return 1 if edges else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
