#include "gui/loyalty/tiers_page.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "gui/archive/customer_export_flow.h"
#include "gui/archive/sms_export_dialog.h"
#include "gui/loyalty/benefits_editor.h"
#include "gui/loyalty/distribution_model.h"
#include "gui/loyalty/loyalty_customers_model.h"
#include "gui/loyalty/loyalty_rules_editor.h"
#include "gui/loyalty/nightly_runs_model.h"
#include "gui/loyalty/tier_movement_model.h"
#include "services/change_notifier.h"
#include "services/customer_export.h"
#include "services/customer_service.h"
#include "services/loyalty_report.h"
#include "services/loyalty_service.h"
#include "services/nightly_runner.h"
#include "services/store.h"
#include "ui_tiers_page.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QShowEvent>
#include <QStyle>

#include <algorithm>

namespace atelier {

namespace {

constexpr int runHistoryLength = 100;
const QString errorStyle = QStringLiteral("color: #c0392b;");

} // namespace

TiersPage::TiersPage(Store &store, NightlyRunner &runner, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TiersPage>())
    , m_store(store)
    , m_runner(runner)
    , m_distribution(new DistributionModel(this))
    , m_named(new NamedSegmentModel(this))
    , m_customers(new LoyaltyCustomersModel(store.loyaltyReport(), this))
    , m_movement(new TierMovementModel(store.loyaltyReport(), this))
    , m_runs(new NightlyRunsModel(this))
{
    m_ui->setupUi(this);
    m_export = new CustomerExportFlow(
        store, ExportSource::Loyalty, this, m_ui->exportButton, m_ui->exportStatusLabel);
    setUpViews();
    m_ui->directionComboBox->addItem(tr("All changes"), int(MovementDirection::Any));
    m_ui->directionComboBox->addItem(tr("Went up"), int(MovementDirection::Up));
    m_ui->directionComboBox->addItem(tr("Went down"), int(MovementDirection::Down));
    m_ui->exportButton->setEnabled(false);
    m_ui->smsExportButton->setEnabled(false);
    m_ui->cellLabel->setText(tr("Click a cell or an RFM segment to list its customers."));
    m_ui->recomputeProgressBar->hide();
    m_ui->cancelRecomputeButton->hide();
    loadRules();

    connect(m_ui->distributionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                showCustomersOf(m_distribution->filterAt(current));
        });
    connect(m_ui->namedView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                showCustomersOf(m_named->filterAt(current));
        });
    connect(m_customers, &LoyaltyCustomersModel::totalChanged, this, &TiersPage::showCellCount);
    connect(m_customers, &LoyaltyCustomersModel::readFailedChanged, this,
        [this] { showCellCount(m_customers->totalCount()); });
    connect(m_movement, &TierMovementModel::readFailedChanged, this, &TiersPage::showMovementCount);
    connect(m_ui->customersView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const CustomerId id = m_customers->customerAt(index.row()))
            emit openOnCounter(id);
    });
    connect(m_ui->movementView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const CustomerId id = m_movement->customerAt(index.row()))
            emit openOnCounter(id);
    });
    connect(m_ui->directionComboBox, &QComboBox::currentIndexChanged, this, &TiersPage::showMovement);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &TiersPage::chooseExport);
    connect(m_export, &CustomerExportFlow::finished, this, &TiersPage::exportFinished);
    connect(m_customers, &QAbstractItemModel::modelReset, m_export, &CustomerExportFlow::listChanged);
    connect(m_ui->smsExportButton, &QPushButton::clicked, this, [this]() {
        if (SmsExportDialog *dialog = smsExportDialog()) {
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
    });
    // Tier benefits (issue 22), beside the rules: the editor saves each benefit on its own.
    auto *benefits = new BenefitsEditor(store, this);
    benefits->setObjectName(QStringLiteral("benefitsEditor"));
    m_ui->tabWidget->insertTab(m_ui->tabWidget->indexOf(m_ui->rulesTab) + 1, benefits, tr("Benefits"));
    connect(m_ui->saveRulesButton, &QPushButton::clicked, this, &TiersPage::saveRules);
    connect(m_ui->revertRulesButton, &QPushButton::clicked, this, &TiersPage::loadRules);
    connect(m_ui->rulesEditor, &LoyaltyRulesEditor::edited, m_ui->rulesMessageLabel, &QLabel::clear);
    // A new customer is a member with no purchase at once; the rest waits for the next run.
    connect(&store.changes(), &ChangeNotifier::changed, this, [this](const Change &change) {
        if (change.concerns(Change::What::Customers))
            m_stale = true;
    });
    connect(&store.loyalty(), &LoyaltyService::rulesChanged, this, &TiersPage::showRulesNote);
    connect(m_ui->recomputeButton, &QPushButton::clicked, this, &TiersPage::recomputeNow);
    connect(m_ui->cancelRecomputeButton, &QPushButton::clicked, this, [this]() {
        m_runner.cancel();
        m_ui->runStepLabel->setText(tr("Cancelling…"));
    });
    connect(&runner, &NightlyRunner::started, this, &TiersPage::runStarted);
    connect(&runner, &NightlyRunner::progress, this, &TiersPage::runProgress);
    connect(&runner, &NightlyRunner::finished, this, &TiersPage::runFinished);
    if (runner.isRunning())
        runStarted();
}

