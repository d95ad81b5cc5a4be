#include "gui/campaigns/campaigns_page.h"

#include "core/display_format.h"
#include "gui/archive/sms_export_dialog.h"
#include "gui/campaigns/campaign_copies_dialog.h"
#include "gui/campaigns/campaign_list_model.h"
#include "gui/campaigns/campaign_wording.h"
#include "gui/campaigns/new_campaign_dialog.h"
#include "gui/common/csv_export_job.h"
#include "gui/common/spin_box_affixes.h"
#include "services/campaign_service.h"
#include "services/change_notifier.h"
#include "services/csv_export.h"
#include "services/store.h"
#include "ui_campaigns_page.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QShowEvent>
#include <QTimer>

namespace atelier {

namespace {

constexpr int changeDelayMs = 500;
const QString plainStyle;
const QString chanceStyle = QStringLiteral("color: #555;");
const QString liftStyle = QStringLiteral("color: #1e7b34; font-weight: bold;");

} // namespace

CampaignsPage::CampaignsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CampaignsPage>())
    , m_store(store)
    , m_model(new CampaignListModel(this))
    , m_export(new CsvExportJob(store, this))
    , m_changed(new QTimer(this))
    , m_listReader(store, QStringLiteral("campaigns"))
    , m_effectReader(store, QStringLiteral("campaign-effect"))
{
    m_ui->setupUi(this);
    m_ui->busyBar->hide();
    m_ui->campaignTable->setModel(m_model);
    m_ui->campaignTable->verticalHeader()->hide();
    m_ui->campaignTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->campaignTable->horizontalHeader()->setSectionResizeMode(
        CampaignListModel::NameColumn, QHeaderView::Stretch);
    m_ui->effectTable->setColumnCount(2);
    m_ui->effectTable->setHorizontalHeaderLabels(
        {CampaignLabels::of(CampaignGroup::Invited), CampaignLabels::of(CampaignGroup::Holdout)});
    m_ui->effectTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->attributionSpinBox->setValue(CampaignService::defaultAttributionDays);
    setAffixes(m_ui->attributionSpinBox, tr("%1 days after the last day"));
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    clearEffect(QString());

    m_changed->setSingleShot(true);
    m_changed->setInterval(changeDelayMs);
    connect(m_changed, &QTimer::timeout, this, &CampaignsPage::reload);
    // A sale, a return, a coupon redeemed, a campaign made at another counter: all may change the list
    // and the effect shown. Read again once a burst of changes has passed, or when next shown.
    connect(&store.changes(), &ChangeNotifier::changed, this, [this] {
        if (isVisible())
            m_changed->start();
        else
            m_stale = true;
    });
    connect(m_ui->campaignTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CampaignsPage::showCampaign);
    connect(m_ui->attributionSpinBox, &QSpinBox::valueChanged, this, &CampaignsPage::readEffect);
    connect(m_ui->newCampaignButton, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_ui->smsButton, &QPushButton::clicked, this, &CampaignsPage::sendSms);
    connect(m_ui->copiesButton, &QPushButton::clicked, this, &CampaignsPage::makeCopies);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CampaignsPage::askExport);
    connect(m_export, &CsvExportJob::finished, this, [this](int, const QString &error, bool cancelled) {
        updateButtons();
        updateBusy();
        const bool ok = error.isEmpty() && !cancelled;
        m_ui->statusLabel->setText(
            ok ? tr("The effect was written.") : tr("The effect could not be written. %1").arg(error));
        emit effectExported(ok, error);
    });
    updateButtons();
}

CampaignsPage::~CampaignsPage() = default;

void CampaignsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void CampaignsPage::refreshWhenShown()
{
    m_stale = true;
    if (isVisible())
        reload();
}

bool CampaignsPage::isBusy() const
{
    return m_listReader.isRunning() || m_effectReader.isRunning() || m_export->isRunning();
}

void CampaignsPage::updateBusy()
{
    // After this turn of the event loop: a runner still counts as running inside its own callback.
    QTimer::singleShot(0, this, [this] { m_ui->busyBar->setVisible(isBusy()); });
}

std::optional<CampaignId> CampaignsPage::currentCampaign() const
{
    if (const CampaignSummary *summary = m_model->at(m_ui->campaignTable->currentIndex().row()))
        return summary->campaign.id;
    return std::nullopt;
}

