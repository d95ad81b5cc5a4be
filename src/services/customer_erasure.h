#pragma once

#include "core/customer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace atelier {

class Clock;
class Database;

// Why a customer was erased: a fixed choice, so the trail says why without free text that could
// carry personal data.
enum class ErasureReason
{
    CustomerRequest, // the customer asked to be forgotten
    ConsentWithdrawn, // the customer withdrew consent to keeping the profile
    Other,
};

QString toCode(ErasureReason reason);
std::optional<ErasureReason> erasureReasonFromCode(const QString &code);

struct EraseResult
{
    bool erased = false;
    QString message; // why nothing was erased, for people
    bool ok() const { return erased; }
};

// Erasing a customer on request (删除顾客个人信息), a manager's decision that cannot be undone. In
// one transaction the customer's personal fields are replaced, tags, life events, search keys, open
// follow-ups, handover links and contacts removed, complaints kept without their texts, and sales,
// returns, points and scores kept under the customer's id so that totals and reports stay right.
// The trail gets one entry (the reason, no personal data); its earlier entries stay (docs/privacy.md).
class CustomerErasure
{
    Q_DECLARE_TR_FUNCTIONS(CustomerErasure)
public:
    CustomerErasure(Database &db, const Clock &clock);

    EraseResult erase(CustomerId id, ErasureReason reason = ErasureReason::CustomerRequest);

    // What the confirmation and the card show for an erased customer.
    static QString erasedLabel();

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
