// dirent-guard: an LD_PRELOAD shim that makes reading past a directory entry's name fault.
//
// glibc guarantees a `struct dirent` only up to the NUL that ends `d_name` (`d_reclen` bytes
// in all); code that copies the whole 256-byte `d_name` array reads bytes that may not be
// mapped. This shim returns every entry from `readdir`/`readdir64` in a buffer of its own,
// placed so that the name's NUL is within the last 8 bytes of a page whose next page is
// PROT_NONE: a bounded read works, an overread dies with SIGSEGV at once.
//
// Built by the test that uses it: cc -shared -fPIC -o dirent-guard.so dirent-guard.c -ldl
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/// One guarded buffer per open DIR, so an entry stays valid until the next readdir of the
/// same DIR (POSIX), even while other folders are read.
struct slot {
    DIR *directory;
    char *page;  // two pages: the first read-write, the second PROT_NONE
};

enum { slot_count = 4096 };
static struct slot slots[slot_count];
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static char *page_for(DIR *directory) {
    long size = sysconf(_SC_PAGESIZE);
    char *page = NULL;
    pthread_mutex_lock(&lock);
    int free_index = -1;
    for (int i = 0; i < slot_count; i++) {
        if (slots[i].directory == directory) { page = slots[i].page; break; }
        if (free_index < 0 && slots[i].directory == NULL) free_index = i;
    }
    if (page == NULL && free_index >= 0) {
        void *mapped = mmap(NULL, 2 * size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (mapped != MAP_FAILED) {
            mprotect((char *)mapped + size, size, PROT_NONE);
            slots[free_index].directory = directory;
            slots[free_index].page = page = mapped;
        }
    }
    pthread_mutex_unlock(&lock);
    return page;
}

static void release(DIR *directory) {
    long size = sysconf(_SC_PAGESIZE);
    pthread_mutex_lock(&lock);
    for (int i = 0; i < slot_count; i++) {
        if (slots[i].directory == directory) {
            munmap(slots[i].page, 2 * size);
            slots[i].directory = NULL;
            slots[i].page = NULL;
        }
    }
    pthread_mutex_unlock(&lock);
}

/// Copies `entry` to the end of the DIR's guarded page; `d_reclen` covers exactly the name
/// and its NUL.
static void *guard(DIR *directory, const void *entry, size_t name_offset, size_t header_size) {
    if (entry == NULL) return NULL;
    char *page = page_for(directory);
    if (page == NULL) return (void *)entry;
    long size = sysconf(_SC_PAGESIZE);
    const char *name = (const char *)entry + name_offset;
    size_t length = strlen(name);
    size_t record = name_offset + length + 1;
    char *start = page + size - record;
    start = (char *)((uintptr_t)start & ~(uintptr_t)7);  // keep the struct's fields aligned
    memset(page, 0, size);
    memcpy(start, entry, header_size);
    memcpy(start + name_offset, name, length + 1);
    unsigned short reclen = (unsigned short)record;
    memcpy(start + offsetof(struct dirent, d_reclen), &reclen, sizeof reclen);
    return start;
}

struct dirent *readdir(DIR *directory) {
    static struct dirent *(*real)(DIR *);
    if (real == NULL) real = (struct dirent *(*)(DIR *))dlsym(RTLD_NEXT, "readdir");
    return guard(directory, real(directory), offsetof(struct dirent, d_name), offsetof(struct dirent, d_name));
}

struct dirent64 *readdir64(DIR *directory) {
    static struct dirent64 *(*real)(DIR *);
    if (real == NULL) real = (struct dirent64 *(*)(DIR *))dlsym(RTLD_NEXT, "readdir64");
    return guard(directory, real(directory), offsetof(struct dirent64, d_name), offsetof(struct dirent64, d_name));
}

int closedir(DIR *directory) {
    static int (*real)(DIR *);
    if (real == NULL) real = (int (*)(DIR *))dlsym(RTLD_NEXT, "closedir");
    release(directory);
    return real(directory);
}
