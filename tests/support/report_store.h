#pragma once

#include "core/customer.h"

namespace atelier {

class Store;

namespace testing {

// A tiny store with known answers for every report figure, May 2026 against April 2026. Written
// straight into the tables so that dates, clerks and ledger rows are exactly as planned; the table
// of expected figures is in tests/services/reports_test.cpp.
struct ReportStore
{
    StaffId wang = 101; // 小王
    StaffId li = 102; // 小李
    CustomerId c1 = 1, c2 = 2, c3 = 3, c4 = 4, c5 = 5, c6 = 6, c7 = 7;
};

ReportStore fillReportStore(Store &store);

} // namespace testing
} // namespace atelier
