#include "gui/loyalty/loyalty_rules_editor.h"

#include "core/display_format.h"
#include "gui/common/money_spin_box.h"
#include "gui/common/spin_box_affixes.h"

#include "ui_loyalty_rules_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

// A threshold reads in whole yuan, like DisplayFormat::threshold: "¥5,000", not "5000.00 元". A stored
// threshold with fen keeps its two decimals, so that saving another rule does not round it away.
void setThreshold(QDoubleSpinBox *box, Money money)
{
    box->setDecimals(money.fen() % 100 == 0 ? 0 : 2);
    setMoney(box, money);
}

int percentOf(const QDoubleSpinBox *box)
{
    return int(std::lround(box->value() * 100.0));
}

void setPercent(QDoubleSpinBox *box, int percent)
{
    box->setValue(double(percent) / 100.0);
}

} // namespace

LoyaltyRulesEditor::LoyaltyRulesEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoyaltyRulesEditor>())
{
    m_ui->setupUi(this);
    // Each label and its number read as one phrase: "VIP：最近一次消费在 [30 天内]", "沉睡：超过 [182
    // 天未消费]".
    setAffixes(m_ui->frequencyWindowSpinBox, tr("%1 days", "the frequency window"));
    for (QSpinBox *days : {m_ui->vipRecencySpinBox, m_ui->activeRecencySpinBox})
        setAffixes(days, tr("%1 days", "VIP or Active: bought within"));
    setAffixes(m_ui->dormantAfterSpinBox, tr("%1 days", "Dormant after"));
    setAffixes(m_ui->dormantMaxPurchasesSpinBox, tr("%1 purchases"));
    m_ui->dormantMaxPurchasesSpinBox->setSpecialValueText(tr("Any number"));
    m_ui->potentialBandComboBox->addItem(
        tr("Automatic: 20th to 80th percentile"), static_cast<int>(SpendBandMode::Automatic));
    m_ui->potentialBandComboBox->addItem(tr("These amounts"), static_cast<int>(SpendBandMode::Fixed));
    m_ui->potentialBandComboBox->addItem(tr("Off: any spend"), static_cast<int>(SpendBandMode::Off));
    m_ui->potentialBandComboBox->setItemData(0,
        tr("Of the lifetime spend of the customers who bought within the Active recency, measured by "
           "every nightly run."),
        Qt::ToolTipRole);
    connect(m_ui->potentialBandComboBox, &QComboBox::activated, this, [this] {
        showBandMode();
        emit edited();
    });
    connect(m_ui->redeemFromSilverCheckBox, &QCheckBox::toggled, this, &LoyaltyRulesEditor::edited);
    for (QSpinBox *purchases : {m_ui->vipMinPurchasesSpinBox, m_ui->activeMinPurchasesSpinBox})
        setAffixes(purchases, tr("%1 purchases"));
    for (QSpinBox *months : {m_ui->tierWindowSpinBox, m_ui->keepMonthsSpinBox, m_ui->expiryMonthsSpinBox})
        setAffixes(months, tr("%1 months"));
    // 0 months means something else for these two fields: say it in words.
    m_ui->tierWindowSpinBox->setSpecialValueText(tr("Lifetime"));
    m_ui->expiryMonthsSpinBox->setSpecialValueText(tr("Never"));
    // Money as DisplayFormat writes it: ¥ before the amount, digits grouped.
    for (QDoubleSpinBox *money :
        {m_ui->vipMinSpendSpinBox, m_ui->potentialMinSpendSpinBox, m_ui->potentialMaxSpendSpinBox,
            m_ui->silverSpinBox, m_ui->goldSpinBox, m_ui->blackSpinBox, m_ui->redeemValueSpinBox}) {
        money->setPrefix(QStringLiteral("¥"));
        money->setGroupSeparatorShown(true);
    }
    for (QDoubleSpinBox *factor : {m_ui->memberFactorSpinBox, m_ui->silverFactorSpinBox,
             m_ui->goldFactorSpinBox, m_ui->blackFactorSpinBox})
        setAffixes(factor, tr("%1×", "a points multiplier"));
    setAffixes(m_ui->redeemPointsSpinBox, tr("%1 points"));
    m_ui->nightlyHourSpinBox->setSuffix(QStringLiteral(":00"));

    for (QAbstractSpinBox *box : findChildren<QAbstractSpinBox *>()) {
        box->setAlignment(Qt::AlignRight);
        box->setMinimumWidth(130);
        connect(box, &QAbstractSpinBox::editingFinished, this, &LoyaltyRulesEditor::edited);
    }
}

