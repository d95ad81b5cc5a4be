#include "gui/import/import_run_page.h"

#include "gui/import/import_job.h"
#include "services/store.h"
#include "services/store_files.h"
#include "ui_import_run_page.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>

namespace atelier {

namespace {

// More rows make the table slow to fill and no one reads them here: the rejects file has them all.
constexpr qsizetype shownRejects = 2000;

} // namespace

ImportRunPage::ImportRunPage(Store &store, ImportChoices &choices, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ImportRunPage>())
    , m_store(store)
    , m_choices(choices)
    , m_job(new ImportJob(store, this))
{
    m_ui->setupUi(this);
    m_ui->rejectedTable->setColumnCount(3);
    m_ui->rejectedTable->setHorizontalHeaderLabels({tr("Line"), tr("Reason"), tr("Row")});
    m_ui->rejectedTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->progressBar->setRange(0, 1000);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportRunPage::stop);
    connect(m_ui->importButton, &QPushButton::clicked, this, [this]() { start(Step::Import); });
    connect(m_ui->saveRejectsButton, &QPushButton::clicked, this, &ImportRunPage::chooseRejectsFile);
    connect(m_job, &ImportJob::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0)
            m_ui->progressBar->setValue(static_cast<int>(done * 1000 / total));
    });
    connect(m_job, &ImportJob::finished, this, &ImportRunPage::finished);
}

ImportRunPage::~ImportRunPage() = default;

bool ImportRunPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportRunPage::initializePage()
{
    const bool sales = m_choices.kind == ImportKind::Sales;
    m_ui->policyGroup->setVisible(sales);
    m_ui->summaryLabel->clear();
    m_last = {};
    showRejected({});
    if (isRunning()) {
        m_restart = true; // the run stopped on leaving the page ends first
        return;
    }
    if (sales || m_choices.kind == ImportKind::Surveys) {
        start(Step::Check);
    } else {
        // Customer numbers are a short list stored in one go: no separate check.
        m_ui->summaryLabel->setText(m_choices.nameColumn.isEmpty()
                ? tr("Import gives the archive customers with these phones their till "
                     "number and attaches the sales imported under it.")
                : tr("Import gives the archive customers with these phones their till number, registers "
                     "the phones not in the archive as new customers, and attaches the sales imported "
                     "under their numbers."));
        setRunning(false);
        m_ui->progressBar->setValue(0);
    }
}

void ImportRunPage::cleanupPage()
{
    m_restart = false;
    m_job->cancel();
}

bool ImportRunPage::isComplete() const
{
    return !isRunning();
}

void ImportRunPage::setRunning(bool running)
{
    m_ui->cancelButton->setEnabled(running && m_choices.kind != ImportKind::CustomerLinks);
    m_ui->importButton->setEnabled(!running);
    m_ui->policyGroup->setEnabled(!running);
    m_ui->saveRejectsButton->setEnabled(!running && !m_last.rejected.isEmpty());
    emit completeChanged();
}

void ImportRunPage::start(Step step)
{
    if (isRunning())
        return;
    m_step = step;
    m_ui->progressBar->setValue(0);
    if (m_choices.kind == ImportKind::CustomerLinks) {
        CustomerLinkRequest request;
        request.path = m_choices.path;
        request.phoneColumn = m_choices.phoneColumn;
        request.idColumn = m_choices.idColumn;
        request.nameColumn = m_choices.nameColumn;
        request.encoding = m_choices.preview.encoding;
        request.delimiter = m_choices.preview.delimiter;
        m_ui->progressBar->setRange(0, 0); // no progress from this import: a busy bar
        m_ui->summaryLabel->setText(tr("Importing…"));
        m_job->startCustomerLinks(request);
    } else if (m_choices.kind == ImportKind::Surveys) {
        SurveyImportRequest request;
        request.path = m_choices.path;
        request.encoding = m_choices.preview.encoding;
        request.delimiter = m_choices.preview.delimiter;
        request.dryRun = step == Step::Check;
        m_ui->progressBar->setRange(0, 1000);
        m_ui->summaryLabel->setText(
            step == Step::Check ? tr("Checking the whole file; nothing is stored yet…") : tr("Importing…"));
        m_job->startSurveys(request);
    } else {
        SalesImportRequest request;
        request.path = m_choices.path;
        request.mapping = m_choices.mapping;
        request.encoding = m_choices.preview.encoding;
        request.delimiter = m_choices.preview.delimiter;
        request.dryRun = step == Step::Check;
        request.policy = step == Step::Check || m_ui->validRowsRadio->isChecked()
            ? SalesImportRequest::Policy::ValidRows
            : SalesImportRequest::Policy::Nothing;
        m_ui->progressBar->setRange(0, 1000);
        m_ui->summaryLabel->setText(
            step == Step::Check ? tr("Checking the whole file; nothing is stored yet…") : tr("Importing…"));
        m_job->startSales(request);
    }
    setRunning(true);
}

