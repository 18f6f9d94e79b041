// Dates (absolute and relative, with their anchors) and places (gazetteer
// names, spellings, ambiguity) from many kinds of news.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
// clang-format on

#include "facts_util.h"
#include "newsfold.h"

// Dates joined by "; " as "text=value" (value "?" when unresolved).
static void dates_str(const nf_doc *doc, char *out, size_t cap) {
  size_t len = 0;
  out[0] = 0;
  for (size_t i = 0; doc->facts && i < doc->facts->n_dates; i++) {
    const nf_date *d = &doc->facts->dates[i];
    char iso[40] = "?";
    if (d->value.precision) Nf_datetime_format(&d->value, iso, sizeof iso);
    int n = snprintf(out + len, cap - len, "%s%.*s=%s", i ? "; " : "",
                     (int)(d->span.end - d->span.start),
                     doc->text + d->span.start, iso);
    if (n < 0 || (size_t)n >= cap - len) break;
    len += (size_t)n;
  }
}

static const struct {
  const char *published, *text, *want;
} DATES[] = {
    // Relative to the published date (2025-03-09 is a Sunday).
    {"2025-03-09", "The clashes erupted on Thursday.",
     "on Thursday=2025-03-06"},
    {"2025-03-09", "The killings ceased early Saturday.",
     "early Saturday=2025-03-08"},
    {"2025-03-10", "The monitor said on Monday that the toll rose.",
     "on Monday=2025-03-10"},
    {"2025-03-10", "Friday's attacks left dozens dead.", "Friday's=2025-03-07"},
    {"2025-03-10", "He was arrested yesterday.", "yesterday=2025-03-09"},
    {"2025-03-10", "The storm hit three days ago.",
     "three days ago=2025-03-07"},
    {"2025-03-10", "Prices rose last month.", "last month=2025-02"},
    {"2025-03-10", "Fighting erupted on March 6.", "March 6=2025-03-06"},
    {"2025-01-05", "The ceasefire of December 20 held.",
     "December 20=2024-12-20"},
    {"2025-03-10", "He said last Monday that it was over.",
     "last Monday=2025-03-03"},
    // Absolute.
    {NULL, "Amin Masoodi 09 March 2025 05:53",
     "09 March 2025 05:53=2025-03-09T05:53"},
    {NULL, "The decree of 2025-03-10 was published.", "2025-03-10=2025-03-10"},
    {NULL, "The war began in March 2011.", "March 2011=2011-03"},
    {NULL, "Elections were held on Sept. 3, 2024.", "Sept. 3, 2024=2024-09-03"},
    {NULL, "He has lived there since 2015.", "2015=2015"},
    // Unresolved without an anchor; "May" the verb is no date.
    {NULL, "The clashes erupted on Thursday, officials said.", "on Thursday=?"},
    {NULL, "Officials may release the report soon.", ""},
};

static void date_table(void **state) {
  nf_ctx *ctx = *state;
  int bad = 0;
  for (size_t i = 0; i < sizeof DATES / sizeof DATES[0]; i++)
    bad += facts_case_failed(ctx, i, DATES[i].published, DATES[i].text,
                             DATES[i].want, dates_str);
  assert_int_equal(bad, 0);
}

// A report with no date of its own takes an anchor from outside.
static void anchor_from_other_reports(void **state) {
  nf_ctx *ctx = *state;
  nf_doc *doc = facts_doc(ctx, NULL, NULL, "The violence erupted on Thursday.");
  assert_non_null(doc);
  assert_null(nf_doc_date_anchor(doc));
  assert_int_equal(nf_doc_unresolved_dates(doc), 1);
  assert_int_equal(nf_doc_resolve_dates(doc, "2025-3-9"), NF_EINVAL);
  assert_int_equal(nf_doc_resolve_dates(doc, "2025-03-09"), NF_OK);
  assert_int_equal(nf_doc_unresolved_dates(doc), 0);
  const nf_date *d = &doc->facts->dates[0];
  assert_int_equal(d->anchor, NF_ANCHOR_OTHER_REPORTS);
  assert_int_equal(d->value.day, 6);
  nf_doc_free(doc);
}

