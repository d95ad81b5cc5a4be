#include "gui/settings/audit_page.h"

#include "core/display_format.h"
#include "gui/common/csv_export_job.h"
#include "gui/settings/audit_model.h"
#include "services/audit_trail.h"
#include "services/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace atelier {

AuditPage::AuditPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new AuditModel(store.auditTrail(), this))
    , m_job(new CsvExportJob(store, this))
{
    const QDate today = store.clock().today();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionComboBox"));
    m_action->addItem(tr("All actions"), QString());
    for (const AuditAction action : allAuditActions())
        m_action->addItem(AuditTrail::actionLabel(action), toCode(action));
    m_who = new QComboBox(this);
    m_who->setObjectName(QStringLiteral("whoComboBox"));
    m_exportButton = new QPushButton(tr("Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(new QLabel(tr("Action"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("Who"), this));
    filters->addWidget(m_who);
    filters->addStretch();
    filters->addWidget(m_exportButton);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addWidget(m_status);

    connect(m_from, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditPage::applyFilter);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_who, &QComboBox::currentIndexChanged, this, &AuditPage::applyFilter);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::chooseExportFile);
    connect(m_job, &CsvExportJob::finished, this, &AuditPage::exportDone);
    connect(m_model, &AuditModel::totalChanged, this, &AuditPage::showStatus);
    connect(m_model, &AuditModel::readFailedChanged, this, &AuditPage::showStatus);
    reload();
}

AuditPage::~AuditPage() = default;

void AuditPage::showStatus()
{
    // A trail that could not be read is said so, never shown as "0 entries".
    m_status->setText(m_model->readFailed()
            ? tr("The audit trail could not be read. %1").arg(m_model->errorText())
            : tr("%Ln entry(s)", nullptr, m_model->totalCount()));
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // entries were added while the page was hidden
}

void AuditPage::reload()
{
    fillActors();
    applyFilter();
}

void AuditPage::fillActors()
{
    const QString current = m_who->currentData().toString();
    const QSignalBlocker blocker(m_who);
    m_who->clear();
    m_who->addItem(tr("Everyone"), QString());
    const ReadResult<QStringList> names = m_store.auditTrail().actorNames();
    for (const QString &name : names.value.value_or(QStringList())) {
        const AuditActor actor{AuditActor::Kind::Staff, std::nullopt, name};
        m_who->addItem(actor.label(), name);
    }
    if (!names.ok()) {
        // The list of names is short of everyone: say so in it rather than look complete.
        m_who->addItem(tr("The names could not be read: %1").arg(names.error));
        auto *model = qobject_cast<QStandardItemModel *>(m_who->model());
        if (QStandardItem *item = model ? model->item(m_who->count() - 1) : nullptr)
            item->setEnabled(false);
    }
    m_who->setCurrentIndex(qMax(0, m_who->findData(current)));
}

void AuditPage::applyFilter()
{
    AuditFilter filter;
    filter.from = m_from->date();
    filter.to = m_to->date();
    filter.action = auditActionFromCode(m_action->currentData().toString());
    filter.actorName = m_who->currentData().toString();
    m_model->setFilter(filter);
    m_view->resizeColumnsToContents();
}

void AuditPage::chooseExportFile()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export audit trail"),
        tr("audit-trail-%1.csv").arg(DisplayFormat::date(m_store.clock().today())), tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        exportTo(fileName);
}

void AuditPage::exportTo(const QString &fileName)
{
    if (m_job->isRunning())
        return;
    m_exportButton->setEnabled(false);
    m_status->setText(tr("Exporting…"));
    m_job->start(fileName,
        [filter = m_model->filter()](Store &store, QIODevice &file, const ExportProgress &progress) {
            return store.auditTrail().exportCsv(filter, file, progress);
        });
}

void AuditPage::exportDone(int rows, const QString &error, bool cancelled)
{
    m_exportButton->setEnabled(true);
    const bool ok = error.isEmpty() && !cancelled;
    if (ok)
        m_status->setText(tr("Exported %Ln entry(s).", nullptr, rows));
    else if (!error.isEmpty())
        QMessageBox::warning(
            this, tr("Export failed"), tr("The audit trail could not be exported:\n%1").arg(error));
    emit exportFinished(ok);
    if (ok)
        reload(); // the export is itself an entry
}

} // namespace atelier
