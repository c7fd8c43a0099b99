#include "pdurate/util/file_identity.hpp"

#include <sys/stat.h>

namespace pdurate::util {

std::optional<FileId> file_id(const std::string& path) {
  struct stat st {};
  if (path.empty() || ::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileId{static_cast<unsigned long long>(st.st_dev), static_cast<unsigned long long>(st.st_ino)};
}

bool same_file(const std::string& a, const std::string& b) {
  const auto first = file_id(a);
  return first && first == file_id(b);
}

}  // namespace pdurate::util
