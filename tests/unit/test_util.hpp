// What the unit tests share (ccache's TestUtil.hpp): the built-in rules and lookups in them,
// hand-made counts, ratings and outcomes, and problems as the lines users see. Test files say
// `using namespace pdurate::test;`.
#pragma once

#include <ostream>

#include <doctest/doctest.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pdurate/app/outcome.hpp"
#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/result.hpp"
#include "pdurate/model/inspection.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "pdurate/util/diagnostics.hpp"
#include "readers/xlsx/limits.hpp"

namespace pdurate::test {

using Ratings = std::map<std::size_t, model::OrganisationalRating>;

// The built-in rules (rules/hmip-pdu-2023.yaml), and lookups in them that must succeed.
const rules::Rules& R();
// The same rules with P2.4 rated but not scored (the youth framework's rule kind), and score
// bands over 0 to 18.
const rules::Rules& unscored_p24();
rules::Level level(std::string_view rating);
std::size_t standard(std::string_view id);
// A key question's answer slot ("2.1.3", "P2.1.3"), or a finding's ("2.1.3.a", "F.oversight").
std::size_t question(std::string_view id);

bool contains(std::string_view text, std::string_view part);

// Each problem as users see it, "FILE:LINE:COLUMN: message", in the order listed.
std::vector<std::string> lines(const util::Diagnostics& problems);
// Each problem as "LINE:COLUMN: message" (the file left out), in the order listed.
std::vector<std::string> positions(const util::Diagnostics& problems);
// The one problem, so formatted; fails the test when there is not exactly one.
std::string only_problem(const util::Diagnostics& problems);

// What a reader returned: an inspection, or the problems it found.
struct Read {
  std::optional<model::Inspection> inspection;
  util::Diagnostics errors;
};

// A temporary directory, removed with its contents at the end of the test.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  // Writes `text` to the file at `relative` (making its directories); returns its path.
  std::string write(const std::string& relative, const std::string& text) const;
  std::string path(const std::string& relative) const;
  const std::filesystem::path& root() const { return root_; }

 private:
  std::filesystem::path root_;
};

// Counts for the key questions, each present with these Yes and No answers (no N/A); `cases`
// is the first's relevant count.
model::Tallies tallies(const std::vector<std::pair<std::size_t, std::size_t>>& yes_no);
// Every key question with `yes` of `relevant`.
model::Tallies uniform(std::size_t yes, std::size_t relevant);
// Bradford & Calderdale's published counts: the Yes of 79 relevant cases on each key question.
model::Tallies bradford();

// The inspectors' ratings, e.g. ratings({{"P1.1", "Good"}}).
Ratings ratings(const std::vector<std::pair<std::string_view, std::string_view>>& given);
// P1.1 to P1.3 all rated `rating`.
Ratings all_organisational(std::string_view rating);
// Bradford & Calderdale's: Inadequate, Inadequate, Requires improvement.
Ratings bradford_ratings();

// An outcome rated from `tallies` and `given` with the built-in rules, as the pipeline makes
// one (file, name and inspection set; no what-if, analysis or checks).
app::Outcome outcome(std::string file, std::string name, const model::Tallies& tallies, const Ratings& given);
// An expectation check as engine::check_expectations makes one.
engine::ExpectationCheck expectation_check(std::string key, bool met, std::string expected, std::string actual);
// A rated outcome (Bradford & Calderdale's counts and ratings) held to these checks.
app::Outcome checked(std::string file, std::vector<engine::ExpectationCheck> checks);
// Bradford & Calderdale as "Test \"quoted\" PDU" (test.yaml), P1.3's departure explained by
// "strengths in services", or P1.3 not rated.
app::Outcome bradford_outcome(bool rate_p13 = true);
// Three rows for the views of many: failed (a score expectation), rated without the
// organisational standards, invalid.
std::vector<app::Outcome> three_rows();
// An invalid outcome with one problem.
app::Outcome invalid(std::string file, util::Location where, std::string message);

// Workbooks, for the .xlsx reader's tests (test_xlsx_*.cpp).
using ZipEntries = std::vector<std::pair<std::string, std::string>>;
// A zip archive made in memory by libzip, its entries deflated (or stored, not compressed).
std::string zip_of(const ZipEntries& entries, bool stored = false);
// The parts of a workbook with one sheet, "Sheet1", whose <sheetData> holds `sheet_data`; with a
// shared strings table if `shared` is not empty (each item's XML if it starts with "<", else a
// <t> of that text), and `styles` as xl/styles.xml if not empty.
ZipEntries xlsx_parts(std::string_view sheet_data, const std::vector<std::string>& shared = {},
                      std::string_view styles = "");
std::string xlsx_of(std::string_view sheet_data, const std::vector<std::string>& shared = {},
                    std::string_view styles = "");
// The parts with `part` replaced by (or, if new, given) `text`.
ZipEntries with_part(ZipEntries parts, const std::string& part, std::string text);
// A file under tests/data/, whole.
std::string data_file(const std::string& relative);

// A sheet read to its end: each row as "7: a|b|c" (its number, its cells), and the problem
// that ended it, if any. Fails the test if the workbook does not open.
struct SheetText {
  std::vector<std::string> rows;
  std::optional<readers::xlsx::Problem> error;
};
SheetText sheet_text(const std::string& xlsx, std::size_t sheet = 0, const readers::xlsx::Limits& limits = {});
// The problem that stops the workbook opening ("" when it opens).
std::string open_problem(const std::string& xlsx, const readers::xlsx::Limits& limits = {});

}  // namespace pdurate::test
