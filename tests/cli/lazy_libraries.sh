#!/usr/bin/env bash
# libzip and libxlsxwriter (and the OpenSSL libcrypto they bring) are loaded only by runs that
# read or write a workbook (util/shared_library.hpp: a third of a CSV run's start-up), and a
# broken installation says which library is missing. The dynamic loader's own account
# (LD_DEBUG=files, glibc) of the files it opens is the evidence.
# Usage: lazy_libraries.sh PDU_RATE SOURCE_DIR SCRATCH_DIR
set -euo pipefail
pdu_rate=$1
source_dir=$2
scratch=$3
rm -rf "$scratch"
mkdir -p "$scratch"
fail() { echo "FAIL: $*" >&2; exit 1; }  # to stderr: also from inside $(loaded ...)
lazy='lib(zip|xlsxwriter|crypto)\.so'

# loaded CMD...: runs CMD with LD_DEBUG=files; prints the shared objects the loader opened.
loaded() {
  LD_DEBUG=files LD_DEBUG_OUTPUT="$scratch/ld" "$@" >"$scratch/out" 2>"$scratch/err" || {
    cat "$scratch/err" >&2
    fail "$* failed"
  }
  grep -ho 'file=[^ ]*' "$scratch"/ld.* | sed 's/^file=//' | sort -u
  rm -f "$scratch"/ld.*
}

csv=$source_dir/examples/bradford-calderdale/cases.csv
xlsx=$source_dir/tests/data/xlsx/cases-xlsxwriter.xlsx

# A CSV rated as text, JSON and HTML: none of the three.
for format in text json html; do
  libs=$(loaded "$pdu_rate" --format "$format" "$csv")
  grep -q 'libfmt\.so' <<<"$libs" || fail "LD_DEBUG=files shows no libfmt for a CSV run: is the loader's account read right? Got: $libs"
  if grep -E "$lazy" <<<"$libs"; then fail "a CSV run (--format $format) loaded the libraries above"; fi
done
echo "CSV runs: no libzip, libxlsxwriter or libcrypto"

# A workbook read: libzip (and libcrypto) loaded, and the cases rated.
libs=$(loaded "$pdu_rate" "$xlsx")
grep -q 'libzip\.so\.4' <<<"$libs" || fail "reading $xlsx did not load libzip.so.4: $libs"
grep -q 'Overall rating' "$scratch/out" || fail "reading $xlsx did not rate it: $(cat "$scratch/out")"
if grep -q 'libxlsxwriter' <<<"$libs"; then fail "reading a workbook loaded libxlsxwriter"; fi
echo "reading a workbook: libzip loaded"

# A workbook written: libxlsxwriter loaded, and the file is a zip archive.
libs=$(loaded "$pdu_rate" --format xlsx -o "$scratch/report.xlsx" "$csv")
grep -q 'libxlsxwriter\.so\.4' <<<"$libs" || fail "writing a workbook did not load libxlsxwriter.so.4: $libs"
[[ $(head -c 2 "$scratch/report.xlsx") == PK ]] || fail "the workbook written is not a zip archive"
echo "writing a workbook: libxlsxwriter loaded"

# A broken installation: a libzip.so.4 that is not a library, found first through
# LD_LIBRARY_PATH. The message names it, exit 2, nothing on stdout.
mkdir -p "$scratch/broken"
echo "not a library" >"$scratch/broken/libzip.so.4"
status=0
LD_LIBRARY_PATH="$scratch/broken" "$pdu_rate" "$xlsx" >"$scratch/out" 2>"$scratch/err" || status=$?
[[ $status -eq 2 ]] || fail "a broken libzip.so.4 gave exit status $status, not 2"
[[ ! -s $scratch/out ]] || fail "a broken libzip.so.4 printed on stdout: $(cat "$scratch/out")"
grep -q '^pdu-rate: cannot load libzip.so.4, which pdu-rate needs to read .xlsx workbooks: ' "$scratch/err" ||
  fail "a broken libzip.so.4 gave: $(cat "$scratch/err")"
cat "$scratch/err"
# ... and a CSV run does not notice.
LD_LIBRARY_PATH="$scratch/broken" "$pdu_rate" "$csv" >/dev/null || fail "a broken libzip.so.4 broke a CSV run"
echo "lazy libraries: pass"
