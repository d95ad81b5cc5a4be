#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SettingsPage;
}

namespace atelier {

class Store;

// Settings a clerk or manager may change: the UI language of this computer (QSettings) and the
// store's own settings kept in the database (name, return window), each validated by StoreSettings.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Store &store, QWidget *parent = nullptr);
    ~SettingsPage() override;

signals:
    void storeNameChanged();
    void languageChanged();

private:
    void load();
    void chooseLanguage();
    void save();

    std::unique_ptr<Ui::SettingsPage> m_ui;
    Store &m_store;
};

} // namespace atelier
