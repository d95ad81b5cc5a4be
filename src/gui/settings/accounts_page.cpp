#include "gui/settings/accounts_page.h"

#include "gui/settings/account_form_dialog.h"
#include "gui/settings/account_worker.h"
#include "gui/settings/reassign_work_dialog.h"
#include "services/counter_shift.h"
#include "services/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace atelier {

namespace {

enum Column
{
    NameColumn,
    LoginColumn,
    RoleColumn,
    PinColumn,
    StateColumn,
    ColumnCount
};

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

AccountsPage::AccountsPage(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_worker(new AccountWorker(store.path(), store.clock(), this))
{
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Login"), tr("Role"), tr("Counter PIN"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    m_addButton = button(tr("Add account…"), "addAccountButton", this);
    m_passwordButton = button(tr("Reset password…"), "resetPasswordButton", this);
    m_pinButton = button(tr("Set counter PIN…"), "setPinButton", this);
    m_deactivateButton = button(tr("Deactivate…"), "deactivateButton", this);
    for (QPushButton *b : {m_addButton, m_passwordButton, m_pinButton, m_deactivateButton})
        buttons->addWidget(b);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accountsStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_addButton, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_passwordButton, &QPushButton::clicked, this, &AccountsPage::resetPassword);
    connect(m_pinButton, &QPushButton::clicked, this, &AccountsPage::setPin);
    connect(m_deactivateButton, &QPushButton::clicked, this, &AccountsPage::deactivate);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AccountsPage::updateButtons);
    reload();
}

void AccountsPage::reload()
{
    const std::optional<Session> session = m_store.shift().session();
    m_accounts = session ? m_store.accounts().accounts(*session) : QList<AccountSummary>();
    m_table->setRowCount(static_cast<int>(m_accounts.size()));
    for (int row = 0; row < m_accounts.size(); ++row) {
        const AccountSummary &a = m_accounts.at(row);
        // "—": a member of staff who takes the counter with a PIN but does not log in.
        const QStringList cells{a.name, a.login.isEmpty() ? QStringLiteral("—") : a.login,
            a.role == Role::Manager ? tr("Manager") : tr("Clerk"), a.hasPin ? tr("set") : tr("none"),
            a.active ? tr("active") : tr("deactivated")};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

std::optional<StaffId> AccountsPage::selectedStaff() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_accounts.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_accounts.at(row).staffId;
}

void AccountsPage::updateButtons()
{
    const bool idle = !m_worker->isBusy();
    const std::optional<StaffId> staff = selectedStaff();
    const bool active = staff && m_accounts.at(m_table->currentRow()).active;
    const bool logsIn = staff && !m_accounts.at(m_table->currentRow()).login.isEmpty();
    m_addButton->setEnabled(idle);
    m_passwordButton->setEnabled(idle && active && logsIn);
    m_pinButton->setEnabled(idle && active);
    m_deactivateButton->setEnabled(idle && active);
}

void AccountsPage::addAccount()
{
    AccountFormDialog form(this);
    if (form.exec() != QDialog::Accepted)
        return;
    const QString name = form.name(), login = form.login(), password = form.password();
    const Role role = form.role();
    run([=](AccountService &accounts,
            const Session &by) { return accounts.addAccount(by, name, login, password, role); },
        tr("%1 can log in now.").arg(name.trimmed()));
}

void AccountsPage::resetPassword()
{
    const std::optional<StaffId> staff = selectedStaff();
    if (!staff)
        return;
    const QString name = m_accounts.at(m_table->currentRow()).name;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset password"),
        tr("New password for %1:").arg(name), QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    run([=](AccountService &accounts,
            const Session &by) { return accounts.resetPassword(by, *staff, password); },
        tr("%1's password was reset.").arg(name));
}

void AccountsPage::setPin()
{
    const std::optional<StaffId> staff = selectedStaff();
    if (!staff)
        return;
    const QString name = m_accounts.at(m_table->currentRow()).name;
    bool ok = false;
    const QString pin = QInputDialog::getText(this, tr("Counter PIN"),
        tr("Counter PIN for %1 (4 to 6 digits):").arg(name), QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    run([=](AccountService &accounts, const Session &by) { return accounts.setPin(by, *staff, pin); },
        tr("%1's counter PIN was set.").arg(name));
}

void AccountsPage::deactivate()
{
    const std::optional<StaffId> staff = selectedStaff();
    const std::optional<Session> session = m_store.shift().session();
    if (!staff || !session)
        return;
    const QString name = m_accounts.at(m_table->currentRow()).name;
    // Her open tasks and complaints go to someone the manager chooses, in the same transaction.
    const ReadResult<OpenWork> open = m_store.accounts().openWork(*session, *staff);
    if (!open.ok()) {
        finished(open.error, QString());
        return;
    }
    WorkReassignment to;
    if (open.value->isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Deactivate account"),
            tr("%1 will no longer log in or take the counter. Their name stays in the history. "
               "Deactivate?")
                .arg(name));
        if (answer != QMessageBox::Yes)
            return;
    } else {
        QList<AccountSummary> takers;
        for (const AccountSummary &member : std::as_const(m_accounts))
            if (member.active && member.staffId != *staff)
                takers << member;
        ReassignWorkDialog dialog(name, *open.value, takers, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        to = dialog.reassignment();
    }
    run([=](AccountService &accounts, const Session &by) { return accounts.deactivate(by, *staff, to); },
        tr("%1 can no longer log in or take the counter.").arg(name));
}

void AccountsPage::run(
    std::function<AccountResult(AccountService &, const Session &)> change, const QString &done)
{
    const std::optional<Session> by = m_store.shift().session();
    if (!by) {
        finished(tr("Log in as the manager first."), done);
        return;
    }
    const bool started = m_worker->start([change = std::move(change), by = *by](AccountService &accounts) {
        LoginResult result;
        result.error = change(accounts, by).error;
        return result;
    });
    if (!started)
        return;
    m_status->setText(tr("Saving…"));
    updateButtons();
    connect(
        m_worker, &AccountWorker::done, this,
        [this, done](const LoginResult &result) { finished(result.error, done); }, Qt::SingleShotConnection);
}

void AccountsPage::finished(const QString &error, const QString &done)
{
    m_status->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #c0392b;"));
    m_status->setText(error.isEmpty() ? done : error);
    reload();
}

} // namespace atelier
