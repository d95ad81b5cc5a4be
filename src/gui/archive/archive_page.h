#pragma once

#include "core/customer.h"
#include "core/export_columns.h"
#include "services/customer_export.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ArchivePage;
}

class QPushButton;

namespace atelier {

class ArchiveModel;
class CustomerExportFlow;
class EraseCustomerAction;
class Store;

// The manager's archive: the whole customer list (lazy), filtered by tag, size, source and birth
// month (and, the manager only, "Recorded without consent", flagged on the name), opened in the editor
// with a double-click, and exported to CSV or XLSX in the chosen columns in the background.
class ArchivePage : public QWidget
{
    Q_OBJECT
public:
    explicit ArchivePage(Store &store, QWidget *parent = nullptr);
    ~ArchivePage() override;

    ArchiveModel *model() const { return m_model; }
    EraseCustomerAction *eraseAction() const { return m_erase; }
    // Starts the export of the current list to fileName in the chosen columns (default: all) and
    // format (default: by the file's suffix); the button asks for columns, format and name first.
    void exportCsvTo(const QString &fileName);
    void exportTo(const QString &fileName, ExportFormat format, const QList<ExportColumn> &columns);

signals:
    void openOnCounter(atelier::CustomerId id);
    void exportFinished(bool ok);

private:
    int m_sortColumn = 0; // the column the rows are sorted by (the name)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    void fillFilters();
    void applyRole();
    void applyFilter();
    void showCount(int total);
    void showReadState();
    CustomerId selectedCustomer() const;
    void editCustomer(CustomerId id);
    void chooseExportFile();
    void printCards();
    void spotCheck(); // the manager's verdict on the selected archive
    void importFromTill();

    std::unique_ptr<Ui::ArchivePage> m_ui;
    Store &m_store;
    ArchiveModel *m_model = nullptr;
    CustomerExportFlow *m_export = nullptr;
    EraseCustomerAction *m_erase = nullptr;
    QPushButton *m_duplicatesButton = nullptr;
    QPushButton *m_printCardsButton = nullptr;
    QPushButton *m_spotCheckButton = nullptr;
};

} // namespace atelier
