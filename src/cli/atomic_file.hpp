// Writing a report file so that readers never see a partial one: the text goes to a temporary
// file in the same directory, is flushed to disk, and is renamed over the target.
#pragma once

#include <string>
#include <string_view>

#include "pdurate/util/diagnostics.hpp"

namespace pdurate::cli {

// Returns false, with "cannot write FILE: REASON (STEP)" added to `errors`, when any step
// fails; the temporary file is then removed and the target left as it was. The file gets the
// usual permissions for a new file (0666 less the umask). A symlink at `path` is followed: the file
// it points to is replaced (or created), and the link stays a link.
bool write_file_atomically(const std::string& path, std::string_view text, util::Diagnostics& errors);

}  // namespace pdurate::cli
