#include "gui/damaged_store_dialog.h"

#include "core/display_format.h"
#include "services/store.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace atelier {

DamagedStoreDialog::DamagedStoreDialog(QString path, StartupCheckResult found, QWidget *parent)
    : QDialog(parent)
    , m_path(std::move(path))
    , m_found(std::move(found))
{
    setWindowTitle(tr("The store's data is damaged"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(StartupCheck::explanation(m_found, m_path), this);
    text->setObjectName(QStringLiteral("explanationLabel"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    if (m_found.latestGood) {
        const QString when = DisplayFormat::dateTime(m_found.latestGood->madeAt);
        m_restoreButton
            = buttons->addButton(tr("Restore the backup from %1").arg(when), QDialogButtonBox::AcceptRole);
        m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
        m_restoreButton->setDefault(true);
        connect(m_restoreButton, &QPushButton::clicked, this, &DamagedStoreDialog::restore);
    }
    m_quitButton = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    connect(m_quitButton, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_restore.setCancellable(false);
}

bool DamagedStoreDialog::checkBeforeOpening(const QString &path)
{
    // A server checks its own data; its backups are pg_dump's, restored by hand into an empty database.
    if (Store::isServerLocation(path))
        return true;
    // Before any store can open: a runner without one.
    BackgroundRunner check(QStringLiteral("startup-check"));
    std::optional<StartupCheckResult> found;
    {
        // On a 100 000-customer store the quick check takes over a second: the window says why
        // nothing else is shown yet. Before app.exec(), so a local loop is the only one running.
        QProgressDialog progress(tr("Checking the store's data…"), QString(), 0, 0);
        progress.setWindowTitle(tr("Atelier"));
        progress.setMinimumDuration(100);
        progress.setCancelButton(nullptr);
        QEventLoop loop;
        check.run(
            &loop, [path](BackgroundJob &) { return StartupCheck::run(path); },
            [&found, &loop](BackgroundResult<StartupCheckResult> result) {
                found = result.value.value_or(StartupCheckResult{});
                loop.quit();
            });
        loop.exec();
    }
    if (!found || found->sound)
        return found.has_value();
    DamagedStoreDialog dialog(path, *found);
    return dialog.exec() == QDialog::Accepted;
}

void DamagedStoreDialog::restore()
{
    if (m_restore.isRunning() || !m_found.latestGood)
        return;
    m_restoreButton->setEnabled(false);
    m_quitButton->setEnabled(false);
    m_status->setText(tr("Checking the backup and putting it in place…"));
    m_status->show();
    m_restore.run(
        this,
        [path = m_path, found = m_found](
            BackgroundJob &) { return StartupCheck::restoreLatest(found, path); },
        [this](BackgroundResult<QString> result) { restored(result.ok() ? *result.value : result.error); });
}

void DamagedStoreDialog::reject()
{
    if (m_restore.isRunning())
        return; // a restore is not left half-way
    QDialog::reject();
}

void DamagedStoreDialog::restored(const QString &error)
{
    emit restoreFinished(error.isEmpty());
    if (error.isEmpty()) {
        accept();
        return;
    }
    m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_status->setText(error);
    m_quitButton->setEnabled(true);
}

} // namespace atelier
