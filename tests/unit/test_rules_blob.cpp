// The binary form of the rules the build compiles in: it must hold everything load_rules() reads.
#include <ostream>

#include <doctest/doctest.h>

#include "pdurate/rules/default_rules.hpp"
#include "pdurate/rules/load_rules.hpp"
#include "pdurate/rules/rules_blob.hpp"

using namespace pdurate;

TEST_CASE("the built-in rules are the shipped rules file, loaded") {
  util::Diagnostics errors;
  auto loaded = rules::load_rules(rules::default_rules_text(), "hmip-pdu-2023.yaml", errors);
  REQUIRE(loaded);
  loaded->file = "built-in hmip-pdu-2023.yaml";
  // Defaulted == compares every field: a field added to Rules but not to the blob fails here.
  CHECK(rules::default_rules() == *loaded);
}

TEST_CASE("encode and decode round-trip any loaded rules") {
  util::Diagnostics errors;
  auto loaded = rules::load_rules(rules::default_rules_text(), "x.yaml", errors);
  REQUIRE(loaded);
  loaded->comparison = rules::Comparison::Rounded;
  loaded->findings.clear();
  loaded->sampling.seed = 42;
  const auto blob = rules::encode(*loaded);
  const auto back = rules::decode(blob);
  REQUIRE(back);
  CHECK(*back == *loaded);
  CHECK_FALSE(*back == rules::default_rules());
}

TEST_CASE("a truncated or foreign blob does not decode") {
  const auto blob = rules::encode(rules::default_rules());
  CHECK_FALSE(rules::decode(blob.substr(0, blob.size() - 1)));
  CHECK_FALSE(rules::decode(blob + "x"));
  CHECK_FALSE(rules::decode(""));
  CHECK_FALSE(rules::decode("format: 1\n"));
  std::string corrupt = blob;
  corrupt[std::string_view("pdu-rate rules blob 1\n").size() + 7] = '\xff';  // the first length: now huge
  CHECK_FALSE(rules::decode(corrupt));
}

TEST_CASE("a standard that is not scored survives the round trip") {
  auto r = rules::default_rules();
  r.standards.back().scored = false;
  const auto back = rules::decode(rules::encode(r));
  REQUIRE(back);
  CHECK_FALSE(back->standards.back().scored);
  CHECK(*back == r);
}
