/** newsfold: fold many news reports of one story into one sourced account.
 *
 * The library reads saved web pages, page text, JSON Lines and WARC archives;
 * extracts each article (body, title, byline, date, outlet); reads its facts
 * (figures, dates, places, actors, quotes); groups reports into stories; and
 * reconciles the facts of each story into one account rendered as JSON,
 * Markdown or HTML.
 *
 * Ownership, once for the whole API:
 * - Every `nf_x_new` has an `nf_x_free`; every `_free` accepts NULL.
 * - Strings returned by accessors (`nf_doc_title`, `nf_errmsg`, ...) are
 *   borrowed: they live as long as the object they came from and must not be
 *   freed.
 * - An `nf_doc` belongs to the caller until it is handed to `nf_folder_add`,
 *   which takes it. `nf_grouper_add` only reads it.
 * - Objects are not thread-safe, except that an `nf_ctx` may be shared by
 *   threads that each work on their own documents, readers and groupers once
 *   its options are set.
 *
 * Errors: every fallible call returns an `nf_status`. Bad input is not an
 * error of the library: a document that cannot be read or extracted gets a
 * message (`nf_doc_errmsg`) and the rest of the run goes on.
 */
#ifndef NEWSFOLD_H
#define NEWSFOLD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(NF_BUILDING_LIBRARY) && defined(NF_SHARED)
#define NF_API __attribute__((visibility("default")))
#else
#define NF_API
#endif

/** Status codes. `NF_OK` is 0; `NF_DONE` (1) ends an iteration; errors are
 * negative. */
typedef enum nf_status {
  NF_OK = 0,
  NF_DONE = 1,          /**< no more items */
  NF_ENOMEM = -1,       /**< out of memory (or the allocator refused) */
  NF_EINVAL = -2,       /**< bad argument from the caller */
  NF_EIO = -3,          /**< a file could not be read or written */
  NF_EFORMAT = -4,      /**< the input is not in a format that can be read */
  NF_ETOOBIG = -5,      /**< the input is over a configured limit */
  NF_EUNSUPPORTED = -6, /**< the input or option is not supported */
  NF_EEMPTY = -7,       /**< the input holds no article text */
  NF_EINTERNAL = -8     /**< a bug: please report it */
} nf_status;

/** Static text for a status code. Never NULL. */
NF_API const char *nf_strerror(nf_status status);

/** The library version, "MAJOR.MINOR.PATCH". */
NF_API const char *nf_version(void);

/** Allocator table. `user` is passed to every call. realloc(NULL, n) must
 * allocate; free(NULL) must do nothing. */
typedef struct nf_allocator {
  void *(*malloc)(size_t size, void *user);
  void *(*realloc)(void *ptr, size_t size, void *user);
  void (*free)(void *ptr, void *user);
  void *user;
} nf_allocator;

typedef struct nf_ctx nf_ctx;         /**< options, limits, shared tables */
typedef struct nf_reader nf_reader;   /**< yields documents from inputs */
typedef struct nf_doc nf_doc;         /**< one report: page, article, facts */
typedef struct nf_grouper nf_grouper; /**< groups documents into stories */
typedef struct nf_folder nf_folder;   /**< folds stories into accounts */

/** Create a context. `alloc` may be NULL for malloc/realloc/free; it is
 * copied. Returns NULL when memory runs out. */
NF_API nf_ctx *nf_ctx_new(const nf_allocator *alloc);
NF_API void nf_ctx_free(nf_ctx *ctx);

/** Limits on untrusted input. Each has a safe default (see
 * src/core/limits.h for the reasons); a limit can be lowered, or raised up
 * to its compile-time ceiling. */
typedef enum nf_limit {
  NF_LIMIT_INPUT_BYTES, /**< bytes of one input file or record (decompressed) */
  NF_LIMIT_HTML_DEPTH,  /**< element nesting kept while reading HTML */
  NF_LIMIT_LINE_BYTES,  /**< bytes of one JSON Lines line */
  NF_LIMIT_JSON_DEPTH,  /**< nesting of one JSON value */
  NF_LIMIT_TEXT_BYTES,  /**< bytes of one extracted article body */
  NF_LIMIT_FACTS,       /**< facts of each kind kept per article */
  NF_LIMIT_DIR_DEPTH,   /**< folder nesting followed when reading folders */
  NF_LIMIT_STORY_REPORTS, /**< reports kept in one story */
  NF_LIMIT__COUNT
} nf_limit;

