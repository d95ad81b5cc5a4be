#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "services/background_runner.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // Before the QApplication: widgets need a platform, and CI has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AtelierTests"));
    QApplication::setApplicationName(QStringLiteral("AtelierGuiTests"));
    const int failed = Catch::Session().run(argc, argv);
    // As the app does at quit: no worker outlives the tests' stores and the application.
    atelier::BackgroundRunner::waitForAll(std::chrono::seconds(10));
    return failed;
}
