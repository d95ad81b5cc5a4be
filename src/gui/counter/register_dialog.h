#pragma once

#include "core/customer.h"

#include <QDialog>

#include <memory>

namespace Ui {
class RegisterDialog;
}

namespace atelier {

class Store;

// The counter's quick registration: name and phone, and who referred her when someone did (found
// with the counter search). A phone that already belongs to someone offers to open that customer
// instead; either way customerId() is the customer to show.
class RegisterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegisterDialog(Store &store, QWidget *parent = nullptr);
    ~RegisterDialog() override;

    // Prefills the phone or the name from what the clerk had typed into the search box.
    void suggest(const QString &searchText);
    CustomerId customerId() const { return m_id; }

private:
    void save();
    void clearErrors();

    std::unique_ptr<Ui::RegisterDialog> m_ui;
    Store &m_store;
    CustomerId m_id = 0;
    CustomerId m_duplicateOf = 0;
};

} // namespace atelier
