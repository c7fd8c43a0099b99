#!/usr/bin/env bash
# The Markdown outputs render as tables: each CLI golden given (its stdout) through pandoc's GFM
# reader makes one <table> per delimiter row (|---|...) and leaves no table row as paragraph
# text (a row with the wrong number of cells, or an unescaped |, would).
# Usage: markdown_tables.sh PANDOC CASE_DIR...
set -u
pandoc=$1
shift
status=0
for dir in "$@"; do
  md="$dir/stdout"
  html=$("$pandoc" -f gfm -t html "$md") || { echo "FAIL $dir: pandoc failed"; status=1; continue; }
  want=$(grep -c '^|---' "$md")
  got=$(grep -o '<table>' <<<"$html" | wc -l)
  if [[ $want -eq 0 || $got -ne $want ]]; then
    echo "FAIL $dir: $got <table> elements for $want tables in the Markdown"
    status=1
  elif grep -q '<p>|' <<<"$html"; then
    echo "FAIL $dir: a table row rendered as text:"
    grep '<p>|' <<<"$html" | head -3
    status=1
  else
    echo "ok   $dir: $got tables"
  fi
done
exit $status
