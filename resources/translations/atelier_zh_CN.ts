<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Only the manager may do this. Ask the manager to log in.</source>
        <translation>只有店长可以执行此操作。请让店长登录。</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>A login is 2 to 30 letters, digits, dots, dashes or underscores.</source>
        <translation>登录名为 2 到 30 个字母、数字、点、短横线或下划线。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password cannot be the login.</source>
        <translation>密码不能与登录名相同。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>PIN 码为 4 到 6 位数字。</translation>
    </message>
    <message>
        <source>The store has a manager already; the manager adds the other accounts.</source>
        <translation>本店已有店长账号；其他账号由店长添加。</translation>
    </message>
    <message>
        <source>A name is 1 to 40 characters.</source>
        <translation>姓名为 1 到 40 个字符。</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is short of memory.</source>
        <translation>无法加密保存密码：电脑内存不足。</translation>
    </message>
    <message>
        <source>The login %1 is taken.</source>
        <translation>登录名 %1 已被占用。</translation>
    </message>
    <message>
        <source>%1 has an account already.</source>
        <translation>%1 已有账号。</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>没有这个账号。</translation>
    </message>
    <message>
        <source>The PIN could not be protected: the computer is short of memory.</source>
        <translation>无法加密保存 PIN 码：电脑内存不足。</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账号。</translation>
    </message>
    <message>
        <source>The store needs at least one active manager.</source>
        <translation>本店至少需要一个在用的店长账号。</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in %1 s.</source>
        <translation>错误次数过多：请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>The PIN is wrong: try again in %1 s.</source>
        <translation>PIN 码错误：请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>The login or the password is wrong: try again in %1 s.</source>
        <translation>登录名或密码错误：请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>The PIN is wrong.</source>
        <translation>PIN 码错误。</translation>
    </message>
    <message>
        <source>There is no such member of staff.</source>
        <translation>没有这位员工。</translation>
    </message>
    <message>
        <source>%1 has no counter PIN yet: the manager sets it under Settings, Accounts.</source>
        <translation>%1还没有接班 PIN 码：请店长在“设置 › 账号”中设置。</translation>
    </message>
    <message>
        <source>Her open work can only go to an active member of staff.</source>
        <translation>她的未完成工作只能交给在职的员工。</translation>
    </message>
    <message numerus="yes">
        <source>Choose who takes over her %n open follow-up task(s).</source>
        <translation>
            <numerusform>请选择由谁接手她的 %n 个未完成回访任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose who takes over her %n open complaint(s).</source>
        <translation>
            <numerusform>请选择由谁接手她的 %n 条未结投诉。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveContest</name>
    <message>
        <source>Note: at most %1 characters.</source>
        <translation>备注：最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺码：</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Birthday in:</source>
        <translation>生日月份：</translation>
    </message>
    <message>
        <source>&amp;Edit archive…</source>
        <translation>编辑档案(&amp;E)…</translation>
    </message>
    <message>
        <source>Show on &amp;counter</source>
        <translation>在前台显示(&amp;C)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Import from till…</source>
        <translation>从收银系统导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Recorded &amp;without consent</source>
        <translation>未经同意记录(&amp;W)</translation>
    </message>
    <message>
        <source>Only customers whose birthday or address is on file although she has not agreed that we keep them (from before the rule, or she withdrew). Settings → Service → Privacy says whether they are kept or cleared.</source>
        <translation>只显示生日或地址已登记、但本人未同意我们保存的顾客（规则实施之前登记的，或她已撤回同意）。是保留还是清除，见“设置 → 服务 → 隐私”。</translation>
    </message>
</context>
<context>
    <name>ArchiveService</name>
    <message>
        <source>Customer ID</source>
        <translation>顾客编号</translation>
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
</context>
<context>
    <name>AuditActor</name>
    <message>
        <source>unknown clerk</source>
        <translation>未知店员</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The export could not be recorded in the audit trail, so no file was kept: %1</source>
        <translation>导出无法记入操作日志，因此未保留文件：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>会员规则</translation>
    </message>
    <message>
        <source>Service rules</source>
        <translation>服务规则</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>消息模板</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), %Ln row(s)</source>
        <translation>
            <numerusform>%1（%2），%Ln 行</numerusform>
        </translation>
    </message>
    <message>
        <source>; filter: %1</source>
        <translation>；筛选：%1</translation>
    </message>
    <message>
        <source>; columns: %1</source>
        <translation>；列：%1</translation>
    </message>
    <message>
        <source>Customer registered</source>
        <translation>登记顾客</translation>
    </message>
    <message>
        <source>Customer changed</source>
        <translation>修改顾客档案</translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation>删除顾客</translation>
    </message>
    <message>
        <source>Full phone number shown</source>
        <translation>查看完整手机号</translation>
    </message>
    <message>
        <source>Full address shown</source>
        <translation>查看完整地址</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Rules changed</source>
        <translation>修改规则</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
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
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Work and family</source>
        <translation>工作与家庭</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Buying habits</source>
        <translation>消费习惯</translation>
    </message>
    <message>
        <source>Dress preferences</source>
        <translation>着装偏好</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>生活方式</translation>
    </message>
    <message>
        <source>Service style</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>偏好联系方式</translation>
    </message>
    <message>
        <source>Attitude to promotions</source>
        <translation>对促销的态度</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>价值观</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <source>Consent to profile</source>
        <translation>同意建档</translation>
    </message>
    <message>
        <source>Consent to promotions</source>
        <translation>同意接收促销</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>人生节点</translation>
    </message>
    <message>
        <source>Login name: %1</source>
        <translation>登录名：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>At the customer&apos;s request</source>
        <translation>应顾客本人要求</translation>
    </message>
    <message>
        <source>Consent to the profile withdrawn</source>
        <translation>顾客撤回了建档同意</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Merged in %1 (#%2, %3)</source>
        <translation>并入 %1（#%2，%3）</translation>
    </message>
    <message>
        <source>; filled: %1</source>
        <translation>；补全：%1</translation>
    </message>
    <message>
        <source>; moved: %1</source>
        <translation>；转入：%1</translation>
    </message>
    <message>
        <source>Customers merged</source>
        <translation>合并顾客</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Merge %1 undone: %2 (#%3) is a customer of their own again</source>
        <translation>已撤销合并 %1：%2（#%3）恢复为独立顾客</translation>
    </message>
    <message>
        <source>Customer archive</source>
        <translation>顾客档案</translation>
    </message>
    <message>
        <source>Customer archive (CSV)</source>
        <translation>顾客档案（CSV）</translation>
    </message>
    <message>
        <source>Tiers list</source>
        <translation>会员等级名单</translation>
    </message>
    <message>
        <source>Tiers list (CSV)</source>
        <translation>会员等级名单（CSV）</translation>
    </message>
    <message>
        <source>Task list</source>
        <translation>回访任务名单</translation>
    </message>
    <message>
        <source>Bulk SMS list</source>
        <translation>群发短信名单</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n item(s), %2 points</source>
        <translation>
            <numerusform>%1，%n 件，积分 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanged %1 ×%2 for %3, credit %4, %5 points, %6 points for the new piece</source>
        <translation>换货：%1 ×%2 换成 %3，抵扣 %4，积分 %5，新商品积分 %6</translation>
    </message>
    <message>
        <source>Returned %1 ×%2, refund %3, %4 points</source>
        <translation>退货：%1 ×%2，退款 %3，积分 %4</translation>
    </message>
    <message>
        <source>%1&apos;s shift at the counter ended</source>
        <translation>%1 下班，离开前台</translation>
    </message>
    <message>
        <source>%1 took the counter</source>
        <translation>%1 开始当班</translation>
    </message>
    <message>
        <source>%1 took over the counter from %2</source>
        <translation>%1 接替 %2 当班</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Monthly backup</source>
        <translation>每月备份</translation>
    </message>
    <message>
        <source>Backup made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>As of %1 (%2): %3 customers, %4 tiers up, %5 down, %6 segment changes, %7 points expired, %8 follow-ups planned</source>
        <translation>截至 %1（%2）：%3 位顾客，升级 %4 人，降级 %5 人，分群变化 %6 人，过期积分 %7，安排回访 %8 项</translation>
    </message>
    <message>
        <source>Complaint #%1: the caller was registered and the complaint is hers</source>
        <translation>投诉 #%1：来电者已登记为顾客，投诉归入其档案</translation>
    </message>
    <message>
        <source>Complaint #%1 taken down (%2)</source>
        <translation>投诉 #%1 已登记（%2）</translation>
    </message>
    <message>
        <source>Complaint #%1: %2 → %3</source>
        <translation>投诉 #%1：%2 → %3</translation>
    </message>
    <message>
        <source>; offered: %1 %2</source>
        <translation>；处理方案：%1 %2</translation>
    </message>
    <message>
        <source>; satisfaction %1 of 5</source>
        <translation>；满意度 %1/5</translation>
    </message>
    <message>
        <source>Tier: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>店铺分群：%1</translation>
    </message>
    <message>
        <source>RFM segment: %1</source>
        <translation>RFM 分群：%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>尺码：%1</translation>
    </message>
    <message>
        <source>Birth month: %1</source>
        <translation>生日月份：%1</translation>
    </message>
    <message>
        <source>Tag: #%1</source>
        <translation>标签：#%1</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation>退换货</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>已兑换积分</translation>
    </message>
    <message>
        <source>Points corrected</source>
        <translation>积分调整</translation>
    </message>
    <message>
        <source>Attendant changed</source>
        <translation>当班店员变更</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Nightly run or recompute</source>
        <translation>夜间计算或立即重算</translation>
    </message>
    <message>
        <source>Complaint step</source>
        <translation>投诉处理步骤</translation>
    </message>
    <message>
        <source>%1 points, worth %2</source>
        <translation>%1 积分，抵 %2</translation>
    </message>
    <message>
        <source>%1 points; reason: %2</source>
        <translation>%1 积分；原因：%2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>从 %1 恢复</translation>
    </message>
    <message>
        <source>Coupon %1: %2, valid to %3</source>
        <translation>优惠券 %1：%2，有效期至 %3</translation>
    </message>
    <message>
        <source>Coupon issued</source>
        <translation>发放优惠券</translation>
    </message>
    <message>
        <source>Coupon cancelled</source>
        <translation>作废优惠券</translation>
    </message>
    <message>
        <source>Campaign #%1: will come</source>
        <translation>营销活动 #%1：会来</translation>
    </message>
    <message>
        <source>Campaign #%1: will not come</source>
        <translation>营销活动 #%1：不来</translation>
    </message>
    <message>
        <source>Campaign #%1: came on %2</source>
        <translation>营销活动 #%1：%2 到场</translation>
    </message>
    <message>
        <source>%1 (%2): used on %3</source>
        <translation>%1（%2）：%3 使用</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>retired (it has uses)</source>
        <translation>已停用（已有使用记录）</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Holiday calendar</source>
        <translation>节日日历</translation>
    </message>
    <message>
        <source>Campaign answer or attendance</source>
        <translation>营销活动回复或到场</translation>
    </message>
    <message>
        <source>Tier benefit used</source>
        <translation>使用等级权益</translation>
    </message>
    <message>
        <source>Tier benefits changed</source>
        <translation>等级权益修改</translation>
    </message>
    <message>
        <source>Personal stylist</source>
        <translation>私人搭配师</translation>
    </message>
    <message>
        <source>Words (Chinese)</source>
        <translation>中文说明</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Greet</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>Words (English)</source>
        <translation>英文说明</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>%1 (every size)</source>
        <translation>%1（所有尺码）</translation>
    </message>
    <message>
        <source>%1 size %2</source>
        <translation>%1 %2 码</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) planned</source>
        <translation>
            <numerusform>已安排 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 arrived: %n wish(es), %2</source>
        <translation>
            <numerusform>%1 已到货：%n 条登记，%2</numerusform>
        </translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>%1 码</translation>
    </message>
    <message>
        <source>Lost sale recorded</source>
        <translation>登记未成交</translation>
    </message>
    <message>
        <source>Lost sales marked arrived</source>
        <translation>标记未成交款已到货</translation>
    </message>
    <message>
        <source>%1 of 5 (%2)</source>
        <translation>%1 分（满分 5 分）（%2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: sales %2, new archives %3, follow-ups done %4</source>
        <translation>%1：销售额 %2，新建档案 %3，完成回访 %4</translation>
    </message>
    <message>
        <source>Targets for %1: %2</source>
        <translation>%1 的目标：%2</translation>
    </message>
    <message>
        <source>Checked: valid (with a note)</source>
        <translation>抽查：有效（附备注）</translation>
    </message>
    <message>
        <source>Checked: valid</source>
        <translation>抽查：有效</translation>
    </message>
    <message>
        <source>Checked: not valid (with a note)</source>
        <translation>抽查：无效（附备注）</translation>
    </message>
    <message>
        <source>Checked: not valid</source>
        <translation>抽查：无效</translation>
    </message>
    <message>
        <source>%1 deactivated</source>
        <translation>%1 已停用</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up task(s) to whoever is at the counter</source>
        <translation>
            <numerusform>%n 个未完成回访任务交给当班店员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up task(s) to %1</source>
        <translation>
            <numerusform>%n 个未完成回访任务交给 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s) to %1</source>
        <translation>
            <numerusform>%n 条未结投诉交给 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Satisfaction recorded</source>
        <translation>已记录满意度</translation>
    </message>
    <message>
        <source>Staff targets set</source>
        <translation>已设定员工目标</translation>
    </message>
    <message>
        <source>Archive spot-checked</source>
        <translation>已抽查档案</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>账号已停用</translation>
    </message>
    <message>
        <source>Member card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Member cards (PDF)</source>
        <translation>会员卡（PDF）</translation>
    </message>
</context>
<context>
    <name>BackupCipher</name>
    <message>
        <source>This is not an encrypted Atelier backup: it was made by another program, or is no backup.</source>
        <translation>这不是 Atelier 的加密备份：它是其他程序生成的文件，或者根本不是备份。</translation>
    </message>
    <message>
        <source>This encrypted backup was made by a newer version of Atelier. Install the newer version to read it.</source>
        <translation>这个加密备份由更新版本的 Atelier 制作。请安装新版本后再读取。</translation>
    </message>
    <message>
        <source>The passphrase is not the one this backup was encrypted with.</source>
        <translation>口令不对：这不是加密此备份时用的口令。</translation>
    </message>
    <message>
        <source>This encrypted backup is incomplete: the file was cut short, perhaps while it was being copied or the USB stick was pulled out.</source>
        <translation>这个加密备份不完整：文件被截断了，可能是复制时出了问题，或者 U 盘被拔出。</translation>
    </message>
    <message>
        <source>This encrypted backup is damaged: some of its bytes have changed since it was written.</source>
        <translation>这个加密备份已损坏：写好之后其中有字节被改动了。</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>口令至少要有 %1 个字符。</translation>
    </message>
    <message>
        <source>The backup could not be read.</source>
        <translation>无法读取备份。</translation>
    </message>
    <message>
        <source>The encrypted copy could not be written: the disk or USB stick may be full, read-only or no longer there.</source>
        <translation>无法写入加密副本：磁盘或 U 盘可能已满、只读，或已经不在了。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>There is not enough free memory on this computer to work out the key from the passphrase.</source>
        <translation>本机可用内存不足，无法由口令算出密钥。</translation>
    </message>
</context>
<context>
    <name>BackupCopier</name>
    <message>
        <source>The copy was cancelled; nothing was left in %1.</source>
        <translation>复制已取消；%1 中没有留下任何文件。</translation>
    </message>
    <message>
        <source>The backup could not be read (%1); nothing was left in %2.</source>
        <translation>无法读取备份（%1）；%2 中没有留下任何文件。</translation>
    </message>
    <message>
        <source>The folder %1 is not there. If it is on a USB stick, is the stick plugged in?</source>
        <translation>找不到文件夹 %1。如果它在 U 盘上，请确认 U 盘已经插好。</translation>
    </message>
    <message>
        <source>The backup %1 could not be read (%2).</source>
        <translation>无法读取备份 %1（%2）。</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2): the folder may be read-only or the disk full. Nothing was written.</source>
        <translation>无法在 %1 中写入（%2）：该文件夹可能是只读的，或者磁盘已满。没有写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation>无法在 %1 中写入。</translation>
    </message>
    <message>
        <source>Cannot write in %1 (%2).</source>
        <translation>无法在 %1 中写入（%2）。</translation>
    </message>
    <message>
        <source>The backup could not be written out in %1 (%2).</source>
        <translation>无法在 %1 中写出备份（%2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The copy to %1 stopped part way%2: the disk or USB stick may be full or was pulled out. No file was left under the copy&apos;s name.</source>
        <translation>复制到 %1 时中途停止%2：磁盘或 U 盘可能已满或被拔出。没有留下以副本名称命名的文件。</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The disk holding the backup folder %1 is full. No backup was written and the database is untouched; free some space and try again.</source>
        <translation>备份文件夹 %1 所在的磁盘已满。未写入任何备份，数据库未受影响；请腾出空间后再试。</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2). No backup was written and the database is untouched.</source>
        <translation>无法将备份写入 %1（%2）。未写入任何备份，数据库未受影响。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Choose a folder this computer&apos;s user can write to; the database is untouched.</source>
        <translation>无法创建备份文件夹 %1。请选择本机当前用户可以写入的文件夹；数据库未受影响。</translation>
    </message>
    <message>
        <source>A backup named %1 already exists; nothing was written.</source>
        <translation>名为 %1 的备份已存在；未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write in the backup folder %1 (%2). The database is untouched.</source>
        <translation>无法在备份文件夹 %1 中写入（%2）。数据库未受影响。</translation>
    </message>
    <message>
        <source>The backup copy failed its check (%1) and was removed. The database itself may be damaged; keep the earlier backups.</source>
        <translation>备份副本未通过检查（%1），已删除。数据库本身可能已损坏，请保留之前的备份。</translation>
    </message>
    <message>
        <source>The backup could not be completed in %1 (%2). The database is untouched.</source>
        <translation>无法在 %1 中完成备份（%2）。数据库未受影响。</translation>
    </message>
    <message>
        <source>not readable by this user</source>
        <translation>当前用户无权读取</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The backup folder must be a full path, such as D:\Backups or /home/store/backups.</source>
        <translation>备份文件夹必须是完整路径，例如 D:\Backups 或 /home/store/backups。</translation>
    </message>
    <message>
        <source>Daily backups to keep: between 1 and 366.</source>
        <translation>保留的每日备份：1 到 366 份。</translation>
    </message>
    <message>
        <source>Monthly backups to keep: between 0 and 240.</source>
        <translation>保留的每月备份：0 到 240 份。</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>备份文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>无法读取 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is not a backup made by Atelier (it is not an SQLite file).</source>
        <translation>%1 不是 Atelier 生成的备份（它不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not an Atelier database.</source>
        <translation>%1 是 SQLite 文件，但不是 Atelier 数据库。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Atelier (schema %2; this program knows up to %3). Install the newer version to restore it.</source>
        <translation>%1 由更新版本的 Atelier 生成（数据结构版本 %2；本程序最高支持 %3）。请安装新版本后再恢复。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2) and cannot be restored.</source>
        <translation>%1 已损坏（%2），无法恢复。</translation>
    </message>
    <message>
        <source>The database was left as it was.</source>
        <translation>数据库保持原样，未作改动。</translation>
    </message>
    <message>
        <source>%1 is the database itself, not a backup.</source>
        <translation>%1 就是数据库本身，不是备份。</translation>
    </message>
    <message>
        <source>Cannot copy the backup beside the database (%1).</source>
        <translation>无法把备份复制到数据库所在的文件夹（%1）。</translation>
    </message>
    <message>
        <source>Cannot set the current database aside as %1.</source>
        <translation>无法把当前数据库另存为 %1。</translation>
    </message>
    <message>
        <source>Cannot put the backup in place (%1).</source>
        <translation>无法用备份替换数据库（%1）。</translation>
    </message>
    <message>
        <source>The backup %1 failed its full check (%2): it will not be offered for restore. The database itself may be damaged; keep the earlier backups.</source>
        <translation>备份 %1 未通过完整检查（%2）：它不会被用于恢复。数据库本身可能已损坏，请保留较早的备份。</translation>
    </message>
    <message>
        <source>The backup %1 failed its full check and cannot be restored.</source>
        <translation>备份 %1 未通过完整检查，不能用于恢复。</translation>
    </message>
    <message>
        <source>There is no prepared copy %1 to put in place.</source>
        <translation>没有准备好的副本 %1 可以换上。</translation>
    </message>
    <message>
        <source>This server&apos;s backups are made by its administrator: Atelier makes none.</source>
        <translation>本服务器的备份由其管理员负责：Atelier 不做备份。</translation>
    </message>
    <message>
        <source>pg_dump was not found on this computer (install postgresql-client-15), so the server&apos;s database cannot be backed up from here.</source>
        <translation>本机找不到 pg_dump（请安装 postgresql-client-15），无法从这里备份服务器上的数据库。</translation>
    </message>
    <message>
        <source>%1 is a backup of a store on a PostgreSQL server: restore it into an empty database on a server (atelier-cli --db postgresql://… restore).</source>
        <translation>%1 是 PostgreSQL 服务器上店铺的备份：请把它恢复到服务器上的一个空数据库中（atelier-cli --db postgresql://… restore）。</translation>
    </message>
</context>
<context>
    <name>BarcodePainter</name>
    <message>
        <source>The barcode could not be made.</source>
        <translation>无法生成条码。</translation>
    </message>
    <message>
        <source>The barcode could not be made for %1: %2</source>
        <translation>无法为 %1 生成条码：%2</translation>
    </message>
    <message>
        <source>The barcode could not be made for %1.</source>
        <translation>无法为 %1 生成条码。</translation>
    </message>
</context>
<context>
    <name>BenefitService</name>
    <message>
        <source>Always</source>
        <translation>不限次数</translation>
    </message>
    <message>
        <source>No stylist chosen yet</source>
        <translation>尚未指定搭配师</translation>
    </message>
    <message>
        <source>Stylist: %1</source>
        <translation>搭配师：%1</translation>
    </message>
    <message>
        <source>Not issued yet this year (the nightly run issues it)</source>
        <translation>今年尚未发放（由夜间计算发放）</translation>
    </message>
    <message>
        <source>Coupon issued on %1</source>
        <translation>%1 已发放优惠券</translation>
    </message>
    <message>
        <source>Not used yet this year</source>
        <translation>今年尚未使用</translation>
    </message>
    <message>
        <source>Used on %1</source>
        <translation>%1 已使用</translation>
    </message>
    <message>
        <source>Used today</source>
        <translation>今天已使用</translation>
    </message>
    <message>
        <source>Last used on %1</source>
        <translation>上次使用：%1</translation>
    </message>
    <message>
        <source>Not used yet</source>
        <translation>尚未使用</translation>
    </message>
    <message>
        <source>Already used on %1.</source>
        <translation>已于 %1 使用过。</translation>
    </message>
    <message>
        <source>This benefit is no longer offered.</source>
        <translation>该权益已不再提供。</translation>
    </message>
    <message>
        <source>This benefit is issued as a coupon by the nightly run; redeem the coupon with a sale.</source>
        <translation>该权益由夜间计算以优惠券发放；请在销售时核销优惠券。</translation>
    </message>
    <message>
        <source>This benefit belongs to a higher tier than the customer&apos;s.</source>
        <translation>该权益属于比顾客当前等级更高的等级。</translation>
    </message>
</context>
<context>
    <name>BenefitsEditor</name>
    <message>
        <source>What each tier promises. A tier also has the benefits of the tiers below it; the points multiplier and redemption come from the points rules.</source>
        <translation>每个等级承诺的权益。等级同时享有其以下各等级的权益；积分倍数和积分兑换来自积分规则。</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Words (Chinese):</source>
        <translation>中文说明：</translation>
    </message>
    <message>
        <source>Words (English):</source>
        <translation>英文说明：</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>频次：</translation>
    </message>
    <message>
        <source>Coupon:</source>
        <translation>优惠券：</translation>
    </message>
    <message>
        <source>Coupon value (% or ¥):</source>
        <translation>优惠券面值（% 或 ¥）：</translation>
    </message>
    <message>
        <source>Minimum spend (¥):</source>
        <translation>最低消费（¥）：</translation>
    </message>
    <message>
        <source>Valid for (days):</source>
        <translation>有效天数：</translation>
    </message>
    <message>
        <source>&amp;New benefit</source>
        <translation>新建权益(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save benefit</source>
        <translation>保存权益(&amp;S)</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <source>A benefit that has been used is retired: it is no longer offered, and its uses keep their words.</source>
        <translation>已有使用记录的权益会被停用：不再提供，其使用记录保留原有说明。</translation>
    </message>
</context>
<context>
    <name>BgNbd</name>
    <message>
        <source>There are no customers to fit the model on.</source>
        <translation>没有可用于拟合模型的顾客。</translation>
    </message>
    <message>
        <source>Nobody has bought twice yet: the model cannot tell how often customers come back.</source>
        <translation>还没有顾客复购过：模型无法判断顾客多久回来一次。</translation>
    </message>
    <message>
        <source>The fit did not converge.</source>
        <translation>模型拟合没有收敛。</translation>
    </message>
    <message>
        <source>A parameter of the fit ran down to zero: the history says too little.</source>
        <translation>拟合中有一个参数降到了零：历史数据太少，说明不了什么。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>回访类型：</translation>
    </message>
    <message>
        <source>Today and overdue, mine</source>
        <translation>今天和逾期的（我的）</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>新建回访…</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>改期…</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>取消回访</translation>
    </message>
    <message>
        <source>Open on counter</source>
        <translation>在前台打开</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>消息…</translation>
    </message>
    <message>
        <source>The text to send this customer by WeChat or SMS, ready to copy</source>
        <translation>发给这位顾客的微信/短信文字，可直接复制</translation>
    </message>
    <message>
        <source>Export for SMS…</source>
        <translation>导出群发短信…</translation>
    </message>
    <message>
        <source>The customers in this list who accept promotions, with the filled text, as a CSV for a bulk-SMS platform</source>
        <translation>把列表中同意接收促销的顾客连同填好的文字导出为 CSV，供群发短信平台使用</translation>
    </message>
    <message>
        <source>Export customers…</source>
        <translation>导出顾客…</translation>
    </message>
    <message>
        <source>The customers of this list, each once, to Excel or CSV in the columns you choose</source>
        <translation>把列表中的顾客（每人一行）按所选的列导出为 Excel 或 CSV</translation>
    </message>
</context>
<context>
    <name>CampaignCopiesDialog</name>
    <message>
        <source>Message copies</source>
        <translation>消息文本</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Make the copies</source>
        <translation>生成文本(&amp;M)</translation>
    </message>
    <message>
        <source>Only customers who accept promotions get a copy. Making the copies records each of them as invited (by WeChat).</source>
        <translation>只有接受营销信息的顾客才会生成文本。生成文本会把每位顾客记为已邀请（微信）。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the chosen customer&apos;s text (double-click does the same)</source>
        <translation>复制所选顾客的文本（双击也可以）</translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <source>Member day</source>
        <translation>会员日</translation>
    </message>
    <message>
        <source>New-arrival preview</source>
        <translation>新品预览</translation>
    </message>
    <message>
        <source>VIP private fitting</source>
        <translation>VIP 私享试衣</translation>
    </message>
    <message>
        <source>Holiday sale</source>
        <translation>节日促销</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>清仓</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>受邀组</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>对照组</translation>
    </message>
    <message>
        <source>Fashion show</source>
        <translation>走秀</translation>
    </message>
</context>
<context>
    <name>CampaignResponses</name>
    <message>
        <source>There is no campaign #%1.</source>
        <translation>没有营销活动 #%1。</translation>
    </message>
    <message>
        <source>“%1” is a %2, not an event: there is no answer or attendance to record.</source>
        <translation>“%1”是%2，不是活动邀约：无需记录回复或到场。</translation>
    </message>
    <message>
        <source>This customer was not invited to “%1”.</source>
        <translation>这位顾客没有受邀参加“%1”。</translation>
    </message>
    <message>
        <source>This customer was held out of “%1” at random and not invited: nothing is recorded for her, so that the campaign&apos;s effect can be measured.</source>
        <translation>这位顾客被随机分入“%1”的对照组，没有受邀：不为她记录任何内容，以便衡量营销活动的效果。</translation>
    </message>
    <message>
        <source>“%1” ended on %2: answers are no longer recorded.</source>
        <translation>“%1”已于 %2 结束：不再记录回复。</translation>
    </message>
    <message>
        <source>“%1” runs from %2 to %3: attendance is recorded on those days only, not on %4.</source>
        <translation>“%1”的日期为 %2 至 %3：只在这几天记录到场，%4 不能记录。</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>marketing consent (always required)</source>
        <translation>同意接收营销信息（始终必需）</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>分群 %1</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>等级 %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>size bought %1</source>
        <translation>购买过尺码 %1</translation>
    </message>
    <message>
        <source>style bought %1</source>
        <translation>购买过款号 %1</translation>
    </message>
    <message>
        <source>category bought %1</source>
        <translation>购买过品类 %1</translation>
    </message>
    <message>
        <source>last purchase from %1 to %2</source>
        <translation>最近一次消费在 %1 至 %2</translation>
    </message>
    <message>
        <source>P(alive) from %1 to %2</source>
        <translation>留存概率 %1 至 %2</translation>
    </message>
    <message>
        <source>The holdout is a whole percent from 0 to 99, not %1.</source>
        <translation>对照组比例应为 0 到 99 之间的整数百分比，不能是 %1。</translation>
    </message>
    <message>
        <source>The last-purchase window ends (%1) before it begins (%2).</source>
        <translation>最近一次消费的时间段结束日（%1）早于开始日（%2）。</translation>
    </message>
    <message>
        <source>The P(alive) band must lie between 0 and 1, its lower end not above its upper end.</source>
        <translation>留存概率区间必须在 0 到 1 之间，下限不能高于上限。</translation>
    </message>
    <message>
        <source>There is no segment “%1”. The segments are: %2.</source>
        <translation>没有分群“%1”。可用的分群有：%2。</translation>
    </message>
    <message>
        <source>There is no tag “%1”: the store has no tags yet.</source>
        <translation>没有标签“%1”：店里还没有任何标签。</translation>
    </message>
    <message>
        <source>There is no tag “%1”. The tags are: %2.</source>
        <translation>没有标签“%1”。可用的标签有：%2。</translation>
    </message>
    <message>
        <source>No customer accepts promotions: the audience is empty.</source>
        <translation>没有顾客同意接收营销信息：目标顾客为空。</translation>
    </message>
    <message numerus="yes">
        <source>The filter %1 leaves nobody (%n customer(s) before it): the audience is empty.</source>
        <translation>
            <numerusform>条件“%1”筛掉了所有人（此前还有 %n 位顾客）：目标顾客为空。</numerusform>
        </translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>营销活动需要一个名称。</translation>
    </message>
    <message>
        <source>A campaign needs a first and a last day.</source>
        <translation>营销活动需要开始日和结束日。</translation>
    </message>
    <message>
        <source>The campaign ends (%1) before it begins (%2).</source>
        <translation>营销活动的结束日（%1）早于开始日（%2）。</translation>
    </message>
    <message>
        <source>The seed is a whole number from 0 to %1.</source>
        <translation>随机种子应为 0 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>The offer is not a valid coupon: an amount off above 0, a percent from 1 to 99, or a gift; a minimum spend of 0 or more.</source>
        <translation>优惠不是有效的优惠券：减免金额须大于 0，折扣须为 1 到 99 的百分比，或为赠品；最低消费须为 0 或以上。</translation>
    </message>
    <message>
        <source>The audience is empty.</source>
        <translation>目标顾客为空。</translation>
    </message>
    <message>
        <source>With no holdout, nobody is left out to compare with: the campaign&apos;s effect cannot be measured.</source>
        <translation>没有对照组，就没有可比较的人：无法衡量这次营销活动的效果。</translation>
    </message>
    <message>
        <source>The audience is too small for a holdout of %1 %: nobody was held out, so the effect cannot be measured.</source>
        <translation>目标顾客太少，按 %1% 抽不出对照组：没有人被留作对照，因此无法衡量效果。</translation>
    </message>
    <message>
        <source>There is no campaign #%1.</source>
        <translation>没有 #%1 号营销活动。</translation>
    </message>
    <message>
        <source>The attribution days are a whole number from 0 to 3660, not %1.</source>
        <translation>归因天数应为 0 到 3660 之间的整数，不能是 %1。</translation>
    </message>
    <message>
        <source>Conversion: one of the groups is empty, so there is nothing to compare.</source>
        <translation>转化率：其中一组没有顾客，无从比较。</translation>
    </message>
    <message>
        <source>Conversion: invited %1 %, holdout %2 %; difference %3 points (95 % interval %4 to %5).</source>
        <translation>转化率：受邀组 %1%，对照组 %2%；相差 %3 个百分点（95% 区间 %4 至 %5）。</translation>
    </message>
    <message>
        <source>The effect on conversion cannot be told apart from chance.</source>
        <translation>转化率上的效果与偶然波动无法区分。</translation>
    </message>
    <message>
        <source>The invited group bought more often than the holdout.</source>
        <translation>受邀组比对照组购买得更多。</translation>
    </message>
    <message>
        <source>The invited group bought less often than the holdout.</source>
        <translation>受邀组比对照组购买得更少。</translation>
    </message>
    <message>
        <source>Revenue per customer: a group has fewer than two customers, so there is nothing to compare.</source>
        <translation>人均销售额：有一组顾客少于两位，无从比较。</translation>
    </message>
    <message>
        <source>Revenue per customer: invited %1, holdout %2; difference %3 (95 % interval %4 to %5).</source>
        <translation>人均销售额：受邀组 %1，对照组 %2；相差 %3（95% 区间 %4 至 %5）。</translation>
    </message>
    <message>
        <source>The effect on revenue cannot be told apart from chance.</source>
        <translation>销售额上的效果与偶然波动无法区分。</translation>
    </message>
    <message>
        <source>The invited group spent more per customer than the holdout.</source>
        <translation>受邀组人均消费高于对照组。</translation>
    </message>
    <message>
        <source>The invited group spent less per customer than the holdout.</source>
        <translation>受邀组人均消费低于对照组。</translation>
    </message>
    <message>
        <source>slow stock: bought style %1 or similar, or tagged %2</source>
        <translation>滞销款：买过款号 %1 或相似款，或带有标签 %2</translation>
    </message>
    <message>
        <source>slow stock in size %1</source>
        <translation>滞销款尺码 %1</translation>
    </message>
    <message>
        <source>Slow stock: type the style numbers or a category still in stock, not only sizes or tags.</source>
        <translation>滞销款：请填写仍有库存的款号或品类，不能只填尺码或标签。</translation>
    </message>
</context>
<context>
    <name>CampaignWording</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Member (no tier)</source>
        <translation>普通会员（无等级）</translation>
    </message>
    <message>
        <source>segment: %1</source>
        <translation>分群：%1</translation>
    </message>
    <message>
        <source>tier: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>tagged: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>bought size: %1</source>
        <translation>购买过尺码：%1</translation>
    </message>
    <message>
        <source>bought style: %1</source>
        <translation>购买过款号：%1</translation>
    </message>
    <message>
        <source>bought category: %1</source>
        <translation>购买过品类：%1</translation>
    </message>
    <message>
        <source>last purchase from %1 to %2</source>
        <translation>最近一次消费在 %1 至 %2</translation>
    </message>
    <message>
        <source>last purchase on or after %1</source>
        <translation>最近一次消费在 %1 或之后</translation>
    </message>
    <message>
        <source>last purchase on or before %1</source>
        <translation>最近一次消费在 %1 或之前</translation>
    </message>
    <message>
        <source>chance of still being a customer %1 to %2</source>
        <translation>留存概率 %1 至 %2</translation>
    </message>
    <message>
        <source>Everyone who accepts promotions.</source>
        <translation>所有同意接收营销信息的顾客。</translation>
    </message>
    <message>
        <source>Customers who accept promotions, %1.</source>
        <translation>同意接收营销信息的顾客，%1。</translation>
    </message>
    <message>
        <source>No offer: an invitation only.</source>
        <translation>无优惠：仅邀请。</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation>%1% 折扣</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>%1 with a purchase of %2 or more, as a coupon for each invited customer.</source>
        <translation>满 %2 可用，%1，以优惠券发给每位受邀顾客。</translation>
    </message>
    <message>
        <source>%1, as a coupon for each invited customer.</source>
        <translation>%1，以优惠券发给每位受邀顾客。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客数</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>人均销售额</translation>
    </message>
    <message>
        <source>Coupons redeemed</source>
        <translation>已核销优惠券</translation>
    </message>
    <message>
        <source>Cost of the offers</source>
        <translation>优惠成本</translation>
    </message>
    <message numerus="yes">
        <source>Purchases counted from %1 to %2 (%Ln day(s) after the last day).</source>
        <translation>
            <numerusform>统计 %1 至 %2 的购买（结束日后 %Ln 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组别</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>转化率（%）</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <source>Revenue per customer (yuan)</source>
        <translation>人均销售额（元）</translation>
    </message>
    <message>
        <source>Cost of the offers (yuan)</source>
        <translation>优惠成本（元）</translation>
    </message>
    <message>
        <source>Lift (invited − holdout)</source>
        <translation>提升（受邀组 − 对照组）</translation>
    </message>
    <message>
        <source>Lift, 95 % interval low</source>
        <translation>提升，95% 区间下限</translation>
    </message>
    <message>
        <source>Lift, 95 % interval high</source>
        <translation>提升，95% 区间上限</translation>
    </message>
    <message>
        <source>bought style %1 or another in its categories</source>
        <translation>买过款号 %1 或同品类的其他款</translation>
    </message>
    <message>
        <source>bought in category %1</source>
        <translation>买过品类 %1</translation>
    </message>
    <message>
        <source>carry the style tag %1</source>
        <translation>带有风格标签 %1</translation>
    </message>
    <message>
        <source>slow stock: who %1</source>
        <translation>滞销款：%1的顾客</translation>
    </message>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>, and wear or bought size %1</source>
        <translation>，且穿或买过尺码 %1</translation>
    </message>
    <message>
        <source>Will come</source>
        <translation>会来</translation>
    </message>
    <message>
        <source>Won&apos;t come</source>
        <translation>不来</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>已到场</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建营销活动(&amp;N)…</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>目标顾客：</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>优惠：</translation>
    </message>
    <message>
        <source>Holdout:</source>
        <translation>对照组：</translation>
    </message>
    <message>
        <source>&amp;Attribution:</source>
        <translation>归因期(&amp;A)：</translation>
    </message>
    <message>
        <source>Purchases this many days after the campaign&apos;s last day still count as its effect.</source>
        <translation>活动结束日之后这么多天内的购买仍计入活动效果。</translation>
    </message>
    <message>
        <source>&amp;SMS list…</source>
        <translation>短信名单(&amp;S)…</translation>
    </message>
    <message>
        <source>The invited group&apos;s invitations as a file for a bulk-SMS platform</source>
        <translation>把受邀组的邀请导出为群发短信平台用的文件</translation>
    </message>
    <message>
        <source>&amp;Message copies…</source>
        <translation>消息文本(&amp;M)…</translation>
    </message>
    <message>
        <source>The invited group&apos;s invitations as texts to copy into WeChat</source>
        <translation>把受邀组的邀请生成可复制到微信的文本</translation>
    </message>
    <message>
        <source>&amp;Export effect…</source>
        <translation>导出效果(&amp;E)…</translation>
    </message>
    <message>
        <source>Both groups and the lifts as a CSV file</source>
        <translation>把两组数据和提升导出为 CSV 文件</translation>
    </message>
</context>
<context>
    <name>CardLoyaltyWidget</name>
    <message>
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>店铺分群：</translation>
    </message>
    <message>
        <source>R/F/M:</source>
        <translation>最近/频次/金额：</translation>
    </message>
    <message>
        <source>Next tier:</source>
        <translation>下一等级：</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>积分：</translation>
    </message>
    <message>
        <source>Re&amp;deem points…</source>
        <translation>兑换积分(&amp;D)…</translation>
    </message>
    <message>
        <source>Last points movements</source>
        <translation>最近积分变动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No points yet: a purchase earns them.</source>
        <translation>暂无积分：消费即可获得。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try &quot;atelier-cli --help&quot; for the verbs and their options.</source>
        <translation>运行 “atelier-cli --help” 查看所有命令及其选项。</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] find QUERY [--limit N]
    The counter search: phone digits, name, pinyin initials or WeChat id. Prints one
    match a line as CSV: id,name,masked phone,tier. Default limit 20.
</source>
        <translation>atelier-cli [--db FILE] find QUERY [--limit N]
    前台搜索：手机号数字、姓名、拼音首字母或微信号。每行输出一个结果（CSV）：
    编号,姓名,隐藏中间位的电话,会员等级。默认最多 20 条。
</translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation>用法：
</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>The option --customers is required.</source>
        <translation>必须提供 --customers 选项。</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>Cannot export &quot;%1&quot;; the choices are: customers.</source>
        <translation>无法导出“%1”；可选：customers。</translation>
    </message>
    <message>
        <source>Say what to export: customers.</source>
        <translation>请说明要导出什么：customers。</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot; in the tag library.</source>
        <translation>标签库中没有标签“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 customers to %2.</source>
        <translation>已导出 %1 位顾客到 %2。</translation>
    </message>
    <message>
        <source>Say what to find: phone digits, a name, pinyin initials or a WeChat id.</source>
        <translation>请说明要查找什么：手机号数字、姓名、拼音首字母或微信号。</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] demo --customers N [--years Y] [--seed S] [--until YYYY-MM-DD]
    Fill an empty database with a reproducible demo store: customers, staff, tags and
    Y years (default 3) of sales up to the given day (default yesterday). Seed default 1.