// Places joined by "; " as "text=name/kind/country".
static void places_str(const nf_doc *doc, char *out, size_t cap) {
  static const char *const kinds[] = {"country", "region", "city", "other",
                                      "district"};
  size_t len = 0;
  out[0] = 0;
  for (size_t i = 0; doc->facts && i < doc->facts->n_places; i++) {
    const nf_place *p = &doc->facts->places[i];
    int n =
        snprintf(out + len, cap - len, "%s%.*s=%s/%s/%s", i ? "; " : "",
                 (int)(p->span.end - p->span.start), doc->text + p->span.start,
                 p->name, kinds[p->kind], p->country);
    if (n < 0 || (size_t)n >= cap - len) break;
    len += (size_t)n;
  }
}

static const struct {
  const char *text, *want;
} PLACES[] = {
    {"Security forces were deployed to Latakia and Jableh in Syria.",
     "Latakia=Latakia/city/SY; Jableh=Jablah/city/SY; Syria=Syria/country/SY"},
    {"In Baniyas, near Tartous, residents fled to Lebanon.",
     "Baniyas=Bāniyās/city/SY; Tartous=Ţarţūs/city/SY; "
     "Lebanon=Lebanon/country/LB"},
    {"The new government in Damascus said Syria was calm.",
     "Damascus=Damascus/city/SY; Syria=Syria/country/SY"},
    {"The shooting happened in Damascus, Oregon, police said.",
     "Damascus=Damascus/city/US; Oregon=Oregon/region/US"},
    {"ARDMORE, Okla. - Police in Carter County found the car.",
     "ARDMORE=Ardmore/city/US; Okla.=Oklahoma/region/US; "
     "Carter County=Carter County/district/US"},
    {"Bodies were buried in the central village of Tuwaym in Syria.",
     "Tuwaym=Tuwaym/other/SY; Syria=Syria/country/SY"},
    {"The Syrian Observatory for Human Rights is based in Britain.",
     "Britain=United Kingdom/country/GB"},
    {"Fighting spread across Latakia province in Syria.",
     "Latakia=Latakia/region/SY; Syria=Syria/country/SY"},
    // A place inside a longer name the gazetteer lacks is none ("Henry
    // Jackson"), and that person's name alone is the person again; a place
    // before an institution's word stays one ("Johnston County Sheriff").
    {"Johnston County Sheriff's release new information in the Henry "
     "Jackson case. Authorities were looking for 19-year-old Henry Jackson "
     "in Ardmore. Jackson opened fire near Tishomingo.",
     "Johnston County=Johnston County/district/US; Ardmore=Ardmore/city/US; "
     "Tishomingo=Tishomingo/city/US"},
    // A title or a common word starts a longer name, not a place alone.
    {"Police in Prince George's County, Maryland, said a man was shot.",
     "Prince George's County=Prince George's County/district/US; "
     "Maryland=Maryland/region/US"},
    // A US town outside every state the report names is no place of it.
    {"ARDMORE, Okla. - Police said the car was stolen in Holt.",
     "ARDMORE=Ardmore/city/US; Okla.=Oklahoma/region/US"},
    // A direction alone is no place; nor is a division of another country
    // named by one word ("Michael" on the Isle of Man) in a report on one.
    {"Police on the South Side said a man was shot in Chicago, Illinois.",
     "Chicago=Chicago/city/US; Illinois=Illinois/region/US"},
    {"Officers said Michael ran from the car in Ferguson, Missouri.",
     "Ferguson=Ferguson/city/US; Missouri=Missouri/region/US"},
    // "New York" alone is the city; after a town, or with "state" or a
    // direction, the state.
    {"A man was shot in New York on Sunday.", "New York=New York City/city/US"},
    {"A man was shot in Rochester, New York, and upstate New York mourned.",
     "Rochester=Rochester/city/US; New York=New York/region/US; "
     "New York=New York/region/US"},
    // A part of the world is a place of no country, not a town that goes
    // by its name too (Mahdia, Tunisia, for "Africa").
    {"Aid groups in Africa and the Middle East said.",
     "Africa=Africa/other/; Middle East=Middle East/other/"},
    // A headline in title case says nothing of names by its capitals.
    {"Gunman Kills Three In Ardmore Shooting", "Ardmore=Ardmore/city/US"},
    // A street named after a town is that town only in a state the report
    // supports, however big the town ("Tyler Street" in Gary is not Tyler,
    // Texas); "the block of West Adams" is a street too; "Ohio Highway
    // Patrol" is no street.
    {"Police said two men were shot in the 1000 block of Tyler Street in "
     "Gary, Indiana.",
     "Gary=Gary/city/US; Indiana=Indiana/region/US"},
    {"A man was shot in the 4400 block of West Adams, Chicago police said.",
     "Chicago=Chicago/city/US"},
    {"Two people were shot on Mableton Parkway in Cobb County, Ga.",
     "Mableton=Mableton/city/US; Cobb County=Cobb County/district/US; "
     "Ga.=Georgia/region/US"},
    {"Troopers of the Ohio Highway Patrol stopped the car.",
     "Ohio=Ohio/region/US"},
    // A name that speaks or is given an age is a person ("Jackson said",
    // "Austin, 19,"), unless "in" puts it as a place ("police in Tulsa
    // said"); so is a line of names with ages, which is no title case.
    {"Jackson said he heard three shots in Tulsa.", "Tulsa=Tulsa/city/US"},
    {"Austin, 19, was shot in Tulsa on Sunday.", "Tulsa=Tulsa/city/US"},
    {"Police in Tulsa said.", "Tulsa=Tulsa/city/US"},
    {"The victims include Cordarius Williams, 24; Daquan Lundy, 23; Ricky "
     "Harrison Jr., 23; and Wendell Edwards Jr., 22.",
     ""},
    // A first name before a middle initial, a surname after one.
    {"Michael D. Matthews, 47, died of his injuries in Cleveland.",
     "Cleveland=Cleveland/city/US"},
    // A word whose capital says nothing (a title, a line in capitals) and
    // that the report also writes in lower case is that word.
    {"Gunman Shot Four In Tulsa Home Invasion. Police said the home was "
     "empty.",
     "Tulsa=Tulsa/city/US"},
    {"POLICE SAID FOUR PEOPLE WERE SHOT AT THAT HOME ON PATENT STREET IN "
     "TULSA.",
     "TULSA=Tulsa/city/US"},
    // The end of a name joined by a hyphen ("Wal-Mart") is no town.
    {"A customer shot a man outside a Wal-Mart in Tulsa.",
     "Tulsa=Tulsa/city/US"},
    {"It is, said Rep. Jay Inslee, D-Wash., the last word.",
     "Wash.=Washington/region/US"},
    // A town the gazetteer has in none of the states the next name gives
    // is none of its readings ("Bountiful, British Columbia").
    {"Members of the sect live in Bountiful, British Columbia.",
     "British Columbia=British Columbia/region/CA"},
    // A state's postal code after a town in it or opening a dateline is
    // the state ("TULSA, OK"); the town the gazetteer lacks in that state
    // is none ("MANCHESTER, IL"); after a name it is no state ("Regina
    // Benjamin, MD").
    {"TULSA, OK -- Two men were shot.",
     "TULSA=Tulsa/city/US; OK=Oklahoma/region/US"},
    {"MANCHESTER, IL (KMOX) -- A man was shot.", "IL=Illinois/region/US"},
    {"Two men were shot in Bethesda, MD, on Sunday.",
     "Bethesda=Bethesda/city/US; MD=Maryland/region/US"},
    {"The nomination of Dr. Regina Benjamin, MD, was announced in "
     "Washington.",
     "Washington=Washington/city/US"},
    // A town before a capitalised word that is no institution of it
    // ("Austin Hedrick", "Dallas Cowboys") is that town only in a state the
    // report supports or when the report names it plainly too, however big.
    {"Classmates honored Austin Hedrick, who died in Catawba County.",
     "Catawba County=Catawba County/district/US"},
    {"He was a big Dallas Cowboys fan, his friends in Hickory said.",
     "Hickory=Hickory/city/US"},
    // "St.", "Ft.", "Mt." for the Saint, Fort and Mount of a town's name.
    {"Police in St. Paul and Ft. Worth said; Mt. Holly police agreed.",
     "St. Paul=Saint Paul/city/US; Ft. Worth=Fort Worth/city/US; "
     "Mt. Holly=Mount Holly/city/US"},
};

