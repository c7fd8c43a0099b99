#!/usr/bin/env bash
# The Debian package: built with cpack from this build tree into a scratch directory, checked
# with lintian, unpacked into a scratch root with dpkg -x, and run from there.
# Usage: test_deb.sh BUILD_DIR SOURCE_DIR
# lintian: an error fails; so does a warning, unless tests/package/lintian-accepted lists it
# with its reason.
set -euo pipefail
build=$(realpath "$1")
source_dir=$(realpath "$2")
scratch=$build/package-test
rm -rf "$scratch"
mkdir -p "$scratch"
fail() { echo "FAIL: $*"; exit 1; }

# 1. Build the package (cpack installs this tree's files into its own staging directory).
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch" >"$scratch/cpack.log" 2>&1 ||
  { cat "$scratch/cpack.log"; fail "cpack -G DEB failed"; }
debs=("$scratch"/*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "expected one .deb in $scratch, found: ${debs[*]}"
deb=${debs[0]}
echo "built $(basename "$deb")"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
# The libraries loaded with dlopen (libzip, libxlsxwriter) are dependencies too, beside those
# dpkg-shlibdeps found (libfmt9 stands for them).
depends=$(dpkg-deb -f "$deb" Depends)
for package in 'libzip4 (>= ' 'libxlsxwriter4 (>= ' 'libfmt9 (>= '; do
  [[ $depends == *"$package"* ]] || fail "the package's Depends has no $package...: $depends"
done

# 2. lintian. Accepted warnings: tests/package/lintian-accepted, "TAG  # reason" per line.
accepted=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$source_dir/tests/package/lintian-accepted" | paste -sd, -)
lintian_args=(--fail-on error,warning --display-level '>=warning')
[[ -n $accepted ]] && lintian_args+=(--suppress-tags "$accepted")
echo "lintian ${lintian_args[*]}"
if ! lintian "${lintian_args[@]}" "$deb" >"$scratch/lintian.log" 2>&1; then
  cat "$scratch/lintian.log"
  fail "lintian found errors or warnings not accepted in tests/package/lintian-accepted"
fi
cat "$scratch/lintian.log"

# 3. Unpack into a scratch root, as dpkg would install it, and run it from there.
root=$scratch/root
dpkg -x "$deb" "$root"
version=$("$root/usr/bin/pdu-rate" --version)
expected_version=$(dpkg-deb -f "$deb" Version)
[[ $version == "pdu-rate ${expected_version%-*}" ]] || fail "--version says '$version', the package is $expected_version"
echo "$version"
# The Debian changelog's newest entry is this version.
changelog_version=$(zcat "$root/usr/share/doc/pdu-rate/changelog.Debian.gz" | sed -n '1s/^pdu-rate (\([^)]*\)).*/\1/p')
[[ $changelog_version == "$expected_version" ]] ||
  fail "packaging/debian/changelog's newest entry is $changelog_version, the package is $expected_version: add an entry"
for f in usr/share/man/man1/pdu-rate.1.gz usr/share/bash-completion/completions/pdu-rate \
  usr/share/pdu-rate/rules/hmip-pdu-2023.yaml usr/share/doc/pdu-rate/copyright usr/share/doc/pdu-rate/README.md \
  usr/share/doc/pdu-rate/json-output.md usr/share/doc/pdu-rate/schema/rate.schema.json; do
  [[ -f $root/$f ]] || fail "the package has no /$f"
done
# The installed rules are the built-in ones, and the binary rates with them.
"$root/usr/bin/pdu-rate" rules show hmip-pdu-2023 | cmp - "$root/usr/share/pdu-rate/rules/hmip-pdu-2023.yaml" ||
  fail "/usr/share/pdu-rate/rules/hmip-pdu-2023.yaml differs from pdu-rate rules show hmip-pdu-2023"
report=$("$root/usr/bin/pdu-rate" --rules "$root/usr/share/pdu-rate/rules/hmip-pdu-2023.yaml" \
  "$source_dir/examples/bradford-calderdale/inspection.yaml") || fail "the packaged pdu-rate failed to rate an example"
grep -q 'Overall rating: Inadequate' <<<"$report" ||
  fail "the packaged pdu-rate does not rate the Bradford & Calderdale example Inadequate"
# It reads and writes workbooks, loading libzip and libxlsxwriter as installed.
report=$("$root/usr/bin/pdu-rate" "$source_dir/tests/data/xlsx/cases-xlsxwriter.xlsx") ||
  fail "the packaged pdu-rate failed to rate a workbook"
grep -q 'Overall rating' <<<"$report" || fail "the packaged pdu-rate does not rate a workbook: $report"
"$root/usr/bin/pdu-rate" --format xlsx -o "$scratch/report.xlsx" "$source_dir/examples/bradford-calderdale/cases.csv" &&
  [[ $(head -c 2 "$scratch/report.xlsx") == PK ]] || fail "the packaged pdu-rate does not write a workbook"

# 4. The man page, as man shows it.
page=$(LC_ALL=C.UTF-8 MANPAGER=cat MANWIDTH=80 man -l "$root/usr/share/man/man1/pdu-rate.1.gz" 2>"$scratch/man.err") ||
  { cat "$scratch/man.err"; fail "man -l failed"; }
[[ -s $scratch/man.err ]] && { cat "$scratch/man.err"; fail "man -l wrote warnings"; }
head -8 <<<"$page"
grep -q "^NAME" <<<"$page" && grep -q "pdu-rate - rate a probation inspection" <<<"$page" ||
  fail "man -l shows no NAME section"
grep -q "pdu-rate ${expected_version%-*}" <<<"$page" || fail "the man page's footer does not name version ${expected_version%-*}"

# 5. The completion loads and completes from the installed program.
bash -c 'source "$1"; COMP_WORDS=(pdu-rate rules ""); COMP_CWORD=2; PATH=$2:$PATH; _pdu_rate; echo "${COMPREPLY[*]}"' \
  _ "$root/usr/share/bash-completion/completions/pdu-rate" "$root/usr/bin" | grep -qx 'list show check' ||
  fail "the installed completion does not complete 'pdu-rate rules '"
echo "package: built, lintian clean, unpacked and run"
