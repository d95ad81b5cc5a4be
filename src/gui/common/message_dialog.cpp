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
    // The UI language's templates first: those are the ones the clerk most likely sends.
    const MessageLanguage language = uiLanguage();
    QList<MessageTemplate> templates = m_store.templates().list(language);
    for (const MessageTemplate &t : m_store.templates().list())
        if (t.language != language)
            templates << t;
    for (const MessageTemplate &t : templates)
        m_ui->templateComboBox->addItem(
            QStringLiteral("%1 · %2").arg(t.name, languageName(t.language)), qlonglong(t.id));
    int index = chosen.isValid() ? m_ui->templateComboBox->findData(chosen) : -1;
    if (index < 0) {
        if (const auto preferred = m_store.templates().defaultForTask(m_task, language))
            index = m_ui->templateComboBox->findData(qlonglong(preferred->id));
    }
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
    const QVariant id = m_ui->templateComboBox->currentData();
    const std::optional<MessageTemplate> chosen
        = id.isValid() ? m_store.templates().find(id.toLongLong()) : std::nullopt;
    if (!chosen) {
        m_ui->textEdit->clear();
        m_ui->lengthLabel->clear();
        m_ui->missingLabel->setText(tr("There are no message templates yet: add one in Settings."));
        m_ui->copyButton->setEnabled(false);
        return;
    }
    const FilledMessage filled = m_store.templates().fillFor(*chosen, m_customer, m_task);
    m_ui->textEdit->setPlainText(filled.text);
    m_ui->lengthLabel->setText(tr("%n character(s)", nullptr, int(filled.text.size())));
    QStringList warnings;
    for (const Placeholder p : filled.missing)
        warnings << MessageTemplateRules::missingMessage(p);
    // The clerk may still send a wake-up by hand; they should know the customer said no.
    if (chosen->purpose && isMarketing(*chosen->purpose)) {
        const ReadResult<std::optional<CustomerCard>> card = m_store.customers().card(m_customer);
        if (!card.ok())
            warnings.prepend(CouldNotRead::customer(card.error));
        else if (*card.value && !(*card.value)->customer.consentMarketing)
            warnings.prepend(tr("This customer has not agreed to receive promotions."));
    }
    m_ui->missingLabel->setText(warnings.join(QLatin1Char('\n')));
    m_ui->copyButton->setEnabled(!filled.text.isEmpty());
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
