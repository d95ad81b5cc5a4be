#include "gui/archive/spot_check_dialog.h"

#include "core/display_format.h"
#include "core/staff_goals.h"
#include "services/staff_goals.h"
#include "services/store.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace atelier {

SpotCheckDialog::SpotCheckDialog(Store &store, CustomerId customer, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_customer(customer)
{
    setObjectName(QStringLiteral("spotCheckDialog"));
    setWindowTitle(tr("Spot check: %1").arg(name));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("Is %1 a real customer, with real facts in her archive? The last verdict "
                               "counts in the archive contest.")
                                .arg(name),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_last = new QLabel(verdictText(store, customer), this);
    m_last->setObjectName(QStringLiteral("lastVerdictLabel"));
    layout->addWidget(m_last);
    auto *form = new QFormLayout;
    m_valid = new QRadioButton(tr("Valid"), this);
    m_valid->setObjectName(QStringLiteral("validRadio"));
    m_invalid = new QRadioButton(tr("Not valid"), this);
    m_invalid->setObjectName(QStringLiteral("invalidRadio"));
    m_valid->setChecked(true);
    auto *verdict = new QVBoxLayout;
    verdict->addWidget(m_valid);
    verdict->addWidget(m_invalid);
    form->addRow(tr("Verdict:"), verdict);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("checkNoteEdit"));
    m_note->setMaxLength(ArchiveCheck::maxNoteLength);
    m_note->setPlaceholderText(tr("Optional: what was wrong, or how it was checked"));
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("checkErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveCheckButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SpotCheckDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SpotCheckDialog::reject);
}

QString SpotCheckDialog::verdictText(Store &store, CustomerId customer)
{
    const ReadResult<std::optional<ArchiveCheck>> read = store.staffGoals().check(customer);
    if (!read.ok())
        return read.error;
    if (!read.value->has_value())
        return tr("Never checked.");
    const ArchiveCheck &check = **read.value;
    const QString verdict = check.valid ? tr("valid") : tr("not valid");
    const QString when = DisplayFormat::date(check.checkedOn);
    const QString text = check.checkedByName.isEmpty()
        ? tr("Checked on %1: %2").arg(when, verdict)
        : tr("Checked on %1 by %2: %3").arg(when, check.checkedByName, verdict);
    return check.note.isEmpty() ? text : tr("%1 (%2)").arg(text, check.note);
}

void SpotCheckDialog::accept()
{
    const WriteResult saved
        = m_store.staffGoals().checkArchive(m_customer, m_valid->isChecked(), m_note->text());
    if (!saved.ok()) {
        m_error->setText(saved.error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace atelier
