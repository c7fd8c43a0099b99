// The two ways of drawing the resamples' key-question tallies (resampling.cpp chooses one):
// each calls `take` once per resample, in order, with that resample's tallies in `sample`
// (findings' slots stay zero: rate() ignores them), and reports each resample to `progress`.
#pragma once

#include <cstddef>
#include <functional>

#include "pdurate/engine/tally.hpp"
#include "pdurate/model/case_set.hpp"
#include "pdurate/util/progress.hpp"
#include "engine/twister.hpp"

namespace pdurate::engine {

struct ResampleDraw {
  const model::CaseSet& cases;
  std::size_t questions;  // the key questions: slots [0, questions)
  std::size_t resamples;
  Twister64& generator;  // std::mt19937_64's sequence
  Tallies& sample;
  util::ProgressScope& progress;
};
using TakeResample = std::function<void(const Tallies&)>;

// The case-level bootstrap itself: n cases drawn with replacement (BoundedDraw) per resample.
void draw_cases(const ResampleDraw& d, const TakeResample& take);
// The tallies' normal approximation (resampling.hpp says when and why).
void draw_normal(const ResampleDraw& d, const TakeResample& take);

}  // namespace pdurate::engine
