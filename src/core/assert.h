// Assertions are for programmer errors only, never for input.
#ifndef NF_CORE_ASSERT_H
#define NF_CORE_ASSERT_H

#include <stdio.h>
#include <stdlib.h>

#if defined(NF_DEBUG) || defined(NF_FUZZING)
#define NF_ASSERT(cond)                                                 \
  ((cond) ? (void)0                                                     \
          : (fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__, \
                     __LINE__, #cond),                                  \
             abort()))
// Defensive branches believed unreachable: checked in debug builds,
// taken quietly in release builds.
#define NF_ALWAYS(cond) ((cond) ? 1 : (NF_ASSERT(0 && #cond), 0))
#define NF_NEVER(cond) ((cond) ? (NF_ASSERT(0 && #cond), 1) : 0)
#else
#define NF_ASSERT(cond) ((void)0)
#define NF_ALWAYS(cond) (cond)
#define NF_NEVER(cond) (cond)
#endif

#define NF_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

#endif
