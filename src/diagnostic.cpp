#include "pdurate/diagnostic.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <tuple>

namespace pdurate {

std::string format(const Diagnostic& d) {
  const auto& w = d.where;
  if (w.file.empty()) return d.message;
  if (w.line == 0) return fmt::format("{}: {}", w.file, d.message);
  if (w.column == 0) return fmt::format("{}:{}: {}", w.file, w.line, d.message);
  return fmt::format("{}:{}:{}: {}", w.file, w.line, w.column, d.message);
}

void Diagnostics::add(Location where, std::string message) {
  items_.push_back(Diagnostic{std::move(where), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  auto out = items_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.line, b.where.column);
  });
  return out;
}

}  // namespace pdurate
