// Rendering of story groups: {"stories": [...]} as JSON, or one story per
// line as JSON Lines.
#ifndef NF_REPORT_STORIES_H
#define NF_REPORT_STORIES_H

#include "model/story.h"
#include "newsfold.h"

// Write the set through `write`, one story at a time (so memory does not
// grow with the output). NF_EIO when write fails.
nf_status Nf_render_stories(const nf_story_set *set, nf_format format,
                            nf_write_fn write, void *user);

#endif
