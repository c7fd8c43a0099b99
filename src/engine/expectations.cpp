#include "pdurate/engine/expectations.hpp"

#include <fmt/format.h>

namespace pdurate::engine {
namespace {

std::string rating_or_range(const rules::Rules& rules, std::optional<Level> rating, Level lowest, Level highest) {
  if (rating) return rules.rating_name(*rating);
  return fmt::format("not rated ({} to {} possible)", rules.rating_name(lowest), rules.rating_name(highest));
}

// What an Overall or StandardRating expectation asks for, worded as the actual value is.
std::string expected_rating(const rules::Rules& rules, const model::Expectation& e) {
  if (e.not_rated) return "not rated by design";
  return e.range ? rating_or_range(rules, std::nullopt, e.level, e.level_highest) : rules.rating_name(e.level);
}

std::string score_range(int low, int high) { return fmt::format("not known ({} to {} possible)", low, high); }

std::string counts(std::optional<std::size_t> yes, std::optional<std::size_t> no, std::optional<std::size_t> na,
                   std::optional<std::size_t> relevant) {
  std::string out;
  auto add = [&](std::string_view name, std::optional<std::size_t> v) {
    if (!v) return;
    if (!out.empty()) out += ", ";
    out += fmt::format("{} {}", name, *v);
  };
  add("yes", yes);
  add("no", no);
  add("na", na);
  add("relevant", relevant);
  return out;
}

}  // namespace

std::vector<ExpectationCheck> check_expectations(const rules::Rules& rules, const Result& result,
                                                 const std::vector<model::Expectation>& expectations) {
  using Kind = model::Expectation::Kind;
  std::vector<ExpectationCheck> checks;
  for (const auto& e : expectations) {
    ExpectationCheck c;
    c.expectation = e;
    switch (e.kind) {
      case Kind::Overall:
        c.expected = expected_rating(rules, e);
        c.actual = rating_or_range(rules, result.overall, result.overall_lowest, result.overall_highest);
        c.met = e.range ? !result.overall && result.overall_lowest == e.level && result.overall_highest == e.level_highest
                        : result.overall == e.level;
        break;
      case Kind::Score:
        c.expected = e.range ? score_range(e.score, e.score_highest) : fmt::format("{}/{}", e.score, result.max_score);
        c.actual = result.score ? fmt::format("{}/{}", *result.score, result.max_score)
                                : score_range(result.score_min, result.score_max);
        c.met = e.range ? !result.score && result.score_min == e.score && result.score_max == e.score_highest
                        : result.score == e.score;
        break;
      case Kind::StandardRating: {
        const auto& s = result.standards[e.index];
        c.expected = expected_rating(rules, e);
        const bool by_design = s.basis == Basis::NotRatedByDesign;
        c.actual = by_design ? "not rated by design" : rating_or_range(rules, s.rating, s.lowest, s.highest);
        c.met = e.not_rated ? by_design
                : e.range   ? !s.rating && s.lowest == e.level && s.highest == e.level_highest
                            : s.rating == e.level;
        break;
      }
      case Kind::KeyQuestionCounts: {
        const Tally* t = nullptr;
        for (const auto& s : result.standards)
          for (const auto& kq : s.key_questions)
            if (kq.question == e.index && kq.present) t = &kq.tally;
        c.expected = counts(e.yes, e.no, e.na, e.relevant);
        if (!t) {
          c.actual = "no answers (the input has no column for it)";
          c.met = false;
          break;
        }
        c.actual = counts(e.yes ? std::optional(t->yes) : std::nullopt, e.no ? std::optional(t->no) : std::nullopt,
                          e.na ? std::optional(t->na) : std::nullopt,
                          e.relevant ? std::optional(t->relevant()) : std::nullopt);
        c.met = (!e.yes || *e.yes == t->yes) && (!e.no || *e.no == t->no) && (!e.na || *e.na == t->na) &&
                (!e.relevant || *e.relevant == t->relevant());
        break;
      }
    }
    checks.push_back(std::move(c));
  }
  return checks;
}

}  // namespace pdurate::engine
