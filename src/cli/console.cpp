#include "cli/commands.h"

#include "core/csv_writer.h"
#include "services/data_location.h"
#include "services/store.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace atelier::cli {

// Output is UTF-8 on every platform, so Chinese names survive pipes and redirection.
void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

int badInput(const QString &message)
{
    printError(QStringLiteral("atelier-cli: ") + message + u'\n'
        + Cli::tr("Try \"atelier-cli --help\" for the verbs and their options.") + u'\n');
    return BadInput;
}

int readFailed(const QString &error)
{
    printError(QStringLiteral("atelier-cli: ") + error + u'\n');
    return Failure;
}

QString usage(const QString &verb)
{
    const QString demo = Cli::tr(
        "atelier-cli [--db FILE] demo --customers N [--years Y] [--seed S] [--until YYYY-MM-DD]\n"
        "    Fill an empty database with a reproducible demo store: customers, staff, tags and\n"
        "    Y years (default 3) of sales up to the given day (default yesterday). Seed default 1.\n");
    const QString find
        = Cli::tr("atelier-cli [--db FILE] find QUERY [--limit N]\n"
                  "    The counter search: phone digits, name, pinyin initials or WeChat id. Prints one\n"
                  "    match a line as CSV: id,name,masked phone,tier. Default limit 20.\n");
    const QString exportText
        = Cli::tr("atelier-cli [--db FILE] export customers --out FILE [--format csv|xlsx] [--tag TAG]\n"
                  "        [--segment S] [--tier T] [--tasks YYYY-MM-DD] [--columns a,b,c]\n"
                  "    Write the customer archive (or the customers with TAG) as CSV, UTF-8 with BOM, or\n"
                  "    XLSX (default: by the file's suffix). --segment/--tier list a Tiers page list\n"
                  "    instead (codes as `rfm` prints them; tier member); --tasks the customers of that\n"
                  "    day's follow-up tasks, each once. --columns: only those columns.\n");
    const QString rfm
        = Cli::tr("atelier-cli [--db FILE] rfm [--as-of YYYY-MM-DD]\n"
                  "    Every customer's RFM facts, scores, segment and tier as of the end of a day (default\n"
                  "    today), computed from the sales without changing anything. CSV with the header\n"
                  "    customer_id,last_purchase,frequency,monetary_fen,r,f,m,segment,named_segment,tier.\n");
    const QString nightly = Cli::tr(
        "atelier-cli [--db FILE] nightly [--as-of YYYY-MM-DD]\n"
        "    Run the nightly job: segments, tiers and points expiry as of a day (default: the day\n"
        "    the app's nightly timer covers, normally yesterday). Running it twice changes nothing.\n");
    if (verb == QStringLiteral("rfm"))
        return rfm;
    if (verb == QStringLiteral("nightly"))
        return nightly;
    const QString points
        = Cli::tr("atelier-cli [--db FILE] points CUSTOMER_ID\n"
                  "    Print the customer's points ledger as CSV, oldest first, with the balance after each\n"
                  "    row: id,happened_at,kind,points,balance_after,expires_on,sale_id,reason.\n");
    const QString pointsAdjust = Cli::tr(
        "atelier-cli [--db FILE] points adjust CUSTOMER_ID POINTS --reason TEXT\n"
        "    A manager's correction: add POINTS, or take them away when negative (-50), with the reason\n"
        "    on record. Prints the new balance. Exit 1 when it would take the balance below zero (nothing\n"
        "    is written), 2 for an unknown customer, POINTS not a whole number or 0, or no reason.\n");
    if (verb == QStringLiteral("demo"))
        return demo;
    if (verb == QStringLiteral("find"))
        return find;
    if (verb == QStringLiteral("export"))
        return exportText;
    const QString import = Cli::tr(
        "atelier-cli [--db FILE] import sales FILE (--mapping NAME | --columns SPEC)\n"
        "        [--encoding utf-8|gb18030|utf-16le|utf-16be] [--dry-run] [--all-or-nothing] [--rejects FILE]\n"
        "        [--save-mapping NAME]\n"
        "    Import a till's export of sale lines (CSV; encoding and delimiter detected). SPEC names the\n"
        "    columns: invoice=..,style=..,quantity=..,date=..,price=..[,customer=..][,phone=..]. Prints a\n"
        "    summary; rejected rows go to FILE (default: the file's name + .rejected.csv). Exit 0 only when\n"
        "    something was imported or the dry run passed.\n"
        "atelier-cli [--db FILE] import customers FILE --phone-column NAME --id-column NAME\n"
        "        [--name-column NAME]\n"
        "    Give archive customers (found by phone) their till customer number, and attach the sales\n"
        "    imported under that number. With --name-column, a phone not in the archive registers a\n"
        "    new customer of that name; without it, no customer is created.\n"
        "atelier-cli [--db FILE] import surveys FILE [--encoding utf-8|gb18030|utf-16le|utf-16be] [--dry-run] [--rejects FILE]\n"
        "    Import satisfaction survey results: columns customer_id (顾客编号) or phone (手机号), date (日期),\n"
        "    score (评分, 1 to 5) and comment (评语), found by their header names. The same file twice adds\n"
        "    nothing. Exit 0 when something was imported or the dry run passed, 1 when nothing, 2 bad input.\n");
    if (verb == QStringLiteral("import"))
        return import;
    if (verb == QStringLiteral("points"))
        return points + pointsAdjust;
    const QString complaints = Cli::tr(
        "atelier-cli [--db FILE] complaints [--open]\n"
        "    Print the complaints as CSV, newest first (with --open: the ones not closed, most urgent\n"
        "    first): id,received_at,customer_id,channel,category,severity,state,responsible_id,due_at,\n"
        "    overdue,style_number,resolution,resolution_fen,satisfaction,closed_at.\n");
    if (verb == QStringLiteral("complaints"))
        return complaints;
    const QString campaign = Cli::tr(
        "atelier-cli [--db FILE] campaign create --name NAME --from YYYY-MM-DD --to YYYY-MM-DD [--kind K]\n"
        "        [--segment S]... [--tier T]... [--tag TAG]... [--holdout PERCENT] [--seed N]\n"
        "        [--coupon-fen F [--coupon-min-fen M]]\n"
        "    Create a campaign: freeze its audience (marketing consent required; filters of different kinds\n"
        "    combine with AND), hold out PERCENT of it at random (default 10; 0-99) and issue the offer as\n"
        "    coupons to the invited. Prints the new id. Kinds: member_day, new_arrivals, vip_fitting,\n"
        "    holiday_sale, clearance; tiers: silver, gold, black, none; segments as rfm prints them.\n"
        "atelier-cli [--db FILE] campaign audience ID\n"
        "    The frozen audience as CSV customer_id,group (invited or holdout), by customer id.\n"
        "atelier-cli [--db FILE] campaign report ID [--attribution-days N]\n"
        "    The effect as CSV group,customers,buyers,revenue_fen,coupons_redeemed: invited, then holdout;\n"
        "    purchases from the first day to the last day + N days (default 14). The lifts and their 95 %\n"
        "    intervals go to stderr.\n");
    if (verb == QStringLiteral("campaign"))
        return campaign;
    const QString coupons = Cli::tr(
        "atelier-cli [--db FILE] coupons [--customer ID] [--open]\n"
        "    Print the coupon ledger as CSV in id order (one customer's with --customer; with --open only\n"
        "    the ones issued and still valid today): id,customer_id,code,kind,value,min_spend_fen,\n"
        "    valid_from,valid_to,status,reason.\n");
    if (verb == QStringLiteral("coupons"))
        return coupons;
    const QString history
        = Cli::tr("atelier-cli [--db FILE] history CUSTOMER_ID\n"
                  "    The customer's history as CSV at,kind,summary, newest first: at is local time\n"
                  "    YYYY-MM-DDTHH:MM:SS, ties broken by kind, then by the event's id, newest first.\n");
    if (verb == QStringLiteral("history"))
        return history;
    const QString referrals
        = Cli::tr("atelier-cli [--db FILE] referrals [--top N]\n"
                  "    Every customer who brought at least one other, as CSV customer_id,referred,referred_buyers\n"
                  "    (referred_buyers: those with at least one sale, even one refunded later), by referred\n"
                  "    buyers, then referred, most first, then customer id; with --top only the first N.\n");
    if (verb == QStringLiteral("referrals"))
        return referrals;
    const QString lostSales = Cli::tr(
        "atelier-cli [--db FILE] lost-sales --from YYYY-MM-DD --to YYYY-MM-DD [--reason CODE]\n"
        "    Lost sales recorded on those days (both included) as CSV style_no,size,reason,count: style_no\n"
        "    holds the category when only a category was given, size is empty when not given; by count,\n"
        "    most first, then style_no, size and reason. Reasons: size_out_of_stock, price, fit, colour,\n"
        "    other; --reason counts only one of them.\n");
    if (verb == QStringLiteral("lost-sales"))
        return lostSales;
    const QString tasks = Cli::tr(
        "atelier-cli [--db FILE] tasks [--date YYYY-MM-DD] [--overdue]\n"
        "    The follow-up tasks due on a day (default today), or with --overdue every open task due\n"
        "    before today (both: the two together, by due date). CSV with the header\n"
        "    id,due_on,customer_id,purpose,channel,assignee_id,status,overdue,outcome,generated_key.\n");
    if (verb == QStringLiteral("tasks"))
        return tasks;
    const QString report
        = Cli::tr("atelier-cli [--db FILE] report --month YYYY-MM --out FILE.pdf\n"
                  "    The monthly report as an A4 PDF in the UI language: customers, sales, loyalty,\n"
                  "    service and staff, each beside the month before, with charts and the store's name.\n");
    if (verb == QStringLiteral("report"))
        return report;
    const QString predict = Cli::tr(
        "atelier-cli [--db FILE] predict fit|customers [--as-of YYYY-MM-DD] [--unit day|week]\n"
        "        [--summary FILE]\n"
        "    Fit the purchase (BG/NBD) and spend (Gamma-Gamma) models on the sales up to a day (default:\n"
        "    the nightly run's, normally yesterday) or on a CSV of summaries id,x,t_x,T[,zbar]; `fit`\n"
        "    prints the parameters, `customers` every customer's forecast as CSV:\n"
        "    customer_id,x,t_x,T,p_alive,expected_90d,expected_value_fen,next_purchase. Writes nothing.\n");
    if (verb == QStringLiteral("predict"))
        return predict;
    const QString backup = Cli::tr(
        "atelier-cli [--db FILE] backup [--out DIR]\n"
        "    Copy the database now (checked, owner-only) into the backup folder (setting; default\n"
        "    \"backups\" beside the database) or DIR, and print the path of the copy.\n"
        "atelier-cli [--db FILE] backup --encrypt --out DIR [--passphrase-fd N]\n"
        "    The same copy, in the backup folder as usual, then encrypted into DIR (a USB stick, say),\n"
        "    which receives only the encrypted file; its path is printed. The passphrase (8 characters\n"
        "    or more) is asked twice on the terminal, or read as the first line of file descriptor N.\n"
        "    It is never stored: without it the copy cannot be read.\n"
        "atelier-cli [--db FILE] restore BACKUP --yes [--passphrase-fd N]\n"
        "    Check BACKUP, set the database aside as FILE.before-restore-YYYYMMDD-HHMMSS and put the\n"
        "    backup in its place. Close Atelier first. Without --yes nothing is done. An encrypted\n"
        "    copy is recognised and its passphrase asked (or read from N).\n"
        "    On a server (--db postgresql://…) backup runs pg_dump into the backup folder (default:\n"
        "    \"backups\" in the data folder) and restore puts BACKUP into an empty database only.\n");
    if (verb == QStringLiteral("backup") || verb == QStringLiteral("restore"))
        return backup;
    const QString move = Cli::tr(
        "atelier-cli [--db FILE] move-to-postgres --to postgresql://[user@]host[:port]/dbname\n"
        "    Copy the SQLite store FILE, every id kept, into an empty PostgreSQL database in one\n"
        "    transaction, and check each table's rows and checksum; prints a line per table. The file\n"
        "    is only read. No password in the location: libpq reads ~/.pgpass or PGPASSFILE.\n");
    if (verb == QStringLiteral("move-to-postgres"))
        return move;
    const QString erase = Cli::tr(
        "atelier-cli [--db FILE] erase CUSTOMER_ID --yes [--reason "
        "customer_request|consent_withdrawn|other]\n"
        "    Erase a customer on request: personal fields, tags, life events and open follow-ups go;\n"
        "    sales, returns and points stay anonymously. Cannot be undone; without --yes nothing is done.\n");
    if (verb == QStringLiteral("erase"))
        return erase;
    return Cli::tr("Usage:\n") + demo + find + exportText + import + rfm + nightly + points + pointsAdjust
        + complaints + campaign
        + coupons + history + referrals + lostSales + tasks + report + predict + backup + move + erase
        + Cli::tr("\nGlobal options:\n"
                  "    --db FILE|URI  the store's database: an SQLite file (default: %1) or a\n"
                  "                   server's postgresql://user@host/dbname, no password in it\n"
                  "                   (see docs/postgresql.md)\n"
                  "    --help         this text; VERB --help for one verb\n"
                  "\nExit codes: 0 success, 1 the work failed, 2 bad input (the reason is on stderr).\n")
              .arg(QDir::toNativeSeparators(defaultDatabasePath()));
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted << CsvWriter::quoted(field);
    return quoted.join(u',') + u'\n';
}

int openStore(Store &store, const QString &path, bool create)
{
    if (!create && !Store::isServerLocation(path) && !QFileInfo::exists(path))
        return badInput(Cli::tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)));
    if (!store.open(path))
        return badInput(store.errorString());
    return Success;
}

} // namespace atelier::cli
