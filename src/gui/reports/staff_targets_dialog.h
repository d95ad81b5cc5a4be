#pragma once

#include "core/staff_goals.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace atelier {

class Store;

// The manager's monthly targets per clerk (Reports → Staff → Targets…, issue 24): a row for each active
// member of staff with her sales (元), new archives and follow-ups done for the month; an empty cell
// is no target. "Copy last month" fills the cells from the month before (nothing is saved until Save).
// A cell that is not a number is named and nothing typed is lost.
class StaffTargetsDialog : public QDialog
{
    Q_OBJECT
public:
    StaffTargetsDialog(Store &store, const QDate &month, QWidget *parent = nullptr);

    enum Column
    {
        ClerkColumn,
        SalesColumn,
        ArchivesColumn,
        FollowUpsColumn,
        ColumnCount
    };

    // Fills the table with last month's targets for the same clerks.
    void copyLastMonth();

public slots:
    void accept() override;

private:
    void fill(const QList<StaffTarget> &targets);
    // The table's targets, or the sentence naming the first cell that is not a number.
    std::optional<QList<StaffTarget>> typed(QString &problem) const;

    Store &m_store;
    QDate m_month;
    QList<StaffTarget> m_loaded;
    QTableWidget *m_table = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace atelier
