#include "gui/archive/customer_export_flow.h"

#include "gui/archive/column_chooser_dialog.h"
#include "gui/common/csv_export_job.h"
#include "services/store.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>

namespace atelier {

namespace {

QString suffixOf(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

} // namespace

CustomerExportFlow::CustomerExportFlow(
    Store &store, ExportSource source, QWidget *page, QAbstractButton *button, QLabel *status)
    : QObject(page)
    , m_store(store)
    , m_source(source)
    , m_page(page)
    , m_button(button)
    , m_status(status)
    , m_job(new CsvExportJob(store, this))
    , m_columns(ExportColumns::defaults(source))
{
    connect(m_job, &CsvExportJob::finished, this, &CustomerExportFlow::done);
}

CustomerExportFlow::~CustomerExportFlow() = default;

void CustomerExportFlow::listChanged()
{
    if (m_status && !isRunning())
        m_status->clear();
}

bool CustomerExportFlow::isRunning() const
{
    return m_job->isRunning();
}

ColumnChooserDialog *CustomerExportFlow::choose(const QString &baseName, int total, Write write)
{
    if (isRunning())
        return nullptr;
    auto *chooser = new ColumnChooserDialog(m_source, m_page);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setWindowModality(Qt::WindowModal);
    chooser->setColumns(m_columns);
    chooser->setFormat(m_format);
    connect(chooser, &QDialog::accepted, this, [this, chooser, baseName, total, write = std::move(write)]() {
        m_columns = chooser->columns();
        m_format = chooser->format();
        chooseFile(baseName, total, write);
    });
    chooser->open();
    return chooser;
}

void CustomerExportFlow::chooseFile(const QString &baseName, int total, Write write)
{
    const QString xlsxFilter = tr("Excel workbooks (*.xlsx)");
    const QString csvFilter = tr("CSV files (*.csv)");
    auto *dialog = new QFileDialog(m_page, tr("Export customers"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({xlsxFilter, csvFilter});
    dialog->selectNameFilter(m_format == ExportFormat::Xlsx ? xlsxFilter : csvFilter);
    // A name typed without a suffix gets the one of the chosen filter.
    dialog->setDefaultSuffix(suffixOf(m_format));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, xlsxFilter](const QString &filter) {
        dialog->setDefaultSuffix(filter == xlsxFilter ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    });
    dialog->setDirectory(QDir::home());
    dialog->selectFile(baseName + u'.' + suffixOf(m_format));
    connect(dialog, &QFileDialog::fileSelected, this,
        [this, total, write = std::move(write)](const QString &file) {
            // The suffix decides: a manager who typed .csv gets a CSV whatever the chooser said.
            start(file, CustomerExport::formatOf(file), m_columns, total, write);
        });
    dialog->open();
}

void CustomerExportFlow::start(
    const QString &fileName, ExportFormat format, const QList<ExportColumn> &columns, int total, Write write)
{
    if (isRunning())
        return;
    m_progress = new QProgressDialog(tr("Exporting customers…"), tr("Cancel"), 0, qMax(1, total), m_page);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &CsvExportJob::cancel);
    connect(m_job, &CsvExportJob::progress, m_progress, [dialog = m_progress](int done, int all) {
        dialog->setMaximum(qMax(1, all));
        dialog->setValue(done);
    });
    if (m_button)
        m_button->setEnabled(false);
    if (m_status)
        m_status->setText(tr("Exporting…"));
    m_job->startFile(
        [fileName, format, columns, write = std::move(write)](Store &store, const ExportProgress &progress) {
            return write(store.customerExport(), fileName, format, columns, progress);
        });
}

void CustomerExportFlow::done(int rows, const QString &error, bool cancelled)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (m_button)
        m_button->setEnabled(true);
    if (cancelled) {
        if (m_status)
            m_status->setText(tr("Export cancelled; no file was written."));
    } else if (!error.isEmpty()) {
        if (m_status)
            m_status->clear();
        QMessageBox::warning(
            m_page, tr("Export failed"), tr("The customers could not be exported:\n%1").arg(error));
    } else if (m_status) {
        m_status->setText(tr("Exported %Ln customer(s).", nullptr, rows));
    }
    emit finished(!cancelled && error.isEmpty());
}

} // namespace atelier
