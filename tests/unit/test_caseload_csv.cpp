// Reading a caseload list for pdu-rate sample: rows kept as written, the strata column found
// (or a suggestion), and every problem at FILE:LINE:COLUMN.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/readers/caseload_csv.hpp"
#include "test_util.hpp"

using namespace pdurate;
using readers::SourceText;
using V = std::vector<std::string>;

namespace {

std::optional<readers::Caseload> read(std::string text, const std::string& strata, util::Diagnostics& errors) {
  return readers::read_caseload_csv(SourceText::from_string("list.csv", std::move(text)), strata, errors);
}

}  // namespace

TEST_CASE("caseload: rows as written, strata values trimmed") {
  util::Diagnostics errors;
  const auto c = read("\xEF\xBB\xBFid,type,office\r\n1,community,\"Bradford, Manor Row\"\r\n\r\n2, licence ,\"say \"\"hi\"\"\"\r\n,,\n",
                      "type", errors);
  REQUIRE(c);
  CHECK(errors.empty());
  CHECK(c->header == "id,type,office");
  CHECK(c->columns == V{"id", "type", "office"});
  CHECK(c->rows == V{"1,community,\"Bradford, Manor Row\"", "2, licence ,\"say \"\"hi\"\"\""});
  CHECK(c->strata == V{"community", "licence"});
}

TEST_CASE("caseload: semicolons, CR-only line ends, no strata column") {
  util::Diagnostics errors;
  const auto c = read("id;type\r1;a\r2;b\r", "", errors);
  REQUIRE(c);
  CHECK(c->rows == V{"1;a", "2;b"});
  CHECK(c->strata == V{"", ""});
}

TEST_CASE("caseload: a stratum holding a carriage return is a problem, not a stratum of its own") {
  util::Diagnostics errors;
  CHECK_FALSE(read("id,type\r\n1,b\r\n2,b\r\r\n3,c\r\n", "type", errors));  // row 2 ends CR CR LF
  REQUIRE(errors.listed().size() == 1);
  CHECK(util::format(errors.listed()[0]) ==
        "list.csv:3:3: stratum 'b\\r': it holds a carriage return (CR), as when a file's line ends were converted "
        "twice (CR CR LF); save the file again as CSV, or remove it");
  util::Diagnostics other_column;  // elsewhere in the row it is copied to the sample as written
  CHECK(read("id,type,note\r\n1,b,x\r\r\n2,c,y\r\n", "type", other_column));
}

TEST_CASE("caseload: problems") {
  util::Diagnostics errors;
  CHECK_FALSE(read("", "type", errors));
  CHECK(test::only_problem(errors) == "list.csv: empty file: expected a header row and one row per case");
  errors = {};
  CHECK_FALSE(read("id,case_type\n1,a\n", "case_typ", errors));
  CHECK(test::only_problem(errors) == "list.csv:1:1: --strata case_typ: no column 'case_typ' in the header; did you mean "
                                      "'case_type'?");
  errors = {};
  CHECK_FALSE(read("id,case_type\n1,a\n", "office", errors));
  CHECK(test::only_problem(errors) == "list.csv:1:1: --strata office: no column 'office' in the header (it has: id, "
                                      "case_type)");
  errors = {};
  CHECK_FALSE(read("id,type\n", "type", errors));
  CHECK(test::only_problem(errors) == "list.csv:1:1: no cases: the file has a header row and no rows below it");
  errors = {};
  CHECK_FALSE(read("id,type\n1,a,x\n2\n", "type", errors));
  CHECK(test::lines(errors) == V{"list.csv:2:5: row has 3 fields but the header has 2: every row needs one value per column",
                                 "list.csv:3:2: row has 1 fields but the header has 2: every row needs one value per column"});
  errors = {};
  CHECK_FALSE(read("id,type\n1,\"a\n", "type", errors));
  CHECK(test::positions(errors).size() == 1);
  CHECK(test::contains(test::lines(errors).front(), "list.csv:2:3: "));
  errors = {};
  CHECK_FALSE(read("id,type\n1,caf\xE9\n", "type", errors));
  CHECK(test::contains(test::lines(errors).front(), "list.csv:2:"));
}
