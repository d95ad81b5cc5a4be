#pragma once

#include "core/customer.h"
#include "services/demo_random.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace atelier {

// How often a demo customer comes back: the mix that makes RFM segments and tiers interesting.
enum class DemoBuyerKind
{
    Regular,
    Occasional,
    OneOff
};

struct DemoPerson
{
    Customer customer;
    QList<int> tags; // indexes into demo::tagLibrary()
    std::optional<LifeEvent> lifeEvent;
    DemoBuyerKind buyer = DemoBuyerKind::OneOff;
    int intervalDays = 0; // typical days between visits (regulars and occasional buyers)
    // A prospect (潜在客户): registered (at an event, from WeChat or Douyin...) and never bought.
    bool prospect = false;
    // A referral customer's referrer (老带新): the index of a customer made before her, whose id is
    // known by the time she is written; so nobody refers herself and there are no cycles.
    std::optional<int> referrerIndex;
};

// Makes believable customers of a women's clothing store: Chinese names by surname frequency,
// unique mobile numbers, sizes that fit the gender and body type, tags, the odd life event.
class DemoPeople
{
public:
    DemoPeople(DemoRandom &random, QDate lastDay);

    // A new customer who registered at `registeredAt`; `clerks` are the staff who can register them,
    // `earlierIds` the customers who could have referred them.
    // The `index`-th customer (0 first), who registered at `registeredAt`; `clerks` are the staff who
    // can register them. One who came by referral was brought by a customer made before her, most
    // often one who comes back to buy.
    DemoPerson make(const QDateTime &registeredAt, const QList<StaffId> &clerks, int index);

private:
    QString chineseName(Gender gender);
    QString uniqueMobile();
    QString wechatId();
    void fillBody(Customer &c);
    void fillBirth(Customer &c);
    QList<int> tagsFor(const Customer &c);

    DemoRandom &m_random;
    QDate m_lastDay;
    QSet<QString> m_phones;
    QList<int> m_buyersAgain; // indexes of the regular and occasional buyers made so far
};

} // namespace atelier
