#pragma once

#include <QCoreApplication>
#include <QString>

namespace atelier {

// The sentences a window shows in place of something it could not read (the service has logged why
// and gives the reason in words): one wording for every page and dialog.
class CouldNotRead
{
    Q_DECLARE_TR_FUNCTIONS(CouldNotRead)
public:
    static QString customer(const QString &reason)
    {
        return tr("The customer could not be read: %1").arg(reason);
    }
};

} // namespace atelier
