#include "gui/counter/customer_history_dialog.h"

#include "gui/counter/customer_history_model.h"
#include "services/customer_history.h"
#include "services/store.h"
#include "ui_customer_history_dialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace atelier {

CustomerHistoryDialog::CustomerHistoryDialog(
    Store &store, CustomerId customer, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CustomerHistoryDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("History of %1").arg(name));
    CustomerHistory &history = store.history();
    m_visible = history.visibleKinds();
    m_ui->kindCombo->addItem(tr("Everything"), QString());
    for (const HistoryKind kind : m_visible)
        m_ui->kindCombo->addItem(HistoryKindLabels::of(kind), toCode(kind));
    m_model = new CustomerHistoryModel(history, customer, this);
    m_ui->historyView->setModel(m_model);
    m_ui->historyView->verticalHeader()->hide();
    QHeaderView *header = m_ui->historyView->horizontalHeader();
    header->setSectionResizeMode(CustomerHistoryModel::WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CustomerHistoryModel::KindColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &CustomerHistoryDialog::kindChosen);
    connect(m_model, &KeysetPagedModel::totalChanged, this, &CustomerHistoryDialog::showTotal);
    connect(m_model, &KeysetPagedModel::readFailedChanged, this, &CustomerHistoryDialog::showTotal);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showTotal();
}

CustomerHistoryDialog::~CustomerHistoryDialog() = default;

void CustomerHistoryDialog::showKind(std::optional<HistoryKind> kind)
{
    const int index = kind ? m_ui->kindCombo->findData(toCode(*kind)) : 0;
    m_ui->kindCombo->setCurrentIndex(std::max(0, index));
}

void CustomerHistoryDialog::kindChosen()
{
    const std::optional<HistoryKind> kind = historyKindFromCode(m_ui->kindCombo->currentData().toString());
    m_model->setKinds(kind ? QList<HistoryKind>{*kind} : m_visible);
    m_ui->historyView->scrollToTop();
}

void CustomerHistoryDialog::showTotal()
{
    m_ui->totalLabel->setText(tr("%n event(s)", nullptr, m_model->totalCount()));
    m_ui->messageLabel->setText(m_model->readFailed()
            ? tr("The history could not be read. %1").arg(m_model->errorText())
            : QString());
    m_ui->messageLabel->setVisible(m_model->readFailed());
}

} // namespace atelier
