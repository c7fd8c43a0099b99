#include "pdurate/report/wording.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <set>

namespace pdurate::report {
namespace {

std::string quoted_list(const rules::Rules& rules, const std::vector<rules::Level>& levels) {
  std::string out;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    if (i > 0) out += i + 1 == levels.size() ? " or " : ", ";
    out += fmt::format("'{}'", rules.rating_name(levels[i]));
  }
  return out;
}

}  // namespace

std::string percent(std::size_t yes, std::size_t relevant, int decimals) {
  std::size_t scale = 1;
  for (int i = 0; i < decimals; ++i) scale *= 10;
  // round(100 * scale * yes / relevant), half-up
  const std::size_t scaled = (2 * 100 * scale * yes + relevant) / (2 * relevant);
  if (decimals == 0) return fmt::format("{}", scaled);
  return fmt::format("{}.{:0{}}", scaled / scale, scaled % scale, decimals);
}

std::string figures(const model::Tally& t) {
  if (t.relevant() == 0) return "0/0";
  return fmt::format("{}/{} {}%", t.yes, t.relevant(), percent(t.yes, t.relevant(), 1));
}

std::string no_band(const model::Tally& tally) {
  return tally.relevant() == 0 ? "no relevant cases" : "too few relevant cases for a band";
}

std::vector<std::string> missing_columns(const rules::Rules& rules, const engine::StandardResult& standard) {
  std::vector<std::string> out;
  for (const auto& kq : standard.key_questions)
    if (!kq.present) out.push_back(rules.questions[kq.question].short_id);
  return out;
}

std::string probability_text(std::size_t count, std::size_t total) {
  if (total == 0 || count == 0) return "0%";
  if (count == total) return "100%";
  // Whole percents, rounded half-up, but never "0%" for a possible rating or "100%" for an
  // uncertain one.
  const std::size_t rounded = (200 * count + total) / (2 * total);
  if (rounded == 0) return "<1%";
  if (rounded == 100) return ">99%";
  return fmt::format("{}%", rounded);
}

std::vector<std::string> rating_abbreviations(const rules::Rules& rules) {
  std::vector<std::string> out;
  for (const auto& level : rules.scale) {
    std::string initials;
    bool start = true;
    for (char c : level.name) {
      if (start && c != ' ') initials += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
      start = c == ' ';
    }
    out.push_back(initials);
  }
  const bool distinct = std::set<std::string>(out.begin(), out.end()).size() == out.size();
  const bool empty = std::find(out.begin(), out.end(), "") != out.end();
  if (!distinct || empty)
    for (std::size_t l = 0; l < out.size(); ++l) out[l] = rules.rating_name(l);
  return out;
}

std::string rating_range(const rules::Rules& rules, rules::Level lowest, rules::Level highest) {
  if (lowest == highest) return rules.rating_name(lowest);
  return fmt::format("{} to {}", rules.rating_name(lowest), rules.rating_name(highest));
}

std::string rating_or_range(const rules::Rules& rules, std::optional<rules::Level> rating, rules::Level lowest,
                            rules::Level highest) {
  return rating ? rules.rating_name(*rating) : "not rated (" + rating_range(rules, lowest, highest) + ")";
}

std::string score_text(const engine::Result& r) {
  return r.score ? fmt::format("{}/{}", *r.score, r.max_score)
                 : fmt::format("{} to {} of {}", r.score_min, r.score_max, r.max_score);
}

std::string out_of(const model::Tally& tally) {
  if (tally.relevant() == 0) return no_band(tally);
  return fmt::format("{} out of {} relevant cases", tally.yes, tally.relevant());
}

std::string guidance_sentence(const rules::Rules& rules, const engine::Result& result,
                              const engine::GuidanceCheck& check) {
  const auto& rule = rules.guidance[check.rule];
  const auto& other = rules.standards[rule.other];
  const auto& other_result = result.standards[rule.other];
  std::string head = fmt::format("For '{}', {} would usually be {}", rules.rating_name(rule.when), other.id,
                                 quoted_list(rules, rule.usually));
  if (check.status == engine::GuidanceStatus::Undetermined)
    return fmt::format("{}; {} is not rated, so this cannot be checked yet.", head, other.id);
  const std::string is = fmt::format("{} is '{}'", other.id, rules.rating_name(*other_result.rating));
  if (check.hypothetical)
    return check.status == engine::GuidanceStatus::Consistent
               ? fmt::format("{}; {}: '{}' would be consistent with the guidance.", head, is, rules.rating_name(rule.when))
               : fmt::format("{}; {}: '{}' would depart from the guidance and need a recorded reason.", head, is,
                             rules.rating_name(rule.when));
  return check.status == engine::GuidanceStatus::Consistent
             ? fmt::format("{}; {}: consistent with the guidance.", head, is)
             : fmt::format("{}; {}: a departure from the guidance.", head, is);
}

