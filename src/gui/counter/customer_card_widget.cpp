#include "gui/counter/customer_card_widget.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "core/phone_number.h"
#include "gui/common/could_not_read.h"
#include "gui/common/message_dialog.h"
#include "gui/complaints/complaint_intake_dialog.h"
#include "gui/counter/card_benefits_widget.h"
#include "gui/counter/card_forecast_widget.h"
#include "gui/counter/card_history_widget.h"
#include "gui/counter/card_invitations_widget.h"
#include "gui/counter/card_loyalty_widget.h"
#include "gui/counter/card_referrals_widget.h"
#include "gui/counter/consent_text.h"
#include "gui/counter/print_cards_dialog.h"
#include "gui/counter/satisfaction_dialog.h"
#include "services/change_notifier.h"
#include "services/contact_reveal.h"
#include "services/counter_shift.h"
#include "services/coupon_service.h"
#include "services/customer_erasure.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/satisfaction.h"
#include "services/store.h"
#include "ui_customer_card.h"

#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>

namespace atelier {

namespace {

const QString notKnown = QStringLiteral("—");

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? notKnown : text;
}

// As tall as what it shows while there is room for it, so the card's facts take their own height and the
// rest goes to the purchases; it scrolls only when the window is too short for both (a handover banner
// above the card at 1366×768 took the room from the purchases instead, down to two rows).
class FitScrollArea : public QScrollArea
{
public:
    explicit FitScrollArea(QWidget *content, QWidget *parent)
        : QScrollArea(parent)
    {
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setWidgetResizable(true);
        setWidget(content);
    }

    QSize sizeHint() const override
    {
        const QWidget *content = widget();
        const int width = viewport()->width();
        // Word-wrapped notes are as tall as the width they get, not as their one-line hint says.
        const int height = content->hasHeightForWidth() && width > 0 ? content->heightForWidth(width)
                                                                     : content->sizeHint().height();
        return {content->sizeHint().width(), height + 2 * frameWidth()};
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            updateGeometry();
        return QScrollArea::eventFilter(watched, event);
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QScrollArea::resizeEvent(event);
        if (event->size().width() != event->oldSize().width())
            updateGeometry();
    }
};

} // namespace

