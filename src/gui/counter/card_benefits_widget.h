#pragma once

#include "core/customer.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace atelier {

class Store;
struct CardBenefit;

// The benefits part of the customer card (issue 22): what her tier promises (and the tiers below
// it), each with where it stands this year — unused, used on a day, the coupon issued, her stylist —
// and "Record use" for the ones a clerk hands over at the counter. A use refused in its period says
// the day of the earlier use below the list. Built in code, not from a .ui: its rows are the
// customer's benefits, known only when she is shown.
class CardBenefitsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CardBenefitsWidget(Store &store, QWidget *parent = nullptr);

    // 0 shows nothing (and hides the part).
    void setCustomer(CustomerId id);
    CustomerId customerId() const { return m_id; }

public slots:
    // Tiers move with the nightly run, rules with the manager: whoever learns of it calls this.
    void reload();

private:
    void clearRows();
    void addRow(int row, const CardBenefit &line);
    void recordUse(qint64 benefitId);

    Store &m_store;
    CustomerId m_id = 0;
    QGridLayout *m_rows = nullptr;
    QLabel *m_message = nullptr; // a refusal or a read that failed; hidden otherwise
};

} // namespace atelier
