#ifndef MENTOR_EDIT_LINE_SHIM_H
#define MENTOR_EDIT_LINE_SHIM_H

/// Fixed-argument doors into libedit for Swift, which cannot call C variadic functions.
///
/// Each wrapper is one call; its comment names the libedit call and operation behind it.
/// The terminal guard at the end is plain C because signal handlers must be.

#include <histedit.h>
#include <stdio.h>

// MARK: - Line editor

/// Starts a line editor on the standard streams: `el_init(program, stdin, stdout, stderr)`.
EditLine *mentor_el_init(const char *program);

/// Clears the end-of-file mark Ctrl-D leaves on standard input, so that the next read
/// waits for the keyboard again: `clearerr(stdin)`.
void mentor_clear_input_end(void);

/// Sets the function that returns the prompt: `el_set(EL_PROMPT)`.
int mentor_el_set_prompt(EditLine *editor, char *(*prompt)(EditLine *));

/// Chooses the key bindings, "emacs" or "vi": `el_set(EL_EDITOR)`.
int mentor_el_set_editor(EditLine *editor, const char *mode);

/// Lets libedit handle signals while it reads a line when `on` is 1: `el_set(EL_SIGNAL)`.
int mentor_el_set_signal_handling(EditLine *editor, int on);

/// Adds a named editor command that a key can be bound to: `el_set(EL_ADDFN)`.
int mentor_el_add_function(
    EditLine *editor, const char *name, const char *help,
    unsigned char (*function)(EditLine *, int));

/// Binds one key sequence to a named editor command: `el_set(EL_BIND, key, command, NULL)`.
int mentor_el_bind(EditLine *editor, const char *key, const char *command);

/// Stores a pointer for the callbacks to find: `el_set(EL_CLIENTDATA)`.
int mentor_el_set_client_data(EditLine *editor, void *data);

/// Returns the pointer stored by `mentor_el_set_client_data`, or NULL: `el_get(EL_CLIENTDATA)`.
void *mentor_el_get_client_data(EditLine *editor);

/// Connects a history list so that Up and Down walk it: `el_set(EL_HIST, history, list)`.
int mentor_el_set_history(EditLine *editor, History *list);

/// Returns the terminal width in columns, or 0 if unknown: `el_get(EL_GETTC, "co")`.
int mentor_el_get_columns(EditLine *editor);

/// Returns the stream the editor writes to: `el_get(EL_GETFP, 1)`.
FILE *mentor_el_get_output(EditLine *editor);

// MARK: - History list

/// Creates an empty history list: `history_init`.
History *mentor_history_init(void);

/// Frees a history list: `history_end`.
void mentor_history_end(History *list);

/// Keeps at most `size` entries, dropping the oldest: `history(H_SETSIZE)`.
int mentor_history_set_size(History *list, HistEvent *event, int size);

/// Skips an entry equal to the one before it when `unique` is 1: `history(H_SETUNIQUE)`.
int mentor_history_set_unique(History *list, HistEvent *event, int unique);

/// Adds a new newest entry: `history(H_ENTER)`.
int mentor_history_enter(History *list, HistEvent *event, const char *line);

/// Reads entries from a file written by `history(H_SAVE)`: `history(H_LOAD)`.
int mentor_history_load(History *list, HistEvent *event, const char *path);

/// Writes all entries to an open stream in libedit's file format: `history(H_SAVE_FP)`.
int mentor_history_save_stream(History *list, HistEvent *event, FILE *stream);

/// Moves to the oldest entry and returns it in `event`: `history(H_LAST)`.
int mentor_history_oldest(History *list, HistEvent *event);

/// Moves to the next newer entry and returns it in `event`: `history(H_PREV)`.
int mentor_history_newer(History *list, HistEvent *event);

/// Removes every entry: `history(H_CLEAR)`.
int mentor_history_clear(History *list, HistEvent *event);

// MARK: - Text

/// Returns how many terminal columns a character takes, or -1 if it is not printable:
/// `wcwidth`, which Swift does not see in the C library module.
int mentor_wcwidth(wchar_t character);

// MARK: - Terminal guard (TerminalGuard.c)

/// Saves the modes of the terminal on `descriptor` and restores them on SIGTERM or SIGHUP.
///
/// The handler puts the saved modes back, reinstalls the handler that was there before
/// and raises the signal again, so the process still ends the way it would have.
/// A signal that was ignored stays ignored. Returns -1 if a guard is already active or
/// the modes cannot be read.
int mentor_terminal_guard_begin(int descriptor);

/// Puts the saved terminal modes back and the earlier SIGTERM and SIGHUP handlers.
void mentor_terminal_guard_end(void);

/// Catches SIGINT in a handler that only records it, without restarting system calls.
///
/// A `read` that is waiting when the signal comes then fails with EINTR.
int mentor_interrupt_watch_begin(void);

/// Puts the earlier SIGINT handler back and returns 1 if SIGINT came since the watch began.
int mentor_interrupt_watch_end(void);

// MARK: - Held output (HeldOutput.c)

/// How many bytes of standard output may be held back.
enum { mentor_held_output_limit = 64 * 1024 };

/// How many more bytes may be held back now.
size_t mentor_held_output_room(void);

/// Holds back `count` bytes, which must fit in the room left.
void mentor_held_output_add(const unsigned char *bytes, size_t count);

/// How many bytes are held back.
size_t mentor_held_output_count(void);

/// Writes everything held back to standard output, retrying interrupted writes.
void mentor_held_output_write(void);

/// Writes what is held back when SIGINT, SIGTERM or SIGHUP ends the process.
///
/// The handler writes out the held bytes not yet written, reinstalls the handler that was
/// there before and raises the signal again, so the process still ends the way it would
/// have. A signal that was ignored stays ignored; one that a later handler (the prompt's
/// Ctrl-C) takes over never reaches this one.
void mentor_held_output_guard_begin(void);

#endif
