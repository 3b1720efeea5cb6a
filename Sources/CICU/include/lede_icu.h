#ifndef LEDE_ICU_H
#define LEDE_ICU_H

// ICU's dictionary-based word break iterator (ICU4C's common library, `libicuuc`), for the
// `dictionary` word mode of Chinese, Japanese and Thai. On Debian and Ubuntu:
// `apt-get install libicu-dev` (libxml2-dev depends on it already). Linked on Linux only: on other
// platforms `lede_icu_word_breaker_open` returns NULL.
//
// ICU's headers stay in word_breaker.c: Foundation carries a private copy of ICU whose types
// have the same names and different definitions, which Swift refuses to import side by side,
// and ICU renames its functions by version (`ubrk_open` is `ubrk_open_72` in ICU 72). Swift
// sees only these functions, with stable names and plain C types.

#include <stdint.h>

/// A word break iterator for the root locale (ICU's dictionaries cover Han, Kana, Thai, Lao,
/// Khmer and Burmese whatever the locale), or NULL when ICU cannot make one.
void *lede_icu_word_breaker_open(void);

/// A copy of `breaker` (safe from any thread on a breaker no one is using), or NULL.
void *lede_icu_word_breaker_clone(const void *breaker);

/// Frees `breaker`.
void lede_icu_word_breaker_close(void *breaker);

/// Points `breaker` at the UTF-16 text `text` of `length` units, which must stay valid while
/// the breaker reads it; 0 on success.
int lede_icu_word_breaker_set_text(void *breaker, const uint16_t *text, int32_t length);

/// The UTF-16 offset of the next boundary, or -1 at the end of the text.
int32_t lede_icu_word_breaker_next(void *breaker);

/// Whether the segment that ends at the current boundary is a word (a number, letters, kana or
/// ideographs), not spaces or punctuation.
int lede_icu_word_breaker_is_word(void *breaker);

#endif
