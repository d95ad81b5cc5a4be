#include "gui/common/message_dialog.h"

#include "gui/common/could_not_read.h"
#include "services/customer_service.h"
#include "services/message_templates.h"
#include "services/store.h"
#include "ui_message_dialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

namespace atelier {

namespace {

constexpr int copiedNoticeMs = 3000;

} // namespace

MessageDialog::MessageDialog(Store &store, CustomerId customer, std::optional<TaskId> task, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MessageDialog>())
    , m_store(store)
    , m_customer(customer)
    , m_task(task)
{
    m_ui->setupUi(this);
    const ReadResult<std::optional<CustomerArchive>> archive = store.customers().load(customer);
    if (!archive.ok())
        m_ui->customerLabel->setText(CouldNotRead::customer(archive.error));
    else if (const std::optional<CustomerArchive> &found = *archive.value)
        m_ui->customerLabel->setText(found->customer.name);
    loadTemplates();
    connect(m_ui->templateComboBox, &QComboBox::currentIndexChanged, this, &MessageDialog::showFilled);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &MessageDialog::copy);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&store.templates(), &MessageTemplates::templatesChanged, this, &MessageDialog::loadTemplates);
    showFilled();
}

MessageDialog::~MessageDialog() = default;

MessageLanguage MessageDialog::uiLanguage()
{
    // The language the window is showing (Language::install sets the default locale with it).
    return QLocale().language() == QLocale::Chinese ? MessageLanguage::Chinese : MessageLanguage::English;
}

QString MessageDialog::languageName(MessageLanguage language)
{
    // Each language named in itself, as in the language choice of this computer.
    return language == MessageLanguage::Chinese ? QStringLiteral("简体中文") : QStringLiteral("English");
}

void MessageDialog::loadTemplates()
{
    const QVariant chosen = m_ui->templateComboBox->currentData();
    const QSignalBlocker blocker(m_ui->templateComboBox);
    m_ui->templateComboBox->clear();
    m_templatesError.clear();
    // The UI language's templates first: those are the ones the clerk most likely sends.
    const MessageLanguage language = uiLanguage();
    const ReadResult<QList<MessageTemplate>> inLanguage = m_store.templates().list(language);
    const ReadResult<QList<MessageTemplate>> all = m_store.templates().list();
    const ReadResult<std::optional<MessageTemplate>> preferred
        = m_store.templates().defaultForTask(m_task, language);
    if (!inLanguage.ok() || !all.ok() || !preferred.ok()) {
        m_templatesError = !inLanguage.ok() ? inLanguage.error : !all.ok() ? all.error : preferred.error;
        showFilled();
        return;
    }
    QList<MessageTemplate> templates = *inLanguage.value;
    for (const MessageTemplate &t : *all.value)
        if (t.language != language)
            templates << t;
    for (const MessageTemplate &t : templates)
        m_ui->templateComboBox->addItem(
            QStringLiteral("%1 · %2").arg(t.name, languageName(t.language)), qlonglong(t.id));
    int index = chosen.isValid() ? m_ui->templateComboBox->findData(chosen) : -1;
    if (index < 0 && *preferred.value)
        index = m_ui->templateComboBox->findData(qlonglong((*preferred.value)->id));
    m_ui->templateComboBox->setCurrentIndex(qMax(0, index));
    showFilled();
}

bool MessageDialog::chooseTemplate(TemplateId id)
{
    const int index = m_ui->templateComboBox->findData(qlonglong(id));
    if (index < 0)
        return false;
    m_ui->templateComboBox->setCurrentIndex(index);
    return true;
}

void MessageDialog::showFilled()
{
    m_ui->copiedLabel->clear();
    if (!m_templatesError.isEmpty()) {
        showNoText(tr("The message templates could not be read. %1").arg(m_templatesError));
        return;
    }
    const QVariant id = m_ui->templateComboBox->currentData();
    if (!id.isValid()) {
        showNoText(tr("There are no message templates yet: add one in Settings."));
        return;
    }
    const ReadResult<std::optional<MessageTemplate>> read = m_store.templates().find(id.toLongLong());
    if (!read.ok()) {
        showNoText(tr("The message template could not be read. %1").arg(read.error));
        return;
    }
    if (!*read.value) { // deleted since the list was read: nothing to fill
        showNoText(QString());
        return;
    }
    const MessageTemplate &chosen = **read.value;
    const ReadResult<FilledMessage> filledRead = m_store.templates().fillFor(chosen, m_customer, m_task);
    if (!filledRead.ok()) {
        showNoText(CouldNotRead::customer(filledRead.error));
        return;
    }
    const FilledMessage &filled = *filledRead.value;
    m_ui->textEdit->setPlainText(filled.text);
    m_ui->lengthLabel->setText(tr("%n character(s)", nullptr, int(filled.text.size())));
    QStringList warnings;
    for (const Placeholder p : filled.missing)
        warnings << MessageTemplateRules::missingMessage(p);
    // The clerk may still send a wake-up by hand; they should know the customer said no.
    if (chosen.purpose && isMarketing(*chosen.purpose)) {
        const ReadResult<std::optional<CustomerCard>> card = m_store.customers().card(m_customer);
        if (!card.ok())
            warnings.prepend(CouldNotRead::customer(card.error));
        else if (*card.value && !(*card.value)->customer.consentMarketing)
            warnings.prepend(tr("This customer has not agreed to receive promotions."));
    }
    m_ui->missingLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->copyButton->setEnabled(!filled.text.isEmpty());
}

void MessageDialog::showNoText(const QString &why)
{
    m_ui->textEdit->clear();
    m_ui->lengthLabel->clear();
    m_ui->missingLabel->setText(why);
    m_ui->copyButton->setEnabled(false);
}

QString MessageDialog::text() const
{
    return m_ui->textEdit->toPlainText();
}

void MessageDialog::copy()
{
    QGuiApplication::clipboard()->setText(text());
    m_ui->copiedLabel->setText(tr("Copied"));
    QTimer::singleShot(copiedNoticeMs, m_ui->copiedLabel, &QLabel::clear);
}

} // namespace atelier
