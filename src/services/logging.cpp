#include "services/logging.h"

#include <QDir>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace atelier {

void setUpLogging(const QString &folder, const QString &fileName)
{
    QDir().mkpath(folder);
    std::vector<spdlog::sink_ptr> sinks;
    try {
        auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            QDir(folder).filePath(fileName).toStdString(), 2 * 1024 * 1024, 5);
        file->set_level(spdlog::level::info);
        sinks.push_back(file);
    } catch (const spdlog::spdlog_ex &) {
        // A read-only data folder must not stop the store from working; stderr still gets warnings.
    }
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    sinks.push_back(console);
    auto logger = std::make_shared<spdlog::logger>("atelier", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

} // namespace atelier
