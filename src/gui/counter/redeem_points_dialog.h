#pragma once

#include "core/customer.h"
#include "core/loyalty_rules.h"
#include "services/points_service.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RedeemPointsDialog;
}

namespace atelier {

class Store;

// Spends a customer's points at the till: a whole number of redemption blocks, at most the balance.
// The service decides; a refusal is shown and the dialog stays open. After a redemption the dialog
// stays open too, saying what to take off the bill, until the clerk closes it.
class RedeemPointsDialog : public QDialog
{
    Q_OBJECT
public:
    RedeemPointsDialog(Store &store, CustomerId customer, QWidget *parent = nullptr);
    ~RedeemPointsDialog() override;

    // The last answer of the service; ok() once points were redeemed.
    const PointsResult &redemption() const { return m_result; }

private:
    void showBalance();
    void showValue();
    void redeem();

    std::unique_ptr<Ui::RedeemPointsDialog> m_ui;
    Store &m_store;
    CustomerId m_customer;
    PointsRules m_rules;
    PointsResult m_result;
};

} // namespace atelier
