#pragma once

#include "core/customer.h"
#include "core/loyalty_rules.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace atelier::demo {

// The raw material of the demo store: names, tags, the clothing catalogue, reasons. Data only, so
// the generator's code stays about behaviour. Chinese text here is data that a real store would
// type; it is not UI text and is not translated.

struct Weighted
{
    QString text;
    int weight;
};

struct NamedPerson
{
    QString name;
    QString ethnicity; // empty when not recorded
};

struct TagSeed
{
    QString name;
    Tag::Category category;
};

enum class SizeKind
{
    Top,
    Bottom,
    OneSize
};
enum class Season
{
    Any,
    Warm,
    Cold
};

struct CategorySpec
{
    QString name;
    int code; // the middle digits of a style number: A24-1031 is category 10, style 31
    int minYuan;
    int maxYuan;
    int weight;
    SizeKind sizes;
    Season season;
};

// Common surnames weighted by frequency (per 10 000 people, rounded), with double-character
// (欧阳, 上官) and polyphonic ones (曾, 单, 解, 仇, 区, 查, 乐) that test the pinyin keys.
const QList<Weighted> &surnames();
const QStringList &femaleGivenCharacters();
const QStringList &maleGivenCharacters();
// Whole names: customers who go by an English name, and names of minority peoples.
const QStringList &englishNames();
const QList<NamedPerson> &minorityNames();
const QList<Weighted> &ethnicities();

const QList<TagSeed> &tagLibrary();
const QList<CategorySpec> &categories();
// The demo store's tiers (issue 23): a boutique whose sale comes to about 1 000元 sets its thresholds
// higher than the seed's 1000/3000/8000元, which made a quarter of its customers Black. With 3000,
// 9000 and 20000元 of lifetime spend, about 3 % are Black, 11 % Gold and 30 % Silver, as in a real
// store. Written to the demo's settings; a new store keeps the defaults.
TierRules tierRules();
const QStringList &colours();
const QStringList &occupations();
const QStringList &returnReasons();
const QStringList &exchangeReasons();
const QStringList &clerkNames();
QString managerName();
QString lifeEventNote(LifeEvent::Kind kind);

} // namespace atelier::demo
