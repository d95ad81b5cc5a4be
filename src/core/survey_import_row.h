#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace atelier {

// Where a survey file's columns are, found by their header names (docs/import.md): the customer's id in
// the archive or her phone (at least one), the day, the score and the comment (optional). -1: absent.
struct SurveyColumns
{
    int customerId = -1;
    int phone = -1;
    int date = -1;
    int score = -1;
    int comment = -1;
};

// One row of a survey file as read: the customer by id or by phone (normalised digits), the day, the
// 1-5 score and the comment, trimmed.
struct SurveyRow
{
    std::optional<qint64> customerId; // set when the row gives an id; else phone holds her digits
    QString phone;
    QDate day;
    int score = 0;
    QString comment;
};

// Reads a survey file (the data hub's satisfaction survey export, seed 002 §5): finds the columns by name
// and takes one row, or says in the UI language why the row cannot be taken. A score of 0, 6, "five" or
// nothing rejects the row, as do a date that is not one and a row naming no customer.
class SurveyImportRow
{
    Q_DECLARE_TR_FUNCTIONS(SurveyImportRow)
public:
    // The columns of `header`, or why the file cannot be read (a required column missing).
    static std::optional<SurveyColumns> columns(const QStringList &header, QString &why);
    // The header names each field is known by, lower case: customer_id, 顾客编号, phone, 手机号, …
    static QStringList namesOf(const char *field);

    static bool read(const QStringList &fields, const SurveyColumns &columns, SurveyRow &row, QString &why);
    // A score as people type it: "4" or "4.0" (a number column saved by Excel); 1 to 5.
    static bool score(const QString &text, int &score, QString &why);
};

} // namespace atelier
