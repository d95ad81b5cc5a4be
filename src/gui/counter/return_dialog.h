#pragma once

#include "core/sale.h"

#include <QDialog>

#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class ReturnDialog;
}

namespace atelier {

class Store;

// A return or an exchange against one line of the customer's recent sales. Nothing is chosen when
// it opens; lines past the return window are listed but cannot be chosen, each saying why. Record
// asks first (item, pieces, amount) and says what was done (refund, points taken back); a refusal
// of the service is shown and nothing is stored.
class ReturnDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnDialog(Store &store, CustomerId customer, QWidget *parent = nullptr);
    ~ReturnDialog() override;

    // Once recorded, what was done ("Return recorded: refund ¥499.00…"), for the counter to repeat.
    QString doneText() const { return m_doneText; }

private:
    struct Row
    {
        ReturnableLine line;
        ReturnWindowCheck window;
        QString closed; // why the return window no longer takes it; empty while it does
    };

    void loadLines();
    void lineChosen();
    std::optional<int> chosenRow() const;
    QPushButton *recordButton() const;
    void updateRecordButton();
    void save();
    // Asks, then writes; true once the return or exchange is recorded.
    bool confirmAndRecord(const Row &row);
    bool confirm(const QString &title, const QString &question, const QString &action);
    void showDone(const QString &text);
    void showMessage(const QString &text);

    std::unique_ptr<Ui::ReturnDialog> m_ui;
    Store &m_store;
    CustomerId m_customer;
    QList<Row> m_rows;
    bool m_unreadable = false;
    // A second click or Enter while the first is asked about or written must not record again.
    bool m_saving = false;
    bool m_recorded = false;
    QString m_doneText;
};

} // namespace atelier
