#include "gui/counter/redeem_points_dialog.h"

#include "core/display_format.h"
#include "core/points_rules.h"
#include "gui/common/could_not_read.h"
#include "services/customer_service.h"
#include "services/loyalty_service.h"
#include "services/store.h"
#include "ui_redeem_points_dialog.h"

#include <QLocale>
#include <QPushButton>

#include <algorithm>
#include <limits>

namespace atelier {

RedeemPointsDialog::RedeemPointsDialog(Store &store, CustomerId customer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RedeemPointsDialog>())
    , m_store(store)
    , m_customer(customer)
    , m_rules(store.loyalty().rules().points)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Redeem"));
    m_ui->messageLabel->hide();
    m_ui->doneLabel->hide();
    const ReadResult<std::optional<CustomerArchive>> archive = store.customers().load(customer);
    if (!archive.ok())
        m_ui->customerLabel->setText(CouldNotRead::customer(archive.error));
    else if (const std::optional<CustomerArchive> &found = *archive.value)
        m_ui->customerLabel->setText(
            tr("Customer: %1 (%2)").arg(found->customer.name, found->customer.phone.masked()));
    m_ui->pointsSpinBox->setSingleStep(std::max(1, m_rules.redeemPoints));
    m_ui->pointsSpinBox->setSuffix(tr(" points"));
    m_ui->pointsSpinBox->setGroupSeparatorShown(true);
    showBalance();
    m_ui->pointsSpinBox->setValue(m_ui->pointsSpinBox->minimum());
    showValue();

    connect(m_ui->pointsSpinBox, &QSpinBox::valueChanged, this, &RedeemPointsDialog::showValue);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RedeemPointsDialog::redeem);
    // After a redemption the only button left is Close, and the dialog has done its job.
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this,
        [this]() { m_result.ok() ? accept() : reject(); });
}

RedeemPointsDialog::~RedeemPointsDialog() = default;

void RedeemPointsDialog::showBalance()
{
    const ReadResult<qint64> read = m_store.points().balance(m_customer);
    if (!read.ok()) {
        // Nothing to redeem against a balance that could not be read.
        m_ui->balanceLabel->setText(QStringLiteral("—"));
        m_ui->pointsSpinBox->setRange(0, 0);
        m_ui->pointsSpinBox->setEnabled(false);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_ui->messageLabel->setText(tr("The points could not be read: %1").arg(read.error));
        m_ui->messageLabel->show();
        return;
    }
    const qint64 balance = *read.value;
    const int block = std::max(1, m_rules.redeemPoints);
    const qint64 redeemable
        = std::min<qint64>(balance / block * block, std::numeric_limits<int>::max() / block * block);
    m_ui->balanceLabel->setText(QLocale().toString(balance));
    const bool enough = redeemable >= block;
    m_ui->pointsSpinBox->setRange(enough ? block : 0, int(redeemable));
    m_ui->pointsSpinBox->setEnabled(enough);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(enough);
    if (!enough) {
        m_ui->messageLabel->setText(tr("Redeeming needs at least %1 points.").arg(QLocale().toString(block)));
        m_ui->messageLabel->show();
    }
}

void RedeemPointsDialog::showValue()
{
    const int points = m_ui->pointsSpinBox->value();
    // The service refuses a number of points that is not whole blocks; say so before it is asked.
    if (points > 0 && points % std::max(1, m_rules.redeemPoints) == 0)
        m_ui->valueLabel->setText(
            tr("%1 off the bill").arg(DisplayFormat::amount(redemptionValue(points, m_rules))));
    else
        m_ui->valueLabel->setText(
            tr("Points are redeemed in blocks of %1.").arg(QLocale().toString(m_rules.redeemPoints)));
}

void RedeemPointsDialog::redeem()
{
    m_ui->messageLabel->hide();
    const int points = m_ui->pointsSpinBox->value();
    m_result = m_store.points().redeem(m_customer, points);
    if (!m_result.ok()) {
        m_ui->messageLabel->setText(m_result.message);
        m_ui->messageLabel->show();
        return;
    }
    // The clerk must read what to take off the bill, so the dialog stays open until closed.
    m_ui->doneLabel->setText(tr("Redeemed %1 points: take %2 off the bill.")
                                 .arg(QLocale().toString(points), DisplayFormat::amount(m_result.value)));
    m_ui->doneLabel->show();
    m_ui->balanceLabel->setText(QLocale().toString(m_result.balance));
    m_ui->pointsSpinBox->setEnabled(false);
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Close);
}

} // namespace atelier