LoyaltyRulesEditor::~LoyaltyRulesEditor() = default;

void LoyaltyRulesEditor::setRules(const LoyaltyRules &rules)
{
    const SegmentRules &s = rules.segments;
    m_ui->frequencyWindowSpinBox->setValue(s.frequencyWindowDays);
    m_ui->vipRecencySpinBox->setValue(s.vipRecencyDays);
    m_ui->vipMinPurchasesSpinBox->setValue(s.vipMinPurchases);
    setThreshold(m_ui->vipMinSpendSpinBox, s.vipMinSpend);
    m_ui->activeRecencySpinBox->setValue(s.activeRecencyDays);
    m_ui->activeMinPurchasesSpinBox->setValue(s.activeMinPurchases);
    m_ui->dormantAfterSpinBox->setValue(s.dormantAfterDays);
    m_ui->dormantMaxPurchasesSpinBox->setValue(s.dormantMaxPurchases);
    m_ui->potentialBandComboBox->setCurrentIndex(
        std::max(0, m_ui->potentialBandComboBox->findData(static_cast<int>(s.potentialBand))));
    setThreshold(m_ui->potentialMinSpendSpinBox, s.potentialMinSpend);
    setThreshold(m_ui->potentialMaxSpendSpinBox, s.potentialMaxSpend);
    showBandMode();

    const TierRules &t = rules.tiers;
    m_ui->tierWindowSpinBox->setValue(t.spendWindowMonths);
    setThreshold(m_ui->silverSpinBox, t.silver);
    setThreshold(m_ui->goldSpinBox, t.gold);
    setThreshold(m_ui->blackSpinBox, t.black);
    m_ui->keepMonthsSpinBox->setValue(t.keepMonths);

    const PointsRules &p = rules.points;
    m_ui->pointsPerYuanSpinBox->setValue(p.pointsPerYuan);
    setPercent(m_ui->memberFactorSpinBox, p.memberPercent);
    setPercent(m_ui->silverFactorSpinBox, p.silverPercent);
    setPercent(m_ui->goldFactorSpinBox, p.goldPercent);
    setPercent(m_ui->blackFactorSpinBox, p.blackPercent);
    m_ui->redeemPointsSpinBox->setValue(p.redeemPoints);
    setMoney(m_ui->redeemValueSpinBox, p.redeemValue);
    m_ui->expiryMonthsSpinBox->setValue(p.expiryMonths);
    m_ui->redeemFromSilverCheckBox->setChecked(p.redeemFromSilver);

    m_ui->nightlyHourSpinBox->setValue(rules.nightlyHour);
    markProblem(QString());
}

LoyaltyRules LoyaltyRulesEditor::rules() const
{
    LoyaltyRules rules;
    SegmentRules &s = rules.segments;
    s.frequencyWindowDays = m_ui->frequencyWindowSpinBox->value();
    s.vipRecencyDays = m_ui->vipRecencySpinBox->value();
    s.vipMinPurchases = m_ui->vipMinPurchasesSpinBox->value();
    s.vipMinSpend = moneyOf(m_ui->vipMinSpendSpinBox);
    s.activeRecencyDays = m_ui->activeRecencySpinBox->value();
    s.activeMinPurchases = m_ui->activeMinPurchasesSpinBox->value();
    s.dormantAfterDays = m_ui->dormantAfterSpinBox->value();
    s.dormantMaxPurchases = m_ui->dormantMaxPurchasesSpinBox->value();
    s.potentialBand = static_cast<SpendBandMode>(m_ui->potentialBandComboBox->currentData().toInt());
    s.potentialMinSpend = moneyOf(m_ui->potentialMinSpendSpinBox);
    s.potentialMaxSpend = moneyOf(m_ui->potentialMaxSpendSpinBox);

    TierRules &t = rules.tiers;
    t.spendWindowMonths = m_ui->tierWindowSpinBox->value();
    t.silver = moneyOf(m_ui->silverSpinBox);
    t.gold = moneyOf(m_ui->goldSpinBox);
    t.black = moneyOf(m_ui->blackSpinBox);
    t.keepMonths = m_ui->keepMonthsSpinBox->value();

    PointsRules &p = rules.points;
    p.pointsPerYuan = m_ui->pointsPerYuanSpinBox->value();
    p.memberPercent = percentOf(m_ui->memberFactorSpinBox);
    p.silverPercent = percentOf(m_ui->silverFactorSpinBox);
    p.goldPercent = percentOf(m_ui->goldFactorSpinBox);
    p.blackPercent = percentOf(m_ui->blackFactorSpinBox);
    p.redeemPoints = m_ui->redeemPointsSpinBox->value();
    p.redeemValue = moneyOf(m_ui->redeemValueSpinBox);
    p.expiryMonths = m_ui->expiryMonthsSpinBox->value();
    p.redeemFromSilver = m_ui->redeemFromSilverCheckBox->isChecked();

    rules.nightlyHour = m_ui->nightlyHourSpinBox->value();
    return rules;
}

