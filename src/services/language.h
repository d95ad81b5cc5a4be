#pragma once

#include <QString>

class QCoreApplication;

namespace atelier {

// The UI language preference (a per-computer choice kept in QSettings, not in the store's database)
// and the translators that make it so.
class Language
{
public:
    // "" follows the system locale; otherwise "zh_CN" or "en".
    static QString preference();
    static void setPreference(const QString &code);

    // The language that preference() resolves to on this computer: "zh_CN" or "en".
    static QString effective();

    // Replaces any translators installed before, so it can be called again after a switch.
    static void install(const QString &code);
};

} // namespace atelier
