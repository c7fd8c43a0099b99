#include "pdurate/engine/margins.hpp"

#include <algorithm>

#include "pdurate/engine/method.hpp"

namespace pdurate::engine {
namespace {

using rules::Level;

// The casework standards that can move, with the tallies of their key questions that have a band.
struct Movable {
  std::size_t index;  // into result.standards
  Level rating;
  std::vector<Tally> tallies;
};

std::vector<Movable> movable(const Result& result) {
  std::vector<Movable> out;
  for (std::size_t i = 0; i < result.standards.size(); ++i) {
    const auto& s = result.standards[i];
    if (s.basis != Basis::Casework) continue;
    Movable m{i, *s.rating, {}};
    for (const auto& kq : s.key_questions)
      if (kq.band) m.tallies.push_back(kq.tally);
    out.push_back(std::move(m));
  }
  return out;
}

// One option for one standard: move it to `to` at `cost`, changing the score by `points`.
struct Option {
  Level to;
  std::size_t cost;
  int points;
};

// The cheapest choice of one option per standard whose points add up to at least `need`.
// Exact dynamic programming over the (small) range of points; ties keep the earlier option,
// which lists the least movement first.
std::optional<std::pair<std::size_t, std::vector<std::size_t>>> cheapest(
    const std::vector<std::vector<Option>>& options, int need) {
  const auto width = static_cast<std::size_t>(need) + 1;
  // best[k][g]: cheapest cost for the first k standards reaching min(points, need) == g.
  std::vector<std::vector<std::optional<std::size_t>>> best(options.size() + 1,
                                                            std::vector<std::optional<std::size_t>>(width));
  std::vector<std::vector<std::pair<std::size_t, std::size_t>>> from(options.size() + 1,
                                                                       std::vector<std::pair<std::size_t, std::size_t>>(width));
  best[0][0] = 0;
  for (std::size_t k = 0; k < options.size(); ++k) {
    for (std::size_t g = 0; g < width; ++g) {
      if (!best[k][g]) continue;
      for (std::size_t o = 0; o < options[k].size(); ++o) {
        const auto& option = options[k][o];
        const auto next = std::min<std::size_t>(width - 1, g + static_cast<std::size_t>(option.points));
        const std::size_t cost = *best[k][g] + option.cost;
        if (!best[k + 1][next] || cost < *best[k + 1][next]) {
          best[k + 1][next] = cost;
          from[k + 1][next] = {g, o};
        }
      }
    }
  }
  if (!best[options.size()][width - 1]) return std::nullopt;
  std::vector<std::size_t> chosen(options.size());
  std::size_t g = width - 1;
  for (std::size_t k = options.size(); k > 0; --k) {
    chosen[k - 1] = from[k][g].second;
    g = from[k][g].first;
  }
  return std::pair{*best[options.size()][width - 1], std::move(chosen)};
}

// The standard's rating once its key questions have these tallies (each with relevant cases).
Level standard_level(const rules::Rules& rules, const std::vector<Tally>& tallies) {
  std::vector<Level> bands;
  for (const auto& t : tallies) bands.push_back(band(rules, t));
  return casework_rating(bands);
}

// Lifting to at least `target` at least cost: each key question below it rises to its threshold.
// Returns the cost and the rating actually reached (thresholds can coincide for tiny samples).
std::optional<std::pair<std::size_t, Level>> lift(const rules::Rules& rules, std::vector<Tally> tallies, Level target) {
  std::size_t cost = 0;
  for (auto& t : tallies) {
    const auto c = changes_to_reach(rules, t, target);
    if (!c) return std::nullopt;
    cost += *c;
    t.yes += *c;
    t.no -= *c;
  }
  return std::pair{cost, standard_level(rules, tallies)};
}

// Dropping to at most `target` at least cost: the cheapest single key question falls.
std::optional<std::pair<std::size_t, Level>> drop(const rules::Rules& rules, const std::vector<Tally>& tallies,
                                                  Level target) {
  std::optional<std::pair<std::size_t, Level>> best;
  for (std::size_t k = 0; k < tallies.size(); ++k) {
    const auto c = changes_to_fall(rules, tallies[k], target);
    if (!c || (best && *c >= best->first)) continue;
    auto changed = tallies;
    changed[k].yes -= *c;
    changed[k].no += *c;
    best = std::pair{*c, standard_level(rules, changed)};
  }
  return best;
}

std::vector<StandardMove> plan(const std::vector<Movable>& movables, const std::vector<std::vector<Option>>& options,
                               const std::vector<std::size_t>& chosen) {
  std::vector<StandardMove> moves;
  for (std::size_t k = 0; k < movables.size(); ++k) {
    const Option& o = options[k][chosen[k]];
    if (o.to != movables[k].rating) moves.push_back({movables[k].index, movables[k].rating, o.to, o.cost});
  }
  return moves;
}

// Each movable standard's options for moving the overall rating up (or down): staying, or each
// rating it can reach, at its cost and with the points it gains (or loses).
std::vector<std::vector<Option>> move_options(const rules::Rules& rules, const std::vector<Movable>& movables, bool up) {
  std::vector<std::vector<Option>> options;
  for (const auto& m : movables) {
    std::vector<Option> o{{m.rating, 0, 0}};
    const auto points = [&](Level l) { return standard_points(rules, m.index, l); };
    if (up) {
      for (Level to = m.rating + 1; to <= rules.top(); ++to)
        if (auto reached = lift(rules, m.tallies, to); reached && reached->second != o.back().to)
          o.push_back({reached->second, reached->first, points(reached->second) - points(m.rating)});
    } else {
      for (Level to = m.rating; to-- > 0;)
        if (auto reached = drop(rules, m.tallies, to); reached && reached->second != o.back().to)
          o.push_back({reached->second, reached->first, points(m.rating) - points(reached->second)});
    }
    options.push_back(std::move(o));
  }
  return options;
}

void overall_margin(const rules::Rules& rules, Result& result) {
  if (!result.score) return;
  const int score = *result.score;
  const Level overall = *result.overall;
  const auto movables = movable(result);
  // Up: the lowest score whose overall rating is above the current one.
  for (int target = score + 1; target <= result.max_score; ++target) {
    if (overall_rating(rules, target).rating <= overall) continue;
    const auto options = move_options(rules, movables, true);
    if (auto best = cheapest(options, target - score)) {
      result.margin.up = best->first;
      result.margin.plan_up = plan(movables, options, best->second);
    }
    break;
  }
  // Down: the highest score whose overall rating is below the current one.
  for (int target = score - 1; target >= 0; --target) {
    if (overall_rating(rules, target).rating >= overall) continue;
    const auto options = move_options(rules, movables, false);
    if (auto best = cheapest(options, score - target)) {
      result.margin.down = best->first;
      result.margin.plan_down = plan(movables, options, best->second);
    }
    break;
  }
}

}  // namespace

std::optional<std::size_t> changes_to_reach(const rules::Rules& rules, const Tally& tally, Level target) {
  if (tally.relevant() == 0) return std::nullopt;
  const auto need = min_yes(rules, tally.relevant(), target);
  if (!need) return std::nullopt;
  return *need > tally.yes ? *need - tally.yes : 0;
}

std::optional<std::size_t> changes_to_fall(const rules::Rules& rules, const Tally& tally, Level target) {
  if (tally.relevant() == 0) return std::nullopt;
  if (target >= rules.top()) return 0;
  const auto above = min_yes(rules, tally.relevant(), target + 1);  // the fewest Yes that are above target
  if (!above) return 0;
  if (*above == 0) return std::nullopt;  // even no Yes at all is above target
  const std::size_t most = *above - 1;
  return tally.yes > most ? tally.yes - most : 0;
}

std::optional<std::size_t> standard_changes_up(const rules::Rules& rules, const std::vector<Tally>& key_questions,
                                               Level target) {
  if (key_questions.empty()) return std::nullopt;
  const auto reached = lift(rules, key_questions, target);
  return reached ? std::optional(reached->first) : std::nullopt;
}

std::optional<std::size_t> standard_changes_down(const rules::Rules& rules, const std::vector<Tally>& key_questions,
                                                 Level target) {
  const auto reached = drop(rules, key_questions, target);
  return reached ? std::optional(reached->first) : std::nullopt;
}

void compute_margins(const rules::Rules& rules, Result& result) {
  for (auto& s : result.standards) {
    std::vector<Tally> banded;
    for (auto& kq : s.key_questions) {
      if (!kq.band) continue;
      banded.push_back(kq.tally);
      if (*kq.band < rules.top()) kq.margin.up = changes_to_reach(rules, kq.tally, *kq.band + 1);
      if (*kq.band > 0) kq.margin.down = changes_to_fall(rules, kq.tally, *kq.band - 1);
    }
    if (s.basis != Basis::Casework) continue;
    if (*s.rating < rules.top()) s.margin.up = standard_changes_up(rules, banded, *s.rating + 1);
    if (*s.rating > 0) s.margin.down = standard_changes_down(rules, banded, *s.rating - 1);
  }
  overall_margin(rules, result);
}

}  // namespace pdurate::engine
