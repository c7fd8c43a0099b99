#include "pdurate/readers/inspection_paths.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <set>
#include <system_error>

#include "pdurate/readers/inspection_file.hpp"
#include "pdurate/readers/source_text.hpp"
#include "yaml/tree.hpp"

namespace pdurate::readers {
namespace fs = std::filesystem;
namespace {

// The files under `dir` that may be inspections (.yaml/.yml, not hidden), recursively.
void walk(const fs::path& dir, std::vector<fs::path>& files, util::Diagnostics& errors) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    errors.add({dir.string(), 0, 0}, fmt::format("cannot read the directory: {}", ec.message()));
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    if (p.filename().string().starts_with('.')) continue;
    std::error_code type_ec;
    if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) walk(p, files, errors);
    else if (it->is_regular_file(type_ec) && is_yaml_path(p.string())) files.push_back(p);
  }
  if (ec) errors.add({dir.string(), 0, 0}, fmt::format("cannot read the directory: {}", ec.message()));
}

// What identifies a file: its canonical path when it exists, else the path as given.
std::string identity(const std::string& path) {
  std::error_code ec;
  auto canonical = fs::weakly_canonical(path, ec);
  return ec ? path : canonical.string();
}

}  // namespace

bool looks_like_inspection_yaml(std::string_view text) {
  util::Diagnostics ignored;
  auto root = yaml::parse(text, "", ignored);
  if (!root) return true;
  return root->is_map() && (root->find("cases") != nullptr || root->find("ratings") != nullptr);
}

std::vector<InspectionPath> find_inspection_paths(const std::vector<std::string>& paths, util::Diagnostics& errors) {
  std::vector<InspectionPath> out;
  std::set<std::string> seen;
  auto take = [&](std::string path, bool named) {
    if (path != "-" && !seen.insert(identity(path)).second) return;
    out.push_back({std::move(path), named});
  };
  for (const auto& given : paths) {
    std::error_code ec;
    if (given == "-" || !fs::is_directory(given, ec)) {
      take(given, true);
      continue;
    }
    std::vector<fs::path> files;
    walk(given, files, errors);
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
      util::Diagnostics unreadable;  // reported when the file is read, if it is an inspection
      auto source = SourceText::open(file.string(), unreadable);
      if (!source || looks_like_inspection_yaml(source->text())) take(file.string(), false);
    }
  }
  return out;
}

}  // namespace pdurate::readers
