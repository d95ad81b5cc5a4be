#include "gui/archive_page.h"

#include "core/labels.h"
#include "gui/archive_model.h"
#include "gui/column_chooser_dialog.h"
#include "gui/csv_export_job.h"
#include "gui/customer_editor_dialog.h"
#include "gui/import_wizard.h"
#include "services/archive_service.h"
#include "services/customer_service.h"
#include "services/store.h"
#include "ui_archive_page.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalBlocker>

namespace atelier {

ArchivePage::ArchivePage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ArchivePage>())
    , m_store(store)
    , m_model(new ArchiveModel(store.archive(), this))
    , m_export(new CsvExportJob(this))
{
    m_ui->setupUi(this);
    fillFilters();
    m_ui->archiveView->setModel(m_model);
    QHeaderView *header = m_ui->archiveView->horizontalHeader();
    header->setSortIndicator(ArchiveModel::NameColumn, Qt::AscendingOrder);
    // Only some columns sort (in SQL, on an index); a click on another puts the arrow back where the
    // rows really are sorted.
    connect(
        header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
            if (ArchiveModel::isSortable(column)) {
                m_sortColumn = column;
                m_sortOrder = order;
                return;
            }
            const QSignalBlocker blocker(header);
            header->setSortIndicator(m_sortColumn, m_sortOrder);
        });
    m_ui->archiveView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Sized to the first page once; resizing to all rows would defeat the lazy loading.
    m_ui->archiveView->resizeColumnsToContents();
    showCount(m_model->totalCount());

    connect(m_model, &ArchiveModel::totalChanged, this, &ArchivePage::showCount);
    connect(m_ui->tagComboBox, &QComboBox::currentIndexChanged, this, &ArchivePage::applyFilter);
    connect(m_ui->sourceComboBox, &QComboBox::currentIndexChanged, this, &ArchivePage::applyFilter);
    connect(m_ui->birthMonthComboBox, &QComboBox::currentIndexChanged, this, &ArchivePage::applyFilter);
    connect(m_ui->sizeLineEdit, &QLineEdit::editingFinished, this, &ArchivePage::applyFilter);
    connect(m_ui->archiveView, &QAbstractItemView::doubleClicked, this,
        [this](const QModelIndex &index) { editCustomer(m_model->customerAt(index.row())); });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this]() { editCustomer(selectedCustomer()); });
    connect(m_ui->openOnCounterButton, &QPushButton::clicked, this, [this]() {
        if (const CustomerId id = selectedCustomer())
            emit openOnCounter(id);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ArchivePage::chooseExportFile);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ArchivePage::importFromTill);
    connect(m_export, &CsvExportJob::finished, this, &ArchivePage::exportDone);
    connect(&store.customers(), &CustomerService::customerSaved, m_model, &ArchiveModel::reload);
}

ArchivePage::~ArchivePage() = default;

void ArchivePage::fillFilters()
{
    m_ui->tagComboBox->addItem(tr("Any tag"));
    for (const Tag &tag : m_store.archive().tagLibrary())
        m_ui->tagComboBox->addItem(tr("%1 (%2)").arg(tag.name, Labels::of(tag.category)), tag.id);
    m_ui->sourceComboBox->addItem(tr("Any source"));
    for (SourceChannel source : {SourceChannel::WalkIn, SourceChannel::WeChat, SourceChannel::Douyin,
             SourceChannel::ECommerce, SourceChannel::Referral, SourceChannel::Event, SourceChannel::Other})
        m_ui->sourceComboBox->addItem(Labels::of(source), static_cast<int>(source));
    m_ui->birthMonthComboBox->addItem(tr("Any month"));
    for (int month = 1; month <= 12; ++month)
        m_ui->birthMonthComboBox->addItem(QLocale().standaloneMonthName(month), month);
}

void ArchivePage::applyFilter()
{
    ArchiveFilter filter;
    if (const QVariant tag = m_ui->tagComboBox->currentData(); tag.isValid())
        filter.tagId = tag.toLongLong();
    filter.size = m_ui->sizeLineEdit->text().trimmed();
    if (const QVariant source = m_ui->sourceComboBox->currentData(); source.isValid())
        filter.source = static_cast<SourceChannel>(source.toInt());
    if (const QVariant month = m_ui->birthMonthComboBox->currentData(); month.isValid())
        filter.birthMonth = month.toInt();
    m_model->setFilter(filter);
}

void ArchivePage::showCount(int total)
{
    m_ui->countLabel->setText(tr("%n customer(s)", nullptr, total));
}

CustomerId ArchivePage::selectedCustomer() const
{
    const QModelIndex current = m_ui->archiveView->currentIndex();
    return current.isValid() ? m_model->customerAt(current.row()) : 0;
}

void ArchivePage::editCustomer(CustomerId id)
{
    if (id == 0)
        return;
    CustomerEditorDialog dialog(m_store, id, this);
    dialog.exec();
}

void ArchivePage::chooseExportFile()
{
    ColumnChooserDialog chooser(ExportSource::Archive, this);
    chooser.setColumns(m_columns);
    chooser.setFormat(m_format);
    if (chooser.exec() != QDialog::Accepted)
        return;
    m_columns = chooser.columns();
    m_format = chooser.format();
    const bool xlsx = m_format == ExportFormat::Xlsx;
    const QString suggested
        = QDir::home().filePath(tr("customers-%1").arg(m_store.clock().today().toString(Qt::ISODate))
            + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv")));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export customers"), suggested,
        xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        exportTo(fileName, m_format, m_columns);
}

void ArchivePage::importFromTill()
{
    ImportWizard wizard(m_store, this);
    wizard.exec();
    if (wizard.imported())
        m_model->reload(); // imported sales change what the archive shows
}

void ArchivePage::exportCsvTo(const QString &fileName)
{
    exportTo(fileName, CustomerExport::formatOf(fileName), ExportColumns::defaults(ExportSource::Archive));
}

void ArchivePage::exportTo(const QString &fileName, ExportFormat format, const QList<ExportColumn> &columns)
{
    if (m_export->isRunning())
        return;
    m_progress
        = new QProgressDialog(tr("Exporting customers…"), tr("Cancel"), 0, m_model->totalCount(), this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_export, &CsvExportJob::cancel);
    connect(m_export, &CsvExportJob::progress, m_progress, [dialog = m_progress](int done, int total) {
        dialog->setMaximum(total);
        dialog->setValue(done);
    });
    m_ui->exportButton->setEnabled(false);
    m_ui->exportStatusLabel->setText(tr("Exporting…"));
    m_export->startFile(m_store.path(),
        [fileName, format, columns, filter = m_model->filter()](
            Store &store, const ExportProgress &progress) {
            return CustomerExport(store.database()).write(fileName, format, filter, columns, progress);
        });
}

void ArchivePage::exportDone(int rows, const QString &error, bool cancelled)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_ui->exportButton->setEnabled(true);
    if (cancelled) {
        m_ui->exportStatusLabel->setText(tr("Export cancelled; no file was written."));
    } else if (!error.isEmpty()) {
        m_ui->exportStatusLabel->clear();
        QMessageBox::warning(
            this, tr("Export failed"), tr("The customers could not be exported:\n%1").arg(error));
    } else {
        m_ui->exportStatusLabel->setText(tr("Exported %n customer(s).", nullptr, rows));
    }
    emit exportFinished(!cancelled && error.isEmpty());
}

} // namespace atelier
