#pragma once

#include "core/complaint.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ComplaintStepDialog;
}

namespace atelier {

class Store;

// One step of a complaint's workflow, asking only for what that step needs: the responsible person
// and deadline to acknowledge, the resolution and its value to offer, the satisfaction score of the
// call-back, a note for every step. OK moves the complaint through ComplaintService; a refusal is
// shown in the dialog, which stays open with nothing changed.
class ComplaintStepDialog : public QDialog
{
    Q_OBJECT
public:
    ComplaintStepDialog(
        Store &store, const Complaint &complaint, ComplaintState to, QWidget *parent = nullptr);
    ~ComplaintStepDialog() override;

    // The words of the button that opens this step ("Acknowledge…").
    static QString actionText(ComplaintState from, ComplaintState to);

private:
    void showFieldsFor(ComplaintState to);
    // What resolving means for the call-back: a task for a customer, the number to call for a caller.
    QString resolvedInfo() const;
    void save();

    std::unique_ptr<Ui::ComplaintStepDialog> m_ui;
    Store &m_store;
    Complaint m_complaint;
    ComplaintState m_to;
};

} // namespace atelier
