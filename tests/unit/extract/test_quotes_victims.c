// Quotes with their speakers, actors with roles and aliases, and victims
// counted one by one.
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
// clang-format on

#include "facts_util.h"

// Quotes as "D|R speaker: first words" joined by "; ".
static void quotes_str(const nf_doc *doc, char *out, size_t cap) {
  size_t len = 0;
  out[0] = 0;
  for (size_t i = 0; doc->facts && i < doc->facts->n_quotes; i++) {
    const nf_quote *q = &doc->facts->quotes[i];
    size_t n0 = q->span.end - q->span.start;
    if (n0 > 24) n0 = 24;
    int n =
        snprintf(out + len, cap - len, "%s%c %s: %.*s", i ? "; " : "",
                 q->direct ? 'D' : 'R', q->speaker_name ? q->speaker_name : "?",
                 (int)n0, doc->text + q->span.start);
    if (n < 0 || (size_t)n >= cap - len) break;
    len += (size_t)n;
  }
}

static const struct {
  const char *text, *want;
} QUOTES[] = {
    // After the quote: "said X", "X said", "he said".
    {"“The attack came from the buildings,” said Dr. Mohammed, head of the "
     "emergency department. “They started firing.”",
     "D Dr. Mohammed: The attack came from the; "
     "D Dr. Mohammed: They started firing."},
    {"Khaled Al Raad, a resident, was injured. “I was near the window,” "
     "Raad said from his bed.",
     "D Khaled Al Raad: I was near the window,"},
    {"Ali Sheha, a 57-year-old resident, told AFP that his neighbors died.\n\n"
     "“Gunmen were firing at houses,” he said.",
     "R Ali Sheha: his neighbors died; "
     "D Ali Sheha: Gunmen were firing at ho"},
    // Before the quote.
    {"Lebanese lawmaker Haidar Nasser urged action, telling AP, “The world "
     "should protect them.”",
     "D Haidar Nasser: The world should protect"},
    {"Police Chief Jane Smith said: \"We have a suspect in custody.\"",
     "D Jane Smith: We have a suspect in cus"},
    // Split around the cue, one speaker.
    {"“We don’t want a war,” said Ahmad Al Najar, a resident. “We want "
     "peace.”",
     "D Ahmad Al Najar: We don’t want a war,; D Ahmad Al Najar: We want "
     "peace."},
    // Reported speech.
    {"Interim President Ahmed al-Sharaa condemned the atrocities and called "
     "for unity.",
     "R Ahmed al-Sharaa: the atrocities and calle"},
    {"According to the chief, Rami Abdurrahman, the killings ceased. He "
     "described the violence as one of the largest massacres.",
     "R Rami Abdurrahman: the violence as one of t"},
};

static void quote_table(void **state) {
  nf_ctx *ctx = *state;
  int bad = 0;
  for (size_t i = 0; i < sizeof QUOTES / sizeof QUOTES[0]; i++)
    bad += facts_case_failed(ctx, i, NULL, QUOTES[i].text, QUOTES[i].want,
                             quotes_str);
  assert_int_equal(bad, 0);
}

static void actors_and_aliases(void **state) {
  nf_ctx *ctx = *state;
  nf_doc *doc = facts_doc(
      ctx, NULL, NULL,
      "The Syrian Observatory for Human Rights (SOHR) said 20 died. The "
      "Observatory added that Hayat Tahrir al-Sham, the Islamist group, "
      "denied it. HTS fighters withdrew, SOHR chief Rami Abdurrahman said.");
  assert_non_null(doc);
  const nf_facts *f = doc->facts;
  int sohr = -1, hts = -1, rami = -1;
  for (size_t i = 0; i < f->n_actors; i++) {
    if (strcmp(f->actors[i].name, "Syrian Observatory for Human Rights") == 0)
      sohr = (int)i;
    if (strcmp(f->actors[i].name, "Hayat Tahrir al-Sham") == 0) hts = (int)i;
    if (strcmp(f->actors[i].name, "Rami Abdurrahman") == 0) rami = (int)i;
  }
  assert_true(sohr >= 0 && hts >= 0 && rami >= 0);
  const nf_actor *a = &f->actors[sohr];
  bool acronym = false, head = false;
  for (size_t k = 0; k < a->n_aliases; k++) {
    if (strcmp(a->aliases[k], "SOHR") == 0) acronym = true;
    if (strcmp(a->aliases[k], "Observatory") == 0) head = true;
  }
  assert_true(acronym && head);
  assert_int_equal(f->actors[hts].kind, NF_ACTOR_GROUP);
  assert_string_equal(f->actors[rami].role, "SOHR chief");
  assert_int_equal(f->actors[sohr].kind, NF_ACTOR_ORG);
  nf_doc_free(doc);
}

