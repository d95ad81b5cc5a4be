#pragma once

#include "core/export_columns.h"
#include "services/customer_export.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractButton;
class QLabel;
class QProgressDialog;
class QWidget;

namespace atelier {

class ColumnChooserDialog;
class CsvExportJob;
class Store;

// The "Export…" of a customer list, the same on every page: the columns and format (the column
// chooser), the file (its suffix decides: .xlsx or .csv), then the writing on a worker thread with a
// progress dialog and Cancel, and a line on the page saying how it went. The dialogs open
// window-modal, without a nested event loop.
class CustomerExportFlow : public QObject
{
    Q_OBJECT
public:
    // Writes the list with the worker thread's own exporter: runs there, so it must capture its
    // filter or ids by value.
    using Write = std::function<ExportResult(CustomerExport &exporter, const QString &fileName,
        ExportFormat format, const QList<ExportColumn> &columns, const ExportProgress &progress)>;

    // The Write of any list CustomerExport::write takes: a filter, or customer ids.
    template <typename List> static Write writing(List list)
    {
        return [list = std::move(list)](CustomerExport &exporter, const QString &fileName,
                   ExportFormat format, const QList<ExportColumn> &columns, const ExportProgress &progress) {
            return exporter.write(fileName, format, list, columns, progress);
        };
    }

    // `button` is disabled while an export runs; `status` tells how the last one went.
    CustomerExportFlow(
        Store &store, ExportSource source, QWidget *page, QAbstractButton *button, QLabel *status);
    ~CustomerExportFlow() override;

    // Opens the column chooser; OK there opens the save dialog, whose file starts the export.
    // `baseName` is the suggested file name without suffix; `total` the rows expected.
    ColumnChooserDialog *choose(const QString &baseName, int total, Write write);
    // Starts writing at once, in these columns.
    void start(const QString &fileName, ExportFormat format, const QList<ExportColumn> &columns, int total,
        Write write);
    bool isRunning() const;
    // The page's list was read again: the line about the last export described the list before
    // (a recompute can make 140 customers 141), so it goes.
    void listChanged();

signals:
    void finished(bool ok);

private:
    void chooseFile(const QString &baseName, int total, Write write);
    void done(int rows, const QString &error, bool cancelled);

    Store &m_store;
    ExportSource m_source;
    QWidget *m_page;
    QPointer<QAbstractButton> m_button;
    QPointer<QLabel> m_status;
    CsvExportJob *m_job = nullptr;
    QProgressDialog *m_progress = nullptr;
    // The last choice, offered again next time.
    QList<ExportColumn> m_columns;
    ExportFormat m_format = ExportFormat::Xlsx;
};

} // namespace atelier
