#pragma once

#include "core/complaint.h"
#include "core/customer.h"
#include "core/loyalty.h"
#include "core/money.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace atelier {

// Words the program writes for people to read later (a generated task's note, a nightly run's
// message), kept as a kind and its arguments so that each reader sees them in the language and date
// format of their own window, not of whoever happened to run the night (docs/architecture.md,
// "Stored words"). The words as written stay beside them: old readers and exports show those, and so
// does this version for a row from before kinds (no kind) or for a kind a newer version wrote.
struct StoredWords
{
    QString kind; // stable ASCII code ("birthday"); empty: plain text, shown as it is
    QStringList args; // stored text: ISO dates, numbers, codes, or a sentence with no kind of its own
    QString text; // the words as rendered when they were written

    // In the reader's language (the installed translators, QLocale()); the stored text when the kind
    // is empty or unknown here, or its arguments do not fit it.
    QString rendered() const;

    bool operator==(const StoredWords &) const = default;
    // What to store for a struct that shows `shown`: these words while they still say it, else
    // `shown` as plain text (it was set directly, after or instead of a kind).
    StoredWords storedAs(const QString &shown) const { return text == shown ? *this : plain(shown); }

    // Plain text: a sentence with no kind (a storage error's words, a clerk's note).
    static StoredWords plain(const QString &text);

    // Generated task notes.
    static StoredWords birthday(const QDate &day);
    static StoredWords purchaseExpected(const QDate &around);
    static StoredWords segmentMove(StoreSegment from, StoreSegment to);
    static StoredWords complaintCallback(ComplaintId complaint);
    // A first-time buyer not back (issue 22): her first purchase and the coupon the task hands over,
    // whose code is added when it is issued (TaskPlan::handOver); the code is the last argument.
    static StoredWords activation(const QDate &firstPurchase, Money value, Money minSpend,
        const QDate &validTo, const QString &code = {});
    // A customer who has just become Dormant: a message about the new arrivals in her style, with a
    // discount (percent 0: none) until validTo; the coupon's code is the last argument.
    static StoredWords dormantMessage(
        StoreSegment from, StoreSegment to, int percent, const QDate &validTo, const QString &code = {});
    // A thank-you for the purchase of `day`.
    static StoredWords thankYou(const QDate &day);
    // A holiday greeting (issue 22): the day and the holiday's names, shown in the reader's language.
    static StoredWords holiday(const QDate &day, const QString &nameZh, const QString &nameEn);
    // Care on a life event's anniversary: the event's kind and day, and the years it marks.
    static StoredWords lifeEventAnniversary(LifeEvent::Kind kind, const QDate &eventDay, int years);
    // "It's in" (issue 23): the style number or category she wanted, its size (empty: any) and the
    // day she first asked for it.
    static StoredWords arrival(const QString &wanted, const QString &size, const QDate &askedOn);

    // A prospect's first follow-up (issue 23): the day she registered without buying.
    static StoredWords prospect(const QDate &registeredOn);

    // Nightly run messages. `reason` and `problem` are sentences of their own, kept as written.
    static StoredWords runCancelled();
    static StoredWords backupFailed(const QString &reason);
    static StoredWords oldFitUsed(const QDate &fitAsOf, const QString &problem);
    static StoredWords noForecastsYet(const QString &problem);
    // A night that did not need a new fit (RefitRule) and scored with the stored one.
    static StoredWords fitKept(const QDate &fitAsOf);
    // The first run with the seed's Dormant rule (issue 21) says that `dormant` changed meaning,
    // followed by whatever else the run has to say (`also`, kept whole and rendered in turn).
    static StoredWords dormantRuleChanged(int afterDays, int maxPurchases, const StoredWords &also = {});

    // The arguments as stored in a *_args column (a JSON array of strings); empty for none.
    static QString argsToStoredText(const QStringList &args);
    // Anything that is not a JSON array of strings gives nothing (rendered() then falls back).
    static QStringList argsFromStoredText(const QString &stored);
};

} // namespace atelier
