#ifndef LEDE_COPENBLAS_SHIM_H
#define LEDE_COPENBLAS_SHIM_H

// CBLAS from OpenBLAS. On Debian and Ubuntu: `apt-get install libopenblas-dev`.
#if __has_include(<cblas.h>)
#include <cblas.h>
#else
#error "cblas.h not found: install OpenBLAS (Debian/Ubuntu: apt-get install libopenblas-dev)"
#endif

#include <stddef.h>

// The LAPACK routines of OpenBLAS (libopenblas exports them; no LAPACKE header is needed).
// Fortran calling convention: every argument by address, and a hidden length after the
// arguments for each character argument.
void sgesdd_(const char *jobz, const blasint *m, const blasint *n, float *a, const blasint *lda,
             float *s, float *u, const blasint *ldu, float *vt, const blasint *ldvt,
             float *work, const blasint *lwork, blasint *iwork, blasint *info, size_t jobz_length);
void sgeqrf_(const blasint *m, const blasint *n, float *a, const blasint *lda, float *tau,
             float *work, const blasint *lwork, blasint *info);
void sorgqr_(const blasint *m, const blasint *n, const blasint *k, float *a, const blasint *lda,
             const float *tau, float *work, const blasint *lwork, blasint *info);

#endif
