#include "test_util.hpp"

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "pdurate/engine/method.hpp"
#include "pdurate/rules/default_rules.hpp"
#include "readers/xlsx/workbook.hpp"

#include <zip.h>

namespace pdurate::test {

const rules::Rules& R() { return rules::default_rules(); }

const rules::Rules& unscored_p24() {
  static const rules::Rules r = [] {
    std::string text(rules::default_rules_text());
    const auto edit = [&](std::string_view from, std::string_view to) {
      const auto at = text.find(from);
      REQUIRE(at != std::string::npos);
      text.replace(at, from.size(), to);
    };
    edit("    name: Reviewing\n", "    name: Reviewing\n    scored: false\n");
    edit("    min: 4\n    max: 10\n", "    min: 4\n    max: 9\n");
    edit("    min: 11\n    max: 17\n", "    min: 10\n    max: 15\n");
    edit("    min: 18\n    max: 21\n", "    min: 16\n    max: 18\n");
    util::Diagnostics errors;
    auto loaded = rules::load_rules(text, "unscored.yaml", errors);
    REQUIRE_MESSAGE(loaded, lines(errors).front());
    return *loaded;
  }();
  return r;
}

rules::Level level(std::string_view rating) {
  const auto l = R().find_rating(rating);
  REQUIRE_MESSAGE(l, "no rating " << rating);
  return *l;
}

std::size_t standard(std::string_view id) {
  const auto s = R().find_standard(id);
  REQUIRE_MESSAGE(s, "no standard " << id);
  return *s;
}

std::size_t question(std::string_view id) {
  if (const auto q = R().find_question(id)) return *q;
  const auto f = R().find_finding(id);
  REQUIRE_MESSAGE(f, "no key question or finding " << id);
  return R().finding_slot(*f);
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::vector<std::string> lines(const util::Diagnostics& problems) {
  std::vector<std::string> out;
  for (const auto& d : problems.listed()) out.push_back(util::format(d));
  return out;
}

std::vector<std::string> positions(const util::Diagnostics& problems) {
  std::vector<std::string> out;
  for (const auto& d : problems.listed())
    out.push_back(std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " + d.message);
  return out;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "pdurate-test-XXXXXX").string();
  REQUIRE(::mkdtemp(pattern.data()) != nullptr);
  root_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(root_, ignored);
}

std::string TempDir::write(const std::string& relative, const std::string& text) const {
  const auto file = root_ / relative;
  std::filesystem::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
  return file.string();
}

std::string TempDir::path(const std::string& relative) const { return (root_ / relative).string(); }

std::string only_problem(const util::Diagnostics& problems) {
  const auto all = lines(problems);
  REQUIRE_MESSAGE(all.size() == 1u, "expected one problem, got " << all.size());
  return all.front();
}

model::Tallies tallies(const std::vector<std::pair<std::size_t, std::size_t>>& yes_no) {
  model::Tallies t;
  for (auto [yes, no] : yes_no) t.questions.push_back(model::Tally{yes, no, 0});
  t.present.assign(t.questions.size(), true);
  t.cases = yes_no.empty() ? 0 : yes_no[0].first + yes_no[0].second;
  return t;
}

model::Tallies uniform(std::size_t yes, std::size_t relevant) {
  return tallies(std::vector<std::pair<std::size_t, std::size_t>>(R().questions.size(), {yes, relevant - yes}));
}

model::Tallies bradford() {
  std::vector<std::pair<std::size_t, std::size_t>> yes_no;
  for (std::size_t yes : {36, 44, 15, 28, 38, 21, 42, 29, 18, 40, 32, 22}) yes_no.emplace_back(yes, 79 - yes);
  return tallies(yes_no);
}

Ratings ratings(const std::vector<std::pair<std::string_view, std::string_view>>& given) {
  Ratings out;
  for (auto [id, rating] : given) out[standard(id)] = {level(rating), "", {}};
  return out;
}

Ratings all_organisational(std::string_view rating) {
  return ratings({{"P1.1", rating}, {"P1.2", rating}, {"P1.3", rating}});
}

Ratings bradford_ratings() {
  return ratings({{"P1.1", "Inadequate"}, {"P1.2", "Inadequate"}, {"P1.3", "Requires improvement"}});
}

app::Outcome outcome(std::string file, std::string name, const model::Tallies& tallies, const Ratings& given) {
  app::Outcome o;
  o.file = std::move(file);
  o.name = std::move(name);
  app::Rated rated;
  rated.inspection.file = o.file;
  rated.inspection.name = o.name;
  rated.inspection.counts = tallies;
  rated.inspection.ratings = given;
  rated.result = engine::rate(R(), tallies, given);
  o.rated = std::move(rated);
  return o;
}

engine::ExpectationCheck expectation_check(std::string key, bool met, std::string expected, std::string actual) {
  engine::ExpectationCheck c;
  c.expectation.key = std::move(key);
  c.met = met;
  c.expected = std::move(expected);
  c.actual = std::move(actual);
  return c;
}

app::Outcome checked(std::string file, std::vector<engine::ExpectationCheck> checks) {
  auto o = outcome(std::move(file), "", bradford(), bradford_ratings());
  o.rated->expectations = std::move(checks);
  return o;
}

app::Outcome bradford_outcome(bool rate_p13) {
  auto given = ratings({{"P1.1", "Inadequate"}, {"P1.2", "Inadequate"}});
  if (rate_p13) given[standard("P1.3")] = {level("Requires improvement"), "strengths in services", {}};
  return outcome("test.yaml", "Test \"quoted\" PDU", bradford(), given);
}

std::vector<app::Outcome> three_rows() {
  std::vector<app::Outcome> out;
  out.push_back(checked("bc/inspection.yaml", {expectation_check("score", false, "2/21", "1/21")}));
  out.back().name = "Bradford, \"B&C\"";
  out.back().fieldwork = "2024-09";
  out.push_back(outcome("bc/cases.csv", "", bradford(), {}));
  out.push_back(invalid("broken.yaml", {"broken.yaml", 2, 1}, "no cases"));
  return out;
}

app::Outcome invalid(std::string file, util::Location where, std::string message) {
  app::Outcome o;
  o.file = std::move(file);
  o.problems.add(std::move(where), std::move(message));
  return o;
}

std::string zip_of(const ZipEntries& entries, bool stored) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  REQUIRE(archive);
  zip_source_keep(buffer);  // to read the archive from it after zip_close
  for (const auto& [name, data] : entries) {
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    REQUIRE(index >= 0);
    if (stored) zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  REQUIRE(zip_close(archive) == 0);
  std::string bytes;
  zip_stat_t stat;
  REQUIRE(zip_source_stat(buffer, &stat) == 0);
  bytes.resize(stat.size);
  REQUIRE(zip_source_open(buffer) == 0);
  REQUIRE(zip_source_read(buffer, bytes.data(), bytes.size()) == static_cast<zip_int64_t>(bytes.size()));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

ZipEntries xlsx_parts(std::string_view sheet_data, const std::vector<std::string>& shared, std::string_view styles) {
  const std::string ns = R"( xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
  const std::string rel = R"(<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)";
  std::string relationships = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
                              rel + R"(worksheet" Target="worksheets/sheet1.xml" Id="rId1"/>)";
  ZipEntries parts{
      {"xl/workbook.xml", "<workbook" + ns + R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">)"
                          R"(<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>)"},
      {"xl/worksheets/sheet1.xml", "<worksheet" + ns + "><sheetData>" + std::string(sheet_data) + "</sheetData></worksheet>"}};
  if (!shared.empty()) {
    std::string sst = "<sst" + ns + ">";
    for (const auto& item : shared)
      sst += "<si>" + (item.starts_with("<") ? item : R"(<t xml:space="preserve">)" + item + "</t>") + "</si>";
    parts.emplace_back("xl/sharedStrings.xml", sst + "</sst>");
    relationships += rel + R"(sharedStrings" Target="sharedStrings.xml" Id="rId2"/>)";
  }
  if (!styles.empty()) {
    parts.emplace_back("xl/styles.xml", std::string(styles));
    relationships += rel + R"(styles" Target="styles.xml" Id="rId3"/>)";
  }
  parts.emplace_back("xl/_rels/workbook.xml.rels", relationships + "</Relationships>");
  return parts;
}

