#include "pdurate/report/rating_text.hpp"

#include <fmt/format.h>

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

std::string rating_range(const rules::Rules& rules, rules::Level lowest, rules::Level highest) {
  if (lowest == highest) return rules.rating_name(lowest);
  return fmt::format("{} to {}", rules.rating_name(lowest), rules.rating_name(highest));
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
      } else if (kq.tally.relevant() == 0) {
        out.push_back(fmt::format("{}: key question {} has no relevant cases (all N/A); it does not count towards {}",
                                  standard.id, q.short_id, standard.id));
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

}  // namespace pdurate::report
