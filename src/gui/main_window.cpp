#include "gui/main_window.h"

#include "gui/archive_page.h"
#include "gui/counter_page.h"
#include "gui/settings_page.h"
#include "services/store.h"
#include "services/store_settings.h"
#include "ui_main_window.h"

#include <QLabel>

namespace atelier {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
{
    m_ui->setupUi(this);
    // A permanent widget, because showMessage() text disappears behind every status tip.
    m_storeLabel = new QLabel(this);
    m_ui->statusBar->addWidget(m_storeLabel);
    m_counter = new CounterPage(store, this);
    m_archive = new ArchivePage(store, this);
    m_settings = new SettingsPage(store, this);
    m_ui->pageStack->addWidget(m_counter);
    m_ui->pageStack->addWidget(m_archive);
    m_ui->pageStack->addWidget(m_settings);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->pageStack->setCurrentIndex(row);
        if (row == 0)
            m_counter->focusSearch();
    });
    connect(m_archive, &ArchivePage::openOnCounter, this, [this](CustomerId id) {
        m_ui->navigationList->setCurrentRow(0);
        m_counter->showCustomer(id);
    });
    connect(m_settings, &SettingsPage::storeNameChanged, this, &MainWindow::showStoreName);
    connect(m_settings, &SettingsPage::languageChanged, this, &MainWindow::languageChanged);

    m_ui->navigationList->setCurrentRow(0);
    showStoreName();
    m_counter->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::showStoreName()
{
    const QString name = m_store.settings().storeName();
    m_storeLabel->setText(name);
    setWindowTitle(tr("Atelier — %1").arg(name));
}

} // namespace atelier
