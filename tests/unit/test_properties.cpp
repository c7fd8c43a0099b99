// Properties on generated inspections, through the readers and the engine together:
//  - permuting the cases never changes the result;
//  - turning one No into a Yes never lowers a rating, the score or the overall rating;
//  - adding a case that answers N/A throughout changes no rating;
//  - the CSV and YAML forms of the same inspection give identical JSON.
#include <ostream>

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "pdurate/engine/expectations.hpp"
#include "pdurate/engine/method.hpp"
#include "pdurate/readers/case_csv.hpp"
#include "pdurate/readers/inspection_yaml.hpp"
#include "pdurate/report/json.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "test_util.hpp"

using namespace pdurate;
using namespace pdurate::test;

namespace {

struct Generated {
  std::vector<std::string> ids, types;
  std::vector<std::vector<std::string>> answers;  // [case][question]
};

Generated generate(std::mt19937& rng) {
  Generated g;
  const std::size_t cases = 1 + rng() % 40;
  const char* words[] = {"Yes", "No", "N/A", "yes", "N", "NA"};
  for (std::size_t c = 0; c < cases; ++c) {
    g.ids.push_back("C" + std::to_string(c));
    g.types.push_back(rng() % 3 ? "community" : "licence");
    std::vector<std::string> row;
    const unsigned bias = rng() % 6;  // some inspections lean to one answer
    for (std::size_t q = 0; q < R().questions.size(); ++q) row.push_back(words[(rng() % 8 < 3 ? bias : rng()) % 6]);
    g.answers.push_back(std::move(row));
  }
  return g;
}

std::string csv(const Generated& g, const std::vector<std::size_t>& order) {
  std::string out = "case_id,case_type";
  for (const auto& q : R().questions) out += "," + q.short_id;
  out += "\n";
  for (auto c : order) {
    out += g.ids[c] + "," + g.types[c];
    for (const auto& a : g.answers[c]) out += "," + a;
    out += "\n";
  }
  return out;
}

std::string yaml(const Generated& g) {
  std::string out = "ratings: {P1.1: Good, P1.2: Inadequate, P1.3: Requires improvement}\ncases:\n";
  for (std::size_t c = 0; c < g.ids.size(); ++c) {
    out += "  - {case_id: " + g.ids[c] + ", case_type: " + g.types[c];
    for (std::size_t q = 0; q < R().questions.size(); ++q)
      out += ", '" + R().questions[q].short_id + "': '" + g.answers[c][q] + "'";
    out += "}\n";
  }
  return out;
}

std::vector<std::size_t> identity(std::size_t n) {
  std::vector<std::size_t> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = i;
  return v;
}

model::Inspection read_csv(const std::string& text) {
  util::Diagnostics errors;
  auto i = readers::read_case_csv(readers::SourceText::from_string("generated", text), R(), errors);
  REQUIRE_MESSAGE(i, (errors.empty() ? "" : format(errors.listed().front())));
  i->ratings = {{*R().find_standard("P1.1"), {*R().find_rating("Good"), "", {}}},
                {*R().find_standard("P1.2"), {*R().find_rating("Inadequate"), "", {}}},
                {*R().find_standard("P1.3"), {*R().find_rating("Requires improvement"), "", {}}}};
  return std::move(*i);
}

std::string json(const model::Inspection& inspection) {
  app::Outcome o;
  o.rated.emplace();
  o.rated->result = engine::rate(R(), inspection);
  o.rated->inspection = inspection;
  return report::json::inspection(R(), o);
}

}  // namespace

TEST_CASE("property: permuting the cases never changes the result") {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 60; ++trial) {
    const auto g = generate(rng);
    auto order = identity(g.ids.size());
    const std::string expected = json(read_csv(csv(g, order)));
    std::shuffle(order.begin(), order.end(), rng);
    CHECK(json(read_csv(csv(g, order))) == expected);
  }
}

TEST_CASE("property: a No turned Yes never lowers a rating and an all-N/A case changes none") {
  std::mt19937 rng(8);
  for (int trial = 0; trial < 60; ++trial) {
    auto g = generate(rng);
    const auto before = engine::rate(R(), read_csv(csv(g, identity(g.ids.size()))));
    // Turn the first No found (from a random start) into Yes.
    const std::size_t start = rng() % g.ids.size();
    bool turned = false;
    for (std::size_t k = 0; k < g.ids.size() && !turned; ++k)
      for (auto& a : g.answers[(start + k) % g.ids.size()])
        if (!turned && (a == "No" || a == "N")) {
          a = "Yes";
          turned = true;
        }
    const auto after = engine::rate(R(), read_csv(csv(g, identity(g.ids.size()))));
    for (std::size_t s = 0; s < before.standards.size(); ++s) {
      CHECK(after.standards[s].lowest >= before.standards[s].lowest);
      CHECK(after.standards[s].highest >= before.standards[s].highest);
    }
    CHECK(after.score_min >= before.score_min);
    CHECK(after.overall_lowest >= before.overall_lowest);

    g.ids.push_back("all-na");
    g.types.push_back("licence");
    g.answers.emplace_back(R().questions.size(), "N/A");
    const auto with_na = engine::rate(R(), read_csv(csv(g, identity(g.ids.size()))));
    for (std::size_t s = 0; s < after.standards.size(); ++s) CHECK(with_na.standards[s].rating == after.standards[s].rating);
    CHECK(with_na.score == after.score);
  }
}

TEST_CASE("property: the CSV and YAML forms of an inspection give identical JSON") {
  std::mt19937 rng(9);
  for (int trial = 0; trial < 40; ++trial) {
    const auto g = generate(rng);
    const auto from_csv = read_csv(csv(g, identity(g.ids.size())));
    util::Diagnostics errors;
    auto from_yaml = readers::read_inspection_yaml(readers::SourceText::from_string("generated", yaml(g)), R(), errors);
    REQUIRE_MESSAGE(from_yaml, (errors.empty() ? "" : format(errors.listed().front())));
    CHECK(from_yaml->source.format == model::CaseSource::Format::Yaml);
    from_yaml->source = from_csv.source;  // where the cases came from differs; nothing else may
    CHECK(json(*from_yaml) == json(from_csv));
  }
}
