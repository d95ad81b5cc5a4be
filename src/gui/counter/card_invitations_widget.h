#pragma once

#include "core/campaign.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace atelier {

class SatisfactionDialog;
class Store;

// The invitations part of the customer card (issue 22): her invitations to event campaigns (member
// day, VIP private fitting, fashion show) that are on or still to come, each with what she answered
// and whether she came, and the buttons to record it — "Will come", "Won't come", and "Came" on the
// campaign's days — with the clerk at the counter (CampaignResponses). Only the invited group is
// shown: the holdout was never invited. Hidden when she has none. Satisfaction… takes her score for a
// campaign she answered or came to (issue 24).
class CardInvitationsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CardInvitationsWidget(Store &store, QWidget *parent = nullptr);

    // 0 shows nothing of anyone.
    void setCustomer(CustomerId id);
    void reload();
    QList<CustomerInvitation> invitations() const { return m_invitations; }
    // What the last refusal said; empty after a recording that went through.
    QString message() const;

    // Record her answer or her coming now, as the buttons do.
    bool answer(CampaignId campaign, bool willCome);
    bool came(CampaignId campaign);
    // Her satisfaction score for the campaign, in a dialog left open (for tests and the button).
    SatisfactionDialog *openScore(CampaignId campaign);

signals:
    void recorded(atelier::CampaignId campaign);

private:
    void showRows();
    QString stateText(const CustomerInvitation &invitation) const;
    bool took(const QString &error);

    Store &m_store;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_message = nullptr;
    CustomerId m_id = 0;
    QList<CustomerInvitation> m_invitations;
};

} // namespace atelier
