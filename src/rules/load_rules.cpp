#include "pdurate/rules/load_rules.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <set>

#include "pdurate/util/ascii.hpp"
#include "pdurate/util/did_you_mean.hpp"
#include "yaml/tree.hpp"

namespace pdurate::rules {
namespace {

using yaml::Node;

// Reads one rules document into Rules, collecting every problem rather than stopping at the first.
class Loader {
 public:
  Loader(const std::string& file, util::Diagnostics& errors) : check_(file, errors), errors_(errors) {}

  std::optional<Rules> load(const Node& root) {
    const std::size_t before = errors_.count();
    if (!check_.expect(root, Node::Kind::Map, "a rules file")) return std::nullopt;
    check_.only_keys(root, {"format", "framework", "sources", "scale", "casework", "domains", "standards",
                            "score_bands", "guidance", "findings", "sampling"},
                     "the rules file");
    if (const Node* f = check_.require(root, "format", "the rules file"))
      if (auto v = check_.integer(*f, "format", 1, 1000); v && *v != 1)
        check_.error(*f, fmt::format("rules format {} is not supported by this pdu-rate (it reads format 1)", *v));
    if (const Node* f = check_.require(root, "framework", "the rules file")) framework(*f);
    if (const Node* s = check_.require(root, "sources", "the rules file")) sources(*s);
    // Bands, score bands and guidance name ratings and standards: check them only against a
    // scale (and standards) that loaded cleanly, so one mistake does not cascade into many.
    std::size_t mark = errors_.count();
    if (const Node* n = check_.require(root, "scale", "the rules file")) scale(*n);
    const bool scale_ok = errors_.count() == mark && !rules_.scale.empty();
    if (const Node* d = check_.require(root, "domains", "the rules file")) domains(*d);
    mark = errors_.count();
    if (const Node* n = check_.require(root, "standards", "the rules file")) standards(*n);
    const bool standards_ok = errors_.count() == mark && !rules_.standards.empty();  // guidance looks them up
    if (const Node* c = check_.require(root, "casework", "the rules file"); c && scale_ok) casework(*c);
    if (const Node* n = check_.require(root, "score_bands", "the rules file"); n && scale_ok) score_bands(*n);
    if (const Node* g = root.find("guidance"); g && scale_ok && standards_ok) guidance(*g);
    if (const Node* f = root.find("findings"); f && standards_ok) findings(*f);
    if (const Node* s = root.find("sampling")) sampling(*s);
    if (errors_.count() != before) return std::nullopt;
    rules_.file = check_.file();
    return std::move(rules_);
  }

 private:
  // The `provenance` mapping under `parent`, which is required.
  Provenance provenance(const Node& parent, std::string_view where) {
    const Node* n = check_.require(parent, "provenance", where);
    return n ? provenance_of(*n, where) : Provenance{};
  }

  Provenance provenance_of(const Node& node, std::string_view where) {
    Provenance p;
    const Node* n = &node;
    if (!check_.expect(*n, Node::Kind::Map, fmt::format("the provenance of {}", where))) return p;
    check_.only_keys(*n, {"source", "where", "verified", "note"}, "a provenance");
    if (const Node* v = n->find("verified")) p.verified = check_.boolean(*v, "verified").value_or(true);
    if (const Node* s = n->find("source")) {
      if (auto text = check_.text(*s, "source")) {
        p.source = *text;
        if (!rules_.sources.count(p.source))
          check_.error(*s, fmt::format("unknown source '{}': list it under 'sources'", p.source));
      }
    }
    if (const Node* w = n->find("where")) p.where = check_.text(*w, "where").value_or("");
    if (const Node* note = n->find("note")) p.note = check_.text(*note, "note").value_or("");
    if (p.verified && p.source.empty())
      check_.error(*n, fmt::format("the provenance of {} names no source: give 'source' (a published document "
                                   "under 'sources'), or 'verified: false' with a 'note' saying why",
                                   where));
    if (!p.verified && p.note.empty())
      check_.error(*n, fmt::format("the provenance of {} says 'verified: false' but gives no 'note' with the reasoning",
                                   where));
    return p;
  }

