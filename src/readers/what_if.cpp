#include "pdurate/readers/what_if.hpp"

#include <charconv>
#include <map>
#include <set>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/readers/assignments.hpp"
#include "pdurate/util/did_you_mean.hpp"
#include "readers/case_attributes.hpp"

namespace pdurate::readers {
namespace {

// Parses every option; with `inspection` null, stops short of what needs the cases.
class WhatIfParser {
 public:
  WhatIfParser(const rules::Rules& rules, model::Inspection* inspection, util::Diagnostics& errors)
      : rules_(rules), inspection_(inspection), errors_(errors) {}

  model::Scenario parse(const WhatIfText& t) {
    for (const auto& s : t.ratings) rating(s);
    for (const auto& s : t.answers) answer(s);
    for (const auto& s : t.excludes) exclude(s);
    for (const auto& s : t.wheres) where(s);
    for (const auto& s : t.shifts) shift(s);
    if (inspection_) answers_of_excluded_cases();
    return std::move(scenario_);
  }

 private:
  void error(std::string_view option, std::string_view text, std::string_view message) {
    errors_.add({}, fmt::format("{} '{}': {}", option, text, message));
  }

  std::optional<std::size_t> question(std::string_view option, std::string_view text, std::string_view id) {
    if (auto q = rules_.find_question(id)) return q;
    std::vector<std::string> ids;
    for (const auto& q : rules_.questions) ids.push_back(q.short_id);
    std::string message = fmt::format("no key question '{}'", id);
    if (const auto standard = rules_.find_standard_loosely(id)) {
      // A standard's id, one level up from its key questions: name them.
      std::vector<std::string> its;
      for (const auto& q : rules_.questions)
        if (q.standard == *standard) its.push_back(q.short_id);
      message = its.empty() ? fmt::format("{} is a standard, with no key questions", rules_.standards[*standard].id)
                            : fmt::format("{} is a standard, not a key question: its key questions are {}",
                                          rules_.standards[*standard].id, fmt::join(its, ", "));
    } else if (auto guess = util::did_you_mean(id, ids)) {
      message += fmt::format("; did you mean {}?", *guess);
    }
    error(option, text, message);
    return std::nullopt;
  }

  // A second value for what an earlier option set: the same value is harmless, another a conflict.
  template <class Key, class Value>
  bool consistent(std::map<Key, std::pair<Value, std::string>>& given, const Key& key, const Value& value,
                  std::string_view option, const std::string& text, std::string_view one_per) {
    const auto [it, fresh] = given.try_emplace(key, value, text);
    if (fresh || it->second.first == value) return fresh;
    error(option, text, fmt::format("conflicts with {} '{}': give one {}", option, it->second.second, one_per));
    return false;
  }

  // An --answer for a case --exclude leaves out is a conflict: which is meant?
  void answers_of_excluded_cases() {
    for (const auto& [c, text] : answered_)
      for (auto e : scenario_.excluded)
        if (e == c)
          error("--answer", text, fmt::format("case {} is left out by --exclude {}: give one or the other",
                                               inspection_->cases.id(c), inspection_->cases.id(c)));
  }

  std::optional<std::size_t> case_index(std::string_view option, std::string_view text, std::string_view id) {
    if (!inspection_) return std::nullopt;
    if (auto c = find_case(*inspection_, id)) return c;
    std::string message = fmt::format("no case '{}' in {}", id, inspection_->file);
    const auto ids = case_ids(*inspection_);  // only on this error: a million cases is fine once
    std::vector<std::string> qualified;  // pooled inspections (--pool) qualify a shared id: INSPECTION/ID
    const auto suffix = fmt::format("/{}", id);
    for (const auto& other : ids)
      if (other.ends_with(suffix)) qualified.push_back(other);
    if (!qualified.empty())
      message += fmt::format(" (inspections pooled with the id qualify it: {})", fmt::join(qualified, ", "));
    else if (auto guess = util::did_you_mean(id, ids))
      message += fmt::format("; did you mean '{}'?", *guess);
    error(option, text, message);
    return std::nullopt;
  }

