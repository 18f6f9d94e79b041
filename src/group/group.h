// Grouping reports into stories, and finding copies of the same text.
//
// The internal API of the stories stage. The public nf_grouper_* (in
// src/api_group.c) and the fold (src/api_fold.c) both drive it:
//
//   nf_group *g;
//   Nf_group_new(ctx, &g);
//   for each document, in input order:      // extracted, facts if any
//     Nf_group_add(g, doc, &index);         // index = 0, 1, 2, ...
//   nf_story_set *set;
//   Nf_group_finish(g, &set);               // stories of every report
//   ... set->stories[i].reports[j] is an index given by Nf_group_add ...
//   Nf_story_set_free(set);
//   Nf_group_free(g);
//
// What it does, per report:
// - Copies: a MinHash signature over word shingles (quoted words left out)
//   is cut into LSH bands; reports sharing a band bucket are candidates,
//   checked against the compact fingerprints (winnowed shingle hashes with
//   their byte spans) each earlier report keeps. Shared passages come with
//   their byte ranges in both bodies.
// - Stories: a TF-IDF vector over stemmed terms (the stemmer follows
//   doc->language, English by default), plus facts when the document has
//   them (places, actors, figures, dates as extra weighted terms), is
//   compared with the centroids of the stories found through an inverted
//   index of their top terms (bounded candidate lists, never every story);
//   closeness in time (doc->published) scales the score. The report joins
//   the best story above a threshold or starts a new one.
//
// Only a compact record stays per report (id, dates, a few dozen term
// weights, fingerprints), so memory grows linearly with the reports; the
// document itself is only read during Nf_group_add and may be freed after.
// Results depend only on the input order and the context's seed.
//
// Not thread-safe: one grouper per thread. Nf_group_add may be called again
// after Nf_group_finish (the next finish includes the new reports).
#ifndef NF_GROUP_GROUP_H
#define NF_GROUP_GROUP_H

#include <stdint.h>

#include "model/doc.h"
#include "model/story.h"

// Version of the grouping rules, printed with the output.
extern const char Nf_group_version[];

typedef struct nf_group nf_group;

nf_status Nf_group_new(nf_ctx *ctx, nf_group **out);
void Nf_group_free(nf_group *g);

// Add one report. `doc` should be extracted (nf_doc_extract); its facts are
// used when doc->facts is set. A document without text still gets a story
// of its own (grouped by title when it has one). *index (may be NULL)
// receives the report's index. NF_ENOMEM leaves the grouper as it was.
nf_status Nf_group_add(nf_group *g, const nf_doc *doc, uint32_t *index);

// Reports added so far, and stories so far.
size_t Nf_group_reports(const nf_group *g);
size_t Nf_group_stories(const nf_group *g);

// The stories of every report added so far: a new set the caller frees
// with Nf_story_set_free.
nf_status Nf_group_finish(nf_group *g, nf_story_set **out);

#endif
