#pragma once

#include "core/archive_query.h"
#include "core/customer.h"
#include "services/background_runner.h"

#include <QDialog>
#include <QList>

#include <memory>
#include <optional>

namespace Ui {
class PrintCardsDialog;
}

namespace atelier {

class Store;

// Member cards to a PDF (issue 24): one customer's card from the counter, or the cards of the archive
// list's selection or filter. Says that customers without a number get one first; the numbering and the
// PDF run on a worker with a progress bar, and Cancel stops them (no file is left).
class PrintCardsDialog : public QDialog
{
    Q_OBJECT
public:
    PrintCardsDialog(Store &store, QList<CustomerId> customers, QWidget *parent = nullptr);
    // The `count` customers the archive list shows with `filter` (read again by the worker).
    PrintCardsDialog(Store &store, const ArchiveFilter &filter, int count, QWidget *parent = nullptr);
    ~PrintCardsDialog() override;

    // What the last print said (the file and how many were numbered first).
    QString doneText() const { return m_doneText; }

private:
    void print();
    void browse();
    void setRunning(bool running);
    void setUp(int count);

    std::unique_ptr<Ui::PrintCardsDialog> m_ui;
    Store &m_store;
    QList<CustomerId> m_customers;
    std::optional<ArchiveFilter> m_filter;
    int m_count = 0;
    BackgroundRunner m_runner;
    QString m_doneText;
};

} // namespace atelier