/** Set a limit. Returns NF_EINVAL for an unknown limit, 0, or a value over
 * the compile-time ceiling. */
NF_API nf_status nf_ctx_set_limit(nf_ctx *ctx, nf_limit limit, size_t value);
NF_API size_t nf_ctx_limit(const nf_ctx *ctx, nf_limit limit);

/** Seed for every hash keyed by input text (MinHash, hash tables). Runs with
 * the same seed give the same output; the default is fixed so output is
 * reproducible. */
NF_API void nf_ctx_set_seed(nf_ctx *ctx, uint64_t seed);

/* ---------------------------------------------------------------- reading */

/** Create a reader. Inputs are added with `nf_reader_add_*` and read in the
 * order added; folders are walked recursively in name order. */
NF_API nf_status nf_reader_new(nf_ctx *ctx, nf_reader **out);
NF_API void nf_reader_free(nf_reader *reader);

/** Add a file, a folder, or "-" for standard input. Nothing is read yet. */
NF_API nf_status nf_reader_add_path(nf_reader *reader, const char *path);

/** Add an input held in memory; `name` plays the role of its path. The
 * bytes are copied. */
NF_API nf_status nf_reader_add_memory(nf_reader *reader, const char *name,
                                      const void *data, size_t len);

/** Next document. Returns NF_OK and sets `*out` (the caller owns it), or
 * NF_DONE when every input is used up, or a negative status when an input
 * (or a record in it) could not be read: `nf_reader_errmsg` then says which
 * and why, and the next call goes on with the rest. */
NF_API nf_status nf_reader_next(nf_reader *reader, nf_doc **out);
NF_API const char *nf_reader_errmsg(const nf_reader *reader);

/** Inputs and records that failed so far. */
NF_API size_t nf_reader_failures(const nf_reader *reader);

/* ------------------------------------------------- residue shared by a run */

/** Learn the page residue that the plain-text inputs of a run share: read
 * every document of `reader` (a reader over the same inputs as the run,
 * made only for this; standard input cannot be read twice, so leave it
 * out) and count, for each line of each plain-text page, how many pages
 * hold it. Lines held by three pages or more are then treated as
 * boilerplate by page-text cleaning, unless they are prose. HTML, JSON
 * Lines and WARC records are read past. Unreadable inputs are skipped
 * here (the run itself reports them). The reader is used up; the caller
 * still frees it.
 *
 * Call it before extracting any document with `ctx`, never while other
 * threads use `ctx`; the result depends only on the inputs and their
 * order. Calling it again replaces what was learned. Memory is bounded
 * (NF_MAX_RUN_LINES distinct lines). */
NF_API nf_status nf_ctx_learn_boilerplate(nf_ctx *ctx, nf_reader *reader);

/* -------------------------------------------------------------- documents */

/** Make a document from bytes, as one input of the given name would be read
 * (the format is sniffed; a JSON Lines or WARC input yields only its first
 * record). Mostly for tests and embedding. */
NF_API nf_status nf_doc_from_memory(nf_ctx *ctx, const char *name,
                                    const void *data, size_t len, nf_doc **out);
NF_API void nf_doc_free(nf_doc *doc);

/** Extract the article: decode, clean, read metadata. Idempotent. The raw
 * page bytes are released afterwards. On failure the document keeps an error
 * message and whatever metadata was found. */
NF_API nf_status nf_doc_extract(nf_doc *doc);

/** Read the article's facts (runs nf_doc_extract first if needed). */
NF_API nf_status nf_doc_facts(nf_doc *doc);

/** Message of the last failure on this document, or "" when none. */
NF_API const char *nf_doc_errmsg(const nf_doc *doc);

/** Article fields. Each returns NULL when unknown. */
NF_API const char *nf_doc_id(const nf_doc *doc);
NF_API const char *nf_doc_source(const nf_doc *doc);
NF_API const char *nf_doc_url(const nf_doc *doc);
NF_API const char *nf_doc_outlet(const nf_doc *doc);
NF_API const char *nf_doc_title(const nf_doc *doc);
NF_API const char *nf_doc_byline(const nf_doc *doc);
/** ISO 8601 to the precision known ("2025-03-10", "2025-03-09T05:53"). */
NF_API const char *nf_doc_published(const nf_doc *doc);
NF_API const char *nf_doc_language(const nf_doc *doc);
/** The body: paragraphs separated by one blank line. "" before extraction. */
NF_API const char *nf_doc_text(const nf_doc *doc);

