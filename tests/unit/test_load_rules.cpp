// load_rules: the shipped rules load and carry provenance for every number; malformed variants of
// the shipped text are each refused at the right line, and every problem in a file is listed.
#include <ostream>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "pdurate/rules/default_rules.hpp"
#include "pdurate/rules/load_rules.hpp"

using pdurate::util::Diagnostics;
using pdurate::rules::Comparison;
using pdurate::rules::Provenance;
using pdurate::rules::Rules;

namespace {

std::string shipped() { return std::string(pdurate::rules::default_rules_text()); }

// The shipped text with `from` (which must occur exactly once) replaced by `to`.
std::string variant(std::string_view from, std::string_view to) {
  std::string text = shipped();
  const auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, "not in the shipped rules: " << from);
  REQUIRE_MESSAGE(text.find(from, at + 1) == std::string::npos, "more than once in the shipped rules: " << from);
  text.replace(at, from.size(), to);
  return text;
}

// Loads text that must be refused; each problem as "LINE:COLUMN: message", in the order reported.
std::vector<std::string> problems(const std::string& text) {
  pdurate::util::Diagnostics errors;
  const auto rules = pdurate::rules::load_rules(text, "rules.yaml", errors);
  CHECK_FALSE(rules.has_value());
  CHECK_FALSE(errors.empty());
  std::vector<std::string> out;
  for (const auto& d : errors.listed()) {
    CHECK(d.where.file == "rules.yaml");
    out.push_back(std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " + d.message);
  }
  return out;
}

// The one problem in text.
std::string problem(const std::string& text) {
  const auto all = problems(text);
  REQUIRE(all.size() == 1u);
  return all.front();
}

void check_provenance(const Rules& rules, const Provenance& p, const std::string& what) {
  CAPTURE(what);
  if (p.verified) {
    CHECK_FALSE(p.source.empty());
    CHECK(rules.sources.count(p.source) == 1u);
    CHECK_FALSE(p.where.empty());
  } else {
    CHECK_FALSE(p.note.empty());
  }
}

}  // namespace

TEST_CASE("the shipped rules load") {
  pdurate::util::Diagnostics errors;
  const auto rules = pdurate::rules::load_rules(shipped(), "hmip-pdu-2023.yaml", errors);
  REQUIRE(errors.empty());
  REQUIRE(rules.has_value());
  CHECK(rules->id == "hmip-pdu-2023");
  CHECK(rules->file == "hmip-pdu-2023.yaml");
  CHECK(rules->questions.size() == 12u);
  CHECK(rules->standards.size() == 7u);
  CHECK(rules->scale.size() == 4u);
  CHECK(rules->guidance.size() == 1u);
  CHECK(rules->comparison == Comparison::Exact);
  CHECK(rules->domains.size() == 2u);
  CHECK(rules->sources.size() == 2u);
  CHECK(rules->bands.size() == 4u);
  CHECK(rules->score_bands.size() == 4u);

  std::vector<std::string> scale;
  for (const auto& level : rules->scale) scale.push_back(level.name);
  CHECK(scale == std::vector<std::string>{"Inadequate", "Requires improvement", "Good", "Outstanding"});

  // Organisational standards have no key questions; casework standards have three each.
  std::size_t casework = 0;
  for (const auto& s : rules->standards) {
    CAPTURE(s.id);
    if (s.casework()) {
      ++casework;
      CHECK(s.key_questions.size() == 3u);
      for (auto q : s.key_questions) CHECK(rules->questions[q].id.rfind(s.id + ".", 0) == 0);
    }
  }
  CHECK(casework == 4u);

  const auto& g = rules->guidance.front();
  CHECK(rules->standards[g.standard].id == "P1.3");
  CHECK(rules->standards[g.other].id == "P2.3");
  CHECK(g.when == 1u);
  CHECK(g.usually == std::vector<std::size_t>{1, 2});
}

