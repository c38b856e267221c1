/*
 * libvips for Swift, loaded on first use.
 *
 * libvips links about a hundred shared libraries (poppler, librsvg, ImageMagick, …); loading
 * them costs a process tens of milliseconds at start, more than a small site takes to build.
 * So sitegen does not link libvips: `cvips_load` opens it with dlopen the first time a site
 * has an image, and every call below goes through the function pointers it found. The
 * headers (libvips-dev, found by pkg-config) give those pointers their exact C types.
 *
 * Swift cannot call C's variadic functions, and most libvips operations are variadic
 * (optional arguments as name/value pairs ending in NULL), so each operation sitegen uses
 * gets one fixed-argument adapter here. Nothing here holds state or decides anything:
 * SiteGenCore/Images/LibVips.swift is the only caller and owns every pointer.
 */
#include <dlfcn.h>
#include <vips/vips.h>

/* The libvips and GLib functions sitegen calls, as found in the loaded library. */
typedef struct CvipsAPI {
    __typeof__(vips_init) *init;
    __typeof__(vips_version) *version;
    __typeof__(vips_concurrency_set) *concurrency_set;
    __typeof__(vips_cache_set_max) *cache_set_max;
    __typeof__(vips_cache_set_max_mem) *cache_set_max_mem;
    __typeof__(vips_cache_set_max_files) *cache_set_max_files;
    __typeof__(vips_block_untrusted_set) *block_untrusted_set;
    __typeof__(g_log_set_handler) *log_set_handler;
    __typeof__(vips_foreign_find_load_buffer) *find_load_buffer;
    __typeof__(vips_image_new_from_buffer) *new_from_buffer;
    __typeof__(vips_thumbnail_buffer) *thumbnail_buffer;
    __typeof__(vips_thumbnail_image) *thumbnail_image;
    __typeof__(vips_image_copy_memory) *copy_memory;
    __typeof__(vips_image_write_to_memory) *write_to_memory;
    __typeof__(vips_image_get_width) *get_width;
    __typeof__(vips_image_get_height) *get_height;
    __typeof__(vips_image_get_bands) *get_bands;
    __typeof__(vips_image_get_format) *get_format;
    __typeof__(vips_image_get_orientation_swap) *get_orientation_swap;
    __typeof__(vips_image_hasalpha) *hasalpha;
    __typeof__(vips_image_get_n_pages) *get_n_pages;
    __typeof__(vips_image_get_fields) *get_fields;
    __typeof__(vips_image_remove) *remove_field;
    __typeof__(vips_colourspace) *colourspace;
    __typeof__(vips_cast_uchar) *cast_uchar;
    __typeof__(vips_webpsave_buffer) *webpsave_buffer;
    __typeof__(vips_heifsave_buffer) *heifsave_buffer;
    __typeof__(vips_jpegsave_buffer) *jpegsave_buffer;
    __typeof__(vips_pngsave_buffer) *pngsave_buffer;
    __typeof__(vips_error_clear) *error_clear;
    __typeof__(vips_error_buffer_copy) *error_buffer_copy;
    __typeof__(g_object_unref) *object_unref;
    __typeof__(g_free) *free;
    __typeof__(g_strfreev) *strfreev;
} CvipsAPI;

/* Drops libvips' GLib warnings (e.g. "heifload: ignoring nclx profile"): sitegen reports
 * problems itself, as diagnostics. */
static void cvips_ignore_log(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data) {
    (void)domain; (void)level; (void)message; (void)data;
}

/* Opens libvips and fills `api`; 0 on success, -1 when the library is missing, -2 when a
 * function is (an older libvips). The library stays loaded for the life of the process. */
