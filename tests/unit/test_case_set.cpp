// CaseSet: the column store of one inspection's cases. The id index's hash and equality objects
// point at the set that owns them, so copies and moves must rebuild it: find() on a copied or
// moved set is the thing most likely to break.
#include <ostream>

#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "pdurate/model/case_set.hpp"

using pdurate::model::Answer;
using pdurate::model::CaseSet;

namespace {

// Three cases, two questions, one attribute: C1 (line 2), C2 (line 3), C3 (line 4).
CaseSet three_cases() {
  CaseSet set(2);
  set.mark_present(0);
  set.mark_present(1);
  const auto grade = set.add_attribute("grade");
  for (int i = 1; i <= 3; ++i) {
    const auto c = set.add_case("C" + std::to_string(i), static_cast<std::size_t>(i + 1));
    REQUIRE(c.has_value());
    set.set_answer(*c, 0, i % 2 ? Answer::Yes : Answer::No);
    set.set_attribute(*c, grade, i == 2 ? "PSO" : "PO");
  }
  return set;
}

void check_three_cases(const CaseSet& set) {
  REQUIRE(set.size() == 3);
  CHECK(set.find("C1") == 0u);
  CHECK(set.find("C2") == 1u);
  CHECK(set.find("C3") == 2u);
  CHECK_FALSE(set.find("C4").has_value());
  CHECK(set.id(1) == "C2");
  CHECK(set.line(2) == 4u);
  CHECK(set.answer(0, 0) == Answer::Yes);
  CHECK(set.answer(1, 0) == Answer::No);
  CHECK(set.answer(1, 1) == Answer::NotApplicable);
  CHECK(set.attribute(1, 0) == "PSO");
  CHECK(set.attribute(2, 0) == "PO");
  CHECK(set.has_question(1));
}

}  // namespace

TEST_CASE("a new case set is empty with every question absent") {
  CaseSet set(3);
  CHECK(set.empty());
  CHECK(set.size() == 0u);
  CHECK(set.question_count() == 3u);
  CHECK_FALSE(set.has_question(0));
  CHECK_FALSE(set.find("C1").has_value());
  CHECK(set.attribute_names().empty());
}

TEST_CASE("add_case numbers cases in order and starts them at N/A") {
  CaseSet set(2);
  CHECK(set.add_case("A", 2) == 0u);
  CHECK(set.add_case("B", 3) == 1u);
  CHECK(set.add_case("", 0) == 2u);  // the set does not judge ids; the readers refuse empty ones
  CHECK(set.size() == 3u);
  CHECK(set.id(0) == "A");
  CHECK(set.id(1) == "B");
  CHECK(set.id(2) == "");
  CHECK(set.line(1) == 3u);
  CHECK(set.answer(0, 0) == Answer::NotApplicable);
  CHECK(set.answer(1, 1) == Answer::NotApplicable);
  set.set_answer(1, 1, Answer::No);
  CHECK(set.answer(1, 1) == Answer::No);
  CHECK(set.answer(0, 1) == Answer::NotApplicable);
  CHECK(set.find("") == 2u);
}

TEST_CASE("a duplicate id is refused and find gives the first case") {
  CaseSet set(1);
  REQUIRE(set.add_case("C1", 2) == 0u);
  REQUIRE(set.add_case("C2", 3) == 1u);
  CHECK_FALSE(set.add_case("C1", 9).has_value());
  CHECK(set.size() == 2u);  // unchanged
  CHECK(set.find("C1") == 0u);
  CHECK(set.line(*set.find("C1")) == 2u);
  // Ids are exact: case and prefixes matter.
  CHECK_FALSE(set.find("c1").has_value());
  CHECK_FALSE(set.find("C").has_value());
  CHECK(set.add_case("c1", 4) == 2u);
}

TEST_CASE("find works across many cases and index growth") {
  CaseSet set(1);
  for (int i = 0; i < 1000; ++i) REQUIRE(set.add_case("case-" + std::to_string(i), 0).has_value());
  CHECK(set.find("case-0") == 0u);
  CHECK(set.find("case-577") == 577u);
  CHECK(set.find("case-999") == 999u);
  CHECK_FALSE(set.find("case-1000").has_value());
  CHECK_FALSE(set.add_case("case-42", 0).has_value());
}

TEST_CASE("attribute values are interned per column") {
  CaseSet set(0);
  const auto office = set.add_attribute("office");
  CHECK(office == 0u);
  CHECK(set.add_attribute("office") == office);  // adding again finds the existing column
  CHECK(set.add_attribute("grade") == 1u);
  CHECK(set.attribute_names() == std::vector<std::string>{"office", "grade"});
  CHECK(set.find_attribute("grade") == 1u);
  CHECK_FALSE(set.find_attribute("Grade").has_value());

  for (const char* id : {"a", "b", "c"}) set.add_case(id, 0);
  std::string bradford = "Bradford";
  set.set_attribute(0, office, bradford);
  bradford = "changed";  // the set keeps its own copy
  set.set_attribute(1, office, "Halifax");
  set.set_attribute(2, office, "Bradford");
  CHECK(set.attribute(0, office) == "Bradford");
  CHECK(set.attribute(1, office) == "Halifax");
  CHECK(set.attribute(2, office) == "Bradford");
  // Interned: equal values share storage.
  CHECK(set.attribute(0, office).data() == set.attribute(2, office).data());
  CHECK(set.attribute(0, 1) == "");  // never set
  set.set_attribute(0, office, "");
  CHECK(set.attribute(0, office) == "");
}