TEST_CASE("every number in the shipped rules has a provenance") {
  const Rules& rules = pdurate::rules::default_rules();
  for (const auto& level : rules.scale) check_provenance(rules, level.provenance, "points of " + level.name);
  check_provenance(rules, rules.casework_rule_provenance, "casework rule");
  check_provenance(rules, rules.comparison_provenance, "comparison");
  for (const auto& band : rules.bands) check_provenance(rules, band.provenance, "casework band");
  for (const auto& s : rules.standards) check_provenance(rules, s.provenance, "standard " + s.id);
  for (const auto& band : rules.score_bands) check_provenance(rules, band.provenance, "score band");
  for (const auto& g : rules.guidance) check_provenance(rules, g.provenance, "guidance " + g.id);
  // The report fixes the lower two ratings' points; the rest is practice, marked unverified.
  CHECK(rules.scale[0].provenance.verified);
  CHECK(rules.scale[0].provenance.source == "report-bc-2024");
  CHECK_FALSE(rules.scale[2].provenance.verified);
  CHECK_FALSE(rules.comparison_provenance.verified);
  CHECK(rules.guidance.front().provenance.verified);
}

TEST_CASE("default_rules is the shipped text, loaded once") {
  const Rules& a = pdurate::rules::default_rules();
  const Rules& b = pdurate::rules::default_rules();
  CHECK(&a == &b);
  CHECK(a.file == "built-in " + std::string(pdurate::rules::default_rules_name()));
  CHECK(a.questions.size() == 12u);
}

TEST_CASE("a duplicate standard id is refused") {
  CHECK(problem(variant("  - id: P1.2\n", "  - id: P1.1\n")) == "94:9: duplicate id 'P1.1' (first at line 89)");
  // Ids compare case-insensitively (and must be written with a capital P).
  CHECK(problems(variant("  - id: P1.2\n", "  - id: p1.1\n")) ==
        std::vector<std::string>{"94:9: standard id 'p1.1' must look like P2.1 or 2.1",
                                 "94:9: duplicate id 'p1.1' (first at line 89)"});
}

TEST_CASE("a duplicate key question id is refused") {
  CHECK(problem(variant("      - id: P2.1.2\n", "      - id: P2.1.1\n")) ==
        "114:13: duplicate id 'P2.1.1' (first at line 110)");
}

TEST_CASE("a duplicate alias is refused") {
  CHECK(problem(variant("[assessment_desistance]", "[assessment_engagement]")) ==
        "117:19: alias 'assessment_engagement' is already used (line 113)");
}

TEST_CASE("a key question under the wrong standard is refused") {
  CHECK(problem(variant("      - id: P2.4.1\n", "      - id: P2.5.1\n")) ==
        "164:13: key question P2.5.1 is listed under P2.4 but its id names standard P2.5, which does not exist");
  CHECK(problem(variant("      - id: P2.4.1\n", "      - id: P2.3.4\n")) ==
        "164:13: key question P2.3.4 is listed under P2.4 but its id names standard P2.3");
}

TEST_CASE("an unknown rating in a casework band is refused") {
  CHECK(problem(variant("    - rating: Good\n      min: 65", "    - rating: Fine\n      min: 65")) ==
        "71:15: unknown rating 'Fine' in a casework band: the scale has Inadequate, Requires improvement, Good, "
        "Outstanding");
}

TEST_CASE("overlapping casework bands are refused") {
  CHECK(problem(variant("      min: 65\n", "      min: 50\n")) ==
        "72:12: band 'Good' starts at 50%, not above the previous band's 50%: bands overlap; list them lowest first");
}

TEST_CASE("casework bands must start at 0") {
  CHECK(problem(variant("    - rating: Inadequate\n      min: 0\n", "    - rating: Inadequate\n      min: 10\n")) ==
        "62:12: the first casework band must start at 0: percentages under 10% would have no band (a gap)");
}

TEST_CASE("a gap between score bands is refused") {
  CHECK(problem(variant("    min: 4\n", "    min: 5\n")) == "187:10: gap in the score bands: scores 4 to 4 have no band");
}

TEST_CASE("overlapping score bands are refused") {
  CHECK(problem(variant("    min: 11\n", "    min: 10\n")) == "193:10: score bands overlap: score 10 is in two bands");
}

TEST_CASE("score bands must reach the maximum score") {
  CHECK(problem(variant("    max: 21\n", "    max: 20\n")) ==
        "180:3: the score bands must cover every score from 0 to 21 (the maximum: 7 standards x 3 points); scores 21 "
        "to 21 have no band");
}

