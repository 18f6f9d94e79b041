// The page-text line classifier and Markdown normalisation: tables of
// lines as page dumps of many sites and languages print them.
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
// clang-format off
#include <cmocka.h>
// clang-format on

#include "clean/text.h"
#include "core/alloc.h"

static const struct {
  const char *line;
  nf_line_kind kind;
} LINES[] = {
    // Body prose, in several languages and shapes.
    {"The death toll from ongoing clashes has reached 1,018, including 745 "
     "civilians, according to the Syrian Observatory for Human Rights.",
     NF_LK_PROSE},
    {"\xE2\x80\x9CWe don\xE2\x80\x99t want a war of revenge,\xE2\x80\x9D said "
     "Ahmad Al Najar, a resident of Latakia.",
     NF_LK_PROSE},
    {"Civilians: Approximately 745 civilians have been killed, many in "
     "close-range shootings.",
     NF_LK_PROSE},
    {"He was 75.", NF_LK_PROSE},
    {"In several areas, Alawites have faced retribution killings, looting, "
     "and arson.",
     NF_LK_PROSE},
    {"Le gouvernement a annoncé mardi une série de mesures pour soutenir les "
     "agriculteurs touchés par la sécheresse.",
     NF_LK_PROSE},
    {"Die Bundesregierung hat am Dienstag neue Maßnahmen gegen die "
     "Energiekrise beschlossen, wie ein Sprecher mitteilte.",
     NF_LK_PROSE},
    {"El presidente anunció el martes un plan de ayuda para las familias "
     "afectadas por las inundaciones.",
     NF_LK_PROSE},
    {"Глава правительства заявил во вторник, что новые меры поддержки "
     "вступят в силу с первого числа.",
     NF_LK_PROSE},
    {"قال المرصد السوري لحقوق الإنسان إن عدد القتلى ارتفع إلى أكثر من ألف "
     "شخص في المنطقة الساحلية.",
     NF_LK_PROSE},
    // Headlines and subheadings.
    {"HTS Mass Killings in Syria Leave Over 1,000 Dead Amid Clashes with "
     "Assad Loyalists",
     NF_LK_HEADLINE},
    {"Casualties and Violence", NF_LK_HEADLINE},
    {"Escalating violence and civilian casualties", NF_LK_HEADLINE},
    {"Connecting Communities, One Page at a Time.", NF_LK_HEADLINE},
    {"Over 1,000 killed in two days of clashes in Syria: Rights group",
     NF_LK_HEADLINE},
    // Fragments.
    {"All...", NF_LK_SHORT},
    {"12", NF_LK_SHORT},
    // Share rows.
    {"Facebook", NF_LK_SOCIAL},
    {"WhatsApp", NF_LK_SOCIAL},
    {"Share on Twitter", NF_LK_SOCIAL},
    {"Share this article on LinkedIn", NF_LK_SOCIAL},
    {"Facebook Twitter Email Print", NF_LK_SOCIAL},
    {"Partager sur Facebook", NF_LK_SOCIAL},
    {"Auf Facebook teilen", NF_LK_SOCIAL},
    {"Compartir en WhatsApp", NF_LK_SOCIAL},
    {"Share 12 Tweet 4", NF_LK_SOCIAL},
    {"Share this: Facebook", NF_LK_SOCIAL},
    // Teasers for other stories.
    {"Read more: War Returns? Syrian Forces Targeted as Pro-Assad Fighters "
     "Strike Back",
     NF_LK_TEASER},
    {"Read More: World Bank Approves 700 Million Dollars for Pakistan to "
     "Boost Economic Stability and Public Services",
     NF_LK_TEASER},
    {"Also Read", NF_LK_TEASER},
    {"Related: Five things to know about the election", NF_LK_TEASER},
    {"READ MORE", NF_LK_TEASER},
    {"Watch: Rescuers pull survivors from rubble", NF_LK_TEASER},
    {"Lire aussi : La réforme des retraites adoptée", NF_LK_TEASER},
    {"Lesen Sie auch: Was die Regierung jetzt plant", NF_LK_TEASER},
    {"Leia também: Governo anuncia novas medidas", NF_LK_TEASER},
    {"Baca juga: Harga minyak naik lagi", NF_LK_TEASER},
    {"Читайте также: Что известно о новых санкциях", NF_LK_TEASER},
    // A playlist of videos: running time, then the title.
    {"1:49 Grandmother says she still can't believe her grandson is dead",
     NF_LK_TEASER},
    {"10:35 Attorney: DUI suspect charged in death of teen offers "
     "condolences Pause",
     NF_LK_TEASER},
    {"0:50 One dead after shooting involving officer", NF_LK_TEASER},
    {"1:02:15 \u201cWe knew they were in a wreck\u201d", NF_LK_TEASER},
    // ... not a live blog's time of day.
    {"7:42 PM: Police confirm that the victim did not survive.", NF_LK_PROSE},
    {"8:10 p.m. UPDATE: The governor extended his condolences to the "
     "families.",
     NF_LK_PROSE},
    // Comment widgets.
    {"Comments (0)", NF_LK_COMMENTS},
    {"Add Comment", NF_LK_COMMENTS},
    {"Leave a Reply", NF_LK_COMMENTS},
    {"Post comment", NF_LK_COMMENTS},
    {"0 Pending Comments", NF_LK_COMMENTS},
    {"37 Comments", NF_LK_COMMENTS},
    {"Kommentare", NF_LK_COMMENTS},
    {"You must be logged in to post a comment.", NF_LK_COMMENTS},
    {"Alex on September 17, 2018 at 6:34 am said:", NF_LK_COMMENTS},
    {"Gary M says:", NF_LK_COMMENTS},
    {"Abe also said:", NF_LK_PROSE},
    {"Pensioner Bayram-aga, a voter in Ashgabat, said:", NF_LK_PROSE},
    {"More about the Tuesday afternoon\xE2\x80\x99s planned launch:",
     NF_LK_PROSE},
    // Images and captions.
    {"img", NF_LK_IMAGE},
    {"Image", NF_LK_IMAGE},
    {"Photo: Reuters", NF_LK_IMAGE},
    {"Image copyright Getty Images", NF_LK_IMAGE},
    {"Protesters gather in the capital on Sunday. (AP Photo/Jane Doe)",
     NF_LK_IMAGE},
    {"Rescue workers search the rubble. Photo: AFP", NF_LK_IMAGE},
    {"The pile of ammunition found with the gunman. (Santa Monica "
     "Police/AP)",
     NF_LK_IMAGE},
    // A wire dateline opens a story; its agency is not a photo credit.
    {"PITTSBURGH (KDKA/AP) \xE2\x80\x93 Authorities say four men playing "
     "dice were shot and one was killed overnight.",
     NF_LK_PROSE},
    {"(Reuters) - At least nine people were shot on Sunday when gunfire "
     "erupted at a parade in New Orleans.",
     NF_LK_PROSE},
    {"Foto: dpa", NF_LK_IMAGE},
    {"Alex Wong | Getty Images", NF_LK_IMAGE},
    {"Sanjeev Verma/Hindustan Times/Getty Images", NF_LK_IMAGE},
    {"An artist's illustration of a plume of water vapor emanating from "
     "Jupiter's moon Europa.",
     NF_LK_IMAGE},
    {"The footage shows Horton (pictured) picking up her daughter from "
     "school on October 21, 2011.",
     NF_LK_PROSE},
    {"Comeaux's escape is all the more surprising since authorities had "
     "believed he was paralyzed.",
     NF_LK_PROSE},
    {"Keep an eye on your inbox for the latest sports news.", NF_LK_FOOTER},
    {"No spam, we promise. You can unsubscribe at any time.", NF_LK_FOOTER},
    {"Meg James is a corporate media reporter for the Los Angeles Times, "
     "covering the business of television.",
     NF_LK_FOOTER},
    {"Email Tariq Malik at tmalik@example.com or follow him @tariqjmalik.",
     NF_LK_FOOTER},
    {"Have a tip? Amy Kuperinsky may be reached at amy@example.com.",
     NF_LK_FOOTER},
    // Account and paywall prompts.
    {"We have sent you a verification email. Please check your email and "
     "click on the link to activate your profile.",
     NF_LK_FOOTER},
    {"Click on the button below to set up your account or log in if you "
     "already have one.",
     NF_LK_FOOTER},
    {"By submitting your registration information, you agree to our Terms "
     "of Service and Privacy Policy.",
     NF_LK_FOOTER},
    {"Sorry, this zipcode is not in our deliverable area for this "
     "subscription service.",
     NF_LK_FOOTER},
    {"Email notifications are only sent once a day, and only if there are "
     "new matching items.",
     NF_LK_FOOTER},
    {"1 of 3 Premium Clicks used this month", NF_LK_FOOTER},
    {"Welcome back. Please sign in", NF_LK_FOOTER},
    {"The suspect used a stolen card to log in to the bank's website.",
     NF_LK_PROSE},
    {"Reuters reported on Monday that the talks had stalled.", NF_LK_PROSE},
    {"The minister, who joined the cabinet in May, resigned on Friday.",
     NF_LK_PROSE},
    // Separators.
    {"||", NF_LK_SEPARATOR},
    {"---", NF_LK_SEPARATOR},
    {"* * *", NF_LK_SEPARATOR},
    {"\xE2\x80\xA2", NF_LK_SEPARATOR},
    // Navigation and section labels.
    {"Breaking News", NF_LK_NAV},
    {"World", NF_LK_NAV},
    {"Home > News > World", NF_LK_NAV},
    {"News | Sport | Weather | Culture", NF_LK_NAV},
    {"Startseite", NF_LK_NAV},
    {"Accueil", NF_LK_NAV},
    // Footers and prompts.
    {"\xC2\xA9 2025 Example Media Group. All rights reserved.", NF_LK_FOOTER},
    {"Copyright 2016 WMC Action News 5. All rights reserved.", NF_LK_FOOTER},
    {"Sign up for one of our email newsletters.", NF_LK_FOOTER},
    {"Please enable Javascript to watch this video", NF_LK_FOOTER},
    {"Privacy Policy", NF_LK_FOOTER},
    {"Follow us", NF_LK_FOOTER},
    {"We use cookies to improve your experience on our site.", NF_LK_FOOTER},
    {"Subscribe to our newsletter", NF_LK_FOOTER},
    {"Tous droits réservés", NF_LK_FOOTER},
    {"Alle Rechte vorbehalten.", NF_LK_FOOTER},
    {"To Read the Full Story", NF_LK_FOOTER},
    // Adverts.
    {"Advertisement", NF_LK_ADVERT},
    {"ADVERTISEMENT", NF_LK_ADVERT},
    {"Advertisement Continue reading the main story", NF_LK_ADVERT},
    {"Story continues below advertisement", NF_LK_ADVERT},
    {"Anzeige", NF_LK_ADVERT},
    // Headings of what follows an article.
    {"Related Articles", NF_LK_END},
    {"Most Popular", NF_LK_END},
    {"You may also like", NF_LK_END},
    {"More from Business", NF_LK_END},
    {"Mehr zum Thema", NF_LK_END},
    {"Mehr zum Thema: Was die Regierung plant", NF_LK_TEASER},
    {"Les plus lus", NF_LK_END},
    {"Filed under: Khawarij |", NF_LK_END},
    {"Tags: election, senate, budget", NF_LK_END},
    // Dates and bylines.
    {"Published: March 10, 2025", NF_LK_DATELINE},
    {"Updated 3 hours ago", NF_LK_DATELINE},
    {"Nov. 19, 2019 8:03 am ET", NF_LK_DATELINE},
    {"10 mars 2025", NF_LK_DATELINE},
    {"By Staff, Agencies", NF_LK_BYLINE},
    {"Amin Masoodi 09 March 2025 05:53", NF_LK_BYLINE},
    {"By Jane Doe and John Roe | Reuters", NF_LK_BYLINE},
    // Things that are none of the residue kinds.
    {"Read the full report on the agency's website before Friday's vote, "
     "officials urged residents who were affected by the floods.",
     NF_LK_PROSE},
    {"By the end of the day, the toll had risen to more than 300.",
     NF_LK_PROSE},
    {"More than 1,000 people have been killed in just two days of intense "
     "violence in Syria.",
     NF_LK_PROSE},
    {"Twitter said on Monday it would appeal the ruling.", NF_LK_PROSE},
    {"The newsletter was first published in 1998 by a group of local "
     "teachers.",
     NF_LK_PROSE},
    {"Loading trucks were seen leaving the port before dawn.", NF_LK_PROSE},
    {"About US troops in the region, the ministry gave no figure.",
     NF_LK_PROSE},
};

