#include <sqlite3.h>

/// Turns off SQLite's count of the memory it uses, which takes a process-wide lock on
/// every allocation; nothing reads the count. Effective only before SQLite is first used.
static inline int mentor_sqlite3_stop_counting_memory(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

/// Keeps statement journals and savepoints' sub-journals in memory until they pass `bytes`,
/// instead of SQLite's 64 KiB, past which each page a savepoint first changes costs two
/// writes to a temporary file. Effective only before SQLite is first used.
static inline int mentor_sqlite3_keep_journals_in_memory_up_to(int bytes) {
  return sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, bytes);
}
