#ifndef LEDE_CZLIB_SHIM_H
#define LEDE_CZLIB_SHIM_H

// zlib, for reading gzip-compressed datasets. On Debian and Ubuntu: `apt-get install zlib1g-dev`.
#if __has_include(<zlib.h>)
#include <zlib.h>
#else
#error "zlib.h not found: install zlib (Debian/Ubuntu: apt-get install zlib1g-dev)"
#endif

#endif
