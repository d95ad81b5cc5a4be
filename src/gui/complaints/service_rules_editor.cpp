#include "gui/complaints/service_rules_editor.h"

#include "gui/common/money_spin_box.h"
#include "gui/common/spin_box_affixes.h"
#include "services/service_settings.h"
#include "services/store.h"
#include "ui_service_rules_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>

#include <algorithm>
#include <cmath>

namespace atelier {

namespace {

QTime timeOf(int minutesAfterMidnight)
{
    return QTime(0, 0).addSecs(minutesAfterMidnight * 60);
}

int minutesOf(const QTimeEdit *edit)
{
    const QTime time = edit->time();
    return time.hour() * 60 + time.minute();
}

} // namespace

ServiceRulesEditor::ServiceRulesEditor(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServiceRulesEditor>())
    , m_store(store)
{
    m_ui->setupUi(this);
    for (QSpinBox *minutes :
        {m_ui->inStoreSpinBox, m_ui->phoneSpinBox, m_ui->wechatSpinBox, m_ui->onlineSpinBox})
        minutes->setSuffix(tr(" minutes"));
    m_ui->callbackSpinBox->setSuffix(tr(" hours after resolution"));
    for (QSpinBox *days :
        {m_ui->quietDaysSpinBox, m_ui->birthdaySpinBox, m_ui->wakeUpSpinBox, m_ui->activationAfterSpinBox,
            m_ui->prospectAfterSpinBox, m_ui->vipContactDaysSpinBox, m_ui->holidayLeadDaysSpinBox, m_ui->lifeEventLeadDaysSpinBox})
        days->setSuffix(tr(" days"));
    setAffixes(m_ui->activationFirstNightSpinBox, tr("%1 days ago", "a first purchase at most"));
    setAffixes(m_ui->prospectFirstNightSpinBox, tr("%1 days ago", "a prospect registered at most"));
    setAffixes(m_ui->dormantCouponPercentSpinBox, tr("%1 % off"));
    m_ui->dormantCouponPercentSpinBox->setSpecialValueText(tr("None", "a Dormant customer's discount of 0"));
    setAffixes(m_ui->vipContactLimitSpinBox, tr("%1 marketing contacts"));
    // What core Tier counts from (ServiceRules::holidayMinTier: 0 none, 1 Silver, 2 Gold, 3 Black).
    m_ui->holidayMinTierComboBox->addItem(tr("Everyone who accepts marketing"), 0);
    m_ui->holidayMinTierComboBox->addItem(tr("Silver and up"), 1);
    m_ui->holidayMinTierComboBox->addItem(tr("Gold and up"), 2);
    m_ui->holidayMinTierComboBox->addItem(tr("Black"), 3);
    m_ui->wakeUpSpinBox->setToolTip(tr("Days before the expected next purchase."));
    // ServiceRules::referralReward: 0 none, 1 points, 2 a coupon (issue 23).
    m_ui->referralRewardComboBox->addItem(tr("None"), 0);
    m_ui->referralRewardComboBox->addItem(tr("Points"), 1);
    m_ui->referralRewardComboBox->addItem(tr("A coupon"), 2);
    setAffixes(m_ui->referralPointsSpinBox, tr("%1 points"));
    // ServiceRules::clearWithoutConsent (issue 24, docs/privacy.md).
    m_ui->withoutConsentComboBox->addItem(tr("Keep it (flagged for the manager)"), false);
    m_ui->withoutConsentComboBox->addItem(tr("Clear it"), true);
    connect(
        m_ui->referralRewardComboBox, &QComboBox::currentIndexChanged, this, &ServiceRulesEditor::showCouponsOn);
    // Money as DisplayFormat writes it, like the loyalty rules: ¥ before the amount, digits grouped.
    for (QDoubleSpinBox *money : {m_ui->returnCouponValueSpinBox, m_ui->returnCouponMinSpendSpinBox,
             m_ui->complaintCouponValueSpinBox, m_ui->complaintCouponMinSpendSpinBox,
             m_ui->activationCouponValueSpinBox, m_ui->activationCouponMinSpendSpinBox,
             m_ui->referralCouponValueSpinBox, m_ui->referralCouponMinSpendSpinBox}) {
        money->setPrefix(QStringLiteral("¥"));
        money->setGroupSeparatorShown(true);
    }
    for (QDoubleSpinBox *minSpend : {m_ui->returnCouponMinSpendSpinBox, m_ui->complaintCouponMinSpendSpinBox,
             m_ui->activationCouponMinSpendSpinBox, m_ui->referralCouponMinSpendSpinBox})
        minSpend->setSpecialValueText(tr("None", "a coupon's minimum spend of 0"));
    for (QSpinBox *days : {m_ui->returnCouponValidDaysSpinBox, m_ui->complaintCouponValidDaysSpinBox,
             m_ui->activationCouponValidDaysSpinBox, m_ui->dormantCouponValidDaysSpinBox,
             m_ui->referralCouponValidDaysSpinBox})
        setAffixes(days, tr("%1 days", "a coupon is valid for"));
    for (QCheckBox *on :
        {m_ui->returnCouponCheckBox, m_ui->complaintCouponCheckBox, m_ui->activationCheckBox,
            m_ui->prospectCheckBox})
        connect(on, &QCheckBox::toggled, this, &ServiceRulesEditor::showCouponsOn);
    for (QAbstractSpinBox *box : findChildren<QAbstractSpinBox *>()) {
        box->setAlignment(Qt::AlignRight);
        box->setMinimumWidth(160);
    }
    connect(m_ui->saveServiceRulesButton, &QPushButton::clicked, this, &ServiceRulesEditor::save);
    connect(m_ui->revertServiceRulesButton, &QPushButton::clicked, this,
        [this]() { setRules(m_store.serviceSettings().rules()); });
    setRules(store.serviceSettings().rules());
}

ServiceRulesEditor::~ServiceRulesEditor() = default;

void ServiceRulesEditor::setRules(const ServiceRules &rules)
{
    m_ui->inStoreSpinBox->setValue(rules.inStoreMinutes);
    m_ui->phoneSpinBox->setValue(rules.phoneMinutes);
    m_ui->wechatSpinBox->setValue(rules.wechatMinutes);
    m_ui->onlineSpinBox->setValue(rules.onlineMinutes);
    m_ui->opensTimeEdit->setTime(timeOf(rules.opensAt));
    m_ui->closesTimeEdit->setTime(timeOf(rules.closesAt));
    m_ui->callbackSpinBox->setValue(rules.callbackAfterHours);
    m_ui->quietDaysSpinBox->setValue(rules.quietDays);
    m_ui->birthdaySpinBox->setValue(rules.birthdayLookaheadDays);
    m_ui->wakeUpSpinBox->setValue(rules.wakeUpLeadDays);
    m_ui->returnCouponCheckBox->setChecked(rules.returnCouponOn);
    setMoney(m_ui->returnCouponValueSpinBox, rules.returnCouponValue);
    setMoney(m_ui->returnCouponMinSpendSpinBox, rules.returnCouponMinSpend);
    m_ui->returnCouponValidDaysSpinBox->setValue(rules.returnCouponValidDays);
    m_ui->complaintCouponCheckBox->setChecked(rules.complaintCouponOn);
    setMoney(m_ui->complaintCouponValueSpinBox, rules.complaintCouponValue);
    setMoney(m_ui->complaintCouponMinSpendSpinBox, rules.complaintCouponMinSpend);
    m_ui->complaintCouponValidDaysSpinBox->setValue(rules.complaintCouponValidDays);
    m_ui->activationCheckBox->setChecked(rules.activationOn);
    m_ui->activationAfterSpinBox->setValue(rules.activationAfterDays);
    m_ui->activationFirstNightSpinBox->setValue(rules.activationFirstNightDays);
    setMoney(m_ui->activationCouponValueSpinBox, rules.activationCouponValue);
    setMoney(m_ui->activationCouponMinSpendSpinBox, rules.activationCouponMinSpend);
    m_ui->activationCouponValidDaysSpinBox->setValue(rules.activationCouponValidDays);
    m_ui->prospectCheckBox->setChecked(rules.prospectOn);
    m_ui->prospectAfterSpinBox->setValue(rules.prospectAfterDays);
    m_ui->prospectFirstNightSpinBox->setValue(rules.prospectFirstNightDays);
    m_ui->thankYouCheckBox->setChecked(rules.thankYouOn);
    m_ui->dormantCouponPercentSpinBox->setValue(rules.dormantCouponPercent);
    m_ui->dormantCouponValidDaysSpinBox->setValue(rules.dormantCouponValidDays);
    m_ui->vipContactLimitSpinBox->setValue(rules.vipContactLimit);
    m_ui->vipContactDaysSpinBox->setValue(rules.vipContactDays);
    m_ui->holidayLeadDaysSpinBox->setValue(rules.holidayLeadDays);
    // A value no item holds (only a hand-edited database has one) shows as the first; check() refuses it.
    m_ui->holidayMinTierComboBox->setCurrentIndex(
        std::max(0, m_ui->holidayMinTierComboBox->findData(rules.holidayMinTier)));
    m_ui->lifeEventLeadDaysSpinBox->setValue(rules.lifeEventLeadDays);
    m_ui->referralRewardComboBox->setCurrentIndex(
        std::max(0, m_ui->referralRewardComboBox->findData(rules.referralReward)));
    m_ui->referralPointsSpinBox->setValue(rules.referralPoints);
    setMoney(m_ui->referralCouponValueSpinBox, rules.referralCouponValue);
    setMoney(m_ui->referralCouponMinSpendSpinBox, rules.referralCouponMinSpend);
    m_ui->referralCouponValidDaysSpinBox->setValue(rules.referralCouponValidDays);
    m_ui->withoutConsentComboBox->setCurrentIndex(rules.clearWithoutConsent ? 1 : 0);
    showCouponsOn();
    markProblem(QString());
    m_ui->serviceRulesMessageLabel->clear();
}

ServiceRules ServiceRulesEditor::rules() const
{
    ServiceRules rules;
    rules.inStoreMinutes = m_ui->inStoreSpinBox->value();
    rules.phoneMinutes = m_ui->phoneSpinBox->value();
    rules.wechatMinutes = m_ui->wechatSpinBox->value();
    rules.onlineMinutes = m_ui->onlineSpinBox->value();
    rules.opensAt = minutesOf(m_ui->opensTimeEdit);
    rules.closesAt = minutesOf(m_ui->closesTimeEdit);
    rules.callbackAfterHours = m_ui->callbackSpinBox->value();
    rules.quietDays = m_ui->quietDaysSpinBox->value();
    rules.birthdayLookaheadDays = m_ui->birthdaySpinBox->value();
    rules.wakeUpLeadDays = m_ui->wakeUpSpinBox->value();
    rules.returnCouponOn = m_ui->returnCouponCheckBox->isChecked();
    rules.returnCouponValue = moneyOf(m_ui->returnCouponValueSpinBox);
    rules.returnCouponMinSpend = moneyOf(m_ui->returnCouponMinSpendSpinBox);
    rules.returnCouponValidDays = m_ui->returnCouponValidDaysSpinBox->value();
    rules.complaintCouponOn = m_ui->complaintCouponCheckBox->isChecked();
    rules.complaintCouponValue = moneyOf(m_ui->complaintCouponValueSpinBox);
    rules.complaintCouponMinSpend = moneyOf(m_ui->complaintCouponMinSpendSpinBox);
    rules.complaintCouponValidDays = m_ui->complaintCouponValidDaysSpinBox->value();
    rules.activationOn = m_ui->activationCheckBox->isChecked();
    rules.activationAfterDays = m_ui->activationAfterSpinBox->value();
    rules.activationFirstNightDays = m_ui->activationFirstNightSpinBox->value();
    rules.activationCouponValue = moneyOf(m_ui->activationCouponValueSpinBox);
    rules.activationCouponMinSpend = moneyOf(m_ui->activationCouponMinSpendSpinBox);
    rules.activationCouponValidDays = m_ui->activationCouponValidDaysSpinBox->value();
    rules.prospectOn = m_ui->prospectCheckBox->isChecked();
    rules.prospectAfterDays = m_ui->prospectAfterSpinBox->value();
    rules.prospectFirstNightDays = m_ui->prospectFirstNightSpinBox->value();
    rules.thankYouOn = m_ui->thankYouCheckBox->isChecked();
    rules.dormantCouponPercent = m_ui->dormantCouponPercentSpinBox->value();
    rules.dormantCouponValidDays = m_ui->dormantCouponValidDaysSpinBox->value();
    rules.vipContactLimit = m_ui->vipContactLimitSpinBox->value();
    rules.vipContactDays = m_ui->vipContactDaysSpinBox->value();
    rules.holidayLeadDays = m_ui->holidayLeadDaysSpinBox->value();
    rules.holidayMinTier = m_ui->holidayMinTierComboBox->currentData().toInt();
    rules.lifeEventLeadDays = m_ui->lifeEventLeadDaysSpinBox->value();
    rules.referralReward = m_ui->referralRewardComboBox->currentData().toInt();
    rules.referralPoints = m_ui->referralPointsSpinBox->value();
    rules.referralCouponValue = moneyOf(m_ui->referralCouponValueSpinBox);
    rules.referralCouponMinSpend = moneyOf(m_ui->referralCouponMinSpendSpinBox);
    rules.referralCouponValidDays = m_ui->referralCouponValidDaysSpinBox->value();
    rules.clearWithoutConsent = m_ui->withoutConsentComboBox->currentData().toBool();
    return rules;
}

bool ServiceRulesEditor::save()
{
    const ServiceRules edited = rules();
    // Checked here first only to know which field to mark; save() checks again and refuses alike.
    const std::optional<ServiceRules::Problem> problem = edited.check();
    markProblem(problem ? problem->field : QString());
    const QString refusal = problem ? problem->message : m_store.serviceSettings().save(edited).error;
    m_ui->serviceRulesMessageLabel->setStyleSheet(
        refusal.isEmpty() ? QString() : QStringLiteral("color: #c0392b;"));
    m_ui->serviceRulesMessageLabel->setText(
        refusal.isEmpty() ? tr("Saved. New complaints and tonight's planning use them.") : refusal);
    return refusal.isEmpty();
}

QString ServiceRulesEditor::message() const
{
    return m_ui->serviceRulesMessageLabel->text();
}

void ServiceRulesEditor::markProblem(const QString &field)
{
    m_mark.mark(this, fieldFor(field));
}

void ServiceRulesEditor::showCouponsOn()
{
    // A coupon that is not issued has nothing to set; its values stay for when it is on again.
    const std::pair<QCheckBox *, QList<QWidget *>> groups[] = {
        {m_ui->returnCouponCheckBox,
            {m_ui->returnCouponValueSpinBox, m_ui->returnCouponValueSpinBoxCaption,
                m_ui->returnCouponMinSpendSpinBox, m_ui->returnCouponMinSpendSpinBoxCaption,
                m_ui->returnCouponValidDaysSpinBox, m_ui->returnCouponValidDaysSpinBoxCaption}},
        {m_ui->complaintCouponCheckBox,
            {m_ui->complaintCouponValueSpinBox, m_ui->complaintCouponValueSpinBoxCaption,
                m_ui->complaintCouponMinSpendSpinBox, m_ui->complaintCouponMinSpendSpinBoxCaption,
                m_ui->complaintCouponValidDaysSpinBox, m_ui->complaintCouponValidDaysSpinBoxCaption}},
        {m_ui->activationCheckBox,
            {m_ui->activationAfterSpinBox, m_ui->activationAfterSpinBoxCaption,
                m_ui->activationFirstNightSpinBox, m_ui->activationFirstNightSpinBoxCaption,
                m_ui->activationCouponValueSpinBox, m_ui->activationCouponValueSpinBoxCaption,
                m_ui->activationCouponMinSpendSpinBox, m_ui->activationCouponMinSpendSpinBoxCaption,
                m_ui->activationCouponValidDaysSpinBox, m_ui->activationCouponValidDaysSpinBoxCaption}},
        {m_ui->prospectCheckBox,
            {m_ui->prospectAfterSpinBox, m_ui->prospectAfterSpinBoxCaption, m_ui->prospectFirstNightSpinBox,
                m_ui->prospectFirstNightSpinBoxCaption}},
    };
    for (const auto &[on, fields] : groups)
        for (QWidget *field : fields)
            field->setEnabled(on->isChecked());
    // The referral reward's points or its coupon, as the reward chosen (issue 23).
    const int reward = m_ui->referralRewardComboBox->currentData().toInt();
    const QList<QWidget *> points{m_ui->referralPointsSpinBox, m_ui->referralPointsSpinBoxCaption};
    const QList<QWidget *> coupon{m_ui->referralCouponValueSpinBox, m_ui->referralCouponValueSpinBoxCaption,
        m_ui->referralCouponMinSpendSpinBox, m_ui->referralCouponMinSpendSpinBoxCaption,
        m_ui->referralCouponValidDaysSpinBox, m_ui->referralCouponValidDaysSpinBoxCaption};
    for (QWidget *field : points)
        field->setEnabled(reward == 1);
    for (QWidget *field : coupon)
        field->setEnabled(reward == 2);
}

QWidget *ServiceRulesEditor::fieldFor(const QString &key) const
{
    // The keys ServiceRules::check() names.
    const std::pair<const char *, QWidget *> fields[] = {
        {"sla.in_store_minutes", m_ui->inStoreSpinBox},
        {"sla.phone_minutes", m_ui->phoneSpinBox},
        {"sla.wechat_minutes", m_ui->wechatSpinBox},
        {"sla.online_minutes", m_ui->onlineSpinBox},
        {"hours.opens_at", m_ui->opensTimeEdit},
        {"hours.closes_at", m_ui->closesTimeEdit},
        {"callback_after_hours", m_ui->callbackSpinBox},
        {"follow_up.quiet_days", m_ui->quietDaysSpinBox},
        {"follow_up.birthday_lookahead_days", m_ui->birthdaySpinBox},
        {"follow_up.wake_up_lead_days", m_ui->wakeUpSpinBox},
        {"coupons.return_fen", m_ui->returnCouponValueSpinBox},
        {"coupons.return_min_spend_fen", m_ui->returnCouponMinSpendSpinBox},
        {"coupons.return_valid_days", m_ui->returnCouponValidDaysSpinBox},
        {"coupons.complaint_fen", m_ui->complaintCouponValueSpinBox},
        {"coupons.complaint_min_spend_fen", m_ui->complaintCouponMinSpendSpinBox},
        {"coupons.complaint_valid_days", m_ui->complaintCouponValidDaysSpinBox},
        {"activation.after_days", m_ui->activationAfterSpinBox},
        {"activation.first_night_days", m_ui->activationFirstNightSpinBox},
        {"activation.coupon_fen", m_ui->activationCouponValueSpinBox},
        {"activation.coupon_min_spend_fen", m_ui->activationCouponMinSpendSpinBox},
        {"activation.coupon_valid_days", m_ui->activationCouponValidDaysSpinBox},
        {"prospect.after_days", m_ui->prospectAfterSpinBox},
        {"prospect.first_night_days", m_ui->prospectFirstNightSpinBox},
        {"dormant.coupon_percent", m_ui->dormantCouponPercentSpinBox},
        {"dormant.coupon_valid_days", m_ui->dormantCouponValidDaysSpinBox},
        {"vip_cap.limit", m_ui->vipContactLimitSpinBox},
        {"vip_cap.days", m_ui->vipContactDaysSpinBox},
        {"holidays.lead_days", m_ui->holidayLeadDaysSpinBox},
        {"holidays.min_tier", m_ui->holidayMinTierComboBox},
        {"life_events.lead_days", m_ui->lifeEventLeadDaysSpinBox},
        {"referral.reward", m_ui->referralRewardComboBox},
        {"referral.points", m_ui->referralPointsSpinBox},
        {"referral.coupon_fen", m_ui->referralCouponValueSpinBox},
        {"referral.coupon_min_spend_fen", m_ui->referralCouponMinSpendSpinBox},
        {"referral.coupon_valid_days", m_ui->referralCouponValidDaysSpinBox},
        {"privacy.clear_without_consent", m_ui->withoutConsentComboBox},
    };
    for (const auto &[name, widget] : fields)
        if (key == QLatin1String(name))
            return widget;
    return nullptr;
}

} // namespace atelier
