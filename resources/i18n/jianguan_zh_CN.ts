<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>jianguan</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;System</source>
            <translation>系统(&amp;S)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>(not shown)</source>
            <translation>（不显示）</translation>
        </message>
        <message>
            <source>&lt;b&gt;Add users:&lt;/b&gt; give each colleague an account of his own under &lt;a href="users"&gt;System administration → User management&lt;/a&gt;, with the role that fits his work.</source>
            <translation>&lt;b&gt;添加用户：&lt;/b&gt;在&lt;a href="users"&gt;系统管理 → 用户管理&lt;/a&gt;中为每位同事建立各自的账户，并按其工作分配角色。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Audit log:&lt;/b&gt; every change is recorded with who made it and when; see &lt;a href="audit"&gt;System administration → Audit log&lt;/a&gt;.</source>
            <translation>&lt;b&gt;审计日志：&lt;/b&gt;每一处修改都记录了修改人和修改时间，可在&lt;a href="audit"&gt;系统管理 → 审计日志&lt;/a&gt;中查看。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Backups:&lt;/b&gt; the program backs the database up when you quit; you can also back up at any time with File → Back up the database.</source>
            <translation>&lt;b&gt;备份：&lt;/b&gt;退出程序时会自动备份数据库；也可以随时通过“文件 → 备份数据库”进行备份。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Check the office:&lt;/b&gt; the status bar at the bottom of the window shows your office's name and code. If they are wrong, ask the administrator.</source>
            <translation>&lt;b&gt;核对单位信息：&lt;/b&gt;窗口底部的状态栏显示本单位的名称和代码，如有错误，请联系管理员。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Your password:&lt;/b&gt; change it under System → Change password; never share your account.</source>
            <translation>&lt;b&gt;您的密码：&lt;/b&gt;可在“系统 → 修改密码”中修改；请勿与他人共用账户。</translation>
        </message>
        <message>
            <source>A city office needs a city-level code ending in 00 (“{code}” is a county code).</source>
            <translation>市级单位须使用末两位为 00 的市级行政区划代码（“{code}”是县级代码）。</translation>
        </message>
        <message>
            <source>A city office needs a city-level code: digits 3–4 must not be 00 (“{code}” is a province code).</source>
            <translation>市级单位须使用市级行政区划代码，第 3–4 位不能为 00（“{code}”是省级代码）。</translation>
        </message>
        <message>
            <source>A county office needs a county-level code: the last two digits must not be 00 (“{code}” is a city or province code).</source>
            <translation>县级单位须使用县级行政区划代码，末两位不能为 00（“{code}”是市级或省级代码）。</translation>
        </message>
        <message>
            <source>A county-level code has the city in digits 3–4; they must not be 00.</source>
            <translation>县级代码的第 3–4 位表示所属地市，不能为 00。</translation>
        </message>
        <message>
            <source>A name has at most {count} characters.</source>
            <translation>姓名不能超过 {count} 个字符。</translation>
        </message>
        <message>
            <source>A user name has {low} to {high} characters.</source>
            <translation>用户名长度应为 {low} 至 {high} 个字符。</translation>
        </message>
        <message>
            <source>A user name may contain only letters, digits, underscores and Chinese characters.</source>
            <translation>用户名只能包含字母、数字、下划线和汉字。</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>账户锁定</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add a user</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>Add a user (the password comes from JIANGUAN_NEW_PASSWORD or is asked for twice).</source>
            <translation>添加用户（密码取自环境变量 JIANGUAN_NEW_PASSWORD，未设置时提示输入两次）。</translation>
        </message>
        <message>
            <source>Add a user…</source>
            <translation>添加用户…</translation>
        </message>
        <message>
            <source>Add demonstration users and data.</source>
            <translation>添加演示用户和数据。</translation>
        </message>
        <message>
            <source>Added user {user} ({name}, {role}).</source>
            <translation>已添加用户 {user}（{name}，{role}）。</translation>
        </message>
        <message>
            <source>Adding users…</source>
            <translation>正在添加用户…</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Administrator: users, backups and everything else. Head of office: approves and sees the audit log. Clerk: enters and edits records. Read only: can only look.</source>
            <translation>管理员：管理用户、备份及全部功能；负责人：审批，查看审计日志；经办人：录入和修改记录；只读：只能查看。</translation>
        </message>
        <message>
            <source>All: {column}</source>
            <translation>全部{column}</translation>
        </message>
        <message>
            <source>An Excel worksheet holds at most {limit} rows, but there are {count}. Narrow the view with the search box or a filter, then export again.</source>
            <translation>Excel 工作表最多只能容纳 {limit} 行，当前共有 {count} 条。请先用搜索框或筛选条件缩小范围，再重新导出。</translation>
        </message>
        <message>
            <source>At least 8 characters, mixing three of: lower-case letters, upper-case letters, digits and symbols.</source>
            <translation>至少 8 位，须包含小写字母、大写字母、数字、符号中的至少三类。</translation>
        </message>
        <message>
            <source>Audit history…</source>
            <translation>正在生成操作记录…</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <source>Audit log entry {number} has been altered.</source>
            <translation>审计日志第 {number} 条已被改动。</translation>
        </message>
        <message>
            <source>Audit log entry {number} has been inserted behind the program's back.</source>
            <translation>审计日志第 {number} 条是绕过本程序插入的。</translation>
        </message>
        <message>
            <source>Automatic backups kept: one per day, for this many days</source>
            <translation>保留每日自动备份的天数</translation>
        </message>
        <message>
            <source>Automatic backups kept: one per month, for this many months</source>
            <translation>保留每月自动备份的月数</translation>
        </message>
        <message>
            <source>Automatic backups kept: one per week, for this many weeks</source>
            <translation>保留每周自动备份的周数</translation>
        </message>
        <message>
            <source>Back the database up now.</source>
            <translation>立即备份数据库。</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <source>Backed up to {path}.</source>
            <translation>已备份到 {path}。</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>正在备份数据库…</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Backup on quitting failed</source>
            <translation>退出时备份失败</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Backups are made automatically when you quit and before every upgrade; the newest is at the top. Choose one and click Restore.</source>
            <translation>退出程序时和每次升级前都会自动备份，最新的备份排在最上面。请选择一个备份，然后点击“恢复”。</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelled.</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Cannot do this</source>
            <translation>无法执行此操作</translation>
        </message>
        <message>
            <source>Cannot go on</source>
            <translation>无法继续</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>无法打开数据库</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>修改历史</translation>
        </message>
        <message>
            <source>Change one setting.</source>
            <translation>修改一项设置。</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>Change password…</source>
            <translation>修改密码…</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>Changed at</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>修改人</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>Check and read the audit log.</source>
            <translation>核验和查看审计日志。</translation>
        </message>
        <message>
            <source>Check integrity</source>
            <translation>校验完整性</translation>
        </message>
        <message>
            <source>Check that no audit entry was changed, inserted or deleted.</source>
            <translation>核验审计日志是否有记录被改动、插入或删除。</translation>
        </message>
        <message>
            <source>Check that no entry of the audit log has been altered, inserted or deleted.</source>
            <translation>检查审计日志中是否有记录被篡改、插入或删除。</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>正在核验审计日志…</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>选择备份文件</translation>
        </message>
        <message>
            <source>Choose the columns to show</source>
            <translation>选择要显示的列</translation>
        </message>
        <message>
            <source>City office</source>
            <translation>市级</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>显示列</translation>
        </message>
        <message>
            <source>Confirm new password</source>
            <translation>确认新密码</translation>
        </message>
        <message>
            <source>Confirm password</source>
            <translation>确认密码</translation>
        </message>
        <message>
            <source>County office</source>
            <translation>县级</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Created at</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <source>Database backups (*.db *.sqlite *.bak);;All files (*)</source>
            <translation>数据库备份 (*.db *.sqlite *.bak);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Database file</source>
            <translation>数据库文件</translation>
        </message>
        <message>
            <source>Database upgraded</source>
            <translation>数据库升级</translation>
        </message>
        <message>
            <source>Database version</source>
            <translation>数据库版本</translation>
        </message>
        <message>
            <source>Database: {location}</source>
            <translation>数据库：{location}</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Demonstration data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>Demonstration data goes only into a database for trying the program out; this one already has users ({names}).</source>
            <translation>演示数据只能写入试用的数据库；该数据库已有正式用户（{names}）。</translation>
        </message>
        <message>
            <source>Demonstration users added:</source>
            <translation>已添加演示用户：</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Disable a user.</source>
            <translation>停用用户。</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>放弃修改</translation>
        </message>
        <message>
            <source>Do not ask for confirmation.</source>
            <translation>不再询问确认。</translation>
        </message>
        <message>
            <source>Done by</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Due and overdue</source>
            <translation>到期和逾期事项</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Enable a user again.</source>
            <translation>重新启用用户。</translation>
        </message>
        <message>
            <source>Enter a number, such as 1234.50.</source>
            <translation>请输入数字，例如 1234.50。</translation>
        </message>
        <message>
            <source>Enter a password.</source>
            <translation>请输入密码。</translation>
        </message>
        <message>
            <source>Enter a user name.</source>
            <translation>请输入用户名。</translation>
        </message>
        <message>
            <source>Enter the office code (the 6-digit administrative division code).</source>
            <translation>请输入单位代码（6 位行政区划代码）。</translation>
        </message>
        <message>
            <source>Enter the office's name.</source>
            <translation>请输入单位名称。</translation>
        </message>
        <message>
            <source>Enters this county's registers and regularly writes a sync package for the city office.</source>
            <translation>录入本县的台账，并定期导出同步包报送市级。</translation>
        </message>
        <message>
            <source>Entries of the audit log before entry {number} have been deleted.</source>
            <translation>审计日志第 {number} 条之前有记录被删除。</translation>
        </message>
        <message>
            <source>Every change in the database is recorded here with who made it and when, newest first. The entries are chained together, so that an entry altered or removed outside the program is detected by the integrity check.</source>
            <translation>数据库中的每一处修改都记录在这里，包括修改人和修改时间，最新的排在最前。各条记录前后相互关联，如有记录在程序之外被篡改或删除，“校验完整性”就能发现。</translation>
        </message>
        <message>
            <source>Every change of the record the selected entry concerns.</source>
            <translation>所选日志涉及的那条记录的全部修改。</translation>
        </message>
        <message>
            <source>Every change of this record, oldest first. Times are this computer's local time.</source>
            <translation>该记录的全部修改，按时间先后排列。时间为本机当地时间。</translation>
        </message>
        <message>
            <source>Every demonstration user logs in with the password {password}.</source>
            <translation>所有演示用户的登录密码均为 {password}。</translation>
        </message>
        <message>
            <source>Everyone who works with the program has an account of his own. Disabled users cannot log in; what they entered stays. Users are never deleted, so the history of every change keeps its names.</source>
            <translation>每位使用本程序的人员都应有自己的账户。停用的用户不能登录，其录入的内容仍然保留。用户不会被删除，因此修改历史中始终能看到修改人。</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export cancelled; no file was saved.</source>
            <translation>已取消导出，未保存任何文件。</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Exported {count} records to {path}</source>
            <translation>已导出 {count} 条记录到 {path}</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Finish setup</source>
            <translation>完成设置</translation>
        </message>
        <message>
            <source>First start: set up this office</source>
            <translation>首次使用：设置本单位</translation>
        </message>
        <message>
            <source>First steps</source>
            <translation>入门指引</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Give a user a new password (from JIANGUAN_NEW_PASSWORD or asked for twice).</source>
            <translation>为用户重设密码（取自环境变量 JIANGUAN_NEW_PASSWORD，未设置时提示输入两次）。</translation>
        </message>
        <message>
            <source>Head of office</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>您好，{name}</translation>
        </message>
        <message>
            <source>History of this record</source>
            <translation>该记录的修改历史</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>How many of the newest entries (default 50).</source>
            <translation>显示最新的多少条（默认 50 条）。</translation>
        </message>
        <message>
            <source>How the date was worked out</source>
            <translation>期限计算说明</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Internal error: {error} (details in {log})</source>
            <translation>内部错误：{error}（详情见 {log}）</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>键名</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>继续编辑</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键名</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>记录类别</translation>
        </message>
        <message>
            <source>Last login</source>
            <translation>最近登录</translation>
        </message>
        <message>
            <source>List and change settings.</source>
            <translation>查看和修改设置。</translation>
        </message>
        <message>
            <source>List and manage users.</source>
            <translation>查看和管理用户。</translation>
        </message>
        <message>
            <source>List the backups.</source>
            <translation>列出备份。</translation>
        </message>
        <message>
            <source>Locked until</source>
            <translation>锁定至</translation>
        </message>
        <message>
            <source>Locked until {time}</source>
            <translation>锁定至 {time}</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Log in as this user (default: the administrator made by init). The password comes from JIANGUAN_PASSWORD or is asked for.</source>
            <translation>以该用户身份登录（默认为初始化时创建的管理员）。密码取自环境变量 JIANGUAN_PASSWORD，未设置时会提示输入。</translation>
        </message>
        <message>
            <source>Logged in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <source>Login failed</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Make, list and restore backups.</source>
            <translation>创建、查看和恢复备份。</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Minutes a locked account stays locked</source>
            <translation>账户锁定时长</translation>
        </message>
        <message>
            <source>Missing: {names}.</source>
            <translation>缺少参数：{names}。</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>须修改密码</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>New password for {name}. Tell it to him in person; he must choose his own at the next login. A lock after wrong passwords is lifted.</source>
            <translation>为 {name} 设置新密码。请当面告知本人；本人下次登录时须改为自己的密码。因密码错误造成的锁定同时解除。</translation>
        </message>
        <message>
            <source>New password of {user}: </source>
            <translation>请设置 {user} 的新密码：</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>No backup could be written to {path}: {error}</source>
            <translation>无法在 {path} 写入备份：{error}</translation>
        </message>
        <message>
            <source>No changes of this record are recorded.</source>
            <translation>没有该记录的修改记录。</translation>
        </message>
        <message>
            <source>No new password given: set {env} or run the command in a terminal.</source>
            <translation>未提供新密码：请设置环境变量 {env}，或在终端中运行该命令。</translation>
        </message>
        <message>
            <source>No password given: set {env} or run the command in a terminal.</source>
            <translation>未提供密码：请设置环境变量 {env}，或在终端中运行该命令。</translation>
        </message>
        <message>
            <source>No records match the search or filter.</source>
            <translation>没有符合搜索或筛选条件的记录。</translation>
        </message>
        <message>
            <source>No records yet.</source>
            <translation>暂无记录。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Nothing is due at the moment.</source>
            <translation>目前没有到期事项。</translation>
        </message>
        <message>
            <source>Nothing is due at the moment. No register with deadlines has been added to the program yet; once registers are in use, their deadlines appear here.</source>
            <translation>目前没有到期事项。程序中还没有启用带办理期限的台账；台账启用后，各项期限会显示在这里。</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>未做任何更改。</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>单位</translation>
        </message>
        <message>
            <source>Office code</source>
            <translation>单位代码</translation>
        </message>
        <message>
            <source>Office name</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source>Office type</source>
            <translation>单位类型</translation>
        </message>
        <message>
            <source>Office: not set up</source>
            <translation>单位：尚未设置</translation>
        </message>
        <message>
            <source>Office: {name} ({code}, {mode})</source>
            <translation>单位：{name}（{code}，{mode}）</translation>
        </message>
        <message>
            <source>Old value → new value</source>
            <translation>原值 → 新值</translation>
        </message>
        <message>
            <source>Only the entries of this record.</source>
            <translation>只显示这条记录的日志。</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>其他文件…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>工作台</translation>
        </message>
        <message>
            <source>PATH</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Password of the administrator {user}: </source>
            <translation>请设置管理员 {user} 的密码：</translation>
        </message>
        <message>
            <source>Password of the new user {user}: </source>
            <translation>请设置新用户 {user} 的密码：</translation>
        </message>
        <message>
            <source>Password of {user}: </source>
            <translation>请输入 {user} 的密码：</translation>
        </message>
        <message>
            <source>Please fill in {field}.</source>
            <translation>请填写{field}。</translation>
        </message>
        <message>
            <source>Please log in first.</source>
            <translation>请先登录。</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>预设值</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>以 JSON 格式输出。</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>Reads the sync packages of every county, shows the city-wide registers and statistics, and sends city-wide lists down.</source>
            <translation>导入各县报送的同步包，查看全市台账和统计，并向各县下发全市名单。</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Records are never deleted outright; mark them deleted instead.</source>
            <translation>记录不能直接删除，只能标记为已删除。</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>台账</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>台账</translation>
        </message>
        <message>
            <source>Replace the database with a backup (the current one is kept).</source>
            <translation>用备份替换当前数据库（当前数据库会另行保留）。</translation>
        </message>
        <message>
            <source>Replace the database with {file}? The current database is kept as a backup. [y/N] </source>
            <translation>确定用 {file} 替换当前数据库吗？当前数据库会另存为备份。[y/N] </translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>重置密码…</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Restore from a backup…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <source>Restore the default columns</source>
            <translation>恢复默认列</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Restored from {file}.</source>
            <translation>已从 {file} 恢复。</translation>
        </message>
        <message>
            <source>Restoring replaces the current database; add --yes to confirm.</source>
            <translation>恢复备份会替换当前数据库，请加上 --yes 确认。</translation>
        </message>
        <message>
            <source>Restoring the backup…</source>
            <translation>正在恢复备份…</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Sample records…</source>
            <translation>正在添加示例记录…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>保存（Ctrl+S）</translation>
        </message>
        <message>
            <source>Save the rows and columns shown here as an .xlsx file</source>
            <translation>将当前显示的行和列保存为 .xlsx 文件</translation>
        </message>
        <message>
            <source>Saving the workbook…</source>
            <translation>正在保存工作簿…</translation>
        </message>
        <message>
            <source>Search: type any words</source>
            <translation>搜索：输入关键字</translation>
        </message>
        <message>
            <source>Select an entry of the list first.</source>
            <translation>请先在列表中选择一条日志。</translation>
        </message>
        <message>
            <source>Set up</source>
            <translation>初始化</translation>
        </message>
        <message>
            <source>Set up the office and its first administrator.</source>
            <translation>初始化本单位信息和第一个管理员账户。</translation>
        </message>
        <message>
            <source>Set up {name} ({code}, {mode}) in {path}; administrator: {user}.</source>
            <translation>已在 {path} 完成初始化：{name}（{code}，{mode}），管理员：{user}。</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>设置项</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>正在写入设置…</translation>
        </message>
        <message>
            <source>Show the full traceback of an internal error.</source>
            <translation>内部错误时显示完整的调用栈。</translation>
        </message>
        <message>
            <source>Show the newest entries, or one record's.</source>
            <translation>显示最新的日志，或某条记录的全部日志。</translation>
        </message>
        <message>
            <source>Show the office, its code and type, the database file and its version.</source>
            <translation>显示本单位名称、代码、类型，以及数据库文件和数据库版本。</translation>
        </message>
        <message>
            <source>Show the program's version.</source>
            <translation>显示程序版本。</translation>
        </message>
        <message>
            <source>Show this help and exit.</source>
            <translation>显示本帮助后退出。</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>Size (KB)</source>
            <translation>大小（KB）</translation>
        </message>
        <message>
            <source>Something went wrong inside the program: {error}

