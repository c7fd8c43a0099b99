// Finding inspection files under directories, on a scratch tree in the temporary directory.
#include <ostream>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "pdurate/readers/inspection_paths.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;
namespace fs = std::filesystem;

namespace {

constexpr const char* kInspection = "inspection: {name: X}\ncases: cases.csv\n";

std::vector<std::string> relative(const TempDir& t, const std::vector<readers::InspectionPath>& found) {
  std::vector<std::string> out;
  for (const auto& f : found) out.push_back(fs::path(f.path).lexically_relative(t.root()).generic_string());
  return out;
}

}  // namespace

TEST_CASE("an inspection file is a YAML mapping with cases") {
  CHECK(readers::looks_like_inspection_yaml(kInspection));
  CHECK(readers::looks_like_inspection_yaml("cases:\n  - {case_id: A}\n"));
  CHECK_FALSE(readers::looks_like_inspection_yaml("format: 1\nframework: {id: x}\n"));  // a rules file
  CHECK_FALSE(readers::looks_like_inspection_yaml("on: push\njobs: {}\n"));            // CI configuration
  CHECK_FALSE(readers::looks_like_inspection_yaml("- cases\n"));
  CHECK_FALSE(readers::looks_like_inspection_yaml(""));
  CHECK(readers::looks_like_inspection_yaml("cases: [\n"));  // broken: reported when read
}

TEST_CASE("directories are searched recursively for inspection files in path order") {
  TempDir t;
  t.write("b/inspection.yaml", kInspection);
  t.write("a/two/inspection.yml", kInspection);
  t.write("a/one.yaml", kInspection);
  t.write("a/cases.csv", "case_id\n");                  // CSV: only when named
  t.write("rules/my-rules.yaml", "format: 1\n");        // not an inspection
  t.write(".hidden/inspection.yaml", kInspection);      // hidden: skipped
  t.write("a/.draft.yaml", kInspection);                // hidden: skipped
  t.write("a/notes.txt", "cases: 1\n");                 // not YAML by name
  util::Diagnostics errors;
  const auto found = readers::find_inspection_paths({t.root().string()}, errors);
  CHECK(errors.empty());
  CHECK(relative(t, found) == std::vector<std::string>{"a/one.yaml", "a/two/inspection.yml", "b/inspection.yaml"});
  for (const auto& f : found) CHECK_FALSE(f.named);
}

TEST_CASE("named files are taken as given and each file is kept once") {
  TempDir t;
  const auto one = t.write("d/one.yaml", kInspection);
  t.write("d/sub/two.yaml", kInspection);
  const auto csv = t.write("d/cases.csv", "case_id\n");
  util::Diagnostics errors;
  const auto found = readers::find_inspection_paths(
      {csv, t.path("d/sub"), t.path("d"), one, t.path("missing.yaml"), "-", "-"}, errors);
  CHECK(errors.empty());
  REQUIRE(found.size() == 6);
  CHECK(relative(t, {found.begin(), found.begin() + 4}) ==
        std::vector<std::string>{"d/cases.csv", "d/sub/two.yaml", "d/one.yaml", "missing.yaml"});
  CHECK(found[0].named);
  CHECK_FALSE(found[1].named);
  CHECK_FALSE(found[2].named);  // found under d first, so not repeated when named afterwards
  CHECK(found[3].named);        // does not exist: reading it will say so
  CHECK(found[4].path == "-");  // standard input is not a file that can be found twice
  CHECK(found[5].path == "-");
}

TEST_CASE("symbolic links to directories are not followed") {
  TempDir t;
  t.write("real/one.yaml", kInspection);
  std::error_code ec;
  fs::create_directory_symlink(t.root() / "real", t.root() / "link", ec);
  if (ec) return;  // a file system without symbolic links
  fs::create_directory_symlink(t.root(), t.root() / "real" / "loop", ec);
  util::Diagnostics errors;
  const auto found = readers::find_inspection_paths({t.root().string()}, errors);
  CHECK(errors.empty());
  CHECK(relative(t, found) == std::vector<std::string>{"real/one.yaml"});
}
