#include "pdurate/readers/inspection_file.hpp"

#include "pdurate/readers/case_file.hpp"
#include "pdurate/readers/inspection_yaml.hpp"
#include "pdurate/readers/source_text.hpp"

namespace pdurate::readers {

bool is_yaml_path(const std::string& path) {
  auto ends_with = [&](std::string_view suffix) {
    if (path.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i)
      if ((path[path.size() - suffix.size() + i] | 0x20) != suffix[i]) return false;
    return true;
  };
  return ends_with(".yaml") || ends_with(".yml");
}

std::optional<model::Inspection> read_inspection(const SourceText& source, const rules::Rules& rules,
                                                 util::Diagnostics& errors, CaseDetail detail,
                                                 const TableOptions& options) {
  return is_yaml_path(source.name()) ? read_inspection_yaml(source, rules, errors, detail, options)
                                     : read_case_file(source, rules, errors, detail, options);
}

}  // namespace pdurate::readers
