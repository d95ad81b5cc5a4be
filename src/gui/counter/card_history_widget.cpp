#include "gui/counter/card_history_widget.h"

#include "gui/counter/customer_history_dialog.h"
#include "gui/counter/customer_history_model.h"
#include "services/store.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

CardHistoryWidget::CardHistoryWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("cardHistoryWidget"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *caption = new QLabel(tr("History"), this);
    caption->setObjectName(QStringLiteral("historyCaption"));
    caption->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(caption);
    auto *rows = new QWidget(this);
    m_rows = new QVBoxLayout(rows);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(1);
    layout->addWidget(rows);
    m_full = new QPushButton(tr("Full history…"), this);
    m_full->setObjectName(QStringLiteral("fullHistoryButton"));
    layout->addWidget(m_full, 0, Qt::AlignLeft);
    connect(m_full, &QPushButton::clicked, this, &CardHistoryWidget::openFullHistory);
    hide();
}

void CardHistoryWidget::setCustomer(CustomerId id, const QString &name)
{
    m_id = id;
    m_name = name;
    reload();
}

void CardHistoryWidget::reload()
{
    m_lines.clear();
    QString error;
    if (m_id != 0 && m_store.allows(Permission::ServeCustomers)) {
        CustomerHistory &history = m_store.history();
        QList<HistoryKind> kinds = history.visibleKinds();
        // The purchases table and the loyalty part's last points movements already list those.
        kinds.removeAll(HistoryKind::Purchase);
        kinds.removeAll(HistoryKind::Points);
        const ReadResult<KeysetPage<HistoryLine>> read = history.page(m_id, kinds, std::nullopt, linesShown);
        if (read.ok())
            m_lines = read.value->rows;
        else
            error = tr("Her history could not be read. %1").arg(read.error);
    }
    showLines(error);
}

void CardHistoryWidget::showLines(const QString &error)
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto addRow = [this](const QString &text, const QString &tip) {
        auto *label = new QLabel(text, this);
        label->setObjectName(QStringLiteral("historyLineLabel"));
        label->setToolTip(tip);
        label->setTextFormat(Qt::PlainText);
        // A long line is cut at the card's edge rather than widening the card; the tip has all of it.
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        m_rows->addWidget(label);
    };
    for (const HistoryLine &line : m_lines)
        addRow(tr("%1  %2").arg(CustomerHistoryModel::whenText(line.event), line.summary), line.summary);
    if (!error.isEmpty())
        addRow(error, QString());
    else if (m_lines.isEmpty() && m_id != 0)
        addRow(tr("Nothing yet besides her purchases and points."), QString());
    setVisible(m_id != 0 && m_store.allows(Permission::ServeCustomers));
}

CustomerHistoryDialog *CardHistoryWidget::openFullHistory()
{
    if (m_id == 0)
        return nullptr;
    auto *dialog = new CustomerHistoryDialog(m_store, m_id, m_name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace atelier
