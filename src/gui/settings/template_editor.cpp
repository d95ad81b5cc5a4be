#include "gui/settings/template_editor.h"

#include "core/labels.h"
#include "gui/common/message_dialog.h"
#include "services/message_templates.h"
#include "services/store.h"
#include "ui_template_editor.h"

#include <QMessageBox>
#include <QPushButton>

namespace atelier {

namespace {

const QString errorStyle = QStringLiteral("color: #c0392b;");

} // namespace

TemplateEditor::TemplateEditor(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TemplateEditor>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->purposeComboBox->addItem(tr("Any contact"), QString());
    for (TaskPurpose purpose : {TaskPurpose::Planned, TaskPurpose::Birthday, TaskPurpose::PurchaseCycle,
             TaskPurpose::Dormant, TaskPurpose::ComplaintCallback, TaskPurpose::Holiday,
             TaskPurpose::LifeEvent, TaskPurpose::Activation, TaskPurpose::ThankYou,
             TaskPurpose::Arrival, TaskPurpose::Prospect})
        m_ui->purposeComboBox->addItem(Labels::of(purpose), toCode(purpose));
    for (MessageLanguage language : {MessageLanguage::Chinese, MessageLanguage::English})
        m_ui->templateLanguageComboBox->addItem(MessageDialog::languageName(language), toCode(language));
    for (const QString &placeholder : MessageTemplateRules::allowed()) {
        auto *button = new QPushButton(placeholder, this);
        button->setObjectName(QStringLiteral("insert_") + placeholder.mid(1, placeholder.size() - 2));
        button->setToolTip(tr("Insert %1 at the cursor").arg(placeholder));
        connect(
            button, &QPushButton::clicked, this, [this, placeholder]() { insertPlaceholder(placeholder); });
        m_ui->placeholderLayout->addWidget(button);
    }
    m_ui->placeholderLayout->addStretch();
    m_ui->hintLabel->setText(
        tr("Placeholders: {name} the customer's name, {tier} their tier, {points} their points balance, "
           "{coupon} the coupon text above, {style} the style number of their latest purchase (of the "
           "complaint, for a call-back). Write {{ and }} for braces. A Chinese SMS holds 70 characters."));

    connect(m_ui->templateList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showStored(m_ui->templateList->item(row)->data(Qt::UserRole).toLongLong());
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &TemplateEditor::newTemplate);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &TemplateEditor::removeShown);
    connect(m_ui->saveTemplateButton, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_ui->revertTemplateButton, &QPushButton::clicked, this, [this]() {
        if (m_shown == 0 || showStored(m_shown) == Stored::Gone)
            newTemplate();
    });
    if (!reload())
        return;
    if (m_ui->templateList->count() > 0)
        m_ui->templateList->setCurrentRow(0);
    else
        newTemplate();
}

TemplateEditor::~TemplateEditor() = default;

bool TemplateEditor::reload()
{
    const QSignalBlocker blocker(m_ui->templateList);
    m_ui->templateList->clear();
    const ReadResult<QList<MessageTemplate>> templates = m_store.templates().list();
    if (!templates.ok()) {
        // An empty list here would invite writing again templates that exist.
        showMessage(tr("The message templates could not be read. %1").arg(templates.error), true);
        return false;
    }
    for (const MessageTemplate &t : *templates.value) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2").arg(t.name, MessageDialog::languageName(t.language)),
            m_ui->templateList);
        item->setData(Qt::UserRole, qlonglong(t.id));
        if (t.id == m_shown)
            m_ui->templateList->setCurrentItem(item);
    }
    return true;
}

TemplateEditor::Stored TemplateEditor::showStored(TemplateId id)
{
    const ReadResult<std::optional<MessageTemplate>> found = m_store.templates().find(id);
    if (!found.ok()) {
        showMessage(tr("The template could not be read. %1").arg(found.error), true);
        return Stored::Unread;
    }
    if (!*found.value)
        return Stored::Gone;
    show(**found.value);
    return Stored::Shown;
}

bool TemplateEditor::selectTemplate(TemplateId id)
{
    for (int row = 0; row < m_ui->templateList->count(); ++row) {
        if (m_ui->templateList->item(row)->data(Qt::UserRole).toLongLong() == id) {
            m_ui->templateList->setCurrentRow(row);
            if (m_shown != id) // the row was current already
                showStored(id);
            return true;
        }
    }
    return false;
}

void TemplateEditor::show(const MessageTemplate &t)
{
    m_shown = t.id;
    m_ui->nameLineEdit->setText(t.name);
    m_ui->purposeComboBox->setCurrentIndex(
        qMax(0, m_ui->purposeComboBox->findData(t.purpose ? toCode(*t.purpose) : QString())));
    m_ui->templateLanguageComboBox->setCurrentIndex(
        qMax(0, m_ui->templateLanguageComboBox->findData(toCode(t.language))));
    m_ui->couponLineEdit->setText(t.coupon);
    m_ui->bodyEdit->setPlainText(t.body);
    m_ui->deleteButton->setEnabled(t.id != 0);
    m_ui->templateMessageLabel->clear();
}

void TemplateEditor::newTemplate()
{
    m_ui->templateList->setCurrentRow(-1);
    show(MessageTemplate{});
    m_ui->nameLineEdit->setFocus(Qt::OtherFocusReason);
}

MessageTemplate TemplateEditor::edited() const
{
    MessageTemplate t;
    t.id = m_shown;
    t.name = m_ui->nameLineEdit->text();
    t.purpose = taskPurposeFromCode(m_ui->purposeComboBox->currentData().toString());
    t.language = messageLanguageFromCode(m_ui->templateLanguageComboBox->currentData().toString())
                     .value_or(MessageLanguage::Chinese);
    t.coupon = m_ui->couponLineEdit->text();
    t.body = m_ui->bodyEdit->toPlainText();
    return t;
}

void TemplateEditor::insertPlaceholder(const QString &placeholder)
{
    m_ui->bodyEdit->insertPlainText(placeholder);
    m_ui->bodyEdit->setFocus(Qt::OtherFocusReason);
}

void TemplateEditor::showMessage(const QString &text, bool refusal)
{
    m_ui->templateMessageLabel->setStyleSheet(refusal ? errorStyle : QString());
    m_ui->templateMessageLabel->setText(text);
}

bool TemplateEditor::save()
{
    const TemplateSaveResult result = m_store.templates().save(edited());
    if (!result.ok()) {
        showMessage(result.message, true);
        QWidget *field = result.field == QLatin1String("name") ? static_cast<QWidget *>(m_ui->nameLineEdit)
            : result.field == QLatin1String("coupon")          ? static_cast<QWidget *>(m_ui->couponLineEdit)
                                                               : static_cast<QWidget *>(m_ui->bodyEdit);
        field->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_shown = *result.id;
    m_ui->deleteButton->setEnabled(true);
    if (reload())
        showMessage(tr("Saved."), false);
    return true;
}

void TemplateEditor::removeShown()
{
    if (m_shown == 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete template"),
        tr("Delete the template “%1”? This cannot be undone.").arg(m_ui->nameLineEdit->text()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (const WriteResult removed = m_store.templates().remove(m_shown); !removed.ok()) {
        showMessage(removed.error, true);
        return;
    }
    show(MessageTemplate{});
    if (!reload())
        return;
    if (m_ui->templateList->count() > 0)
        m_ui->templateList->setCurrentRow(0);
    else
        newTemplate();
    showMessage(tr("Deleted."), false);
}

QString TemplateEditor::message() const
{
    return m_ui->templateMessageLabel->text();
}

} // namespace atelier