  void framework(const Node& n) {
    if (!check_.expect(n, Node::Kind::Map, "framework")) return;
    check_.only_keys(n, {"id", "name", "years"}, "framework");
    if (const Node* y = n.find("years")) rules_.years = check_.text(*y, "framework years").value_or("");
    if (const Node* id = check_.require(n, "id", "framework")) rules_.id = check_.text(*id, "framework id").value_or("");
    if (const Node* name = check_.require(n, "name", "framework"))
      rules_.name = check_.text(*name, "framework name").value_or("");
  }

  void sources(const Node& n) {
    if (!check_.expect(n, Node::Kind::Map, "sources")) return;
    for (std::size_t i = 0; i < n.keys.size(); ++i) {
      const Node& v = n.items[i];
      Source s;
      s.id = n.keys[i].text;
      if (!check_.expect(v, Node::Kind::Map, fmt::format("source '{}'", s.id))) continue;
      check_.only_keys(v, {"title", "publisher", "published", "licence"}, fmt::format("source '{}'", s.id));
      if (const Node* t = check_.require(v, "title", fmt::format("source '{}'", s.id)))
        s.title = check_.text(*t, "title").value_or("");
      if (const Node* p = v.find("publisher")) s.publisher = check_.text(*p, "publisher").value_or("");
      if (const Node* p = v.find("published")) s.published = check_.text(*p, "published").value_or("");
      rules_.sources.emplace(s.id, std::move(s));
    }
  }

  void scale(const Node& n) {
    if (!check_.expect(n, Node::Kind::Sequence, "scale")) return;
    if (n.items.size() < 2) check_.error(n, "the scale needs at least two ratings, lowest first");
    std::map<std::string, std::size_t> seen;
    for (const Node& item : n.items) {
      if (!check_.expect(item, Node::Kind::Map, "a rating on the scale")) continue;
      check_.only_keys(item, {"name", "points", "provenance"}, "a rating on the scale");
      RatingLevel level;
      if (const Node* name = check_.require(item, "name", "a rating on the scale")) {
        level.name = check_.text(*name, "a rating name").value_or("");
        auto [it, fresh] = seen.emplace(util::ascii_lowercase(level.name), name->line);
        if (!fresh) check_.error(*name, fmt::format("duplicate rating '{}' (first at line {})", level.name, it->second));
      }
      if (const Node* points = check_.require(item, "points", "a rating on the scale"))
        level.points = check_.integer(*points, "points", 0, 1000).value_or(0);
      level.provenance = provenance(item, fmt::format("the points of '{}'", level.name));
      if (!rules_.scale.empty() && level.points <= rules_.scale.back().points)
        check_.error(item, fmt::format("'{}' must score more points than '{}': list the scale lowest first",
                                       level.name, rules_.scale.back().name));
      rules_.scale.push_back(std::move(level));
    }
  }

  std::optional<Level> rating(const Node& n, std::string_view what) {
    auto name = check_.text(n, what);
    if (!name) return std::nullopt;
    if (auto level = rules_.find_rating(*name)) return level;
    std::vector<std::string> names;
    for (const auto& l : rules_.scale) names.push_back(l.name);
    check_.error(n, fmt::format("unknown rating '{}' in {}: the scale has {}", *name, what,
                                fmt::join(names, ", ")));
    return std::nullopt;
  }

  std::optional<std::size_t> standard(const Node& n, std::string_view what) {
    auto id = check_.text(n, what);
    if (!id) return std::nullopt;
    if (auto s = rules_.find_standard(*id)) return s;
    std::vector<std::string> ids;
    for (const auto& s : rules_.standards) ids.push_back(s.id);
    std::string message = fmt::format("unknown standard '{}' in {}", *id, what);
    if (auto guess = util::did_you_mean(*id, ids)) message += fmt::format("; did you mean '{}'?", *guess);
    check_.error(n, std::move(message));
    return std::nullopt;
  }

  void domains(const Node& n) {
    if (!check_.expect(n, Node::Kind::Sequence, "domains")) return;
    for (const Node& item : n.items) {
      if (!check_.expect(item, Node::Kind::Map, "a domain")) continue;
      check_.only_keys(item, {"id", "name"}, "a domain");
      Domain d;
      if (const Node* id = check_.require(item, "id", "a domain")) {
        d.id = check_.integer(*id, "a domain id", 0, 1000).value_or(0);
        for (const auto& other : rules_.domains)
          if (other.id == d.id) check_.error(*id, fmt::format("duplicate domain id {}", d.id));
      }
      if (const Node* name = check_.require(item, "name", "a domain")) d.name = check_.text(*name, "a domain name").value_or("");
      rules_.domains.push_back(std::move(d));
    }
  }

