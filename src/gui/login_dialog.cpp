#include "gui/login_dialog.h"

#include "gui/settings/account_worker.h"
#include "services/store.h"
#include "services/store_settings.h"
#include "ui_login_dialog.h"

#include <QPushButton>
#include <QTimer>

namespace atelier {

LoginDialog::LoginDialog(Store &store, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_store(store)
    , m_mode(mode)
    , m_worker(new AccountWorker(store.path(), store.clock(), this))
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->storeLabel->setText(store.settings().storeName());
    m_ui->busyBar->hide();
    const bool first = mode == Mode::FirstManager;
    m_ui->repeatCaption->setVisible(first);
    m_ui->repeatEdit->setVisible(first);
    m_ui->nameCaption->setVisible(first);
    m_ui->nameEdit->setVisible(first);
    if (first) {
        setWindowTitle(tr("The manager's account"));
        m_ui->introLabel->setText(tr("This store has no manager account yet. Create yours: the manager then "
                                     "adds an account for each clerk."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create account"));
    } else {
        m_ui->introLabel->setText(tr("Log in to serve customers."));
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Log in"));
    }
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_worker, &AccountWorker::done, this, &LoginDialog::answered);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &LoginDialog::tick);
    (first ? m_ui->nameEdit : m_ui->loginEdit)->setFocus(Qt::OtherFocusReason);
}

LoginDialog::~LoginDialog() = default;

bool LoginDialog::isChecking() const
{
    return m_worker->isBusy();
}

void LoginDialog::accept()
{
    if (m_worker->isBusy() || m_waitLeft > 0)
        return;
    const QString login = m_ui->loginEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (m_mode == Mode::FirstManager) {
        if (password != m_ui->repeatEdit->text()) {
            m_ui->messageLabel->setText(tr("The two passwords differ."));
            m_ui->repeatEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
        const QString name = m_ui->nameEdit->text().trimmed();
        m_worker->start([name, login, password](AccountService &accounts) {
            const AccountResult made = accounts.createFirstManager(name, login, password);
            if (!made.ok())
                return LoginResult{std::nullopt, made.error, 0};
            return accounts.login(login, password);
        });
    } else {
        m_worker->start(
            [login, password](AccountService &accounts) { return accounts.login(login, password); });
    }
    setBusy(true);
}

void LoginDialog::answered(const LoginResult &result)
{
    setBusy(false);
    if (result.session) {
        m_session = result.session;
        QDialog::accept();
        return;
    }
    m_ui->messageLabel->setText(result.error);
    m_ui->passwordEdit->clear();
    m_ui->repeatEdit->clear();
    m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
    if (result.waitSeconds > 0) {
        m_waitLeft = result.waitSeconds;
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_countdown->start();
    }
}

void LoginDialog::tick()
{
    if (--m_waitLeft > 0) {
        m_ui->messageLabel->setText(tr("Too many wrong attempts: try again in %1 s.").arg(m_waitLeft));
        return;
    }
    m_countdown->stop();
    m_ui->messageLabel->clear();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
}

void LoginDialog::setBusy(bool busy)
{
    m_ui->busyBar->setVisible(busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->loginEdit->setEnabled(!busy);
    m_ui->passwordEdit->setEnabled(!busy);
    m_ui->repeatEdit->setEnabled(!busy);
    m_ui->nameEdit->setEnabled(!busy);
    if (busy)
        m_ui->messageLabel->setText(tr("Checking…"));
}

} // namespace atelier