// Victims as "measure category [perp] description" joined by "; ".
static void victims_str(const nf_doc *doc, char *out, size_t cap) {
  size_t len = 0;
  out[0] = 0;
  for (size_t i = 0; doc->facts && i < doc->facts->n_victims; i++) {
    const nf_victim *v = &doc->facts->victims[i];
    int n = snprintf(out + len, cap - len, "%s%s %s%s%s %s", i ? "; " : "",
                     Nf_measure_name(v->measure), Nf_category_name(v->category),
                     v->perpetrator ? " perp" : "",
                     v->background ? " earlier" : "", v->description);
    if (n < 0 || (size_t)n >= cap - len) break;
    len += (size_t)n;
  }
}

static const struct {
  const char *text, *want;
} VICTIMS[] = {
    {"A 23-year-old man was shot and killed early Sunday, police said.",
     "killed men A 23-year-old man"},
    {"Khaled Al Raad, a Latakia resident, was injured while cooking.",
     "injured all Khaled Al Raad"},
    {"The gunman was killed by police after a chase.",
     "killed all perp The gunman"},
    {"Police shot and killed a 19-year-old woman outside the store.",
     "killed women a 19-year-old woman"},
    {"A 3-year-old boy was shot in the arm. The child is in stable "
     "condition. The boy later died.",
     "killed children A 3-year-old boy"},
    {"A woman was wounded and another woman was killed.",
     "injured women A woman; killed women another woman"},
    // Numbers are figures, not victims; pronouns refer back.
    {"Two men were shot. He was taken to a hospital.", ""},
    {"The family is grieving after the fatal shooting of 1-year-old "
     "Braylon.",
     "killed all Braylon"},
    // Adverbs between the auxiliary and the verb; ages written apart.
    {"A 13-year-old girl was accidentally shot in the neck by her sister.",
     "injured children A 13-year-old girl"},
    {"A 17 year old was shot in the face Wednesday.",
     "injured children A 17 year old"},
    {"A police officer was seriously injured during the protest.",
     "injured security_forces A police officer"},
    // A condition said for someone hurt (accidents, attacks).
    {"A 16-year-old is in critical condition after a crash on Route 9.",
     "injured children A 16-year-old"},
    // "the death of", "the shooting of" someone.
    {"Police are investigating the death of a 16 year-old boy found in the "
     "river.",
     "killed children a 16 year-old boy"},
    {"A Toledo man was arrested in the shooting of his 3-year-old "
     "daughter.",
     "arrested men A Toledo man; injured children his 3-year-old daughter"},
    // A relative clause between the person and what happened to them.
    {"The 2-year-old who was shot inside an apartment in Madison has died.",
     "killed children The 2-year-old"},
    {"A second officer who was shot has died.",
     "killed security_forces A second officer"},
    // Who shot others in the relative clause is the shooter.
    {"A man who fatally shot his two sons has died.", "killed men perp A man"},
    {"A worker who was trapped for two days in the collapse has died.",
     "killed all A worker"},
    // Who shot someone is not a victim; who shot themselves is.
    {"A man who allegedly shot a 3-year-old boy in the head was arraigned.",
     "injured children a 3-year-old boy"},
    {"A woman shot her neighbor after an argument.",
     "injured all her neighbor"},
    {"A two-year-old boy shot himself in the leg.",
     "injured children A two-year-old boy"},
    {"A Lodi eighth-grader died Friday after being accidentally shot.",
     "killed all A Lodi eighth-grader"},
    // Two people joined by "and" are two.
    {"An Army soldier and his 11-year-old daughter were found dead.",
     "killed children his 11-year-old daughter; killed security_forces An "
     "Army soldier"},
    {"A driver and a passenger were killed when the bus overturned.",
     "killed all a passenger; killed all A driver"},
    {"A man, a woman and a child were killed in the crash.",
     "killed children a child; killed women a woman; killed men A man"},
    {"The shooting also wounded her brother and 4-year-old daughter.",
     "injured men her brother; injured children 4-year-old daughter"},
    {"The storm killed a farmer and his wife, officials said.",
     "killed all a farmer; killed women his wife"},
    {"He killed a man and fled the scene.", "killed men a man"},
    // An owner names no one hit: the one owned is ("his brother's
    // girlfriend"; "a man's car": no one).
    {"The gunman killed his brother, his brother's girlfriend, and an "
     "unrelated third man inside the house.",
     "killed men his brother; killed women his brother's girlfriend; killed "
     "men an unrelated third man"},
    {"Police said he shot a man's car.", ""},
    // Those who killed themselves, as murder-suicides are told.
    {"A 19-year-old man shot and killed his infant daughter before turning "
     "the gun on himself, police said.",
     "killed children his infant; killed men perp A 19-year-old man"},
    {"He shot his wife and then turned the gun on himself.",
     "injured women his wife; killed all perp turned the gun on himself"},
    {"A man shot and killed his 8-year-old son before fatally shooting "
     "himself.",
     "killed children his 8-year-old son; killed men perp A man"},
    {"The officer took his own life last year.",
     "killed security_forces perp earlier The officer"},
    // "and then himself": the subject killed themselves too.
    {"A 59-year-old man killed his 4-year-old son and then himself on "
     "Sunday night.",
     "killed children his 4-year-old son; killed men perp A 59-year-old man"},
    {"A teenager shot a female passenger in his car then himself before he "
     "crashed.",
     "injured women a female; killed children perp A teenager"},
    // What is said: the subject after the saying verb.
    {"A sheriff says a 41-year-old woman shot her 5-year-old son and then "
     "herself.",
     "injured children her 5-year-old son; killed women perp a 41-year-old "
     "woman"},
    // Who shot themselves in a clause after "after" / "when".
    {"A man was arrested after his 2-year-old son found a loaded gun and "
     "fatally shot himself in the head.",
     "arrested men A man; killed children his 2-year-old son"},
    // (a clause as long as news writes them: the gun's place between)
    {"A Corpus Christi man was arrested after his 2-year-old son found a "
     "loaded gun on the kitchen table and fatally shot himself in the head.",
     "arrested men A Corpus Christi man; killed children his 2-year-old son"},
    // "identified ... as": each one named, of the fate the words before
    // give (whom a coroner identifies is dead); with no fate, someone told
    // already, and no one more.
    {"Coroner Michael Fowler identified the dead victims as 67 year old "
     "Brenda Forrester, and her 24 year old granddaughter Keyon Branch.",
     "killed all Brenda Forrester; killed all Keyon Branch"},
    {"The sheriff's office identified the deceased suspect as 25-year-old "
     "Rafael Navarro-Garcia.",
     "killed all perp Rafael Navarro-Garcia"},
    {"The Marion County Coroner's Office identified him as Elishama Pierre, "
     "24.",
     "killed all Elishama Pierre"},
    {"Police identified the victims as Aliyah Taylor, 20, and Kavin "
     "Kennebrew, 23.",
     ""},
    {"A 34-year-old man was shot and killed. The coroner identified the "
     "victim as John Smith, 34, of Trotwood.",
     "killed men A 34-year-old man"},
    // Someone hit whom the sentence's own verb calls the attacker is the
    // attacker; "the man" after an attacker killed, when no one else was,
    // is the attacker again (one person, not two).
    {"Police are investigating whether a man shot and killed by a "
     "homeowner is an escaped murder suspect.",
     "killed men perp a man"},
    {"A man was shot and the suspect fled.", "injured men A man"},
    {"A murder suspect was killed during a home invasion. The sheriff said "
     "the man killed Thursday was Rafael McCloud.",
     "killed men perp A murder suspect"},
    {"A gunman was killed by police. A man was killed in the store.",
     "killed all perp A gunman; killed men A man"},
    // A young child's months or word is no year age of someone else's
    // ("an infant" is no "3-year-old"; "a baby" may be two).
    {"An infant was shot and killed. Police linked it to a shooting that "
     "killed a 3-year-old girl.",
     "killed children An infant; killed children a 3-year-old girl"},
    {"A 6-month-old girl was killed. Police said a 3-year-old girl was "
     "killed.",
     "killed children A 6-month-old girl; killed children a 3-year-old "
     "girl"},
    {"A baby was shot. The 2-year-old was shot in the leg.",
     "injured children A baby"},
    // An adult is no child told before ("Mother, toddler killed").
    {"A toddler was killed. Neshante Davis, 26, was killed too.",
     "killed children A toddler; killed all Neshante Davis"},
    // A natural death is no one killed.
    {"A third child, his 20-year-old son, died naturally after suffering "
     "from an illness.",
     ""},
    // An apposition names the same person again.
    {"Police say he shot and killed his friend, 63-year-old Daniel Caron, in "
     "the driveway.",
     "killed all his friend"},
    {"Officials say a man at the residence, 21-year-old Marcus Cole Holt, "
     "was killed and his vehicle stolen.",
     "killed all Marcus Cole Holt"},
    // An age, then an apposition: the name before both ("of Chicago" and a
    // dateline's dash are no part of it).
    {"John Smith, 34, of Chicago, was shot and killed.",
     "killed all John Smith"},
    {"PITTSBURGH (KDKA) – Nick Ursiny, 15, a member of the school band, "
     "died after an accident at his home.",
     "killed children Nick Ursiny"},
    {"A 3-year-old boy shot and killed himself with a gun he found.",
     "killed children A 3-year-old boy"},
    // "found ... dead": each person found.
    {"Police in Cudahy found a father and daughter dead on New Year's Day.",
     "killed men a father; killed all daughter"},
    {"Rescuers found the hiker dead near the summit.", "killed all the hiker"},
    // Someone introduced anew in the same sentence is someone else.
    {"A teen was killed and a child was injured in a drive-by shooting.",
     "killed children A teen; injured children a child"},
    // The person after "of" is not the subject.
    {"The parents of a 9-month-old baby were arrested.", ""},
    // Struck by a bullet, a car: hurt; struck and killed: killed.
    {"A 7-year-old girl was struck by a bullet Sunday.",
     "injured children A 7-year-old girl"},
    {"A cyclist was struck and killed by a truck.", "killed all A cyclist"},
    // Struck or hit in a part of the body: hurt.
    {"A 19-year-old woman was hit in the right knee.",
     "injured women A 19-year-old woman"},
    {"The man was struck in the leg and in the shoulder.",
     "injured men The man"},
    // Hurt, then died in a clause with no subject of its own; a clause
    // with a subject or a relative clause tells of others.
    {"A 22-year-old man was shot in the chest and died in the home.",
     "killed men A 22-year-old man"},
    {"A 23-year-old man was shot in the back of his head and was pronounced "
     "dead at the scene.",
     "killed men A 23-year-old man"},
    {"A woman was wounded in the attack that left the gunman dead.",
     "injured women A woman; killed all perp the gunman"},
    // "the second victim" names again one told ("another person"); "a
    // second victim" is one more.
    {"Sang and another person got shot. The second victim was hit in the "
     "hand.",
     "injured all another person"},
    {"The flight was hit by delays.", ""},
    // What befell someone, in other words: a wound suffered, a recovery,
    // a ride to hospital, "gunned down"; not a city's losses or an
    // economy's recovery.
    {"A 25-year-old man suffered a gunshot wound to the leg.",
     "injured men A 25-year-old man"},
    {"A man suffered fatal injuries in the crash.", "killed men A man"},
    {"The city suffered heavy losses.", ""},
    {"A Hopkinsville teen is recovering after an accidental shooting.",
     "injured children A Hopkinsville teen"},
    {"The economy is recovering after the crisis.", ""},
    {"A woman was taken to a hospital, where she died.",
     "killed women A woman"},
    {"The suspect was taken to jail.", ""},
    // The death told in a clause about someone else is not this one's.
    {"A man was taken to a hospital, where his brother later died.",
     "injured men A man; killed men his brother"},
    {"A woman was rushed to a hospital and later died.",
     "killed women A woman"},
    {"A man was gunned down outside a bar.", "killed men A man"},
    {"A father of four was killed in the crash.",
     "killed men A father of four"},
    // Relatives: named beside someone, someone else; of no given age, maybe
    // the child already counted; after "by", no subject.
    {"A woman was killed and her brother injured.",
     "killed women A woman; injured men her brother"},
    {"A 13-year-old boy was killed. His brother was wounded.",
     "killed children A 13-year-old boy; injured men His brother"},
    {"A 10-year-old girl was killed. Police said the boy later admitted "
     "killing his sister.",
     "killed children A 10-year-old girl"},
    {"A baby accidentally shot by her father was in stable condition.",
     "injured children A baby"},
    {"The boy's father was dead. His 8-year-old son was killed too.",
     "killed men The boy's father; killed children His 8-year-old son"},
    // Found dying: reported once dead. "The victim" first named counts.
    {"Police are investigating after a man was found dying on a street.",
     "killed men a man"},
    {"Police say the 17-year-old male victim was taken to the hospital, "
     "where he was pronounced dead.",
     "killed children the 17-year-old male victim"},
    // A relative clause's person after "of" is its subject.
    {"The father of a 6-year-old boy who was accidentally shot by his "
     "brother has been charged.",
     "injured children a 6-year-old boy"},
    // Who shot into a home shot.
    {"Alex Dixon, 18, and Mark Hall, 19, shot into the home.", ""},
    // Ages in words tell people apart as ages in digits do.
    {"A ten-year-old girl was killed. A 12-year-old girl was wounded.",
     "killed children A ten-year-old girl; injured children A 12-year-old "
     "girl"},
    // One word of a name counted before is that person.
    {"Timea Batts, 11, was shot inside a home. Timea died at the hospital.",
     "killed children Timea Batts"},
    // A place before the person: no name.
    {"Police are investigating the death of West Seattle teenager.",
     "killed children West Seattle teenager"},
    // "another", "a fourth" as a subject: someone more, of the kind named
    // last; not after a preposition or before an adjective.
    {"One man died and another was wounded.", "injured men another"},
    {"One suspect was caught while another was found dead.",
     "killed all perp another"},
    {"Two people were killed and a fourth was hurt in the crash.",
     "injured all a fourth"},
    {"A park was named for another slain teen, Hadiya Pendleton.", ""},
    // A rank in a tally said of someone told already is no one more.
    {"A 2-year-old boy was killed. He is the second child shot and killed "
     "since Saturday.",
     "killed children A 2-year-old boy"},
    {"A fourth suspect fled.", ""},
    // Fighting for one's life, clinging to life: hurt.
    {"A man was killed. Another is fighting for her life.",
     "killed men A man; injured all Another"},
    {"A woman is clinging to life after the stabbing.",
     "injured women A woman"},
    {"The economy is fighting for its life.", ""},
    // Who killed "one of" them is not the one killed.
    {"The gunman killed one of the guards.", ""},
    // "fatally", "mortally" before an active verb: the one it names died.
    {"Police fatally shot a 19-year-old man on Sunday.",
     "killed men a 19-year-old man"},
    {"He shot his ex-wife and mortally wounded her boyfriend.",
     "injured women his ex-wife; killed men her boyfriend"},
    // A "where" clause's verb is its own subject's; after it ends, the
    // relative clause's subject is who the main verb tells of.
    {"A woman who lived near the house where two men were killed spoke to "
     "reporters.",
     ""},
    {"A victim who escaped from a home where three people were killed "
     "early Monday also was injured.",
     "injured all A victim"},
    // Who killed themselves in a relative clause is the one it opens on;
    // past a comma, the sentence's subject again.
    {"A police officer was shot and seriously injured by a suspect who is "
     "believed to have later killed himself.",
     "injured security_forces A police officer; killed all perp a suspect"},
    {"A suspect opened fire on a police officer who was sitting in his "
     "squad car, then killed himself.",
     "killed all perp A suspect"},
    // The one counted apart by an ordinal keeps their fate when the dead
    // are told one by one later.
    {"Three people are dead and a fourth is wounded. Police found two men "
     "and a woman shot to death inside the house.",
     "injured all a fourth; killed women a woman"},
    // Who "shot at" people fired; a place or time after "shot at" does not
    // say so.
    {"A man shot at police officers during the chase.", ""},
    {"A 20-year-old man shot at a dozen people in the park.", ""},
    {"A woman was shot at close range on Sunday.", "injured women A woman"},
    {"A man was shot at a party on Sunday.", "injured men A man"},
    // Capitals (a broadcast transcript) hide names and ages: no one is read
    // from them but who turned the gun on themselves.
    {"NEW DETAILS IN THE SHOOTING DEATH OF A 33-YEAR-OLD AT THE HANDS OF "
     "THE 11-YEAR-OLD BOY.",
     ""},
    {"A WOMAN SHOT HER HUSBAND IN THE HEAD BEFORE TURNING THE GUN ON HERSELF.",
     "killed women perp A WOMAN"},
    {"DAYS PRIOR TO THE SHOOTING DEATH OF 3-YEAR-OLD ELIJAH WALKER, HE WAS "
     "CAUGHT.",
     ""},
    // Who shot is no victim of it, whatever the object ("both of his
    // sons") or a second verb between ("shot and wounded the man").
    {"A man shot both of his sons.", ""},
    {"A deputy shot and wounded the man.", ""},
    // The attacker hit, named again as the object.
    {"Police shot and killed the gunman.", "killed all perp the gunman"},
    {"Officers shot the suspect, who was taken to a hospital.",
     "injured all perp the suspect"},
    // A relative clause set off by a comma tells of the one before it
    // (not of whom a name after "of" is).
    {"The homeowner shot the intruder, who died at the scene.",
     "killed all perp the intruder"},
    {"The brother of Sarai Lara, who was killed in the attack, spoke.", ""},
    {"After the shooting the suspect fled south.", ""},
    // Who is suspected of the killing is its attacker.
    {"A man who was suspected of killing five people was found dead in his "
     "home.",
     "killed men perp A man"},
    // The shooter who then killed themselves, named by no noun, is one
    // more than those they shot first; a girl who shot herself is the girl.
    {"Police said John Smith, 45, shot and killed his wife before killing "
     "himself.",
     "killed women his wife; killed all perp killing himself"},
    {"A 6-year-old girl accidentally shot and killed herself Tuesday night.",
     "killed children A 6-year-old girl"},
    // Whom the shot that hit the shooter hit too.
    {"A boy accidentally shot himself and his friend.",
     "injured children A boy; injured all his friend"},
};

