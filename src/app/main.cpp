#include "gui/damaged_store_dialog.h"
#include "gui/idle_lock.h"
#include "gui/login_dialog.h"
#include "gui/main_window.h"
#include "gui/server_unreachable_dialog.h"
#include "gui/settings/backups_page.h"
#include "gui/store_location_dialog.h"
#include "services/account_service.h"
#include "services/background_runner.h"
#include "services/counter_shift.h"
#include "services/data_location.h"
#include "services/language.h"
#include "services/logging.h"
#include "services/loyalty_service.h"
#include "services/nightly_runner.h"
#include "services/store.h"
#include "services/store_location_choice.h"
#include "services/store_lock.h"
#include "services/store_settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>

#include <spdlog/spdlog.h>

#include <functional>
#include <memory>
#include <utility>

using namespace atelier;

namespace {

// work()'s answer when another location was chosen at start: main() claims and checks it first.
constexpr int otherLocationCode = -2;

enum class Opened
{
    Yes,
    No,
    ElsewhereChosen,
};

// Opens the store at `location`. A server out of reach is not the end: the clerk may try again or
// choose another location (then `location` is the new one and work() returns otherLocationCode).
Opened openStore(Store &store, QString &location)
{
    while (!store.open(location)) {
        if (!Store::isServerLocation(location) || !StoreLocationChoice::serverOutOfReach(store)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Atelier"),
                QApplication::translate("main", "The store database could not be opened:\n%1\n\n%2")
                    .arg(QDir::toNativeSeparators(StoreLocationChoice::describe(location)),
                        store.errorString()));
            return Opened::No;
        }
        ServerUnreachableDialog outOfReach(location, store.errorString());
        const int outcome = outOfReach.exec();
        if (outcome == ServerUnreachableDialog::Quit)
            return Opened::No;
        if (outcome == ServerUnreachableDialog::Changed) {
            location = outOfReach.location();
            return Opened::ElsewhereChosen;
        }
    }
    return Opened::Yes;
}

// The app's work on an open store, from the login to the last window closed. Everything it opens
// is closed when it returns.
int work(QApplication &app, QString &location)
{
    Store store;
    if (const Opened opened = openStore(store, location); opened != Opened::Yes)
        return opened == Opened::ElsewhereChosen ? otherLocationCode : 1;

    // Nobody works in the window without logging in; a store without a manager account first gets
    // one (the manager then adds the clerks). Whoever logs in is at the counter.
    {
        const bool first = store.accounts().needsFirstManager();
        LoginDialog login(store, first ? LoginDialog::Mode::FirstManager : LoginDialog::Mode::Login);
        if (login.exec() != QDialog::Accepted || !login.session())
            return 0;
        store.shift().begin(*login.session());
    }

    // Worker threads open their own connections: they act with the role of whoever is at the
    // counter now, and a PC where nobody is chosen is a clerk's.
    const auto shareRole = [&store]() {
        const std::optional<Session> session = store.shift().session();
        Store::setProcessRole(session ? session->role : Role::Clerk);
    };
    shareRole();
    QObject::connect(&store.shift(), &CounterShift::changed, &app, shareRole);

    // One nightly runner for the whole run of the app: it keeps the timer and a run going while the
    // window is re-created for a language switch.
    NightlyRunner runner(store.path(), store.clock());

    std::unique_ptr<MainWindow> window;

    // After a while without a key or a click, the next person logs in as themselves. The window
    // stays as it was behind the login screen; "Quit" there closes the app.
    IdleLock lock(store.settings().lockAfterMinutes());
    QObject::connect(&lock, &IdleLock::locked, &app, [&]() {
        LoginDialog login(store, LoginDialog::Mode::Login, window.get());
        if (login.exec() != QDialog::Accepted || !login.session()) {
            QCoreApplication::quit();
            return;
        }
        store.shift().begin(*login.session());
        lock.resume();
    });

    // A language switch re-creates the window: every string is then built in the new language.
    int reopenAt = -1; // the page the window showed when its language was switched
    std::function<void()> showWindow = [&]() {
        window = std::make_unique<MainWindow>(store, &runner);
        QObject::connect(window.get(), &MainWindow::lockTimeChanged, &lock, &IdleLock::setMinutes);
        QObject::connect(window.get(), &MainWindow::languageChanged, &app, [&]() {
            window->savePlacement(); // the new window opens where this one is, on the same page
            reopenAt = window->currentPage();
            Language::install(Language::effective());
            // Deleting the window from inside its own signal is unsafe: do it on the next turn.
            QMetaObject::invokeMethod(&app, showWindow, Qt::QueuedConnection);
        });
        window->restorePlacement();
        if (reopenAt >= 0)
            window->showPageAt(std::exchange(reopenAt, -1));
        window->show();
    };
    showWindow();

    // After the window is up, so that it shows the progress: the timer at the configured hour, and
    // a run now when a night was missed (the computer was off at that hour).
    const int hour = store.loyalty().rules().nightlyHour;
    runner.schedule(hour);
    // When the last run cannot be read (the service logged why), no catch-up now; the timer stays.
    if (const ReadResult<QDate> lastRun = store.loyalty().lastSuccessfulAsOf(); lastRun.ok())
        runner.catchUp(*lastRun.value, hour);
    QObject::connect(&store.loyalty(), &LoyaltyService::rulesChanged, &runner,
        [&]() { runner.schedule(store.loyalty().rules().nightlyHour); });
    const int code = QApplication::exec();
    // Also when the app ends without the window's close (Quit at the lock screen, the restart
    // after a restore).
    if (window)
        window->savePlacement();
    return code;
}

