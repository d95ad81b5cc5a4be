#pragma once

#include "core/customer.h"
#include "core/money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace atelier {

using ComplaintId = qint64;

// Where a complaint came in; each channel has its own response target (ServiceRules).
enum class ComplaintChannel
{
    InStore,
    Phone,
    WeChat,
    Online
};

enum class ComplaintCategory
{
    Quality,
    Size,
    Service,
    Delivery,
    Price,
    Other
};

enum class ComplaintSeverity
{
    Low,
    Medium,
    High
};

// The workflow's states in their order: closing needs the call-back and its score.
enum class ComplaintState
{
    Received,
    Acknowledged,
    Investigating,
    ResolutionOffered,
    Resolved,
    CalledBack,
    Closed
};

enum class Resolution
{
    None,
    Refund,
    Exchange,
    Repair,
    Coupon,
    Accessory, // a matching accessory
    Other
};

// A complaint as stored in complaints.
struct Complaint
{
    ComplaintId id = 0;
    std::optional<CustomerId> customer;
    // Someone not in the archive (no customer): who called and the number to call back, both
    // optional. Personal data: the phone is shown masked to a clerk (callerPhoneShown).
    QString callerName;
    PhoneNumber callerPhone;
    ComplaintChannel channel = ComplaintChannel::InStore;
    ComplaintCategory category = ComplaintCategory::Quality;
    ComplaintSeverity severity = ComplaintSeverity::Medium;
    QString content;
    QString styleNumber;
    std::optional<StaffId> takenBy;
    QDateTime receivedAt;
    QDateTime respondBy; // the response target for the channel, in opening hours
    ComplaintState state = ComplaintState::Received;
    std::optional<StaffId> responsible;
    QDateTime deadline; // null until someone takes responsibility
    Resolution resolution = Resolution::None;
    QString resolutionNote;
    Money resolutionValue;
    QDateTime acknowledgedAt;
    QDateTime resolvedAt;
    QDateTime calledBackAt;
    std::optional<int> satisfaction; // 1–5, given at the call-back
    QString callbackNote;
    QDateTime closedAt;
    QDateTime updatedAt;
};

// The caller's phone as the person at the PC may see it: whole for whoever sees full contact
// details (the manager), masked like a customer's phone otherwise; empty when none was given.
QString callerPhoneShown(const Complaint &complaint, bool fullContact);

QString toCode(ComplaintChannel value);
QString toCode(ComplaintCategory value);
QString toCode(ComplaintSeverity value);
QString toCode(ComplaintState value);
QString toCode(Resolution value);
std::optional<ComplaintChannel> complaintChannelFromCode(const QString &code);
std::optional<ComplaintCategory> complaintCategoryFromCode(const QString &code);
std::optional<ComplaintSeverity> complaintSeverityFromCode(const QString &code);
std::optional<ComplaintState> complaintStateFromCode(const QString &code);
std::optional<Resolution> resolutionFromCode(const QString &code);

} // namespace atelier
