#include "cli/run.hpp"

int main(int argc, char** argv) { return pdurate::cli::run(argc, argv); }
