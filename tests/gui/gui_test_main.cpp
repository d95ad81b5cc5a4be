#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    // Before the QApplication: widgets need a platform, and CI has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AtelierTests"));
    QApplication::setApplicationName(QStringLiteral("AtelierGuiTests"));
    return Catch::Session().run(argc, argv);
}
