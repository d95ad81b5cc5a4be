#pragma once

#include "core/customer.h"

#include <QKeySequence>
#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QTimer;

namespace Ui {
class CounterPage;
}

namespace atelier {

class CounterResultsModel;
class CustomerCardWidget;
class HandoverPanel;
class Store;

// The clerk's default page: one search box with results as they type, and the chosen customer's
// card, with the notes the last shifts left above them. Works from the keyboard alone: ↑/↓ pick a result
// while typing, Enter opens it, Esc clears; a member card's number and Enter (what a scanner sends) opens
// its holder's card; Ctrl+S records a sale for the customer on the card, Ctrl+R a
// return, Ctrl+E edits the archive, Ctrl+N registers, Ctrl+H writes a handover note. No shortcut ever
// types into the search box: an Alt key that no button took (Alt+S with no card shown) is dropped.
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
    // The unread notes of the last shifts for the clerk at the counter (hidden when none).
    HandoverPanel *handoverPanel() const { return m_handover; }
    // Says what was just saved in a line above the results for noticeSeconds, without a click or the focus.
    void showNotice(const QString &text);
    static constexpr int noticeSeconds = 8;

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
    void writeHandoverNote();
    void recordLostSale(); // a lost sale or wish, for the customer on the card or nobody
    void addShortcut(const QKeySequence &keys, const std::function<void()> &run);
    // Presses one of the card's action buttons, if the card shows a customer and offers it.
    void pressCardButton(const QString &name);

    std::unique_ptr<Ui::CounterPage> m_ui;
    Store &m_store;
    CounterResultsModel *m_results = nullptr;
    CustomerCardWidget *m_card = nullptr;
    HandoverPanel *m_handover = nullptr;
    QList<QKeySequence> m_shortcuts;
    QTimer *m_noticeTimer = nullptr;
    bool m_pickedWithArrows = false; // since the last search: Enter opens that row, not a card match
};

} // namespace atelier
