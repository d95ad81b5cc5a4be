#include "gui/loyalty/benefits_editor.h"

#include "core/labels.h"
#include "gui/common/money_spin_box.h"
#include "services/benefit_service.h"
#include "services/coupon_service.h"
#include "services/store.h"
#include "ui_benefits_editor.h"

#include <QHeaderView>

namespace atelier {

namespace {

template <typename Enum> void selectData(QComboBox *combo, Enum value)
{
    const int index = combo->findData(static_cast<int>(value));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

template <typename Enum> Enum dataOf(const QComboBox *combo)
{
    return static_cast<Enum>(combo->currentData().toInt());
}

QString couponText(const TierBenefit &b)
{
    if (!b.coupon)
        return QString();
    return BenefitsEditor::tr("%1, valid %2 days")
        .arg(CouponService::valueText(b.coupon->kind, b.coupon->value))
        .arg(b.coupon->validDays);
}

} // namespace

BenefitsEditor::BenefitsEditor(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BenefitsEditor>())
    , m_store(store)
{
    m_ui->setupUi(this);
    fillCombos();
    m_ui->benefitsTable->setColumnCount(4);
    m_ui->benefitsTable->setHorizontalHeaderLabels(
        {tr("Tier"), tr("Benefit"), tr("How often"), tr("Coupon")});
    m_ui->benefitsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_ui->benefitsTable, &QTableWidget::itemSelectionChanged, this, &BenefitsEditor::showSelected);
    connect(m_ui->kindComboBox, &QComboBox::currentIndexChanged, this, &BenefitsEditor::showCouponFields);
    connect(m_ui->newButton, &QPushButton::clicked, this, &BenefitsEditor::startNew);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &BenefitsEditor::save);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &BenefitsEditor::remove);
    startNew();
    reload();
}

BenefitsEditor::~BenefitsEditor() = default;

void BenefitsEditor::fillCombos()
{
    for (const Tier tier : {Tier::Silver, Tier::Gold, Tier::Black})
        m_ui->tierComboBox->addItem(Labels::of(tier), static_cast<int>(tier));
    for (const BenefitKind kind : TierBenefit::storedKinds())
        m_ui->kindComboBox->addItem(TierBenefit::kindLabel(kind), static_cast<int>(kind));
    for (const BenefitPeriod period : {BenefitPeriod::Yearly, BenefitPeriod::PerVisit, BenefitPeriod::Always})
        m_ui->periodComboBox->addItem(TierBenefit::periodLabel(period), static_cast<int>(period));
    m_ui->couponKindComboBox->addItem(tr("Percent off"), static_cast<int>(CouponKind::Percent));
    m_ui->couponKindComboBox->addItem(tr("Amount off"), static_cast<int>(CouponKind::Amount));
    m_ui->couponKindComboBox->addItem(tr("A gift"), static_cast<int>(CouponKind::Gift));
}

void BenefitsEditor::reload()
{
    const ReadResult<QList<TierBenefit>> read = m_store.benefits().list();
    m_benefits = read.value.value_or(QList<TierBenefit>());
    if (!read.ok()) {
        m_ui->messageLabel->setText(tr("The benefits could not be read: %1").arg(read.error));
        m_ui->saveButton->setEnabled(false);
    }
    const QSignalBlocker quiet(m_ui->benefitsTable);
    m_ui->benefitsTable->setRowCount(int(m_benefits.size()));
    int selected = -1;
    for (int row = 0; row < m_benefits.size(); ++row) {
        const TierBenefit &b = m_benefits.at(row);
        m_ui->benefitsTable->setItem(row, 0, new QTableWidgetItem(Labels::of(b.tier)));
        m_ui->benefitsTable->setItem(row, 1, new QTableWidgetItem(b.words()));
        m_ui->benefitsTable->setItem(row, 2, new QTableWidgetItem(TierBenefit::periodLabel(b.period)));
        m_ui->benefitsTable->setItem(row, 3, new QTableWidgetItem(couponText(b)));
        if (b.id == m_editing)
            selected = row;
    }
    if (selected >= 0)
        m_ui->benefitsTable->selectRow(selected);
    m_ui->removeButton->setEnabled(selected >= 0);
}

void BenefitsEditor::showSelected()
{
    const int row = m_ui->benefitsTable->currentRow();
    if (row < 0 || row >= m_benefits.size())
        return;
    m_editing = m_benefits.at(row).id;
    showBenefit(m_benefits.at(row));
    m_ui->removeButton->setEnabled(true);
    m_ui->messageLabel->clear();
    m_mark.mark(this, nullptr);
}