QIcon builtInIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/org.atelier.Atelier-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Atelier"));
    QApplication::setApplicationName(QStringLiteral("Atelier"));
    QApplication::setApplicationVersion(QStringLiteral(ATELIER_VERSION));
    // The menu entry's name (packaging/org.atelier.Atelier.desktop): a Wayland compositor matches the
    // window to it by this, and the icon comes from the installed theme, or from the program itself
    // when it runs from a build folder.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.atelier.Atelier"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.atelier.Atelier"), builtInIcon()));
    Language::install(Language::effective());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Atelier customer archive"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate("main",
            "Open the store at FILE or postgresql://… (a database server, see docs/postgresql.md) instead "
            "of the one chosen for this computer."),
        QStringLiteral("FILE|URI"));
    parser.addOption(dbOption);
    parser.process(app);

    setUpLogging(dataFolder());
    spdlog::info("atelier {} started", QCoreApplication::applicationVersion().toStdString());

    // --db, then this computer's choice, then the default file; asked the first time.
    if (!parser.isSet(dbOption) && StoreLocationChoice::isFirstStart()) {
        StoreLocationDialog where;
        if (where.exec() != QDialog::Accepted)
            return 0;
    }
    QString location = StoreLocationChoice::effective(parser.value(dbOption));
    int code = 1;
    std::unique_ptr<StoreLock> storeLock;
    for (;;) {
        // One app per store file, claimed before anything opens or restores it (docs/backups.md).
        // A server has no file to claim and none to check: both are done at once there.
        storeLock.reset(); // the last location's claim first: the new one may be the same file
        storeLock = std::make_unique<StoreLock>(location);
        if (const WriteResult claimed = storeLock->claim(StoreLock::Purpose::Work); !claimed.ok()) {
            QMessageBox::warning(nullptr, QApplication::translate("main", "Atelier"), claimed.error);
            return 1;
        }
        code = DamagedStoreDialog::checkBeforeOpening(location) ? work(app, location) : 1;
        if (code != otherLocationCode)
            break;
    }
    // The one place the app waits for its workers (BackgroundRunner): asked to stop, each rolls back or
    // drops its unfinished file; a restore runs to its end. Their connections are closed after it.
    BackgroundRunner::waitForAll(std::chrono::seconds(10));
    if (code != BackupsPage::restartExitCode)
        return code;
    // A backup was restored, or another location chosen in Settings: every connection to the
    // replaced file is closed by now, so the next Atelier opens the restored one alone.
    storeLock->release();
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    return 0;
}
