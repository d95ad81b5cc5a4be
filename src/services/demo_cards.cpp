#include "services/demo_cards.h"

#include "core/member_card_number.h"
#include "services/demo_random.h"
#include "storage/card_number_repository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace atelier {

namespace {

constexpr int cardPerMille = 780; // of the customers who bought: about 70 % of all with the prospects
constexpr int oldCardPerMille = 250; // of the cards: typed from the old till's cards

// A number from the old till's cards: 6 to 10 digits, no check digit.
QString oldCardNumber(DemoRandom &random)
{
    const int digits = random.between(6, 10);
    QString number = QString::number(random.between(1, 9));
    while (number.size() < digits)
        number += QString::number(random.between(0, 9));
    return number;
}

} // namespace

int DemoCards::generate(Database &db, const QList<DemoVisit> &visits, std::uint64_t seed)
{
    // Her own stream, so that the cards do not shift what the other parts of the demo draw.
    DemoRandom random(seed ^ 0xca4dca4dca4dca4dULL);
    std::vector<CustomerId> buyers;
    buyers.reserve(visits.size());
    for (const DemoVisit &visit : visits)
        buyers.push_back(visit.customer);
    std::sort(buyers.begin(), buyers.end());
    buyers.erase(std::unique(buyers.begin(), buyers.end()), buyers.end());

    Transaction transaction(db.connection());
    std::vector<std::pair<CustomerId, QString>> numbers;
    QSet<QString> used;
    int given = 0;
    for (const CustomerId customer : buyers) {
        if (!random.chance(cardPerMille))
            continue;
        QString number;
        do {
            number = random.chance(oldCardPerMille)
                ? oldCardNumber(random)
                : MemberCardNumber::generated(quint32(random.between(0, 99999999)));
        } while (used.contains(number));
        used.insert(number);
        numbers.emplace_back(customer, number);
        ++given;
    }
    CardNumberRepository(db.connection()).setAll(numbers);
    transaction.commit();
    return given;
}

} // namespace atelier
