#pragma once

#include "core/customer.h"
#include "core/lost_sale.h"
#include "gui/common/refused_field_mark.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class LostSaleDialog;
}

namespace atelier {

class Store;

// Takes down a lost sale or wish at the counter (缺货登记, issue 23): what she wanted — a style
// number or a category —, colour and size when known, why she did not buy (size out of stock first,
// the most common) and a note, for the customer on the card (unticked: for nobody). Save records it;
// a refusal marks the field and keeps everything typed.
class LostSaleDialog : public QDialog
{
    Q_OBJECT
public:
    // `shownCustomer` 0: no customer on the card.
    LostSaleDialog(Store &store, CustomerId shownCustomer, QWidget *parent = nullptr);
    ~LostSaleDialog() override;

    std::optional<LostSale> recorded() const { return m_recorded; }
    // "Lost sale noted: 2601-BLK size M." for the counter's notice line.
    QString doneText() const;

public slots:
    void accept() override;

private:
    QWidget *fieldNamed(const QString &field) const;

    std::unique_ptr<Ui::LostSaleDialog> m_ui;
    Store &m_store;
    CustomerId m_customer;
    std::optional<LostSale> m_recorded;
    RefusedFieldMark m_refused;
};

} // namespace atelier