What you saved before is safe. If this happens again, tell the administrator what you were doing.</source>
            <translation>程序内部出错：{error}

之前已保存的内容不受影响。如果再次出现，请告诉管理员您当时在做什么。</translation>
        </message>
        <message>
            <source>Something went wrong: {error}</source>
            <translation>操作出错：{error}</translation>
        </message>
        <message>
            <source>Source of the preset</source>
            <translation>预设依据</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Supervision registers for public-resource trading</source>
            <translation>公共资源交易监管台账</translation>
        </message>
        <message>
            <source>Supervision registers for public-resource trading, on the command line.</source>
            <translation>公共资源交易监管台账（命令行）。</translation>
        </message>
        <message>
            <source>System administration</source>
            <translation>系统管理</translation>
        </message>
        <message>
            <source>TABLE</source>
            <translation>表名</translation>
        </message>
        <message>
            <source>The 6-digit administrative division code of your county or city (for example 410522 for Anyang County). It marks every record your office makes, so that records from different offices never mix.</source>
            <translation>本县（市）的 6 位行政区划代码（例如安阳县为 410522）。本单位录入的每条记录都带有此代码，以免与其他单位的记录混淆。</translation>
        </message>
        <message>
            <source>The 6-digit administrative division code, e.g. 410522 (a suffix such as -01 is allowed).</source>
            <translation>6 位行政区划代码，例如 410522（可加 -01 这样的后缀）。</translation>
        </message>
        <message>
            <source>The account is locked; try again after {time}.</source>
            <translation>账户已锁定，请于 {time} 后再试。</translation>
        </message>
        <message>
            <source>The administrator's real name.</source>
            <translation>管理员的真实姓名。</translation>
        </message>
        <message>
            <source>The administrator's user name (the password comes from JIANGUAN_PASSWORD or is asked for twice).</source>
            <translation>管理员的用户名（密码取自环境变量 JIANGUAN_PASSWORD，未设置时提示输入两次）。</translation>
        </message>
        <message>
            <source>The audit log does not match the program's record of its last entry.</source>
            <translation>审计日志与程序记下的最后一条记录对不上，末尾的记录可能已被删除或改动。</translation>
        </message>
        <message>
            <source>The audit log has been tampered with: {problem} Keep this database file as it is and tell the head of office (checked {time}).</source>
            <translation>审计日志已被篡改：{problem}请保持该数据库文件原样，并报告单位负责人（校验时间 {time}）。</translation>
        </message>
        <message>
            <source>The audit log is empty.</source>
            <translation>审计日志为空。</translation>
        </message>
        <message>
            <source>The audit log is intact: none of its {count} entries has been altered, inserted or deleted (checked {time}).</source>
            <translation>审计日志完整：全部 {count} 条记录均未被篡改、插入或删除（校验时间 {time}）。</translation>
        </message>
        <message>
            <source>The audit log is intact: {count} entries.</source>
            <translation>审计日志完整，共 {count} 条。</translation>
        </message>
        <message>
            <source>The backup file {path} does not exist.</source>
            <translation>备份文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>The backup folder {path} is full: no backup was made. Free some disk space and try again.</source>
            <translation>备份文件夹 {path} 所在磁盘已满，未能备份。请清理磁盘空间后重试。</translation>
        </message>
        <message>
            <source>The backup folder {path} is on a read-only disk: no backup was made.</source>
            <translation>备份文件夹 {path} 位于只读磁盘上，未能备份。</translation>
        </message>
        <message>
            <source>The backup has been restored. The file it replaced was kept as
{path}

