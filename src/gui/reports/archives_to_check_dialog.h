#pragma once

#include "core/staff_goals.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace atelier {

class Store;

// "Pick archives to check…" (issue 24): a random sample of the archives registered in a month, so that
// no clerk can guess which of hers are checked; "Spot check…" opens the verdict for the selected one.
// Drawing again gives another sample.
class ArchivesToCheckDialog : public QDialog
{
    Q_OBJECT
public:
    ArchivesToCheckDialog(Store &store, const QDate &month, int count, QWidget *parent = nullptr);

    const QList<ArchiveToCheck> &archives() const { return m_archives; }
    // Opens the spot check of the row's archive (the "Spot check…" button on the selected row).
    void checkRow(int row);

signals:
    void checked(); // a verdict was saved

private:
    void draw();
    void showArchives();

    Store &m_store;
    QDate m_month;
    QList<ArchiveToCheck> m_archives;
    QSpinBox *m_count = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace atelier
