#pragma once

#include "core/campaign.h"
#include "services/background_runner.h"
#include "services/campaign_service.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CampaignCopiesDialog;
}

namespace atelier {

class Store;

// A campaign's invitations as message copies: a template, then one filled text per invited customer who
// accepts promotions, to copy into WeChat one by one. Making the copies records the invitations (on a
// worker), so it happens when asked, not when a template is picked.
class CampaignCopiesDialog : public QDialog
{
    Q_OBJECT
public:
    CampaignCopiesDialog(
        Store &store, CampaignId campaign, const QString &audience, QWidget *parent = nullptr);
    ~CampaignCopiesDialog() override;

    bool chooseTemplate(TemplateId id);
    // What Make the copies does.
    void makeCopies();
    bool isBusy() const { return m_maker.isRunning(); }
    const QList<CampaignMessageCopy> &copies() const { return m_copies; }
    // Copies the text of the row to the clipboard.
    void copy(int row);

signals:
    void copiesMade(int count); // the invitations are recorded

private:
    void showCopies(const CampaignResult<QList<CampaignMessageCopy>> &made);

    std::unique_ptr<Ui::CampaignCopiesDialog> m_ui;
    Store &m_store;
    CampaignId m_campaign;
    QList<CampaignMessageCopy> m_copies;
    BackgroundRunner m_maker;
};

} // namespace atelier
