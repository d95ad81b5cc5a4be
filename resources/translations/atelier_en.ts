<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Access</name>
    <message>
        <source>Only the manager may do this. Ask the manager to log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>A login is 2 to 30 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be the login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has a manager already; the manager adds the other accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is short of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an account already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN could not be protected: the computer is short of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store needs at least one active manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no counter PIN yet: the manager sets it under Settings, Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is wrong: try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is wrong: try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on &amp;counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from till…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveService</name>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoe size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditActor</name>
    <message>
        <source>unknown clerk</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The export could not be recorded in the audit trail, so no file was kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archive (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers list (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk SMS list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged in %1 (#%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; filled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the customer&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to the profile withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1: %2, valid to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanged %1 ×%2 for %3, credit %4, %5 points, %6 points for the new piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned %1 ×%2, refund %3, %4 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s shift at the counter ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took over the counter from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 (%2): %3 customers, %4 tiers up, %5 down, %6 segment changes, %7 points expired, %8 follow-ups planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint #%1: the caller was registered and the complaint is hers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint #%1 taken down (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint #%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; offered: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; satisfaction %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full phone number shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full address shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendant changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly run or recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoe size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dress preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attitude to promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 undone: %2 (#%3) is a customer of their own again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points, worth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points; reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The disk holding the backup folder %1 is full. No backup was written and the database is untouched; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2). No backup was written and the database is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Choose a folder this computer&apos;s user can write to; the database is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup named %1 already exists; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the backup folder %1 (%2). The database is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy failed its check (%1) and was removed. The database itself may be damaged; keep the earlier backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be completed in %1 (%2). The database is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable by this user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup folder must be a full path, such as D:\Backups or /home/store/backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups to keep: between 1 and 366.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly backups to keep: between 0 and 240.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed its full check (%2): it will not be offered for restore. The database itself may be damaged; keep the earlier backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a backup made by Atelier (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not an Atelier database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Atelier (schema %2; this program knows up to %3). Install the newer version to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 failed its full check and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the backup beside the database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prepared copy %1 to put in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the current database aside as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the backup in place (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BgNbd</name>
    <message>
        <source>There are no customers to fit the model on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has bought twice yet: the model cannot tell how often customers come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fit did not converge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter of the fit ran down to zero: the history says too little.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today and overdue, mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers of this list, each once, to Excel or CSV in the columns you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers in this list who accept promotions, with the filled text, as a CSV for a bulk-SMS platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to send this customer by WeChat or SMS, ready to copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignCopiesDialog</name>
    <message>
        <source>Message copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers who accept promotions get a copy. Making the copies records each of them as invited (by WeChat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the chosen customer&apos;s text (double-click does the same)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <source>Member day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New-arrival preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP private fitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>marketing consent (always required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size bought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>style bought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category bought %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last purchase from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(alive) from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holdout is a whole percent from 0 to 99, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last-purchase window ends (%1) before it begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The P(alive) band must lie between 0 and 1, its lower end not above its upper end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment “%1”. The segments are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag “%1”: the store has no tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag “%1”. The tags are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer accepts promotions: the audience is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The filter %1 leaves nobody (%n customer(s) before it): the audience is empty.</source>
        <translation>
            <numerusform>The filter %1 leaves nobody (%n customer before it): the audience is empty.</numerusform>
            <numerusform>The filter %1 leaves nobody (%n customers before it): the audience is empty.</numerusform>
        </translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign ends (%1) before it begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed is a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer is not a valid coupon: an amount off above 0, a percent from 1 to 99, or a gift; a minimum spend of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no holdout, nobody is left out to compare with: the campaign&apos;s effect cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience is too small for a holdout of %1 %: nobody was held out, so the effect cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution days are a whole number from 0 to 3660, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion: one of the groups is empty, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion: invited %1 %, holdout %2 %; difference %3 points (95 % interval %4 to %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect on conversion cannot be told apart from chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invited group bought more often than the holdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invited group bought less often than the holdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer: a group has fewer than two customers, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer: invited %1, holdout %2; difference %3 (95 % interval %4 to %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect on revenue cannot be told apart from chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invited group spent more per customer than the holdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invited group spent less per customer than the holdout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignWording</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member (no tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought style: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last purchase from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last purchase on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last purchase on or before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chance of still being a customer %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who accepts promotions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who accept promotions, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offer: an invitation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with a purchase of %2 or more, as a coupon for each invited customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as a coupon for each invited customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of the offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Purchases counted from %1 to %2 (%Ln day(s) after the last day).</source>
        <translation>
            <numerusform>Purchases counted from %1 to %2 (%Ln day after the last day).</numerusform>
            <numerusform>Purchases counted from %1 to %2 (%Ln days after the last day).</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of the offers (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift (invited − holdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift, 95 % interval low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift, 95 % interval high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases this many days after the campaign&apos;s last day still count as its effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMS list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invited group&apos;s invitations as a file for a bulk-SMS platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invited group&apos;s invitations as texts to copy into WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export effect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both groups and the lifts as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardLoyaltyWidget</name>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R/F/M:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;deem points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last points movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points yet: a purchase earns them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Fully checked (integrity_check): ok.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces the whole database %1 with the backup %2 (the current one is kept aside). Close Atelier on this computer, then add --yes to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a campaign id; give the number `campaign create` printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which campaign: its id, as `campaign create` printed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs --from and --to, its first and last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign kind &quot;%1&quot;. The kinds are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tier &quot;%1&quot;. The tiers are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--holdout is a whole percent from 0 to 99, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--coupon-min-fen goes with --coupon-fen, the coupon&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown campaign action &quot;%1&quot;; the actions are create, audience and report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with campaigns: create, audience or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;atelier-cli --help&quot; for the verbs and their options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] demo --customers N [--years Y] [--seed S] [--until YYYY-MM-DD]
    Fill an empty database with a reproducible demo store: customers, staff, tags and
    Y years (default 3) of sales up to the given day (default yesterday). Seed default 1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] find QUERY [--limit N]
    The counter search: phone digits, name, pinyin initials or WeChat id. Prints one
    match a line as CSV: id,name,masked phone,tier. Default limit 20.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] export customers --out FILE [--format csv|xlsx] [--tag TAG]
        [--segment S] [--tier T] [--tasks YYYY-MM-DD] [--columns a,b,c]
    Write the customer archive (or the customers with TAG) as CSV, UTF-8 with BOM, or
    XLSX (default: by the file&apos;s suffix). --segment/--tier list a Tiers page list
    instead (codes as `rfm` prints them; tier member); --tasks the customers of that
    day&apos;s follow-up tasks, each once. --columns: only those columns.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] rfm [--as-of YYYY-MM-DD]
    Every customer&apos;s RFM facts, scores, segment and tier as of the end of a day (default
    today), computed from the sales without changing anything. CSV with the header
    customer_id,last_purchase,frequency,monetary_fen,r,f,m,segment,named_segment,tier.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] nightly [--as-of YYYY-MM-DD]
    Run the nightly job: segments, tiers and points expiry as of a day (default: the day
    the app&apos;s nightly timer covers, normally yesterday). Running it twice changes nothing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] points CUSTOMER_ID
    Print the customer&apos;s points ledger as CSV, oldest first, with the balance after each
    row: id,happened_at,kind,points,balance_after,expires_on,sale_id,reason.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] import sales FILE (--mapping NAME | --columns SPEC)
        [--encoding utf-8|gb18030] [--dry-run] [--all-or-nothing] [--rejects FILE]
        [--save-mapping NAME]
    Import a till&apos;s export of sale lines (CSV; encoding and delimiter detected). SPEC names the
    columns: invoice=..,style=..,quantity=..,date=..,price=..[,customer=..][,phone=..]. Prints a
    summary; rejected rows go to FILE (default: the file&apos;s name + .rejected.csv). Exit 0 only when
    something was imported or the dry run passed.
atelier-cli [--db FILE] import customers FILE --phone-column NAME --id-column NAME
        [--name-column NAME]
    Give archive customers (found by phone) their till customer number, and attach the sales
    imported under that number. With --name-column, a phone not in the archive registers a
    new customer of that name; without it, no customer is created.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] complaints [--open]
    Print the complaints as CSV, newest first (with --open: the ones not closed, most urgent
    first): id,received_at,customer_id,channel,category,severity,state,responsible_id,due_at,
    overdue,style_number,resolution,resolution_fen,satisfaction,closed_at.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] campaign create --name NAME --from YYYY-MM-DD --to YYYY-MM-DD [--kind K]
        [--segment S]... [--tier T]... [--tag TAG]... [--holdout PERCENT] [--seed N]
        [--coupon-fen F [--coupon-min-fen M]]
    Create a campaign: freeze its audience (marketing consent required; filters of different kinds
    combine with AND), hold out PERCENT of it at random (default 10; 0-99) and issue the offer as
    coupons to the invited. Prints the new id. Kinds: member_day, new_arrivals, vip_fitting,
    holiday_sale, clearance; tiers: silver, gold, black, none; segments as rfm prints them.
atelier-cli [--db FILE] campaign audience ID
    The frozen audience as CSV customer_id,group (invited or holdout), by customer id.
atelier-cli [--db FILE] campaign report ID [--attribution-days N]
    The effect as CSV group,customers,buyers,revenue_fen,coupons_redeemed: invited, then holdout;
    purchases from the first day to the last day + N days (default 14). The lifts and their 95 %
    intervals go to stderr.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] coupons [--customer ID] [--open]
    Print the coupon ledger as CSV in id order (one customer&apos;s with --customer; with --open only
    the ones issued and still valid today): id,customer_id,code,kind,value,min_spend_fen,
    valid_from,valid_to,status,reason.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] tasks [--date YYYY-MM-DD] [--overdue]
    The follow-up tasks due on a day (default today), or with --overdue every open task due
    before today (both: the two together, by due date). CSV with the header
    id,due_on,customer_id,purpose,channel,assignee_id,status,overdue,outcome,generated_key.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] report --month YYYY-MM --out FILE.pdf
    The monthly report as an A4 PDF in the UI language: customers, sales, loyalty,
    service and staff, each beside the month before, with charts and the store&apos;s name.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] predict fit|customers [--as-of YYYY-MM-DD] [--unit day|week]
        [--summary FILE]
    Fit the purchase (BG/NBD) and spend (Gamma-Gamma) models on the sales up to a day (default:
    the nightly run&apos;s, normally yesterday) or on a CSV of summaries id,x,t_x,T[,zbar]; `fit`
    prints the parameters, `customers` every customer&apos;s forecast as CSV:
    customer_id,x,t_x,T,p_alive,expected_90d,expected_value_fen,next_purchase. Writes nothing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] backup [--out DIR]
    Copy the database now (checked, owner-only) into the backup folder (setting; default
    &quot;backups&quot; beside the database) or DIR, and print the path of the copy.