/* ------------------------------------------------------------------ facts */

/** Resolve the relative dates of a document ("on Thursday", "yesterday",
 * "March 6" without a year) against `anchor`, an ISO 8601 date of day
 * precision or finer: for a report with no published date, the date of
 * other reports of the same run. Only dates that no anchor has resolved
 * yet change; each records the anchor it used ("other_reports" in the
 * JSON). Runs nf_doc_facts first if needed. NF_EINVAL for a bad anchor. */
NF_API nf_status nf_doc_resolve_dates(nf_doc *doc, const char *anchor);

/** The day the document's own dates count from, ISO 8601 ("2025-03-10"):
 * its published date, else a dateline or byline date near the top of its
 * text; NULL when neither is known (or before nf_doc_facts). */
NF_API const char *nf_doc_date_anchor(const nf_doc *doc);

/** How many relative dates of the document no anchor has resolved (0
 * before nf_doc_facts). */
NF_API size_t nf_doc_unresolved_dates(const nf_doc *doc);

/* ----------------------------------------------------------------- output */

/** Where rendered output goes. Returns 0 on success; anything else stops the
 * rendering with NF_EIO. */
typedef int (*nf_write_fn)(void *user, const char *data, size_t len);

typedef enum nf_format {
  NF_FORMAT_JSONL, /**< one JSON object on one line, then "\n" */
  NF_FORMAT_JSON,  /**< one JSON value, indented */
  NF_FORMAT_TEXT,  /**< plain text for people */
  NF_FORMAT_MD,    /**< Markdown */
  NF_FORMAT_HTML   /**< one self-contained HTML page */
} nf_format;

/** What nf_doc_render writes. */
enum {
  NF_RENDER_ARTICLE = 1u << 0, /**< id, source, url, outlet, title, ..., text */
  NF_RENDER_FACTS = 1u << 1    /**< figures, dates, places, actors, quotes */
};

/** Render one document (JSONL, JSON or TEXT). */
NF_API nf_status nf_doc_render(const nf_doc *doc, nf_format format,
                               unsigned what, nf_write_fn write, void *user);

/* ---------------------------------------------------------------- stories */

/** Incremental story grouping. Each added document (extracted, ideally with
 * facts) joins a story or starts one; only a compact summary of it is kept. */
NF_API nf_status nf_grouper_new(nf_ctx *ctx, nf_grouper **out);
NF_API void nf_grouper_free(nf_grouper *grouper);
NF_API nf_status nf_grouper_add(nf_grouper *grouper, const nf_doc *doc);
/** Number of stories so far. */
NF_API size_t nf_grouper_stories(const nf_grouper *grouper);
/** Write {"stories": [...]} (JSON or JSONL: one story per line). */
NF_API nf_status nf_grouper_render(nf_grouper *grouper, nf_format format,
                                   nf_write_fn write, void *user);

/* ------------------------------------------------------------------- fold */

/** Folding: group documents into stories and reconcile each story. */
NF_API nf_status nf_folder_new(nf_ctx *ctx, nf_folder **out);
NF_API void nf_folder_free(nf_folder *folder);
/** Add a document; the folder takes it (and runs extraction and facts on it
 * if not done yet). On failure the document is freed. */
NF_API nf_status nf_folder_add(nf_folder *folder, nf_doc *doc);
/** Add a document to the story named by `story` instead of letting the
 * folder group it: documents with the same key form one story (for inputs
 * already grouped, such as one folder per story). Takes the document as
 * nf_folder_add does; `story` is copied. */
NF_API nf_status nf_folder_add_keyed(nf_folder *folder, nf_doc *doc,
                                     const char *story);
/** Number of stories so far. */
NF_API size_t nf_folder_stories(const nf_folder *folder);
/** Write the accounts of every story: NF_FORMAT_JSON (one object with a
 * "stories" array, schema in docs/account.md), NF_FORMAT_JSONL (the same
 * object on one line), NF_FORMAT_MD (a brief) or NF_FORMAT_HTML (one
 * self-contained page). Accounts are built one story at a time. */
NF_API nf_status nf_folder_render(nf_folder *folder, nf_format format,
                                  nf_write_fn write, void *user);

#ifdef __cplusplus
}
#endif
#endif
