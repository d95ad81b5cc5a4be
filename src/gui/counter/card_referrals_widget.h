#pragma once

#include "core/referral.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace atelier {

class Store;

// The referrals part of the customer card (老带新, issue 23): the customers she brought, newest first,
// each with whether she has bought yet, so the clerk can thank her or ask after a friend. A few names
// on one wrapped line, the rest counted; hidden when she brought nobody.
class CardReferralsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CardReferralsWidget(Store &store, QWidget *parent = nullptr);

    // 0 shows nothing of anyone.
    void setCustomer(CustomerId id);
    void reload();
    QList<ReferredCustomer> referred() const { return m_referred; }
    // The line shown; empty when hidden.
    QString text() const;

    static constexpr int namesShown = 6;

private:
    Store &m_store;
    QLabel *m_caption = nullptr;
    QLabel *m_line = nullptr;
    CustomerId m_id = 0;
    QList<ReferredCustomer> m_referred;
};

} // namespace atelier
