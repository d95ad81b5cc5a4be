#include "print/member_card_print.h"

#include "services/access.h"
#include "services/audit_trail.h"
#include "services/csv_export.h"
#include "services/member_cards.h"
#include "services/store.h"
#include "services/store_settings.h"

#include <QFile>
#include <QFileInfo>

namespace atelier {

MemberCardPrint::Outcome MemberCardPrint::run(Store &store, const MemberCardPdf::Progress &progress) const
{
    Outcome outcome;
    // One customer's card is the counter's; the cards of many leave the shop with their names, as an
    // export does: the same permission, asked before the list is read, and the same audit entry.
    const bool asExport = filter || customers.size() > 1;
    if (asExport) {
        if (const QString refused = Access::refusal(store.database(), Permission::ExportCustomers);
            !refused.isEmpty()) {
            outcome.written = WriteResult::failure(refused);
            return outcome;
        }
    }
    QList<CustomerId> customers = this->customers;
    if (filter) {
        const ReadResult<QList<CustomerId>> matching = store.memberCards().customersMatching(*filter);
        if (!matching.ok()) {
            outcome.written = WriteResult::failure(matching.error);
            return outcome;
        }
        customers = *matching.value;
    }
    const CardNumberResult numbered = store.memberCards().numberAll(customers, &outcome.numbered);
    if (!numbered.ok()) {
        outcome.written = WriteResult::failure(numbered.error);
        return outcome;
    }
    const ReadResult<QList<MemberCardFace>> faces = store.memberCards().faces(customers);
    if (!faces.ok()) {
        outcome.written = WriteResult::failure(faces.error);
        return outcome;
    }
    outcome.cards = int(faces.value->size());
    MemberCardPdf pdf(store.settings().storeName(), paper, symbology);
    outcome.written = pdf.write(fileName, *faces.value, progress);
    if (asExport && outcome.written.ok()) {
        ExportResult exported;
        exported.rows = outcome.cards;
        ExportRecord record{QStringLiteral("member_cards"), filter ? exportFilterText(*filter) : QString(),
            {QStringLiteral("name"), QStringLiteral("card_no"), QStringLiteral("tier")}, 0,
            QFileInfo(fileName).fileName()};
        if (!recordCompleteExport(store.database(), exported, record)) {
            QFile::remove(fileName); // a file of names that the trail does not know of is not kept
            outcome.written = WriteResult::failure(exported.error);
        }
    }
    return outcome;
}

} // namespace atelier