void LoyaltyRulesEditor::setMeasuredBand(
    const std::optional<SpendBand> &band, const QDate &asOf, const QString &error)
{
    QString text;
    if (!error.isEmpty())
        text = tr("This store's band could not be read: %1").arg(error);
    else if (!asOf.isValid())
        text = tr("This store now: measured by the first nightly run.");
    else if (!band)
        text = tr("This store now: nobody bought recently (as of %1).").arg(DisplayFormat::date(asOf));
    else
        text = tr("This store now: %1–%2 (as of %3)")
                   .arg(DisplayFormat::amount(band->low), DisplayFormat::amount(band->high),
                       DisplayFormat::date(asOf));
    m_ui->measuredBandLabel->setText(text);
}

void LoyaltyRulesEditor::showBandMode()
{
    // The amounts are the band only when chosen; the measured band matters only when automatic.
    const auto mode = static_cast<SpendBandMode>(m_ui->potentialBandComboBox->currentData().toInt());
    m_ui->potentialMinSpendSpinBox->setEnabled(mode == SpendBandMode::Fixed);
    m_ui->potentialMaxSpendSpinBox->setEnabled(mode == SpendBandMode::Fixed);
    m_ui->measuredBandLabel->setEnabled(mode == SpendBandMode::Automatic);
}

void LoyaltyRulesEditor::markProblem(const QString &field)
{
    m_mark.mark(this, fieldFor(field));
}

QWidget *LoyaltyRulesEditor::fieldFor(const QString &key) const
{
    // The keys LoyaltyRules::check() names (the settings keys).
    const std::pair<const char *, QWidget *> fields[] = {
        {"segments.frequency_window_days", m_ui->frequencyWindowSpinBox},
        {"segments.vip_recency_days", m_ui->vipRecencySpinBox},
        {"segments.vip_min_purchases", m_ui->vipMinPurchasesSpinBox},
        {"segments.vip_min_spend", m_ui->vipMinSpendSpinBox},
        {"segments.active_recency_days", m_ui->activeRecencySpinBox},
        {"segments.active_min_purchases", m_ui->activeMinPurchasesSpinBox},
        {"segments.dormant_after_days", m_ui->dormantAfterSpinBox},
        {"segments.dormant_max_purchases", m_ui->dormantMaxPurchasesSpinBox},
        {"segments.potential_band", m_ui->potentialBandComboBox},
        {"segments.potential_min_spend", m_ui->potentialMinSpendSpinBox},
        {"segments.potential_max_spend", m_ui->potentialMaxSpendSpinBox},
        {"tiers.spend_window_months", m_ui->tierWindowSpinBox},
        {"tiers.silver", m_ui->silverSpinBox},
        {"tiers.gold", m_ui->goldSpinBox},
        {"tiers.black", m_ui->blackSpinBox},
        {"tiers.keep_months", m_ui->keepMonthsSpinBox},
        {"points.per_yuan", m_ui->pointsPerYuanSpinBox},
        {"points.member_percent", m_ui->memberFactorSpinBox},
        {"points.silver_percent", m_ui->silverFactorSpinBox},
        {"points.gold_percent", m_ui->goldFactorSpinBox},
        {"points.black_percent", m_ui->blackFactorSpinBox},
        {"points.redeem_points", m_ui->redeemPointsSpinBox},
        {"points.redeem_value", m_ui->redeemValueSpinBox},
        {"points.expiry_months", m_ui->expiryMonthsSpinBox},
        {"points.redeem_from_silver", m_ui->redeemFromSilverCheckBox},
        {"nightly.hour", m_ui->nightlyHourSpinBox},
    };
    for (const auto &[name, widget] : fields)
        if (key == QLatin1String(name))
            return widget;
    return nullptr;
}

} // namespace atelier
