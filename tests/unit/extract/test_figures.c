// Figures: which numbers are claims, and their value, qualifier, measure
// and category, from many kinds of news. Each case is a text and the
// figures it must give ("" when none).
// cmocka needs these first; keep the order.
// clang-format off
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>
// clang-format on

#include "facts_util.h"

typedef struct fcase {
  const char *text;
  const char *want;
} fcase;

static const fcase FIGURES[] = {
    // Conflict and casualty counts.
    {"The death toll has reached 1,018, including 745 civilians, according "
     "to the monitor.",
     "1018 exact killed all; 745 exact killed civilians"},
    {"More than 1,000 people have been killed in two days of fighting.",
     "1000 over killed all"},
    {"Approximately 745 civilians have been killed, many in close-range "
     "shootings.",
     "745 about killed civilians"},
    {"Over 250 pro-Assad fighters have also been killed in the process.",
     "250 over killed fighters"},
    {"Militants have killed nearly 1,000 civilians in a series of massacres.",
     "1000 nearly killed civilians"},
    {"Additionally, 125 government security personnel and 148 militants "
     "lost their lives.",
     "125 exact killed security_forces; 148 exact killed fighters"},
    {"In the village, 31 bodies, including those of nine children and four "
     "women, were buried in a mass grave.",
     "31 exact killed+buried all; 9 exact killed+buried children; "
     "4 exact killed+buried women"},
    {"Thousands have fled into the mountains.", "1000+ vague displaced all"},
    {"Tens of thousands of people were displaced by the floods.",
     "10000+ vague displaced all"},
    {"Earlier estimates put the death toll at 600.", "600 exact killed all"},
    // A toll the number completes gives its measure, whatever follows.
    {"Weekend Shooting Death Toll Rises To Four In Chicago, 35 Others "
     "Wounded",
     "4 exact killed all; 35 exact injured all"},
    {"The death toll rose to 5, with 12 others wounded.",
     "5 exact killed all; 12 exact injured all"},
    // Peoples and faiths as the people counted, whatever their case.
    {"At least 12 palestinians were killed in the strike, medics said.",
     "12 at_least killed all"},
    {"Gunmen killed 40 Yazidis in the village.", "40 exact killed all"},
    {"At least 20 of his neighbors had been killed.",
     "20 at_least killed civilians"},
    // Disasters and accidents.
    {"The earthquake killed at least 2,400 people and injured more than "
     "10,000 others.",
     "2400 at_least killed all; 10000 over injured all"},
    {"A bus crash on the highway left 12 dead and 30 injured.",
     "12 exact killed all; 30 exact injured all"},
    {"Some 5,000 residents were evacuated as the wildfire spread.",
     "5000 about displaced civilians"},
    {"Rescuers said 15 people are still missing after the landslide.",
     "15 exact missing all"},
    {"Between 40 and 50 miners were trapped underground.",
     "40-50 range other civilians"},
    {"Dozens of people were injured when the stage collapsed.",
     "12+ vague injured all"},
    // Shootings (local news).
    {"Two men were shot Saturday night and one of them died at the hospital.",
     "2 exact injured men; 1 exact killed all"},
    {"Police said one person died and three others were wounded.",
     "1 exact killed all; 3 exact injured all"},
    {"A gunman opened fire at a party, killing four people and wounding "
     "seven.",
     "4 exact killed all; 7 exact injured all"},
    {"Five teenagers were shot near the park, one fatally.",
     "5 exact injured children; 1 exact killed all"},
    // Protests and arrests.
    {"Police arrested 43 protesters after the march turned violent.",
     "43 exact arrested civilians"},
    {"Up to 200 demonstrators were detained overnight.",
     "200 up_to arrested civilians"},
    // Money and shares.
    {"The World Bank approved $700m for the project.",
     "700000000 exact money other"},
    {"The company was fined 1.5 million euros.", "1500000 exact money other"},
    {"The Alawite community accounts for 12% of Syria's population.",
     "12 exact share other"},
    {"Turnout was 64 percent, the highest since 1990.", "64 exact share other"},
    // Not claims: ages, durations, dates, distances, ordinals, years,
    // phone numbers, page furniture.
    {"Ali Sheha, a 57-year-old resident, fled with his family.", ""},
    {"It was one of the deadliest days of Syria's 14-year conflict.", ""},
    {"The town lies 55 kilometers (34 miles) south of Latakia.", ""},
    {"Fighting erupted on March 6 and lasted two days.", ""},
    {"The clashes came three months after the ouster, 14 years ago.", ""},
    {"Henry Jackson, 18, was arrested on Friday.", ""},
    {"Call 555-1234 or 911 with information.", ""},
    {"Comments (0)", ""},
    {"He was the third person to die in 2016.", ""},
    {"The gunmen were less than 100 meters away.", ""},
    {"The shooting happened in the 200 block of Main Street at 5:30 p.m.", ""},
    {"He used an AR-15 rifle and a 9mm handgun.", ""},
    // A year after a date is a year, whatever follows it.
    {"Related Articles January 9, 2017 Man dead after shootout", ""},
    {"In March 2016 officers were shot at the station.", ""},
    // A tally over a year, a month or a state is background to the story.
    {"Ten children ages 0 to 17 statewide perished in 2013, the latest "
     "year of complete data.",
     "10 exact other children"},
    {"At least four children died in Harris County last year, and about "
     "a dozen minors die annually.",
     "4 at_least other children; 12 about other children"},
    {"In July alone, three minors were shot.", ""},
    {"Nine people have been killed in the city this year.", ""},
    {"At least four children were killed statewide in accidental "
     "shootings.",
     "4 at_least other children"},
    // Denied casualties are no count.
    {"Two other children were also home but were not injured.", ""},
    {"Two others weren't hurt.", ""},
    {"One woman caught in the crossfire narrowly missed being struck.", ""},
    // Ages and compounds that are no counts.
    {"Bournes, who was 59, had shot his wife.", ""},
    {"Police Seek Shooter in Slayings of 14- and 18-Year-Olds", ""},
    {"The 2 1/2 year-old may have shot himself.", ""},
    // A clause with a subject of its own tells of other people.
    {"Police were searching for two teens after a 16-year-old boy was "
     "shot.",
     ""},
    {"Two people were taken to the hospital after being shot.",
     "2 exact injured all"},
    // Where people were taken tells they were hurt beside a count of the
    // dead; alone it may count the dead too, or people of a crash.
    {"The shooting left two women dead and two others in the hospital.",
     "2 exact killed women; 2 exact injured all"},
    {"One person has died while three people remain in the hospital.",
     "1 exact killed all; 3 exact injured all"},
    {"The attack killed two and sent three others to hospitals.",
     "2 exact killed all; 3 exact injured all"},
    {"Three people were taken to the hospital after the crash.", ""},
    // ...within the count's own clause.
    {"Two people were taken to the hospital and three others were killed.",
     "3 exact killed all"},
    // Wounds suffered tell of people hurt (a fatal one of the dead).
    {"Two men suffered gunshot wounds.", "2 exact injured men"},
    {"Three people sustained fatal gunshot wounds.", "3 exact killed all"},
    {"Police said two men suffered non-life threatening injuries and a "
     "third person died.",
     "2 exact injured men; 1 exact killed all"},
    // The verb after a part of the count ("one of whom") is the part's.
    {"Officers found two victims at the scene, one of whom died.", ""},
    // One more, the object of a casualty verb of its own.
    {"The shootout killed three people and injured a fourth.",
     "3 exact killed all; 1 exact injured all"},
    // A modifier of "members" says who they are.
    {"Officers who found the bodies of all five family members will "
     "receive counseling.",
     "5 exact killed all"},
    // A count of people set off by a comma before counts of kinds that add
    // up to no more than it is their whole.
    {"Deputies located two bodies, one infant child and the adult male "
     "father.",
     "2 exact killed all; 1 exact killed children"},
    // Tallies of a season or a year are background.
    {"She was one of at least four girls shot in Chicago this summer.",
     "4 at_least other children"},
    {"With these two deaths the city has now reached 109 homicides for the "
     "year.",
     "109 exact other all"},
    {"One of the five people hospitalized after a drive-by shooting has "
     "died.",
     "1 exact killed all; 5 exact injured all"},
    // The active voice: the people counted did it (but "shot themselves"
    // were hit, and "shot seven times" has no object).
    {"Two men killed a clerk.", ""},
    {"Two officers fatally shot the suspect.", ""},
    {"Police said two gunmen shot him.", ""},
    {"Four carloads of people were headed to a party when one hit a curb.", ""},
    {"Two men were struck by gunfire.", "2 exact injured men"},
    {"Two teens accidentally shot themselves while playing with a gun.",
     "2 exact injured children"},
    {"One man is still critical Monday, shot seven times.",
     "1 exact injured men"},
    {"Three people were shot the night before.", "3 exact injured all"},
    // The next one after the counts of a sentence is one more.
    {"Two people were killed and a third was wounded.",
     "2 exact killed all; 1 exact injured all"},
    {"Three people are dead and a fourth is wounded.",
     "3 exact killed all; 1 exact injured all"},
    {"Two men were shot and a third man was arrested.", "2 exact injured men"},
    // Relative clauses: the people counted did it, or another noun's.
    {"Two police officers who shot and killed a homeowner returned to "
     "work.",
     ""},
    {"One officer fired shots that struck and killed the suspect.", ""},
    {"Three people who died were identified.", "3 exact killed all"},
    {"The two men, who were shot in the legs, survived.",
     "2 exact injured men"},
    // A count after "of" and a person says whose: the verb is the
    // person's.
    {"The sister of the two boys, 28, died from cancer.", ""},
    {"The mother of the three children was shot.", ""},
    {"One of the two boys died.", "1 exact killed children"},
    {"A shooting that claimed the life of one man and injured three others.",
     "1 exact killed men; 3 exact injured all"},
    // After an article an attack word is a noun, no verb of the count.
    {"A woman has died, bringing the death toll in the shooting to three.",
     "3 exact killed all"},
    // Suspects arrested, and shots fired, are no casualties.
    {"Police arrest 2 in case of teen shot while walking home.",
     "2 exact arrested all"},
    {"He fired one more shot at close range.", ""},
    // Counts over several events: a roundup of a city's shootings.
    {"Two Kansas City men were killed Thursday in separate shootings.", ""},
    {"Since then, two students have died in separate gun-related "
     "incidents.",
     ""},
    {"Four teens were wounded in two separate shooting incidents.", ""},
    {"Four people were killed and seven injured in shootings across the "
     "city Saturday.",
     ""},
    {"6 Hurt in 2 Downtown Minneapolis Shootings", ""},
    {"At least 24 people have died, topping last year's total of 15 "
     "homicides.",
     "24 at_least other all; 15 exact other all"},
    {"Two men were wounded in the shootings, police said.",
     "2 exact injured men"},
    {"There were two separate incidents at block parties, injuring five "
     "people at one party.",
     "5 exact injured all"},
    // The event set against another one: what it came after or before is
    // that other event's toll (but an arrest is no event of its own).
    {"The incident came hours before three police officers were shot dead "
     "in Baton Rouge.",
     ""},
    {"The shooting comes less than a month after two men were killed at a "
     "bar.",
     ""},
    {"The arrest came two days after two men were shot.",
     "2 exact injured men"},
    {"The weekend left seven people dead and 14 others hurt in 17 "
     "shootings across the city.",
     "14 exact other all; 17 exact other other"},
    {"Nearly 50 were shot since June 21 and 19 killed.", ""},
    {"They named three men who were killed over the past week.", ""},
    {"Eight children have been shot in the last 17 months.", ""},
    {"Two people were killed in the two shootings.", "2 exact killed all"},
    // ...but a later report dates the event itself so.
    {"He fatally shot three people last month before turning the gun on "
     "himself.",
     "3 exact killed all"},
    {"She was shot with two others earlier this year.", ""},
    {"The gunman who shot three people in March 2016 was sentenced.",
     "3 exact injured all"},
    {"The city recorded 2014 homicides in the period.",
     "2014 exact killed all"},
    // Ages set off by commas after a person, alone or in a list.
    {"His son, 6, found the gun under the bed.", ""},
    {"Marquise Hudson Jr., 2, was shot in an apparent drive-by.", ""},
    {"Two youths, 16 and 10, were killed in Miami.", "2 exact killed children"},
    {"The three sisters, 12, 9 and 5, died in the house fire.",
     "3 exact killed women"},
    {"The hikers' guide, 41, and a porter were rescued by helicopter.", ""},
    {"Italo Pisciotti, 79 (building manager, killed in a hallway)", ""},
    {"The two children killed in the fire were 9 and 10 years old.",
     "2 exact killed children"},
    // Reference marks are no counts.
    {"Six people were killed in the attack.[1][2][6]", "6 exact killed all"},
    // Partitives: the verb tells of the part.
    {"One of a dozen soldiers was killed in the ambush.",
     "1 exact killed security_forces; 12 exact other security_forces"},
    {"Four of the five people shot died.",
     "4 exact killed all; 5 exact injured all"},
    {"Brown was one of four people hit by gunfire.", "4 exact injured all"},
    // A day and its year are a date, whatever the month is glued to.
    {"Update: 4 dead, 2 woundedMarch 13, 2013 - Upstate New York shooting "
     "leaves 4 dead",
     "4 exact killed all; 4 exact killed all"},
    {"He was one of three people killed in the attack.", "3 exact killed all"},
    // A counted part takes the verb; its group keeps only its own
    // participle, and a number or an attack word may come before the
    // people counted.
    {"Two of the four shooting victims had died.", "2 exact killed all"},
    {"Two of the four shooting victims died.", "2 exact killed all"},
    {"Three of the victims died.", "3 exact killed all"},
    {"Two of the 12 passengers died.",
     "2 exact killed civilians; 12 exact other civilians"},
    {"Police said two shooting victims were taken to the hospital.", ""},
    // In text all in capitals (TV transcripts) a capital word before a
    // count is no name ("Route 9").
    {"THEY ALSO LEARNED FIVE OTHERS HAD BEEN SHOT, MEN AND WOMEN.",
     "5 exact injured all"},
    {"OFFICERS FOUND TWO PEOPLE DEAD INSIDE.", "2 exact killed all"},
    {"WITNESSES SAW 3 PEOPLE SHOT.", "3 exact injured all"},
    // Attackers take a verb only in their own clause.
    {"Two male suspects came out of an apartment and after a "
     "confrontation, Stanford was shot.",
     ""},
    {"Two suspects - another man and a woman - from the vehicle were hit.",
     "2 exact injured other"},
    {"Two suspects were shot by police.", "2 exact injured other"},
    // A number set off by commas before a singular verb is an age.
    {"One of the alleged robbers, 34, was shot in the torso.", ""},
    // "One of" a group of people is a count only when it died.
    {"One of the wounded has died, police said.", "1 exact killed all"},
    {"Two men were shot and one of them later died.",
     "2 exact injured men; 1 exact killed all"},
    {"One of the five people hospitalized after the shooting has died.",
     "1 exact killed all; 5 exact injured all"},
    {"One of the victims who was shot in the head later died.",
     "1 exact killed all"},
    {"One of the victims was shot in the head.", ""},
    {"One of the victims who was shot remains in critical condition.", ""},
    {"It was one of the worst attacks, in which 20 people died.",
     "20 exact killed all"},
    // A part that only its group's words tell of (its noun, participle or
    // clause), or that a preposition takes, is no count of its own; a verb
    // of the part makes it one.
    {"One of the four dead was Thomas Smith.", "4 exact killed all"},
    {"Three of the wounded remained in intensive care.", ""},
    {"Five of the six injured attend public schools.", "6 exact injured all"},
    {"One of the five victims killed has been identified.", ""},
    {"Four of the five people who died were identified Thursday.", ""},
    {"The coroner released the names of four of the five people found "
     "shot to death.",
     ""},
    {"Services were held for two of the four men killed in the shootings.", ""},
    {"Two of the men died at the apartment.", "2 exact killed men"},
    {"Paramedics pronounced two of the victims dead at the scene.",
     "2 exact killed all"},
    {"All four of the wounded were taken to a hospital.",
     "4 exact injured all"},
    // A word that multiplies a killing counts the dead; a murder-suicide
    // counts the killer too.
    {"Police are investigating a double homicide in Fort Washington.",
     "2 exact killed all"},
    {"The suspect in the Hudson Street quadruple murder was arrested.",
     "4 exact killed all"},
    {"They were found dead in an apparent triple murder-suicide.",
     "4 exact killed all"},
    {"He faces attempted double murder charges.", ""},
    {"The charge would be amended to double homicide.", ""},
    // A word that multiplies a shooting counts everyone hit, read as the
    // injured (reconcile takes out the dead).
    {"Two men were wounded in a double shooting.",
     "2 exact injured men; 2 exact injured all"},
    {"Police are investigating a triple shooting in Algiers.",
     "3 exact injured all"},
    {"One man died in the double-shooting on Main Street.",
     "1 exact killed men; 2 exact injured all"},
    {"A quadruple stabbing left two people dead.",
     "4 exact injured all; 2 exact killed all"},
    {"He is charged with attempted double shooting.", ""},
    // One more after the counts, under one measure, adds up with them.
    {"Four young people were shot on Friday night, and a fifth person may "
     "have been wounded, too.",
     "4 exact injured all; 1 exact injured all; 5 exact injured all"},
    {"Four victims died at the scene and a fifth died on the way to the "
     "hospital.",
     "4 exact killed all; 1 exact killed all; 5 exact killed all"},
    {"Three people are dead and a fourth is wounded.",
     "3 exact killed all; 1 exact injured all"},
    // The casualty verbs that take an object, from the lexicon: the people
    // counted did it.
    {"The two male victims of a student, 20, who gunned down a woman in "
     "his home before stealing five cars to go on a murder spree",
     ""},
    {"Police said two men, a cousin and a friend, abducted a woman at "
     "gunpoint.",
     ""},
    // A hyphen with space on both sides sets words apart.
    {"Two suspects - a man and a woman - came out and, after a fight, a "
     "guard was shot.",
     ""},
    // Counts by condition are parts of a count of the injured given before,
    // unless their sentence tells the dead apart.
    {"Four people were shot on Rains Avenue. Two were seriously injured "
     "and two were treated and released.",
     "4 exact injured all"},
    {"Four people were shot. Two people died and two people were "
     "critically injured.",
     "4 exact injured all; 2 exact killed all; 2 exact injured all"},
    {"Two people were critically wounded.", "2 exact injured all"},
    // A word of two people, with words of its own, anywhere in the clause.
    {"ROY - A Roy couple and their two young children were found dead.",
     "4 exact killed all"},
    {"Image 10 of 16 A couple and their two small children were found shot "
     "to death.",
     "4 exact killed all"},
    {"The son of a couple and their two children was shot.",
     "2 exact injured children"},
    // After a verb of its own, another count joined to the clause takes the
    // casualty verb that follows.
    {"A man died at the scene, two people are in critical condition and "
     "five others were hospitalized.",
     "5 exact injured all"},
    {"Three people were in the car and two were shot.", "2 exact injured all"},
    {"Two people were killed and three were injured.",
     "2 exact killed all; 3 exact injured all"},
    // All of a group of the dead, hit, is no count of the wounded.
    {"Police found the bodies of three people. All three were shot in the "
     "head.",
     "3 exact killed all"},
    {"Four people were shot. All four were hit in the legs.",
     "4 exact injured all; 4 exact injured all"},
    // Events counted are no people.
    {"Police arrested 2 after three shootings.", "2 exact arrested all"},
    {"6 Hurt in 2 Downtown Shootings, Suspect Arrested", ""},
    {"Dozens of Alawites were killed in the village.", "12+ vague killed all"},
    // A station's name is no count.
    {"Investigators tell 7 Action News the teen was shot and killed.", ""},
    // A participle after an article modifies its noun: no verb of the
    // count ("slain" is not what happened to the four).
    {"Four men leaving the funeral of a slain friend were shot, one "
     "fatally.",
     "4 exact injured men; 1 exact killed all"},
    // One person and a count, counted together.
    {"A six-year-old and three people were shot in the drive-by.",
     "4 exact injured all"},
    {"Gunfire struck Milner and three others outside the house.",
     "4 exact injured all"},
    {"A man and two women were wounded in the attack.", "3 exact injured all"},
    {"Police said he killed his wife and two children before fleeing.",
     "3 exact killed all"},
    {"The bomber and two others were killed in the blast.",
     "2 exact killed all"},
    {"Police and three others were at the scene.", ""},
    {"Two children and their father were found dead in a vehicle.",
     "3 exact killed all"},
    {"Two men and a woman were shot.", "3 exact injured all"},
    {"Two officers and the gunman were killed.",
     "2 exact killed security_forces"},
    {"Two children and their father live nearby.", ""},
    // Counts of people in a list under one verb add up to a whole.
    {"Police seek the suspect who killed 2 adults, 2 teens at a home.",
     "2 exact killed all; 2 exact killed children; 4 exact killed all"},
    {"Two men and two women were shot on Friday.",
     "2 exact injured men; 2 exact injured women; 4 exact injured all"},
    {"Three men, two women and a child were killed.",
     "3 exact killed men; 3 exact killed all; 6 exact killed all"},
    // A count of everyone told up front is the whole of the list after it.
    {"Six people, three men and three women, were wounded.",
     "6 exact injured all; 3 exact injured men; 3 exact injured women"},
    {"Two people were killed and three others were wounded.",
     "2 exact killed all; 3 exact injured all"},
    {"Officers fatally shot a man and three others were wounded.",
     "3 exact injured all"},
    {"Police said he and four others were wounded in the shooting.",
     "5 exact injured all"},
    {"Officers arrived after a man and two women were shot.",
     "3 exact injured all"},
    {"Police said he and his two children were killed.", "3 exact killed all"},
    {"A man and his two sons were shot Sunday.", "3 exact injured all"},
    {"The gunman and his two accomplices were arrested.", ""},
    {"A couple and their two small children were found shot to death.",
     "4 exact killed all"},
    {"A man was killed along with two others in the crash.",
     "3 exact killed all"},
    {"Two men were wounded along with three others.", "2 exact injured men"},
    // The present tense of headlines, and a part that tells its own end.
    {"Police: 2 kids shot, 1 dies",
     "2 exact injured children; 1 exact killed all"},
    {"Seven people were shot, including one who died.",
     "7 exact injured all; 1 exact killed all"},
    {"The attack killed 12 people, including three who were shot.",
     "12 exact killed all; 3 exact killed all"},
    // A participle in -ing has the count as its doer.
    {"Two people got out and started firing, fatally shooting one of the "
     "men.",
     "1 exact killed men"},
    // A participle after its people qualifies them: "died" is the verb.
    {"Four of the five people shot, died of their injuries.",
     "4 exact killed all; 5 exact injured all"},
    // An aside between the count and its verb is skipped.
    {"Two teenagers -- a 14-year-old and an 18-year-old -- were fatally "
     "shot.",
     "2 exact killed children"},
    {"Two teenagers \u2014 a 14-year-old and an 18-year-old \u2014 were "
     "fatally shot.",
     "2 exact killed children"},
    {"Four people (three of them teenagers) were shot on Sunday.",
     "4 exact injured all"},
    {"The victims -- three of them teenagers -- were shot on Sunday.", ""},
    // Ages of the people counted are part of the phrase.
    {"Police said two 23-year-old men were grazed by bullets.",
     "2 exact injured men"},
    {"Two 16-year-old boys were killed.", "2 exact killed children"},
    {"Four 7-year-old children were in the car.", ""},
    {"He pleaded guilty to fatally shooting four people.",
     "4 exact killed all"},
    {"The gunman killed the driver, mortally wounding two passengers.",
     "2 exact killed civilians"},
    // The verb of a relative clause is not the count's own.
    {"Two teens who were shot in a triple shooting on Wednesday have died.",
     "2 exact killed children; 3 exact injured all"},
    {"Two people who were shot were taken to the hospital, where one died.",
     "2 exact injured all; 1 exact killed all"},
    {"The two men who were shot and wounded were released.",
     "2 exact injured men"},
    {"Two of the city's teenagers were struck down overnight.",
     "2 exact killed children"},
    {"Five officers were gunned down in Dallas.",
     "5 exact killed security_forces"},
    {"Two pedestrians were struck by a car.", "2 exact injured civilians"},
    // "one" with the verb that tells what happened to it.
    {"The rampage killed one and injured three before he shot himself.",
     "1 exact killed all; 3 exact injured all"},
    {"The blast leaves 1 dead, injures five.",
     "1 exact killed all; 5 exact injured all"},
    // Another measure after "including ..., and" is no part of the whole.
    {"He left seven dead, including some relatives, and one wounded.",
     "7 exact killed all; 1 exact injured all"},
    // An aim is no toll; children of a parent are no count.
    {"He is accused of trying to kill 2 police officers.", ""},
    {"Family of father of 4 killed in shooting speaks out", ""},
    {"The suspect, Nathan Desai (w/m, 46), was pronounced dead.", ""},
    {"Police charged Davon Coleman, also 18, with murder.", ""},
    {"He was charged in the death of Davon Coleman, also 18.", ""},
    // Parts after "including" take their whole's measure, however small.
    {"The fire killed 12 people, including three children.",
     "12 exact killed all; 3 exact killed children"},
    {"The flood displaced 40 families (including 3 teachers).",
     "40 exact displaced civilians; 3 exact displaced civilians"},
    // ...but a count after a comma stays a count.
    {"Of the 40 passengers, 12 were children.",
     "40 exact other civilians; "
     "12 exact other children"},
    // "shot" after an article and a word picking out one shot is a noun.
    {"Three people were inside the home and heard a single shot.", ""},
    {"Two people were shot in the attack and the fatal shot was fired by a "
     "neighbor.",
     "2 exact injured all"},
    // A year cut short is no count ("'90"), unless a quote opens there.
    {"NYC '90 shooting of slain man leaves cops with latest cold case", ""},
    {"NYC \u2019"
     "90 shooting victim identified",
     ""},
    {"He told police '10 people were shot' at the party.",
     "10 exact injured all"},
    // The age of one of a group told apart: "the other, 25,".
    {"One, 33, was shot in the neck and the other, 25, suffered gunshot "
     "wounds to the arm.",
     "1 exact injured all"},
    {"A second, 19, suffered a graze wound.", ""},
    // Tallies over a city or a span of time are no toll of the story.
    {"At least 55 people were shot across the city over the holiday weekend.",
     "55 at_least other all"},
    {"Two men were killed across Chicago on Sunday.", ""},
    {"Two people were shot across the street from the school.",
     "2 exact injured all"},
    {"It was a violent weekend in Baltimore that saw 20 people shot.",
     "20 exact other all"},
    {"At this time last year, 130 people had been shot in Toledo.",
     "130 exact other all"},
    // All of a group of the dead, with wounds, is no count of the wounded.
    {"Police found four people shot to death. All four victims suffered "
     "gunshot wounds.",
     "4 exact killed all"},
    {"Four people were shot. All four victims suffered gunshot wounds.",
     "4 exact injured all; 4 exact injured all"},
    // One person with a verb of one opens a clause of their own; so does a
    // number with its own verb after "after".
    {"Two men wearing hoodies approached them and Wilsey was hit.", ""},
    {"Two men were shot and he was taken to a hospital.",
     "2 exact injured men"},
    {"Three juveniles have been charged after one was shot.",
     "1 exact injured all"},
    // Where people went, in the words around "hospital".
    {"The attack killed one man and sent two others to area hospitals.",
     "1 exact killed men; 2 exact injured all"},
    {"One man died and two others remain in the hospital.",
     "1 exact killed men; 2 exact injured all"},
    // A verb taking a count of its own tells of that count; a list takes
    // no measure from the first count's own word ("dead").
    {"The incident sent six people to the hospital with gunshot wounds and "
     "left one man dead.",
     "1 exact killed men"},
    {"Gunmen opened fire on four teenagers, killing two of them and leaving "
     "the others wounded.",
     "4 exact injured children; 2 exact killed all"},
    {"The shooting left one man dead and six others with gunshot wounds.",
     "1 exact killed men"},
};