static inline int cvips_load(CvipsAPI *api) {
    void *library = dlopen("libvips.so.42", RTLD_NOW | RTLD_LOCAL);
    if (!library) library = dlopen("libvips.42.dylib", RTLD_NOW | RTLD_LOCAL);
    if (!library) return -1;
#define CVIPS_FIND(field, name) if (!(api->field = (__typeof__(api->field))dlsym(library, name))) return -2
    CVIPS_FIND(init, "vips_init"); CVIPS_FIND(version, "vips_version");
    CVIPS_FIND(concurrency_set, "vips_concurrency_set"); CVIPS_FIND(cache_set_max, "vips_cache_set_max");
    CVIPS_FIND(cache_set_max_mem, "vips_cache_set_max_mem"); CVIPS_FIND(cache_set_max_files, "vips_cache_set_max_files");
    CVIPS_FIND(block_untrusted_set, "vips_block_untrusted_set"); CVIPS_FIND(log_set_handler, "g_log_set_handler");
    CVIPS_FIND(find_load_buffer, "vips_foreign_find_load_buffer"); CVIPS_FIND(new_from_buffer, "vips_image_new_from_buffer");
    CVIPS_FIND(thumbnail_buffer, "vips_thumbnail_buffer"); CVIPS_FIND(thumbnail_image, "vips_thumbnail_image");
    CVIPS_FIND(copy_memory, "vips_image_copy_memory");
    CVIPS_FIND(write_to_memory, "vips_image_write_to_memory"); CVIPS_FIND(get_width, "vips_image_get_width");
    CVIPS_FIND(get_height, "vips_image_get_height"); CVIPS_FIND(get_bands, "vips_image_get_bands");
    CVIPS_FIND(get_format, "vips_image_get_format"); CVIPS_FIND(get_orientation_swap, "vips_image_get_orientation_swap");
    CVIPS_FIND(hasalpha, "vips_image_hasalpha"); CVIPS_FIND(get_n_pages, "vips_image_get_n_pages");
    CVIPS_FIND(get_fields, "vips_image_get_fields"); CVIPS_FIND(remove_field, "vips_image_remove");
    CVIPS_FIND(colourspace, "vips_colourspace"); CVIPS_FIND(cast_uchar, "vips_cast_uchar");
    CVIPS_FIND(webpsave_buffer, "vips_webpsave_buffer"); CVIPS_FIND(heifsave_buffer, "vips_heifsave_buffer");
    CVIPS_FIND(jpegsave_buffer, "vips_jpegsave_buffer"); CVIPS_FIND(pngsave_buffer, "vips_pngsave_buffer");
    CVIPS_FIND(error_clear, "vips_error_clear"); CVIPS_FIND(error_buffer_copy, "vips_error_buffer_copy");
    CVIPS_FIND(object_unref, "g_object_unref"); CVIPS_FIND(free, "g_free"); CVIPS_FIND(strfreev, "g_strfreev");
#undef CVIPS_FIND
    return 0;
}

/* Starts libvips for this process; 0 on success. Not thread-safe: call it once (LibVips
 * does, from a Swift global's initialiser). */
static inline int cvips_start(const CvipsAPI *api) {
    if (api->version(0) != VIPS_MAJOR_VERSION || api->init("sitegen")) return -1;
    api->concurrency_set(1);         /* sitegen runs one image per core itself */
    api->cache_set_max(0);           /* every operation runs once: caching only holds memory */
    api->cache_set_max_mem(0);
    api->cache_set_max_files(0);
    api->block_untrusted_set(TRUE);  /* loaders libvips marks unsafe for untrusted input */
    api->log_set_handler("VIPS", G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE, cvips_ignore_log, NULL);
    return 0;
}

/* The image's header (pixels are decoded only when asked), sequential access, failing on
 * truncated or corrupt data instead of returning grey pixels. */
static inline VipsImage *cvips_header(const CvipsAPI *api, const void *bytes, size_t length) {
    return api->new_from_buffer(bytes, length, "", "access", VIPS_ACCESS_SEQUENTIAL, "fail_on", VIPS_FAIL_ON_ERROR, NULL);
}

/* `width` pixels wide (never wider than the image: size down only), shrinking on load where
 * the format allows (JPEG, WebP), turned upright by its EXIF orientation, and converted to
 * sRGB when it embeds a colour profile (so the profile can be dropped). libvips 8.14 does not
 * hand thumbnail_buffer's own `fail_on` to the loader, so it goes in the loader options too. */
static inline VipsImage *cvips_thumbnail(const CvipsAPI *api, const void *bytes, size_t length, int width) {
    VipsImage *out = NULL;
    if (api->thumbnail_buffer((void *)bytes, length, &out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN,
                              "export_profile", "srgb", "fail_on", VIPS_FAIL_ON_ERROR,
                              "option_string", "fail_on=error", NULL)) return NULL;
    return out;
}

