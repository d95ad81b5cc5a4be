#pragma once

#include "core/follow_up.h"

#include <QDialog>

#include <memory>

namespace Ui {
class TaskEditorDialog;
}

namespace atelier {

class Store;

// "New follow-up": the customer (preset from the list, or found with the counter search), purpose,
// channel, due day, who does it and a note. OK creates it through FollowUpService; a refusal (a day
// that has passed, no customer) is shown and the dialog stays open.
class TaskEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TaskEditorDialog(Store &store, QWidget *parent = nullptr);
    ~TaskEditorDialog() override;

    void setCustomer(CustomerId id, const QString &name);
    // Runs the counter search and lists the matches in the customer box.
    void search(const QString &text);
    void setDue(const QDate &day);
    TaskId createdTask() const { return m_created; }
    void accept() override;

private:
    std::unique_ptr<Ui::TaskEditorDialog> m_ui;
    Store &m_store;
    TaskId m_created = 0;
};

} // namespace atelier
