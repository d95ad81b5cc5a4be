#pragma once

#include "core/campaign.h"
#include "gui/common/refused_field_mark.h"
#include "services/background_runner.h"
#include "services/campaign_service.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QPushButton;
class QTimer;

namespace Ui {
class NewCampaignDialog;
}

namespace atelier {

class Store;
class TagPicker;

// The manager's New campaign…: name, kind, days, the audience's filters, the holdout and the offer,
// with a live count of the audience the filters select ("1 234 customers: 1 111 invited, 123 held
// out"), read on a worker a moment after the last change. What the store refuses (a filter that
// leaves nobody, reversed dates) is said beside the filters and Create stays disabled. Create freezes
// the audience on a worker; created() tells the page which campaign to show.
class NewCampaignDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewCampaignDialog(Store &store, QWidget *parent = nullptr);
    ~NewCampaignDialog() override;

    // What the fields say, or the sentence why they cannot be a campaign (with the field to mark).
    struct Checked
    {
        std::optional<CampaignDraft> draft;
        QString refusal;
        QWidget *field = nullptr;
    };
    Checked checked() const;
    QString previewText() const;
    QString refusal() const;
    bool canCreate() const;
    // A preview or a creation is running on the worker.
    bool isBusy() const;
    // What Create does.
    void create();

    static constexpr int previewDelayMs = 300;

signals:
    void created(atelier::CampaignId id, const QString &warning);
    void previewShown(); // a preview or a refusal is on screen

private:
    void fillChoices();
    void changed();
    void preview();
    void showPreview(const CampaignResult<AudiencePreview> &result);
    void refuse(const QString &why, QWidget *field);
    void markField(QWidget *field);
    void showOfferFields();
    void updateCreate();
    AudienceFilters filters() const;
    QStringList checkedTags() const;

    std::unique_ptr<Ui::NewCampaignDialog> m_ui;
    Store &m_store;
    TagPicker *m_tags = nullptr;
    QPushButton *m_createButton = nullptr;
    QTimer *m_previewTimer = nullptr;
    BackgroundRunner m_previewer;
    BackgroundRunner m_creator;
    RefusedFieldMark m_mark;
    QPointer<QWidget> m_marked;
    bool m_previewOk = false; // the last preview counted somebody for the fields as they are
    bool m_creating = false;
};

} // namespace atelier