CustomerCardWidget::CustomerCardWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomerCardWidget>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_loyalty = new CardLoyaltyWidget(store, this);
    m_ui->loyaltyLayout->addWidget(m_loyalty);
    m_forecast = new CardForecastWidget(store, this);
    m_ui->loyaltyLayout->addWidget(m_forecast);
    m_benefits = new CardBenefitsWidget(store, this); // her tier's benefits (issue 22)
    m_ui->loyaltyLayout->addWidget(m_benefits);
    m_invitations = new CardInvitationsWidget(store, this);
    m_ui->loyaltyLayout->addWidget(m_invitations);
    m_referrals = new CardReferralsWidget(store, this); // whom she brought (issue 23)
    m_ui->loyaltyLayout->addWidget(m_referrals);
    m_history = new CardHistoryWidget(store, this);
    m_ui->loyaltyLayout->addWidget(m_history);
    m_ui->cardLayout->removeWidget(m_ui->detailsWidget);
    auto *details = new FitScrollArea(m_ui->detailsWidget, this);
    details->setObjectName(QStringLiteral("detailsScrollArea"));
    m_ui->cardLayout->insertWidget(m_ui->cardLayout->indexOf(m_ui->purchasesCaption), details);
    // Room to spare goes to the purchases, not around the facts above them; and five rows at least,
    // compact ones, before the facts have to scroll.
    m_ui->cardLayout->setStretchFactor(m_ui->purchasesTable, 1);
    // Its wish is its minimum (AdjustToContents, never more than five rows), so a short window takes the
    // room from the facts, which scroll, rather than from the purchases.
    m_ui->purchasesTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    QHeaderView *rows = m_ui->purchasesTable->verticalHeader();
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->purchasesTable->setMinimumHeight(m_ui->purchasesTable->horizontalHeader()->sizeHint().height()
        + purchasesAlwaysShown * rows->defaultSectionSize() + 2 * m_ui->purchasesTable->frameWidth());
    QHeaderView *header = m_ui->purchasesTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    connect(m_ui->recordSaleButton, &QPushButton::clicked, this, &CustomerCardWidget::recordSaleRequested);
    connect(m_ui->returnButton, &QPushButton::clicked, this, &CustomerCardWidget::returnRequested);
    connect(m_ui->editArchiveButton, &QPushButton::clicked, this, &CustomerCardWidget::editArchiveRequested);
    connect(m_ui->complaintButton, &QPushButton::clicked, this, &CustomerCardWidget::logComplaint);
    connect(m_ui->satisfactionButton, &QPushButton::clicked, this, &CustomerCardWidget::recordSatisfaction);
    connect(m_ui->messageButton, &QPushButton::clicked, this, [this]() {
        auto *dialog = new MessageDialog(m_store, m_id, std::nullopt, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->printCardButton, &QPushButton::clicked, this, [this]() {
        PrintCardsDialog dialog(m_store, {m_id}, this);
        dialog.exec();
    });
    // A revealed number goes back under its mask after a minute, or when the customer changes.
    m_revealTimer = new QTimer(this);
    m_revealTimer->setSingleShot(true);
    m_revealTimer->setInterval(revealSeconds * 1000);
    connect(m_revealTimer, &QTimer::timeout, this, &CustomerCardWidget::refresh);
    connect(m_ui->revealButton, &QToolButton::clicked, this, &CustomerCardWidget::reveal);
    // The customer has read it: back under the mask at once, without waiting out the minute. Only
    // showing it is audited.
    connect(m_ui->hideContactButton, &QToolButton::clicked, this, [this]() {
        const bool hadFocus = m_ui->hideContactButton->hasFocus();
        m_revealTimer->stop();
        refresh();
        if (hadFocus && m_ui->revealButton->isVisible())
            m_ui->revealButton->setFocus(Qt::OtherFocusReason);
    });
    // Whoever takes over the counter sees what their role allows.
    connect(&store.shift(), &CounterShift::changed, this, [this]() {
        m_revealTimer->stop();
        refresh();
    });
    // Saves, erasures, merges, sales, returns and the nightly run, from this window or any other
    // window or worker. The points are the loyalty part's own business.
    connect(&store.changes(), &ChangeNotifier::changed, this, [this](const Change &change) {
        if (m_id != 0 && change.what != Change::What::Points && change.concernsCustomer(m_id))
            refresh();
    });
}

CustomerCardWidget::~CustomerCardWidget() = default;

void CustomerCardWidget::setCustomer(CustomerId id)
{
    m_id = id;
    m_revealTimer->stop();
    refresh();
}

void CustomerCardWidget::reveal()
{
    const RevealedContact contact = m_store.contactReveal().reveal(m_id);
    if (!contact.ok()) {
        m_ui->addressLabel->setText(contact.error);
        m_ui->addressLabel->show();
        return;
    }
    showContact(contact.phone, contact.address);
    m_revealTimer->start();
    // The key that revealed hides again: the focus moves to Hide rather than getting lost.
    const bool hadFocus = m_ui->revealButton->hasFocus();
    m_ui->revealButton->hide();
    m_ui->hideContactButton->show();
    if (hadFocus)
        m_ui->hideContactButton->setFocus(Qt::OtherFocusReason);
}

void CustomerCardWidget::showContact(const QString &phone, const QString &address)
{
    m_ui->phoneLabel->setText(phone);
    m_ui->addressLabel->setText(tr("Address: %1").arg(orDash(address)));
    m_ui->addressLabel->show();
}

void CustomerCardWidget::logComplaint()
{
    // The complaints page follows ComplaintService::complaintChanged; nothing to pass on here.
    ComplaintIntakeDialog dialog(m_store, m_id, this);
    dialog.exec();
}

void CustomerCardWidget::recordSatisfaction()
{
    // After a visit: about her latest sale today when there is one (its clerk), else about whoever records
    // it.
    SatisfactionScore draft;
    draft.customer = m_id;
    draft.occasion = SatisfactionOccasion::Visit;
    if (const ReadResult<std::optional<qint64>> sale = m_store.satisfaction().saleToday(m_id); sale.ok())
        draft.sale = *sale.value;
    auto *dialog = new SatisfactionDialog(m_store, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CustomerCardWidget::reloadLoyalty()
{
    m_loyalty->reload();
    m_benefits->reload();
    m_forecast->reload(m_loyalty->changedSinceScored());
}

void CustomerCardWidget::refresh()
{
    const ReadResult<std::optional<CustomerCard>> read = m_store.customers().card(m_id);
    const std::optional<CustomerCard> card = read.value.value_or(std::nullopt);
    const bool shown = card.has_value();
    for (QWidget *action : {static_cast<QWidget *>(m_ui->recordSaleButton),
             static_cast<QWidget *>(m_ui->returnButton), static_cast<QWidget *>(m_ui->editArchiveButton),
             static_cast<QWidget *>(m_ui->complaintButton), static_cast<QWidget *>(m_ui->satisfactionButton),
             static_cast<QWidget *>(m_ui->messageButton), static_cast<QWidget *>(m_ui->printCardButton)})
        action->setEnabled(shown);
    if (!shown) {
        // Nothing of the previous customer may stay on screen under this heading.
        // A card that could not be read says so, and offers no action on a customer it cannot show.
        m_ui->nameLabel->setText(read.ok() ? tr("Customer not found") : CouldNotRead::customer(read.error));
        m_ui->revealButton->hide();
        m_ui->hideContactButton->hide();
        m_ui->addressLabel->hide();
        for (QLabel *label :
            {m_ui->phoneLabel, m_ui->cardNoLabel, m_ui->birthdayLabel, m_ui->sizesLabel, m_ui->styleTagsLabel,
                m_ui->spendLabel, m_ui->visitsLabel, m_ui->notesLabel, m_ui->consentLabel})
            label->clear();
        m_loyalty->setCustomer(0);
        m_forecast->setCustomer(0, false);
        m_benefits->setCustomer(0);
        m_invitations->setCustomer(0);
        m_referrals->setCustomer(0);
        m_history->setCustomer(0);
        m_ui->completenessBar->setValue(0);
        m_ui->purchasesTable->setRowCount(0);
        m_ui->couponsLabel->hide();
        return;
    }
    const Customer &c = card->customer;
    m_ui->nameLabel->setText(c.name);
    // The manager sees the whole number and the address; a clerk the masked number, and the rest
    // when the customer asks (Reveal, audited).
    const bool full = m_store.allows(Permission::SeeFullContact);
    if (m_revealTimer->isActive()) {
        // Revealed a moment ago: stays shown until the timer runs out.
    } else if (full) {
        showContact(c.phone.formatted(), c.address);
    } else {
        m_ui->phoneLabel->setText(c.phone.masked());
        m_ui->addressLabel->hide();
    }
    m_ui->revealButton->setVisible(!full && !m_revealTimer->isActive());
    m_ui->hideContactButton->setVisible(!full && m_revealTimer->isActive());
    m_ui->cardNoLabel->setText(c.cardNo.isEmpty() ? QString() : tr("Card %1").arg(c.cardNo));
    m_ui->birthdayLabel->setText(
        c.birthday ? tr("Birthday soon: %1").arg(DisplayFormat::dayInSentence(*c.birthday)) : QString());
    m_ui->birthdayLabel->setVisible(card->birthdaySoon);
    m_loyalty->setCustomer(m_id);
    m_forecast->setCustomer(m_id, m_loyalty->changedSinceScored());
    m_benefits->setCustomer(m_id);
    m_invitations->setCustomer(m_id);
    m_referrals->setCustomer(m_id);
    m_history->setCustomer(m_id, c.name);

    QStringList sizes;
    if (!c.sizeTop.isEmpty())
        sizes << tr("top %1").arg(c.sizeTop);
    if (!c.sizeBottom.isEmpty())
        sizes << tr("bottom %1").arg(c.sizeBottom);
    if (!c.sizeShoe.isEmpty())
        sizes << tr("shoe %1").arg(c.sizeShoe);
    if (c.bodyType != BodyType::Unknown)
        sizes << Labels::of(c.bodyType);
    m_ui->sizesLabel->setText(orDash(DisplayFormat::list(sizes)));

    QStringList tags;
    for (const Tag &tag : card->styleTags)
        tags << tag.name;
    m_ui->styleTagsLabel->setText(orDash(DisplayFormat::list(tags)));
    m_ui->spendLabel->setText(DisplayFormat::amount(card->purchases.lifetimeSpend));
    m_ui->visitsLabel->setText(QLocale().toString(card->purchases.visits));
    m_ui->notesLabel->setText(orDash(c.notes));
    m_ui->completenessBar->setValue(card->completeness);
    m_ui->consentLabel->setText(ConsentText::summary(c));
    if (c.erasedAt) {
        // Purchases stay for the figures; nobody edits or contacts an erased customer again.
        m_ui->nameLabel->setText(CustomerErasure::erasedLabel());
        m_ui->editArchiveButton->setEnabled(false);
        m_ui->messageButton->setEnabled(false);
        m_ui->printCardButton->setEnabled(false);
    }
    showPurchases(*card);
    showCoupons();
}

void CustomerCardWidget::showCoupons()
{
    const ReadResult<QList<Coupon>> read = m_store.coupons().list(m_id, true);
    QStringList lines;
    if (!read.ok())
        lines << read.error;
    for (const Coupon &coupon : read.value.value_or(QList<Coupon>()))
        lines << tr("%1  %2  valid to %3")
                     .arg(coupon_code::display(coupon.code),
                         CouponService::valueText(coupon.kind, coupon.value),
                         DisplayFormat::date(coupon.validTo));
    m_ui->couponsLabel->setText(
        lines.isEmpty() ? QString() : tr("Open coupons:") + u'\n' + lines.join(u'\n'));
    m_ui->couponsLabel->setVisible(!lines.isEmpty());
}

void CustomerCardWidget::showPurchases(const CustomerCard &card)
{
    m_ui->purchasesTable->setRowCount(static_cast<int>(card.recentSales.size()));
    int row = 0;
    for (const Sale &sale : card.recentSales) {
        QStringList items;
        bool allBack = !sale.lines.isEmpty();
        for (const SaleLine &line : sale.lines) {
            const QString what = QStringList{line.category, line.colour, line.size}
                                     .filter(QRegularExpression(QStringLiteral("\\S")))
                                     .join(QLatin1Char(' '));
            QString item = line.quantity > 1
                ? tr("%1 × %2").arg(what.isEmpty() ? line.styleNumber : what).arg(line.quantity)
                : (what.isEmpty() ? line.styleNumber : what);
            const LineReturns back = card.returns.value(line.id);
            const QString mark = returnMark(back, line.quantity);
            if (!mark.isEmpty())
                item = tr("%1 (%2)").arg(item, mark);
            allBack = allBack && back.returned + back.exchanged >= line.quantity;
            items << item;
        }
        auto *date = new QTableWidgetItem(DisplayFormat::date(sale.soldAt.date()));
        auto *total = new QTableWidgetItem(DisplayFormat::amount(sale.total()));
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *what = new QTableWidgetItem(DisplayFormat::list(items));
        what->setToolTip(what->text());
        m_ui->purchasesTable->setItem(row, 0, date);
        m_ui->purchasesTable->setItem(row, 1, what);
        m_ui->purchasesTable->setItem(row, 2, total);
        // A sale that all went back is history, not something she owns: greyed like disabled text.
        if (allBack) {
            for (QTableWidgetItem *item : {date, what, total})
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        }
        ++row;
    }
}

QString CustomerCardWidget::returnMark(const LineReturns &back, int quantity)
{
    if (back.returned + back.exchanged == 0)
        return {};
    QStringList marks;
    if (back.returned > 0)
        marks << (back.returned >= quantity ? tr("returned")
                                            : tr("%1 of %2 returned").arg(back.returned).arg(quantity));
    if (back.exchanged > 0)
        marks << (back.exchanged >= quantity ? tr("exchanged")
                                             : tr("%1 of %2 exchanged").arg(back.exchanged).arg(quantity));
    return DisplayFormat::list(marks);
}

} // namespace atelier
