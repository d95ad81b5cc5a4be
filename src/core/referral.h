#pragma once

#include "core/customer.h"
#include "core/report_period.h"
#include "core/sale.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace atelier {

// Referrals (老带新, issue 23): who brought whom, the reward her referrer earns once the referred
// customer's first purchase has outlived the return window, and the figures Reports and the CLI show.

// A customer someone brought, as her referrer's card lists her.
struct ReferredCustomer
{
    CustomerId id = 0;
    QString name;
    QDate registeredOn;
    bool bought = false; // at least one sale, even one refunded later
    bool erased = false; // erased on request: shown without her name
};

// One referrer in the referral report: how many she brought and how many of them have bought.
struct ReferrerRow
{
    CustomerId customer = 0;
    int referred = 0;
    int referredBuyers = 0;
    QString name; // hers, for Reports (the CLI prints ids only)
    bool erased = false; // erased on request: shown without her name
};

// The referral rate of a period: the customers registered in it, and those of them who came by
// referral (source referral or a referrer on file).
struct ReferralRate
{
    ReportPeriod period;
    int newCustomers = 0;
    int byReferral = 0;
    // byReferral / newCustomers; nothing for a period with no new customer.
    std::optional<double> rate() const;
};

// What Reports shows about referrals: the rate of the period, of the period before and of each of
// the twelve months up to the period's end, and the referrers who brought most buyers.
struct ReferralFigures
{
    ReferralRate current;
    ReferralRate previous;
    QList<ReferralRate> months; // oldest first
    QList<ReferrerRow> topReferrers;
};

// A referred customer whose reward is due: the purchase that earned it and her referrer.
struct ReferralRewardDue
{
    CustomerId referred = 0;
    CustomerId referrer = 0;
    SaleId sale = 0;
};

// A purchase of a referred customer that may earn her referrer the reward: the day it was made and
// the pieces bought and given back for a refund within the return window.
struct ReferralPurchase
{
    CustomerId referred = 0;
    CustomerId referrer = 0;
    SaleId sale = 0;
    QDate soldOn;
    int pieces = 0;
    int returnedInWindow = 0;
};

class ReferralRules
{
    Q_DECLARE_TR_FUNCTIONS(ReferralRules)
public:
    enum class Reward
    {
        None = 0,
        Points = 1,
        Coupon = 2
    };

    // A purchase earns the reward once the return window is over on `asOf` (the run's whole day:
    // the window's last day is soldOn + windowDays) and not every piece of it went back for a
    // refund within the window. An exchange is not a return.
    static bool earns(const ReferralPurchase &purchase, const QDate &asOf, int windowDays);
    // How late a run may still grant a reward: the nightly run catches up a month of missed nights,
    // and no more, so that a referrer set later on a customer who bought long ago, or a store that
    // switches the reward on, is not paid for old purchases.
    static constexpr int rewardReachBackDays = 30;
    // The purchases of the referred customers in order (customer, then oldest first): for each
    // customer, the first that earns the reward; none for a customer with none yet, or whose first
    // earning purchase's window ended more than rewardReachBackDays before `asOf`.
    static QList<ReferralRewardDue> due(
        const QList<ReferralPurchase> &purchases, const QDate &asOf, int windowDays);

    // The points ledger's reason of a referral reward (a code the ledger renders in the reader's
    // language), and the referred customer it names, if `reason` is one.
    static QString pointsReason(CustomerId referred);
    static std::optional<CustomerId> referredOfPointsReason(const QString &reason);
    // A ledger reason as people read it: a referral reward in words, anything else as typed.
    static QString readableReason(const QString &reason);
};

} // namespace atelier
