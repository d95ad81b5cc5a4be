#pragma once

#include "services/customer_service.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace Ui {
class CustomerEditorDialog;
}

namespace atelier {

class Store;
class TagPicker;

// The full customer archive in one form: hard facts, soft facts, tags, life events, source and
// consent. The completeness score follows every edit; save shows each problem next to its field
// and stores nothing until the whole record is valid.
class CustomerEditorDialog : public QDialog
{
    Q_OBJECT
public:
    // id 0 starts an empty archive.
    CustomerEditorDialog(Store &store, CustomerId id, QWidget *parent = nullptr);
    ~CustomerEditorDialog() override;

    CustomerId customerId() const { return m_archive.customer.id; }

private:
    void fillCombos();
    void showSpotCheck(CustomerId id);
    void showArchive(const CustomerArchive &archive);
    // The "Personal stylist" combo: none, or a member of the active staff (issue 22).
    void showStylists(std::optional<StaffId> chosen);
    void showContactHidden(bool hidden);
    void revealContact();
    CustomerArchive collect() const;
    void updateCompleteness();
    void showLifeEvents();
    void addLifeEvent();
    void removeLifeEvent();
    void clearErrors();
    QLabel *errorLabelFor(const QString &field) const;
    // Next to the birthday, birth year and address, before save: why what was typed cannot be kept
    // without her archive consent (the save is refused the same way).
    void showConsentHints();
    void save();
    // After a save refused as changed elsewhere: the stored record, with the clerk's changes kept.
    void reload();

    std::unique_ptr<Ui::CustomerEditorDialog> m_ui;
    Store &m_store;
    TagPicker *m_tags = nullptr;
    CustomerArchive m_archive;
    QList<LifeEvent> m_events;
    bool m_contactHidden = false;
    bool m_contactRevealed = false;
    QPushButton *m_reloadButton = nullptr;
    QLabel *m_addressErrorLabel = nullptr;
};

} // namespace atelier
