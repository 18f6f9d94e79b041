// Page-text cleaning: the pieces of Nf_clean_text that are tested on their
// own. A page dump (a browser's "save as text", a scraper's text or
// Markdown) is cut into lines; each line gets a kind from its own shape and
// vocabulary (the line classifier); the page cleaner then uses position,
// repetition and the kinds of the neighbours to keep the article. See
// docs/internals/clean-text.md.
#ifndef NF_CLEAN_TEXT_H
#define NF_CLEAN_TEXT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/buf.h"
#include "core/str.h"
#include "model/datetime.h"
#include "newsfold.h"

// What one line of page text is, judged from the line alone.
typedef enum nf_line_kind {
  NF_LK_EMPTY = 0,  // nothing left after normalisation
  NF_LK_PROSE,      // sentence-shaped text: the stuff of article bodies
  NF_LK_HEADLINE,   // a few words without a final stop: a title, a
                    // subheading, a teaser headline or a menu item
  NF_LK_SHORT,      // a fragment of no clear shape ("More", "12", "All...")
  NF_LK_SOCIAL,     // share and follow rows ("Facebook", "Share on X")
  NF_LK_TEASER,     // a lead-in to another story ("Read more: ...",
                    // "Also Read", "Related:", "See also")
  NF_LK_COMMENTS,   // comment widgets ("Comments (0)", "Leave a reply")
  NF_LK_IMAGE,      // image placeholders and captions ("img", "Photo: ...")
  NF_LK_SEPARATOR,  // no letters or digits ("||", "---", "* * *")
  NF_LK_NAV,        // navigation: menus, breadcrumbs, section labels
  NF_LK_FOOTER,     // copyright, sign-up, cookie and account prompts
  NF_LK_ADVERT,     // "Advertisement", "Sponsored content"
  NF_LK_END,        // a heading that starts a section after the article
                    // ("Related articles", "Most popular", "Comments")
  NF_LK_DATELINE,   // a date or time on its own ("Published: May 2, 2024",
                    // "Updated 3 hours ago")
  NF_LK_BYLINE,     // "By Jane Doe", "Amin Masoodi 09 March 2025 05:53"
  NF_LK__COUNT
} nf_line_kind;

// Name of a kind, for tests and debugging ("prose", "social", ...).
const char *Nf_line_kind_name(nf_line_kind k);

// What the classifier measured on a line.
typedef struct nf_line_info {
  uint32_t chars;          // code points
  uint16_t words;          // word tokens (letters or digits)
  uint16_t alpha_words;    // tokens that start with a letter
  uint16_t upper;          // ... with an upper-case letter
  uint16_t lower;          // ... with a lower-case letter
  uint16_t stops;          // stop words of the best language
  uint16_t content;        // words after the first that are no stop word
  uint16_t content_upper;  // ... that start with a capital
  uint16_t seps;           // menu separators between words (| • · » ›)
  int8_t lang;             // best stop-word language (index), -1 none
  bool ends_sentence;      // ends with . ! ? … (before closing quotes)
  bool ends_colon;
  bool has_url;
  bool rights;  // a copyright or rights notice (a footer)
  // Set by Nf_text_normalize from Markdown-like syntax.
  bool bullet;          // started with a list marker ("* ", "- ", "• ")
  uint8_t heading;      // "#" heading level, 0 none
  uint32_t link_chars;  // characters that were link text ("[x](url)")
  uint16_t images;      // images removed ("![alt](url)")
} nf_line_info;

// Normalise one raw line into out (appended): strip list markers, "#"
// heading marks, block-quote marks, Markdown links (keeping their text),
// images, autolinks, emphasis marks (when markdown is true: the page uses
// Markdown) and backslash escapes; squeeze white space. Fills the
// Markdown fields of info (the rest is left to Nf_line_classify).
nf_status Nf_text_normalize(nf_buf *out, nf_sv raw, bool markdown,
                            nf_line_info *info);

