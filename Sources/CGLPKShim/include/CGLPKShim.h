#ifndef CGLPKSHIM_H
#define CGLPKSHIM_H

/// Calls `body(context)` with GLPK's error hook installed, so that a GLPK error, which would
/// otherwise abort the process, makes this function return 1 instead of 0.
///
/// GLPK's message reaches the terminal hook before the jump. An error invalidates every GLPK
/// object of the calling thread: when this call is the outermost guard on the thread, the
/// thread's GLPK environment has been freed by the time it returns. A guard nested inside
/// another (a callback of a guarded `glp_intopt`) returns 1 without freeing the environment, so
/// that the outer GLPK routine can be stopped and return; the outer guard then frees it and
/// returns 1 as well. `body` must not leave state behind in frames a jump could skip.
int milpkit_glpk_guard(void (*body)(void *context), void *context);

/// A number that changes whenever GLPK objects made earlier on the calling thread became
/// invalid because GLPK reported an error; such objects must not be used or deleted.
unsigned long milpkit_glpk_generation(void);

#endif
