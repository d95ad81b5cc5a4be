#pragma once

#include "core/campaign.h"
#include "services/background_runner.h"
#include "services/campaign_service.h"

#include <QWidget>

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class CampaignsPage;
}

namespace atelier {

class CampaignCopiesDialog;
class CampaignListModel;
class CsvExportJob;
class NewCampaignDialog;
class SmsExportDialog;
class Store;

// The manager's campaigns (issue 21): the list, newest first, and for the one chosen its audience
// and offer in words and its effect — the invited group beside the holdout, the two lifts with their
// 95 % intervals in plain words — with the attribution days to count, the effect as CSV, and the
// invitations to send (an SMS list or message copies). Every read and write runs on a worker with its
// own Store; a change anywhere in the store reads the list again.
class CampaignsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsPage(Store &store, QWidget *parent = nullptr);
    ~CampaignsPage() override;

    CampaignListModel *model() const { return m_model; }
    // Reads the list again (then the chosen campaign's effect).
    void reload();
    bool isBusy() const;
    std::optional<CampaignId> currentCampaign() const;
    bool selectCampaign(CampaignId id);
    std::optional<CampaignEffect> shownEffect() const { return m_effect; }

    // The dialogs the buttons open (open(), not exec()), handed to tests.
    NewCampaignDialog *newCampaign();
    SmsExportDialog *sendSms();
    CampaignCopiesDialog *makeCopies();
    // Writes the effect shown to a CSV file on the worker; effectExported() tells how it went.
    void exportEffect(const QString &fileName);
    // After a change of role: at once if seen, otherwise when next shown.
    void refreshWhenShown();

signals:
    void listShown();
    void effectShown(); // the chosen campaign's effect (or why there is none) is on screen
    void effectExported(bool ok, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showList(int generation, const ReadResult<QList<CampaignSummary>> &read);
    void showCampaign();
    void readEffect();
    void showEffect(const CampaignResult<CampaignEffect> &read);
    void clearEffect(const QString &why);
    void fitEffectTable();
    void askExport();
    void updateBusy();
    void updateButtons();

    std::unique_ptr<Ui::CampaignsPage> m_ui;
    Store &m_store;
    CampaignListModel *m_model = nullptr;
    CsvExportJob *m_export = nullptr;
    QTimer *m_changed = nullptr; // gathers a burst of store changes into one read
    BackgroundRunner m_listReader;
    BackgroundRunner m_effectReader;
    int m_listGeneration = 0;
    std::optional<CampaignId> m_wanted; // to select once the list is read (a campaign just made)
    std::optional<CampaignEffect> m_effect;
    bool m_stale = true;
};

} // namespace atelier