std::string xlsx_of(std::string_view sheet_data, const std::vector<std::string>& shared, std::string_view styles) {
  return zip_of(xlsx_parts(sheet_data, shared, styles));
}

ZipEntries with_part(ZipEntries parts, const std::string& part, std::string text) {
  for (auto& [name, data] : parts)
    if (name == part) {
      data = std::move(text);
      return parts;
    }
  parts.emplace_back(part, std::move(text));
  return parts;
}

std::string data_file(const std::string& relative) {
  std::ifstream in(std::string(PDURATE_SOURCE_DIR) + "/tests/data/" + relative, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot read tests/data/" << relative);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

SheetText sheet_text(const std::string& xlsx, std::size_t sheet, const readers::xlsx::Limits& limits) {
  readers::xlsx::Problem problem;
  const auto workbook = readers::xlsx::Workbook::open(xlsx, problem, limits);
  REQUIRE_MESSAGE(workbook, problem.message);
  SheetText text;
  auto rows = workbook->rows(sheet);
  while (rows.next()) {
    std::string row = std::to_string(rows.row_number()) + ":";
    for (std::size_t c = 0; c < rows.size(); ++c) row.append(c ? "|" : " ").append(rows.cell(c));
    text.rows.push_back(row);
  }
  text.error = rows.error();
  return text;
}

std::string open_problem(const std::string& xlsx, const readers::xlsx::Limits& limits) {
  readers::xlsx::Problem problem;
  if (readers::xlsx::Workbook::open(xlsx, problem, limits)) return "";
  CHECK(problem.row == 0);
  CHECK(problem.column == SIZE_MAX);
  return problem.message;
}

}  // namespace pdurate::test