// Places joined by "; " as "text=name/admin1-or-country": which reading
// an ambiguous name takes.
static void readings_str(const nf_doc *doc, char *out, size_t cap) {
  size_t len = 0;
  out[0] = 0;
  for (size_t i = 0; doc->facts && i < doc->facts->n_places; i++) {
    const nf_place *p = &doc->facts->places[i];
    int n =
        snprintf(out + len, cap - len, "%s%.*s=%s/%s", i ? "; " : "",
                 (int)(p->span.end - p->span.start), doc->text + p->span.start,
                 p->name, p->admin1 ? p->admin1 : p->country);
    if (n < 0 || (size_t)n >= cap - len) break;
    len += (size_t)n;
  }
}

static const struct {
  const char *text, *want;
} READINGS[] = {
    // Of several divisions so called, the one of most people.
    {"Deputies in Florida said the man fled.", "Florida=Florida/US"},
    // Of several counties so called, the one of most people.
    {"Two men were shot in Montgomery County.",
     "Montgomery County=Montgomery County/Maryland"},
    // A town of many people before a small division of its name, and
    // before the towns that go by it as another name.
    {"A man was shot in Toledo on Sunday.", "Toledo=Toledo/Ohio"},
    {"A man was shot in Manchester.", "Manchester=Manchester/England"},
    // In a report on the US, a state's name is the state, even when a
    // country goes by it too.
    {"Police in Georgia and Ohio searched for the man.",
     "Georgia=Georgia/US; Ohio=Ohio/US"},
    // A country's name is the country, not a town of the main country.
    {"Cuba and Venezuela signed a deal in Havana.",
     "Cuba=Cuba/CU; Venezuela=Venezuela/VE; Havana=Havana/Havana"},
    // "in north Raleigh" is a place cue as "in Raleigh" is.
    {"The shooting was in north Raleigh.", "Raleigh=Raleigh/North Carolina"},
    // An ambiguous county takes the state the report names elsewhere.
    {"The shooting happened in Madison County. Georgia deputies said two "
     "men were hurt.",
     "Madison County=Madison County/Georgia; Georgia=Georgia/US"},
    // ... or the state its towns of one reading lie in; but a big town
    // is read elsewhere only in a state the report names.
    {"Officers in Houston said the man had lived in Punxsutawney.",
     "Houston=Houston/Texas; Punxsutawney=Punxsutawney/Pennsylvania"},
    // A county is read in the state the report's towns support, however
    // big its namesakes.
    {"Deputies in Hamilton County said the man lived in Chattanooga.",
     "Hamilton County=Hamilton County/Tennessee; Chattanooga=Chattanooga/"
     "Tennessee"},
    {"Deputies from Johnston County searched a home north of Tishomingo.",
     "Johnston County=Johnston County/Oklahoma; Tishomingo=Tishomingo/"
     "Oklahoma"},
};

static void reading_table(void **state) {
  nf_ctx *ctx = *state;
  int bad = 0;
  for (size_t i = 0; i < sizeof READINGS / sizeof READINGS[0]; i++)
    bad += facts_case_failed(ctx, i, NULL, READINGS[i].text, READINGS[i].want,
                             readings_str);
  assert_int_equal(bad, 0);
}

static void place_table(void **state) {
  nf_ctx *ctx = *state;
  int bad = 0;
  for (size_t i = 0; i < sizeof PLACES / sizeof PLACES[0]; i++)
    bad += facts_case_failed(ctx, i, NULL, PLACES[i].text, PLACES[i].want,
                             places_str);
  assert_int_equal(bad, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(date_table),
      cmocka_unit_test(reading_table),
      cmocka_unit_test(anchor_from_other_reports),
      cmocka_unit_test(place_table),
  };
  return cmocka_run_group_tests(tests, facts_setup, facts_teardown);
}
