#include "model/story.h"

#include "core/alloc.h"

// The arena's blocks come from the same allocator; the set struct itself
// is allocated apart so the arena can be finished before it goes.
nf_story_set *Nf_story_set_new(const nf_allocator *alloc) {
  if (!alloc) alloc = &Nf_default_allocator;
  nf_story_set *set = Nf_calloc(alloc, 1, sizeof *set);
  if (!set) return NULL;
  Nf_arena_init(&set->arena, alloc, 0);
  return set;
}

void Nf_story_set_free(nf_story_set *set) {
  if (!set) return;
  const nf_allocator *alloc = set->arena.alloc;
  Nf_arena_fini(&set->arena);
  Nf_free(alloc, set);
}