  void standards(const Node& n) {
    if (!check_.expect(n, Node::Kind::Sequence, "standards")) return;
    for (const Node& item : n.items) {
      if (!check_.expect(item, Node::Kind::Map, "a standard")) continue;
      check_.only_keys(item, {"id", "domain", "name", "headline", "scored", "not_rated_when", "provenance",
                              "key_questions"}, "a standard");
      Standard s;
      if (const Node* id = check_.require(item, "id", "a standard")) standard_id(*id, s);
      if (const Node* d = check_.require(item, "domain", "a standard")) {
        s.domain = check_.integer(*d, "domain", 0, 1000).value_or(0);
        bool known = false;
        for (const auto& dom : rules_.domains) known = known || dom.id == s.domain;
        if (!known) check_.error(*d, fmt::format("standard {} is in domain {}, which 'domains' does not list", s.id, s.domain));
      }
      if (const Node* name = check_.require(item, "name", "a standard")) s.name = check_.text(*name, "name").value_or("");
      if (const Node* h = check_.require(item, "headline", "a standard")) s.headline = check_.text(*h, "headline").value_or("");
      if (const Node* sc = item.find("scored")) s.scored = check_.boolean(*sc, "scored").value_or(true);
      s.provenance = provenance(item, fmt::format("standard {}", s.id));
      const std::size_t index = rules_.standards.size();
      if (const Node* kqs = item.find("key_questions")) {
        if (check_.expect(*kqs, Node::Kind::Sequence, "key_questions")) {
          if (kqs->items.empty()) check_.error(*kqs, fmt::format("standard {} lists no key questions: remove 'key_questions' for an organisational standard", s.id));
          for (const Node& q : kqs->items) key_question(q, s, index);
        }
      }
      if (const Node* w = item.find("not_rated_when")) not_rated_when(*w, s);
      rules_.standards.push_back(std::move(s));
    }
    if (rules_.standards.empty()) check_.error(n, "the rules define no standards");
  }

  // A standard's id: P2.1 (PDU 2023) or 2.1 (the youth and earlier frameworks), each once.
  void standard_id(const Node& id, Standard& s) {
    s.id = check_.text(id, "a standard id").value_or("");
    if (!s.id.empty() && (!looks_like_id(s.id) || s.id[0] == 'p'))
      check_.error(id, fmt::format("standard id '{}' must look like P2.1 or 2.1", s.id));
    auto [it, fresh] = ids_.emplace(util::ascii_lowercase(s.id), id.line);
    if (!fresh) check_.error(id, fmt::format("duplicate id '{}' (first at line {})", s.id, it->second));
  }

  // `not_rated_when: {text: ..., provenance: ...}`: the standard may be not rated by design. Only
  // an organisational standard that is not scored: the score's maximum counts every scored
  // standard, so leaving a scored one out would change what the score means.
  void not_rated_when(const Node& n, Standard& s) {
    if (!check_.expect(n, Node::Kind::Map, "not_rated_when")) return;
    check_.only_keys(n, {"text", "provenance"}, "not_rated_when");
    if (const Node* t = check_.require(n, "text", "not_rated_when"))
      s.not_rated_when = check_.text(*t, "not_rated_when text").value_or("");
    s.not_rated_provenance = provenance(n, fmt::format("when {} may be not rated", s.id));
    if (s.casework())
      check_.error(n, fmt::format("standard {} is rated from its key questions: only a standard the inspectors rate "
                                  "may be not rated by design; remove not_rated_when", s.id));
    else if (s.scored)
      check_.error(n, fmt::format("standard {} may be not rated but is scored: add 'scored: false' (a score out of a "
                                  "fixed maximum cannot leave a standard out), or remove not_rated_when", s.id));
  }

  // A question's or finding's `aliases`: names (not id-shaped), each unused by any id or alias.
  std::vector<std::string> aliases(const Node& n, std::string_view example) {
    std::vector<std::string> out;
    if (!check_.expect(n, Node::Kind::Sequence, "aliases")) return out;
    for (const Node& a : n.items) {
      const auto alias = check_.text(a, "an alias");
      if (!alias) continue;
      if (looks_like_id(*alias) || looks_like_finding_id(*alias))
        check_.error(a, fmt::format("alias '{}' looks like an id: aliases are names such as {}", *alias, example));
      auto [it, fresh] = ids_.emplace(util::ascii_lowercase(*alias), a.line);
      if (!fresh) check_.error(a, fmt::format("alias '{}' is already used (line {})", *alias, it->second));
      out.push_back(*alias);
    }
    return out;
  }

