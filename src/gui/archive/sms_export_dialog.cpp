#include "gui/archive/sms_export_dialog.h"

#include "core/display_format.h"
#include "gui/common/csv_export_job.h"
#include "gui/common/message_dialog.h"
#include "services/counter_shift.h"
#include "services/message_templates.h"
#include "services/sms_export.h"
#include "services/store.h"
#include "ui_sms_export_dialog.h"

#include <QDir>
#include <QFileDialog>

namespace atelier {

SmsExportDialog::SmsExportDialog(Store &store, QList<CustomerId> customers, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SmsExportDialog>())
    , m_store(store)
    , m_customers(std::move(customers))
{
    setUp(tr("%n customer(s) chosen", nullptr, int(m_customers.size())));
}

SmsExportDialog::SmsExportDialog(
    Store &store, const LoyaltyFilter &cell, const QString &description, int count, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SmsExportDialog>())
    , m_store(store)
    , m_cell(cell)
{
    setUp(tr("%1: %Ln customer(s)", nullptr, count).arg(description));
}

SmsExportDialog::SmsExportDialog(Store &store, const QString &audience, Writer write, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SmsExportDialog>())
    , m_store(store)
    , m_write(std::move(write))
{
    setUp(audience);
}

SmsExportDialog::~SmsExportDialog() = default;

void SmsExportDialog::setUp(const QString &audience)
{
    m_ui->setupUi(this);
    m_job = new CsvExportJob(m_store, this);
    m_ui->audienceLabel->setText(audience);
    const MessageLanguage language = MessageDialog::uiLanguage();
    const ReadResult<QList<MessageTemplate>> inLanguage = m_store.templates().list(language);
    const ReadResult<QList<MessageTemplate>> all = m_store.templates().list();
    if (inLanguage.ok() && all.ok()) {
        QList<MessageTemplate> templates = *inLanguage.value;
        for (const MessageTemplate &t : *all.value)
            if (t.language != language)
                templates << t;
        for (const MessageTemplate &t : templates)
            m_ui->templateComboBox->addItem(
                QStringLiteral("%1 · %2").arg(t.name, MessageDialog::languageName(t.language)),
                qlonglong(t.id));
    } else {
        m_templatesError = inLanguage.ok() ? all.error : inLanguage.error;
    }
    m_ui->fileLineEdit->setText(
        QDir::home().filePath(tr("sms-%1.csv").arg(DisplayFormat::date(m_store.clock().today()))));
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    showBody();
    connect(m_ui->templateComboBox, &QComboBox::currentIndexChanged, this, &SmsExportDialog::showBody);
    connect(m_ui->chooseFileButton, &QPushButton::clicked, this, &SmsExportDialog::chooseFile);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SmsExportDialog::startExport);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_job, &CsvExportJob::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &SmsExportDialog::reject);
    connect(m_job, &CsvExportJob::progress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(qMax(1, total));
        m_ui->progressBar->setValue(done);
    });
    connect(m_job, &CsvExportJob::finished, this, &SmsExportDialog::done);
}

bool SmsExportDialog::chooseTemplate(TemplateId id)
{
    const int index = m_ui->templateComboBox->findData(qlonglong(id));
    if (index >= 0)
        m_ui->templateComboBox->setCurrentIndex(index);
    return index >= 0;
}

void SmsExportDialog::setFileName(const QString &fileName)
{
    m_ui->fileLineEdit->setText(fileName);
}

SmsExportDialog::Chosen SmsExportDialog::chosenTemplate() const
{
    if (!m_templatesError.isEmpty())
        return {std::nullopt, tr("The message templates could not be read. %1").arg(m_templatesError)};
    const QVariant id = m_ui->templateComboBox->currentData();
    if (!id.isValid())
        return {std::nullopt, tr("There are no message templates yet: add one in Settings.")};
    const ReadResult<std::optional<MessageTemplate>> found = m_store.templates().find(id.toLongLong());
    if (!found.ok())
        return {std::nullopt, tr("The message template could not be read. %1").arg(found.error)};
    return {*found.value, {}};
}

void SmsExportDialog::showBody()
{
    const Chosen chosen = chosenTemplate();
    m_ui->bodyLabel->setText(chosen.messageTemplate ? chosen.messageTemplate->body : chosen.why);
    m_ui->exportButton->setEnabled(chosen.messageTemplate.has_value() && !m_job->isRunning());
}

void SmsExportDialog::chooseFile()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export for SMS"), m_ui->fileLineEdit->text(), tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        m_ui->fileLineEdit->setText(fileName);
}

void SmsExportDialog::startExport()
{
    const std::optional<MessageTemplate> chosen = chosenTemplate().messageTemplate;
    const QString fileName = m_ui->fileLineEdit->text().trimmed();
    if (!chosen || m_job->isRunning())
        return;
    if (fileName.isEmpty()) {
        m_ui->summaryLabel->setText(tr("Choose the file to write first."));
        return;
    }
    m_summary = std::make_shared<SmsExportSummary>();
    m_ui->summaryLabel->setText(tr("Exporting…"));
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->show();
    m_ui->cancelButton->show();
    m_ui->exportButton->setEnabled(false);
    // The worker owns copies of what it writes; the summary is read back once it has finished.
    m_job->start(fileName,
        [customers = m_customers, cell = m_cell, write = m_write, messageTemplate = *chosen,
            summary = m_summary,
            by = m_store.shift().clerkId()](Store &store, QIODevice &file, const ExportProgress &progress) {
            if (write)
                return write(store, file, messageTemplate, summary.get(), progress, by);
            SmsExport &exporter = store.smsExport();
            if (!cell)
                return exporter.write(file, customers, messageTemplate, summary.get(), progress, by);
            const ReadResult<QList<CustomerId>> ids = exporter.customersOf(*cell);
            if (!ids.ok())
                return ExportResult{0, tr("The customers to write could not be read. %1").arg(ids.error)};
            return exporter.write(file, *ids.value, messageTemplate, summary.get(), progress, by);
        });
}

bool SmsExportDialog::isExporting() const
{
    return m_job->isRunning();
}

QString SmsExportDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

void SmsExportDialog::done(int, const QString &error, bool cancelled)
{
    m_ui->progressBar->hide();
    m_ui->cancelButton->hide();
    showBody();
    const bool ok = !cancelled && error.isEmpty();
    m_ui->summaryLabel->setStyleSheet(ok || cancelled ? QString() : QStringLiteral("color: #c0392b;"));
    if (cancelled)
        m_ui->summaryLabel->setText(tr("Export cancelled; no file was written."));
    else if (!error.isEmpty())
        m_ui->summaryLabel->setText(tr("The file could not be written:\n%1").arg(error));
    else
        m_ui->summaryLabel->setText(SmsExport::describe(*m_summary));
    emit exportFinished(ok);
}

void SmsExportDialog::reject()
{
    // Closing while writing stops the export: the file appears only when complete.
    m_job->cancel();
    QDialog::reject();
}

} // namespace atelier
