// The framing lexicon (data/lexicon/news.tsv): loaded and hedging terms,
// and the names of news media.
#ifndef NF_RECONCILE_LEXICON_H
#define NF_RECONCILE_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/str.h"
#include "model/account.h"

enum { NF_LEX_MEDIA = NF_TERM__COUNT };

typedef struct nf_lex_entry {
  const char *form;   // lower-case words separated by one space
  uint8_t first_len;  // bytes of its first word
  uint8_t n_words;
  uint8_t kind;  // nf_term_kind, or NF_LEX_MEDIA
  const char *group;
} nf_lex_entry;

// The longest entry whose words are words[0..n) (lower case), or NULL;
// *used is the number of words it takes.
const nf_lex_entry *Nf_lexicon_match(const nf_sv *words, size_t n,
                                     size_t *used);

// True when a source name is a news agency or outlet ("AFP", "the
// Associated Press", "state media", "KXII News 12").
bool Nf_lexicon_is_media(const char *name);

// Word classes the reconcile rules read, kept here rather than in each
// rule's file.
typedef enum nf_lex_class {
  NF_LEXC_ATTACKER,    // whoever did it: "gunman", "suspect", "assailant"
  NF_LEXC_OFFICIAL,    // an official rather than a witness: "sheriff", "mayor"
  NF_LEXC_HIT_AFTER,   // a verb of people hit after the count: "were shot"
  NF_LEXC_HIT_BEFORE,  // ... before it: "shooting 11 people", "struck five"
  NF_LEXC_HURT,        // wounded, not dead: "wounded", "injured", "hurt"
  NF_LEXC_DEAD,        // "dead", "killed", "fatally", "died"
  NF_LEXC_DIE,         // a death told as news: "dies", "died", "succumbs"
  NF_LEXC_PERSON,      // one of the people hit: "victim", "man", "teen"
  NF_LEXC_KIN_CHILD,   // kin or words that may name a child: "his sister"
  NF_LEXC_YOUNG,       // a young child, never a man or woman: "toddler"
  NF_LEXC_AFTER_PASSIVE,  // after "killed", a description: "killed in"
  NF_LEXC_LIMB,   // a limb, where a wound is seldom fatal: "shot in the leg"
  NF_LEXC_DEATH,  // a headline word telling of a death: "fatal", "slain"
  NF_LEXC__COUNT
} nf_lex_class;

// True when word (any case) is of class c.
bool Nf_lexicon_class_has(nf_lex_class c, nf_sv word);
// True when some word of text (letters, any case) is of class c.
bool Nf_lexicon_class_any(nf_lex_class c, nf_sv text);

// Phrase lists the background rules look for anywhere in a sentence (any
// case): counts over a period ("so far this year") and tallies of several
// events ("in separate shootings", "a violent weekend").
typedef enum nf_lex_phrases {
  NF_LEXP_PERIOD,
  NF_LEXP_TALLY,
  NF_LEXP_EVENTS,        // nouns of several events: "shootings", "murders"
  NF_LEXP_EVENT_COUNTS,  // words counting them: "two", "several", "weekend"
  NF_LEXP__COUNT
} nf_lex_phrases;

// The phrases of list p, NULL-terminated.
const char *const *Nf_lexicon_phrases(nf_lex_phrases p);
// True when some phrase of list p occurs in text (any case).
bool Nf_lexicon_phrase_any(nf_lex_phrases p, nf_sv text);

#endif
