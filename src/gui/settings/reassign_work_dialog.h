#pragma once

#include "services/account_service.h"

#include <QDialog>

class QComboBox;

namespace atelier {

// Before a departing member of staff's account is deactivated (issue 24): she still has open
// follow-up tasks or complaints, and the manager chooses who takes them over — an active member of
// staff, or for tasks whoever is at the counter.
class ReassignWorkDialog : public QDialog
{
    Q_OBJECT
public:
    // `staff`: the active members who may take over (not her).
    ReassignWorkDialog(const QString &name, const OpenWork &open, const QList<AccountSummary> &staff,
        QWidget *parent = nullptr);

    WorkReassignment reassignment() const;

private:
    QComboBox *m_tasks = nullptr;
    QComboBox *m_complaints = nullptr;
};

} // namespace atelier
