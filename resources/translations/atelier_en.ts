<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>Choose who takes over her %n open follow-up task(s).</source>
        <translation>
            <numerusform>Choose who takes over her %n open follow-up task.</numerusform>
            <numerusform>Choose who takes over her %n open follow-up tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose who takes over her %n open complaint(s).</source>
        <translation>
            <numerusform>Choose who takes over her %n open complaint.</numerusform>
            <numerusform>Choose who takes over her %n open complaints.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message numerus="yes">
        <source>%1 (%2), %Ln row(s)</source>
        <translation>
            <numerusform>%1 (%2), %Ln row</numerusform>
            <numerusform>%1 (%2), %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s), %2 points</source>
        <translation>
            <numerusform>%1, %n item, %2 points</numerusform>
            <numerusform>%1, %n items, %2 points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) planned</source>
        <translation>
            <numerusform>%n task planned</numerusform>
            <numerusform>%n tasks planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 arrived: %n wish(es), %2</source>
        <translation>
            <numerusform>%1 arrived: %n wish, %2</numerusform>
            <numerusform>%1 arrived: %n wishes, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up task(s) to whoever is at the counter</source>
        <translation>
            <numerusform>%n open follow-up task to whoever is at the counter</numerusform>
            <numerusform>%n open follow-up tasks to whoever is at the counter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up task(s) to %1</source>
        <translation>
            <numerusform>%n open follow-up task to %1</numerusform>
            <numerusform>%n open follow-up tasks to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s) to %1</source>
        <translation>
            <numerusform>%n open complaint to %1</numerusform>
            <numerusform>%n open complaints to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message numerus="yes">
        <source>The filter %1 leaves nobody (%n customer(s) before it): the audience is empty.</source>
        <translation>
            <numerusform>The filter %1 leaves nobody (%n customer before it): the audience is empty.</numerusform>
            <numerusform>The filter %1 leaves nobody (%n customers before it): the audience is empty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignWording</name>
    <message numerus="yes">
        <source>Purchases counted from %1 to %2 (%Ln day(s) after the last day).</source>
        <translation>
            <numerusform>Purchases counted from %1 to %2 (%Ln day after the last day).</numerusform>
            <numerusform>Purchases counted from %1 to %2 (%Ln days after the last day).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerRules</name>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>Too long: at most %n character.</numerusform>
            <numerusform>Too long: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A name has at most %n characters.</source>
        <translation>
            <numerusform>A name has at most %n character.</numerusform>
            <numerusform>A name has at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoStoreGenerator</name>
    <message numerus="yes">
        <source>The database already has %n customer(s). Demo data is only generated into an empty store, so that it never mixes with a real store&apos;s records.</source>
        <translation>
            <numerusform>The database already has %n customer. Demo data is only generated into an empty store, so that it never mixes with a real store&apos;s records.</numerusform>
            <numerusform>The database already has %n customers. Demo data is only generated into an empty store, so that it never mixes with a real store&apos;s records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWording</name>
    <message numerus="yes">
        <source>Bought %n piece(s) for %1</source>
        <translation>
            <numerusform>Bought %n piece for %1</numerusform>
            <numerusform>Bought %n pieces for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exchanged %n × %1</source>
        <translation>
            <numerusform>Exchanged %n × %1</numerusform>
            <numerusform>Exchanged %n × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned %n × %1, refunded %2</source>
        <translation>
            <numerusform>Returned %n × %1, refunded %2</numerusform>
            <numerusform>Returned %n × %1, refunded %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message numerus="yes">
        <source>Name in Chinese: at most %n characters.</source>
        <translation>
            <numerusform>Name in Chinese: at most %n character.</numerusform>
            <numerusform>Name in Chinese: at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name in English: at most %n characters.</source>
        <translation>
            <numerusform>Name in English: at most %n character.</numerusform>
            <numerusform>Name in English: at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New customers who bought within %n day(s)</source>
        <translation>
            <numerusform>New customers who bought within %n day</numerusform>
            <numerusform>New customers who bought within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers registered in the period whose first purchase came at most %n day(s) after they registered (a purchase before registering counts). While a new customer&apos;s days are not over, the figure is so far.</source>
        <translation>
            <numerusform>Customers registered in the period whose first purchase came at most %n day after they registered (a purchase before registering counts). While a new customer&apos;s day is not over, the figure is so far.</numerusform>
            <numerusform>Customers registered in the period whose first purchase came at most %n days after they registered (a purchase before registering counts). While a new customer&apos;s days are not over, the figure is so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New customers who bought within %n day(s) / new customers.</source>
        <translation>
            <numerusform>New customers who bought within %n day / new customers.</numerusform>
            <numerusform>New customers who bought within %n days / new customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New customers who bought within %n day(s), by source</source>
        <translation>
            <numerusform>New customers who bought within %n day, by source</numerusform>
            <numerusform>New customers who bought within %n days, by source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n score(s))</source>
        <translation>
            <numerusform>%1 (%n score)</numerusform>
            <numerusform>%1 (%n scores)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesImport</name>
    <message numerus="yes">
        <source>%n row(s) were rejected, and the choice was to import nothing then.</source>
        <translation>
            <numerusform>%n row was rejected, and the choice was to import nothing then.</numerusform>
            <numerusform>%n rows were rejected, and the choice was to import nothing then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmsExport</name>
    <message numerus="yes">
        <source>Exported %n customer(s).</source>
        <translation>
            <numerusform>Exported %n customer.</numerusform>
            <numerusform>Exported %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n customer(s) who do not accept promotions.</source>
        <translation>
            <numerusform>Left out %n customer who does not accept promotions.</numerusform>
            <numerusform>Left out %n customers who do not accept promotions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n customer(s) with a landline only.</source>
        <translation>
            <numerusform>Left out %n customer with a landline only.</numerusform>
            <numerusform>Left out %n customers with a landline only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n customer(s) contacted in the last %1 days (the quiet period).</source>
        <translation>
            <numerusform>Left out %n customer contacted in the last %1 days (the quiet period).</numerusform>
            <numerusform>Left out %n customers contacted in the last %1 days (the quiet period).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) lack a value (%1): check them before sending.</source>
        <translation>
            <numerusform>%n text lacks a value (%1): check it before sending.</numerusform>
            <numerusform>%n texts lack a value (%1): check them before sending.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::AccountFormDialog</name>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ArchivePage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::AuditPage</name>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s).</source>
        <translation>
            <numerusform>Exported %Ln entry.</numerusform>
            <numerusform>Exported %Ln entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::CalendarMonthModel</name>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>%n to do</numerusform>
            <numerusform>%n to do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n done</source>
        <translation>
            <numerusform>✓ %n done</numerusform>
            <numerusform>✓ %n done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::CalendarPage</name>
    <message numerus="yes">
        <source>Today and overdue: %n task(s)</source>
        <translation>
            <numerusform>Today and overdue: %n task</numerusform>
            <numerusform>Today and overdue: %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1: %n task</numerusform>
            <numerusform>%1: %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::CampaignCopiesDialog</name>
    <message numerus="yes">
        <source>%Ln message(s) to copy; the invitations are recorded.</source>
        <translation>
            <numerusform>%Ln message to copy; the invitation is recorded.</numerusform>
            <numerusform>%Ln messages to copy; the invitations are recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::CampaignsPage</name>
    <message numerus="yes">
        <source>%Ln campaign(s), newest first.</source>
        <translation>
            <numerusform>%Ln campaign, newest first.</numerusform>
            <numerusform>%Ln campaigns, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln invited customer(s)</source>
        <translation>
            <numerusform>%1: %Ln invited customer</numerusform>
            <numerusform>%1: %Ln invited customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the audience held out at random (seed %2): %3 invited, %4 held out; %Ln invitation(s) sent.</source>
        <translation>
            <numerusform>%1 % of the audience held out at random (seed %2): %3 invited, %4 held out; %Ln invitation sent.</numerusform>
            <numerusform>%1 % of the audience held out at random (seed %2): %3 invited, %4 held out; %Ln invitations sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::CardLoyaltyWidget</name>
    <message numerus="yes">
        <source>Tiers are reached by the spend of the last %n month(s), not by points.</source>
        <translation>
            <numerusform>Tiers are reached by the spend of the last %n month, not by points.</numerusform>
            <numerusform>Tiers are reached by the spend of the last %n months, not by points.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::CardReferralsWidget</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought %n customer(s), %1 bought</source>
        <translation>
            <numerusform>Brought %n customer, %1 bought</numerusform>
            <numerusform>Brought %n customers, %1 bought</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintsPage</name>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::CustomerExportFlow</name>
    <message numerus="yes">
        <source>Exported %Ln customer(s).</source>
        <translation>
            <numerusform>Exported %Ln customer.</numerusform>
            <numerusform>Exported %Ln customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::CustomerHistoryDialog</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::DistributionModel</name>
    <message numerus="yes">
        <source>%n customer(s), %1 of all; net spend %2, %3 of all spend</source>
        <translation>
            <numerusform>%n customer, %1 of all; net spend %2, %3 of all spend</numerusform>
            <numerusform>%n customers, %1 of all; net spend %2, %3 of all spend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of customers may be the same person.</source>
        <translation>
            <numerusform>%n pair of customers may be the same person.</numerusform>
            <numerusform>%n pairs of customers may be the same person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) to the kept customer</source>
        <translation>
            <numerusform>%n move to the kept customer</numerusform>
            <numerusform>%n moves to the kept customer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ImportPreviewPage</name>
    <message numerus="yes">
        <source>%1 columns; the first %n row(s) are shown.</source>
        <translation>
            <numerusform>%1 columns; %n row is shown.</numerusform>
            <numerusform>%1 columns; the first %n rows are shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::LostSalesReportWidget</name>
    <message numerus="yes">
        <source>%n lost sale(s) recorded in %1.</source>
        <translation>
            <numerusform>%n lost sale recorded in %1.</numerusform>
            <numerusform>%n lost sales recorded in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will get an &quot;It&apos;s in&quot; task today.</source>
        <translation>
            <numerusform>%n customer will get an &quot;It&apos;s in&quot; task today.</numerusform>
            <numerusform>%n customers will get an &quot;It&apos;s in&quot; task today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting wish(es) will be closed.</source>
        <translation>
            <numerusform>%n waiting wish will be closed.</numerusform>
            <numerusform>%n waiting wishes will be closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked arrived: %n task(s) planned for today.</source>
        <translation>
            <numerusform>Marked arrived: %n task planned for today.</numerusform>
            <numerusform>Marked arrived: %n tasks planned for today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::MessageDialog</name>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::PointsService</name>
    <message numerus="yes">
        <source>Redeem at least %n point(s).</source>
        <translation>
            <numerusform>Redeem at least %n point.</numerusform>
            <numerusform>Redeem at least %n points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points are redeemed in blocks of %n.</source>
        <translation>
            <numerusform>Points are redeemed in blocks of %n.</numerusform>
            <numerusform>Points are redeemed in blocks of %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) available.</source>
        <translation>
            <numerusform>Only %n point available.</numerusform>
            <numerusform>Only %n points available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) available: the balance cannot go below zero.</source>
        <translation>
            <numerusform>Only %n point available: the balance cannot go below zero.</numerusform>
            <numerusform>Only %n points available: the balance cannot go below zero.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::PredictionPage</name>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::PrintCardsDialog</name>
    <message numerus="yes">
        <source>%n member card(s) to print. A customer without a card number is given a new one first, and it is hers from then on.</source>
        <translation>
            <numerusform>%n member card to print. A customer without a card number is given a new one first, and it is hers from then on.</numerusform>
            <numerusform>%n member cards to print. A customer without a card number is given a new one first, and it is hers from then on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member card(s) saved to %1.</source>
        <translation>
            <numerusform>%n member card saved to %1.</numerusform>
            <numerusform>%n member cards saved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were given a new card number first.</source>
        <translation>
            <numerusform>%n customer was given a new card number first.</numerusform>
            <numerusform>%n customers were given a new card number first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ReassignWorkDialog</name>
    <message numerus="yes">
        <source>%n open follow-up task(s) go to:</source>
        <translation>
            <numerusform>%n open follow-up task goes to:</numerusform>
            <numerusform>%n open follow-up tasks go to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s) go to:</source>
        <translation>
            <numerusform>%n open complaint goes to:</numerusform>
            <numerusform>%n open complaints go to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ReferralsReportWidget</name>
    <message numerus="yes">
        <source>%1 of %n new customer(s)</source>
        <translation>
            <numerusform>%1 of %n new customer</numerusform>
            <numerusform>%1 of %n new customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::ReturnDialog</name>
    <message numerus="yes">
        <source>None: bought %n day(s) ago, returns within %1 days</source>
        <translation>
            <numerusform>None: bought %n day ago, returns within %1 days</numerusform>
            <numerusform>None: bought %n days ago, returns within %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take back %n piece(s) of %1 (sold on %2, %3 credited) and sell %4 at %5 each in exchange?</source>
        <translation>
            <numerusform>Take back %n piece of %1 (sold on %2, %3 credited) and sell %4 at %5 each in exchange?</numerusform>
            <numerusform>Take back %n pieces of %1 (sold on %2, %3 credited) and sell %4 at %5 each in exchange?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n piece(s) of %1 (sold on %2) and refund %3?</source>
        <translation>
            <numerusform>Return %n piece of %1 (sold on %2) and refund %3?</numerusform>
            <numerusform>Return %n pieces of %1 (sold on %2) and refund %3?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return recorded: refund %1 to the customer. %n point(s) taken back.</source>
        <translation>
            <numerusform>Return recorded: refund %1 to the customer. %n point taken back.</numerusform>
            <numerusform>Return recorded: refund %1 to the customer. %n points taken back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::SaleDialog</name>
    <message numerus="yes">
        <source>Sale recorded: %1, +%n point(s) for %2.</source>
        <translation>
            <numerusform>Sale recorded: %1, +%n point for %2.</numerusform>
            <numerusform>Sale recorded: %1, +%n points for %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::SaleService</name>
    <message numerus="yes">
        <source>This was bought %n day(s) ago; returns and exchanges are accepted within %1 days.</source>
        <translation>
            <numerusform>This was bought %n day ago; returns and exchanges are accepted within %1 days.</numerusform>
            <numerusform>This was bought %n days ago; returns and exchanges are accepted within %1 days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n piece(s) of this line can still be returned.</source>
        <translation>
            <numerusform>Only %n piece of this line can still be returned.</numerusform>
            <numerusform>Only %n pieces of this line can still be returned.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::SatisfactionReportWidget</name>
    <message numerus="yes">
        <source>Satisfaction rate in %1: %2 of %n score(s) were 4 or 5; average %3.</source>
        <translation>
            <numerusform>Satisfaction rate in %1: %2 of %n score was 4 or 5; average %3.</numerusform>
            <numerusform>Satisfaction rate in %1: %2 of %n scores were 4 or 5; average %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::SmsExportDialog</name>
    <message numerus="yes">
        <source>%n customer(s) chosen</source>
        <translation>
            <numerusform>%n customer chosen</numerusform>
            <numerusform>%n customers chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s)</source>
        <translation>
            <numerusform>%1: %Ln customer</numerusform>
            <numerusform>%1: %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::TiersPage</name>
    <message numerus="yes">
        <source>As of %1 (run finished %2): %Ln customer(s) with a sale scored.</source>
        <translation>
            <numerusform>As of %1 (run finished %2): %Ln customer with a sale scored.</numerusform>
            <numerusform>As of %1 (run finished %2): %Ln customers with a sale scored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s), highest spend first</source>
        <translation>
            <numerusform>%1: %Ln customer, highest spend first</numerusform>
            <numerusform>%1: %Ln customers, highest spend first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tier change(s)</source>
        <translation>
            <numerusform>%Ln tier change</numerusform>
            <numerusform>%Ln tier changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run as of %1: %Ln customer(s) went up a tier, %2 went down, %3 changed segment.</source>
        <translation>
            <numerusform>The run as of %1: %Ln customer went up a tier, %2 went down, %3 changed segment.</numerusform>
            <numerusform>The run as of %1: %Ln customers went up a tier, %2 went down, %3 changed segment.</numerusform>
        </translation>
    </message>
</context>
</TS>
