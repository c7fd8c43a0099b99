#include "report/text/analysis.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <set>

#include "pdurate/report/wording.hpp"
#include "report/text/label_width.hpp"

namespace pdurate::report::text {
namespace {

std::string interval_text(const engine::Interval& i) {
  return fmt::format("{:.1f}-{:.1f}%", 100 * i.low, 100 * i.high);
}


std::string level_text(double level) { return fmt::format("{:g}%", level); }

class AnalysisText {
 public:
  AnalysisText(const rules::Rules& rules, const app::Rated& rated, const Style& style)
      : rules_(rules), result_(rated.result), a_(*rated.analysis), style_(style) {}

  std::string render() {
    findings();
    sampling();
    for (const auto& b : a_.breakdowns) breakdown(b);
    for (const auto& r : a_.relative_rates) relative_rates(r);
    return std::move(out_);
  }

 private:
  void line(std::string text) {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out_ += text;
    out_ += '\n';
  }

  void findings() {
    if (a_.findings.empty()) return;
    const auto& rules = rules_;
    out_ += '\n';
    line(style_.bold(fmt::format("Findings (tabulated, not rated): Yes/relevant cases, % Yes, {} interval",
                          level_text(a_.request.confidence))));
    std::size_t width = 0;
    for (const auto& f : a_.findings)
      width = std::max(width, rules.findings[f.finding].short_id.size() + 1 + rules.findings[f.finding].topic.size());
    std::optional<std::size_t> group;  // the parent of the findings listed last; questions.size(): none
    bool first = true;
    for (const auto& f : a_.findings) {
      const auto& def = rules.findings[f.finding];
      const std::size_t parent = def.parent.value_or(rules.questions.size());
      if (first || parent != group) {
        if (parent < rules.questions.size())
          line(fmt::format("  under {} {}", rules.questions[parent].short_id, rules.questions[parent].topic));
        else
          line("  free-standing");
        group = parent;
        first = false;
      }
      const std::string label = fmt::format("{} {}", def.short_id, def.topic);
      if (f.tally.relevant() == 0) {
        line(fmt::format("     {:<{}} {:>7}  no relevant cases", label, width, "0/0"));
        continue;
      }
      line(fmt::format("     {:<{}} {:>7} {:>6}  {}", label, width, fmt::format("{}/{}", f.tally.yes, f.tally.relevant()),
                       percent(f.tally.yes, f.tally.relevant(), 1) + "%", interval_text(*f.interval)));
    }
  }

  std::string distribution(const engine::RatingDistribution& d) const {
    std::string out;
    for (std::size_t l = 0; l < d.counts.size(); ++l) {
      if (d.counts[l] == 0) continue;
      out += fmt::format("{}{} {}", out.empty() ? "" : ", ", rules_.rating_name(l),
                         probability_text(d.counts[l], d.resamples));
    }
    if (d.not_rated > 0)
      out += fmt::format("{}not rated {}", out.empty() ? "" : ", ", probability_text(d.not_rated, d.resamples));
    return out;
  }