// Headlines drop articles and auxiliaries; the body then describes the
// same people, who are counted once.
static const struct {
  const char *title, *text, *want;
} HEADLINES[] = {
    {"Man killed, boy injured in apparent drive-by shooting", "No more.",
     "killed men man; injured children boy"},
    {"Teen shot dead outside store; two others wounded", "No more.",
     "killed children teen"},
    {"Woman dies after shooting in Chicago", "No more.", "killed women woman"},
    {"Campbell boy, 7, hospitalized after accidental shooting", "No more.",
     "injured children campbell boy, 7,"},
    {"6-year-old Atlanta girl shot in the head, killed", "No more.",
     "killed children 6-year-old Atlanta girl"},
    {"Man, woman shot in Southside", "No more.",
     "injured women woman; injured men man"},
    {"Police: Toddler shoots mother near store", "No more.",
     "injured women mother"},
    {"Bullet kills man, grazes child in home", "No more.",
     "killed men man; injured children child"},
    {"Man fatally shoots wife, daughter", "No more.",
     "killed women wife; killed all daughter"},
    {"Girl accidentally shoots herself in the hand", "No more.",
     "injured children girl"},
    {"Vigil held for teen killed in crash", "No more.", "killed children teen"},
    // where it befell them between the person and the verb
    {"Victim in Creekwood shooting dies", "No more.", "killed all victim"},
    {"Mom involved in Montfort shooting has died", "No more.",
     "killed women mom"},
    // A gerund's reflexive and the others it hit (after a source's
    // "Police:"); not the shooter's end after killing others.
    {"Police: Boy charged after accidentally shooting self, girl", "No more.",
     "injured children boy; injured children girl"},
    {"Miami man killed 2 daughters in car before shooting himself", "No more.",
     ""},
    {"Man charged in killing of teen", "No more.", "killed children teen"},
    {"Teen who shot 4 is killed by police", "No more.",
     "killed children perp teen"},
    {"Iredell County man who fatally shot young sons has died", "No more.",
     "killed men perp iredell County man"},
    // A parent or spouse is no headline's child, however loosely read.
    {"Boy, 6, dies after shooting at school",
     "The teen's father was killed at home.",
     "killed children boy, 6,; killed men The teen's father"},
    {"Man shot outside store dies", "No more.", "killed men man"},
    // A condition; a gerund with an object; a plural verb.
    {"Teen in critical condition after accidental shooting", "No more.",
     "injured children teen"},
    {"Woman in hospital after accidental shooting", "No more.",
     "injured women woman"},
    // A gerund after a preposition is no word of its object's.
    {"Husband suspected of slaying wife and son dies in hospital", "No more.",
     "killed all son; killed women wife"},
    {"Boy, 2, man in critical condition after shooting", "No more.",
     "injured men man; injured children boy, 2,"},
    {"Teen arrested after shooting 18-year-old girl in chest", "No more.",
     "injured children 18-year-old girl"},
    {"Lynchburg shooting victim's mother seeks answers", "No more.", ""},
    {"Officers kill teen after shoot-out", "No more.", "killed children teen"},
    {"Second teen victim of suspected 14-year-old shooter dies", "No more.",
     "killed all second teen victim"},
    {"Lodi 8th-grader dies in accidental shooting", "No more.",
     "killed all lodi 8th-grader"},
    // Who shot themselves is the headline's subject, however far.
    {"Boy finds gun, accidentally shoots himself in leg", "No more.",
     "injured children boy"},
    // Dead by a modifier, with or without a verb; found dead.
    {"Vigil held for slain teen", "No more.", "killed children slain teen"},
    {"Homicide victim identified", "No more.", "killed all homicide victim"},
    {"Mother of murdered teen speaks out", "No more.", "killed children teen"},
    {"Woman found dead in home; police investigating", "No more.",
     "killed women woman"},
    {"Police searching for 18-year-old murder suspect", "No more.", ""},
    // Who is charged, who shot, numbers and plurals are no victims here.
    {"Man charged in killing", "No more.", ""},
    {"Teen who shot 4 arrested", "No more.", ""},
    {"Two men shot outside bar", "No more.", ""},
    {"Teens shot at party", "No more.", ""},
    {"Gunman shot at a dozen people before killing himself", "No more.", ""},
    {"Man Shot Outside Store", "No more.", "injured men man"},
    // The body's words take the headline's person over, once.
    {"Man killed in shooting",
     "A 23-year-old man was shot and killed Sunday. Another man was "
     "wounded.",
     "killed men A 23-year-old man; injured men Another man"},
    {"Boy shoots, kills brother",
     "A 14-year-old boy accidentally shot and killed his 9-year-old "
     "brother.",
     "killed children his 9-year-old brother"},
    {"Teen killed, man hurt",
     "A 30-year-old man was wounded. A 16-year-old boy died.",
     "killed children A 16-year-old boy; injured men A 30-year-old man"},
};