</source>
        <translation>atelier-cli [--db FILE] demo --customers N [--years Y] [--seed S] [--until YYYY-MM-DD]
    向空数据库填充可复现的演示店铺：顾客、员工、标签，以及截至指定日期（默认昨天）的
    Y 年（默认 3 年）销售记录。随机种子默认为 1。
</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] rfm [--as-of YYYY-MM-DD]
    Every customer&apos;s RFM facts, scores, segment and tier as of the end of a day (default
    today), computed from the sales without changing anything. CSV with the header
    customer_id,last_purchase,frequency,monetary_fen,r,f,m,segment,named_segment,tier.
</source>
        <translation>atelier-cli [--db 文件] rfm [--as-of YYYY-MM-DD]
    截至某天结束（默认今天）每位顾客的 RFM 数据、评分、分群和会员等级，
    直接由销售记录计算，不做任何修改。输出 CSV，表头为
    customer_id,last_purchase,frequency,monetary_fen,r,f,m,segment,named_segment,tier。
</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] nightly [--as-of YYYY-MM-DD]
    Run the nightly job: segments, tiers and points expiry as of a day (default: the day
    the app&apos;s nightly timer covers, normally yesterday). Running it twice changes nothing.
</source>
        <translation>atelier-cli [--db 文件] nightly [--as-of YYYY-MM-DD]
    运行夜间计算：截至某天重新计算分群、会员等级和积分过期（默认为程序夜间定时任务
    所覆盖的那一天，通常是昨天）。同一天运行两次不会改变任何数据。
</translation>
    </message>
    <message>
        <source>The nightly run as of %1 failed: %2</source>
        <translation>截至 %1 的夜间计算失败：%2</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] points CUSTOMER_ID
    Print the customer&apos;s points ledger as CSV, oldest first, with the balance after each
    row: id,happened_at,kind,points,balance_after,expires_on,sale_id,reason.
</source>
        <translation>atelier-cli [--db FILE] points CUSTOMER_ID
    以 CSV 输出该顾客的积分流水，按时间从早到晚，每行附上该笔之后的余额：
    id,happened_at,kind,points,balance_after,expires_on,sale_id,reason。
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer id; give the number, as find prints it.</source>
        <translation>“%1”不是顾客编号；请给出 find 输出的数字编号。</translation>
    </message>
    <message>
        <source>Say whose points to show: a customer id, as find prints it.</source>
        <translation>请说明要查看谁的积分：给出 find 输出的顾客编号。</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的顾客。</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] tasks [--date YYYY-MM-DD] [--overdue]
    The follow-up tasks due on a day (default today), or with --overdue every open task due
    before today (both: the two together, by due date). CSV with the header
    id,due_on,customer_id,purpose,channel,assignee_id,status,overdue,outcome,generated_key.
</source>
        <translation>atelier-cli [--db 文件] tasks [--date YYYY-MM-DD] [--overdue]
    列出某天（默认今天）到期的回访任务；加 --overdue 列出今天之前到期、仍未完成的全部任务
    （两者同时给出时合并，按到期日排序）。输出 CSV，表头为
    id,due_on,customer_id,purpose,channel,assignee_id,status,overdue,outcome,generated_key。
</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] complaints [--open]
    Print the complaints as CSV, newest first (with --open: the ones not closed, most urgent
    first): id,received_at,customer_id,channel,category,severity,state,responsible_id,due_at,
    overdue,style_number,resolution,resolution_fen,satisfaction,closed_at.
</source>
        <translation>atelier-cli [--db FILE] complaints [--open]
    以 CSV 输出投诉，最新的在前（加 --open：只输出未结案的投诉，最紧急的在前）：
    id,received_at,customer_id,channel,category,severity,state,responsible_id,due_at,
    overdue,style_number,resolution,resolution_fen,satisfaction,closed_at。
</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] report --month YYYY-MM --out FILE.pdf
    The monthly report as an A4 PDF in the UI language: customers, sales, loyalty,
    service and staff, each beside the month before, with charts and the store&apos;s name.
</source>
        <translation>atelier-cli [--db 文件] report --month YYYY-MM --out 文件.pdf
    以界面语言生成 A4 PDF 月度报告：顾客、销售、会员、服务和员工，
    每项与上月并列对比，附图表和店名。
</translation>
    </message>
    <message>
        <source>The month must be written YYYY-MM, e.g. 2026-05, not &quot;%1&quot;.</source>
        <translation>月份须写成 YYYY-MM，例如 2026-05，而不是“%1”。</translation>
    </message>
    <message>
        <source>The report needs the drawing support.</source>
        <translation>生成报告需要绘图支持。</translation>
    </message>
    <message>
        <source>Wrote the report for %1 (%2 pages) to %3.</source>
        <translation>已将 %1 的报告（共 %2 页）写入 %3。</translation>
    </message>
    <message>
        <source>Unknown tier &quot;%1&quot;; the tiers are member, silver, gold and black.</source>
        <translation>没有等级“%1”；可选等级为 member、silver、gold、black。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; the formats are csv and xlsx.</source>
        <translation>没有格式“%1”；可选格式为 csv 和 xlsx。</translation>
    </message>
    <message>
        <source>--tag lists the archive; it cannot be combined with --segment or --tier.</source>
        <translation>--tag 用于导出顾客档案，不能与 --segment 或 --tier 同时使用。</translation>
    </message>
    <message>
        <source>Rejected rows with their line and reason: %1</source>
        <translation>被拒绝的行（含行号和原因）：%1</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>请指定要导入的文件。</translation>
    </message>
    <message>
        <source>Give --phone-column NAME and --id-column NAME.</source>
        <translation>请给出 --phone-column 列名 和 --id-column 列名。</translation>
    </message>
    <message>
        <source>Give either --mapping NAME or --columns SPEC.</source>
        <translation>请给出 --mapping 名称 或 --columns 列说明，二者选一。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use utf-8, gb18030, utf-16le or utf-16be.</source>
        <translation>未知编码“%1”；请用 utf-8、gb18030、utf-16le 或 utf-16be。</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>没有文件 %1。</translation>
    </message>
    <message>
        <source>There is no saved mapping &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存列对应方案。</translation>
    </message>
    <message>
        <source>Cannot save the mapping &quot;%1&quot;.</source>
        <translation>无法保存列对应方案“%1”。</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] export customers --out FILE [--format csv|xlsx] [--tag TAG]
        [--segment S] [--tier T] [--tasks YYYY-MM-DD] [--columns a,b,c]
    Write the customer archive (or the customers with TAG) as CSV, UTF-8 with BOM, or
    XLSX (default: by the file&apos;s suffix). --segment/--tier list a Tiers page list
    instead (codes as `rfm` prints them; tier member); --tasks the customers of that
    day&apos;s follow-up tasks, each once. --columns: only those columns.
</source>
        <translation>atelier-cli [--db FILE] export customers --out FILE [--format csv|xlsx] [--tag TAG]
        [--segment S] [--tier T] [--tasks YYYY-MM-DD] [--columns a,b,c]
    将顾客档案（或带 TAG 标签的顾客）导出为 CSV（UTF-8 带 BOM）或 XLSX
    （默认按文件后缀判断）。--segment/--tier 改为导出会员等级页的名单
    （代码与 `rfm` 输出一致；普通会员为 member）；--tasks 导出当天回访任务的
    顾客，每人一行。--columns：只导出这些列。
</translation>
    </message>
    <message>
        <source>--tasks lists the customers of a day&apos;s tasks; it cannot be combined with --tag, --segment or --tier.</source>
        <translation>--tasks 用于导出某天回访任务的顾客，不能与 --tag、--segment 或 --tier 同时使用。</translation>
    </message>
    <message>
        <source>Say which backup file to restore.</source>
        <translation>请指定要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Restoring replaces the whole database %1 with the backup %2 (the current one is kept aside). Close Atelier on this computer, then add --yes to do it.</source>
        <translation>恢复会用备份 %2 替换整个数据库 %1（当前数据库会另行保留）。请先关闭本机上的 Atelier，再加上 --yes 执行。</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation>被替换的数据库已保留为 %1。</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] erase CUSTOMER_ID --yes [--reason customer_request|consent_withdrawn|other]
    Erase a customer on request: personal fields, tags, life events and open follow-ups go;
    sales, returns and points stay anonymously. Cannot be undone; without --yes nothing is done.
</source>
        <translation>atelier-cli [--db FILE] erase 顾客编号 --yes [--reason customer_request|consent_withdrawn|other]
    应顾客要求删除其个人信息：个人字段、标签、人生节点和未完成的回访会删除；
    销售、退货和积分匿名保留。无法撤销；不加 --yes 则什么都不做。
</translation>
    </message>
    <message>
        <source>Say whom to erase: a customer id, as find prints it.</source>
        <translation>请指定要删除的顾客：顾客编号（与 find 输出的一致）。</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;; the reasons are customer_request, consent_withdrawn and other.</source>
        <translation>未知原因“%1”；可用的原因有 customer_request、consent_withdrawn 和 other。</translation>
    </message>
    <message>
        <source>Erasing customer %1 removes their personal data for good (purchases and points are kept anonymously). Add --yes to do it.</source>
        <translation>删除顾客 %1 会永久清除其个人信息（购买和积分记录匿名保留）。确认请加上 --yes。</translation>
    </message>
    <message>
        <source>Customer %1 erased.
</source>
        <translation>顾客 %1 的个人信息已删除。
</translation>
    </message>
    <message>
        <source>Fully checked (integrity_check): ok.</source>
        <translation>完整检查（integrity_check）：正常。</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] predict fit|customers [--as-of YYYY-MM-DD] [--unit day|week]
        [--summary FILE]
    Fit the purchase (BG/NBD) and spend (Gamma-Gamma) models on the sales up to a day (default:
    the nightly run&apos;s, normally yesterday) or on a CSV of summaries id,x,t_x,T[,zbar]; `fit`
    prints the parameters, `customers` every customer&apos;s forecast as CSV:
    customer_id,x,t_x,T,p_alive,expected_90d,expected_value_fen,next_purchase. Writes nothing.
</source>
        <translation>atelier-cli [--db FILE] predict fit|customers [--as-of YYYY-MM-DD] [--unit day|week]
        [--summary FILE]
    用截至某天的销售（默认：夜间计算所覆盖的那天，通常是昨天）或按 id,x,t_x,T[,zbar]
    汇总的 CSV 文件拟合购买模型（BG/NBD）和消费金额模型（Gamma-Gamma）；`fit` 打印参数，
    `customers` 以 CSV 打印每位顾客的预测：
    customer_id,x,t_x,T,p_alive,expected_90d,expected_value_fen,next_purchase。不写入任何数据。
</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 has no good rows to fit on.</source>
        <translation>%1 中没有可用于拟合的有效行。</translation>
    </message>
    <message>
        <source>the store&apos;s sales up to %1</source>
        <translation>本店截至 %1 的销售</translation>
    </message>
    <message>
        <source>Fitted on</source>
        <translation>拟合数据</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客数</translation>
    </message>
    <message>
        <source>Time unit</source>
        <translation>时间单位</translation>
    </message>
    <message>
        <source>Purchases (BG/NBD)</source>
        <translation>购买模型（BG/NBD）</translation>
    </message>
    <message>
        <source>  log-likelihood</source>
        <translation>  对数似然</translation>
    </message>
    <message>
        <source>Spend (Gamma-Gamma)</source>
        <translation>消费金额模型（Gamma-Gamma）</translation>
    </message>
    <message>
        <source>not fitted: the file has no zbar column</source>
        <translation>未拟合：文件没有 zbar 列</translation>
    </message>
    <message>
        <source>not fitted: %1</source>
        <translation>未拟合：%1</translation>
    </message>
    <message>
        <source>(fen)</source>
        <translation>（分）</translation>
    </message>
    <message>
        <source>(yuan)</source>
        <translation>（元）</translation>
    </message>
    <message>
        <source>  repeat buyers</source>
        <translation>  回购顾客数</translation>
    </message>
    <message>
        <source>Fit took</source>
        <translation>拟合用时</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Unknown time unit &quot;%1&quot;; use day or week.</source>
        <translation>未知的时间单位“%1”；请用 day 或 week。</translation>
    </message>
    <message>
        <source>Cannot predict &quot;%1&quot;; the choices are: fit, customers.</source>
        <translation>无法预测“%1”；可选：fit、customers。</translation>
    </message>
    <message>
        <source>Say what to predict: fit or customers.</source>
        <translation>请指定要预测什么：fit 或 customers。</translation>
    </message>
    <message>
        <source>--as-of has no meaning with --summary: the file&apos;s T already says how long each customer has been one.</source>
        <translation>--as-of 不能与 --summary 同用：文件里的 T 已经说明了每位顾客成为顾客多久。</translation>
    </message>
    <message>
        <source>The models could not be fitted: %1</source>
        <translation>模型无法拟合：%1</translation>
    </message>
    <message>
        <source>No expected values: %1</source>
        <translation>没有预期价值：%1</translation>
    </message>
    <message>
        <source>Nightly run as of %1. Customers scored: %2; tier ups: %3; tier downs: %4; segment changes: %5; points expired: %6; follow-ups planned: %7; time: %8 ms.</source>
        <translation>截至 %1 的夜间计算。已评分顾客：%2；升级：%3；降级：%4；分群变化：%5；过期积分：%6；安排回访：%7；用时：%8 毫秒。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a campaign id; give the number `campaign create` printed.</source>
        <translation>“%1”不是营销活动编号；请给出 `campaign create` 输出的数字。</translation>
    </message>
    <message>
        <source>Say which campaign: its id, as `campaign create` printed it.</source>
        <translation>请指定营销活动：`campaign create` 输出的编号。</translation>
    </message>
    <message>
        <source>A campaign needs --from and --to, its first and last day (YYYY-MM-DD).</source>
        <translation>营销活动需要 --from 和 --to，即开始日和结束日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>There is no campaign kind &quot;%1&quot;. The kinds are: %2.</source>
        <translation>没有活动类型“%1”。可用的类型有：%2。</translation>
    </message>
    <message>
        <source>There is no tier &quot;%1&quot;. The tiers are: %2.</source>
        <translation>没有等级“%1”。可用的等级有：%2。</translation>
    </message>
    <message>
        <source>--holdout is a whole percent from 0 to 99, not &quot;%1&quot;.</source>
        <translation>--holdout 应为 0 到 99 之间的整数百分比，不能是“%1”。</translation>
    </message>
    <message>
        <source>--coupon-min-fen goes with --coupon-fen, the coupon&apos;s value.</source>
        <translation>--coupon-min-fen 须与 --coupon-fen（优惠券面值）一起使用。</translation>
    </message>
    <message>
        <source>Unknown campaign action &quot;%1&quot;; the actions are create, audience and report.</source>
        <translation>未知的营销活动操作“%1”；可用的操作有 create、audience 和 report。</translation>
    </message>
    <message>
        <source>Say what to do with campaigns: create, audience or report.</source>
        <translation>请指定对营销活动做什么：create、audience 或 report。</translation>
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
        <translation>atelier-cli [--db FILE] campaign create --name NAME --from YYYY-MM-DD --to YYYY-MM-DD [--kind K]
        [--segment S]... [--tier T]... [--tag TAG]... [--holdout PERCENT] [--seed N]
        [--coupon-fen F [--coupon-min-fen M]]
    新建营销活动：固定目标顾客（须同意接收营销信息；不同种类的条件以“且”组合），随机留出
    PERCENT% 作为对照组（默认 10；0-99），并把优惠以优惠券发给受邀顾客。输出新活动的编号。
    类型：member_day、new_arrivals、vip_fitting、holiday_sale、clearance；等级：silver、gold、
    black、none；分群代码与 rfm 的输出相同。
atelier-cli [--db FILE] campaign audience ID
    以 CSV 输出固定的目标顾客：customer_id,group（invited 或 holdout），按顾客编号排序。
atelier-cli [--db FILE] campaign report ID [--attribution-days N]
    以 CSV 输出效果：group,customers,buyers,revenue_fen,coupons_redeemed，先 invited 后 holdout；
    统计开始日至结束日后 N 天（默认 14）的购买。提升及其 95% 区间输出到标准错误。
</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] coupons [--customer ID] [--open]
    Print the coupon ledger as CSV in id order (one customer&apos;s with --customer; with --open only
    the ones issued and still valid today): id,customer_id,code,kind,value,min_spend_fen,
    valid_from,valid_to,status,reason.
</source>
        <translation>atelier-cli [--db FILE] coupons [--customer ID] [--open]
    以 CSV 按编号顺序输出优惠券台账（--customer 只输出该顾客的；--open 只输出已发放且今天仍
    有效的）：id,customer_id,code,kind,value,min_spend_fen,valid_from,valid_to,status,reason。
</translation>
    </message>
    <message>
        <source>Generated %1 customers, %2 sales with %3 lines, %4 returns (%5 exchanges), %6 campaigns and %7 coupons in %8 s.</source>
        <translation>已生成 %1 位顾客、%2 笔销售（%3 行明细）、%4 笔退货（其中换货 %5 笔）、%6 个营销活动和 %7 张优惠券，用时 %8 秒。</translation>
    </message>
    <message>
        <source>Unknown segment &quot;%1&quot;; use a segment code (%2) or a named_segment code as `rfm` prints them.</source>
        <translation>没有分群“%1”；请使用 `rfm` 输出中的 segment 代码（%2）或 named_segment 代码。</translation>
    </message>
    <message>
        <source>Say what to do: demo, find, export, import, rfm, nightly, points, history, referrals, lost-sales, complaints, campaign, coupons, tasks, report, predict, backup, restore or erase.</source>
        <translation>请指定要做什么：demo、find、export、import、rfm、nightly、points、history、referrals、lost-sales、complaints、campaign、coupons、tasks、report、predict、backup、restore 或 erase。</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;; the verbs are demo, find, export, import, rfm, nightly, points, history, referrals, lost-sales, complaints, campaign, coupons, tasks, report, predict, backup, restore and erase.</source>
        <translation>未知命令“%1”；可用的命令有 demo、find、export、import、rfm、nightly、points、history、referrals、lost-sales、complaints、campaign、coupons、tasks、report、predict、backup、restore 和 erase。</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] history CUSTOMER_ID
    The customer&apos;s history as CSV at,kind,summary, newest first: at is local time
    YYYY-MM-DDTHH:MM:SS, ties broken by kind, then by the event&apos;s id, newest first.
</source>
        <translation>atelier-cli [--db FILE] history CUSTOMER_ID
    以 CSV 输出该顾客的历史记录 at,kind,summary，从新到旧：at 为本地时间
    YYYY-MM-DDTHH:MM:SS，时间相同时按类型、再按事件编号排序，新的在前。
</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] referrals [--top N]
    Every customer who brought at least one other, as CSV customer_id,referred,referred_buyers
    (referred_buyers: those with at least one sale, even one refunded later), by referred
    buyers, then referred, most first, then customer id; with --top only the first N.
</source>
        <translation>atelier-cli [--db FILE] referrals [--top N]
    以 CSV customer_id,referred,referred_buyers 输出每位至少推荐过一位顾客的顾客
    （referred_buyers：其中至少有一笔销售的人数，即使后来退款），按已购买的被推荐人数、
    再按被推荐人数从多到少，再按顾客编号排序；加 --top 时只输出前 N 位。
</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] lost-sales --from YYYY-MM-DD --to YYYY-MM-DD [--reason CODE]
    Lost sales recorded on those days (both included) as CSV style_no,size,reason,count: style_no
    holds the category when only a category was given, size is empty when not given; by count,
    most first, then style_no, size and reason. Reasons: size_out_of_stock, price, fit, colour,
    other; --reason counts only one of them.
</source>
        <translation>atelier-cli [--db FILE] lost-sales --from YYYY-MM-DD --to YYYY-MM-DD [--reason CODE]
    以 CSV style_no,size,reason,count 输出这些日期（含首尾两天）登记的未成交：只登记了品类时
    style_no 为品类，未登记尺码时 size 为空；按次数从多到少，再按 style_no、size、reason 排序。
    原因：size_out_of_stock、price、fit、colour、other；--reason 只统计其中一种。
</translation>
    </message>
    <message>
        <source>Say whose history to show: a customer id, as find prints it.</source>
        <translation>请指定要查看谁的历史记录：顾客编号，即 find 输出的编号。</translation>
    </message>
    <message>
        <source>--to must not be before --from.</source>
        <translation>--to 不能早于 --from。</translation>
    </message>
    <message>
        <source>Unknown reason &quot;%1&quot;; the reasons are %2.</source>
        <translation>未知的原因“%1”；可用的原因为 %2。</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] import sales FILE (--mapping NAME | --columns SPEC)
        [--encoding utf-8|gb18030|utf-16le|utf-16be] [--dry-run] [--all-or-nothing] [--rejects FILE]
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
atelier-cli [--db FILE] import surveys FILE [--encoding utf-8|gb18030|utf-16le|utf-16be] [--dry-run] [--rejects FILE]
    Import satisfaction survey results: columns customer_id (顾客编号) or phone (手机号), date (日期),
    score (评分, 1 to 5) and comment (评语), found by their header names. The same file twice adds
    nothing. Exit 0 when something was imported or the dry run passed, 1 when nothing, 2 bad input.
</source>
        <translation>atelier-cli [--db 文件] import sales 文件 (--mapping 名称 | --columns 列说明)
        [--encoding utf-8|gb18030|utf-16le|utf-16be] [--dry-run] [--all-or-nothing] [--rejects 文件]
        [--save-mapping 名称]
    导入收银系统导出的销售明细（CSV；自动识别编码和分隔符）。列说明写明各字段所在的列：
    invoice=..,style=..,quantity=..,date=..,price=..[,customer=..][,phone=..]。输出汇总；
    被拒绝的行写入 --rejects 文件（默认：原文件名 + .rejected.csv）。只有确实导入了数据
    或试运行通过时退出码才为 0。
atelier-cli [--db 文件] import customers 文件 --phone-column 列名 --id-column 列名
        [--name-column 列名]
    按手机号为档案顾客关联收银系统会员号，并把以该会员号导入的销售归入其名下。
    指定 --name-column 时，档案中没有的手机号将以该姓名登记为新顾客；不指定则不新建顾客。
atelier-cli [--db 文件] import surveys 文件 [--encoding utf-8|gb18030|utf-16le|utf-16be] [--dry-run] [--rejects 文件]
    导入满意度调查结果：按表头名称识别列 customer_id（顾客编号）或 phone（手机号）、date（日期）、
    score（评分，1 到 5）和 comment（评语）。同一文件导入两次不会重复添加。导入了数据或试运行
    通过时退出码为 0，什么都没导入为 1，输入有误为 2。
</translation>
    </message>
    <message>
        <source>Cannot import &quot;%1&quot;; the choices are: sales, customers, surveys.</source>
        <translation>无法导入“%1”；可选：sales、customers、surveys。</translation>
    </message>
    <message>
        <source>Say what to import: sales, customers or surveys.</source>
        <translation>请指定要导入的内容：sales、customers 或 surveys。</translation>
    </message>
    <message>
        <source>Fully checked (pg_restore read all of it): ok.</source>
        <translation>已完整检查（pg_restore 读完了全部内容）：正常。</translation>
    </message>
    <message>
        <source>Restoring puts the backup %1 into the empty database %2. Add --yes to do it.</source>
        <translation>恢复会把备份 %1 放入空数据库 %2。加上 --yes 才会执行。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已把 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] points adjust CUSTOMER_ID POINTS --reason TEXT
    A manager&apos;s correction: add POINTS, or take them away when negative (-50), with the reason
    on record. Prints the new balance. Exit 1 when it would take the balance below zero (nothing
    is written), 2 for an unknown customer, POINTS not a whole number or 0, or no reason.
</source>
        <translation>atelier-cli [--db FILE] points adjust CUSTOMER_ID POINTS --reason TEXT
    店长更正积分：加上 POINTS 分，为负数（如 -50）时扣除，并记录原因。
    输出新的余额。会使余额低于零时退出码为 1（不写入任何内容）；顾客不存在、
    POINTS 不是整数或为 0、没有原因时退出码为 2。
</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] move-to-postgres --to postgresql://[user@]host[:port]/dbname
    Copy the SQLite store FILE, every id kept, into an empty PostgreSQL database in one
    transaction, and check each table&apos;s rows and checksum; prints a line per table. The file
    is only read. No password in the location: libpq reads ~/.pgpass or PGPASSFILE.
</source>
        <translation>atelier-cli [--db FILE] move-to-postgres --to postgresql://[user@]host[:port]/dbname
    把 SQLite 店铺文件 FILE 在一个事务中复制到空的 PostgreSQL 数据库，保留所有编号，
    并核对每张表的行数和校验和；每张表输出一行。文件只读不改。位置中不要写密码：
    libpq 会读取 ~/.pgpass 或 PGPASSFILE。
</translation>
    </message>
    <message>
        <source>
Global options:
    --db FILE|URI  the store&apos;s database: an SQLite file (default: %1) or a
                   server&apos;s postgresql://user@host/dbname, no password in it
                   (see docs/postgresql.md)
    --help         this text; VERB --help for one verb

Exit codes: 0 success, 1 the work failed, 2 bad input (the reason is on stderr).
</source>
        <translation>
全局选项：
    --db FILE|URI  店铺的数据库：SQLite 文件（默认：%1）或服务器的
                   postgresql://user@host/dbname，其中不含密码
                   （见 docs/postgresql.md）
    --help         显示本说明；VERB --help 显示某个命令的说明

退出码：0 成功，1 工作失败，2 输入有误（原因见标准错误输出）。
</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>(the file: %1 rows, SHA-256 %2; the server: %3 rows, SHA-256 %4)</source>
        <translation>（文件：%1 行，SHA-256 %2；服务器：%3 行，SHA-256 %4）</translation>
    </message>
    <message>
        <source>Say where to move the store: --to postgresql://server/database.</source>
        <translation>请说明把店铺迁到哪里：--to postgresql://服务器/数据库。</translation>
    </message>
    <message>
        <source>Moved %1 rows in %2 tables from %3; every table&apos;s rows and checksum match. The file was not changed.</source>
        <translation>已从 %3 迁移 %2 张表共 %1 行；每张表的行数和校验和都一致。文件未被改动。</translation>
    </message>
    <message>
        <source>Say whose points to adjust: a customer id, as find prints it.</source>
        <translation>请说明调整谁的积分：顾客编号，即 find 输出的编号。</translation>
    </message>
    <message>
        <source>Say how many points to add, or to take away with a minus sign: a whole number from -%1 to %1, not 0.</source>
        <translation>请说明加多少积分，扣分时加负号：-%1 到 %1 之间的整数，不能为 0。</translation>
    </message>
    <message>
        <source>Give the reason for the adjustment with --reason.</source>
        <translation>请用 --reason 说明调整原因。</translation>
    </message>
    <message>
        <source>The backup %1 stays in the store&apos;s backup folder; only the encrypted copy was written to %2.</source>
        <translation>备份 %1 仍留在店铺的备份文件夹中；写入 %2 的只有加密副本。</translation>
    </message>
    <message>
        <source>--encrypt needs --out DIR: the folder (a USB stick, say) that receives the encrypted copy.</source>
        <translation>--encrypt 需要 --out 文件夹：接收加密副本的文件夹（例如 U 盘）。</translation>
    </message>
    <message>
        <source>--passphrase-fd goes with --encrypt.</source>
        <translation>--passphrase-fd 只能与 --encrypt 一起使用。</translation>
    </message>
    <message>
        <source>The folder %1 is not there.</source>
        <translation>找不到文件夹 %1。</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>没有恢复任何内容。</translation>
    </message>
    <message>
        <source>atelier-cli [--db FILE] backup [--out DIR]
    Copy the database now (checked, owner-only) into the backup folder (setting; default
    &quot;backups&quot; beside the database) or DIR, and print the path of the copy.
atelier-cli [--db FILE] backup --encrypt --out DIR [--passphrase-fd N]
    The same copy, in the backup folder as usual, then encrypted into DIR (a USB stick, say),
    which receives only the encrypted file; its path is printed. The passphrase (8 characters
    or more) is asked twice on the terminal, or read as the first line of file descriptor N.
    It is never stored: without it the copy cannot be read.
atelier-cli [--db FILE] restore BACKUP --yes [--passphrase-fd N]
    Check BACKUP, set the database aside as FILE.before-restore-YYYYMMDD-HHMMSS and put the
    backup in its place. Close Atelier first. Without --yes nothing is done. An encrypted
    copy is recognised and its passphrase asked (or read from N).
    On a server (--db postgresql://…) backup runs pg_dump into the backup folder (default:
    &quot;backups&quot; in the data folder) and restore puts BACKUP into an empty database only.
</source>
        <translation>atelier-cli [--db 文件] backup [--out 文件夹]
    立即复制数据库（经过检查，仅本人可读）到备份文件夹（设置项；默认为数据库旁边的
    “backups”）或指定的文件夹，并输出副本的路径。
atelier-cli [--db 文件] backup --encrypt --out 文件夹 [--passphrase-fd N]
    照常在备份文件夹中做同样的副本，再把它加密写入指定文件夹（例如 U 盘）；该文件夹只
    收到加密文件，输出的是它的路径。口令（至少 8 个字符）在终端上询问两次，或从文件
    描述符 N 读取第一行。口令不会保存：没有它，副本无法读取。
atelier-cli [--db 文件] restore 备份 --yes [--passphrase-fd N]
    检查备份，把数据库另存为 文件.before-restore-YYYYMMDD-HHMMSS，再把备份放到原位。
    请先关闭 Atelier。不加 --yes 则什么都不做。加密副本会被自动识别，并询问其口令
    （或从 N 读取）。
    对于服务器上的店铺（--db postgresql://…），backup 用 pg_dump 写入备份文件夹（默认为
    数据文件夹中的“backups”），restore 只会把备份放入空数据库。
</translation>
    </message>
</context>
<context>
    <name>ColumnChooserDialog</name>
    <message>
        <source>Export customers</source>
        <translation>导出顾客</translation>
    </message>
    <message>
        <source>Only the ticked columns leave the program.</source>
        <translation>只有勾选的列会被导出。</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>选项 %1 需要一个值。</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>选项 --%1 需要 %2 到 %3 之间的整数，而不是“%4”。</translation>
    </message>
    <message>
        <source>The option --%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>选项 --%1 需要大于等于 0 的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>The option --%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>选项 --%1 需要 YYYY-MM-DD 格式的日期，而不是“%2”。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation>必须提供选项 --%1。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
</context>
<context>
    <name>ComplaintAnalysisWidget</name>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>Complaints:</source>
        <translation>投诉数：</translation>
    </message>
    <message>
        <source>Median time to respond:</source>
        <translation>响应时间中位数：</translation>
    </message>
    <message>
        <source>Median time to close:</source>
        <translation>结案时间中位数：</translation>
    </message>
    <message>
        <source>Satisfaction after call-back:</source>
        <translation>回访满意度：</translation>
    </message>
