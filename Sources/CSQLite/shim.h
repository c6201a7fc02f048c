#include <sqlite3.h>

/// Turns off SQLite's count of the memory it uses, which takes a process-wide lock on
/// every allocation; nothing reads the count. Effective only before SQLite is first used.
static inline int mentor_sqlite3_stop_counting_memory(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
