#pragma once

#include "core/customer.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CounterPage;
}

namespace atelier {

class CounterResultsModel;
class CustomerCardWidget;
class Store;

// The clerk's default page: one search box with results as they type, and the chosen customer's
// card. Works from the keyboard alone: ↑/↓ pick a result while typing, Enter opens it, Esc clears.
class CounterPage : public QWidget
{
    Q_OBJECT
public:
    explicit CounterPage(Store &store, QWidget *parent = nullptr);
    ~CounterPage() override;

    void focusSearch();
    void showCustomer(CustomerId id);
    CustomerId shownCustomer() const;
    // After a nightly run: the shown customer's tier, segments and scores may have changed.
    void reloadLoyalty();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void moveSelection(int delta);
    void openSelected();
    void registerCustomer();
    void recordSale();
    void recordReturn();
    void editArchive();

    std::unique_ptr<Ui::CounterPage> m_ui;
    Store &m_store;
    CounterResultsModel *m_results = nullptr;
    CustomerCardWidget *m_card = nullptr;
};

} // namespace atelier
