#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace atelier {

class AuditModel;
class CsvExportJob;
class Store;

// The manager's view of the audit trail (操作日志): who changed which customer field, revealed a full
// number, exported which list, logged in, changed the rules — filtered by period, action and person,
// and exported to CSV on a worker thread. It shows full old and new values: once staff accounts
// arrive, only the manager will reach this tab.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(Store &store, QWidget *parent = nullptr);
    ~AuditPage() override;

    AuditModel *model() const { return m_model; }
    // Writes the entries under the current filter; the file appears when complete.
    void exportTo(const QString &fileName);
    void reload();

signals:
    void exportFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void showStatus();
    void fillActors();
    void chooseExportFile();
    void exportDone(int rows, const QString &error, bool cancelled);

    Store &m_store;
    AuditModel *m_model = nullptr;
    CsvExportJob *m_job = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_who = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace atelier
