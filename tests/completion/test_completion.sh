#!/usr/bin/env bash
# The bash completion (completions/pdu-rate), without a terminal: source it, set COMP_WORDS and
# COMP_CWORD as bash does, call the function, look at COMPREPLY.
# Usage: test_completion.sh PDU_RATE COMPLETION_SCRIPT
# Checks that every option each --help lists (read now, from the program under test) is offered
# after `--` and has a known kind of value, and that values and files are completed as documented.
set -uo pipefail
prog=$(realpath "$1")
script=$(realpath "$2")
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# A scratch directory with one file of each kind, and pdu-rate on PATH under its own name.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/files/sub dir" "$work/files/inspections"
ln -s "$prog" "$work/bin/pdu-rate"
PATH=$work/bin:$PATH
cd "$work/files" || exit 2
touch a.yaml b.yml c.csv d.xlsx e.txt f.xml G.CSV 'with space.csv'

# shellcheck source=/dev/null
source "$script"
declare -F _pdu_rate >/dev/null || { echo "FAIL: $script defines no _pdu_rate"; exit 1; }
[[ $(complete -p pdu-rate 2>/dev/null) == *"-F _pdu_rate"* ]] || fail "complete -F _pdu_rate pdu-rate is not registered"

# complete WORD... : the words on the command line, the last one being completed; prints
# COMPREPLY sorted, one per line. COMP_WORDBREAKS splits --opt=value as bash would: --opt = value.
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _pdu_rate pdu-rate "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | LC_ALL=C sort -u
}

# expect DESCRIPTION EXPECTED ACTUAL: EXPECTED and ACTUAL as sorted lines.
expect() {
  if [[ "$2" != "$3" ]]; then
    fail "$1"
    diff <(echo "$2") <(echo "$3") | sed 's/^/    /'
  fi
}
lines() { printf '%s\n' "$@" | LC_ALL=C sort -u; }

# The long and short options a --help lists (the lines of its option sections), independently
# of how the completion reads them: every token -x or --name before the description.
help_options() {
  pdu-rate "$@" --help | sed -n 's/^ \{1,4\}\(-[^ ]*\).*/\1/p' | tr ',' '\n' | LC_ALL=C sort -u
}
# OPTION<TAB>VALUE-NAME for every option with a value, as --help shows them.
help_values() {
  pdu-rate "$@" --help | sed -n 's/^ \{1,4\}\(-[[:alnum:]],\)\{0,1\}\(--[[:alnum:]-]*\) \([^ ]\{1,\}\).*/\2\t\3/p'
}

commands=("" check diff compare rules "rules list" "rules show" "rules check" agree plan sample)
for c in "${commands[@]}"; do
  read -ra sub <<<"$c"
  want=$(help_options "${sub[@]}")
  [[ -n $want ]] || fail "pdu-rate $c --help lists no options"
  # Every option of this command's --help is offered after --, and nothing else.
  got=$(complete_words pdu-rate "${sub[@]}" -)
  expect "pdu-rate $c -<TAB> offers exactly the options of pdu-rate $c --help" "$want" "$got"
  # Every option with a value has a kind the completion knows.
  while IFS=$'\t' read -r option value; do
    [[ -n $option ]] || continue
    kind=$(_pdu_rate_value_kind "$option" "$value")
    [[ $kind != unknown ]] || fail "pdu-rate $c: $option $value is unknown to the completion: give it a kind in _pdu_rate_value_kind"
  done < <(help_values "${sub[@]}")
done
# The check above is not vacuous: the options this test relies on are there.
for o in --format --rules --color --output --where; do
  grep -qx -- "$o" <<<"$(help_options)" || fail "pdu-rate --help has no $o"
done

