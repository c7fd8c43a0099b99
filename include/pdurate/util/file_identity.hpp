// Whether two paths name the same file, by what the file system says (device and inode, symlinks
// followed) rather than by spelling: cases.csv, ./cases.csv and a link to it are one file.
#pragma once

#include <optional>
#include <string>

namespace pdurate::util {

struct FileId {
  unsigned long long device = 0;
  unsigned long long inode = 0;
  bool operator==(const FileId&) const = default;
};

// The identity of the file `path` names, following symlinks; nullopt when there is none (no
// such file, a dangling link, no permission to look).
std::optional<FileId> file_id(const std::string& path);

// Both paths name one existing file. False when either names none: a file yet to be written
// cannot be an input.
bool same_file(const std::string& a, const std::string& b);

}  // namespace pdurate::util
