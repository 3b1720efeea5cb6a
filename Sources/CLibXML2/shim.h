#ifndef LEDE_CLIBXML2_SHIM_H
#define LEDE_CLIBXML2_SHIM_H

// libxml2's HTML parser, for extracting articles from web pages.
// On Debian and Ubuntu: `apt-get install libxml2-dev`; on macOS it ships with the SDK.
#if __has_include(<libxml/HTMLparser.h>)
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its ICU headers clash with Foundation's copy of ICU. Lede uses
// no ICU converter structure, so the converter fields are left out of the declarations.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#else
#error "libxml/HTMLparser.h not found: install libxml2 (Debian/Ubuntu: apt-get install libxml2-dev)"
#endif

#endif