static void figure_table(void **state) {
  nf_ctx *ctx = *state;
  int bad = 0;
  for (size_t i = 0; i < sizeof FIGURES / sizeof FIGURES[0]; i++)
    bad += facts_case_failed(ctx, i, NULL, FIGURES[i].text, FIGURES[i].want,
                             figures_str);
  assert_int_equal(bad, 0);
}

// Headlines join a person and a count with a comma.
static const fcase HEADLINES[] = {
    {"Woman, 3 teenage daughters shot in Nashville", "4 exact injured all"},
    {"Father, two children die in crash", "3 exact killed all"},
    {"Boy, 6, dies after shooting", ""},
    {"Gunman, 2 others killed", "2 exact killed all"},
    {"Teen girl shot along with three others at MLK celebration",
     "4 exact injured all"},
    // (the person in a few words that open the headline)
    {"Chicago teen girl, 2 others wounded in shooting", "3 exact injured all"},
    {"Police say gunman, 2 others killed", "2 exact killed all"},
};

static void headline_table(void **state) {
  nf_ctx *ctx = *state;
  int bad = 0;
  for (size_t i = 0; i < sizeof HEADLINES / sizeof HEADLINES[0]; i++)
    bad += facts_titled_case_failed(ctx, i, HEADLINES[i].text, NULL, "",
                                    HEADLINES[i].want, figures_str);
  assert_int_equal(bad, 0);
}

