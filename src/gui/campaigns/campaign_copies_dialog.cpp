#include "gui/campaigns/campaign_copies_dialog.h"

#include "gui/common/message_dialog.h"
#include "services/counter_shift.h"
#include "services/message_templates.h"
#include "services/store.h"
#include "ui_campaign_copies_dialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>

#include <algorithm>

namespace atelier {

CampaignCopiesDialog::CampaignCopiesDialog(
    Store &store, CampaignId campaign, const QString &audience, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CampaignCopiesDialog>())
    , m_store(store)
    , m_campaign(campaign)
    , m_maker(store, QStringLiteral("campaign-copies"))
{
    m_ui->setupUi(this);
    m_ui->audienceLabel->setText(audience);
    m_ui->busyBar->hide();
    m_ui->copiesTable->setColumnCount(2);
    m_ui->copiesTable->setHorizontalHeaderLabels({tr("Customer"), tr("Message")});
    m_ui->copiesTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->copiesTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->copiesTable->verticalHeader()->hide();
    // The UI language's templates first, as the other message features list them.
    const ReadResult<QList<MessageTemplate>> read = store.templates().list();
    QList<MessageTemplate> templates = read.value.value_or(QList<MessageTemplate>{});
    const MessageLanguage language = MessageDialog::uiLanguage();
    std::stable_partition(templates.begin(), templates.end(),
        [language](const MessageTemplate &t) { return t.language == language; });
    for (const MessageTemplate &t : templates)
        m_ui->templateComboBox->addItem(
            QStringLiteral("%1 · %2").arg(t.name, MessageDialog::languageName(t.language)), qlonglong(t.id));
    if (!read.ok())
        m_ui->statusLabel->setText(tr("The message templates could not be read. %1").arg(read.error));
    else if (templates.isEmpty())
        m_ui->statusLabel->setText(tr("There are no message templates yet: add one in Settings."));
    m_ui->makeButton->setEnabled(!templates.isEmpty());
    connect(m_ui->makeButton, &QPushButton::clicked, this, &CampaignCopiesDialog::makeCopies);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] { copy(m_ui->copiesTable->currentRow()); });
    connect(m_ui->copiesTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { copy(row); });
    connect(m_ui->copiesTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_ui->copyButton->setEnabled(row >= 0);
        m_ui->copiedLabel->clear();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CampaignCopiesDialog::~CampaignCopiesDialog() = default;

bool CampaignCopiesDialog::chooseTemplate(TemplateId id)
{
    const int index = m_ui->templateComboBox->findData(qlonglong(id));
    if (index >= 0)
        m_ui->templateComboBox->setCurrentIndex(index);
    return index >= 0;
}

void CampaignCopiesDialog::makeCopies()
{
    const QVariant id = m_ui->templateComboBox->currentData();
    if (!id.isValid() || isBusy())
        return;
    const ReadResult<std::optional<MessageTemplate>> found = m_store.templates().find(id.toLongLong());
    if (!found.ok() || !*found.value) {
        m_ui->statusLabel->setText(tr("The message template could not be read. %1").arg(found.error));
        return;
    }
    m_ui->makeButton->setEnabled(false);
    m_ui->busyBar->show();
    m_ui->statusLabel->setText(tr("Filling the messages…"));
    m_maker.run(
        this,
        [campaign = m_campaign, messageTemplate = **found.value, by = m_store.shift().clerkId()](
            BackgroundJob &job) {
            return job.store().campaigns().messageCopies(campaign, messageTemplate, by);
        },
        [this](BackgroundResult<CampaignResult<QList<CampaignMessageCopy>>> result) {
            CampaignResult<QList<CampaignMessageCopy>> made
                = result.value.value_or(CampaignResult<QList<CampaignMessageCopy>>{});
            if (!result.ok())
                made.error = result.error;
            showCopies(made);
        });
}

void CampaignCopiesDialog::showCopies(const CampaignResult<QList<CampaignMessageCopy>> &made)
{
    m_ui->busyBar->hide();
    m_ui->makeButton->setEnabled(true);
    if (!made.ok()) {
        m_ui->statusLabel->setText(tr("The copies could not be made. %1").arg(made.error));
        return;
    }
    m_copies = *made.value;
    m_ui->copiesTable->setRowCount(int(m_copies.size()));
    for (int row = 0; row < m_copies.size(); ++row) {
        m_ui->copiesTable->setItem(row, 0, new QTableWidgetItem(m_copies.at(row).name));
        m_ui->copiesTable->setItem(row, 1, new QTableWidgetItem(m_copies.at(row).text));
    }
    m_ui->copiesTable->resizeRowsToContents();
    m_ui->statusLabel->setText(
        tr("%Ln message(s) to copy; the invitations are recorded.", nullptr, int(m_copies.size())));
    if (!m_copies.isEmpty())
        m_ui->copiesTable->setCurrentCell(0, 1);
    emit copiesMade(int(m_copies.size()));
}

void CampaignCopiesDialog::copy(int row)
{
    if (row < 0 || row >= m_copies.size())
        return;
    QGuiApplication::clipboard()->setText(m_copies.at(row).text);
    m_ui->copiedLabel->setText(tr("Copied: %1").arg(m_copies.at(row).name));
}

} // namespace atelier
