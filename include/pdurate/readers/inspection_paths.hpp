// Finding the inspections under the paths a user gives (pdu-rate check, diff, and rating many
// inspections at once).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pdurate/util/diagnostics.hpp"

namespace pdurate::readers {

struct InspectionPath {
  std::string path;    // as given, or DIR/SUB/NAME for a file found under a directory given as DIR
  bool named = false;  // given directly, not found by searching a directory
};

// Expands `paths` in order:
//  - A path that is not a directory (a file of any kind, "-", or one that does not exist) is
//    taken as given, so that reading it reports its problems in the usual way.
//  - A directory is searched recursively for inspection files: .yaml/.yml files for which
//    looks_like_inspection_yaml() holds (so rules files and CI configuration are passed over).
//    CSV files are not taken from directories: the inspection file that names a CSV rates it,
//    and a bare CSV must be named. Entries whose name starts with '.' are skipped, and symbolic
//    links to directories are not followed. The files found come sorted by path.
//  - A file reached twice (named twice, or under a directory and its parent) is kept once, at
//    its first place.
// A directory that cannot be read adds a diagnostic; the search goes on with the others.
std::vector<InspectionPath> find_inspection_paths(const std::vector<std::string>& paths, util::Diagnostics& errors);

// True when YAML text is an inspection file: its top level is a mapping with a `cases` key.
// Text that is not valid YAML counts as one too, so a broken inspection file is reported when
// it is read rather than silently passed over.
bool looks_like_inspection_yaml(std::string_view text);

}  // namespace pdurate::readers
