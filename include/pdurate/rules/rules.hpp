// A rating framework, as loaded from a rules file (rules/hmip-pdu-2023.yaml is the default).
// Everything the method needs is data here; the engine holds no numbers of its own, and
// engine/method.hpp is the one place that applies them.
// A Rules value returned by load_rules() has passed every check listed there.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/util/diagnostics.hpp"

namespace pdurate::rules {

// A position on the rating scale: 0 is the lowest rating.
using Level = std::size_t;

// Where a number comes from: a published source, or an unverified assumption with a note.
struct Provenance {
  std::string source;  // id of an entry in Rules::sources; empty when !verified
  std::string where;   // where in that source
  bool verified = true;
  std::string note;  // the reasoning, required when !verified
  bool operator==(const Provenance&) const = default;
};

struct Source {
  std::string id;
  std::string title;
  std::string publisher;
  std::string published;
  bool operator==(const Source&) const = default;
};

struct RatingLevel {
  std::string name;  // e.g. "Requires improvement"
  int points = 0;
  Provenance provenance;
  bool operator==(const RatingLevel&) const = default;
};

// How a key question's fraction Yes/(Yes+No) is compared with the band thresholds
// (engine/method.hpp applies it).
enum class Comparison {
  Exact,    // 100 * yes >= min * relevant
  Rounded,  // percentage rounded half-up to a whole number first
};
std::string_view to_string(Comparison comparison);

struct CaseworkBand {
  Level rating = 0;
  int min_percent = 0;  // inclusive; the band runs up to the next band's min
  Provenance provenance;
  bool operator==(const CaseworkBand&) const = default;
};

struct KeyQuestion {
  std::string id;        // "P2.1.3" (PDU 2023) or "2.1.1" (youth 2021): as the rules file writes it
  std::string short_id;  // the id without a leading P: "2.1.3"
  std::string topic;     // "keeping other people safe"
  std::string text;      // the question as published
  std::vector<std::string> aliases;
  std::size_t standard = 0;  // index into Rules::standards
  bool operator==(const KeyQuestion&) const = default;
};

// A further question judged per case but not rated (issue 5): a prompt under a key question
// (id "P2.1.3.a", parent P2.1.3) or a free-standing finding (id "F.oversight", no parent).
// Tabulated like a key question (Yes/relevant/%), never part of a rating. The rules number
// every answerable question: key questions first (0..questions.size()-1), then findings.
struct Finding {
  std::string id;        // "P2.1.3.a" or "F.oversight"
  std::string short_id;  // "2.1.3.a" (a prompt without the P) or the id itself
  std::string topic;     // short label for tables, e.g. "child safeguarding information sufficient"
  std::string text;      // the question, in the words of the report it comes from
  std::vector<std::string> aliases;
  std::optional<std::size_t> parent;  // index into Rules::questions: the key question it sits under
  Provenance provenance;
  bool operator==(const Finding&) const = default;
};

// Settings of the sampling analysis (issue 5). Defaults apply when a rules file has no
// `sampling:` section; the shipped rules state each with its provenance.
struct SamplingSettings {
  double confidence = 80;        // % level of the Wilson intervals on key questions and findings
  Provenance confidence_provenance;
  std::size_t min_group_size = 10;  // a breakdown group with fewer cases is not rated; RRI suppressed
  Provenance min_group_size_provenance;
  double relative_rate_confidence = 95;  // % level of relative rate index intervals
  Provenance relative_rate_provenance;
  std::size_t resamples = 10000;  // bootstrap resamples for rating probabilities
  std::uint64_t seed = 1;         // their seed (printed; --seed overrides)
  Provenance resampling_provenance;
  bool operator==(const SamplingSettings&) const = default;
};

struct Standard {
  std::string id;  // "P2.1" or "2.1": as the rules file writes it
  std::string name;
  std::string headline;
  int domain = 0;
  std::vector<std::size_t> key_questions;  // indices into Rules::questions; empty: organisational
  // False for a standard that is rated but adds nothing to the score (`scored: false`).
  bool scored = true;
  Provenance provenance;
  // `not_rated_when`: when an inspection may leave this standard not rated by design (youth
  // resettlement, when no resettlement cases were inspected), the rules' wording of when; empty
  // when it must be rated. Only an organisational standard that is not scored may say so, so a
  // standard left out never changes the score or its maximum.
  std::string not_rated_when;
  Provenance not_rated_provenance;

