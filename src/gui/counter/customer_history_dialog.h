#pragma once

#include "core/customer.h"
#include "core/history_event.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CustomerHistoryDialog;
}

namespace atelier {

class CustomerHistoryModel;
class Store;

// A customer's whole history on one page (issue 23), newest first: every kind her role lets the
// person at the counter see, or one kind chosen above the list; the rows arrive a page at a time as
// the list scrolls (CustomerHistoryModel). Reads only: nothing here changes her record.
class CustomerHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerHistoryDialog(Store &store, CustomerId customer, const QString &name, QWidget *parent = nullptr);
    ~CustomerHistoryDialog() override;

    CustomerHistoryModel *model() const { return m_model; }
    // Shows one kind only; nullopt: every kind.
    void showKind(std::optional<HistoryKind> kind);

private:
    void kindChosen();
    void showTotal();

    std::unique_ptr<Ui::CustomerHistoryDialog> m_ui;
    CustomerHistoryModel *m_model = nullptr;
    QList<HistoryKind> m_visible;
};

} // namespace atelier