void ImportRunPage::stop()
{
    m_job->cancel();
    m_ui->cancelButton->setEnabled(false);
    m_ui->summaryLabel->setText(tr("Stopping…"));
}

void ImportRunPage::finished()
{
    if (m_restart) {
        m_restart = false;
        start(Step::Check);
        return;
    }
    m_ui->progressBar->setRange(0, 1000);
    QString text;
    if (m_choices.kind == ImportKind::CustomerLinks) {
        const CustomerLinkResult &r = m_job->linkResult();
        m_last = {};
        m_last.header = r.header;
        m_last.rejected = r.rejected;
        text = CustomerLinkImport::summary(r);
        m_imported = m_imported || r.created + r.linked + r.salesAttached > 0;
        m_ui->progressBar->setValue(r.error.isEmpty() ? 1000 : 0);
    } else if (m_choices.kind == ImportKind::Surveys) {
        const SurveyImportResult &r = m_job->surveyResult();
        m_last = {};
        m_last.header = r.header;
        m_last.rejected = r.rejected;
        text = outcomeText(r.outcome, SurveyImport::summary(r));
        m_imported = m_imported || r.outcome == SurveyImportResult::Outcome::Imported;
        if (r.outcome == SurveyImportResult::Outcome::Cancelled)
            m_ui->progressBar->setValue(0);
    } else {
        const SalesImportResult &r = m_job->salesResult();
        m_last = r;
        text = outcomeText(r.outcome, SalesImport::summary(r));
        m_imported = m_imported || r.outcome == SalesImportResult::Outcome::Imported;
        if (r.outcome == SalesImportResult::Outcome::Cancelled)
            m_ui->progressBar->setValue(0);
    }
    m_ui->summaryLabel->setText(text);
    showRejected(m_last.rejected);
    setRunning(false);
    // Stored: a second import of the same file would only find it there already.
    if (m_step == Step::Import && m_imported)
        m_ui->importButton->setEnabled(false);
    emit runFinished();
}

QString ImportRunPage::outcomeText(SalesImportResult::Outcome outcome, const QString &summary) const
{
    using Outcome = SalesImportResult::Outcome;
    if (outcome == Outcome::Cancelled)
        return m_step == Step::Check ? tr("The check was stopped. Nothing was imported.")
                                     : tr("The import was stopped. Nothing was imported.");
    if (m_step == Step::Check)
        return tr("Check: %1").arg(summary);
    if (outcome == Outcome::Imported)
        return tr("Imported: %1").arg(summary);
    return tr("Nothing was imported. %1").arg(summary);
}

void ImportRunPage::showRejected(const QList<RejectedRow> &rows)
{
    QTableWidget *table = m_ui->rejectedTable;
    const qsizetype shown = std::min(rows.size(), shownRejects);
    table->setRowCount(static_cast<int>(shown));
    for (qsizetype i = 0; i < shown; ++i) {
        const RejectedRow &row = rows.at(i);
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, row.line);
        table->setItem(static_cast<int>(i), 0, line);
        auto *reason = new QTableWidgetItem(row.reason);
        reason->setToolTip(row.reason);
        table->setItem(static_cast<int>(i), 1, reason);
        auto *fields
            = new QTableWidgetItem(row.fields.join(m_choices.preview.delimiter).replace(u'\n', u' '));
        fields->setToolTip(fields->text());
        table->setItem(static_cast<int>(i), 2, fields);
    }
    m_ui->rejectedCaption->setText(rows.size() > shown
            ? tr("Rejected rows (the first %1 of %2; the saved file has them all)")
                  .arg(shown)
                  .arg(rows.size())
            : tr("Rejected rows: %1").arg(rows.size()));
    if (shown > 0) {
        table->resizeColumnToContents(0);
        table->resizeColumnToContents(1);
    }
    m_ui->saveRejectsButton->setEnabled(!rows.isEmpty() && !isRunning());
}

void ImportRunPage::chooseRejectsFile()
{
    const QString suggested = m_choices.path + QStringLiteral(".rejected.csv");
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Save rejected rows"), suggested, tr("CSV files (*.csv)"));
    if (!fileName.isEmpty() && !saveRejectsTo(fileName))
        QMessageBox::warning(this, tr("Not saved"),
            tr("The rejected rows could not be written to %1.").arg(QDir::toNativeSeparators(fileName)));
}

bool ImportRunPage::saveRejectsTo(const QString &fileName)
{
    if (StoreFiles::contains(m_store.path(), fileName))
        return false;
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !SalesImport::writeRejects(m_last, file))
        return false;
    return file.commit();
}

} // namespace atelier
