"""The rules an example's CSV is rated under: the ones its folder's inspection.yaml names
(`rules: NAME`), so a youth or 2018 example's cases are not read under the default PDU rules."""
import os
import re


def rules_args(path):
    """["--rules", NAME] for a CSV beside an inspection file that names its rules, else []."""
    if not path.endswith(".csv"):
        return []
    inspection = os.path.join(os.path.dirname(path), "inspection.yaml")
    if not os.path.exists(inspection):
        return []
    with open(inspection, encoding="utf-8") as f:
        m = re.search(r"^rules:\s*(\S+)", f.read(), re.MULTILINE)
    if not m:
        return []
    name = m.group(1)
    # A built-in name as it is; a rules file's path is relative to the inspection file.
    builtin = "/" not in name and not name.endswith((".yaml", ".yml"))
    return ["--rules", name if builtin else os.path.join(os.path.dirname(path), name)]