// Where each person is told: "description (age)@t0" (title sentence 0)
// or "@b2" (body sentence 2).
static void victim_where_str(const nf_doc *doc, char *out, size_t cap) {
  size_t len = 0;
  out[0] = 0;
  for (size_t i = 0; doc->facts && i < doc->facts->n_victims; i++) {
    const nf_victim *v = &doc->facts->victims[i];
    char age[16] = "";
    if (v->age >= 0) snprintf(age, sizeof age, " (%d)", v->age);
    int n = snprintf(out + len, cap - len, "%s%s%s%s@%c%d", i ? "; " : "",
                     v->description, age, v->perpetrator ? " perp" : "",
                     v->span.in == NF_IN_TITLE ? 't' : 'b', v->span.sentence);
    if (n < 0 || (size_t)n >= cap - len) break;
    len += (size_t)n;
  }
}

// A headline that names several people tells them apart: the body's words
// for each take over, the headline's sentence stays theirs. One named
// alone takes the body's sentence.
static const struct {
  const char *title, *text, *want;
} TOLD_WHERE[] = {
    {"Mother, toddler killed in shooting",
     "Police identified the woman. The toddler was rushed to a hospital "
     "where she was later pronounced dead.",
     "The toddler@t0; mother@t0"},
    {"Toddler killed in shooting",
     "Police identified the woman. The toddler was rushed to a hospital "
     "where she was later pronounced dead.",
     "The toddler@b2"},
    // (who shot someone before himself is the shooter, whatever his age
    // and wherever his victims were first told)
    {"Girl killed, mother wounded",
     "A 16-year-old girl was killed after a 15-year-old boy shot her "
     "mother, the girl and then himself.",
     "A 16-year-old girl (16)@t0; her mother@t0; a 15-year-old boy (15) "
     "perp@b1"},
    // Someone told again is the one of the same fate first ("a child ...
    // injured" is the 7-year-old hit), and is no longer the headline's
    // unclaimed person once told (the brother stays the brother).
    {"Teen dies, child injured in shooting",
     "A teen was killed and a child was injured. A 7-year-old was hit by a "
     "bullet in the thigh.",
     "A teen@t0; a child (7)@t0"},
    // A headline's age after the person: "boy, 7,".
    {"Campbell boy, 7, hospitalized after accidental shooting", "No more.",
     "campbell boy, 7, (7)@t0"},
    {"Woman killed, daughter and brother wounded",
     "The shooting also wounded her brother and 4-year-old daughter.",
     "woman@t0; her brother@t0; 4-year-old daughter (4)@t0"},
    // A young child by age is no headline's mother, however loosely read.
    {"Mother killed in Montfort shooting",
     "Jaxon Slaight, 6, was pronounced dead at the scene.",
     "mother@t0; Jaxon Slaight (6)@b1"},
    {"Mom involved in Montfort shooting has died",
     "Jaxon Slaight, 6, was pronounced dead at the scene.",
     "mom@t0; Jaxon Slaight (6)@b1"},
    // An age in months is one in whole years ("21-month-old": 1).
    {"Shooting", "A 21-month-old boy and a six-month-old girl were shot.",
     "a six-month-old girl (0)@b1; A 21-month-old boy (1)@b1"},
};

