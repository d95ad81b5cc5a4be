#pragma once

#include "services/language.h"

#include <QLocale>
#include <QString>

namespace atelier::testing {

// The UI language a test switches to (translator and default locale), put back to English whatever
// the test's outcome.
struct LanguageScope
{
    explicit LanguageScope(const QString &code) { Language::install(code); }
    ~LanguageScope() { Language::install(QStringLiteral("en")); }
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;
};

// Only the default locale (how numbers, dates and lists are written), put back afterwards: for core
// code that reads QLocale() and no translation.
struct LocaleScope
{
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_before); }
    LocaleScope(const LocaleScope &) = delete;
    LocaleScope &operator=(const LocaleScope &) = delete;

private:
    QLocale m_before;
};

} // namespace atelier::testing