atelier-cli [--db FILE] restore BACKUP --yes
    Check BACKUP, set the database aside as FILE.before-restore-YYYYMMDD-HHMMSS and put the
    backup in its place. Close Atelier first. Without --yes nothing is done.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] erase CUSTOMER_ID --yes [--reason customer_request|consent_withdrawn|other]
    Erase a customer on request: personal fields, tags, life events and open follow-ups go;
    sales, returns and points stay anonymously. Cannot be undone; without --yes nothing is done.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
    --db FILE   the store&apos;s database (default: %1)
    --help      this text; VERB --help for one verb

Exit codes: 0 success, 1 the work failed, 2 bad input (the reason is on stderr).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --customers is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 customers, %2 sales with %3 lines, %4 returns (%5 exchanges), %6 campaigns and %7 coupons in %8 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer id; give the number, as find prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom to erase: a customer id, as find prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;; the reasons are customer_request, consent_withdrawn and other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing customer %1 removes their personal data for good (purchases and points are kept anonymously). Add --yes to do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 erased.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tier &quot;%1&quot;; the tiers are member, silver, gold and black.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown segment &quot;%1&quot;; use a segment code (%2) or a named_segment code as `rfm` prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;; the choices are: customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export: customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; the formats are csv and xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tag lists the archive; it cannot be combined with --segment or --tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tasks lists the customers of a day&apos;s tasks; it cannot be combined with --tag, --segment or --tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot; in the tag library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to find: phone digits, a name, pinyin initials or a WeChat id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows with their line and reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;; the choices are: sales, customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to import: sales or customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --phone-column NAME and --id-column NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --mapping NAME or --columns SPEC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved mapping &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the mapping &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nightly run as of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly run as of %1. Customers scored: %2; tier ups: %3; tier downs: %4; segment changes: %5; points expired: %6; follow-ups planned: %7; time: %8 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: demo, find, export, import, rfm, nightly, points, complaints, campaign, coupons, tasks, report, predict, backup, restore or erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;; the verbs are demo, find, export, import, rfm, nightly, points, complaints, campaign, coupons, tasks, report, predict, backup, restore and erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose points to show: a customer id, as find prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no good rows to fit on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s sales up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases (BG/NBD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (Gamma-Gamma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fitted: the file has no zbar column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  repeat buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time unit &quot;%1&quot;; use day or week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot predict &quot;%1&quot;; the choices are: fit, customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to predict: fit or customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of has no meaning with --summary: the file&apos;s T already says how long each customer has been one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models could not be fitted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expected values: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month must be written YYYY-MM, e.g. 2026-05, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report needs the drawing support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report for %1 (%2 pages) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooserDialog</name>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the ticked columns leave the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintAnalysisWidget</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to respond:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction after call-back:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintCallback</name>
    <message>
        <source>Call back about complaint #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeDialog</name>
    <message>
        <source>Log a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the name the caller gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the number to call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;yle number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product complained about, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer says, in their words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value (元):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;atisfaction (1–5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintWorkflow</name>
    <message>
        <source>This complaint is closed; it cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint is closed only after the call-back with the customer&apos;s satisfaction score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint that is &quot;%1&quot; cannot move to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is responsible for this complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a deadline for resolving this complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is in the past; choose a time still to come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resolution offered to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the resolution cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a resolution before marking the complaint resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction score (1 to 5) from the call-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satisfaction score must be from 1 to 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint from a &amp;caller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a complaint from someone who is not in the archive; for a customer, use Complaint… on the customer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register the caller as a customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the registration with the name and phone the caller left; the complaint then belongs to the new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentText</name>
    <message>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn on %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactReveal</name>
    <message>
        <source>This customer is no longer in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number cannot be shown now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouldNotRead</name>
    <message>
        <source>The customer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Phone digits, name, pinyin initials or WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑/↓ choose · Enter open · Esc clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handover note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a note for the next shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for a customer, or register a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponService</name>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon has the code %1. Check the code and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon was redeemed on %1 (sale %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon expired: it was valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon was cancelled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is valid from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon was issued to another customer; it goes only with her purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon needs a purchase of at least %1; the sale comes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift coupon: hand over the gift; nothing is taken off the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon is worth %1, more than the sale: %2 are taken off and the rest is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken off; the customer pays %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount coupon must be worth between ¥0.01 and ¥100,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percent coupon takes off a whole percent between 1 and 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gift coupon takes nothing off; its value must be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum spend cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the coupon&apos;s last valid day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last valid day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coupon #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Show number and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asks for their full phone number or address: shown for a minute, and written down in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the number and address again, before the minute is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive complete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return or exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a complaint from this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message for this customer from a template, ready to copy into WeChat or SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditorDialog</name>
    <message>
        <source>Customer archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show number and address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer asks to see or change their full phone number or address: written down in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work and family:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumption habits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dress preferences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifestyle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. likes to browse alone, asks for advice on fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by (phone):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number of the customer who referred them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees that we keep birthday, address and preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to receive offers and news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive complete:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerErasure</name>
    <message>
        <source>Erased customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was already erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerLinkImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV text file (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another customer already has the customer number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer in the archive has this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer with this phone already has another customer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 new customers registered, %3 customers got their till number, %4 imported sales attached to them; %5 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <source>Choose two different customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two customers no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one&apos;s phone was the other&apos;s earlier phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name in pinyin and same last 4 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers they referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer who was kept (#%1) no longer exists; undo what removed them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer number #%1 is in use again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept customer&apos;s %1 changed after the merge; undoing would overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number %1 belongs to another customer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s customer number %1 belongs to another customer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points that came with the merge have been spent since; the balances cannot be split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge cannot be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merge was not undone: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name may contain only letters, spaces and the marks · . - &apos; (no digits, symbols or emoji).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday must be a real date in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of birth is not plausible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only. Ask whoever manages this computer to make it writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Atelier (schema %1; this program knows up to %2). Install the newer version; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another program. Close the other Atelier window or wait for the nightly job to finish, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only; it cannot be opened for work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Atelier database (it is not an SQLite file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging here (%1).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The demo store needs at least one customer and one year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoe size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;; the columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column; the columns are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastWording</name>
    <message>
        <source>Bought once: too early to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely to return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due about today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (usually every day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (usually every %2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably lapsed: %1 chance she is still a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk: %1 chance she is still a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably still a customer (%1 chance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to spend about %1 in the next 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within ~%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within ~%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within ~%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valuable customers at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely to buy this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top %1 of customers by spend whose chance of still being a customer has dropped below %2 (but not below %3): worth a call before they drift away. Highest spend first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose usual interval between purchases brings them back in the coming %1 days (or brought them in the last %2 days), with at least a %3 chance of still being a customer. Soonest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with less than a %1 chance of still being a customer: probably gone, a win-back list. Highest spend first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GammaGamma</name>
    <message>
        <source>Fewer than two customers have bought again: the spend model cannot be fitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spend model&apos;s fit did not converge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter of the spend model ran down to zero: the history says too little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending varies so much between customers that the model has no average to expect (q ≤ 1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverNoteDialog</name>
    <message>
        <source>Handover note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the next shift know? A delivery due, a promise to a customer, the till…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file from the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file exported by the till (POS) or saved from Excel as &quot;CSV&quot;. Nothing is imported before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sales lines (one row per line of a receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer numbers (phone ↔ till customer number)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>&quot;%1&quot; is not field=column; the fields are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping does not say which column holds &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Say which column holds what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns with the usual names are chosen already. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;saved mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name, e.g. the till&apos;s name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be read. If the Chinese is garbled or everything is in one column, change the encoding or the delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV text file (it holds binary data): save it from Excel as &quot;CSV&quot; and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Check and import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is checked first without storing anything. The import stores everything in one go, or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When rows are rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>The price is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is in scientific notation; format the column as a number and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; has more than two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity &quot;%1&quot; is not a whole number of pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2011-12-09 08:50, 12/9/2011 8:50 or 2011/12/09.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone &quot;%1&quot; is in scientific notation: Excel dropped its last digits. Format the column as text in the till&apos;s export and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer number &quot;%1&quot; is in scientific notation: Excel dropped its last digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Petite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcomes promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasionally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dislikes promotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch-up at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size and fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching accessory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase-cycle wake-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant reactivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyReport</name>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyRules</name>
    <message>
        <source>%1: between 1 and 3660 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP: bought within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: bought within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP: bought within must not be longer than Active: bought within.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant after must not be shorter than Active: bought within.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: minimum purchases must be 2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP: minimum purchases must not be below Active: minimum purchases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP: minimum spend cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant: at most purchases must be between 0 (any number) and 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential: choose a spend band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential: moderate spend from cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential: moderate spend up to must not be below moderate spend from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier spend window: between 0 (lifetime) and 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver threshold must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold threshold must be higher than the Silver threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black threshold must be higher than the Gold threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a tier for: between 0 and 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per yuan: between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point multipliers: between 0.1× and 10×; a multiplier of 0 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per redemption: between 1 and 100 000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption value must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expire after: between 0 (never) and 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly run hour: between 0 and 23.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoyaltyRulesEditor</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fre&amp;quency window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in this many days before the run count towards VIP and Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VIP: bought within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP: minimum p&amp;urchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in the frequency window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP: minimum sp&amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime net spend must be more than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active: bought within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: minimum pu&amp;rchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer purchases in the frequency window make a recent buyer Potential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dormant after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between Active and Dormant a customer is Lapsing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant: at most purc&amp;hases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases in all. A customer as quiet with more purchases is a Lapsed regular; &quot;Any number&quot; makes everyone that quiet Dormant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential: m&amp;oderate spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recent customer with few purchases is Potential when her lifetime spend lies in this band, Occasional when it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate spend &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate &amp;spend up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier spend &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spend that earns a tier: all purchases ever, or those of the last months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;lver threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gold threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Black threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep a tier for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier is not taken away before this many months after it was reached, whatever the spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Points per yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold mul&amp;tiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per redemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemption value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one redemption takes off the bill at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points e&amp;xpire after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months after they were earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeem po&amp;ints from Silver up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeeming points is a Silver benefit; a Member keeps her points until she reaches Silver. Off: every member may redeem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nightly run at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app recomputes every night at this hour, as of the day before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to paste into WeChat or an SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageTemplateRules</name>
    <message>
        <source>The message text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has a “}” that closes nothing (at “%1”). Write }} for a brace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text has a “{” that is not closed (at “%1”). Write {{ for a brace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{%1}” is not a placeholder. Use only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template name has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon text cannot contain braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tier for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No points balance for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has no coupon text: set one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No style number for this customer (nothing bought yet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReportPdf</name>
    <message>
        <source>Monthly report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures for %1, with %2 beside them for comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded in either period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holdout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This share of the audience, drawn at random, is not invited: the effect is measured against them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed and audience always hold out the same customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &amp;off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Percent off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience (customers who accept promotions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags (any of):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought si&amp;zes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought st&amp;yle numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought &amp;categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chance of still being a customer, from the last nightly run&apos;s forecasts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NightlyJob</name>
    <message>
        <source>Cancelled; the previous results are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nightly work is done, but the backup after it failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasts use the fit of %1: tonight&apos;s fit was not used. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecasts yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasts scored with the fit of %1: the models are fitted again weekly, or sooner when more customers have bought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the counter to finish writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sales…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding tiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasting who will come back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring old points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning follow-ups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may only contain digits, spaces, dashes and a leading +86.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; a landline is the area code plus 7 or 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A landline needs its area code, e.g. 0571-88888888.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadResult</name>
    <message>
        <source>The database is in use by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Atelier database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedeemPointsDialog</name>
    <message>
        <source>Redeem points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redeem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first visit needs only a name and a phone number. Everything else can wait until the customer is happy to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>138 0013 8000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25–34</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>35–44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45–54</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(first scored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought in the 12 months before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... of them did not buy in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where new customers came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales (gross)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate (refunds / sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate (pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category mix (amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category mix (pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size mix (pieces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers and points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier downs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points taken back by returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points outstanding at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount coupons open at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon liability (amount coupons at face value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent and gift coupons open (counted, not valued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments (as of the last nightly run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... of them resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive completeness (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups done (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of the period shown, for printing or sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return or exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid per piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return (refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. fabric itchy, too small (kept as product feedback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid price (¥)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleWording</name>
    <message>
        <source>VIP: bought within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP: at least (purchases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP: spend at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: bought within (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: at least (purchases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier spend counted over (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silver tier from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold tier from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black tier from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tier is kept for (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points rate, member (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points rate, silver (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points rate, gold (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points rate, black (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per redemption step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of a redemption step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expire after (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly run at (hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer an in-store complaint within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a phone complaint within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a WeChat complaint within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer an online complaint within (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back after resolution (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet days after a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday call planned ahead (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake-up call ahead of the due date (days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Record a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid price (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Coupon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the code, then Enter</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV text file (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return without a customer cannot be matched to the sale it undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier sale of %1 to this customer has %2 pieces left to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds nothing new to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved mapping &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read (%2, delimiter &quot;%3&quot;): %4 sale lines in %5 new sales, %6 returns; %7 already imported; %8 rejected; %9 lines without a known customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 rejected rows are listed; so many usually means a wrong column mapping or encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the mapped columns need %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The style number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity is zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price is negative; a refund is a line with a negative quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancellation invoice (C…) with a positive quantity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceRules</name>
    <message>
        <source>The response target for %1 must be between 1 minute and 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaints made in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening time must be a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing time must be a time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store must close after it opens on the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint call-back must be due between 1 hour and 14 days after resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiet period after a contact must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday tasks can be planned between 0 and 60 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wake-up lead must be between 0 and 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be worth between ¥0.01 and ¥100,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum spend of the %1 must be between ¥0 and ¥1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must be valid between 1 and 3660 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experience coupon after a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compensation coupon after a complaint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceRulesEditor</name>
    <message>
        <source>Response targets (counted in opening hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;store complaints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone complaints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WeChat complaints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Online complaints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours (the same opening and closing time: open around the clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closes at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint call-&amp;back after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet period after a contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday tasks ahead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake-&amp;up lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save service rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience coupon after a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue it with a retur&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer who returns something gets a coupon for her next purchase, issued with the return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken off a later purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon takes its value off a purchase of at least this much; None: off any purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the day it is issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compensation coupon after a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue it when a complaint is resolved with a refund or a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s complaint resolved with a refund or a coupon gets a compensation coupon, issued with the resolution. A coupon offered with its own value is worth that value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum sp&amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vali&amp;d for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store (saved with the data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Returns accepted within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the counter after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without a key or a click before the login screen comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount rate for customer value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much less next year&apos;s money counts than today&apos;s, when the forecasts estimate what a customer may spend in the next 12 months. It counts at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can change the store&apos;s settings above. To change one, the manager takes the counter with her PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>They count as contacted today: no marketing follow-up is planned for them during the quiet period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmsExportDialog</name>
    <message>
        <source>Export for SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers who accept promotions and have a mobile number are written: phone, name and the filled text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The store&apos;s data file %1 is damaged: SQLite&apos;s check found problems (%2). This can happen after a power cut or a failing disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was found to restore. Quit, keep the file as it is and ask for help: copy it before trying anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest good backup is from %1. Restoring it brings the data back as it was then; the damaged file is kept aside next to it, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The database is in use by another program. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data breaks a rule of the archive (for example a duplicate). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an Atelier database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was saved. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreFiles</name>
    <message>
        <source>%1 is the store&apos;s own database file: choose another file. Nothing was read or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>Cannot create the lock file %1 beside the store (the folder is not writable). Ask whoever manages this computer to let this user write in that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on the computer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier is open on the store %1 (%2). Close it first, then restore: the window would go on writing into the file that the restore sets aside, and those sales would be lost. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is already open in another Atelier window, or being restored (%2). Use that window: one store is opened by one Atelier at a time, so that the nightly work runs once and a restore cannot pull the file from under another window. (atelier-cli commands beside the app are safe.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <source>My store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name: between 1 and 60 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after: between 0 (never) and 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return window: between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount rate: between 0 % and 50 % a year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryFile</name>
    <message>
        <source>The id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x counts repeat purchases and must be a whole number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t_x (%1) is after T (%2): the last purchase cannot come after the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x is %1 but t_x is 0: purchases on the first day count as that one purchase, so a repeat purchase cannot be at time 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x is 0 but t_x is %1: without a repeat purchase t_x must be 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zbar is missing for a customer who bought again (x = %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zbar must be more than 0 for a customer who bought again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV file (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs the header id,x,t_x,T or id,x,t_x,T,zbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must be the header id,x,t_x,T or id,x,t_x,T,zbar (CDNOW&apos;s ID,frequency,recency,T also works), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row ends inside an open quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id %1 was already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDoneDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do next, if anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the next step as a follow-up on this day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEditorDialog</name>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone digits, name or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do, and why now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskPlan</name>
    <message>
        <source>Birthday on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next purchase expected around %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRescheduleDialog</name>
    <message>
        <source>Move follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New day:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&amp;New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {coupon} says, e.g. 50 yuan off 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recompute now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputes segments, tiers and points expiry now, as of today: today&apos;s sales so far count. The nightly run goes on as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers · share of net spend. Click a cell to list its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM analysis: named segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manager&apos;s analysis: segments named from the R, F and M scores. Not the store&apos;s segment (the grid and the card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;SMS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file for a bulk-SMS platform: phone, name and a filled message for each customer who accepts promotions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a customer to show them on the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the saved rules again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Could not create the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the spreadsheet: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as colleagues and the history name them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::AccountsPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set counter PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s password was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter PIN for %1 (4 to 6 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s counter PIN was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will no longer log in or take the counter. Their name stays in the history. Deactivate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer log in or take the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as the manager first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ArchiveModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Find &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer list could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers-%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-trail-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be exported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::BackgroundRunner</name>
    <message>
        <source>A backup is being restored and Atelier restarts on it: nothing was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work stopped on an unexpected error. The log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::BackupsPage</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED the full check: not restorable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check only (checked in full before a restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is in place. Atelier restarts now to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: the &quot;backups&quot; folder beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is written; checking it in full…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is written and checked in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from %1? Everything entered since then is replaced by the data as it was at that time. The current data is kept aside as a file next to the database, not deleted. Atelier restarts afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work in the background did not stop in time, so the backup was not restored. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup and copying it beside the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is in place; the data it replaced was kept as %1.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1: %2 open, %3 done, %4 overdue</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>All purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks of this month could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task-customers-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::CampaignCopiesDialog</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message templates could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no message templates yet: add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message template could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling the messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies could not be made. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) to copy; the invitations are recorded.</source>
        <translation>
            <numerusform>%Ln message to copy; the invitation is recorded.</numerusform>
            <numerusform>%Ln messages to copy; the invitations are recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::CampaignListModel</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited / held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::CampaignsPage</name>
    <message>
        <source>%1 days after the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect could not be written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns are for the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaigns could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet: New campaign… makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s), newest first.</source>
        <translation>
            <numerusform>%Ln campaign, newest first.</numerusform>
            <numerusform>%Ln campaigns, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the effect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln invited customer(s)</source>
        <translation>
            <numerusform>%1: %Ln invited customer</numerusform>
            <numerusform>%1: %Ln invited customers</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign-%1-sms-%2.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign-%1-effect.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the effect…</source>
        <translation type="unfinished"></translation>
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
    <name>atelier::CardForecastWidget</name>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forecast could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1, before her latest visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated by the nightly run from her purchases up to %1. A likelihood, not a promise: use it as a hint for the conversation.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>R: how recently, F: how often, M: how much the customer buys, each from 1 (lowest fifth of the customers) to 5 (highest fifth), as of the last nightly run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet — the nightly run will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nightly run scores customers who have bought something; the last run was as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nightly run scores customers who have bought something; it has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s segment, since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She has bought or returned something since the nightly run of %1; the next run places her again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R %1 · F %2 · M %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers are reached by lifetime spend, not by points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nightly run decides the tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spend reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more spend to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points take %2 off the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · worth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeeming needs at least %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points movements could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ClerkPicker</name>
    <message>
        <source>At the counter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is serving at the counter: their tasks, complaints taken and handover notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no PIN yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the counter once the manager sets a PIN under Settings, Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has a PIN could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ColumnChooserDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintAnalysisWidget</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint analysis could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1★ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints in the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintIntakeDialog</name>
    <message>
        <source>Log complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caller who is not in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody chosen at the counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintService</name>
    <message>
        <source>Write down what the customer complains about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The style number is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clerk taking the complaint is not on the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no complaint #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsible person must be a current member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever records this step must be on the staff list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint #%1 already belongs to a customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintStepDialog</name>
    <message>
        <source>Complaint #%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer declined…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer resolution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record call-back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-back task is added to the calendar for the day after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This caller is not in the archive and left no phone number, so there is no call-back to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This caller is not in the archive, so no call-back task is planned: call back on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This caller is not in the archive, so no call-back task is planned: call %1 back on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the caller as a customer (beside the complaint) plans the call-back task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is responsible for this complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not an amount of money (e.g. 50 or 49.90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the compensation coupon %1: %2, from a purchase of %3, valid to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the compensation coupon %1: %2, valid to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintsModel</name>
    <message>
        <source>(not in the archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (caller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call-back overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call back in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Open complaints, most urgent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All complaints, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaints could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a complaint to see it and take the next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint #%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by %1, responsible: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: %1, worth %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction: %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller is registered, but the complaint could not be linked to the new customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::CounterPage</name>
    <message>
        <source>%1 sale · %2 return · %3 edit archive · %4 new customer · %5 handover note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover note saved for the next shift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::CounterResultsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last digits of phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::CustomerCardWidget</name>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bottom %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shoe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  valid to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open coupons:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::CustomerEditorDialog</name>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer archive — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: Show number and address to see or change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has this number.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers could not be exported:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::CustomerService</name>
    <message>
        <source>This phone number already belongs to another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was erased on request; the record cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag has between 1 and 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::DamagedStoreDialog</name>
    <message>
        <source>The store&apos;s data is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the store&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup and putting it in place…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the merged-away customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge customer #%1 into #%2? Everything of #%1 moves to #%2 and #%1 is removed. The merge can be undone from the list of recent merges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer #%1 was merged into #%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the merge of %1 (#%2) into #%3? The customer comes back with everything that was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2) is a customer of their own again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recent merges could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::EraseCustomerAction</name>
    <message>
        <source>Erase customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 from the archive?

Name, phone, address, birthday, sizes, preferences, notes, tags, life events and open follow-ups are removed; complaints lose their texts.

Purchases, returns and points are kept anonymously, so the store&apos;s totals and reports stay right.

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::FollowUpService</name>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day the follow-up is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already passed: a follow-up can only be planned for today or a later day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint call-back is recorded on the complaint, with the customer&apos;s satisfaction score: open it on the Complaints page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has not agreed to receive promotions: plan a call-back or a greeting instead of a marketing contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint call-backs are planned by the complaint when it is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups can only be given to a current member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the follow-up went.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is already done or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a current member of staff can record a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up that is done or cancelled cannot be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open follow-up can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ForecastListModel</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases, 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely she still shops here rather than having quietly stopped coming, as of the last nightly run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days with a purchase the forecast expects in the next 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What she may spend in the next 12 months, next year&apos;s money counted a little less (the discount rate in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Her last purchase plus her usual interval; empty for customers with fewer than three purchase days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::HandoverNoteDialog</name>
    <message>
        <source>Written by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clerk is at the counter: the note will be unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link the customer on the card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::HandoverNotes</name>
    <message>
        <source>The note is empty: write what the next shift should know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handover note has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked customer or the writer is not in the archive. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::HandoverPanel</name>
    <message>
        <source>Notes from the last shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes from the last shifts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clerk at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes not marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ImportFilePage</name>
    <message>
        <source>Choose the till&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, changed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ImportMappingPage</name>
    <message>
        <source>Receipt / invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds the customer&apos;s phone, and which the till&apos;s customer number. With a name column, phones not in the archive become new customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer phone *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till customer number *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (registers phones not in the archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns with the usual names are chosen already. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved mappings could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; could not be read. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no column %1 of the mapping &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column of the phone and the column of the till number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone and the till number cannot be the same column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping could not be saved as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (GBK, Excel on Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters cannot be read as %1: the file is probably in another encoding. Try the other one until the Chinese reads correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is in one column: try another delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ImportRunPage</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import gives the archive customers with these phones their till number and attaches the sales imported under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import gives the archive customers with these phones their till number, registers the phones not in the archive as new customers, and attaches the sales imported under their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the whole file; nothing is stored yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2; the saved file has them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ImportWizard</name>
    <message>
        <source>Import from till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::LoginDialog</name>
    <message>
        <source>The manager&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no manager account yet. Create yours: the manager then adds an account for each clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to serve customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::LoyaltyCustomersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::LoyaltyRulesEditor</name>
    <message>
        <source>%1 days</source>
        <comment>the frequency window</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>VIP or Active: bought within</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>Dormant after</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: 20th to 80th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: any spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the lifetime spend of the customers who bought within the Active recency, measured by every nightly run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>a points multiplier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store&apos;s band could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store now: measured by the first nightly run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store now: nobody bought recently (as of %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store now: %1–%2 (as of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::MainWindow</name>
    <message>
        <source>Recomputing tiers and segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers and segments recomputed as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nightly run as of %1 did not complete (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier — %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The message templates could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no message templates yet: add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message template could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has not agreed to receive promotions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::MessageTemplates</name>
    <message>
        <source>A template named “%1” exists already: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template was deleted meanwhile. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::NamedSegmentModel</name>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::NewCampaignDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawn at random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan, e.g. 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan; empty: any purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any; several: separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last purchase window ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chance of still being a customer: the upper end is below the lower end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed is a whole number up to 18446744073709551615.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount off in yuan, e.g. 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the minimum spend in yuan, e.g. 300, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is held out: there will be no one to compare with, so the effect cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers: %2 invited, %3 held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign was not created. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::NightlyRunsModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::PinDialog</name>
    <message>
        <source>Take over the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Points can be redeemed from Silver up; this customer is a Member. Her points stay in her account until her spend reaches Silver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment must add or take away at least one point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager can adjust points.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of still being a customer, by months since the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who bought at least twice, grouped by the months since their last purchase: on average, how likely they still are customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forecast lists are for the manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forecasts could not be read from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forecasts could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecasts yet: the nightly run makes them once customers have bought twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models in use were fitted on the purchases up to %1 of the %2 customers who had kept one (a sale refunded in full is not a purchase), on %3; they score the forecasts every night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on this list today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers. Export… writes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::RedeemPointsDialog</name>
    <message>
        <source>Redeem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The points could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeeming needs at least %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points are redeemed in blocks of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed %1 points: take %2 off the bill.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::RegisterDialog</name>
    <message>
        <source>This number already belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ReportsPage</name>
    <message>
        <source>This month so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1 (pages: %2).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s sales could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has nothing left to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing this customer bought is still within the return window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replacement&apos;s price is not an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange recorded: %1 credited for the pieces taken back, %2 sold in their place. Points: %3 taken back, %4 earned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over the experience coupon %1: %2, from a purchase of %3, valid to %4.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Customer: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in sale, no customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a price is not an amount in yuan, e.g. 299 or 299.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in sale recorded: %1.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Every line needs a style number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Style number, category, colour or size is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be between 1 and 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale needs at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon has just been used or withdrawn elsewhere; the sale was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale line does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return at least one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund cannot exceed %1 paid for these pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::ServiceRulesEditor</name>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours after resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before the expected next purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New complaints and tonight&apos;s planning use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>a coupon&apos;s minimum spend of 0</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a coupon is valid for</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>sms-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message templates could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no message templates yet: add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message template could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to write first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers to write could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::TagPicker</name>
    <message>
        <source>The tags could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::TaskEditorDialog</name>
    <message>
        <source>Anyone at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (…%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::TaskListModel</name>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::TemplateEditor</name>
    <message>
        <source>Any contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert %1 at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {name} the customer&apos;s name, {tier} their tier, {points} their points balance, {coupon} the coupon text above, {style} the style number of their latest purchase (of the complaint, for a call-back). Write {{ and }} for braces. A Chinese SMS holds 70 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message templates could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::TierMovementModel</name>
    <message>
        <source>Fell below the %1 threshold (%2) after the keep period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the %1 threshold (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell or an RFM segment to list its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distribution could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of runs could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last nightly run could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nightly run yet: every customer counts as a member with no purchase. Recompute now to see the real picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · all segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tiers · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These customers could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier changes could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No successful nightly run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment changes could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect at the next nightly run (every night at %1:00, as of the day before) or when you press Recompute now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The new rules apply from the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed as of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier-customers-%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store database could not be opened:
%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier customer archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store database FILE instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