  bool casework() const { return !key_questions.empty(); }
  bool may_be_not_rated() const { return !not_rated_when.empty(); }
  bool operator==(const Standard&) const = default;
};

struct Domain {
  int id = 0;
  std::string name;
  bool operator==(const Domain&) const = default;
};

struct ScoreBand {
  Level rating = 0;
  int min = 0;  // inclusive
  int max = 0;  // inclusive
  Provenance provenance;
  bool operator==(const ScoreBand&) const = default;
};

// "When `standard` is rated `when`, `other` would usually be one of `usually`."
struct GuidanceRule {
  std::string id;
  std::size_t standard = 0;
  Level when = 0;
  std::size_t other = 0;
  std::vector<Level> usually;
  std::string text;
  Provenance provenance;
  bool operator==(const GuidanceRule&) const = default;
};

struct Rules {
  std::string id;
  std::string name;
  std::string years;  // when inspections used it, as written ("2021-2025"); optional
  std::string file;  // where it was loaded from (for messages)
  std::map<std::string, Source> sources;
  std::vector<RatingLevel> scale;  // lowest first
  Provenance casework_rule_provenance;
  Comparison comparison = Comparison::Exact;
  Provenance comparison_provenance;
  std::vector<CaseworkBand> bands;  // ascending min_percent, bands[0].min_percent == 0
  std::vector<Domain> domains;
  std::vector<Standard> standards;
  std::vector<KeyQuestion> questions;
  std::vector<ScoreBand> score_bands;  // ascending, covering 0..max_score
  std::vector<GuidanceRule> guidance;
  std::vector<Finding> findings;  // answered like key questions, never rated
  SamplingSettings sampling;

  bool operator==(const Rules&) const = default;

  // Lookups. Ids match case-insensitively; a question matches "P2.1.3", "2.1.3" or an alias.
  std::optional<std::size_t> find_standard(std::string_view id) const;
  // The same, also matching with or without a leading P ("1.1" finds P1.1, "P2.1" finds 2.1):
  // what users write.
  std::optional<std::size_t> find_standard_loosely(std::string_view id) const;
  std::optional<std::size_t> find_question(std::string_view id_or_alias) const;
  std::optional<Level> find_rating(std::string_view name) const;
  // A finding by id ("P2.1.3.a", also "2.1.3.a") or alias: its index in `findings`.
  std::optional<std::size_t> find_finding(std::string_view id_or_alias) const;

  // Answer slots: every question a case answers, key questions first, then findings. Case sets
  // and tallies are indexed by slot, so a key question's slot is its index in `questions`.
  std::size_t question_slots() const { return questions.size() + findings.size(); }
  std::size_t finding_slot(std::size_t finding) const { return questions.size() + finding; }
  bool is_finding_slot(std::size_t slot) const { return slot >= questions.size(); }
  // What users call the question in a slot: a key question's short id ("2.1.3") or a finding's
  // ("2.1.3.a", "F.oversight").
  const std::string& slot_id(std::size_t slot) const {
    return slot < questions.size() ? questions[slot].short_id : findings[slot - questions.size()].short_id;
  }

  const std::string& rating_name(Level level) const { return scale[level].name; }
  Level top() const { return scale.size() - 1; }
  // A rating's points on the scale (what a standard adds to the score is engine::standard_points).
  int points(Level level) const { return scale[level].points; }
  // The highest score: every scored standard at the top of the scale.
  int max_score() const;
};

// An id without the PDU 2023 framework's leading P ("P2.1.3" -> "2.1.3"; "2.1.3" stays): what
// users call a key question.
std::string_view short_form(std::string_view id);

// True when text has the shape of a standard or key-question id ("2.1.4", "P2.1", "p1.9"),
// whether or not the rules define it.
bool looks_like_id(std::string_view text);

// True when text has the shape of a finding id ("P2.1.3.a", "2.1.3.b", "F.oversight"), whether
// or not the rules define it: a key-question-shaped id followed by "." and letters, or "F."
// followed by a name.
bool looks_like_finding_id(std::string_view text);

}  // namespace pdurate::rules
