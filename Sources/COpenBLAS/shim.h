#ifndef LEDE_COPENBLAS_SHIM_H
#define LEDE_COPENBLAS_SHIM_H

// CBLAS from OpenBLAS. On Debian and Ubuntu: `apt-get install libopenblas-dev`.
#if __has_include(<cblas.h>)
#include <cblas.h>
#else
#error "cblas.h not found: install OpenBLAS (Debian/Ubuntu: apt-get install libopenblas-dev)"
#endif

#endif
