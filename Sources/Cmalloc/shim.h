// glibc's allocator tuning (mallopt), which Glibc's Swift module does not export.
// Used only by Sources/SiteGenCore/Support/ProcessMemory.swift.
#if defined(__linux__) && __has_include(<malloc.h>)
#include <malloc.h>
#endif
