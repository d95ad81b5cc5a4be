#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "services/background_runner.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // keep test output to the failures
    QCoreApplication::setOrganizationName(QStringLiteral("AtelierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AtelierTests"));
    const int failed = Catch::Session().run(argc, argv);
    // As the app does at quit: no worker outlives the tests' stores and the application.
    atelier::BackgroundRunner::waitForAll(std::chrono::seconds(10));
    return failed;
}