</context>
<context>
    <name>ComplaintCallback</name>
    <message>
        <source>Call back about complaint #%1</source>
        <translation>就投诉 #%1 进行回访</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeDialog</name>
    <message>
        <source>Log a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Taken by:</source>
        <translation>登记人：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>类型(&amp;A)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>St&amp;yle number:</source>
        <translation>款号(&amp;Y)：</translation>
    </message>
    <message>
        <source>The product complained about, if any</source>
        <translation>被投诉的商品（如有）</translation>
    </message>
    <message>
        <source>&amp;Complaint:</source>
        <translation>投诉(&amp;C)：</translation>
    </message>
    <message>
        <source>What the customer says, in their words</source>
        <translation>顾客的原话</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;name:</source>
        <translation>来电者姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Optional: the name the caller gave</source>
        <translation>选填：来电者留下的姓名</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;phone:</source>
        <translation>来电者电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Optional: the number to call back</source>
        <translation>选填：回访时拨打的号码</translation>
    </message>
</context>
<context>
    <name>ComplaintStepDialog</name>
    <message>
        <source>&amp;Responsible:</source>
        <translation>负责人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>处理期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Re&amp;solution:</source>
        <translation>处理方案(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Value (元):</source>
        <translation>金额（元）(&amp;V)：</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>S&amp;atisfaction (1–5):</source>
        <translation>满意度（1–5）(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>ComplaintWorkflow</name>
    <message>
        <source>This complaint is closed; it cannot change any more.</source>
        <translation>此投诉已结案，不能再更改。</translation>
    </message>
    <message>
        <source>A complaint is closed only after the call-back with the customer&apos;s satisfaction score.</source>
        <translation>投诉须在回访并记录顾客满意度后才能结案。</translation>
    </message>
    <message>
        <source>A complaint that is &quot;%1&quot; cannot move to &quot;%2&quot;.</source>
        <translation>处于“%1”状态的投诉不能转为“%2”。</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>备注太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Choose who is responsible for this complaint.</source>
        <translation>请选择此投诉的负责人。</translation>
    </message>
    <message>
        <source>Set a deadline for resolving this complaint.</source>
        <translation>请设定处理此投诉的期限。</translation>
    </message>
    <message>
        <source>The deadline is in the past; choose a time still to come.</source>
        <translation>处理期限已经过去，请选择一个将来的时间。</translation>
    </message>
    <message>
        <source>Choose the resolution offered to the customer.</source>
        <translation>请选择向顾客提出的处理方案。</translation>
    </message>
    <message>
        <source>The value of the resolution cannot be negative.</source>
        <translation>处理方案的金额不能为负数。</translation>
    </message>
    <message>
        <source>Offer a resolution before marking the complaint resolved.</source>
        <translation>请先提出处理方案，再将投诉标记为已解决。</translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction score (1 to 5) from the call-back.</source>
        <translation>请记录回访时顾客的满意度评分（1 到 5）。</translation>
    </message>
    <message>
        <source>The satisfaction score must be from 1 to 5, not %1.</source>
        <translation>满意度评分须为 1 到 5，不能是 %1。</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Complaint from a &amp;caller…</source>
        <translation>未建档顾客投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>Log a complaint from someone who is not in the archive; for a customer, use Complaint… on the customer card</source>
        <translation>登记不在档案中的人的投诉；顾客的投诉请在顾客卡片上点“投诉…”</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>处理记录：</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>&amp;Register the caller as a customer…</source>
        <translation>将来电者登记为顾客(&amp;R)…</translation>
    </message>
    <message>
        <source>Opens the registration with the name and phone the caller left; the complaint then belongs to the new customer</source>
        <translation>打开登记窗口，已填好来电者留下的姓名和电话；登记后这条投诉归到新顾客名下</translation>
    </message>
</context>
<context>
    <name>ConsentText</name>
    <message>
        <source>agreed</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未同意</translation>
    </message>
    <message>
        <source>agreed on %1</source>
        <translation>%1 同意</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>%1 撤回</translation>
    </message>
    <message>
        <source>agreed on %1 by %2</source>
        <translation>%1 同意，记录人：%2</translation>
    </message>
    <message>
        <source>withdrawn on %1 by %2</source>
        <translation>%1 撤回，记录人：%2</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>建档授权：%1</translation>
    </message>
    <message>
        <source>Marketing: %1</source>
        <translation>接收促销：%1</translation>
    </message>
</context>
<context>
    <name>ContactReveal</name>
    <message>
        <source>This customer is no longer in the archive.</source>
        <translation>该顾客已不在档案中。</translation>
    </message>
    <message>
        <source>The number cannot be shown now: %1</source>
        <translation>现在无法显示号码：%1</translation>
    </message>
</context>
<context>
    <name>CouldNotRead</name>
    <message>
        <source>The customer could not be read: %1</source>
        <translation>无法读取该顾客：%1</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Phone digits, name, pinyin initials or WeChat ID</source>
        <translation>手机号任意几位、姓名、拼音首字母或微信号</translation>
    </message>
    <message>
        <source>↑/↓ choose · Enter open · Esc clear</source>
        <translation>↑/↓ 选择 · 回车打开 · Esc 清空</translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation>新建顾客(&amp;N)…</translation>
    </message>
    <message>
        <source>Search for a customer, or register a new one.</source>
        <translation>搜索顾客，或登记新顾客。</translation>
    </message>
    <message>
        <source>&amp;Handover note…</source>
        <translation>交接班留言(&amp;H)…</translation>
    </message>
    <message>
        <source>Leave a note for the next shift.</source>
        <translation>给下一班留言。</translation>
    </message>
    <message>
        <source>&amp;Lost sale…</source>
        <translation>未成交登记(&amp;L)…</translation>
    </message>
    <message>
        <source>Note what a customer wanted and did not buy: a size out of stock, the price, the fit, the colour. For the customer on the card, she hears when it arrives.</source>
        <translation>记下顾客想要却没有买的东西：尺码缺货、价格、版型、颜色。若为卡片上的顾客，到货时会通知她。</translation>
    </message>
</context>
<context>
    <name>CouponService</name>
    <message>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>%1% 折扣</translation>
    </message>
    <message>
        <source>a gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>No coupon has the code %1. Check the code and try again.</source>
        <translation>没有券码为 %1 的优惠券。请核对券码后重试。</translation>
    </message>
    <message>
        <source>This coupon was redeemed on %1 (sale %2).</source>
        <translation>这张优惠券已于 %1 核销（销售 %2）。</translation>
    </message>
    <message>
        <source>This coupon expired: it was valid until %1.</source>
        <translation>这张优惠券已过期：有效期至 %1。</translation>
    </message>
    <message>
        <source>This coupon was cancelled on %1.</source>
        <translation>这张优惠券已于 %1 作废。</translation>
    </message>
    <message>
        <source>This coupon is valid from %1.</source>
        <translation>这张优惠券自 %1 起才能使用。</translation>
    </message>
    <message>
        <source>This coupon was issued to another customer; it goes only with her purchases.</source>
        <translation>这张优惠券是发给另一位顾客的，只能用于她本人的消费。</translation>
    </message>
    <message>
        <source>This coupon needs a purchase of at least %1; the sale comes to %2.</source>
        <translation>这张优惠券须消费满 %1 才能使用；本单金额为 %2。</translation>
    </message>
    <message>
        <source>A gift coupon: hand over the gift; nothing is taken off the price.</source>
        <translation>赠品券：请交给顾客赠品；价格不减。</translation>
    </message>
    <message>
        <source>The coupon is worth %1, more than the sale: %2 are taken off and the rest is lost.</source>
        <translation>优惠券面值 %1，超过本单金额：只减 %2，余额作废。</translation>
    </message>
    <message>
        <source>%1 taken off; the customer pays %2.</source>
        <translation>已减 %1；顾客实付 %2。</translation>
    </message>
    <message>
        <source>An amount coupon must be worth between ¥0.01 and ¥100,000.</source>
        <translation>减免券的面值须在 ¥0.01 到 ¥100,000 之间。</translation>
    </message>
    <message>
        <source>A percent coupon takes off a whole percent between 1 and 99.</source>
        <translation>折扣券的折扣须为 1 到 99 之间的整数百分比。</translation>
    </message>
    <message>
        <source>A gift coupon takes nothing off; its value must be 0.</source>
        <translation>赠品券不减价；面值须为 0。</translation>
    </message>
    <message>
        <source>The minimum spend cannot be negative.</source>
        <translation>最低消费不能为负数。</translation>
    </message>
    <message>
        <source>Give the coupon&apos;s last valid day.</source>
        <translation>请给出优惠券的最后有效日。</translation>
    </message>
    <message>
        <source>The last valid day comes before the first.</source>
        <translation>最后有效日早于开始日。</translation>
    </message>
    <message>
        <source>There is no coupon #%1.</source>
        <translation>没有 #%1 号优惠券。</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
</context>
<context>
    <name>CustomerCardWidget</name>
    <message>
        <source>Sizes:</source>
        <translation>尺码：</translation>
    </message>
    <message>
        <source>Style:</source>
        <translation>风格：</translation>
    </message>
    <message>
        <source>Lifetime spend:</source>
        <translation>累计消费：</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>到店次数：</translation>
    </message>
    <message>
        <source>Archive complete:</source>
        <translation>档案完整度：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Last purchases</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Record &amp;sale…</source>
        <translation>记录销售(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Return or exchange…</source>
        <translation>退换货(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit &amp;archive…</source>
        <translation>编辑档案(&amp;A)…</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>会员与积分</translation>
    </message>
    <message>
        <source>&amp;Complaint…</source>
        <translation>投诉(&amp;C)…</translation>
    </message>
    <message>
        <source>Log a complaint from this customer</source>
        <translation>登记这位顾客的投诉</translation>
    </message>
    <message>
        <source>&amp;Message…</source>
        <translation>消息(&amp;M)…</translation>
    </message>
    <message>
        <source>A message for this customer from a template, ready to copy into WeChat or SMS</source>
        <translation>按模板为这位顾客生成消息，可复制到微信或短信</translation>
    </message>
    <message>
        <source>Show number and address</source>
        <translation>查看完整号码和地址</translation>
    </message>
    <message>
        <source>The customer asks for their full phone number or address: shown for a minute, and written down in the audit trail</source>
        <translation>顾客要求查看完整电话或地址：显示一分钟，并记入操作日志</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the number and address again, before the minute is up</source>
        <translation>不等一分钟到期，立即重新隐藏号码和地址</translation>
    </message>
    <message>
        <source>Her member card&apos;s number</source>
        <translation>她的会员卡号</translation>
    </message>
    <message>
        <source>Sa&amp;tisfaction…</source>
        <translation>满意度(&amp;T)…</translation>
    </message>
    <message>
        <source>Her satisfaction score (1–5) and comment after today&apos;s visit</source>
        <translation>她对今天到店的满意度评分（1–5 分）和评语</translation>
    </message>
    <message>
        <source>Print car&amp;d…</source>
        <translation>打印会员卡(&amp;D)…</translation>
    </message>
    <message>
        <source>Her member card with its barcode, to a PDF (a new card number first if she has none)</source>
        <translation>把她带条码的会员卡打印到 PDF（如果她还没有卡号，先给她一个新卡号）</translation>
    </message>
</context>
<context>
    <name>CustomerEditorDialog</name>
    <message>
        <source>Customer archive</source>
        <translation>顾客档案</translation>
    </message>
    <message>
        <source>Hard facts</source>
        <translation>硬件档案</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性别：</translation>
    </message>
    <message>
        <source>Ethnicity:</source>
        <translation>民族：</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>Birth year:</source>
        <translation>出生年份：</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>WeChat ID:</source>
        <translation>微信号：</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Sizes:</source>
        <translation>尺码：</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>上装</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>下装</translation>
    </message>
    <message>
        <source>Shoe</source>
        <translation>鞋</translation>
    </message>
    <message>
        <source>Body type:</source>
        <translation>体型：</translation>
    </message>
    <message>
        <source>Occupation:</source>
        <translation>职业：</translation>
    </message>
    <message>
        <source>Soft facts</source>
        <translation>软件档案</translation>
    </message>
    <message>
        <source>Work and family:</source>
        <translation>工作与家庭：</translation>
    </message>
    <message>
        <source>Personality:</source>
        <translation>性格：</translation>
    </message>
    <message>
        <source>Consumption habits:</source>
        <translation>消费习惯：</translation>
    </message>
    <message>
        <source>Dress preferences:</source>
        <translation>着装偏好：</translation>
    </message>
    <message>
        <source>Hobbies:</source>
        <translation>兴趣爱好：</translation>
    </message>
    <message>
        <source>Lifestyle:</source>
        <translation>生活方式：</translation>
    </message>
    <message>
        <source>Service style:</source>
        <translation>喜欢的服务方式：</translation>
    </message>
    <message>
        <source>e.g. likes to browse alone, asks for advice on fit</source>
        <translation>例如：喜欢自己逛，拿不准尺码时才问</translation>
    </message>
    <message>
        <source>Preferred contact:</source>
        <translation>偏好联系方式：</translation>
    </message>
    <message>
        <source>Promotions:</source>
        <translation>对促销的态度：</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>价值观：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>人生节点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Source and consent</source>
        <translation>来源与授权</translation>
    </message>
    <message>
        <source>Source channel:</source>
        <translation>来源渠道：</translation>
    </message>
    <message>
        <source>Agrees that we keep birthday, address and preferences</source>
        <translation>同意我们保存生日、地址和偏好信息</translation>
    </message>
    <message>
        <source>Agrees to receive offers and news</source>
        <translation>同意接收优惠和新品信息</translation>
    </message>
    <message>
        <source>Archive complete:</source>
        <translation>档案完整度：</translation>
    </message>
    <message>
        <source>Show number and address</source>
        <translation>查看完整号码和地址</translation>
    </message>
    <message>
        <source>The customer asks to see or change their full phone number or address: written down in the audit trail</source>
        <translation>顾客要求查看或修改完整电话或地址：将记入操作日志</translation>
    </message>
    <message>
        <source>Personal stylist:</source>
        <translation>私人搭配师：</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>推荐人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Member card:</source>
        <translation>会员卡(&amp;M)：</translation>
    </message>
    <message>
        <source>Type or scan the number on her card</source>
        <translation>输入或扫描她卡上的卡号</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>新卡号</translation>
    </message>
    <message>
        <source>Give her a new card number from the store&apos;s series</source>
        <translation>从本店的卡号序列中给她一个新卡号</translation>
    </message>
</context>
<context>
    <name>CustomerErasure</name>
    <message>
        <source>Erased customer</source>
        <translation>已删除的顾客</translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation>该顾客不存在。</translation>
    </message>
    <message>
        <source>This customer was already erased.</source>
        <translation>该顾客的信息已经删除过了。</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CustomerHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
<context>
    <name>CustomerLinkImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation>文件中没有“%1”这一列。</translation>
    </message>
    <message>
        <source>The customer number is empty.</source>
        <translation>会员号为空。</translation>
    </message>
    <message>
        <source>No customer in the archive has this phone.</source>
        <translation>档案中没有使用这个手机号的顾客。</translation>
    </message>
    <message>
        <source>Another customer already has the customer number %1.</source>
        <translation>会员号 %1 已属于另一位顾客。</translation>
    </message>
    <message>
        <source>The customer with this phone already has another customer number.</source>
        <translation>此手机号的顾客已有另一个会员号。</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new customers registered, %3 customers got their till number, %4 imported sales attached to them; %5 rejected.</source>
        <translation>读取 %1 行：新登记顾客 %2 位，%3 位顾客关联了会员号，%4 笔已导入的销售归入其名下；拒绝 %5 行。</translation>
    </message>
</context>
<context>
    <name>CustomerMerge</name>
    <message>
        <source>Choose two different customers.</source>
        <translation>请选择两位不同的顾客。</translation>
    </message>
    <message>
        <source>One of the two customers no longer exists.</source>
        <translation>两位顾客中有一位已不存在。</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>未合并任何内容：%1</translation>
    </message>
    <message>
        <source>one&apos;s phone was the other&apos;s earlier phone</source>
        <translation>一方的手机号是另一方用过的旧号码</translation>
    </message>
    <message>
        <source>same name and birthday</source>
        <translation>姓名和生日相同</translation>
    </message>
    <message>
        <source>same name in pinyin and same last 4 digits</source>
        <translation>姓名拼音相同且手机尾号后 4 位相同</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Points entries</source>
        <translation>积分记录</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>回访任务</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>人生节点</translation>
    </message>
    <message>
        <source>Customers they referred</source>
        <translation>其推荐的顾客</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Handover notes</source>
        <translation>交接班记录</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>该合并已撤销过。</translation>
    </message>
    <message>
        <source>The customer who was kept (#%1) no longer exists; undo what removed them first.</source>
        <translation>保留的顾客（#%1）已不存在，请先撤销删除该顾客的操作。</translation>
    </message>
    <message>
        <source>Customer number #%1 is in use again.</source>
        <translation>顾客编号 #%1 已被重新使用。</translation>
    </message>
    <message>
        <source>The kept customer&apos;s %1 changed after the merge; undoing would overwrite it.</source>
        <translation>合并后保留顾客的%1已被修改，撤销会覆盖这些修改。</translation>
    </message>
    <message>
        <source>The phone number %1 belongs to another customer now.</source>
        <translation>手机号 %1 现已属于另一位顾客。</translation>
    </message>
    <message>
        <source>The till&apos;s customer number %1 belongs to another customer now.</source>
        <translation>收银系统的会员号 %1 现已属于另一位顾客。</translation>
    </message>
    <message>
        <source>Points that came with the merge have been spent since; the balances cannot be split.</source>
        <translation>合并转入的积分已被使用，无法再拆分积分余额。</translation>
    </message>
    <message>
        <source>This merge is not on record.</source>
        <translation>没有这条合并记录。</translation>
    </message>
    <message>
        <source>The merge cannot be undone: %1</source>
        <translation>无法撤销合并：%1</translation>
    </message>
    <message>
        <source>The merge was not undone: %1</source>
        <translation>合并未撤销：%1</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Referral rewards</source>
        <translation>推荐奖励</translation>
    </message>
    <message>
        <source>The member card number %1 belongs to another customer now.</source>
        <translation>会员卡号 %1 现在属于另一位顾客。</translation>
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
        <source>Life events: each event needs a real date.</source>
        <translation>人生节点：每个节点都需要真实日期。</translation>
    </message>
    <message>
        <source>Life events: %1 is in the future; record an event once it has happened.</source>
        <translation>人生节点：%1 尚未到来；请在事情发生后再记录。</translation>
    </message>
    <message>
        <source>Referred by: a customer cannot be her own referrer.</source>
        <translation>推荐人：顾客不能是自己的推荐人。</translation>
    </message>
    <message>
        <source>Birthday: kept only when she agrees that we keep birthday, address and preferences (Source and consent). Tick her consent or leave the birthday out.</source>
        <translation>生日：只有在她同意我们保存生日、地址和偏好时才能保存（见“来源与授权”）。请勾选她的同意，或不填生日。</translation>
    </message>
    <message>
        <source>Birth year: kept only when she agrees that we keep birthday, address and preferences (Source and consent). Tick her consent or leave the year out.</source>
        <translation>出生年份：只有在她同意我们保存生日、地址和偏好时才能保存（见“来源与授权”）。请勾选她的同意，或不填年份。</translation>
    </message>
    <message>
        <source>Address: kept only when she agrees that we keep birthday, address and preferences (Source and consent). Tick her consent or leave the address out.</source>
        <translation>地址：只有在她同意我们保存生日、地址和偏好时才能保存（见“来源与授权”）。请勾选她的同意，或不填地址。</translation>
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
        <translation>数据库被其他程序锁定。请关闭另一个 Atelier 窗口或等待夜间计算结束，然后重新启动。</translation>
    </message>
    <message>
        <source>The database is read-only; it cannot be opened for work.</source>
        <translation>数据库是只读的，无法打开使用。</translation>
    </message>
    <message>
        <source>The database could not be prepared: %1</source>
        <translation>数据库无法准备就绪：%1</translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging here (%1).</source>
        <translation>数据库在此处无法使用预写日志（%1）。</translation>
    </message>
    <message>
        <source>This computer cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>本机无法连接 PostgreSQL 服务器：没有安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The server refused the connection to %1: %2. If it asks for a password, put it in the password file ~/.pgpass (see docs/postgresql.md); a location never holds one.</source>
        <translation>服务器拒绝了到 %1 的连接：%2。如果需要密码，请把它写进密码文件 ~/.pgpass（见 docs/postgresql.md）；位置中从不写密码。</translation>
    </message>
    <message>
        <source>The server has no %1 (%2). Make the database first (docs/postgresql.md).</source>
        <translation>服务器上没有 %1（%2）。请先创建该数据库（见 docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check that the server is running and the network is up, then try again.</source>
        <translation>无法连接 %1：%2。请检查服务器是否在运行、网络是否正常，然后重试。</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not an Atelier store. It was left untouched; give Atelier an empty database or one of its own.</source>
        <translation>%1 中是其他程序的表，不是 Atelier 店铺。未作任何改动；请给 Atelier 一个空数据库或它自己的数据库。</translation>
    </message>
    <message>
        <source>The connection to %1 was lost while opening the store. Try again.</source>
        <translation>打开店铺时与 %1 的连接断开了。请重试。</translation>
    </message>
</context>
<context>
    <name>DemoStoreGenerator</name>
    <message>
        <source>The demo store needs at least one customer and one year.</source>
        <translation>演示店铺至少需要一位顾客和一年的数据。</translation>
    </message>
    <message numerus="yes">
        <source>The database already has %n customer(s). Demo data is only generated into an empty store, so that it never mixes with a real store&apos;s records.</source>
        <translation>
            <numerusform>数据库中已有 %n 位顾客。演示数据只会生成到空的店铺数据库中，以免与真实店铺的记录混在一起。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportColumns</name>
    <message>
        <source>Customer ID</source>
        <translation>顾客编号</translation>
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
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>店铺分群</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Spend (yuan)</source>
        <translation>消费额（元）</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen twice.</source>
        <translation>列“%1”被选了两次。</translation>
    </message>
    <message>
        <source>There is no column &quot;%1&quot;; the columns are: %2.</source>
        <translation>没有列“%1”；可选的列有：%2。</translation>
    </message>
    <message>
        <source>Choose at least one column; the columns are: %1.</source>
        <translation>请至少选择一列；可选的列有：%1。</translation>
    </message>
</context>
<context>
    <name>ForecastWording</name>
    <message>
        <source>Bought once: too early to say</source>
        <translation>只买过一次：现在还看不出</translation>
    </message>
    <message>
        <source>Likely to return %1</source>
        <translation>可能%1再来</translation>
    </message>
    <message>
        <source>Due about today</source>
        <translation>按往常，差不多今天该来了</translation>
    </message>
    <message>
        <source>Due since %1</source>
        <translation>按往常，%1就该来了</translation>
    </message>
    <message>
        <source>%1 (usually every day)</source>
        <translation>%1（平时每天都来）</translation>
    </message>
    <message>
        <source>%1 (usually every %2 days)</source>
        <translation>%1（平时每 %2 天来一次）</translation>
    </message>
    <message>
        <source>Probably lapsed: %1 chance she is still a customer</source>
        <translation>大概率已流失：仍在本店购买的可能性约 %1</translation>
    </message>
    <message>
        <source>At risk: %1 chance she is still a customer</source>
        <translation>有流失风险：仍在本店购买的可能性约 %1</translation>
    </message>
    <message>
        <source>Probably still a customer (%1 chance)</source>
        <translation>多半仍是本店顾客（可能性约 %1）</translation>
    </message>
    <message>
        <source>Expected to spend about %1 in the next 12 months</source>
        <translation>预计未来 12 个月消费约 %1</translation>
    </message>
    <message>
        <source>within a day</source>
        <translation>一天内</translation>
    </message>
    <message>
        <source>within ~%1 days</source>
        <translation>约 %1 天内</translation>
    </message>
    <message>
        <source>within ~%1 weeks</source>
        <translation>约 %1 周内</translation>
    </message>
    <message>
        <source>within ~%1 months</source>
        <translation>约 %1 个月内</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Valuable customers at risk</source>
        <translation>有流失风险的重要顾客</translation>
    </message>
    <message>
        <source>Likely to buy this week</source>
        <translation>本周可能来买</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>大概率已流失</translation>
    </message>
    <message>
        <source>The top %1 of customers by spend whose chance of still being a customer has dropped below %2 (but not below %3): worth a call before they drift away. Highest spend first.</source>
        <translation>消费额排名前 %1 的顾客中，仍在本店购买的可能性已降到 %2 以下（但不低于 %3）的人：趁她们还没走远，值得打个电话问候。按消费额从高到低。</translation>
    </message>
    <message>
        <source>Customers whose usual interval between purchases brings them back in the coming %1 days (or brought them in the last %2 days), with at least a %3 chance of still being a customer. Soonest first.</source>
        <translation>按平时的购买间隔，未来 %1 天内该来（或最近 %2 天内就该来了），且仍在本店购买的可能性不低于 %3 的顾客。最先该来的排在前面。</translation>
    </message>
    <message>
        <source>Customers with less than a %1 chance of still being a customer: probably gone, a win-back list. Highest spend first.</source>
        <translation>仍在本店购买的可能性低于 %1 的顾客：多半已经流失，可作为挽回名单。按消费额从高到低。</translation>
    </message>
</context>
<context>
    <name>GammaGamma</name>
    <message>
        <source>Fewer than two customers have bought again: the spend model cannot be fitted.</source>
        <translation>再次购买过的顾客不足两位：无法拟合消费金额模型。</translation>
    </message>
    <message>
        <source>The spend model&apos;s fit did not converge.</source>
        <translation>消费金额模型的拟合没有收敛。</translation>
    </message>
    <message>
        <source>A parameter of the spend model ran down to zero: the history says too little.</source>
        <translation>消费金额模型中有一个参数降到了零：历史数据太少，说明不了什么。</translation>
    </message>
    <message>
        <source>Spending varies so much between customers that the model has no average to expect (q ≤ 1).</source>
        <translation>顾客之间的消费额差别太大，模型得不出可预期的平均值（q ≤ 1）。</translation>
    </message>
</context>
<context>
    <name>HandoverNoteDialog</name>
    <message>
        <source>Handover note</source>
        <translation>交接班留言</translation>
    </message>
    <message>
        <source>What should the next shift know? A delivery due, a promise to a customer, the till…</source>
        <translation>下一班需要知道什么？待到的货、答应顾客的事、收银情况……</translation>
    </message>
</context>
<context>
    <name>HistoryKindLabels</name>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>店铺分群</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>交接班留言</translation>
    </message>
    <message>
        <source>Archive edit</source>
        <translation>档案修改</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>老客推荐</translation>
    </message>
    <message>
        <source>Lost sale</source>
        <translation>未成交登记</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>HistoryWording</name>
    <message>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation>优惠 %1%</translation>
    </message>
    <message>
        <source>a gift</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Tier: %1 → %2</source>
        <translation>等级：%1 → %2</translation>
    </message>
    <message>
        <source>Segment: %1 → %2</source>
        <translation>店铺分群：%1 → %2</translation>
    </message>
    <message>
        <source>Archive record changed</source>
        <translation>档案已修改</translation>
    </message>
    <message numerus="yes">
        <source>Bought %n piece(s) for %1</source>
        <translation>
            <numerusform>购买 %n 件，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase of %1</source>
        <translation>购买，共 %1</translation>
    </message>
    <message numerus="yes">
        <source>Exchanged %n × %1</source>
        <translation>
            <numerusform>换货 %n × %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned %n × %1, refunded %2</source>
        <translation>
            <numerusform>退货 %n × %1，退款 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint #%1 taken down (%2)</source>
        <translation>投诉 #%1 已登记（%2）</translation>
    </message>
    <message>
        <source>Complaint #%1: %2 → %3</source>
        <translation>投诉 #%1：%2 → %3</translation>
    </message>
    <message>
        <source>Follow-up done: %1 (%2)</source>
        <translation>回访完成：%1（%2）</translation>
    </message>
    <message>
        <source>Follow-up done: %1 (%2), %3</source>
        <translation>回访完成：%1（%2），%3</translation>
    </message>
    <message>
        <source>Follow-up cancelled: %1 (%2)</source>
        <translation>回访已取消：%1（%2）</translation>
    </message>
    <message>
        <source>Follow-up planned for %1: %2 (%3)</source>
        <translation>回访计划于 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Campaign message (%1): %2</source>
        <translation>营销活动消息（%1）：%2</translation>
    </message>
    <message>
        <source>Bulk message from an exported list (%1)</source>
        <translation>群发消息（导出名单，%1）</translation>
    </message>
    <message>
        <source>%1 points %2</source>
        <translation>%1 积分 %2</translation>
    </message>
    <message>
        <source>%1 points %2: %3</source>
        <translation>%1 积分 %2：%3</translation>
    </message>
    <message>
        <source>Coupon redeemed (%1): %2 taken off</source>
        <translation>优惠券已核销（%1）：抵扣 %2</translation>
    </message>
    <message>
        <source>Coupon redeemed (%1)</source>
        <translation>优惠券已核销（%1）</translation>
    </message>
    <message>
        <source>Coupon issued: %1 on a purchase of %2 or more</source>
        <translation>发放优惠券：%1，满 %2 可用</translation>
    </message>
    <message>
        <source>Coupon issued: %1</source>
        <translation>发放优惠券：%1</translation>
    </message>
    <message>
        <source>Will come to %1</source>
        <translation>会来参加 %1</translation>
    </message>
    <message>
        <source>Will not come to %1</source>
        <translation>不来参加 %1</translation>
    </message>
    <message>
        <source>Came to %1</source>
        <translation>已到场 %1</translation>
    </message>
    <message>
        <source>Invited to %1</source>
        <translation>受邀参加 %1</translation>
    </message>
    <message>
        <source>Handover note: %1</source>
        <translation>交接班留言：%1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
    <message>
        <source>Brought %1, who registered</source>
        <translation>推荐了 %1，已登记</translation>
    </message>
    <message>
        <source>Referral reward for %1: a coupon, %2</source>
        <translation>因推荐 %1 获得奖励：优惠券 %2</translation>
    </message>
    <message>
        <source>Referral reward for %1: %2 points</source>
        <translation>因推荐 %1 获得奖励：%2 积分</translation>
    </message>
    <message>
        <source>Wanted %1: %2</source>
        <translation>想要 %1：%2</translation>
    </message>
    <message>
        <source>%1; arrived %2</source>
        <translation>%1；%2 已到货</translation>
    </message>
    <message>
        <source>Satisfaction %1 of 5 (%2)</source>
        <translation>满意度 %1 分（满分 5 分）（%2）</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>Date: enter the holiday&apos;s day.</source>
        <translation>日期：请填写节日日期。</translation>
    </message>
    <message>
        <source>Name in Chinese: enter the holiday&apos;s name.</source>
        <translation>中文名称：请填写节日名称。</translation>
    </message>
    <message>
        <source>Name in English: enter the holiday&apos;s name.</source>
        <translation>英文名称：请填写节日名称。</translation>
    </message>
    <message numerus="yes">
        <source>Name in Chinese: at most %n characters.</source>
        <translation>
            <numerusform>中文名称：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Name in English: at most %n characters.</source>
        <translation>
            <numerusform>英文名称：最多 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Date: “%1” is not a day on the calendar; write it as YYYY-MM-DD, e.g. 2027-10-01.</source>
        <translation>日期：“%1”不是日历上的日期；请写成 YYYY-MM-DD，例如 2027-10-01。</translation>
    </message>
</context>
<context>
    <name>HolidayCalendar</name>
    <message>
        <source>Name in Chinese: “%1” is on the calendar on that day already.</source>
        <translation>中文名称：“%1”在当天已在日历上。</translation>
    </message>
    <message>
        <source>This holiday was removed meanwhile. Nothing was saved.</source>
        <translation>该节日已被他人删除。未保存任何内容。</translation>
    </message>
    <message>
        <source>This holiday was removed meanwhile.</source>
        <translation>该节日已被他人删除。</translation>
    </message>
</context>
<context>
    <name>HolidaysPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Greetings are planned for customers who accept marketing, a few days before each holiday marked &quot;Greet&quot;.</source>
        <translation>对接受营销的顾客，在每个标为“问候”的节日前几天安排问候任务。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Greet</source>
        <translation>问候</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Name in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Greet customers on this holiday</source>
        <translation>在这个节日问候顾客(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;New holiday</source>
        <translation>新建节日(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save holiday</source>
        <translation>保存节日(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation>有一个带引号的字段直到文件末尾都没有闭合。</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose the file from the till</source>
        <translation>选择收银系统导出的文件</translation>
    </message>
    <message>
        <source>A CSV file exported by the till (POS) or saved from Excel as &quot;CSV&quot;. Nothing is imported before the last step.</source>
        <translation>收银系统（POS）导出的 CSV 文件，或在 Excel 中“另存为 CSV”的文件。最后一步之前不会导入任何数据。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>&amp;Sales lines (one row per line of a receipt)</source>
        <translation>销售明细(&amp;S)（小票上每件商品一行）</translation>
    </message>
    <message>
        <source>&amp;Customer numbers (phone ↔ till customer number)</source>
        <translation>会员号(&amp;C)（手机号 ↔ 收银系统会员号）</translation>
    </message>
    <message>
        <source>Su&amp;rvey results (customer id or phone, date, score 1–5, comment)</source>
        <translation>满意度调查结果(&amp;R)（顾客编号或手机号、日期、1–5 分评分、评语）</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>&quot;%1&quot; is not field=column; the fields are %2.</source>
        <translation>“%1”不是“字段=列名”的写法；可用的字段有：%2。</translation>
    </message>
    <message>
        <source>The mapping does not say which column holds &quot;%1&quot;.</source>
        <translation>列对应方案没有指定“%1”在哪一列。</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for &quot;%2&quot;).</source>
        <translation>文件中没有“%1”这一列（对应“%2”）。</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Say which column holds what</source>
        <translation>指定各列的内容</translation>
    </message>
    <message>
        <source>Columns with the usual names are chosen already. Fields marked * are required.</source>
        <translation>常见列名已自动对应好。带 * 的字段必须选择。</translation>
    </message>
    <message>
        <source>Use a &amp;saved mapping:</source>
        <translation>使用已保存的列对应(&amp;S)：</translation>
    </message>
    <message>
        <source>Save this mapping &amp;as:</source>
        <translation>将此列对应保存为(&amp;A)：</translation>
    </message>
    <message>
        <source>a name, e.g. the till&apos;s name (optional)</source>
        <translation>名称，如收银机名称（可不填）</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>检查文件读取是否正确</translation>
    </message>
    <message>
        <source>The first rows as they will be read. If the Chinese is garbled or everything is in one column, change the encoding or the delimiter.</source>
        <translation>下面是文件开头几行的读取结果。如果中文是乱码，或者所有内容挤在一列，请更换编码或分隔符。</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ImportPreviewReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Check and import</source>
        <translation>检查并导入</translation>
    </message>
    <message>
        <source>The whole file is checked first without storing anything. The import stores everything in one go, or nothing.</source>
        <translation>先检查整个文件，不保存任何数据。导入时要么一次全部保存，要么一条也不保存。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>保存被拒绝的行(&amp;R)…</translation>
    </message>
    <message>
        <source>When rows are rejected</source>
        <translation>有行被拒绝时</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation>导入有效的行(&amp;V)</translation>
    </message>
    <message>
        <source>Import &amp;nothing if any row is rejected</source>
        <translation>只要有一行被拒绝就全部不导入(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>The price is empty.</source>
        <translation>单价为空。</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; is in scientific notation; format the column as a number and export again.</source>
        <translation>单价“%1”是科学计数法；请把该列设为数值格式后重新导出。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>“%1”不是金额。</translation>
    </message>
    <message>
        <source>The price &quot;%1&quot; has more than two decimals.</source>
        <translation>单价“%1”的小数超过两位。</translation>
    </message>
    <message>
        <source>The quantity is empty.</source>
        <translation>数量为空。</translation>
    </message>
    <message>
        <source>The quantity &quot;%1&quot; is not a whole number of pieces.</source>
        <translation>数量“%1”不是整数件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>“%1”不是数量。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write 2011-12-09 08:50, 12/9/2011 8:50 or 2011/12/09.</source>
        <translation>“%1”不是日期；请写成 2011-12-09 08:50、12/9/2011 8:50 或 2011/12/09。</translation>
    </message>
    <message>
        <source>The phone &quot;%1&quot; is in scientific notation: Excel dropped its last digits. Format the column as text in the till&apos;s export and export again.</source>
        <translation>手机号“%1”是科学计数法：Excel 已丢掉了后几位数字。请在收银系统导出时把该列设为文本后重新导出。</translation>
    </message>
    <message>
        <source>The customer number &quot;%1&quot; is in scientific notation: Excel dropped its last digits.</source>
        <translation>会员号“%1”是科学计数法：Excel 已丢掉了后几位数字。</translation>
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
        <translation>常规</translation>
    </message>
    <message>
        <source>Plus size</source>
        <translation>大码</translation>
    </message>
    <message>
        <source>Petite</source>
        <translation>小个子</translation>
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
    <message>
        <source>Member</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑卡</translation>
    </message>
    <message>
        <source>No purchase yet</source>
        <translation>尚无消费</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜力</translation>
    </message>
    <message>
        <source>Lapsing</source>
        <translation>预流失</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>沉睡</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>核心顾客</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚顾客</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>潜在忠诚顾客</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有望发展顾客</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需关注顾客</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>待唤醒顾客</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>流失风险顾客</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>重要挽留顾客</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>久未回购顾客</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失顾客</translation>
    </message>
    <message>
        <source>Nightly timer</source>
        <translation>夜间定时计算</translation>
    </message>
    <message>
        <source>Catch-up at start</source>
        <translation>启动时补算</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>Recompute now</source>
        <translation>立即重算</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>被中断</translation>
    </message>
    <message>
        <source>earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>taken back</source>
        <translation>扣回</translation>
    </message>
    <message>
        <source>redeemed</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>店内</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>线上</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>Size and fit</source>
        <translation>尺码版型</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>物流配送</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <source>Resolution offered</source>
        <translation>已提出方案</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Matching accessory</source>
        <translation>赠送搭配配饰</translation>
    </message>
    <message>
        <source>Planned call-back</source>
        <translation>计划回访</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Purchase-cycle wake-up</source>
        <translation>购买周期唤醒</translation>
    </message>
    <message>
        <source>Dormant reactivation</source>
        <translation>沉睡顾客唤醒</translation>
    </message>
    <message>
        <source>Complaint call-back</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Holiday greeting</source>
        <translation>节日问候</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>人生节点</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>婉拒</translation>
    </message>
    <message>
        <source>Visit booked</source>
        <translation>已约到店</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>已购买</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>偶购</translation>
    </message>
    <message>
        <source>Lapsed regular</source>
        <translation>流失老顾客</translation>
    </message>
    <message>
        <source>New buyer brought back</source>
        <translation>首购顾客召回</translation>
    </message>
    <message>
        <source>Thank-you message</source>
        <translation>感谢消息</translation>
    </message>
    <message>
        <source>It&apos;s in</source>
        <translation>到货通知</translation>
    </message>
    <message>
        <source>First follow-up of a prospect</source>
        <translation>潜在顾客首次回访</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>LostSale</name>
    <message>
        <source>What she wanted: give a style number, or a category when she did not have a particular style in mind.</source>
        <translation>她想要什么：填写款号；若没有看中某一款，填写品类。</translation>
    </message>
    <message>
        <source>Style number: at most %1 characters.</source>
        <translation>款号：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Category: at most %1 characters.</source>
        <translation>品类：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Colour: at most %1 characters.</source>
        <translation>颜色：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Size: at most %1 characters.</source>
        <translation>尺码：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Note: at most %1 characters.</source>
        <translation>备注：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Size out of stock</source>
        <translation>尺码缺货</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>版型</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>LostSaleDialog</name>
    <message>
        <source>Lost sale</source>
        <translation>未成交登记</translation>
    </message>
    <message>
        <source>What did she want and not buy? A style number, or only the category when she had no particular style in mind.</source>
        <translation>她想要而没有买的是什么？填写款号；若没有看中某一款，只填品类。</translation>
    </message>
    <message>
        <source>&amp;Style number:</source>
        <translation>款号(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. 2601-BLK</source>
        <translation>例如 2601-BLK</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>品类(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. dress, coat</source>
        <translation>例如 连衣裙、外套</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>颜色(&amp;O)：</translation>
    </message>
    <message>
        <source>if she said</source>
        <translation>如果她说了</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺码(&amp;Z)：</translation>
    </message>
    <message>
        <source>if known</source>
        <translation>如果知道</translation>
    </message>
    <message>
        <source>&amp;Why not bought:</source>
        <translation>未购买原因(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>LostSales</name>
    <message>
        <source>It&apos;s in: %1, which she asked for on %2</source>
        <translation>到货了：%1，她于 %2 问过</translation>
    </message>
    <message>
        <source>It&apos;s in: %1 size %2, which she asked for on %3</source>
        <translation>到货了：%1 %2 码，她于 %3 问过</translation>
    </message>
    <message>
        <source>What arrived: give a style number, or a category.</source>
        <translation>到了什么货：填写款号或品类。</translation>
    </message>
</context>
<context>
    <name>LostSalesReportWidget</name>
    <message>
        <source>Lost sales recorded at the counter in the period, by style number (or the category when only a category was given), size and reason, most first. Waiting: not yet marked arrived.</source>
        <translation>本期在前台登记的未成交，按款号（只登记品类时为品类）、尺码和原因统计，多的在前。等待中：尚未标记到货。</translation>
    </message>
    <message>
        <source>&amp;Mark arrived…</source>
        <translation>标记到货(&amp;M)…</translation>
    </message>
    <message>
        <source>The selected style and size has arrived: every customer still waiting for it gets an &quot;It&apos;s in&quot; follow-up task today.</source>
        <translation>所选款式和尺码已到货：仍在等待的每位顾客今天都会得到一个“到货通知”回访任务。</translation>
    </message>
</context>
<context>
    <name>LoyaltyReport</name>
    <message>
        <source>Customer ID</source>
        <translation>顾客编号</translation>
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
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>店铺分群</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Spend (yuan)</source>
        <translation>消费额（元）</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
</context>
<context>
    <name>LoyaltyRules</name>
    <message>
        <source>%1: between 1 and 3660 days.</source>
        <translation>%1：应在 1 到 3660 天之间。</translation>
    </message>
    <message>
        <source>Frequency window</source>
        <translation>频次统计期</translation>
    </message>
    <message>
        <source>VIP: bought within</source>
        <translation>VIP：最近一次消费在</translation>
    </message>
    <message>
        <source>Active: bought within</source>
        <translation>活跃：最近一次消费在</translation>
    </message>
    <message>
        <source>Dormant after</source>
        <translation>沉睡：超过</translation>
    </message>
    <message>
        <source>VIP: bought within must not be longer than Active: bought within.</source>
        <translation>“VIP：最近一次消费在”的天数不能多于“活跃：最近一次消费在”的天数。</translation>
    </message>
    <message>
        <source>Dormant after must not be shorter than Active: bought within.</source>
        <translation>“沉睡：超过”的天数不能少于“活跃：最近一次消费在”的天数。</translation>
    </message>
    <message>
        <source>Active: minimum purchases must be 2 or more.</source>
        <translation>活跃：最少购买次数须为 2 次或以上。</translation>
    </message>
    <message>
        <source>VIP: minimum purchases must not be below Active: minimum purchases.</source>
        <translation>VIP：最少购买次数不能低于“活跃：最少购买次数”。</translation>
    </message>
    <message>
        <source>VIP: minimum spend cannot be negative.</source>
        <translation>VIP：最低消费金额不能为负数。</translation>
    </message>
    <message>
        <source>Tier spend window: between 0 (lifetime) and 120 months.</source>
        <translation>等级消费统计期：应在 0（累计终身）到 120 个月之间。</translation>
    </message>
    <message>
        <source>Silver threshold must be more than zero.</source>
        <translation>银卡门槛必须大于零。</translation>
    </message>
    <message>
        <source>Gold threshold must be higher than the Silver threshold.</source>
        <translation>金卡门槛必须高于银卡门槛。</translation>
    </message>
    <message>
        <source>Black threshold must be higher than the Gold threshold.</source>
        <translation>黑卡门槛必须高于金卡门槛。</translation>
    </message>
    <message>
        <source>Keep a tier for: between 0 and 120 months.</source>
        <translation>等级保留期：应在 0 到 120 个月之间。</translation>
    </message>
    <message>
        <source>Points per yuan: between 1 and 100.</source>
        <translation>每元积分：应在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>Point multipliers: between 0.1× and 10×; a multiplier of 0 is not allowed.</source>
        <translation>积分倍数：应在 0.1 倍到 10 倍之间，不允许为 0。</translation>
    </message>
    <message>
        <source>Points per redemption: between 1 and 100 000.</source>
        <translation>积分抵现的积分数：应在 1 到 100 000 之间。</translation>
    </message>
    <message>
        <source>Redemption value must be more than zero.</source>
        <translation>积分抵现的金额必须大于零。</translation>
    </message>
    <message>
        <source>Points expire after: between 0 (never) and 120 months.</source>
        <translation>积分有效期：应在 0（永不过期）到 120 个月之间。</translation>
    </message>
    <message>
        <source>Nightly run hour: between 0 and 23.</source>
        <translation>夜间计算运行时刻：应在 0 到 23 点之间。</translation>
    </message>
    <message>
        <source>Dormant: at most purchases must be between 0 (any number) and 999.</source>
        <translation>“沉睡：最多消费次数”须在 0（不限）到 999 之间。</translation>
    </message>
    <message>
        <source>Potential: choose a spend band.</source>
        <translation>潜力：请选择消费区间。</translation>
    </message>
    <message>
        <source>Potential: moderate spend from cannot be negative.</source>
        <translation>潜力：中等消费下限不能为负数。</translation>
    </message>
    <message>
        <source>Potential: moderate spend up to must not be below moderate spend from.</source>
        <translation>潜力：中等消费上限不能低于下限。</translation>
    </message>
</context>
<context>
    <name>LoyaltyRulesEditor</name>
    <message>
        <source>Segments</source>
        <translation>店铺分群</translation>
    </message>
    <message>
        <source>Fre&amp;quency window</source>
        <translation>频次统计期(&amp;Q)</translation>
    </message>
    <message>
        <source>Purchases in this many days before the run count towards VIP and Active.</source>
        <translation>计算前这么多天内的消费次数，用于判定 VIP 和活跃。</translation>
    </message>
    <message>
        <source>&amp;VIP: bought within</source>
        <translation>VIP：最近一次消费在(&amp;V)</translation>
    </message>
    <message>
        <source>VIP: minimum p&amp;urchases</source>
        <translation>VIP：最少消费次数(&amp;U)</translation>
    </message>
    <message>
        <source>Purchases in the frequency window.</source>
        <translation>频次统计期内的消费次数。</translation>
    </message>
    <message>
        <source>VIP: minimum sp&amp;end</source>
        <translation>VIP：最低消费额(&amp;E)</translation>
    </message>
    <message>
        <source>Lifetime net spend must be more than this.</source>
        <translation>累计净消费须高于此金额。</translation>
    </message>
    <message>
        <source>&amp;Active: bought within</source>
        <translation>活跃：最近一次消费在(&amp;A)</translation>
    </message>
    <message>
        <source>Active: minimum pu&amp;rchases</source>
        <translation>活跃：最少消费次数(&amp;R)</translation>
    </message>
    <message>
        <source>Fewer purchases in the frequency window make a recent buyer Potential.</source>
        <translation>近期有消费但频次统计期内次数不足的顾客为潜力顾客。</translation>
    </message>
    <message>
        <source>&amp;Dormant after</source>
        <translation>沉睡：超过(&amp;D)</translation>
    </message>
    <message>
        <source>Between Active and Dormant a customer is Lapsing.</source>
        <translation>介于活跃与沉睡之间的顾客为预流失。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Tier spend &amp;window</source>
        <translation>等级消费统计期(&amp;W)</translation>
    </message>
    <message>
        <source>The spend that earns a tier: all purchases ever, or those of the last months.</source>
        <translation>决定等级的消费额：全部历史消费，或最近若干个月的消费。</translation>
    </message>
    <message>
        <source>Si&amp;lver threshold</source>
        <translation>银卡门槛(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Gold threshold</source>
        <translation>金卡门槛(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Black threshold</source>
        <translation>黑卡门槛(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Keep a tier for</source>
        <translation>等级保留期(&amp;K)</translation>
    </message>
    <message>
        <source>A tier is not taken away before this many months after it was reached, whatever the spend.</source>
        <translation>达到某等级后，这么多个月内无论消费多少都不会降级。</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>&amp;Points per yuan</source>
        <translation>每元积分(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Member multiplier</source>
        <translation>普通会员积分倍数(&amp;M)</translation>
    </message>
    <message>
        <source>Silver multiplier</source>
        <translation>银卡积分倍数</translation>
    </message>
    <message>
        <source>Gold mul&amp;tiplier</source>
        <translation>金卡积分倍数(&amp;T)</translation>
    </message>
    <message>
        <source>Black multiplier</source>
        <translation>黑卡积分倍数</translation>
    </message>
    <message>
        <source>Points per redemption</source>
        <translation>积分抵现：每</translation>
    </message>
    <message>
        <source>Redemption value</source>
        <translation>抵</translation>
    </message>
    <message>
        <source>What one redemption takes off the bill at the counter.</source>
        <translation>每兑换一次，在前台结账时抵扣的金额。</translation>
    </message>
    <message>
        <source>Points e&amp;xpire after</source>
        <translation>积分有效期(&amp;X)</translation>
    </message>
    <message>
        <source>Months after they were earned.</source>
        <translation>自获得积分起算的月数。</translation>
    </message>
    <message>
        <source>Nightly run</source>
        <translation>夜间计算</translation>
    </message>
    <message>
        <source>&amp;Nightly run at</source>
        <translation>夜间计算时间(&amp;N)</translation>
    </message>
    <message>
        <source>The app recomputes every night at this hour, as of the day before.</source>
        <translation>程序每晚在这个时间按前一天的数据重新计算。</translation>
    </message>
    <message>
        <source>Dormant: at most purc&amp;hases</source>
        <translation>沉睡：最多消费次数(&amp;H)</translation>
    </message>
    <message>
        <source>Purchases in all. A customer as quiet with more purchases is a Lapsed regular; &quot;Any number&quot; makes everyone that quiet Dormant.</source>
        <translation>累计消费次数。同样久未消费但次数更多的顾客为流失老顾客；选“不限”则所有这样久未消费的顾客都算沉睡。</translation>
    </message>
    <message>
        <source>Potential: m&amp;oderate spend</source>
        <translation>潜力：中等消费(&amp;O)</translation>
    </message>
    <message>
        <source>A recent customer with few purchases is Potential when her lifetime spend lies in this band, Occasional when it does not.</source>
        <translation>近期有消费但次数不多的顾客，累计消费在此区间内为潜力，不在此区间为偶购。</translation>
    </message>
    <message>
        <source>Moderate spend &amp;from</source>
        <translation>中等消费下限(&amp;F)</translation>
    </message>
    <message>
        <source>Moderate &amp;spend up to</source>
        <translation>中等消费上限(&amp;S)</translation>
    </message>
    <message>
        <source>Redeem po&amp;ints from Silver up</source>
        <translation>银卡及以上才能兑换积分(&amp;I)</translation>
    </message>
    <message>
        <source>Redeeming points is a Silver benefit; a Member keeps her points until she reaches Silver. Off: every member may redeem.</source>
        <translation>兑换积分是银卡权益；普通会员的积分保留到她升为银卡。关闭：所有会员都可兑换。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Atelier</source>
        <translation>Atelier 顾客管理</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>回访日历</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
</context>
<context>
    <name>MemberCardNumber</name>
    <message>
        <source>Card number: type the number on the card, 6 to 16 letters or digits.</source>
        <translation>卡号：请输入卡上的号码，6 到 16 位字母或数字。</translation>
    </message>
    <message>
        <source>Card number: only the letters A-Z and the digits 0-9 can be used, not “%1”.</source>
        <translation>卡号：只能使用字母 A-Z 和数字 0-9，不能用“%1”。</translation>
    </message>
    <message>
        <source>Card number: it has %1 letters or digits; a card number has 6 to 16.</source>
        <translation>卡号：现有 %1 位字母或数字；卡号应为 6 到 16 位。</translation>
    </message>
    <message>
        <source>Card number: %1 is not a number this store gave out; check it for a typo.</source>
        <translation>卡号：%1 不是本店发出的卡号，请检查是否输错。</translation>
    </message>
</context>
<context>
    <name>MemberCardPdf</name>
    <message>
        <source>There is no card to print.</source>
        <translation>没有要打印的会员卡。</translation>
    </message>
    <message>
        <source>%1 has no card number yet; give her one first.</source>
        <translation>%1 还没有卡号，请先给她一个。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>无法把 PDF 写入 %1：%2</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>会员卡</translation>
    </message>
    <message>
        <source>Printing the cards was stopped; no PDF was written.</source>
        <translation>已停止打印会员卡，未写入 PDF。</translation>
    </message>
</context>
<context>
    <name>MemberCards</name>
    <message>
        <source>Card %1 already belongs to %2 (%3).</source>
        <translation>卡号 %1 已属于 %2（%3）。</translation>
    </message>
    <message>
        <source>Card number: no free number was found; try again.</source>
        <translation>卡号：没有找到可用的号码，请重试。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该顾客已不存在。</translation>
    </message>
    <message>
        <source>This customer was erased on request; she has no card.</source>
        <translation>该顾客已应本人要求删除资料，没有会员卡。</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Message for the customer</source>
        <translation>给顾客的消息</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>The text to paste into WeChat or an SMS.</source>
        <translation>粘贴到微信或短信里的文字。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MessageTemplateRules</name>
    <message>
        <source>The message text is empty.</source>
        <translation>消息内容为空。</translation>
    </message>
    <message>
        <source>The text has a “}” that closes nothing (at “%1”). Write }} for a brace.</source>
        <translation>文中有一个多余的“}”（在“%1”处）。如需花括号本身，请写 }}。</translation>
    </message>
    <message>
        <source>The text has a “{” that is not closed (at “%1”). Write {{ for a brace.</source>
        <translation>文中有一个未闭合的“{”（在“%1”处）。如需花括号本身，请写 {{。</translation>
    </message>
    <message>
        <source>“{%1}” is not a placeholder. Use only %2.</source>
        <translation>“{%1}”不是可用的占位符，只能使用 %2。</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>请给模板起个名字。</translation>
    </message>
    <message>
        <source>A template name has at most %1 characters.</source>
        <translation>模板名称最多 %1 个字。</translation>
    </message>
    <message>
        <source>A message has at most %1 characters.</source>
        <translation>消息最多 %1 个字。</translation>
    </message>
    <message>
        <source>The coupon text cannot contain braces.</source>
        <translation>优惠券文字不能包含花括号。</translation>
    </message>
    <message>
        <source>No name for this customer.</source>
        <translation>这位顾客没有姓名。</translation>
    </message>
    <message>
        <source>No tier for this customer.</source>
        <translation>这位顾客没有会员等级。</translation>
    </message>
    <message>
        <source>No points balance for this customer.</source>
        <translation>这位顾客没有积分余额。</translation>
    </message>
    <message>
        <source>This template has no coupon text: set one in Settings.</source>
        <translation>这个模板没有填写优惠券内容，请在“设置”中填写。</translation>
    </message>
    <message>
        <source>No style number for this customer (nothing bought yet).</source>
        <translation>这位顾客没有款号（还没有购买记录）。</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPdf</name>
    <message>
        <source>Monthly report %1</source>
        <translation>%1 月度报告</translation>
    </message>
    <message>
        <source>Figures for %1, with %2 beside them for comparison.</source>
        <translation>%1各项指标（右列为%2，供对比）。</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>%1 报告</translation>
    </message>
    <message>
        <source>Nothing recorded in either period.</source>
        <translation>两个期间都没有记录。</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>PDF 无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No campaign ran this month.</source>
        <translation>本月没有进行营销活动。</translation>
    </message>
    <message>
        <source>Each campaign&apos;s invited customers beside its holdout, drawn at random and not invited; purchases counted to 14 days after its last day.</source>
        <translation>每个营销活动的受邀组与其对照组（随机抽取、未受邀）对比；消费统计至活动最后一天后 14 天。</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>开始日(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>结束日(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Holdout:</source>
        <translation>对照组(&amp;H)：</translation>
    </message>
    <message>
        <source>This share of the audience, drawn at random, is not invited: the effect is measured against them.</source>
        <translation>随机抽出这一比例的目标顾客不发邀请：活动效果以他们为对照来衡量。</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>随机种子(&amp;S)：</translation>
    </message>
    <message>
        <source>The same seed and audience always hold out the same customers.</source>
        <translation>同样的随机种子和目标顾客，留作对照的总是同一批顾客。</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>O&amp;ffer:</source>
        <translation>优惠(&amp;F)：</translation>
    </message>
    <message>
        <source>Amount &amp;off:</source>
        <translation>减免金额(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Percent off:</source>
        <translation>折扣(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Minimum spend:</source>
        <translation>最低消费(&amp;M)：</translation>
    </message>
    <message>
        <source>Audience (customers who accept promotions)</source>
        <translation>目标顾客（同意接收营销信息的顾客）</translation>
    </message>
    <message>
        <source>Se&amp;gments:</source>
        <translation>分群(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Tags (any of):</source>
        <translation>标签（任一）(&amp;T)：</translation>
    </message>
    <message>
        <source>Tiers:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Bought si&amp;zes:</source>
        <translation>购买过的尺码(&amp;Z)：</translation>
    </message>
    <message>
        <source>Bought st&amp;yle numbers:</source>
        <translation>购买过的款号(&amp;Y)：</translation>
    </message>
    <message>
        <source>Bought &amp;categories:</source>
        <translation>购买过的品类(&amp;C)：</translation>
    </message>
    <message>
        <source>Last purchase:</source>
        <translation>最近一次消费：</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Still a customer:</source>
        <translation>留存概率：</translation>
    </message>
    <message>
        <source>The chance of still being a customer, from the last nightly run&apos;s forecasts</source>
        <translation>仍是本店顾客的概率，来自最近一次夜间计算的预测</translation>
    </message>
    <message>
        <source>Slow stock (still in stock: who bought it or similar, or carries its style tags, and fits)</source>
        <translation>滞销款（仍有库存：买过该款或相似款、或带有其风格标签，且尺码合适的顾客）</translation>
    </message>
    <message>
        <source>Style n&amp;umbers in stock:</source>
        <translation>有库存的款号(&amp;U)：</translation>
    </message>
    <message>
        <source>or categor&amp;y:</source>
        <translation>或品类(&amp;Y)：</translation>
    </message>
    <message>
        <source>Sizes in stoc&amp;k:</source>
        <translation>有库存的尺码(&amp;K)：</translation>
    </message>
</context>
<context>
    <name>NightlyJob</name>
    <message>
        <source>Cancelled; the previous results are unchanged.</source>
        <translation>已取消；之前的结果保持不变。</translation>
    </message>
    <message>
        <source>Waiting for the counter to finish writing…</source>
        <translation>正在等待前台完成写入…</translation>
    </message>
    <message>
        <source>Reading the sales…</source>
        <translation>正在读取销售记录…</translation>
    </message>
    <message>
        <source>Scoring customers…</source>
        <translation>正在为顾客评分…</translation>
    </message>
    <message>
        <source>Deciding tiers…</source>
        <translation>正在评定会员等级…</translation>
    </message>
    <message>
        <source>Expiring old points…</source>
        <translation>正在处理过期积分…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Planning follow-ups…</source>
        <translation>正在安排回访…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>The nightly work is done, but the backup after it failed: %1</source>
        <translation>夜间计算已完成，但之后的备份失败：%1</translation>
    </message>
    <message>
        <source>Forecasting who will come back…</source>
        <translation>正在预测哪些顾客会再来…</translation>
    </message>
    <message>
        <source>Forecasts use the fit of %1: tonight&apos;s fit was not used. %2</source>
        <translation>预测沿用 %1 的拟合结果：今晚的拟合未被采用。%2</translation>
    </message>
    <message>
        <source>No forecasts yet: %1</source>
        <translation>暂无预测：%1</translation>
    </message>
    <message>
        <source>Forecasts scored with the fit of %1: the models are fitted again weekly, or sooner when more customers have bought.</source>
        <translation>预测沿用 %1 的模型计算：模型每周重新拟合一次，购买顾客明显增加时会提前拟合。</translation>
    </message>
</context>
<context>
    <name>OccasionPlan</name>
    <message>
        <source>Holiday greeting: %1 on %2</source>
        <translation>节日问候：%2 %1</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>The passphrase could not be read from file descriptor %1.</source>
        <translation>无法从文件描述符 %1 读取口令。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on: give it with --passphrase-fd N (its first line is read from that file descriptor).</source>
        <translation>没有可以询问口令的终端：请用 --passphrase-fd N 提供口令（从该文件描述符读取第一行）。</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>再输入一次口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was done.</source>
        <translation>两次输入的口令不一致。什么都没有做。</translation>
    </message>
    <message>
        <source>The passphrase could not be read from the terminal.</source>
        <translation>无法从终端读取口令。</translation>
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
    <name>PrintCardsDialog</name>
    <message>
        <source>Print member cards</source>
        <translation>打印会员卡</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>条码(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>PDF 文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>ReadResult</name>
    <message>
        <source>The database is in use by another program; try again in a moment.</source>
        <translation>数据库正被另一个程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The file is not an Atelier database.</source>
        <translation>该文件不是 Atelier 数据库。</translation>
    </message>
    <message>
        <source>The database reported an error (%1).</source>
        <translation>数据库报告了一个错误（%1）。</translation>
    </message>
</context>
<context>
    <name>RedeemPointsDialog</name>
    <message>
        <source>Redeem points</source>
        <translation>兑换积分</translation>
    </message>
    <message>
        <source>Points balance:</source>
        <translation>积分余额：</translation>
    </message>
    <message>
        <source>&amp;Redeem:</source>
        <translation>兑换(&amp;R)：</translation>
    </message>
    <message>
        <source>Worth:</source>
        <translation>可抵扣：</translation>
    </message>
</context>
<context>
    <name>ReferralRules</name>
    <message>
        <source>Referral reward: customer #%1 bought</source>
        <translation>推荐奖励：顾客 #%1 已购买</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>New customer</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <source>A first visit needs only a name and a phone number. Everything else can wait until the customer is happy to share it.</source>
        <translation>初次到店只需要姓名和电话。其他信息等顾客愿意分享时再补充。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>138 0013 8000</source>
        <translation>138 0013 8000</translation>
    </message>
    <message>
        <source>Open the existing customer</source>
        <translation>打开已有顾客</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>推荐人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Member card:</source>
        <translation>会员卡(&amp;M)：</translation>
    </message>
    <message>
        <source>Type or scan the number on her card</source>
        <translation>输入或扫描她卡上的卡号</translation>
    </message>
    <message>
        <source>New number</source>
        <translation>新卡号</translation>
    </message>
    <message>
        <source>Give her a new card number from the store&apos;s series</source>
        <translation>从本店的卡号序列中给她一个新卡号</translation>
    </message>
</context>
<context>
    <name>ReportTables</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation>25 岁以下</translation>
    </message>
    <message>
        <source>25–34</source>
        <translation>25–34 岁</translation>
    </message>
    <message>
        <source>35–44</source>
        <translation>35–44 岁</translation>
    </message>
    <message>
        <source>45–54</source>
        <translation>45–54 岁</translation>
    </message>
    <message>
        <source>55 and over</source>
        <translation>55 岁及以上</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>(first scored)</source>
        <translation>（首次评分）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Customer figures</source>
        <translation>顾客指标</translation>
    </message>
    <message>
        <source>Customers at the start</source>
        <translation>期初顾客数</translation>
    </message>
    <message>
        <source>Customers at the end</source>
        <translation>期末顾客数</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <source>Growth rate</source>
        <translation>增长率</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Where new customers came from</source>
        <translation>新顾客来源</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Sales figures</source>
        <translation>销售指标</translation>
    </message>
    <message>
        <source>Sales (gross)</source>
        <translation>销售总额（未扣退款）</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Net revenue</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>成交单数</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Items per order</source>
        <translation>连带率（件/单）</translation>
    </message>
    <message>
        <source>Buying customers</source>
        <translation>成交顾客数</translation>
    </message>
    <message>
        <source>Purchase frequency</source>
        <translation>购买频次</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Return rate (refunds / sales)</source>
        <translation>退货率（退款/销售额）</translation>
    </message>
    <message>
        <source>Return rate (pieces)</source>
        <translation>退货率（件数）</translation>
    </message>
    <message>
        <source>Category mix (amount)</source>
        <translation>品类结构（金额）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Category mix (pieces)</source>
        <translation>品类结构（件数）</translation>
    </message>
    <message>
        <source>Size mix (pieces)</source>
        <translation>尺码结构（件数）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Return reasons</source>
        <translation>退货原因</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>会员与积分</translation>
    </message>
    <message>
        <source>Tiers and points</source>
        <translation>等级与积分</translation>
    </message>
    <message>
        <source>Tier ups</source>
        <translation>升级人数</translation>
    </message>
    <message>
        <source>Tier downs</source>
        <translation>降级人数</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>发放积分</translation>
    </message>
    <message>
        <source>Points taken back by returns</source>
        <translation>退货扣回积分</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>已兑换积分</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>调整积分</translation>
    </message>
    <message>
        <source>Points outstanding at the end</source>
        <translation>期末未兑换积分</translation>
    </message>
    <message>
        <source>Points liability</source>
        <translation>积分负债</translation>
    </message>
    <message>
        <source>Tiers at the end</source>
        <translation>期末等级分布</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Segments (as of the last nightly run)</source>
        <translation>店铺分群（截至最近一次夜间计算）</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>店铺分群</translation>
    </message>
    <message>
        <source>Segment movement</source>
        <translation>分群变动</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Complaints and follow-ups</source>
        <translation>投诉与回访</translation>
    </message>
    <message>
        <source>Complaints received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <source>... of them resolved</source>
        <translation>……其中已解决</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>应回访</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>完成回访数</translation>
    </message>
    <message>
        <source>Follow-up completion</source>
        <translation>回访完成率</translation>
    </message>
    <message>
        <source>Complaint types</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Per clerk</source>
        <translation>按店员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Registered (%1)</source>
        <translation>建档数（%1）</translation>
    </message>
    <message>
        <source>Archive completeness (%1)</source>
        <translation>档案完整度（%1）</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>成交单数（%1）</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>销售额（%1）</translation>
    </message>
    <message>
        <source>Follow-ups done (%1)</source>
        <translation>完成回访数（%1）</translation>
    </message>
    <message>
        <source>Amount coupons open at the end</source>
        <translation>期末未使用的减免券</translation>
    </message>
    <message>
        <source>Coupon liability (amount coupons at face value)</source>
        <translation>优惠券负债（减免券按面值）</translation>
    </message>
    <message>
        <source>Percent and gift coupons open (counted, not valued)</source>
        <translation>未使用的折扣券和赠品券（只计数，不计金额）</translation>
    </message>
    <message>
        <source>Campaigns that ran this month</source>
        <translation>本月进行的营销活动</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>Invited: conversion</source>
        <translation>受邀组转化率</translation>
    </message>
    <message>
        <source>Holdout: conversion</source>
        <translation>对照组转化率</translation>
    </message>
    <message>
        <source>Difference (95 % interval)</source>
        <translation>差异（95% 区间）</translation>
    </message>
    <message>
        <source>Coupons redeemed</source>
        <translation>已核销优惠券</translation>
    </message>
    <message>
        <source>Will come / came</source>
        <translation>会来 / 已到场</translation>
    </message>
    <message>
        <source>no holdout to compare with</source>
        <translation>没有对照组可比较</translation>
    </message>
    <message>
        <source>%1 points (%2 to %3), not told apart from chance</source>
        <translation>%1 个百分点（%2 至 %3），与偶然无法区分</translation>
    </message>
    <message>
        <source>%1 points (%2 to %3)</source>
        <translation>%1 个百分点（%2 至 %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%2 人中 %1 人（%3）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <comment>a figure whose window is not over</comment>
        <translation>%1（截至目前）</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers registered before the period&apos;s first day.</source>
        <translation>本期第一天之前登记的顾客。</translation>
    </message>
    <message>
        <source>Customers registered by the period&apos;s last day.</source>
        <translation>本期最后一天之前（含）登记的顾客。</translation>
    </message>
    <message>
        <source>Customers registered in the period.</source>
        <translation>本期登记的顾客。</translation>
    </message>
    <message>
        <source>(Customers at the end − customers at the start) / customers at the start.</source>
        <translation>（期末顾客数 − 期初顾客数）/ 期初顾客数。</translation>
    </message>
    <message>
        <source>Prospects at the end</source>
        <translation>期末潜在顾客</translation>
    </message>
    <message>
        <source>Customers registered by the period&apos;s last day with no purchase by it (潜在客户).</source>
        <translation>本期最后一天之前（含）登记、到当天仍未购买的顾客（潜在客户）。</translation>
    </message>
    <message>
        <source>Buyers of the year before (retention base)</source>
        <translation>前一年的购买顾客（留存基数）</translation>
    </message>
    <message>
        <source>Customers with a purchase in the 12 months before the 12 months that end with the period&apos;s last day.</source>
        <translation>在截至本期最后一天的 12 个月之前的 12 个月内有购买的顾客。</translation>
    </message>
    <message>
        <source>... of them bought again in the last 12 months</source>
        <translation>……其中在最近 12 个月再次购买</translation>
    </message>
    <message>
        <source>Of the retention base, the customers with a purchase in the 12 months that end with the period&apos;s last day. For a period not over yet: purchases up to today (so far).</source>
        <translation>留存基数中，在截至本期最后一天的 12 个月内有购买的顾客。本期尚未结束时：计到今天（截至目前）。</translation>
    </message>
    <message>
        <source>12-month retention</source>
        <translation>12 个月留存率</translation>
    </message>
    <message>
        <source>Of the customers who bought in the year before the last 12 months, the share who bought again in those 12 months (ending with the period&apos;s last day). Both periods are whole years, so months compare; a period not over yet counts purchases up to today (so far).</source>
        <translation>在最近 12 个月之前那一年购买过的顾客中，在这 12 个月（截至本期最后一天）内再次购买的比例。两段都是整年，因此各月可比；本期尚未结束时计到今天的购买（截至目前）。</translation>
    </message>
    <message>
        <source>Crossed into Dormant</source>
        <translation>新转入沉睡</translation>
    </message>
    <message>
        <source>Customers who became Dormant on a day of the period (up to today): their last purchase became older than the Dormant rule&apos;s days (Settings → Loyalty), with no more purchases in all than the rule allows. Computed from the sales, so past periods count too.</source>
        <translation>在本期某一天（截至今天）转为沉睡的顾客：其最后一次购买超过沉睡规则的天数（设置 → 会员），且总购买次数不超过规则允许的次数。由销售记录计算，因此过去的期间也能统计。</translation>
    </message>
    <message numerus="yes">
        <source>New customers who bought within %n day(s)</source>
        <translation>
            <numerusform>%n 天内购买的新顾客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Customers registered in the period whose first purchase came at most %n day(s) after they registered (a purchase before registering counts). While a new customer&apos;s days are not over, the figure is so far.</source>
        <translation>
            <numerusform>本期登记、首次购买距登记不超过 %n 天的顾客（登记前的购买也算）。新顾客的天数未满时，该数字为截至目前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversion of new customers</source>
        <translation>新顾客转化率</translation>
    </message>
    <message numerus="yes">
        <source>New customers who bought within %n day(s) / new customers.</source>
        <translation>
            <numerusform>%n 天内购买的新顾客 / 新顾客。</numerusform>
        </translation>
    </message>
    <message>
        <source>Days to the first purchase (median)</source>
        <translation>首次购买天数（中位数）</translation>
    </message>
    <message>
        <source>Of the new customers who have bought by today, the median number of days from registering to the first purchase (0: the same day; the lower middle of an even count).</source>
        <translation>截至今天已购买的新顾客中，从登记到首次购买的天数中位数（0：当天；偶数个时取中间偏小的一个）。</translation>
    </message>
    <message numerus="yes">
        <source>New customers who bought within %n day(s), by source</source>
        <translation>
            <numerusform>按来源渠道：%n 天内购买的新顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>Days to the first purchase (median), by source</source>
        <translation>按来源渠道：首次购买天数（中位数）</translation>
    </message>
    <message>
        <source>The total of every sale made in the period, the replacement side of exchanges included.</source>
        <translation>本期所有销售的总额，含换货中的换出商品。</translation>
    </message>
    <message>
        <source>Refunds of the returns and exchanges made in the period, whenever the sale was made.</source>
        <translation>本期办理的退货和换货的退款，不论销售在何时。</translation>
    </message>
    <message>
        <source>Sales (gross) − refunds.</source>
        <translation>销售额（总）− 退款。</translation>
    </message>
    <message>
        <source>Sales made in the period that are not the replacement side of an exchange, walk-in sales included.</source>
        <translation>本期不属于换货换出的销售，含散客销售。</translation>
    </message>
    <message>
        <source>What the orders of the period came to at the till / orders (refunds and exchange replacements are left out of both).</source>
        <translation>本期订单在收银台的实收金额 / 订单数（退款和换货换出均不计）。</translation>
    </message>
    <message>
        <source>Pieces on the orders / orders.</source>
        <translation>订单上的件数 / 订单数。</translation>
    </message>
    <message>
        <source>Customers with at least one order in the period.</source>
        <translation>本期至少有一笔订单的顾客。</translation>
    </message>
    <message>
        <source>Orders with a customer / buying customers.</source>
        <translation>有顾客的订单 / 购买顾客数。</translation>
    </message>
    <message>
        <source>Buying customers with two or more orders in the period / buying customers.</source>
        <translation>本期有两笔及以上订单的购买顾客 / 购买顾客数。</translation>
    </message>
    <message>
        <source>Refunds in the period / sales (gross) in the period; a refund may be of an earlier period&apos;s sale.</source>
        <translation>本期退款 / 本期销售额（总）；退款可能对应更早期间的销售。</translation>
    </message>
    <message>
        <source>Pieces returned or exchanged in the period / pieces on the period&apos;s orders.</source>
        <translation>本期退货或换货的件数 / 本期订单上的件数。</translation>
    </message>
    <message>
        <source>Tier changes in the period because spend reached a tier&apos;s threshold.</source>
        <translation>本期因消费达到等级门槛而发生的等级变化。</translation>
    </message>
    <message>
        <source>Tier changes in the period because spend fell below the tier&apos;s threshold.</source>
        <translation>本期因消费低于等级门槛而发生的等级变化。</translation>
    </message>
    <message>
        <source>Points earned in the period.</source>
        <translation>本期获得的积分。</translation>
    </message>
    <message>
        <source>Points taken back in the period because the purchase was returned.</source>
        <translation>本期因退货收回的积分。</translation>
    </message>
    <message>
        <source>Points redeemed at the counter in the period.</source>
        <translation>本期在前台兑换的积分。</translation>
    </message>
    <message>
        <source>Points that expired in the period.</source>
        <translation>本期过期的积分。</translation>
    </message>
    <message>
        <source>Manual adjustments in the period, net (may be negative).</source>
        <translation>本期手动调整的积分净额（可能为负）。</translation>
    </message>
    <message>
        <source>Every customer&apos;s points balance on the period&apos;s last day.</source>
        <translation>本期最后一天每位顾客的积分余额。</translation>
    </message>
    <message>
        <source>Points outstanding at the end × the redemption value of a point under today&apos;s rules.</source>
        <translation>期末未兑换积分 × 按当前规则每积分的兑换价值。</translation>
    </message>
    <message>
        <source>Amount coupons issued by the last day, valid on it and not redeemed, expired or cancelled by then.</source>
        <translation>截至最后一天已发放、当天有效且尚未核销、过期或作废的满减券。</translation>
    </message>
    <message>
        <source>The face value of the amount coupons open at the end.</source>
        <translation>期末未使用满减券的面值。</translation>
    </message>
    <message>
        <source>Percent and gift coupons open at the end; what they take off depends on a sale not yet made.</source>
        <translation>期末未使用的折扣券和礼品券；其抵扣金额取决于尚未发生的销售。</translation>
    </message>
    <message>
        <source>Complaints received in the period.</source>
        <translation>本期收到的投诉。</translation>
    </message>
    <message>
        <source>Of the complaints received in the period, those resolved, called back or closed by now.</source>
        <translation>本期收到的投诉中，到目前为止已解决、已回访或已结案的。</translation>
    </message>
    <message>
        <source>Follow-up tasks due in the period and not cancelled (a prospect&apos;s task closed by her purchase is cancelled).</source>
        <translation>本期到期且未取消的回访任务（潜在顾客因购买而关闭的任务计为已取消）。</translation>
    </message>
    <message>
        <source>Of the follow-ups due in the period, those done by now.</source>
        <translation>本期到期的回访中，到目前为止已完成的。</translation>
    </message>
    <message>
        <source>Follow-ups done / follow-ups due.</source>
        <translation>已完成回访 / 到期回访。</translation>
    </message>
    <message>
        <source>Targets and quality (%1)</source>
        <translation>目标与质量（%1）</translation>
    </message>
    <message>
        <source>Sales / target</source>
        <translation>销售额 / 目标</translation>
    </message>
    <message>
        <source>New archives / target</source>
        <translation>新建档案 / 目标</translation>
    </message>
    <message>
        <source>Follow-ups done / target</source>
        <translation>完成回访 / 目标</translation>
    </message>
    <message>
        <source>Follow-ups on time</source>
        <translation>按时完成回访</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>Archive completeness</source>
        <translation>档案完整度</translation>
    </message>
    <message>
        <source>%1 / no target</source>
        <translation>%1 / 未设目标</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n score(s))</source>
        <translation>
            <numerusform>%1（%n 个评分）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The report of the period shown, for printing or sending</source>
        <translation>当前期间的报告，用于打印或发送</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return or exchange</source>
        <translation>退换货</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>销售日期</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Bought</source>
        <translation>购买数量</translation>
    </message>
    <message>
        <source>Returnable</source>
        <translation>可退数量</translation>
    </message>
    <message>
        <source>Paid per piece</source>
        <translation>单件实付</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>办理：</translation>
    </message>
    <message>
        <source>Return (refund)</source>
        <translation>退货（退款）</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <source>Pieces:</source>
        <translation>件数：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>e.g. fabric itchy, too small (kept as product feedback)</source>
        <translation>例如：面料扎人、尺码偏小（作为商品反馈保存）</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>换成</translation>
    </message>
    <message>
        <source>Style no.</source>
        <translation>款号</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Paid price (¥)</source>
        <translation>实付单价（¥）</translation>
    </message>
</context>
<context>
    <name>RuleWording</name>
    <message>
        <source>VIP: bought within (days)</source>
        <translation>VIP：最近一次消费在（天）内</translation>
    </message>
    <message>
        <source>VIP: at least (purchases)</source>
        <translation>VIP：至少购买（次）</translation>
    </message>
    <message>
        <source>VIP: spend at least</source>
        <translation>VIP：消费至少</translation>
    </message>
    <message>
        <source>Active: bought within (days)</source>
        <translation>活跃：最近一次消费在（天）内</translation>
    </message>
    <message>
        <source>Active: at least (purchases)</source>
        <translation>活跃：至少购买（次）</translation>
    </message>
    <message>
        <source>Dormant after (days)</source>
        <translation>沉睡：超过（天）未消费</translation>
    </message>
    <message>
        <source>Tier spend counted over (months)</source>
        <translation>等级消费统计期（月）</translation>
    </message>
    <message>
        <source>Silver tier from</source>
        <translation>银卡门槛</translation>
    </message>
    <message>
        <source>Gold tier from</source>
        <translation>金卡门槛</translation>
    </message>
    <message>
        <source>Black tier from</source>
        <translation>黑卡门槛</translation>
    </message>
    <message>
        <source>A tier is kept for (months)</source>
        <translation>等级保留期（月）</translation>
    </message>
    <message>
        <source>Points per yuan</source>
        <translation>每元积分</translation>
    </message>
    <message>
        <source>Points rate, member (%)</source>
        <translation>积分倍率：普通会员（%）</translation>
    </message>
    <message>
        <source>Points rate, silver (%)</source>
        <translation>积分倍率：银卡（%）</translation>
    </message>
    <message>
        <source>Points rate, gold (%)</source>
        <translation>积分倍率：金卡（%）</translation>
    </message>
    <message>
        <source>Points rate, black (%)</source>
        <translation>积分倍率：黑卡（%）</translation>
    </message>
    <message>
        <source>Points per redemption step</source>
        <translation>积分抵现：每档所需积分</translation>
    </message>
    <message>
        <source>Value of a redemption step</source>
        <translation>每档兑换抵扣金额</translation>
    </message>
    <message>
        <source>Points expire after (months)</source>
        <translation>积分有效期（月）</translation>
    </message>
    <message>
        <source>Nightly run at (hour)</source>
        <translation>夜间计算时间（时）</translation>
    </message>
    <message>
        <source>Answer an in-store complaint within (minutes)</source>
        <translation>店内投诉响应时限（分钟）</translation>
    </message>
    <message>
        <source>Answer a phone complaint within (minutes)</source>
        <translation>电话投诉响应时限（分钟）</translation>
    </message>
    <message>
        <source>Answer a WeChat complaint within (minutes)</source>
        <translation>微信投诉响应时限（分钟）</translation>
    </message>
    <message>
        <source>Answer an online complaint within (minutes)</source>
        <translation>线上投诉响应时限（分钟）</translation>
    </message>
    <message>
        <source>Opens at</source>
        <translation>开门时间</translation>
    </message>
    <message>
        <source>Closes at</source>
        <translation>关门时间</translation>
    </message>
    <message>
        <source>Call back after resolution (hours)</source>
        <translation>处理完成后回访（小时）</translation>
    </message>
    <message>
        <source>Quiet days after a contact</source>
        <translation>联系后免打扰天数</translation>
    </message>
    <message>
        <source>Birthday call planned ahead (days)</source>
        <translation>生日回访提前（天）</translation>
    </message>
    <message>
        <source>Wake-up call ahead of the due date (days)</source>
        <translation>唤醒回访提前（天）</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <source>Record a sale</source>
        <translation>记录销售</translation>
    </message>
    <message>
        <source>Style no.</source>
        <translation>款号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>List price (¥)</source>
        <translation>标价（¥）</translation>
    </message>
    <message>
        <source>Paid price (¥)</source>
        <translation>实付单价（¥）</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除该行(&amp;R)</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>合计：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>&amp;Coupon:</source>
        <translation>优惠券(&amp;C)：</translation>
    </message>
    <message>
        <source>Type or scan the code, then Enter</source>
        <translation>输入或扫描券码，然后按回车</translation>
    </message>
</context>
<context>
    <name>SalesImport</name>
    <message>
        <source>The row has %1 fields; the mapped columns need %2.</source>
        <translation>这一行只有 %1 个字段，对应的列需要 %2 个。</translation>
    </message>
    <message>
        <source>The invoice number is empty.</source>
        <translation>单号为空。</translation>
    </message>
    <message>
        <source>The style number is empty.</source>
        <translation>款号为空。</translation>
    </message>
    <message>
        <source>The quantity is zero.</source>
        <translation>数量为零。</translation>
    </message>
    <message>
        <source>The price is negative; a refund is a line with a negative quantity.</source>
        <translation>单价为负数；退货应写成数量为负的一行。</translation>
    </message>
    <message>
        <source>A cancellation invoice (C…) with a positive quantity.</source>
        <translation>退单（C 开头的单号）的数量却是正数。</translation>
    </message>
    <message>
        <source>A return without a customer cannot be matched to the sale it undoes.</source>
        <translation>没有顾客的退货无法对应到原来的销售。</translation>
    </message>
    <message>
        <source>No earlier sale of %1 to this customer has %2 pieces left to return.</source>
        <translation>这位顾客之前没有购买过 %1，或剩余可退数量不足 %2 件。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were rejected, and the choice was to import nothing then.</source>
        <translation>
            <numerusform>有 %n 行被拒绝，按所选方式本次不导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds nothing new to import.</source>
        <translation>文件中没有需要新导入的数据。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何数据。</translation>
    </message>
    <message>
        <source>%1 rows read (%2, delimiter &quot;%3&quot;): %4 sale lines in %5 new sales, %6 returns; %7 already imported; %8 rejected; %9 lines without a known customer.</source>
        <translation>读取 %1 行（%2，分隔符“%3”）：新增 %5 笔销售共 %4 行明细，退货 %6 笔；已导入过 %7 行；拒绝 %8 行；%9 行明细没有对应的档案顾客。</translation>
    </message>
    <message>
        <source>Only the first %1 rejected rows are listed; so many usually means a wrong column mapping or encoding.</source>
        <translation>只列出前 %1 个被拒绝的行；这么多行被拒绝，通常是列对应或编码选错了。</translation>
    </message>
    <message>
        <source>The saved mapping &quot;%1&quot; cannot be used: %2</source>
        <translation>已保存的列对应“%1”无法使用：%2</translation>
    </message>
</context>
<context>
    <name>Satisfaction</name>
    <message>
        <source>Occasion: survey scores come in from a survey file (Import).</source>
        <translation>场合：调查评分来自调查文件（导入）。</translation>
    </message>
    <message>
        <source>Occasion: she neither answered nor came to this campaign.</source>
        <translation>场合：她既没有回复也没有参加这次活动。</translation>
    </message>
    <message>
        <source>Occasion: the sale, follow-up or complaint named is not hers.</source>
        <translation>场合：所指的销售、回访或投诉不是她的。</translation>
    </message>
</context>
<context>
    <name>SatisfactionDialog</name>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>评分(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>评语(&amp;C)：</translation>
    </message>
    <message>
        <source>in her words, optional</source>
        <translation>她的原话，可不填</translation>
    </message>
</context>
<context>
    <name>SatisfactionScore</name>
    <message>
        <source>Customer: choose whose score it is.</source>
        <translation>顾客：请选择是谁的评分。</translation>
    </message>
    <message>
        <source>Score: give a whole number from %1 to %2.</source>
        <translation>评分：请填写 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>Date: give the day she gave the score.</source>
        <translation>日期：请填写她给出评分的日期。</translation>
    </message>
    <message>
        <source>Comment: at most %1 characters.</source>
        <translation>评语：最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Occasion: name the follow-up, campaign or complaint the score is about.</source>
        <translation>场合：请指明评分所针对的回访、活动或投诉。</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>到店</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Complaint call-back</source>
        <translation>投诉回访</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>调查</translation>
    </message>
</context>
<context>
    <name>ServerDump</name>
    <message>
        <source>%1 was not found (install postgresql-client-15).</source>
        <translation>找不到 %1（请安装 postgresql-client-15）。</translation>
    </message>
    <message>
        <source>%1 stopped with exit code %2.</source>
        <translation>%1 以退出码 %2 结束。</translation>
    </message>
    <message>
        <source>Cannot write in the backup folder %1 (%2).</source>
        <translation>无法写入备份文件夹 %1（%2）。</translation>
    </message>
    <message>
        <source>pg_dump could not back up the server&apos;s database: %1</source>
        <translation>pg_dump 无法备份服务器上的数据库：%1</translation>
    </message>
    <message>
        <source>Cannot put the backup in place as %1.</source>
        <translation>无法把备份放到 %1。</translation>
    </message>
    <message>
        <source>There is no backup at %1.</source>
        <translation>%1 处没有备份。</translation>
    </message>
    <message>
        <source>%1 is not a server backup that pg_restore can read (%2).</source>
        <translation>%1 不是 pg_restore 能读取的服务器备份（%2）。</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL backup, but not of an Atelier store.</source>
        <translation>%1 是 PostgreSQL 备份，但不是 Atelier 店铺的备份。</translation>
    </message>
    <message>
        <source>pg_restore could not restore the backup: %1</source>
        <translation>pg_restore 无法恢复该备份：%1</translation>
    </message>
</context>
<context>
    <name>ServerRestore</name>
    <message>
        <source>The database was left as it was.</source>
        <translation>数据库保持原样。</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL location.</source>
        <translation>%1 不是 PostgreSQL 位置。</translation>
    </message>
    <message>
        <source>Cannot reach the %1 (%2).</source>
        <translation>无法连接 %1（%2）。</translation>
    </message>
    <message>
        <source>The %1 is not empty: a server&apos;s backup is restored into a new, empty database (createdb), and Atelier is then pointed at it.</source>
        <translation>%1 不是空的：服务器的备份要恢复到一个新的空数据库中（createdb），然后让 Atelier 使用它。</translation>
    </message>
    <message>
        <source>The backup was restored but the store does not open: %1</source>
        <translation>备份已恢复，但店铺无法打开：%1</translation>
    </message>
</context>
<context>
    <name>ServiceRules</name>
    <message>
        <source>The response target for %1 must be between 1 minute and 7 days.</source>
        <translation>%1的响应时限须在 1 分钟到 7 天之间。</translation>
    </message>
    <message>
        <source>complaints made in store</source>
        <translation>店内投诉</translation>
    </message>
    <message>
        <source>phone complaints</source>
        <translation>电话投诉</translation>
    </message>
    <message>
        <source>WeChat complaints</source>
        <translation>微信投诉</translation>
    </message>
    <message>
        <source>online complaints</source>
        <translation>线上投诉</translation>
    </message>
    <message>
        <source>The opening time must be a time of day.</source>
        <translation>开门时间须是一天中的某个时刻。</translation>
    </message>
    <message>
        <source>The closing time must be a time of day.</source>
        <translation>关门时间须是一天中的某个时刻。</translation>
    </message>
    <message>
        <source>The store must close after it opens on the same day.</source>
        <translation>关门时间须晚于同一天的开门时间。</translation>
    </message>
    <message>
        <source>The complaint call-back must be due between 1 hour and 14 days after resolution.</source>
        <translation>投诉回访须在解决后 1 小时到 14 天之内。</translation>
    </message>
    <message>
        <source>The quiet period after a contact must be between 0 and 365 days.</source>
        <translation>联系后的免打扰期须在 0 到 365 天之间。</translation>
    </message>
    <message>
        <source>Birthday tasks can be planned between 0 and 60 days ahead.</source>
        <translation>生日任务可提前 0 到 60 天安排。</translation>
    </message>
    <message>
        <source>The wake-up lead must be between 0 and 60 days.</source>
        <translation>唤醒提前天数须在 0 到 60 天之间。</translation>
    </message>
    <message>
        <source>The %1 must be worth between ¥0.01 and ¥100,000.</source>
        <translation>%1的面值须在 ¥0.01 到 ¥100,000 之间。</translation>
    </message>
    <message>
        <source>The minimum spend of the %1 must be between ¥0 and ¥1,000,000.</source>
        <translation>%1的最低消费须在 ¥0 到 ¥1,000,000 之间。</translation>
    </message>
    <message>
        <source>The %1 must be valid between 1 and 3660 days.</source>
        <translation>%1的有效期须在 1 到 3660 天之间。</translation>
    </message>
    <message>
        <source>experience coupon after a return</source>
        <translation>退货后的体验券</translation>
    </message>
    <message>
        <source>compensation coupon after a complaint</source>
        <translation>投诉后的补偿券</translation>
    </message>
    <message>
        <source>A first-time buyer can be brought back between 1 and 365 days after her purchase.</source>
        <translation>首购顾客召回须在购买后 1 至 365 天之间。</translation>
    </message>
    <message>
        <source>The first night&apos;s reach back for first-time buyers must be between the days before the activation message and 730 days.</source>
        <translation>首次夜间计算回溯首购顾客的天数，须在召回消息的天数与 730 天之间。</translation>
    </message>
    <message>
        <source>activation coupon for a first-time buyer</source>
        <translation>首购顾客召回优惠券</translation>
    </message>
    <message>
        <source>The discount of the Dormant customers&apos; coupon must be between 0 % (none) and 99 %.</source>
        <translation>沉睡顾客优惠券的折扣须在 0%（无）至 99% 之间。</translation>
    </message>
    <message>
        <source>The Dormant customers&apos; coupon must be valid between 1 and 366 days.</source>
        <translation>沉睡顾客优惠券的有效期须在 1 至 366 天之间。</translation>
    </message>
    <message>
        <source>The marketing contacts allowed for a VIP must be between 1 and 100.</source>
        <translation>VIP 允许的营销联系次数须在 1 至 100 之间。</translation>
    </message>
    <message>
        <source>The period of the VIP contact limit must be between 1 and 366 days.</source>
        <translation>VIP 联系次数上限的周期须在 1 至 366 天之间。</translation>
    </message>
    <message>
        <source>Holiday greetings can be planned between 1 and 60 days ahead.</source>
        <translation>节日问候可提前 1 至 60 天安排。</translation>
    </message>
    <message>
        <source>The holiday greetings&apos; lowest tier must be none, Silver, Gold or Black.</source>
        <translation>节日问候的最低等级须为无、银卡、金卡或黑卡。</translation>
    </message>
    <message>
        <source>Life-event anniversaries can be planned between 1 and 60 days ahead.</source>
        <translation>人生节点周年可提前 1 至 60 天安排。</translation>
    </message>
    <message>
        <source>The referral reward must be none, points or a coupon.</source>
        <translation>推荐奖励必须为无、积分或优惠券。</translation>
    </message>
    <message>
        <source>The referral reward must be between 1 and 100,000 points.</source>
        <translation>推荐奖励必须在 1 到 100,000 积分之间。</translation>
    </message>
    <message>
        <source>referral reward coupon</source>
        <translation>推荐奖励优惠券</translation>
    </message>
    <message>
        <source>A prospect&apos;s first follow-up can be planned between 0 and 90 days after her registration.</source>
        <translation>潜在顾客的首次回访可安排在其登记后 0 到 90 天之间。</translation>
    </message>
    <message>
        <source>The first night&apos;s reach back for prospects must be between the days before the first follow-up and 730 days.</source>
        <translation>首晚对潜在顾客的回溯天数必须介于首次回访前的天数和 730 天之间。</translation>
    </message>
</context>
<context>
    <name>ServiceRulesEditor</name>
    <message>
        <source>Response targets (counted in opening hours)</source>
        <translation>响应时限（按营业时间计算）</translation>
    </message>
    <message>
        <source>In &amp;store complaints:</source>
        <translation>店内投诉(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Phone complaints:</source>
        <translation>电话投诉(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;WeChat complaints:</source>
        <translation>微信投诉(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Online complaints:</source>
        <translation>线上投诉(&amp;O)：</translation>
    </message>
    <message>
        <source>Opening hours (the same opening and closing time: open around the clock)</source>
        <translation>营业时间（开门与关门时间相同表示全天营业）</translation>
    </message>
    <message>
        <source>Opens &amp;at:</source>
        <translation>开门时间(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Closes at:</source>
        <translation>关门时间(&amp;C)：</translation>
    </message>
    <message>
        <source>Follow-up calendar</source>
        <translation>回访日历</translation>
    </message>
    <message>
        <source>Complaint call-&amp;back after:</source>
        <translation>投诉回访时间(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Quiet period after a contact:</source>
        <translation>联系后免打扰期(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Birthday tasks ahead:</source>
        <translation>生日任务提前(&amp;B)：</translation>
    </message>
    <message>
        <source>Wake-&amp;up lead:</source>
        <translation>唤醒提前(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Save service rules</source>
        <translation>保存服务规则(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>Experience coupon after a return</source>
        <translation>退货后的体验券</translation>
    </message>
    <message>
        <source>Issue it with a retur&amp;n</source>
        <translation>退货时发放(&amp;N)</translation>
    </message>
    <message>
        <source>A customer who returns something gets a coupon for her next purchase, issued with the return.</source>
        <translation>退货的顾客会得到一张下次消费可用的优惠券，随退货一起发放。</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>面值(&amp;V)：</translation>
    </message>
    <message>
        <source>Taken off a later purchase.</source>
        <translation>在以后的消费中抵扣。</translation>
    </message>
    <message>
        <source>&amp;Minimum spend:</source>
        <translation>最低消费(&amp;M)：</translation>
    </message>
    <message>
        <source>The coupon takes its value off a purchase of at least this much; None: off any purchase.</source>
        <translation>消费满此金额才能抵扣；“无”：任何消费都可抵扣。</translation>
    </message>
    <message>
        <source>Valid &amp;for:</source>
        <translation>有效期(&amp;F)：</translation>
    </message>
    <message>
        <source>Counted from the day it is issued.</source>
        <translation>从发放当天算起。</translation>
    </message>
    <message>
        <source>Compensation coupon after a complaint</source>
        <translation>投诉后的补偿券</translation>
    </message>
    <message>
        <source>&amp;Issue it when a complaint is resolved with a refund or a coupon</source>
        <translation>投诉以退款或优惠券解决时发放(&amp;I)</translation>
    </message>
    <message>
        <source>A customer&apos;s complaint resolved with a refund or a coupon gets a compensation coupon, issued with the resolution. A coupon offered with its own value is worth that value.</source>
        <translation>顾客的投诉以退款或优惠券解决时，随解决结果发放一张补偿券。处理时另定面值的优惠券按该面值发放。</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>面值(&amp;L)：</translation>
    </message>
    <message>
        <source>Minimum sp&amp;end:</source>
        <translation>最低消费(&amp;E)：</translation>
    </message>
    <message>
        <source>Vali&amp;d for:</source>
        <translation>有效期(&amp;D)：</translation>
    </message>
    <message>
        <source>First-time buyers brought back</source>
        <translation>首购顾客召回</translation>
    </message>
    <message>
        <source>Brin&amp;g a first-time buyer back with a message and a coupon</source>
        <translation>用消息和优惠券召回首购顾客(&amp;G)</translation>
    </message>
    <message>
        <source>A customer with one purchase day who has not come back gets a WeChat message task with a coupon, planned by the nightly run.</source>
        <translation>只有一个购买日且没有再来的顾客，会由夜间计算安排一条带优惠券的微信消息任务。</translation>
    </message>
    <message>
        <source>Not back &amp;within:</source>
        <translation>多久未再来(&amp;W)：</translation>
    </message>
    <message>
        <source>Days after the first purchase.</source>
        <translation>首次购买后的天数。</translation>
    </message>
    <message>
        <source>First purchase at most:</source>
        <translation>首次购买最多在：</translation>
    </message>
    <message>
        <source>Only buyers whose first purchase lies at most this many days back are planned, so the first night does not flood the calendar.</source>
        <translation>只安排首次购买不超过这么多天前的顾客，以免首次夜间计算时任务淹没日历。</translation>
    </message>
    <message>
        <source>Coupon &amp;value:</source>
        <translation>优惠券面值(&amp;V)：</translation>
    </message>
    <message>
        <source>Taken off her next purchase.</source>
        <translation>从她下次购买中减免。</translation>
    </message>
    <message>
        <source>Coupon minimum spend:</source>
        <translation>优惠券最低消费：</translation>
    </message>
    <message>
        <source>Coupon valid for:</source>
        <translation>优惠券有效期：</translation>
    </message>
    <message>
        <source>Counted from the day the message is due.</source>
        <translation>从消息的到期日起算。</translation>
    </message>
    <message>
        <source>Thank-you and Dormant customers</source>
        <translation>感谢消息与沉睡顾客</translation>
    </message>
    <message>
        <source>&amp;Thank-you message the day after a purchase</source>
        <translation>购买次日发送感谢消息(&amp;T)</translation>
    </message>
    <message>
        <source>Dormant customers&apos; discount:</source>
        <translation>沉睡顾客折扣：</translation>
    </message>
    <message>
        <source>A customer who has just become Dormant gets a WeChat message about new arrivals in her style, with a coupon for this discount; None: no coupon.</source>
        <translation>刚成为沉睡的顾客会收到一条关于她喜欢风格的新品的微信消息，附带此折扣的优惠券；选“无”则不附优惠券。</translation>
    </message>
    <message>
        <source>Discount valid for:</source>
        <translation>折扣有效期：</translation>
    </message>
    <message>
        <source>Marketing contacts for VIPs (VIP segment, Gold and Black tiers)</source>
        <translation>VIP 的营销联系（VIP 分群、金卡和黑卡）</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>最多(&amp;M)：</translation>
    </message>
    <message>
        <source>Marketing tasks done or open, bulk SMS and campaign invitations.</source>
        <translation>已完成或未完成的营销任务、群发短信和营销活动邀请。</translation>
    </message>
    <message>
        <source>In the last:</source>
        <translation>在最近：</translation>
    </message>
    <message>
        <source>Holidays and life events</source>
        <translation>节日与人生节点</translation>
    </message>
    <message>
        <source>&amp;Holiday greetings ahead:</source>
        <translation>节日问候提前(&amp;H)：</translation>
    </message>
    <message>
        <source>Holiday greetings &amp;for:</source>
        <translation>节日问候对象(&amp;F)：</translation>
    </message>
    <message>
        <source>Life-event anniversaries ahead:</source>
        <translation>人生节点周年提前：</translation>
    </message>
    <message>
        <source>Needs the customer&apos;s marketing consent and respects the quiet period, but does not count as a marketing contact.</source>
        <translation>需要顾客同意接收营销信息，并遵守免打扰期，但不计入营销联系次数。</translation>
    </message>
    <message>
        <source>Prospects (registered, not yet bought)</source>
        <translation>潜在顾客（已登记，尚未购买）</translation>
    </message>
    <message>
        <source>Plan a first &amp;follow-up for a new prospect</source>
        <translation>为新的潜在顾客安排首次回访(&amp;F)</translation>
    </message>
    <message>
        <source>A customer registered without a purchase gets one WeChat follow-up task, once, planned by the nightly run. It is marketing: it needs her consent and respects the quiet period. Her first purchase closes it.</source>
        <translation>登记后尚未购买的顾客会得到一个微信回访任务，只安排一次，由夜间计算安排。这属于营销：需要她的同意，并遵守免打扰期。她首次购买后任务即关闭。</translation>
    </message>
    <message>
        <source>Follow up after:</source>
        <translation>回访时间：</translation>
    </message>
    <message>
        <source>Days after her registration.</source>
        <translation>登记后的天数。</translation>
    </message>
    <message>
        <source>Registered at most:</source>
        <translation>登记不超过：</translation>
    </message>
    <message>
        <source>Only prospects registered at most this many days back are planned, so the first night does not flood the calendar.</source>
        <translation>只为登记不超过这么多天的潜在顾客安排，以免首晚回访日历被排满。</translation>
    </message>
    <message>
        <source>Referral reward (a customer who brought another)</source>
        <translation>推荐奖励（介绍其他顾客来的顾客）</translation>
    </message>
    <message>
        <source>Re&amp;ward:</source>
        <translation>奖励(&amp;W)：</translation>
    </message>
    <message>
        <source>Granted to the referrer by the nightly run, once per customer she brought, when that customer&apos;s first purchase is past the return window and was not all returned within it.</source>
        <translation>由夜间计算发给推荐人，每推荐一位顾客一次：当该顾客的首次购买已过退货期、且在退货期内没有全部退货时发放。</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>积分：</translation>
    </message>
    <message>
        <source>Coupon value:</source>
        <translation>优惠券面值：</translation>
    </message>
    <message>
        <source>Counted from the day after the nightly run that grants it.</source>
        <translation>从发放奖励的夜间计算的次日起算。</translation>
    </message>
    <message>
        <source>Privacy (birthday and address need her consent)</source>
        <translation>隐私（生日和地址需要本人同意）</translation>
    </message>
    <message>
        <source>Recorded without &amp;consent:</source>
        <translation>未经同意记录(&amp;C)：</translation>
    </message>
    <message>
        <source>A birthday or address on file although she has not agreed that we keep them: from before the rule, or she withdrew her consent. Keep: the archive list flags her for the manager. Clear: blanked at once when she withdraws, the others by the next nightly run. No birthday greeting or birthday coupon goes to her either way.</source>
        <translation>生日或地址已登记，但本人未同意我们保存：规则实施之前登记的，或她已撤回同意。保留：档案列表会为店长标出她。清除：她撤回同意时立即清空，其余的在下一次夜间计算时清空。无论哪种，她都不会收到生日问候或生日券。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The store (saved with the data)</source>
        <translation>店铺（随数据一起保存）</translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation>店铺名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Returns accepted within:</source>
        <translation>退换货期限(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Message templates</source>
        <translation>消息模板(&amp;M)</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>服务(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Lock the counter after:</source>
        <translation>无操作自动锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Minutes without a key or a click before the login screen comes back</source>
        <translation>多少分钟没有按键或点击后，重新显示登录界面</translation>
    </message>
    <message>
        <source>&amp;Discount rate for customer value:</source>
        <translation>顾客价值折现率(&amp;D)：</translation>
    </message>
    <message>
        <source>How much less next year&apos;s money counts than today&apos;s, when the forecasts estimate what a customer may spend in the next 12 months. It counts at once.</source>
        <translation>估算顾客未来 12 个月的消费时，明年的消费按此比例折算。修改后立即生效。</translation>
    </message>
    <message>
        <source>Only a manager can change the store&apos;s settings above. To change one, the manager takes the counter with her PIN.</source>
        <translation>以上店铺设置只有店长可以修改。如需修改，请店长用自己的 PIN 码接管前台。</translation>
    </message>
</context>
<context>
    <name>SmsExport</name>
    <message numerus="yes">
        <source>Exported %n customer(s).</source>
        <translation>
            <numerusform>已导出 %n 位顾客。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n customer(s) who do not accept promotions.</source>
        <translation>
            <numerusform>未导出 %n 位不接受促销信息的顾客。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n customer(s) with a landline only.</source>
        <translation>
            <numerusform>未导出 %n 位只有座机号码的顾客。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) lack a value (%1): check them before sending.</source>
        <translation>
            <numerusform>%n 条短信缺少内容（%1），发送前请检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>They count as contacted today: no marketing follow-up is planned for them during the quiet period.</source>
        <translation>这些顾客记为今天已联系：免打扰期内不会再为他们安排营销回访。</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n customer(s) contacted in the last %1 days (the quiet period).</source>
        <translation>
            <numerusform>已排除最近 %1 天内联系过的 %n 位顾客（免打扰期）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmsExportDialog</name>
    <message>
        <source>Export for SMS</source>
        <translation>导出群发短信</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Only customers who accept promotions and have a mobile number are written: phone, name and the filled text.</source>
        <translation>只导出接受促销信息且有手机号的顾客：手机号、姓名和填好的短信内容。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>StaffGoals</name>
    <message>
        <source>Sales target: cannot be below zero.</source>
        <translation>销售目标：不能小于零。</translation>
    </message>
    <message>
        <source>New archives target: cannot be below zero.</source>
        <translation>新建档案目标：不能小于零。</translation>
    </message>
    <message>
        <source>Follow-ups target: cannot be below zero.</source>
        <translation>回访目标：不能小于零。</translation>
    </message>
    <message>
        <source>Month: choose a month.</source>
        <translation>月份：请选择月份。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>There is no such member of staff.</source>
        <translation>没有这位员工。</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>The store&apos;s data file %1 is damaged: SQLite&apos;s check found problems (%2). This can happen after a power cut or a failing disk.</source>
        <translation>店铺的数据文件 %1 已损坏：SQLite 检查发现了问题（%2）。停电或硬盘故障后可能出现这种情况。</translation>
    </message>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>没有删除任何数据。</translation>
    </message>
    <message>
        <source>No backup was found to restore. Quit, keep the file as it is and ask for help: copy it before trying anything else.</source>
        <translation>没有找到可以恢复的备份。请退出，保持该文件原样并寻求帮助：在做任何其他操作之前先复制一份。</translation>
    </message>
    <message>
        <source>The latest good backup is from %1. Restoring it brings the data back as it was then; the damaged file is kept aside next to it, not deleted.</source>
        <translation>最近一份完好的备份是 %1 的。恢复后数据回到当时的状态；损坏的文件会另存在旁边，不会删除。</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>没有可恢复的备份。</translation>
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
    <message>
        <source>Another counter was changing the same data at the same moment. Nothing was saved; try again.</source>
        <translation>另一个柜台同时在修改同一份数据。什么也没有保存；请重试。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Nothing was saved; check the network and the server, then try again.</source>
        <translation>与数据库服务器的连接断开了。什么也没有保存；请检查网络和服务器，然后重试。</translation>
    </message>
</context>
<context>
    <name>StoreFiles</name>
    <message>
        <source>%1 is the store&apos;s own database file: choose another file. Nothing was read or written.</source>
        <translation>%1 是店铺自己的数据库文件：请选择其他文件。未读取也未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>No database was given.</source>
        <translation>没有指定数据库。</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL location libpq understands (%2). The form is postgresql://user@host:port/database.</source>
        <translation>“%1”不是 libpq 能识别的 PostgreSQL 位置（%2）。格式为 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The location holds a password, which would be kept in settings and shown in lists of running programs. Remove it from the location and put it in a password file instead (~/.pgpass, or the file PGPASSFILE names; see docs/postgresql.md).</source>
        <translation>该位置中含有密码，密码会被保存在设置中，并出现在运行中程序的列表里。请从位置中去掉密码，改为写进密码文件（~/.pgpass，或 PGPASSFILE 指定的文件；见 docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>The location “%1” names no database; add it after the server, as in postgresql://server/atelier.</source>
        <translation>位置“%1”没有指明数据库；请在服务器后面加上数据库名，例如 postgresql://server/atelier。</translation>
    </message>
    <message>
        <source>database “%1” on %2</source>
        <translation>%2 上的数据库“%1”</translation>
    </message>
</context>
<context>
    <name>StoreLocationChoice</name>
    <message>
        <source>a server location that cannot be used</source>
        <translation>无法使用的服务器位置</translation>
    </message>
    <message>
        <source>Connected: the store&apos;s data is there and ready.</source>
        <translation>已连接：店铺数据就在那里，可以使用。</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <source>Cannot create the lock file %1 beside the store (the folder is not writable). Ask whoever manages this computer to let this user write in that folder.</source>
        <translation>无法在店铺数据旁创建锁文件 %1（该文件夹不可写）。请让管理这台电脑的人允许当前用户写入该文件夹。</translation>
    </message>
    <message>
        <source>process %1 on this computer</source>
        <translation>本机上的进程 %1</translation>
    </message>
    <message>
        <source>process %1 on the computer %2</source>
        <translation>电脑 %2 上的进程 %1</translation>
    </message>
    <message>
        <source>Atelier is open on the store %1 (%2). Close it first, then restore: the window would go on writing into the file that the restore sets aside, and those sales would be lost. Nothing was changed.</source>
        <translation>Atelier 正打开着店铺数据 %1（%2）。请先关闭它，再执行恢复：否则该窗口会继续写入被恢复操作移到一旁的文件，这些销售记录将会丢失。未做任何更改。</translation>
    </message>
    <message>
        <source>The store %1 is already open in another Atelier window, or being restored (%2). Use that window: one store is opened by one Atelier at a time, so that the nightly work runs once and a restore cannot pull the file from under another window. (atelier-cli commands beside the app are safe.)</source>
        <translation>店铺数据 %1 已在另一个 Atelier 窗口中打开，或正在恢复中（%2）。请使用那个窗口：同一店铺数据同一时间只能由一个 Atelier 打开，这样夜间计算只运行一次，恢复操作也不会把文件从另一个窗口下面抽走。（在应用旁运行 atelier-cli 命令是安全的。）</translation>
    </message>
</context>
<context>
    <name>StoreMove</name>
    <message>
        <source>--to must be a PostgreSQL location such as postgresql://server/atelier; %1 is not one.</source>
        <translation>--to 必须是 PostgreSQL 位置，例如 postgresql://server/atelier；%1 不是。</translation>
    </message>
    <message>
        <source>--db must be the SQLite file of the store to move.</source>
        <translation>--db 必须是要迁移的店铺的 SQLite 文件。</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>Nothing was written to the server.</source>
        <translation>服务器上没有写入任何内容。</translation>
    </message>
    <message>
        <source>The file is at schema version %1 and the server at %2: open the file once with this version of Atelier (any atelier-cli verb does it), then move it.</source>
        <translation>文件的数据库结构版本为 %1，服务器为 %2：请先用此版本的 Atelier 打开一次该文件（任何 atelier-cli 命令都可以），再迁移。</translation>
    </message>
    <message>
        <source>The file and the server do not have the same tables (%1).</source>
        <translation>文件和服务器的表不一样（%1）。</translation>
    </message>
    <message>
        <source>Some tables read back from the server differ from the file: the move was undone.</source>
        <translation>从服务器读回的某些表与文件不一致：迁移已撤销。</translation>
    </message>
    <message>
        <source>%1 is not an Atelier database that can be read.</source>
        <translation>%1 不是可以读取的 Atelier 数据库。</translation>
    </message>
    <message>
        <source>The %1 is not empty (%2 hold rows): a store moves only into a new, empty database.</source>
        <translation>%1 不是空的（%2 中有数据）：店铺只能迁移到一个新的空数据库中。</translation>
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
    <message>
        <source>Lock after: between 0 (never) and 240 minutes.</source>
        <translation>自动锁定：0（从不）到 240 分钟。</translation>
    </message>
    <message>
        <source>Discount rate: between 0 % and 50 % a year.</source>
        <translation>折现率：每年 0 % 到 50 % 之间。</translation>
    </message>
</context>
<context>
    <name>SummaryFile</name>
    <message>
        <source>The id is empty.</source>
        <translation>id 为空。</translation>
    </message>
    <message>
        <source>x counts repeat purchases and must be a whole number, not %1.</source>
        <translation>x 是回购次数，必须是整数，不能是 %1。</translation>
    </message>
    <message>
        <source>t_x (%1) is after T (%2): the last purchase cannot come after the end.</source>
        <translation>t_x（%1）大于 T（%2）：最后一次购买不能晚于统计截止。</translation>
    </message>
    <message>
        <source>x is %1 but t_x is 0: purchases on the first day count as that one purchase, so a repeat purchase cannot be at time 0.</source>
        <translation>x 为 %1 但 t_x 为 0：首日的购买都算作那一次首购，回购不可能发生在时间 0。</translation>
    </message>
    <message>
        <source>x is 0 but t_x is %1: without a repeat purchase t_x must be 0.</source>
        <translation>x 为 0 但 t_x 为 %1：没有回购时 t_x 必须为 0。</translation>
    </message>
    <message>
        <source>zbar is missing for a customer who bought again (x = %1).</source>
        <translation>回购过的顾客（x = %1）缺少 zbar。</translation>
    </message>
    <message>
        <source>zbar must be more than 0 for a customer who bought again.</source>
        <translation>回购过的顾客的 zbar 必须大于 0。</translation>
    </message>
    <message>
        <source>%1 is not a number: &quot;%2&quot;.</source>
        <translation>%1 不是数字：“%2”。</translation>
    </message>
    <message>
        <source>%1 cannot be negative (%2).</source>
        <translation>%1 不能为负数（%2）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is empty: it needs the header id,x,t_x,T or id,x,t_x,T,zbar.</source>
        <translation>文件是空的：需要表头 id,x,t_x,T 或 id,x,t_x,T,zbar。</translation>
    </message>
    <message>
        <source>The first row must be the header id,x,t_x,T or id,x,t_x,T,zbar (CDNOW&apos;s ID,frequency,recency,T also works), not &quot;%1&quot;.</source>
        <translation>第一行必须是表头 id,x,t_x,T 或 id,x,t_x,T,zbar（也可用 CDNOW 的 ID,frequency,recency,T），而不是“%1”。</translation>
    </message>
    <message>
        <source>The row ends inside an open quote.</source>
        <translation>这一行在未闭合的引号内结束。</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2.</source>
        <translation>有 %1 个字段，而表头有 %2 个。</translation>
    </message>
    <message>
        <source>The id %1 was already on line %2.</source>
        <translation>id %1 已在第 %2 行出现过。</translation>
    </message>
</context>
<context>
    <name>SurveyImport</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>没有导入任何数据。</translation>
    </message>
    <message>
        <source>No customer in the archive has the id %1.</source>
        <translation>档案中没有编号为 %1 的顾客。</translation>
    </message>
    <message>
        <source>No customer in the archive has this phone.</source>
        <translation>档案中没有使用这个手机号的顾客。</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件有表头，但没有数据行。</translation>
    </message>
    <message>
        <source>The file holds nothing new to import.</source>
        <translation>文件中没有需要导入的新数据。</translation>
    </message>
    <message>
        <source>%1 rows read (%2, delimiter &quot;%3&quot;): %4 scores imported, %5 of them for customers without a sale by the survey day (no clerk); %6 already imported; %7 rejected.</source>
        <translation>读取 %1 行（%2，分隔符“%3”）：导入 %4 条评分，其中 %5 条的顾客在调查日之前没有消费（无对应店员）；%6 条已导入过；%7 行被拒绝。</translation>
    </message>
</context>
<context>
    <name>SurveyImportRow</name>
    <message>
        <source>The file has no column customer_id (顾客编号) or phone (手机号): which customer gave each score?</source>
        <translation>文件中没有 customer_id（顾客编号）或 phone（手机号）列：每条评分是哪位顾客给的？</translation>
    </message>
    <message>
        <source>The file has no column date (日期).</source>
        <translation>文件中没有 date（日期）列。</translation>
    </message>
    <message>
        <source>The file has no column score (评分).</source>
        <translation>文件中没有 score（评分）列。</translation>
    </message>
    <message>
        <source>The score is empty; give a whole number from 1 to 5.</source>
        <translation>评分为空；请填写 1 到 5 之间的整数。</translation>
    </message>
    <message>
        <source>The score &quot;%1&quot; is not a number; give a whole number from 1 to 5.</source>
        <translation>评分“%1”不是数字；请填写 1 到 5 之间的整数。</translation>
    </message>
    <message>
        <source>The score %1 is not from 1 to 5.</source>
        <translation>评分 %1 不在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>The customer id &quot;%1&quot; is not a number.</source>
        <translation>顾客编号“%1”不是数字。</translation>
    </message>
    <message>
        <source>The row names no customer: give her customer id or phone.</source>
        <translation>这一行没有指明顾客：请填写她的顾客编号或手机号。</translation>
    </message>
    <message>
        <source>The date is empty.</source>
        <translation>日期为空。</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>评语超过了 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>TaskDoneDialog</name>
    <message>
        <source>Follow-up done</source>
        <translation>回访完成</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>顾客怎么说</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>What to do next, if anything</source>
        <translation>接下来要做什么（如有）</translation>
    </message>
    <message>
        <source>Plan the next step as a follow-up on this day:</source>
        <translation>把下一步安排为这一天的回访：</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>下次回访：</translation>
    </message>
    <message>
        <source>Her &amp;satisfaction:</source>
        <translation>她的满意度(&amp;S)：</translation>
    </message>
    <message>
        <source>Her &amp;comment:</source>
        <translation>她的评语(&amp;C)：</translation>
    </message>
    <message>
        <source>in her words, optional</source>
        <translation>她的原话，可不填</translation>
    </message>
</context>
<context>
    <name>TaskEditorDialog</name>
    <message>
        <source>New follow-up</source>
        <translation>新建回访</translation>
    </message>
    <message>
        <source>Find customer:</source>
        <translation>查找顾客：</translation>
    </message>
    <message>
        <source>Phone digits, name or pinyin initials</source>
        <translation>手机号数字、姓名或拼音首字母</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>顾客：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>回访类型：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>回访日期：</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>What to do, and why now</source>
        <translation>要做什么、为什么这时联系</translation>
    </message>
</context>
<context>
    <name>TaskPlan</name>
    <message>
        <source>Birthday on %1</source>
        <translation>%1 生日</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>从“%1”转为“%2”</translation>
    </message>
    <message>
        <source>Next purchase expected around %1</source>
        <translation>预计 %1 前后再次购买</translation>
    </message>
    <message>
        <source>%1 off a purchase of %2 or more</source>
        <translation>满 %2 减 %1</translation>
    </message>
    <message>
        <source>%1 off</source>
        <translation>减 %1</translation>
    </message>
    <message>
        <source>First purchase on %1 and not back since: a coupon, %2, valid until %3</source>
        <translation>%1 首次购买后未再来：一张优惠券，%2，有效至 %3</translation>
    </message>
    <message>
        <source>First purchase on %1 and not back since: coupon %2, %3, valid until %4</source>
        <translation>%1 首次购买后未再来：优惠券 %2，%3，有效至 %4</translation>
    </message>
    <message>
        <source>Moved from %1 to %2: a message about the new arrivals in her style</source>
        <translation>从%1变为%2：发一条她喜欢风格的新品消息</translation>
    </message>
    <message>
        <source>Moved from %1 to %2: a message about the new arrivals in her style, with %3 % off until %4</source>
        <translation>从%1变为%2：发一条她喜欢风格的新品消息，附 %3% 折扣，有效至 %4</translation>
    </message>
    <message>
        <source>Moved from %1 to %2: a message about the new arrivals in her style, with coupon %3 for %4 % off until %5</source>
        <translation>从%1变为%2：发一条她喜欢风格的新品消息，附优惠券 %3（%4% 折扣），有效至 %5</translation>
    </message>
    <message>
        <source>Thank her for her purchase on %1</source>
        <translation>感谢她 %1 的购买</translation>
    </message>
    <message>
        <source>Registered on %1 without buying: a first follow-up, an invitation back</source>
        <translation>%1 登记后尚未购买：首次回访，邀请她再来</translation>
    </message>
</context>
<context>
    <name>TaskRescheduleDialog</name>
    <message>
        <source>Move follow-up</source>
        <translation>回访改期</translation>
    </message>
    <message>
        <source>New day:</source>
        <translation>新日期：</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>&amp;New template</source>
        <translation>新建模板(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>用于(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>模板语言(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation>优惠券(&amp;O)：</translation>
    </message>
    <message>
        <source>What {coupon} says, e.g. 50 yuan off 500</source>
        <translation>{coupon} 显示的内容，例如：满500减50</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>保存模板(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TextEncodings</name>
    <message>
        <source>This file is not text: it looks like an Excel workbook (.xlsx) or another ZIP file. In Excel, use &quot;Save As&quot; with &quot;CSV UTF-8&quot; or &quot;Unicode Text&quot; and import that file.</source>
        <translation>这个文件不是文本：它看起来是 Excel 工作簿（.xlsx）或其他 ZIP 文件。请在 Excel 中用“另存为”，选择“CSV UTF-8”或“Unicode 文本”，再导入保存的文件。</translation>
    </message>
    <message>
        <source>This file is not text: it looks like an old Excel workbook (.xls). In Excel, use &quot;Save As&quot; with &quot;CSV UTF-8&quot; or &quot;Unicode Text&quot; and import that file.</source>
        <translation>这个文件不是文本：它看起来是旧版 Excel 工作簿（.xls）。请在 Excel 中用“另存为”，选择“CSV UTF-8”或“Unicode 文本”，再导入保存的文件。</translation>
    </message>
    <message>
        <source>This file is not text: it is a PDF document. Export the list from the program that made it as CSV and import that file.</source>
        <translation>这个文件不是文本，而是 PDF 文档。请在生成它的程序里把清单导出为 CSV，再导入那个文件。</translation>
    </message>
    <message>
        <source>This file is not text: it holds binary data (a picture, a program or a database?). Choose the CSV or text file the till or Excel saved.</source>
        <translation>这个文件不是文本：里面是二进制数据（图片、程序还是数据库？）。请选择收银系统或 Excel 保存的 CSV 或文本文件。</translation>
    </message>
    <message>
        <source>This file is not in UTF-8, UTF-16 or GB18030, the encodings Atelier reads, and its encoding cannot be recognised. In Excel, use &quot;Save As&quot; with &quot;CSV UTF-8&quot; or &quot;Unicode Text&quot; and import that file.</source>
        <translation>这个文件不是 Atelier 能读取的 UTF-8、UTF-16 或 GB18030 编码，也无法识别它是什么编码。请在 Excel 中用“另存为”，选择“CSV UTF-8”或“Unicode 文本”，再导入保存的文件。</translation>
    </message>
    <message>
        <source>Big5 (traditional Chinese, as in Taiwan and Hong Kong)</source>
        <translation>Big5（繁体中文，台湾和香港常用）</translation>
    </message>
    <message>
        <source>%1 (Japanese)</source>
        <translation>%1（日文）</translation>
    </message>
    <message>
        <source>%1 (Korean)</source>
        <translation>%1（韩文）</translation>
    </message>
    <message>
        <source>%1 (Western European)</source>
        <translation>%1（西欧语言）</translation>
    </message>
    <message>
        <source>This file looks like it is in %1, which Atelier does not read: it reads UTF-8, UTF-16 and GB18030. In Excel, use &quot;Save As&quot; with &quot;CSV UTF-8&quot; or &quot;Unicode Text&quot; and import that file.</source>
        <translation>这个文件看起来是 %1 编码，Atelier 无法读取：它只读取 UTF-8、UTF-16 和 GB18030。请在 Excel 中用“另存为”，选择“CSV UTF-8”或“Unicode 文本”，再导入保存的文件。</translation>
    </message>
</context>
<context>
    <name>TierBenefit</name>
    <message>
        <source>Points ×%1 on every purchase</source>
        <translation>每次购买积分 ×%1</translation>
    </message>
    <message>
        <source>Redeem %1 points for %2 at the counter</source>
        <translation>在前台用 %1 积分抵 %2</translation>
    </message>
    <message>
        <source>Tier: choose Silver, Gold or Black; members without a tier have no benefits.</source>
        <translation>等级：请选择银卡、金卡或黑卡；普通会员没有等级权益。</translation>
    </message>
    <message>
        <source>Kind: points multipliers and redemption are set in the points rules, not as benefits.</source>
        <translation>类型：积分倍数和积分兑换在积分规则中设置，不作为权益设置。</translation>
    </message>
    <message>
        <source>Words (Chinese): every benefit needs its words in Chinese.</source>
        <translation>中文说明：每项权益都需要中文说明。</translation>
    </message>
    <message>
        <source>Words (English): every benefit needs its words in English.</source>
        <translation>英文说明：每项权益都需要英文说明。</translation>
    </message>
    <message>
        <source>Coupon: a birthday coupon or a gift box is issued as a coupon; give the coupon&apos;s kind, value and validity.</source>
        <translation>优惠券：生日券和礼盒以优惠券发放；请填写优惠券的类型、面值和有效期。</translation>
    </message>
    <message>
        <source>Coupon: only a birthday coupon or a gift box is issued as a coupon.</source>
        <translation>优惠券：只有生日券和礼盒以优惠券发放。</translation>
    </message>
    <message>
        <source>Coupon value: an amount coupon must be worth something.</source>
        <translation>优惠券面值：减免券的面值必须大于零。</translation>
    </message>
    <message>
        <source>Coupon value: a percent coupon takes off between 1 and 99 %.</source>
        <translation>优惠券面值：折扣券的折扣须在 1% 至 99% 之间。</translation>
    </message>
    <message>
        <source>Coupon value: a gift coupon takes nothing off; use 0.</source>
        <translation>优惠券面值：赠品券不减免金额；请填 0。</translation>
    </message>
    <message>
        <source>Minimum spend: it cannot be negative.</source>
        <translation>最低消费：不能为负数。</translation>
    </message>
    <message>
        <source>Valid for: a coupon must be valid for at least one day.</source>
        <translation>有效期：优惠券至少有效一天。</translation>
    </message>
    <message>
        <source>Birthday coupon</source>
        <translation>生日券</translation>
    </message>
    <message>
        <source>Gift box</source>
        <translation>礼盒</translation>
    </message>
    <message>
        <source>New arrivals first</source>
        <translation>新品优先购</translation>
    </message>
    <message>
        <source>Ironing and alterations</source>
        <translation>熨烫与修改</translation>
    </message>
    <message>
        <source>Personal stylist</source>
        <translation>私人搭配师</translation>
    </message>
    <message>
        <source>Show invitation</source>
        <translation>秀场邀请</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Points multiplier</source>
        <translation>积分倍数</translation>
    </message>
    <message>
        <source>Points redemption</source>
        <translation>积分兑换</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>每年一次</translation>
    </message>
    <message>
        <source>Once a visit</source>
        <translation>每次到店一次</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>不限次数</translation>
    </message>
</context>
<context>
    <name>TiersPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Recompute now</source>
        <translation>立即重算(&amp;R)</translation>
    </message>
    <message>
        <source>Recomputes segments, tiers and points expiry now, as of today: today&apos;s sales so far count. The nightly run goes on as usual.</source>
        <translation>立即按今天重新计算分群、会员等级和积分过期：今天到目前为止的销售都会计入。夜间计算照常进行。</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Customers · share of net spend. Click a cell to list its customers.</source>
        <translation>顾客人数 · 占净消费额的比例。点击单元格可列出其中的顾客。</translation>
    </message>
    <message>
        <source>Double-click a customer to show them on the counter.</source>
        <translation>双击顾客可在前台页面打开。</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Segment changes</source>
        <translation>分群变化</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>&amp;Save rules</source>
        <translation>保存规则(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Shows the saved rules again.</source>
        <translation>重新显示已保存的规则。</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>计算记录</translation>
    </message>
    <message>
        <source>Export for &amp;SMS…</source>
        <translation>导出群发短信(&amp;S)…</translation>
    </message>
    <message>
        <source>A file for a bulk-SMS platform: phone, name and a filled message for each customer who accepts promotions.</source>
        <translation>供短信群发平台使用的文件：每位接受促销信息的顾客一行，含手机号、姓名和填好的短信。</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>RFM analysis: named segments</source>
        <translation>RFM 分析（最近/频次/金额）：命名分群</translation>
    </message>
    <message>
        <source>The manager&apos;s analysis: segments named from the R, F and M scores. Not the store&apos;s segment (the grid and the card).</source>
        <translation>店长用的分析：按 R、F、M 评分命名的分群。不同于店铺分群（表格和顾客卡片上的分群）。</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>Could not create the spreadsheet.</source>
        <translation>无法创建表格文件。</translation>
    </message>
    <message>
        <source>Could not write the spreadsheet: %1</source>
        <translation>无法写入表格文件：%1</translation>
    </message>
</context>
<context>
    <name>atelier::AccountFormDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>as colleagues and the history name them</source>
        <translation>同事和历史记录中使用的姓名</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
</context>
<context>
    <name>atelier::AccountsPage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Counter PIN</source>
        <translation>接班 PIN 码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>添加账号…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Set counter PIN…</source>
        <translation>设置接班 PIN 码…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>店长</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>%1现在可以登录了。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>%1&apos;s password was reset.</source>
        <translation>%1 的密码已重置。</translation>
    </message>
    <message>
        <source>Counter PIN for %1 (4 to 6 digits):</source>
        <translation>%1 的接班 PIN 码（4 到 6 位数字）：</translation>
    </message>
    <message>
        <source>%1&apos;s counter PIN was set.</source>
        <translation>已为%1设置接班 PIN 码。</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>%1 will no longer log in or take the counter. Their name stays in the history. Deactivate?</source>
        <translation>%1 将无法再登录或接班，其姓名仍保留在历史记录中。确定停用？</translation>
    </message>
    <message>
        <source>Log in as the manager first.</source>
        <translation>请先以店长身份登录。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>%1 can no longer log in or take the counter.</source>
        <translation>%1 已不能登录，也不能当班。</translation>
    </message>
</context>
<context>
    <name>atelier::ArchiveContestWidget</name>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>已抽查</translation>
    </message>
    <message>
        <source>Valid (quantity)</source>
        <translation>有效（数量）</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效率</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>完整度</translation>
    </message>
    <message>
        <source>Only archives registered in the month that you spot-checked count. Rank: more valid archives first, then the higher validity (valid / checked), then the higher average completeness.</source>
        <translation>只计算当月登记、并经您抽查过的档案。排名：有效档案多者在前，其次有效率（有效 / 已抽查）高者在前，再次平均完整度高者在前。</translation>
    </message>
    <message>
        <source>Pick archives to check…</source>
        <translation>抽取要检查的档案…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The archive contest could not be read. %1</source>
        <translation>无法读取档案评比。%1</translation>
    </message>
    <message>
        <source>Archive contest of %1: archives registered that month and spot-checked.</source>
        <translation>%1 档案评比：当月登记并经抽查的档案。</translation>
    </message>
    <message>
        <source>unranked</source>
        <translation>未排名</translation>
    </message>
</context>
<context>
    <name>atelier::ArchiveModel</name>
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
        <source>Sizes</source>
        <translation>尺码</translation>
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
        <source>Registered</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Recorded without consent: her birthday or address is on file although she has not agreed that we keep them. Settings → Service → Privacy says whether they are kept.</source>
        <translation>未经同意记录：她的生日或地址已登记，但她未同意我们保存。是否保留，见“设置 → 服务 → 隐私”。</translation>
    </message>
</context>
<context>
    <name>atelier::ArchivePage</name>
    <message>
        <source>Any tag</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>全部月份</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>customers-%1</source>
        <translation>顾客-%1</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复顾客(&amp;D)…</translation>
    </message>
    <message>
        <source>The customer list could not be read. %1</source>
        <translation>无法读取顾客列表。%1</translation>
    </message>
    <message>
        <source>Tags could not be read</source>
        <translation>无法读取标签</translation>
    </message>
    <message>
        <source>Print &amp;cards…</source>
        <translation>打印会员卡(&amp;C)…</translation>
    </message>
    <message>
        <source>The member cards of the customers listed, to a PDF</source>
        <translation>把列表中顾客的会员卡打印到 PDF</translation>
    </message>
    <message>
        <source>Spot c&amp;heck…</source>
        <translation>抽查(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>atelier::ArchivesToCheckDialog</name>
    <message>
        <source>Archives to check: %1</source>
        <translation>要检查的档案：%1</translation>
    </message>
    <message>
        <source>How many:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>重新抽取</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Spot check…</source>
        <translation>抽查…</translation>
    </message>
    <message>
        <source>No archive was registered in this month.</source>
        <translation>这个月没有登记任何档案。</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未抽查</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
</context>
<context>
    <name>atelier::AuditModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>atelier::AuditPage</name>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>导出操作日志</translation>
    </message>
    <message>
        <source>audit-trail-%1.csv</source>
        <translation>操作日志-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>导出中…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s).</source>
        <translation>
            <numerusform>已导出 %Ln 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The audit trail could not be exported:
%1</source>
        <translation>操作日志无法导出：
%1</translation>
    </message>
    <message>
        <source>The audit trail could not be read. %1</source>
        <translation>无法读取操作日志。%1</translation>
    </message>
    <message>
        <source>The names could not be read: %1</source>
        <translation>无法读取操作人名单：%1</translation>
    </message>
</context>
<context>
    <name>atelier::BackgroundRunner</name>
    <message>
        <source>The work stopped on an unexpected error. The log has the details.</source>
        <translation>工作因意外错误而中止，详情见日志。</translation>
    </message>
    <message>
        <source>A backup is being restored and Atelier restarts on it: nothing was started.</source>
        <translation>正在恢复备份，Atelier 将在恢复后重新启动：本次操作未开始。</translation>
    </message>
</context>
<context>
    <name>atelier::BackupsPage</name>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Checked in full</source>
        <translation>已完整检查</translation>
    </message>
    <message>
        <source>FAILED the full check: not restorable</source>
        <translation>未通过完整检查：不可恢复</translation>
    </message>
    <message>
        <source>Quick check only (checked in full before a restore)</source>
        <translation>仅快速检查（恢复前会完整检查）</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup is in place. Atelier restarts now to open it.</source>
        <translation>备份已换上。Atelier 现在重新启动以打开它。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Default: the &quot;backups&quot; folder beside the database</source>
        <translation>默认：数据库旁边的“backups”文件夹</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Daily backups to keep:</source>
        <translation>保留每日备份份数：</translation>
    </message>
    <message>
        <source>Monthly backups to keep:</source>
        <translation>保留每月备份份数：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>正在复制数据库…</translation>
    </message>
    <message>
        <source>The backup %1 is written; checking it in full…</source>
        <translation>备份 %1 已写好，正在完整检查…</translation>
    </message>
    <message>
        <source>The backup %1 is written and checked in full.</source>
        <translation>备份 %1 已写好并通过完整检查。</translation>
    </message>
    <message>
        <source>Restore the backup from %1? Everything entered since then is replaced by the data as it was at that time. The current data is kept aside as a file next to the database, not deleted. Atelier restarts afterwards.</source>
        <translation>恢复 %1 的备份吗？此后录入的所有内容都会被当时的数据取代。当前数据会另存为数据库旁边的一个文件，不会删除。之后 Atelier 会重新启动。</translation>
    </message>
    <message>
        <source>Checking the backup and copying it beside the database…</source>
        <translation>正在检查备份并复制到数据库旁边…</translation>
    </message>
    <message>
        <source>The backup is in place; the data it replaced was kept as %1.</source>
        <translation>备份已换上；被替换的数据另存为 %1。</translation>
    </message>
    <message>
        <source>Other work in the background did not stop in time, so the backup was not restored. Try again in a moment.</source>
        <translation>后台其他任务未能及时停止，因此没有恢复备份。请稍后再试。</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Default: the &quot;backups&quot; folder in Atelier&apos;s data folder on this computer</source>
        <translation>默认：本机 Atelier 数据文件夹中的 &quot;backups&quot; 文件夹</translation>
    </message>
    <message>
        <source>This server&apos;s backups are made by its administrator</source>
        <translation>本服务器的备份由其管理员负责</translation>
    </message>
    <message>
        <source>This server&apos;s backups are made by its administrator: Atelier makes none, neither after the nightly run nor here.</source>
        <translation>本服务器的备份由其管理员负责：Atelier 不做备份，夜间任务之后不做，这里也不做。</translation>
    </message>
    <message>
        <source>pg_dump was not found on this computer (install postgresql-client-15): the server&apos;s database cannot be backed up from here, and the nightly run makes no copy.</source>
        <translation>本机找不到 pg_dump（请安装 postgresql-client-15）：无法从这里备份服务器上的数据库，夜间任务也不会做副本。</translation>
    </message>
    <message>
        <source>Copies of the server&apos;s database are made with pg_dump. A copy is restored into a new, empty database with atelier-cli restore, never over the store in use.</source>
        <translation>服务器数据库的副本用 pg_dump 制作。副本用 atelier-cli restore 恢复到一个新的空数据库中，从不覆盖正在使用的店铺。</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>Atelier backups (*.encrypted *.sqlite);;All files (*)</source>
        <translation>Atelier 备份 (*.encrypted *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Copy a backup to…</source>
        <translation>复制备份到…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Encrypting the backup into %1…</source>
        <translation>正在把备份加密复制到 %1…</translation>
    </message>
    <message>
        <source>Copying the backup to %1…</source>
        <translation>正在把备份复制到 %1…</translation>
    </message>
    <message>
        <source>The copy was cancelled.</source>
        <translation>复制已取消。</translation>
    </message>
    <message>
        <source>Restore the backup %1? Everything entered since it was made is replaced by the data in it. The current data is kept aside as a file next to the database, not deleted. Atelier restarts afterwards.</source>
        <translation>恢复备份 %1 吗？此备份之后录入的所有内容都会被备份中的数据取代。当前数据会另存为数据库旁边的一个文件，不会删除。之后 Atelier 会重新启动。</translation>
    </message>
    <message>
        <source>Opening and checking the backup, then copying it beside the database…</source>
        <translation>正在打开并检查备份，然后复制到数据库旁边…</translation>
    </message>
</context>
<context>
    <name>atelier::BenefitsEditor</name>
    <message>
        <source>%1, valid %2 days</source>
        <translation>%1，有效 %2 天</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <source>A gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>The benefits could not be read: %1</source>
        <translation>无法读取权益：%1</translation>
    </message>
    <message>
        <source>Benefit saved.</source>
        <translation>权益已保存。</translation>
    </message>
    <message>
        <source>Benefit removed.</source>
        <translation>权益已删除。</translation>
    </message>
</context>
<context>
    <name>atelier::CalendarMonthModel</name>
    <message>
        <source>%1: %2 open, %3 done, %4 overdue</source>
        <translation>%1：待办 %2，已完成 %3，逾期 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n to do</source>
        <translation>
            <numerusform>待办 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ %n done</source>
        <translation>
            <numerusform>✓ 已完成 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::CalendarPage</name>
    <message>
        <source>All purposes</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message numerus="yes">
        <source>Today and overdue: %n task(s)</source>
        <translation>
            <numerusform>今天和逾期：%n 项回访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1：%n 项回访</numerusform>
        </translation>
    </message>
    <message>
        <source>task-customers-%1</source>
        <translation>回访顾客-%1</translation>
    </message>
    <message>
        <source>The staff could not be read: %1</source>
        <translation>无法读取店员名单：%1</translation>
    </message>
    <message>
        <source>The tasks of this month could not be read: %1</source>
        <translation>无法读取本月的回访任务：%1</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>无法读取回访任务：%1</translation>
    </message>
    <message>
        <source>The complaint could not be read: %1</source>
        <translation>无法读取该投诉：%1</translation>
    </message>
</context>
<context>
    <name>atelier::CampaignCopiesDialog</name>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>The message templates could not be read. %1</source>
        <translation>无法读取消息模板。%1</translation>
    </message>
    <message>
        <source>There are no message templates yet: add one in Settings.</source>
        <translation>还没有消息模板：请在设置中添加。</translation>
    </message>
    <message>
        <source>The message template could not be read. %1</source>
        <translation>无法读取消息模板。%1</translation>
    </message>
    <message>
        <source>Filling the messages…</source>
        <translation>正在填写消息…</translation>
    </message>
    <message>
        <source>The copies could not be made. %1</source>
        <translation>无法生成文本。%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) to copy; the invitations are recorded.</source>
        <translation>
            <numerusform>共 %Ln 条消息可复制；邀请已记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
</context>
<context>
    <name>atelier::CampaignListModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Invited / held out</source>
        <translation>受邀 / 对照</translation>
    </message>
    <message>
        <source>Invitations sent</source>
        <translation>已发邀请</translation>
    </message>
</context>
<context>
    <name>atelier::CampaignsPage</name>
    <message>
        <source>%1 days after the last day</source>
        <translation>结束日后 %1 天</translation>
    </message>
    <message>
        <source>The effect was written.</source>
        <translation>效果已导出。</translation>
    </message>
    <message>
        <source>The effect could not be written. %1</source>
        <translation>无法导出效果。%1</translation>
    </message>
    <message>
        <source>Campaigns are for the manager.</source>
        <translation>营销活动仅限店长使用。</translation>
    </message>
    <message>
        <source>The campaigns could not be read. %1</source>
        <translation>无法读取营销活动。%1</translation>
    </message>
    <message>
        <source>No campaigns yet: New campaign… makes one.</source>
        <translation>还没有营销活动：点“新建营销活动…”创建一个。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln campaign(s), newest first.</source>
        <translation>
            <numerusform>共 %Ln 个营销活动，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reading the effect…</source>
        <translation>正在读取效果…</translation>
    </message>
    <message>
        <source>The effect could not be read. %1</source>
        <translation>无法读取效果。%1</translation>
    </message>
    <message>
        <source>The campaign was created.</source>
        <translation>营销活动已创建。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln invited customer(s)</source>
        <translation>
            <numerusform>%1：受邀顾客 %Ln 位</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign-%1-sms-%2.csv</source>
        <translation>campaign-%1-sms-%2.csv</translation>
    </message>
    <message>
        <source>Export the effect</source>
        <translation>导出效果</translation>
    </message>
    <message>
        <source>campaign-%1-effect.csv</source>
        <translation>campaign-%1-effect.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the effect…</source>
        <translation>正在导出效果…</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the audience held out at random (seed %2): %3 invited, %4 held out; %Ln invitation(s) sent.</source>
        <translation>
            <numerusform>随机留出 %1% 的目标顾客作为对照（随机种子 %2）：受邀 %3 人，对照 %4 人；已发邀请 %Ln 份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::CardBenefitsWidget</name>
    <message>
        <source>Benefits</source>
        <translation>会员权益</translation>
    </message>
    <message>
        <source>The benefits could not be read: %1</source>
        <translation>无法读取权益：%1</translation>
    </message>
    <message>
        <source>Record use</source>
        <translation>记录使用</translation>
    </message>
    <message>
        <source>Record that %1 was given today</source>
        <translation>记录今天已提供%1</translation>
    </message>
    <message>
        <source>Use recorded.</source>
        <translation>已记录使用。</translation>
    </message>
</context>
<context>
    <name>atelier::CardForecastWidget</name>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Estimated by the nightly run from her purchases up to %1. A likelihood, not a promise: use it as a hint for the conversation.</source>
        <translation>由夜间计算根据她截至 %1 的购买记录估算。只是可能性，不是定论：接待时作个参考即可。</translation>
    </message>
    <message>
        <source>The forecast could not be read. %1</source>
        <translation>无法读取预测。%1</translation>
    </message>
    <message>
        <source>As of %1, before her latest visit:</source>
        <translation>截至 %1（她最近一次到店之前）：</translation>
    </message>
</context>
<context>
    <name>atelier::CardHistoryWidget</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Full history…</source>
        <translation>全部历史记录…</translation>
    </message>
    <message>
        <source>Her history could not be read. %1</source>
        <translation>无法读取她的历史记录。%1</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Nothing yet besides her purchases and points.</source>
        <translation>除购买和积分外，暂无记录。</translation>
    </message>
</context>
<context>
    <name>atelier::CardInvitationsWidget</name>
    <message>
        <source>Invitations</source>
        <translation>活动邀约</translation>
    </message>
    <message>
        <source>Her invitations could not be read. %1</source>
        <translation>无法读取她的活动邀约。%1</translation>
    </message>
    <message>
        <source>came on %1</source>
        <translation>%1 已到场</translation>
    </message>
    <message>
        <source>will come</source>
        <translation>会来</translation>
    </message>
    <message>
        <source>won&apos;t come</source>
        <translation>不来</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚未回复</translation>
    </message>
    <message>
        <source>%1 “%2”, %3: %4</source>
        <translation>%1“%2”，%3：%4</translation>
    </message>
    <message>
        <source>Will come</source>
        <translation>会来</translation>
    </message>
    <message>
        <source>Won&apos;t come</source>
        <translation>不来</translation>
    </message>
    <message>
        <source>Came</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>Attendance is recorded from %1.</source>
        <translation>从 %1 起可记录到场。</translation>
    </message>
    <message>
        <source>Satisfaction…</source>
        <translation>满意度…</translation>
    </message>
</context>
<context>
    <name>atelier::CardLoyaltyWidget</name>
    <message>
        <source>R: how recently, F: how often, M: how much the customer buys, each from 1 (lowest fifth of the customers) to 5 (highest fifth), as of the last nightly run.</source>
        <translation>R：最近一次购买有多近；F：购买有多频繁；M：消费金额有多高。每项 1 到 5 分：1 为全部顾客中最低的五分之一，5 为最高的五分之一；以最近一次夜间计算为准。</translation>
    </message>
    <message>
        <source>%1 · since %2</source>
        <translation>%1 · 自 %2 起</translation>
    </message>
    <message>
        <source>Not scored yet — the nightly run will</source>
        <translation>尚未评分（夜间计算后显示）</translation>
    </message>
    <message>
        <source>The nightly run scores customers who have bought something; the last run was as of %1.</source>
        <translation>夜间计算为有过购买的顾客评分；最近一次运行截至 %1。</translation>
    </message>
    <message>
        <source>The nightly run scores customers who have bought something; it has not run yet.</source>
        <translation>夜间计算为有过购买的顾客评分；目前还没有运行过。</translation>
    </message>
    <message>
        <source>R %1 · F %2 · M %3</source>
        <translation>最近 %1 · 频次 %2 · 金额 %3</translation>
    </message>
    <message>
        <source>Tiers are reached by lifetime spend, not by points.</source>
        <translation>会员等级按累计消费达成，与积分无关。</translation>
    </message>
    <message numerus="yes">
        <source>Tiers are reached by the spend of the last %n month(s), not by points.</source>
        <translation>
            <numerusform>会员等级按最近 %n 个月的消费达成，与积分无关。</numerusform>
        </translation>
    </message>
    <message>
        <source>The nightly run decides the tier.</source>
        <translation>等级由夜间计算评定。</translation>
    </message>
    <message>
        <source>Top tier</source>
        <translation>已是最高等级</translation>
    </message>
    <message>
        <source>%1 spend reached</source>
        <translation>已达到%1消费门槛</translation>
    </message>
    <message>
        <source>%1 more spend to %2</source>
        <translation>再消费 %1 可升%2</translation>
    </message>
    <message>
        <source>%1 · worth %2</source>
        <translation>%1 · 可抵 %2</translation>
    </message>
    <message>
        <source>%1 points take %2 off the bill.</source>
        <translation>每 %1 积分可抵扣 %2。</translation>
    </message>
    <message>
        <source>Redeeming needs at least %1 points.</source>
        <translation>至少需要 %1 积分才能兑换。</translation>
    </message>
    <message>
        <source>The tier could not be read: %1</source>
        <translation>无法读取会员等级：%1</translation>
    </message>
    <message>
        <source>The points could not be read: %1</source>
        <translation>无法读取积分：%1</translation>
    </message>
    <message>
        <source>The points movements could not be read: %1</source>
        <translation>无法读取积分明细：%1</translation>
    </message>
    <message>
        <source>As of %1: %2</source>
        <translation>截至 %1：%2</translation>
    </message>
    <message>
        <source>The store&apos;s segment, since %1.</source>
        <translation>店铺分群，自 %1 起。</translation>
    </message>
    <message>
        <source>She has bought or returned something since the nightly run of %1; the next run places her again.</source>
        <translation>自 %1 的夜间计算以来，她又有购买或退货；下一次计算会重新归类。</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1（截至 %2）</translation>
    </message>
</context>
<context>
    <name>atelier::CardReferralsWidget</name>
    <message>
        <source>Brought</source>
        <translation>她推荐的顾客</translation>
    </message>
    <message>
        <source>The customers she brought could not be read. %1</source>
        <translation>无法读取她推荐的顾客。%1</translation>
    </message>
    <message>
        <source>%1 (bought)</source>
        <translation>%1（已购买）</translation>
    </message>
    <message>
        <source>%1 (not yet)</source>
        <translation>%1（尚未购买）</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>还有 %n 位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought %n customer(s), %1 bought</source>
        <translation>
            <numerusform>推荐了 %n 位顾客，%1 位已购买</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers registered with her as their referrer, newest first. &quot;Bought&quot;: at least one purchase, even one returned later.</source>
        <translation>以她为推荐人登记的顾客，新的在前。“已购买”：至少有一次购买，即使后来退货。</translation>
    </message>
</context>
<context>
    <name>atelier::ClerkPicker</name>
    <message>
        <source>At the counter:</source>
        <translation>当班店员：</translation>
    </message>
    <message>
        <source>Who is serving at the counter: their tasks, complaints taken and handover notes</source>
        <translation>当前在前台接待的店员：用于“我的”任务、登记投诉和交接班留言</translation>
    </message>
    <message>
        <source>Nobody chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>The staff could not be read: %1</source>
        <translation>无法读取店员名单：%1</translation>
    </message>
    <message>
        <source>%1 (no PIN yet)</source>
        <translation>%1（尚未设置 PIN 码）</translation>
    </message>
    <message>
        <source>Takes the counter once the manager sets a PIN under Settings, Accounts.</source>
        <translation>店长在“设置 › 账号”中设置接班 PIN 码后即可接班。</translation>
    </message>
    <message>
        <source>Who has a PIN could not be read: %1</source>
        <translation>无法读取哪些店员已设置 PIN 码：%1</translation>
    </message>
</context>
<context>
    <name>atelier::ColumnChooserDialog</name>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8 (.csv)</translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintAnalysisWidget</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1★ %2</source>
        <translation>%1★ %2 人</translation>
    </message>
    <message>
        <source>average %1 (%2)</source>
        <translation>平均 %1（%2）</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Style number</source>
        <translation>款号</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <source>Complaints in the last 12 months</source>
        <translation>最近 12 个月的投诉</translation>
    </message>
    <message>
        <source>The complaint analysis could not be read. %1</source>
        <translation>无法读取投诉分析。%1</translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintIntakeDialog</name>
    <message>
        <source>Log complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>顾客：%1（%2）</translation>
    </message>
    <message>
        <source>A caller who is not in the archive</source>
        <translation>未建档的顾客</translation>
    </message>
    <message>
        <source>nobody chosen at the counter</source>
        <translation>前台尚未选择店员</translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintService</name>
    <message>
        <source>Write down what the customer complains about.</source>
        <translation>请写下顾客投诉的内容。</translation>
    </message>
    <message>
        <source>The complaint is too long (at most %1 characters).</source>
        <translation>投诉内容太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The style number is too long (at most %1 characters).</source>
        <translation>款号太长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation>该顾客不存在。</translation>
    </message>
    <message>
        <source>The clerk taking the complaint is not on the staff list.</source>
        <translation>登记投诉的店员不在员工名单中。</translation>
    </message>
    <message>
        <source>There is no complaint #%1.</source>
        <translation>没有投诉 #%1。</translation>
    </message>
    <message>
        <source>The responsible person must be a current member of staff.</source>
        <translation>负责人必须是在职员工。</translation>
    </message>
    <message>
        <source>Whoever records this step must be on the staff list.</source>
        <translation>记录此步骤的人必须在员工名单中。</translation>
    </message>
    <message>
        <source>The caller&apos;s name is too long (at most %1 characters).</source>
        <translation>来电者姓名太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>Complaint #%1 already belongs to a customer.</source>
        <translation>投诉 #%1 已归属某位顾客。</translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintStepDialog</name>
    <message>
        <source>Complaint #%1: %2 → %3</source>
        <translation>投诉 #%1：%2 → %3</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>受理…</translation>
    </message>
    <message>
        <source>Offer declined…</source>
        <translation>顾客拒绝方案…</translation>
    </message>
    <message>
        <source>Investigate…</source>
        <translation>调查…</translation>
    </message>
    <message>
        <source>Offer resolution…</source>
        <translation>提出方案…</translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation>标记为已解决…</translation>
    </message>
    <message>
        <source>Record call-back…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>请选择</translation>
    </message>
    <message>
        <source>A call-back task is added to the calendar for the day after.</source>
        <translation>将在日历中添加一项次日的回访任务。</translation>
    </message>
    <message>
        <source>Choose who is responsible for this complaint.</source>
        <translation>请选择此投诉的负责人。</translation>
    </message>
    <message>
        <source>The value is not an amount of money (e.g. 50 or 49.90).</source>
        <translation>金额格式不正确（例如 50 或 49.90）。</translation>
    </message>
    <message>
        <source>The staff could not be read: %1</source>
        <translation>无法读取店员名单：%1</translation>
    </message>
    <message>
        <source>This caller is not in the archive and left no phone number, so there is no call-back to plan.</source>
        <translation>来电者不在档案中，也没有留下电话，因此无法安排回访。</translation>
    </message>
    <message>
        <source>This caller is not in the archive, so no call-back task is planned: call back on %1.</source>
        <translation>来电者不在档案中，因此不会生成回访任务：请于 %1 回电。</translation>
    </message>
    <message>
        <source>This caller is not in the archive, so no call-back task is planned: call %1 back on %2.</source>
        <translation>来电者不在档案中，因此不会生成回访任务：请于 %2 回电 %1。</translation>
    </message>
    <message>
        <source>Registering the caller as a customer (beside the complaint) plans the call-back task.</source>
        <translation>将来电者登记为顾客（投诉详情旁的按钮）后，会自动安排回访任务。</translation>
    </message>
    <message>
        <source>Hand over the compensation coupon %1: %2, from a purchase of %3, valid to %4.</source>
        <translation>请交给顾客补偿券 %1：%2，满 %3 可用，有效期至 %4。</translation>
    </message>
    <message>
        <source>Hand over the compensation coupon %1: %2, valid to %3.</source>
        <translation>请交给顾客补偿券 %1：%2，有效期至 %3。</translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintsModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>close now</source>
        <translation>待结案</translation>
    </message>
    <message>
        <source>(not in the archive)</source>
        <translation>（不在档案中）</translation>
    </message>
    <message>
        <source>Received at</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Complaint type</source>
        <translation>投诉类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>%1 (caller)</source>
        <translation>%1（来电者）</translation>
    </message>
    <message>
        <source>call-back overdue by %1</source>
        <translation>回访已超时 %1</translation>
    </message>
    <message>
        <source>call back in %1</source>
        <translation>%1 后回访</translation>
    </message>
</context>
<context>
    <name>atelier::ComplaintsPage</name>
    <message>
        <source>Open complaints, most urgent first</source>
        <translation>未结案投诉，最紧急的在前</translation>
    </message>
    <message>
        <source>All complaints, newest first</source>
        <translation>全部投诉，最新的在前</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 条投诉</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a complaint to see it and take the next step.</source>
        <translation>选择一条投诉以查看并进行下一步。</translation>
    </message>
    <message>
        <source>Complaint #%1 · %2</source>
        <translation>投诉 #%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Style number: %1</source>
        <translation>款号：%1</translation>
    </message>
    <message>
        <source>Taken by %1, responsible: %2</source>
        <translation>登记人：%1，负责人：%2</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>处理期限：%1</translation>
    </message>
    <message>
        <source>Resolution: %1, worth %2</source>
        <translation>处理方案：%1，金额 %2</translation>
    </message>
    <message>
        <source>Satisfaction: %1 of 5</source>
        <translation>满意度：%1 / 5</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2（%3）</translation>
    </message>
    <message>
        <source>The complaints could not be read: %1</source>
        <translation>无法读取投诉列表：%1</translation>
    </message>
    <message>
        <source>This complaint could not be read: %1</source>
        <translation>无法读取此投诉：%1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取处理记录：%1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>来电者：%1</translation>
    </message>
    <message>
        <source>Register the caller</source>
        <translation>登记来电者</translation>
    </message>
    <message>
        <source>The caller is registered, but the complaint could not be linked to the new customer: %1</source>
        <translation>来电者已登记，但投诉未能归到新顾客名下：%1</translation>
    </message>
</context>
<context>
    <name>atelier::CopyBackupDialog</name>
    <message>
        <source>checked in full</source>
        <translation>已完整检查</translation>
    </message>
    <message>
        <source>quick check only</source>
        <translation>仅快速检查</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Copy a backup</source>
        <translation>复制备份</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>The USB stick or folder to copy to</source>
        <translation>要复制到的 U 盘或文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>复制到：</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase (recommended)</source>
        <translation>用口令加密（推荐）</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>口令：</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>A copy that is not encrypted can be read by anyone who has it: whoever finds the USB stick reads every customer&apos;s name, phone number and purchases. Keep it locked away, and delete it when it is no longer needed.</source>
        <translation>不加密的副本，谁拿到都能读：捡到这个 U 盘的人能看到每位顾客的姓名、手机号和购买记录。请把它锁好保管，不再需要时删除。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>The encrypted copy %1 is written. Keep the passphrase somewhere safe: without it nobody can read the copy, Atelier included.</source>
        <translation>加密副本 %1 已写好。请把口令保存在安全的地方：没有口令，任何人（包括 Atelier）都读不了这个副本。</translation>
    </message>
    <message>
        <source>The copy %1 is written, not encrypted: anyone who finds it can read every customer&apos;s name and phone number. Keep it locked away, and delete it when it is no longer needed.</source>
        <translation>副本 %1 已写好，没有加密：谁拿到它都能看到每位顾客的姓名和手机号。请锁好保管，不再需要时删除。</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>%1 is encrypted. Its passphrase:</source>
        <translation>%1 已加密。请输入它的口令：</translation>
    </message>
    <message>
        <source>Copy the backup to</source>
        <translation>把备份复制到</translation>
    </message>
    <message>
        <source>There is no backup to copy yet: make one with Back up now.</source>
        <translation>还没有可以复制的备份：请先点“立即备份”。</translation>
    </message>
    <message>
        <source>Choose the folder to copy to.</source>
        <translation>请选择要复制到的文件夹。</translation>
    </message>
    <message>
        <source>Type the same passphrase twice.</source>
        <translation>请两次输入相同的口令。</translation>
    </message>
    <message>
        <source>Keep the passphrase somewhere safe, away from the stick: it is not stored anywhere, and without it the copy cannot be read by anyone, Atelier included.</source>
        <translation>请把口令保存在安全的地方，不要和 U 盘放在一起：口令不会保存在任何地方，没有它，任何人（包括 Atelier）都读不了这个副本。</translation>
    </message>
</context>
<context>
    <name>atelier::CounterPage</name>
    <message>
        <source>%1 sale · %2 return · %3 edit archive · %4 new customer · %5 handover note</source>
        <translation>%1 记录销售 · %2 退换货 · %3 编辑档案 · %4 新建顾客 · %5 交接班留言</translation>
    </message>
    <message>
        <source>Handover note saved for the next shift.</source>
        <translation>交接班留言已保存，下一班会看到。</translation>
    </message>
</context>
<context>
    <name>atelier::CounterResultsModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Last digits of phone</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Part of phone</source>
        <translation>号码中间几位</translation>
    </message>
    <message>
        <source>Part of name</source>
        <translation>姓名的一部分</translation>
    </message>
    <message>
        <source>Member card</source>
        <translation>会员卡</translation>
    </message>
</context>
<context>
    <name>atelier::CustomerCardWidget</name>
    <message>
        <source>Customer not found</source>
        <translation>找不到该顾客</translation>
    </message>
    <message>
        <source>Birthday soon: %1</source>
        <translation>近期生日：%1</translation>
    </message>
    <message>
        <source>top %1</source>
        <translation>上装 %1</translation>
    </message>
    <message>
        <source>bottom %1</source>
        <translation>下装 %1</translation>
    </message>
    <message>
        <source>shoe %1</source>
        <translation>鞋 %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退</translation>
    </message>
    <message>
        <source>%1 of %2 returned</source>
        <translation>%2 件中已退 %1 件</translation>
    </message>
    <message>
        <source>exchanged</source>
        <translation>已换</translation>
    </message>
    <message>
        <source>%1 of %2 exchanged</source>
        <translation>%2 件中已换 %1 件</translation>
    </message>
    <message>
        <source>%1  %2  valid to %3</source>
        <translation>%1  %2  有效期至 %3</translation>
    </message>
    <message>
        <source>Open coupons:</source>
        <translation>可用优惠券：</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>卡号 %1</translation>
    </message>
</context>
<context>
    <name>atelier::CustomerEditorDialog</name>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Customer archive — %1</source>
        <translation>顾客档案 — %1</translation>
    </message>
    <message>
        <source>New customer archive</source>
        <translation>新建顾客档案</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Hidden: Show number and address to see or change it</source>
        <translation>已隐藏：点击“查看完整号码和地址”查看或修改</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Staff #%1</source>
        <translation>员工 #%1</translation>
    </message>
    <message>
        <source>customer #%1</source>
        <translation>顾客 #%1</translation>
    </message>
    <message>
        <source>Spot check: %1</source>
        <translation>抽查：%1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>这位顾客已不存在。</translation>
    </message>
    <message>
        <source>Reloaded: the record as it is now, with your changes on top. Check them and save again.</source>
        <translation>已重新载入：显示记录现在的样子，并叠加了您的修改。请检查后再次保存。</translation>
    </message>
    <message>
        <source>Also changed at the other counter (yours are shown): %1.</source>
        <translation>另一个柜台也修改了（显示的是您的修改）：%1。</translation>
    </message>
</context>
<context>
    <name>atelier::CustomerExportFlow</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出顾客</translation>
    </message>
    <message>
        <source>Exporting customers…</source>
        <translation>正在导出顾客…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>导出中…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The customers could not be exported:
%1</source>
        <translation>无法导出顾客：
%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customer(s).</source>
        <translation>
            <numerusform>已导出 %Ln 位顾客。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::CustomerHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史记录</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read. %1</source>
        <translation>无法读取历史记录。%1</translation>
    </message>
</context>
<context>
    <name>atelier::CustomerHistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
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
    <message>
        <source>This customer was erased on request; the record cannot be changed.</source>
        <translation>该顾客已应本人要求删除个人信息，档案不能再修改。</translation>
    </message>
    <message>
        <source>Personal stylist: choose a member of the active staff.</source>
        <translation>私人搭配师：请选择在职员工。</translation>
    </message>
    <message>
        <source>Referred by: a customer cannot be her own referrer.</source>
        <translation>推荐人：顾客不能是自己的推荐人。</translation>
    </message>
    <message>
        <source>Referred by: the customer chosen was brought by this customer, directly or through others, so she cannot be her referrer.</source>
        <translation>推荐人：所选顾客是由这位顾客直接或间接推荐来的，因此不能做她的推荐人。</translation>
    </message>
    <message>
        <source>Someone at another counter changed this customer while you were editing, so nothing was saved. Reload to see the record as it is now; what you typed stays in the form.</source>
        <translation>您编辑时，另一个柜台的人修改了这位顾客，所以什么也没有保存。请重新载入，查看记录现在的样子；您输入的内容会保留在表单中。</translation>
    </message>
</context>
<context>
    <name>atelier::DamagedStoreDialog</name>
    <message>
        <source>The store&apos;s data is damaged</source>
        <translation>店铺数据已损坏</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>恢复 %1 的备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Checking the store&apos;s data…</source>
        <translation>正在检查店铺数据…</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Atelier 顾客管理</translation>
    </message>
    <message>
        <source>Checking the backup and putting it in place…</source>
        <translation>正在检查备份并换上…</translation>
    </message>
</context>
<context>
    <name>atelier::DatabasePage</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>The new location applies when Atelier starts again. Restart Atelier now?</source>
        <translation>新的位置在 Atelier 下次启动时生效。现在重新启动 Atelier 吗？</translation>
    </message>
    <message>
        <source>Where this computer finds the store&apos;s data from the next start:</source>
        <translation>从下次启动起，本机到哪里找店铺数据：</translation>
    </message>
    <message>
        <source>Keep for the next start</source>
        <translation>保存，下次启动时生效</translation>
    </message>
    <message>
        <source>The store&apos;s data is on the shop&apos;s database server: %1.</source>
        <translation>店铺数据在店里的数据库服务器上：%1。</translation>
    </message>
    <message>
        <source>The store&apos;s data is on this computer, in the file %1.</source>
        <translation>店铺数据在本机的文件 %1 中。</translation>
    </message>
    <message>
        <source>At the next start without --db: %1.</source>
        <translation>下次不带 --db 启动时：%1。</translation>
    </message>
    <message>
        <source>Kept. It applies at the next start of Atelier.</source>
        <translation>已保存。Atelier 下次启动时生效。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
</context>
<context>
    <name>atelier::DistributionModel</name>
    <message numerus="yes">
        <source>%n customer(s), %1 of all; net spend %2, %3 of all spend</source>
        <translation>
            <numerusform>%n 位顾客，占全部顾客的 %1；净消费 %2，占全部消费的 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>atelier::DuplicatesDialog</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Find duplicates</source>
        <translation>查找重复顾客</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Merge preview</source>
        <translation>合并预览</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Kept customer</source>
        <translation>保留的顾客</translation>
    </message>
    <message>
        <source>Merged away</source>
        <translation>被合并的顾客</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>合并后的档案</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>最近的合并</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Undo merge…</source>
        <translation>撤销合并(&amp;U)…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>正在查找重复顾客…</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of customers may be the same person.</source>
        <translation>
            <numerusform>有 %n 对顾客可能是同一个人。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (from the merged-away customer)</source>
        <translation>%1（来自被合并的顾客）</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s) to the kept customer</source>
        <translation>
            <numerusform>%n 条转给保留的顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>合并顾客</translation>
    </message>
    <message>
        <source>Merge customer #%1 into #%2? Everything of #%1 moves to #%2 and #%1 is removed. The merge can be undone from the list of recent merges.</source>
        <translation>将顾客 #%1 合并到 #%2？#%1 的所有记录将转给 #%2，#%1 将被删除。可在“最近的合并”列表中撤销。</translation>
    </message>
    <message>
        <source>Customer #%1 was merged into #%2.</source>
        <translation>顾客 #%1 已合并到 #%2。</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Undo the merge of %1 (#%2) into #%3? The customer comes back with everything that was moved.</source>
        <translation>撤销将 %1（#%2）合并到 #%3？该顾客及转出的所有记录都将恢复。</translation>
    </message>
    <message>
        <source>%1 (#%2) is a customer of their own again.</source>
        <translation>%1（#%2）已恢复为独立顾客。</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>The recent merges could not be read. %1</source>
        <translation>无法读取最近的合并。%1</translation>
    </message>
</context>
<context>
    <name>atelier::EraseCustomerAction</name>
    <message>
        <source>Erase customer…</source>
        <translation>删除顾客信息…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Erase %1 from the archive?

Name, phone, address, birthday, sizes, preferences, notes, tags, life events and open follow-ups are removed; complaints lose their texts.

Purchases, returns and points are kept anonymously, so the store&apos;s totals and reports stay right.

This cannot be undone.</source>
        <translation>确定从档案中删除 %1 的个人信息吗？

姓名、电话、地址、生日、尺码、喜好、备注、标签、人生节点和未完成的回访都会删除；投诉只保留统计信息，文字内容清空。

购买、退货和积分记录匿名保留，店铺的总额和报表不受影响。

此操作无法撤销。</translation>
    </message>
    <message>
        <source>Erase customer</source>
        <translation>删除顾客信息</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>永久删除</translation>
    </message>
</context>
<context>
    <name>atelier::FollowUpService</name>
    <message>
        <source>Choose the day the follow-up is due.</source>
        <translation>请选择回访的到期日。</translation>
    </message>
    <message>
        <source>%1 has already passed: a follow-up can only be planned for today or a later day.</source>
        <translation>%1 已经过去了：回访只能安排在今天或以后。</translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation>该顾客不存在。</translation>
    </message>
    <message>
        <source>Follow-ups can only be given to a current member of staff.</source>
        <translation>回访只能交给在职员工。</translation>
    </message>
    <message>
        <source>Choose how the follow-up went.</source>
        <translation>请选择回访结果。</translation>
    </message>
    <message>
        <source>This follow-up does not exist.</source>
        <translation>该回访不存在。</translation>
    </message>
    <message>
        <source>This follow-up is already done or cancelled.</source>
        <translation>该回访已完成或已取消。</translation>
    </message>
    <message>
        <source>Only a current member of staff can record a follow-up.</source>
        <translation>只有在职员工才能登记回访。</translation>
    </message>
    <message>
        <source>A follow-up that is done or cancelled cannot be moved.</source>
        <translation>已完成或已取消的回访不能改期。</translation>
    </message>
    <message>
        <source>Only an open follow-up can be cancelled.</source>
        <translation>只有待办的回访才能取消。</translation>
    </message>
    <message>
        <source>The note is too long (at most %1 characters).</source>
        <translation>备注太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>The next step is too long (at most %1 characters).</source>
        <translation>下一步太长（最多 %1 个字）。</translation>
    </message>
    <message>
        <source>A complaint call-back is recorded on the complaint, with the customer&apos;s satisfaction score: open it on the Complaints page.</source>
        <translation>投诉回访要在投诉单上记录，并填写顾客满意度：请到“投诉”页面处理。</translation>
    </message>
    <message>
        <source>This customer has not agreed to receive promotions: plan a call-back or a greeting instead of a marketing contact.</source>
        <translation>这位顾客未同意接收促销信息：请安排回访或问候，而不是营销联系。</translation>
    </message>
    <message>
        <source>Complaint call-backs are planned by the complaint when it is resolved.</source>
        <translation>投诉回访在投诉解决时自动安排。</translation>
    </message>
</context>
<context>
    <name>atelier::ForecastListModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
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
        <source>Spend to date</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation>仍在购买的可能性</translation>
    </message>
    <message>
        <source>Purchases, 90 days</source>
        <translation>预计 90 天购买次数</translation>
    </message>
    <message>
        <source>Value, 12 months</source>
        <translation>预计未来 12 个月消费</translation>
    </message>
    <message>
        <source>Next purchase</source>
        <translation>预计下次购买</translation>
    </message>
    <message>
        <source>How likely she still shops here rather than having quietly stopped coming, as of the last nightly run.</source>
        <translation>她仍在本店购买、而不是已悄悄不来的可能性，以最近一次夜间计算为准。</translation>
    </message>
    <message>
        <source>How many days with a purchase the forecast expects in the next 90 days.</source>
        <translation>预测她未来 90 天内会有几天来购买。</translation>
    </message>
    <message>
        <source>What she may spend in the next 12 months, next year&apos;s money counted a little less (the discount rate in Settings).</source>
        <translation>她未来 12 个月可能的消费额，明年的钱按折现率少算一些（折现率在“设置”中）。</translation>
    </message>
    <message>
        <source>Her last purchase plus her usual interval; empty for customers with fewer than three purchase days.</source>
        <translation>最近一次购买日期加上她平时的购买间隔；购买不足三天的顾客不显示。</translation>
    </message>
</context>
<context>
    <name>atelier::HandoverNoteDialog</name>
    <message>
        <source>Written by %1.</source>
        <translation>留言人：%1。</translation>
    </message>
    <message>
        <source>No clerk is at the counter: the note will be unsigned.</source>
        <translation>当前无人值班：这条留言将不署名。</translation>
    </message>
    <message>
        <source>&amp;Link the customer on the card: %1</source>
        <translation>关联卡片上的顾客(&amp;L)：%1</translation>
    </message>
    <message>
        <source>Save the note (%1)</source>
        <translation>保存留言（%1）</translation>
    </message>
</context>
<context>
    <name>atelier::HandoverNotes</name>
    <message>
        <source>The note is empty: write what the next shift should know.</source>
        <translation>留言是空的：请写下下一班需要知道的事。</translation>
    </message>
    <message>
        <source>A handover note has at most %1 characters.</source>
        <translation>交接班留言最多 %1 个字。</translation>
    </message>
    <message>
        <source>A linked customer or the writer is not in the archive. Nothing was saved.</source>
        <translation>关联的顾客或留言人不在档案中，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>atelier::HandoverPanel</name>
    <message>
        <source>Notes from the last shifts</source>
        <translation>上一班的交接留言</translation>
    </message>
    <message>
        <source>&amp;Mark as read</source>
        <translation>标为已读(&amp;M)</translation>
    </message>
    <message>
        <source>no clerk at the counter</source>
        <translation>无人值班</translation>
    </message>
    <message>
        <source>Show %1 on the card</source>
        <translation>在顾客卡片上显示%1</translation>
    </message>
    <message>
        <source>Notes not marked</source>
        <translation>留言未标为已读</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>The notes from the last shifts could not be read: %1</source>
        <translation>无法读取上一班的交接留言：%1</translation>
    </message>
</context>
<context>
    <name>atelier::HolidaysPage</name>
    <message>
        <source>Remove holiday</source>
        <translation>删除节日</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The holidays could not be read: %1</source>
        <translation>无法读取节日：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Remove %1 on %2 from the calendar? No greetings will be planned for it.</source>
        <translation>从日历中删除 %2 的%1？将不再为它安排问候。</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已删除。</translation>
    </message>
</context>
<context>
    <name>atelier::ImportFilePage</name>
    <message>
        <source>Choose the till&apos;s export</source>
        <translation>选择收银系统导出的文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no file with this name.</source>
        <translation>没有这个文件。</translation>
    </message>
    <message>
        <source>%1, changed %2</source>
        <translation>%1，修改于 %2</translation>
    </message>
</context>
<context>
    <name>atelier::ImportMappingPage</name>
    <message>
        <source>Receipt / invoice number</source>
        <translation>小票号 / 单号</translation>
    </message>
    <message>
        <source>Style number</source>
        <translation>款号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Price per piece</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Till customer number</source>
        <translation>收银系统会员号</translation>
    </message>
    <message>
        <source>Customer phone</source>
        <translation>顾客手机号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Customer phone *</source>
        <translation>顾客手机号 *</translation>
    </message>
    <message>
        <source>Till customer number *</source>
        <translation>收银系统会员号 *</translation>
    </message>
    <message>
        <source>Columns with the usual names are chosen already. Fields marked * are required.</source>
        <translation>常见列名已自动对应好。带 * 的字段必须选择。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>This file has no column %1 of the mapping &quot;%2&quot;.</source>
        <translation>此文件没有列对应“%2”中的列 %1。</translation>
    </message>
    <message>
        <source>Choose the column of the phone and the column of the till number.</source>
        <translation>请选择手机号所在的列和会员号所在的列。</translation>
    </message>
    <message>
        <source>The phone and the till number cannot be the same column.</source>
        <translation>手机号和会员号不能是同一列。</translation>
    </message>
    <message>
        <source>Choose the column that holds &quot;%1&quot;.</source>
        <translation>请选择“%1”所在的列。</translation>
    </message>
    <message>
        <source>The mapping could not be saved as &quot;%1&quot;.</source>
        <translation>列对应无法保存为“%1”。</translation>
    </message>
    <message>
        <source>Which column holds the customer&apos;s phone, and which the till&apos;s customer number. With a name column, phones not in the archive become new customers.</source>
        <translation>请指定哪一列是顾客手机号、哪一列是收银系统会员号。若指定姓名列，档案中没有的手机号将登记为新顾客。</translation>
    </message>
    <message>
        <source>Name (registers phones not in the archive)</source>
        <translation>姓名（档案中没有的手机号将登记为新顾客）</translation>
    </message>
    <message>
        <source>The saved mappings could not be read. %1</source>
        <translation>无法读取已保存的列对应。%1</translation>
    </message>
    <message>
        <source>The mapping &quot;%1&quot; could not be read. %2</source>
        <translation>无法读取列对应“%1”。%2</translation>
    </message>
</context>
<context>
    <name>atelier::ImportPreviewPage</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (GBK, Excel on Chinese Windows)</source>
        <translation>GB18030（GBK，中文版 Windows 的 Excel）</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>逗号 ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>分号 ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Bar |</source>
        <translation>竖线 |</translation>
    </message>
    <message>
        <source>Detected: %1%2</source>
        <translation>自动识别：%1%2</translation>
    </message>
    <message>
        <source> with byte-order mark</source>
        <translation>（带 BOM）</translation>
    </message>
    <message>
        <source>Everything is in one column: try another delimiter.</source>
        <translation>所有内容都在一列里，请换一种分隔符。</translation>
    </message>
    <message numerus="yes">
        <source>%1 columns; the first %n row(s) are shown.</source>
        <translation>
            <numerusform>共 %1 列；显示前 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>UTF-16LE (Excel&apos;s &quot;Unicode Text&quot;)</source>
        <translation>UTF-16LE（Excel 的“Unicode 文本”）</translation>
    </message>
    <message>
        <source>UTF-16BE</source>
        <translation>UTF-16BE</translation>
    </message>
    <message>
        <source>Some characters cannot be read as %1: the file is probably in another encoding. Try another one until the Chinese reads correctly.</source>
        <translation>有些字符无法按 %1 读取，文件很可能是另一种编码。请换一种编码试试，直到中文显示正常。</translation>
    </message>
</context>
<context>
    <name>atelier::ImportRunPage</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>整行内容</translation>
    </message>
    <message>
        <source>Import gives the archive customers with these phones their till number and attaches the sales imported under it.</source>
        <translation>导入后，档案中有这些手机号的顾客会关联收银系统会员号，此前以该会员号导入的销售也会归入其名下。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Checking the whole file; nothing is stored yet…</source>
        <translation>正在检查整个文件，尚未保存任何数据…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was imported.</source>
        <translation>检查已停止。未导入任何数据。</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was imported.</source>
        <translation>导入已停止。未导入任何数据。</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>检查结果：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何数据。%1</translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2; the saved file has them all)</source>
        <translation>被拒绝的行（共 %2 行，显示前 %1 行；保存的文件里有全部）</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>被拒绝的行：%1</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The rejected rows could not be written to %1.</source>
        <translation>被拒绝的行无法写入 %1。</translation>
    </message>
    <message>
        <source>Import gives the archive customers with these phones their till number, registers the phones not in the archive as new customers, and attaches the sales imported under their numbers.</source>
        <translation>导入时将为这些手机号对应的档案顾客关联会员号，把档案中没有的手机号登记为新顾客，并把以这些会员号导入的销售归入其名下。</translation>
    </message>
</context>
<context>
    <name>atelier::ImportWizard</name>
    <message>
        <source>Import from till</source>
        <translation>从收银系统导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>atelier::LoginDialog</name>
    <message>
        <source>The manager&apos;s account</source>
        <translation>店长账号</translation>
    </message>
    <message>
        <source>This store has no manager account yet. Create yours: the manager then adds an account for each clerk.</source>
        <translation>本店还没有店长账号。请先创建您的账号，之后由店长为每位店员添加账号。</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账号(&amp;C)</translation>
    </message>
    <message>
        <source>Log in to serve customers.</source>
        <translation>请登录后接待顾客。</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in %1 s.</source>
        <translation>错误次数过多：请 %1 秒后再试。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>atelier::LostSaleDialog</name>
    <message>
        <source>For the customer on the card: %1 (she hears when it arrives)</source>
        <translation>为卡片上的顾客登记：%1（到货时会通知她）</translation>
    </message>
    <message>
        <source>Lost sale noted: %1.</source>
        <translation>已登记未成交：%1。</translation>
    </message>
    <message>
        <source>Lost sale noted: %1 size %2.</source>
        <translation>已登记未成交：%1 %2 码。</translation>
    </message>
</context>
<context>
    <name>atelier::LostSalesReportWidget</name>
    <message>
        <source>Style or category</source>
        <translation>款号或品类</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺码</translation>
    </message>
    <message>
        <source>Why not bought</source>
        <translation>未购买原因</translation>
    </message>
    <message>
        <source>Lost sales</source>
        <translation>未成交</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The lost sales could not be read. %1</source>
        <translation>无法读取未成交登记。%1</translation>
    </message>
    <message>
        <source>%1 (category)</source>
        <translation>%1（品类）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>No lost sales were recorded in %1.</source>
        <translation>%1 没有未成交登记。</translation>
    </message>
    <message numerus="yes">
        <source>%n lost sale(s) recorded in %1.</source>
        <translation>
            <numerusform>%1 共登记 %n 次未成交。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting for it any more.</source>
        <translation>已没有人在等这款了。</translation>
    </message>
    <message>
        <source>%1 (every size)</source>
        <translation>%1（所有尺码）</translation>
    </message>
    <message>
        <source>%1 size %2</source>
        <translation>%1 %2 码</translation>
    </message>
    <message>
        <source>Mark arrived</source>
        <translation>标记到货</translation>
    </message>
    <message>
        <source>Mark %1 as arrived?</source>
        <translation>将 %1 标记为已到货？</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will get an &quot;It&apos;s in&quot; task today.</source>
        <translation>
            <numerusform>%n 位顾客今天会得到“到货通知”任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting wish(es) will be closed.</source>
        <translation>
            <numerusform>%n 条等待中的登记将被关闭。</numerusform>
        </translation>
    </message>
    <message>
        <source>Marking…</source>
        <translation>正在标记…</translation>
    </message>
    <message numerus="yes">
        <source>Marked arrived: %n task(s) planned for today.</source>
        <translation>
            <numerusform>已标记到货：今天安排了 %n 个任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>atelier::LoyaltyCustomersModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Net spend</source>
        <translation>净消费额</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Store segment</source>
        <translation>店铺分群</translation>
    </message>
</context>
<context>
    <name>atelier::LoyaltyRulesEditor</name>
    <message>
        <source>Lifetime</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>the frequency window</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>VIP or Active: bought within</comment>
        <translation>%1 天内</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>Dormant after</comment>
        <translation>%1 天未消费</translation>
    </message>
    <message>
        <source>%1 purchases</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 个月</translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>a points multiplier</comment>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>Any number</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Automatic: 20th to 80th percentile</source>
        <translation>自动：第 20 至第 80 百分位</translation>
    </message>
    <message>
        <source>These amounts</source>
        <translation>指定金额</translation>
    </message>
    <message>
        <source>Off: any spend</source>
        <translation>关闭：不限消费</translation>
    </message>
    <message>
        <source>Of the lifetime spend of the customers who bought within the Active recency, measured by every nightly run.</source>
        <translation>取在“活跃”期限内有消费的顾客的累计消费，每次夜间计算时重新测算。</translation>
    </message>
    <message>
        <source>This store&apos;s band could not be read: %1</source>
        <translation>无法读取本店的区间：%1</translation>
    </message>
    <message>
        <source>This store now: measured by the first nightly run.</source>
        <translation>本店当前：将在第一次夜间计算时测算。</translation>
    </message>
    <message>
        <source>This store now: nobody bought recently (as of %1).</source>
        <translation>本店当前：近期没有人消费（截至 %1）。</translation>
    </message>
    <message>
        <source>This store now: %1–%2 (as of %3)</source>
        <translation>本店当前：%1–%2（截至 %3）</translation>
    </message>
</context>
<context>
    <name>atelier::MainWindow</name>
    <message>
        <source>Atelier — %1</source>
        <translation>Atelier — %1</translation>
    </message>
    <message>
        <source>Recomputing tiers and segments…</source>
        <translation>正在重新计算会员等级和分群…</translation>
    </message>
    <message>
        <source>Tiers and segments recomputed as of %1.</source>
        <translation>已按 %1 重新计算会员等级和分群。</translation>
    </message>
    <message>
        <source>The nightly run as of %1 did not complete (%2).</source>
        <translation>截至 %1 的夜间计算未完成（%2）。</translation>
    </message>
</context>
<context>
    <name>atelier::MessageDialog</name>
    <message>
        <source>There are no message templates yet: add one in Settings.</source>
        <translation>还没有消息模板，请在“设置”中添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>This customer has not agreed to receive promotions.</source>
        <translation>这位顾客未同意接收促销信息。</translation>
    </message>
    <message>
        <source>The message templates could not be read. %1</source>
        <translation>无法读取消息模板。%1</translation>
    </message>
    <message>
        <source>The message template could not be read. %1</source>
        <translation>无法读取该消息模板。%1</translation>
    </message>
</context>
<context>
    <name>atelier::MessageTemplates</name>
    <message>
        <source>A template named “%1” exists already: choose another name.</source>
        <translation>已有名为“%1”的模板，请换一个名字。</translation>
    </message>
    <message>
        <source>This template was deleted meanwhile. Nothing was saved.</source>
        <translation>这个模板刚刚已被删除，未保存任何内容。</translation>
    </message>
    <message>
        <source>This template was deleted meanwhile.</source>
        <translation>这个模板刚刚已被删除。</translation>
    </message>
</context>
<context>
    <name>atelier::NamedSegmentModel</name>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>atelier::NewCampaignDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>%1 % held out</source>
        <translation>留出 %1% 作对照</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>drawn at random</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>yuan, e.g. 50</source>
        <translation>元，例如 50</translation>
    </message>
    <message>
        <source>yuan; empty: any purchase</source>
        <translation>元；留空：任意消费</translation>
    </message>
    <message>
        <source>any; several: separated by commas</source>
        <translation>不限；多个用逗号分隔</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>减免金额</translation>
    </message>
    <message>
        <source>Percent off</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>结束日早于开始日。</translation>
    </message>
    <message>
        <source>The last purchase window ends before it begins.</source>
        <translation>最近一次消费的时间段结束早于开始。</translation>
    </message>
    <message>
        <source>The chance of still being a customer: the upper end is below the lower end.</source>
        <translation>留存概率：上限低于下限。</translation>
    </message>
    <message>
        <source>The seed is a whole number up to 18446744073709551615.</source>
        <translation>随机种子应为不超过 18446744073709551615 的整数。</translation>
    </message>
    <message>
        <source>Type the amount off in yuan, e.g. 50.</source>
        <translation>请输入减免金额（元），例如 50。</translation>
    </message>
    <message>
        <source>Type the minimum spend in yuan, e.g. 300, or leave it empty.</source>
        <translation>请输入最低消费（元），例如 300，或留空。</translation>
    </message>
    <message>
        <source>Nobody is held out: there will be no one to compare with, so the effect cannot be measured.</source>
        <translation>没有留出对照组：没有可比较的人，因此无法衡量效果。</translation>
    </message>
    <message>
        <source>%1 customers: %2 invited, %3 held out</source>
        <translation>%1 位顾客：受邀 %2 位，对照 %3 位</translation>
    </message>
    <message>
        <source>Give the campaign a name first.</source>
        <translation>请先给营销活动起个名称。</translation>
    </message>
    <message>
        <source>Creating the campaign…</source>
        <translation>正在创建营销活动…</translation>
    </message>
    <message>
        <source>The campaign was not created. %1</source>
        <translation>营销活动未创建。%1</translation>
    </message>
    <message>
        <source>e.g. D2301, D2305</source>
        <translation>例如 D2301、D2305</translation>
    </message>
    <message>
        <source>instead of style numbers, e.g. dresses</source>
        <translation>代替款号，例如 连衣裙</translation>
    </message>
    <message>
        <source>e.g. S, M; empty: any size</source>
        <translation>例如 S、M；留空：任何尺码</translation>
    </message>
</context>
<context>
    <name>atelier::NightlyRunsModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>启动方式</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Tiers up</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Tiers down</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Segment changes</source>
        <translation>分群变化</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>过期积分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Follow-ups planned</source>
        <translation>安排回访</translation>
    </message>
</context>
<context>
    <name>atelier::PinDialog</name>
    <message>
        <source>Take over the counter</source>
        <translation>接班</translation>
    </message>
    <message>
        <source>%1&apos;s &amp;PIN:</source>
        <translation>%1 的 PIN 码(&amp;P)：</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>atelier::PointsService</name>
    <message numerus="yes">
        <source>Redeem at least %n point(s).</source>
        <translation>
            <numerusform>至少兑换 %n 积分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Points are redeemed in blocks of %n.</source>
        <translation>
            <numerusform>积分须按 %n 的整数倍兑换。</numerusform>
        </translation>
    </message>
    <message>
        <source>This customer does not exist.</source>
        <translation>该顾客不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) available.</source>
        <translation>
            <numerusform>仅有 %n 积分可用。</numerusform>
        </translation>
    </message>
    <message>
        <source>An adjustment must add or take away at least one point.</source>
        <translation>调整至少要增加或扣减 1 积分。</translation>
    </message>
    <message>
        <source>Give a reason for the adjustment.</source>
        <translation>请填写调整原因。</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>原因太长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>Only a manager can adjust points.</source>
        <translation>只有店长可以调整积分。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) available: the balance cannot go below zero.</source>
        <translation>
            <numerusform>仅有 %n 积分可用：余额不能低于零。</numerusform>
        </translation>
    </message>
    <message>
        <source>Points can be redeemed from Silver up; this customer is a Member. Her points stay in her account until her spend reaches Silver.</source>
        <translation>银卡及以上才能兑换积分；这位顾客是普通会员。她的积分会一直保留，直到消费达到银卡。</translation>
    </message>
</context>
<context>
    <name>atelier::PredictionPage</name>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>名单(&amp;L)：</translation>
    </message>
    <message>
        <source>Chance of still being a customer, by months since the last purchase</source>
        <translation>仍在购买的可能性（按距上次购买的月数）</translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation>仍在购买的可能性</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月数</translation>
    </message>
    <message>
        <source>Customers who bought at least twice, grouped by the months since their last purchase: on average, how likely they still are customers.</source>
        <translation>至少买过两次的顾客，按距上次购买的月数分组：平均来说，她们仍在本店购买的可能性有多大。</translation>
    </message>
    <message>
        <source>The forecast lists are for the manager.</source>
        <translation>预测名单仅供店长查看。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>The forecasts could not be read from the store.</source>
        <translation>无法从店铺数据中读取预测。</translation>
    </message>
    <message>
        <source>No forecasts yet: the nightly run makes them once customers have bought twice.</source>
        <translation>还没有预测：顾客买过两次以后，夜间计算会生成预测。</translation>
    </message>
    <message>
        <source>Nobody is on this list today.</source>
        <translation>今天这份名单上没有人。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers. Export… writes them all.</source>
        <translation>显示 %2 位顾客中的 %1 位。“导出…”会导出全部。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>forecast-%1-%2</source>
        <translation>预测名单-%1-%2</translation>
    </message>
    <message>
        <source>The reading stopped unexpectedly.</source>
        <translation>读取意外中断。</translation>
    </message>
    <message>
        <source>The forecasts could not be read. %1</source>
        <translation>无法读取预测。%1</translation>
    </message>
    <message>
        <source>The models in use were fitted on the purchases up to %1 of the %2 customers who had kept one (a sale refunded in full is not a purchase), on %3; they score the forecasts every night.</source>
        <translation>当前模型于 %3 拟合，依据截至 %1 有过有效购买的 %2 位顾客（全额退款的销售不算购买）；每晚用它为预测评分。</translation>
    </message>
</context>
<context>
    <name>atelier::PrintCardsDialog</name>
    <message numerus="yes">
        <source>%n member card(s) to print. A customer without a card number is given a new one first, and it is hers from then on.</source>
        <translation>
            <numerusform>要打印 %n 张会员卡。没有卡号的顾客会先得到一个新卡号，此后就归她所有。</numerusform>
        </translation>
    </message>
    <message>
        <source>A4 sheet, 10 cards a page, with cut marks</source>
        <translation>A4 纸，每页 10 张，带裁切线</translation>
    </message>
    <message>
        <source>One card a page (85.6 × 54 mm, for a card printer)</source>
        <translation>每页一张（85.6 × 54 毫米，用于制卡机）</translation>
    </message>
    <message>
        <source>Code 128 bars (counter scanners)</source>
        <translation>Code 128 条形码（前台扫码枪）</translation>
    </message>
    <message>
        <source>QR code (phones and 2D scanners)</source>
        <translation>二维码（手机和二维扫码器）</translation>
    </message>
    <message>
        <source>member-cards-%1.pdf</source>
        <translation>会员卡-%1.pdf</translation>
    </message>
    <message>
        <source>&amp;Print to PDF</source>
        <translation>打印到 PDF(&amp;P)</translation>
    </message>
    <message>
        <source>Save the member cards</source>
        <translation>保存会员卡</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF file: choose where to save the cards.</source>
        <translation>PDF 文件：请选择会员卡的保存位置。</translation>
    </message>
    <message numerus="yes">
        <source>%n member card(s) saved to %1.</source>
        <translation>
            <numerusform>已将 %n 张会员卡保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) were given a new card number first.</source>
        <translation>
            <numerusform>已先为 %n 位顾客分配新卡号。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: no PDF was written.</source>
        <translation>已停止：未写入 PDF。</translation>
    </message>
</context>
<context>
    <name>atelier::ReassignWorkDialog</name>
    <message>
        <source>Deactivate account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>%1 will no longer log in or take the counter; her name stays in the history. Who takes over her open work?</source>
        <translation>%1 将不能再登录或接班；她的名字仍保留在历史记录中。由谁接手她的未完成工作？</translation>
    </message>
    <message>
        <source>Whoever is at the counter</source>
        <translation>当班店员</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up task(s) go to:</source>
        <translation>
            <numerusform>%n 个未完成回访任务交给：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open complaint(s) go to:</source>
        <translation>
            <numerusform>%n 条未结投诉交给：</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>atelier::RedeemPointsDialog</name>
    <message>
        <source>Redeem</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>顾客：%1（%2）</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 积分</translation>
    </message>
    <message>
        <source>Redeeming needs at least %1 points.</source>
        <translation>至少需要 %1 积分才能兑换。</translation>
    </message>
    <message>
        <source>%1 off the bill</source>
        <translation>可抵 %1</translation>
    </message>
    <message>
        <source>Points are redeemed in blocks of %1.</source>
        <translation>积分须按 %1 的整数倍兑换。</translation>
    </message>
    <message>
        <source>Redeemed %1 points: take %2 off the bill.</source>
        <translation>已兑换 %1 积分：请在账单上减去 %2。</translation>
    </message>
    <message>
        <source>The points could not be read: %1</source>
        <translation>无法读取积分：%1</translation>
    </message>
</context>
<context>
    <name>atelier::ReferralsReportWidget</name>
    <message>
        <source>New customers who came by referral: registered in the period with a referrer on file or the source channel &quot;referral&quot;, over all customers registered in the period.</source>
        <translation>通过推荐来的新顾客：本期登记、有推荐人记录或来源渠道为“老客推荐”的顾客，除以本期登记的全部顾客。</translation>
    </message>
    <message>
        <source>Referral rate by month</source>
        <translation>各月推荐率</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <source>By referral</source>
        <translation>经推荐</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>推荐率</translation>
    </message>
    <message>
        <source>Top referrers</source>
        <translation>推荐最多的顾客</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Brought</source>
        <translation>推荐人数</translation>
    </message>
    <message>
        <source>Of them bought</source>
        <translation>其中已购买</translation>
    </message>
    <message>
        <source>Customers who brought most buyers (then most customers): &quot;bought&quot; counts those with at least one purchase, even one returned later. All time, not only the period.</source>
        <translation>带来已购买顾客最多（其次带来顾客最多）的顾客：“已购买”指至少有一次购买，即使后来退货。统计全部时间，不只本期。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The referral figures could not be read. %1</source>
        <translation>无法读取推荐数据。%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n new customer(s)</source>
        <translation>
            <numerusform>%n 位新顾客中的 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Came by referral: %1 (%2 customers) in %3; %4 in %5.</source>
        <translation>%3经推荐而来的新顾客：%1（%2 位）；%5：%4。</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1（#%2）</translation>
    </message>
</context>
<context>
    <name>atelier::ReferrerPicker</name>
    <message>
        <source>Find who referred her: phone digits, name or pinyin initials</source>
        <translation>查找她的推荐人：手机号数字、姓名或拼音首字母</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Nobody referred her</source>
        <translation>无推荐人</translation>
    </message>
    <message>
        <source>%1 (…%2)</source>
        <translation>%1（…%2）</translation>
    </message>
    <message>
        <source>No customer found.</source>
        <translation>未找到顾客。</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>推荐人：%1</translation>
    </message>
</context>
<context>
    <name>atelier::RegisterDialog</name>
    <message>
        <source>This number already belongs to %1.</source>
        <translation>这个号码已属于 %1。</translation>
    </message>
</context>
<context>
    <name>atelier::ReportsPage</name>
    <message>
        <source>This month so far</source>
        <translation>本月至今</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>There is no such table.</source>
        <translation>没有这张表。</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The table could not be written: %1</source>
        <translation>无法写入表格：%1</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>正在生成 PDF…</translation>
    </message>
    <message>
        <source>Saved the report to %1 (pages: %2).</source>
        <translation>报告已保存到 %1（共 %2 页）。</translation>
    </message>
    <message>
        <source>The reports could not be read. %1</source>
        <translation>无法读取报表。%1</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>老客推荐</translation>
    </message>
    <message>
        <source>Lost sales</source>
        <translation>未成交</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Archive contest</source>
        <translation>档案评比</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <source>Each clerk&apos;s targets for the month the period starts in</source>
        <translation>每位店员在统计期起始月份的目标</translation>
    </message>
</context>
<context>
    <name>atelier::ReturnDialog</name>
    <message>
        <source>Record</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>顾客：%1（%2）</translation>
    </message>
    <message>
        <source>This customer has nothing left to return.</source>
        <translation>该顾客没有可退的商品。</translation>
    </message>
    <message>
        <source>The replacement&apos;s price is not an amount in yuan.</source>
        <translation>换货商品的价格不是有效的人民币金额。</translation>
    </message>
    <message>
        <source>The customer&apos;s sales could not be read: %1</source>
        <translation>无法读取该顾客的购买记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>None: bought %n day(s) ago, returns within %1 days</source>
        <translation>
            <numerusform>不可退：%n 天前购买，退换期限为 %1 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing this customer bought is still within the return window.</source>
        <translation>该顾客购买的商品都已超过退换期限。</translation>
    </message>
    <message numerus="yes">
        <source>Take back %n piece(s) of %1 (sold on %2, %3 credited) and sell %4 at %5 each in exchange?</source>
        <translation>
            <numerusform>收回 %n 件 %1（%2 售出，抵扣 %3），并以每件 %5 换出 %4？</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the exchange</source>
        <translation>确认换货</translation>
    </message>
    <message>
        <source>Record exchange</source>
        <translation>办理换货</translation>
    </message>
    <message>
        <source>Exchange recorded: %1 credited for the pieces taken back, %2 sold in their place. Points: %3 taken back, %4 earned.</source>
        <translation>换货已办理：收回的商品抵扣 %1，换出 %2。积分：扣回 %3，新增 %4。</translation>
    </message>
    <message numerus="yes">
        <source>Return %n piece(s) of %1 (sold on %2) and refund %3?</source>
        <translation>
            <numerusform>退回 %n 件 %1（%2 售出），退款 %3？</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm the return</source>
        <translation>确认退货</translation>
    </message>
    <message>
        <source>Record return</source>
        <translation>办理退货</translation>
    </message>
    <message numerus="yes">
        <source>Return recorded: refund %1 to the customer. %n point(s) taken back.</source>
        <translation>
            <numerusform>退货已办理：退给顾客 %1，扣回 %n 积分。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand over the experience coupon %1: %2, from a purchase of %3, valid to %4.</source>
        <translation>请交给顾客体验券 %1：%2，满 %3 可用，有效期至 %4。</translation>
    </message>
</context>
<context>
    <name>atelier::SaleDialog</name>
    <message>
        <source>Customer: %1 (%2)</source>
        <translation>顾客：%1（%2）</translation>
    </message>
    <message>
        <source>Walk-in sale, no customer</source>
        <translation>散客销售，未关联顾客</translation>
    </message>
    <message>
        <source>Line %1: the quantity is not a whole number.</source>
        <translation>第 %1 行：数量不是整数。</translation>
    </message>
    <message>
        <source>Line %1: a price is not an amount in yuan, e.g. 299 or 299.50.</source>
        <translation>第 %1 行：价格不是有效金额，例如 299 或 299.50。</translation>
    </message>
    <message>
        <source>Walk-in sale recorded: %1.</source>
        <translation>散客销售已记录：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Sale recorded: %1, +%n point(s) for %2.</source>
        <translation>
            <numerusform>销售已记录：%1，%2 获得 +%n 积分。</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the server was lost while the sale was being saved. Checking whether it was stored…</source>
        <translation>保存销售时与服务器的连接断开了。正在检查是否已保存…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>The connection to the server was lost and the sale was not stored. The connection is back: press Try again to save it.</source>
        <translation>与服务器的连接断开了，这笔销售没有保存。连接已恢复：请按“重试”保存。</translation>
    </message>
    <message>
        <source>The connection to the server was lost and the server cannot be reached yet, so whether the sale was stored is not known. Check the network, then press Try again: a sale that was stored is not stored twice.</source>
        <translation>与服务器的连接断开了，服务器暂时还连不上，所以不知道这笔销售是否已保存。请检查网络，然后按“重试”：已保存的销售不会被保存两次。</translation>
    </message>
    <message>
        <source>The sale had reached the store before the connection was lost; it was not stored again. %1</source>
        <translation>连接断开前这笔销售已经存入店铺，没有再次保存。%1</translation>
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
    <message>
        <source>This coupon has just been used or withdrawn elsewhere; the sale was not saved.</source>
        <translation>这张优惠券刚在别处被使用或作废；本单未保存。</translation>
    </message>
    <message>
        <source>The connection to the database server was lost while the sale was being saved. Whether it was stored is not known yet.</source>
        <translation>保存销售时与数据库服务器的连接断开了。暂时不知道是否已保存。</translation>
    </message>
</context>
<context>
    <name>atelier::SatisfactionDialog</name>
    <message>
        <source>No score</source>
        <translation>不评分</translation>
    </message>
    <message>
        <source>5 – very happy</source>
        <translation>5 – 非常满意</translation>
    </message>
    <message>
        <source>4 – happy</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <source>3 – so-so</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <source>2 – unhappy</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <source>1 – very unhappy</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <source>How happy was she with her visit today?</source>
        <translation>她对今天到店满意吗？</translation>
    </message>
    <message>
        <source>How happy was she with the follow-up?</source>
        <translation>她对这次回访满意吗？</translation>
    </message>
    <message>
        <source>How happy was she with the campaign?</source>
        <translation>她对这次活动满意吗？</translation>
    </message>
    <message>
        <source>How happy was she with how her complaint was handled?</source>
        <translation>她对投诉的处理满意吗？</translation>
    </message>
</context>
<context>
    <name>atelier::SatisfactionReportWidget</name>
    <message>
        <source>Scores</source>
        <translation>评分数</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Satisfaction rate: the share of scores of 4 or 5 among all scores given in the period, after visits, follow-ups, campaigns and complaint call-backs and in imported surveys.</source>
        <translation>满意率：统计期内所有评分（到店、回访、活动、投诉回访后的评分以及导入的调查）中 4 分或 5 分所占的比例。</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>按店员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>The clerk a score is about: the visit&apos;s sale, who did the follow-up or the call-back, for a survey the clerk of her last sale by that day.</source>
        <translation>评分所针对的店员：到店评分为该笔销售的店员，回访或投诉回访为执行人，调查为她在当天或之前最后一次消费的店员。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The satisfaction figures could not be read. %1</source>
        <translation>无法读取满意度数据。%1</translation>
    </message>
    <message>
        <source>No satisfaction scores in %1.</source>
        <translation>%1 没有满意度评分。</translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction rate in %1: %2 of %n score(s) were 4 or 5; average %3.</source>
        <translation>
            <numerusform>%1 的满意率：%n 个评分中有 %2 个为 4 分或 5 分；平均 %3 分。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no clerk)</source>
        <translation>（无对应店员）</translation>
    </message>
</context>
<context>
    <name>atelier::ServerUnreachableDialog</name>
    <message>
        <source>The store&apos;s server cannot be reached</source>
        <translation>无法连接店铺的服务器</translation>
    </message>
    <message>
        <source>The store&apos;s data is in %1, which cannot be used now.</source>
        <translation>店铺数据在 %1 中，现在无法使用。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Change location…</source>
        <translation>更改位置…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>atelier::ServiceRulesEditor</name>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source> hours after resolution</source>
        <translation> 小时（处理完成后）</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days before the expected next purchase.</source>
        <translation>预计下次购买日之前的天数。</translation>
    </message>
    <message>
        <source>Saved. New complaints and tonight&apos;s planning use them.</source>
        <translation>已保存。新投诉和今晚的回访计划将按新规则执行。</translation>
    </message>
    <message>
        <source>None</source>
        <comment>a coupon&apos;s minimum spend of 0</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>a coupon is valid for</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <comment>a first purchase at most</comment>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>%1 % off</source>
        <translation>%1% 折扣</translation>
    </message>
    <message>
        <source>None</source>
        <comment>a Dormant customer&apos;s discount of 0</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 marketing contacts</source>
        <translation>%1 次营销联系</translation>
    </message>
    <message>
        <source>Everyone who accepts marketing</source>
        <translation>所有接受营销的顾客</translation>
    </message>
    <message>
        <source>Silver and up</source>
        <translation>银卡及以上</translation>
    </message>
    <message>
        <source>Gold and up</source>
        <translation>金卡及以上</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>黑卡</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <comment>a prospect registered at most</comment>
        <translation>%1 天前</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>A coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>Keep it (flagged for the manager)</source>
        <translation>保留（为店长标出）</translation>
    </message>
    <message>
        <source>Clear it</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>atelier::SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>%1 % a year</source>
        <translation>每年 %1%</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>atelier::SmsExportDialog</name>
    <message numerus="yes">
        <source>%n customer(s) chosen</source>
        <translation>
            <numerusform>已选 %n 位顾客</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s)</source>
        <translation>
            <numerusform>%1：%Ln 位顾客</numerusform>
        </translation>
    </message>
    <message>
        <source>sms-%1.csv</source>
        <translation>群发短信-%1.csv</translation>
    </message>
    <message>
        <source>There are no message templates yet: add one in Settings.</source>
        <translation>还没有消息模板，请在“设置”中添加。</translation>
    </message>
    <message>
        <source>Export for SMS</source>
        <translation>导出群发短信</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write first.</source>
        <translation>请先选择要保存的文件。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>导出中…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation>文件无法写入：
%1</translation>
    </message>
    <message>
        <source>The message templates could not be read. %1</source>
        <translation>无法读取消息模板。%1</translation>
    </message>
    <message>
        <source>The message template could not be read. %1</source>
        <translation>无法读取该消息模板。%1</translation>
    </message>
    <message>
        <source>The customers to write could not be read. %1</source>
        <translation>无法读取要导出的顾客。%1</translation>
    </message>
</context>
<context>
    <name>atelier::SpotCheckDialog</name>
    <message>
        <source>Spot check: %1</source>
        <translation>抽查：%1</translation>
    </message>
    <message>
        <source>Is %1 a real customer, with real facts in her archive? The last verdict counts in the archive contest.</source>
        <translation>%1 是真实的顾客吗？档案中的资料是否属实？档案评比以最近一次结论为准。</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <source>Optional: what was wrong, or how it was checked</source>
        <translation>可不填：哪里有问题，或者是如何核实的</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Never checked.</source>
        <translation>从未抽查。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Checked on %1: %2</source>
        <translation>%1 抽查：%2</translation>
    </message>
    <message>
        <source>Checked on %1 by %2: %3</source>
        <translation>%1 由 %2 抽查：%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>atelier::StaffTargetsDialog</name>
    <message>
        <source>Targets for %1</source>
        <translation>%1 的目标</translation>
    </message>
    <message>
        <source>Each clerk&apos;s targets for the month. Leave a cell empty for no target.</source>
        <translation>每位店员当月的目标。留空表示不设目标。</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>店员</translation>
    </message>
    <message>
        <source>Sales (元)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <source>New archives</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>完成回访数</translation>
    </message>
    <message>
        <source>Copy last month</source>
        <translation>复制上月目标</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>type an amount in yuan, such as 30000, or leave it empty.</source>
        <translation>请输入以元为单位的金额，例如 30000，或留空。</translation>
    </message>
    <message>
        <source>type a whole number of 0 or more, or leave it empty.</source>
        <translation>请输入 0 或更大的整数，或留空。</translation>
    </message>
</context>
<context>
    <name>atelier::StoreLocationChooser</name>
    <message>
        <source>On this computer</source>
        <translation>在本机上</translation>
    </message>
    <message>
        <source>On the shop&apos;s database server</source>
        <translation>在店里的数据库服务器上</translation>
    </message>
    <message>
        <source>No password here: it goes in the password file ~/.pgpass (see docs/postgresql.md).</source>
        <translation>这里不写密码：密码写在密码文件 ~/.pgpass 中（见 docs/postgresql.md）。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Enter the server&apos;s location, which starts with postgresql://, as in postgresql://user@server/atelier.</source>
        <translation>请输入服务器的位置，以 postgresql:// 开头，例如 postgresql://user@server/atelier。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
</context>
<context>
    <name>atelier::StoreLocationDialog</name>
    <message>
        <source>Atelier</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where is this store&apos;s data?&lt;/b&gt;</source>
        <translation>&lt;b&gt;这家店的数据在哪里？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A shop with one till keeps it on this computer. With several tills, every computer uses the shop&apos;s database server.</source>
        <translation>只有一台收银机的店把数据放在本机上。有几台收银机时，每台电脑都使用店里的数据库服务器。</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>atelier::TagPicker</name>
    <message>
        <source>The tags could not be read: %1</source>
        <translation>无法读取标签：%1</translation>
    </message>
</context>
<context>
    <name>atelier::TaskDoneDialog</name>
    <message>
        <source>The follow-up is done; her score was not recorded. %1</source>
        <translation>回访已完成；但她的评分没有记录。%1</translation>
    </message>
</context>
<context>
    <name>atelier::TaskEditorDialog</name>
    <message>
        <source>Anyone at the counter</source>
        <translation>当班店员均可</translation>
    </message>
    <message>
        <source>%1 (…%2)</source>
        <translation>%1（尾号 %2）</translation>
    </message>
    <message>
        <source>Find the customer first.</source>
        <translation>请先找到顾客。</translation>
    </message>
    <message>
        <source>The staff could not be read: %1</source>
        <translation>无法读取店员名单：%1</translation>
    </message>
</context>
<context>
    <name>atelier::TaskListModel</name>
    <message>
        <source>Anyone</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>回访类型</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>atelier::TemplateEditor</name>
    <message>
        <source>Any contact</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Insert %1 at the cursor</source>
        <translation>在光标处插入 %1</translation>
    </message>
    <message>
        <source>Placeholders: {name} the customer&apos;s name, {tier} their tier, {points} their points balance, {coupon} the coupon text above, {style} the style number of their latest purchase (of the complaint, for a call-back). Write {{ and }} for braces. A Chinese SMS holds 70 characters.</source>
        <translation>占位符：{name} 顾客姓名，{tier} 会员等级，{points} 积分余额，{coupon} 上面的优惠券内容，{style} 最近一次购买的款号（投诉回访时为投诉的款号）。花括号本身请写 {{ 和 }}。一条中文短信最多 70 个字。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This cannot be undone.</source>
        <translation>删除模板“%1”？删除后无法恢复。</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>The message templates could not be read. %1</source>
        <translation>无法读取消息模板。%1</translation>
    </message>
    <message>
        <source>The template could not be read. %1</source>
        <translation>无法读取该模板。%1</translation>
    </message>
</context>
<context>
    <name>atelier::TierMovementModel</name>
    <message>
        <source>Fell below the %1 threshold (%2) after the keep period</source>
        <translation>保留期满后低于%1门槛（%2）</translation>
    </message>
    <message>
        <source>Reached the %1 threshold (%2)</source>
        <translation>达到%1门槛（%2）</translation>
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
        <source>Tier change</source>
        <translation>等级变化</translation>
    </message>
    <message>
        <source>Tier spend</source>
        <translation>等级消费额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>atelier::TiersPage</name>
    <message>
        <source>All changes</source>
        <translation>全部变化</translation>
    </message>
    <message>
        <source>Went up</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Went down</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Click a cell or an RFM segment to list its customers.</source>
        <translation>点击单元格或 RFM 分群，列出其中的顾客。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原分群</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>No nightly run yet: every customer counts as a member with no purchase. Recompute now to see the real picture.</source>
        <translation>尚未进行过夜间计算：所有顾客都算作尚无消费的普通会员。点击“立即重算”查看实际情况。</translation>
    </message>
    <message>
        <source>RFM segment %1</source>
        <translation>RFM 分群：%1</translation>
    </message>
    <message>
        <source>%1 · all segments</source>
        <translation>%1 · 全部分群</translation>
    </message>
    <message>
        <source>All tiers · %1</source>
        <translation>全部等级 · %1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部顾客</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s), highest spend first</source>
        <translation>
            <numerusform>%1：%Ln 位顾客，按消费额从高到低</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tier change(s)</source>
        <translation>
            <numerusform>%Ln 次等级变化</numerusform>
        </translation>
    </message>
    <message>
        <source>No successful nightly run yet.</source>
        <translation>尚无成功的夜间计算。</translation>
    </message>
    <message>
        <source>Changes take effect at the next nightly run (every night at %1:00, as of the day before) or when you press Recompute now.</source>
        <translation>修改在下一次夜间计算（每晚 %1:00，按前一天的数据）或点击“立即重算”后生效。</translation>
    </message>
    <message>
        <source>Saved. The new rules apply from the next run.</source>
        <translation>已保存。新规则从下一次计算起生效。</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>正在重新计算…</translation>
    </message>
    <message>
        <source>Recomputed as of %1 in %2.</source>
        <translation>已按 %1 重新计算，用时 %2。</translation>
    </message>
    <message>
        <source>tier-customers-%1</source>
        <translation>会员等级顾客-%1</translation>
    </message>
    <message>
        <source>These customers could not be read. %1</source>
        <translation>无法读取这些顾客。%1</translation>
    </message>
    <message>
        <source>The tier changes could not be read. %1</source>
        <translation>无法读取等级变动。%1</translation>
    </message>
    <message>
        <source>The distribution could not be read. %1</source>
        <translation>无法读取等级分布。%1</translation>
    </message>
    <message>
        <source>The history of runs could not be read. %1</source>
        <translation>无法读取计算记录。%1</translation>
    </message>
    <message>
        <source>The last nightly run could not be read. %1</source>
        <translation>无法读取最近一次夜间计算。%1</translation>
    </message>
    <message>
        <source>The segment changes could not be read. %1</source>
        <translation>无法读取分群变化。%1</translation>
    </message>
    <message numerus="yes">
        <source>As of %1 (run finished %2): %Ln customer(s) with a sale scored.</source>
        <translation>
            <numerusform>截至 %1（计算完成于 %2）：已为 %Ln 位有消费记录的顾客评分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The run as of %1: %Ln customer(s) went up a tier, %2 went down, %3 changed segment.</source>
        <translation>
            <numerusform>截至 %1 的计算：%Ln 位顾客升级，%2 位降级，%3 位分群变化。</numerusform>
        </translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>会员权益</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Atelier customer archive</source>
        <translation>Atelier 顾客档案</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Atelier 顾客管理</translation>
    </message>
    <message>
        <source>The store database could not be opened:
%1

%2</source>
        <translation>无法打开店铺数据库：
%1

%2</translation>
    </message>
    <message>
        <source>Open the store at FILE or postgresql://… (a database server, see docs/postgresql.md) instead of the one chosen for this computer.</source>
        <translation>打开 FILE 或 postgresql://…（数据库服务器，见 docs/postgresql.md）上的店铺，而不是本机选定的店铺。</translation>
    </message>
</context>
</TS>
