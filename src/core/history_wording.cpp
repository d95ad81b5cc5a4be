#include "core/history_wording.h"

#include "core/coupon.h"
#include "core/display_format.h"
#include "core/labels.h"
#include "core/lost_sale.h"
#include "core/referral.h"
#include "core/satisfaction.h"
#include "core/stored_time.h"

#include <QRegularExpression>

namespace atelier {

// The facts each kind carries (HistoryQuery selects them in this order):
//   purchase   total_fen, pieces
//   return, exchange   refund_fen, quantity, style_no
//   complaint  what: the step's new state; complaint id, the state before ('' at intake), category
//   follow_up  what: status; purpose, outcome, channel, due_on
//   contact    what: source (sms_export, campaign); channel, campaign name
//   points     what: ledger kind; points, reason
//   tier       what: reason; old tier, new tier
//   segment    old segment, new segment
//   coupon     what: issued or redeemed; kind, value, min_spend_fen (issued) or discount_fen (redeemed)
//   campaign   what: invited, answered or attended; campaign name, rsvp (yes or no)
//   handover   the note's body
//   edit       what: the audit action; its details (JSON)
//   referral   what: brought or reward; referred customer id, her name, points, coupon kind, coupon value
//   lost_sale  what: reason; style_no, category, colour, size, arrived_at
//   satisfaction  what: occasion; score, comment

namespace {

// The label of a known code, else the code as stored (a newer version's).
template <typename Value, typename FromCode> QString labelOf(const QString &code, FromCode fromCode)
{
    const std::optional<Value> value = fromCode(code);
    return value ? Labels::of(*value) : code;
}

Money fen(const QString &text)
{
    return Money::fromFen(text.toLongLong());
}

QString couponValue(const QString &kindCode, const QString &value)
{
    switch (couponKindFromCode(kindCode).value_or(CouponKind::Amount)) {
    case CouponKind::Amount:
        return HistoryWording::tr("%1 off").arg(DisplayFormat::amount(fen(value)));
    case CouponKind::Percent:
        return HistoryWording::tr("%1% off").arg(value);
    case CouponKind::Gift:
        return HistoryWording::tr("a gift");
    }
    return value;
}

} // namespace

QString HistoryWording::summary(const HistoryEvent &event)
{
    switch (event.kind) {
    case HistoryKind::Purchase:
        return purchase(event);
    case HistoryKind::Return:
    case HistoryKind::Exchange:
        return returned(event);
    case HistoryKind::Complaint:
        return complaint(event);
    case HistoryKind::FollowUp:
        return followUp(event);
    case HistoryKind::Contact:
        return contact(event);
    case HistoryKind::Points:
        return points(event);
    case HistoryKind::Tier:
        return tr("Tier: %1 → %2")
            .arg(Labels::of(tierFromCode(event.fact(0))), Labels::of(tierFromCode(event.fact(1))));
    case HistoryKind::Segment:
        return tr("Segment: %1 → %2")
            .arg(Labels::of(segmentFromCode(event.fact(0))), Labels::of(segmentFromCode(event.fact(1))));
    case HistoryKind::Coupon:
        return coupon(event);
    case HistoryKind::Campaign:
        return campaign(event);
    case HistoryKind::Handover:
        return handover(event);
    case HistoryKind::Edit:
        // The service words an edit as the audit trail does; this is for a reader without it.
        return tr("Archive record changed");
    case HistoryKind::Referral:
        return referral(event);
    case HistoryKind::LostSale:
        return lostSale(event);
    case HistoryKind::Satisfaction:
        return satisfaction(event);
    }
    return QString();
}

QString HistoryWording::purchase(const HistoryEvent &event)
{
    const int pieces = event.fact(1).toInt();
    const QString amount = DisplayFormat::amount(fen(event.fact(0)));
    return pieces > 0 ? tr("Bought %n piece(s) for %1", nullptr, pieces).arg(amount)
                      : tr("Purchase of %1").arg(amount);
}

QString HistoryWording::returned(const HistoryEvent &event)
{
    const int quantity = event.fact(1).toInt();
    const QString style = event.fact(2);
    if (event.kind == HistoryKind::Exchange)
        return tr("Exchanged %n × %1", nullptr, quantity).arg(style);
    return tr("Returned %n × %1, refunded %2", nullptr, quantity)
        .arg(style, DisplayFormat::amount(fen(event.fact(0))));
}

QString HistoryWording::complaint(const HistoryEvent &event)
{
    const QString id = event.fact(0);
    const QString to = labelOf<ComplaintState>(event.what, complaintStateFromCode);
    if (event.fact(1).isEmpty())
        return tr("Complaint #%1 taken down (%2)")
            .arg(id, labelOf<ComplaintCategory>(event.fact(2), complaintCategoryFromCode));
    return tr("Complaint #%1: %2 → %3")
        .arg(id, labelOf<ComplaintState>(event.fact(1), complaintStateFromCode), to);
}

QString HistoryWording::followUp(const HistoryEvent &event)
{
    const QString purpose = labelOf<TaskPurpose>(event.fact(0), taskPurposeFromCode);
    const QString channel = labelOf<TaskChannel>(event.fact(2), taskChannelFromCode);
    if (event.what == QLatin1String("done")) {
        const QString outcome = labelOf<TaskOutcome>(event.fact(1), taskOutcomeFromCode);
        return outcome.isEmpty() ? tr("Follow-up done: %1 (%2)").arg(purpose, channel)
                                 : tr("Follow-up done: %1 (%2), %3").arg(purpose, channel, outcome);
    }
    if (event.what == QLatin1String("cancelled"))
        return tr("Follow-up cancelled: %1 (%2)").arg(purpose, channel);
    return tr("Follow-up planned for %1: %2 (%3)")
        .arg(DisplayFormat::date(dateFromStoredText(event.fact(3))), purpose, channel);
}

QString HistoryWording::contact(const HistoryEvent &event)
{
    const ContactChannel channel = contactChannelFromCode(event.fact(0));
    const QString how = channel == ContactChannel::Unknown ? event.fact(0) : Labels::of(channel);
    if (event.what == QLatin1String("campaign"))
        return tr("Campaign message (%1): %2").arg(how, event.fact(1));
    return tr("Bulk message from an exported list (%1)").arg(how);
}

QString HistoryWording::points(const HistoryEvent &event)
{
    const qint64 points = event.fact(0).toLongLong();
    const QString signedPoints
        = points > 0 ? QStringLiteral("+") + QLocale().toString(points) : QLocale().toString(points);
    const QString kind = labelOf<PointsMovement::Kind>(event.what, pointsKindFromCode);
    // A referral reward's reason is a code (referral:<id>) read in the reader's language.
    const QString reason = ReferralRules::readableReason(event.fact(1).simplified());
    return reason.isEmpty() ? tr("%1 points %2").arg(signedPoints, kind)
                            : tr("%1 points %2: %3").arg(signedPoints, kind, reason);
}

QString HistoryWording::coupon(const HistoryEvent &event)
{
    const QString value = couponValue(event.fact(0), event.fact(1));
    if (event.what == QLatin1String("redeemed")) {
        const Money discount = fen(event.fact(2));
        return discount.fen() > 0
            ? tr("Coupon redeemed (%1): %2 taken off").arg(value, DisplayFormat::amount(discount))
            : tr("Coupon redeemed (%1)").arg(value);
    }
    const Money minSpend = fen(event.fact(2));
    return minSpend.fen() > 0
        ? tr("Coupon issued: %1 on a purchase of %2 or more").arg(value, DisplayFormat::threshold(minSpend))
        : tr("Coupon issued: %1").arg(value);
}

QString HistoryWording::campaign(const HistoryEvent &event)
{
    const QString name = event.fact(0);
    if (event.what == QLatin1String("answered"))
        return event.fact(1) == QLatin1String("yes") ? tr("Will come to %1").arg(name)
                                                     : tr("Will not come to %1").arg(name);
    if (event.what == QLatin1String("attended"))
        return tr("Came to %1").arg(name);
    return tr("Invited to %1").arg(name);
}

QString HistoryWording::handover(const HistoryEvent &event)
{
    QString body = event.fact(0).simplified();
    if (body.size() > noteExcerpt)
        body = body.left(noteExcerpt - 1) + QChar(0x2026);
    return tr("Handover note: %1").arg(body);
}

QString HistoryWording::referral(const HistoryEvent &event)
{
    const QString who = event.fact(1).isEmpty() ? tr("#%1").arg(event.fact(0))
                                                : tr("%1 (#%2)").arg(event.fact(1), event.fact(0));
    if (event.what != QLatin1String("reward"))
        return tr("Brought %1, who registered").arg(who);
    if (!event.fact(3).isEmpty())
        return tr("Referral reward for %1: a coupon, %2").arg(who, couponValue(event.fact(3), event.fact(4)));
    return tr("Referral reward for %1: %2 points").arg(who, QLocale().toString(event.fact(2).toLongLong()));
}

QString HistoryWording::lostSale(const HistoryEvent &event)
{
    QStringList wanted;
    wanted << (event.fact(0).isEmpty() ? event.fact(1) : event.fact(0));
    for (const int fact : {2, 3})
        if (!event.fact(fact).isEmpty())
            wanted << event.fact(fact);
    const std::optional<LostSaleReason> reason = lostSaleReasonFromCode(event.what);
    const QString why = reason ? LostSale::reasonLabel(*reason) : event.what;
    const QString text = tr("Wanted %1: %2").arg(DisplayFormat::list(wanted), why);
    const QDate arrived = dateFromStoredText(event.fact(4));
    return arrived.isValid() ? tr("%1; arrived %2").arg(text, DisplayFormat::date(arrived)) : text;
}

QString HistoryWording::satisfaction(const HistoryEvent &event)
{
    const std::optional<SatisfactionOccasion> occasion = satisfactionOccasionFromCode(event.what);
    const QString when = occasion ? SatisfactionScore::occasionLabel(*occasion) : event.what;
    const QString text = tr("Satisfaction %1 of 5 (%2)").arg(event.fact(0), when);
    QString comment = event.fact(1).simplified();
    if (comment.isEmpty())
        return text;
    if (comment.size() > noteExcerpt)
        comment = comment.left(noteExcerpt - 1) + QChar(0x2026);
    return tr("%1: “%2”").arg(text, comment);
}

} // namespace atelier
