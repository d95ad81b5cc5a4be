#include "services/change_notifier.h"

#include <QCoreApplication>
#include <QThread>

#include <utility>

namespace atelier {

bool Change::concernsCustomer(CustomerId customer) const
{
    if (what == What::Everything || wholeStore)
        return true;
    if (customers.contains(customer))
        return true;
    return what == What::Customers && (ids.isEmpty() || ids.contains(customer));
}

ChangeNotifier &ChangeNotifier::instance()
{
    // Never deleted: workers may announce until the process ends. Created on whichever thread asks
    // first, then handed to the application's thread, where its signal is emitted.
    static ChangeNotifier *const notifier = [] {
        auto *created = new ChangeNotifier;
        if (const QCoreApplication *app = QCoreApplication::instance())
            created->moveToThread(app->thread());
        return created;
    }();
    return *notifier;
}

void ChangeNotifier::announce(const Change &change)
{
    QMetaObject::invokeMethod(
        this, [this, change] { emit changed(change); }, Qt::QueuedConnection);
}

void ChangeNotifier::post(Change::What what, QList<qint64> ids, QList<CustomerId> customers, bool wholeStore)
{
    instance().announce(Change{what, std::move(ids), std::move(customers), wholeStore});
}

} // namespace atelier
