// bench_member_cards DB [OUT.pdf]: times an A4 sheet PDF of 100 member cards (Code 128) of card holders of
// a demo store, and the same with QR codes (issue 24; budget: < 3 s for 100 cards). With OUT.pdf, keeps
// the last Code 128 sheet there to look at.
#include "bench_support.h"

#include "print/member_card_pdf.h"
#include "services/archive_service.h"
#include "services/member_cards.h"
#include "services/store.h"
#include "services/store_settings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace atelier;

namespace {

constexpr int cards = 100;
constexpr int runs = 5;

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_member_cards DATABASE [OUT.pdf]\n");
        return 2;
    }
    Store store;
    bench::openDemoStore(store, QString::fromLocal8Bit(argv[1]));

    QList<CustomerId> ids;
    for (const ArchiveRow &row : bench::readValue(
             store.archive().page({}, ArchiveSort::CreatedAt, Qt::AscendingOrder, std::nullopt, cards * 3))
                                     .rows)
        ids << row.id;
    QList<MemberCardFace> faces;
    for (const MemberCardFace &face : bench::readValue(store.memberCards().faces(ids))) {
        if (!face.cardNo.isEmpty() && faces.size() < cards)
            faces << face;
    }
    if (faces.size() < cards) {
        std::fprintf(stderr, "fewer than %d card holders among the first customers\n", cards);
        return 1;
    }
    QTemporaryDir dir;
    std::printf("| sheet | cards | pages | median ms | max ms |\n|---|---|---|---|---|\n");
    for (const auto symbology : {BarcodePainter::Symbology::Code128, BarcodePainter::Symbology::QrCode}) {
        MemberCardPdf pdf(store.settings().storeName(), MemberCardPdf::Paper::A4Sheet, symbology);
        QList<double> ms;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const WriteResult written = pdf.write(dir.filePath(QStringLiteral("cards.pdf")), faces);
            ms << bench::msSince(timer);
            if (!written.ok()) {
                std::fprintf(stderr, "%s\n", qPrintable(written.error));
                return 1;
            }
        }
        if (argc > 2 && symbology == BarcodePainter::Symbology::Code128)
            QFile::copy(dir.filePath(QStringLiteral("cards.pdf")), QString::fromLocal8Bit(argv[2]));
        std::printf("| A4, %s | %d | %d | %.1f | %.1f |\n",
            symbology == BarcodePainter::Symbology::Code128 ? "Code 128" : "QR code", cards,
            MemberCardPdf::pageCount(MemberCardPdf::Paper::A4Sheet, cards), bench::median(ms),
            bench::percentile(ms, 100));
    }
    return 0;
}
