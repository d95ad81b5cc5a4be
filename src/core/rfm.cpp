#include "core/rfm.h"
