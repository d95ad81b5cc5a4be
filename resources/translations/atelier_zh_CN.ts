<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ArchiveService</name>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Top size</source>
        <translation>上装尺码</translation>
    </message>
    <message>
        <source>Bottom size</source>
        <translation>下装尺码</translation>
    </message>
    <message>
        <source>Shoe size</source>
        <translation>鞋码</translation>
    </message>
    <message>
        <source>Body type</source>
        <translation>体型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>CustomerRules</name>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>太长了：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入顾客姓名。</translation>
    </message>
    <message numerus="yes">
        <source>A name has at most %n characters.</source>
        <translation>
            <numerusform>姓名最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>A name may contain only letters, spaces and the marks · . - &apos; (no digits, symbols or emoji).</source>
        <translation>姓名只能包含文字、空格和 · . - &apos; 这几个符号（不能有数字、其他符号或表情）。</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>这不像是电子邮箱地址。</translation>
    </message>
    <message>
        <source>The birthday must be a real date in the past.</source>
        <translation>生日必须是过去的真实日期。</translation>
    </message>
    <message>
        <source>The year of birth is not plausible.</source>
        <translation>出生年份不合理。</translation>
    </message>
    <message>
        <source>A customer cannot refer themselves.</source>
        <translation>顾客不能推荐自己。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not an Atelier database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 不是 Atelier 数据库（不是 SQLite 文件），文件未被改动。</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Ask whoever manages this computer to make it writable.</source>
        <translation>数据库 %1 是只读的。请让管理这台电脑的人把它设为可写。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Atelier (schema %1; this program knows up to %2). Install the newer version; the database was left untouched.</source>
        <translation>这个数据库由更新版本的 Atelier 写入（结构版本 %1，本程序最高支持 %2）。请安装新版本；数据库未被改动。</translation>
    </message>
    <message>
        <source>The database is locked by another program. Close the other Atelier window or wait for the nightly job to finish, then start again.</source>
        <translation>数据库被其他程序锁定。请关闭另一个 Atelier 窗口或等待夜间任务结束，然后重新启动。</translation>
    </message>
    <message>
        <source>The database is read-only; it cannot be opened for work.</source>
        <translation>数据库是只读的，无法打开使用。</translation>
    </message>
    <message>
        <source>The file is not an Atelier database. It was left untouched.</source>
        <translation>该文件不是 Atelier 数据库，文件未被改动。</translation>
    </message>
    <message>
        <source>The database could not be prepared: %1</source>
        <translation>数据库无法准备就绪：%1</translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging here (%1).</source>
        <translation>数据库在此处无法使用预写日志（%1）。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Plus size</source>
        <translation>大码</translation>
    </message>
    <message>
        <source>Petite</source>
        <translation>小码</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>进店</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音</translation>
    </message>
    <message>
        <source>Online shop</source>
        <translation>网店</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>老客推荐</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门/到店</translation>
    </message>
    <message>
        <source>Welcomes promotions</source>
        <translation>喜欢促销信息</translation>
    </message>
    <message>
        <source>Occasionally</source>
        <translation>偶尔接受</translation>
    </message>
    <message>
        <source>Dislikes promotions</source>
        <translation>反感促销</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>风格</translation>
    </message>
    <message>
        <source>Size need</source>
        <translation>尺码需求</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材质</translation>
    </message>
    <message>
        <source>Life stage</source>
        <translation>人生阶段</translation>
    </message>
    <message>
        <source>Promotion</source>
        <translation>升职</translation>
    </message>
    <message>
        <source>Wedding</source>
        <translation>结婚</translation>
    </message>
    <message>
        <source>New baby</source>
        <translation>添宝宝</translation>
    </message>
    <message>
        <source>Moved house</source>
        <translation>搬家</translation>
    </message>
    <message>
        <source>Graduation</source>
        <translation>毕业</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>A phone number may only contain digits, spaces, dashes and a leading +86.</source>
        <translation>电话号码只能包含数字、空格、短横线和开头的 +86。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; a landline is the area code plus 7 or 8 digits.</source>
        <translation>手机号为 11 位；固话为区号加 7 或 8 位号码。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19.</source>
        <translation>手机号以 13 至 19 开头。</translation>
    </message>
    <message>
        <source>A landline needs its area code, e.g. 0571-88888888.</source>
        <translation>固话需要带区号，例如 0571-88888888。</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>The database is in use by another program. Nothing was saved; try again in a moment.</source>
        <translation>数据库正被其他程序使用。未保存任何内容，请稍后再试。</translation>
    </message>
    <message>
        <source>The database file is read-only. Nothing was saved.</source>
        <translation>数据库文件是只读的。未保存任何内容。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>磁盘已满。未保存任何内容；请清理空间后再试。</translation>
    </message>
    <message>
        <source>The data breaks a rule of the archive (for example a duplicate). Nothing was saved.</source>
        <translation>数据违反了档案规则（例如重复）。未保存任何内容。</translation>
    </message>
    <message>
        <source>The file is not an Atelier database.</source>
        <translation>该文件不是 Atelier 数据库。</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was saved. (%1)</source>
        <translation>数据库报告错误，未保存任何内容。（%1）</translation>
    </message>
</context>
<context>
    <name>StoreSettings</name>
    <message>
        <source>My store</source>
        <translation>我的店铺</translation>
    </message>
    <message>
        <source>Store name: between 1 and 60 characters.</source>
        <translation>店铺名称：1 到 60 个字符。</translation>
    </message>
    <message>
        <source>Return window: between 0 and 365 days.</source>
        <translation>退货期限：0 到 365 天。</translation>
    </message>
</context>
<context>
    <name>atelier::CustomerService</name>
    <message>
        <source>This phone number already belongs to another customer.</source>
        <translation>该电话号码已属于另一位顾客。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该顾客已不存在。</translation>
    </message>
    <message>
        <source>A tag has between 1 and 20 characters.</source>
        <translation>标签为 1 到 20 个字符。</translation>
    </message>
</context>
<context>
    <name>atelier::SaleService</name>
    <message>
        <source>Every line needs a style number.</source>
        <translation>每一行都需要款号。</translation>
    </message>
    <message>
        <source>Style number, category, colour or size is too long.</source>
        <translation>款号、品类、颜色或尺码太长。</translation>
    </message>
    <message>
        <source>The quantity must be between 1 and 999.</source>
        <translation>数量必须在 1 到 999 之间。</translation>
    </message>
    <message>
        <source>Prices cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>A sale needs at least one line.</source>
        <translation>一笔销售至少需要一行商品。</translation>
    </message>
    <message>
        <source>This sale line does not exist.</source>
        <translation>该销售明细不存在。</translation>
    </message>
    <message numerus="yes">
        <source>This was bought %n day(s) ago; returns and exchanges are accepted within %1 days.</source>
        <translation>
            <numerusform>这件商品是 %n 天前购买的；退换货须在 %1 天内办理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Return at least one piece.</source>
        <translation>至少退一件。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n piece(s) of this line can still be returned.</source>
        <translation>
            <numerusform>这一行只剩 %n 件可以退。</numerusform>
        </translation>
    </message>
    <message>
        <source>The refund cannot exceed %1 paid for these pieces.</source>
        <translation>退款不能超过这些商品的实付金额 %1。</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
</context>
</TS>
