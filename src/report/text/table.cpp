#include "pdurate/report/text.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "pdurate/report/wording.hpp"
#include "report/style.hpp"

namespace pdurate::report::text {
namespace {

// Display width: UTF-8 code points (names are mostly ASCII; no East Asian wide characters).
std::size_t width(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::string pad(std::string_view s, std::size_t w, bool right = false) {
  const std::string fill(w > width(s) ? w - width(s) : 0, ' ');
  return right ? fill + std::string(s) : std::string(s) + fill;
}

std::string score_text(const engine::Result& r) {
  if (r.score) return fmt::format("{}/{}", *r.score, r.max_score);
  return fmt::format("{}-{}/{}", r.score_min, r.score_max, r.max_score);
}

class Table {
 public:
  Table(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options& options)
      : rules_(rules), outcomes_(outcomes), style_(options.color), abbrev_(rating_abbreviations(rules)) {}

  std::string render() {
    widths();
    line(style_.dim(fmt::format("{} inspection{} · rules {} ({})", outcomes_.size(), outcomes_.size() == 1 ? "" : "s",
                                rules_.id, rules_.file)));
    out_ += '\n';
    std::string head = pad("inspection", name_w_);
    for (std::size_t s = 0; s < rules_.standards.size(); ++s) head += "  " + pad(rules_.standards[s].id, standard_w_[s]);
    head += "  " + pad("score", score_w_, true) + "  " + pad("overall", overall_w_);
    if (checks_) head += "  check";
    while (head.back() == ' ') head.pop_back();  // before styling, as line() does for plain text
    line(style_.bold(head));
    for (const auto& o : outcomes_) row(o);
    out_ += '\n';
    std::string key;
    for (std::size_t l = rules_.scale.size(); l-- > 0;)
      if (abbrev_[l] != rules_.scale[l].name) key += fmt::format("{} {} · ", abbrev_[l], rules_.scale[l].name);
    line(style_.dim(key + "- not rated"));
    return std::move(out_);
  }

 private:
  std::string label(const app::Outcome& o) const { return o.name.empty() ? o.file : o.name; }
  std::string cell(const engine::StandardResult& s) const { return s.rating ? abbrev_[*s.rating] : "-"; }
  std::string overall(const engine::Result& r) const { return rating_range(rules_, r.overall_lowest, r.overall_highest); }
  // Coloured as the report on one inspection colours ratings.
  std::string rated(std::optional<rules::Level> level, std::string_view text) const {
    return level ? style_.rating(rules_, *level, text) : std::string(text);
  }
  void line(std::string text) {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out_ += text;
    out_ += '\n';
  }

  void widths() {
    checks_ = std::any_of(outcomes_.begin(), outcomes_.end(), [](const app::Outcome& o) {
      return o.rated && (!o.rated->expectations.empty() || !o.rated->unexplained_departures.empty());
    });
    for (const auto& s : rules_.standards) standard_w_.push_back(width(s.id));
    for (const auto& o : outcomes_) {
      name_w_ = std::max(name_w_, width(label(o)));
      if (!o.rated) continue;
      const auto& r = o.rated->result;
      score_w_ = std::max(score_w_, width(score_text(r)));
      overall_w_ = std::max(overall_w_, width(overall(r)));
      for (std::size_t s = 0; s < rules_.standards.size(); ++s)
        standard_w_[s] = std::max(standard_w_[s], width(cell(r.standards[s])));
    }
  }

  void row(const app::Outcome& o) {
    std::string text = pad(label(o), name_w_);
    if (o.status() == app::Status::Invalid) {
      line(text + "  " + style_.failure(invalid_input(o)));
      return;
    }
    const auto& r = o.rated->result;
    for (std::size_t s = 0; s < rules_.standards.size(); ++s)
      text += "  " + rated(r.standards[s].rating, pad(cell(r.standards[s]), standard_w_[s]));
    text += "  " + pad(score_text(r), score_w_, true);
    std::string check;
    if (o.status() == app::Status::Failed) check = style_.failure("FAIL");
    else if (!o.rated->expectations.empty()) check = "ok";
    text += "  " + rated(r.overall, pad(overall(r), check.empty() ? 0 : overall_w_));
    if (!check.empty()) text += "  " + check;
    line(text);
  }

  const rules::Rules& rules_;
  const std::vector<app::Outcome>& outcomes_;
  Style style_;
  std::vector<std::string> abbrev_;
  bool checks_ = false;
  std::size_t name_w_ = width("inspection"), score_w_ = width("score"), overall_w_ = width("overall");
  std::vector<std::size_t> standard_w_;
  std::string out_;
};

}  // namespace

std::string table(const rules::Rules& rules, const std::vector<app::Outcome>& outcomes, const Options& options) {
  return Table(rules, outcomes, options).render();
}

}  // namespace pdurate::report::text
