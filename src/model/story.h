// Stories: reports grouped by the event they tell, and the copies (shared
// text) found between reports. Made by the grouping stage (src/group),
// read by the fold and the renderers.
//
// Reports are named by their index: the order in which they were handed to
// the grouper (Nf_group_add), from 0. A story set owns everything it points
// to (one arena) and is freed with Nf_story_set_free.
#ifndef NF_MODEL_STORY_H
#define NF_MODEL_STORY_H

#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "model/datetime.h"

// A run of text two reports share: byte ranges [start, end) of each body
// (doc->text). `a` is the earlier report of the copy, `b` the later one.
typedef struct nf_passage {
  uint32_t a_start, a_end;
  uint32_t b_start, b_end;
} nf_passage;

// Two reports of which one repeats the other's text (wire copy,
// syndication, a rewrite with a new lead). Quoted words do not count:
// reports quoting the same person are not copies.
typedef struct nf_copy {
  uint32_t a, b;  // report indices, a < b
  float shared;   // share of the shorter report's unquoted words that
                  // lie in passages, 0..1
  nf_passage *passages;
  uint32_t n_passages;
} nf_copy;

typedef struct nf_story {
  char id[24];        // "st-" and 16 hex digits; stable for a
                      // given first report
  const char *title;  // title of the first report that has one,
                      // or NULL
  uint32_t *reports;  // report indices, ascending (input order)
  size_t n_reports;
  nf_datetime first_seen;  // earliest / latest published date of its
  nf_datetime last_seen;   // reports; precision NONE when none has one
  nf_copy *copies;         // copies between reports of this story
  size_t n_copies;
} nf_story;

typedef struct nf_story_set {
  nf_arena arena;     // everything below lives here
  nf_story *stories;  // ordered by their first report
  size_t n_stories;
  const char **report_ids;  // per report index: the document id (NULL
                            // when the document had none)
  uint32_t *story_of;       // per report index: index into stories
  size_t n_reports;
} nf_story_set;

// A new empty set, or NULL when memory runs out.
nf_story_set *Nf_story_set_new(const nf_allocator *alloc);
void Nf_story_set_free(nf_story_set *set);

#endif
