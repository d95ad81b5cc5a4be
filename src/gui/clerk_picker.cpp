#include "gui/clerk_picker.h"

#include "gui/common/unreadable_item.h"
#include "gui/pin_dialog.h"
#include "services/account_service.h"
#include "services/counter_shift.h"
#include "services/staff_directory.h"
#include "services/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace atelier {

ClerkPicker::ClerkPicker(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("At the counter:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("clerkCombo"));
    m_combo->setToolTip(
        tr("Who is serving at the counter: their tasks, complaints taken and handover notes"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    fill();
    showShift();
    connect(m_combo, &QComboBox::activated, this, &ClerkPicker::choose);
    connect(&m_store.shift(), &CounterShift::changed, this, &ClerkPicker::showShift);
}

void ClerkPicker::choose(int index)
{
    const QVariant id = m_combo->itemData(index);
    if (id.isNull()) {
        m_store.shift().end();
        return;
    }
    const StaffId staff = id.toLongLong();
    if (m_store.shift().clerkId() == staff)
        return;
    // Someone with an account takes over with their PIN; staff without one (a store from before
    // accounts) are chosen as before.
    if (m_store.accounts().hasAccount(staff)) {
        auto *dialog = new PinDialog(m_store, staff, m_combo->itemText(index), window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
            if (result == QDialog::Accepted && dialog->session())
                m_store.shift().begin(*dialog->session());
            showShift();
        });
        dialog->open();
        return;
    }
    if (!m_store.shift().begin(staff)) {
        // Deactivated since the list was filled: show who really is at the counter, and the
        // list as it is now.
        fill();
        showShift();
    }
}

void ClerkPicker::fill()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Nobody chosen"), QVariant());
    const ReadResult<QList<StaffMember>> staff = m_store.staff().active();
    for (const StaffMember &member : staff.value.value_or(QList<StaffMember>()))
        m_combo->addItem(member.name, qlonglong(member.id));
    if (!staff.ok())
        addUnreadableItem(m_combo, tr("The staff could not be read: %1").arg(staff.error));
}

void ClerkPicker::showShift()
{
    const QSignalBlocker blocker(m_combo);
    const auto clerk = m_store.shift().clerkId();
    const int index = clerk ? m_combo->findData(qlonglong(*clerk)) : 0;
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace atelier
