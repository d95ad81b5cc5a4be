#include "gui/complaints/complaint_step_dialog.h"

#include "core/display_format.h"
#include "core/labels.h"
#include "gui/common/unreadable_item.h"
#include "services/complaint_service.h"
#include "services/counter_shift.h"
#include "services/coupon_service.h"
#include "services/staff_directory.h"
#include "services/store.h"
#include "ui_complaint_step_dialog.h"

#include <QPushButton>

namespace atelier {

ComplaintStepDialog::ComplaintStepDialog(
    Store &store, const Complaint &complaint, ComplaintState to, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ComplaintStepDialog>())
    , m_store(store)
    , m_complaint(complaint)
    , m_to(to)
{
    m_ui->setupUi(this);
    const QString action = actionText(complaint.state, to);
    setWindowTitle(QString(action).remove(QStringLiteral("…")));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(QString(action).remove(QStringLiteral("…")));
    m_ui->summaryLabel->setText(
        tr("Complaint #%1: %2 → %3").arg(complaint.id).arg(Labels::of(complaint.state), Labels::of(to)));
    m_ui->messageLabel->hide();
    m_ui->couponLabel->hide();
    showFieldsFor(to);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintStepDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ComplaintStepDialog::~ComplaintStepDialog() = default;

QString ComplaintStepDialog::actionText(ComplaintState from, ComplaintState to)
{
    switch (to) {
    case ComplaintState::Acknowledged:
        return tr("Acknowledge…");
    case ComplaintState::Investigating:
        return from == ComplaintState::ResolutionOffered ? tr("Offer declined…") : tr("Investigate…");
    case ComplaintState::ResolutionOffered:
        return tr("Offer resolution…");
    case ComplaintState::Resolved:
        return tr("Resolved…");
    case ComplaintState::CalledBack:
        return tr("Record call-back…");
    case ComplaintState::Closed:
        return tr("Close…");
    case ComplaintState::Received:
        break;
    }
    return Labels::of(to);
}

void ComplaintStepDialog::showFieldsFor(ComplaintState to)
{
    const bool acknowledge = to == ComplaintState::Acknowledged;
    const bool offer = to == ComplaintState::ResolutionOffered;
    const bool callback = to == ComplaintState::CalledBack;
    m_ui->formLayout->setRowVisible(m_ui->responsibleComboBox, acknowledge);
    m_ui->formLayout->setRowVisible(m_ui->deadlineEdit, acknowledge);
    m_ui->formLayout->setRowVisible(m_ui->resolutionComboBox, offer);
    m_ui->formLayout->setRowVisible(m_ui->valueLineEdit, offer);
    m_ui->formLayout->setRowVisible(m_ui->satisfactionSpinBox, callback);
    m_ui->infoLabel->hide();
    if (acknowledge) {
        const std::optional<StaffId> clerk = m_store.shift().clerkId();
        const ReadResult<QList<StaffMember>> staff = m_store.staff().active();
        for (const StaffMember &member : staff.value.value_or(QList<StaffMember>())) {
            m_ui->responsibleComboBox->addItem(member.name, qlonglong(member.id));
            if (clerk && *clerk == member.id)
                m_ui->responsibleComboBox->setCurrentIndex(m_ui->responsibleComboBox->count() - 1);
        }
        if (!staff.ok())
            addUnreadableItem(
                m_ui->responsibleComboBox, tr("The staff could not be read: %1").arg(staff.error));
        // A working day to sort it out, by default.
        m_ui->deadlineEdit->setDateTime(m_store.clock().now().addDays(1));
    }
    if (offer) {
        for (Resolution r : {Resolution::Refund, Resolution::Exchange, Resolution::Repair, Resolution::Coupon,
                 Resolution::Accessory, Resolution::Other})
            m_ui->resolutionComboBox->addItem(Labels::of(r), int(r));
        if (m_complaint.resolution != Resolution::None)
            m_ui->resolutionComboBox->setCurrentIndex(
                m_ui->resolutionComboBox->findData(int(m_complaint.resolution)));
    }
    if (callback)
        m_ui->satisfactionSpinBox->setSpecialValueText(tr("choose"));
    if (to == ComplaintState::Resolved) {
        m_ui->infoLabel->setText(resolvedInfo());
        m_ui->infoLabel->show();
    }
}

QString ComplaintStepDialog::resolvedInfo() const
{
    if (m_complaint.customer)
        return tr("A call-back task is added to the calendar for the day after.");
    // Masked for a clerk, like everywhere the complaint is shown.
    const QString phone = m_store.complaints().callerPhoneShown(m_complaint);
    if (phone.isEmpty())
        return tr("This caller is not in the archive and left no phone number, so there is no call-back "
                  "to plan.");
    const QString call = m_complaint.callerName.isEmpty()
        ? tr("This caller is not in the archive, so no call-back task is planned: call back on %1.")
              .arg(phone)
        : tr("This caller is not in the archive, so no call-back task is planned: call %1 back on %2.")
              .arg(m_complaint.callerName, phone);
    return call + u' '
        + tr("Registering the caller as a customer (beside the complaint) plans the call-back task.");
}

void ComplaintStepDialog::save()
{
    ComplaintService &service = m_store.complaints();
    const std::optional<StaffId> by = m_store.shift().clerkId();
    const QString note = m_ui->noteTextEdit->toPlainText();
    const ComplaintId id = m_complaint.id;
    ComplaintResult result;
    switch (m_to) {
    case ComplaintState::Acknowledged: {
        if (m_ui->responsibleComboBox->currentIndex() < 0) {
            result.message = tr("Choose who is responsible for this complaint.");
            break;
        }
        QDateTime deadline = m_ui->deadlineEdit->dateTime();
        // The edit shows local time; keep the store's offset as the other times have.
        deadline = deadline.toOffsetFromUtc(m_store.clock().now().offsetFromUtc());
        result = service.acknowledge(
            id, m_ui->responsibleComboBox->currentData().toLongLong(), deadline, by, note);
        break;
    }
    case ComplaintState::Investigating:
        result = m_complaint.state == ComplaintState::ResolutionOffered
            ? service.declineOffer(id, by, note)
            : service.startInvestigating(id, by, note);
        break;
    case ComplaintState::ResolutionOffered: {
        const QString text = m_ui->valueLineEdit->text().trimmed();
        const std::optional<Money> value = text.isEmpty() ? Money() : Money::parse(text);
        if (!value) {
            result.message = tr("The value is not an amount of money (e.g. 50 or 49.90).");
            break;
        }
        result = service.offerResolution(
            id, Resolution(m_ui->resolutionComboBox->currentData().toInt()), *value, note, by);
        break;
    }
    case ComplaintState::Resolved:
        result = service.resolve(id, by, note);
        break;
    case ComplaintState::CalledBack:
        result = service.recordCallback(id, m_ui->satisfactionSpinBox->value(), note, by);
        break;
    case ComplaintState::Closed:
        result = service.close(id, by, note);
        break;
    case ComplaintState::Received:
        break;
    }
    if (!result.ok()) {
        m_ui->messageLabel->setText(result.message);
        m_ui->messageLabel->show();
        return;
    }
    if (result.couponIssued) {
        showCoupon(*result.couponIssued);
        return;
    }
    accept();
}

QString ComplaintStepDialog::couponText(const Coupon &coupon)
{
    const QString code = coupon_code::display(coupon.code);
    const QString value = CouponService::valueText(coupon.kind, coupon.value);
    if (coupon.minSpend.fen() > 0)
        return tr("Hand over the compensation coupon %1: %2, from a purchase of %3, valid to %4.")
            .arg(code, value, DisplayFormat::amount(coupon.minSpend), DisplayFormat::date(coupon.validTo));
    return tr("Hand over the compensation coupon %1: %2, valid to %3.")
        .arg(code, value, DisplayFormat::date(coupon.validTo));
}

void ComplaintStepDialog::showCoupon(const Coupon &coupon)
{
    // The step is done; the dialog stays open until the clerk has the code to hand over.
    m_ui->couponLabel->setText(couponText(coupon));
    m_ui->couponLabel->show();
    m_ui->messageLabel->hide();
    m_ui->noteTextEdit->setReadOnly(true);
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ComplaintStepDialog::save);
    disconnect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::accept);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
}

} // namespace atelier
