#pragma once

#include "core/customer.h"
#include "core/sale.h"

#include <QWidget>

class QTimer;

#include <memory>
#include <optional>

namespace Ui {
class CustomerCardWidget;
}

namespace atelier {

class CardBenefitsWidget;
class CardForecastWidget;
class CardHistoryWidget;
class CardInvitationsWidget;
class CardLoyaltyWidget;
class CardReferralsWidget;
class Store;
struct CustomerCard;

// What the clerk sees about the customer in front of them: sizes, style, last purchases, spend,
// birthday, loyalty (tier, segment, points; CardLoyaltyWidget) and the forecast (CardForecastWidget);
// a complaint is logged from here (Complaint…). Stays current: it reloads when the archive, a sale, a
// return or the points of this customer change. A nightly run has no signal: whoever learns that one
// finished calls reloadLoyalty().
class CustomerCardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerCardWidget(Store &store, QWidget *parent = nullptr);
    ~CustomerCardWidget() override;

    void setCustomer(CustomerId id);
    CustomerId customerId() const { return m_id; }
    static constexpr int revealSeconds = 60;
    // Purchases the card has room for whatever else is on the page (the handover banner, a short window).
    static constexpr int purchasesAlwaysShown = 5;

public slots:
    // Tier, segments, scores and forecasts are rewritten by the nightly run; call after one finishes.
    void reloadLoyalty();

signals:
    void recordSaleRequested();
    void returnRequested();
    void editArchiveRequested();

private:
    void refresh();
    void reveal();
    void showContact(const QString &phone, const QString &address);
    void logComplaint();
    // Satisfaction… (issue 24): her score after today's visit, in a SatisfactionDialog.
    void recordSatisfaction();
    void showPurchases(const CustomerCard &card);
    // Her open coupons (code, value, last day), so the clerk can remind her at the counter.
    void showCoupons();
    // "returned", "1 of 2 returned", "exchanged"…; empty when nothing of the line went back.
    static QString returnMark(const LineReturns &back, int quantity);

    std::unique_ptr<Ui::CustomerCardWidget> m_ui;
    Store &m_store;
    CardLoyaltyWidget *m_loyalty = nullptr;
    CardForecastWidget *m_forecast = nullptr;
    CardBenefitsWidget *m_benefits = nullptr;
    CardInvitationsWidget *m_invitations = nullptr; // event campaigns: RSVP and attendance
    CardReferralsWidget *m_referrals = nullptr; // the customers she brought
    CardHistoryWidget *m_history = nullptr; // the newest events and the full history
    CustomerId m_id = 0;
    QTimer *m_revealTimer = nullptr;
};

} // namespace atelier
