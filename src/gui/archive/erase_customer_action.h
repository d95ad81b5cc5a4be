#pragma once

#include "core/customer.h"

#include <QAction>

#include <functional>

namespace atelier {

class Store;

// The manager's "Erase customer…" on a list of customers: asks for a clear confirmation that names
// the customer and says what is kept, then erases (CustomerErasure; one customer, quick enough for
// the GUI thread). Hidden from whoever may not erase; the service refuses them as well.
class EraseCustomerAction : public QAction
{
    Q_OBJECT
public:
    // `selected` gives the customer the action is for (0: none).
    EraseCustomerAction(Store &store, std::function<CustomerId()> selected, QWidget *parent);

    // The confirmation's text for a customer: their name, what goes, what stays, no undo.
    QString confirmationText(CustomerId id) const;

signals:
    void erased(atelier::CustomerId id);

private:
    void eraseSelected();

    Store &m_store;
    std::function<CustomerId()> m_selected;
    QWidget *m_parent;
};

} // namespace atelier
