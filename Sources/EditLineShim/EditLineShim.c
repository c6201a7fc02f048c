// One-line wrappers that turn libedit's variadic calls into fixed-argument ones for Swift.

#define _XOPEN_SOURCE 700

#include "EditLineShim.h"

#include <wchar.h>

EditLine *mentor_el_init(const char *program) { return el_init(program, stdin, stdout, stderr); }

int mentor_el_set_prompt(EditLine *editor, char *(*prompt)(EditLine *)) {
  return el_set(editor, EL_PROMPT, prompt);
}

int mentor_el_set_editor(EditLine *editor, const char *mode) {
  return el_set(editor, EL_EDITOR, mode);
}

int mentor_el_set_signal_handling(EditLine *editor, int on) {
  return el_set(editor, EL_SIGNAL, on);
}

int mentor_el_add_function(
    EditLine *editor, const char *name, const char *help,
    unsigned char (*function)(EditLine *, int)) {
  return el_set(editor, EL_ADDFN, name, help, function);
}

int mentor_el_bind(EditLine *editor, const char *key, const char *command) {
  return el_set(editor, EL_BIND, key, command, (const char *)NULL);
}

int mentor_el_set_client_data(EditLine *editor, void *data) {
  return el_set(editor, EL_CLIENTDATA, data);
}

void *mentor_el_get_client_data(EditLine *editor) {
  void *data = NULL;
  return el_get(editor, EL_CLIENTDATA, &data) == 0 ? data : NULL;
}

int mentor_el_set_history(EditLine *editor, History *list) {
  return el_set(editor, EL_HIST, history, list);
}

int mentor_el_get_columns(EditLine *editor) {
  int columns = 0;
  return el_get(editor, EL_GETTC, "co", &columns, (void *)NULL) == 0 ? columns : 0;
}

FILE *mentor_el_get_output(EditLine *editor) {
  FILE *stream = NULL;
  return el_get(editor, EL_GETFP, 1, &stream) == 0 ? stream : NULL;
}

History *mentor_history_init(void) { return history_init(); }

void mentor_history_end(History *list) { history_end(list); }

int mentor_history_set_size(History *list, HistEvent *event, int size) {
  return history(list, event, H_SETSIZE, size);
}

int mentor_history_set_unique(History *list, HistEvent *event, int unique) {
  return history(list, event, H_SETUNIQUE, unique);
}

int mentor_history_enter(History *list, HistEvent *event, const char *line) {
  return history(list, event, H_ENTER, line);
}

int mentor_history_load(History *list, HistEvent *event, const char *path) {
  return history(list, event, H_LOAD, path);
}

int mentor_history_save_stream(History *list, HistEvent *event, FILE *stream) {
  return history(list, event, H_SAVE_FP, stream);
}

int mentor_history_oldest(History *list, HistEvent *event) {
  return history(list, event, H_LAST);
}

int mentor_history_newer(History *list, HistEvent *event) {
  return history(list, event, H_PREV);
}

int mentor_history_clear(History *list, HistEvent *event) {
  return history(list, event, H_CLEAR);
}

int mentor_wcwidth(wchar_t character) { return wcwidth(character); }

void mentor_clear_input_end(void) { clearerr(stdin); }