  void key_question(const Node& n, Standard& s, std::size_t index) {
    if (!check_.expect(n, Node::Kind::Map, "a key question")) return;
    check_.only_keys(n, {"id", "topic", "text", "aliases"}, "a key question");
    KeyQuestion q;
    q.standard = index;
    if (const Node* id = check_.require(n, "id", "a key question")) {
      q.id = check_.text(*id, "a key question id").value_or("");
      if (!q.id.empty() && (!looks_like_id(q.id) || q.id[0] == 'p')) {
        check_.error(*id, fmt::format("key question id '{}' must look like P2.1.3 or 2.1.3", q.id));
      } else if (!q.id.empty() && q.id.rfind(s.id + ".", 0) != 0) {
        const std::string named = q.id.substr(0, q.id.rfind('.'));
        check_.error(*id, fmt::format("key question {} is listed under {} but its id names standard {}{}", q.id, s.id,
                                      named, rules_.find_standard(named) ? "" : ", which does not exist"));
      }
      q.short_id = std::string(short_form(q.id));
      auto [it, fresh] = ids_.emplace(util::ascii_lowercase(q.id), id->line);
      if (!fresh) check_.error(*id, fmt::format("duplicate id '{}' (first at line {})", q.id, it->second));
      ids_.emplace(util::ascii_lowercase(q.short_id), id->line);
    }
    if (const Node* t = check_.require(n, "topic", "a key question")) q.topic = check_.text(*t, "topic").value_or("");
    if (const Node* t = check_.require(n, "text", "a key question")) q.text = check_.text(*t, "text").value_or("");
    if (const Node* a = n.find("aliases")) q.aliases = aliases(*a, "assessment_safety");
    s.key_questions.push_back(rules_.questions.size());
    rules_.questions.push_back(std::move(q));
  }

  void casework(const Node& n) {
    if (!check_.expect(n, Node::Kind::Map, "casework")) return;
    check_.only_keys(n, {"rule_provenance", "comparison", "comparison_provenance", "bands"}, "casework");
    if (const Node* p = check_.require(n, "rule_provenance", "casework"))
      rules_.casework_rule_provenance = provenance_of(*p, "the casework rule");
    if (const Node* c = check_.require(n, "comparison", "casework")) {
      if (c->is_scalar() && c->text == "exact") rules_.comparison = Comparison::Exact;
      else if (c->is_scalar() && c->text == "rounded") rules_.comparison = Comparison::Rounded;
      else check_.error(*c, "comparison must be 'exact' or 'rounded'");
    }
    if (const Node* p = check_.require(n, "comparison_provenance", "casework"))
      rules_.comparison_provenance = provenance_of(*p, "the comparison choice");
    const Node* bands = check_.require(n, "bands", "casework");
    if (!bands || !check_.expect(*bands, Node::Kind::Sequence, "casework bands")) return;
    std::set<Level> used;
    for (const Node& item : bands->items) {
      if (!check_.expect(item, Node::Kind::Map, "a casework band")) continue;
      check_.only_keys(item, {"rating", "min", "provenance"}, "a casework band");
      CaseworkBand b;
      const Node* r = check_.require(item, "rating", "a casework band");
      const Node* m = check_.require(item, "min", "a casework band");
      auto level = r ? rating(*r, "a casework band") : std::nullopt;
      auto min = m ? check_.integer(*m, "a band's min (a whole percent)", 0, 100) : std::nullopt;
      b.provenance = provenance(item, fmt::format("the casework band for '{}'", level ? rules_.rating_name(*level) : "?"));
      if (!level || !min) continue;
      b.rating = *level;
      b.min_percent = *min;
      if (!used.insert(b.rating).second)
        check_.error(*r, fmt::format("the rating '{}' has two casework bands", rules_.rating_name(b.rating)));
      if (rules_.bands.empty() && b.min_percent != 0)
        check_.error(*m, fmt::format("the first casework band must start at 0: percentages under {}% would have no band (a gap)", b.min_percent));
      if (!rules_.bands.empty()) {
        const auto& prev = rules_.bands.back();
        if (b.min_percent <= prev.min_percent)
          check_.error(*m, fmt::format("band '{}' starts at {}%, not above the previous band's {}%: bands overlap; list them lowest first",
                                       rules_.rating_name(b.rating), b.min_percent, prev.min_percent));
        if (b.rating <= prev.rating)
          check_.error(*r, fmt::format("band '{}' is not a higher rating than '{}': list bands lowest first",
                                       rules_.rating_name(b.rating), rules_.rating_name(prev.rating)));
      }
      rules_.bands.push_back(std::move(b));
    }
    if (rules_.bands.empty()) check_.error(*bands, "there are no casework bands");
  }

