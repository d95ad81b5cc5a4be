#pragma once

#include "core/customer.h"
#include "core/loyalty.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CardLoyaltyWidget;
}

namespace atelier {

class Store;
struct CustomerLoyalty;

// The loyalty part of the customer card: tier, the store's segment and R/F/M scores from the last
// nightly run (saying of when once she has bought or returned since), the spend still needed for the
// next tier (live), the points balance with its last movements, and the
// way to redeem points at the counter. Follows pointsChanged by itself; the nightly run has no
// signal, so whoever learns that a run finished calls reload().
class CardLoyaltyWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CardLoyaltyWidget(Store &store, QWidget *parent = nullptr);
    ~CardLoyaltyWidget() override;

    // 0 shows nothing of anyone (the card's "customer not found").
    void setCustomer(CustomerId id);
    CustomerId customerId() const { return m_id; }
    // Whether she bought or returned something the last nightly run has not seen (as of the last
    // reload; true when that could not be read): the forecast block says "as of" then too.
    bool changedSinceScored() const { return m_changedSinceScored; }

public slots:
    void reload();

private:
    void clear();
    void showScore(const CustomerLoyalty &loyalty);
    void showPoints();
    void redeem();

    std::unique_ptr<Ui::CardLoyaltyWidget> m_ui;
    Store &m_store;
    CustomerId m_id = 0;
    QString m_noMovementsText; // the form's "no points yet", shown again after a failed read
    bool m_changedSinceScored = false;
    Tier m_tier = Tier::None; // as of the last reload: whether she may redeem (from Silver up)
};

} // namespace atelier
