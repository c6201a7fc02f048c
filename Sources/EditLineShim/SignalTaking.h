// Installing a signal handler in front of whatever handled the signal before, for the
// guards in TerminalGuard.c and HeldOutput.c.

#ifndef MENTOR_SIGNAL_TAKING_H
#define MENTOR_SIGNAL_TAKING_H

#include <signal.h>

/// Makes `handler` handle `signal_number`, keeping the handler it replaces in `earlier`,
/// unless the signal is ignored, which it leaves so. Returns 1 if `handler` was installed.
int mentor_take_signal(int signal_number, void (*handler)(int), struct sigaction *earlier);

#endif