  void rating(const std::string& text) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
      return error("--rating", text, "write STANDARD=RATING, e.g. P1.1=Inadequate");
    const util::Origin origin({}, fmt::format("--rating '{}'", text));
    const auto* present = inspection_ ? &inspection_->counts.present : nullptr;
    const auto standard = given_standard(rules_, text.substr(0, eq), present, origin, errors_);
    const auto level = standard ? rating_named(rules_, text.substr(eq + 1), origin, errors_) : std::nullopt;
    if (!standard || !level) return;
    if (!consistent(ratings_given_, *standard, *level, "--rating", text, "rating per standard")) return;
    if (!inspection_) return;
    model::OrganisationalRating r{*level, "", {std::string(model::kCommandLine)}};
    const auto& id = rules_.standards[*standard].id;
    auto it = inspection_->ratings.find(*standard);
    if (it == inspection_->ratings.end()) {
      inspection_->ratings[*standard] = r;  // fills in the input
      return;
    }
    if (it->second.level == *level)
      return scenario_.notes.push_back(fmt::format("--rating {}: {} is rated {} already; nothing changes", text, id,
                                                   rules_.rating_name(*level)));
    scenario_.ratings[*standard] = r;
    scenario_.described.push_back(fmt::format("{} rated {} (recorded: {})", id, rules_.rating_name(*level),
                                              rules_.rating_name(it->second.level)));
  }

  void answer(const std::string& text) {
    const auto colon = text.find(':');
    const auto eq = text.find('=', colon == std::string::npos ? 0 : colon);
    if (colon == std::string::npos || eq == std::string::npos || colon == 0 || eq == colon + 1)
      return error("--answer", text, "write CASE:QUESTION=ANSWER, e.g. C017:2.1.3=Yes");
    const auto q = question("--answer", text, std::string_view(text).substr(colon + 1, eq - colon - 1));
    const auto value = std::string_view(text).substr(eq + 1);
    const auto a = model::parse_answer(value);
    if (!a) error("--answer", text, fmt::format("'{}' is not an answer: write {}", value, model::answer_vocabulary()));
    if (q && a && !consistent(answers_given_, std::pair(text.substr(0, colon), *q), *a, "--answer", text,
                              "answer per case and key question"))
      return;
    const auto c = case_index("--answer", text, std::string_view(text).substr(0, colon));
    if (!q || !a || !c) return;
    if (!inspection_->cases.has_question(*q))
      return error("--answer", text, fmt::format("{} has no column for {}", inspection_->file, rules_.questions[*q].short_id));
    scenario_.answers.push_back({*c, *q, *a});
    answered_.emplace_back(*c, text);
    const auto recorded = inspection_->cases.answer(*c, *q);
    if (recorded == *a)
      scenario_.notes.push_back(fmt::format("--answer {}: case {} answers {} {} already; nothing changes", text,
                                            inspection_->cases.id(*c), rules_.questions[*q].short_id,
                                            model::to_string(*a)));
    scenario_.described.push_back(
        recorded == *a ? fmt::format("case {} answers {} {} (as recorded: no change)", inspection_->cases.id(*c),
                                     rules_.questions[*q].short_id, model::to_string(*a))
                       : fmt::format("case {} answers {} {} (recorded: {})", inspection_->cases.id(*c),
                                     rules_.questions[*q].short_id, model::to_string(*a), model::to_string(recorded)));
  }

  void exclude(const std::string& text) {
    if (text.empty()) return error("--exclude", text, "give a case id");
    if (auto c = case_index("--exclude", text, text)) {
      scenario_.excluded.push_back(*c);
      scenario_.described.push_back(fmt::format("case {} left out", text));
    }
  }

  void where(const std::string& text) {
    const auto ne = text.find("!=");
    const auto eq = text.find('=');
    const bool equals = ne == std::string::npos || eq < ne;
    const auto split = equals ? eq : ne;
    const auto value_at = split + (equals ? 1 : 2);
    if (split == std::string::npos || split == 0)
      return error("--where", text, "write ATTRIBUTE=VALUE or ATTRIBUTE!=VALUE, e.g. case_type=licence");
    const std::string name = text.substr(0, split);
    const std::string value = text.substr(value_at);
    if (!inspection_) return;
    const auto attribute = find_attribute(*inspection_, name);
    if (!attribute) {
      std::string message = fmt::format("{} has no attribute column '{}'", inspection_->file, name);
      const auto& names = attribute_names(*inspection_);
      if (auto guess = util::did_you_mean(name, names)) message += fmt::format("; did you mean '{}'?", *guess);
      else if (!names.empty()) message += fmt::format(" (it has: {})", fmt::join(names, ", "));
      return error("--where", text, message);
    }
    if (!known_value(text, name, *attribute, value)) return;
    scenario_.filters.push_back({*attribute, value, equals});
    scenario_.described.push_back(fmt::format("only cases with {} {} {}", name, equals ? "=" : "!=", value));
  }

