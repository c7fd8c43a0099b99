#include "pdurate/engine/rate.hpp"

#include <algorithm>

#include "pdurate/engine/margins.hpp"

namespace pdurate::engine {
namespace {

rules::Comparison other(rules::Comparison c) {
  return c == rules::Comparison::Exact ? rules::Comparison::Rounded : rules::Comparison::Exact;
}

// a.yes/a.relevant < b.yes/b.relevant, exactly.
bool lower_fraction(const Tally& a, const Tally& b) { return a.yes * b.relevant() < b.yes * a.relevant(); }

void rate_casework(const rules::Rules& rules, const Tallies& tallies, StandardResult& out) {
  const auto& standard = rules.standards[out.standard];
  const rules::Level top = rules.top();
  std::optional<Level> lowest_known;     // min band over key questions with a band
  std::optional<Level> lowest_other;     // the same under the other comparison
  bool missing = false;
  KeyQuestionResult* driver = nullptr;
  for (std::size_t q : standard.key_questions) {
    KeyQuestionResult kq;
    kq.question = q;
    kq.tally = tallies.questions[q];
    kq.present = tallies.present[q];
    if (!kq.present) {
      missing = true;
    } else if (kq.tally.relevant() > 0) {
      kq.band = rules.band(kq.tally.yes, kq.tally.relevant(), rules.comparison);
      const Level alt = rules.band(kq.tally.yes, kq.tally.relevant(), other(rules.comparison));
      if (alt != *kq.band) kq.other_band = alt;
      lowest_known = std::min(lowest_known.value_or(top), *kq.band);
      lowest_other = std::min(lowest_other.value_or(top), alt);
    }
    out.key_questions.push_back(kq);
  }
  for (auto& kq : out.key_questions)
    if (kq.band && (!driver || lower_fraction(kq.tally, driver->tally))) driver = &kq;

  // A missing key question can only lower the rating: when the known ones are already at the
  // bottom, the rating is determined anyway.
  if (!lowest_known || (missing && *lowest_known != 0)) {
    out.basis = Basis::NotRated;
    out.lowest = 0;
    out.highest = lowest_known.value_or(top);
    return;
  }
  driver->drives = true;
  out.basis = Basis::Casework;
  out.rating = out.lowest = out.highest = *lowest_known;
  if (*lowest_other != *lowest_known) out.other_rating = lowest_other;
}

void check_guidance(const rules::Rules& rules, std::vector<StandardResult>& standards) {
  for (std::size_t r = 0; r < rules.guidance.size(); ++r) {
    const auto& rule = rules.guidance[r];
    auto& subject = standards[rule.standard];
    const auto& other_result = standards[rule.other];
    const bool hypothetical = !subject.rating;
    if (!hypothetical && *subject.rating != rule.when) continue;  // the rule does not apply
    GuidanceCheck check{r, GuidanceStatus::Undetermined, hypothetical};
    if (other_result.rating) {
      const bool usual = std::find(rule.usually.begin(), rule.usually.end(), *other_result.rating) != rule.usually.end();
      check.status = usual ? GuidanceStatus::Consistent : GuidanceStatus::Departure;
    }
    subject.guidance.push_back(check);
  }
}

}  // namespace

bool StandardResult::unexplained_departure() const {
  if (!departure.empty()) return false;
  return std::any_of(guidance.begin(), guidance.end(), [](const GuidanceCheck& g) {
    return !g.hypothetical && g.status == GuidanceStatus::Departure;
  });
}

Result rate(const rules::Rules& rules, const Tallies& tallies,
            const std::map<std::size_t, model::OrganisationalRating>& ratings) {
  Result result;
  result.cases = tallies.cases;
  result.comparison = rules.comparison;
  result.max_score = rules.max_score();
  for (std::size_t s = 0; s < rules.standards.size(); ++s) {
    StandardResult out;
    out.standard = s;
    if (rules.standards[s].casework()) {
      rate_casework(rules, tallies, out);
    } else if (auto it = ratings.find(s); it != ratings.end()) {
      out.basis = Basis::Inspectors;
      out.rating = out.lowest = out.highest = it->second.level;
      out.departure = it->second.departure;
    } else {
      out.basis = Basis::NotRated;
      out.lowest = 0;
      out.highest = rules.top();
    }
    result.standards.push_back(std::move(out));
  }
  check_guidance(rules, result.standards);

  for (const auto& s : result.standards) {
    result.score_min += rules.points(s.lowest);
    result.score_max += rules.points(s.highest);
  }
  result.overall_lowest = rules.overall(result.score_min);
  result.overall_highest = rules.overall(result.score_max);
  const bool complete = std::all_of(result.standards.begin(), result.standards.end(),
                                    [](const StandardResult& s) { return s.rating.has_value(); });
  if (complete) {
    result.score = result.score_min;
    result.overall = result.overall_lowest;
  }
  compute_margins(rules, result);
  return result;
}

Result rate(const rules::Rules& rules, const model::Inspection& inspection) {
  return rate(rules, inspection.counts, inspection.ratings);
}

}  // namespace pdurate::engine
