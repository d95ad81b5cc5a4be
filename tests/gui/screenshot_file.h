#pragma once

#include <QDir>
#include <QString>
#include <QTest>
#include <QWidget>

#include <cstdio>

namespace atelier::testing {

// Saves what `widget` shows as FOLDER/NAME.png once pending paints are done; a file that cannot be
// written is said on stderr. For the screenshot tool's shots, one way for all of them.
inline void saveShot(QWidget *widget, const QString &folder, const QString &name)
{
    QTest::qWait(100);
    const QString path = QDir(folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
}

} // namespace atelier::testing
