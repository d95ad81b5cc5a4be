#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace atelier {

class AccountsPage;
class AuditPage;
class BackupsPage;
class DatabasePage;
class HolidaysPage;
class ServiceRulesEditor;
class Store;
class TemplateEditor;

// Settings a clerk or manager may change: the UI language of this computer (QSettings) and the
// store's own settings kept in the database (name, return window), each validated by StoreSettings;
// the message templates and the service rules each have their own tab.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Store &store, QWidget *parent = nullptr);
    ~SettingsPage() override;

    TemplateEditor *templateEditor() const { return m_templates; }
    ServiceRulesEditor *serviceRulesEditor() const { return m_serviceRules; }
    AuditPage *auditPage() const { return m_audit; }
    AccountsPage *accountsPage() const { return m_accounts; }
    DatabasePage *databasePage() const { return m_database; }

signals:
    void storeNameChanged();
    void lockTimeChanged(int minutes); // 0: never
    void languageChanged();

private:
    void load();
    void applyRole();
    void chooseLanguage();
    void save();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    Store &m_store;
    TemplateEditor *m_templates = nullptr;
    ServiceRulesEditor *m_serviceRules = nullptr;
    AuditPage *m_audit = nullptr;
    AccountsPage *m_accounts = nullptr;
    BackupsPage *m_backups = nullptr;
    HolidaysPage *m_holidays = nullptr;
    DatabasePage *m_database = nullptr;
};

} // namespace atelier
