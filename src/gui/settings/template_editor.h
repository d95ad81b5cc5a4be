#pragma once

#include "core/message_template.h"

#include <QWidget>

#include <memory>

namespace Ui {
class TemplateEditor;
}

namespace atelier {

class Store;

// The Settings tab for message templates: the list, and a form for one template (name, what it is
// for, language, coupon text and the text with buttons that insert placeholders). Save refuses a
// template that does not check and says why; Delete asks first.
class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(Store &store, QWidget *parent = nullptr);
    ~TemplateEditor() override;

    // Shows the template in the form; false when it is not listed.
    bool selectTemplate(TemplateId id);
    // Clears the form for a new template.
    void newTemplate();
    // True when saved; otherwise the refusal is shown.
    bool save();
    // Asks for confirmation, then deletes the shown template.
    void removeShown();
    QString message() const;

private:
    enum class Stored
    {
        Shown,
        Gone, // deleted meanwhile
        Unread, // the read failed; the form is as it was and says so
    };

    // False when the list could not be read (the form says so).
    bool reload();
    Stored showStored(TemplateId id);
    void show(const MessageTemplate &messageTemplate);
    MessageTemplate edited() const;
    void insertPlaceholder(const QString &placeholder);
    void showMessage(const QString &text, bool refusal);

    std::unique_ptr<Ui::TemplateEditor> m_ui;
    Store &m_store;
    TemplateId m_shown = 0; // 0: a new template
};

} // namespace atelier