static void classify_table(void **state) {
  (void)state;
  int bad = 0;
  for (size_t i = 0; i < sizeof LINES / sizeof LINES[0]; i++) {
    nf_line_info info;
    memset(&info, 0, sizeof info);
    nf_line_kind k = Nf_line_classify(Nf_sv_cstr(LINES[i].line), &info);
    if (k != LINES[i].kind) {
      print_error("%-9s (want %-9s) %s\n", Nf_line_kind_name(k),
                  Nf_line_kind_name(LINES[i].kind), LINES[i].line);
      bad++;
    }
  }
  assert_int_equal(bad, 0);
}

static void measures(void **state) {
  (void)state;
  nf_line_info in;
  memset(&in, 0, sizeof in);
  Nf_line_classify(Nf_sv_cstr("The cat sat on the mat, and it was happy."),
                   &in);
  assert_int_equal(in.words, 10);
  assert_true(in.ends_sentence);
  assert_string_equal(Nf_stop_lang_code(in.lang), "en");
  assert_true(in.stops >= 4);
  memset(&in, 0, sizeof in);
  Nf_line_classify(Nf_sv_cstr("\xE2\x80\x9CIt is over.\xE2\x80\x9D"), &in);
  assert_true(in.ends_sentence);
  memset(&in, 0, sizeof in);
  Nf_line_classify(Nf_sv_cstr("Die Katze und der Hund sind nicht im Haus."),
                   &in);
  assert_string_equal(Nf_stop_lang_code(in.lang), "de");
  assert_null(Nf_stop_lang_code(-1));
  assert_true(Nf_stopword_langs(Nf_sv_cstr("the")) >> Nf_stop_lang_index("en") &
              1u);
  assert_int_equal(Nf_stopword_langs(Nf_sv_cstr("syria")), 0);
}