  void score_bands(const Node& n) {
    if (!check_.expect(n, Node::Kind::Sequence, "score_bands")) return;
    const int max_score = rules_.max_score();
    int next = 0;  // the next score a band must start at
    for (const Node& item : n.items) {
      if (!check_.expect(item, Node::Kind::Map, "a score band")) continue;
      check_.only_keys(item, {"rating", "min", "max", "provenance"}, "a score band");
      const Node* r = check_.require(item, "rating", "a score band");
      const Node* lo = check_.require(item, "min", "a score band");
      const Node* hi = check_.require(item, "max", "a score band");
      auto level = r ? rating(*r, "a score band") : std::nullopt;
      auto min = lo ? check_.integer(*lo, "a score band's min", 0, max_score) : std::nullopt;
      auto max = hi ? check_.integer(*hi, "a score band's max", 0, max_score) : std::nullopt;
      ScoreBand b;
      b.provenance = provenance(item, fmt::format("the score band for '{}'", level ? rules_.rating_name(*level) : "?"));
      if (!level || !min || !max) continue;
      if (*max < *min) {
        check_.error(*hi, fmt::format("score band max {} is below its min {}", *max, *min));
        continue;
      }
      if (*min > next)
        check_.error(*lo, fmt::format("gap in the score bands: scores {} to {} have no band", next, *min - 1));
      else if (*min < next)
        check_.error(*lo, fmt::format("score bands overlap: score {} is in two bands", *min));
      if (!rules_.score_bands.empty() && *level <= rules_.score_bands.back().rating)
        check_.error(*r, fmt::format("score band '{}' is not a higher rating than '{}': list bands lowest first",
                                     rules_.rating_name(*level), rules_.rating_name(rules_.score_bands.back().rating)));
      b.rating = *level;
      b.min = *min;
      b.max = *max;
      next = *max + 1;
      rules_.score_bands.push_back(std::move(b));
    }
    if (next != max_score + 1) {
      const auto scored = std::count_if(rules_.standards.begin(), rules_.standards.end(),
                                        [](const Standard& s) { return s.scored; });
      check_.error(n, fmt::format("the score bands must cover every score from 0 to {} (the maximum: {} {}standards x "
                                  "{} points); scores {} to {} have no band",
                                  max_score, scored, scored == std::ssize(rules_.standards) ? "" : "scored ",
                                  rules_.points(rules_.top()), next, max_score));
    }
  }

  void guidance(const Node& n) {
    if (!check_.expect(n, Node::Kind::Sequence, "guidance")) return;
    std::map<std::string, std::size_t> ids;
    for (const Node& item : n.items) {
      if (!check_.expect(item, Node::Kind::Map, "a guidance rule")) continue;
      check_.only_keys(item, {"id", "standard", "when", "other", "usually", "text", "provenance"}, "a guidance rule");
      GuidanceRule g;
      bool ok = true;
      if (const Node* id = check_.require(item, "id", "a guidance rule")) {
        g.id = check_.text(*id, "a guidance rule id").value_or("");
        auto [it, fresh] = ids.emplace(g.id, id->line);
        if (!fresh) check_.error(*id, fmt::format("duplicate guidance id '{}' (first at line {})", g.id, it->second));
      }
      const Node* s = check_.require(item, "standard", "a guidance rule");
      const Node* w = check_.require(item, "when", "a guidance rule");
      const Node* o = check_.require(item, "other", "a guidance rule");
      const Node* u = check_.require(item, "usually", "a guidance rule");
      if (const Node* t = check_.require(item, "text", "a guidance rule")) g.text = check_.text(*t, "text").value_or("");
      g.provenance = provenance(item, fmt::format("guidance rule '{}'", g.id));
      auto standard_index = s ? standard(*s, "a guidance rule") : std::nullopt;
      auto when = w ? rating(*w, "a guidance rule's 'when'") : std::nullopt;
      auto other = o ? standard(*o, "a guidance rule's 'other'") : std::nullopt;
      ok = standard_index && when && other;
      if (standard_index && other && *standard_index == *other) {
        check_.error(*o, "a guidance rule must relate a standard to another one");
        ok = false;
      }
      if (u && check_.expect(*u, Node::Kind::Sequence, "usually")) {
        if (u->items.empty()) check_.error(*u, "usually lists no ratings");
        for (const Node& r : u->items)
          if (auto level = rating(r, "a guidance rule's 'usually'")) g.usually.push_back(*level);
          else ok = false;
      } else {
        ok = false;
      }
      if (!ok) continue;
      g.standard = *standard_index;
      g.when = *when;
      g.other = *other;
      rules_.guidance.push_back(std::move(g));
    }
  }

