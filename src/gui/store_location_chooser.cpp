#include "gui/store_location_chooser.h"

#include "services/data_location.h"
#include "services/store.h"
#include "services/store_location_choice.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace atelier {

StoreLocationChooser::StoreLocationChooser(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_thisComputer = new QRadioButton(tr("On this computer"), this);
    m_thisComputer->setObjectName(QStringLiteral("thisComputerRadio"));
    m_thisComputer->setToolTip(QDir::toNativeSeparators(defaultDatabasePath()));
    layout->addWidget(m_thisComputer);
    m_server = new QRadioButton(tr("On the shop's database server"), this);
    m_server->setObjectName(QStringLiteral("serverRadio"));
    layout->addWidget(m_server);

    auto *serverRow = new QHBoxLayout;
    serverRow->setContentsMargins(24, 0, 0, 0); // under its choice
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(QStringLiteral("postgresql://user@server/atelier"));
    m_location->setToolTip(
        tr("No password here: it goes in the password file ~/.pgpass (see docs/postgresql.md)."));
    serverRow->addWidget(m_location, 1);
    m_testButton = new QPushButton(tr("Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    serverRow->addWidget(m_testButton);
    layout->addLayout(serverRow);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    m_thisComputer->setChecked(true);
    connect(m_thisComputer, &QRadioButton::toggled, this, &StoreLocationChooser::chosen);
    connect(m_testButton, &QPushButton::clicked, this, &StoreLocationChooser::testConnection);
    connect(m_location, &QLineEdit::textEdited, m_result, &QLabel::hide);
    chosen();
}

void StoreLocationChooser::setLocation(const QString &location)
{
    const bool server = Store::isServerLocation(location);
    (server ? m_server : m_thisComputer)->setChecked(true);
    m_location->setText(server ? location : QString());
    m_result->hide();
}

QString StoreLocationChooser::location() const
{
    return m_server->isChecked() ? m_location->text().trimmed() : QString();
}

bool StoreLocationChooser::check()
{
    if (!m_server->isChecked())
        return true;
    const QString text = location();
    QString refusal;
    if (text.isEmpty() || !Store::isServerLocation(text))
        refusal = tr("Enter the server's location, which starts with postgresql://, as in "
                     "postgresql://user@server/atelier.");
    else
        refusal = StoreLocationChoice::refusal(text);
    if (refusal.isEmpty())
        return true;
    say(refusal, true);
    m_location->setFocus();
    return false;
}

void StoreLocationChooser::testConnection()
{
    if (m_test.isRunning() || !m_server->isChecked() || !check())
        return;
    m_testButton->setEnabled(false);
    say(tr("Connecting to %1…").arg(StoreLocationChoice::describe(location())), false);
    m_test.run(
        this, [location = location()](BackgroundJob &) { return StoreLocationChoice::test(location); },
        [this](BackgroundResult<StoreLocationChoice::TestResult> result) {
            m_testButton->setEnabled(m_server->isChecked());
            const bool reached = result.ok() && result.value->reached;
            say(result.ok() ? result.value->words : result.error, !reached);
            emit tested(reached);
        });
}

void StoreLocationChooser::chosen()
{
    const bool server = m_server->isChecked();
    m_location->setEnabled(server);
    m_testButton->setEnabled(server && !m_test.isRunning());
    m_result->hide();
    if (server)
        m_location->setFocus();
}

void StoreLocationChooser::say(const QString &words, bool trouble)
{
    m_result->setStyleSheet(trouble ? QStringLiteral("color: #c0392b;") : QString());
    m_result->setText(words);
    m_result->show();
}

} // namespace atelier
