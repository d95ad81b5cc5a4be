#include "gui/counter/return_dialog.h"

#include "core/display_format.h"
#include "gui/common/could_not_read.h"
#include "services/coupon_service.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "ui_return_dialog.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>

namespace atelier {

namespace {

constexpr int recentSalesShown = 20;

enum Column
{
    SoldOnColumn,
    ItemColumn,
    BoughtColumn,
    PaidColumn,
    ReturnableColumn,
};

QString itemText(const SaleLine &line)
{
    return QStringList{line.styleNumber, line.category, line.colour, line.size}
        .filter(QRegularExpression(QStringLiteral("\\S")))
        .join(QStringLiteral(" · "));
}

} // namespace

ReturnDialog::ReturnDialog(Store &store, CustomerId customer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReturnDialog>())
    , m_store(store)
    , m_customer(customer)
{
    m_ui->setupUi(this);
    recordButton()->setText(tr("Record"));
    m_ui->messageLabel->hide();
    m_ui->replacementGroupBox->setEnabled(false);
    m_ui->linesTable->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    const ReadResult<std::optional<CustomerArchive>> archive = store.customers().load(customer);
    if (!archive.ok())
        m_ui->customerLabel->setText(CouldNotRead::customer(archive.error));
    else if (const std::optional<CustomerArchive> &found = *archive.value)
        m_ui->customerLabel->setText(
            tr("Customer: %1 (%2)").arg(found->customer.name, found->customer.phone.masked()));
    loadLines();

    connect(
        m_ui->exchangeRadioButton, &QRadioButton::toggled, m_ui->replacementGroupBox, &QWidget::setEnabled);
    connect(m_ui->linesTable, &QTableWidget::itemSelectionChanged, this, &ReturnDialog::lineChosen);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ReturnDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReturnDialog::~ReturnDialog() = default;

QPushButton *ReturnDialog::recordButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

void ReturnDialog::loadLines()
{
    m_rows.clear();
    QString unreadable;
    const ReadResult<QList<Sale>> sales = m_store.sales().recentSales(m_customer, recentSalesShown);
    if (!sales.ok())
        unreadable = sales.error;
    for (const Sale &sale : sales.value.value_or(QList<Sale>())) {
        const ReadResult<QList<ReturnableLine>> lines = m_store.sales().returnableLines(sale.id);
        if (!lines.ok()) {
            unreadable = lines.error;
            m_rows.clear(); // part of the sales would be as misleading as none
            break;
        }
        for (const ReturnableLine &line : *lines.value) {
            if (line.returnable() <= 0)
                continue;
            const ReturnWindowCheck window = m_store.sales().returnWindow(line);
            m_rows << Row{line, window, SaleService::windowRefusal(window)};
        }
    }
    m_ui->linesTable->setRowCount(static_cast<int>(m_rows.size()));
    bool anyOpen = false;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        const QString returnable = r.closed.isEmpty()
            ? QString::number(r.line.returnable())
            : tr("None: bought %n day(s) ago, returns within %1 days", nullptr, int(r.window.daysSinceSale))
                  .arg(r.window.windowDays);
        const QStringList texts = {DisplayFormat::date(r.line.soldAt.date()), itemText(r.line.line),
            QString::number(r.line.line.quantity), DisplayFormat::amount(r.line.line.paidPrice), returnable};
        for (int column = 0; column < texts.size(); ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (!r.closed.isEmpty()) {
                // Listed, so the clerk can tell the customer why, but not choosable.
                item->setFlags(Qt::NoItemFlags);
                item->setToolTip(r.closed);
            }
            m_ui->linesTable->setItem(row, column, item);
        }
        anyOpen = anyOpen || r.closed.isEmpty();
    }
    m_ui->linesTable->resizeColumnsToContents();
    m_unreadable = !unreadable.isEmpty();
    if (m_unreadable) {
        // Said instead of "nothing left to return", and nothing to record against.
        m_ui->linesTable->hide();
        showMessage(tr("The customer's sales could not be read: %1").arg(unreadable));
    } else if (m_rows.isEmpty()) {
        showMessage(tr("This customer has nothing left to return."));
    } else if (!anyOpen) {
        showMessage(tr("Nothing this customer bought is still within the return window."));
    }
    // Nothing is chosen for the clerk: a line chosen in advance was refunded by one stray click.
    updateRecordButton();
}

std::optional<int> ReturnDialog::chosenRow() const
{
    const QModelIndexList rows = m_ui->linesTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const int row = rows.first().row();
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).closed.isEmpty())
        return std::nullopt;
    return row;
}

void ReturnDialog::updateRecordButton()
{
    recordButton()->setEnabled(!m_unreadable && !m_saving && !m_recorded && chosenRow().has_value());
}

