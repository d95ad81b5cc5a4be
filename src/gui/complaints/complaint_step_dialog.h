#pragma once

#include "core/complaint.h"
#include "core/coupon.h"

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
// shown in the dialog, which stays open with nothing changed. A resolution that issued the seed's
// compensation coupon keeps the dialog open, saying the coupon's code, until the clerk closes it.
class ComplaintStepDialog : public QDialog
{
    Q_OBJECT
public:
    ComplaintStepDialog(
        Store &store, const Complaint &complaint, ComplaintState to, QWidget *parent = nullptr);
    ~ComplaintStepDialog() override;

    // The words of the button that opens this step ("Acknowledge…").
    static QString actionText(ComplaintState from, ComplaintState to);
    // What the clerk tells the customer about her compensation coupon: code, value, minimum spend,
    // last day.
    static QString couponText(const Coupon &coupon);

private:
    void showFieldsFor(ComplaintState to);
    // What resolving means for the call-back: a task for a customer, the number to call for a caller.
    QString resolvedInfo() const;
    void save();
    void showCoupon(const Coupon &coupon);

    std::unique_ptr<Ui::ComplaintStepDialog> m_ui;
    Store &m_store;
    Complaint m_complaint;
    ComplaintState m_to;
};

} // namespace atelier
