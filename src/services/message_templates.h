#pragma once

#include <QObject>

namespace atelier {

class Clock;
class Database;

// Message templates for WeChat/SMS (skeleton: filled in by the templates work).
class MessageTemplates : public QObject
{
    Q_OBJECT
public:
    MessageTemplates(Database &db, const Clock &clock, QObject *parent = nullptr);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace atelier