void BenefitsEditor::showBenefit(const TierBenefit &b)
{
    selectData(m_ui->tierComboBox, b.tier);
    selectData(m_ui->kindComboBox, b.kind);
    m_ui->wordsZhLineEdit->setText(b.wordsZh);
    m_ui->wordsEnLineEdit->setText(b.wordsEn);
    selectData(m_ui->periodComboBox, b.period);
    const BenefitCoupon coupon = b.coupon.value_or(BenefitCoupon{});
    selectData(m_ui->couponKindComboBox, coupon.kind);
    // An amount in whole yuan, a percent as it is (a gift has no value).
    m_ui->couponValueSpinBox->setValue(
        int(coupon.kind == CouponKind::Amount ? coupon.value / 100 : coupon.value));
    setMoney(m_ui->couponMinSpendSpinBox, coupon.minSpend);
    m_ui->couponValidDaysSpinBox->setValue(coupon.validDays);
    showCouponFields();
}

void BenefitsEditor::showCouponFields()
{
    // Only the birthday coupon and the gift box are issued as coupons: the template is theirs.
    const bool coupon = TierBenefit::isCouponKind(dataOf<BenefitKind>(m_ui->kindComboBox));
    for (QWidget *field :
        {static_cast<QWidget *>(m_ui->couponKindComboBox), static_cast<QWidget *>(m_ui->couponValueSpinBox),
            static_cast<QWidget *>(m_ui->couponMinSpendSpinBox),
            static_cast<QWidget *>(m_ui->couponValidDaysSpinBox)})
        field->setEnabled(coupon);
}

TierBenefit BenefitsEditor::collect() const
{
    TierBenefit b;
    for (const TierBenefit &listed : m_benefits)
        if (listed.id == m_editing && m_editing != 0)
            b = listed;
    b.id = m_editing;
    b.tier = dataOf<Tier>(m_ui->tierComboBox);
    b.kind = dataOf<BenefitKind>(m_ui->kindComboBox);
    b.wordsZh = m_ui->wordsZhLineEdit->text();
    b.wordsEn = m_ui->wordsEnLineEdit->text();
    b.period = dataOf<BenefitPeriod>(m_ui->periodComboBox);
    if (TierBenefit::isCouponKind(b.kind)) {
        const CouponKind kind = dataOf<CouponKind>(m_ui->couponKindComboBox);
        const std::int64_t value = m_ui->couponValueSpinBox->value();
        b.coupon = BenefitCoupon{kind, kind == CouponKind::Amount ? Money::fromYuan(value).fen() : value,
            moneyOf(m_ui->couponMinSpendSpinBox), m_ui->couponValidDaysSpinBox->value()};
    } else
        b.coupon.reset();
    return b;
}

void BenefitsEditor::startNew()
{
    m_editing = 0;
    m_ui->benefitsTable->clearSelection();
    TierBenefit fresh;
    fresh.coupon = BenefitCoupon{};
    showBenefit(fresh);
    m_ui->removeButton->setEnabled(false);
    m_mark.mark(this, nullptr);
    m_ui->wordsZhLineEdit->setFocus(Qt::OtherFocusReason);
}

void BenefitsEditor::save()
{
    const BenefitSaveResult saved = m_store.benefits().save(collect());
    m_mark.mark(this, saved.ok() ? nullptr : fieldFor(saved.field));
    m_ui->messageLabel->setText(saved.ok() ? tr("Benefit saved.") : saved.message);
    if (!saved.ok())
        return;
    m_editing = saved.benefit->id;
    reload();
}

void BenefitsEditor::remove()
{
    if (m_editing == 0)
        return;
    const WriteResult removed = m_store.benefits().remove(m_editing);
    m_ui->messageLabel->setText(removed.ok() ? tr("Benefit removed.") : removed.error);
    if (!removed.ok())
        return;
    startNew();
    reload();
}

QWidget *BenefitsEditor::fieldFor(const QString &field) const
{
    // The fields TierBenefit::check() names.
    const std::pair<const char *, QWidget *> fields[] = {
        {"tier", m_ui->tierComboBox},
        {"kind", m_ui->kindComboBox},
        {"words_zh", m_ui->wordsZhLineEdit},
        {"words_en", m_ui->wordsEnLineEdit},
        {"coupon", m_ui->couponKindComboBox},
        {"coupon_value", m_ui->couponValueSpinBox},
        {"coupon_min_spend", m_ui->couponMinSpendSpinBox},
        {"coupon_valid_days", m_ui->couponValidDaysSpinBox},
    };
    for (const auto &[key, widget] : fields)
        if (field == QLatin1String(key))
            return widget;
    return nullptr;
}

} // namespace atelier
