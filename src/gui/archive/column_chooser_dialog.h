#pragma once

#include "core/export_columns.h"
#include "services/customer_export.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ColumnChooserDialog;
}

namespace atelier {

// Asks which columns of a customer list leave the program, and in which format. OK stays disabled
// while no column is ticked.
class ColumnChooserDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ColumnChooserDialog(ExportSource source, QWidget *parent = nullptr);
    ~ColumnChooserDialog() override;

    // The ticked columns, in file order.
    QList<ExportColumn> columns() const;
    void setColumns(const QList<ExportColumn> &columns);
    ExportFormat format() const;
    void setFormat(ExportFormat format);

private:
    void setAll(bool ticked);
    void updateOk();

    std::unique_ptr<Ui::ColumnChooserDialog> m_ui;
    QList<ExportColumn> m_available;
};

} // namespace atelier