TiersPage::~TiersPage() = default;

void TiersPage::setUpViews()
{
    m_ui->distributionView->setModel(m_distribution);
    m_ui->distributionView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->distributionView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->distributionView->setMinimumHeight(190);
    m_ui->namedView->setModel(m_named);
    m_ui->customersView->setModel(m_customers);
    m_ui->movementView->setModel(m_movement);
    m_ui->runsView->setModel(m_runs);
    m_ui->segmentMovesTable->setColumnCount(3);
    m_ui->segmentMovesTable->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Customers")});
    // Lists of one-line rows: as many as fit.
    const QList<QTableView *> lists{
        m_ui->namedView, m_ui->customersView, m_ui->movementView, m_ui->runsView, m_ui->segmentMovesTable};
    for (QTableView *view : lists)
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    // The grid keeps its height, the list takes what is left; the RFM segments stay narrow.
    m_ui->distributionSplitter->setStretchFactor(0, 0);
    m_ui->distributionSplitter->setStretchFactor(1, 1);
    m_ui->listSplitter->setStretchFactor(0, 0);
    m_ui->listSplitter->setStretchFactor(1, 1);
}

int TiersPage::fitWidth(QTableView *view)
{
    // Measured from the texts: a hidden view's own hints only look at the rows it shows, and a
    // stretched last section is as wide as the view happens to be. For short tables only.
    const QAbstractItemModel *model = view->model();
    const QFontMetrics metrics = view->fontMetrics();
    const int padding = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 16;
    int width = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < model->columnCount(); ++column) {
        int widest = metrics.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < model->rowCount(); ++row)
            widest = std::max(widest, metrics.horizontalAdvance(model->index(row, column).data().toString()));
        view->setColumnWidth(column, widest + padding);
        width += widest + padding;
    }
    view->setMinimumWidth(width);
    return width;
}

void TiersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TiersPage::refresh()
{
    m_stale = false;
    LoyaltyReport &report = m_store.loyaltyReport();
    const ReadResult<LoyaltyDistribution> distribution = report.distribution();
    m_distribution->setDistribution(distribution.value.value_or(LoyaltyDistribution{}));
    m_named->setDistribution(distribution.value.value_or(LoyaltyDistribution{}));
    // A grid that could not be read is not a store of zeros: hidden, and the page says why.
    m_ui->distributionView->setVisible(distribution.ok());
    m_ui->namedView->setVisible(distribution.ok());
    showReadError(
        m_ui->distributionErrorLabel, tr("The distribution could not be read. %1"), distribution.error);
    const int namedWidth = fitWidth(m_ui->namedView);
    m_ui->listSplitter->setSizes({namedWidth, m_ui->listSplitter->width() - namedWidth});
    const ReadResult<std::optional<NightlyRun>> lastRun = report.lastSuccessfulRun();
    m_lastRun = lastRun.ok() ? *lastRun.value : std::nullopt;
    m_lastRunError = lastRun.error;
    showAsOf();
    m_customers->reload();
    m_ui->customersView->resizeColumnsToContents();
    showMovement();
    const ReadResult<QList<NightlyRun>> runs = m_store.loyalty().recentRuns(runHistoryLength);
    m_runs->setRuns(runs.value.value_or(QList<NightlyRun>{}));
    m_ui->runsView->setVisible(runs.ok());
    showReadError(m_ui->runsErrorLabel, tr("The history of runs could not be read. %1"), runs.error);
    // The message takes what is left (elided; the whole of it is the tooltip).
    m_ui->runsView->resizeColumnsToContents();
    QHeaderView *runsHeader = m_ui->runsView->horizontalHeader();
    runsHeader->resizeSection(NightlyRunsModel::MessageColumn, runsHeader->minimumSectionSize());
}

void TiersPage::showReadError(QLabel *label, const QString &sentence, const QString &error)
{
    label->setVisible(!error.isEmpty());
    label->setText(error.isEmpty() ? QString() : sentence.arg(error));
}

QString TiersPage::lastRunUnread() const
{
    return tr("The last nightly run could not be read. %1").arg(m_lastRunError);
}

