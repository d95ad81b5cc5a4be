#include "gui/counter/sale_dialog.h"

#include "gui/common/could_not_read.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "ui_sale_dialog.h"

#include <QHeaderView>

#include <utility>

namespace atelier {

SaleDialog::SaleDialog(Store &store, CustomerId customer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SaleDialog>())
    , m_store(store)
    , m_customer(customer)
{
    m_ui->setupUi(this);
    m_ui->linesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->messageLabel->hide();
    const ReadResult<std::optional<CustomerArchive>> archive
        = customer ? store.customers().load(customer) : nothingChosen<CustomerArchive>();
    if (!archive.ok()) {
        // Not recorded as a walk-in sale, nor against a customer it cannot show.
        m_ui->customerLabel->setText(CouldNotRead::customer(archive.error));
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    } else if (const std::optional<CustomerArchive> &found = *archive.value) {
        m_ui->customerLabel->setText(
            tr("Customer: %1 (%2)").arg(found->customer.name, found->customer.phone.masked()));
    } else {
        m_ui->customerLabel->setText(tr("Walk-in sale, no customer"));
    }

    connect(m_ui->addLineButton, &QPushButton::clicked, this, [this]() { addLine(); });
    connect(m_ui->removeLineButton, &QPushButton::clicked, this, [this]() {
        m_ui->linesTable->removeRow(m_ui->linesTable->currentRow());
        updateTotal();
    });
    connect(m_ui->linesTable, &QTableWidget::itemChanged, this, &SaleDialog::updateTotal);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SaleDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addLine();
}

SaleDialog::~SaleDialog() = default;

void SaleDialog::addLine(const SaleLine &line)
{
    const QSignalBlocker blocker(m_ui->linesTable);
    const int row = m_ui->linesTable->rowCount();
    m_ui->linesTable->insertRow(row);
    const QStringList texts
        = {line.styleNumber, line.category, line.colour, line.size, QString::number(line.quantity),
            line.styleNumber.isEmpty() ? QString() : line.listPrice.toDecimalString(),
            line.styleNumber.isEmpty() ? QString() : line.paidPrice.toDecimalString()};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *item = new QTableWidgetItem(texts.at(column));
        if (column >= QuantityColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->linesTable->setItem(row, column, item);
    }
    m_ui->linesTable->setCurrentCell(row, StyleColumn);
    updateTotal();
}

SaleDialog::TypedLines SaleDialog::lines() const
{
    TypedLines result;
    const QTableWidget *table = m_ui->linesTable;
    auto text = [table](int row, int column) {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < table->rowCount(); ++row) {
        SaleLine line;
        line.styleNumber = text(row, StyleColumn);
        line.category = text(row, CategoryColumn);
        line.colour = text(row, ColourColumn);
        line.size = text(row, SizeColumn);
        bool quantityOk = false;
        line.quantity = text(row, QuantityColumn).toInt(&quantityOk);
        const std::optional<Money> list = Money::parse(text(row, ListPriceColumn));
        // An empty paid price means no discount.
        const QString paidText = text(row, PaidPriceColumn);
        const std::optional<Money> paid = paidText.isEmpty() ? list : Money::parse(paidText);
        if (line.styleNumber.isEmpty() && text(row, ListPriceColumn).isEmpty())
            continue; // an untouched row
        if (!quantityOk)
            result.problem = tr("Line %1: the quantity is not a whole number.").arg(row + 1);
        else if (!list || !paid)
            result.problem
                = tr("Line %1: a price is not an amount in yuan, e.g. 299 or 299.50.").arg(row + 1);
        if (!quantityOk || !list || !paid)
            continue;
        line.listPrice = *list;
        line.paidPrice = *paid;
        result.lines << line;
    }
    return result;
}

void SaleDialog::updateTotal()
{
    const TypedLines typed = lines();
    Money total;
    for (const SaleLine &line : typed.lines)
        total += line.paidTotal();
    m_ui->totalLabel->setText(total.toDisplayString());
    m_ui->messageLabel->setVisible(!typed.problem.isEmpty());
    m_ui->messageLabel->setText(typed.problem);
}

void SaleDialog::save()
{
    TypedLines typed = lines();
    QString problem = typed.problem;
    Sale sale;
    sale.lines = std::move(typed.lines);
    if (m_customer != 0)
        sale.customerId = m_customer;
    sale.note = m_ui->noteLineEdit->text().trimmed();
    if (problem.isEmpty()) {
        const SaleResult result = m_store.sales().recordSale(sale);
        if (result.ok()) {
            m_saleId = result.id;
            accept();
            return;
        }
        problem = result.message;
    }
    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->show();
}

} // namespace atelier
