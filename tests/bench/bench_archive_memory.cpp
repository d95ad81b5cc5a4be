// Opens the real main window on a large store, shows the archive page and scrolls it the way a
// manager would (page by page, then all the way down), reporting times and the process's peak
// resident memory. Budget: the archive opens without loading all rows; peak memory < 200 MB.
//   bench_archive_memory STORE.sqlite
#include "gui/main_window.h"
#include "services/store.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QListWidget>
#include <QScrollBar>
#include <QTableView>

#include <sys/resource.h>

#include <cstdio>

using namespace atelier;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void scrollToEnd(QTableView *view)
{
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
    QApplication::processEvents();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_archive_memory STORE.sqlite\n");
        return 2;
    }
    Store store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 2;
    }
    std::printf("after opening the store: peak %.0f MB\n", peakMegabytes());

    QElapsedTimer timer;
    timer.start();
    MainWindow window(store);
    window.resize(1280, 800);
    window.show();
    auto *navigation = window.findChild<QListWidget *>();
    if (navigation)
        navigation->setCurrentRow(3); // the archive page
    auto *view = window.findChild<QTableView *>(QStringLiteral("archiveView"));
    if (!view) {
        std::fprintf(stderr, "archive view not found\n");
        return 1;
    }
    QApplication::processEvents();
    QAbstractItemModel *model = view->model();
    std::printf("window + archive page shown: %lld ms, %d rows loaded, peak %.0f MB\n",
        static_cast<long long>(timer.elapsed()), model->rowCount(), peakMegabytes());

    timer.restart();
    for (int i = 0; i < 50; ++i)
        scrollToEnd(view);
    std::printf("50 scrolls to the end of what is loaded: %lld ms, %d rows loaded, peak %.0f MB\n",
        static_cast<long long>(timer.elapsed()), model->rowCount(), peakMegabytes());

    timer.restart();
    model->sort(0, Qt::DescendingOrder);
    QApplication::processEvents();
    std::printf("sort by name: %lld ms, %d rows loaded\n", static_cast<long long>(timer.elapsed()),
        model->rowCount());

    timer.restart();
    while (model->canFetchMore({}))
        scrollToEnd(view);
    std::printf("scrolled through every customer: %lld ms, %d rows loaded, peak %.0f MB\n",
        static_cast<long long>(timer.elapsed()), model->rowCount(), peakMegabytes());
    return 0;
}