  // A value no case has would filter out every case (=) or none (!=): a typo, said with the values.
  bool known_value(const std::string& text, const std::string& name, std::size_t attribute, const std::string& value) {
    const auto values = attribute_values(*inspection_, attribute);
    if (values.count(value)) return true;
    std::vector<std::string> list(values.begin(), values.end());
    std::string message = fmt::format("no case has {} '{}'", name, value);
    if (auto guess = util::did_you_mean(value, list)) message += fmt::format("; did you mean '{}'?", *guess);
    else if (list.size() <= 20) message += fmt::format(" (values: {})", fmt::join(list, ", "));
    error("--where", text, message);
    return false;
  }

  void shift(const std::string& text) {
    const auto eq = text.find('=');
    long delta = 0;
    bool ok = eq != std::string::npos && eq > 0 && eq + 2 <= text.size() && (text[eq + 1] == '+' || text[eq + 1] == '-');
    if (ok) {
      const char* first = text.data() + eq + 2;
      const char* last = text.data() + text.size();
      auto [end, ec] = std::from_chars(first, last, delta);
      ok = ec == std::errc() && end == last && delta > 0;
      if (text[eq + 1] == '-') delta = -delta;
    }
    if (!ok) return error("--shift", text, "write QUESTION=+N (No to Yes) or QUESTION=-N (Yes to No), e.g. 2.1.3=+5");
    const auto q = question("--shift", text, std::string_view(text).substr(0, eq));
    if (!q) return;
    scenario_.shifts.push_back({*q, delta});
    scenario_.described.push_back(fmt::format("{} answers to {} turned {}", delta > 0 ? delta : -delta,
                                              rules_.questions[*q].short_id,
                                              delta > 0 ? "from No to Yes" : "from Yes to No"));
  }

  const rules::Rules& rules_;
  model::Inspection* inspection_;
  util::Diagnostics& errors_;
  model::Scenario scenario_;
  std::map<std::size_t, std::pair<rules::Level, std::string>> ratings_given_;  // standard: rating, option text
  std::map<std::pair<std::string, std::size_t>, std::pair<model::Answer, std::string>> answers_given_;
  std::vector<std::pair<std::size_t, std::string>> answered_;  // case index, --answer text
};

}  // namespace

void report_problems(const rules::Rules& rules, const model::Scenario& scenario,
                     const std::vector<model::ScenarioProblem>& problems, util::Diagnostics& errors) {
  using Kind = model::ScenarioProblem::Kind;
  for (const auto& p : problems) {
    if (p.kind == Kind::NoCaseLeft) {
      const auto* options = scenario.filters.empty()    ? "--exclude leaves"
                            : scenario.excluded.empty() ? "--where leaves"
                                                        : "--exclude and --where leave";
      errors.add({}, fmt::format("{} none of the {} cases to rate", options, p.cases));
      continue;
    }
    const auto& shift = scenario.shifts[p.shift];
    const bool up = shift.delta > 0;
    errors.add({}, fmt::format("--shift {}={}{}: only {} {} answers to turn into {}", rules.slot_id(shift.question),
                               up ? '+' : '-', up ? shift.delta : -shift.delta, p.available, up ? "No" : "Yes",
                               up ? "Yes" : "No"));
  }
}

void check_what_if(const rules::Rules& rules, const WhatIfText& text, util::Diagnostics& errors) {
  WhatIfParser(rules, nullptr, errors).parse(text);
}

std::optional<model::Scenario> build_what_if(const rules::Rules& rules, model::Inspection& inspection,
                                             const WhatIfText& text, util::Diagnostics& errors) {
  const std::size_t before = errors.count();
  auto scenario = WhatIfParser(rules, &inspection, errors).parse(text);
  if (errors.count() != before) return std::nullopt;
  return scenario;
}

}  // namespace pdurate::readers
