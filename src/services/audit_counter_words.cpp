// The audit trail's words for what money and the counter did (see the header).
#include "services/audit_counter_words.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "core/lost_sale.h"
#include "core/satisfaction.h"
#include "core/money.h"
#include "core/stored_time.h"
#include "services/audit_trail.h"
#include "services/coupon_service.h"

#include <QLocale>

namespace atelier::audit_words {

// Points as a change: "+79", "−49" (a true minus sign, as the receipts print it).
QString signedPoints(qint64 points)
{
    const QString number = QLocale().toString(static_cast<qlonglong>(points < 0 ? -points : points));
    return (points < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) + number;
}

QString moneyAt(const QJsonObject &details, const QString &key)
{
    return Money::fromFen(details.value(key).toInteger()).toDisplayString();
}

// "Coupon ACDE-3467: ¥100.00 off, valid to 2026-12-31"
QString couponText(const QJsonObject &details)
{
    const auto kind = couponKindFromCode(details.value(QStringLiteral("kind")).toString());
    return AuditTrail::tr("Coupon %1: %2, valid to %3")
        .arg(coupon_code::display(details.value(QStringLiteral("code")).toString()),
            CouponService::valueText(
                kind.value_or(CouponKind::Amount), details.value(QStringLiteral("value")).toInteger()),
            DisplayFormat::date(
                QDate::fromString(details.value(QStringLiteral("valid_to")).toString(), Qt::ISODate)));
}

// "Campaign #4: will come", "… came on 2026-06-02": an RSVP or attendance recorded at the counter.
QString campaignResponseText(const QJsonObject &details)
{
    const QString what = details.value(QStringLiteral("recorded")).toString();
    const qint64 campaign = details.value(QStringLiteral("campaign")).toInteger();
    if (what == QLatin1String("yes"))
        return AuditTrail::tr("Campaign #%1: will come").arg(campaign);
    if (what == QLatin1String("no"))
        return AuditTrail::tr("Campaign #%1: will not come").arg(campaign);
    return AuditTrail::tr("Campaign #%1: came on %2")
        .arg(campaign)
        .arg(DisplayFormat::date(dateFromStoredText(details.value(QStringLiteral("day")).toString())));
}

// "Free ironing and alterations: used on 2026-05-03", "Gift box (Black): retired", "… changed: Words
// (English): a → b": the benefit's words in the reader's language, as they were then.
QString benefitText(const QJsonObject &details)
{
    const QString words = QLocale().language() == QLocale::Chinese
        ? details.value(QStringLiteral("words_zh")).toString()
        : details.value(QStringLiteral("words_en")).toString();
    const QString tier = Labels::of(tierFromCode(details.value(QStringLiteral("tier")).toString()));
    const QString day = details.value(QStringLiteral("day")).toString();
    if (!day.isEmpty())
        return AuditTrail::tr("%1 (%2): used on %3")
            .arg(words, tier, DisplayFormat::date(dateFromStoredText(day)));
    const QString change = details.value(QStringLiteral("change")).toString();
    QString what;
    if (change == QLatin1String("added"))
        what = AuditTrail::tr("added");
    else if (change == QLatin1String("retired"))
        what = AuditTrail::tr("retired (it has uses)");
    else if (change == QLatin1String("removed"))
        what = AuditTrail::tr("removed");
    else
        what = AuditTrail::tr("changed");
    const QString fields = changesText(details.value(QStringLiteral("changes")).toArray());
    const QString head = AuditTrail::tr("%1 (%2): %3").arg(words, tier, what);
    return fields.isEmpty() ? head : AuditTrail::tr("%1; %2").arg(head, fields);
}

// "¥798.00, 2 items, +79 points".
QString saleText(const QJsonObject &details)
{
    return AuditTrail::tr(
        "%1, %n item(s), %2 points", nullptr, details.value(QStringLiteral("pieces")).toInt())
        .arg(moneyAt(details, QStringLiteral("amount_fen")),
            signedPoints(details.value(QStringLiteral("points")).toInteger()));
}

// "Returned 连衣裙 ×1, refund ¥499.00, −49 points"; an exchange names the replacement.
QString returnText(const QJsonObject &details)
{
    const QString item = details.value(QStringLiteral("item")).toString();
    const int quantity = details.value(QStringLiteral("quantity")).toInt();
    const QString back = signedPoints(-details.value(QStringLiteral("points_back")).toInteger());
    if (details.value(QStringLiteral("kind")).toString() == QStringLiteral("exchange"))
        return AuditTrail::tr("Exchanged %1 ×%2 for %3, credit %4, %5 points, %6 points for the new piece")
            .arg(item)
            .arg(quantity)
            .arg(details.value(QStringLiteral("replacement")).toString(),
                moneyAt(details, QStringLiteral("refund_fen")), back,
                signedPoints(details.value(QStringLiteral("points")).toInteger()));
    return AuditTrail::tr("Returned %1 ×%2, refund %3, %4 points")
        .arg(item)
        .arg(quantity)
        .arg(moneyAt(details, QStringLiteral("refund_fen")), back);
}

QString attendantText(const QJsonObject &details)
{
    const QString from = details.value(QStringLiteral("from")).toString();
    const QString to = details.value(QStringLiteral("to")).toString();
    if (to.isEmpty())
        return AuditTrail::tr("%1's shift at the counter ended").arg(from);
    if (from.isEmpty())
        return AuditTrail::tr("%1 took the counter").arg(to);
    return AuditTrail::tr("%1 took over the counter from %2").arg(to, from);
}

// "2601-BLK, black, size M: Size out of stock" for a lost sale; "2601-BLK size M arrived: 3 wishes, 2
// tasks planned" for an arrival. A size or colour not given is left out.
QString lostSaleText(const QJsonObject &details)
{
    const QString wanted = details.value(QStringLiteral("wanted")).toString();
    const QString size = details.value(QStringLiteral("size")).toString();
    if (details.contains(QStringLiteral("wishes"))) {
        const QString what = size.isEmpty() ? AuditTrail::tr("%1 (every size)").arg(wanted)
                                            : AuditTrail::tr("%1 size %2").arg(wanted, size);
        const QString tasks
            = AuditTrail::tr("%n task(s) planned", nullptr, details.value(QStringLiteral("tasks")).toInt());
        return AuditTrail::tr(
            "%1 arrived: %n wish(es), %2", nullptr, details.value(QStringLiteral("wishes")).toInt())
            .arg(what, tasks);
    }
    QStringList parts{wanted};
    const QString colour = details.value(QStringLiteral("colour")).toString();
    if (!colour.isEmpty())
        parts << colour;
    if (!size.isEmpty())
        parts << AuditTrail::tr("size %1").arg(size);
    const auto reason = lostSaleReasonFromCode(details.value(QStringLiteral("reason")).toString());
    return AuditTrail::tr("%1: %2").arg(
        parts.join(QStringLiteral(", ")), reason ? LostSale::reasonLabel(*reason) : QString());
}

// "4 of 5 after a visit": the score and its occasion (the comment is never in the trail).
QString satisfactionText(const QJsonObject &details)
{
    const auto occasion = satisfactionOccasionFromCode(details.value(QStringLiteral("occasion")).toString());
    return AuditTrail::tr("%1 of 5 (%2)")
        .arg(details.value(QStringLiteral("score")).toInt())
        .arg(occasion ? SatisfactionScore::occasionLabel(*occasion) : QString());
}

} // namespace atelier::audit_words