/* A decoded image (in memory) made `width` pixels wide, never wider. */
static inline VipsImage *cvips_thumbnail_image(const CvipsAPI *api, VipsImage *in, int width) {
    VipsImage *out = NULL;
    if (api->thumbnail_image(in, &out, width, "height", VIPS_MAX_COORD, "size", VIPS_SIZE_DOWN, NULL)) return NULL;
    return out;
}

/* 8-bit sRGB (or 8-bit grey) of any image, for reading its pixels. */
static inline VipsImage *cvips_srgb8(const CvipsAPI *api, VipsImage *in) {
    VipsImage *out = NULL;
    VipsInterpretation target = api->get_bands(in) <= 2 ? VIPS_INTERPRETATION_B_W : VIPS_INTERPRETATION_sRGB;
    if (api->colourspace(in, &out, target, NULL)) return NULL;
    if (api->get_format(out) == VIPS_FORMAT_UCHAR) return out;
    VipsImage *cast = NULL;
    int failed = api->cast_uchar(out, &cast, NULL);
    api->object_unref(out);
    return failed ? NULL : cast;
}

static inline int cvips_webpsave(const CvipsAPI *api, VipsImage *in, void **bytes, size_t *length, int quality, int lossless, int effort) {
    return api->webpsave_buffer(in, bytes, length, "Q", quality, "lossless", lossless, "effort", effort, "strip", TRUE, NULL);
}

static inline int cvips_avifsave(const CvipsAPI *api, VipsImage *in, void **bytes, size_t *length, int quality, int lossless, int effort) {
    return api->heifsave_buffer(in, bytes, length, "Q", quality, "lossless", lossless, "effort", effort,
                                "compression", VIPS_FOREIGN_HEIF_COMPRESSION_AV1, "strip", TRUE, NULL);
}

static inline int cvips_jpegsave(const CvipsAPI *api, VipsImage *in, void **bytes, size_t *length, int quality) {
    return api->jpegsave_buffer(in, bytes, length, "Q", quality, "optimize_coding", TRUE, "strip", TRUE, NULL);
}

static inline int cvips_pngsave(const CvipsAPI *api, VipsImage *in, void **bytes, size_t *length) {
    return api->pngsave_buffer(in, bytes, length, "compression", 6, "strip", TRUE, NULL);
}

/* The plain calls, so Swift never unwraps a function pointer itself. */
static inline const char *cvips_find_loader(const CvipsAPI *api, const void *bytes, size_t length) { return api->find_load_buffer(bytes, length); }
static inline VipsImage *cvips_copy_memory(const CvipsAPI *api, VipsImage *image) { return api->copy_memory(image); }
static inline void *cvips_write_to_memory(const CvipsAPI *api, VipsImage *image, size_t *size) { return api->write_to_memory(image, size); }
static inline int cvips_width(const CvipsAPI *api, const VipsImage *image) { return api->get_width(image); }
static inline int cvips_height(const CvipsAPI *api, const VipsImage *image) { return api->get_height(image); }
static inline int cvips_bands(const CvipsAPI *api, const VipsImage *image) { return api->get_bands(image); }
static inline int cvips_orientation_swap(const CvipsAPI *api, VipsImage *image) { return api->get_orientation_swap(image); }
static inline int cvips_has_alpha(const CvipsAPI *api, VipsImage *image) { return api->hasalpha(image); }
static inline int cvips_pages(const CvipsAPI *api, VipsImage *image) { return api->get_n_pages(image); }
static inline gchar **cvips_fields(const CvipsAPI *api, VipsImage *image) { return api->get_fields(image); }
static inline void cvips_remove_field(const CvipsAPI *api, VipsImage *image, const char *name) { api->remove_field(image, name); }
static inline int cvips_version(const CvipsAPI *api, int part) { return api->version(part); }
static inline void cvips_error_clear(const CvipsAPI *api) { api->error_clear(); }
static inline char *cvips_error_copy(const CvipsAPI *api) { return api->error_buffer_copy(); }
static inline void cvips_unref(const CvipsAPI *api, VipsImage *image) { api->object_unref(image); }
static inline void cvips_free(const CvipsAPI *api, void *memory) { api->free(memory); }
static inline void cvips_free_strings(const CvipsAPI *api, gchar **strings) { api->strfreev(strings); }