static void told_where_table(void **state) {
  nf_ctx *ctx = *state;
  int bad = 0;
  for (size_t i = 0; i < sizeof TOLD_WHERE / sizeof TOLD_WHERE[0]; i++)
    bad += facts_titled_case_failed(ctx, i, TOLD_WHERE[i].title, NULL,
                                    TOLD_WHERE[i].text, TOLD_WHERE[i].want,
                                    victim_where_str);
  assert_int_equal(bad, 0);
}

static void headline_table(void **state) {
  nf_ctx *ctx = *state;
  int bad = 0;
  for (size_t i = 0; i < sizeof HEADLINES / sizeof HEADLINES[0]; i++)
    bad += facts_titled_case_failed(ctx, i, HEADLINES[i].title, NULL,
                                    HEADLINES[i].text, HEADLINES[i].want,
                                    victims_str);
  assert_int_equal(bad, 0);
}

// Victims of an earlier event than the report's: told by a date weeks
// before the report was published, or by words ("last year", "a separate
// shooting"); the report's own dates and days are not.
static const struct {
  const char *published, *text, *want;
} EARLIER[] = {
    {"2015-08-03", "And in December, a 9-year-old boy was shot and killed.",
     "killed children earlier a 9-year-old boy"},
    {"2014-12-06",
     "Another son, 17-year-old Pierce Curry, was fatally shot in August 2013.",
     "killed children earlier Another son"},
    {"2016-05-25",
     "A 4-year-old boy was shot and injured while riding a bicycle on Nov. "
     "11, 2015.",
     "injured children earlier A 4-year-old boy"},
    {NULL, "A man was killed in a separate shooting on the same block.",
     "killed men earlier A man"},
    // "unrelated" said of a person is no other event
    {NULL,
     "The boy stood with an unrelated 26-year-old woman when shots rang "
     "out. The woman was also shot in the chest.",
     "injured women The woman"},
    {NULL, "A 19-year-old was shot and killed there last year.",
     "killed all earlier A 19-year-old"},
    // The earlier time holds for the sentences after it in its paragraph
    // that give none of their own; not past a paragraph, nor over a day.
    {NULL,
     "Last month, a woman was accused of leaving a pistol in a closet. "
     "Police said her son found it. Ryan Welch, 4, was shot and killed.",
     "killed children earlier Ryan Welch"},
    {NULL,
     "Last month, a woman was accused of leaving a pistol in a closet.\n\n"
     "Ryan Welch, 4, was shot and killed.",
     "killed children Ryan Welch"},
    {"2016-03-10",
     "Last year, a woman was accused of leaving a pistol in a closet. "
     "A 4-year-old boy was shot and killed on Monday.",
     "killed children A 4-year-old boy"},
    // "in another shooting" tells another event (not "another shooting
    // victim": one more of this one's)
    {NULL,
     "The gun was used in another shooting that left a 15-year-old boy "
     "wounded.",
     "injured children earlier a 15-year-old boy"},
    {"2016-03-10", "A 5-year-old boy was shot on March 2, police said.",
     "injured children A 5-year-old boy"},
    {"2016-03-10", "A man was shot and killed on Monday, police said.",
     "killed men A man"},
    {NULL, "A man was shot and killed in the parking lot of the store.",
     "killed men A man"},
    // Never the same person as one of the report's own.
    {"2016-06-13",
     "A girl was shot while she slept. The house is a block from where a "
     "17-year-old boy died after being shot in January 2015.",
     "injured children A girl; killed children earlier a 17-year-old boy"},
};

static void earlier_table(void **state) {
  nf_ctx *ctx = *state;
  int bad = 0;
  for (size_t i = 0; i < sizeof EARLIER / sizeof EARLIER[0]; i++)
    bad += facts_case_failed(ctx, i, EARLIER[i].published, EARLIER[i].text,
                             EARLIER[i].want, victims_str);
  assert_int_equal(bad, 0);
}

static void victim_table(void **state) {
  nf_ctx *ctx = *state;
  int bad = 0;
  for (size_t i = 0; i < sizeof VICTIMS / sizeof VICTIMS[0]; i++)
    bad += facts_case_failed(ctx, i, NULL, VICTIMS[i].text, VICTIMS[i].want,
                             victims_str);
  assert_int_equal(bad, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(quote_table),   cmocka_unit_test(actors_and_aliases),
      cmocka_unit_test(victim_table),  cmocka_unit_test(headline_table),
      cmocka_unit_test(earlier_table), cmocka_unit_test(told_where_table),
  };
  return cmocka_run_group_tests(tests, facts_setup, facts_teardown);
}
