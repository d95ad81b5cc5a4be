#pragma once

#include "core/archive_query.h"
#include "core/customer.h"
#include "core/write_result.h"
#include "print/member_card_pdf.h"

#include <QList>

#include <QString>
#include <optional>

namespace atelier {

class Store;

// Printing the member cards of some customers, as the counter's Print card…, the archive's Print
// cards… and `atelier-cli cards` do it: those without a number are given one first (in one audited
// transaction), then every card goes to the PDF. Runs on whatever thread owns `store` (a worker's).
// One customer's card: anyone serving customers; the cards of several: who may export customers.
struct MemberCardPrint
{
    QList<CustomerId> customers;
    // Instead of `customers`: those the archive list shows with this filter, read by the worker.
    std::optional<ArchiveFilter> filter;
    QString fileName;
    MemberCardPdf::Paper paper = MemberCardPdf::Paper::A4Sheet;
    BarcodePainter::Symbology symbology = BarcodePainter::Symbology::Code128;

    struct Outcome
    {
        WriteResult written;
        int cards = 0; // printed
        int numbered = 0; // given a number first
    };
    Outcome run(Store &store, const MemberCardPdf::Progress &progress = {}) const;
};

} // namespace atelier
