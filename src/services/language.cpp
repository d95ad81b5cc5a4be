#include "services/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace atelier {

namespace {

const QString languageKey = QStringLiteral("ui/language");

// Owned here rather than parented to the application so that a switch can remove the old ones.
std::vector<std::unique_ptr<QTranslator>> &installedTranslators()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QString Language::preference()
{
    return QSettings().value(languageKey).toString();
}

void Language::setPreference(const QString &code)
{
    QSettings().setValue(languageKey, code);
}

QString Language::effective()
{
    const QString code = preference();
    if (code == QStringLiteral("zh_CN") || code == QStringLiteral("en"))
        return code;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void Language::install(const QString &code)
{
    auto &translators = installedTranslators();
    for (const auto &translator : translators)
        QCoreApplication::removeTranslator(translator.get());
    translators.clear();
    auto load = [&translators](const QString &file, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file, folder) && QCoreApplication::installTranslator(translator.get()))
            translators.push_back(std::move(translator));
    };
    if (code != QStringLiteral("zh_CN")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The sources are English; this file only spells their plurals ("1 customer", "2 customers").
        load(QStringLiteral("atelier_en"), QStringLiteral(":/i18n"));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(QStringLiteral("atelier_zh_CN"), QStringLiteral(":/i18n"));
}

} // namespace atelier
