#include "pdurate/readers/inspection_yaml.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "pdurate/readers/assignments.hpp"
#include "pdurate/readers/case_columns.hpp"
#include "pdurate/readers/case_file.hpp"
#include "pdurate/util/ascii.hpp"
#include "pdurate/util/did_you_mean.hpp"
#include "yaml/tree.hpp"

namespace pdurate::readers {
namespace {

using yaml::Node;

class InspectionReader {
 public:
  InspectionReader(const SourceText& source, const rules::Rules& rules, util::Diagnostics& errors, CaseDetail detail,
                   const TableOptions& options)
      : source_(source), rules_(rules), check_(source.name(), errors), errors_(errors), detail_(detail),
        options_(options) {}

  std::optional<model::Inspection> read(const Node& root) {
    const std::size_t before = errors_.count();
    if (root.is_null()) {
      errors_.add({source_.name(), 0, 0}, "empty file: expected an inspection with 'cases'");
      return std::nullopt;
    }
    if (!check_.expect(root, Node::Kind::Map, "an inspection file")) return std::nullopt;
    // `rules:` chooses the rule set before the file is read (inspection_rules_choice).
    check_.only_keys(root, {"rules", "inspection", "ratings", "cases", "expect"}, "an inspection file");
    if (const Node* r = root.find("rules")) check_.text(*r, "rules (a built-in rule set's name or a rules file)");
    inspection_.file = source_.name();
    inspection_.source.file = source_.name();
    if (const Node* i = root.find("inspection")) details(*i);
    if (const Node* r = root.find("ratings"))
      check_.each_entry(*r, "ratings", [&](const Node& k, const Node& v) { rating(k, v); });
    // A ratings-only inspection (a published ratings table) has no cases: every standard it
    // rates is given, and the others are not rated.
    if (const Node* c = root.find("cases")) cases(*c);
    else if (!root.find("ratings")) check_.require(root, "cases", "the inspection file");
    else no_cases();
    given_casework_ratings(root.find("ratings"));
    if (const Node* e = root.find("expect"))
      check_.each_entry(*e, "expect", [&](const Node& k, const Node& v) { expectation_entry(k, v); });
    if (errors_.count() != before) return std::nullopt;
    return std::move(inspection_);
  }

 private:
  void details(const Node& n) {
    if (!check_.expect(n, Node::Kind::Map, "inspection")) return;
    check_.only_keys(n, {"name", "fieldwork", "published", "region", "notes"}, "inspection");
    if (const Node* name = n.find("name")) inspection_.name = check_.text(*name, "the inspection name").value_or("");
    if (const Node* f = n.find("fieldwork")) inspection_.fieldwork = check_.text(*f, "fieldwork").value_or("");
  }

  // No cases at all: every question absent, nothing read.
  void no_cases() {
    inspection_.counts = model::count_answers(model::CaseSet(rules_.question_slots()));
    inspection_.has_cases = false;
    inspection_.ratings_only = true;
    inspection_.source.file.clear();
  }

  // A casework standard's rating may be given (ratings-only inspections, a what-if about one)
  // only when the cases do not answer its key questions: the cases would contradict it.
  void given_casework_ratings(const Node* ratings) {
    if (!ratings || !ratings->is_map() || inspection_.counts.present.empty()) return;
    for (std::size_t i = 0; i < ratings->keys.size(); ++i) {
      const auto s = rules_.find_standard_loosely(ratings->keys[i].text);
      if (!s || !rules_.standards[*s].casework() || !inspection_.ratings.count(*s)) continue;
      std::vector<std::string> answered;
      for (auto q : rules_.standards[*s].key_questions)
        if (inspection_.counts.present[q]) answered.push_back(rules_.questions[q].short_id);
      if (!answered.empty())
        check_.error(ratings->keys[i], fmt::format("{} is given a rating, but the cases answer its key questions ({}): "
                                                   "it is rated from them; remove the rating or those columns",
                                                   rules_.standards[*s].id, fmt::join(answered, ", ")));
    }
  }

