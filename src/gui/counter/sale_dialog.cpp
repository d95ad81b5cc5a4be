#include "gui/counter/sale_dialog.h"

#include "core/display_format.h"
#include "gui/common/could_not_read.h"
#include "services/coupon_service.h"
#include "services/customer_service.h"
#include "services/sale_service.h"
#include "services/store.h"
#include "ui_sale_dialog.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>

#include <functional>
#include <utility>

namespace atelier {

namespace {

bool isPlainTab(const QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    return key->key() == Qt::Key_Tab && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

// While a cell is being edited its editor has the keyboard, and the delegate's own Tab would wrap
// round to the first cell; where Tab leaves the grid the dialog decides instead.
class LineDelegate : public QStyledItemDelegate
{
public:
    LineDelegate(std::function<bool()> leavesGrid, std::function<void()> tabPast, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_leavesGrid(std::move(leavesGrid))
        , m_tabPast(std::move(tabPast))
    {
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *editor = qobject_cast<QWidget *>(object);
        if (editor && isPlainTab(event)) {
            // Committed first: whether the row is complete, or untouched, depends on what was just typed.
            emit commitData(editor);
            if (m_leavesGrid()) {
                emit closeEditor(editor, QAbstractItemDelegate::NoHint);
                m_tabPast();
                return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    std::function<bool()> m_leavesGrid;
    std::function<void()> m_tabPast;
};

} // namespace

SaleDialog::SaleDialog(Store &store, CustomerId customer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SaleDialog>())
    , m_store(store)
    , m_customer(customer)
{
    m_ui->setupUi(this);
    m_ui->linesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->messageLabel->hide();
    m_ui->linesTable->setItemDelegate(new LineDelegate(
        [this]() { return tabLeavesGrid(); }, [this]() { tabPastLastCell(); }, m_ui->linesTable));
    m_ui->linesTable->installEventFilter(this);
    const ReadResult<std::optional<CustomerArchive>> archive
        = customer ? store.customers().load(customer) : nothingChosen<CustomerArchive>();
    if (!archive.ok()) {
        // Not recorded as a walk-in sale, nor against a customer it cannot show.
        m_ui->customerLabel->setText(CouldNotRead::customer(archive.error));
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    } else if (const std::optional<CustomerArchive> &found = *archive.value) {
        m_customerName = found->customer.name;
        m_ui->customerLabel->setText(
            tr("Customer: %1 (%2)").arg(found->customer.name, found->customer.phone.masked()));
    } else {
        m_ui->customerLabel->setText(tr("Walk-in sale, no customer"));
    }

    connect(m_ui->addLineButton, &QPushButton::clicked, this, [this]() {
        const int left = m_ui->linesTable->currentRow();
        addLine();
        checkRow(left);
    });
    connect(m_ui->removeLineButton, &QPushButton::clicked, this, [this]() {
        m_ui->linesTable->removeRow(m_ui->linesTable->currentRow());
        // What was said may name a row that has gone or moved up; Save checks again.
        showProblem(-1, QString());
        updateTotal();
    });
    connect(m_ui->linesTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        updateTotal();
        // A mended row loses its message at once; a new mistake waits until the row is left.
        if (item->row() == m_problemRow) {
            QString problem;
            readRow(item->row(), problem);
            if (problem.isEmpty())
                showProblem(-1, QString());
        }
    });
    connect(m_ui->linesTable, &QTableWidget::currentCellChanged, this,
        [this](int currentRow, int, int previousRow, int) {
            if (previousRow >= 0 && previousRow != currentRow)
                checkRow(previousRow);
        });
    m_ui->couponLabel->hide();
    m_ui->couponLineEdit->installEventFilter(this);
    connect(m_ui->couponLineEdit, &QLineEdit::textEdited, this, [this]() {
        m_coupon.reset();
        m_ui->couponLabel->hide();
        updateTotal();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SaleDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addLine();
    m_ui->linesTable->setFocus(Qt::OtherFocusReason);
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

bool SaleDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the coupon field looks the code up; it does not save the sale.
    if (watched == m_ui->couponLineEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            checkCoupon();
            return true;
        }
    }
    // Tab on the table itself, when no cell is being edited.
    if (watched == m_ui->linesTable && isPlainTab(event) && tabLeavesGrid()) {
        tabPastLastCell();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

bool SaleDialog::tabLeavesGrid() const
{
    const QTableWidget *table = m_ui->linesTable;
    const int row = table->currentRow();
    if (row < 0 || row != table->rowCount() - 1)
        return false;
    if (table->currentColumn() == ColumnCount - 1)
        return true;
    // The empty row Tab added after the last item: nothing more to sell, so on to Save.
    QString problem;
    return row > 0 && !readRow(row, problem) && problem.isEmpty();
}

void SaleDialog::tabPastLastCell()
{
    QTableWidget *table = m_ui->linesTable;
    const int row = table->rowCount() - 1;
    QString problem;
    if (table->currentColumn() == ColumnCount - 1 && readRow(row, problem) && problem.isEmpty()) {
        addLine();
        checkRow(row);
        table->setFocus(Qt::TabFocusReason);
        table->edit(table->currentIndex());
        return;
    }
    checkRow(row);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setFocus(Qt::TabFocusReason);
}

std::optional<SaleLine> SaleDialog::readRow(int row, QString &problem) const
{
    const QTableWidget *table = m_ui->linesTable;
    auto text = [table, row](int column) {
        const QTableWidgetItem *item = table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    problem.clear();
    SaleLine line;
    line.styleNumber = text(StyleColumn);
    line.category = text(CategoryColumn);
    line.colour = text(ColourColumn);
    line.size = text(SizeColumn);
    if (line.styleNumber.isEmpty() && text(ListPriceColumn).isEmpty())
        return std::nullopt; // an untouched row
    bool quantityOk = false;
    line.quantity = text(QuantityColumn).toInt(&quantityOk);
    const std::optional<Money> list = Money::parse(text(ListPriceColumn));
    // An empty paid price means no discount.
    const QString paidText = text(PaidPriceColumn);
    const std::optional<Money> paid = paidText.isEmpty() ? list : Money::parse(paidText);
    if (!quantityOk) {
        problem = tr("Line %1: the quantity is not a whole number.").arg(row + 1);
        return std::nullopt;
    }
    if (!list || !paid) {
        problem = tr("Line %1: a price is not an amount in yuan, e.g. 299 or 299.50.").arg(row + 1);
        return std::nullopt;
    }
    line.listPrice = *list;
    line.paidPrice = *paid;
    return line;
}

SaleDialog::TypedLines SaleDialog::lines() const
{
    TypedLines result;
    for (int row = 0; row < m_ui->linesTable->rowCount(); ++row) {
        QString problem;
        if (const std::optional<SaleLine> line = readRow(row, problem))
            result.lines << *line;
        else if (!problem.isEmpty())
            result.problem = problem;
    }
    return result;
}

void SaleDialog::updateTotal()
{
    Money total;
    for (const SaleLine &line : lines().lines)
        total += line.paidTotal();
    m_ui->totalLabel->setText(DisplayFormat::amount(total - couponDiscount(total)));
}

Money SaleDialog::couponDiscount(Money linesTotal)
{
    if (!m_coupon)
        return Money();
    const std::optional<CustomerId> customer
        = m_customer ? std::optional<CustomerId>(m_customer) : std::nullopt;
    const CouponEffect effect = couponEffect(*m_coupon, customer, linesTotal, m_store.clock().today());
    const QString text = effect.ok() ? CouponService::effectText(*m_coupon, effect, linesTotal)
                                     : CouponService::refusalText(*m_coupon, effect.refusal, linesTotal);
    m_ui->couponLabel->setText(text);
    m_ui->couponLabel->setStyleSheet(effect.ok() ? QString() : QStringLiteral("color: #c0392b;"));
    m_ui->couponLabel->show();
    return effect.discount;
}

void SaleDialog::checkCoupon()
{
    const QString typed = m_ui->couponLineEdit->text();
    m_coupon.reset();
    if (typed.trimmed().isEmpty()) {
        m_ui->couponLabel->hide();
        updateTotal();
        return;
    }
    const ReadResult<std::optional<Coupon>> found = m_store.coupons().findByCode(typed);
    if (!found.ok() || !*found.value) {
        m_ui->couponLabel->setText(found.ok() ? CouponService::noMatchText(typed) : found.error);
        m_ui->couponLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_ui->couponLabel->show();
        updateTotal();
        return;
    }
    m_coupon = *found.value;
    m_ui->couponLineEdit->setText(coupon_code::display(m_coupon->code));
    updateTotal();
}

void SaleDialog::checkRow(int row)
{
    if (row < 0 || row >= m_ui->linesTable->rowCount())
        return;
    QString problem;
    readRow(row, problem);
    if (!problem.isEmpty())
        showProblem(row, problem);
    else if (row == m_problemRow)
        showProblem(-1, QString());
}

void SaleDialog::showProblem(int row, const QString &problem)
{
    m_problemRow = problem.isEmpty() ? -1 : row;
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_ui->messageLabel->setText(problem);
    m_ui->messageLabel->setVisible(!problem.isEmpty());
}

void SaleDialog::save()
{
    TypedLines typed = lines();
    Sale sale;
    sale.lines = std::move(typed.lines);
    if (m_customer != 0)
        sale.customerId = m_customer;
    sale.note = m_ui->noteLineEdit->text().trimmed();
    sale.couponCode = m_ui->couponLineEdit->text().trimmed();
    if (!typed.problem.isEmpty()) {
        showProblem(-1, typed.problem);
        return;
    }
    if (m_saleKey.isNull())
        m_saleKey = QUuid::createUuid();
    sale.clientKey = m_saleKey;
    if (m_fateUnknown)
        askWhetherStored(sale, true);
    else
        record(sale);
}

void SaleDialog::record(const Sale &sale)
{
    const SaleResult result = m_store.sales().recordSale(sale);
    if (result.ok()) {
        finish(sale, result);
        return;
    }
    if (!result.connectionLost) {
        showProblem(-1, result.message);
        return;
    }
    m_fateUnknown = true;
    setEditable(false);
    m_ui->buttonBox->setEnabled(false);
    showConnectionState(tr("The connection to the server was lost while the sale was being saved. "
                           "Checking whether it was stored…"));
    // Shown first, then asked: reconnecting may take up to the connection's 5 s timeout.
    QTimer::singleShot(100, this, [this, sale]() { askWhetherStored(sale, false); });
}

void SaleDialog::askWhetherStored(const Sale &sale, bool resend)
{
    const StoredSaleCheck check = m_store.sales().checkStored(sale);
    m_ui->buttonBox->setEnabled(true);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Try again"));
    switch (check.state) {
    case StoredSaleCheck::State::Stored:
        finish(sale, check.sale);
        return;
    case StoredSaleCheck::State::NotStored:
        m_fateUnknown = false;
        setEditable(true);
        if (resend) {
            record(sale);
            return;
        }
        showConnectionState(tr("The connection to the server was lost and the sale was not stored. The "
                               "connection is back: press Try again to save it."));
        return;
    case StoredSaleCheck::State::NotKnown:
        showConnectionState(tr("The connection to the server was lost and the server cannot be reached "
                               "yet, so whether the sale was stored is not known. Check the network, then "
                               "press Try again: a sale that was stored is not stored twice."));
        return;
    }
}

void SaleDialog::finish(const Sale &sale, const SaleResult &result)
{
    m_saleId = result.id;
    const QString total = DisplayFormat::amount(sale.linesTotal() - result.couponDiscount);
    m_doneText = m_customerName.isEmpty()
        ? tr("Walk-in sale recorded: %1.").arg(total)
        : tr("Sale recorded: %1, +%n point(s) for %2.", nullptr, int(result.pointsEarned))
              .arg(total, m_customerName);
    if (result.foundStored)
        m_doneText = tr("The sale had reached the store before the connection was lost; it was not "
                        "stored again. %1")
                         .arg(m_doneText);
    accept();
}

void SaleDialog::showConnectionState(const QString &text)
{
    m_problemRow = -1;
    m_ui->messageLabel->setStyleSheet(QString());
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void SaleDialog::setEditable(bool editable)
{
    const QList<QWidget *> inputs = {m_ui->linesTable, m_ui->addLineButton, m_ui->removeLineButton,
        m_ui->noteLineEdit, m_ui->couponLineEdit};
    for (QWidget *input : inputs)
        input->setEnabled(editable);
}

} // namespace atelier
