#pragma once

#include <QObject>

class QTimer;

namespace atelier {

// Locks the counter PC after a while without a key or a click, so the next person at the keyboard
// logs in as themselves: watches every input event of the application and says `locked()` when
// none came for the chosen time. 0 minutes: never.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(int minutes, QObject *parent = nullptr);

    void setMinutes(int minutes); // 0: never
    void setInterval(int milliseconds); // for tests; minutes * 60000 otherwise
    // While the login screen is up the lock does not count (its own typing is input too).
    void pause();
    void resume();

signals:
    void locked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    bool m_paused = false;
};

} // namespace atelier
