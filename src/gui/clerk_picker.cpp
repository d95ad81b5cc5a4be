#include "gui/clerk_picker.h"

#include "gui/common/unreadable_item.h"
#include "gui/pin_dialog.h"
#include "services/account_service.h"
#include "services/change_notifier.h"
#include "services/counter_shift.h"
#include "services/staff_directory.h"
#include "services/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>

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
    // A PIN set or a member of staff added or deactivated changes who may be chosen.
    connect(&m_store.changes(), &ChangeNotifier::changed, this, [this](const Change &change) {
        if (change.concerns(Change::What::Accounts)) {
            fill();
            showShift();
        }
    });
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
    // Whoever takes the counter types their own PIN, so that a sale is credited to the person who
    // made it. Staff without a PIN are listed but cannot be chosen (fill()).
    auto *dialog = new PinDialog(m_store, staff, m_names.value(staff), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (result == QDialog::Accepted && dialog->session())
            m_store.shift().begin(*dialog->session());
        showShift();
    });
    dialog->open();
}

void ClerkPicker::fill()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_names.clear();
    m_combo->addItem(tr("Nobody chosen"), QVariant());
    const ReadResult<QList<StaffMember>> staff = m_store.staff().active();
    const ReadResult<QSet<StaffId>> withPin = m_store.accounts().staffWithPin();
    auto *model = qobject_cast<QStandardItemModel *>(m_combo->model());
    for (const StaffMember &member : staff.value.value_or(QList<StaffMember>())) {
        m_names.insert(member.id, member.name);
        if (withPin.value && withPin.value->contains(member.id)) {
            m_combo->addItem(member.name, qlonglong(member.id));
            continue;
        }
        m_combo->addItem(tr("%1 (no PIN yet)").arg(member.name), qlonglong(member.id));
        if (model) {
            QStandardItem *item = model->item(m_combo->count() - 1);
            item->setEnabled(false);
            item->setToolTip(tr("Takes the counter once the manager sets a PIN under Settings, Accounts."));
        }
    }
    if (!staff.ok())
        addUnreadableItem(m_combo, tr("The staff could not be read: %1").arg(staff.error));
    else if (!withPin.ok())
        addUnreadableItem(m_combo, tr("Who has a PIN could not be read: %1").arg(withPin.error));
}

void ClerkPicker::showShift()
{
    const QSignalBlocker blocker(m_combo);
    const auto clerk = m_store.shift().clerkId();
    const int index = clerk ? m_combo->findData(qlonglong(*clerk)) : 0;
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace atelier
