// Grouping reports into stories, and finding copies of the same text.
#ifndef NF_GROUP_GROUP_H
#define NF_GROUP_GROUP_H

#include "model/doc.h"

// Version of the grouping rules, printed with the output.
extern const char Nf_group_version[];

#endif
