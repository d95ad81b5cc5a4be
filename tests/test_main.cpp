#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AtelierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("AtelierTests"));
    return Catch::Session().run(argc, argv);
}