void TiersPage::showAsOf()
{
    if (!m_lastRunError.isEmpty()) {
        m_ui->asOfLabel->setText(lastRunUnread());
        return;
    }
    if (!m_lastRun) {
        m_ui->asOfLabel->setText(
            tr("No nightly run yet: every customer counts as a member with no purchase. Recompute now to "
               "see the real picture."));
        return;
    }
    m_ui->asOfLabel->setText(
        tr("As of %1 (run finished %2): %Ln customer(s) with a sale scored.", nullptr, m_lastRun->customers)
            .arg(DisplayFormat::date(m_lastRun->asOf), DisplayFormat::dateTime(m_lastRun->finishedAt)));
}

void TiersPage::showCustomersOf(const LoyaltyFilter &filter)
{
    m_customers->setFilter(filter);
    m_ui->customersView->resizeColumnsToContents();
    m_ui->exportButton->setEnabled(!m_export->isRunning());
    m_ui->smsExportButton->setEnabled(true);
}

SmsExportDialog *TiersPage::smsExportDialog()
{
    if (!m_customers->hasFilter())
        return nullptr;
    return new SmsExportDialog(
        m_store, m_customers->filter(), describe(m_customers->filter()), m_customers->totalCount(), this);
}

QString TiersPage::describe(const LoyaltyFilter &filter) const
{
    if (filter.named)
        return tr("RFM segment %1").arg(Labels::of(*filter.named));
    if (filter.tier && filter.segment)
        return QStringLiteral("%1 · %2").arg(Labels::of(*filter.tier), Labels::of(*filter.segment));
    if (filter.tier)
        return tr("%1 · all segments").arg(Labels::of(*filter.tier));
    if (filter.segment)
        return tr("All tiers · %1").arg(Labels::of(*filter.segment));
    return tr("All customers");
}

void TiersPage::showCellCount(int total)
{
    if (m_customers->readFailed())
        m_ui->cellLabel->setText(tr("These customers could not be read. %1").arg(m_customers->errorText()));
    else if (m_customers->hasFilter())
        m_ui->cellLabel->setText(tr("%1: %Ln customer(s), highest spend first", nullptr, total)
                                     .arg(describe(m_customers->filter())));
}

void TiersPage::showMovementCount()
{
    if (!m_lastRunError.isEmpty())
        m_ui->movementCountLabel->setText(lastRunUnread());
    else
        m_ui->movementCountLabel->setText(m_movement->readFailed()
                ? tr("The tier changes could not be read. %1").arg(m_movement->errorText())
                : tr("%Ln tier change(s)", nullptr, m_movement->totalCount()));
}

void TiersPage::showMovement()
{
    const auto direction = static_cast<MovementDirection>(m_ui->directionComboBox->currentData().toInt());
    m_movement->setRun(m_lastRun ? m_lastRun->id : 0, direction);
    m_ui->movementView->resizeColumnsToContents();
    showMovementCount();
    m_ui->segmentMovesTable->setRowCount(0);
    // Without the run there is no list of who moved: empty lists would say that nobody did.
    const bool runRead = m_lastRunError.isEmpty();
    m_ui->movementView->setVisible(runRead);
    m_ui->segmentMovesTable->setVisible(runRead);
    m_ui->segmentMovesErrorLabel->hide();
    if (!runRead) {
        m_ui->movementSummaryLabel->setText(lastRunUnread());
        return;
    }
    if (!m_lastRun) {
        m_ui->movementSummaryLabel->setText(tr("No successful nightly run yet."));
        return;
    }
    m_ui->movementSummaryLabel->setText(
        tr("The run as of %1: %Ln customer(s) went up a tier, %2 went down, %3 changed segment.", nullptr,
            m_lastRun->tierUps)
            .arg(DisplayFormat::date(m_lastRun->asOf))
            .arg(QLocale().toString(m_lastRun->tierDowns), QLocale().toString(m_lastRun->segmentChanges)));
    const ReadResult<QList<SegmentMove>> read = m_store.loyaltyReport().segmentMoves(m_lastRun->asOf);
    m_ui->segmentMovesTable->setVisible(read.ok());
    showReadError(m_ui->segmentMovesErrorLabel, tr("The segment changes could not be read. %1"), read.error);
    const QList<SegmentMove> moves = read.value.value_or(QList<SegmentMove>{});
    m_ui->segmentMovesTable->setRowCount(int(moves.size()));
    for (int row = 0; row < moves.size(); ++row) {
        const SegmentMove &move = moves.at(row);
        auto *count = new QTableWidgetItem(QLocale().toString(move.customers));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->segmentMovesTable->setItem(row, 0, new QTableWidgetItem(Labels::of(move.from)));
        m_ui->segmentMovesTable->setItem(row, 1, new QTableWidgetItem(Labels::of(move.to)));
        m_ui->segmentMovesTable->setItem(row, 2, count);
    }
    fitWidth(m_ui->segmentMovesTable);
}