# Subcommands and files, as the first word.
subcommands=$(pdu-rate --help | sed -n '/^Subcommands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
expect "subcommands in --help, in order" "$(printf '%s\n' check diff rules agree compare plan sample)" "$subcommands"
expect "pdu-rate <TAB>: subcommands, directories, inspections and cases" \
  "$(lines agree check compare diff plan rules sample a.yaml b.yml c.csv d.xlsx G.CSV inspections 'sub dir' 'with space.csv')" \
  "$(complete_words pdu-rate '')"
expect "pdu-rate a.yaml <TAB>: no subcommand after an input" \
  "$(lines a.yaml b.yml c.csv d.xlsx G.CSV inspections 'sub dir' 'with space.csv')" \
  "$(complete_words pdu-rate a.yaml '')"
expect "pdu-rate --format json <TAB>: the option's value is not an input" \
  "$(lines agree check compare diff plan rules sample a.yaml b.yml c.csv d.xlsx G.CSV inspections 'sub dir' 'with space.csv')" \
  "$(complete_words pdu-rate --format json '')"
expect "pdu-rate w<TAB>: a file with a space" "$(lines 'with space.csv')" "$(complete_words pdu-rate w)"
expect "pdu-rate check <TAB>: inspection files and directories" \
  "$(lines a.yaml b.yml inspections 'sub dir')" "$(complete_words pdu-rate check '')"
expect "pdu-rate diff --rules a.yaml <TAB>" \
  "$(lines a.yaml b.yml c.csv d.xlsx G.CSV inspections 'sub dir' 'with space.csv')" \
  "$(complete_words pdu-rate diff --rules a.yaml '')"
expect "pdu-rate agree <TAB>: inspections, cases and directories" \
  "$(lines a.yaml b.yml c.csv d.xlsx G.CSV inspections 'sub dir' 'with space.csv')" "$(complete_words pdu-rate agree '')"
expect "pdu-rate agree a.yaml c.csv <TAB>: nothing after FIRST and SECOND" "" "$(complete_words pdu-rate agree a.yaml c.csv '')"
expect "pdu-rate compare a.yaml <TAB>: inspections and cases" \
  "$(lines a.yaml b.yml c.csv d.xlsx G.CSV inspections 'sub dir' 'with space.csv')" \
  "$(complete_words pdu-rate compare a.yaml '')"
expect "pdu-rate compare --rules hmip-p<TAB>" "$(grep ^hmip-p <<<"$(pdu-rate rules list | sed -n '2,$s/ .*//p' | LC_ALL=C sort)")" \
  "$(complete_words pdu-rate compare --rules hmip-p)"
expect "pdu-rate compare --format <TAB>" "$(lines html json markdown text xlsx)" "$(complete_words pdu-rate compare --format '')"
expect "pdu-rate agree --format <TAB>" "$(lines html json markdown text xlsx)" "$(complete_words pdu-rate agree --format '')"
expect "pdu-rate agree --min-kappa <TAB>: nothing to complete" "" "$(complete_words pdu-rate agree a.yaml c.csv --min-kappa '')"
expect "pdu-rate agree --min-agreement <TAB>: nothing to complete" "" "$(complete_words pdu-rate agree --min-agreement '')"
expect "pdu-rate rules <TAB>" "$(lines check list show)" "$(complete_words pdu-rate rules '')"
expect "pdu-rate sample <TAB>: caseload lists (CSV) and directories" \
  "$(lines c.csv G.CSV inspections 'sub dir' 'with space.csv')" "$(complete_words pdu-rate sample '')"
expect "pdu-rate sample c.csv <TAB>: one list only" "" "$(complete_words pdu-rate sample c.csv '')"
expect "pdu-rate plan --margin <TAB>: nothing to complete" "" "$(complete_words pdu-rate plan --margin '')"
expect "pdu-rate sample c.csv -o <TAB>: any file" \
  "$(lines a.yaml b.yml c.csv d.xlsx e.txt f.xml G.CSV inspections 'sub dir' 'with space.csv')" \
  "$(complete_words pdu-rate sample c.csv -o '')"

# Option values: --format and --color from --help, rule sets from `pdu-rate rules list`.
formats=$(pdu-rate --help | sed -n 's/.*--format FORMAT:{\([^}]*\)}.*/\1/p' | tr ',' '\n' | LC_ALL=C sort)
[[ $(wc -l <<<"$formats") -ge 3 ]] || fail "--help lists fewer than 3 formats: '$formats'"
expect "pdu-rate --format <TAB>" "$formats" "$(complete_words pdu-rate --format '')"
expect "pdu-rate --format=<TAB>" "$formats" "$(complete_words pdu-rate --format = '')"
expect "pdu-rate --format=j<TAB>" "json" "$(complete_words pdu-rate --format = j)"
expect "pdu-rate --color <TAB>" "$(lines auto always never)" "$(complete_words pdu-rate --color '')"
diff_formats=$(pdu-rate diff --help | sed -n 's/.*--format FORMAT:{\([^}]*\)}.*/\1/p' | tr ',' '\n' | LC_ALL=C sort)
expect "pdu-rate diff --format <TAB>" "$diff_formats" "$(complete_words pdu-rate diff --format '')"
rule_sets=$(pdu-rate rules list | sed -n '2,$s/ .*//p' | LC_ALL=C sort)
grep -qx hmip-pdu-2023 <<<"$rule_sets" || fail "pdu-rate rules list does not name hmip-pdu-2023"
expect "pdu-rate --rules <TAB>: built-in rule sets, -, rules files, directories" \
  "$(lines $rule_sets - a.yaml b.yml inspections 'sub dir')" "$(complete_words pdu-rate --rules '')"
expect "pdu-rate check --rules hmip-p<TAB>" "$(grep ^hmip-p <<<"$rule_sets")" "$(complete_words pdu-rate check --rules hmip-p)"
expect "pdu-rate diff --base-rules <TAB>" \
  "$(lines $rule_sets - a.yaml b.yml inspections 'sub dir')" "$(complete_words pdu-rate diff --base-rules '')"
expect "pdu-rate rules show <TAB>" "$rule_sets" "$(complete_words pdu-rate rules show '')"
expect "pdu-rate rules show hmip-pdu-2023 <TAB>: one name only" "" "$(complete_words pdu-rate rules show hmip-pdu-2023 '')"
expect "pdu-rate check --junit <TAB>: XML files and directories" \
  "$(lines f.xml inspections 'sub dir')" "$(complete_words pdu-rate check --junit '')"
expect "pdu-rate a.yaml -o <TAB>: any file" \
  "$(lines a.yaml b.yml c.csv d.xlsx e.txt f.xml G.CSV inspections 'sub dir' 'with space.csv')" \
  "$(complete_words pdu-rate a.yaml -o '')"
expect "pdu-rate --where <TAB>: nothing to complete" "" "$(complete_words pdu-rate --where '')"
expect "pdu-rate --sheet <TAB>: nothing to complete" "" "$(complete_words pdu-rate --sheet '')"
expect "pdu-rate check --st<TAB>" "--strict" "$(complete_words pdu-rate check --st)"
expect "pdu-rate --explain --pro<TAB>: after a flag" "--probabilities" "$(complete_words pdu-rate --explain --pro)"

# The completion leaves the shell's options as they were.
shopt -q extglob && fail "the completion left extglob on"

if ((failures)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "completion: all checks passed"