bool CampaignsPage::selectCampaign(CampaignId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_ui->campaignTable->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void CampaignsPage::reload()
{
    m_stale = false;
    m_changed->stop();
    const int generation = ++m_listGeneration;
    if (!m_store.allows(Permission::ExportCustomers)) {
        // The page is hidden from clerks; nothing of the manager's campaigns stays behind in it.
        showList(generation, {std::nullopt, tr("Campaigns are for the manager.")});
        return;
    }
    if (!m_wanted)
        m_wanted = currentCampaign();
    m_listReader.run(
        this, [](BackgroundJob &job) { return job.store().campaigns().list(); },
        [this, generation](BackgroundResult<ReadResult<QList<CampaignSummary>>> result) {
            if (result.cancelled)
                return;
            showList(generation,
                result.value.value_or(ReadResult<QList<CampaignSummary>>{std::nullopt, result.error}));
        });
    updateBusy();
}

void CampaignsPage::showList(int generation, const ReadResult<QList<CampaignSummary>> &read)
{
    if (generation != m_listGeneration)
        return;
    const std::optional<CampaignId> wanted = std::exchange(m_wanted, std::nullopt);
    {
        // The campaign shown is shown again below, once: not cleared on the way.
        const QSignalBlocker blocker(m_ui->campaignTable->selectionModel());
        m_model->setRows(read.value.value_or(QList<CampaignSummary>{}));
    }
    if (!read.ok())
        m_ui->statusLabel->setText(tr("The campaigns could not be read. %1").arg(read.error));
    else if (m_model->rowCount() == 0)
        m_ui->statusLabel->setText(tr("No campaigns yet: New campaign… makes one."));
    else
        m_ui->statusLabel->setText(tr("%Ln campaign(s), newest first.", nullptr, m_model->rowCount()));
    if (!wanted || !selectCampaign(*wanted)) {
        if (m_model->rowCount() > 0)
            m_ui->campaignTable->setCurrentIndex(m_model->index(0, 0));
    }
    showCampaign();
    updateBusy();
    emit listShown();
}

void CampaignsPage::showCampaign()
{
    const CampaignSummary *summary = m_model->at(m_ui->campaignTable->currentIndex().row());
    m_ui->detailGroupBox->setEnabled(summary != nullptr);
    if (!summary) {
        m_ui->detailGroupBox->setTitle(tr("Campaign"));
        m_ui->audienceLabel->clear();
        m_ui->offerLabel->clear();
        m_ui->holdoutLabel->clear();
        m_effectReader.cancel();
        clearEffect(QString());
        updateButtons();
        emit effectShown();
        return;
    }
    const Campaign &c = summary->campaign;
    m_ui->detailGroupBox->setTitle(
        tr("%1 · %2 · %3")
            .arg(c.name, CampaignLabels::of(c.kind), CampaignWording::days(c.firstDay, c.lastDay)));
    m_ui->audienceLabel->setText(CampaignWording::audience(c.filters));
    m_ui->offerLabel->setText(CampaignWording::offer(c.offer));
    const QLocale locale;
    m_ui->holdoutLabel->setText(
        tr("%1 % of the audience held out at random (seed %2): %3 invited, %4 held "
           "out; %Ln invitation(s) sent.",
            nullptr, summary->invitationsSent)
            .arg(locale.toString(c.holdoutPercent), QString::number(c.seed),
                locale.toString(summary->invited), locale.toString(summary->holdout)));
    readEffect();
}

void CampaignsPage::readEffect()
{
    const std::optional<CampaignId> id = currentCampaign();
    if (!id)
        return;
    m_effect.reset();
    updateButtons();
    m_ui->conversionLabel->setText(tr("Reading the effect…"));
    m_ui->conversionLabel->setStyleSheet(chanceStyle);
    m_ui->revenueLabel->clear();
    const int days = m_ui->attributionSpinBox->value();
    // A newer campaign or number of days makes an older read stale: it is dropped.
    m_effectReader.run(
        this, [id = *id, days](BackgroundJob &job) { return job.store().campaigns().effect(id, days); },
        [this](BackgroundResult<CampaignResult<CampaignEffect>> result) {
            if (result.cancelled)
                return;
            CampaignResult<CampaignEffect> read = result.value.value_or(CampaignResult<CampaignEffect>{});
            if (!result.ok())
                read.error = result.error;
            showEffect(read);
        });
    updateBusy();
}

void CampaignsPage::clearEffect(const QString &why)
{
    m_effect.reset();
    const QList<CampaignWording::Measure> measures = CampaignWording::measures(CampaignEffect{});
    m_ui->effectTable->setRowCount(int(measures.size()));
    QStringList names;
    for (int row = 0; row < measures.size(); ++row) {
        names << measures.at(row).name;
        for (int column = 0; column < 2; ++column)
            m_ui->effectTable->setItem(row, column, new QTableWidgetItem(QStringLiteral("–")));
    }
    m_ui->effectTable->setVerticalHeaderLabels(names);
    fitEffectTable();
    m_ui->windowLabel->clear();
    m_ui->conversionLabel->setText(why);
    m_ui->conversionLabel->setStyleSheet(why.isEmpty() ? plainStyle : QStringLiteral("color: #c0392b;"));
    m_ui->revenueLabel->clear();
}

void CampaignsPage::fitEffectTable()
{
    // As tall as its rows: the figures read as one block beside the words, not in a half-empty box.
    QTableWidget *table = m_ui->effectTable;
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

void CampaignsPage::showEffect(const CampaignResult<CampaignEffect> &read)
{
    updateBusy();
    if (!read.ok()) {
        clearEffect(tr("The effect could not be read. %1").arg(read.error));
        updateButtons();
        emit effectShown();
        return;
    }
    m_effect = *read.value;
    const QList<CampaignWording::Measure> measures = CampaignWording::measures(*m_effect);
    m_ui->effectTable->setRowCount(int(measures.size()));
    QStringList names; // an event campaign has rows for its answers and attendance
    for (const CampaignWording::Measure &m : measures)
        names << m.name;
    m_ui->effectTable->setVerticalHeaderLabels(names);
    for (int row = 0; row < measures.size(); ++row) {
        const CampaignWording::Measure &m = measures.at(row);
        for (int column = 0; column < 2; ++column) {
            auto *item = new QTableWidgetItem(column == 0 ? m.invited : m.holdout);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->effectTable->setItem(row, column, item);
        }
    }
    fitEffectTable();
    m_ui->windowLabel->setText(CampaignWording::window(*m_effect));
    // A lift told apart from chance in green; one that cannot be, in grey: the words say which.
    m_ui->conversionLabel->setText(CampaignService::describeConversion(*m_effect));
    m_ui->conversionLabel->setStyleSheet(m_effect->conversionLift.includesZero() ? chanceStyle : liftStyle);
    m_ui->revenueLabel->setText(CampaignService::describeRevenue(*m_effect));
    m_ui->revenueLabel->setStyleSheet(m_effect->revenueLift.includesZero() ? chanceStyle : liftStyle);
    updateButtons();
    emit effectShown();
}

void CampaignsPage::updateButtons()
{
    const CampaignSummary *summary = m_model->at(m_ui->campaignTable->currentIndex().row());
    const bool manager = m_store.allows(Permission::ExportCustomers);
    m_ui->newCampaignButton->setEnabled(manager);
    m_ui->smsButton->setEnabled(summary && summary->invited > 0);
    m_ui->copiesButton->setEnabled(summary && summary->invited > 0);
    m_ui->exportButton->setEnabled(m_effect.has_value() && !m_export->isRunning());
}

NewCampaignDialog *CampaignsPage::newCampaign()
{
    auto *dialog = new NewCampaignDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewCampaignDialog::created, this, [this](CampaignId id, const QString &warning) {
        m_wanted = id;
        reload();
        m_ui->statusLabel->setText(warning.isEmpty() ? tr("The campaign was created.") : warning);
    });
    dialog->open();
    return dialog;
}

SmsExportDialog *CampaignsPage::sendSms()
{
    const CampaignSummary *summary = m_model->at(m_ui->campaignTable->currentIndex().row());
    if (!summary)
        return nullptr;
    const CampaignId id = summary->campaign.id;
    auto *dialog = new SmsExportDialog(
        m_store, tr("%1: %Ln invited customer(s)", nullptr, summary->invited).arg(summary->campaign.name),
        [id](Store &store, QIODevice &file, const MessageTemplate &messageTemplate, SmsExportSummary *written,
            const ExportProgress &progress, std::optional<StaffId> by) {
            return store.campaigns().exportSms(id, file, messageTemplate, written, progress, by);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileName(QDir::home().filePath(
        tr("campaign-%1-sms-%2.csv").arg(id).arg(DisplayFormat::date(m_store.clock().today()))));
    connect(dialog, &SmsExportDialog::exportFinished, this, [this](bool ok) {
        if (ok)
            reload(); // the invitations sent
    });
    dialog->open();
    return dialog;
}

CampaignCopiesDialog *CampaignsPage::makeCopies()
{
    const CampaignSummary *summary = m_model->at(m_ui->campaignTable->currentIndex().row());
    if (!summary)
        return nullptr;
    auto *dialog = new CampaignCopiesDialog(m_store, summary->campaign.id,
        tr("%1: %Ln invited customer(s)", nullptr, summary->invited).arg(summary->campaign.name), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CampaignCopiesDialog::copiesMade, this, &CampaignsPage::reload);
    dialog->open();
    return dialog;
}

void CampaignsPage::askExport()
{
    const std::optional<CampaignId> id = currentCampaign();
    if (!id || !m_effect)
        return;
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export the effect"),
        QDir::home().filePath(tr("campaign-%1-effect.csv").arg(*id)), tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        exportEffect(fileName);
}

void CampaignsPage::exportEffect(const QString &fileName)
{
    const std::optional<CampaignId> id = currentCampaign();
    if (!id || m_export->isRunning())
        return;
    const int days = m_ui->attributionSpinBox->value();
    m_ui->statusLabel->setText(tr("Writing the effect…"));
    m_export->start(
        fileName, [id = *id, days](Store &store, QIODevice &file, const ExportProgress &progress) {
            // Read again on the worker, as the page shows it: the same campaign and attribution days.
            const CampaignResult<CampaignEffect> effect = store.campaigns().effect(id, days);
            if (!effect.ok())
                return ExportResult{0, effect.error};
            const QList<QStringList> rows = CampaignWording::csvRows(*effect.value);
            return CsvExport::write(
                file, CampaignWording::csvHeader(), [&rows] { return int(rows.size()); },
                [&rows](const CsvExport::Row &write) {
                    for (const QStringList &row : rows)
                        if (!write(row))
                            return;
                },
                progress, "campaign effect");
        });
    updateButtons();
    updateBusy();
}

} // namespace atelier
