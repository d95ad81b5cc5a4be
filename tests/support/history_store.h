#pragma once

#include "core/customer.h"
#include "support/temp_store.h"

namespace atelier::testing {

// A store whose customer 王芳 has one event of every history kind, made through the services where
// one exists and through the storage layer for the rest (segment moves, referral rewards, lost
// sales), at known times from 2026-06-01 to TempStore's "now" (2026-06-15 10:00 +08:00):
//
//   purchase, points (earned), return, exchange (the replacement sale is no purchase), complaint
//   (intake, acknowledged), follow_up (done), contact and campaign (invited, answered, attended; her
//   friend is the holdout), tier (the nightly run of 2026-06-14), segment, coupon (issued, redeemed),
//   handover, edit (registered, changed), referral (her friend registered, the reward), lost_sale,
//   satisfaction (4 of 5 on the follow-up, 2026-06-14).
struct HistoryStore
{
    CustomerId her = 0; // 王芳
    CustomerId brought = 0; // 李静, whom she brought (the campaign's holdout)
    StaffId clerk = 0;
};

HistoryStore fillHistoryStore(TempStore &t);

} // namespace atelier::testing
