#include "readers/heading_match.hpp"

#include <algorithm>
#include <iterator>

#include "pdurate/util/ascii.hpp"

namespace pdurate::readers::heading {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_word_char(char c) { return is_digit(c) || is_letter(c); }
bool is_gap(char c) { return c == ' ' || c == '\t' || c == '_' || c == '-'; }
bool is_trailing(char c) { return c == ' ' || std::string_view("?:.!;,").find(c) != std::string_view::npos; }
bool is_id_separator(char c) { return c == '.' || c == ','; }

template <class Item>
void add_names(const Item& item, std::vector<std::string_view>& out) {
  out.insert(out.end(), {item.id, item.short_id, item.text});
  out.insert(out.end(), item.aliases.begin(), item.aliases.end());
}

// Every name a slot may be written as: id, short id, text, aliases.
std::vector<std::string_view> names(const rules::Rules& rules, std::size_t slot) {
  std::vector<std::string_view> out;
  if (rules.is_finding_slot(slot)) add_names(rules.findings[slot - rules.questions.size()], out);
  else add_names(rules.questions[slot], out);
  return out;
}

const std::string& text_of(const rules::Rules& rules, std::size_t slot) {
  return rules.is_finding_slot(slot) ? rules.findings[slot - rules.questions.size()].text : rules.questions[slot].text;
}

// The id in the run of digits, '.' and ',' that starts at h[i] (a digit), or "" when the run is
// not id-shaped; `i` moves past what was read. Groups of three or more digits make a number or a
// date ("2023.01.05", "1,000,000"), not an id.
std::string numeric_id(std::string_view h, std::size_t& i) {
  std::string id;
  std::size_t groups = 0;
  bool short_groups = true;
  for (;;) {
    const std::size_t from = i;
    while (i < h.size() && is_digit(h[i])) ++i;
    short_groups = short_groups && i - from <= 2;
    id.append(h.substr(from, i - from));
    ++groups;
    if (i + 1 >= h.size() || !is_id_separator(h[i]) || !is_digit(h[i + 1])) break;
    id += '.';
    ++i;
  }
  if (groups < 3 || !short_groups) return "";
  // A prompt's letter: "2.1.3.a", but not the start of a word ("2.1.1.Assessment").
  if (i + 1 < h.size() && is_id_separator(h[i]) && is_letter(h[i + 1]) && (i + 2 == h.size() || !is_word_char(h[i + 2]))) {
    id += '.';
    id += util::ascii_lower(h[i + 1]);
    i += 2;
  }
  return id;
}

// "F.oversight" at h[i] when a word starts there with "F." and a letter, else "" (`i` unmoved).
std::string finding_id(std::string_view h, std::size_t& i) {
  if ((h[i] != 'F' && h[i] != 'f') || (i > 0 && is_word_char(h[i - 1]))) return "";
  if (i + 2 >= h.size() || h[i + 1] != '.' || !is_letter(h[i + 2])) return "";
  std::size_t end = i + 2;
  while (end < h.size() && (is_word_char(h[end]) || h[end] == '-' || h[end] == '_')) ++end;
  std::string id = "F." + std::string(h.substr(i + 2, end - i - 2));
  i = end;
  return id;
}

// Content words, sorted and distinct: runs of ASCII letters, lower case, of two letters or more,
// not in kStop, cut to their first kStem letters.
using Words = std::vector<std::string>;

// Words that say nothing about which question is meant: function words, and the prefixes of
// ids ("KQ 2.1.1").
constexpr std::string_view kStop[] = {
    "an",   "and",   "any",   "are",  "as",   "at",   "be",    "been",  "by",    "can",     "did",   "do",
    "does", "for",   "from",  "had",  "has",  "have", "how",   "if",    "in",    "into",    "is",    "it",
    "its",  "kq",    "no",    "not",  "of",   "on",   "or",    "per",   "qn",    "than",    "that",  "the",
    "their", "there", "these", "this", "to",  "was",  "were",  "what",  "when",  "where",   "whether", "which",
    "who",  "with"};

// Five letters: a crude stem that makes the forms people paraphrase with meet ("engaging" and
// "engagement", "support" and "supporting", "sufficient" and "sufficiently") without merging
// the words that tell questions apart (assessment, planning, reviewing, desistance, safe ...).
constexpr std::size_t kStem = 5;

Words words(std::string_view text) {
  Words out;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_letter(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_letter(text[end])) ++end;
    std::string word = util::ascii_lowercase(text.substr(i, end - i));
    i = end;
    if (word.size() < 2 || std::find(std::begin(kStop), std::end(kStop), word) != std::end(kStop)) continue;
    if (word.size() > kStem) word.resize(kStem);
    out.push_back(std::move(word));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t shared(const Words& a, const Words& b) {
  std::size_t n = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

// How alike a heading and a question's text are: the Dice coefficient 2 * shared / total.
struct Likeness {
  std::size_t slot = 0;
  std::size_t shared = 0;
  std::size_t total = 0;  // the heading's words and the text's
};

bool closer(const Likeness& a, const Likeness& b) { return a.shared * b.total > b.shared * a.total; }

// A heading resembles a question's text when they share at least 3 content words and their Dice
// coefficient is at least 0.6 (so 10 * shared >= 3 * total). Why these numbers:
// - Most attribute headings have one or two content words ("Sentence type", "Case worker",
//   "Domestic abuse", "Person on probation"), and two words of question vocabulary are common in
//   them: requiring 3 shared words makes them attributes whatever the texts say.
// - 0.6 takes a three-word paraphrase of the six-word 2.1.1 ("Does assessment focus on
//   engaging?": 0.67) but not of the same words in a ten-word text (0.46): a paraphrase of a
//   long question must carry about half of it.
// - On the shipped rules, about 90 plausible attribute headings (tests/unit/test_case_columns.cpp)
//   resemble nothing; the closest, "Other agencies involved" and "Risk of harm to others", share
//   3 words with 2.3.3.b at 0.55. Every question's own text resembles itself most.
constexpr std::size_t kMinShared = 3;
bool resembles(const Likeness& l) { return l.shared >= kMinShared && 10 * l.shared >= 3 * l.total; }

}  // namespace

std::string normalise(std::string_view heading) {
  std::string out;
  bool gap = false;
  for (char c : heading) {
    if (is_gap(c)) {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += util::ascii_lower(c);
  }
  while (!out.empty() && is_trailing(out.back())) out.pop_back();
  return out;
}

std::vector<std::size_t> slots_named(const rules::Rules& rules, std::string_view heading) {
  const std::string wanted = normalise(heading);
  std::vector<std::size_t> out;
  if (wanted.empty()) return out;
  for (std::size_t slot = 0; slot < rules.question_slots(); ++slot) {
    const auto all = names(rules, slot);
    if (std::any_of(all.begin(), all.end(), [&](std::string_view n) { return normalise(n) == wanted; }))
      out.push_back(slot);
  }
  return out;
}

std::vector<std::string> ids_in(std::string_view heading) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < heading.size();) {
    const std::size_t at = i;
    std::string id = is_digit(heading[i]) ? numeric_id(heading, i) : finding_id(heading, i);
    if (i == at) ++i;
    const auto same = [&](const std::string& other) { return util::iequals(other, id); };
    if (!id.empty() && std::none_of(out.begin(), out.end(), same)) out.push_back(std::move(id));
  }
  return out;
}

std::vector<std::size_t> resembled(const rules::Rules& rules, std::string_view heading) {
  const Words h = words(heading);
  if (h.size() < kMinShared) return {};
  std::vector<Likeness> close;
  for (std::size_t slot = 0; slot < rules.question_slots(); ++slot) {
    const Words q = words(text_of(rules, slot));
    const Likeness l{slot, shared(h, q), h.size() + q.size()};
    if (resembles(l)) close.push_back(l);
  }
  std::stable_sort(close.begin(), close.end(), closer);
  std::vector<std::size_t> out;
  for (const auto& l : close)
    if (!closer(close.front(), l)) out.push_back(l.slot);
  return out;
}

}  // namespace pdurate::readers::heading
