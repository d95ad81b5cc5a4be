#include "core/stored_words.h"

#include "core/coupon.h"
#include "core/display_format.h"
#include "core/labels.h"
#include "core/stored_time.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <array>
#include <functional>

namespace atelier {

namespace {

QString shortDate(const QString &stored)
{
    return DisplayFormat::dayInSentence(dateFromStoredText(stored));
}

bool isDate(const QString &stored)
{
    return dateFromStoredText(stored).isValid();
}

bool isSegment(const QString &stored)
{
    return toCode(segmentFromCode(stored)) == stored;
}

struct Kind
{
    const char *code;
    qsizetype argCount;
    std::function<bool(const QStringList &)> fits;
    std::function<QString(const QStringList &)> render;
};

// The contexts are those the sentences had where they were made before they were stored, so their
// translations carry over unchanged (lupdate reads them from these literal calls).
bool isNumber(const QString &stored)
{
    bool ok = false;
    stored.toInt(&ok);
    return ok;
}

bool isWhole(const QString &stored)
{
    bool ok = false;
    stored.toLongLong(&ok);
    return ok;
}

const std::array<Kind, 17> &kinds()
{
    static const std::array<Kind, 17> all{{
        {"birthday", 1, [](const QStringList &a) { return isDate(a[0]); },
            [](const QStringList &a) {
                return QCoreApplication::translate("TaskPlan", "Birthday on %1").arg(shortDate(a[0]));
            }},
        {"purchase_expected", 1, [](const QStringList &a) { return isDate(a[0]); },
            [](const QStringList &a) {
                return QCoreApplication::translate("TaskPlan", "Next purchase expected around %1")
                    .arg(shortDate(a[0]));
            }},
        {"segment_move", 2, [](const QStringList &a) { return isSegment(a[0]) && isSegment(a[1]); },
            [](const QStringList &a) {
                return QCoreApplication::translate("TaskPlan", "Moved from %1 to %2")
                    .arg(Labels::of(segmentFromCode(a[0])), Labels::of(segmentFromCode(a[1])));
            }},
        {"complaint_callback", 1,
            [](const QStringList &a) {
                bool ok = false;
                a[0].toLongLong(&ok);
                return ok;
            },
            [](const QStringList &a) {
                return QCoreApplication::translate("ComplaintCallback", "Call back about complaint #%1")
                    .arg(a[0]);
            }},
        {"run_cancelled", 0, [](const QStringList &) { return true; },
            [](const QStringList &) {
                return QCoreApplication::translate(
                    "NightlyJob", "Cancelled; the previous results are unchanged.");
            }},
        {"backup_failed", 1, [](const QStringList &) { return true; },
            [](const QStringList &a) {
                return QCoreApplication::translate(
                    "NightlyJob", "The nightly work is done, but the backup after it failed: %1")
                    .arg(a[0]);
            }},
        {"old_fit_used", 2, [](const QStringList &a) { return isDate(a[0]); },
            [](const QStringList &a) {
                // An ISO date, as it was written before the message was stored.
                return QCoreApplication::translate(
                    "NightlyJob", "Forecasts use the fit of %1: tonight's fit was not used. %2")
                    .arg(a[0], a[1]);
            }},
        {"no_forecasts_yet", 1, [](const QStringList &) { return true; },
            [](const QStringList &a) {
                return QCoreApplication::translate("NightlyJob", "No forecasts yet: %1").arg(a[0]);
            }},
        {"fit_kept", 1, [](const QStringList &a) { return isDate(a[0]); },
            [](const QStringList &a) {
                return QCoreApplication::translate("NightlyJob",
                    "Forecasts scored with the fit of %1: the models are fitted again weekly, or sooner when "
                    "more customers have bought.")
                    .arg(shortDate(a[0]));
            }},
        // days, purchases, then the words said after it: kind, arguments as stored, text.
        {"dormant_rule_changed", 5, [](const QStringList &a) { return isNumber(a[0]) && isNumber(a[1]); },
            [](const QStringList &a) {
                const QString notice = QCoreApplication::translate("NightlyJob",
                    "Segments now follow the store's guide: Dormant means more than %1 days without a "
                    "purchase and at most %n purchase(s) in all; a quiet customer with more purchases "
                    "is now a Lapsed regular.",
                    nullptr, a[1].toInt())
                                           .arg(a[0]);
                const StoredWords also{a[2], StoredWords::argsFromStoredText(a[3]), a[4]};
                const QString more = also.rendered();
                return more.isEmpty() ? notice : notice + u' ' + more;
            }},
        // The holiday's day and its names in both languages: the reader sees the name in theirs.
        {"holiday", 3, [](const QStringList &a) { return isDate(a[0]); },
            [](const QStringList &a) {
                const bool chinese = QLocale().language() == QLocale::Chinese;
                const QString name = (chinese && !a[1].isEmpty()) || a[2].isEmpty() ? a[1] : a[2];
                return QCoreApplication::translate("OccasionPlan", "Holiday greeting: %1 on %2")
                    .arg(name, shortDate(a[0]));
            }},
        // The event's kind (code), its day and how many years the anniversary marks.
        {"life_event_anniversary", 3,
            [](const QStringList &a) {
                return toCode(lifeEventKindFromCode(a[0])) == a[0] && isDate(a[1]) && isNumber(a[2]);
            },
            [](const QStringList &a) {
                return QCoreApplication::translate(
                    "OccasionPlan", "Anniversary: %1 on %2 (%n year(s))", nullptr, a[2].toInt())
                    .arg(Labels::of(lifeEventKindFromCode(a[0])),
                        DisplayFormat::date(dateFromStoredText(a[1])));
            }},
        // The first purchase, the coupon's value and minimum spend in fen, its last day, its code.
        {"activation", 5,
            [](const QStringList &a) {
                return isDate(a[0]) && isWhole(a[1]) && isWhole(a[2]) && isDate(a[3]);
            },
            [](const QStringList &a) {
                const qint64 minSpend = a[2].toLongLong();
                const QString amount = DisplayFormat::amount(Money::fromFen(a[1].toLongLong()));
                const QString offer = minSpend > 0
                    ? QCoreApplication::translate("TaskPlan", "%1 off a purchase of %2 or more")
                          .arg(amount, DisplayFormat::amount(Money::fromFen(minSpend)))
                    : QCoreApplication::translate("TaskPlan", "%1 off").arg(amount);
                if (a[4].isEmpty())
                    return QCoreApplication::translate(
                        "TaskPlan", "First purchase on %1 and not back since: a coupon, %2, valid until %3")
                        .arg(shortDate(a[0]), offer, shortDate(a[3]));
                return QCoreApplication::translate(
                    "TaskPlan", "First purchase on %1 and not back since: coupon %2, %3, valid until %4")
                    .arg(shortDate(a[0]), coupon_code::display(a[4]), offer, shortDate(a[3]));
            }},
        // The segment move, the discount in percent (0: none), its last day, the coupon's code.
        {"dormant_message", 5,
            [](const QStringList &a) {
                return isSegment(a[0]) && isSegment(a[1]) && isWhole(a[2]) && (a[2] == u'0' || isDate(a[3]));
            },
            [](const QStringList &a) {
                const QString from = Labels::of(segmentFromCode(a[0]));
                const QString to = Labels::of(segmentFromCode(a[1]));
                if (a[2] == u'0')
                    return QCoreApplication::translate(
                        "TaskPlan", "Moved from %1 to %2: a message about the new arrivals in her style")
                        .arg(from, to);
                if (a[4].isEmpty())
                    return QCoreApplication::translate("TaskPlan",
                        "Moved from %1 to %2: a message about the new arrivals in her style, with %3 % off "
                        "until %4")
                        .arg(from, to, a[2], shortDate(a[3]));
                return QCoreApplication::translate("TaskPlan",
                    "Moved from %1 to %2: a message about the new arrivals in her style, with coupon %3 for "
                    "%4 % off until %5")
                    .arg(from, to, coupon_code::display(a[4]), a[2], shortDate(a[3]));
            }},
        {"thank_you", 1, [](const QStringList &a) { return isDate(a[0]); },
            [](const QStringList &a) {
                return QCoreApplication::translate("TaskPlan", "Thank her for her purchase on %1")
                    .arg(shortDate(a[0]));
            }},
        // What she wanted (a style number or a category), the size (empty: any) and the day she asked.
        {"arrival", 3, [](const QStringList &a) { return !a[0].isEmpty() && isDate(a[2]); },
            [](const QStringList &a) {
                if (a[1].isEmpty())
                    return QCoreApplication::translate("LostSales", "It's in: %1, which she asked for on %2")
                        .arg(a[0], shortDate(a[2]));
                return QCoreApplication::translate(
                    "LostSales", "It's in: %1 size %2, which she asked for on %3")
                    .arg(a[0], a[1], shortDate(a[2]));
            }},
        // The day she registered without buying.
        {"prospect", 1, [](const QStringList &a) { return isDate(a[0]); },
            [](const QStringList &a) {
                return QCoreApplication::translate(
                    "TaskPlan", "Registered on %1 without buying: a first follow-up, an invitation back")
                    .arg(shortDate(a[0]));
            }},
    }};
    return all;
}

StoredWords made(const char *kind, const QStringList &args)
{
    StoredWords words;
    words.kind = QString::fromLatin1(kind);
    words.args = args;
    words.text = words.rendered();
    return words;
}

} // namespace

QString StoredWords::rendered() const
{
    if (kind.isEmpty())
        return text;
    for (const Kind &candidate : kinds()) {
        if (kind != QLatin1String(candidate.code))
            continue;
        if (args.size() != candidate.argCount || !candidate.fits(args))
            return text;
        return candidate.render(args);
    }
    return text; // written by a newer version
}

StoredWords StoredWords::plain(const QString &text)
{
    return {QString(), {}, text};
}

StoredWords StoredWords::birthday(const QDate &day)
{
    return made("birthday", {toStoredText(day)});
}

StoredWords StoredWords::purchaseExpected(const QDate &around)
{
    return made("purchase_expected", {toStoredText(around)});
}

StoredWords StoredWords::segmentMove(StoreSegment from, StoreSegment to)
{
    return made("segment_move", {toCode(from), toCode(to)});
}

StoredWords StoredWords::complaintCallback(ComplaintId complaint)
{
    return made("complaint_callback", {QString::number(complaint)});
}

StoredWords StoredWords::activation(
    const QDate &firstPurchase, Money value, Money minSpend, const QDate &validTo, const QString &code)
{
    return made("activation",
        {toStoredText(firstPurchase), QString::number(value.fen()), QString::number(minSpend.fen()),
            toStoredText(validTo), code});
}

StoredWords StoredWords::dormantMessage(
    StoreSegment from, StoreSegment to, int percent, const QDate &validTo, const QString &code)
{
    return made("dormant_message",
        {toCode(from), toCode(to), QString::number(percent),
            validTo.isValid() ? toStoredText(validTo) : QString(), code});
}

StoredWords StoredWords::thankYou(const QDate &day)
{
    return made("thank_you", {toStoredText(day)});
}

StoredWords StoredWords::prospect(const QDate &registeredOn)
{
    return made("prospect", {toStoredText(registeredOn)});
}

StoredWords StoredWords::runCancelled()
{
    return made("run_cancelled", {});
}

StoredWords StoredWords::backupFailed(const QString &reason)
{
    return made("backup_failed", {reason});
}

StoredWords StoredWords::oldFitUsed(const QDate &fitAsOf, const QString &problem)
{
    return made("old_fit_used", {toStoredText(fitAsOf), problem});
}

StoredWords StoredWords::noForecastsYet(const QString &problem)
{
    return made("no_forecasts_yet", {problem});
}

StoredWords StoredWords::fitKept(const QDate &fitAsOf)
{
    return made("fit_kept", {toStoredText(fitAsOf)});
}

StoredWords StoredWords::dormantRuleChanged(int afterDays, int maxPurchases, const StoredWords &also)
{
    return made("dormant_rule_changed",
        {QString::number(afterDays), QString::number(maxPurchases), also.kind, argsToStoredText(also.args),
            also.text});
}

StoredWords StoredWords::holiday(const QDate &day, const QString &nameZh, const QString &nameEn)
{
    return made("holiday", {toStoredText(day), nameZh, nameEn});
}

StoredWords StoredWords::lifeEventAnniversary(LifeEvent::Kind kind, const QDate &eventDay, int years)
{
    return made("life_event_anniversary", {toCode(kind), toStoredText(eventDay), QString::number(years)});
}

StoredWords StoredWords::arrival(const QString &wanted, const QString &size, const QDate &askedOn)
{
    return made("arrival", {wanted, size, toStoredText(askedOn)});
}

QString StoredWords::argsToStoredText(const QStringList &args)
{
    if (args.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(args)).toJson(QJsonDocument::Compact));
}

QStringList StoredWords::argsFromStoredText(const QString &stored)
{
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    if (!document.isArray())
        return {};
    QStringList args;
    for (const QJsonValue &value : document.array()) {
        if (!value.isString())
            return {};
        args << value.toString();
    }
    return args;
}

} // namespace atelier
