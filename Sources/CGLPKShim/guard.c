#include "CGLPKShim.h"

#include <glpk.h>
#include <setjmp.h>
#include <stddef.h>

/// One active guard: where to jump back to, and the guard it is nested in.
struct guard {
    jmp_buf target;
    struct guard *outer;
};

static _Thread_local struct guard *innermost;
static _Thread_local unsigned long generation;

static void on_error(void *info) {
    struct guard *guard = info;
    generation += 1;
    // GLPK's manual: after an error the environment must be freed before GLPK is used again.
    // A nested guard leaves that to the outermost one, whose GLPK routine is still running.
    if (guard->outer == NULL) glp_free_env();
    longjmp(guard->target, 1);
}

int milpkit_glpk_guard(void (*body)(void *context), void *context) {
    struct guard guard;
    guard.outer = innermost;
    unsigned long before = generation;
    innermost = &guard;
    if (setjmp(guard.target) == 0) {
        glp_error_hook(on_error, &guard);
        body(context);
    }
    innermost = guard.outer;
    int failed = generation != before;
    if (guard.outer != NULL) {
        glp_error_hook(on_error, guard.outer);
    } else if (failed) {
        // An error in a nested guard: the environment is freed now that GLPK has returned.
        if (glp_free_env() == 0) generation += 1;
    } else {
        glp_error_hook(NULL, NULL);
    }
    return failed;
}

unsigned long milpkit_glpk_generation(void) {
    return generation;
}
