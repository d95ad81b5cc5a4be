#include "gui/archive/column_chooser_dialog.h"

#include "ui_column_chooser_dialog.h"

#include <QPushButton>

namespace atelier {

ColumnChooserDialog::ColumnChooserDialog(ExportSource source, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ColumnChooserDialog>())
    , m_available(ExportColumns::available(source))
{
    m_ui->setupUi(this);
    for (const ExportColumn column : m_available) {
        auto *item = new QListWidgetItem(ExportColumns::label(column), m_ui->columnList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    }
    m_ui->formatCombo->addItem(tr("Excel workbook (.xlsx)"), static_cast<int>(ExportFormat::Xlsx));
    m_ui->formatCombo->addItem(tr("CSV, UTF-8 (.csv)"), static_cast<int>(ExportFormat::Csv));
    setColumns(ExportColumns::defaults(source));
    connect(m_ui->columnList, &QListWidget::itemChanged, this, &ColumnChooserDialog::updateOk);
    connect(m_ui->allButton, &QPushButton::clicked, this, [this]() { setAll(true); });
    connect(m_ui->noneButton, &QPushButton::clicked, this, [this]() { setAll(false); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateOk();
}

ColumnChooserDialog::~ColumnChooserDialog() = default;

QList<ExportColumn> ColumnChooserDialog::columns() const
{
    QList<ExportColumn> ticked;
    for (int row = 0; row < m_available.size(); ++row) {
        if (m_ui->columnList->item(row)->checkState() == Qt::Checked)
            ticked << m_available.at(row);
    }
    return ticked;
}

void ColumnChooserDialog::setColumns(const QList<ExportColumn> &columns)
{
    for (int row = 0; row < m_available.size(); ++row)
        m_ui->columnList->item(row)->setCheckState(
            columns.contains(m_available.at(row)) ? Qt::Checked : Qt::Unchecked);
}

ExportFormat ColumnChooserDialog::format() const
{
    return static_cast<ExportFormat>(m_ui->formatCombo->currentData().toInt());
}

void ColumnChooserDialog::setFormat(ExportFormat format)
{
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(static_cast<int>(format)));
}

void ColumnChooserDialog::setAll(bool ticked)
{
    for (int row = 0; row < m_available.size(); ++row)
        m_ui->columnList->item(row)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void ColumnChooserDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!columns().isEmpty());
}

} // namespace atelier
