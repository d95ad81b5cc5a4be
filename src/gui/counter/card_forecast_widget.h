#pragma once

#include "core/customer.h"

#include <QWidget>

class QLabel;

namespace atelier {

class Store;

// The forecast part of the customer card: a few calm lines (ForecastWording) about when she may come
// back and what she may spend, from the last nightly run, saying of when once she has bought or
// returned since (the card reloads it on every sale and return). Seen by clerks and the manager alike;
// hidden when the customer has no forecast (no purchase yet, or no run since). The nightly run has
// no signal, so whoever learns that a run finished calls reload().
class CardForecastWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CardForecastWidget(Store &store, QWidget *parent = nullptr);

    // 0 shows nothing of anyone. `changedSinceRun`: she bought or returned something the nightly
    // run has not seen (CardLoyaltyWidget knows, from the same read of her sales).
    void setCustomer(CustomerId id, bool changedSinceRun);
    CustomerId customerId() const { return m_id; }
    // The lines shown, one per line; empty when hidden.
    QString text() const;

    void reload(bool changedSinceRun);

private:
    Store &m_store;
    QLabel *m_lines = nullptr;
    CustomerId m_id = 0;
};

} // namespace atelier
