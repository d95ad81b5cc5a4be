#pragma once

#include <catch2/catch.hpp>

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace atelier::testing {

// A test's own QSettings folder: the computer's settings (and the other tests') stay as they are.
class ScopedSettingsFolder
{
public:
    ScopedSettingsFolder()
    {
        REQUIRE(m_folder.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_folder.path());
    }
    ~ScopedSettingsFolder()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }
    ScopedSettingsFolder(const ScopedSettingsFolder &) = delete;
    ScopedSettingsFolder &operator=(const ScopedSettingsFolder &) = delete;

private:
    QTemporaryDir m_folder;
};

} // namespace atelier::testing