  void sampling() {
    const auto& rules = rules_;
    const auto& p = a_.probabilities;
    out_ += '\n';
    line(style_.bold(fmt::format("Sampling error: {} Wilson intervals of % Yes; '~' marks a band the interval crosses",
                          level_text(a_.sampling.level))));
    if (p.resamples == 0)
      line("  how likely each rating is in another sample of the same size: add --probabilities (a bootstrap)");
    else
      line(fmt::format("  another sample: the ratings of {} resamples of the {} cases (bootstrap{}, seed {}), the "
                       "organisational ratings held fixed",
                       p.resamples, p.cases, p.normal ? ", normal approximation" : "", p.seed));
    if (p.resamples < p.requested)
      line(fmt::format("  ({} resamples, not {}: at most {} case draws in all)", p.resamples, p.requested,
                       engine::kMaxCaseDraws));
    for (const auto& s : result_.standards) {
      const auto& def = rules.standards[s.standard];
      if (!def.casework()) continue;
      const std::string label = fmt::format("{} {}", def.id, def.name);
      const auto& range = a_.sampling.standards[s.standard];
      std::string head = s.rating ? rules.rating_name(*s.rating) : "not rated";
      if (range && range->within_sampling_error())
        head += fmt::format(": within sampling error ({})", rating_range(rules, range->lowest, range->highest));
      line(fmt::format("  {:<{}} {}", label, label_width(rules), head));
      if (const auto& d = a_.probabilities.standards[s.standard]) {
        line(fmt::format("       another sample: {}", distribution(*d)));
      } else if (s.rating && p.resamples > 0) {
        std::vector<std::string> missing;
        for (const auto& kq : s.key_questions)
          if (!kq.present) missing.push_back(rules.questions[kq.question].short_id);
        line(fmt::format("       another sample: not estimated, the input has no column for {}", fmt::join(missing, ", ")));
      }
      for (const auto& kq : s.key_questions) {
        const auto& q = rules.questions[kq.question];
        const auto& k = a_.sampling.key_questions[kq.question];
        const std::string marker = kq.drives ? "> " : "  ";
        if (!k) {
          line(fmt::format("     {}{:<7} {}", marker, q.short_id,
                           kq.present ? no_band(kq.tally) : std::string("no column in the input")));
          continue;
        }
        line(fmt::format("     {}{:<7} {:>6}  {:<12} {}", marker, q.short_id,
                         percent(kq.tally.yes, kq.tally.relevant(), 1) + "%", interval_text(k->interval),
                         k->within_sampling_error() ? "~ " + rating_range(rules, k->lowest, k->highest) : ""));
      }
    }
    if (p.overall)
      line(fmt::format("  {:<{}} {}", "Overall rating", label_width(rules), distribution(*p.overall)));
    else if (p.resamples > 0)  // asked for, but the overall rating has no distribution
      line(fmt::format("  {:<{}} {}", "Overall rating", label_width(rules), "not estimated: not every standard is rated"));
  }

  // A table's rows: a label and one cell per column.
  using Rows = std::vector<std::pair<std::string, std::vector<std::string>>>;

  // A breakdown's rows: the groups, their cases, then each casework standard's rating on each
  // group with its key questions (and their prompts) below, then the free-standing findings.
  Rows breakdown_rows(const engine::Breakdown& b, const std::vector<const engine::BreakdownGroup*>& columns) const {
    const auto& rules = rules_;
    const auto abbreviations = rating_abbreviations(rules);
    Rows rows;
    const auto row = [&](std::string label, const auto& cell) {
      std::vector<std::string> cells;
      for (const auto* g : columns) cells.push_back(cell(*g));
      rows.push_back({std::move(label), std::move(cells)});
    };
    const auto tally_row = [&](std::string label, std::size_t slot) {
      row(std::move(label), [&](const engine::BreakdownGroup& g) { return figures(g.tallies.questions[slot]); });
    };
    const auto present = [&](std::size_t slot) { return slot < b.total.tallies.present.size() && b.total.tallies.present[slot]; };
    row("", [&](const engine::BreakdownGroup& g) { return &g == &b.total ? "all" : g.value.empty() ? "(none)" : g.value; });
    row("cases", [](const engine::BreakdownGroup& g) { return fmt::format("{}", g.cases); });
    for (std::size_t index = 0; index < rules.standards.size(); ++index) {
      const auto& s = rules.standards[index];
      if (!s.casework()) continue;
      row(s.id, [&](const engine::BreakdownGroup& g) {
        return g.ratings[index] ? abbreviations[*g.ratings[index]] : std::string("-");
      });
      for (auto q : s.key_questions) {
        if (present(q)) tally_row("  " + rules.questions[q].short_id, q);
        for (std::size_t f = 0; f < rules.findings.size(); ++f)
          if (rules.findings[f].parent == q && present(rules.finding_slot(f)))
            tally_row("    " + rules.findings[f].short_id, rules.finding_slot(f));
      }
    }
    for (std::size_t f = 0; f < rules.findings.size(); ++f)
      if (!rules.findings[f].parent && present(rules.finding_slot(f)))
        tally_row(rules.findings[f].short_id, rules.finding_slot(f));
    return rows;
  }

  // Rows with the labels left-aligned and every column right-aligned to its widest cell.
  void table(const Rows& rows) {
    std::size_t widest = 0;
    std::vector<std::size_t> widths(rows.empty() ? 0 : rows[0].second.size(), 0);
    for (const auto& r : rows) {
      widest = std::max(widest, r.first.size());
      for (std::size_t c = 0; c < widths.size(); ++c) widths[c] = std::max(widths[c], r.second[c].size());
    }
    for (const auto& r : rows) {
      std::string text = fmt::format("  {:<{}}", r.first, widest);
      for (std::size_t c = 0; c < widths.size(); ++c) text += fmt::format("   {:>{}}", r.second[c], widths[c]);
      line(text);
    }
  }

