#include "gui/complaints/service_rules_editor.h"

#include "services/service_settings.h"
#include "services/store.h"
#include "ui_service_rules_editor.h"

#include <QLabel>
#include <QSpinBox>
#include <QTimeEdit>

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
    for (QSpinBox *days : {m_ui->quietDaysSpinBox, m_ui->birthdaySpinBox, m_ui->wakeUpSpinBox})
        days->setSuffix(tr(" days"));
    m_ui->wakeUpSpinBox->setToolTip(tr("Days before the expected next purchase."));
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
    };
    for (const auto &[name, widget] : fields)
        if (key == QLatin1String(name))
            return widget;
    return nullptr;
}

} // namespace atelier
