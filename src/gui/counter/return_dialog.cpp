#include "gui/counter/return_dialog.h"

#include "gui/common/could_not_read.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "ui_return_dialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>

namespace atelier {

namespace {
constexpr int recentSalesShown = 20;
}

ReturnDialog::ReturnDialog(Store &store, CustomerId customer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReturnDialog>())
    , m_store(store)
    , m_customer(customer)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    m_ui->messageLabel->hide();
    m_ui->replacementGroupBox->setEnabled(false);
    m_ui->linesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
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

void ReturnDialog::loadLines()
{
    m_lines.clear();
    QString unreadable;
    const ReadResult<QList<Sale>> sales = m_store.sales().recentSales(m_customer, recentSalesShown);
    if (!sales.ok())
        unreadable = sales.error;
    for (const Sale &sale : sales.value.value_or(QList<Sale>())) {
        const ReadResult<QList<ReturnableLine>> lines = m_store.sales().returnableLines(sale.id);
        if (!lines.ok()) {
            unreadable = lines.error;
            m_lines.clear(); // part of the sales would be as misleading as none
            break;
        }
        for (const ReturnableLine &line : *lines.value) {
            if (line.returnable() > 0)
                m_lines << line;
        }
    }
    m_ui->linesTable->setRowCount(static_cast<int>(m_lines.size()));
    for (int row = 0; row < m_lines.size(); ++row) {
        const ReturnableLine &r = m_lines.at(row);
        const QString item = QStringList{r.line.styleNumber, r.line.category, r.line.colour, r.line.size}
                                 .filter(QRegularExpression(QStringLiteral("\\S")))
                                 .join(QStringLiteral(" · "));
        const QStringList texts
            = {r.soldAt.date().toString(Qt::ISODate), item, QString::number(r.line.quantity),
                QString::number(r.returnable()), r.line.paidPrice.toDisplayString()};
        for (int column = 0; column < texts.size(); ++column)
            m_ui->linesTable->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    }
    m_ui->linesTable->resizeColumnsToContents();
    if (!unreadable.isEmpty()) {
        // Said instead of "nothing left to return", and nothing to record against.
        m_ui->linesTable->hide();
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_ui->messageLabel->setText(tr("The customer's sales could not be read: %1").arg(unreadable));
        m_ui->messageLabel->show();
    } else if (!m_lines.isEmpty()) {
        m_ui->linesTable->selectRow(0);
    } else {
        m_ui->messageLabel->setText(tr("This customer has nothing left to return."));
        m_ui->messageLabel->show();
    }
}

void ReturnDialog::lineChosen()
{
    const int row = m_ui->linesTable->currentRow();
    if (row < 0 || row >= m_lines.size())
        return;
    const ReturnableLine &line = m_lines.at(row);
    m_ui->quantitySpinBox->setMaximum(line.returnable());
    m_ui->replacementStyleLineEdit->setText(line.line.styleNumber);
    m_ui->replacementColourLineEdit->setText(line.line.colour);
    m_ui->replacementPriceLineEdit->setText(line.line.paidPrice.toDecimalString());
}

void ReturnDialog::save()
{
    const int row = m_ui->linesTable->currentRow();
    if (row < 0 || row >= m_lines.size()) {
        m_ui->messageLabel->setText(tr("Choose the line the customer brings back."));
        m_ui->messageLabel->show();
        return;
    }
    const ReturnableLine &line = m_lines.at(row);
    const int quantity = m_ui->quantitySpinBox->value();
    const QString reason = m_ui->reasonLineEdit->text().trimmed();
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
            m_ui->messageLabel->setText(tr("The replacement's price is not an amount in yuan."));
            m_ui->messageLabel->show();
            return;
        }
        replacement.paidPrice = *price;
        result = m_store.sales().recordExchange(line.line.id, quantity, replacement, reason);
    } else {
        result = m_store.sales().recordReturn(line.line.id, quantity, reason);
    }
    if (result.ok()) {
        accept();
        return;
    }
    m_ui->messageLabel->setText(result.message);
    m_ui->messageLabel->show();
}

} // namespace atelier