Please log in again.</source>
            <translation>备份已恢复。被替换的原数据库已保留为
{path}

请重新登录。</translation>
        </message>
        <message>
            <source>The command is not right: {message}</source>
            <translation>命令有误：{message}</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>当前密码不正确。</translation>
        </message>
        <message>
            <source>The database file or URL (default: JIANGUAN_DB, else the file in the user's data folder).</source>
            <translation>数据库文件或地址（默认取环境变量 JIANGUAN_DB，否则使用用户数据文件夹中的文件）。</translation>
        </message>
        <message>
            <source>The database file {path} does not exist.</source>
            <translation>数据库文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>The database has been backed up to
{path}</source>
            <translation>数据库已备份到
{path}</translation>
        </message>
        <message>
            <source>The database has not been initialised yet; run jianguan init first.</source>
            <translation>数据库尚未初始化，请先运行 jianguan init。</translation>
        </message>
        <message>
            <source>The database will be replaced by the backup
{path}

The current file is kept beside it, so nothing is lost. Afterwards you must log in again. Restore now?</source>
            <translation>当前数据库将被以下备份替换：
{path}

当前文件会另行保留，数据不会丢失。恢复后需要重新登录。现在恢复吗？</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened: the folder is missing or not writable.</source>
            <translation>无法打开数据库 {path}：文件夹不存在或没有写入权限。</translation>
        </message>
        <message>
            <source>The database {path} is busy in another window; try again in a moment.</source>
            <translation>数据库 {path} 正被另一个窗口使用，请稍后再试。</translation>
        </message>
        <message>
            <source>The database {path} is read-only: the program cannot save there. Check the folder's permissions.</source>
            <translation>数据库 {path} 是只读的，程序无法保存。请检查该文件夹的权限。</translation>
        </message>
        <message>
            <source>The database {path} reported an error: {error}</source>
            <translation>数据库 {path} 出错：{error}</translation>
        </message>
        <message>
            <source>The database's version ({database}) is newer than this program's ({program}). Install the newer program to open it. This program will not change the database.</source>
            <translation>数据库版本（{database}）比本程序（{program}）新，请安装新版程序后再打开。本程序不会修改该数据库。</translation>
        </message>
        <message>
            <source>The demonstration users were already there.</source>
            <translation>演示用户已经存在。</translation>
        </message>
        <message>
            <source>The disk holding {path} is full or failing; nothing was saved. Free some space and try again.</source>
            <translation>{path} 所在磁盘已满或出现故障，本次未保存任何内容。请清理磁盘空间后重试。</translation>
        </message>
        <message>
            <source>The disk is full: {path} was not saved. Free some space or choose another place.</source>
            <translation>磁盘空间已满，{path} 未能保存。请清理磁盘空间或另选保存位置。</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>文件 {path} 不存在。</translation>
        </message>
        <message>
            <source>The file {path} is damaged (integrity check: {result}).</source>
            <translation>文件 {path} 已损坏（完整性检查结果：{result}）。</translation>
        </message>
        <message>
            <source>The file {path} is damaged.</source>
            <translation>文件 {path} 已损坏。</translation>
        </message>
        <message>
            <source>The file {path} is not a database of this program.</source>
            <translation>文件 {path} 不是本程序的数据库。</translation>
        </message>
        <message>
            <source>The first two digits “{prefix}” are not a province code (11 北京 to 82 澳门).</source>
            <translation>前两位“{prefix}”不是省级行政区划代码（11 北京 至 82 澳门）。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <source>The folder {folder} is read-only: nothing can be saved there. Choose another folder.</source>
            <translation>文件夹 {folder} 是只读的，无法在其中保存文件。请另选一个文件夹。</translation>
        </message>
        <message>
            <source>The folder {path} cannot be created: {error}</source>
            <translation>无法创建文件夹 {path}：{error}</translation>
        </message>
        <message>
            <source>The folder {path} cannot be written to: {error}</source>
            <translation>文件夹 {path} 无法写入：{error}</translation>
        </message>
        <message>
            <source>The full name, as printed on forms and reports.</source>
            <translation>单位全称，将打印在表格和报表上。</translation>
        </message>
        <message>
            <source>The integrity check could not be done: {error}</source>
            <translation>无法完成完整性校验：{error}</translation>
        </message>
        <message>
            <source>The last entries of the audit log have been deleted or altered (around entry {number}).</source>
            <translation>审计日志最后几条记录已被删除或改动（第 {number} 条前后）。</translation>
        </message>
        <message>
            <source>The mode must be county or city.</source>
            <translation>使用模式只能是县级（county）或市级（city）。</translation>
        </message>
        <message>
            <source>The new password must differ from the current one.</source>
            <translation>新密码不能与当前密码相同。</translation>
        </message>
        <message>
            <source>The office code must be 6 digits, optionally followed by a dash and up to 4 letters or digits (for example 410522 or 410522-01).</source>
            <translation>单位代码应为 6 位数字，可在后面加短横线和不超过 4 位的字母或数字（例如 410522 或 410522-01）。</translation>
        </message>
        <message>
            <source>The office code must have 6 digits; “{code}” has {count}.</source>
            <translation>单位代码应为 6 位数字，“{code}”是 {count} 位。</translation>
        </message>
        <message>
            <source>The office's full name.</source>
            <translation>单位全称。</translation>
        </message>
        <message>
            <source>The office's name has at most {count} characters.</source>
            <translation>单位名称不能超过 {count} 个字符。</translation>
        </message>
        <message>
            <source>The operation failed: {error}</source>
            <translation>操作失败：{error}</translation>
        </message>
        <message>
            <source>The password is strong enough.</source>
            <translation>密码强度符合要求。</translation>
        </message>
        <message>
            <source>The password must have at least {count} characters.</source>
            <translation>密码至少需要 {count} 位。</translation>
        </message>
        <message>
            <source>The password must mix at least three of: lower-case letters, upper-case letters, digits and symbols.</source>
            <translation>密码须至少包含小写字母、大写字母、数字、符号中的三种。</translation>
        </message>
        <message>
            <source>The password must not contain the user name.</source>
            <translation>密码不能包含用户名。</translation>
        </message>
        <message>
            <source>The password of {name} has been reset.</source>
            <translation>{name} 的密码已重置。</translation>
        </message>
        <message>
            <source>The password of {user} has been reset; he or she must choose a new one at the next login.</source>
            <translation>已重设用户 {user} 的密码，该用户下次登录时须修改密码。</translation>
        </message>
        <message>
            <source>The person's real name, shown in the window and in the history of every change.</source>
            <translation>本人的真实姓名，显示在窗口和修改历史中。</translation>
        </message>
        <message>
            <source>The program backs up only its own database file; back up a server database with the server's own tools.</source>
            <translation>本程序只能备份本机数据库文件；服务器数据库请使用服务器自带的工具备份。</translation>
        </message>
        <message>
            <source>The program has not changed the database file.</source>
            <translation>程序没有改动该数据库文件。</translation>
        </message>
        <message>
            <source>The program may not write to the backup folder {path}: no backup was made. Ask whoever looks after this computer to allow it.</source>
            <translation>本程序无权写入备份文件夹 {path}，未能备份。请联系本机管理人员开通写入权限。</translation>
        </message>
        <message>
            <source>The real name.</source>
            <translation>真实姓名。</translation>
        </message>
        <message>
            <source>The replaced database could not be read; it was kept unchanged as {path}.</source>
            <translation>被替换的数据库已无法读取，已原样保存为 {path}。</translation>
        </message>
        <message>
            <source>The replaced database was kept as {path}.</source>
            <translation>被替换的数据库已保存为 {path}。</translation>
        </message>
        <message>
            <source>The suffix after the dash must have 1 to {count} letters or digits.</source>
            <translation>短横线后的后缀应为 1 至 {count} 位字母或数字。</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>The user must change it at the first login.</source>
            <translation>用户首次登录时须修改此密码。</translation>
        </message>
        <message>
            <source>The user name “{name}” is already taken.</source>
            <translation>用户名“{name}”已存在。</translation>
        </message>
        <message>
            <source>There are no backups of this database yet. You can still choose a backup file with “Other file…”.</source>
            <translation>该数据库还没有备份。您仍可以通过“其他文件…”选择一个备份文件。</translation>
        </message>
        <message>
            <source>There are unsaved changes. Discard them?</source>
            <translation>有未保存的修改，是否放弃？</translation>
        </message>
        <message>
            <source>There is no active administrator; name a user with --user.</source>
            <translation>没有在用的管理员，请用 --user 指定用户。</translation>
        </message>
        <message>
            <source>There is no setting called “{key}”.</source>
            <translation>没有名为“{key}”的设置项。</translation>
        </message>
        <message>
            <source>There is no user with number {id}.</source>
            <translation>不存在编号为 {id} 的用户。</translation>
        </message>
        <message>
            <source>There is no user “{name}”.</source>
            <translation>用户“{name}”不存在。</translation>
        </message>
        <message>
            <source>This account has been disabled; ask an administrator to enable it.</source>
            <translation>该账户已停用，请联系管理员启用。</translation>
        </message>
        <message>
            <source>This database already belongs to {name} ({code}); it cannot be set up again.</source>
            <translation>该数据库已属于{name}（{code}），不能再次初始化。</translation>
        </message>
        <message>
            <source>This database has just been set up in another window.</source>
            <translation>该数据库刚刚已在另一个窗口中完成初始化。</translation>
        </message>
        <message>
            <source>This database has not been set up yet. Enter your office's details and choose the first administrator's account. You can add the other users afterwards.</source>
            <translation>该数据库尚未设置。请填写本单位信息，并设置第一个管理员账户。其他用户可在之后添加。</translation>
        </message>
        <message>
            <source>This database has not been set up yet; run “jianguan init” first.</source>
            <translation>该数据库尚未初始化，请先运行“jianguan init”。</translation>
        </message>
        <message>
            <source>This entry concerns no single record (for example a login), so it has no history.</source>
            <translation>这条日志不涉及某一条具体记录（例如登录），因此没有修改历史。</translation>
        </message>
        <message>
            <source>This password is one of the most common passwords; choose another.</source>
            <translation>这是最常见的弱密码之一，请换一个。</translation>
        </message>
        <message>
            <source>This program's backup policy (issue #2)</source>
            <translation>本程序备份策略（issue #2）</translation>
        </message>
        <message>
            <source>This program's security policy (issue #2)</source>
            <translation>本程序安全策略（issue #2）</translation>
        </message>
        <message>
            <source>This record has been changed by someone else; nothing was overwritten. Reopen it to see the latest version.</source>
            <translation>此记录已被他人修改，您的修改未保存，原记录未被覆盖。请重新打开查看最新内容。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <source>Today is {date}.</source>
            <translation>今天是 {date}。</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the account is locked for {minutes} minutes, until {time}.</source>
            <translation>密码错误次数过多，账户已锁定 {minutes} 分钟，请于 {time} 后再试。</translation>
        </message>
        <message>
            <source>Type the password again.</source>
            <translation>请再输入一次密码。</translation>
        </message>
        <message>
            <source>Type the password again: </source>
            <translation>请再输入一次密码：</translation>
        </message>
        <message>
            <source>USER</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>Unknown arguments: {args}.</source>
            <translation>无法识别的参数：{args}。</translation>
        </message>
        <message>
            <source>Unknown role “{role}”; choose administrator, head of office, clerk or read only.</source>
            <translation>未知角色“{role}”，请选择管理员、负责人、经办人或只读。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>Upgrading the database {path} from version {old} to {new} failed; the database was left unchanged. A copy made before the upgrade is at {backup}. Reason: {error}</source>
            <translation>数据库 {path} 从版本 {old} 升级到 {new} 失败，数据库未作任何改动。升级前已备份至 {backup}。原因：{error}</translation>
        </message>
        <message>
            <source>Upgrading the database {path} from version {old} to {new} failed; the database was left unchanged. Reason: {error}</source>
            <translation>数据库 {path} 从版本 {old} 升级到 {new} 失败，数据库未作任何改动。原因：{error}</translation>
        </message>
        <message>
            <source>Usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>User</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>User account</source>
            <translation>用户账户</translation>
        </message>
        <message>
            <source>User management</source>
            <translation>用户管理</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>User {user} can log in again.</source>
            <translation>用户 {user} 已重新启用，可以登录。</translation>
        </message>
        <message>
            <source>User {user} is disabled and can no longer log in.</source>
            <translation>用户 {user} 已停用，不能再登录。</translation>
        </message>
        <message>
            <source>User: {name} ({role})</source>
            <translation>用户：{name}（{role}）</translation>
        </message>
        <message>
            <source>VALUE</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>当前值</translation>
        </message>
        <message>
            <source>Value in force</source>
            <translation>当前值</translation>
        </message>
        <message>
            <source>Welcome to the supervision registers</source>
            <translation>欢迎使用公共资源交易监管台账</translation>
        </message>
        <message>
            <source>What the administrator types to log in: letters, digits, underscores or Chinese characters.</source>
            <translation>管理员登录时输入的名称，可使用字母、数字、下划线或汉字。</translation>
        </message>
        <message>
            <source>What the person types to log in: letters, digits, underscores or Chinese characters.</source>
            <translation>本人登录时输入的名称，可使用字母、数字、下划线或汉字。</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>With --record: the record's table.</source>
            <translation>与 --record 一起使用：记录所在的表。</translation>
        </message>
        <message>
            <source>Wrong passwords in a row</source>
            <translation>连续输错密码次数</translation>
        </message>
        <message>
            <source>Wrong passwords in a row before an account is locked</source>
            <translation>连续输错密码多少次后锁定账户</translation>
        </message>
        <message>
            <source>Wrong user name or password.</source>
            <translation>用户名或密码不正确。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>不能停用您自己的账户。</translation>
        </message>
        <message>
            <source>You must choose a new password before you can continue.</source>
            <translation>必须先设置新密码才能继续使用。</translation>
        </message>
        <message>
            <source>Your password has been changed.</source>
            <translation>您的密码已修改。</translation>
        </message>
        <message>
            <source>Your password was set by an administrator. Choose a new password that only you know before you continue.</source>
            <translation>您的密码是由管理员设置的。请先设置一个只有您自己知道的新密码，然后再继续。</translation>
        </message>
        <message>
            <source>Your role ({role}) may not {action}.</source>
            <translation>您的角色（{role}）无权{action}。</translation>
        </message>
        <message>
            <source>active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>arguments</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>before a downgrade</source>
            <translation>降级前自动备份</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>恢复前自动留存</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>升级前自动备份</translation>
        </message>
        <message>
            <source>change settings</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>copies</source>
            <translation>份</translation>
        </message>
        <message>
            <source>county: a county office; city: the city office.</source>
            <translation>county：县级单位；city：市级单位。</translation>
        </message>
        <message>
            <source>database file or URL (default: JIANGUAN_DB or the data folder)</source>
            <translation>数据库文件或地址（默认：JIANGUAN_DB 环境变量或数据文件夹）</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>例如：{example}</translation>
        </message>
        <message>
            <source>enter and edit records</source>
            <translation>录入和修改记录</translation>
        </message>
        <message>
            <source>jianguan-desktop {version} (database version {revision})</source>
            <translation>jianguan-desktop {version}（数据库版本 {revision}）</translation>
        </message>
        <message>
            <source>locked until {time}</source>
            <translation>锁定至 {time}</translation>
        </message>
        <message>
            <source>made by hand</source>
            <translation>手动备份</translation>
        </message>
        <message>
            <source>manage backups</source>
            <translation>管理备份</translation>
        </message>
        <message>
            <source>manage users</source>
            <translation>管理用户</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>no log could be written</source>
            <translation>无法写入日志</translation>
        </message>
        <message>
            <source>on quitting</source>
            <translation>退出时自动备份</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>see confidential personal data</source>
            <translation>查看保密的个人信息</translation>
        </message>
        <message>
            <source>small: a few of everything; large: more users and history.</source>
            <translation>small：少量演示数据；large：更多用户和操作记录。</translation>
        </message>
        <message>
            <source>times</source>
            <translation>次</translation>
        </message>
        <message>
            <source>view registers</source>
            <translation>查看台账</translation>
        </message>
        <message>
            <source>view the audit trail</source>
            <translation>查看审计日志</translation>
        </message>
        <message>
            <source>write and read sync packages</source>
            <translation>导出和导入同步包</translation>
        </message>
        <message>
            <source>{argument} needs a value.</source>
            <translation>{argument} 后面需要填写一个值。</translation>
        </message>
        <message>
            <source>{argument}: “{value}” is not a whole number.</source>
            <translation>{argument}：“{value}”不是整数。</translation>
        </message>
        <message>
            <source>{argument}: “{value}” is not one of {choices}.</source>
            <translation>{argument}：“{value}”无效，可选值为 {choices}。</translation>
        </message>
        <message>
            <source>{count} matters are due, {overdue} of them overdue (in red).</source>
            <translation>共有 {count} 项到期事项，其中 {overdue} 项已逾期（红色显示）。</translation>
        </message>
        <message>
            <source>{count} matters are due.</source>
            <translation>共有 {count} 项到期事项。</translation>
        </message>
        <message>
            <source>{count} records</source>
            <translation>共 {count} 条</translation>
        </message>
        <message>
            <source>{days} days left</source>
            <translation>还剩 {days} 天</translation>
        </message>
        <message>
            <source>{days} days overdue</source>
            <translation>已逾期 {days} 天</translation>
        </message>
        <message>
            <source>{done} of {total} rows written</source>
            <translation>已写入 {done} / {total} 条</translation>
        </message>
        <message>
            <source>{label}: now {value}.</source>
            <translation>{label}：现为 {value}。</translation>
        </message>
        <message>
            <source>{name}
Version {version}

Works offline: nothing is sent over the network.
Database: {location}</source>
            <translation>{name}
版本 {version}

离线运行：不通过网络发送任何数据。
数据库：{location}</translation>
        </message>
        <message>
            <source>{path} cannot be overwritten: it may be open in Excel. Close it there, or choose another name, and export again.</source>
            <translation>无法覆盖 {path}：该文件可能正在 Excel 中打开。请先在 Excel 中关闭它，或另起一个文件名，再重新导出。</translation>
        </message>
        <message>
            <source>{path} could not be saved: {error}</source>
            <translation>无法保存 {path}：{error}</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <source>{problem} Nothing was restored; the current database was not changed.</source>
            <translation>{problem}未恢复任何数据，当前数据库未作任何改动。</translation>
        </message>
        <message>
            <source>{problem} See “{prog} --help”.</source>
            <translation>{problem}用法请见“{prog} --help”。</translation>
        </message>
        <message>
            <source>{year}-{month}-{day}</source>
            <translation>{year}年{month}月{day}日</translation>
        </message>
        <message>
            <source>“{job}” is still running. Wait until it has finished, or cancel it, and then quit.</source>
            <translation>“{job}”仍在进行中。请等待其完成或将其取消，然后再退出。</translation>
        </message>
        <message>
            <source>“{label}” must be a whole number.</source>
            <translation>“{label}”必须是整数。</translation>
        </message>
        <message>
            <source>“{label}” must be at least {low}.</source>
            <translation>“{label}”不能小于 {low}。</translation>
        </message>
        <message>
            <source>“{label}” must be at most {high}.</source>
            <translation>“{label}”不能大于 {high}。</translation>
        </message>
        <message>
            <source>“{label}” must be yes or no.</source>
            <translation>“{label}”只能填“是”或“否”。</translation>
        </message>
        <message>
            <source>“{name}” is the last active administrator and cannot be disabled.</source>
            <translation>“{name}”是最后一位在用的管理员，不能停用。</translation>
        </message>
    </context>
</TS>
