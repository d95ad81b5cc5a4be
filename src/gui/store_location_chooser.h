#pragma once

#include "services/background_runner.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace atelier {

// Where the store's data is: on this computer (the default file) or on the shop's database server,
// with the server's location and a "Test connection" that opens it on a worker, so the window stays
// alive while a server that is gone makes the connection wait (at most 5 s). Used by the first
// start's question and by Settings → Database.
class StoreLocationChooser : public QWidget
{
    Q_OBJECT
public:
    explicit StoreLocationChooser(QWidget *parent = nullptr);

    // Empty or a file: this computer; a server location: the server, with its text in the field.
    void setLocation(const QString &location);
    // Empty for this computer (the default file); the server's location otherwise.
    QString location() const;
    // The choice can be kept; otherwise the reason is shown under the field and focus goes there.
    bool check();
    void testConnection();
    bool isTesting() const { return m_test.isRunning(); }

signals:
    void tested(bool reached);

private:
    void chosen();
    void say(const QString &words, bool trouble);

    QRadioButton *m_thisComputer = nullptr;
    QRadioButton *m_server = nullptr;
    QLineEdit *m_location = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_result = nullptr;
    BackgroundRunner m_test{QStringLiteral("location-test")};
};

} // namespace atelier
