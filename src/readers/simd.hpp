// Whether the SSE2 paths of the CSV reader are compiled: on x86-64, where SSE2 is always
// present, unless the build asks for the portable paths (-DPDURATE_NO_SIMD=ON), as other
// processors get them; the `portable` preset builds and tests those on x86-64 too.
#pragma once

#if defined(__SSE2__) && !defined(PDURATE_NO_SIMD)
#define PDURATE_SSE2 1
#include <emmintrin.h>
#endif
