#include "gui/counter/card_invitations_widget.h"

#include "core/display_format.h"
#include "gui/campaigns/campaign_wording.h"
#include "gui/counter/satisfaction_dialog.h"
#include "services/campaign_responses.h"
#include "services/store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

CardInvitationsWidget::CardInvitationsWidget(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("cardInvitationsWidget"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *caption = new QLabel(tr("Invitations"), this);
    caption->setObjectName(QStringLiteral("invitationsCaption"));
    caption->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(caption);
    auto *rows = new QWidget(this);
    m_rows = new QVBoxLayout(rows);
    m_rows->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rows);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("invitationsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_message->hide();
    layout->addWidget(m_message);
    hide();
}

void CardInvitationsWidget::setCustomer(CustomerId id)
{
    m_id = id;
    m_message->hide();
    reload();
}

QString CardInvitationsWidget::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CardInvitationsWidget::reload()
{
    m_invitations.clear();
    if (m_id != 0 && m_store.allows(Permission::ServeCustomers)) {
        const CampaignResult<QList<CustomerInvitation>> read = m_store.campaignResponses().invitations(m_id);
        if (read.ok())
            m_invitations = *read.value;
        else
            took(tr("Her invitations could not be read. %1").arg(read.error));
    }
    showRows();
}

QString CardInvitationsWidget::stateText(const CustomerInvitation &invitation) const
{
    const CampaignMember &m = invitation.member;
    if (m.attendedAt.isValid())
        return tr("came on %1").arg(DisplayFormat::date(m.attendedAt.date()));
    if (m.rsvp)
        return *m.rsvp ? tr("will come") : tr("won't come");
    return tr("no answer yet");
}

void CardInvitationsWidget::showRows()
{
    // The rows go later: this runs inside a click on one of their buttons. Unnamed and hidden meanwhile,
    // so that nothing finds them.
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *row = item->widget()) {
            row->hide();
            for (QWidget *part : row->findChildren<QWidget *>())
                part->setObjectName(QString());
            row->deleteLater();
        }
        delete item;
    }
    const QDate today = m_store.clock().today();
    for (const CustomerInvitation &invitation : std::as_const(m_invitations)) {
        const Campaign &c = invitation.campaign;
        const QString id = QString::number(c.id);
        auto *row = new QWidget;
        auto *line = new QHBoxLayout(row);
        line->setContentsMargins(0, 0, 0, 0);
        auto *text = new QLabel(tr("%1 “%2”, %3: %4")
                                    .arg(CampaignLabels::of(c.kind), c.name,
                                        CampaignWording::days(c.firstDay, c.lastDay), stateText(invitation)),
            row);
        text->setObjectName(QStringLiteral("invitationLabel_") + id);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        line->addWidget(text, 1);
        const auto button = [&](const QString &words, const QString &name) {
            auto *b = new QPushButton(words, row);
            b->setObjectName(name + id);
            line->addWidget(b);
            return b;
        };
        const CampaignId campaign = c.id;
        QPushButton *yes = button(tr("Will come"), QStringLiteral("willComeButton_"));
        QPushButton *no = button(tr("Won't come"), QStringLiteral("wontComeButton_"));
        QPushButton *came = button(tr("Came"), QStringLiteral("cameButton_"));
        yes->setEnabled(invitation.member.rsvp != true);
        no->setEnabled(invitation.member.rsvp != false);
        // Attendance on the campaign's days only; a second click would change nothing.
        came->setEnabled(
            today >= c.firstDay && today <= c.lastDay && !invitation.member.attendedAt.isValid());
        if (today < c.firstDay)
            came->setToolTip(tr("Attendance is recorded from %1.").arg(DisplayFormat::date(c.firstDay)));
        connect(yes, &QPushButton::clicked, this, [this, campaign] { answer(campaign, true); });
        connect(no, &QPushButton::clicked, this, [this, campaign] { answer(campaign, false); });
        connect(came, &QPushButton::clicked, this, [this, campaign] { this->came(campaign); });
        // Her satisfaction with a campaign she answered or came to (issue 24).
        QPushButton *score = button(tr("Satisfaction…"), QStringLiteral("satisfactionButton_"));
        score->setEnabled(invitation.member.rsvp.has_value() || invitation.member.attendedAt.isValid());
        connect(score, &QPushButton::clicked, this, [this, campaign] { openScore(campaign); });
        m_rows->addWidget(row);
    }
    setVisible(!m_invitations.isEmpty() || !m_message->isHidden());
}

bool CardInvitationsWidget::took(const QString &error)
{
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
    return error.isEmpty();
}

bool CardInvitationsWidget::answer(CampaignId campaign, bool willCome)
{
    const CampaignResult<CampaignMember> done
        = m_store.campaignResponses().answer(campaign, m_id, willCome, m_store.actor().staffId);
    const bool ok = took(done.ok() ? QString() : done.error);
    reload();
    if (ok)
        emit recorded(campaign);
    return ok;
}

bool CardInvitationsWidget::came(CampaignId campaign)
{
    const CampaignResult<CampaignMember> done
        = m_store.campaignResponses().attended(campaign, m_id, m_store.actor().staffId);
    const bool ok = took(done.ok() ? QString() : done.error);
    reload();
    if (ok)
        emit recorded(campaign);
    return ok;
}

SatisfactionDialog *CardInvitationsWidget::openScore(CampaignId campaign)
{
    SatisfactionScore draft;
    draft.customer = m_id;
    draft.occasion = SatisfactionOccasion::Campaign;
    draft.campaign = campaign;
    auto *dialog = new SatisfactionDialog(m_store, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace atelier
