#include "pdurate/app/pool.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <map>
#include <set>
#include <utility>

#include "pdurate/model/answer_counts.hpp"
#include "pdurate/readers/inspection_file.hpp"
#include "pdurate/readers/inspection_paths.hpp"
#include "pdurate/readers/inspection_yaml.hpp"
#include "pdurate/rules/load_rules.hpp"

namespace pdurate::app {
namespace {

// One inspection of the pool, as read.
struct Member {
  std::string file;
  std::string label;  // its value of the `inspection` attribute: its name, else its file's stem
  model::Inspection inspection;
};

// What an inspection file's `rules:` names, with a path made relative to the working directory
// (as it is opened); "" when it names none.
std::string rules_named(const readers::SourceText& source) {
  const auto choice = readers::is_yaml_path(source.name()) ? readers::inspection_rules_choice(source) : std::nullopt;
  if (!choice || rules::builtin_rules(choice->name)) return choice ? choice->name : "";
  std::filesystem::path p(choice->name);
  return p.is_relative() ? (std::filesystem::path(source.name()).parent_path() / p).lexically_normal().string()
                         : choice->name;
}

// The rule set the pool is rated under: --rules, else the one every inspection names (null: the
// command's default). Inspections naming different ones are a problem: which would apply?
std::shared_ptr<const rules::Rules> pool_rules(const std::vector<readers::SourceText>& sources, bool rules_given,
                                               Outcome& out) {
  if (rules_given || sources.empty()) return nullptr;
  std::map<std::string, std::vector<std::string>> by_rules;  // rules named -> files
  for (const auto& s : sources) by_rules[rules_named(s)].push_back(s.name());
  if (by_rules.size() > 1) {
    std::vector<std::string> parts;
    for (const auto& [name, files] : by_rules)
      parts.push_back(fmt::format("{} ({})", name.empty() ? "the default rules" : name, fmt::join(files, ", ")));
    out.problems.add(util::Location{sources.front().name(), 0, 0},
                     fmt::format("the pooled inspections are rated under different rules: {}; pool inspections of "
                                 "one framework, or rate them all under one with --rules",
                                 fmt::join(parts, "; ")));
    return nullptr;
  }
  const auto& name = by_rules.begin()->first;
  if (name.empty()) return nullptr;
  if (const auto* builtin = rules::builtin_rules(name))
    return std::shared_ptr<const rules::Rules>(builtin, [](const rules::Rules*) {});  // static: not owned
  out.inputs.push_back({Input::Role::Rules, name});
  auto loaded = load_rules(name, out.problems);
  return loaded ? std::make_shared<const rules::Rules>(std::move(*loaded)) : nullptr;
}

// Reads one inspection with every case (a pool's cases are merged case by case).
std::optional<Member> read_member(const readers::SourceText& source, const rules::Rules& rules,
                                  const Request& request, Outcome& out) {
  const auto& path = source.name();
  out.inputs.push_back({readers::is_yaml_path(path) ? Input::Role::Inspection : Input::Role::Cases, path});
  auto inspection = readers::read_inspection(source, rules, out.problems, readers::CaseDetail::Cases, request.table);
  if (!inspection) return std::nullopt;
  if (!inspection->source.file.empty() && inspection->source.file != path)
    out.inputs.push_back({Input::Role::Cases, inspection->source.file});
  if (inspection->cases.find_attribute(kPoolAttribute))
    out.problems.add(util::Location{path, 0, 0},
                     fmt::format("has a column '{}', the attribute --pool gives each case to say which inspection it "
                                 "came from: rename the column",
                                 kPoolAttribute));
  if (inspection->ratings_only || !inspection->has_cases)
    out.problems.add(util::Location{path, 0, 0}, "has no cases: a pool rates cases; leave it out of --pool");
  auto label = inspection->name.empty() ? std::filesystem::path(path).stem().string() : inspection->name;
  return Member{path, std::move(label), std::move(*inspection)};
}

// Two inspections with the same name are told apart by their files.
void distinct_labels(std::vector<Member>& members) {
  std::map<std::string, int> uses;
  for (const auto& m : members) ++uses[m.label];
  for (auto& m : members)
    if (uses[m.label] > 1) m.label = m.file;
}

// Every member must answer the same key questions: a pooled percentage over cases of only some
// inspections would mix samples without saying so.
void same_questions(const rules::Rules& rules, const std::vector<Member>& members, util::Diagnostics& errors) {
  for (std::size_t q = 0; q < rules.questions.size(); ++q) {
    std::vector<std::string> with, without;
    for (const auto& m : members) (m.inspection.cases.has_question(q) ? with : without).push_back(m.file);
    if (with.empty() || without.empty()) continue;
    for (const auto& file : without)
      errors.add(util::Location{file, 0, 0},
                 fmt::format("no column for key question {} ({}), which {} answer{}: a pool needs the same key "
                             "questions in every inspection; add the column, or leave this file out of --pool",
                             rules.questions[q].short_id, rules.questions[q].text, fmt::join(with, ", "),
                             with.size() == 1 ? "s" : ""));
  }
}

// The ids found in more than one member: qualified by inspection wherever they occur.
std::set<std::string, std::less<>> shared_ids(const std::vector<Member>& members) {
  std::map<std::string_view, std::size_t> seen_in;  // id -> first member
  std::set<std::string, std::less<>> shared;
  for (std::size_t m = 0; m < members.size(); ++m)
    for (std::size_t c = 0; c < members[m].inspection.cases.size(); ++c) {
      const auto id = members[m].inspection.cases.id(c);
      if (const auto [it, fresh] = seen_in.try_emplace(id, m); !fresh && it->second != m) shared.emplace(id);
    }
  return shared;
}

// Adds a case under its id, or INSPECTION/ID when other inspections have the id too (made
// unique with a number in the unlikely case that an input already has such an id).
std::size_t add_case(model::CaseSet& cases, std::string_view id, const std::string& label,
                     const std::set<std::string, std::less<>>& shared, std::size_t line) {
  const std::string base = shared.count(id) ? fmt::format("{}/{}", label, id) : std::string(id);
  auto added = cases.add_case(base, line);
  for (int n = 2; !added; ++n) added = cases.add_case(fmt::format("{}#{}", base, n), line);
  return *added;
}

// The union of the members' cases, each with its inspection as the first attribute.
model::CaseSet merged_cases(const rules::Rules& rules, const std::vector<Member>& members) {
  model::CaseSet cases(rules.question_slots());
  for (std::size_t q = 0; q < rules.question_slots(); ++q)
    if (members.front().inspection.cases.has_question(q)) cases.mark_present(q);
  const auto inspection = cases.add_attribute(kPoolAttribute);
  const auto shared = shared_ids(members);
  for (const auto& m : members) {
    const auto& from = m.inspection.cases;
    std::vector<std::size_t> attribute;  // the member's attribute -> the pool's
    for (const auto& name : from.attribute_names()) attribute.push_back(cases.add_attribute(name));
    for (std::size_t c = 0; c < from.size(); ++c) {
      const auto to = add_case(cases, from.id(c), m.label, shared, from.line(c));
      cases.set_attribute(to, inspection, m.label);
      for (std::size_t a = 0; a < attribute.size(); ++a) cases.set_attribute(to, attribute[a], from.attribute(c, a));
      for (std::size_t q = 0; q < rules.question_slots(); ++q)
        if (from.has_question(q)) cases.set_answer(to, q, from.answer(c, q));
    }
  }
  return cases;
}

// An organisational rating every member gives alike is the pool's; any other is left for
// --rating, with a note saying how the members differ unless --rating gives it (`by_option`).
std::map<std::size_t, model::OrganisationalRating> pooled_ratings(const rules::Rules& rules,
                                                                 const std::vector<Member>& members,
                                                                 const std::set<std::size_t>& by_option,
                                                                 std::vector<std::string>& notes) {
  std::map<std::size_t, model::OrganisationalRating> out;
  for (std::size_t s = 0; s < rules.standards.size(); ++s) {
    std::map<std::string, std::vector<std::string>> labels_by_rating;
    const model::OrganisationalRating* first = nullptr;
    for (const auto& m : members) {
      const auto it = m.inspection.ratings.find(s);
      const bool given = it != m.inspection.ratings.end();
      if (given && !first) first = &it->second;
      labels_by_rating[!given ? "not given" : it->second.not_rated ? "not rated" : rules.rating_name(it->second.level)]
          .push_back(m.label);
    }
    if (!first) continue;
    if (labels_by_rating.size() == 1) {
      out[s] = *first;
      continue;
    }
    if (by_option.count(s)) continue;
    std::vector<std::string> parts;
    for (const auto& [rating, labels] : labels_by_rating) parts.push_back(fmt::format("{}: {}", rating, fmt::join(labels, ", ")));
    notes.push_back(fmt::format("{} is not rated in the pool: the inspections differ ({}); give the pool's rating with "
                                "--rating {}=RATING",
                                rules.standards[s].id, fmt::join(parts, "; "), rules.standards[s].id));
  }
  return out;
}

// The members as one inspection.
model::Inspection pooled(const rules::Rules& rules, std::vector<Member>& members, const std::set<std::size_t>& given,
                         std::vector<std::string>& notes) {
  model::Inspection pool;
  std::vector<std::string> labels, fieldwork;
  bool expectations = false;
  for (const auto& m : members) {
    labels.push_back(m.label);
    pool.pooled.push_back({m.label, m.file, m.inspection.cases.size(), m.inspection.source});
    if (!m.inspection.fieldwork.empty() &&
        std::find(fieldwork.begin(), fieldwork.end(), m.inspection.fieldwork) == fieldwork.end())
      fieldwork.push_back(m.inspection.fieldwork);
    pool.rows_read += m.inspection.rows_read;
    expectations = expectations || !m.inspection.expectations.empty();
  }
  pool.file = "the pooled inspections";  // as messages name it: "no case 'C01' in the pooled inspections"
  pool.name = fmt::format("Pool of {} inspections: {}", members.size(), fmt::join(labels, "; "));
  pool.fieldwork = fmt::format("{}", fmt::join(fieldwork, ", "));
  pool.cases = merged_cases(rules, members);
  pool.counts = model::count_answers(pool.cases);
  pool.ratings = pooled_ratings(rules, members, given, notes);
  if (expectations)
    notes.push_back("the inspection files' expect: blocks are not checked: each is about its own inspection, not the "
                    "pool (use --expect)");
  return pool;
}

}  // namespace

Outcome assess_pool(const std::vector<std::string>& paths, const rules::Rules& command_rules, const Request& request) {
  Outcome out;
  out.file = fmt::format("{}", fmt::join(paths, " "));
  std::vector<readers::SourceText> sources;  // each opened once: for its `rules:`, then its cases
  for (const auto& f : readers::find_inspection_paths(paths, out.problems))
    if (auto source = readers::SourceText::open(f.path, out.problems)) sources.push_back(std::move(*source));
  out.rules = pool_rules(sources, request.rules_given, out);
  if (!out.problems.empty()) return out;
  const auto& rules = rules_of(out, command_rules);
  std::vector<Member> members;
  for (const auto& source : sources)
    if (auto m = read_member(source, rules, request, out)) members.push_back(std::move(*m));
  if (members.size() < 2 && out.problems.empty())
    out.problems.add(util::Location{out.file, 0, 0}, fmt::format("--pool needs two or more inspections; found {}",
                                                                  members.size()));
  if (!out.problems.empty()) return out;
  same_questions(rules, members, out.problems);
  if (!out.problems.empty()) return out;
  distinct_labels(members);
  std::set<std::size_t> given;  // the standards --rating rates: a note that the pool leaves them unrated would mislead
  for (const auto& text : request.what_if.ratings)
    if (const auto s = rules.find_standard_loosely(std::string_view(text).substr(0, text.find('=')))) given.insert(*s);
  std::vector<std::string> notes;
  auto inspection = pooled(rules, members, given, notes);
  out.name = inspection.name;
  out.fieldwork = inspection.fieldwork;
  Request pooled_request = request;
  pooled_request.check_expectations = false;
  rate_read(out, rules, pooled_request, std::move(inspection));
  out.notes.insert(out.notes.begin(), notes.begin(), notes.end());
  return out;
}

}  // namespace pdurate::app
