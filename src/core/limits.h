// Every bound on untrusted input, in one place, each with its reason.
// Each default can be overridden at compile time with -D and is checked
// against a hard ceiling; most can be lowered at run time through
// nf_ctx_set_limit (see nf_limit in include/newsfold.h).
#ifndef NF_CORE_LIMITS_H
#define NF_CORE_LIMITS_H

// Bytes of one input (a file, a JSONL line's page, a WARC record), after
// decompression. Real article pages are under 5 MB; 128 MB leaves room for
// pathological pages without letting a gzip bomb take the machine.
#ifndef NF_MAX_INPUT_BYTES
#define NF_MAX_INPUT_BYTES ((size_t)128 << 20)
#endif
#define NF_MAX_INPUT_BYTES_CEILING ((size_t)2 << 30)

// Element nesting tracked while reading HTML. Real pages nest under 100
// deep; past this, deeper elements are flattened into their ancestor, so
// memory and time stay linear in the page size.
#ifndef NF_MAX_HTML_DEPTH
#define NF_MAX_HTML_DEPTH 512
#endif
#define NF_MAX_HTML_DEPTH_CEILING 10000

// One JSON Lines line. An article with its HTML fits in a few MB.
#ifndef NF_MAX_LINE_BYTES
#define NF_MAX_LINE_BYTES ((size_t)64 << 20)
#endif
#define NF_MAX_LINE_BYTES_CEILING ((size_t)1 << 30)

// Nesting of one JSON value. Article records are flat; jansson recurses,
// so this bounds its stack use too.
#ifndef NF_MAX_JSON_DEPTH
#define NF_MAX_JSON_DEPTH 64
#endif
#define NF_MAX_JSON_DEPTH_CEILING 2000

// Bytes of one extracted body. The longest real articles are ~200 KB of
// text; 8 MB keeps later stages bounded on a page of endless text.
#ifndef NF_MAX_TEXT_BYTES
#define NF_MAX_TEXT_BYTES ((size_t)8 << 20)
#endif
#define NF_MAX_TEXT_BYTES_CEILING ((size_t)256 << 20)

// Facts of each kind kept per article (figures, dates, places, ...). A
// long article has a few hundred; a table of numbers should not make 10^6.
#ifndef NF_MAX_FACTS
#define NF_MAX_FACTS 4096
#endif
#define NF_MAX_FACTS_CEILING 1000000

// Folder nesting followed when reading folders; also stops symlink loops.
#ifndef NF_MAX_DIR_DEPTH
#define NF_MAX_DIR_DEPTH 64
#endif
#define NF_MAX_DIR_DEPTH_CEILING 4096

// Reports kept in one story for reconciliation; a story that keeps growing
// (a war, an election) is folded from its most recent reports.
#ifndef NF_MAX_STORY_REPORTS
#define NF_MAX_STORY_REPORTS 5000
#endif
#define NF_MAX_STORY_REPORTS_CEILING 1000000

// A WARC header block. Real ones are under 2 KB.
#ifndef NF_MAX_WARC_HEADER_BYTES
#define NF_MAX_WARC_HEADER_BYTES ((size_t)64 << 10)
#endif

// Distinct lines counted when learning the page residue a run's
// plain-text inputs share (nf_ctx_learn_boilerplate). 16 bytes a line in a
// table kept under 3/4 full: at most 32 MB; a run of 100,000 page dumps
// has fewer distinct short lines. Past it, new lines are not counted.
#ifndef NF_MAX_RUN_LINES
#define NF_MAX_RUN_LINES ((size_t)1 << 20)
#endif

// Bytes of one arena (one document's working memory) beyond its input.
#ifndef NF_MAX_ARENA_BYTES
#define NF_MAX_ARENA_BYTES ((size_t)1 << 30)
#endif

#if NF_MAX_HTML_DEPTH > NF_MAX_HTML_DEPTH_CEILING
#error "NF_MAX_HTML_DEPTH is over its ceiling"
#endif
#if NF_MAX_JSON_DEPTH > NF_MAX_JSON_DEPTH_CEILING
#error "NF_MAX_JSON_DEPTH is over its ceiling"
#endif
#if NF_MAX_DIR_DEPTH > NF_MAX_DIR_DEPTH_CEILING
#error "NF_MAX_DIR_DEPTH is over its ceiling"
#endif

#endif
