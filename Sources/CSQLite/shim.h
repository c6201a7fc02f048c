#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

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

// Shortcoming: the blocks a thread keeps are not given back when the thread ends, up to
// about 500 KB for each thread that freed SQLite's memory; mentor uses SQLite from one
// thread, the tests from a few.
/// SQLite's memory in small blocks, kept for reuse on the thread that freed them.
///
/// Debian's SQLite is built without its own pool of small blocks (lookaside), so each
/// statement run costs a score of `malloc` and `free` calls for its cursors and values,
/// about 230 instructions a pair. Blocks of up to `MENTOR_SMALL_LIMIT` bytes come in
/// sizes 64, 128, 256, 512 and 1024; a freed one goes on a list of its size kept by the
/// thread that frees it (so no lock is taken), up to `MENTOR_KEPT_PER_SIZE` blocks a
/// size, and the next request of that size takes it back. Larger blocks, such as pages,
/// go to `malloc` as before. Before each block lies its usable size, which SQLite asks for.
enum {
  MENTOR_SMALL_SIZES = 5,
  MENTOR_SMALL_LIMIT = 1024,
  MENTOR_KEPT_PER_SIZE = 256,
  /// Room before each block for its size, keeping the block aligned as `malloc`'s are.
  MENTOR_BLOCK_HEADER = 16,
};

/// A freed block on a thread's list.
typedef struct mentor_free_block {
  struct mentor_free_block *next;
} mentor_free_block;

/// A thread's lists of freed small blocks, by size, and how many each holds.
typedef struct mentor_kept_blocks {
  mentor_free_block *first[MENTOR_SMALL_SIZES];
  int count[MENTOR_SMALL_SIZES];
} mentor_kept_blocks;

/// The calling thread's lists. (A variable inside a function, since Swift emits the
/// functions of this header but not its variables.)
static inline mentor_kept_blocks *mentor_thread_kept_blocks(void) {
  static _Thread_local mentor_kept_blocks kept;
  return &kept;
}

/// The list a small request of `bytes` takes from: 0 for 64 bytes, up to 4 for 1024.
static inline int mentor_size_index(int bytes) {
  return bytes <= 64 ? 0 : 26 - __builtin_clz((unsigned)(bytes - 1));
}

/// The usable size of the block at `block`, as stored before it.
static inline long long mentor_block_size(void *block) {
  return *(long long *)((char *)block - MENTOR_BLOCK_HEADER);
}

static inline int mentor_roundup(int bytes) {
  if (bytes <= MENTOR_SMALL_LIMIT) return 64 << mentor_size_index(bytes);
  return (bytes + 7) & ~7;
}

static inline void *mentor_malloc(int bytes) {
  int size = mentor_roundup(bytes);
  if (size <= MENTOR_SMALL_LIMIT) {
    int index = mentor_size_index(size);
    mentor_kept_blocks *kept = mentor_thread_kept_blocks();
    mentor_free_block *block = kept->first[index];
    if (block) {
      kept->first[index] = block->next;
      kept->count[index] -= 1;
      return block;
    }
  }
  char *raw = (char *)malloc((size_t)size + MENTOR_BLOCK_HEADER);
  if (!raw) return 0;
  *(long long *)raw = size;
  return raw + MENTOR_BLOCK_HEADER;
}

static inline void mentor_free(void *block) {
  if (!block) return;
  long long size = mentor_block_size(block);
  if (size <= MENTOR_SMALL_LIMIT) {
    int index = mentor_size_index((int)size);
    mentor_kept_blocks *kept = mentor_thread_kept_blocks();
    if (kept->count[index] < MENTOR_KEPT_PER_SIZE) {
      mentor_free_block *freed = (mentor_free_block *)block;
      freed->next = kept->first[index];
      kept->first[index] = freed;
      kept->count[index] += 1;
      return;
    }
  }
  free((char *)block - MENTOR_BLOCK_HEADER);
}

static inline int mentor_size(void *block) {
  return block ? (int)mentor_block_size(block) : 0;
}

static inline void *mentor_realloc(void *block, int bytes) {
  if (!block) return mentor_malloc(bytes);
  long long size = mentor_block_size(block);
  if (bytes <= size) return block;
  void *moved = mentor_malloc(bytes);
  if (!moved) return 0;
  memcpy(moved, block, (size_t)size);
  mentor_free(block);
  return moved;
}

static inline int mentor_memory_init(void *unused) {
  (void)unused;
  return SQLITE_OK;
}

static inline void mentor_memory_shutdown(void *unused) {
  (void)unused;
}

/// Gives SQLite the allocator above. Effective only before SQLite is first used.
static inline int mentor_sqlite3_keep_small_blocks(void) {
  static const sqlite3_mem_methods methods = {
    mentor_malloc, mentor_free, mentor_realloc, mentor_size, mentor_roundup,
    mentor_memory_init, mentor_memory_shutdown, 0};
  return sqlite3_config(SQLITE_CONFIG_MALLOC, &methods);
}
