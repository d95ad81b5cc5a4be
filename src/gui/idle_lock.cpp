#include "gui/idle_lock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace atelier {

IdleLock::IdleLock(int minutes, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_paused = true;
        emit locked();
    });
    if (minutes > 0) {
        m_timer->setInterval(minutes * 60 * 1000);
        m_timer->start();
    }
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    if (minutes <= 0) {
        m_timer->stop();
        m_timer->setInterval(0);
        return;
    }
    setInterval(minutes * 60 * 1000);
}

void IdleLock::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
    if (!m_paused)
        m_timer->start();
}

void IdleLock::pause()
{
    m_paused = true;
    m_timer->stop();
}

void IdleLock::resume()
{
    m_paused = false;
    if (m_timer->interval() > 0)
        m_timer->start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_paused && m_timer->interval() > 0)
            m_timer->start(); // restarts the wait
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace atelier
