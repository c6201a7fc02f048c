// Standard output held back in memory when it is not a terminal (see StandardOutput.swift),
// kept in C so that a signal handler may write it out: the handler touches only this
// buffer, `volatile sig_atomic_t` counts and async-signal-safe calls.

#include "EditLineShim.h"
#include "SignalTaking.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

static unsigned char held[mentor_held_output_limit];
/// How many bytes of `held` are in use.
static volatile sig_atomic_t held_count = 0;
/// How many of them a write under way has written out, so a handler writes only the rest.
static volatile sig_atomic_t written_count = 0;

static const int guarded_signals[] = {SIGINT, SIGTERM, SIGHUP};
enum { guarded_count = sizeof guarded_signals / sizeof guarded_signals[0] };
static struct sigaction earlier_handlers[guarded_count];

size_t mentor_held_output_room(void) {
  return mentor_held_output_limit - (size_t)held_count;
}

void mentor_held_output_add(const unsigned char *bytes, size_t count) {
  memcpy(held + held_count, bytes, count);
  // The bytes are in place before the count that lets a handler see them.
  atomic_signal_fence(memory_order_seq_cst);
  held_count += (sig_atomic_t)count;
}

size_t mentor_held_output_count(void) {
  return (size_t)held_count;
}

/// Writes the held bytes from `written_count` on, noting each part as it is written.
static void write_rest(void) {
  while (written_count < held_count) {
    ssize_t written = write(STDOUT_FILENO, held + written_count,
                            (size_t)(held_count - written_count));
    if (written < 0) {
      if (errno == EINTR) continue;
      break;
    }
    written_count += (sig_atomic_t)written;
  }
  held_count = 0;
  written_count = 0;
}

void mentor_held_output_write(void) {
  write_rest();
}

/// Writes out what is held, then hands the signal to whoever handled it before.
static void write_and_raise_again(int signal_number) {
  int saved_errno = errno;
  write_rest();
  for (int index = 0; index < guarded_count; index++) {
    if (guarded_signals[index] == signal_number) {
      sigaction(signal_number, &earlier_handlers[index], NULL);
    }
  }
  errno = saved_errno;
  raise(signal_number);
}

void mentor_held_output_guard_begin(void) {
  for (int index = 0; index < guarded_count; index++) {
    mentor_take_signal(guarded_signals[index], write_and_raise_again, &earlier_handlers[index]);
  }
}