void TiersPage::loadRules()
{
    m_ui->rulesEditor->setRules(m_store.loyalty().rules());
    m_ui->rulesMessageLabel->clear();
    showRulesNote();
    showMeasuredBand();
}

void TiersPage::showMeasuredBand()
{
    const ReadResult<std::optional<LoyaltySettings::MeasuredBand>> read
        = m_store.loyalty().measuredSpendBand();
    const std::optional<LoyaltySettings::MeasuredBand> measured = read.value.value_or(std::nullopt);
    if (!read.ok())
        m_ui->rulesEditor->setMeasuredBand(std::nullopt, QDate(), read.error);
    else if (!measured)
        m_ui->rulesEditor->setMeasuredBand(std::nullopt, QDate()); // before the first run
    else
        m_ui->rulesEditor->setMeasuredBand(measured->band, measured->asOf);
}

void TiersPage::showRulesNote()
{
    m_ui->rulesNoteLabel->setText(
        tr("Changes take effect at the next nightly run (every night at %1:00, as of the day before) or "
           "when you press Recompute now.")
            .arg(m_store.loyalty().rules().nightlyHour));
}

void TiersPage::saveRules()
{
    const LoyaltyRules rules = m_ui->rulesEditor->rules();
    // Checked here first only to know which field to mark; saveRules checks again and refuses alike.
    const std::optional<LoyaltyRules::Problem> problem = rules.check();
    m_ui->rulesEditor->markProblem(problem ? problem->field : QString());
    const WriteResult saved
        = problem ? WriteResult::failure(problem->message) : m_store.loyalty().saveRules(rules);
    m_ui->rulesMessageLabel->setStyleSheet(saved.ok() ? QString() : errorStyle);
    m_ui->rulesMessageLabel->setText(
        saved.ok() ? tr("Saved. The new rules apply from the next run.") : saved.error);
}

void TiersPage::recomputeNow()
{
    if (m_runner.isRunning())
        return;
    m_runner.start(m_store.clock().today(), NightlyRun::StartedBy::Manual, m_store.actor());
}

void TiersPage::runStarted()
{
    m_ui->recomputeButton->setEnabled(false);
    m_ui->recomputeProgressBar->setValue(0);
    m_ui->recomputeProgressBar->show();
    m_ui->cancelRecomputeButton->show();
    m_ui->runStepLabel->setStyleSheet(QString());
    m_ui->runStepLabel->setText(tr("Recomputing…"));
}

void TiersPage::runProgress(int percent, const QString &step)
{
    m_ui->recomputeProgressBar->setValue(percent);
    m_ui->runStepLabel->setText(step);
}

void TiersPage::runFinished(const NightlyRun &run)
{
    m_ui->recomputeButton->setEnabled(true);
    m_ui->recomputeProgressBar->hide();
    m_ui->cancelRecomputeButton->hide();
    const bool ok = run.result == NightlyRun::Result::Ok;
    m_ui->runStepLabel->setStyleSheet(ok ? QString() : errorStyle);
    m_ui->runStepLabel->setText(ok
            ? tr("Recomputed as of %1 in %2.")
                  .arg(DisplayFormat::date(run.asOf), NightlyRunsModel::durationText(run.durationMs))
            : QStringLiteral("%1: %2").arg(Labels::of(run.result), run.message));
    if (ok)
        showMeasuredBand(); // the editor's rules are left as the manager may be editing them
    // Reading everything again costs a few hundred milliseconds on a large store: only when seen.
    m_stale = true;
    if (isVisible())
        refresh();
}

ColumnChooserDialog *TiersPage::chooseExport()
{
    if (!m_customers->hasFilter())
        return nullptr;
    return m_export->choose(tr("tier-customers-%1").arg(DisplayFormat::date(m_store.clock().today())),
        m_customers->totalCount(), CustomerExportFlow::writing(m_customers->filter()));
}

void TiersPage::exportCsvTo(const QString &fileName)
{
    exportTo(fileName, ExportColumns::defaults(ExportSource::Loyalty));
}

void TiersPage::exportTo(const QString &fileName, const QList<ExportColumn> &columns)
{
    if (!m_customers->hasFilter())
        return;
    m_export->start(fileName, CustomerExport::formatOf(fileName), columns, m_customers->totalCount(),
        CustomerExportFlow::writing(m_customers->filter()));
}

} // namespace atelier
