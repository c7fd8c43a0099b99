#include "pdurate/engine/resampling.hpp"

#include <algorithm>
#include <random>
#include <string>
#include <unordered_map>

#include "pdurate/engine/method.hpp"
#include "pdurate/engine/tally.hpp"
#include "engine/resample_draws.hpp"

namespace pdurate::engine {
namespace {

using Ratings = std::map<std::size_t, model::OrganisationalRating>;

// Counts each resample's ratings into the distributions. A Result's ratings depend on the
// tallies only through each key question's band (none without relevant cases), so a resample
// is rated by rate() once per distinct set of bands and the rest are looked up: rate()'s
// margins and allocations had cost more than the draws themselves.
class Recorder {
 public:
  Recorder(const rules::Rules& rules, const Ratings& ratings, std::size_t questions, std::size_t cases,
           RatingProbabilities& out)
      : rules_(rules), ratings_(ratings), questions_(questions), out_(out),
        side_(cases + 1), bands_(cases <= kBandMemoCases ? side_ * side_ : 0, '\0') {}

  void operator()(const Tallies& sample) {
    key_.assign(questions_, '\0');
    for (std::size_t q = 0; q < questions_; ++q)
      if (sample.present[q] && sample.questions[q].relevant() > 0) key_[q] = band_key(sample.questions[q]);
    auto it = memo_.find(key_);
    if (it == memo_.end()) it = memo_.emplace(key_, rate(rules_, sample, ratings_)).first;
    const Result& result = it->second;
    for (const auto& s : result.standards) {
      auto& d = out_.standards[s.standard];
      if (!d) continue;
      if (s.rating) ++d->counts[*s.rating];
      else ++d->not_rated;
    }
    if (out_.overall) {
      if (result.overall) ++out_.overall->counts[*result.overall];
      else ++out_.overall->not_rated;
    }
  }

 private:
  // 1 + the tally's band, looked up by its Yes and relevant counts in small samples: band()'s
  // division, 12 times a resample, had cost as much as the rest of the recording.
  static constexpr std::size_t kBandMemoCases = 255;
  char band_key(const Tally& t) {
    if (bands_.empty()) return static_cast<char>(1 + band(rules_, t));
    char& memo = bands_[t.relevant() * side_ + t.yes];
    if (memo == '\0') memo = static_cast<char>(1 + band(rules_, t));
    return memo;
  }

  const rules::Rules& rules_;
  const Ratings& ratings_;
  std::size_t questions_;
  RatingProbabilities& out_;
  std::size_t side_;
  std::string bands_;  // [relevant * (n + 1) + yes]: 1 + band, or 0 if not yet known
  std::string key_;
  std::unordered_map<std::string, Result> memo_;
};

// The distributions to fill: those of the outcomes the whole sample rates.
void prepare(const rules::Rules& rules, const Tallies& full, const Ratings& ratings, RatingProbabilities& out) {
  out.standards.resize(rules.standards.size());
  const Result rated = rate(rules, full, ratings);
  const RatingDistribution empty{std::vector<std::size_t>(rules.scale.size()), 0, out.resamples};
  for (const auto& s : rated.standards) {
    bool all_present = true;
    for (const auto& kq : s.key_questions) all_present = all_present && kq.present;
    if (s.basis == Basis::Casework && all_present) out.standards[s.standard] = empty;
  }
  if (rated.complete()) out.overall = empty;
}

}  // namespace

std::size_t resamples_within_budget(std::size_t resamples, std::size_t cases) {
  if (cases == 0) return resamples;
  const std::size_t affordable = std::max(kMinResamples, kMaxCaseDraws / cases);
  return std::min(resamples, affordable);
}

RatingProbabilities rating_probabilities(const rules::Rules& rules, const model::CaseSet& cases, const Ratings& ratings,
                                         std::size_t resamples, std::uint64_t seed, util::Progress* progress,
                                         ResamplingMethod method) {
  RatingProbabilities out;
  out.seed = seed;
  out.requested = resamples;
  out.cases = cases.size();
  if (method == ResamplingMethod::Auto)
    method = cases.size() >= kNormalFrom ? ResamplingMethod::Normal : ResamplingMethod::Cases;
  out.normal = method == ResamplingMethod::Normal && !cases.empty();
  out.resamples = out.normal ? resamples : resamples_within_budget(resamples, cases.size());
  const Tallies full = model::count_answers(cases);
  prepare(rules, full, ratings, out);
  if (cases.empty()) return out;

  const std::size_t questions = rules.questions.size();
  Twister64 generator(seed);  // std::mt19937_64, made faster
  Tallies sample;
  sample.present = full.present;
  sample.questions.resize(full.questions.size());
  sample.cases = cases.size();
  util::ProgressScope scope(progress, "resampling", out.resamples);
  const ResampleDraw draw{cases, questions, out.resamples, generator, sample, scope};
  Recorder recorder(rules, ratings, questions, cases.size(), out);
  if (out.normal) draw_normal(draw, recorder);
  else draw_cases(draw, recorder);
  return out;
}

}  // namespace pdurate::engine
