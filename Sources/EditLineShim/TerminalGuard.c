// Signal handlers for the line editor, kept in C because a handler may only touch
// async-signal-safe calls and `volatile sig_atomic_t` state.
//
// One guard and one interrupt watch exist per process: there is only one terminal.

#include "EditLineShim.h"
#include "SignalTaking.h"

#include <signal.h>
#include <string.h>
#include <termios.h>

static const int guarded_signals[] = {SIGTERM, SIGHUP};
enum { guarded_count = sizeof guarded_signals / sizeof guarded_signals[0] };

static volatile sig_atomic_t guarded_descriptor = -1;
static struct termios saved_modes;
static struct sigaction earlier_handlers[guarded_count];
static int installed[guarded_count];

static volatile sig_atomic_t interrupt_seen = 0;
static struct sigaction earlier_interrupt_handler;

/// Restores the terminal, then hands the signal to whoever handled it before the guard.
static void restore_and_raise_again(int signal_number) {
  if (guarded_descriptor >= 0) {
    tcsetattr(guarded_descriptor, TCSANOW, &saved_modes);
  }
  for (int index = 0; index < guarded_count; index++) {
    if (guarded_signals[index] == signal_number) {
      sigaction(signal_number, &earlier_handlers[index], NULL);
      installed[index] = 0;
    }
  }
  raise(signal_number);
}

int mentor_terminal_guard_begin(int descriptor) {
  if (guarded_descriptor >= 0 || tcgetattr(descriptor, &saved_modes) != 0) {
    return -1;
  }
  guarded_descriptor = descriptor;

  for (int index = 0; index < guarded_count; index++) {
    installed[index] = mentor_take_signal(
        guarded_signals[index], restore_and_raise_again, &earlier_handlers[index]);
  }
  return 0;
}

void mentor_terminal_guard_end(void) {
  if (guarded_descriptor < 0) {
    return;
  }
  for (int index = 0; index < guarded_count; index++) {
    if (installed[index]) {
      sigaction(guarded_signals[index], &earlier_handlers[index], NULL);
      installed[index] = 0;
    }
  }
  tcsetattr(guarded_descriptor, TCSANOW, &saved_modes);
  guarded_descriptor = -1;
}

/// Records that SIGINT came; the interrupted `read` reports it to the caller.
static void note_interrupt(int signal_number) {
  (void)signal_number;
  interrupt_seen = 1;
}

int mentor_interrupt_watch_begin(void) {
  struct sigaction handler;
  memset(&handler, 0, sizeof handler);
  handler.sa_handler = note_interrupt;
  sigemptyset(&handler.sa_mask);
  interrupt_seen = 0;
  return sigaction(SIGINT, &handler, &earlier_interrupt_handler);
}

int mentor_interrupt_watch_end(void) {
  sigaction(SIGINT, &earlier_interrupt_handler, NULL);
  return interrupt_seen ? 1 : 0;
}

int mentor_take_signal(int signal_number, void (*handler)(int), struct sigaction *earlier) {
  struct sigaction current;
  if (sigaction(signal_number, NULL, &current) != 0 || current.sa_handler == SIG_IGN) {
    return 0;
  }
  struct sigaction taking;
  memset(&taking, 0, sizeof taking);
  taking.sa_handler = handler;
  sigemptyset(&taking.sa_mask);
  return sigaction(signal_number, &taking, earlier) == 0;
}