  // A breakdown table: rows key questions (with their prompts) and standards, columns groups.
  void breakdown(const engine::Breakdown& b) {
    std::vector<const engine::BreakdownGroup*> columns;
    for (const auto& g : b.groups) columns.push_back(&g);
    columns.push_back(&b.total);
    out_ += '\n';
    line(style_.bold(fmt::format("By {}: Yes/relevant and % Yes per group; each casework standard rated on the group alone",
                                 b.name)));
    table(breakdown_rows(b, columns));
    std::vector<std::string> small;
    for (const auto& g : b.groups)
      if (g.too_small) small.push_back(fmt::format("{} ({})", g.value.empty() ? "(none)" : g.value, g.cases));
    if (!small.empty())
      line(fmt::format("  not rated ('-'), under {} cases: {}", b.min_group_size, fmt::join(small, ", ")));
    const auto abbreviations = rating_abbreviations(rules_);
    std::vector<std::string> legend;
    for (std::size_t l = 0; l < abbreviations.size(); ++l)
      if (abbreviations[l] != rules_.rating_name(l)) legend.push_back(abbreviations[l] + " " + rules_.rating_name(l));
    if (!legend.empty()) line(fmt::format("  {}", fmt::join(legend, ", ")));
  }

  void relative_rates(const engine::RelativeRates& r) {
    const auto& rules = rules_;
    out_ += '\n';
    line(style_.bold(fmt::format("Relative rate index by {}, against {} ({} cases): each group's rate of Yes / {}'s", r.name,
                          r.reference, r.reference_cases, r.reference)));
    line(fmt::format("  {} intervals by the log method; '*' marks an interval that excludes 1", level_text(r.level)));
    if (!r.suppressed.empty()) {
      line(fmt::format("  not compared: {}", r.suppressed));
      return;
    }
    std::vector<const engine::RelativeRateGroup*> shown;
    std::vector<std::string> not_compared, reasons;
    for (const auto& g : r.groups) {
      if (g.suppressed.empty()) shown.push_back(&g);
      else not_compared.push_back(fmt::format("{} ({})", g.value.empty() ? "(none)" : g.value, g.suppressed));
    }
    if (!shown.empty()) {
      std::vector<std::vector<std::string>> cells(rules.questions.size());
      std::vector<std::string> header;
      for (const auto* g : shown) header.push_back(g->value.empty() ? "(none)" : g->value);
      std::vector<std::size_t> widths;
      for (const auto& h : header) widths.push_back(h.size());
      std::vector<std::size_t> order;  // the questions compared, in the rules' order
      for (std::size_t i = 0; i < shown.size(); ++i) {
        for (const auto& rate : shown[i]->key_questions) {
          if (i == 0) order.push_back(rate.question);
          std::string cell = "-";
          if (rate.ratio && rate.low)
            cell = fmt::format("{:.2f} ({:.2f}-{:.2f}){}", *rate.ratio, *rate.low, *rate.high, rate.excludes_one ? "*" : " ");
          else if (rate.ratio)
            cell = fmt::format("{:.2f}            ", *rate.ratio);
          if (!rate.suppressed.empty())
            reasons.push_back(fmt::format("{} {}: {}", rules.questions[rate.question].short_id, header[i], rate.suppressed));
          cells[rate.question].push_back(cell);
          widths[i] = std::max(widths[i], cell.size());
        }
      }
      std::string head = fmt::format("  {:<7}", "");
      for (std::size_t i = 0; i < shown.size(); ++i) head += fmt::format("   {:>{}}", header[i] + " ", widths[i]);
      line(head);
      for (auto q : order) {
        std::string text = fmt::format("  {:<7}", rules.questions[q].short_id);
        for (std::size_t i = 0; i < shown.size(); ++i) text += fmt::format("   {:>{}}", cells[q][i], widths[i]);
        line(text);
      }
    }
    for (const auto& reason : reasons) line(fmt::format("  {}", reason));
    if (!not_compared.empty()) line(fmt::format("  not compared: {}", fmt::join(not_compared, "; ")));
  }

  const rules::Rules& rules_;
  const engine::Result& result_;
  const engine::Analysis& a_;
  const Style& style_;
  std::string out_;
};

}  // namespace

std::string analysis(const rules::Rules& rules, const app::Rated& rated, const Style& style) {
  return AnalysisText(rules, rated, style).render();
}

}  // namespace pdurate::report::text