  // Further questions, tabulated and never rated (README, "Findings").
  void findings(const Node& n) {
    if (!check_.expect(n, Node::Kind::Sequence, "findings")) return;
    for (const Node& item : n.items) {
      if (!check_.expect(item, Node::Kind::Map, "a finding")) continue;
      check_.only_keys(item, {"id", "parent", "topic", "text", "aliases", "provenance"}, "a finding");
      Finding f;
      const Node* id = check_.require(item, "id", "a finding");
      if (id) f.id = check_.text(*id, "a finding id").value_or("");
      if (const Node* p = item.find("parent")) f.parent = parent(*p);
      if (id && !f.id.empty()) finding_id(*id, f, item.find("parent") != nullptr);
      if (const Node* t = check_.require(item, "topic", "a finding")) f.topic = check_.text(*t, "topic").value_or("");
      if (const Node* t = check_.require(item, "text", "a finding")) f.text = check_.text(*t, "text").value_or("");
      if (const Node* a = item.find("aliases")) f.aliases = aliases(*a, "management_oversight");
      f.provenance = provenance(item, fmt::format("finding {}", f.id));
      rules_.findings.push_back(std::move(f));
    }
  }

  // A finding's `parent`: a key question ("P2.1.3" or "2.1.3").
  std::optional<std::size_t> parent(const Node& n) {
    auto text = check_.text(n, "a finding's parent");
    if (!text) return std::nullopt;
    for (std::size_t q = 0; q < rules_.questions.size(); ++q)
      if (util::iequals(rules_.questions[q].id, *text) || util::iequals(rules_.questions[q].short_id, *text)) return q;
    const auto questions_of = [&](std::size_t s) {
      std::vector<std::string> ids;
      for (auto q : rules_.standards[s].key_questions) ids.push_back(rules_.questions[q].id);
      return fmt::format("{}", fmt::join(ids, ", "));
    };
    std::string message = fmt::format("unknown parent '{}': a finding's parent is a key question", *text);
    const std::string named = text->substr(0, text->rfind('.'));
    if (auto s = rules_.find_standard(*text); s && rules_.standards[*s].casework()) {
      message = fmt::format("'{}' is a standard: a finding's parent is one of its key questions ({})", *text,
                           questions_of(*s));
    } else if (auto p = rules_.find_standard(named); p && rules_.standards[*p].casework()) {
      message += fmt::format("; {} has {}", rules_.standards[*p].id, questions_of(*p));
    } else {
      std::vector<std::string> ids;
      for (const auto& q : rules_.questions) ids.push_back(q.id);
      if (auto guess = util::did_you_mean(*text, ids)) message += fmt::format("; did you mean '{}'?", *guess);
    }
    check_.error(n, std::move(message));
    return std::nullopt;
  }

