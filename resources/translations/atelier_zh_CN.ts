<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRules</name>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A name has at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <source>%1 is not an Atelier database (it is not an SQLite file). It was left untouched.</source>
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
        <source>The file is not an Atelier database. It was left untouched.</source>
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
        <source>Return window: between 0 and 365 days.</source>
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
        <source>A tag has between 1 and 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>atelier::SaleService</name>
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
        <source>This sale line does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This was bought %n day(s) ago; returns and exchanges are accepted within %1 days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Return at least one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n piece(s) of this line can still be returned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
</TS>