  // One entry of `ratings:`: P1.1: Good, or P1.1: {rating: Good, departure: REASON}. A casework
  // standard's rating may be given too (given_casework_ratings checks the cases do not rate it).
  void rating(const Node& key, const Node& value) {
    const auto standard = rules_.find_standard_loosely(key.text);
    if (!standard) {
      std::vector<std::string> ids;
      for (const auto& s : rules_.standards) ids.push_back(s.id);
      if (auto guess = util::did_you_mean(key.text, ids))
        return check_.error(key, fmt::format("unknown standard '{}'; did you mean {}?", key.text, *guess));
      return check_.error(key, fmt::format("unknown standard '{}' (the standards are {})", key.text, fmt::join(ids, ", ")));
    }
    model::OrganisationalRating rating;
    rating.where = check_.at(value);
    const Node* name = &value;
    if (value.is_map()) {
      check_.only_keys(value, {"rating", "departure"}, fmt::format("the rating of {}", key.text));
      name = check_.require(value, "rating", fmt::format("the rating of {}", key.text));
      if (const Node* d = value.find("departure"))
        rating.departure = check_.text(*d, "departure (the inspectors' reason)").value_or("");
      if (!name) return;
    }
    const auto text = check_.text(*name, fmt::format("the rating of {}", key.text));
    if (text && util::iequals(*text, "not rated")) {
      if (!not_rated(*name, *standard)) return;
      rating.not_rated = true;
    } else {
      const auto level = text ? rating_named(rules_, *text, check_.at(*name), errors_) : std::nullopt;
      if (!level) return;
      rating.level = *level;
    }
    // "P1.1" and "1.1" are different YAML keys for one standard.
    if (auto it = inspection_.ratings.find(*standard); it != inspection_.ratings.end())
      return check_.error(key, fmt::format("{} is rated twice (first at line {})", rules_.standards[*standard].id,
                                           it->second.where.line));
    inspection_.ratings[*standard] = std::move(rating);
  }

  // "not rated" is a rating only of a standard the rules allow to be not rated by design.
  bool not_rated(const Node& value, std::size_t standard) {
    const auto& def = rules_.standards[standard];
    if (def.may_be_not_rated()) return true;
    check_.error(value, fmt::format("{} {} must be rated under {}: give its rating, or leave it out while it is not "
                                    "known", def.id, def.name, rules_.id));
    return false;
  }

  void cases(const Node& n) {
    if (n.is_scalar()) {
      file_cases(n, options_);
      return;
    }
    if (n.is_map() && n.find("file")) {
      described_file_cases(n);
      return;
    }
    if (n.is_map()) {  // most likely one case, not in a list
      check_.error(n, "cases is a mapping without file: list the cases as items (- {case_id: C1, ...}), or give "
                      "file: and how to read it");
      return;
    }
    if (!n.is_sequence()) {
      check_.error(n, fmt::format("cases must be a file's name (CSV or workbook), a mapping with file: and how to "
                                  "read it, or a list of cases, found {}", n.kind_name()));
      return;
    }
    inline_cases(n);
  }

  // cases: {file: cases.xlsx, sheet: Cases, header_row: 3} (also delimiter:, encoding:): how to
  // read the file, where the command line does not say (its options win).
  void described_file_cases(const Node& n) {
    check_.only_keys(n, {"file", "sheet", "header_row", "delimiter", "encoding"}, "cases");
    const Node* file = check_.require(n, "file", "cases");
    if (!file || !check_.expect(*file, Node::Kind::Scalar, "cases: file")) return;
    TableOptions options = options_;
    if (const Node* s = n.find("sheet"); s && options.sheet.empty())
      if (auto text = check_.text(*s, "cases: sheet")) options.sheet = *text;
    if (const Node* h = n.find("header_row"); h && options.header_row == 0)
      if (auto row = check_.integer(*h, "cases: header_row", 1, 1'048'576)) options.header_row = static_cast<std::size_t>(*row);
    if (const Node* d = n.find("delimiter"); d && options.delimiter == 0) {
      const auto text = check_.text(*d, "cases: delimiter");
      if (text && (*text == "comma" || *text == "semicolon" || *text == "tab"))
        options.delimiter = *text == "comma" ? ',' : *text == "semicolon" ? ';' : '\t';
      else if (text)
        check_.error(*d, fmt::format("cases: delimiter '{}': write comma, semicolon or tab", *text));
    }
    if (const Node* e = n.find("encoding"); e && options.encoding == Encoding::Utf8) {
      const auto text = check_.text(*e, "cases: encoding");
      if (text && util::iequals(*text, "windows-1252")) options.encoding = Encoding::Windows1252;
      else if (text && !util::iequals(*text, "utf-8"))
        check_.error(*e, fmt::format("cases: encoding '{}': write utf-8 or windows-1252", *text));
    }
    file_cases(*file, options);
  }

