#include "report/json/analysis.hpp"

#include <fmt/format.h>

#include "pdurate/report/wording.hpp"
#include "report/json/fields.hpp"

namespace pdurate::report::json {
namespace {

std::string fixed(double value, int decimals) { return fmt::format("{:.{}f}", value, decimals); }

void interval(Writer& j, const std::optional<engine::Interval>& i, double level) {
  if (!i) {
    j.null();
    return;
  }
  j.begin_object();
  j.key("low").raw_number(fixed(100 * i->low, 2));
  j.key("high").raw_number(fixed(100 * i->high, 2));
  j.key("level").raw_number(fmt::format("{:g}", level));
  j.end_object();
}

// {rating name: probability}, every rating on the scale; "not rated" too when some resamples were.
void probabilities(Writer& j, const rules::Rules& rules, const std::optional<engine::RatingDistribution>& d) {
  if (!d) {
    j.null();
    return;
  }
  const auto share = [&](std::size_t count) {
    return fixed(static_cast<double>(count) / static_cast<double>(d->resamples), 4);
  };
  j.begin_object();
  for (std::size_t l = 0; l < d->counts.size(); ++l) j.key(rules.rating_name(l)).raw_number(share(d->counts[l]));
  if (d->not_rated > 0) j.key("not rated").raw_number(share(d->not_rated));
  j.end_object();
}

void findings(Writer& j, const rules::Rules& rules, const engine::Analysis& a) {
  j.begin_array();
  for (const auto& f : a.findings) {
    const auto& def = rules.findings[f.finding];
    j.begin_object();
    j.key("id").string(def.id);
    j.key("short_id").string(def.short_id);
    j.key("parent");
    if (def.parent) j.string(rules.questions[*def.parent].id);
    else j.null();
    j.key("topic").string(def.topic);
    j.key("text").string(def.text);
    tally_fields(j, f.tally);
    j.key("interval");
    interval(j, f.interval, a.request.confidence);
    j.end_object();
  }
  j.end_array();
}

void breakdown_group(Writer& j, const rules::Rules& rules, const engine::BreakdownGroup& g, bool total) {
  const auto present = [&](std::size_t slot) { return slot < g.tallies.present.size() && g.tallies.present[slot]; };
  j.begin_object();
  j.key("value");
  if (total) j.null();
  else j.string(g.value);
  j.key("cases").number(static_cast<long long>(g.cases));
  j.key("too_small").boolean(g.too_small);
  j.key("key_questions").begin_array();
  for (std::size_t q = 0; q < rules.questions.size(); ++q) {
    if (!present(q)) continue;
    j.begin_object();
    j.key("id").string(rules.questions[q].id);
    tally_fields(j, g.tallies.questions[q]);
    j.end_object();
  }
  j.end_array();
  j.key("standards").begin_array();
  for (std::size_t s = 0; s < rules.standards.size(); ++s) {
    if (!rules.standards[s].casework()) continue;
    j.begin_object();
    j.key("id").string(rules.standards[s].id);
    j.key("rating");
    level_or_null(j, rules, g.ratings[s]);
    j.end_object();
  }
  j.end_array();
  j.key("findings").begin_array();
  for (std::size_t f = 0; f < rules.findings.size(); ++f) {
    if (!present(rules.finding_slot(f))) continue;
    j.begin_object();
    j.key("id").string(rules.findings[f].id);
    tally_fields(j, g.tallies.questions[rules.finding_slot(f)]);
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

void breakdown(Writer& j, const rules::Rules& rules, const engine::Breakdown& b) {
  j.begin_object();
  j.key("attribute").string(b.name);
  j.key("min_group_size").number(static_cast<long long>(b.min_group_size));
  j.key("groups").begin_array();
  for (const auto& g : b.groups) breakdown_group(j, rules, g, false);
  j.end_array();
  j.key("total");
  breakdown_group(j, rules, b.total, true);
  j.end_object();
}

// One key question's comparison of a group with the reference group.
void relative_rate(Writer& j, const rules::Rules& rules, const engine::RelativeRate& q) {
  const auto ratio = [&](std::optional<double> v) {
    if (v) j.raw_number(fixed(*v, 3));
    else j.null();
  };
  j.begin_object();
  j.key("id").string(rules.questions[q.question].id);
  j.key("group").begin_object();
  tally_fields(j, q.group);
  j.end_object();
  j.key("reference").begin_object();
  tally_fields(j, q.reference);
  j.end_object();
  j.key("ratio");
  ratio(q.ratio);
  j.key("low");
  ratio(q.low);
  j.key("high");
  ratio(q.high);
  j.key("excludes_one").boolean(q.excludes_one);
  j.key("suppressed").string_or_null(q.suppressed);
  j.end_object();
}

void relative_rates(Writer& j, const rules::Rules& rules, const engine::RelativeRates& r) {
  j.begin_object();
  j.key("attribute").string(r.name);
  j.key("reference").string(r.reference);
  j.key("reference_cases").number(static_cast<long long>(r.reference_cases));
  j.key("level").raw_number(fmt::format("{:g}", r.level));
  j.key("method").string("log");
  j.key("min_group_size").number(static_cast<long long>(r.min_group_size));
  j.key("suppressed").string_or_null(r.suppressed);
  j.key("groups").begin_array();
  for (const auto& g : r.groups) {
    j.begin_object();
    j.key("value").string(g.value);
    j.key("cases").number(static_cast<long long>(g.cases));
    j.key("suppressed").string_or_null(g.suppressed);
    j.key("key_questions").begin_array();
    for (const auto& q : g.key_questions) relative_rate(j, rules, q);
    j.end_array();
    j.end_object();
  }
  j.end_array();
  j.end_object();
}

}  // namespace

void key_question_analysis(Writer& j, const rules::Rules& rules, const engine::Analysis& a,
                           const engine::KeyQuestionResult& kq) {
  const auto& k = a.sampling.key_questions[kq.question];
  j.key("interval");
  interval(j, k ? std::optional(k->interval) : std::nullopt, a.sampling.level);
  j.key("interval_bands");
  if (k) level_range(j, rules, k->lowest, k->highest);
  else j.null();
  j.key("within_sampling_error").boolean(k && k->within_sampling_error());
}

void standard_analysis(Writer& j, const rules::Rules& rules, const engine::Analysis& a,
                       const engine::StandardResult& s) {
  const auto& range = a.sampling.standards[s.standard];
  j.key("sampling_range");
  if (range) level_range(j, rules, range->lowest, range->highest);
  else j.null();
  j.key("within_sampling_error").boolean(range && range->within_sampling_error());
  j.key("rating_probabilities");
  probabilities(j, rules, a.probabilities.standards[s.standard]);
}

void analysis_fields(Writer& j, const rules::Rules& rules, const engine::Analysis& a) {
  const auto& p = a.probabilities;
  j.key("sampling").begin_object();
  j.key("confidence_level").raw_number(fmt::format("{:g}", a.request.confidence));
  j.key("interval_method").string("wilson");
  j.key("min_group_size").number(static_cast<long long>(a.request.min_group_size));
  j.key("resampling");
  if (p.resamples == 0) {  // not asked for (--probabilities)
    j.null();
  } else {
    j.begin_object();
    j.key("method").string("bootstrap");
    j.key("draws").string(p.normal ? "normal approximation" : "cases");
    j.key("resamples").number(static_cast<long long>(p.resamples));
    j.key("resamples_requested").number(static_cast<long long>(p.requested));
    j.key("seed").number(static_cast<long long>(p.seed));
    j.key("cases").number(static_cast<long long>(p.cases));
    j.end_object();
  }
  j.end_object();
  j.key("overall_rating_probabilities");
  probabilities(j, rules, p.overall);
  j.key("findings");
  findings(j, rules, a);
  j.key("breakdowns").begin_array();
  for (const auto& b : a.breakdowns) breakdown(j, rules, b);
  j.end_array();
  j.key("relative_rates").begin_array();
  for (const auto& r : a.relative_rates) relative_rates(j, rules, r);
  j.end_array();
}

}  // namespace pdurate::report::json
