// The command line: parses arguments and dispatches. The only place exceptions are caught.
#pragma once

namespace pdurate::cli {

int run(int argc, char** argv);

}  // namespace pdurate::cli
