// The CSV view of many inspections.
#include <algorithm>
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/report/csv.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

TEST_CASE("the CSV quotes what needs quoting and leaves unknown values empty") {
  CHECK(report::csv::batch(R(), three_rows()) ==
        "file,name,fieldwork,status,cases,P1.1,P1.2,P1.3,P2.1,P2.2,P2.3,P2.4,score,score_min,score_max,max_score,"
        "overall,overall_lowest,overall_highest\n"
        "bc/inspection.yaml,\"Bradford, \"\"B&C\"\"\",2024-09,failed,79,Inadequate,Inadequate,Requires improvement,"
        "Inadequate,Inadequate,Inadequate,Inadequate,1,1,1,21,Inadequate,Inadequate,Inadequate\n"
        "bc/cases.csv,,,ok,79,,,,Inadequate,Inadequate,Inadequate,Inadequate,,0,9,21,,Inadequate,Requires improvement\n"
        "broken.yaml,,,invalid,,,,,,,,,,,,,,,\n");
}

TEST_CASE("one inspection in CSV is the header of many and its one row") {
  const auto one = bradford_outcome();
  const auto batch = report::csv::batch(R(), {one});
  CHECK(report::csv::inspection(R(), one) == batch);
  CHECK(std::count(batch.begin(), batch.end(), '\n') == 2);
}
