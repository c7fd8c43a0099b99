#include "pdurate/util/diagnostics.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <utility>

namespace pdurate::util {

namespace {

bool control(char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; }

// Control characters made visible, so that a problem is one line and shows what the file holds.
std::string one_line(std::string text) {
  if (std::none_of(text.begin(), text.end(), control)) return text;
  std::string out;
  for (const char c : text) {
    if (c == '\r') out += "\\r";
    else if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (control(c)) out += fmt::format("\\x{:02X}", static_cast<unsigned char>(c));
    else out += c;
  }
  return out;
}

std::string place_and_message(const Diagnostic& d) {
  const auto& w = d.where;
  if (w.file.empty()) return d.message;
  if (!w.label.empty()) return fmt::format("{}:{}: {}", w.file, w.label, d.message);
  if (w.line == 0) return fmt::format("{}: {}", w.file, d.message);
  if (w.column == 0) return fmt::format("{}:{}: {}", w.file, w.line, d.message);
  return fmt::format("{}:{}:{}: {}", w.file, w.line, w.column, d.message);
}

}  // namespace

std::string format(const Diagnostic& d) { return one_line(place_and_message(d)); }

// The first kListedPerFile by line and column, in that order (stable: same place, order added).
void Diagnostics::keep_first(std::vector<Diagnostic>& kept) {
  std::stable_sort(kept.begin(), kept.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
  });
  if (kept.size() > kListedPerFile) kept.resize(kListedPerFile);
}

void Diagnostics::add(const Origin& origin, std::string message) {
  if (!origin.context.empty()) message = fmt::format("{}: {}", origin.context, message);
  if (runs_.empty() || runs_.back().file != origin.where.file) runs_.push_back({origin.where.file, {}, 0});
  Run& run = runs_.back();
  run.kept.push_back({origin.where, std::move(message)});
  ++run.count;
  ++count_;
  if (run.kept.size() > 2 * kListedPerFile) keep_first(run.kept);
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& run : other.runs_) {
    if (!runs_.empty() && runs_.back().file == run.file) {
      runs_.back().kept.insert(runs_.back().kept.end(), run.kept.begin(), run.kept.end());
      runs_.back().count += run.count;
      keep_first(runs_.back().kept);
    } else {
      runs_.push_back(run);
    }
  }
  count_ += other.count_;
}

std::vector<Diagnostic> Diagnostics::listed() const {
  std::vector<Diagnostic> out;
  for (const auto& run : runs_) {
    auto kept = run.kept;
    keep_first(kept);
    out.insert(out.end(), kept.begin(), kept.end());
    if (run.count > kept.size())
      out.push_back({{run.file, 0, 0}, fmt::format("{} more problems not listed", run.count - kept.size())});
  }
  return out;
}

}  // namespace pdurate::util
