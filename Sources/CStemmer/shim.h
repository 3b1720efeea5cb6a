#ifndef LEDE_CSTEMMER_SHIM_H
#define LEDE_CSTEMMER_SHIM_H

// Snowball's C library. On Debian and Ubuntu: `apt-get install libstemmer-dev`.
#if __has_include(<libstemmer.h>)
#include <libstemmer.h>
#else
#error "libstemmer.h not found: install Snowball's libstemmer (Debian/Ubuntu: apt-get install libstemmer-dev)"
#endif

#endif