TEST_CASE("guidance naming an unknown standard is refused") {
  CHECK(problem(variant("    other: P2.3\n", "    other: P2.9\n")) ==
        "213:12: unknown standard 'P2.9' in a guidance rule's 'other'; did you mean 'P2.1'?");
  CHECK(problem(variant("    standard: P1.3\n", "    standard: Services\n")) ==
        "211:15: unknown standard 'Services' in a guidance rule");
}

TEST_CASE("guidance naming an unknown rating is refused") {
  CHECK(problem(variant("    usually: [Requires improvement, Good]\n", "    usually: [Requires improvement, Fair]\n")) ==
        "214:37: unknown rating 'Fair' in a guidance rule's 'usually': the scale has Inadequate, Requires improvement, "
        "Good, Outstanding");
}

TEST_CASE("a missing provenance is refused") {
  CHECK(problem(variant("    provenance: {source: report-bc-2024, where: \"P 1.2. Staffing\"}\n", "")) ==
        "94:5: standard P1.2 has no 'provenance'");
}

TEST_CASE("verified false needs a note") {
  CHECK(problem(variant("      note: \"[practice] HMIP scores Outstanding 3, Good 2, Requires improvement 1, Inadequate 0; "
                        "the report fixes only the lower two.\"\n",
                        "")) ==
        "38:7: the provenance of the points of 'Good' says 'verified: false' but gives no 'note' with the reasoning");
}

TEST_CASE("a verified provenance needs a source") {
  CHECK(problem(variant("    provenance: {source: report-bc-2024, where: \"P 1.2. Staffing\"}",
                        "    provenance: {where: \"P 1.2. Staffing\"}")) ==
        "98:17: the provenance of standard P1.2 names no source: give 'source' (a published document under "
        "'sources'), or 'verified: false' with a 'note' saying why");
}

TEST_CASE("an unknown source is refused") {
  CHECK(problem(variant("{source: report-bc-2024, where: \"P 1.1. Leadership\"}",
                        "{source: report-bc-2025, where: \"P 1.1. Leadership\"}")) ==
        "93:26: unknown source 'report-bc-2025': list it under 'sources'");
}

TEST_CASE("an unknown key is refused with a suggestion") {
  CHECK(problem(variant("\nguidance:\n", "\nguidence:\n")) ==
        "209:1: unknown key 'guidence' in the rules file; did you mean 'guidance'?");
  // A misspelt required key is also reported missing, at its mapping.
  CHECK(problems(variant("      - id: P2.2.1\n        topic:", "      - id: P2.2.1\n        topik:")) ==
        std::vector<std::string>{"128:9: a key question has no 'topic'",
                                 "129:9: unknown key 'topik' in a key question; did you mean 'topic'?"});
}

TEST_CASE("an unsupported format is refused") {
  CHECK(problem(variant("format: 1\n", "format: 2\n")) ==
        "8:9: rules format 2 is not supported by this pdu-rate (it reads format 1)");
}

TEST_CASE("a YAML syntax error is refused with its position") {
  CHECK(problem(variant("    usually: [Requires improvement, Good]\n", "    usually: [Requires improvement, Good\n")) ==
        "215:9: YAML syntax error: end of sequence flow not found");
}

TEST_CASE("a YAML duplicate key is refused") {
  CHECK(problem(variant("  - id: P1.1\n    domain: 1\n", "  - id: P1.1\n    domain: 1\n    domain: 2\n")) ==
        "91:5: duplicate key 'domain' (first at line 90): each key may appear once");
}

TEST_CASE("several problems in one file are all listed in file order") {
  std::string text = shipped();
  const auto replace = [&text](std::string_view from, std::string_view to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
  };
  replace("  name: HM Inspectorate of Probation, PDU", "  nmae: HM Inspectorate of Probation, PDU");  // line 11
  replace("      min: 65\n", "      min: 50\n");                                                    // line 72
  replace("{source: report-bc-2024, where: \"P 1.1. Leadership\"}", "{source: nowhere}");           // line 93
  replace("  - id: P1.2\n", "  - id: P1.1\n");                                                      // line 94
  replace("    min: 4\n", "    min: 5\n");                                                          // line 187
  const auto all = problems(text);
  REQUIRE(all.size() == 6u);
  CHECK(all[0] == "10:3: framework has no 'name'");
  CHECK(all[1] == "11:3: unknown key 'nmae' in framework; did you mean 'name'?");
  CHECK(all[2] == "72:12: band 'Good' starts at 50%, not above the previous band's 50%: bands overlap; list them "
                  "lowest first");
  CHECK(all[3] == "93:26: unknown source 'nowhere': list it under 'sources'");
  CHECK(all[4] == "94:9: duplicate id 'P1.1' (first at line 89)");
  CHECK(all[5] == "187:10: gap in the score bands: scores 4 to 4 have no band");
}

