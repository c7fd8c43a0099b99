#include "readers/xlsx/workbook_parts.hpp"

#include <fmt/format.h>
#include <unordered_map>

#include "readers/xlsx/xml_stream.hpp"

namespace pdurate::readers::xlsx {
namespace {

constexpr std::string_view kWorkbookPart = "xl/workbook.xml";
constexpr std::string_view kRelationshipsPart = "xl/_rels/workbook.xml.rels";

struct ListedSheet {
  std::string name;
  std::string relationship;
};

// xl/workbook.xml: <workbookPr date1904=...> and <sheets><sheet name=... r:id=...>.
class WorkbookHandler : public XmlHandler {
 public:
  explicit WorkbookHandler(const Limits& limits) : limits_(limits) {}
  void start(std::string_view name, const char* const* attributes) override {
    if (name == "workbookPr") {
      const auto v = attribute(attributes, "date1904");
      date1904 = v && (*v == "1" || *v == "true");
    } else if (name == "sheets") {
      ++in_sheets_;
    } else if (name == "sheet" && in_sheets_ > 0) {
      add(attribute(attributes, "name"), attribute(attributes, "id"));
    }
  }
  void end(std::string_view name) override {
    if (name == "sheets") --in_sheets_;
  }
  void text(std::string_view) override {}

  std::vector<ListedSheet> sheets;
  bool date1904 = false;

 private:
  void add(std::optional<std::string_view> name, std::optional<std::string_view> id) {
    std::string wrong;
    if (!name || !id) wrong = "a sheet without a name or relationship id";
    else if (name->size() > kMaxNameBytes || id->size() > kMaxNameBytes) wrong = fmt::format("a sheet name or id longer than {}", byte_count(kMaxNameBytes));
    else if (sheets.size() >= limits_.entries) wrong = fmt::format("more than {} sheets", limits_.entries);
    if (wrong.empty()) return sheets.push_back({std::string(*name), std::string(*id)});
    fail({0, SIZE_MAX, fmt::format("{} lists {}: {}", kWorkbookPart, wrong, kDamaged)});
  }
  const Limits& limits_;
  std::size_t in_sheets_ = 0;
};

// xl/_rels/workbook.xml.rels: the targets of the relationships the sheets name, and of the
// first shared strings and styles relationships.
class RelationshipsHandler : public XmlHandler {
 public:
  explicit RelationshipsHandler(std::unordered_map<std::string, std::optional<std::string>>& targets) : targets_(targets) {}
  void start(std::string_view name, const char* const* attributes) override {
    if (name != "Relationship" || attribute(attributes, "TargetMode") == "External") return;
    const auto id = attribute(attributes, "Id"), type = attribute(attributes, "Type"), target = attribute(attributes, "Target");
    if (!id || !type || !target) return;
    if (target->size() > kMaxNameBytes)
      return fail({0, SIZE_MAX, fmt::format("{} has a target longer than {}: {}", kRelationshipsPart,
                                            byte_count(kMaxNameBytes), kDamaged)});
    const auto found = targets_.find(std::string(*id));
    if (found != targets_.end() && !found->second) found->second = resolve_target("xl/", *target);
    if (type->ends_with("/sharedStrings") && shared_strings.empty()) shared_strings = resolve_target("xl/", *target);
    if (type->ends_with("/styles") && styles.empty()) styles = resolve_target("xl/", *target);
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}

  std::string shared_strings, styles;