// Length of a list bullet and its space at the start of s ("* ", "- ",
// "\u2022 ", w3m's "\u25a1 "...), or 0.
size_t Nf_text_bullet_len(nf_sv s);

// Classify a normalised line. info (may be NULL) receives the measures;
// its Markdown fields are read, so zero it or fill it with
// Nf_text_normalize first.
nf_line_kind Nf_line_classify(nf_sv line, nf_line_info *info);

// ISO 639-1 code of a stop-word language index; NULL for -1.
const char *Nf_stop_lang_code(int lang);
// Index of an ISO 639-1 code among the stop-word languages, or -1.
int Nf_stop_lang_index(const char *code);
// Stop-word language bits of a lower-case word (0 when not a stop word).
uint32_t Nf_stopword_langs(nf_sv lower_word);
// The same by binary search over the sorted table (the reference the
// hashed lookup is tested against).
uint32_t Nf_stopword_langs_sorted(nf_sv lower_word);

// ---------------------------------------------------------------- metadata
// Scanners over one normalised line. Each returns true only when the whole
// line has the shape; outputs are views into line.

// "By Jane Doe", "By Staff, Agencies", "By Jane Doe and John Roe | Reuters",
// "Written by ...", "Von ...", "Par ...", "Por ...": the names, without
// the lead word; a date after the names goes to *when (precision NONE
// when there is none).
bool Nf_scan_byline_by(nf_sv line, nf_sv *names, nf_datetime *when);
// "Amin Masoodi 09 March 2025 05:53": a name of 2-4 capitalised words
// followed by an absolute date.
bool Nf_scan_byline_dated(nf_sv line, nf_sv *name, nf_datetime *when);
// A line that is a date: "March 10, 2025", "Published: 10 March 2025
// 05:53", "Updated: 2025-03-10T05:53Z", "Posted on Mon, 10 Mar 2025".
// Relative forms ("Updated 3 hours ago") match with *when left at
// precision NONE (never guessed).
bool Nf_scan_dateline(nf_sv line, nf_datetime *when);
// A date glued in front of a headline: "date 2025-03-10 Nearly 1,000
// Civilians ...", "10 March 2025 | Headline", "Published 2025-03-10:
// Headline". *rest is the headline.
bool Nf_scan_date_prefix(nf_sv line, nf_datetime *when, nf_sv *rest);
// "Headline - Site", "Headline | Site", "Headline – Site": the headline
// and a short site name (1-5 words). False when there is no such tail.
bool Nf_scan_title_site(nf_sv line, nf_sv *title, nf_sv *site);
// Length of the headline/site separator (" - ", " | ", " – " ...) that s
// starts with; 0 when none.
size_t Nf_title_sep_len(nf_sv s);
// A relative time ("3 hours ago", "yesterday", "il y a 2 heures").
bool Nf_scan_relative_time(nf_sv s);

// ------------------------------------------------------------- run lines
// Lines shared by many plain-text inputs of one run: learned by a first
// pass over the run's inputs (nf_ctx_learn_boilerplate), then read-only.
typedef struct nf_run_lines nf_run_lines;

nf_run_lines *Nf_run_lines_new(const nf_allocator *alloc, uint64_t seed);
void Nf_run_lines_free(nf_run_lines *t);
// Count the distinct lines of one document's text (each line once).
nf_status Nf_run_lines_add(nf_run_lines *t, nf_sv text);
// Keep the lines seen in at least the threshold number of documents;
// after this only lookups are allowed.
void Nf_run_lines_freeze(nf_run_lines *t);
// Documents that held this (raw) line, when at or above the threshold;
// 0 otherwise.
uint32_t Nf_run_lines_count(const nf_run_lines *t, nf_sv line);
// Documents counted and lines kept (for notes and tests).
size_t Nf_run_lines_docs(const nf_run_lines *t);
size_t Nf_run_lines_kept(const nf_run_lines *t);

#endif
