#include "core/points_rules.h"