void ReturnDialog::lineChosen()
{
    updateRecordButton();
    const std::optional<int> row = chosenRow();
    if (!row)
        return;
    const ReturnableLine &line = m_rows.at(*row).line;
    m_ui->quantitySpinBox->setMaximum(line.returnable());
    m_ui->replacementStyleLineEdit->setText(line.line.styleNumber);
    m_ui->replacementColourLineEdit->setText(line.line.colour);
    m_ui->replacementPriceLineEdit->setText(line.line.paidPrice.toDecimalString());
}

void ReturnDialog::save()
{
    // Record is disabled while a return is asked about or written, but a click or Enter already
    // queued would still arrive.
    if (m_saving || m_recorded)
        return;
    const std::optional<int> row = chosenRow();
    if (!row)
        return;
    m_saving = true;
    updateRecordButton();
    const bool recorded = confirmAndRecord(m_rows.at(*row));
    m_saving = false;
    if (recorded) {
        m_recorded = true;
        accept();
        return;
    }
    updateRecordButton();
}

bool ReturnDialog::confirmAndRecord(const Row &row)
{
    const ReturnableLine &line = row.line;
    const int quantity = m_ui->quantitySpinBox->value();
    const QString reason = m_ui->reasonLineEdit->text().trimmed();
    const QString item = itemText(line.line);
    const QString soldOn = DisplayFormat::date(line.soldAt.date());
    // What was paid for these pieces: a coupon's share of the line is not given back.
    const Money credit = SaleService::paidForPieces(line, quantity);
    SaleResult result;
    if (m_ui->exchangeRadioButton->isChecked()) {
        SaleLine replacement = line.line;
        replacement.id = 0;
        replacement.quantity = quantity;
        replacement.styleNumber = m_ui->replacementStyleLineEdit->text().trimmed();
        replacement.colour = m_ui->replacementColourLineEdit->text().trimmed();
        replacement.size = m_ui->replacementSizeLineEdit->text().trimmed();
        const std::optional<Money> price = Money::parse(m_ui->replacementPriceLineEdit->text());
        if (!price) {
            showMessage(tr("The replacement's price is not an amount in yuan."));
            return false;
        }
        replacement.paidPrice = *price;
        const QString question
            = tr("Take back %n piece(s) of %1 (sold on %2, %3 credited) and sell %4 at %5 each in exchange?",
                nullptr, quantity)
                  .arg(item, soldOn, DisplayFormat::amount(credit), itemText(replacement),
                      DisplayFormat::amount(*price));
        if (!confirm(tr("Confirm the exchange"), question, tr("Record exchange")))
            return false;
        result = m_store.sales().recordExchange(line.line.id, quantity, replacement, reason);
        if (!result.ok()) {
            showMessage(result.message);
            return false;
        }
        showDone(
            tr("Exchange recorded: %1 credited for the pieces taken back, %2 sold in their place. Points: "
               "%3 taken back, %4 earned.")
                .arg(DisplayFormat::amount(result.refund), DisplayFormat::amount(replacement.paidTotal()))
                .arg(result.pointsTakenBack)
                .arg(result.pointsEarned));
        return true;
    }
    const QString question = tr("Return %n piece(s) of %1 (sold on %2) and refund %3?", nullptr, quantity)
                                 .arg(item, soldOn, DisplayFormat::amount(credit));
    if (!confirm(tr("Confirm the return"), question, tr("Record return")))
        return false;
    // The amount asked about is the amount written, not the service's own default.
    result = m_store.sales().recordReturn(line.line.id, quantity, reason, credit);
    if (!result.ok()) {
        showMessage(result.message);
        return false;
    }
    QString done = tr("Return recorded: refund %1 to the customer. %n point(s) taken back.", nullptr,
        int(result.pointsTakenBack))
                       .arg(DisplayFormat::amount(result.refund));
    if (result.couponIssued)
        done += u' '
            + tr("Hand over the experience coupon %1: %2, from a purchase of %3, valid to %4.")
                  .arg(coupon_code::display(result.couponIssued->code),
                      CouponService::valueText(result.couponIssued->kind, result.couponIssued->value),
                      DisplayFormat::amount(result.couponIssued->minSpend),
                      DisplayFormat::date(result.couponIssued->validTo));
    showDone(done);
    return true;
}

bool ReturnDialog::confirm(const QString &title, const QString &question, const QString &action)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmationBox"));
    QPushButton *record = box.addButton(action, QMessageBox::AcceptRole);
    record->setObjectName(QStringLiteral("confirmButton"));
    box.setDefaultButton(record);
    box.setEscapeButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == record;
}

void ReturnDialog::showDone(const QString &text)
{
    m_doneText = text;
    QMessageBox box(QMessageBox::Information, windowTitle(), text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("doneBox"));
    box.exec();
}

void ReturnDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

} // namespace atelier
