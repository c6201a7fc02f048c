#include "EditLineShim.h"