  void file_cases(const Node& n, const TableOptions& options) {
    namespace fs = std::filesystem;
    if (trim(n.text).empty()) {
      check_.error(n, "cases names no file: give a CSV file's or workbook's name, or list the cases");
      return;
    }
    fs::path path(n.text);
    if (path.is_relative() && source_.name() != "<stdin>") path = fs::path(source_.name()).parent_path() / path;
    util::Diagnostics csv_errors;
    auto csv_source = SourceText::open(path.string(), csv_errors);
    std::optional<model::Inspection> read;
    if (csv_source) read = read_case_file(*csv_source, rules_, csv_errors, detail_, options);
    if (!read) {
      // Say which inspection file pointed at the broken CSV, then list the CSV's own problems.
      check_.error(n, fmt::format("cannot use the cases in '{}':", path.string()));
      errors_.append(csv_errors);
      return;
    }
    inspection_.cases = std::move(read->cases);
    inspection_.counts = std::move(read->counts);
    inspection_.has_cases = read->has_cases;
    inspection_.groups = std::move(read->groups);
    inspection_.rows_read = read->rows_read;
    inspection_.source = std::move(read->source);
  }

  // What one key of the inline case maps means, decided once for the whole list.
  struct CaseKey {
    std::string name;
    enum Kind { Id, Question, Attribute } kind = Attribute;
    std::size_t index = 0;  // question or attribute index
  };

  // What one key of an inline case means, found by the first pass (case_keys) and marked in
  // `cases`; false (reported) for a bad one.
  bool case_key(const Node& key, std::vector<CaseKey>& keys, model::CaseSet& cases) {
    const Column column = classify_column(rules_, trim(key.text));
    CaseKey k{key.text};
    if (const auto* bad = std::get_if<BadColumn>(&column)) {
      check_.error(key, bad->message);
      return false;
    }
    bool ok = true;
    if (const auto* q = std::get_if<QuestionColumn>(&column)) {
      for (const auto& other : keys)
        if (other.kind == CaseKey::Question && other.index == q->question) {
          check_.error(key, fmt::format("'{}' and '{}' both name {} {}: use one", other.name, key.text,
                                        rules_.is_finding_slot(q->question) ? "finding" : "key question",
                                        rules_.slot_id(q->question)));
          ok = false;
        }
      k.kind = CaseKey::Question;
      k.index = q->question;
      cases.mark_present(q->question);
    } else if (std::holds_alternative<CaseIdColumn>(column)) {
      k.kind = CaseKey::Id;
    } else {
      k.kind = CaseKey::Attribute;
      k.index = cases.add_attribute(trim(key.text));
    }
    keys.push_back(std::move(k));
    return ok;
  }

  // The first pass: the union of the cases' keys, in first-seen order, and what each means;
  // nullopt (reported) when a case is not a mapping or a key is bad.
  std::optional<std::vector<CaseKey>> case_keys(const Node& list, model::CaseSet& cases) {
    std::vector<CaseKey> keys;
    bool ok = true;
    for (const Node& item : list.items) {
      if (!check_.expect(item, Node::Kind::Map, "a case")) {
        ok = false;
        continue;
      }
      for (const Node& key : item.keys) {
        bool known = false;
        for (const auto& k : keys) known = known || k.name == key.text;
        if (!known) ok = case_key(key, keys, cases) && ok;
      }
    }
    if (!ok) return std::nullopt;
    return keys;
  }

  // One value of case c (named `id`) under key k: an answer or an attribute.
  void case_value(const Node& item, const CaseKey& k, std::size_t c, const std::string& id, model::CaseSet& cases) {
    const Node* value = item.find(k.name);
    if (k.kind == CaseKey::Question && !value) {
      check_.error(item, fmt::format("case {} has no answer to {} (other cases have one): add '{}: N/A' if it does "
                                     "not apply", id, rules_.slot_id(k.index), k.name));
      return;
    }
    if (!value) return;  // an attribute this case does not have: ""
    if (!value->is_scalar() && !value->is_null()) {
      check_.error(*value, fmt::format("'{}' of case {} must be a single value, found {}", k.name, id,
                                       value->kind_name()));
      return;
    }
    const auto text = trim(value->text);
    if (k.kind == CaseKey::Attribute) cases.set_attribute(c, k.index, text);
    else if (auto answer = model::parse_answer(text)) cases.set_answer(c, k.index, *answer);
    else check_.error(*value, bad_answer_message(rules_, k.index, id, text));
  }