std::vector<std::string> notices(const rules::Rules& rules, const engine::Result& result) {
  std::vector<std::string> out;
  const auto other_comparison = result.comparison == rules::Comparison::Exact
                                    ? "percentages were rounded to whole numbers"
                                    : "percentages were compared exactly";
  for (const auto& s : result.standards) {
    const auto& standard = rules.standards[s.standard];
    for (const auto& kq : s.key_questions) {
      const auto& q = rules.questions[kq.question];
      if (!kq.present) {
        out.push_back(s.rating ? fmt::format("{}: the input has no column for key question {}; {} is '{}' whatever "
                                             "its answers", standard.id, q.short_id, standard.id,
                                             rules.rating_name(*s.rating))
                               : fmt::format("{}: the input has no column for key question {}; {} is not rated",
                                             standard.id, q.short_id, standard.id));
      } else if (!kq.band) {
        out.push_back(fmt::format("{}: key question {} has {}{}; it does not count towards {}", standard.id, q.short_id,
                                  no_band(kq.tally), kq.tally.relevant() ? "" : " (all N/A)", standard.id));
      } else if (kq.other_band) {
        // Said once: as a change of the standard's rating when it has one, else of the key question.
        const std::string figures = fmt::format("{} is {}/{} ({}%)", q.short_id, kq.tally.yes, kq.tally.relevant(),
                                                percent(kq.tally.yes, kq.tally.relevant(), 2));
        if (s.other_rating && kq.drives)
          out.push_back(fmt::format("{} is '{}' because {}; it would be '{}' if {} (rules setting casework.comparison)",
                                    standard.id, rules.rating_name(*s.rating), figures,
                                    rules.rating_name(*s.other_rating), other_comparison));
        else
          out.push_back(fmt::format("{}: key question {}, band '{}'; it would be '{}' if {} ({}'s rating would not change)",
                                    standard.id, figures, rules.rating_name(*kq.band), rules.rating_name(*kq.other_band),
                                    other_comparison, standard.id));
      }
    }
    if (s.unexplained_departure())
      out.push_back(fmt::format("{} departs from the decision guidance and no reason is recorded: add "
                                "'departure: REASON' under its rating", standard.id));
  }
  return out;
}

std::string unmet(const engine::ExpectationCheck& e) {
  return fmt::format("{}: expected {}, got {}", e.expectation.key, e.expected, e.actual);
}

std::string unexplained_departure(const rules::Rules& rules, std::size_t standard) {
  return fmt::format("{}: departs from the decision guidance without a recorded reason (--strict)",
                     rules.standards[standard].id);
}

std::vector<std::string> failures(const rules::Rules& rules, const app::Outcome& outcome) {
  std::vector<std::string> out;
  if (!outcome.rated) return out;
  for (const auto& e : outcome.rated->expectations)
    if (!e.met) out.push_back(unmet(e));
  for (auto s : outcome.rated->unexplained_departures) out.push_back(unexplained_departure(rules, s));
  return out;
}

std::string_view row_status(app::Status status) {
  switch (status) {
    case app::Status::Passed: return "ok";
    case app::Status::Failed: return "failed";
    case app::Status::Invalid: return "invalid";
  }
  return "?";
}

std::string invalid_input(const app::Outcome& outcome) {
  const auto n = outcome.problems.count();
  return fmt::format("invalid input ({} problem{}, listed on stderr)", n, n == 1 ? "" : "s");
}

namespace {

std::string plural(std::size_t n, std::string_view thing) { return fmt::format("{} {}{}", n, thing, n == 1 ? "" : "s"); }

}  // namespace

std::string case_source(const model::CaseSource& source) {
  using Format = model::CaseSource::Format;
  std::vector<std::string> parts;
  if (source.format == Format::Xlsx) parts.push_back(fmt::format("sheet '{}' of {}", source.sheet, source.file));
  if (source.format == Format::Csv && source.delimiter != ',')
    parts.emplace_back(source.delimiter == ';' ? "semicolon-separated" : "tab-separated");
  if (source.encoding != "UTF-8") parts.push_back(fmt::format("converted from {}", source.encoding));
  if (source.cr_line_ends) parts.emplace_back("CR line ends");
  if (source.header_row != 1 && source.format != Format::Yaml)
    parts.push_back(fmt::format("header on {} {}", source.format == Format::Xlsx ? "row" : "line", source.header_row));
  std::vector<std::string> skipped;
  if (source.empty_rows > 0) skipped.push_back(plural(source.empty_rows, "empty row"));
  if (source.empty_columns > 0) skipped.push_back(plural(source.empty_columns, "empty column"));
  if (!skipped.empty()) parts.push_back(fmt::format("{} skipped", fmt::join(skipped, " and ")));
  return fmt::format("{}", fmt::join(parts, " · "));
}

std::string_view given_not_computed(const app::Rated& rated, std::size_t standard) {
  const auto it = rated.inspection.ratings.find(standard);
  const bool filled_in = it != rated.inspection.ratings.end() && it->second.where.file == model::kCommandLine;
  const bool replaced = rated.what_if && rated.what_if->scenario.ratings.count(standard);
  return filled_in || replaced ? "given with --rating, not computed from cases"
                               : "given in the inspection file, not computed from cases";
}

}  // namespace pdurate::report
