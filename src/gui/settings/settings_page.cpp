#include "gui/settings/settings_page.h"

#include "gui/common/spin_box_affixes.h"
#include "gui/complaints/service_rules_editor.h"
#include "gui/settings/accounts_page.h"
#include "gui/settings/audit_page.h"
#include "gui/settings/backups_page.h"
#include "gui/settings/database_page.h"
#include "gui/settings/holidays_page.h"
#include "gui/settings/template_editor.h"
#include "services/counter_shift.h"
#include "services/language.h"
#include "services/store.h"
#include "services/store_settings.h"
#include "ui_settings_page.h"

#include <QScrollArea>

#include <cmath>

namespace atelier {

SettingsPage::SettingsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->languageComboBox->addItem(tr("Follow the system"), QString());
    // Each language is named in itself, so someone who cannot read the current one still finds theirs.
    m_ui->languageComboBox->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->returnWindowSpinBox->setSuffix(tr(" days"));
    m_ui->lockAfterSpinBox->setSuffix(tr(" min"));
    setAffixes(m_ui->discountRateSpinBox, tr("%1 % a year"));
    m_ui->lockAfterSpinBox->setSpecialValueText(tr("Never"));
    m_templates = new TemplateEditor(store, m_ui->templatesTab);
    m_ui->templatesLayout->addWidget(m_templates);
    // The service rulebook (response targets, follow-ups, the seed's coupons) is taller than a
    // 1366×768 screen leaves for a tab: it scrolls rather than push the window past the screen.
    auto *serviceScroll = new QScrollArea(m_ui->serviceTab);
    serviceScroll->setWidgetResizable(true);
    serviceScroll->setFrameShape(QFrame::NoFrame);
    m_serviceRules = new ServiceRulesEditor(store);
    serviceScroll->setWidget(m_serviceRules);
    m_ui->serviceLayout->addWidget(serviceScroll);
    m_holidays = new HolidaysPage(store, this);
    m_holidays->setObjectName(QStringLiteral("holidaysPage"));
    m_ui->settingsTabs->addTab(m_holidays, tr("Holidays"));
    m_audit = new AuditPage(store, this);
    m_audit->setObjectName(QStringLiteral("auditPage"));
    m_ui->settingsTabs->addTab(m_audit, tr("Audit trail"));
    m_accounts = new AccountsPage(store, this);
    m_accounts->setObjectName(QStringLiteral("accountsPage"));
    m_ui->settingsTabs->addTab(m_accounts, tr("Accounts"));
    m_backups = new BackupsPage(store, this);
    m_backups->setObjectName(QStringLiteral("backupsPage"));
    m_ui->settingsTabs->addTab(m_backups, tr("Backups"));
    m_database = new DatabasePage(store, this);
    m_database->setObjectName(QStringLiteral("databasePage"));
    m_ui->settingsTabs->addTab(m_database, tr("Database"));
    connect(&store.shift(), &CounterShift::changed, this, &SettingsPage::applyRole);
    applyRole();
    load();
    connect(m_ui->languageComboBox, &QComboBox::activated, this, &SettingsPage::chooseLanguage);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsPage::save);
}

SettingsPage::~SettingsPage() = default;

// Everyone picks the language of their PC; the store's settings, texts, rules, trail and accounts
// are the manager's (the services refuse a clerk too).
void SettingsPage::applyRole()
{
    const bool manager = m_store.allows(Permission::ChangeRules);
    m_ui->storeGroupBox->setEnabled(manager);
    m_ui->managerOnlyLabel->setVisible(!manager); // greyed out says "not now", not why
    for (QWidget *tab :
        {static_cast<QWidget *>(m_ui->templatesTab), static_cast<QWidget *>(m_ui->serviceTab)})
        m_ui->settingsTabs->setTabVisible(m_ui->settingsTabs->indexOf(tab), manager);
    m_ui->settingsTabs->setTabVisible(m_ui->settingsTabs->indexOf(m_holidays), manager);
    m_ui->settingsTabs->setTabVisible(m_ui->settingsTabs->indexOf(m_database), manager);
    m_ui->settingsTabs->setTabVisible(
        m_ui->settingsTabs->indexOf(m_audit), m_store.allows(Permission::ViewAuditTrail));
    const bool accounts = m_store.allows(Permission::ManageAccounts);
    m_ui->settingsTabs->setTabVisible(m_ui->settingsTabs->indexOf(m_accounts), accounts);
    if (accounts)
        m_accounts->reload();
    m_ui->settingsTabs->setTabVisible(
        m_ui->settingsTabs->indexOf(m_backups), m_store.allows(Permission::BackUpAndRestore));
}

void SettingsPage::load()
{
    m_ui->languageComboBox->setCurrentIndex(
        qMax(0, m_ui->languageComboBox->findData(Language::preference())));
    m_ui->storeNameLineEdit->setText(m_store.settings().storeName());
    m_ui->returnWindowSpinBox->setValue(m_store.settings().returnWindowDays());
    m_ui->lockAfterSpinBox->setValue(m_store.settings().lockAfterMinutes());
    m_ui->discountRateSpinBox->setValue(
        static_cast<int>(std::lround(m_store.settings().annualDiscountRate() * 100)));
    m_ui->messageLabel->hide();
}

void SettingsPage::chooseLanguage()
{
    const QString code = m_ui->languageComboBox->currentData().toString();
    if (code == Language::preference())
        return;
    Language::setPreference(code);
    emit languageChanged();
}

void SettingsPage::save()
{
    StoreSettings &settings = m_store.settings();
    const QString oldName = settings.storeName();
    WriteResult saved = settings.setStoreName(m_ui->storeNameLineEdit->text());
    if (saved.ok())
        saved = settings.setReturnWindowDays(m_ui->returnWindowSpinBox->value());
    const int oldLock = settings.lockAfterMinutes();
    if (saved.ok())
        saved = settings.setLockAfterMinutes(m_ui->lockAfterSpinBox->value());
    if (saved.ok())
        saved = settings.setAnnualDiscountRate(m_ui->discountRateSpinBox->value() / 100.0);
    m_ui->messageLabel->setStyleSheet(saved.ok() ? QString() : QStringLiteral("color: #c0392b;"));
    m_ui->messageLabel->setText(saved.ok() ? tr("Saved.") : saved.error);
    m_ui->messageLabel->show();
    if (settings.storeName() != oldName)
        emit storeNameChanged();
    if (settings.lockAfterMinutes() != oldLock)
        emit lockTimeChanged(settings.lockAfterMinutes());
}

} // namespace atelier
