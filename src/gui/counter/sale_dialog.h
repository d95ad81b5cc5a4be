#pragma once

#include "core/sale.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class SaleDialog;
}

namespace atelier {

class Store;

// Records a sale at the counter: one row per style, prices typed in yuan, a running total. The
// service checks every line; its refusal is shown and nothing is stored.
class SaleDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        StyleColumn,
        CategoryColumn,
        ColourColumn,
        SizeColumn,
        QuantityColumn,
        ListPriceColumn,
        PaidPriceColumn,
        ColumnCount
    };

    // customer 0 records a walk-in sale with no customer.
    SaleDialog(Store &store, CustomerId customer, QWidget *parent = nullptr);
    ~SaleDialog() override;

    void addLine(const SaleLine &line = {});
    std::optional<SaleId> saleId() const { return m_saleId; }

private:
    // The lines as typed; a line that cannot be read is left out, and the last such says why.
    struct TypedLines
    {
        QList<SaleLine> lines;
        QString problem; // for the clerk, naming the line
    };
    TypedLines lines() const;
    void updateTotal();
    void save();

    std::unique_ptr<Ui::SaleDialog> m_ui;
    Store &m_store;
    CustomerId m_customer;
    std::optional<SaleId> m_saleId;
};

} // namespace atelier
