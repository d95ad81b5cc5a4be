#pragma once

#include "services/background_runner.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace atelier {

// At start, when the store's server cannot be reached or refuses the user: what happened, naming
// the server (never a password), with "Try again" (the connection is tried on a worker, at most
// 5 s, with a busy bar), "Change location…" and "Quit".
class ServerUnreachableDialog : public QDialog
{
    Q_OBJECT
public:
    enum Outcome
    {
        Quit = QDialog::Rejected,
        Reachable = QDialog::Accepted, // the server answered: open the store now
        Changed, // another location was chosen (and kept): location() says which
    };

    ServerUnreachableDialog(QString location, const QString &problem, QWidget *parent = nullptr);

    QString location() const { return m_location; }

    void tryAgain();
    void changeLocation();
    void reject() override;
    QSize sizeHint() const override;

private:
    QString m_location;
    QLabel *m_problem = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_tryAgain = nullptr;
    QPushButton *m_change = nullptr;
    BackgroundRunner m_attempt{QStringLiteral("reconnect")};
};

} // namespace atelier
