#pragma once

#include "core/customer.h"
#include "core/handover_note.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class HandoverNoteDialog;
}

namespace atelier {

class Store;

// Writes a note for the next shift, signed by the clerk at the counter, optionally about the
// customer on the card. An empty note is refused and the dialog stays open. Ctrl+Enter saves, as Enter
// belongs to the note.
class HandoverNoteDialog : public QDialog
{
    Q_OBJECT
public:
    // `shownCustomer` 0: no customer on the card, nothing to link.
    HandoverNoteDialog(Store &store, CustomerId shownCustomer, QWidget *parent = nullptr);
    ~HandoverNoteDialog() override;

    std::optional<HandoverNoteId> noteId() const { return m_note; }

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::HandoverNoteDialog> m_ui;
    Store &m_store;
    CustomerId m_customer;
    std::optional<HandoverNoteId> m_note;
};

} // namespace atelier
