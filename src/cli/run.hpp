// The command line: parses the arguments and runs the command they name. The only place
// exceptions are caught.
#pragma once

namespace pdurate::cli {

int run(int argc, char** argv);

}  // namespace pdurate::cli