static const struct {
  const char *raw;
  bool markdown;
  const char *out;
  bool bullet;
  int heading;
  bool links, images;
} NORM[] = {
    {"  * [Home](https://example.com/)", true, "Home", true, 0, true, false},
    {"#  Google Stadia: So Many Ways to Play", true,
     "Google Stadia: So Many Ways to Play", false, 1, false, false},
    {"## There are more devices", true, "There are more devices", false, 2,
     false, false},
    {"He told [Reuters](https://r.example/x (title)) on **Monday** that _it_ "
     "was over.",
     true, "He told Reuters on Monday that it was over.", false, 0, true,
     false},
    {"![photo](https://img.example/a.jpg) The minister spoke.", true,
     "The minister spoke.", false, 0, false, true},
    {"[![](https://img.example/a.jpg)](https://example.com/a)", true, "", false,
     0, false, true},
    {"> A quoted line", false, "A quoted line", false, 0, false, false},
    {"\xE2\x80\xA2 First point", false, "First point", true, 0, false, false},
    {"snake_case and 2*3 stay", true, "snake_case and 2*3 stay", false, 0,
     false, false},
    {"see <https://example.com/page> now", false, "see now", false, 0, false,
     false},
    {"1\\. Not a list \\- really", true, "1. Not a list - really", false, 0,
     false, false},
    {"---", false, "---", false, 0, false, false},
    {"a  \xC2\xA0 b\tc", false, "a b c", false, 0, false, false},
};

static void normalize_table(void **state) {
  (void)state;
  nf_buf b;
  Nf_buf_init(&b, &Nf_default_allocator, 1 << 20);
  for (size_t i = 0; i < sizeof NORM / sizeof NORM[0]; i++) {
    Nf_buf_clear(&b);
    nf_line_info in;
    memset(&in, 0, sizeof in);
    assert_int_equal(
        Nf_text_normalize(&b, Nf_sv_cstr(NORM[i].raw), NORM[i].markdown, &in),
        NF_OK);
    assert_string_equal(b.data ? b.data : "", NORM[i].out);
    assert_int_equal(in.bullet, NORM[i].bullet);
    assert_int_equal(in.heading, NORM[i].heading);
    assert_int_equal(in.link_chars > 0, NORM[i].links);
    assert_int_equal(in.images > 0, NORM[i].images);
  }
  Nf_buf_fini(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(classify_table),
      cmocka_unit_test(measures),
      cmocka_unit_test(normalize_table),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
