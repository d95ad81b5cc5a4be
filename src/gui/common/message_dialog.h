#pragma once

#include "core/customer.h"
#include "core/follow_up.h"
#include "core/message_template.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class MessageDialog;
}

namespace atelier {

class Store;

// The text a clerk sends a customer by WeChat or SMS: a template (the task purpose's one in the UI
// language to start with) filled for the customer, read-only, with a warning for values the
// customer lacks and one click to copy it.
class MessageDialog : public QDialog
{
    Q_OBJECT
public:
    MessageDialog(Store &store, CustomerId customer, std::optional<TaskId> task, QWidget *parent = nullptr);
    ~MessageDialog() override;

    QString text() const;
    // Chooses a template by id (what picking it in the list does); false when it is not listed.
    bool chooseTemplate(TemplateId id);
    void copy();

    // The language the UI shows, as a template language.
    static MessageLanguage uiLanguage();
    // "简体中文", "English": each language named in itself.
    static QString languageName(MessageLanguage language);

private:
    void loadTemplates();
    void showFilled();
    // No text to copy, and why (a failed read, no templates).
    void showNoText(const QString &why);

    std::unique_ptr<Ui::MessageDialog> m_ui;
    Store &m_store;
    CustomerId m_customer;
    std::optional<TaskId> m_task;
    QString m_templatesError; // the templates could not be read: nothing to choose from
};

} // namespace atelier
