#include "print/member_card_print.h"

#include "services/access.h"
#include "services/member_cards.h"
#include "services/store.h"
#include "services/store_settings.h"

namespace atelier {

MemberCardPrint::Outcome MemberCardPrint::run(Store &store, const MemberCardPdf::Progress &progress) const
{
    Outcome outcome;
    QList<CustomerId> customers = this->customers;
    if (filter) {
        const ReadResult<QList<CustomerId>> matching = store.memberCards().customersMatching(*filter);
        if (!matching.ok()) {
            outcome.written = WriteResult::failure(matching.error);
            return outcome;
        }
        customers = *matching.value;
    }
    // One customer's card is the counter's; the cards of many leave the shop with their names, as an
    // export does.
    if (filter || customers.size() > 1) {
        if (const QString refused = Access::refusal(store.database(), Permission::ExportCustomers);
            !refused.isEmpty()) {
            outcome.written = WriteResult::failure(refused);
            return outcome;
        }
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
    return outcome;
}

} // namespace atelier