TEST_CASE("an attribute added after cases exist is empty for the earlier cases") {
  CaseSet set(0);
  set.add_case("early", 2);
  const auto grade = set.add_attribute("grade");
  set.add_case("late", 3);
  set.set_attribute(1, grade, "PO");
  CHECK(set.attribute(0, grade) == "");
  CHECK(set.attribute(1, grade) == "PO");
}

TEST_CASE("mark_present records which questions the input had") {
  CaseSet set(3);
  set.add_case("before", 2);
  set.mark_present(1);
  set.add_case("after", 3);
  CHECK_FALSE(set.has_question(0));
  CHECK(set.has_question(1));
  CHECK_FALSE(set.has_question(2));
  // Cases added before the question was marked present answer it N/A.
  CHECK(set.answer(0, 1) == Answer::NotApplicable);
  CHECK(set.answer(1, 1) == Answer::NotApplicable);
}

TEST_CASE("a copy finds its own ids and is independent of the original") {
  CaseSet original = three_cases();
  CaseSet copy(original);
  check_three_cases(copy);
  check_three_cases(original);

  REQUIRE(copy.add_case("C4", 5) == 3u);
  CHECK(copy.find("C4") == 3u);
  CHECK_FALSE(original.find("C4").has_value());
  CHECK(original.size() == 3u);

  // Destroying the original must not leave the copy's index pointing at it.
  {
    CaseSet doomed = three_cases();
    CaseSet survivor(doomed);
    doomed = CaseSet(0);
    check_three_cases(survivor);
  }
}

TEST_CASE("copy assignment rebuilds the index for the target") {
  CaseSet source = three_cases();
  CaseSet target(5);
  target.add_case("old", 1);
  target = source;
  check_three_cases(target);
  CHECK_FALSE(target.find("old").has_value());
  CHECK(target.question_count() == 2u);
  CHECK_FALSE(target.add_case("C2", 9).has_value());

  // Self-assignment leaves the set as it was.
  CaseSet& alias = target;
  target = alias;
  check_three_cases(target);
}

TEST_CASE("a moved-to set finds its ids and the moved-from set is empty and usable") {
  CaseSet source = three_cases();
  CaseSet moved(std::move(source));
  check_three_cases(moved);
  CHECK(moved.add_case("C4", 5) == 3u);
  CHECK(moved.find("C4") == 3u);

  // The moved-from set is valid: empty, and its index is its own.
  CHECK(source.empty());                             // NOLINT(bugprone-use-after-move)
  CHECK_FALSE(source.find("C1").has_value());        // NOLINT(bugprone-use-after-move)
  CHECK(source.add_case("C1", 7) == 0u);             // NOLINT(bugprone-use-after-move)
  CHECK(source.find("C1") == 0u);
  CHECK(moved.find("C1") == 0u);  // and the two sets do not share an index
}

TEST_CASE("move assignment rebuilds the index and resets the source") {
  CaseSet source = three_cases();
  CaseSet target(1);
  target.add_case("old", 1);
  target = std::move(source);
  check_three_cases(target);
  CHECK_FALSE(target.find("old").has_value());

  CHECK(source.empty());                          // NOLINT(bugprone-use-after-move)
  CHECK_FALSE(source.find("C2").has_value());
  CHECK(source.attribute_names().empty());
  CHECK(source.add_case("fresh", 1) == 0u);
  CHECK(source.find("fresh") == 0u);
  CHECK_FALSE(target.find("fresh").has_value());

  // A set moved into a container (as readers do into Inspection) still works after the
  // container's element is moved again.
  std::vector<CaseSet> sets;
  sets.push_back(three_cases());
  sets.push_back(three_cases());  // reallocation moves the first element
  sets.reserve(64);
  check_three_cases(sets[0]);
  check_three_cases(sets[1]);
}

TEST_CASE("subset keeps the chosen cases with everything about them and finds their ids") {
  CaseSet set(3);
  set.mark_present(0);
  set.mark_present(2);
  const auto grade = set.add_attribute("grade");
  for (int i = 0; i < 50; ++i) {
    const auto c = *set.add_case("C" + std::to_string(i), static_cast<std::size_t>(i + 2));
    set.set_answer(c, 0, i % 3 ? Answer::Yes : Answer::No);
    set.set_attribute(c, grade, i % 2 ? "PO" : "PSO");
  }
  std::vector<bool> keep(50, false);
  for (int i = 0; i < 50; i += 7) keep[static_cast<std::size_t>(i)] = true;  // C0, C7, ..., C49
  const CaseSet sub = set.subset(keep);
  REQUIRE(sub.size() == 8);
  CHECK(sub.has_question(0));
  CHECK_FALSE(sub.has_question(1));
  CHECK(sub.has_question(2));
  for (std::size_t k = 0; k < sub.size(); ++k) {
    const int i = static_cast<int>(k) * 7;
    CHECK(sub.id(k) == "C" + std::to_string(i));
    CHECK(sub.line(k) == static_cast<std::size_t>(i + 2));
    CHECK(sub.answer(k, 0) == (i % 3 ? Answer::Yes : Answer::No));
    CHECK(sub.answer(k, 2) == Answer::NotApplicable);
    CHECK(sub.attribute(k, 0) == (i % 2 ? "PO" : "PSO"));
  }
  // The index is built on first use.
  CHECK(sub.find("C14") == 2u);
  CHECK_FALSE(sub.find("C1"));
  CaseSet grown = sub;
  CHECK_FALSE(grown.add_case("C21", 0));  // already there
  CHECK(grown.add_case("new", 99) == 8u);
  CHECK(grown.find("new") == 8u);
}
