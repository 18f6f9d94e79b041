#include "group/group.h"

const char Nf_group_version[] = "0";
