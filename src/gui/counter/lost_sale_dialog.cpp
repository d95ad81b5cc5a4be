#include "gui/counter/lost_sale_dialog.h"

#include "gui/common/could_not_read.h"
#include "services/customer_service.h"
#include "services/lost_sales.h"
#include "services/store.h"
#include "ui_lost_sale_dialog.h"

#include <QPushButton>

namespace atelier {

LostSaleDialog::LostSaleDialog(Store &store, CustomerId shownCustomer, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LostSaleDialog>())
    , m_store(store)
    , m_customer(shownCustomer)
{
    m_ui->setupUi(this);
    for (LostSaleReason reason : LostSale::reasons())
        m_ui->reasonComboBox->addItem(LostSale::reasonLabel(reason), lostSaleReasonCode(reason));
    const ReadResult<std::optional<CustomerArchive>> read
        = shownCustomer ? store.customers().load(shownCustomer) : nothingChosen<CustomerArchive>();
    const std::optional<CustomerArchive> archive = read.value.value_or(std::nullopt);
    if (!read.ok()) {
        // The lost sale still counts for buying, without a customer it cannot name.
        m_customer = 0;
        m_ui->customerCheckBox->setChecked(false);
        m_ui->customerCheckBox->setEnabled(false);
        m_ui->customerCheckBox->setText(CouldNotRead::customer(read.error));
    } else if (archive) {
        m_ui->customerCheckBox->setText(
            tr("For the customer on the card: %1 (she hears when it arrives)").arg(archive->customer.name));
        m_ui->customerCheckBox->setChecked(true);
    } else {
        m_customer = 0;
        m_ui->customerCheckBox->hide();
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LostSaleDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_ui->styleLineEdit, m_ui->categoryLineEdit, m_ui->colourLineEdit,
             m_ui->sizeLineEdit, m_ui->noteLineEdit})
        connect(edit, &QLineEdit::textEdited, m_ui->messageLabel, &QLabel::clear);
    m_ui->styleLineEdit->setFocus(Qt::OtherFocusReason);
}

LostSaleDialog::~LostSaleDialog() = default;

QWidget *LostSaleDialog::fieldNamed(const QString &field) const
{
    if (field == QLatin1String("category"))
        return m_ui->categoryLineEdit;
    if (field == QLatin1String("colour"))
        return m_ui->colourLineEdit;
    if (field == QLatin1String("size"))
        return m_ui->sizeLineEdit;
    if (field == QLatin1String("note"))
        return m_ui->noteLineEdit;
    if (field.isEmpty())
        return nullptr;
    return m_ui->styleLineEdit; // "wanted", "style_no"
}

QString LostSaleDialog::doneText() const
{
    if (!m_recorded)
        return QString();
    return m_recorded->size.isEmpty()
        ? tr("Lost sale noted: %1.").arg(m_recorded->wanted())
        : tr("Lost sale noted: %1 size %2.").arg(m_recorded->wanted(), m_recorded->size);
}

void LostSaleDialog::accept()
{
    LostSale sale;
    sale.styleNumber = m_ui->styleLineEdit->text();
    sale.category = m_ui->categoryLineEdit->text();
    sale.colour = m_ui->colourLineEdit->text();
    sale.size = m_ui->sizeLineEdit->text();
    sale.reason = lostSaleReasonFromCode(m_ui->reasonComboBox->currentData().toString())
                      .value_or(LostSaleReason::SizeOutOfStock);
    sale.note = m_ui->noteLineEdit->text();
    if (m_customer != 0 && m_ui->customerCheckBox->isChecked())
        sale.customer = m_customer;
    const LostSaleResult result = m_store.lostSales().record(sale);
    if (!result.ok()) {
        m_ui->messageLabel->setText(result.message);
        m_refused.mark(this, fieldNamed(result.field));
        return;
    }
    m_refused.mark(this, nullptr);
    m_recorded = result.sale;
    QDialog::accept();
}

} // namespace atelier
