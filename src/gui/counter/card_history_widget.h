#pragma once

#include "core/customer.h"
#include "services/customer_history.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace atelier {

class CustomerHistoryDialog;
class Store;

// The History part of the customer card (issue 23): the newest few things that happened to her —
// a return, a complaint's step, a follow-up's outcome, a coupon, a tier move… — one line each, and
// "Full history…", which opens the whole list with its kind filter (CustomerHistoryDialog).
// Purchases and points movements are left out here: the card's purchases table and its loyalty part
// list them; the full history has them. What a clerk may not see (archive edits) is never read for her.
class CardHistoryWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int linesShown = 4;

    explicit CardHistoryWidget(Store &store, QWidget *parent = nullptr);

    // 0 shows nothing of anyone. `name` titles the full history.
    void setCustomer(CustomerId id, const QString &name = {});
    void reload();
    const QList<HistoryLine> &lines() const { return m_lines; }

    // Opens the full history window-modal, as the button does; returned for tests.
    CustomerHistoryDialog *openFullHistory();

private:
    void showLines(const QString &error);

    Store &m_store;
    QVBoxLayout *m_rows = nullptr;
    QPushButton *m_full = nullptr;
    CustomerId m_id = 0;
    QString m_name;
    QList<HistoryLine> m_lines;
};

} // namespace atelier
