#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace atelier {

// An amount of yuan held as integer fen (1 元 = 100 fen). Money never touches floating point:
// parsing and formatting work on the decimal text directly.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }
    static constexpr Money fromYuan(std::int64_t yuan) { return Money(yuan * 100); }

    // Accepts "12", "12.3", "12.34", "-5.00", "¥1,234.50", "1234.5元". Rejects more than two decimals.
    static std::optional<Money> parse(const QString &text);

    constexpr std::int64_t fen() const { return m_fen; }
    // "1234.50": plain decimal, for forms and CSV.
    QString toDecimalString() const;
    // "¥1,234.50": for display.
    QString toDisplayString() const;

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money operator*(std::int64_t factor) const { return Money(m_fen * factor); }
    constexpr Money &operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(std::int64_t fen)
        : m_fen(fen)
    {
    }
    std::int64_t m_fen = 0;
};

} // namespace atelier
