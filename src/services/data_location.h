#pragma once

#include <QString>

namespace atelier {

// Where the store's data lives unless --db says otherwise: the platform's application data folder
// (~/.local/share/Atelier/Atelier on Linux, %APPDATA%\Atelier\Atelier on Windows).
QString dataFolder();
QString defaultDatabasePath();

} // namespace atelier
