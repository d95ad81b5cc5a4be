#include "gui_test_helpers.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

namespace atelier::testing {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, ch.toLatin1());
        } else {
            QInputMethodEvent event;
            event.setCommitString(QString(ch));
            QCoreApplication::sendEvent(widget, &event);
        }
    }
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

void whenModalOpens(const std::function<void(QWidget *dialog)> &action)
{
    // Polls with a fresh single shot until the dialog is up; the app object is the timer's context.
    QTimer::singleShot(10, qApp, [action]() {
        if (QWidget *dialog = QApplication::activeModalWidget())
            action(dialog);
        else
            whenModalOpens(action);
    });
}

void saveInDialog(QFileDialog *dialog, const QString &path)
{
    const QFileInfo target(path);
    dialog->setDirectory(target.absolutePath());
    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
        name->setText(target.fileName());
    else
        dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // what the Save button does
}

} // namespace atelier::testing
