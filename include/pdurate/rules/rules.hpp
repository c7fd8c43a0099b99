// A rating framework, as loaded from a rules file (rules/hmip-pdu-2023.yaml is the default).
// Everything the method needs is data here; the engine holds no numbers of its own.
// A Rules value returned by load_rules() has passed every check listed there.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pdurate/diagnostic.hpp"

namespace pdurate::rules {

// A position on the rating scale: 0 is the lowest rating.
using Level = std::size_t;

// Where a number comes from: a published source, or an unverified assumption with a note.
struct Provenance {
  std::string source;  // id of an entry in Rules::sources; empty when !verified
  std::string where;   // where in that source
  bool verified = true;
  std::string note;  // the reasoning, required when !verified
};

struct Source {
  std::string id;
  std::string title;
  std::string publisher;
  std::string published;
};

struct RatingLevel {
  std::string name;  // e.g. "Requires improvement"
  int points = 0;
  Provenance provenance;
};

// How a key question's fraction Yes/(Yes+No) is compared with the band thresholds.
enum class Comparison {
  Exact,    // 100 * yes >= min * relevant
  Rounded,  // percentage rounded half-up to a whole number first
};
std::string_view to_string(Comparison comparison);

struct CaseworkBand {
  Level rating = 0;
  int min_percent = 0;  // inclusive; the band runs up to the next band's min
  Provenance provenance;
};

struct KeyQuestion {
  std::string id;        // "P2.1.3"
  std::string short_id;  // "2.1.3"
  std::string topic;     // "keeping other people safe"
  std::string text;      // the question as published
  std::vector<std::string> aliases;
  std::size_t standard = 0;  // index into Rules::standards
};

struct Standard {
  std::string id;  // "P2.1"
  std::string name;
  std::string headline;
  int domain = 0;
  std::vector<std::size_t> key_questions;  // indices into Rules::questions; empty: organisational
  Provenance provenance;

  bool casework() const { return !key_questions.empty(); }
};

struct Domain {
  int id = 0;
  std::string name;
};

struct ScoreBand {
  Level rating = 0;
  int min = 0;  // inclusive
  int max = 0;  // inclusive
  Provenance provenance;
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
};

struct Rules {
  std::string id;
  std::string name;
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

  // Lookups. Ids match case-insensitively; a question matches "P2.1.3", "2.1.3" or an alias.
  std::optional<std::size_t> find_standard(std::string_view id) const;
  std::optional<std::size_t> find_question(std::string_view id_or_alias) const;
  std::optional<Level> find_rating(std::string_view name) const;

  const std::string& rating_name(Level level) const { return scale[level].name; }
  Level top() const { return scale.size() - 1; }
  int points(Level level) const { return scale[level].points; }
  int max_score() const;

  // The band of yes/relevant under the given comparison. relevant must be > 0.
  Level band(std::size_t yes, std::size_t relevant, Comparison comparison) const;
  Level band(std::size_t yes, std::size_t relevant) const { return band(yes, relevant, comparison); }
  // The smallest Yes count out of `relevant` whose band is `level` or higher, under the given
  // comparison; nullopt when even relevant/relevant falls short. relevant must be > 0.
  std::optional<std::size_t> min_yes(std::size_t relevant, Level level, Comparison comparison) const;
  std::optional<std::size_t> min_yes(std::size_t relevant, Level level) const {
    return min_yes(relevant, level, comparison);
  }
  // The overall rating of a score in 0..max_score().
  Level overall(int score) const;
  // Minimum % a key question needs for the band `level` (bands[...].min_percent).
  int threshold(Level level) const;
};

// True when text has the shape of a standard or key-question id ("2.1.4", "P2.1", "p1.9"),
// whether or not the rules define it.
bool looks_like_id(std::string_view text);

// The closest of the candidates to text (edit distance, case-insensitive), if any is close.
std::optional<std::string> did_you_mean(std::string_view text,
                                        const std::vector<std::string>& candidates);

}  // namespace pdurate::rules
