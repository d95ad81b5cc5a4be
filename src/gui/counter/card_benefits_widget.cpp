#include "gui/counter/card_benefits_widget.h"

#include "services/benefit_service.h"
#include "services/store.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

CardBenefitsWidget::CardBenefitsWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *caption = new QLabel(tr("Benefits"), this);
    caption->setObjectName(QStringLiteral("benefitsCaption"));
    caption->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(caption);
    m_rows = new QGridLayout();
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setVerticalSpacing(0);
    m_rows->setColumnStretch(0, 1);
    layout->addLayout(m_rows);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("benefitsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    hide();
}

void CardBenefitsWidget::setCustomer(CustomerId id)
{
    if (id != m_id)
        m_message->hide();
    m_id = id;
    reload();
}

void CardBenefitsWidget::clearRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            // Out of the card at once, deleted later: the row's own button may be what is clicking.
            widget->hide();
            widget->setParent(nullptr);
            widget->deleteLater();
        }
        delete item;
    }
}

void CardBenefitsWidget::reload()
{
    clearRows();
    if (m_id == 0) {
        hide();
        return;
    }
    const ReadResult<CustomerBenefits> read = m_store.benefits().benefitsFor(m_id);
    if (!read.ok()) {
        m_message->setText(tr("The benefits could not be read: %1").arg(read.error));
        m_message->show();
        show();
        return;
    }
    // A member without a tier has no benefits: the part stays out of the way.
    setVisible(!read.value->benefits.isEmpty());
    int row = 0;
    for (const CardBenefit &line : read.value->benefits)
        addRow(row++, line);
}

void CardBenefitsWidget::addRow(int row, const CardBenefit &line)
{
    auto *words = new QLabel(line.benefit.words(), this);
    words->setWordWrap(true);
    m_rows->addWidget(words, row, 0);
    auto *status = new QLabel(line.status, this);
    status->setObjectName(QStringLiteral("benefitStatus_") + benefitKindCode(line.benefit.kind));
    status->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_rows->addWidget(status, row, 1);
    if (!line.recordable)
        return;
    auto *record = new QPushButton(tr("Record use"), this);
    record->setObjectName(QStringLiteral("recordUse_") + benefitKindCode(line.benefit.kind));
    record->setToolTip(tr("Record that %1 was given today").arg(line.benefit.words()));
    record->setAutoDefault(false);
    const qint64 benefitId = line.benefit.id;
    connect(record, &QPushButton::clicked, this, [this, benefitId]() { recordUse(benefitId); });
    m_rows->addWidget(record, row, 2);
}

void CardBenefitsWidget::recordUse(qint64 benefitId)
{
    const WriteResult recorded = m_store.benefits().recordUse(m_id, benefitId);
    // The refusal stays under the list (the status line already says the day of the first use).
    m_message->setText(recorded.ok() ? tr("Use recorded.") : recorded.error);
    m_message->show();
    if (recorded.ok())
        reload();
}

} // namespace atelier
