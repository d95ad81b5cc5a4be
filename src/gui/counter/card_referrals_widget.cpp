#include "gui/counter/card_referrals_widget.h"

#include "core/display_format.h"
#include "services/customer_erasure.h"
#include "services/referrals.h"
#include "services/store.h"

#include <QLabel>
#include <QVBoxLayout>

namespace atelier {

CardReferralsWidget::CardReferralsWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("cardReferralsWidget"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("referralsCaption"));
    m_caption->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_line = new QLabel(this);
    m_line->setObjectName(QStringLiteral("referralsLabel"));
    m_line->setWordWrap(true);
    m_line->setTextFormat(Qt::PlainText);
    layout->addWidget(m_caption);
    layout->addWidget(m_line);
    hide();
}

void CardReferralsWidget::setCustomer(CustomerId id)
{
    m_id = id;
    reload();
}

QString CardReferralsWidget::text() const
{
    return isHidden() ? QString() : m_line->text();
}

void CardReferralsWidget::reload()
{
    m_referred.clear();
    if (m_id == 0) {
        hide();
        return;
    }
    const ReadResult<QList<ReferredCustomer>> read = m_store.referrals().broughtBy(m_id);
    if (!read.ok()) {
        // Hiding the part would read as "she brought nobody".
        m_caption->setText(tr("Brought"));
        m_line->setText(tr("The customers she brought could not be read. %1").arg(read.error));
        show();
        return;
    }
    m_referred = *read.value;
    if (m_referred.isEmpty()) {
        hide();
        return;
    }
    int buyers = 0;
    QStringList names;
    for (const ReferredCustomer &r : std::as_const(m_referred)) {
        if (r.bought)
            ++buyers;
        if (names.size() < namesShown) {
            const QString name = r.erased ? CustomerErasure::erasedLabel() : r.name;
            names << (r.bought ? tr("%1 (bought)").arg(name) : tr("%1 (not yet)").arg(name));
        }
    }
    const int more = int(m_referred.size()) - int(names.size());
    if (more > 0)
        names << tr("%n more", nullptr, more);
    m_caption->setText(tr("Brought %n customer(s), %1 bought", nullptr, int(m_referred.size()))
                           .arg(QLocale().toString(buyers)));
    m_line->setText(DisplayFormat::list(names));
    m_line->setToolTip(
        tr("Customers registered with her as their referrer, newest first. \"Bought\": at least "
           "one purchase, even one returned later."));
    show();
}

} // namespace atelier
