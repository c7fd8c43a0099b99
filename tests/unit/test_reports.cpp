// placeholder: being written
#include <ostream>

#include <doctest/doctest.h>