 private:
  std::unordered_map<std::string, std::optional<std::string>>& targets_;
};

// What a zip without xl/workbook.xml is, as far as its parts tell.
std::string not_a_workbook(const ZipArchive& archive) {
  if (archive.contains("xl/workbook.bin"))
    return "an Excel binary workbook (.xlsb), not an .xlsx file: it has no xl/workbook.xml; save it from Excel as "
           "Excel Workbook (.xlsx)";
  if (archive.contains("word/document.xml")) return "a Word document, not an Excel workbook: it has no xl/workbook.xml";
  if (archive.contains("ppt/presentation.xml")) return "a PowerPoint presentation, not an Excel workbook: it has no xl/workbook.xml";
  if (archive.contains("content.xml"))
    return "an OpenDocument file (.ods?), not an Excel workbook: it has no xl/workbook.xml; "
           "open it in LibreOffice and save it as Excel 2007-365 (.xlsx)";
  return "not an Excel workbook: it has no xl/workbook.xml; save it from Excel as Excel Workbook (.xlsx)";
}

// Each listed sheet's part, checked to be in the archive.
bool find_sheet_parts(const ZipArchive& archive, const std::vector<ListedSheet>& listed,
                      const std::unordered_map<std::string, std::optional<std::string>>& targets,
                      WorkbookParts& parts, Problem& problem) {
  for (const auto& sheet : listed) {
    const auto& target = targets.at(sheet.relationship);
    if (!target) {
      problem = {0, SIZE_MAX, fmt::format("{} lists sheet \"{}\" with relationship {}, which {} does not have: {}",
                                          kWorkbookPart, sheet.name, sheet.relationship, kRelationshipsPart, kDamaged)};
      return false;
    }
    if (!archive.contains(*target)) {
      problem = {0, SIZE_MAX, fmt::format("sheet \"{}\" should be in {}, which the workbook does not have: {}",
                                          sheet.name, *target, kDamaged)};
      return false;
    }
    parts.sheets.push_back({sheet.name, *target});
  }
  return true;
}

}  // namespace

std::string resolve_target(std::string_view folder, std::string_view target) {
  const std::string path = target.starts_with('/') ? std::string(target.substr(1)) : std::string(folder).append(target);
  std::vector<std::string_view> segments;
  for (std::size_t at = 0; at <= path.size();) {
    const std::size_t slash = std::min(path.find('/', at), path.size());
    const std::string_view segment(path.data() + at, slash - at);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    at = slash + 1;
  }
  std::string resolved;
  for (const auto segment : segments) resolved.append(resolved.empty() ? "" : "/").append(segment);
  return resolved;
}

std::optional<WorkbookParts> read_workbook_parts(const ZipArchive& archive, const Limits& limits, Problem& problem) {
  if (!archive.contains(kWorkbookPart)) {
    problem = {0, SIZE_MAX, not_a_workbook(archive)};
    return std::nullopt;
  }
  WorkbookHandler workbook(limits);
  if (!parse_part(archive, kWorkbookPart, workbook, problem)) return std::nullopt;
  if (workbook.sheets.empty()) {
    problem = {0, SIZE_MAX, fmt::format("{} lists no sheets: {}", kWorkbookPart, kDamaged)};
    return std::nullopt;
  }
  std::unordered_map<std::string, std::optional<std::string>> targets;
  for (const auto& sheet : workbook.sheets) targets.emplace(sheet.relationship, std::nullopt);
  RelationshipsHandler relationships(targets);
  if (!archive.contains(kRelationshipsPart)) {
    problem = {0, SIZE_MAX, fmt::format("the workbook has no {}, which says where its sheets are: {}", kRelationshipsPart, kDamaged)};
    return std::nullopt;
  }
  if (!parse_part(archive, kRelationshipsPart, relationships, problem)) return std::nullopt;
  WorkbookParts parts;
  parts.date1904 = workbook.date1904;
  if (!find_sheet_parts(archive, workbook.sheets, targets, parts, problem)) return std::nullopt;
  // Without a relationship, the usual names, if the archive has them.
  parts.shared_strings = !relationships.shared_strings.empty() ? relationships.shared_strings
                         : archive.contains("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : "";
  parts.styles = !relationships.styles.empty() ? relationships.styles
                 : archive.contains("xl/styles.xml") ? "xl/styles.xml" : "";
  return parts;
}

}  // namespace pdurate::readers::xlsx