TEST_CASE("a rules file that is not a mapping is refused") {
  CHECK(problem("- just\n- a list\n") == "1:1: a rules file must be a mapping, found a list");
  pdurate::util::Diagnostics errors;
  CHECK_FALSE(pdurate::rules::load_rules("", "rules.yaml", errors).has_value());
  REQUIRE(errors.count() == 1u);
  CHECK(errors.listed()[0].message == "a rules file must be a mapping, found nothing");
}

// --- Findings and sampling settings (issue 5) ---

namespace {

// The 1-based line of the first occurrence of `needle` in the shipped rules.
std::size_t line_of(std::string_view needle) {
  const std::string text = shipped();
  const auto at = text.find(needle);
  REQUIRE_MESSAGE(at != std::string::npos, "not in the shipped rules: " << needle);
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

std::string at_line(std::size_t line, std::size_t column, std::string_view message) {
  return std::to_string(line) + ":" + std::to_string(column) + ": " + std::string(message);
}

}  // namespace

TEST_CASE("the shipped rules declare the findings the Bradford and Calderdale report quotes") {
  const Rules& rules = pdurate::rules::default_rules();
  REQUIRE(rules.findings.size() == 17u);
  const auto f = rules.find_finding("P2.3.3.a");
  REQUIRE(f);
  const auto& victims = rules.findings[*f];
  CHECK(victims.short_id == "2.3.3.a");
  CHECK(victims.topic == "victims protected");
  REQUIRE(victims.parent);
  CHECK(rules.questions[*victims.parent].id == "P2.3.3");
  CHECK(victims.provenance.where.find("18 out of 64 relevant cases") != std::string::npos);
  // The short id and any case work; a free-standing finding has no parent and is its own short id.
  CHECK(rules.find_finding("2.3.3.A") == f);
  const auto oversight = rules.find_finding("f.oversight");
  REQUIRE(oversight);
  CHECK_FALSE(rules.findings[*oversight].parent);
  CHECK(rules.findings[*oversight].short_id == "F.oversight");
  // Findings are numbered after the key questions.
  CHECK(rules.question_slots() == 12u + 17u);
  CHECK(rules.finding_slot(*oversight) == 12u + *oversight);
  CHECK(rules.slot_id(rules.finding_slot(*f)) == "2.3.3.a");
  CHECK(rules.slot_id(2) == "2.1.3");
  CHECK(rules.is_finding_slot(12));
  CHECK_FALSE(rules.is_finding_slot(11));
  // Key questions are not findings and findings are not key questions.
  CHECK_FALSE(rules.find_finding("2.3.3"));
  CHECK_FALSE(rules.find_question("2.3.3.a"));
  for (const auto& finding : rules.findings) check_provenance(rules, finding.provenance, "finding " + finding.id);
}

TEST_CASE("the shipped sampling settings and their provenance") {
  const Rules& rules = pdurate::rules::default_rules();
  CHECK(rules.sampling.confidence == 80);
  CHECK(rules.sampling.min_group_size == 10u);
  CHECK(rules.sampling.relative_rate_confidence == 95);
  CHECK(rules.sampling.resamples == 10000u);
  CHECK(rules.sampling.seed == 1u);
  check_provenance(rules, rules.sampling.confidence_provenance, "confidence");
  check_provenance(rules, rules.sampling.min_group_size_provenance, "minimum group size");
  check_provenance(rules, rules.sampling.relative_rate_provenance, "relative rate");
  check_provenance(rules, rules.sampling.resampling_provenance, "resampling");
  CHECK_FALSE(rules.sampling.confidence_provenance.verified);
}

TEST_CASE("a rules file without findings or sampling gets no findings and the default settings") {
  std::string text = shipped();
  text.erase(text.find("\n# Findings:"));
  pdurate::util::Diagnostics errors;
  const auto rules = pdurate::rules::load_rules(text, "rules.yaml", errors);
  REQUIRE(rules);
  CHECK(rules->findings.empty());
  CHECK(rules->question_slots() == 12u);
  CHECK(rules->sampling.confidence == 80);
  CHECK(rules->sampling.min_group_size == 10u);
}

TEST_CASE("a duplicate finding id is refused") {
  const auto line = line_of("  - id: P2.3.3.b\n");
  CHECK(problem(variant("  - id: P2.3.3.b\n", "  - id: P2.3.3.a\n")) ==
        at_line(line, 9, "duplicate id 'P2.3.3.a' (first at line " + std::to_string(line_of("  - id: P2.3.3.a\n")) + ")"));
  const auto f = line_of("  - id: F.practitioners\n");
  CHECK(problem(variant("  - id: F.practitioners\n", "  - id: f.OVERSIGHT\n")) ==
        at_line(f, 9, "duplicate id 'f.OVERSIGHT' (first at line " + std::to_string(line_of("  - id: F.oversight\n")) + ")"));
}

TEST_CASE("a finding whose parent is unknown is refused with a suggestion") {
  // F.reset has no parent; give it one that does not exist.
  const auto line = line_of("  - id: F.reset\n") + 1;
  const auto all = problems(variant("  - id: F.reset\n", "  - id: F.reset\n    parent: P2.3.4\n"));
  REQUIRE(all.size() == 1u);
  CHECK(all[0] == at_line(line, 13, "unknown parent 'P2.3.4': a finding's parent is a key question; P2.3 has P2.3.1, "
                                    "P2.3.2, P2.3.3"));
  // A standard is not a key question.
  CHECK(problems(variant("  - id: F.reset\n", "  - id: F.reset\n    parent: P2.3\n")).front() ==
        at_line(line, 13, "'P2.3' is a standard: a finding's parent is one of its key questions (P2.3.1, P2.3.2, P2.3.3)"));
  CHECK(problems(variant("  - id: F.reset\n", "  - id: F.reset\n    parent: P2.11.1\n")).front() ==
        at_line(line, 13, "unknown parent 'P2.11.1': a finding's parent is a key question; did you mean 'P2.1.1'?"));
}

TEST_CASE("a finding id that clashes with a key question or an alias is refused") {
  const auto line = line_of("  - id: F.reset\n");
  CHECK(problem(variant("  - id: F.reset\n", "  - id: P2.1.1\n")) ==
        at_line(line, 9, "finding id 'P2.1.1' must look like P2.1.3.a (a prompt under key question P2.1.3) or F.name "
                         "(a free-standing finding)"));
  // An alias of a finding may not take a key question's alias.
  CHECK(problem(variant("  - id: F.reset\n", "  - id: F.reset\n    aliases: [assessment_safety]\n")) ==
        at_line(line + 1, 15, "alias 'assessment_safety' is already used (line " +
                                  std::to_string(line_of("[assessment_safety]")) + ")"));
  CHECK(problem(variant("  - id: F.reset\n", "  - id: F.reset\n    aliases: [P2.1.3.z]\n")) ==
        at_line(line + 1, 15, "alias 'P2.1.3.z' looks like an id: aliases are names such as management_oversight"));
}

TEST_CASE("a finding id must agree with its parent") {
  const auto line = line_of("  - id: P2.3.3.a\n");
  CHECK(problem(variant("  - id: P2.3.3.a\n", "  - id: P2.3.2.z\n")) ==
        at_line(line, 9, "finding P2.3.2.z has parent P2.3.3 but its id names P2.3.2"));
  const auto reset = line_of("  - id: F.reset\n");
  CHECK(problem(variant("  - id: F.reset\n", "  - id: P2.1.1.q\n")) ==
        at_line(reset, 9, "finding P2.1.1.q looks like a prompt under P2.1.1: add 'parent: P2.1.1' (or give a "
                          "free-standing finding an id like F.name)"));
  CHECK(problem(variant("  - id: F.reset\n", "  - id: F.reset\n    parent: P2.1.1\n")) ==
        at_line(reset, 9, "finding F.reset has a parent, so its id must be the parent's id and a letter, e.g. P2.1.1.a"));
}

TEST_CASE("sampling settings are checked") {
  const auto line = line_of("    level: 80\n");
  CHECK(problem(variant("    level: 80\n", "    level: 100\n")) ==
        at_line(line, 12, "a confidence level (a whole percent) must be a whole number from 1 to 99, found '100'"));
  const auto resamples = line_of("    resamples: 10000\n");
  CHECK(problems(variant("    resamples: 10000\n", "    resample: 10000\n")) ==
        std::vector<std::string>{at_line(resamples, 5, "unknown key 'resample' in resampling; did you mean 'resamples'?"),
                                 at_line(resamples, 5, "resampling has no 'resamples'")});
}

TEST_CASE("a standard may be rated but not scored, and the score bands then cover the smaller maximum") {
  const std::string headline =
      "    headline: Reviewing of progress is well-informed, analytical and personalised, involving actively the person "
      "on probation.\n";
  const auto unscored = variant(headline, headline + "    scored: false\n");
  CHECK(problems(unscored) ==
        std::vector<std::string>{"181:3: the score bands must cover every score from 0 to 18 (the maximum: 6 scored "
                                 "standards x 3 points); scores 18 to 18 have no band",
                                 "201:10: a score band's max must be a whole number from 0 to 18, found '21'"});
  CHECK(problem(variant(headline, headline + "    scored: no\n")) == "162:13: scored must be true or false");
}

TEST_CASE("the built-in youth rules: 13 standards with the reports' ids, 4.1 not scored and possibly not rated") {
  const Rules* youth = pdurate::rules::builtin_rules("hmip-youth-2021");
  REQUIRE(youth != nullptr);
  CHECK(youth->file == "built-in hmip-youth-2021.yaml");
  CHECK(youth->standards.size() == 13);
  CHECK(youth->max_score() == 36);
  const auto s41 = youth->find_standard("4.1");
  REQUIRE(s41);
  CHECK_FALSE(youth->standards[*s41].scored);
  CHECK(youth->standards[*s41].may_be_not_rated());
  // Ids without the PDU P: the key question's short id is its id; "P2.1" still finds 2.1.
  const auto q = youth->find_question("2.1.1");
  REQUIRE(q);
  CHECK(youth->questions[*q].short_id == "2.1.1");
  CHECK(youth->find_standard_loosely("P2.1") == youth->find_standard("2.1"));
  std::size_t casework = 0;
  for (const auto& s : youth->standards) casework += s.casework() ? 1 : 0;
  CHECK(casework == 7);
  // Every number it cannot source says so.
  for (const auto& b : youth->score_bands) CHECK_FALSE(b.provenance.verified);
  CHECK(pdurate::rules::all_builtin_rules().front()->id == "hmip-pdu-2023");
  CHECK(pdurate::rules::builtin_rules("no-such-framework") == nullptr);
}

TEST_CASE("each built-in rule set is found by its id and decoded once") {
  // Looked up by the file's name, decoded when first asked for: the rules are the file's.
  const auto ids = pdurate::rules::builtin_rules_ids();
  REQUIRE(ids.size() == pdurate::rules::all_builtin_rules().size());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const auto* rules = pdurate::rules::builtin_rules(ids[i]);
    REQUIRE(rules);
    CHECK(rules->id == ids[i]);
    CHECK(rules == pdurate::rules::all_builtin_rules()[i]);  // one copy, however it is asked for
  }
  CHECK(&pdurate::rules::default_rules() == pdurate::rules::builtin_rules("HMIP-PDU-2023"));
}

TEST_CASE("not_rated_when belongs only to a judgement standard that is not scored") {
  const std::string name = "    name: Leadership\n";
  const std::string when = "    not_rated_when: {text: never, provenance: {verified: false, note: test}}\n";
  const auto scored = problems(variant(name, name + when));
  REQUIRE(scored.size() == 1);
  CHECK(scored.front().find("may be not rated but is scored: add 'scored: false'") != std::string::npos);
  const std::string reviewing = "    name: Reviewing\n";
  const auto casework = problems(variant(reviewing, reviewing + when));
  REQUIRE_FALSE(casework.empty());
  CHECK(casework.front().find("only a standard the inspectors rate may be not rated by design") != std::string::npos);
}
