// util::file_id and same_file: one file however it is spelt, and no file never matches.
#include <ostream>

#include <doctest/doctest.h>

#include <filesystem>

#include "pdurate/util/file_identity.hpp"
#include "test_util.hpp"

using pdurate::util::file_id;
using pdurate::util::same_file;

TEST_CASE("same_file compares identity, not spelling") {
  const pdurate::test::TempDir dir;
  const auto a = dir.write("a.csv", "case_id\n");
  const auto b = dir.write("b.csv", "case_id\n");  // the same text, another file
  CHECK(same_file(a, a));
  CHECK(same_file(a, dir.path("./a.csv")));
  CHECK_FALSE(same_file(a, b));
  std::filesystem::create_symlink("a.csv", dir.path("link.csv"));
  CHECK(same_file(a, dir.path("link.csv")));  // a link is followed
  std::filesystem::create_hard_link(a, dir.path("hard.csv"));
  CHECK(same_file(dir.path("hard.csv"), a));
}

TEST_CASE("a path that names no file matches nothing") {
  const pdurate::test::TempDir dir;
  const auto a = dir.write("a.csv", "x\n");
  CHECK_FALSE(file_id(dir.path("missing.csv")).has_value());
  CHECK_FALSE(same_file(dir.path("missing.csv"), dir.path("missing.csv")));
  CHECK_FALSE(same_file("", ""));
  std::filesystem::create_symlink("missing.csv", dir.path("dangling.csv"));
  CHECK_FALSE(same_file(dir.path("dangling.csv"), dir.path("missing.csv")));
  CHECK(file_id(a).has_value());
}
