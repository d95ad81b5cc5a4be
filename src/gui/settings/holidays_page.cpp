#include "gui/settings/holidays_page.h"

#include "core/display_format.h"
#include "core/stored_time.h"
#include "services/holiday_calendar.h"
#include "services/store.h"
#include "ui_holidays_page.h"

#include <QMessageBox>

namespace atelier {

HolidaysPage::HolidaysPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HolidaysPage>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove holiday"), question,
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    m_ui->yearSpinBox->setValue(store.holidays().currentYear());
    m_ui->holidayMessageLabel->hide();
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, &HolidaysPage::reload);
    connect(m_ui->holidaysTable, &QTableWidget::itemSelectionChanged, this, &HolidaysPage::showSelected);
    connect(m_ui->newHolidayButton, &QPushButton::clicked, this, &HolidaysPage::startNew);
    connect(m_ui->saveHolidayButton, &QPushButton::clicked, this, &HolidaysPage::save);
    connect(m_ui->removeHolidayButton, &QPushButton::clicked, this, &HolidaysPage::removeSelected);
    reload();
    startNew();
}

HolidaysPage::~HolidaysPage() = default;

void HolidaysPage::reload()
{
    const ReadResult<QList<Holiday>> read = m_store.holidays().ofYear(m_ui->yearSpinBox->value());
    m_holidays = read.value.value_or(QList<Holiday>());
    QTableWidget *table = m_ui->holidaysTable;
    const QSignalBlocker blocker(table);
    table->clearSelection(); // a row of the year before is no row of this one
    table->clearContents();
    table->setRowCount(static_cast<int>(m_holidays.size()));
    for (int row = 0; row < m_holidays.size(); ++row) {
        const Holiday &holiday = m_holidays.at(row);
        table->setItem(row, 0, new QTableWidgetItem(DisplayFormat::date(holiday.day)));
        table->setItem(row, 1, new QTableWidgetItem(holiday.nameZh));
        table->setItem(row, 2, new QTableWidgetItem(holiday.nameEn));
        table->setItem(row, 3, new QTableWidgetItem(holiday.greet ? tr("Yes") : tr("No")));
        if (holiday.id == m_editing.id && holiday.id != 0)
            table->selectRow(row);
    }
    table->resizeColumnsToContents();
    m_ui->removeHolidayButton->setEnabled(m_editing.id != 0);
    if (!read.ok())
        showMessage(tr("The holidays could not be read: %1").arg(read.error), true);
}

void HolidaysPage::showSelected()
{
    const QModelIndexList rows = m_ui->holidaysTable->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    if (row < 0 || row >= m_holidays.size())
        return;
    m_editing = m_holidays.at(row);
    m_ui->dayLineEdit->setText(toStoredText(m_editing.day));
    m_ui->nameZhLineEdit->setText(m_editing.nameZh);
    m_ui->nameEnLineEdit->setText(m_editing.nameEn);
    m_ui->greetCheckBox->setChecked(m_editing.greet);
    m_ui->removeHolidayButton->setEnabled(true);
    m_refused.mark(this, nullptr);
    m_ui->holidayMessageLabel->hide();
}

void HolidaysPage::startNew()
{
    m_editing = Holiday();
    m_ui->holidaysTable->clearSelection();
    m_ui->dayLineEdit->clear();
    m_ui->nameZhLineEdit->clear();
    m_ui->nameEnLineEdit->clear();
    m_ui->greetCheckBox->setChecked(true);
    m_ui->removeHolidayButton->setEnabled(false);
    m_refused.mark(this, nullptr);
    m_ui->dayLineEdit->setFocus();
}

void HolidaysPage::save()
{
    Holiday holiday = m_editing; // keeps the code of one of the eight; a new one is the store's own
    holiday.nameZh = m_ui->nameZhLineEdit->text();
    holiday.nameEn = m_ui->nameEnLineEdit->text();
    holiday.greet = m_ui->greetCheckBox->isChecked();
    const HolidaySaveResult saved = m_store.holidays().save(holiday, m_ui->dayLineEdit->text());
    m_refused.mark(this, fieldWidget(saved.field));
    if (!saved.ok()) {
        showMessage(saved.message, true);
        return;
    }
    m_editing.id = *saved.id;
    const QDate day = QDate::fromString(m_ui->dayLineEdit->text().trimmed(), Qt::ISODate);
    if (day.year() != m_ui->yearSpinBox->value())
        m_ui->yearSpinBox->setValue(day.year()); // reloads: show the holiday where it now is
    else
        reload();
    showMessage(tr("Saved."), false);
}

void HolidaysPage::removeSelected()
{
    if (m_editing.id == 0)
        return;
    const QString question = tr("Remove %1 on %2 from the calendar? No greetings will be planned for it.")
                                 .arg(m_editing.name(), DisplayFormat::date(m_editing.day));
    if (!m_confirm(question))
        return;
    const WriteResult removed = m_store.holidays().remove(m_editing.id);
    if (!removed.ok()) {
        showMessage(removed.error, true);
        return;
    }
    startNew();
    reload();
    showMessage(tr("Removed."), false);
}

void HolidaysPage::showMessage(const QString &text, bool problem)
{
    m_ui->holidayMessageLabel->setStyleSheet(problem ? QStringLiteral("color: #c0392b;") : QString());
    m_ui->holidayMessageLabel->setText(text);
    m_ui->holidayMessageLabel->show();
}

QWidget *HolidaysPage::fieldWidget(const QString &field) const
{
    if (field == QStringLiteral("day"))
        return m_ui->dayLineEdit;
    if (field == QStringLiteral("name_zh"))
        return m_ui->nameZhLineEdit;
    if (field == QStringLiteral("name_en"))
        return m_ui->nameEnLineEdit;
    return nullptr;
}

} // namespace atelier