  // The second pass: one case.
  void inline_case(const Node& item, const std::vector<CaseKey>& keys, model::CaseSet& cases) {
    ++inspection_.rows_read;
    // The id key is matched like a CSV heading (any case), as in the first pass.
    const Node* id_node = nullptr;
    for (const auto& k : keys)
      if (k.kind == CaseKey::Id && !id_node) id_node = item.find(k.name);
    if (!id_node) return check_.error(item, "a case has no 'case_id'");
    const auto id = check_.text(*id_node, "case_id");
    if (!id) return;
    const auto c = cases.add_case(trim(*id), item.line);
    if (!c)
      return check_.error(*id_node, fmt::format("duplicate case id '{}' (first on line {}): each case appears once",
                                                *id, cases.line(*cases.find(trim(*id)))));
    for (const auto& k : keys)
      if (k.kind != CaseKey::Id) case_value(item, k, *c, *id, cases);
  }

  void inline_cases(const Node& list) {
    model::CaseSet cases(rules_.question_slots());
    const auto keys = case_keys(list, cases);
    if (!keys) return;
    for (const Node& item : list.items) inline_case(item, *keys, cases);
    if (list.items.empty()) check_.error(list, "no cases: the list of cases is empty");
    inspection_.counts = model::count_answers(cases);
    inspection_.cases = std::move(cases);
  }

  // P2.1.3: {yes: 15, no: 64, na: 0, relevant: 79}
  void counts_expectation(const Node& key, const Node& value) {
    const auto q = rules_.find_question(key.text);
    if (!q)
      return check_.error(key, fmt::format("only a key question's expectation is a mapping ({{yes: 15, relevant: "
                                           "79}}); '{}' is not a key question", key.text));
    check_.only_keys(value, {"yes", "no", "na", "relevant"}, fmt::format("the expected counts of {}", key.text));
    model::Expectation e;
    e.kind = model::Expectation::Kind::KeyQuestionCounts;
    e.key = key.text;
    e.index = *q;
    e.where = check_.at(key);
    const auto count = [&](std::string_view name, std::optional<std::size_t>& out) {
      if (const Node* v = value.find(name))
        if (auto x = check_.integer(*v, name, 0, 100000000)) out = static_cast<std::size_t>(*x);
    };
    count("yes", e.yes);
    count("no", e.no);
    count("na", e.na);
    count("relevant", e.relevant);
    // Judged on the keys written, so that a bad count is not also reported as a missing one.
    if (!value.find("yes") && !value.find("no") && !value.find("na") && !value.find("relevant"))
      check_.error(value, "give at least one of yes, no, na, relevant");
    inspection_.expectations.push_back(std::move(e));
  }

  // One entry of `expect:`.
  void expectation_entry(const Node& key, const Node& value) {
    if (value.is_map()) return counts_expectation(key, value);
    const auto text = check_.text(value, fmt::format("the expected value of {}", key.text));
    if (!text) return;
    if (auto e = expectation(rules_, key.text, *text, check_.at(key), check_.at(value), errors_))
      inspection_.expectations.push_back(std::move(*e));
  }

  const SourceText& source_;
  const rules::Rules& rules_;
  yaml::Checker check_;
  util::Diagnostics& errors_;
  CaseDetail detail_;
  const TableOptions& options_;
  model::Inspection inspection_;
};

}  // namespace

std::optional<RulesChoice> inspection_rules_choice(const SourceText& source) {
  util::Diagnostics ignored;  // reported when the file is read
  const auto root = yaml::parse(source.text(), source.name(), ignored);
  if (!root || !root->is_map()) return std::nullopt;
  const Node* r = root->find("rules");
  if (!r || !r->is_scalar() || trim(r->text).empty()) return std::nullopt;
  return RulesChoice{std::string(trim(r->text)), {source.name(), r->line, r->column}};
}

std::optional<model::Inspection> read_inspection_yaml(const SourceText& source, const rules::Rules& rules,
                                                      util::Diagnostics& errors, CaseDetail detail,
                                                      const TableOptions& options) {
  auto root = yaml::parse(source.text(), source.name(), errors);
  if (!root) return std::nullopt;
  return InspectionReader(source, rules, errors, detail, options).read(*root);
}

}  // namespace pdurate::readers
