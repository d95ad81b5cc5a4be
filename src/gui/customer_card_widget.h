#pragma once

#include "core/customer.h"
#include "core/sale.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CustomerCardWidget;
}

namespace atelier {

class Store;
struct CustomerCard;

// What the clerk sees about the customer in front of them: sizes, style, last purchases, spend,
// birthday. Stays current: it reloads when the archive, a sale or a return of this customer changes.
class CustomerCardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CustomerCardWidget(Store &store, QWidget *parent = nullptr);
    ~CustomerCardWidget() override;

    void setCustomer(CustomerId id);
    CustomerId customerId() const { return m_id; }

signals:
    void recordSaleRequested();
    void returnRequested();
    void editArchiveRequested();

private:
    void refresh();
    void refreshIfShown(std::optional<CustomerId> id);
    void showPurchases(const CustomerCard &card);

    std::unique_ptr<Ui::CustomerCardWidget> m_ui;
    Store &m_store;
    CustomerId m_id = 0;
};

} // namespace atelier
