#include "lede_icu.h"

// ICU is linked on Linux (Package.swift); elsewhere there is no iterator and the dictionary word
// mode falls back to character pairs.
#if defined(__linux__)
#if __has_include(<unicode/ubrk.h>)
#include <unicode/ubrk.h>
#else
#error "unicode/ubrk.h not found: install ICU (Debian/Ubuntu: apt-get install libicu-dev)"
#endif

void *lede_icu_word_breaker_open(void) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *breaker = ubrk_open(UBRK_WORD, "", NULL, 0, &status);
    if (U_FAILURE(status)) {
        if (breaker != NULL) ubrk_close(breaker);
        return NULL;
    }
    return breaker;
}

void *lede_icu_word_breaker_clone(const void *breaker) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *copy = ubrk_clone((const UBreakIterator *)breaker, &status);
    if (U_FAILURE(status)) {
        if (copy != NULL) ubrk_close(copy);
        return NULL;
    }
    return copy;
}

void lede_icu_word_breaker_close(void *breaker) {
    ubrk_close((UBreakIterator *)breaker);
}

int lede_icu_word_breaker_set_text(void *breaker, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)breaker, (const UChar *)text, length, &status);
    return U_FAILURE(status) ? -1 : 0;
}

int32_t lede_icu_word_breaker_next(void *breaker) {
    int32_t boundary = ubrk_next((UBreakIterator *)breaker);
    return boundary == UBRK_DONE ? -1 : boundary;
}

int lede_icu_word_breaker_is_word(void *breaker) {
    return ubrk_getRuleStatus((UBreakIterator *)breaker) >= UBRK_WORD_NONE_LIMIT;
}

#else

void *lede_icu_word_breaker_open(void) { return NULL; }
void *lede_icu_word_breaker_clone(const void *breaker) { (void)breaker; return NULL; }
void lede_icu_word_breaker_close(void *breaker) { (void)breaker; }
int lede_icu_word_breaker_set_text(void *breaker, const uint16_t *text, int32_t length) {
    (void)breaker; (void)text; (void)length;
    return -1;
}
int32_t lede_icu_word_breaker_next(void *breaker) { (void)breaker; return -1; }
int lede_icu_word_breaker_is_word(void *breaker) { (void)breaker; return 0; }

#endif
