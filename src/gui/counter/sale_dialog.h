#pragma once

#include "core/coupon.h"
#include "core/sale.h"

#include <QDialog>
#include <QUuid>

#include <memory>
#include <optional>

namespace Ui {
class SaleDialog;
}

namespace atelier {

class Store;
struct SaleResult;

// Records a sale at the counter: one row per style, prices typed in yuan, a running total. The
// service checks every line; its refusal is shown and nothing is stored. Made to be worked from the
// keyboard: typing in a cell edits it, Tab goes on cell by cell, and Tab from the last cell of the last
// row adds a row when that row is complete, or goes on to Save when it is not (as it does from an empty
// last row). A row is checked when the
// clerk leaves it or saves, never half-typed.
//
// On a server, the connection may go while the sale is being saved. The dialog says so at once, then
// reconnects and asks by the sale's key whether it arrived: stored (done), not stored, or not known yet
// while the server is out of reach; Try again re-sends the same key, so the sale is never stored twice.
// The sale stays as typed until its fate is known. The asking happens on the GUI thread: connecting
// gives up within the store's 5 s timeout.
class SaleDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        StyleColumn,
        CategoryColumn,
        ColourColumn,
        SizeColumn,
        QuantityColumn,
        ListPriceColumn,
        PaidPriceColumn,
        ColumnCount
    };

    // customer 0 records a walk-in sale with no customer.
    SaleDialog(Store &store, CustomerId customer, QWidget *parent = nullptr);
    ~SaleDialog() override;

    void addLine(const SaleLine &line = {});
    std::optional<SaleId> saleId() const { return m_saleId; }
    // Once saved, what the counter tells the clerk: "Sale recorded: ¥798.00, +79 points for 王小测".
    QString doneText() const { return m_doneText; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The line typed in `row`; nullopt for an untouched row, or with `problem` set when it cannot be read.
    std::optional<SaleLine> readRow(int row, QString &problem) const;
    // The lines as typed; a line that cannot be read is left out, and the last such says why.
    struct TypedLines
    {
        QList<SaleLine> lines;
        QString problem; // for the clerk, naming the line
    };
    TypedLines lines() const;
    void updateTotal();
    // Says what is wrong with the row the clerk has just left, or takes back what was said about it.
    void checkRow(int row);
    void showProblem(int row, const QString &problem);
    // Whether Tab from the current cell leaves the grid (where the table would wrap round): from the
    // last cell of the last row, or from anywhere in an empty last row after the first.
    bool tabLeavesGrid() const;
    // A complete last row, left from its last cell, gets a new one after it; otherwise the focus goes
    // on to Save.
    void tabPastLastCell();
    void save();
    void record(const Sale &sale);
    // After a lost connection: whether `sale` (by its key) reached the store. `resend`: the clerk
    // asked to try again, so a sale known not to be stored is sent again at once.
    void askWhetherStored(const Sale &sale, bool resend);
    void finish(const Sale &sale, const SaleResult &result);
    // A calm word about the connection, not a problem with what was typed.
    void showConnectionState(const QString &text);
    // While a sale's fate is not known, what was typed stays as it was sent.
    void setEditable(bool editable);
    // Looks up the code in the coupon field (Enter) and shows what it does to the sale or why it
    // is refused; the total follows.
    void checkCoupon();
    // The coupon's discount on `linesTotal`, shown beside the field; nothing without a usable coupon.
    Money couponDiscount(Money linesTotal);

    std::unique_ptr<Ui::SaleDialog> m_ui;
    Store &m_store;
    CustomerId m_customer;
    std::optional<SaleId> m_saleId;
    QString m_customerName; // empty for a walk-in sale
    QString m_doneText;
    std::optional<Coupon> m_coupon; // the coupon the field's code names, once looked up
    int m_problemRow = -1; // the row the shown problem is about; -1 none or all
    // Made when the clerk first presses Save; every later attempt sends the same key.
    QUuid m_saleKey;
    bool m_fateUnknown = false; // the connection went while saving and nobody has asked since
};

} // namespace atelier
