#pragma once

#include "core/customer.h"

#include <QList>
#include <QMetaType>
#include <QObject>

namespace atelier {

// One write to the store, announced after its commit: what kind of data changed, which rows of
// it, and which customers it touched on the way (a sale changes its customer's totals and points).
struct Change
{
    enum class What
    {
        Customers, // ids: customers (saved, erased, merged: the kept and the absorbed one)
        Tags, // ids: tags added to the tag library
        Sales, // ids: sales; empty for returns and imports
        Points, // ids: customers whose balance moved
        Tiers, // scores, segments and tiers (the nightly run)
        Complaints, // ids: complaints
        Tasks, // follow-up tasks
        Settings, // the store's settings and rulebooks (loyalty, service)
        Accounts, // staff accounts, passwords and PINs
        Backups, // backup copies and their settings
        Templates, // message templates
        Handover, // shift handover notes
        LostSales, // ids: lost sales recorded or marked arrived (customers: whose wishes they were)
        Satisfaction, // ids: satisfaction scores recorded; empty for a survey import (customers: whose)
        Everything // a restore or a demo store: read everything again
    };

    What what = What::Everything;
    // The rows of `what` that changed; empty: many, or not known (read again all that shows `what`).
    QList<qint64> ids;
    // Customers whose data changed with it; empty: none, or not known (see `wholeStore`).
    QList<CustomerId> customers;
    // True when any number of customers may be touched (an import, the nightly run, a restore).
    bool wholeStore = false;

    // Whether someone showing `kind` should read again.
    bool concerns(What kind) const { return what == kind || what == What::Everything; }
    // Whether someone showing this customer should read again.
    bool concernsCustomer(CustomerId customer) const;
};

// The process's one change notifier: every service write, on any thread and through any Store,
// announces itself here after its commit, and whoever shows data listens to changed(), which is
// always delivered queued on the application's (GUI) thread. It carries what changed, never the
// data: a listener reads again through its own Store. Writes that fail announce nothing.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    // Created on first use, living on the application's thread.
    static ChangeNotifier &instance();

    // Any thread, after the commit. Delivered by the event loop, never from inside this call.
    void announce(const Change &change);
    // Shorthand for services: ChangeNotifier::post(Change::What::Customers, {id}).
    static void post(
        Change::What what, QList<qint64> ids = {}, QList<CustomerId> customers = {}, bool wholeStore = false);

signals:
    void changed(const atelier::Change &change);

private:
    ChangeNotifier() = default;
};

} // namespace atelier

Q_DECLARE_METATYPE(atelier::Change)
