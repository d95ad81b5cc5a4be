#include "gui/server_unreachable_dialog.h"

#include "gui/store_location_dialog.h"
#include "services/store_location_choice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

namespace {

constexpr int openingWidth = 520;

} // namespace

ServerUnreachableDialog::ServerUnreachableDialog(QString location, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_location(std::move(location))
{
    setWindowTitle(tr("The store's server cannot be reached"));
    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(tr("The store's data is in %1, which cannot be used now.")
                                 .arg(StoreLocationChoice::describe(m_location)),
        this);
    where->setWordWrap(true);
    layout->addWidget(where);
    m_problem = new QLabel(problem, this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyBar"));
    m_busy->setRange(0, 0); // how long a connection takes is not known: it only moves
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);

    auto *buttons = new QDialogButtonBox(this);
    m_tryAgain = buttons->addButton(tr("Try again"), QDialogButtonBox::AcceptRole);
    m_tryAgain->setObjectName(QStringLiteral("tryAgainButton"));
    m_tryAgain->setDefault(true);
    m_change = buttons->addButton(tr("Change location…"), QDialogButtonBox::ActionRole);
    m_change->setObjectName(QStringLiteral("changeButton"));
    QPushButton *quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(m_tryAgain, &QPushButton::clicked, this, &ServerUnreachableDialog::tryAgain);
    connect(m_change, &QPushButton::clicked, this, &ServerUnreachableDialog::changeLocation);
    connect(quit, &QPushButton::clicked, this, &ServerUnreachableDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(openingWidth);
}

void ServerUnreachableDialog::tryAgain()
{
    if (m_attempt.isRunning())
        return;
    m_tryAgain->setEnabled(false);
    m_change->setEnabled(false);
    m_busy->show();
    m_attempt.run(
        this, [location = m_location](BackgroundJob &) { return StoreLocationChoice::test(location); },
        [this](BackgroundResult<StoreLocationChoice::TestResult> result) {
            m_busy->hide();
            m_tryAgain->setEnabled(true);
            m_change->setEnabled(true);
            if (result.ok() && result.value->reached) {
                done(Reachable);
                return;
            }
            m_problem->setText(result.ok() ? result.value->words : result.error);
        });
}

void ServerUnreachableDialog::changeLocation()
{
    StoreLocationDialog choose(m_location, this);
    if (choose.exec() != QDialog::Accepted)
        return;
    m_location = StoreLocationChoice::effective({});
    done(Changed);
}

void ServerUnreachableDialog::reject()
{
    m_attempt.cancel(); // a connection being tried is left to time out on its worker
    QDialog::reject();
}

// Its words wrap: their height is worked out for the width it opens at. (From a narrower hint, the
// Chinese text was given lines it did not need, left as gaps between the paragraphs.)
QSize ServerUnreachableDialog::sizeHint() const
{
    return QDialog::sizeHint().expandedTo(QSize(openingWidth, 0));
}

} // namespace atelier