  // A prompt's id is its parent's id, '.', letters (P2.1.3.a); a free-standing finding's is
  // F.NAME. The shapes let a mistyped CSV heading be told from an attribute.
  void finding_id(const Node& id, Finding& f, bool has_parent) {
    const bool free_standing = f.id.size() > 2 && (f.id[0] == 'F' || f.id[0] == 'f') && f.id[1] == '.';
    if (!looks_like_finding_id(f.id)) {
      check_.error(id, fmt::format("finding id '{}' must look like P2.1.3.a (a prompt under key question P2.1.3) or "
                                   "F.name (a free-standing finding)", f.id));
      return;
    }
    const std::string named = f.id.substr(0, f.id.rfind('.'));
    if (has_parent && !f.parent) {
      // An unknown parent is reported already; the id cannot be checked against it.
    } else if (free_standing && has_parent) {
      check_.error(id, fmt::format("finding {} has a parent, so its id must be the parent's id and a letter, e.g. {}.a",
                                   f.id, f.parent ? rules_.questions[*f.parent].id : "P2.1.3"));
    } else if (!free_standing && !has_parent) {
      check_.error(id, fmt::format("finding {} looks like a prompt under {}: add 'parent: {}' (or give a "
                                   "free-standing finding an id like F.name)", f.id, named, named));
    } else if (!free_standing && f.parent && !util::iequals(named, rules_.questions[*f.parent].id)) {
      check_.error(id, fmt::format("finding {} has parent {} but its id names {}", f.id,
                                   rules_.questions[*f.parent].id, named));
    }
    f.short_id = free_standing ? f.id : std::string(short_form(f.id));
    auto [it, fresh] = ids_.emplace(util::ascii_lowercase(f.id), id.line);
    if (!fresh) check_.error(id, fmt::format("duplicate id '{}' (first at line {})", f.id, it->second));
    if (!free_standing) ids_.emplace(util::ascii_lowercase(f.short_id), id.line);
  }

  // A section of `sampling:` (called `name` in messages): a mapping with its `keys` and a
  // provenance; nullptr when absent.
  const Node* sampling_section(const Node& sampling, std::string_view key, std::string_view name,
                               std::initializer_list<std::string_view> keys) {
    const Node* section = sampling.find(key);
    if (!section || !check_.expect(*section, Node::Kind::Map, name)) return nullptr;
    check_.only_keys(*section, keys, name);
    return section;
  }

  // `key` of the section `name`: a whole number from min to max.
  template <class T>
  void whole_number(const Node& section, std::string_view name, std::string_view key, std::string_view what, int min,
                    int max, T& out) {
    if (const Node* v = check_.require(section, key, name))
      if (const auto x = check_.integer(*v, what, min, max)) out = static_cast<T>(*x);
  }

  // The sampling analysis settings: each optional, each with its provenance.
  void sampling(const Node& n) {
    if (!check_.expect(n, Node::Kind::Map, "sampling")) return;
    check_.only_keys(n, {"confidence", "min_group_size", "relative_rate", "resampling"}, "sampling");
    auto& s = rules_.sampling;
    const std::string_view level = "a confidence level (a whole percent)";
    if (const Node* c = sampling_section(n, "confidence", "sampling confidence", {"level", "provenance"})) {
      whole_number(*c, "sampling confidence", "level", level, 1, 99, s.confidence);
      s.confidence_provenance = provenance(*c, "the confidence level");
    }
    if (const Node* m = sampling_section(n, "min_group_size", "min_group_size", {"cases", "provenance"})) {
      whole_number(*m, "min_group_size", "cases", "a minimum group size", 1, 100000, s.min_group_size);
      s.min_group_size_provenance = provenance(*m, "the minimum group size");
    }
    if (const Node* r = sampling_section(n, "relative_rate", "relative_rate", {"level", "provenance"})) {
      whole_number(*r, "relative_rate", "level", level, 1, 99, s.relative_rate_confidence);
      s.relative_rate_provenance = provenance(*r, "the relative rate confidence level");
    }
    if (const Node* r = sampling_section(n, "resampling", "resampling", {"resamples", "seed", "provenance"})) {
      whole_number(*r, "resampling", "resamples", "resamples", 1, 1000000, s.resamples);
      whole_number(*r, "resampling", "seed", "a seed", 0, 2147483647, s.seed);
      s.resampling_provenance = provenance(*r, "the resampling settings");
    }
  }

  yaml::Checker check_;
  util::Diagnostics& errors_;
  Rules rules_;
  std::map<std::string, std::size_t> ids_;  // lowercase ids and aliases of standards, questions, findings -> line
};

}  // namespace

std::optional<Rules> load_rules(std::string_view text, std::string_view file, util::Diagnostics& errors) {
  const std::string name(file);
  util::Diagnostics found;
  std::optional<Rules> rules;
  if (auto root = yaml::parse(text, name, found)) rules = Loader(name, found).load(*root);
  // The loader checks section by section; Diagnostics lists one file's problems in file order.
  errors.append(found);
  return rules;
}

}  // namespace pdurate::rules