// Attribution, inherited sources, aliases, hedges, superseded figures and
// parts of wholes.
static void sources_and_links(void **state) {
  nf_ctx *ctx = *state;
  nf_doc *doc = facts_doc(
      ctx, "Over 1,000 killed in Syria: Rights group", NULL,
      "The death toll has reached 1,018, including 745 civilians, according "
      "to the Syrian Observatory for Human Rights (SOHR).\n\n"
      "An ambush killed 16 security personnel, the Observatory reported.\n\n"
      "Among those killed, 125 were government security forces. However, "
      "these numbers have not been independently verified.\n\n"
      "The monitor's earlier estimates put the death toll at 600.");
  assert_non_null(doc);
  const nf_facts *f = doc->facts;
  assert_int_equal(f->n_figures, 6);
  const char *sohr = "Syrian Observatory for Human Rights";
  // the title's ": Rights group" is the Observatory, named in the body
  assert_int_equal(f->figures[0].span.in, NF_IN_TITLE);
  for (size_t i = 0; i < 6; i++) {
    assert_non_null(f->figures[i].attributed_to);
    assert_string_equal(f->figures[i].attributed_to, sohr);
  }
  assert_int_equal(f->figures[2].whole, 1);  // 745 of 1,018
  assert_true(f->figures[4].attribution_inherited);
  assert_true(f->figures[4].hedged);
  assert_int_equal(f->figures[4].whole, 1);  // among those killed
  assert_true(f->figures[5].superseded);
  assert_false(f->figures[1].superseded);
  nf_doc_free(doc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(figure_table),
      cmocka_unit_test(headline_table),
      cmocka_unit_test(sources_and_links),
  };
  return cmocka_run_group_tests(tests, facts_setup, facts_teardown);
}
