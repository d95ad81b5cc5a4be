#include "gui/archive/erase_customer_action.h"

#include "core/phone_number.h"
#include "services/customer_erasure.h"
#include "services/customer_service.h"
#include "services/store.h"

#include <QMessageBox>
#include <QPushButton>

namespace atelier {

EraseCustomerAction::EraseCustomerAction(Store &store, std::function<CustomerId()> selected, QWidget *parent)
    : QAction(tr("Erase customer…"), parent)
    , m_store(store)
    , m_selected(std::move(selected))
    , m_parent(parent)
{
    setObjectName(QStringLiteral("eraseCustomerAction"));
    setVisible(store.allows(Permission::EraseCustomers));
    connect(this, &QAction::triggered, this, &EraseCustomerAction::eraseSelected);
}

QString EraseCustomerAction::confirmationText(CustomerId id) const
{
    const ReadResult<std::optional<CustomerArchive>> read = m_store.customers().load(id);
    const std::optional<CustomerArchive> archive = read.value.value_or(std::nullopt);
    const QString who = archive ? tr("%1 (%2)").arg(archive->customer.name, archive->customer.phone.masked())
                                : QStringLiteral("#%1").arg(id);
    return tr("Erase %1 from the archive?\n\n"
              "Name, phone, address, birthday, sizes, preferences, notes, tags, life events and open "
              "follow-ups are removed; complaints lose their texts.\n\n"
              "Purchases, returns and points are kept anonymously, so the store's totals and reports "
              "stay right.\n\n"
              "This cannot be undone.")
        .arg(who);
}

void EraseCustomerAction::eraseSelected()
{
    const CustomerId id = m_selected();
    if (id == 0)
        return;
    QMessageBox box(
        QMessageBox::Warning, tr("Erase customer"), confirmationText(id), QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("eraseConfirmation"));
    QPushButton *erase = box.addButton(tr("Erase for good"), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() != erase)
        return;
    const EraseResult result = m_store.erasure().erase(id);
    if (!result.ok()) {
        QMessageBox::warning(m_parent, tr("Erase customer"), result.message);
        return;
    }
    // CustomerErasure announces the change to every window (ChangeNotifier): the counter's card and
    // results follow it.
    emit erased(id);
}

} // namespace atelier
