#pragma once

#include "core/sale.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReturnDialog;
}

namespace atelier {

class Store;

// A return or an exchange against one line of the customer's recent sales. The service decides
// (return window, pieces left); when it refuses, its reason is shown and nothing is stored.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnDialog(Store &store, CustomerId customer, QWidget *parent = nullptr);
    ~ReturnDialog() override;

private:
    void loadLines();
    void lineChosen();
    void save();

    std::unique_ptr<Ui::ReturnDialog> m_ui;
    Store &m_store;
    CustomerId m_customer;
    QList<ReturnableLine> m_lines;
};

} // namespace atelier
