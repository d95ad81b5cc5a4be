#include "core/tier_policy.h"
