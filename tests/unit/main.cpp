#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <ostream>

#include <doctest/doctest.h>
