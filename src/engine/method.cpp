#include "pdurate/engine/method.hpp"

#include <algorithm>

#include "pdurate/engine/margins.hpp"

namespace pdurate::engine {
namespace {

rules::Comparison other(rules::Comparison c) {
  return c == rules::Comparison::Exact ? rules::Comparison::Rounded : rules::Comparison::Exact;
}

// a.yes/a.relevant < b.yes/b.relevant, exactly.
bool lower_fraction(const Tally& a, const Tally& b) { return a.yes * b.relevant() < b.yes * a.relevant(); }

// Each key question's counts and band (under both comparisons), in the standard's order.
std::vector<KeyQuestionResult> key_questions(const rules::Rules& rules, const Tallies& tallies,
                                             const rules::Standard& standard) {
  std::vector<KeyQuestionResult> out;
  for (std::size_t q : standard.key_questions) {
    KeyQuestionResult kq;
    kq.question = q;
    kq.tally = tallies.questions[q];
    kq.present = tallies.present[q];
    if (kq.present && kq.tally.relevant() > 0) {
      kq.band = band(rules, kq.tally);
      const Level alt = band(rules, kq.tally.yes, kq.tally.relevant(), other(rules.comparison));
      if (alt != *kq.band) kq.other_band = alt;
    }
    out.push_back(kq);
  }
  return out;
}

void rate_casework(const rules::Rules& rules, const Tallies& tallies,
                   const std::map<std::size_t, model::OrganisationalRating>& ratings, StandardResult& out) {
  // A rating given for a standard without case data (readers check there is none): taken as
  // given, like an organisational rating; no key questions to show, nothing missing.
  if (auto it = ratings.find(out.standard); it != ratings.end() && !it->second.not_rated) {
    out.basis = Basis::Inspectors;
    out.rating = out.lowest = out.highest = it->second.level;
    return;
  }
  out.key_questions = key_questions(rules, tallies, rules.standards[out.standard]);
  std::vector<Level> bands, other_bands;
  bool missing = false;
  KeyQuestionResult* driver = nullptr;
  for (auto& kq : out.key_questions) {
    missing = missing || !kq.present;
    if (!kq.band) continue;
    bands.push_back(*kq.band);
    other_bands.push_back(kq.other_band.value_or(*kq.band));
    if (!driver || lower_fraction(kq.tally, driver->tally)) driver = &kq;
  }
  // A missing key question can only lower the rating: when the known ones are already at the
  // bottom, the rating is determined anyway.
  const std::optional<Level> known = bands.empty() ? std::nullopt : std::optional(casework_rating(bands));
  if (!known || (missing && *known != 0)) {
    out.basis = Basis::NotRated;
    out.lowest = 0;
    out.highest = known.value_or(rules.top());
    return;
  }
  driver->drives = true;
  out.basis = Basis::Casework;
  out.rating = out.lowest = out.highest = *known;
  if (const Level alt = casework_rating(other_bands); alt != *known) out.other_rating = alt;
}

void rate_organisational(const rules::Rules& rules, const std::map<std::size_t, model::OrganisationalRating>& ratings,
                         StandardResult& out) {
  if (auto it = ratings.find(out.standard); it != ratings.end() && it->second.not_rated) {
    out.basis = Basis::NotRatedByDesign;  // no rating and no range: it adds nothing, and is not missing
    return;
  }
  if (auto it = ratings.find(out.standard); it != ratings.end()) {
    out.basis = Basis::Inspectors;
    out.rating = out.lowest = out.highest = it->second.level;
    out.departure = it->second.departure;
    return;
  }
  out.basis = Basis::NotRated;
  out.lowest = 0;
  out.highest = rules.top();
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

void score(const rules::Rules& rules, Result& result) {
  for (const auto& s : result.standards) {
    result.score_min += standard_points(rules, s.standard, s.lowest);
    result.score_max += standard_points(rules, s.standard, s.highest);
  }
  result.overall_lowest = overall_rating(rules, result.score_min).rating;
  result.overall_highest = overall_rating(rules, result.score_max).rating;
  // A standard that is not scored adds nothing whatever its rating, so only the scored ones
  // must be known for the score (and so the overall rating) to be.
  const bool complete = std::all_of(result.standards.begin(), result.standards.end(), [&](const StandardResult& s) {
    return s.rating.has_value() || !rules.standards[s.standard].scored;
  });
  if (!complete) return;
  const auto overall = overall_rating(rules, result.score_min);
  result.score = result.score_min;
  result.overall = overall.rating;
  result.overall_band = overall.score_band;
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
    if (rules.standards[s].casework()) rate_casework(rules, tallies, ratings, out);
    else rate_organisational(rules, ratings, out);
    result.standards.push_back(std::move(out));
  }
  check_guidance(rules, result.standards);
  score(rules, result);
  compute_margins(rules, result);
  return result;
}

Result rate(const rules::Rules& rules, const model::Inspection& inspection) {
  return rate(rules, inspection.counts, inspection.ratings);
}

Level band(const rules::Rules& rules, std::size_t yes, std::size_t relevant, rules::Comparison how) {
  Level result = rules.bands.front().rating;
  for (const auto& b : rules.bands) {
    const auto min = static_cast<std::size_t>(b.min_percent);
    const bool reached = how == rules::Comparison::Exact
                             ? 100 * yes >= min * relevant
                             // round(100*yes/relevant) half-up == floor((200*yes + relevant) / (2*relevant))
                             : (200 * yes + relevant) / (2 * relevant) >= min;
    if (reached) result = b.rating;
  }
  return result;
}

Level band(const rules::Rules& rules, const Tally& tally) {
  return band(rules, tally.yes, tally.relevant(), rules.comparison);
}

Level band_of_percent(const rules::Rules& rules, double percent, rules::Comparison comparison) {
  Level result = rules.bands.front().rating;
  for (const auto& b : rules.bands) {
    const double edge = comparison == rules::Comparison::Exact ? b.min_percent : b.min_percent - 0.5;
    if (percent >= edge) result = b.rating;
  }
  return result;
}

std::optional<std::size_t> min_yes(const rules::Rules& rules, std::size_t relevant, Level level) {
  return min_yes(rules, relevant, level, rules.comparison);
}

std::optional<std::size_t> min_yes(const rules::Rules& rules, std::size_t relevant, Level level,
                                   rules::Comparison how) {
  // The lowest band at or above `level` decides (bands ascend); a level with no band of its own
  // is reached by the next band up.
  for (const auto& b : rules.bands) {
    if (b.rating < level) continue;
    const auto min = static_cast<std::size_t>(b.min_percent);
    // exact:   100 * yes >= min * relevant
    // rounded: (200 * yes + relevant) / (2 * relevant) >= min  <=>  200 * yes >= relevant * (2 * min - 1)
    const std::size_t need = how == rules::Comparison::Exact ? (min * relevant + 99) / 100
                                                             : (min == 0 ? 0 : (relevant * (2 * min - 1) + 199) / 200);
    if (need <= relevant) return need;
    return std::nullopt;
  }
  return std::nullopt;
}

int band_threshold(const rules::Rules& rules, Level level) {
  for (const auto& b : rules.bands)
    if (b.rating == level) return b.min_percent;
  return 0;
}

Level casework_rating(const std::vector<Level>& bands) { return *std::min_element(bands.begin(), bands.end()); }

int standard_points(const rules::Rules& rules, std::size_t standard, Level level) {
  return rules.standards[standard].scored ? rules.points(level) : 0;
}

OverallRating overall_rating(const rules::Rules& rules, int score) {
  for (std::size_t i = 0; i < rules.score_bands.size(); ++i) {
    const auto& b = rules.score_bands[i];
    if (score >= b.min && score <= b.max) return {b.rating, i};
  }
  // The loader checks that the bands cover every score from 0 to max_score().
  return score < rules.score_bands.front().min ? OverallRating{rules.score_bands.front().rating, 0}
                                               : OverallRating{rules.score_bands.back().rating, rules.score_bands.size() - 1};
}

}  // namespace pdurate::engine
