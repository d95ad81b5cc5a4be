#include "gui/settings/database_page.h"

#include "gui/settings/backups_page.h"
#include "gui/store_location_chooser.h"
#include "services/store.h"
#include "services/store_location_choice.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

namespace {

void askToRestart()
{
    const auto answer = QMessageBox::question(QApplication::activeWindow(), DatabasePage::tr("Database"),
        DatabasePage::tr("The new location applies when Atelier starts again. Restart Atelier now?"));
    if (answer == QMessageBox::Yes)
        QCoreApplication::exit(BackupsPage::restartExitCode);
}

} // namespace

DatabasePage::DatabasePage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_offerRestart(askToRestart)
{
    auto *layout = new QVBoxLayout(this);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentLabel"));
    m_current->setWordWrap(true);
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_current);
    m_next = new QLabel(this);
    m_next->setObjectName(QStringLiteral("nextStartLabel"));
    m_next->setWordWrap(true);
    layout->addWidget(m_next);
    layout->addSpacing(12); // where the data is now, apart from where to change it
    auto *change = new QLabel(tr("Where this computer finds the store's data from the next start:"), this);
    change->setWordWrap(true);
    layout->addWidget(change);
    m_chooser = new StoreLocationChooser(this);
    // A location is a line of some 50 characters: across the whole tab, Test connection ended up a
    // screen away from the field's start.
    m_chooser->setMaximumWidth(720);
    auto *chooserRow = new QHBoxLayout;
    chooserRow->addWidget(m_chooser, 1);
    chooserRow->addStretch(0); // what is left past that width
    layout->addLayout(chooserRow);
    auto *row = new QHBoxLayout;
    m_keepButton = new QPushButton(tr("Keep for the next start"), this);
    m_keepButton->setObjectName(QStringLiteral("keepButton"));
    row->addWidget(m_keepButton);
    row->addStretch(1);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("databaseMessageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);
    connect(m_keepButton, &QPushButton::clicked, this, &DatabasePage::keep);
    reload();
}

void DatabasePage::reload()
{
    const QString now = m_store.path();
    const QString where = StoreLocationChoice::describe(now);
    m_current->setText(m_store.isOnServer()
            ? tr("The store's data is on the shop's database server: %1.").arg(where)
            : tr("The store's data is on this computer, in the file %1.")
                  .arg(QDir::toNativeSeparators(where)));
    const QString next = StoreLocationChoice::effective({});
    // Different when Atelier was started with --db, or a change waits for the next start.
    m_next->setVisible(next != now);
    m_next->setText(tr("At the next start without --db: %1.").arg(StoreLocationChoice::describe(next)));
    m_chooser->setLocation(StoreLocationChoice::kept());
    m_message->hide();
}

void DatabasePage::keep()
{
    if (!m_chooser->check())
        return;
    const QString before = StoreLocationChoice::effective({});
    QString error;
    if (!StoreLocationChoice::keep(m_chooser->location(), &error)) {
        m_message->setText(error);
        m_message->show();
        return;
    }
    reload();
    const bool changed = StoreLocationChoice::effective({}) != before;
    m_message->setText(
        changed ? tr("Kept. It applies at the next start of Atelier.") : tr("Nothing changed."));
    m_message->show();
    if (changed && m_offerRestart)
        m_offerRestart();
}

} // namespace atelier
