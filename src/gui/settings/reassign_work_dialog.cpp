#include "gui/settings/reassign_work_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

ReassignWorkDialog::ReassignWorkDialog(
    const QString &name, const OpenWork &open, const QList<AccountSummary> &staff, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reassignWorkDialog"));
    setWindowTitle(tr("Deactivate account"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("%1 will no longer log in or take the counter; her name stays in the history. "
                               "Who takes over her open work?")
                                .arg(name),
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    if (open.tasks > 0) {
        m_tasks = new QComboBox(this);
        m_tasks->setObjectName(QStringLiteral("tasksToCombo"));
        m_tasks->addItem(tr("Whoever is at the counter"), QVariant());
        for (const AccountSummary &member : staff)
            m_tasks->addItem(member.name, member.staffId);
        form->addRow(tr("%n open follow-up task(s) go to:", nullptr, open.tasks), m_tasks);
    }
    if (open.complaints > 0) {
        m_complaints = new QComboBox(this);
        m_complaints->setObjectName(QStringLiteral("complaintsToCombo"));
        for (const AccountSummary &member : staff)
            m_complaints->addItem(member.name, member.staffId);
        form->addRow(tr("%n open complaint(s) go to:", nullptr, open.complaints), m_complaints);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *deactivate = buttons->addButton(tr("Deactivate"), QDialogButtonBox::AcceptRole);
    deactivate->setObjectName(QStringLiteral("confirmDeactivateButton"));
    // Complaints need a person: with nobody to take them the account cannot be deactivated here.
    deactivate->setEnabled(!m_complaints || m_complaints->count() > 0);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

WorkReassignment ReassignWorkDialog::reassignment() const
{
    WorkReassignment to;
    if (m_tasks) {
        const QVariant taker = m_tasks->currentData();
        to.tasksToCounter = !taker.isValid();
        if (taker.isValid())
            to.tasksTo = taker.toLongLong();
    }
    if (m_complaints && m_complaints->currentIndex() >= 0)
        to.complaintsTo = m_complaints->currentData().toLongLong();
    return to;
}

} // namespace atelier
