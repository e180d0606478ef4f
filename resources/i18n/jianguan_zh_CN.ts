<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>jianguan</name>
        <message>
            <source> (convening unit)</source>
            <translation>（牵头单位）</translation>
        </message>
        <message>
            <source> (month)</source>
            <translation> 月</translation>
        </message>
        <message>
            <source> (quarter)</source>
            <translation> 季度</translation>
        </message>
        <message>
            <source> (year)</source>
            <translation> 年</translation>
        </message>
        <message>
            <source> ({count} overdue)</source>
            <translation>（逾期{count}项）</translation>
        </message>
        <message>
            <source> ({extra})</source>
            <translation>（{extra}）</translation>
        </message>
        <message>
            <source> A written reply is asked for by {day}.</source>
            <translation>要求于{day}前书面回复。</translation>
        </message>
        <message>
            <source> Proof: {note}</source>
            <translation>修复材料：{note}</translation>
        </message>
        <message>
            <source> The figures are those of {office}.</source>
            <translation>本报告统计数据范围：{office}。</translation>
        </message>
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
            <source>(Not written yet.)</source>
            <translation>（本部分尚未填写。）</translation>
        </message>
        <message>
            <source>(Nothing follows.)</source>
            <translation>（以下空白）</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>(no project given)</source>
            <translation>（未填写项目）</translation>
        </message>
        <message>
            <source>(none entered)</source>
            <translation>（未录入）</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>(not named)</source>
            <translation>（未指定）</translation>
        </message>
        <message>
            <source>(not shown)</source>
            <translation>（不显示）</translation>
        </message>
        <message>
            <source>(the case's steps)</source>
            <translation>（案件办理环节）</translation>
        </message>
        <message>
            <source>(the time limits)</source>
            <translation>（办理期限）</translation>
        </message>
        <message>
            <source>(vacant)</source>
            <translation>（空缺）</translation>
        </message>
        <message>
            <source>(what was found, as printed)</source>
            <translation>（核查结果，与打印件一致）</translation>
        </message>
        <message>
            <source>({code_label}: {code})</source>
            <translation>（{code_label}为{code}）</translation>
        </message>
        <message>
            <source>({index}) {list}, entry {number}</source>
            <translation>（{index}）{list}，编号{number}</translation>
        </message>
        <message>
            <source>, convened by {unit}</source>
            <translation>，由{unit}召集</translation>
        </message>
        <message>
            <source>, {rate} of them on time</source>
            <translation>，按期办结率{rate}</translation>
        </message>
        <message>
            <source>--project and --purpose go with --save.</source>
            <translation>--project 和 --purpose 须与 --save 一起使用。</translation>
        </message>
        <message>
            <source>--within must be zero or more working days.</source>
            <translation>--within 须为 0 或更多个工作日。</translation>
        </message>
        <message>
            <source>-o goes with --vcard or --xlsx.</source>
            <translation>-o 须与 --vcard 或 --xlsx 一起使用。</translation>
        </message>
        <message>
            <source>1. Market entities matched</source>
            <translation>一、匹配的市场主体</translation>
        </message>
        <message>
            <source>1. The file</source>
            <translation>第一步：选择文件</translation>
        </message>
        <message>
            <source>18 characters; full-width characters, lower case and spaces are corrected. Format the column as text so that Excel keeps every digit of an ID number.</source>
            <translation>共 18 位；全角字符、小写字母和空格会自动更正。请将本列设为文本格式，以免 Excel 丢失身份证号的末几位。</translation>
        </message>
        <message>
            <source>2. Active credit list entries</source>
            <translation>二、有效名单记录</translation>
        </message>
        <message>
            <source>2. The check</source>
            <translation>第二步：检查结果</translation>
        </message>
        <message>
            <source>3. Conclusion</source>
            <translation>三、核查结论</translation>
        </message>
        <message>
            <source>3. The import</source>
            <translation>第三步：导入</translation>
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
            <source>&lt;b&gt;Early warnings:&lt;/b&gt; looking…</source>
            <translation>&lt;b&gt;预警：&lt;/b&gt;正在查找……</translation>
        </message>
        <message>
            <source>&lt;b&gt;Early warnings:&lt;/b&gt; none at the moment. &lt;a href="warnings"&gt;See the list&lt;/a&gt;</source>
            <translation>&lt;b&gt;预警：&lt;/b&gt;目前没有预警。&lt;a href="warnings"&gt;查看预警列表&lt;/a&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Early warnings:&lt;/b&gt; {rules}. &lt;a href="warnings"&gt;See the list&lt;/a&gt;</source>
            <translation>&lt;b&gt;预警：&lt;/b&gt;{rules}。&lt;a href="warnings"&gt;查看预警列表&lt;/a&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Your password:&lt;/b&gt; change it under System → Change password; never share your account.</source>
            <translation>&lt;b&gt;您的密码：&lt;/b&gt;可在“系统 → 修改密码”中修改；请勿与他人共用账户。</translation>
        </message>
        <message>
            <source>A (trustworthy)</source>
            <translation>A级（诚信）</translation>
        </message>
        <message>
            <source>A backup was made before the import: {path}</source>
            <translation>导入前已备份数据库：{path}</translation>
        </message>
        <message>
            <source>A batch of this plan has been drawn: its year can no longer change.</source>
            <translation>本计划已有批次完成抽取，年度不能再修改。</translation>
        </message>
        <message>
            <source>A calendar day is a holiday, a make-up working day or an ordinary day.</source>
            <translation>日期类型只能是放假、调休上班或普通日。</translation>
        </message>
        <message>
            <source>A change of leader or liaison is reported within</source>
            <translation>责任领导或联络员变动的报送时限</translation>
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
            <source>A code of {length} characters.</source>
            <translation>编码，{length} 位。</translation>
        </message>
        <message>
            <source>A code.</source>
            <translation>编码。</translation>
        </message>
        <message>
            <source>A complaint that belongs to another department is passed to it under territorial management and by category.</source>
            <translation>接收的投诉不属于本部门办理的，按照“属地管理、分类负责”的原则转有关行政监督部门办理。</translation>
        </message>
        <message>
            <source>A correction changes this entry only. When the unit named somebody else, record a change of post instead.</source>
            <translation>更正只修改本条记录。如单位已另行指定人员，请登记人员变动。</translation>
        </message>
        <message>
            <source>A county office exchanges packages only with its city office, and the city only with its counties: office {code} is of the same level as this one.</source>
            <translation>县级办公室只与市级办公室交换数据包，市级办公室只与所辖县级办公室交换：{code}与本单位同级，不能登记。</translation>
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
            <source>A date, such as 2026-03-05.</source>
            <translation>日期，如 2026-03-05。</translation>
        </message>
        <message>
            <source>A decision has already been made and the complainant brings no new evidence</source>
            <translation>已经作出处理决定，并且投诉人没有提出新的证据</translation>
        </message>
        <message>
            <source>A feedback time limit must be 1 to {most} days; {count} is not allowed.</source>
            <translation>反馈期限须为 1 至 {most} 日，不能为 {count}。</translation>
        </message>
        <message>
            <source>A general item is drawn at no more than its share; a key item has no cap.</source>
            <translation>一般检查事项按不超过上限的比例抽取；重点检查事项不设上限。</translation>
        </message>
        <message>
            <source>A general item needs the highest share of a pool it may take, 1 to 100 %.</source>
            <translation>一般检查事项须填写抽查比例上限（1%至100%）。</translation>
        </message>
        <message>
            <source>A meeting cannot be held on a day to come: give the day it is planned for instead.</source>
            <translation>召开日期不能晚于今天；尚未召开的会议请填写计划日期。</translation>
        </message>
        <message>
            <source>A member unit that changes its responsible leader or liaison officer reports the change to {office} within {days} working days of the decision.</source>
            <translation>成员单位责任领导、联络员发生变动的，应自调整确定之日起{days}个工作日内报{office}。</translation>
        </message>
        <message>
            <source>A mobile number has 11 digits and starts with 1 (such as 13812345678): “{text}” has {count}.</source>
            <translation>手机号码为以 1 开头的 11 位数字（如 13812345678）：“{text}”为 {count} 位。</translation>
        </message>
        <message>
            <source>A mobile number has digits only: “{text}”.</source>
            <translation>手机号码只能由数字组成：“{text}”。</translation>
        </message>
        <message>
            <source>A name has at most {count} characters.</source>
            <translation>姓名不能超过 {count} 个字符。</translation>
        </message>
        <message>
            <source>A new entity</source>
            <translation>新的市场主体</translation>
        </message>
        <message>
            <source>A note holds at most {limit} characters; this one has {count}.</source>
            <translation>备注最多 {limit} 个字，当前为 {count} 个字。</translation>
        </message>
        <message>
            <source>A note of the city office on this record (the record itself stays as its office made it)</source>
            <translation>市级单位对该记录的备注（记录本身保持其所属单位录入的原样）</translation>
        </message>
        <message>
            <source>A note.</source>
            <translation>备注。</translation>
        </message>
        <message>
            <source>A notice cannot be issued before the date of signing.</source>
            <translation>印发日期不能早于成文日期。</translation>
        </message>
        <message>
            <source>A number, at most {places} digits after the point.</source>
            <translation>数字，最多 {places} 位小数。</translation>
        </message>
        <message>
            <source>A number.</source>
            <translation>数字。</translation>
        </message>
        <message>
            <source>A package goes every {days} days (setting); the last one was written on {last}.</source>
            <translation>每 {days} 天报送一次数据包（见设置）；上一次于 {last} 生成。</translation>
        </message>
        <message>
            <source>A person already in the directory with this number is updated from the row.</source>
            <translation>名录库中已有该执法证号的人员，将按本行信息更新。</translation>
        </message>
        <message>
            <source>A person picked is no longer in the directory.</source>
            <translation>所选人员已不在通讯录中。</translation>
        </message>
        <message>
            <source>A plan's pool is normally the projects completed this year and the last.</source>
            <translation>抽查计划的对象库一般为本年度和上一年度完成交易的项目。</translation>
        </message>
        <message>
            <source>A project cannot be completed before its bids were opened ({day}).</source>
            <translation>项目完成日期不能早于开标日期（{day}）。</translation>
        </message>
        <message>
            <source>A project's number; for an entity its code in the register of market entities (name, kind and grade come from there).</source>
            <translation>交易项目填项目编号；主体填其在市场主体库中的代码（名称、类别和信用等级从主体库带出）。</translation>
        </message>
        <message>
            <source>A result is closed only with its method, inspection date and findings: fill in {field}.</source>
            <translation>检查结果须有检查方式、检查日期和核查结果方可办结：请填写{field}。</translation>
        </message>
        <message>
            <source>A sync package goes to the partner office every</source>
            <translation>向交换单位报送数据包的周期</translation>
        </message>
        <message>
            <source>A task cannot be done on a day to come.</source>
            <translation>办结日期不能晚于今天。</translation>
        </message>
        <message>
            <source>A task is closed as done or as cancelled.</source>
            <translation>督办事项只能以“已办结”或“已撤销”结束。</translation>
        </message>
        <message>
            <source>A task needs the unit in charge of it: pick a member unit.</source>
            <translation>督办事项须有责任单位：请选择一个成员单位。</translation>
        </message>
        <message>
            <source>A time limit counts working days or calendar days.</source>
            <translation>期限只能按工作日或自然日计算。</translation>
        </message>
        <message>
            <source>A transfer to the public security organ is approved by the head of the office (State Council Decree No. 310, Article 5).</source>
            <translation>向公安机关移送涉嫌犯罪案件，应当报经本机关正职负责人批准（国务院令第310号第五条）。</translation>
        </message>
        <message>
            <source>A transfer to the public security organ must be approved by the head of the office (State Council Decree No. 310, Article 5); enter who approved it.</source>
            <translation>向公安机关移送案件须报经本机关负责人批准（国务院令第310号第五条），请填写批准人。</translation>
        </message>
        <message>
            <source>A transfer to the public security organ must list its materials: the transfer letter, the investigation report, the list of items involved, test or appraisal reports.</source>
            <translation>向公安机关移送的，应当附移送材料清单：案件移送书、涉嫌犯罪案件情况的调查报告、涉案物品清单、有关检验报告或者鉴定结论等。</translation>
        </message>
        <message>
            <source>A transfer to the public security organ must list the materials sent with it (State Council Decree No. 310, Article 6): the transfer letter, the investigation report, the list of items involved and any test or appraisal reports.</source>
            <translation>向公安机关移送案件须附移送材料清单（国务院令第310号第六条）：涉嫌犯罪案件移送书、涉嫌犯罪案件情况的调查报告、涉案物品清单、有关检验报告或者鉴定结论等。</translation>
        </message>
        <message>
            <source>A unified social credit code cannot contain {chars} (only digits and capital letters other than I, O, Z, S and V).</source>
            <translation>统一社会信用代码中不能有{chars}（只能是数字和除 I、O、Z、S、V 以外的大写字母）。</translation>
        </message>
        <message>
            <source>A unified social credit code has 18 characters; this one has {n}.</source>
            <translation>统一社会信用代码应为18位，这个是{n}位。</translation>
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
            <source>A whole number.</source>
            <translation>整数。</translation>
        </message>
        <message>
            <source>A year has four quarters (1 to 4).</source>
            <translation>一年只有四个季度（第 1 至第 4 季度），请重新选择。</translation>
        </message>
        <message>
            <source>A year's holidays and make-up working days, and whether the table covers it.</source>
            <translation>显示某年的放假和调休上班日，以及该年是否已录入。</translation>
        </message>
        <message>
            <source>A, B, C or D is understood too.</source>
            <translation>也可直接填写 A、B、C 或 D。</translation>
        </message>
        <message>
            <source>ARCHITECTURE «Who uses it, and where»: a county writes a sync package once a week or month; issue 8 item 7 presets 7 days</source>
            <translation>ARCHITECTURE《使用者和使用场所》：县级办公室每周或每月生成一次数据包；第 8 号任务第 7 项预设为 7 天</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>Accept a missing earlier package (负责人 only), giving the reason.</source>
            <translation>接受缺少的前序数据包（仅限负责人），并填写原因。</translation>
        </message>
        <message>
            <source>Accept the complaint</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Accept, refuse, ask for materials, transfer, suspend, resume, extend, decide, answer or archive the selected complaint</source>
            <translation>对选中的投诉办理受理、不予受理、补正、转办、暂停、恢复、延期、处理决定、反馈或归档</translation>
        </message>
        <message>
            <source>Acceptance review</source>
            <translation>受理审查</translation>
        </message>
        <message>
            <source>Accepted on</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <source>Accepted, under investigation</source>
            <translation>已受理，调查处理中</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>账户锁定</translation>
        </message>
        <message>
            <source>Acknowledged {date}</source>
            <translation>已回执 {date}</translation>
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
            <source>Active today</source>
            <translation>今日是否有效</translation>
        </message>
        <message>
            <source>Actual size</source>
            <translation>实际大小</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <source>Add a batch to the chosen plan: items, departments, objects, ratios, time window</source>
            <translation>为所选计划新增批次：检查事项、实施部门、检查对象、抽取比例、检查时间</translation>
        </message>
        <message>
            <source>Add a decision: {title}</source>
            <translation>添加议定事项：{title}</translation>
        </message>
        <message>
            <source>Add a record (Ctrl+N)</source>
            <translation>新增一条记录（Ctrl+N）</translation>
        </message>
        <message>
            <source>Add a row for one more material</source>
            <translation>增加一行移送材料</translation>
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
            <source>Add an item to the unit's list of responsibilities</source>
            <translation>为该单位的权责清单添加一项</translation>
        </message>
        <message>
            <source>Add at least one batch before approving the plan.</source>
            <translation>请先添加至少一个批次，再批准计划。</translation>
        </message>
        <message>
            <source>Add decision…</source>
            <translation>添加议定事项…</translation>
        </message>
        <message>
            <source>Add demonstration users and data.</source>
            <translation>添加演示用户和数据。</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>添加文件…</translation>
        </message>
        <message>
            <source>Add material</source>
            <translation>添加材料</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>添加备注</translation>
        </message>
        <message>
            <source>Add one more task to this decision</source>
            <translation>为该议定事项再添加一项督办事项</translation>
        </message>
        <message>
            <source>Add the users</source>
            <translation>添加用户</translation>
        </message>
        <message>
            <source>Added at</source>
            <translation>添加时间</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>添加人</translation>
        </message>
        <message>
            <source>Added user {user} ({name}, {role}).</source>
            <translation>已添加用户 {user}（{name}，{role}）。</translation>
        </message>
        <message>
            <source>Adding complaints…</source>
            <translation>正在添加投诉举报……</translation>
        </message>
        <message>
            <source>Adding credit grades…</source>
            <translation>正在添加信用等级…</translation>
        </message>
        <message>
            <source>Adding credit list entries…</source>
            <translation>正在添加红黑名单信息…</translation>
        </message>
        <message>
            <source>Adding inspection plans…</source>
            <translation>正在添加抽查计划…</translation>
        </message>
        <message>
            <source>Adding market entities…</source>
            <translation>正在添加市场主体……</translation>
        </message>
        <message>
            <source>Adding objects of inspection…</source>
            <translation>正在添加检查对象……</translation>
        </message>
        <message>
            <source>Adding users…</source>
            <translation>正在添加用户…</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Address or project</source>
            <translation>地址/项目</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Administrative division code</source>
            <translation>行政区划代码</translation>
        </message>
        <message>
            <source>Administrative penalty</source>
            <translation>行政处罚</translation>
        </message>
        <message>
            <source>Administrative supervision department</source>
            <translation>行政监督部门</translation>
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
            <source>Agencies active this year: {active}, drawn: {drawn} ({ratio:.1f}%); at least {minimum}% required: {state}.</source>
            <translation>本年度有业务的代理机构{active}家，已抽取{drawn}家（{ratio:.1f}%）；要求不低于{minimum}%：{state}。</translation>
        </message>
        <message>
            <source>Agencies doing business in {year}: {active}; drawn: {drawn} ({share:.1f} %); at least {minimum} % must be inspected — {verdict}.</source>
            <translation>{year}年有业务的招标代理机构：{active}家；已抽取：{drawn}家（{share:.1f}%）；应至少抽查{minimum}%——{verdict}。</translation>
        </message>
        <message>
            <source>Agencies: lowest share of those active this year</source>
            <translation>代理机构：抽检比例不低于当年开展业务机构的</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>会议议程</translation>
        </message>
        <message>
            <source>Agriculture (农业)</source>
            <translation>农业</translation>
        </message>
        <message>
            <source>Algorithm</source>
            <translation>算法</translation>
        </message>
        <message>
            <source>Algorithm version</source>
            <translation>算法版本</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>All member units of the joint meeting</source>
            <translation>联席会议各成员单位</translation>
        </message>
        <message>
            <source>All offices</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>All {total} rows of {file} are fine (a dry run: nothing was imported).</source>
            <translation>{file} 的 {total} 行数据均无问题（试运行，未导入任何数据）。</translation>
        </message>
        <message>
            <source>All: {column}</source>
            <translation>全部{column}</translation>
        </message>
        <message>
            <source>Also say how the date was worked out.</source>
            <translation>同时说明截止日期的计算过程。</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>An Excel worksheet holds at most {limit} rows, but there are {count}. Narrow the view with the search box or a filter, then export again.</source>
            <translation>Excel 工作表最多只能容纳 {limit} 行，当前共有 {count} 条。请先用搜索框或筛选条件缩小范围，再重新导出。</translation>
        </message>
        <message>
            <source>An ID card number has 18 characters; this one has {n}.</source>
            <translation>身份证号应为18位，这个是{n}位。</translation>
        </message>
        <message>
            <source>An ID card number is 17 digits followed by a digit or X.</source>
            <translation>身份证号由17位数字加1位数字或X组成。</translation>
        </message>
        <message>
            <source>An entity of the register</source>
            <translation>从市场主体库中选择</translation>
        </message>
        <message>
            <source>An expert's employer (inspectors of that unit are not matched with them). For a project: blank means its tenderer.</source>
            <translation>评标专家填其工作单位（该单位的检查人员不与其匹配）。交易项目不填时为招标人。</translation>
        </message>
        <message>
            <source>An expert's employer; blank for a project: its tenderer.</source>
            <translation>评标专家填其工作单位；交易项目不填时为招标人。</translation>
        </message>
        <message>
            <source>An extension needs the approval of the head of the office; enter who approved it.</source>
            <translation>延期须经负责人批准，请填写批准人。</translation>
        </message>
        <message>
            <source>An issued notice needs its date of signing.</source>
            <translation>已印发的文件须填写成文日期。</translation>
        </message>
        <message>
            <source>An item picked is no longer on the inspection item list.</source>
            <translation>所选事项已不在抽查事项清单中。</translation>
        </message>
        <message>
            <source>An objection had to be raised first and was not, or the matter is already in administrative review or litigation</source>
            <translation>投诉事项应先提出异议没有提出异议，或者已进入行政复议或行政诉讼程序</translation>
        </message>
        <message>
            <source>An upheld complaint needs the measures taken.</source>
            <translation>投诉成立的，请填写采取的处理措施。</translation>
        </message>
        <message>
            <source>Annual plan</source>
            <translation>年度计划</translation>
        </message>
        <message>
            <source>Annual random inspection plan</source>
            <translation>年度抽查工作计划</translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>年度报告</translation>
        </message>
        <message>
            <source>Annual supervision report</source>
            <translation>年度公共资源交易监管工作情况报告</translation>
        </message>
        <message>
            <source>Annual supervision reports</source>
            <translation>年度监管工作报告</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>匿名</translation>
        </message>
        <message>
            <source>Another package is being imported; wait until it is done.</source>
            <translation>另一个数据包正在导入，请等它完成后再导入。</translation>
        </message>
        <message>
            <source>Another task</source>
            <translation>再添加一项督办事项</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>答复</translation>
        </message>
        <message>
            <source>Answer of {day}</source>
            <translation>{day}答复</translation>
        </message>
        <message>
            <source>Answer the complainant</source>
            <translation>反馈投诉人</translation>
        </message>
        <message>
            <source>Answer the objection</source>
            <translation>答复异议</translation>
        </message>
        <message>
            <source>Answer to the complainant</source>
            <translation>答复投诉人</translation>
        </message>
        <message>
            <source>Answer to the objection</source>
            <translation>答复意见</translation>
        </message>
        <message>
            <source>Anyone can check this draw: the command “jianguan draw verify {number}” re-runs it from this record and says whether the result matches. The algorithm ({algorithm}) is written down in the program's documentation precisely enough to re-implement it: with the seed, the pool hash and the pool listed in the appendix, the same objects and inspectors come out.</source>
            <translation>任何人均可核验本次抽取：执行命令“jianguan draw verify {number}”，程序将依据本记录重新抽取，并说明结果是否一致。抽取算法（{algorithm}）已在本程序的说明文档中详细载明，可据以独立实现：依据随机种子、对象库哈希值和附件所列对象库，将得出相同的检查对象和检查人员。</translation>
        </message>
        <message>
            <source>Apache License 2.0</source>
            <translation>Apache 许可证 2.0（Apache License 2.0）</translation>
        </message>
        <message>
            <source>Apache License 2.0 or GNU GPL v3 with font embedding exception</source>
            <translation>Apache 许可证 2.0 或 GNU GPL 第 3 版（含字体嵌入例外）</translation>
        </message>
        <message>
            <source>Appendix: the pool as snapshotted at the draw ({count} objects, listed by key in the order of the snapshot the pool hash is computed from)</source>
            <translation>附件：抽取时的对象库（共{count}个，按对象编号排序，与计算对象库哈希值所用快照的顺序一致）</translation>
        </message>
        <message>
            <source>Approval form for extending a complaint's time limit</source>
            <translation>投诉（举报）办理期限延期审批表</translation>
        </message>
        <message>
            <source>Approval form for extending the time limit</source>
            <translation>办理期限延期审批表</translation>
        </message>
        <message>
            <source>Approval of the head</source>
            <translation>负责人审批意见</translation>
        </message>
        <message>
            <source>Approve plan</source>
            <translation>批准计划</translation>
        </message>
        <message>
            <source>Approve “{title}” with its {count} batches? Its batches can then be drawn.</source>
            <translation>批准“{title}”及其{count}个批次？批准后即可对其批次进行抽取。</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>批准人</translation>
        </message>
        <message>
            <source>Approved by {by} on {day}; {count} batches.</source>
            <translation>已由{by}于{day}批准；共{count}个批次。</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>批准日期</translation>
        </message>
        <message>
            <source>Approved.</source>
            <translation>同意。</translation>
        </message>
        <message>
            <source>Archive the case</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>Archived on</source>
            <translation>归档日期</translation>
        </message>
        <message>
            <source>Arphic Public License</source>
            <translation>文鼎公众许可证（Arphic Public License）</translation>
        </message>
        <message>
            <source>Arphic Public License (free to use)</source>
            <translation>文鼎公众许可证（Arphic Public License），可免费使用</translation>
        </message>
        <message>
            <source>Article 19</source>
            <translation>第十九条</translation>
        </message>
        <message>
            <source>Article 20, item (1)</source>
            <translation>第二十条第（一）项</translation>
        </message>
        <message>
            <source>Article 20, item (2)</source>
            <translation>第二十条第（二）项</translation>
        </message>
        <message>
            <source>Article 3 of the Provisions on the Transfer of Suspected Criminal Cases by Administrative Law Enforcement Organs (State Council Decree No. 310)</source>
            <translation>《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第三条</translation>
        </message>
        <message>
            <source>Article 4 of the Regulations for the Implementation of the Bidding Law (each administrative supervision department supervises within its duties) and the case transfer mechanism of the joint supervision of public resource trading</source>
            <translation>《中华人民共和国招标投标法实施条例》第四条（有关行政监督部门按照职责分工对招标投标活动实施监督）和公共资源交易联动监管案件移送机制</translation>
        </message>
        <message>
            <source>Article 56 of the Government Procurement Law and the Measures on Government Procurement Queries and Complaints (Ministry of Finance Order No. 94)</source>
            <translation>《中华人民共和国政府采购法》第五十六条和《政府采购质疑和投诉办法》（财政部令第94号）</translation>
        </message>
        <message>
            <source>Article 61 of the Regulations for the Implementation of the Bidding Law and {item} of the Measures for Handling Complaints in Construction-Project Bidding (Order No. 11 of seven ministries)</source>
            <translation>《中华人民共和国招标投标法实施条例》第六十一条和《工程建设项目招标投标活动投诉处理办法》（七部委令第11号）{item}</translation>
        </message>
        <message>
            <source>As a minor breach it is normally not published.</source>
            <translation>轻微失信信息原则上不予公开。</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>核查日期</translation>
        </message>
        <message>
            <source>As of this date (YYYY-MM-DD; default today).</source>
            <translation>以该日期为准（格式 YYYY-MM-DD，默认今天）。</translation>
        </message>
        <message>
            <source>As of {date}, no active entry on the blacklist, the redlist or the watch list was found for “{query}”.</source>
            <translation>截至{date}，未发现“{query}”列入黑名单、红名单或重点关注名单的有效记录。</translation>
        </message>
        <message>
            <source>As of {date}, no entry of the {list} is within its publication period.</source>
            <translation>截至{date}，{list}中暂无处于公示期内的记录。</translation>
        </message>
        <message>
            <source>As of {date}, no registered entity and no active credit list entry matches “{query}”.</source>
            <translation>截至{date}，未找到与“{query}”相符的市场主体，未发现列入黑名单、红名单或重点关注名单的有效记录。</translation>
        </message>
        <message>
            <source>As of {date}, {count} active credit list entries were found for “{query}”: {parts}.</source>
            <translation>截至{date}，发现“{query}”的有效名单记录{count}条：{parts}。</translation>
        </message>
        <message>
            <source>As of {date}, {count} entries of the {list} are within their publication period; they are published as follows.</source>
            <translation>截至{date}，{list}中处于公示期内的记录共{count}条，现予公示。</translation>
        </message>
        <message>
            <source>As the shipped table says (remove the office's entry)</source>
            <translation>按程序内置日历（删除本单位的设置）</translation>
        </message>
        <message>
            <source>Ask for supplementary materials</source>
            <translation>通知补正</translation>
        </message>
        <message>
            <source>Assigned by a higher authority</source>
            <translation>上级交办</translation>
        </message>
        <message>
            <source>At least 8 characters, mixing three of: lower-case letters, upper-case letters, digits and symbols.</source>
            <translation>至少 8 位，须包含小写字母、大写字母、数字、符号中的至少三类。</translation>
        </message>
        <message>
            <source>At least one telephone: the mobile or the office phone.</source>
            <translation>手机和办公电话至少填写一项。</translation>
        </message>
        <message>
            <source>At least per grade</source>
            <translation>每个等级至少抽取</translation>
        </message>
        <message>
            <source>At least {count} inspectors must be matched with each object.</source>
            <translation>每个检查对象至少应匹配 {count} 名执法检查人员。</translation>
        </message>
        <message>
            <source>At most {count} characters.</source>
            <translation>最多 {count} 个字。</translation>
        </message>
        <message>
            <source>At most {limit} characters</source>
            <translation>最多 {limit} 个字</translation>
        </message>
        <message>
            <source>At most {places} digits after the decimal point.</source>
            <translation>最多只能有 {places} 位小数。</translation>
        </message>
        <message>
            <source>Attached file</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>附件</translation>
        </message>
        <message>
            <source>Attached files: {title}</source>
            <translation>附件：{title}</translation>
        </message>
        <message>
            <source>Attached files…</source>
            <translation>附件…</translation>
        </message>
        <message>
            <source>Attachment: the {kind} materials (copies)</source>
            <translation>附件：{kind}材料（复印件）</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>参会人员</translation>
        </message>
        <message>
            <source>Attendees: {names}</source>
            <translation>参会人员：{names}</translation>
        </message>
        <message>
            <source>Audit</source>
            <translation>审计</translation>
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
            <source>Available</source>
            <translation>在库可用</translation>
        </message>
        <message>
            <source>Average working days</source>
            <translation>平均用时（工作日）</translation>
        </message>
        <message>
            <source>B (fairly trustworthy)</source>
            <translation>B级（较为诚信）</translation>
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
            <source>Backup made before</source>
            <translation>导入前的备份</translation>
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
            <source>Basis of the decision</source>
            <translation>认定依据</translation>
        </message>
        <message>
            <source>Basis of the transfer</source>
            <translation>移送依据</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Batches</source>
            <translation>批次</translation>
        </message>
        <message>
            <source>Batches inspected</source>
            <translation>已完成批次</translation>
        </message>
        <message>
            <source>Batches planned</source>
            <translation>计划批次</translation>
        </message>
        <message>
            <source>Before the import the database was backed up to
{path}</source>
            <translation>导入前已将数据库备份到
{path}</translation>
        </message>
        <message>
            <source>Being inspected</source>
            <translation>检查中</translation>
        </message>
        <message>
            <source>Belongs to office</source>
            <translation>所属单位</translation>
        </message>
        <message>
            <source>Bidder / supplier</source>
            <translation>投标人/供应商</translation>
        </message>
        <message>
            <source>Bidder or supplier</source>
            <translation>投标人/供应商</translation>
        </message>
        <message>
            <source>Bidders, tenderers, agencies and experts are the backbone of every register. On the register page click “Import…”, download the template, fill it in and import it (or enter them one by one with “New…”).</source>
            <translation>投标人、招标人、代理机构和评标专家是各本台账的基础。在市场主体库页面点击“导入…”，下载模板，填好后导入（也可点击“新建…”逐条录入）。</translation>
        </message>
        <message>
            <source>Bidding (Implementing Regulations, art. 61)</source>
            <translation>招标投标（实施条例第六十一条）</translation>
        </message>
        <message>
            <source>Bids opened on</source>
            <translation>开标日期</translation>
        </message>
        <message>
            <source>Blacklist</source>
            <translation>黑名单</translation>
        </message>
        <message>
            <source>Blacklist publication</source>
            <translation>黑名单公示表</translation>
        </message>
        <message>
            <source>Blacklist publication list</source>
            <translation>黑名单公示表</translation>
        </message>
        <message>
            <source>Blacklist, redlist and watch list. An entry is proposed, the party is notified and may object, then the entry is listed and published; it leaves the list by itself the day after its period ends. Listing, repair and removal are decisions of the head of the office.</source>
            <translation>黑名单、红名单和重点关注名单。先拟列入，告知当事人并听取陈述申辩，再列入名单并公示；公示期届满次日自动移出有效名单。列入、信用修复和移出由负责人决定。</translation>
        </message>
        <message>
            <source>Blacklisted entity appears again</source>
            <translation>黑名单主体再次出现</translation>
        </message>
        <message>
            <source>Blank while the meeting is only planned; decisions are recorded once it has been held.</source>
            <translation>会议尚在计划中时留空；会议召开后方可登记议定事项。</translation>
        </message>
        <message>
            <source>Blank: a line to fill in by hand</source>
            <translation>留空则打印横线，供手工填写</translation>
        </message>
        <message>
            <source>Blank: administrative supervision department.</source>
            <translation>不填：行政监督部门。</translation>
        </message>
        <message>
            <source>Blank: after the last unit</source>
            <translation>留空：排在最后</translation>
        </message>
        <message>
            <source>Blank: available.</source>
            <translation>不填：视为可参加抽取。</translation>
        </message>
        <message>
            <source>Blank: medium.</source>
            <translation>不填：中。</translation>
        </message>
        <message>
            <source>Blank: the next free number</source>
            <translation>留空则自动取下一个文号</translation>
        </message>
        <message>
            <source>Blank: the year of signing</source>
            <translation>留空则取成文日期所在年份</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Bring the selected deleted record back</source>
            <translation>恢复选中的已删除记录</translation>
        </message>
        <message>
            <source>Business environment</source>
            <translation>营商环境</translation>
        </message>
        <message>
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>By e-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>By fax</source>
            <translation>传真</translation>
        </message>
        <message>
            <source>By office</source>
            <translation>各单位对比</translation>
        </message>
        <message>
            <source>By post</source>
            <translation>邮寄送达</translation>
        </message>
        <message>
            <source>By step</source>
            <translation>各环节</translation>
        </message>
        <message>
            <source>By telephone</source>
            <translation>电话告知</translation>
        </message>
        <message>
            <source>By {date}</source>
            <translation>{date}前</translation>
        </message>
        <message>
            <source>C (watch)</source>
            <translation>C级（重点关注）</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>CODE_OR_NAME</source>
            <translation>代码或名称</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>Calendar day</source>
            <translation>节假日日历（日期）</translation>
        </message>
        <message>
            <source>Calendar warnings</source>
            <translation>日历提示</translation>
        </message>
        <message>
            <source>Calendar year</source>
            <translation>节假日日历（年度）</translation>
        </message>
        <message>
            <source>Calendar years</source>
            <translation>日历年度</translation>
        </message>
        <message>
            <source>Call {name} and compare the fingerprint with the one they read out. If they differ, do not exchange packages: ask for their key file again.</source>
            <translation>请与{name}电话联系，与对方读出的指纹逐位核对。如不一致，请勿交换数据包，并请对方重新提供公钥文件。</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel task {number}</source>
            <translation>撤销督办事项 {number}</translation>
        </message>
        <message>
            <source>Cancel task…</source>
            <translation>撤销…</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>Cancelled on</source>
            <translation>撤销日期</translation>
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
            <source>Cannot attach the file</source>
            <translation>无法添加附件</translation>
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
            <source>Cannot read “{name}”: {error}</source>
            <translation>无法读取“{name}”：{error}</translation>
        </message>
        <message>
            <source>Cannot save the PDF in the folder {folder}: it does not exist or may not be written to.</source>
            <translation>无法把PDF文件保存到文件夹 {folder}：该文件夹不存在，或没有写入权限。</translation>
        </message>
        <message>
            <source>Cannot write the PDF {file}: close it if a PDF viewer has it open, and check that the disk is not full.</source>
            <translation>无法写入PDF文件 {file}：如果该文件正在PDF阅读器中打开，请先关闭；并检查磁盘空间是否已满。</translation>
        </message>
        <message>
            <source>Cannot write to “{folder}”: it is read-only or full.</source>
            <translation>无法写入“{folder}”：该位置只读或已满。</translation>
        </message>
        <message>
            <source>Carry the file to {name} and have it imported there. Their receipt comes back with their next package.</source>
            <translation>请将该文件送交{name}导入。对方的回执将随其下一个数据包带回。</translation>
        </message>
        <message>
            <source>Case archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>Case not opened</source>
            <translation>不予立案</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>立案</translation>
        </message>
        <message>
            <source>Case transfer</source>
            <translation>案件移送</translation>
        </message>
        <message>
            <source>Case transfer {number}</source>
            <translation>案件移送 {number}</translation>
        </message>
        <message>
            <source>Case transfer {number} was made from this result and stays on record: “Case transferred” cannot be removed.</source>
            <translation>已根据本检查结果制作案件移送{number}，该记录须保留：不能取消“移送处理”。</translation>
        </message>
        <message>
            <source>Case transfer {number} was made from this result.</source>
            <translation>已据此结果生成移送案件{number}。</translation>
        </message>
        <message>
            <source>Case transferred</source>
            <translation>移送处理</translation>
        </message>
        <message>
            <source>Case transfers</source>
            <translation>案件移送</translation>
        </message>
        <message>
            <source>Case transfers and assistance</source>
            <translation>案件移送与协查</translation>
        </message>
        <message>
            <source>Cases closed</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Cases transferred to the supervision departments, the discipline commission, the police, the procuratorate or the court, with their materials. After sending, the receipt and the recipient's feedback are recorded; red rows are waiting for feedback past its due date.</source>
            <translation>向行政监督部门、纪委监委、公安机关、检察机关、人民法院移送的案件及其移送材料。移送后登记签收和接收机关的反馈；红色行为已过反馈期限仍未反馈。</translation>
        </message>
        <message>
            <source>Cause of the case</source>
            <translation>案由</translation>
        </message>
        <message>
            <source>Central Military Commission staffing</source>
            <translation>中央军委改革和编制办公室</translation>
        </message>
        <message>
            <source>Change a day</source>
            <translation>修改日期设置</translation>
        </message>
        <message>
            <source>Change decided on</source>
            <translation>调整确定日期</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation>修改历史</translation>
        </message>
        <message>
            <source>Change numbers</source>
            <translation>变更序号</translation>
        </message>
        <message>
            <source>Change of post: {unit}</source>
            <translation>人员变动：{unit}</translation>
        </message>
        <message>
            <source>Change of post…</source>
            <translation>人员变动…</translation>
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
            <source>Change the day…</source>
            <translation>修改日期…</translation>
        </message>
        <message>
            <source>Change the selected entity (or double-click it)</source>
            <translation>修改所选主体（也可双击）</translation>
        </message>
        <message>
            <source>Change the selected notice (or double-click it)</source>
            <translation>修改选中的发文（也可双击该行）</translation>
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
            <source>Changed by {user} on {time}.</source>
            <translation>由 {user} 于 {time} 修改。</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>变更内容</translation>
        </message>
        <message>
            <source>Changes of leaders and liaison officers</source>
            <translation>责任领导和联络员变动记录</translation>
        </message>
        <message>
            <source>Changes of liaison persons</source>
            <translation>联络员变动</translation>
        </message>
        <message>
            <source>Changes of liaison persons per month</source>
            <translation>各月联络员变动及报送情况</translation>
        </message>
        <message>
            <source>Changes of liaison persons per month of {year}</source>
            <translation>{year}年各月联络员变动及报送情况</translation>
        </message>
        <message>
            <source>Changes reported late</source>
            <translation>联络员变动逾期报送</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>投诉渠道</translation>
        </message>
        <message>
            <source>Channel of publication</source>
            <translation>公示渠道</translation>
        </message>
        <message>
            <source>Channel of publication: {channel}</source>
            <translation>公示渠道：{channel}</translation>
        </message>
        <message>
            <source>Characters 3 to 8 “{area}” are not an administrative division code.</source>
            <translation>第3至8位“{area}”不是行政区划代码。</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>核查</translation>
        </message>
        <message>
            <source>Check a package from a partner office, see what it would change, then import it</source>
            <translation>校验交换单位发来的数据包，查看将改动的内容，确认后导入</translation>
        </message>
        <message>
            <source>Check a unified social credit code or an ID card number.</source>
            <translation>校验统一社会信用代码或身份证号。</translation>
        </message>
        <message>
            <source>Check again</source>
            <translation>重新检查</translation>
        </message>
        <message>
            <source>Check and import a sync package; a package imported before changes nothing.</source>
            <translation>校验并导入数据包；已导入过的数据包不会重复改动数据。</translation>
        </message>
        <message>
            <source>Check and read the audit log.</source>
            <translation>核验和查看审计日志。</translation>
        </message>
        <message>
            <source>Check as of this date (YYYY-MM-DD; default today).</source>
            <translation>按此日期核查（YYYY-MM-DD，默认今天）。</translation>
        </message>
        <message>
            <source>Check integrity</source>
            <translation>校验完整性</translation>
        </message>
        <message>
            <source>Check of package No. {seq} from {office}</source>
            <translation>{office}第 {seq} 号数据包校验结果</translation>
        </message>
        <message>
            <source>Check sum (SHA-256)</source>
            <translation>校验值（SHA-256）</translation>
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
            <source>Check the deadline presets</source>
            <translation>核对办理期限预设</translation>
        </message>
        <message>
            <source>Check the file again after correcting it in Excel</source>
            <translation>在 Excel 中改正后重新检查该文件</translation>
        </message>
        <message>
            <source>Check the fingerprint with the office by phone before exchanging packages.</source>
            <translation>交换数据包前，请先电话与对方单位核对指纹。</translation>
        </message>
        <message>
            <source>Check the office settings</source>
            <translation>核对单位设置</translation>
        </message>
        <message>
            <source>Check the package and count what it would change, without writing anything.</source>
            <translation>只校验数据包并统计将改动的记录，不写入任何数据。</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>已核对</translation>
        </message>
        <message>
            <source>Checked as of</source>
            <translation>核查日期</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>核查人</translation>
        </message>
        <message>
            <source>Checking office</source>
            <translation>核查单位</translation>
        </message>
        <message>
            <source>Checking rows: {done} of about {total}</source>
            <translation>正在检查：已读 {done} 行，共约 {total} 行</translation>
        </message>
        <message>
            <source>Checking rows: {done} read</source>
            <translation>正在检查：已读 {done} 行</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>正在核验审计日志…</translation>
        </message>
        <message>
            <source>Checking the file</source>
            <translation>检查文件</translation>
        </message>
        <message>
            <source>Checking the file…</source>
            <translation>正在检查文件…</translation>
        </message>
        <message>
            <source>Checking the package</source>
            <translation>正在校验数据包</translation>
        </message>
        <message>
            <source>Checking the package…</source>
            <translation>正在校验数据包…</translation>
        </message>
        <message>
            <source>Checking {name}…</source>
            <translation>正在检查 {name}…</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>选择备份文件</translation>
        </message>
        <message>
            <source>Choose a credit grade: A, B, C or D.</source>
            <translation>请选择信用等级：A、B、C 或 D。</translation>
        </message>
        <message>
            <source>Choose a file: every row will be checked before anything is written.</source>
            <translation>请选择文件：写入任何数据之前，程序会逐行检查。</translation>
        </message>
        <message>
            <source>Choose another folder with --db or the {env} environment variable, or ask the administrator for permission to write to this folder. Nothing was changed.</source>
            <translation>请用 --db 或环境变量 {env} 另选一个文件夹，或请管理员为该文件夹开通写入权限。未做任何改动。</translation>
        </message>
        <message>
            <source>Choose at least one ground for not accepting the complaint.</source>
            <translation>请至少选择一项不予受理的理由。</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>Choose from the list.</source>
            <translation>请从列表中选择。</translation>
        </message>
        <message>
            <source>Choose how serious the breach is.</source>
            <translation>请选择失信程度。</translation>
        </message>
        <message>
            <source>Choose how the complainant was answered.</source>
            <translation>请选择反馈投诉人的方式。</translation>
        </message>
        <message>
            <source>Choose how the complaint came in.</source>
            <translation>请选择投诉举报的来源渠道。</translation>
        </message>
        <message>
            <source>Choose one of --vcard and --xlsx.</source>
            <translation>--vcard 与 --xlsx 只能选一个。</translation>
        </message>
        <message>
            <source>Choose the columns to show</source>
            <translation>选择要显示的列</translation>
        </message>
        <message>
            <source>Choose the decision: dismissed, upheld or withdrawn.</source>
            <translation>请选择处理决定：驳回、成立或者撤回。</translation>
        </message>
        <message>
            <source>Choose the department the case is transferred to; a case cannot be transferred to no department.</source>
            <translation>请选择移送的部门或机关；案件不能没有接收部门。</translation>
        </message>
        <message>
            <source>Choose the entity from the register of market entities (register it there first if it is missing).</source>
            <translation>请从市场主体库中选择该主体（库中没有的，请先在市场主体库登记）。</translation>
        </message>
        <message>
            <source>Choose the files to attach</source>
            <translation>选择要添加的文件</translation>
        </message>
        <message>
            <source>Choose the folder to write the package to.</source>
            <translation>请选择数据包写入的文件夹。</translation>
        </message>
        <message>
            <source>Choose the grounds from the list.</source>
            <translation>请从列表中选择不予受理的理由。</translation>
        </message>
        <message>
            <source>Choose the handling from the list (rectify, penalty, transfer, credit list).</source>
            <translation>请从列表中选择处理方式（责令整改、行政处罚、移送处理、拟列入信用名单）。</translation>
        </message>
        <message>
            <source>Choose the kind of entity.</source>
            <translation>请选择主体类别。</translation>
        </message>
        <message>
            <source>Choose the kind of meeting.</source>
            <translation>请选择会议类别。</translation>
        </message>
        <message>
            <source>Choose the kind of object to inspect.</source>
            <translation>请选择检查对象类别。</translation>
        </message>
        <message>
            <source>Choose the kind of unit from the list.</source>
            <translation>请从列表中选择单位类别。</translation>
        </message>
        <message>
            <source>Choose the list to publish: black (黑名单) or red (红名单).</source>
            <translation>请选择要公示的名单：black（黑名单）或 red（红名单）。</translation>
        </message>
        <message>
            <source>Choose the list.</source>
            <translation>请选择名单类别。</translation>
        </message>
        <message>
            <source>Choose the method of inspection from the list.</source>
            <translation>请从列表中选择检查方式。</translation>
        </message>
        <message>
            <source>Choose the post: responsible leader or liaison officer.</source>
            <translation>请选择岗位：责任领导或联络员。</translation>
        </message>
        <message>
            <source>Choose the second entry of “{name}” ({code}). It is folded into this record: its details fill the empty ones here, it leaves the list, and both change histories are kept.</source>
            <translation>请选择“{name}”（{code}）的重复记录。该记录将并入本记录：本记录空缺的信息由其补齐，该记录不再列出，两条记录的修改历史均予保留。</translation>
        </message>
        <message>
            <source>Choose the type of case.</source>
            <translation>请选择案件类型。</translation>
        </message>
        <message>
            <source>Choose the workbook to import</source>
            <translation>选择要导入的工作簿</translation>
        </message>
        <message>
            <source>Choose two different records to merge.</source>
            <translation>请选择两条不同的记录进行合并。</translation>
        </message>
        <message>
            <source>Choose what the recipient answered.</source>
            <translation>请选择接收单位的反馈结果。</translation>
        </message>
        <message>
            <source>Choose where the case comes from.</source>
            <translation>请选择案件来源。</translation>
        </message>
        <message>
            <source>Choose who the case goes to.</source>
            <translation>请选择接收机关类别。</translation>
        </message>
        <message>
            <source>Choose why the time limit stops: handling suspended, or inspection, testing, appraisal or expert review.</source>
            <translation>请选择暂停计时的原因：暂停/中止办理，或者检验、检测、鉴定、专家评审。</translation>
        </message>
        <message>
            <source>Choose {field} from the list: {choices}.</source>
            <translation>请从列表中选择{field}：{choices}。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>City</source>
            <translation>市级</translation>
        </message>
        <message>
            <source>City notes</source>
            <translation>市级备注</translation>
        </message>
        <message>
            <source>City notes…</source>
            <translation>市级备注…</translation>
        </message>
        <message>
            <source>City office</source>
            <translation>市级</translation>
        </message>
        <message>
            <source>City overview</source>
            <translation>市级汇总</translation>
        </message>
        <message>
            <source>Civil affairs (民政)</source>
            <translation>民政</translation>
        </message>
        <message>
            <source>Clear the search and filters</source>
            <translation>清除搜索和筛选条件</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close as done…</source>
            <translation>办结…</translation>
        </message>
        <message>
            <source>Close as expired</source>
            <translation>期满办结</translation>
        </message>
        <message>
            <source>Close as expired the entries whose publication period has ended.</source>
            <translation>将公示期已满的名单记录标记为公示期满。</translation>
        </message>
        <message>
            <source>Close every listed entry whose publication period has ended</source>
            <translation>将公示期已满的名单信息办结为“公示期满”</translation>
        </message>
        <message>
            <source>Close expired entries</source>
            <translation>期满办结</translation>
        </message>
        <message>
            <source>Close expired…</source>
            <translation>期满处理…</translation>
        </message>
        <message>
            <source>Close task {number} as done</source>
            <translation>办结督办事项 {number}</translation>
        </message>
        <message>
            <source>Close the entries whose period ended before this date (YYYY-MM-DD; default today).</source>
            <translation>办结公示期在此日期之前届满的记录（YYYY-MM-DD，默认今天）。</translation>
        </message>
        <message>
            <source>Close the preview (Esc)</source>
            <translation>关闭预览（Esc）</translation>
        </message>
        <message>
            <source>Close the transfer</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>Close this dialog without saving and open the record that has this code</source>
            <translation>不保存本次录入，关闭窗口并打开已登记该代码的记录</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已办结</translation>
        </message>
        <message>
            <source>Closed as expired on</source>
            <translation>期满办结日期</translation>
        </message>
        <message>
            <source>Closed late</source>
            <translation>超期办结</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>办结日期</translation>
        </message>
        <message>
            <source>Closed on time</source>
            <translation>按期办结</translation>
        </message>
        <message>
            <source>Closed within 60 days of acceptance; in complex cases the head of the office may extend it by at most 30 days.</source>
            <translation>自受理之日起60日内办结；情况复杂的，经本机关负责人批准可以适当延长，但延长期限不得超过30日。</translation>
        </message>
        <message>
            <source>Closing note</source>
            <translation>办结说明</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Code or name</source>
            <translation>代码或名称</translation>
        </message>
        <message>
            <source>Code or name checked</source>
            <translation>核查对象</translation>
        </message>
        <message>
            <source>Code or project number</source>
            <translation>代码或项目编号</translation>
        </message>
        <message>
            <source>Codes or project numbers of objects the person must stay away from.</source>
            <translation>本人需要回避的检查对象的代码或项目编号。</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Column headers</source>
            <translation>列名</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>显示列</translation>
        </message>
        <message>
            <source>Columns not in the import were ignored: {columns}.</source>
            <translation>以下列不在导入范围内，已忽略：{columns}。</translation>
        </message>
        <message>
            <source>Columns not used: {columns}.</source>
            <translation>未使用的列：{columns}。</translation>
        </message>
        <message>
            <source>Commissioned professional body</source>
            <translation>委托专业机构检查</translation>
        </message>
        <message>
            <source>Complainant</source>
            <translation>投诉人</translation>
        </message>
        <message>
            <source>Complainant answered</source>
            <translation>已反馈投诉人</translation>
        </message>
        <message>
            <source>Complainant's contact</source>
            <translation>投诉人联系方式</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Complaint about a land or mining-rights transfer</source>
            <translation>土地使用权和矿业权出让投诉</translation>
        </message>
        <message>
            <source>Complaint about a state-owned property rights transaction</source>
            <translation>国有产权交易投诉</translation>
        </message>
        <message>
            <source>Complaint about construction-project bidding</source>
            <translation>工程建设项目招标投标投诉</translation>
        </message>
        <message>
            <source>Complaint dismissed</source>
            <translation>驳回投诉</translation>
        </message>
        <message>
            <source>Complaint documents</source>
            <translation>投诉文书</translation>
        </message>
        <message>
            <source>Complaint number</source>
            <translation>投诉（举报）编号</translation>
        </message>
        <message>
            <source>Complaint number {count} against this entity or project within {months} months.</source>
            <translation>该主体或项目{months}个月内第{count}次被投诉。</translation>
        </message>
        <message>
            <source>Complaint or report</source>
            <translation>投诉举报</translation>
        </message>
        <message>
            <source>Complaint registration form</source>
            <translation>投诉登记表</translation>
        </message>
        <message>
            <source>Complaint upheld</source>
            <translation>投诉成立</translation>
        </message>
        <message>
            <source>Complaint withdrawn</source>
            <translation>撤回投诉</translation>
        </message>
        <message>
            <source>Complaint {number}</source>
            <translation>投诉 {number}</translation>
        </message>
        <message>
            <source>Complaint {number} of {day} is about “{name}”, {listing}.</source>
            <translation>{day}收到的{number}涉及“{name}”，该主体{listing}。</translation>
        </message>
        <message>
            <source>Complaints accepted</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>Complaints and inspections per office</source>
            <translation>各单位投诉举报及抽查情况</translation>
        </message>
        <message>
            <source>Complaints and reports</source>
            <translation>投诉举报</translation>
        </message>
        <message>
            <source>Complaints and reports handled</source>
            <translation>投诉举报处理情况</translation>
        </message>
        <message>
            <source>Complaints and reports per month</source>
            <translation>各月投诉举报情况</translation>
        </message>
        <message>
            <source>Complaints and reports per month of {year}</source>
            <translation>{year}年各月投诉举报情况</translation>
        </message>
        <message>
            <source>Complaints and reports received per channel</source>
            <translation>各渠道收到的投诉举报</translation>
        </message>
        <message>
            <source>Complaints and reports received per trade type</source>
            <translation>各交易类型收到的投诉举报</translation>
        </message>
        <message>
            <source>Complaints and reports: list those with a running or missed time limit.</source>
            <translation>投诉举报：列出正在计时或已逾期的案件。</translation>
        </message>
        <message>
            <source>Complaints past their working-day deadline and not finished</source>
            <translation>已超过工作日期限且尚未办结的投诉举报</translation>
        </message>
        <message>
            <source>Complaints per channel</source>
            <translation>按投诉渠道</translation>
        </message>
        <message>
            <source>Complaints per trade type</source>
            <translation>按交易类型</translation>
        </message>
        <message>
            <source>Complaints received</source>
            <translation>收到</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <source>Conditions of repair</source>
            <translation>信用修复条件</translation>
        </message>
        <message>
            <source>Conduct</source>
            <translation>失信/守信行为</translation>
        </message>
        <message>
            <source>Confidential: only the handler, the head of the office and the administrator see it in full.</source>
            <translation>保密：只有承办人、负责人和管理员能看到完整信息。</translation>
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
            <source>Construction project bidding</source>
            <translation>工程建设项目招标投标</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contact person and telephone</source>
            <translation>联系人及电话</translation>
        </message>
        <message>
            <source>Contact person and telephone: {contact}</source>
            <translation>联系人及电话：{contact}</translation>
        </message>
        <message>
            <source>Convened by</source>
            <translation>召集单位</translation>
        </message>
        <message>
            <source>Convening unit</source>
            <translation>牵头单位</translation>
        </message>
        <message>
            <source>Copied to the clipboard.</source>
            <translation>已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy these details, e.g. to send them to support.</source>
            <translation>复制以上信息，例如发送给技术支持人员。</translation>
        </message>
        <message>
            <source>Copy to</source>
            <translation>抄送机关</translation>
        </message>
        <message>
            <source>Correct a responsibility of {unit}</source>
            <translation>修改{unit}的权责事项</translation>
        </message>
        <message>
            <source>Correct entry…</source>
            <translation>更正…</translation>
        </message>
        <message>
            <source>Correct inspection item</source>
            <translation>修改抽查事项</translation>
        </message>
        <message>
            <source>Correct inspector</source>
            <translation>修改执法检查人员</translation>
        </message>
        <message>
            <source>Correct joint meeting</source>
            <translation>修改联席会议</translation>
        </message>
        <message>
            <source>Correct member unit</source>
            <translation>修改成员单位</translation>
        </message>
        <message>
            <source>Correct object of inspection</source>
            <translation>修改检查对象</translation>
        </message>
        <message>
            <source>Correct the chosen plan's year, title or remarks</source>
            <translation>修改所选计划的年度、名称或备注</translation>
        </message>
        <message>
            <source>Correct the conduct, basis, department or sanctions of the selected entry</source>
            <translation>修改所选名单信息的行为、认定依据、认定部门或惩戒措施</translation>
        </message>
        <message>
            <source>Correct the entry: {post} of {unit}</source>
            <translation>更正：{unit}{post}</translation>
        </message>
        <message>
            <source>Correct the rows listed below in Excel and check again, or import only the rows without problems.</source>
            <translation>请在 Excel 中改正下列各行后重新检查，或者仅导入无误的行。</translation>
        </message>
        <message>
            <source>Correct the selected batch (only before its draw)</source>
            <translation>修改所选批次（仅限抽取前）</translation>
        </message>
        <message>
            <source>Correct the selected letter (after sending only its content)</source>
            <translation>修改选中的协查函（发函后只能修改函件内容）</translation>
        </message>
        <message>
            <source>Correct the selected record (or double-click it, or press Enter)</source>
            <translation>修改选中的记录（也可双击或按回车键）</translation>
        </message>
        <message>
            <source>Correct the selected responsibility (or double-click it)</source>
            <translation>修改选中的权责事项（或双击该行）</translation>
        </message>
        <message>
            <source>Correct the selected transfer (after sending only its description)</source>
            <translation>修改选中的移送案件（移送后只能修改案情等内容）</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>修改…</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Count again</source>
            <translation>重新统计</translation>
        </message>
        <message>
            <source>Count again from the records held now</source>
            <translation>按本机现有记录重新统计</translation>
        </message>
        <message>
            <source>Count calendar days instead; a last day on a holiday or rest day moves to the next working day.</source>
            <translation>改按自然日计算；期满日为节假日或休息日的，顺延至其后第一个工作日。</translation>
        </message>
        <message>
            <source>Count the figures of the period chosen</source>
            <translation>统计所选期间的数字</translation>
        </message>
        <message>
            <source>Count working days or calendar days.</source>
            <translation>请选择按工作日还是按自然日计算。</translation>
        </message>
        <message>
            <source>Counted from receipt; time for inspection, testing, appraisal, expert review and for supplementing materials is not counted.</source>
            <translation>自收到投诉之日起计算；需要检验、检测、鉴定、专家评审以及需要投诉人补正材料的，所需时间不计算在内。</translation>
        </message>
        <message>
            <source>Counted from the end of the period for answering the query (质疑答复期满).</source>
            <translation>自质疑答复期满之日起计算。</translation>
        </message>
        <message>
            <source>Counted in</source>
            <translation>计算单位</translation>
        </message>
        <message>
            <source>Counting the figures…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>Counting: {section}…</source>
            <translation>正在统计：{section}…</translation>
        </message>
        <message>
            <source>County</source>
            <translation>县级</translation>
        </message>
        <message>
            <source>County office</source>
            <translation>县级</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>法院</translation>
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
            <source>Created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}.</source>
            <translation>新建 {created} 条，更新 {updated} 条，未变 {unchanged} 条，拒收 {rejected} 条。</translation>
        </message>
        <message>
            <source>Created {created}, updated {updated}, unchanged {unchanged}, rejected {rejected}; receipts {receipts}.</source>
            <translation>新建 {created} 条，更新 {updated} 条，未变 {unchanged} 条，拒收 {rejected} 条；回执 {receipts} 份。</translation>
        </message>
        <message>
            <source>Credit can be repaired only after the minimum time on the list, from {day}.</source>
            <translation>须公示满最短期限后方可信用修复，最早可于{day}办理。</translation>
        </message>
        <message>
            <source>Credit can be repaired only when all three are met.</source>
            <translation>三项条件均满足方可信用修复。</translation>
        </message>
        <message>
            <source>Credit can be repaired only when the conduct has been corrected, the obligations fulfilled and a credit commitment made; not yet confirmed: {missing}.</source>
            <translation>须已纠正失信行为、已履行相关义务并作出信用承诺，方可信用修复；尚未确认：{missing}。</translation>
        </message>
        <message>
            <source>Credit check</source>
            <translation>信用核查</translation>
        </message>
        <message>
            <source>Credit check record</source>
            <translation>信用核查记录</translation>
        </message>
        <message>
            <source>Credit check {number} of {day} for “{project}” found “{name}” {listing}.</source>
            <translation>{day}为“{project}”所做的信用核查（{number}）查得“{name}”{listing}。</translation>
        </message>
        <message>
            <source>Credit checks</source>
            <translation>信用核查记录</translation>
        </message>
        <message>
            <source>Credit grade</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>Credit grade: not graded yet</source>
            <translation>信用等级：尚未评定</translation>
        </message>
        <message>
            <source>Credit grade: select an entity</source>
            <translation>信用等级：请先选择市场主体</translation>
        </message>
        <message>
            <source>Credit grade: {grade}, since {day}</source>
            <translation>信用等级：{grade}（自{day}起）</translation>
        </message>
        <message>
            <source>Credit grades</source>
            <translation>信用等级评定</translation>
        </message>
        <message>
            <source>Credit list entries</source>
            <translation>名单记录</translation>
        </message>
        <message>
            <source>Credit list entries in force at each month end of {year}</source>
            <translation>{year}年各月末在列信用名单</translation>
        </message>
        <message>
            <source>Credit list entries in force at month end</source>
            <translation>各月末在列信用名单</translation>
        </message>
        <message>
            <source>Credit list entries: none</source>
            <translation>名单记录：无</translation>
        </message>
        <message>
            <source>Credit list entries: {count}, in force today: {active}</source>
            <translation>名单记录：{count}条，今日有效{active}条</translation>
        </message>
        <message>
            <source>Credit list entry</source>
            <translation>信用名单记录</translation>
        </message>
        <message>
            <source>Credit list entry {number}</source>
            <translation>名单信息 {number}</translation>
        </message>
        <message>
            <source>Credit list proposal</source>
            <translation>拟列入信用名单记录</translation>
        </message>
        <message>
            <source>Credit list proposal {number} was made from this result and stays on record: “Proposed for a credit list” cannot be removed.</source>
            <translation>已根据本检查结果提出列入信用名单{number}，该记录须保留：不能取消“拟列入信用名单”。</translation>
        </message>
        <message>
            <source>Credit list proposal {number} was made from this result.</source>
            <translation>已据此结果生成名单认定建议{number}。</translation>
        </message>
        <message>
            <source>Credit listings in force</source>
            <translation>在列信用名单</translation>
        </message>
        <message>
            <source>Credit lists</source>
            <translation>红黑名单</translation>
        </message>
        <message>
            <source>Credit lists per month of {year}</source>
            <translation>{year}年各月信用名单情况</translation>
        </message>
        <message>
            <source>Credit lists: check a bidder, publish the lists, close expired entries.</source>
            <translation>信用名单：核查投标人信用、输出名单公示表、办结公示期满的记录。</translation>
        </message>
        <message>
            <source>Credit repaired</source>
            <translation>已信用修复</translation>
        </message>
        <message>
            <source>Credit repaired on</source>
            <translation>信用修复日期</translation>
        </message>
        <message>
            <source>Culture (文化)</source>
            <translation>文化</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <source>Custom period</source>
            <translation>自定义期间</translation>
        </message>
        <message>
            <source>D (untrustworthy)</source>
            <translation>D级（失信）</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Data exchange receipt</source>
            <translation>数据交换回执</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>数据库</translation>
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
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>印发日期</translation>
        </message>
        <message>
            <source>Date of review</source>
            <translation>复核日期</translation>
        </message>
        <message>
            <source>Date of signing</source>
            <translation>成文日期</translation>
        </message>
        <message>
            <source>Date of the document</source>
            <translation>成文日期</translation>
        </message>
        <message>
            <source>Date of the draw</source>
            <translation>抽取日期</translation>
        </message>
        <message>
            <source>Date of the step</source>
            <translation>办理日期</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>签收日期</translation>
        </message>
        <message>
            <source>Date the transfer was proposed</source>
            <translation>拟移送日期</translation>
        </message>
        <message>
            <source>Day the complainant knew</source>
            <translation>投诉人知道或应当知道之日</translation>
        </message>
        <message>
            <source>Days the party has to state its case (陈述、申辩) after the notice</source>
            <translation>当事人陈述、申辩期限（自收到告知书之日起）</translation>
        </message>
        <message>
            <source>Deadline due or overdue</source>
            <translation>期限将到或已逾期</translation>
        </message>
        <message>
            <source>Decided at {meeting}: {decision}</source>
            <translation>{meeting}议定：{decision}</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>认定日期</translation>
        </message>
        <message>
            <source>Decides how long the entry is published (see the settings).</source>
            <translation>决定公示期限（见“设置”）。</translation>
        </message>
        <message>
            <source>Decides which time limits apply (see the settings).</source>
            <translation>决定适用哪套办理时限（见“设置”）。</translation>
        </message>
        <message>
            <source>Deciding department</source>
            <translation>认定部门</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>Decision agreed</source>
            <translation>议定事项</translation>
        </message>
        <message>
            <source>Decision and its basis</source>
            <translation>处理意见及依据</translation>
        </message>
        <message>
            <source>Decision made</source>
            <translation>已作出处理决定</translation>
        </message>
        <message>
            <source>Decision of a joint meeting</source>
            <translation>联席会议议定事项</translation>
        </message>
        <message>
            <source>Decision of the meeting</source>
            <translation>议定事项</translation>
        </message>
        <message>
            <source>Decision on removal from a list</source>
            <translation>移出名单决定书</translation>
        </message>
        <message>
            <source>Decision on removal from the {list}</source>
            <translation>移出{list}决定书</translation>
        </message>
        <message>
            <source>Decision on the handling of a complaint</source>
            <translation>投诉处理决定书</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>议定事项</translation>
        </message>
        <message>
            <source>Decisions are recorded once the meeting has been held: give the day it was held first.</source>
            <translation>会议召开后才能登记议定事项：请先填写召开日期。</translation>
        </message>
        <message>
            <source>Decisions taken</source>
            <translation>形成议定事项（项）</translation>
        </message>
        <message>
            <source>Default copy-to units (抄送; one per line or separated by 、)</source>
            <translation>默认抄送机关（每行一个，或用“、”分隔）</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete a batch added by mistake (only before its draw)</source>
            <translation>删除误加的批次（仅限抽取前）</translation>
        </message>
        <message>
            <source>Delete a complaint registered by mistake (only before any other step)</source>
            <translation>删除误登记的投诉（仅限尚未办理其他环节的）</translation>
        </message>
        <message>
            <source>Delete a letter entered by mistake (only one not yet sent)</source>
            <translation>删除误录的协查函（仅限尚未发出的）</translation>
        </message>
        <message>
            <source>Delete a proposal entered by mistake (entries already sent to the party are withdrawn or removed instead)</source>
            <translation>删除误录的拟列入记录（已告知当事人的应办理撤回或移出）</translation>
        </message>
        <message>
            <source>Delete a transfer entered by mistake (only one not yet sent)</source>
            <translation>删除误录的移送案件（仅限尚未移送的）</translation>
        </message>
        <message>
            <source>Delete batch</source>
            <translation>删除批次</translation>
        </message>
        <message>
            <source>Delete batch {seq} “{title}”? It stays in the database and in the change history.</source>
            <translation>删除第{seq}批“{title}”？该批次仍保留在数据库和修改记录中。</translation>
        </message>
        <message>
            <source>Delete batch…</source>
            <translation>删除批次…</translation>
        </message>
        <message>
            <source>Delete complaint</source>
            <translation>删除投诉</translation>
        </message>
        <message>
            <source>Delete letter</source>
            <translation>删除协查函</translation>
        </message>
        <message>
            <source>Delete market entity</source>
            <translation>删除市场主体</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>删除备注</translation>
        </message>
        <message>
            <source>Delete notice</source>
            <translation>删除发文</translation>
        </message>
        <message>
            <source>Delete proposal</source>
            <translation>删除拟列入记录</translation>
        </message>
        <message>
            <source>Delete responsibility</source>
            <translation>删除权责事项</translation>
        </message>
        <message>
            <source>Delete the letter {number} to {unit}? It stays in the database and in the change history; its number is not given again.</source>
            <translation>确定删除发往{unit}的协查函 {number} 吗？删除后仍保留在数据库和修改记录中，其编号不再重复使用。</translation>
        </message>
        <message>
            <source>Delete the proposal {number} about “{name}”? It stays in the database and in the change history; its number is not given again.</source>
            <translation>确定删除关于“{name}”的拟列入记录{number}吗？该记录仍保留在数据库和修改历史中，其编号不再使用。</translation>
        </message>
        <message>
            <source>Delete the transfer {number} “{matter}”? It stays in the database and in the change history; its number is not given again.</source>
            <translation>确定删除移送案件 {number}“{matter}”吗？删除后仍保留在数据库和修改记录中，其编号不再重复使用。</translation>
        </message>
        <message>
            <source>Delete this note? It stays in the database, marked deleted.</source>
            <translation>删除这条备注？备注仍保留在数据库中，标记为已删除。</translation>
        </message>
        <message>
            <source>Delete transfer</source>
            <translation>删除移送案件</translation>
        </message>
        <message>
            <source>Delete {number}? It stays in the database and in the change history; its number is not given again.</source>
            <translation>确定删除 {number} 吗？记录仍保存在数据库和修改记录中，编号不再重复使用。</translation>
        </message>
        <message>
            <source>Delete {record}? It stays in the database and in the change history, and can be restored.</source>
            <translation>删除{record}？记录仍保留在数据库和修改历史中，可以恢复。</translation>
        </message>
        <message>
            <source>Delete “{name}” ({code})? It stays in the database and in the change history.</source>
            <translation>确定删除“{name}”（{code}）吗？该记录仍保留在数据库和修改历史中。</translation>
        </message>
        <message>
            <source>Delete “{title}” ({number})? It stays in the database and in the change history; its number is not given again.</source>
            <translation>删除《{title}》（{number}）吗？该发文仍保留在数据库和修改历史中，其文号不再另行使用。</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Deleted at</source>
            <translation>删除时间</translation>
        </message>
        <message>
            <source>Deleted by</source>
            <translation>删除人</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Delivered by hand</source>
            <translation>直接送达</translation>
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
            <source>Department in charge</source>
            <translation>承办科室</translation>
        </message>
        <message>
            <source>Department transferred to</source>
            <translation>转办单位</translation>
        </message>
        <message>
            <source>Departments</source>
            <translation>实施部门</translation>
        </message>
        <message>
            <source>Describe the conduct the entry is about.</source>
            <translation>请填写失信或守信行为。</translation>
        </message>
        <message>
            <source>Describe the facts of the case before it is transferred.</source>
            <translation>移送前请填写基本案情。</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Digits 7 to 14 “{digits}” are not a real date of birth.</source>
            <translation>第7至14位“{digits}”不是真实的出生日期。</translation>
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
            <source>Discipline inspection and supervision</source>
            <translation>纪检监察</translation>
        </message>
        <message>
            <source>Discipline inspection and supervision commission</source>
            <translation>纪委监委</translation>
        </message>
        <message>
            <source>Do not ask for confirmation.</source>
            <translation>不再询问确认。</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Document issued about a complaint</source>
            <translation>投诉（举报）文书</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>发文字号</translation>
        </message>
        <message>
            <source>Document sent</source>
            <translation>发文</translation>
        </message>
        <message>
            <source>Documents sent</source>
            <translation>发文登记</translation>
        </message>
        <message>
            <source>Don't show again</source>
            <translation>不再显示</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Done by</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Done in the period</source>
            <translation>办理数</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>办结日期</translation>
        </message>
        <message>
            <source>Done on time and late per step in {year}</source>
            <translation>{year}年各环节按期与逾期办理数</translation>
        </message>
        <message>
            <source>Done on {date}</source>
            <translation>已于{date}办结</translation>
        </message>
        <message>
            <source>Double-click an entry to see it in full</source>
            <translation>双击名单记录可查看详情</translation>
        </message>
        <message>
            <source>Download template…</source>
            <translation>下载模板…</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Draft (saved).</source>
            <translation>草稿（已保存）。</translation>
        </message>
        <message>
            <source>Draft a letter asking another unit to help verify a matter</source>
            <translation>起草协查函，请其他单位协助核查有关事项</translation>
        </message>
        <message>
            <source>Draft with {count} batches: the head of the office approves it before its batches are drawn.</source>
            <translation>草稿，共{count}个批次：须经负责人批准后方可抽取。</translation>
        </message>
        <message>
            <source>Draft, not saved yet.</source>
            <translation>草稿（尚未保存）。</translation>
        </message>
        <message>
            <source>Draft: not yet approved.</source>
            <translation>草稿，尚未批准。</translation>
        </message>
        <message>
            <source>Drafted on</source>
            <translation>拟稿日期</translation>
        </message>
        <message>
            <source>Draw</source>
            <translation>抽取</translation>
        </message>
        <message>
            <source>Draw again</source>
            <translation>重新抽取</translation>
        </message>
        <message>
            <source>Draw again: {number}</source>
            <translation>重新抽取：{number}</translation>
        </message>
        <message>
            <source>Draw again…</source>
            <translation>重新抽取…</translation>
        </message>
        <message>
            <source>Draw at least this many objects of each grade that has any.</source>
            <translation>每个有对象的信用等级至少抽取的数量。</translation>
        </message>
        <message>
            <source>Draw record</source>
            <translation>抽取记录</translation>
        </message>
        <message>
            <source>Draw the batch again for a reason given; the first draw is kept</source>
            <translation>说明理由后重新抽取该批次；原抽取记录予以保留</translation>
        </message>
        <message>
            <source>Draw the objects and their inspectors of the selected batch, with a seed read out in front of witnesses</source>
            <translation>以当众宣读的随机数种子，为所选批次抽取检查对象和执法检查人员</translation>
        </message>
        <message>
            <source>Draw: {title}</source>
            <translation>抽取：{title}</translation>
        </message>
        <message>
            <source>Drawn</source>
            <translation>抽取数量</translation>
        </message>
        <message>
            <source>Drawn / pool</source>
            <translation>抽中/名录</translation>
        </message>
        <message>
            <source>Drawn by</source>
            <translation>抽取人</translation>
        </message>
        <message>
            <source>Drawn on</source>
            <translation>抽取日期</translation>
        </message>
        <message>
            <source>Drawn per credit grade</source>
            <translation>各信用等级抽取情况</translation>
        </message>
        <message>
            <source>Drawn, inspecting</source>
            <translation>已抽取，检查中</translation>
        </message>
        <message>
            <source>Draw…</source>
            <translation>抽取…</translation>
        </message>
        <message>
            <source>Dry run of package No. {seq} from {name} ({office}): nothing was written.</source>
            <translation>试导入{name}（{office}）第 {seq} 号数据包：未写入任何数据。</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
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
            <source>Due on</source>
            <translation>办理期限</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
        <message>
            <source>Due {due}, as counted when the inspection was completed on {completed} (the time limit or the calendar has changed since).</source>
            <translation>公示截止日期为{due}，系检查于{completed}完成时计算（此后公示期限或工作日历已有调整）。</translation>
        </message>
        <message>
            <source>Duties of member units</source>
            <translation>成员单位权责清单</translation>
        </message>
        <message>
            <source>Duty phone</source>
            <translation>值班电话</translation>
        </message>
        <message>
            <source>Duty phone / fax</source>
            <translation>值班电话／传真</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Each attachment needs a name, and whole numbers of pages and copies.</source>
            <translation>每项移送材料须有名称，页数和份数须为整数。</translation>
        </message>
        <message>
            <source>Each change of a unit's responsible leader or liaison officer, from the day it was decided. It is to be reported within the time limit in working days; red rows were reported late. Changes are recorded on the page of member units.</source>
            <translation>各成员单位责任领导、联络员的每次调整，自调整确定之日起计。调整应在规定的工作日内报送；红色行为逾期报送。人员变动在“成员单位”页面登记。</translation>
        </message>
        <message>
            <source>Each complaint is accepted or refused, investigated and decided within its time limits, counted in working days of the office's calendar. Red rows are overdue, amber rows are due soon; point at the due date to see how it was worked out.</source>
            <translation>每件投诉都要在时限内作出受理或不予受理、调查处理的决定，时限按本单位工作日历的工作日计算。红色行已逾期，黄色行即将到期；鼠标指向“办理期限”可查看计算过程。</translation>
        </message>
        <message>
            <source>Each draw keeps its seed, the algorithm, the SHA-256 of its pool and its result, so that anyone can re-run it: “Verify” does so and says whether it matches. A draw is never redone silently: a redraw needs a reason and the first is kept.</source>
            <translation>每次抽取均保存随机数种子、算法版本、对象库SHA-256和抽取结果，任何人都可重新运行核对：“校验”即重新运行并说明是否一致。抽取不得悄然重做：重新抽取须说明理由，原记录予以保留。</translation>
        </message>
        <message>
            <source>Each member unit names a responsible leader and a liaison officer (海口 (十六), 鹤岗 一(二)).</source>
            <translation>各成员单位应指定一名责任领导和一名联络员（海口 (十六)，鹤岗 一(二)）。</translation>
        </message>
        <message>
            <source>Each object drawn is inspected by the inspectors matched to it. Record the method, the findings and the handling; a transfer or a credit list proposal is made with the result. When every object of a batch is closed, its results are published on the plans page.</source>
            <translation>每个抽中对象由随机匹配的执法检查人员实施检查。请登记检查方式、检查发现和处理情况；需移送或列入名单的，随结果一并生成移送案件或名单认定建议。某批次对象全部办结后，在“抽查计划”页公示其结果。</translation>
        </message>
        <message>
            <source>Earlier complaints within the period</source>
            <translation>期间内此前被投诉次数</translation>
        </message>
        <message>
            <source>Early warnings</source>
            <translation>预警</translation>
        </message>
        <message>
            <source>Edit batch {seq}: {title}</source>
            <translation>修改第{seq}批：{title}</translation>
        </message>
        <message>
            <source>Edit batch…</source>
            <translation>修改批次…</translation>
        </message>
        <message>
            <source>Edit case transfer {number}</source>
            <translation>修改案件移送 {number}</translation>
        </message>
        <message>
            <source>Edit credit list entry {number}</source>
            <translation>修改名单信息：{number}</translation>
        </message>
        <message>
            <source>Edit market entity {name}</source>
            <translation>编辑市场主体：{name}</translation>
        </message>
        <message>
            <source>Edit notice {number}</source>
            <translation>编辑发文 {number}</translation>
        </message>
        <message>
            <source>Edit plan: {title}</source>
            <translation>修改计划：{title}</translation>
        </message>
        <message>
            <source>Edit plan…</source>
            <translation>修改计划…</translation>
        </message>
        <message>
            <source>Edit request for assistance {number}</source>
            <translation>修改协查函 {number}</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Efficiency by office ({period})</source>
            <translation>各单位效能（{period}）</translation>
        </message>
        <message>
            <source>Efficiency by step ({period})</source>
            <translation>各环节效能（{period}）</translation>
        </message>
        <message>
            <source>Efficiency evaluation</source>
            <translation>效能评估</translation>
        </message>
        <message>
            <source>Efficiency evaluation, {period}</source>
            <translation>效能评估（{period}）</translation>
        </message>
        <message>
            <source>Efficiency of the supervision work</source>
            <translation>监管工作效能情况</translation>
        </message>
        <message>
            <source>Efficiency per step in {year}</source>
            <translation>{year}年各环节办理效能</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>工作单位</translation>
        </message>
        <message>
            <source>Empty: from the decision date.</source>
            <translation>不填则自认定日期起公示。</translation>
        </message>
        <message>
            <source>Empty: the longest period the settings allow for the list and severity.</source>
            <translation>不填则按系统设置中该名单类别和失信程度的最长公示期计算。</translation>
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
            <source>Enter a whole number from {low} to {high}.</source>
            <translation>请填写 {low} 至 {high} 之间的整数。</translation>
        </message>
        <message>
            <source>Enter the ID card number.</source>
            <translation>请填写身份证号。</translation>
        </message>
        <message>
            <source>Enter the basis of the decision (the document and its number); nobody can be listed without one.</source>
            <translation>请填写认定依据（文件名称及文号）；没有认定依据的，不得列入名单。</translation>
        </message>
        <message>
            <source>Enter the cause of the case (案由).</source>
            <translation>请填写案由。</translation>
        </message>
        <message>
            <source>Enter the date by which a written reply is asked for.</source>
            <translation>请填写要求书面回复的日期。</translation>
        </message>
        <message>
            <source>Enter the date of the grade.</source>
            <translation>请填写评定日期。</translation>
        </message>
        <message>
            <source>Enter the department the case is transferred to; a case cannot be transferred to no department.</source>
            <translation>请填写接收移送的单位名称；案件不能没有接收部门。</translation>
        </message>
        <message>
            <source>Enter the document the recipient answered with (its name and number, e.g. 立案告知书).</source>
            <translation>请填写接收单位反馈所用的文书（名称及文号，如立案告知书）。</translation>
        </message>
        <message>
            <source>Enter the extension as a whole number of days.</source>
            <translation>延长期限请填写整数天数。</translation>
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
            <source>Enter the seed of the draw (for example a number read out in front of the witnesses), or let the program generate one.</source>
            <translation>请填写随机种子（例如在见证人面前宣读的数字），或由程序生成。</translation>
        </message>
        <message>
            <source>Enter the seed of the draw (for example a number read out in front of the witnesses).</source>
            <translation>请输入抽取种子（例如在见证人面前当场宣读的数字）。</translation>
        </message>
        <message>
            <source>Enter the unified social credit code.</source>
            <translation>请填写统一社会信用代码。</translation>
        </message>
        <message>
            <source>Enter the unit asked for assistance; a letter cannot go to no unit.</source>
            <translation>请填写协查单位；协查函不能没有收函单位。</translation>
        </message>
        <message>
            <source>Enter the 机关代字 (the office's short code in document numbers).</source>
            <translation>请填写机关代字（发文字号中本机关的代字）。</translation>
        </message>
        <message>
            <source>Enter what the assistance is about.</source>
            <translation>请填写协查事项。</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>录入人</translation>
        </message>
        <message>
            <source>Entered by this office</source>
            <translation>本单位录入</translation>
        </message>
        <message>
            <source>Entered by this office or imported: {days}</source>
            <translation>本单位录入或导入的日期：{days}</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Enters this county's registers and regularly writes a sync package for the city office.</source>
            <translation>录入本县的台账，并定期导出同步包报送市级。</translation>
        </message>
        <message>
            <source>Entities matched</source>
            <translation>匹配的市场主体</translation>
        </message>
        <message>
            <source>Entities matched: {count}</source>
            <translation>匹配的市场主体：{count}个</translation>
        </message>
        <message>
            <source>Entities matched: {total}, the first {count} shown</source>
            <translation>匹配的市场主体：{total}个，显示前{count}个</translation>
        </message>
        <message>
            <source>Entities registered</source>
            <translation>已有市场主体</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>市场主体</translation>
        </message>
        <message>
            <source>Entity complained about</source>
            <translation>被投诉市场主体</translation>
        </message>
        <message>
            <source>Entity complained about often</source>
            <translation>多次被投诉的主体</translation>
        </message>
        <message>
            <source>Entries in force on</source>
            <translation>公示日期</translation>
        </message>
        <message>
            <source>Entries of the audit log before entry {number} have been deleted.</source>
            <translation>审计日志第 {number} 条之前有记录被删除。</translation>
        </message>
        <message>
            <source>Entries on the redlist</source>
            <translation>红名单信息</translation>
        </message>
        <message>
            <source>Evaluation expert</source>
            <translation>评标评审专家</translation>
        </message>
        <message>
            <source>Every batch</source>
            <translation>全部批次</translation>
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
            <source>Every change of the selected batch</source>
            <translation>所选批次的全部修改记录</translation>
        </message>
        <message>
            <source>Every change of the selected complaint</source>
            <translation>选中投诉的全部修改记录</translation>
        </message>
        <message>
            <source>Every change of the selected draw record</source>
            <translation>所选抽取记录的全部修改记录</translation>
        </message>
        <message>
            <source>Every change of the selected entity</source>
            <translation>所选主体的全部修改记录</translation>
        </message>
        <message>
            <source>Every change of the selected entry</source>
            <translation>所选名单信息的全部修改记录</translation>
        </message>
        <message>
            <source>Every change of the selected letter</source>
            <translation>选中协查函的全部修改记录</translation>
        </message>
        <message>
            <source>Every change of the selected notice</source>
            <translation>选中发文的全部修改记录</translation>
        </message>
        <message>
            <source>Every change of the selected record</source>
            <translation>选中记录的全部修改历史</translation>
        </message>
        <message>
            <source>Every change of the selected result</source>
            <translation>所选检查结果的全部修改记录</translation>
        </message>
        <message>
            <source>Every change of the selected task</source>
            <translation>选中督办事项的全部修改记录</translation>
        </message>
        <message>
            <source>Every change of the selected transfer</source>
            <translation>选中移送案件的全部修改记录</translation>
        </message>
        <message>
            <source>Every change of this record, oldest first. Times are this computer's local time.</source>
            <translation>该记录的全部修改，按时间先后排列。时间为本机当地时间。</translation>
        </message>
        <message>
            <source>Every county office chooses “County office”; only the city office that gathers the counties' sync packages chooses “City office”. It cannot be changed afterwards.</source>
            <translation>各县级单位选“县级”；只有汇总各县同步包的市级单位选“市级”。设置后不能更改。</translation>
        </message>
        <message>
            <source>Every demonstration user logs in with the password {password}.</source>
            <translation>所有演示用户的登录密码均为 {password}。</translation>
        </message>
        <message>
            <source>Every document the office sends, with its document number. Numbers are handed out in order for each organ code and year; a deleted notice keeps its number.</source>
            <translation>本单位的每一份发文及其发文字号。文号按机关代字和年份依次编排；已删除的发文仍占用原文号。</translation>
        </message>
        <message>
            <source>Every font the standard asks for is installed; printed forms embed them, so they look the same on any computer.</source>
            <translation>国家标准要求的字体均已安装；打印的文书会嵌入这些字体，在任何电脑上都显示一致。</translation>
        </message>
        <message>
            <source>Every half year (安阳 一(一); 海口 一(一))</source>
            <translation>每半年一次（安阳 一(一)；海口 一(一)）</translation>
        </message>
        <message>
            <source>Every industry of the directory has been inspected in {year}.</source>
            <translation>名录库中的各行业{year}年均已抽查。</translation>
        </message>
        <message>
            <source>Every industry of the directory was inspected this year.</source>
            <translation>名录库中各行业本年度均已抽查。</translation>
        </message>
        <message>
            <source>Every row is in order and can be imported.</source>
            <translation>所有行均无误，可以导入。</translation>
        </message>
        <message>
            <source>Every rule</source>
            <translation>全部规则</translation>
        </message>
        <message>
            <source>Every step of the selected complaint with its deadline, and the time limit running now (or double-click it)</source>
            <translation>选中投诉的各办理环节及其期限、当前正在计算的时限（也可双击该行）</translation>
        </message>
        <message>
            <source>Every step with its date (or double-click the row)</source>
            <translation>各环节及其日期（也可双击该行）</translation>
        </message>
        <message>
            <source>Every step with its date and the feedback due date with how it was worked out (or double-click the row)</source>
            <translation>各环节及其日期、反馈截止日及其计算过程（也可双击该行）</translation>
        </message>
        <message>
            <source>Every table of the period counted, a worksheet each, as an Excel workbook</source>
            <translation>把已统计期间的各张表导出为 Excel 工作簿，每表一个工作表</translation>
        </message>
        <message>
            <source>Every year (鹤岗 一(一))</source>
            <translation>每年一次（鹤岗 一(一)）</translation>
        </message>
        <message>
            <source>Everyone who works with the program has an account of his own. Disabled users cannot log in; what they entered stays. Users are never deleted, so the history of every change keeps its names.</source>
            <translation>每位使用本程序的人员都应有自己的账户。停用的用户不能登录，其录入的内容仍然保留。用户不会被删除，因此修改历史中始终能看到修改人。</translation>
        </message>
        <message>
            <source>Everything about the selected entry: objections, answers and the date of every step (or double-click it)</source>
            <translation>查看所选名单信息的全部情况：异议、答复和各环节日期（也可双击）</translation>
        </message>
        <message>
            <source>Everything is set up. Hide this panel with “Don't show again”; it stays available under Help → Getting started.</source>
            <translation>设置已全部完成。可点击“不再显示”隐藏本栏；之后仍可从“帮助 → 开始使用”打开。</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据材料</translation>
        </message>
        <message>
            <source>Evidence files…</source>
            <translation>证据材料…</translation>
        </message>
        <message>
            <source>Example: {example}</source>
            <translation>例：{example}</translation>
        </message>
        <message>
            <source>Excel stored the code {value} as a number and kept only its first 15 digits; the rest are lost. Format the column as text and type the code again.</source>
            <translation>Excel 把编码 {value} 存成了数字，只保留了前 15 位，后面的数字已经丢失。请把该列设置为“文本”格式，再重新填写编码。</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx);;All files (*)</source>
            <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>期满</translation>
        </message>
        <message>
            <source>Explanation (required for “other reason”)</source>
            <translation>说明（选“其他理由”时必填）</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export a package…</source>
            <translation>导出数据包…</translation>
        </message>
        <message>
            <source>Export a sync package</source>
            <translation>导出数据包</translation>
        </message>
        <message>
            <source>Export cancelled; no file was saved.</source>
            <translation>已取消导出，未保存任何文件。</translation>
        </message>
        <message>
            <source>Export directory</source>
            <translation>导出通讯录</translation>
        </message>
        <message>
            <source>Export directory…</source>
            <translation>导出通讯录…</translation>
        </message>
        <message>
            <source>Export every record again</source>
            <translation>全部重新导出</translation>
        </message>
        <message>
            <source>Export publication table</source>
            <translation>导出公示表</translation>
        </message>
        <message>
            <source>Export this office's public key file</source>
            <translation>导出本单位公钥文件</translation>
        </message>
        <message>
            <source>Export this office's public key file…</source>
            <translation>导出本单位公钥文件…</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>导出 Excel</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Exported the directory of {count} units to {path}</source>
            <translation>已将 {count} 个单位的通讯录导出到 {path}</translation>
        </message>
        <message>
            <source>Exported {count} records to {path}</source>
            <translation>已导出 {count} 条记录到 {path}</translation>
        </message>
        <message>
            <source>Exported {count} results to {path}</source>
            <translation>已将{count}条检查结果导出至{path}</translation>
        </message>
        <message>
            <source>Extend by</source>
            <translation>延长天数</translation>
        </message>
        <message>
            <source>Extend by at least 1 {unit}.</source>
            <translation>延长期限至少为 1 {unit}。</translation>
        </message>
        <message>
            <source>Extend the time limit</source>
            <translation>延期</translation>
        </message>
        <message>
            <source>Extended by</source>
            <translation>延长期限</translation>
        </message>
        <message>
            <source>Extra meeting (major risk or other need)</source>
            <translation>专题会议（遇重大风险等情况）</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>FILE.xlsx</source>
            <translation>文件.xlsx</translation>
        </message>
        <message>
            <source>FOLDER</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>FORM</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Facts found</source>
            <translation>调查认定的事实</translation>
        </message>
        <message>
            <source>Facts of the case</source>
            <translation>基本案情</translation>
        </message>
        <message>
            <source>FangSong (body text)</source>
            <translation>仿宋（正文）</translation>
        </message>
        <message>
            <source>Farmers' cooperative</source>
            <translation>农民专业合作社</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>传真</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>反馈结果</translation>
        </message>
        <message>
            <source>Feedback content</source>
            <translation>反馈内容</translation>
        </message>
        <message>
            <source>Feedback document</source>
            <translation>反馈文书</translation>
        </message>
        <message>
            <source>Feedback due</source>
            <translation>反馈截止日</translation>
        </message>
        <message>
            <source>Feedback due by</source>
            <translation>反馈期限</translation>
        </message>
        <message>
            <source>Feedback due: {due}</source>
            <translation>反馈截止：{due}</translation>
        </message>
        <message>
            <source>Feedback from the {recipient} due within</source>
            <translation>{recipient}反馈期限</translation>
        </message>
        <message>
            <source>Feedback late</source>
            <translation>反馈是否逾期</translation>
        </message>
        <message>
            <source>Feedback received</source>
            <translation>已反馈</translation>
        </message>
        <message>
            <source>Feedback received from the transferee</source>
            <translation>转办单位已反馈</translation>
        </message>
        <message>
            <source>Feedback received on</source>
            <translation>反馈日期</translation>
        </message>
        <message>
            <source>Feedback time limit</source>
            <translation>反馈期限</translation>
        </message>
        <message>
            <source>Festival</source>
            <translation>节日名称</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Figure {number}  {title}</source>
            <translation>图{number}　{title}</translation>
        </message>
        <message>
            <source>Figures of the year</source>
            <translation>年度工作数据</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <source>Fill in the organ code (机关代字) of the document number, here or once for all under Settings → Official documents and printing.</source>
            <translation>请填写发文字号的机关代字：可在此填写，也可在“设置 → 公文与打印”中统一设置。</translation>
        </message>
        <message>
            <source>Fill in the template (one record per row) and choose the file. Every row is checked first; nothing is written until you choose to import, and the database is backed up before the import.</source>
            <translation>请按模板填写（每行一条记录），然后选择该文件。程序会先逐行检查，在您确认导入之前不会写入任何数据；导入前会自动备份数据库。</translation>
        </message>
        <message>
            <source>Filled in with the longest period allowed for this list and severity, counted from the date of the decision; shorten it if the decision says so.</source>
            <translation>已按该名单和失信程度允许的最长期限自认定之日起推算；认定决定另有规定的，请修改。</translation>
        </message>
        <message>
            <source>Filled in with the usual basis for the kind of recipient; write a more precise one if there is.</source>
            <translation>已按接收机关类别填入通常依据；如有更具体的依据，请改写。</translation>
        </message>
        <message>
            <source>Finalise the report</source>
            <translation>报告定稿</translation>
        </message>
        <message>
            <source>Finalise the {year} report? Its parts can no longer be changed afterwards.</source>
            <translation>确定将{year}年度报告定稿吗？定稿后各部分内容不能再修改。</translation>
        </message>
        <message>
            <source>Finalised</source>
            <translation>已定稿</translation>
        </message>
        <message>
            <source>Finalised by</source>
            <translation>定稿人</translation>
        </message>
        <message>
            <source>Finalised on</source>
            <translation>定稿日期</translation>
        </message>
        <message>
            <source>Finalised on {date} by {name}.</source>
            <translation>本报告于{date}定稿，定稿人：{name}</translation>
        </message>
        <message>
            <source>Finalised on {date} by {name}; read-only.</source>
            <translation>已由{name}于{date}定稿，只读。</translation>
        </message>
        <message>
            <source>Finalise…</source>
            <translation>定稿…</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>核查结果</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>指纹</translation>
        </message>
        <message>
            <source>Fingerprint (read it out to the partner office by phone): {print}</source>
            <translation>指纹（请电话读给对方单位核对）：{print}</translation>
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
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>Flag the entity or project at this many complaints within the period</source>
            <translation>期间内被投诉达到该次数时提示</translation>
        </message>
        <message>
            <source>Fold a second entry of the same entity into the selected one</source>
            <translation>将同一主体的重复记录并入所选记录</translation>
        </message>
        <message>
            <source>Follow-up task</source>
            <translation>督办事项</translation>
        </message>
        <message>
            <source>Follow-up tasks</source>
            <translation>督办事项</translation>
        </message>
        <message>
            <source>Font</source>
            <translation>字体</translation>
        </message>
        <message>
            <source>Fonts marked as stand-ins are not the ones the standard asks for: printed forms are complete and readable but look a little different. To print them exactly, put the missing fonts (such as 方正小标宋简体 or 仿宋_GB2312) into the folder {folder} and restart the program.</source>
            <translation>标为“代用”的字体不是国家标准要求的字体：打印出的文书内容完整、清晰可读，但字形略有不同。如需完全符合要求，请将缺少的字体（如方正小标宋简体、仿宋_GB2312）放入文件夹 {folder}，然后重新启动本程序。</translation>
        </message>
        <message>
            <source>For an agency: the last year it did business here (agencies active in a year are inspected at the minimum share).</source>
            <translation>代理机构填其最近在本地开展业务的年度（当年有业务的代理机构按最低比例抽查）。</translation>
        </message>
        <message>
            <source>For checking: when filled in, it must be the registered name of the code.</source>
            <translation>用于核对：填写时须与该代码登记的名称一致。</translation>
        </message>
        <message>
            <source>For the time limit for complaining (10 days for bidding complaints).</source>
            <translation>用于计算投诉期限（招标投标投诉为10日）。</translation>
        </message>
        <message>
            <source>For “list”: print only the rows this search finds.</source>
            <translation>打印“list”时：只打印检索到的行。</translation>
        </message>
        <message>
            <source>Foreign affairs (外交)</source>
            <translation>外交</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>Foundation</source>
            <translation>基金会</translation>
        </message>
        <message>
            <source>Four things to do once, in this order, before the office starts its registers. A tick shows what looks done already.</source>
            <translation>开始登记台账之前，请按顺序完成以下四件事（每件只需做一次）。已完成的步骤打勾。</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <source>From inspection result {number}</source>
            <translation>来源于检查结果{number}</translation>
        </message>
        <message>
            <source>From {period}; the inspectors will agree the exact day with you in advance.</source>
            <translation>检查时间为{period}，具体日期由检查人员提前联系确定。</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Full name of the office (printed as the issuing organ's mark; blank: the office name)</source>
            <translation>机关全称（印作发文机关标志；留空则用本单位名称）</translation>
        </message>
        <message>
            <source>Full re-export</source>
            <translation>全部重新导出</translation>
        </message>
        <message>
            <source>GNU GPL v2 with font embedding exception</source>
            <translation>GNU GPL 第 2 版（含字体嵌入例外）</translation>
        </message>
        <message>
            <source>Gap accepted</source>
            <translation>已接受缺号</translation>
        </message>
        <message>
            <source>Gap accepted: {reason}</source>
            <translation>已接受缺号：{reason}</translation>
        </message>
        <message>
            <source>General item</source>
            <translation>一般检查事项</translation>
        </message>
        <message>
            <source>Generate</source>
            <translation>由程序生成</translation>
        </message>
        <message>
            <source>Generated by the program and printed</source>
            <translation>程序生成并打印</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>开始使用</translation>
        </message>
        <message>
            <source>Getting started (about 10 minutes)</source>
            <translation>开始使用（约10分钟）</translation>
        </message>
        <message>
            <source>Give a number only to register a document numbered by hand.</source>
            <translation>仅在登记已手工编号的文件时填写。</translation>
        </message>
        <message>
            <source>Give a user a new password (from JIANGUAN_NEW_PASSWORD or asked for twice).</source>
            <translation>为用户重设密码（取自环境变量 JIANGUAN_NEW_PASSWORD，未设置时提示输入两次）。</translation>
        </message>
        <message>
            <source>Give a whole number.</source>
            <translation>请填写整数。</translation>
        </message>
        <message>
            <source>Give at least one telephone number: the mobile or the office phone.</source>
            <translation>请至少填写一个联系电话：手机或办公电话。</translation>
        </message>
        <message>
            <source>Give both the first and the last day of the objection period.</source>
            <translation>请同时填写异议期间的起止日期。</translation>
        </message>
        <message>
            <source>Give the area code with the number (such as 0372-8123456): “{text}”.</source>
            <translation>请在号码前加区号（如 0372-8123456）：“{text}”。</translation>
        </message>
        <message>
            <source>Give the batch a title.</source>
            <translation>请填写批次名称。</translation>
        </message>
        <message>
            <source>Give the day the meeting was held, or the day it is planned for.</source>
            <translation>请填写会议召开日期或计划召开日期。</translation>
        </message>
        <message>
            <source>Give the file to the partner office (on a USB stick or in person); it registers the file and compares the fingerprint with you by phone.</source>
            <translation>请将该文件交给交换单位（用U盘或当面交付）；对方登记后，请与对方电话核对指纹。</translation>
        </message>
        <message>
            <source>Give the file to write with -o FILE.</source>
            <translation>请用 -o 文件 指定要写入的文件。</translation>
        </message>
        <message>
            <source>Give the meeting a title.</source>
            <translation>请填写会议名称。</translation>
        </message>
        <message>
            <source>Give the person's name, or tick “Post vacant”.</source>
            <translation>请填写姓名，或勾选“岗位空缺”。</translation>
        </message>
        <message>
            <source>Give the plan a title.</source>
            <translation>请填写计划名称。</translation>
        </message>
        <message>
            <source>Give the preset a name.</source>
            <translation>请填写预设方案的名称。</translation>
        </message>
        <message>
            <source>Give the reason for drawing again; the first draw is kept with it.</source>
            <translation>请填写重新抽取的原因；原抽取记录将与原因一并保留。</translation>
        </message>
        <message>
            <source>Give the reason for removing the entry.</source>
            <translation>请填写移出理由。</translation>
        </message>
        <message>
            <source>Give the reason for suspending the time limit.</source>
            <translation>请填写暂停计时的理由。</translation>
        </message>
        <message>
            <source>Give the reason for the extension.</source>
            <translation>请填写延期理由。</translation>
        </message>
        <message>
            <source>Give the reason for the grade (e.g. the evaluation it comes from).</source>
            <translation>请填写评定理由（如所依据的评价结果）。</translation>
        </message>
        <message>
            <source>Give the reason for withdrawing the proposal.</source>
            <translation>请填写撤回理由。</translation>
        </message>
        <message>
            <source>Give the reasons for the decision.</source>
            <translation>请填写处理决定的理由。</translation>
        </message>
        <message>
            <source>Give the selected entity a credit grade A, B, C or D, with its date and reason</source>
            <translation>为所选主体评定A、B、C、D级信用等级，并注明日期和理由</translation>
        </message>
        <message>
            <source>Give the share of grade {grade} objects to draw, in %.</source>
            <translation>请填写 {grade} 级对象的抽查比例（%）。</translation>
        </message>
        <message>
            <source>Give the source of the preset “{name}”.</source>
            <translation>请填写预设方案“{name}”的依据。</translation>
        </message>
        <message>
            <source>Give the source of “{limit}” (the document and its article).</source>
            <translation>请填写“{limit}”的依据（文件名称及条款）。</translation>
        </message>
        <message>
            <source>Give the unit's full name.</source>
            <translation>请填写单位全称。</translation>
        </message>
        <message>
            <source>Good to know</source>
            <translation>使用提示</translation>
        </message>
        <message>
            <source>Government organ</source>
            <translation>机关</translation>
        </message>
        <message>
            <source>Government procurement</source>
            <translation>政府采购</translation>
        </message>
        <message>
            <source>Government procurement (MOF Order No. 94)</source>
            <translation>政府采购（财政部令第94号）</translation>
        </message>
        <message>
            <source>Government procurement complaint</source>
            <translation>政府采购投诉</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>Grade credit…</source>
            <translation>评定信用等级…</translation>
        </message>
        <message>
            <source>Grade the credit of {name}</source>
            <translation>评定信用等级：{name}</translation>
        </message>
        <message>
            <source>Grade {grade}</source>
            <translation>{grade} 级</translation>
        </message>
        <message>
            <source>Grade {grade}: from {lowest} % to {highest} %</source>
            <translation>{grade}级：{lowest}%至{highest}%</translation>
        </message>
        <message>
            <source>Grade {grade}: highest share drawn</source>
            <translation>{grade} 级：最高抽查比例</translation>
        </message>
        <message>
            <source>Grade {grade}: lowest share drawn</source>
            <translation>{grade} 级：最低抽查比例</translation>
        </message>
        <message>
            <source>Grade {grade}: the pool has {size} objects but {wanted} are needed, {missing} missing.</source>
            <translation>{grade} 级：名录中有 {size} 个对象，按比例需抽取 {wanted} 个，还差 {missing} 个。</translation>
        </message>
        <message>
            <source>Grade {grade}: the share must be between {lowest} % and {highest} % (settings → random inspections); {value} % was given.</source>
            <translation>{grade} 级：抽查比例应在 {lowest}% 至 {highest}% 之间（设置 → 双随机一公开），现填写 {value}%。</translation>
        </message>
        <message>
            <source>Grade {grade}: {ratio} %</source>
            <translation>{grade}级：{ratio}%</translation>
        </message>
        <message>
            <source>Grade {grade}: {value} % is more than the {cap} % a general item of this batch allows.</source>
            <translation>{grade} 级：{value}% 超过了本批次一般检查事项允许的 {cap}%。</translation>
        </message>
        <message>
            <source>Graded on</source>
            <translation>评定日期</translation>
        </message>
        <message>
            <source>Grounds for not accepting</source>
            <translation>不予受理理由</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>承办人</translation>
        </message>
        <message>
            <source>Handled on</source>
            <translation>处理日期</translation>
        </message>
        <message>
            <source>Handled warning</source>
            <translation>已处理预警</translation>
        </message>
        <message>
            <source>Handled warnings</source>
            <translation>已处理预警</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>处理情况</translation>
        </message>
        <message>
            <source>Handling decision</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>Handling details</source>
            <translation>处理情况说明</translation>
        </message>
        <message>
            <source>Handling opinion</source>
            <translation>处理意见</translation>
        </message>
        <message>
            <source>Handling suspended</source>
            <translation>暂停/中止办理</translation>
        </message>
        <message>
            <source>Head of office</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Hegang (transfer within 3 working days)</source>
            <translation>鹤岗（3个工作日内转办）</translation>
        </message>
        <message>
            <source>Hegang 鹤发改公管〔2022〕216号, section 4 (2)</source>
            <translation>《关于建立鹤岗市公共资源交易协同监管制度（试行）》（鹤发改公管〔2022〕216号）四（二）</translation>
        </message>
        <message>
            <source>Hegang 鹤发改公管〔2022〕216号, section 4 (2); the other limits are those of the Implementing Regulations of the Bidding Law, arts. 60 and 61</source>
            <translation>《关于建立鹤岗市公共资源交易协同监管制度（试行）》（鹤发改公管〔2022〕216号）四（二）；其他期限依照《中华人民共和国招标投标法实施条例》第六十条、第六十一条</translation>
        </message>
        <message>
            <source>HeiTi (first-level headings, table headers)</source>
            <translation>黑体（一级标题、表头）</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>召开日期</translation>
        </message>
        <message>
            <source>Hello, {name}</source>
            <translation>您好，{name}</translation>
        </message>
        <message>
            <source>Hereby decided.</source>
            <translation>特此决定。</translation>
        </message>
        <message>
            <source>Hereby notified.</source>
            <translation>特此告知。</translation>
        </message>
        <message>
            <source>Hide the first-steps panel on the home page</source>
            <translation>首页不显示“开始使用”栏</translation>
        </message>
        <message>
            <source>Hide this panel; it can be shown again from the Help menu or from the home page</source>
            <translation>隐藏本栏；之后可从“帮助”菜单或首页重新显示</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Highest share drawn (%)</source>
            <translation>抽查比例上限（%）</translation>
        </message>
        <message>
            <source>History of the posts ({count})</source>
            <translation>人员变动历史（{count}）</translation>
        </message>
        <message>
            <source>History of this record</source>
            <translation>该记录的修改历史</translation>
        </message>
        <message>
            <source>Holiday</source>
            <translation>放假</translation>
        </message>
        <message>
            <source>Holiday (day off)</source>
            <translation>法定节假日（放假）</translation>
        </message>
        <message>
            <source>Holidays and make-up working days</source>
            <translation>节假日和调休上班日</translation>
        </message>
        <message>
            <source>Holidays and make-up working days of {year}</source>
            <translation>{year}年放假和调休上班安排</translation>
        </message>
        <message>
            <source>Holidays of a year (State Council notice)</source>
            <translation>年度放假安排（国务院办公厅通知）</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>Housing construction</source>
            <translation>房屋建筑</translation>
        </message>
        <message>
            <source>How far the year's plans have got: per item of the list the objects drawn against those inspected, per credit grade the share drawn against the lowest share of the settings, the agencies' minimum share (锡林郭勒 (十九)) and the industries not yet inspected (锡林郭勒 (九)).</source>
            <translation>本年度计划的完成情况：按检查事项统计抽中对象数和已检查数；按信用等级统计抽取比例与设置的最低比例；招标代理机构最低抽查比例（锡林郭勒 (十九)）；以及尚未抽查的行业（锡林郭勒 (九)）。</translation>
        </message>
        <message>
            <source>How many of the newest entries (default 50).</source>
            <translation>显示最新的多少条（默认 50 条）。</translation>
        </message>
        <message>
            <source>How many working days (a whole number).</source>
            <translation>工作日天数（整数）。</translation>
        </message>
        <message>
            <source>How much of each step was done within its time limit in the period chosen, and how many working days it took: complaints (acceptance, transfer, decision, answer to the complainant), the publication of inspection results, and the reporting of liaison changes; at the city office also per county.</source>
            <translation>所选期间各环节按期办结的比例和平均用时（工作日）：投诉举报的受理审查、转办、处理决定、答复投诉人，双随机检查结果公示，联络员变更报备；市级另按县区对比。</translation>
        </message>
        <message>
            <source>How the complainant was answered</source>
            <translation>反馈方式</translation>
        </message>
        <message>
            <source>How the date was worked out</source>
            <translation>期限计算说明</translation>
        </message>
        <message>
            <source>How the due date was worked out</source>
            <translation>期限计算说明</translation>
        </message>
        <message>
            <source>How to verify</source>
            <translation>核验方法</translation>
        </message>
        <message>
            <source>I. General situation</source>
            <translation>一、基本情况</translation>
        </message>
        <message>
            <source>ID card number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <source>II. Main work and results</source>
            <translation>二、主要工作及成效</translation>
        </message>
        <message>
            <source>III. Problems</source>
            <translation>三、存在的问题</translation>
        </message>
        <message>
            <source>IV. Work planned for next year</source>
            <translation>四、下一步工作打算</translation>
        </message>
        <message>
            <source>If the materials are not supplemented by that date, or still do not meet the requirements, this office may decide not to accept the {kind} according to law.</source>
            <translation>逾期未补正或者补正后仍不符合要求的，本机关可以依法对该{kind}不予受理。</translation>
        </message>
        <message>
            <source>If you disagree with how the report was handled, you may ask the authority at the next level up to re-examine it within {days} days of receiving this {document} (Regulations on Letters and Visits, Article 35).</source>
            <translation>如对处理意见不服，可以自收到本{document}之日起{days}日内请求上一级机关复查（《信访工作条例》第三十五条）。</translation>
        </message>
        <message>
            <source>If you disagree with this {document}, you may apply for administrative reconsideration according to law within {days} days of receiving it, or bring an administrative lawsuit before a people's court within {months} months of receiving it.</source>
            <translation>如对本{document}不服，可以自收到之日起{days}日内依法申请行政复议，或者自收到之日起{months}个月内依法向人民法院提起行政诉讼。</translation>
        </message>
        <message>
            <source>Implementing departments</source>
            <translation>实施部门</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Import a package…</source>
            <translation>导入数据包…</translation>
        </message>
        <message>
            <source>Import a sync package</source>
            <translation>导入数据包</translation>
        </message>
        <message>
            <source>Import all</source>
            <translation>全部导入</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>从 Excel 导入</translation>
        </message>
        <message>
            <source>Import from Excel — {title}</source>
            <translation>从 Excel 导入 — {title}</translation>
        </message>
        <message>
            <source>Import only the rows without problems</source>
            <translation>仅导入无误的行</translation>
        </message>
        <message>
            <source>Import the market entities</source>
            <translation>导入市场主体</translation>
        </message>
        <message>
            <source>Import the missing packages first if you have them. If they are lost for good, you may accept the gap as 负责人: give the reason (it is kept with the import).</source>
            <translation>如有缺少的数据包，请先导入。如确已遗失，负责人可接受缺号：请填写原因（原因随本次导入一并保存）。</translation>
        </message>
        <message>
            <source>Import the missing packages first. Only a 负责人 may accept the gap, giving the reason.</source>
            <translation>请先导入缺少的数据包。只有负责人可以填写原因后接受缺号。</translation>
        </message>
        <message>
            <source>Import the package as the summary says, in one step: everything or nothing.</source>
            <translation>按上述结果一次性导入数据包：要么全部导入，要么全不导入。</translation>
        </message>
        <message>
            <source>Import the rows of an Excel workbook into a register.</source>
            <translation>把 Excel 工作簿中的数据导入台账。</translation>
        </message>
        <message>
            <source>Import the rows without problems and skip the others.</source>
            <translation>只导入没有问题的行，跳过有问题的行。</translation>
        </message>
        <message>
            <source>Import “{title}” from Excel</source>
            <translation>从 Excel 导入“{title}”</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Imported before</source>
            <translation>此前已导入</translation>
        </message>
        <message>
            <source>Imported by</source>
            <translation>导入人</translation>
        </message>
        <message>
            <source>Imported file</source>
            <translation>导入的文件</translation>
        </message>
        <message>
            <source>Imported from Excel</source>
            <translation>从 Excel 导入</translation>
        </message>
        <message>
            <source>Imported on</source>
            <translation>导入时间</translation>
        </message>
        <message>
            <source>Imported on {date} by {who}, from the file “{file}”.</source>
            <translation>{date}由{who}导入，文件“{file}”。</translation>
        </message>
        <message>
            <source>Imported package No. {seq} from {name} ({office}).</source>
            <translation>已导入{name}（{office}）第 {seq} 号数据包。</translation>
        </message>
        <message>
            <source>Imported {count} records from {file}.</source>
            <translation>已从 {file} 导入 {count} 条记录。</translation>
        </message>
        <message>
            <source>Imported {count} records from {file}; {skipped} rows with problems were skipped.</source>
            <translation>已从 {file} 导入 {count} 条记录，跳过了 {skipped} 行有问题的数据。</translation>
        </message>
        <message>
            <source>Importing the package</source>
            <translation>正在导入数据包</translation>
        </message>
        <message>
            <source>Importing the package…</source>
            <translation>正在导入数据包…</translation>
        </message>
        <message>
            <source>Importing {name}…</source>
            <translation>正在导入 {name}…</translation>
        </message>
        <message>
            <source>Importing: {done} of {total} rows</source>
            <translation>正在导入：已写入 {done} 行，共 {total} 行</translation>
        </message>
        <message>
            <source>Imports from Excel</source>
            <translation>Excel 导入</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>In accordance with the Notice of the General Office of the State Council on Promoting Random Inspections (国办发〔2015〕58号) and the Opinions of the State Council on Joint Random Inspections by Market Regulators (国发〔2019〕5号), this office has drawn up the {year} plan of random inspections of public resource trading. It is issued to you; please carry it out conscientiously.</source>
            <translation>根据《国务院办公厅关于推广随机抽查规范事中事后监管的通知》（国办发〔2015〕58号）和《国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见》（国发〔2019〕5号），我办制定了{year}年度公共资源交易领域“双随机、一公开”抽查工作计划，现印发给你们，请认真贯彻执行。</translation>
        </message>
        <message>
            <source>In accordance with the provisions above, this office decided on {date} not to accept the {kind}.</source>
            <translation>根据上述规定，本机关于{date}决定对该{kind}不予受理。</translation>
        </message>
        <message>
            <source>In accordance with this office's plan “{plan}”, {subject} was drawn at random as an object of “{batch}” (draw record {draw}). This office will inspect it as follows.</source>
            <translation>根据我办《{plan}》，{subject}经随机抽取（抽取记录{draw}）被确定为“{batch}”的检查对象。现将检查有关事项通知如下。</translation>
        </message>
        <message>
            <source>In accordance with {basis}, the case is hereby transferred to your organisation to be dealt with according to law.</source>
            <translation>根据{basis}的规定，现将该案移送你单位依法处理。</translation>
        </message>
        <message>
            <source>In accordance with {basis}, {department} intends to place {party} on the {list}.</source>
            <translation>依据{basis}，{department}拟将{party}列入{list}。</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>今日有效</translation>
        </message>
        <message>
            <source>In force: {list}</source>
            <translation>月末在列：{list}</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>办理中</translation>
        </message>
        <message>
            <source>In the course of {source}, this office found the following case: {matter}</source>
            <translation>我单位在办理{source}过程中，发现以下案件：{matter}</translation>
        </message>
        <message>
            <source>In the course of {source}, this office needs your assistance in verifying the following matter: {matter}</source>
            <translation>我单位在办理{source}过程中，需请你单位协助核查以下事项：{matter}</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>In {year}, the liaison persons of the member units changed {changes} times: {on_time} reported on time, {late} late and {unreported} not reported yet.</source>
            <translation>{year}年，成员单位联络员共变动{changes}人次，其中按时报送{on_time}人次，逾期报送{late}人次，尚未报送{unreported}人次。</translation>
        </message>
        <message>
            <source>In {year}, {added} entries were newly listed on the credit lists, {repaired} repaired, {expired} expired and {removed} removed; in force at the end of the year: {lists}.</source>
            <translation>{year}年新列入信用名单{added}条，信用修复{repaired}条，期满{expired}条，移出{removed}条；年末在列：{lists}。</translation>
        </message>
        <message>
            <source>In {year}, {held} joint meetings were held ({extra} of them for a major risk); {due} follow-up tasks fell due and {done} were done, {done_late} of them late.</source>
            <translation>{year}年，共召开联席会议{held}次（其中因重大风险召开{extra}次）；到期督办事项{due}项，办结{done}项，其中逾期办结{done_late}项。</translation>
        </message>
        <message>
            <source>In {year}, {held} joint meetings were held ({regular} regular, {extra} extra); they took {decisions} decisions and opened {tasks} follow-up tasks. As of {date}, {done} were done, {open} were in progress ({overdue} of them overdue) and {cancelled} were cancelled.</source>
            <translation>{year}年，共召开联席会议{held}次，其中定期会议{regular}次、专题会议{extra}次；形成议定事项{decisions}项，分解督办事项{tasks}项。截至{date}，已办结{done}项，正在办理{open}项（其中逾期{overdue}项），已撤销{cancelled}项。</translation>
        </message>
        <message>
            <source>In {year}, {planned} objects were drawn for random inspection and {done} inspections were done; problems were found in {problems} of them.</source>
            <translation>{year}年，共随机抽取检查对象{planned}个，完成检查{done}次，其中发现问题{problems}次。</translation>
        </message>
        <message>
            <source>In {year}, {received} complaints and reports were received ({complaints} complaints, {reports} reports) and {accepted} accepted; {closed} cases were closed{rate}: {on_time} on time and {late} late.</source>
            <translation>{year}年共收到投诉举报{received}件（投诉{complaints}件、举报{reports}件），受理{accepted}件；办结{closed}件{rate}，其中按期办结{on_time}件、超期办结{late}件。</translation>
        </message>
        <message>
            <source>Incentives: {measures}</source>
            <translation>列入后可享受以下激励措施：{measures}</translation>
        </message>
        <message>
            <source>Incomplete complaints: one written request to supplement within the same 5 working days.</source>
            <translation>投诉书内容不符合规定的，在收到投诉书5个工作日内一次性书面通知投诉人补正。</translation>
        </message>
        <message>
            <source>Individual business (个体工商户)</source>
            <translation>个体工商户</translation>
        </message>
        <message>
            <source>Industries not yet inspected in {year}: {names}.</source>
            <translation>{year}年尚未抽查的行业：{names}。</translation>
        </message>
        <message>
            <source>Industries the person can inspect, such as 房屋建筑; a draw matches them with the objects' industries.</source>
            <translation>可检查的行业领域，如房屋建筑；抽取时按检查对象的行业匹配。</translation>
        </message>
        <message>
            <source>Industries with objects but none inspected this year: {names}.</source>
            <translation>名录库中有检查对象但本年度尚未抽查的行业：{names}。</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Industry “{industry}” not inspected in {year}</source>
            <translation>{year}年未检查行业“{industry}”</translation>
        </message>
        <message>
            <source>Inspected and closed</source>
            <translation>已检查办结</translation>
        </message>
        <message>
            <source>Inspected on</source>
            <translation>检查日期</translation>
        </message>
        <message>
            <source>Inspected, to publish</source>
            <translation>检查完成，待公示</translation>
        </message>
        <message>
            <source>Inspecting department</source>
            <translation>检查部门</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>监督检查</translation>
        </message>
        <message>
            <source>Inspection batch</source>
            <translation>抽查批次</translation>
        </message>
        <message>
            <source>Inspection batches</source>
            <translation>抽查批次</translation>
        </message>
        <message>
            <source>Inspection coverage</source>
            <translation>抽查覆盖情况</translation>
        </message>
        <message>
            <source>Inspection draws</source>
            <translation>抽查抽取记录</translation>
        </message>
        <message>
            <source>Inspection findings</source>
            <translation>检查情况</translation>
        </message>
        <message>
            <source>Inspection from</source>
            <translation>检查时间自</translation>
        </message>
        <message>
            <source>Inspection item</source>
            <translation>抽查事项</translation>
        </message>
        <message>
            <source>Inspection items</source>
            <translation>抽查事项</translation>
        </message>
        <message>
            <source>Inspection number</source>
            <translation>检查编号</translation>
        </message>
        <message>
            <source>Inspection objects</source>
            <translation>检查对象</translation>
        </message>
        <message>
            <source>Inspection plan</source>
            <translation>抽查计划</translation>
        </message>
        <message>
            <source>Inspection plans</source>
            <translation>抽查计划</translation>
        </message>
        <message>
            <source>Inspection result</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>Inspection result {number}</source>
            <translation>检查结果 {number}</translation>
        </message>
        <message>
            <source>Inspection result: {object}</source>
            <translation>检查结果：{object}</translation>
        </message>
        <message>
            <source>Inspection results</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>Inspection until</source>
            <translation>检查时间至</translation>
        </message>
        <message>
            <source>Inspection, testing, appraisal or expert review</source>
            <translation>检验、检测、鉴定、专家评审</translation>
        </message>
        <message>
            <source>Inspections done</source>
            <translation>完成检查</translation>
        </message>
        <message>
            <source>Inspections done/planned</source>
            <translation>检查完成/计划</translation>
        </message>
        <message>
            <source>Inspections per item</source>
            <translation>各抽查事项检查情况</translation>
        </message>
        <message>
            <source>Inspectors</source>
            <translation>检查人员</translation>
        </message>
        <message>
            <source>Inspectors in the draw</source>
            <translation>参与抽取的检查人员</translation>
        </message>
        <message>
            <source>Inspectors in the pool</source>
            <translation>检查人员库人数</translation>
        </message>
        <message>
            <source>Inspectors matched to each object</source>
            <translation>每个检查对象匹配检查人员</translation>
        </message>
        <message>
            <source>Inspectors per object</source>
            <translation>每个对象检查人员数</translation>
        </message>
        <message>
            <source>Inspectors' signatures</source>
            <translation>检查人员签字</translation>
        </message>
        <message>
            <source>Institutional staffing (机构编制)</source>
            <translation>机构编制</translation>
        </message>
        <message>
            <source>Interface font</source>
            <translation>界面字体</translation>
        </message>
        <message>
            <source>Internal error: {error} (details in {log})</source>
            <translation>内部错误：{error}（详情见 {log}）</translation>
        </message>
        <message>
            <source>Internal use: contains the complainant's identity; keep confidential</source>
            <translation>内部使用　含投诉（举报）人身份信息　注意保密</translation>
        </message>
        <message>
            <source>Issue 5 item 2: the preset is chosen per office and can be overridden per case type</source>
            <translation>本程序规定：每个单位选择一套期限预设，可按案件类型分别指定</translation>
        </message>
        <message>
            <source>Issue 5 item 7 (the third complaint within 12 months)</source>
            <translation>本程序规定：12个月内第三次被投诉即予提示</translation>
        </message>
        <message>
            <source>Issue 5 item 7 (the third complaint within 12 months); 海口 (十四) 重点关注对象</source>
            <translation>本程序规定（12个月内第三次被投诉即予提示）；海口（十四）重点关注对象</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>已印发</translation>
        </message>
        <message>
            <source>It falls under the following circumstances:</source>
            <translation>经审查，存在下列情形：</translation>
        </message>
        <message>
            <source>It is decided to remove {party} from the {list} as of {day}; the incentives stop on the same day.</source>
            <translation>经审核，决定自{day}起将{party}移出{list}，相关激励措施同日停止。</translation>
        </message>
        <message>
            <source>It is decided to remove {party} from the {list} as of {day}; the sanctions against {party} stop on the same day.</source>
            <translation>经审核，决定自{day}起将{party}移出{list}，对{party}的惩戒措施同日停止实施。</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Item code</source>
            <translation>事项编码</translation>
        </message>
        <message>
            <source>Item {index} of the attachments (“{name}”) must have at least one copy.</source>
            <translation>移送材料第 {index} 项（“{name}”）至少应有 1 份。</translation>
        </message>
        <message>
            <source>Item {index} of the attachments (“{name}”) must have at least one page.</source>
            <translation>移送材料第 {index} 项（“{name}”）至少应有 1 页。</translation>
        </message>
        <message>
            <source>Item {index} of the attachments has no name.</source>
            <translation>移送材料第 {index} 项没有填写材料名称。</translation>
        </message>
        <message>
            <source>Item “{name}” not inspected in {year}</source>
            <translation>{year}年未检查事项“{name}”</translation>
        </message>
        <message>
            <source>Items inspected</source>
            <translation>抽查事项</translation>
        </message>
        <message>
            <source>Items inspected and their legal basis</source>
            <translation>检查事项及依据</translation>
        </message>
        <message>
            <source>Items: {items}</source>
            <translation>检查事项：{items}</translation>
        </message>
        <message>
            <source>Its name and number, such as 关于协助核查有关情况的复函</source>
            <translation>文书名称及文号，如：关于协助核查有关情况的复函</translation>
        </message>
        <message>
            <source>Its name and number, such as 立案告知书 滑公立字〔2026〕7号</source>
            <translation>文书名称及文号，如：立案告知书 滑公立字〔2026〕7号</translation>
        </message>
        <message>
            <source>Joint meeting</source>
            <translation>联席会议</translation>
        </message>
        <message>
            <source>Joint meetings</source>
            <translation>联席会议</translation>
        </message>
        <message>
            <source>Joint meetings and follow-up tasks per month</source>
            <translation>各月联席会议及督办事项</translation>
        </message>
        <message>
            <source>Joint meetings and follow-up tasks per month of {year}</source>
            <translation>{year}年各月联席会议及督办事项情况</translation>
        </message>
        <message>
            <source>Joint meetings and their tasks</source>
            <translation>联席会议及议定事项落实情况</translation>
        </message>
        <message>
            <source>Joint meetings held</source>
            <translation>召开联席会议（次）</translation>
        </message>
        <message>
            <source>Joint meetings in {year}: work report</source>
            <translation>{year}年度联席会议工作情况</translation>
        </message>
        <message>
            <source>Joint meetings of a year: work report</source>
            <translation>年度联席会议工作情况</translation>
        </message>
        <message>
            <source>Joint meetings: the year's report.</source>
            <translation>联席会议：年度工作情况。</translation>
        </message>
        <message>
            <source>Justice administration (司法行政)</source>
            <translation>司法行政</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>键名</translation>
        </message>
        <message>
            <source>KaiTi (second-level headings)</source>
            <translation>楷体（二级标题）</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>继续编辑</translation>
        </message>
        <message>
            <source>Keep scans, photos or documents with this record.</source>
            <translation>将扫描件、照片或文档与本记录一同保存。</translation>
        </message>
        <message>
            <source>Kept by the program for the first-steps panel of the home page</source>
            <translation>程序为首页“开始使用”栏记录</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>键名</translation>
        </message>
        <message>
            <source>Key item</source>
            <translation>重点检查事项</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Kind of code</source>
            <translation>代码类型</translation>
        </message>
        <message>
            <source>Kind of day</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Kind of entity</source>
            <translation>主体类别</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>会议类别</translation>
        </message>
        <message>
            <source>Kind of object</source>
            <translation>对象类别</translation>
        </message>
        <message>
            <source>Kind of recipient</source>
            <translation>接收机关类别</translation>
        </message>
        <message>
            <source>Kind of record</source>
            <translation>记录类别</translation>
        </message>
        <message>
            <source>Kind of unit</source>
            <translation>单位类别</translation>
        </message>
        <message>
            <source>Land and mineral rights</source>
            <translation>土地矿业权</translation>
        </message>
        <message>
            <source>Land and mining rights</source>
            <translation>土地使用权和矿业权出让</translation>
        </message>
        <message>
            <source>Largest file that can be attached</source>
            <translation>单个附件的最大大小</translation>
        </message>
        <message>
            <source>Largest workbook that may be imported</source>
            <translation>可导入的 Excel 文件大小上限</translation>
        </message>
        <message>
            <source>Last login</source>
            <translation>最近登录</translation>
        </message>
        <message>
            <source>Last package</source>
            <translation>最近数据包</translation>
        </message>
        <message>
            <source>Last regular meeting held on {last}; rhythm: {rhythm}; next due by {due}.</source>
            <translation>上次例会于{last}召开；召开频次：{rhythm}；下次应于{due}前召开。</translation>
        </message>
        <message>
            <source>Last year of business</source>
            <translation>最近业务年度</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>超期</translation>
        </message>
        <message>
            <source>Law-enforcement certificate number</source>
            <translation>执法证号</translation>
        </message>
        <message>
            <source>Law-enforcement inspector</source>
            <translation>执法检查人员</translation>
        </message>
        <message>
            <source>Law-enforcement inspectors</source>
            <translation>执法检查人员名录库</translation>
        </message>
        <message>
            <source>Laying out the report…</source>
            <translation>正在排版报告…</translation>
        </message>
        <message>
            <source>Leader or liaison officer</source>
            <translation>责任领导或联络员</translation>
        </message>
        <message>
            <source>Leader's mobile</source>
            <translation>责任领导手机</translation>
        </message>
        <message>
            <source>Leader's name</source>
            <translation>责任领导姓名</translation>
        </message>
        <message>
            <source>Leader's office phone</source>
            <translation>责任领导办公电话</translation>
        </message>
        <message>
            <source>Leader's position</source>
            <translation>责任领导职务</translation>
        </message>
        <message>
            <source>Leave empty to ask for a reply within {days} days of sending (see the settings).</source>
            <translation>不填则要求自发函之日起{days}日内回复（见设置）。</translation>
        </message>
        <message>
            <source>Leave empty to draw from every industry.</source>
            <translation>留空表示从所有行业中抽取。</translation>
        </message>
        <message>
            <source>Leave empty to print the transfer's own number.</source>
            <translation>不填则使用本移送案件的编号。</translation>
        </message>
        <message>
            <source>Leave empty to use the findings</source>
            <translation>留空则采用检查发现</translation>
        </message>
        <message>
            <source>Leave empty while the inspection goes on. When every object of the batch is closed, the batch is completed and its publication deadline starts.</source>
            <translation>检查尚在进行的留空。本批次全部对象办结后，批次即告完成，开始计算公示期限。</translation>
        </message>
        <message>
            <source>Leave empty: inspectors are matched by the object's industry.</source>
            <translation>留空：按检查对象所属行业匹配检查人员。</translation>
        </message>
        <message>
            <source>Leave it empty for the redlist.</source>
            <translation>红名单不填。</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>已调离</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>法律依据</translation>
        </message>
        <message>
            <source>Legal representative</source>
            <translation>法定代表人</translation>
        </message>
        <message>
            <source>Let the program make a 12-digit seed from the computer's random source; print it on the record and read it out</source>
            <translation>由程序利用计算机随机源生成12位随机数种子；打印在抽取记录上并当众宣读</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>Letter being prepared</source>
            <translation>拟发函</translation>
        </message>
        <message>
            <source>Letter of case transfer</source>
            <translation>案件移送书</translation>
        </message>
        <message>
            <source>Letter of transfer</source>
            <translation>转办函</translation>
        </message>
        <message>
            <source>Letter of transfer of a suspected criminal case</source>
            <translation>涉嫌犯罪案件移送书</translation>
        </message>
        <message>
            <source>Letter requesting assistance in an investigation</source>
            <translation>协查函</translation>
        </message>
        <message>
            <source>Letter sent</source>
            <translation>已发函</translation>
        </message>
        <message>
            <source>Letter sent on {sent}; a written reply was asked for by {due}.</source>
            <translation>{sent}发函，要求于{due}前书面回复。</translation>
        </message>
        <message>
            <source>Letter transferring a complaint</source>
            <translation>投诉（举报）转办函</translation>
        </message>
        <message>
            <source>Letters asking another unit to verify a matter and answer in writing (协查函). Record when each was sent and the written reply; red rows are past the date the reply was asked for.</source>
            <translation>请其他单位协助核查有关事项并书面回复的函件（协查函）。登记发函日期和书面回复；红色行为已过要求回复日期仍未回复。</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Liaison and joint meetings</source>
            <translation>联络员与联席会议</translation>
        </message>
        <message>
            <source>Liaison changes reported</source>
            <translation>联络员变更报备</translation>
        </message>
        <message>
            <source>Liaison directory</source>
            <translation>联络通讯录</translation>
        </message>
        <message>
            <source>Liaison directory (as of {date})</source>
            <translation>联络通讯录（截至{date}）</translation>
        </message>
        <message>
            <source>Liaison directory {day}</source>
            <translation>联络通讯录{day}</translation>
        </message>
        <message>
            <source>Liaison officer</source>
            <translation>联络员</translation>
        </message>
        <message>
            <source>Liaison persons</source>
            <translation>联络员</translation>
        </message>
        <message>
            <source>Liaison persons of the member units</source>
            <translation>成员单位联络员管理情况</translation>
        </message>
        <message>
            <source>Liaison's mobile</source>
            <translation>联络员手机</translation>
        </message>
        <message>
            <source>Liaison's name</source>
            <translation>联络员姓名</translation>
        </message>
        <message>
            <source>Liaison's office phone</source>
            <translation>联络员办公电话</translation>
        </message>
        <message>
            <source>Liaison's position</source>
            <translation>联络员职务</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>许可</translation>
        </message>
        <message>
            <source>Licensed and installed by the office itself</source>
            <translation>由本单位自行授权安装</translation>
        </message>
        <message>
            <source>Line {line} of “{name}” is not a record.</source>
            <translation>“{name}”第 {line} 行不是有效的记录。</translation>
        </message>
        <message>
            <source>List</source>
            <translation>名单类别</translation>
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
            <source>List of a register (landscape table)</source>
            <translation>台账一览表（横向表格）</translation>
        </message>
        <message>
            <source>List the backups.</source>
            <translation>列出备份。</translation>
        </message>
        <message>
            <source>List the complaints whose time limit is running, the nearest first.</source>
            <translation>列出正在计时的投诉举报，期限最近的在前。</translation>
        </message>
        <message>
            <source>List the draw records.</source>
            <translation>列出抽取记录。</translation>
        </message>
        <message>
            <source>List the forms and what their RECORD_NUMBER is.</source>
            <translation>列出可打印的文书及其编号的填法。</translation>
        </message>
        <message>
            <source>List the registered partner offices.</source>
            <translation>列出已登记的交换单位。</translation>
        </message>
        <message>
            <source>List the registers that take imports.</source>
            <translation>列出可以导入的台账。</translation>
        </message>
        <message>
            <source>List what the complainant must supplement.</source>
            <translation>请列明需要投诉人补正的事项。</translation>
        </message>
        <message>
            <source>Listed</source>
            <translation>名单记录</translation>
        </message>
        <message>
            <source>Listed and published</source>
            <translation>已列入（公示中）</translation>
        </message>
        <message>
            <source>Listed by office</source>
            <translation>列入单位代码</translation>
        </message>
        <message>
            <source>Listings in force at the end</source>
            <translation>期末在列名单</translation>
        </message>
        <message>
            <source>Listings in force on that day</source>
            <translation>当日有效的名单记录</translation>
        </message>
        <message>
            <source>Listings in force on that day: {count}</source>
            <translation>当日有效的名单记录：{count}条</translation>
        </message>
        <message>
            <source>Lists checked</source>
            <translation>核查范围</translation>
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
            <source>Looking for the fonts installed on this computer…</source>
            <translation>正在查找本机安装的字体…</translation>
        </message>
        <message>
            <source>Looking for warnings…</source>
            <translation>正在查找预警……</translation>
        </message>
        <message>
            <source>Lot</source>
            <translation>标段</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Lowest share</source>
            <translation>最低比例</translation>
        </message>
        <message>
            <source>MB</source>
            <translation>MB（兆字节）</translation>
        </message>
        <message>
            <source>MOF Order No. 94 (Measures on Government Procurement Queries and Complaints)</source>
            <translation>《政府采购质疑和投诉办法》（财政部令第94号）</translation>
        </message>
        <message>
            <source>MOF Order No. 94, art. 17</source>
            <translation>《政府采购质疑和投诉办法》（财政部令第94号）第十七条</translation>
        </message>
        <message>
            <source>MOF Order No. 94, art. 21</source>
            <translation>《政府采购质疑和投诉办法》（财政部令第94号）第二十一条</translation>
        </message>
        <message>
            <source>MOF Order No. 94, arts. 26 and 27</source>
            <translation>《政府采购质疑和投诉办法》（财政部令第94号）第二十六条、第二十七条</translation>
        </message>
        <message>
            <source>Macheng (one-stop complaint handling)</source>
            <translation>麻城（投诉举报“一站式”办理）</translation>
        </message>
        <message>
            <source>Macheng 麻公管委〔2022〕2号, section 2 (3) 1</source>
            <translation>《麻城市公共资源交易综合监管联动执法实施方案》（麻公管委〔2022〕2号）二（三）1</translation>
        </message>
        <message>
            <source>Macheng 麻公管委〔2022〕2号, section 2 (3) 1 (time limits) and (1) 2–3 (one workflow, transfer to the competent department)</source>
            <translation>《麻城市公共资源交易综合监管联动执法实施方案》（麻公管委〔2022〕2号）二（三）1（办理时限）、二（一）2–3（统一工作流程、及时转办）</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Made by the sender on</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Main addressee</source>
            <translation>主送机关</translation>
        </message>
        <message>
            <source>Make the annual random inspection plan (年度抽查工作计划) of a year</source>
            <translation>编制某一年度的年度抽查工作计划</translation>
        </message>
        <message>
            <source>Make the day chosen on the calendar a holiday, a make-up working day or an ordinary day (or double-click it)</source>
            <translation>把日历上选中的日期设为节假日、调休上班日或普通日（也可双击该日期）</translation>
        </message>
        <message>
            <source>Make the decision</source>
            <translation>作出处理决定</translation>
        </message>
        <message>
            <source>Make the page as wide as the window</source>
            <translation>使页面与窗口同宽</translation>
        </message>
        <message>
            <source>Make the report final: it can no longer be changed</source>
            <translation>定稿后报告不能再修改</translation>
        </message>
        <message>
            <source>Make this office's signing and encryption keys (made at setup already).</source>
            <translation>生成本单位的签名密钥和加密密钥（初始化时已生成）。</translation>
        </message>
        <message>
            <source>Make, list and restore backups.</source>
            <translation>创建、查看和恢复备份。</translation>
        </message>
        <message>
            <source>Make-up working day</source>
            <translation>调休上班</translation>
        </message>
        <message>
            <source>Make-up working day (a Saturday or Sunday worked)</source>
            <translation>调休上班日（周六或周日上班）</translation>
        </message>
        <message>
            <source>Mark as checked</source>
            <translation>已核对</translation>
        </message>
        <message>
            <source>Mark handled: {title}</source>
            <translation>标记已处理：{title}</translation>
        </message>
        <message>
            <source>Mark handled…</source>
            <translation>标记已处理…</translation>
        </message>
        <message>
            <source>Mark the selected entity deleted; it stays in the history</source>
            <translation>将所选主体标记为已删除，修改历史中仍可查</translation>
        </message>
        <message>
            <source>Mark the selected notice deleted; it stays in the history</source>
            <translation>将选中的发文标记为已删除；修改历史中仍可查到</translation>
        </message>
        <message>
            <source>Mark the selected record deleted; it stays in the history and can be restored</source>
            <translation>将选中的记录标记为删除；记录保留在修改历史中，可以恢复</translation>
        </message>
        <message>
            <source>Mark the year as entered in full</source>
            <translation>标记本年已完整录入</translation>
        </message>
        <message>
            <source>Mark the year as not entered in full</source>
            <translation>取消“本年已完整录入”</translation>
        </message>
        <message>
            <source>Market entities</source>
            <translation>市场主体库</translation>
        </message>
        <message>
            <source>Market entities matched ({count}):</source>
            <translation>匹配的市场主体（{count}个）：</translation>
        </message>
        <message>
            <source>Market entity</source>
            <translation>市场主体</translation>
        </message>
        <message>
            <source>Market regulation (工商)</source>
            <translation>工商（市场监管）</translation>
        </message>
        <message>
            <source>Mass organisation under central staffing</source>
            <translation>中央编办直接管理机构编制的群众团体</translation>
        </message>
        <message>
            <source>Materials attached</source>
            <translation>移送材料</translation>
        </message>
        <message>
            <source>Materials to prepare</source>
            <translation>需准备的材料</translation>
        </message>
        <message>
            <source>Materials to supplement</source>
            <translation>需补正的材料</translation>
        </message>
        <message>
            <source>Materials transferred</source>
            <translation>移送材料</translation>
        </message>
        <message>
            <source>Matter</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Matter and request</source>
            <translation>投诉事项及请求</translation>
        </message>
        <message>
            <source>Matter and request of the report</source>
            <translation>举报事项及请求</translation>
        </message>
        <message>
            <source>Matter supervised</source>
            <translation>督办事项</translation>
        </message>
        <message>
            <source>Matter transferred</source>
            <translation>移送事项</translation>
        </message>
        <message>
            <source>Matter: {matter}</source>
            <translation>事项：{matter}</translation>
        </message>
        <message>
            <source>Measures for Handling Complaints in Construction-Project Bidding (Order No. 11 of seven ministries), Article 12, item ({item})</source>
            <translation>《工程建设项目招标投标活动投诉处理办法》（七部委令第11号）第十二条第（{item}）项</translation>
        </message>
        <message>
            <source>Measures on Government Procurement Queries and Complaints (Ministry of Finance Order No. 94), Article 21, item (1)</source>
            <translation>《政府采购质疑和投诉办法》（财政部令第94号）第二十一条第（一）项</translation>
        </message>
        <message>
            <source>Measures taken</source>
            <translation>处理措施</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Meeting decisions</source>
            <translation>会议议定事项</translation>
        </message>
        <message>
            <source>Meeting it came from</source>
            <translation>来源会议</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>召开会议情况</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>成员单位</translation>
        </message>
        <message>
            <source>Member unit</source>
            <translation>成员单位</translation>
        </message>
        <message>
            <source>Member unit without a liaison</source>
            <translation>成员单位无联络员</translation>
        </message>
        <message>
            <source>Member units</source>
            <translation>成员单位</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>Merge into {name}</source>
            <translation>合并到“{name}”</translation>
        </message>
        <message>
            <source>Merge market entities</source>
            <translation>合并市场主体</translation>
        </message>
        <message>
            <source>Merge “{merged}” ({merged_code}) into “{kept}” ({kept_code})? The first leaves the list; both change histories are kept.</source>
            <translation>确定将“{merged}”（{merged_code}）合并到“{kept}”（{kept_code}）吗？前者将不再列出，两条记录的修改历史均予保留。</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>Merged code</source>
            <translation>被合并记录的代码</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>已合并至</translation>
        </message>
        <message>
            <source>Merged name</source>
            <translation>被合并记录的名称</translation>
        </message>
        <message>
            <source>Merged record</source>
            <translation>被合并的记录</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>合并…</translation>
        </message>
        <message>
            <source>Method of inspection</source>
            <translation>检查方式</translation>
        </message>
        <message>
            <source>Minor breach</source>
            <translation>轻微</translation>
        </message>
        <message>
            <source>Minor breaches, when published: longest period</source>
            <translation>轻微失信信息（如公开）：最长公示期</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>会议纪要</translation>
        </message>
        <message>
            <source>Minutes a locked account stays locked</source>
            <translation>账户锁定时长</translation>
        </message>
        <message>
            <source>Minutes of a joint meeting</source>
            <translation>联席会议纪要</translation>
        </message>
        <message>
            <source>Minutes of the joint meeting</source>
            <translation>联席会议纪要</translation>
        </message>
        <message>
            <source>Minutes of the {title}</source>
            <translation>{title}纪要</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>缺少</translation>
        </message>
        <message>
            <source>Missing: {names}.</source>
            <translation>缺少参数：{names}。</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Mobile {phone}</source>
            <translation>手机 {phone}</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Month {month}</source>
            <translation>{month}月</translation>
        </message>
        <message>
            <source>More</source>
            <translation>更多</translation>
        </message>
        <message>
            <source>More than {count} records</source>
            <translation>超过 {count} 条</translation>
        </message>
        <message>
            <source>Most rows a printed list may have</source>
            <translation>打印列表最多行数</translation>
        </message>
        <message>
            <source>Municipal works</source>
            <translation>市政工程</translation>
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
            <source>NOT reached</source>
            <translation>未达到</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Name of the item</source>
            <translation>事项名称</translation>
        </message>
        <message>
            <source>Name of the material</source>
            <translation>材料名称</translation>
        </message>
        <message>
            <source>Name of the unit</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source>Name the department the complaint is transferred to.</source>
            <translation>请填写转办的部门。</translation>
        </message>
        <message>
            <source>Name the register and the file: jianguan import REGISTER FILE (“jianguan import --list” shows the registers).</source>
            <translation>请指明台账和文件：jianguan import 台账 文件（运行“jianguan import --list”可查看台账）。</translation>
        </message>
        <message>
            <source>Names and unified social credit codes of those concerned</source>
            <translation>当事人名称及统一社会信用代码</translation>
        </message>
        <message>
            <source>Natural person</source>
            <translation>自然人</translation>
        </message>
        <message>
            <source>Needed for a general item (1–100); a key item has none.</source>
            <translation>一般检查事项必填（1至100）；重点检查事项不填。</translation>
        </message>
        <message>
            <source>Needed for a project.</source>
            <translation>交易项目必填。</translation>
        </message>
        <message>
            <source>Needed only when the code is not yet in the entity register.</source>
            <translation>市场主体库中尚未登记该代码时必填。</translation>
        </message>
        <message>
            <source>Network monitoring</source>
            <translation>网络监测</translation>
        </message>
        <message>
            <source>New annual inspection plan</source>
            <translation>新建年度抽查工作计划</translation>
        </message>
        <message>
            <source>New batch of {plan}</source>
            <translation>新增批次：{plan}</translation>
        </message>
        <message>
            <source>New batch…</source>
            <translation>新增批次…</translation>
        </message>
        <message>
            <source>New case transfer</source>
            <translation>新建案件移送</translation>
        </message>
        <message>
            <source>New due date</source>
            <translation>延期后截止日期</translation>
        </message>
        <message>
            <source>New inspection item</source>
            <translation>新建抽查事项</translation>
        </message>
        <message>
            <source>New inspector</source>
            <translation>新建执法检查人员</translation>
        </message>
        <message>
            <source>New joint meeting</source>
            <translation>新建联席会议</translation>
        </message>
        <message>
            <source>New letter…</source>
            <translation>新建协查函…</translation>
        </message>
        <message>
            <source>New market entity</source>
            <translation>新建市场主体</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>新建会议…</translation>
        </message>
        <message>
            <source>New member unit</source>
            <translation>新建成员单位</translation>
        </message>
        <message>
            <source>New notice</source>
            <translation>新建发文</translation>
        </message>
        <message>
            <source>New object of inspection</source>
            <translation>新建检查对象</translation>
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
            <source>New plan…</source>
            <translation>新建计划…</translation>
        </message>
        <message>
            <source>New request for assistance</source>
            <translation>新建协查函</translation>
        </message>
        <message>
            <source>New responsibility of {unit}</source>
            <translation>新增{unit}的权责事项</translation>
        </message>
        <message>
            <source>New transfer…</source>
            <translation>新建移送…</translation>
        </message>
        <message>
            <source>New unit…</source>
            <translation>新建单位…</translation>
        </message>
        <message>
            <source>Newly listed</source>
            <translation>新列入</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>下一页</translation>
        </message>
        <message>
            <source>Next page (PgDn)</source>
            <translation>下一页（PgDn）</translation>
        </message>
        <message>
            <source>Next regular joint meeting</source>
            <translation>下一次联席会议例会</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>No Chinese TrueType font was found, so the form cannot be printed. Put a font such as 仿宋_GB2312 in the folder {folder}, or install the free fonts listed in the README.</source>
            <translation>没有找到可用的中文TrueType字体，无法生成文书。请把仿宋_GB2312等字体文件放到文件夹 {folder} 中，或安装说明文件（README）中列出的免费字体。</translation>
        </message>
        <message>
            <source>No agency of the directory did business in {year}.</source>
            <translation>名录库中没有{year}年有业务的招标代理机构。</translation>
        </message>
        <message>
            <source>No annual plan yet: make one with “New plan…”, add its batches, then have the head of the office approve it.</source>
            <translation>尚无年度计划：请点击“新建计划…”编制计划并添加批次，再报负责人批准。</translation>
        </message>
        <message>
            <source>No backup could be written to {path}: {error}</source>
            <translation>无法在 {path} 写入备份：{error}</translation>
        </message>
        <message>
            <source>No batches yet. Add batches to an annual plan.</source>
            <translation>暂无抽查批次。请在年度抽查计划中添加批次。</translation>
        </message>
        <message>
            <source>No case transfer numbered “{ref}” was found.</source>
            <translation>找不到编号为“{ref}”的案件移送记录。</translation>
        </message>
        <message>
            <source>No case transfers yet. Click “New” to register a case to be transferred.</source>
            <translation>还没有案件移送记录。点击“新建”登记拟移送的案件。</translation>
        </message>
        <message>
            <source>No changes of this record are recorded.</source>
            <translation>没有该记录的修改记录。</translation>
        </message>
        <message>
            <source>No changes recorded yet: the changes of each unit's leader and liaison officer are listed here as they are reported.</source>
            <translation>尚无变动记录：各单位责任领导和联络员的变动报送后在此列出。</translation>
        </message>
        <message>
            <source>No complaint has a time limit running.</source>
            <translation>没有正在计时的投诉举报。</translation>
        </message>
        <message>
            <source>No complaint is overdue.</source>
            <translation>没有逾期的投诉举报。</translation>
        </message>
        <message>
            <source>No complaint numbered “{ref}” was found.</source>
            <translation>找不到编号为“{ref}”的投诉举报。</translation>
        </message>
        <message>
            <source>No complaint numbered “{ref}” was found; type its number as 投诉〔2026〕3号 or pick it from the list.</source>
            <translation>未找到编号为“{ref}”的投诉举报；请按“投诉〔2026〕3号”的格式输入编号，或从列表中选择。</translation>
        </message>
        <message>
            <source>No complaints are registered yet. Click “Register” to enter the first one.</source>
            <translation>尚未登记投诉举报。点击“登记”录入第一件。</translation>
        </message>
        <message>
            <source>No credit check record numbered “{ref}” was found.</source>
            <translation>找不到编号为“{ref}”的信用核查记录。</translation>
        </message>
        <message>
            <source>No credit checks are saved yet. Check a bidder and click “Save record” to keep the 信用核查记录 for the tender file.</source>
            <translation>尚未保存信用核查记录。核查投标人后点击“保存记录”，即可留存信用核查记录备查（归入招标档案）。</translation>
        </message>
        <message>
            <source>No credit list entries yet. Click “Propose” to propose an entity for a list.</source>
            <translation>尚无红黑名单记录。点击“拟列入”可提出列入名单。</translation>
        </message>
        <message>
            <source>No credit list entry numbered “{ref}” was found.</source>
            <translation>找不到编号为“{ref}”的名单记录。</translation>
        </message>
        <message>
            <source>No decision has been made on {number} yet ({status}); there is no decision to print.</source>
            <translation>{number}尚未作出处理决定（{status}），不能出具处理决定书。</translation>
        </message>
        <message>
            <source>No documents sent are registered yet. Click “New” to register the first, or “Import” to take over an old register from Excel.</source>
            <translation>还没有发文登记。请点击“新建”登记第一份发文，或点击“导入”从 Excel 导入原有的发文登记簿。</translation>
        </message>
        <message>
            <source>No draws yet.</source>
            <translation>尚无抽取记录。</translation>
        </message>
        <message>
            <source>No draws yet. Draw a batch of an approved plan on the plan page.</source>
            <translation>尚无抽取记录。请在抽查计划页对已批准计划的批次进行抽取。</translation>
        </message>
        <message>
            <source>No entity in the register matches.</source>
            <translation>市场主体库中未找到匹配的市场主体。</translation>
        </message>
        <message>
            <source>No entity with this code is registered in this office; enter or import it into the entity register first.</source>
            <translation>本单位市场主体库中没有此代码的主体，请先在市场主体库中录入或导入。</translation>
        </message>
        <message>
            <source>No entity yet</source>
            <translation>尚无市场主体</translation>
        </message>
        <message>
            <source>No file chosen yet</source>
            <translation>尚未选择文件</translation>
        </message>
        <message>
            <source>No follow-up task “{ref}” was found.</source>
            <translation>未找到督办事项“{ref}”。</translation>
        </message>
        <message>
            <source>No follow-up tasks: the tasks opened by the decisions of joint meetings are listed here until they are done.</source>
            <translation>尚无督办事项：联席会议议定事项确定的督办事项在此列出，直至办结。</translation>
        </message>
        <message>
            <source>No header row was found in {name}: none of the first {rows} rows of any sheet names the columns {columns}. Use the import template, or give the columns these headers.</source>
            <translation>在 {name} 中没有找到表头：各工作表的前 {rows} 行中都没有这些列名：{columns}。请使用导入模板，或把表头改为这些列名。</translation>
        </message>
        <message>
            <source>No inspection batch “{ref}” was found: give the batch's id or the number of its draw.</source>
            <translation>未找到抽查批次“{ref}”：请填写批次标识或其抽取记录编号。</translation>
        </message>
        <message>
            <source>No inspection batch “{ref}” was found; give the batch's id or the number of its draw.</source>
            <translation>找不到抽查批次“{ref}”；请填写批次的编号（ID）或其抽取编号。</translation>
        </message>
        <message>
            <source>No inspection of the item “{name}”{code} has been completed in {year}: no batch of the year's plans naming it has a closed result.</source>
            <translation>{year}年抽查事项“{name}”{code}尚未完成任何检查：本年度计划中列有该事项的批次均无已办结的检查结果。</translation>
        </message>
        <message>
            <source>No inspection result “{ref}” was found.</source>
            <translation>未找到检查结果“{ref}”。</translation>
        </message>
        <message>
            <source>No inspection results yet: they appear when a batch is drawn.</source>
            <translation>暂无检查结果：批次完成随机抽取后在此列出。</translation>
        </message>
        <message>
            <source>No inspectors are registered yet. Click “New” to add a person with a law-enforcement certificate, or “Import” to take the directory over from Excel.</source>
            <translation>还没有登记执法检查人员。点击“新建”录入持有执法证的人员，或点击“导入”从Excel导入名录。</translation>
        </message>
        <message>
            <source>No joint meeting was held in {year}.</source>
            <translation>{year}年未召开联席会议。</translation>
        </message>
        <message>
            <source>No joint meeting “{ref}” was found.</source>
            <translation>未找到联席会议“{ref}”。</translation>
        </message>
        <message>
            <source>No joint meetings yet. Click “New meeting” to plan the next meeting or record one held, with its attendees and decisions.</source>
            <translation>尚无联席会议记录。请点击“新建会议”安排下一次会议，或登记已召开的会议及其参会人员和议定事项。</translation>
        </message>
        <message>
            <source>No listed entry has passed the end of its publication period.</source>
            <translation>没有公示期已满、待办结的名单信息。</translation>
        </message>
        <message>
            <source>No market entities are registered yet: the bidders, tenderers, agencies and experts that every other register refers to. Click “New” to enter the first, or “Import” to take them over from Excel with the template.</source>
            <translation>市场主体库中还没有记录。这里登记其他各本台账都要引用的投标人、招标人、代理机构和评标专家。点击“新建”录入第一条，或点击“导入”按模板从 Excel 导入。</translation>
        </message>
        <message>
            <source>No market entity with this code is registered; register it first.</source>
            <translation>市场主体库中没有该代码的主体，请先登记。</translation>
        </message>
        <message>
            <source>No member units had been recorded by that day.</source>
            <translation>截至该日尚未登记成员单位。</translation>
        </message>
        <message>
            <source>No member units yet. Click “New unit” to add the units of the joint mechanism, or “Import” to take the directory over from Excel.</source>
            <translation>尚无成员单位。请点击“新建单位”逐个添加联动机制的成员单位，或点击“导入”从 Excel 导入通讯录。</translation>
        </message>
        <message>
            <source>No new password given: set {env} or run the command in a terminal.</source>
            <translation>未提供新密码：请设置环境变量 {env}，或在终端中运行该命令。</translation>
        </message>
        <message>
            <source>No notes on this record yet.</source>
            <translation>该记录尚无备注。</translation>
        </message>
        <message>
            <source>No object of the directory fits this batch (kind, industry, pool period).</source>
            <translation>检查对象名录库中没有符合本批次条件（类别、行业、时间范围）的对象。</translation>
        </message>
        <message>
            <source>No package has been written to this office yet.</source>
            <translation>尚未向该单位生成过数据包。</translation>
        </message>
        <message>
            <source>No package has been written yet.</source>
            <translation>尚未导出过数据包。</translation>
        </message>
        <message>
            <source>No package “{ref}” was imported here.</source>
            <translation>本单位没有导入过数据包“{ref}”。</translation>
        </message>
        <message>
            <source>No partner office is registered yet: register the partner's public key file first.</source>
            <translation>尚未登记交换单位：请先登记对方的公钥文件。</translation>
        </message>
        <message>
            <source>No password given: set {env} or run the command in a terminal.</source>
            <translation>未提供密码：请设置环境变量 {env}，或在终端中运行该命令。</translation>
        </message>
        <message>
            <source>No printer is available. Save the form as a PDF and print it on another computer.</source>
            <translation>没有可用的打印机。请先将文书另存为 PDF，再到其他电脑上打印。</translation>
        </message>
        <message>
            <source>No problem found</source>
            <translation>未发现问题</translation>
        </message>
        <message>
            <source>No problem found; nothing to handle</source>
            <translation>未发现问题，无需处理</translation>
        </message>
        <message>
            <source>No problem was found, so there is nothing to handle: tick “Problem found” or clear the handling.</source>
            <translation>未发现问题，无需处理：请勾选“发现问题”，或清除处理方式。</translation>
        </message>
        <message>
            <source>No receipt (expected by {date})</source>
            <translation>未回执（应于 {date} 前回执）</translation>
        </message>
        <message>
            <source>No receipt came back within two export periods: ask the partner office whether the package arrived.</source>
            <translation>超过两个报送周期仍无回执：请向交换单位核实数据包是否收到。</translation>
        </message>
        <message>
            <source>No receipt yet</source>
            <translation>未回执</translation>
        </message>
        <message>
            <source>No receipt yet for package No. {seq} to {name}</source>
            <translation>发往{name}的第 {seq} 号数据包尚无回执</translation>
        </message>
        <message>
            <source>No record of being on the blacklist, the redlist or the watch list was found.</source>
            <translation>未发现列入黑名单、红名单或重点关注名单的记录。</translation>
        </message>
        <message>
            <source>No records match the search or filter.</source>
            <translation>没有符合搜索或筛选条件的记录。</translation>
        </message>
        <message>
            <source>No records this year.</source>
            <translation>本年度无相关记录。</translation>
        </message>
        <message>
            <source>No records yet.</source>
            <translation>暂无记录。</translation>
        </message>
        <message>
            <source>No register takes imports yet.</source>
            <translation>目前还没有可以导入的台账。</translation>
        </message>
        <message>
            <source>No regular meeting held yet; rhythm: {rhythm}; due by {due}.</source>
            <translation>尚未召开例会；召开频次：{rhythm}；应于{due}前召开。</translation>
        </message>
        <message>
            <source>No request for assistance numbered “{ref}” was found.</source>
            <translation>找不到编号为“{ref}”的协查函。</translation>
        </message>
        <message>
            <source>No requests for assistance yet. Click “New” to draft a letter.</source>
            <translation>还没有协查函。点击“新建”起草协查函。</translation>
        </message>
        <message>
            <source>No row can be imported: correct the rows listed below in Excel and check again.</source>
            <translation>没有可导入的行：请在 Excel 中改正下列各行后重新检查。</translation>
        </message>
        <message>
            <source>No row was rejected.</source>
            <translation>没有拒收的记录。</translation>
        </message>
        <message>
            <source>No running deadline moved with this change.</source>
            <translation>本次修改没有影响正在计算的期限。</translation>
        </message>
        <message>
            <source>No supplementary materials were asked for {number}; there is no notice to supplement to print.</source>
            <translation>{number}未要求补正材料，不能出具补正通知书。</translation>
        </message>
        <message>
            <source>No time limit is running now ({status}).</source>
            <translation>当前没有正在计算的办理期限（{status}）。</translation>
        </message>
        <message>
            <source>No warning at the moment.</source>
            <translation>目前没有预警。</translation>
        </message>
        <message>
            <source>No warning has been marked handled.</source>
            <translation>尚无标记为已处理的预警。</translation>
        </message>
        <message>
            <source>No {kind} “{ref}” was found.</source>
            <translation>未找到{kind}“{ref}”。</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>No. {seq}</source>
            <translation>第 {seq} 号</translation>
        </message>
        <message>
            <source>No. {seq} (imported {day})</source>
            <translation>第 {seq} 号（{day}导入）</translation>
        </message>
        <message>
            <source>No: in time</source>
            <translation>否：按期回复</translation>
        </message>
        <message>
            <source>No: not in force today</source>
            <translation>否：今日不在有效名单中</translation>
        </message>
        <message>
            <source>No: within the time limit</source>
            <translation>否：在期限内反馈</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>None given</source>
            <translation>未提供</translation>
        </message>
        <message>
            <source>None of the {count} objects of the industry “{industry}” in the directory has a completed inspection in {year}.</source>
            <translation>检查对象名录库中“{industry}”行业的 {count} 个对象，{year}年均未完成检查。</translation>
        </message>
        <message>
            <source>None of the {total} rows of {name} can be imported; nothing was imported. See the list of problems.</source>
            <translation>{name} 的 {total} 行都有问题，未导入任何数据。请查看问题清单。</translation>
        </message>
        <message>
            <source>None received yet</source>
            <translation>尚未收到</translation>
        </message>
        <message>
            <source>None submitted</source>
            <translation>未提交</translation>
        </message>
        <message>
            <source>Normally closed within 15 working days; longer only with the approval of the principal head of the supervision office.</source>
            <translation>一般情况下15个工作日内办结；需要延长调查时限的，报监管办主要负责人批准后可适当延长。</translation>
        </message>
        <message>
            <source>Not a document number such as 滑监〔2026〕17号.</source>
            <translation>不是有效的发文字号（应如 滑监〔2026〕17号）。</translation>
        </message>
        <message>
            <source>Not accepted</source>
            <translation>不予受理</translation>
        </message>
        <message>
            <source>Not answered yet</source>
            <translation>尚未答复</translation>
        </message>
        <message>
            <source>Not checked yet</source>
            <translation>尚未核对</translation>
        </message>
        <message>
            <source>Not graded</source>
            <translation>未评级</translation>
        </message>
        <message>
            <source>Not in the entity register: type the respondent in</source>
            <translation>主体库中没有：手工填写被投诉人</translation>
        </message>
        <message>
            <source>Not inspected this year</source>
            <translation>本年度未检查</translation>
        </message>
        <message>
            <source>Not overdue ({days} days left)</source>
            <translation>未逾期（距办理时限还有{days}天）</translation>
        </message>
        <message>
            <source>Not reported yet</source>
            <translation>尚未报送</translation>
        </message>
        <message>
            <source>Not reviewed yet</source>
            <translation>尚未核对</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Notes cannot be added to this list.</source>
            <translation>此列表的记录不能添加备注。</translation>
        </message>
        <message>
            <source>Notes of the city office on this record, oldest first. They stay at the city; the record itself can be changed only by its own office.</source>
            <translation>市级单位对该记录的备注，按时间先后排列。备注只保存在市级；记录本身只能由其所属单位修改。</translation>
        </message>
        <message>
            <source>Nothing can be done with {number} now that you may do: it is “{status}”. An extension is approved by the head of the office.</source>
            <translation>{number}目前处于“{status}”，没有您可以办理的环节。延期须由负责人审批。</translation>
        </message>
        <message>
            <source>Nothing can be done with {number} now that you may do: it is “{status}”. Listing, credit repair and removal are decided by the head of the office.</source>
            <translation>{number}当前为“{status}”状态，没有您可以办理的环节。列入、信用修复和移出由负责人办理。</translation>
        </message>
        <message>
            <source>Nothing changed since the last package; it still carries the chain and the receipts.</source>
            <translation>自上一个数据包以来没有改动；本数据包仍带有序号链和回执。</translation>
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
            <source>Nothing more can be done with {number}: it is “{status}”.</source>
            <translation>{number}当前为“{status}”，无需再办理。</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>未做任何更改。</translation>
        </message>
        <message>
            <source>Notice (official document)</source>
            <translation>通知（公文格式）</translation>
        </message>
        <message>
            <source>Notice of a joint meeting</source>
            <translation>联席会议通知</translation>
        </message>
        <message>
            <source>Notice of acceptance</source>
            <translation>受理通知书</translation>
        </message>
        <message>
            <source>Notice of acceptance of a complaint</source>
            <translation>投诉（举报）受理通知书</translation>
        </message>
        <message>
            <source>Notice of inspection</source>
            <translation>检查通知书</translation>
        </message>
        <message>
            <source>Notice of intended listing</source>
            <translation>列入告知书</translation>
        </message>
        <message>
            <source>Notice of intended listing on the {list}</source>
            <translation>列入{list}告知书</translation>
        </message>
        <message>
            <source>Notice of non-acceptance</source>
            <translation>不予受理通知书</translation>
        </message>
        <message>
            <source>Notice of non-acceptance of a complaint</source>
            <translation>投诉（举报）不予受理通知书</translation>
        </message>
        <message>
            <source>Notice of non-acceptance, copy to a third party (no complainant)</source>
            <translation>不予受理通知书（送第三方副本，不含投诉人信息）</translation>
        </message>
        <message>
            <source>Notice of the {title}</source>
            <translation>关于召开{title}的通知</translation>
        </message>
        <message>
            <source>Notice online</source>
            <translation>网上告知</translation>
        </message>
        <message>
            <source>Notice to supplement complaint materials</source>
            <translation>投诉补正通知书</translation>
        </message>
        <message>
            <source>Notice to supplement materials</source>
            <translation>补正通知书</translation>
        </message>
        <message>
            <source>Notices</source>
            <translation>公告</translation>
        </message>
        <message>
            <source>Notify the party</source>
            <translation>告知当事人</translation>
        </message>
        <message>
            <source>Notify the party, record an objection or the answer, list, repair, close or remove the selected entry</source>
            <translation>对所选名单信息办理告知、登记异议及答复、列入、信用修复、期满办结或移出</translation>
        </message>
        <message>
            <source>Now: responsible leader {leader}; liaison officer {liaison}.</source>
            <translation>现任：责任领导 {leader}；联络员 {liaison}。</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>Number of days</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>Number of the draw</source>
            <translation>抽取编号</translation>
        </message>
        <message>
            <source>Number of the minutes</source>
            <translation>纪要文号</translation>
        </message>
        <message>
            <source>Number of the notice</source>
            <translation>通知文号</translation>
        </message>
        <message>
            <source>Number of the reminder</source>
            <translation>督办单编号</translation>
        </message>
        <message>
            <source>Number of the transfer letter</source>
            <translation>移送书文号</translation>
        </message>
        <message>
            <source>Number or code</source>
            <translation>编号/代码</translation>
        </message>
        <message>
            <source>OFFICE</source>
            <translation>单位代码</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>检查对象</translation>
        </message>
        <message>
            <source>Object drawn</source>
            <translation>抽中对象</translation>
        </message>
        <message>
            <source>Object inspected</source>
            <translation>检查对象</translation>
        </message>
        <message>
            <source>Object key</source>
            <translation>对象编号</translation>
        </message>
        <message>
            <source>Object of inspection</source>
            <translation>检查对象</translation>
        </message>
        <message>
            <source>Objection from</source>
            <translation>异议提出日期</translation>
        </message>
        <message>
            <source>Objection of {day}</source>
            <translation>{day}异议</translation>
        </message>
        <message>
            <source>Objection of {day} not yet answered: {text}</source>
            <translation>{day}提出的异议尚未答复：{text}</translation>
        </message>
        <message>
            <source>Objection period (not counted)</source>
            <translation>异议期间（不计入投诉期限）</translation>
        </message>
        <message>
            <source>Objection until</source>
            <translation>异议答复日期</translation>
        </message>
        <message>
            <source>Objections and answers</source>
            <translation>陈述申辩及答复</translation>
        </message>
        <message>
            <source>Objects</source>
            <translation>对象范围</translation>
        </message>
        <message>
            <source>Objects are drawn by credit grade at the ratios above; at least {count} inspectors are matched to each object, none of them with a conflict of interest.</source>
            <translation>检查对象按上述各批次的抽查比例分信用等级抽取；每个检查对象随机匹配不少于{count}名执法检查人员，与检查对象有利害关系的人员一律回避。</translation>
        </message>
        <message>
            <source>Objects drawn</source>
            <translation>抽中数量</translation>
        </message>
        <message>
            <source>Objects drawn and their inspectors</source>
            <translation>抽中对象及检查人员</translation>
        </message>
        <message>
            <source>Objects in the pool</source>
            <translation>对象库数量</translation>
        </message>
        <message>
            <source>Objects in the pools</source>
            <translation>名录对象数</translation>
        </message>
        <message>
            <source>Objects inspected</source>
            <translation>检查对象</translation>
        </message>
        <message>
            <source>Objects of inspection</source>
            <translation>检查对象名录库</translation>
        </message>
        <message>
            <source>Objects without a credit grade are drawn as</source>
            <translation>未评信用等级的对象按此等级抽取</translation>
        </message>
        <message>
            <source>Objects: {kind}, {industry}; pool: completed {start} to {end}</source>
            <translation>检查对象：{kind}，{industry}；抽取范围：{start}至{end}完成的项目</translation>
        </message>
        <message>
            <source>Of them for a major risk</source>
            <translation>其中遇重大风险召开</translation>
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
            <source>Office phone</source>
            <translation>办公电话</translation>
        </message>
        <message>
            <source>Office phone / mobile</source>
            <translation>办公电话／手机</translation>
        </message>
        <message>
            <source>Office type</source>
            <translation>单位类型</translation>
        </message>
        <message>
            <source>Office {code} is not registered here: register its public key file first (“jianguan sync trust FILE”).</source>
            <translation>{code}单位尚未在本单位登记：请先登记其公钥文件（“jianguan sync trust 文件”）。</translation>
        </message>
        <message>
            <source>Office {phone}</source>
            <translation>办公电话 {phone}</translation>
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
            <source>Offices side by side</source>
            <translation>各单位对比</translation>
        </message>
        <message>
            <source>Official documents and printing</source>
            <translation>公文与打印</translation>
        </message>
        <message>
            <source>Old register of documents sent</source>
            <translation>历史发文登记簿</translation>
        </message>
        <message>
            <source>Old value → new value</source>
            <translation>原值 → 新值</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>按期</translation>
        </message>
        <message>
            <source>On time?</source>
            <translation>是否按期</translation>
        </message>
        <message>
            <source>On {date}, the {title} was held at {place}{convener}, presided over by {presided}; the responsible leaders and liaison officers of the member units attended.</source>
            <translation>{date}，{title}在{place}召开{convener}，会议由{presided}主持，各成员单位责任领导和联络员参加会议。</translation>
        </message>
        <message>
            <source>On-site inspection</source>
            <translation>实地核查</translation>
        </message>
        <message>
            <source>On-site inspection record</source>
            <translation>现场检查记录表</translation>
        </message>
        <message>
            <source>On-time rate (%)</source>
            <translation>按期率（%）</translation>
        </message>
        <message>
            <source>On-time rate per office</source>
            <translation>各单位按期率</translation>
        </message>
        <message>
            <source>On-time rate per step</source>
            <translation>各环节按期率</translation>
        </message>
        <message>
            <source>On-time rates in {year}: {rates}.</source>
            <translation>{year}年各环节按期办结率：{rates}。</translation>
        </message>
        <message>
            <source>Once listed, the following measures will be taken: {measures}</source>
            <translation>列入后将依法依规采取以下惩戒措施：{measures}</translation>
        </message>
        <message>
            <source>One account for each colleague, with the role that fits his work; also a second administrator, so that a forgotten password can be reset.</source>
            <translation>为每位同事建立各自的账户，并按其工作分配角色；另请再设一位管理员，以便忘记密码时重置。</translation>
        </message>
        <message>
            <source>One department per line; several for a joint inspection</source>
            <translation>每行一个部门；联合检查可填写多个</translation>
        </message>
        <message>
            <source>One item per line, such as 一、通报上半年监管情况</source>
            <translation>每行一项，如：一、通报上半年监管情况</translation>
        </message>
        <message>
            <source>One name per line, with the unit: 张明（县纪委监委）</source>
            <translation>每行一人，注明单位：张明（县纪委监委）</translation>
        </message>
        <message>
            <source>One paragraph per line. A short line starting with 一、, （一）, 1. or （1） prints as a heading.</source>
            <translation>每段一行。以“一、”“（一）”“1.”“（1）”开头的短行按标题打印。</translation>
        </message>
        <message>
            <source>One per line (、 or commas also separate)</source>
            <translation>每行一项（也可用“、”或逗号分隔）</translation>
        </message>
        <message>
            <source>One per line, or separated by 、.</source>
            <translation>每行一项，也可用“、”分隔。</translation>
        </message>
        <message>
            <source>One piece of evidence per line</source>
            <translation>每行填写一项证据材料</translation>
        </message>
        <message>
            <source>One qualification per line, with its grade and number</source>
            <translation>每行填写一项资质，注明等级和证书编号</translation>
        </message>
        <message>
            <source>One row a day: every day off of each break (weekends inside it too) and every make-up working day.</source>
            <translation>每天一行：每次放假的每一天（含其中的周六、周日）和每个调休上班日都要列出。</translation>
        </message>
        <message>
            <source>Online platform</source>
            <translation>网上</translation>
        </message>
        <message>
            <source>Only a complaint registered by mistake, before any other step, can be deleted.</source>
            <translation>只有误登记且尚未办理其他环节的投诉可以删除。</translation>
        </message>
        <message>
            <source>Only a letter not yet sent can be deleted; a letter that has gone out stays on record.</source>
            <translation>只能删除尚未发出的协查函；已发出的协查函须留档。</translation>
        </message>
        <message>
            <source>Only a proposal not yet sent to the party (or a withdrawn one) can be deleted; an entry leaves the list by removal, with a reason.</source>
            <translation>只有尚未告知当事人（或已撤回）的拟列入记录可以删除；已列入的记录须说明理由办理移出。</translation>
        </message>
        <message>
            <source>Only a transfer not yet sent can be deleted; a case that has gone out stays on record.</source>
            <translation>只能删除尚未移送的记录；已移送的案件须留档。</translation>
        </message>
        <message>
            <source>Only available inspectors are matched in a draw.</source>
            <translation>抽取时只匹配可参加抽取的人员（暂停或调离的不参加）。</translation>
        </message>
        <message>
            <source>Only check the rows; import nothing.</source>
            <translation>只检查数据，不导入。</translation>
        </message>
        <message>
            <source>Only the city office adds notes to the records of the offices; here, change the record itself.</source>
            <translation>只有市级单位才为各单位的记录添加备注；本单位请直接修改记录本身。</translation>
        </message>
        <message>
            <source>Only the clerk handling this complaint, the head of the office and the administrator may see who complained.</source>
            <translation>只有本案承办人、负责人和管理员可以查看投诉人身份。</translation>
        </message>
        <message>
            <source>Only the draws of this year.</source>
            <translation>只列出该年度的抽取。</translation>
        </message>
        <message>
            <source>Only the entries of this record.</source>
            <translation>只显示这条记录的日志。</translation>
        </message>
        <message>
            <source>Only the head of office and the administrator export and import packages; you see what was sent and received.</source>
            <translation>只有负责人和管理员可以导出、导入数据包；您可以查看已发送和已接收的数据包。</translation>
        </message>
        <message>
            <source>Only this office's figures (the city: one county's); default every office's.</source>
            <translation>只统计该单位的数据（市级可指定某一县区）；默认统计全部单位。</translation>
        </message>
        <message>
            <source>Only those past their time limit.</source>
            <translation>只列出已逾期的。</translation>
        </message>
        <message>
            <source>Only when the partner asks for it, e.g. after restoring an old backup; otherwise the package carries the changes since the last package.</source>
            <translation>仅在对方要求时使用（例如对方恢复了旧备份）；否则数据包只带上次以来的改动。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Open tasks</source>
            <translation>未办结督办事项</translation>
        </message>
        <message>
            <source>Open the existing record</source>
            <translation>打开已有记录</translation>
        </message>
        <message>
            <source>Open the file with the program the computer uses for it.</source>
            <translation>用本机默认程序打开该文件。</translation>
        </message>
        <message>
            <source>Open the market entities</source>
            <translation>打开市场主体库</translation>
        </message>
        <message>
            <source>Open the record</source>
            <translation>打开记录</translation>
        </message>
        <message>
            <source>Open the register of the selected warning at its record</source>
            <translation>打开所选预警所在台账并定位到该记录</translation>
        </message>
        <message>
            <source>Open the selected closed task again (its outcome stays in the history)</source>
            <translation>重新打开选中的已办结事项（办理情况保留在修改记录中）</translation>
        </message>
        <message>
            <source>Open the settings</source>
            <translation>打开设置</translation>
        </message>
        <message>
            <source>Open the time limits</source>
            <translation>打开办理期限设置</translation>
        </message>
        <message>
            <source>Open user management</source>
            <translation>打开用户管理</translation>
        </message>
        <message>
            <source>Open {number} “{text}” again?</source>
            <translation>重新打开 {number}“{text}”？</translation>
        </message>
        <message>
            <source>Opinion of the clerk handling it</source>
            <translation>承办人意见</translation>
        </message>
        <message>
            <source>Opinion of the head</source>
            <translation>负责人意见</translation>
        </message>
        <message>
            <source>Opinion on the handling of a report</source>
            <translation>举报处理意见书</translation>
        </message>
        <message>
            <source>Order in the directory</source>
            <translation>通讯录排序</translation>
        </message>
        <message>
            <source>Order of the number</source>
            <translation>文号顺序</translation>
        </message>
        <message>
            <source>Ordered to rectify</source>
            <translation>责令整改</translation>
        </message>
        <message>
            <source>Ordinary breach</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Ordinary breaches: credit repair possible after</source>
            <translation>一般失信信息：可申请信用修复的最短公示期</translation>
        </message>
        <message>
            <source>Ordinary breaches: longest publication period</source>
            <translation>一般失信信息：最长公示期</translation>
        </message>
        <message>
            <source>Ordinary breaches: shortest publication period</source>
            <translation>一般失信信息：最短公示期</translation>
        </message>
        <message>
            <source>Ordinary day</source>
            <translation>普通日（按周一至周五）</translation>
        </message>
        <message>
            <source>Ordinary day (set the shipped entry aside)</source>
            <translation>普通日（不按程序内置日历）</translation>
        </message>
        <message>
            <source>Organ code</source>
            <translation>机关代字</translation>
        </message>
        <message>
            <source>Organ code of document numbers (机关代字, e.g. 滑监)</source>
            <translation>发文字号中的机关代字（如“滑监”）</translation>
        </message>
        <message>
            <source>Organ code, year in 〔〕 and number, such as 滑监〔2026〕17号; [2026] or (2026) are also understood.</source>
            <translation>机关代字、〔年份〕和序号，如 滑监〔2026〕17号；写成 [2026] 或 (2026) 也能识别。</translation>
        </message>
        <message>
            <source>Organisation category</source>
            <translation>机构类别</translation>
        </message>
        <message>
            <source>Organisation code</source>
            <translation>主体标识码</translation>
        </message>
        <message>
            <source>Original due date</source>
            <translation>原截止日期</translation>
        </message>
        <message>
            <source>Original time limit</source>
            <translation>原办理期限</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Other (机构编制)</source>
            <translation>其他（机构编制）</translation>
        </message>
        <message>
            <source>Other (民政)</source>
            <translation>其他（民政）</translation>
        </message>
        <message>
            <source>Other feedback</source>
            <translation>其他反馈</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>其他文件…</translation>
        </message>
        <message>
            <source>Other matters</source>
            <translation>其他事项</translation>
        </message>
        <message>
            <source>Other public-resource trading complaint</source>
            <translation>其他公共资源交易投诉</translation>
        </message>
        <message>
            <source>Other reason (written out)</source>
            <translation>其他理由（须写明）</translation>
        </message>
        <message>
            <source>Other registration departments</source>
            <translation>其他登记管理部门</translation>
        </message>
        <message>
            <source>Other settings</source>
            <translation>其他设置</translation>
        </message>
        <message>
            <source>Other source</source>
            <translation>其他来源</translation>
        </message>
        <message>
            <source>Other trading</source>
            <translation>其他交易</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>办理情况</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Overdue by</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Overdue by {count} working days.</source>
            <translation>已逾期 {count} 个工作日。</translation>
        </message>
        <message>
            <source>Overdue by {days} days</source>
            <translation>逾期{days}天</translation>
        </message>
        <message>
            <source>Overdue complaints</source>
            <translation>逾期投诉</translation>
        </message>
        <message>
            <source>Overdue or not</source>
            <translation>逾期情况</translation>
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
            <source>PDF file (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>PROJECT</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>PURPOSE</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Package ID</source>
            <translation>数据包编号</translation>
        </message>
        <message>
            <source>Package No.</source>
            <translation>数据包序号</translation>
        </message>
        <message>
            <source>Package No. {first} from {office} is missing: this is package No. {seq}.</source>
            <translation>缺少第 {first} 号数据包（{office}）：本数据包是第 {seq} 号。</translation>
        </message>
        <message>
            <source>Package No. {seq} does not follow the package No. {last} imported here: it was not made after it.</source>
            <translation>第 {seq} 号数据包与本单位已导入的第 {last} 号数据包接不上：它不是紧接其后生成的。</translation>
        </message>
        <message>
            <source>Package No. {seq} from office {office} was imported before, in another version: this one is refused.</source>
            <translation>{office}单位的第 {seq} 号数据包已导入过另一个版本，本数据包不予导入。</translation>
        </message>
        <message>
            <source>Package No. {seq} from {name} ({office}) was imported before: nothing changed.</source>
            <translation>{name}（{office}）第 {seq} 号数据包此前已导入过：未作任何改动。</translation>
        </message>
        <message>
            <source>Package No. {seq} from {office}</source>
            <translation>{office}第 {seq} 号数据包</translation>
        </message>
        <message>
            <source>Package No. {seq} from {office} imported</source>
            <translation>已导入{office}第 {seq} 号数据包</translation>
        </message>
        <message>
            <source>Package No. {seq} to {office}: {rows} records, {receipts} receipts.</source>
            <translation>发往{office}的第 {seq} 号数据包：记录 {rows} 条，回执 {receipts} 份。</translation>
        </message>
        <message>
            <source>Package file</source>
            <translation>数据包文件</translation>
        </message>
        <message>
            <source>Package written</source>
            <translation>数据包已导出</translation>
        </message>
        <message>
            <source>Packages No. {first} to No. {last} from {office} are missing: this is package No. {seq}.</source>
            <translation>缺少第 {first} 号至第 {last} 号数据包（{office}）：本数据包是第 {seq} 号。</translation>
        </message>
        <message>
            <source>Packages are missing</source>
            <translation>缺少数据包</translation>
        </message>
        <message>
            <source>Packages received</source>
            <translation>已接收的数据包</translation>
        </message>
        <message>
            <source>Packages sent</source>
            <translation>已发送的数据包</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>第 {page} / {count} 页</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Particulars</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Particulars: {reason}</source>
            <translation>具体情况：{reason}</translation>
        </message>
        <message>
            <source>Parties concerned</source>
            <translation>当事人</translation>
        </message>
        <message>
            <source>Partner office registered</source>
            <translation>已登记交换单位</translation>
        </message>
        <message>
            <source>Partner offices</source>
            <translation>交换单位</translation>
        </message>
        <message>
            <source>Party notified</source>
            <translation>已告知</translation>
        </message>
        <message>
            <source>Party notified on</source>
            <translation>告知日期</translation>
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
            <source>People's court</source>
            <translation>人民法院</translation>
        </message>
        <message>
            <source>People's procuratorate</source>
            <translation>检察机关</translation>
        </message>
        <message>
            <source>Per credit grade</source>
            <translation>按信用等级</translation>
        </message>
        <message>
            <source>Per item</source>
            <translation>按检查事项</translation>
        </message>
        <message>
            <source>Per item planned against done, ratios reached per grade, agencies' share.</source>
            <translation>按抽查事项统计计划数与完成数，按信用等级统计抽查比例，以及代理机构抽查比例。</translation>
        </message>
        <message>
            <source>Per register:</source>
            <translation>各台账：</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>统计期间</translation>
        </message>
        <message>
            <source>Period expired</source>
            <translation>公示期满</translation>
        </message>
        <message>
            <source>Period for repeated complaints</source>
            <translation>重复投诉统计期间</translation>
        </message>
        <message>
            <source>Person's name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Pick at least one item of the inspection item list.</source>
            <translation>请至少从抽查事项清单中选择一项。</translation>
        </message>
        <message>
            <source>Pick from the list.</source>
            <translation>请从下拉列表中选择。</translation>
        </message>
        <message>
            <source>Pick from the list: {choices}.</source>
            <translation>从下拉列表中选择：{choices}。</translation>
        </message>
        <message>
            <source>Pick one of the values in the list.</source>
            <translation>请从下拉列表中选择一项。</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Place of the draw</source>
            <translation>抽取地点</translation>
        </message>
        <message>
            <source>Place of the meeting</source>
            <translation>会议地点</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>抽查计划</translation>
        </message>
        <message>
            <source>Plan and batch</source>
            <translation>计划和批次</translation>
        </message>
        <message>
            <source>Plan year</source>
            <translation>计划年度</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>已计划</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>计划日期</translation>
        </message>
        <message>
            <source>Please carry out the matter by the time limit and report the progress in writing to {office} within {days} working days of receiving this slip.</source>
            <translation>请按办理时限抓好落实，并于收到本督办单之日起{days}个工作日内将办理情况书面报送{office}。</translation>
        </message>
        <message>
            <source>Please cooperate with the inspection. Hereby notified.</source>
            <translation>请予以配合。特此通知。</translation>
        </message>
        <message>
            <source>Please cooperate with the investigation and provide further materials when asked.</source>
            <translation>请配合调查，并按要求提供有关材料。</translation>
        </message>
        <message>
            <source>Please decide within {days} days of accepting this transfer whether to open a case, and notify this office in writing; if you decide not to open a case, please state the reasons and return the case materials (State Council Decree No. 310, Article 8). If the case is not within your jurisdiction, please pass it to the competent organ within 24 hours and inform this office in writing (Article 7).</source>
            <translation>请你单位自接受移送之日起{days}日内依法作出立案或者不予立案的决定，并书面通知我单位；决定不予立案的，请说明理由，并相应退回案件材料（国务院令第310号第八条）。不属于你单位管辖的，请在24小时内转送有管辖权的机关，并书面告知我单位（第七条）。</translation>
        </message>
        <message>
            <source>Please fill in the festival of the holiday, such as 春节.</source>
            <translation>请填写放假所属的节日名称，如“春节”。</translation>
        </message>
        <message>
            <source>Please fill in the project number (项目编号).</source>
            <translation>请填写项目编号。</translation>
        </message>
        <message>
            <source>Please fill in {field}.</source>
            <translation>请填写{field}。</translation>
        </message>
        <message>
            <source>Please give {what}.</source>
            <translation>请提供{what}。</translation>
        </message>
        <message>
            <source>Please inform this office in writing of how the case was handled within {days} days of receiving this letter.</source>
            <translation>请你单位自收到本移送书之日起{days}日内将处理情况书面反馈我单位。</translation>
        </message>
        <message>
            <source>Please inform this office in writing of the result by {date}.</source>
            <translation>请于{date}前将处理结果书面反馈本机关。</translation>
        </message>
        <message>
            <source>Please log in first.</source>
            <translation>请先登录。</translation>
        </message>
        <message>
            <source>Please prepare {materials}, and have a person who knows the matters present to explain them and sign the inspection record.</source>
            <translation>请准备{materials}，并安排熟悉情况的人员到场说明情况，在现场检查记录上签字。</translation>
        </message>
        <message>
            <source>Please prepare {materials}, be present to explain them and sign the inspection record.</source>
            <translation>请准备{materials}，届时到场说明情况，并在现场检查记录上签字。</translation>
        </message>
        <message>
            <source>Please reply in writing with the result of the verification as soon as possible.</source>
            <translation>请尽快将协查结果书面反馈我单位。</translation>
        </message>
        <message>
            <source>Please reply in writing with the result of the verification by {day}.</source>
            <translation>请于{day}前将协查结果书面反馈我单位。</translation>
        </message>
        <message>
            <source>Please send the names of those attending to {office} by {date} (contact: {name}, telephone {phone}). A leader who cannot attend asks for leave in writing and sends another leader of the unit.</source>
            <translation>请各成员单位于{date}前将参会人员名单报送{office}（联系人：{name}，电话：{phone}）。责任领导因故不能参会的，请书面请假并委派本单位其他负责同志参会。</translation>
        </message>
        <message>
            <source>Please sign, seal and return this receipt to the transferring office.</source>
            <translation>请签收盖章后将本回执退回移送单位。</translation>
        </message>
        <message>
            <source>Pool SHA-256</source>
            <translation>名录快照 SHA-256</translation>
        </message>
        <message>
            <source>Pool hash (SHA-256)</source>
            <translation>对象库哈希值（SHA-256）</translation>
        </message>
        <message>
            <source>Pool size</source>
            <translation>名录数量</translation>
        </message>
        <message>
            <source>Pool snapshot</source>
            <translation>名录快照</translation>
        </message>
        <message>
            <source>Pool: completed from</source>
            <translation>对象范围：完成日期自</translation>
        </message>
        <message>
            <source>Pool: completed until</source>
            <translation>对象范围：完成日期至</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>岗位</translation>
        </message>
        <message>
            <source>Post vacant</source>
            <translation>岗位空缺</translation>
        </message>
        <message>
            <source>Preparing “{title}”…</source>
            <translation>正在生成“{title}”…</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>出席</translation>
        </message>
        <message>
            <source>Present:</source>
            <translation>出席：</translation>
        </message>
        <message>
            <source>Preset</source>
            <translation>预设值</translation>
        </message>
        <message>
            <source>Preset for: {case_type}</source>
            <translation>{case_type}适用的期限预设</translation>
        </message>
        <message>
            <source>Preset: {value}. Source: {source}</source>
            <translation>预设值：{value}。依据：{source}</translation>
        </message>
        <message>
            <source>Presided by</source>
            <translation>主持人</translation>
        </message>
        <message>
            <source>Preview / print…</source>
            <translation>预览/打印…</translation>
        </message>
        <message>
            <source>Preview and print the rows and columns shown here as a list</source>
            <translation>预览并打印当前显示的行和列（列表形式）</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>上一页</translation>
        </message>
        <message>
            <source>Previous page (PgUp)</source>
            <translation>上一页（PgUp）</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Print (Ctrl+P)</source>
            <translation>打印（Ctrl+P）</translation>
        </message>
        <message>
            <source>Print JSON.</source>
            <translation>以 JSON 格式输出。</translation>
        </message>
        <message>
            <source>Print a form of a record as a PDF file, or list the forms.</source>
            <translation>将记录的文书打印为 PDF 文件，或列出可打印的文书。</translation>
        </message>
        <message>
            <source>Print check record</source>
            <translation>打印核查记录</translation>
        </message>
        <message>
            <source>Print data exchange receipt…</source>
            <translation>打印数据交换回执…</translation>
        </message>
        <message>
            <source>Print directory</source>
            <translation>打印通讯录</translation>
        </message>
        <message>
            <source>Print draw record</source>
            <translation>打印随机抽取记录</translation>
        </message>
        <message>
            <source>Print inspection notice</source>
            <translation>打印检查通知书</translation>
        </message>
        <message>
            <source>Print letter</source>
            <translation>打印协查函</translation>
        </message>
        <message>
            <source>Print meeting notice</source>
            <translation>打印会议通知</translation>
        </message>
        <message>
            <source>Print minutes</source>
            <translation>打印会议纪要</translation>
        </message>
        <message>
            <source>Print notice</source>
            <translation>打印告知书</translation>
        </message>
        <message>
            <source>Print on-site record</source>
            <translation>打印现场检查记录表</translation>
        </message>
        <message>
            <source>Print plan</source>
            <translation>打印计划</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>打印预览</translation>
        </message>
        <message>
            <source>Print preview of “{title}”</source>
            <translation>打印预览“{title}”</translation>
        </message>
        <message>
            <source>Print preview — {title}</source>
            <translation>打印预览 — {title}</translation>
        </message>
        <message>
            <source>Print publication table</source>
            <translation>打印公示表</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>打印回执</translation>
        </message>
        <message>
            <source>Print removal decision</source>
            <translation>打印移出决定</translation>
        </message>
        <message>
            <source>Print supervision slip</source>
            <translation>打印督办单</translation>
        </message>
        <message>
            <source>Print the selected saved check again (or double-click it)</source>
            <translation>重新打印所选核查记录（也可双击）</translation>
        </message>
        <message>
            <source>Print the user manual, with its screenshots, as a PDF file.</source>
            <translation>将用户手册（含截图）输出为 PDF 文件。</translation>
        </message>
        <message>
            <source>Print transfer letter</source>
            <translation>打印移送书</translation>
        </message>
        <message>
            <source>Printed and issued by</source>
            <translation>印发机关</translation>
        </message>
        <message>
            <source>Printed forms embed these fonts, so they look the same on any computer.</source>
            <translation>打印的表单内嵌这些字体，在任何电脑上显示效果都相同。</translation>
        </message>
        <message>
            <source>Printing and issuing organ (印发机关; blank: the full name)</source>
            <translation>印发机关（留空则用机关全称）</translation>
        </message>
        <message>
            <source>Printing fonts</source>
            <translation>打印字体</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Private non-enterprise unit</source>
            <translation>民办非企业单位</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Problem found</source>
            <translation>发现问题</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>发现问题数</translation>
        </message>
        <message>
            <source>Problems found</source>
            <translation>发现问题</translation>
        </message>
        <message>
            <source>Problems found in {file}</source>
            <translation>{file} 中发现的问题</translation>
        </message>
        <message>
            <source>Problems found years running</source>
            <translation>连续多年检查发现问题</translation>
        </message>
        <message>
            <source>Procuratorate</source>
            <translation>检察</translation>
        </message>
        <message>
            <source>Program version</source>
            <translation>程序版本</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>办理情况</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>项目名称</translation>
        </message>
        <message>
            <source>Project code</source>
            <translation>项目编号</translation>
        </message>
        <message>
            <source>Project code: {code}</source>
            <translation>项目编号：{code}</translation>
        </message>
        <message>
            <source>Project: {name}</source>
            <translation>项目：{name}</translation>
        </message>
        <message>
            <source>Projects in a pool: completed in the last</source>
            <translation>检查对象名录库的项目范围：最近完成的</translation>
        </message>
        <message>
            <source>Proof of repair</source>
            <translation>修复证明材料</translation>
        </message>
        <message>
            <source>Proposal withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <source>Propose an entity for the blacklist, the redlist or the watch list</source>
            <translation>提出将市场主体列入黑名单、红名单或重点关注名单</translation>
        </message>
        <message>
            <source>Propose for a credit list</source>
            <translation>拟列入名单</translation>
        </message>
        <message>
            <source>Propose the entity complained of again and again for the watch list</source>
            <translation>将多次被投诉的主体拟列入重点关注名单</translation>
        </message>
        <message>
            <source>Proposed for a credit list</source>
            <translation>拟列入信用名单</translation>
        </message>
        <message>
            <source>Proposed for listing</source>
            <translation>拟列入</translation>
        </message>
        <message>
            <source>Proposed on</source>
            <translation>拟列入日期</translation>
        </message>
        <message>
            <source>Proposed: extend the time limit by {count} {unit}.</source>
            <translation>拟延长办理期限{count} {unit}。</translation>
        </message>
        <message>
            <source>Propose…</source>
            <translation>拟列入…</translation>
        </message>
        <message>
            <source>Public institution (事业单位)</source>
            <translation>事业单位</translation>
        </message>
        <message>
            <source>Public key files (*.pub)</source>
            <translation>公钥文件 (*.pub)</translation>
        </message>
        <message>
            <source>Public key files (*.pub);;All files (*)</source>
            <translation>公钥文件 (*.pub);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Public security</source>
            <translation>公安</translation>
        </message>
        <message>
            <source>Public security organ</source>
            <translation>公安机关</translation>
        </message>
        <message>
            <source>Publication cannot start ({start}) before the decision ({decided}).</source>
            <translation>公示开始日期（{start}）不能早于认定决定日期（{decided}）。</translation>
        </message>
        <message>
            <source>Publication channel</source>
            <translation>公示渠道</translation>
        </message>
        <message>
            <source>Publication due</source>
            <translation>公示截止日期</translation>
        </message>
        <message>
            <source>Publication due by {due}</source>
            <translation>应于{due}前公示</translation>
        </message>
        <message>
            <source>Publication late</source>
            <translation>公示逾期</translation>
        </message>
        <message>
            <source>Publication lists</source>
            <translation>公示表</translation>
        </message>
        <message>
            <source>Publication lists…</source>
            <translation>公示表…</translation>
        </message>
        <message>
            <source>Publication note</source>
            <translation>公示说明</translation>
        </message>
        <message>
            <source>Publication of inspection results</source>
            <translation>检查结果公示</translation>
        </message>
        <message>
            <source>Publication of random inspection results</source>
            <translation>抽查结果公示表</translation>
        </message>
        <message>
            <source>Publication of results - {title}</source>
            <translation>抽查结果公示表-{title}</translation>
        </message>
        <message>
            <source>Publication period</source>
            <translation>公示期</translation>
        </message>
        <message>
            <source>Publish minor breaches</source>
            <translation>公开轻微失信信息</translation>
        </message>
        <message>
            <source>Publish results: {title}</source>
            <translation>公示抽查结果：{title}</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>已公示</translation>
        </message>
        <message>
            <source>Published from</source>
            <translation>公示开始</translation>
        </message>
        <message>
            <source>Published on</source>
            <translation>公示日期</translation>
        </message>
        <message>
            <source>Published on (YYYY-MM-DD).</source>
            <translation>公示日期（YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>Published on {date}</source>
            <translation>公示日期：{date}</translation>
        </message>
        <message>
            <source>Published on {day} ({channel})</source>
            <translation>已于{day}公示（{channel}）</translation>
        </message>
        <message>
            <source>Published until</source>
            <translation>公示截止</translation>
        </message>
        <message>
            <source>Published until {end} ({number}); it leaves the list by itself on {day}.</source>
            <translation>公示至{end}（{number}），{day}起自动移出名单。</translation>
        </message>
        <message>
            <source>Published {count} working days after the due day {due}.</source>
            <translation>晚于公示截止日期{due}，逾期{count}个工作日。</translation>
        </message>
        <message>
            <source>Published {count} working days late.</source>
            <translation>逾期{count}个工作日公示。</translation>
        </message>
        <message>
            <source>Publish…</source>
            <translation>公示…</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>核查用途</translation>
        </message>
        <message>
            <source>Put on the list</source>
            <translation>列入名单</translation>
        </message>
        <message>
            <source>Put on the watch list…</source>
            <translation>列入重点关注名单…</translation>
        </message>
        <message>
            <source>Put right a mistyped entry of the selected row (not a change of post)</source>
            <translation>更正选中行的录入错误（不是人员变动）</translation>
        </message>
        <message>
            <source>Put the preset back (saved with “Save”)</source>
            <translation>恢复为预设值（点击“保存”后生效）</translation>
        </message>
        <message>
            <source>Qualifications</source>
            <translation>资质</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>REASON</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>RECORD_NUMBER</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>RECORD_NUMBER is</source>
            <translation>编号填写</translation>
        </message>
        <message>
            <source>REGISTER</source>
            <translation>台账</translation>
        </message>
        <message>
            <source>Raise this warning again while its cause holds?</source>
            <translation>撤销处理标记？只要预警原因仍然存在，该预警将重新出现。</translation>
        </message>
        <message>
            <source>Random draw record</source>
            <translation>随机抽取记录</translation>
        </message>
        <message>
            <source>Random draw record {number}</source>
            <translation>随机抽取记录 {number}</translation>
        </message>
        <message>
            <source>Random draw records</source>
            <translation>随机抽取记录</translation>
        </message>
        <message>
            <source>Random inspections</source>
            <translation>双随机一公开</translation>
        </message>
        <message>
            <source>Random inspections carried out</source>
            <translation>“双随机、一公开”抽查情况</translation>
        </message>
        <message>
            <source>Random inspections found problems with “{name}” ({code}) in {run}. Consider it for the focus list and a closer watch.</source>
            <translation>“{name}”（{code}）在{run}年的随机抽查中均发现问题。建议列入重点关注对象，加强跟踪监管。</translation>
        </message>
        <message>
            <source>Random inspections of {year}: coverage</source>
            <translation>{year}年度双随机抽查覆盖情况</translation>
        </message>
        <message>
            <source>Random inspections per item in {year}</source>
            <translation>{year}年各抽查事项检查情况</translation>
        </message>
        <message>
            <source>Random inspections: a year's coverage, and recording a publication.</source>
            <translation>双随机一公开：年度抽查覆盖情况，登记结果公示。</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>抽查比例</translation>
        </message>
        <message>
            <source>Ratio reached</source>
            <translation>实际抽取比例</translation>
        </message>
        <message>
            <source>Re-run a draw from its record and say whether it matches (exit 0) or not (exit 1).</source>
            <translation>按记录重新运行一次抽取，说明结果是否一致（一致退出码 0，不一致 1）。</translation>
        </message>
        <message>
            <source>Re-run the draw from its record and compare with the result kept</source>
            <translation>按记录重新运行抽取，与保存的结果核对</translation>
        </message>
        <message>
            <source>Re-run the selected draw from its record and say whether it gives the recorded result</source>
            <translation>按记录重新运行所选抽取，核对是否得出与记录一致的结果</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>是否达到</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>Read out and entered at the draw</source>
            <translation>现场宣读并录入</translation>
        </message>
        <message>
            <source>Reads the sync packages of every county, shows the city-wide registers and statistics, and sends city-wide lists down.</source>
            <translation>导入各县报送的同步包，查看全市台账和统计，并向各县下发全市名单。</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Reason for cancelling</source>
            <translation>撤销原因</translation>
        </message>
        <message>
            <source>Reason for removal</source>
            <translation>移出理由</translation>
        </message>
        <message>
            <source>Reason for removal: {reason}</source>
            <translation>移出理由：{reason}</translation>
        </message>
        <message>
            <source>Reason for the extension</source>
            <translation>延期理由</translation>
        </message>
        <message>
            <source>Reason for the redraw</source>
            <translation>重新抽取原因</translation>
        </message>
        <message>
            <source>Reason for the suspension</source>
            <translation>暂停理由</translation>
        </message>
        <message>
            <source>Reason for withdrawal</source>
            <translation>撤回理由</translation>
        </message>
        <message>
            <source>Reason rejected</source>
            <translation>拒收原因</translation>
        </message>
        <message>
            <source>Reason the gap before it was accepted</source>
            <translation>接受缺号的原因</translation>
        </message>
        <message>
            <source>Reasons for the decision</source>
            <translation>处理理由</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>签收情况</translation>
        </message>
        <message>
            <source>Receipt acknowledged</source>
            <translation>已接收</translation>
        </message>
        <message>
            <source>Receipt acknowledged on</source>
            <translation>签收日期</translation>
        </message>
        <message>
            <source>Receipt for a case transfer</source>
            <translation>案件移送回执</translation>
        </message>
        <message>
            <source>Receive supplementary materials</source>
            <translation>收到补正材料</translation>
        </message>
        <message>
            <source>Received by (signature)</source>
            <translation>签收人（签名）</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>发送单位</translation>
        </message>
        <message>
            <source>Received on</source>
            <translation>收到日期</translation>
        </message>
        <message>
            <source>Receiving department</source>
            <translation>接收单位</translation>
        </message>
        <message>
            <source>Receiving department (seal)</source>
            <translation>接收单位（盖章）</translation>
        </message>
        <message>
            <source>Receiving office</source>
            <translation>接收单位</translation>
        </message>
        <message>
            <source>Receiving unit</source>
            <translation>接收单位</translation>
        </message>
        <message>
            <source>Reconsideration may be requested until</source>
            <translation>可申请复议截止日</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>Record a decision of the selected meeting with the tasks it opens (Ctrl+D)</source>
            <translation>登记选中会议的议定事项及其督办事项（Ctrl+D）</translation>
        </message>
        <message>
            <source>Record an objection</source>
            <translation>登记异议</translation>
        </message>
        <message>
            <source>Record first when the recipient acknowledged receipt of the transfer (the receipt slip).</source>
            <translation>请先登记接收单位签收移送（回执）的情况。</translation>
        </message>
        <message>
            <source>Record how the selected object was inspected, what was found and how it is handled, and close it</source>
            <translation>登记所选对象的检查方式、检查发现和处理情况，并予办结</translation>
        </message>
        <message>
            <source>Record of a random draw</source>
            <translation>随机抽取记录</translation>
        </message>
        <message>
            <source>Record result…</source>
            <translation>登记结果…</translation>
        </message>
        <message>
            <source>Record that the letter was sent, or the written reply</source>
            <translation>登记发函，或登记书面回复</translation>
        </message>
        <message>
            <source>Record the feedback</source>
            <translation>登记反馈</translation>
        </message>
        <message>
            <source>Record the publication of a completed batch's results.</source>
            <translation>登记已完成批次检查结果的公示情况。</translation>
        </message>
        <message>
            <source>Record the receipt</source>
            <translation>登记接收</translation>
        </message>
        <message>
            <source>Record the transfer</source>
            <translation>登记移送</translation>
        </message>
        <message>
            <source>Record the transfer, the receipt, the recipient's feedback or the closing</source>
            <translation>登记移送、签收、接收机关反馈或办结</translation>
        </message>
        <message>
            <source>Record the transferee's feedback</source>
            <translation>登记转办反馈</translation>
        </message>
        <message>
            <source>Record the written reply</source>
            <translation>登记书面回复</translation>
        </message>
        <message>
            <source>Record when and where the results of the selected completed batch were published</source>
            <translation>登记所选已完成批次抽查结果的公示日期和公示渠道</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>记录时间</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>记录数</translation>
        </message>
        <message>
            <source>Records are never deleted outright; mark them deleted instead.</source>
            <translation>记录不能直接删除，只能标记为已删除。</translation>
        </message>
        <message>
            <source>Records of {office} are added only by that office; they arrive here with its sync packages.</source>
            <translation>{office}的记录只能由该单位录入，随其数据包传来。</translation>
        </message>
        <message>
            <source>Records per register</source>
            <translation>各台账导入情况</translation>
        </message>
        <message>
            <source>Recused from</source>
            <translation>回避对象</translation>
        </message>
        <message>
            <source>Red and black lists</source>
            <translation>信用红黑名单管理情况</translation>
        </message>
        <message>
            <source>Red rows are tasks past their time limit</source>
            <translation>红色行为已逾期的督办事项</translation>
        </message>
        <message>
            <source>Red rows were reported after the time limit</source>
            <translation>红色行为逾期报送</translation>
        </message>
        <message>
            <source>Red: holiday. Blue: make-up working day. Double-click a day to change it.</source>
            <translation>红底为放假，蓝底为调休上班。双击日期可修改。</translation>
        </message>
        <message>
            <source>Redlist</source>
            <translation>红名单</translation>
        </message>
        <message>
            <source>Redlist publication</source>
            <translation>红名单公示表</translation>
        </message>
        <message>
            <source>Redlist publication list</source>
            <translation>红名单公示表</translation>
        </message>
        <message>
            <source>Redlist: longest period</source>
            <translation>红名单：最长有效期</translation>
        </message>
        <message>
            <source>Redlist: shortest period</source>
            <translation>红名单：最短有效期</translation>
        </message>
        <message>
            <source>Redraw of</source>
            <translation>重新抽取自</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Refuse to accept</source>
            <translation>不予受理</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>台账</translation>
        </message>
        <message>
            <source>Register a case to be transferred to another department, from a complaint or an inspection</source>
            <translation>登记拟移送其他部门的案件（来自投诉举报或监督检查）</translation>
        </message>
        <message>
            <source>Register a complaint or report</source>
            <translation>登记投诉举报</translation>
        </message>
        <message>
            <source>Register a complaint or report received by telephone, fax, mail, letter, in person, online or assigned from above</source>
            <translation>登记通过电话、传真、邮件、信函、当面、网上收到或上级交办的投诉举报</translation>
        </message>
        <message>
            <source>Register a new document</source>
            <translation>登记一份新发文</translation>
        </message>
        <message>
            <source>Register a new market entity</source>
            <translation>登记新的市场主体</translation>
        </message>
        <message>
            <source>Register a partner office's public key file.</source>
            <translation>登记交换单位的公钥文件。</translation>
        </message>
        <message>
            <source>Register a partner's public key file</source>
            <translation>登记对方公钥</translation>
        </message>
        <message>
            <source>Register a partner's public key file…</source>
            <translation>登记对方公钥…</translation>
        </message>
        <message>
            <source>Register of the record</source>
            <translation>记录所在台账</translation>
        </message>
        <message>
            <source>Register the complaint</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Register the partner office's public key file first.</source>
            <translation>请先登记交换单位的公钥文件。</translation>
        </message>
        <message>
            <source>Register the public key file the partner office gave you</source>
            <translation>登记交换单位提供的公钥文件</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>登记时间</translation>
        </message>
        <message>
            <source>Registered, awaiting acceptance review</source>
            <translation>已登记，待受理审查</translation>
        </message>
        <message>
            <source>Registered: {name} ({code}). Fingerprint: {print}</source>
            <translation>已登记：{name}（{code}）。指纹：{print}</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>台账</translation>
        </message>
        <message>
            <source>Register…</source>
            <translation>登记…</translation>
        </message>
        <message>
            <source>Registration department</source>
            <translation>登记管理部门</translation>
        </message>
        <message>
            <source>Regular joint meetings are held</source>
            <translation>联席会议例会召开频次</translation>
        </message>
        <message>
            <source>Regular meeting</source>
            <translation>例会</translation>
        </message>
        <message>
            <source>Regulations on Petition Work (2022)</source>
            <translation>《信访工作条例》（2022年）</translation>
        </message>
        <message>
            <source>Regulations on the Implementation of the Bidding Law, art. 60</source>
            <translation>《中华人民共和国招标投标法实施条例》第六十条</translation>
        </message>
        <message>
            <source>Regulations on the Implementation of the Bidding Law, art. 61; Order No. 11 of seven ministries, art. 11</source>
            <translation>《中华人民共和国招标投标法实施条例》第六十一条；《工程建设项目招标投标活动投诉处理办法》（七部委令第11号）第十一条</translation>
        </message>
        <message>
            <source>Regulations on the Implementation of the Bidding Law, art. 61; Order No. 11 of seven ministries, art. 21</source>
            <translation>《中华人民共和国招标投标法实施条例》第六十一条；《工程建设项目招标投标活动投诉处理办法》（七部委令第11号）第二十一条</translation>
        </message>
        <message>
            <source>Regulations on the Implementation of the Bidding Law, arts. 60 and 61</source>
            <translation>《中华人民共和国招标投标法实施条例》第六十条、第六十一条</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>拒收</translation>
        </message>
        <message>
            <source>Rejected rows and why</source>
            <translation>拒收的记录及原因</translation>
        </message>
        <message>
            <source>Rejected rows and why (the first {kept} of {total}):</source>
            <translation>拒收的记录及原因（共 {total} 条，列出前 {kept} 条）：</translation>
        </message>
        <message>
            <source>Rejected rows and why:</source>
            <translation>拒收的记录及原因：</translation>
        </message>
        <message>
            <source>Rejected rows are not taken; the others are imported.</source>
            <translation>拒收的记录不导入，其余记录照常导入。</translation>
        </message>
        <message>
            <source>Rejected rows were not imported; the other rows were. The same summary goes back to the sending office with this office's next package.</source>
            <translation>拒收的记录未导入，其余记录均已导入。本回执内容将随本单位下一个数据包发回发送单位。</translation>
        </message>
        <message>
            <source>Rejected {table} {number}: {reason}</source>
            <translation>拒收 {table} {number}：{reason}</translation>
        </message>
        <message>
            <source>Related units and parties</source>
            <translation>关联单位</translation>
        </message>
        <message>
            <source>Religious affairs (宗教)</source>
            <translation>宗教</translation>
        </message>
        <message>
            <source>Remarks</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Remarks: {remarks}</source>
            <translation>备注：{remarks}</translation>
        </message>
        <message>
            <source>Remind of the next regular meeting this many days before it is due</source>
            <translation>提前多少天提醒召开下一次例会</translation>
        </message>
        <message>
            <source>Remove from the list</source>
            <translation>移出名单</translation>
        </message>
        <message>
            <source>Remove material</source>
            <translation>删除材料</translation>
        </message>
        <message>
            <source>Remove the file</source>
            <translation>移除附件</translation>
        </message>
        <message>
            <source>Remove the selected row</source>
            <translation>删除选中的一行</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>移出</translation>
        </message>
        <message>
            <source>Removed from the list</source>
            <translation>已移出</translation>
        </message>
        <message>
            <source>Removed on</source>
            <translation>移出日期</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>移除…</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>重新打开</translation>
        </message>
        <message>
            <source>Repair credit</source>
            <translation>信用修复</translation>
        </message>
        <message>
            <source>Repair possible from</source>
            <translation>可修复起始日</translation>
        </message>
        <message>
            <source>Repaired</source>
            <translation>信用修复</translation>
        </message>
        <message>
            <source>Replace existing keys (every partner office must then register the new public key).</source>
            <translation>替换现有密钥（之后每个交换单位都须重新登记新的公钥）。</translation>
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
            <source>Replaced on</source>
            <translation>更换日期</translation>
        </message>
        <message>
            <source>Reply asked for by</source>
            <translation>要求回复日期</translation>
        </message>
        <message>
            <source>Reply content</source>
            <translation>回复内容</translation>
        </message>
        <message>
            <source>Reply document</source>
            <translation>回复文书</translation>
        </message>
        <message>
            <source>Reply late</source>
            <translation>回复是否逾期</translation>
        </message>
        <message>
            <source>Reply overdue</source>
            <translation>逾期未复</translation>
        </message>
        <message>
            <source>Reply received</source>
            <translation>已回复</translation>
        </message>
        <message>
            <source>Reply received on</source>
            <translation>回复日期</translation>
        </message>
        <message>
            <source>Reply to a request for assistance asked for within (when no date is given)</source>
            <translation>协查函要求回复期限（未填写回复日期时）</translation>
        </message>
        <message>
            <source>Report (tip-off)</source>
            <translation>举报</translation>
        </message>
        <message>
            <source>Report on the supervision of public-resource trading in {year}</source>
            <translation>{year}年度公共资源交易监管工作情况报告</translation>
        </message>
        <message>
            <source>Report registration form</source>
            <translation>举报登记表</translation>
        </message>
        <message>
            <source>Reported late</source>
            <translation>逾期报送</translation>
        </message>
        <message>
            <source>Reported on</source>
            <translation>报送日期</translation>
        </message>
        <message>
            <source>Reported on time</source>
            <translation>按时报送</translation>
        </message>
        <message>
            <source>Reported on {reported}, after the time limit of {due}.</source>
            <translation>{reported}报送，已超过报送时限{due}。</translation>
        </message>
        <message>
            <source>Reported party</source>
            <translation>被举报人</translation>
        </message>
        <message>
            <source>Reported {days} working days late. {explanation}</source>
            <translation>逾期{days}个工作日报送。{explanation}</translation>
        </message>
        <message>
            <source>Reporter</source>
            <translation>举报人</translation>
        </message>
        <message>
            <source>Reports handled as petitions (Regulations on Petition Work)</source>
            <translation>举报按信访办理（《信访工作条例》）</translation>
        </message>
        <message>
            <source>Representative of the inspected party</source>
            <translation>被检查单位代表</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>投诉请求</translation>
        </message>
        <message>
            <source>Request for assistance</source>
            <translation>协查函</translation>
        </message>
        <message>
            <source>Request for assistance {number}</source>
            <translation>协查函 {number}</translation>
        </message>
        <message>
            <source>Request: {request}</source>
            <translation>请求：{request}</translation>
        </message>
        <message>
            <source>Requests for assistance</source>
            <translation>协查函</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Required for a day off; for a make-up working day, the festival it belongs to.</source>
            <translation>放假的日期必填；调休上班日填所属节日。</translation>
        </message>
        <message>
            <source>Required: this cell must be filled in.</source>
            <translation>必填项：此处不能为空。</translation>
        </message>
        <message>
            <source>Requirements</source>
            <translation>工作要求</translation>
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
            <source>Respondent</source>
            <translation>被投诉人</translation>
        </message>
        <message>
            <source>Respondent's code</source>
            <translation>被投诉人代码</translation>
        </message>
        <message>
            <source>Responsibilities ({count})</source>
            <translation>权责清单（{count}）</translation>
        </message>
        <message>
            <source>Responsibility of a member unit</source>
            <translation>成员单位权责清单事项</translation>
        </message>
        <message>
            <source>Responsible leader</source>
            <translation>责任领导</translation>
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
            <source>Restore the preset</source>
            <translation>恢复预设</translation>
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
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Result of the draw</source>
            <translation>抽取结果</translation>
        </message>
        <message>
            <source>Result of the inspection</source>
            <translation>检查结果</translation>
        </message>
        <message>
            <source>Result recorded</source>
            <translation>已录入结果</translation>
        </message>
        <message>
            <source>Results of {number} have been recorded: it can no longer be drawn again.</source>
            <translation>{number} 已录入检查结果，不能再重新抽取。</translation>
        </message>
        <message>
            <source>Results published within</source>
            <translation>抽查结果公示期限</translation>
        </message>
        <message>
            <source>Resume the time limit</source>
            <translation>恢复计时</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>退回</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>已核对</translation>
        </message>
        <message>
            <source>Reviewed by (signature)</source>
            <translation>复核人（签字）</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>风险</translation>
        </message>
        <message>
            <source>Risk level</source>
            <translation>风险等级</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Rows imported</source>
            <translation>导入行数</translation>
        </message>
        <message>
            <source>Rows read: {total}. Without problems: {valid}. With problems: {problems}.</source>
            <translation>读取 {total} 行，无误 {valid} 行，有问题 {problems} 行。</translation>
        </message>
        <message>
            <source>Rows skipped</source>
            <translation>跳过行数</translation>
        </message>
        <message>
            <source>Rows {first}–{last} could not be saved: they clash with records already in the register ({detail}). Nothing was imported.</source>
            <translation>第 {first}—{last} 行无法保存：与台账中已有的记录冲突（{detail}）。未导入任何数据。</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>预警规则</translation>
        </message>
        <message>
            <source>Rules the program follows, each with its preset and where the preset comes from. A change is saved with the “Save” button of its group and recorded in the audit log.</source>
            <translation>本程序遵循的各项规则，均列出预设值及其依据。修改后点击所在分组的“保存”按钮生效，每次修改都记入操作日志。</translation>
        </message>
        <message>
            <source>Run the draw and keep its record (Ctrl+S)</source>
            <translation>进行抽取并保存抽取记录（Ctrl+S）</translation>
        </message>
        <message>
            <source>Rural collective economic organisation</source>
            <translation>农村集体经济组织</translation>
        </message>
        <message>
            <source>SIL Open Font License 1.1</source>
            <translation>SIL 开放字体许可证（OFL）1.1</translation>
        </message>
        <message>
            <source>Sample records…</source>
            <translation>正在添加示例记录…</translation>
        </message>
        <message>
            <source>Sanctions</source>
            <translation>惩戒措施</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>星期六</translation>
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
            <source>Save a copy</source>
            <translation>另存副本</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>另存副本…</translation>
        </message>
        <message>
            <source>Save an empty workbook with the right columns, notes and drop-down lists</source>
            <translation>保存一份空白模板，含规定的列、填写说明和下拉选项</translation>
        </message>
        <message>
            <source>Save and print</source>
            <translation>保存并打印</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>Save as a PDF file (Ctrl+S)</source>
            <translation>另存为 PDF 文件（Ctrl+S）</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>Save record…</source>
            <translation>保存记录并打印…</translation>
        </message>
        <message>
            <source>Save the Excel template of a register's import.</source>
            <translation>保存台账的 Excel 导入模板。</translation>
        </message>
        <message>
            <source>Save the check as a credit check record and print its number.</source>
            <translation>保存为信用核查记录并显示其编号。</translation>
        </message>
        <message>
            <source>Save the credit check record</source>
            <translation>保存信用核查记录</translation>
        </message>
        <message>
            <source>Save the file the partner office registers to read and check our packages</source>
            <translation>保存公钥文件，供交换单位登记后校验和读取本单位的数据包</translation>
        </message>
        <message>
            <source>Save the list as an .xlsx workbook to publish</source>
            <translation>将公示表保存为 Excel 工作簿（.xlsx），用于公开发布</translation>
        </message>
        <message>
            <source>Save the list of problems</source>
            <translation>保存问题清单</translation>
        </message>
        <message>
            <source>Save the list of problems…</source>
            <translation>保存问题清单…</translation>
        </message>
        <message>
            <source>Save the problems as an Excel list, to correct the workbook beside it</source>
            <translation>将问题保存为 Excel 清单，便于对照改正</translation>
        </message>
        <message>
            <source>Save the problems found (if any) as an Excel list.</source>
            <translation>把发现的问题（如有）保存为 Excel 清单。</translation>
        </message>
        <message>
            <source>Save the rows and columns shown here as an .xlsx file</source>
            <translation>将当前显示的行和列保存为 .xlsx 文件</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>保存模板</translation>
        </message>
        <message>
            <source>Save this check as a 信用核查记录 for the tender file, with its project and purpose, and print it</source>
            <translation>将本次核查保存为信用核查记录（注明项目和用途）并打印，归入招标档案</translation>
        </message>
        <message>
            <source>Save what is written as a draft of the year's report</source>
            <translation>将已填写的内容保存为本年度报告的草稿</translation>
        </message>
        <message>
            <source>Saved as the credit check record {number}.</source>
            <translation>已保存为信用核查记录 {number}。</translation>
        </message>
        <message>
            <source>Saved as {path}</source>
            <translation>已保存为 {path}</translation>
        </message>
        <message>
            <source>Saved check records</source>
            <translation>已保存的核查记录</translation>
        </message>
        <message>
            <source>Saving the workbook…</source>
            <translation>正在保存工作簿…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Say how the task was carried out, or why it was cancelled.</source>
            <translation>请填写办理情况或撤销理由。</translation>
        </message>
        <message>
            <source>Say that every holiday and make-up day of the year is entered: its deadlines then carry no warning</source>
            <translation>确认本年节假日和调休上班日已全部录入，期限不再附提示</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>请填写需要办理的事项。</translation>
        </message>
        <message>
            <source>Say what the unit is responsible for.</source>
            <translation>请填写该单位负责的事项。</translation>
        </message>
        <message>
            <source>Say what was done about the selected warning; it leaves the list (audited)</source>
            <translation>填写对所选预警的处理情况；处理后不再列出（记入审计日志）</translation>
        </message>
        <message>
            <source>Say what was done about the warning.</source>
            <translation>请填写处理情况。</translation>
        </message>
        <message>
            <source>Say where the results were published (for example the portal of the public resource trading platform).</source>
            <translation>请填写公示渠道（例如公共资源交易平台门户网站）。</translation>
        </message>
        <message>
            <source>Say where the seed came from.</source>
            <translation>请选择种子来源。</translation>
        </message>
        <message>
            <source>Say who did this step.</source>
            <translation>请填写经办人。</translation>
        </message>
        <message>
            <source>Say who registered the complaint.</source>
            <translation>请填写登记人。</translation>
        </message>
        <message>
            <source>Scans of the materials and replies kept with the selected record</source>
            <translation>与所选记录一同保存的材料和回复扫描件</translation>
        </message>
        <message>
            <source>Search by name or code</source>
            <translation>按名称或代码查找</translation>
        </message>
        <message>
            <source>Search the register and choose the entity, or choose “A new entity” and enter it.</source>
            <translation>请在市场主体库中查找并选择主体，或选择“新的市场主体”后填写。</translation>
        </message>
        <message>
            <source>Search the register and choose the entity.</source>
            <translation>请在市场主体库中搜索并选择该主体。</translation>
        </message>
        <message>
            <source>Search: type any words</source>
            <translation>搜索：输入关键字</translation>
        </message>
        <message>
            <source>Sections written</source>
            <translation>报告正文</translation>
        </message>
        <message>
            <source>Security and backups</source>
            <translation>安全与备份</translation>
        </message>
        <message>
            <source>See the list as it prints, then print it or save it as PDF</source>
            <translation>预览打印效果，可打印或另存为 PDF</translation>
        </message>
        <message>
            <source>See the selected notice as it prints, then print it or save it as PDF</source>
            <translation>查看选中发文的打印效果，然后打印或另存为 PDF</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Seed source</source>
            <translation>种子来源</translation>
        </message>
        <message>
            <source>Select a meeting to see its decisions and tasks</source>
            <translation>选中一次会议，查看其议定事项和督办事项</translation>
        </message>
        <message>
            <source>Select a unit to see its people and responsibilities</source>
            <translation>选中一个单位，查看其人员和权责清单</translation>
        </message>
        <message>
            <source>Select an entry of the list first.</source>
            <translation>请先在列表中选择一条日志。</translation>
        </message>
        <message>
            <source>Send every record again, not only those changed since the last package.</source>
            <translation>重新发送全部记录，而不只是上次以来改动的记录。</translation>
        </message>
        <message>
            <source>Send or record reply…</source>
            <translation>发函/登记回复…</translation>
        </message>
        <message>
            <source>Send the letter</source>
            <translation>发函</translation>
        </message>
        <message>
            <source>Send to</source>
            <translation>发往</translation>
        </message>
        <message>
            <source>Sending office</source>
            <translation>发送单位</translation>
        </message>
        <message>
            <source>Sent down by the city (office {code})</source>
            <translation>上级下发（单位代码 {code}）</translation>
        </message>
        <message>
            <source>Sent down by the city office</source>
            <translation>市级下发</translation>
        </message>
        <message>
            <source>Sent on</source>
            <translation>发函日期</translation>
        </message>
        <message>
            <source>Sent to</source>
            <translation>接收单位</translation>
        </message>
        <message>
            <source>Sequence number</source>
            <translation>文号序号</translation>
        </message>
        <message>
            <source>Serious breach</source>
            <translation>严重</translation>
        </message>
        <message>
            <source>Serious breaches: credit repair possible after</source>
            <translation>严重失信信息：可申请信用修复的最短公示期</translation>
        </message>
        <message>
            <source>Serious breaches: longest publication period</source>
            <translation>严重失信信息：最长公示期</translation>
        </message>
        <message>
            <source>Serious breaches: shortest publication period</source>
            <translation>严重失信信息：最短公示期</translation>
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
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>正在写入设置…</translation>
        </message>
        <message>
            <source>Several departments inspect together in one visit (进一次门、查多项事).</source>
            <translation>多个部门一次联合检查（进一次门、查多项事）。</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>失信程度</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Share asked</source>
            <translation>要求比例</translation>
        </message>
        <message>
            <source>Share drawn</source>
            <translation>抽取比例</translation>
        </message>
        <message>
            <source>Share per credit grade</source>
            <translation>各信用等级抽查比例</translation>
        </message>
        <message>
            <source>Share per credit grade: {ratios}; {count} inspectors per object</source>
            <translation>各信用等级抽取比例：{ratios}；每个对象匹配{count}名检查人员</translation>
        </message>
        <message>
            <source>Sheet “{sheet}”, headers in row {row}.</source>
            <translation>工作表“{sheet}”，表头在第 {row} 行。</translation>
        </message>
        <message>
            <source>Shipped with the program</source>
            <translation>程序内置</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Show complainant</source>
            <translation>显示投诉人</translation>
        </message>
        <message>
            <source>Show complaints on the home page this many working days before they are due</source>
            <translation>期限届满前多少个工作日在首页提示</translation>
        </message>
        <message>
            <source>Show deleted records</source>
            <translation>显示已删除的记录</translation>
        </message>
        <message>
            <source>Show detail…</source>
            <translation>查看明细…</translation>
        </message>
        <message>
            <source>Show every active credit list entry about a code or a name.</source>
            <translation>按代码或名称显示所有有效的名单记录。</translation>
        </message>
        <message>
            <source>Show follow-up tasks on the home page this many days before they are due</source>
            <translation>督办事项到期前多少天在首页提示</translation>
        </message>
        <message>
            <source>Show handled warnings</source>
            <translation>显示已处理的预警</translation>
        </message>
        <message>
            <source>Show publications on the home page this many working days before they are due</source>
            <translation>公示到期前多少个工作日在首页提示</translation>
        </message>
        <message>
            <source>Show the full traceback of an internal error.</source>
            <translation>内部错误时显示完整的调用栈。</translation>
        </message>
        <message>
            <source>Show the holiday table.</source>
            <translation>查看节假日表。</translation>
        </message>
        <message>
            <source>Show the newest entries, or one record's.</source>
            <translation>显示最新的日志，或某条记录的全部日志。</translation>
        </message>
        <message>
            <source>Show the objects of one batch, or of every batch</source>
            <translation>显示某一批次或全部批次的抽中对象</translation>
        </message>
        <message>
            <source>Show the office, its code and type, the database file and its version.</source>
            <translation>显示本单位名称、代码、类型，以及数据库文件和数据库版本。</translation>
        </message>
        <message>
            <source>Show the program's version and database version, and exit.</source>
            <translation>显示程序版本和数据库版本后退出。</translation>
        </message>
        <message>
            <source>Show the program's version.</source>
            <translation>显示程序版本。</translation>
        </message>
        <message>
            <source>Show the whole page in the window</source>
            <translation>在窗口中显示整页</translation>
        </message>
        <message>
            <source>Show this help and exit.</source>
            <translation>显示本帮助后退出。</translation>
        </message>
        <message>
            <source>Show transfers and requests on the home page this many days before they are due</source>
            <translation>案件移送反馈和协查回复到期前多少日在首页提示</translation>
        </message>
        <message>
            <source>Show who complained, in full (written to the audit log)</source>
            <translation>显示投诉人的完整信息（记入审计日志）</translation>
        </message>
        <message>
            <source>Show “Getting started” again</source>
            <translation>重新显示“开始使用”</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>发文机关署名</translation>
        </message>
        <message>
            <source>Signature of documents (署名; blank: the full name)</source>
            <translation>发文机关署名（留空则用机关全称）</translation>
        </message>
        <message>
            <source>Signature: {blank}  Position: {blank}
Date: ＿＿年＿月＿日</source>
            <translation>签字：{blank}  职务：{blank}
日期：＿＿年＿月＿日</translation>
        </message>
        <message>
            <source>Signature: {name}    Date: {date}</source>
            <translation>签字：{name}　　日期：{date}</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>起始日期</translation>
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
            <source>Size in bytes</source>
            <translation>大小（字节）</translation>
        </message>
        <message>
            <source>Social organisation (社会团体)</source>
            <translation>社会团体</translation>
        </message>
        <message>
            <source>Something went wrong inside the program: {error}

What you saved before is safe. If this happens again, tell the administrator what you were doing.</source>
            <translation>程序内部出错：{error}

之前已保存的内容不受影响。如果再次出现，请告诉管理员您当时在做什么。</translation>
        </message>
        <message>
            <source>Song (page numbers)</source>
            <translation>宋体（页码）</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Source of the preset</source>
            <translation>预设依据</translation>
        </message>
        <message>
            <source>Source record</source>
            <translation>来源记录</translation>
        </message>
        <message>
            <source>Source reference</source>
            <translation>来源编号</translation>
        </message>
        <message>
            <source>Specialties</source>
            <translation>专长</translation>
        </message>
        <message>
            <source>Specialty required</source>
            <translation>要求的业务专长</translation>
        </message>
        <message>
            <source>State Council Decree No. 310, Article 8</source>
            <translation>国务院令第310号第八条</translation>
        </message>
        <message>
            <source>State Council Decree No. 310, Article 9</source>
            <translation>国务院令第310号第九条</translation>
        </message>
        <message>
            <source>State-owned property</source>
            <translation>国有产权</translation>
        </message>
        <message>
            <source>State-owned property rights</source>
            <translation>国有产权交易</translation>
        </message>
        <message>
            <source>Statistics</source>
            <translation>统计分析</translation>
        </message>
        <message>
            <source>Statistics, {period}</source>
            <translation>统计分析（{period}）</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Status after</source>
            <translation>办理后状态</translation>
        </message>
        <message>
            <source>Statutory holidays and make-up working days. Every deadline counted in working days uses this table; a deadline in a year whose holidays are not entered counts Monday to Friday and carries a warning.</source>
            <translation>法定节假日和调休上班日。所有按工作日计算的期限都依据此表；落在节假日尚未录入年份的期限按周一至周五计算，并附提示。</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>办理环节</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>办理环节</translation>
        </message>
        <message>
            <source>Steps late</source>
            <translation>逾期环节数</translation>
        </message>
        <message>
            <source>Steps of the case</source>
            <translation>办理环节</translation>
        </message>
        <message>
            <source>Steps taken</source>
            <translation>办理过程</translation>
        </message>
        <message>
            <source>Such as 2026年上半年公共资源交易监管工作联席会议</source>
            <translation>如：2026年上半年公共资源交易监管工作联席会议</translation>
        </message>
        <message>
            <source>Such as 2026年度公共资源交易领域“双随机、一公开”抽查工作计划</source>
            <translation>如：2026年度公共资源交易领域“双随机、一公开”抽查工作计划</translation>
        </message>
        <message>
            <source>Such as the number of the State Council notice</source>
            <translation>如国务院办公厅通知的文号</translation>
        </message>
        <message>
            <source>Such as 《中华人民共和国招标投标法实施条例》第四条</source>
            <translation>如：《中华人民共和国招标投标法实施条例》第四条</translation>
        </message>
        <message>
            <source>Such as 专项检查方案已印发（滑发改〔2026〕12号）</source>
            <translation>如：专项检查方案已印发（滑发改〔2026〕12号）</translation>
        </message>
        <message>
            <source>Such as 书面检查、实地核查</source>
            <translation>如书面检查、实地核查</translation>
        </message>
        <message>
            <source>Such as 副局长</source>
            <translation>如：副局长</translation>
        </message>
        <message>
            <source>Such as 县公共资源交易中心三楼会议室</source>
            <translation>如：县公共资源交易中心三楼会议室</translation>
        </message>
        <message>
            <source>Such as 县公共资源交易中心网站“双随机、一公开”专栏</source>
            <translation>如：县公共资源交易中心网站“双随机、一公开”专栏</translation>
        </message>
        <message>
            <source>Such as 县公安局经济犯罪侦查大队</source>
            <translation>如：县公安局经济犯罪侦查大队</translation>
        </message>
        <message>
            <source>Such as 开展工程建设项目招标投标专项检查</source>
            <translation>如：开展工程建设项目招标投标专项检查</translation>
        </message>
        <message>
            <source>Such as 投诉〔2026〕3号</source>
            <translation>如：投诉〔2026〕3号</translation>
        </message>
        <message>
            <source>Such as 春节 or 国庆节</source>
            <translation>如春节、国庆节</translation>
        </message>
        <message>
            <source>Such as 某公司涉嫌串通投标</source>
            <translation>如：某公司涉嫌串通投标</translation>
        </message>
        <message>
            <source>Such as 核实某公司投标文件中社保缴纳证明的真实性</source>
            <translation>如：核实某公司投标文件中社保缴纳证明的真实性</translation>
        </message>
        <message>
            <source>Such as 滑县公安局经济犯罪侦查大队</source>
            <translation>如：滑县公安局经济犯罪侦查大队</translation>
        </message>
        <message>
            <source>Such as 滑县市场监督管理局</source>
            <translation>如：滑县市场监督管理局</translation>
        </message>
        <message>
            <source>Such as 第一批：房建市政工程招标投标活动抽查</source>
            <translation>如：第一批：房建市政工程招标投标活动抽查</translation>
        </message>
        <message>
            <source>Such as 责令于2026年6月30日前整改，并书面报告整改情况</source>
            <translation>如：责令于2026年6月30日前整改，并书面报告整改情况</translation>
        </message>
        <message>
            <source>Such as: barred from bidding in the county for 2 years</source>
            <translation>如：2年内限制参与本县招标投标活动</translation>
        </message>
        <message>
            <source>Such as: qualification review of the winning bidder</source>
            <translation>如：中标候选人资格审查</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <source>Superseded by</source>
            <translation>被取代于</translation>
        </message>
        <message>
            <source>Superseded by a redraw</source>
            <translation>已被重新抽取取代</translation>
        </message>
        <message>
            <source>Supervising unit</source>
            <translation>督办单位</translation>
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
            <source>Supervision slip</source>
            <translation>督办单</translation>
        </message>
        <message>
            <source>Supervision slip of a follow-up task</source>
            <translation>督办事项督办单</translation>
        </message>
        <message>
            <source>Supervisor / witness</source>
            <translation>监督人/见证人</translation>
        </message>
        <message>
            <source>Supplement by</source>
            <translation>补正期限</translation>
        </message>
        <message>
            <source>Supplementary materials can be asked for only once; they were asked for on {day}.</source>
            <translation>补正只能要求一次，已于{day}通知补正。</translation>
        </message>
        <message>
            <source>Supplementing materials</source>
            <translation>补正材料</translation>
        </message>
        <message>
            <source>Suspend the time limit</source>
            <translation>暂停/中止计时</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>暂停抽取</translation>
        </message>
        <message>
            <source>Sync keys made. Fingerprint: {print}</source>
            <translation>已生成数据交换密钥。指纹：{print}</translation>
        </message>
        <message>
            <source>Sync package to {name}: {count} changes waiting</source>
            <translation>向{name}报送数据包：{count} 条改动待报送</translation>
        </message>
        <message>
            <source>Sync packages</source>
            <translation>数据交换</translation>
        </message>
        <message>
            <source>Sync packages (*.jgpkg)</source>
            <translation>数据包 (*.jgpkg)</translation>
        </message>
        <message>
            <source>Sync packages with the city or county offices: keys, partner offices, export and import.</source>
            <translation>与市、县办公室交换数据包：密钥、交换单位、导出和导入。</translation>
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
            <source>TEXT</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>Table {number}  {title}</source>
            <translation>表{number}　{title}</translation>
        </message>
        <message>
            <source>Take a step</source>
            <translation>办理</translation>
        </message>
        <message>
            <source>Take a step: {number}</source>
            <translation>办理：{number}</translation>
        </message>
        <message>
            <source>Take a step…</source>
            <translation>办理…</translation>
        </message>
        <message>
            <source>Take over a register of market entities from an Excel workbook</source>
            <translation>从 Excel 工作簿导入市场主体</translation>
        </message>
        <message>
            <source>Take over a year's holidays from an Excel workbook made from the State Council notice</source>
            <translation>从根据国务院办公厅通知整理的 Excel 表格导入一年的节假日</translation>
        </message>
        <message>
            <source>Take over an old register of documents sent from Excel</source>
            <translation>从 Excel 导入原有的发文登记簿</translation>
        </message>
        <message>
            <source>Take over credit list entries from an Excel workbook</source>
            <translation>从 Excel 工作簿导入名单信息</translation>
        </message>
        <message>
            <source>Take the directory over from an Excel workbook</source>
            <translation>从Excel工作簿导入名录</translation>
        </message>
        <message>
            <source>Take the file off this record (it stays in the history).</source>
            <translation>从本记录移除该文件（修改历史中仍有记录）。</translation>
        </message>
        <message>
            <source>Take the mark back</source>
            <translation>撤销处理标记</translation>
        </message>
        <message>
            <source>Take the mark back…</source>
            <translation>撤销处理标记…</translation>
        </message>
        <message>
            <source>Take the selected responsibility off the list</source>
            <translation>从权责清单中删除选中的事项</translation>
        </message>
        <message>
            <source>Take “{matter}” off the list of responsibilities? It stays in the change history.</source>
            <translation>从权责清单中删除“{matter}”？修改记录中仍保留。</translation>
        </message>
        <message>
            <source>Take “{name}” off this record? It stays in the record's history.</source>
            <translation>从本记录移除“{name}”？修改历史中仍保留记录。</translation>
        </message>
        <message>
            <source>Tally</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>督办事项</translation>
        </message>
        <message>
            <source>Task {number}</source>
            <translation>督办事项{number}</translation>
        </message>
        <message>
            <source>Tasks cancelled</source>
            <translation>已撤销（项）</translation>
        </message>
        <message>
            <source>Tasks done</source>
            <translation>已办结（项）</translation>
        </message>
        <message>
            <source>Tasks done late</source>
            <translation>逾期办结</translation>
        </message>
        <message>
            <source>Tasks due</source>
            <translation>督办事项到期</translation>
        </message>
        <message>
            <source>Tasks in progress</source>
            <translation>正在办理（项）</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>Telephone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Template saved to {path}: fill in the rows under the notes row, then import it with “jianguan import {register} FILE”.</source>
            <translation>模板已保存到 {path}：请从说明行下面开始填写，然后用“jianguan import {register} 文件”导入。</translation>
        </message>
        <message>
            <source>Tenderer / purchaser</source>
            <translation>招标人/采购人</translation>
        </message>
        <message>
            <source>Tenderer or purchaser</source>
            <translation>招标人/采购人</translation>
        </message>
        <message>
            <source>Tenderer: {name}</source>
            <translation>招标人：{name}</translation>
        </message>
        <message>
            <source>Tenderers, bidders, agencies, experts and natural persons, one record per unified social credit code or ID card number. Search by any part of a name or code.</source>
            <translation>招标人、投标人、代理机构、评标专家和自然人，每个统一社会信用代码或身份证号只登记一条记录。可按名称或代码的任意部分查找。</translation>
        </message>
        <message>
            <source>Tendering agency</source>
            <translation>代理机构</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Text, at most {limit} characters.</source>
            <translation>文字，不超过 {limit} 个字。</translation>
        </message>
        <message>
            <source>Text.</source>
            <translation>文字。</translation>
        </message>
        <message>
            <source>Thank you for your support.</source>
            <translation>感谢支持与配合。</translation>
        </message>
        <message>
            <source>The .xlsx workbook.</source>
            <translation>.xlsx 工作簿。</translation>
        </message>
        <message>
            <source>The 6-digit administrative division code of your county (for example 410522 for Anyang County); the city office enters the city's code, ending in 00 (410500 for Anyang City). It is part of the number of every record and the name of every sync package, so that records of different offices never mix, and it cannot be changed afterwards. Two offices sharing one code add a suffix, such as 410522-01.</source>
            <translation>本县的 6 位行政区划代码（例如安阳县为 410522）；市级单位填写本市代码，以 00 结尾（例如安阳市为 410500）。每条记录的编号和每个同步包的文件名都含有此代码，使各单位的记录不会混淆；设置后不能更改。两个单位共用一个代码时，加后缀区分，例如 410522-01。</translation>
        </message>
        <message>
            <source>The 6-digit administrative division code, e.g. 410522 (a suffix such as -01 is allowed).</source>
            <translation>6 位行政区划代码，例如 410522（可加 -01 这样的后缀）。</translation>
        </message>
        <message>
            <source>The PDF file to write (with --xlsx alone, or ending in .xlsx: the workbook).</source>
            <translation>要生成的 PDF 文件（单独使用 --xlsx 或文件名以 .xlsx 结尾时为工作簿）。</translation>
        </message>
        <message>
            <source>The PDF file to write.</source>
            <translation>要生成的 PDF 文件。</translation>
        </message>
        <message>
            <source>The Provisions on the Transfer of Suspected Criminal Cases by Administrative Law Enforcement Organs (State Council Decree No. 310) and the case transfer mechanism of the joint supervision of public resource trading (suspected crimes go to the public security and procuratorial organs)</source>
            <translation>《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）和公共资源交易联动监管案件移送机制（涉嫌刑事犯罪的，移送公安、检察机关处理）</translation>
        </message>
        <message>
            <source>The Supervision Law of the People's Republic of China (clues of duty-related violations and crimes by public officials are transferred to the supervision organs)</source>
            <translation>《中华人民共和国监察法》（公职人员涉嫌职务违法、职务犯罪的问题线索移送监察机关）</translation>
        </message>
        <message>
            <source>The USB stick or another folder</source>
            <translation>U盘或其他文件夹</translation>
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
            <source>The algorithm differs: recorded {recorded}, request {now}.</source>
            <translation>抽取算法不一致：记录为 {recorded}，本次为 {now}。</translation>
        </message>
        <message>
            <source>The annual plan of random inspections and its batches. A batch names the items inspected together, the objects and the share drawn per credit grade; it is drawn once the plan is approved. When every drawn object's result is closed, the results must be published within the time limit; red rows are late.</source>
            <translation>年度“双随机”抽查工作计划及其批次。每个批次列明一并检查的事项、检查对象和各信用等级的抽取比例，计划批准后方可抽取。抽中对象全部办结后，应在规定期限内公示抽查结果；红色行为逾期未公示或逾期公示。</translation>
        </message>
        <message>
            <source>The annual plan whose batches are listed below</source>
            <translation>下方列出其批次的年度计划</translation>
        </message>
        <message>
            <source>The annual plan with its batches, as sent for approval and published</source>
            <translation>年度抽查工作计划及其批次，用于报批和公开</translation>
        </message>
        <message>
            <source>The annual report on the supervision of public-resource trading, for the government: write its parts, save the draft, let the head of the office finalise it, then print it. The figures come from the registers of this database.</source>
            <translation>年度公共资源交易监管工作情况报告（报送政府）：填写各部分内容并保存草稿，经负责人定稿后打印。统计数据取自本数据库中的各台账。</translation>
        </message>
        <message>
            <source>The annual supervision report as a PDF, or its figures as an Excel workbook.</source>
            <translation>将年度监管工作情况报告生成为 PDF，或将其统计数据导出为 Excel 工作簿。</translation>
        </message>
        <message>
            <source>The attached file “{name}” is damaged (its check sum does not match); restore it from a backup.</source>
            <translation>附件“{name}”已损坏（校验值不符），请从备份中恢复。</translation>
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
            <source>The audit log has no entry for this draw.</source>
            <translation>审计日志中没有这次抽取的记录。</translation>
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
            <source>The batch's id, or the number of its draw</source>
            <translation>抽查批次的编号（ID），或该批次的抽取编号</translation>
        </message>
        <message>
            <source>The batch: its id, or the number of its draw (抽取〔2026〕1号).</source>
            <translation>抽查批次：批次标识，或其抽取记录编号（如抽取〔2026〕1号）。</translation>
        </message>
        <message>
            <source>The blacklist or redlist in force on a day, to print or to export to Excel</source>
            <translation>某日有效的黑名单或红名单，可打印或导出 Excel</translation>
        </message>
        <message>
            <source>The blacklist, the redlist and the watch list of this office and those sent down by the city</source>
            <translation>本单位及上级下发的红黑名单、重点关注名单</translation>
        </message>
        <message>
            <source>The case</source>
            <translation>案件情况</translation>
        </message>
        <message>
            <source>The case and the materials listed above have been received.</source>
            <translation>上述案件及移送材料已收到。</translation>
        </message>
        <message>
            <source>The case has been transferred; its recipient, dates and materials can no longer be changed.</source>
            <translation>案件已移送，接收单位、日期和移送材料不能再修改。</translation>
        </message>
        <message>
            <source>The case has not been transferred yet; there can be no feedback before the transfer.</source>
            <translation>案件尚未移送，移送前不能登记反馈。</translation>
        </message>
        <message>
            <source>The case is “{status}”; “{step}” is not possible now.</source>
            <translation>本件当前为“{status}”，不能“{step}”。</translation>
        </message>
        <message>
            <source>The case transfer mechanism of the joint supervision of public resource trading (matters of dishonest judgment debtors are transferred to the people's court according to procedure)</source>
            <translation>公共资源交易联动监管案件移送机制（涉及失信被执行人的，按程序规定移送人民法院）</translation>
        </message>
        <message>
            <source>The cell shows the Excel error {error}: correct the formula or type the value itself.</source>
            <translation>单元格显示的是 Excel 错误值 {error}。请改正公式，或直接填写数值。</translation>
        </message>
        <message>
            <source>The certificate number {number} is already registered for {name} ({unit}); one certificate belongs to one person.</source>
            <translation>执法证号 {number} 已登记在{name}（{unit}）名下，一个执法证号只能对应一人。</translation>
        </message>
        <message>
            <source>The change before this one was decided on {day}: this one cannot be dated before it.</source>
            <translation>前一次变动的调整确定日期为{day}，本次变动不能早于该日期。</translation>
        </message>
        <message>
            <source>The change cannot be decided on a day to come.</source>
            <translation>调整确定日期不能晚于今天。</translation>
        </message>
        <message>
            <source>The change cannot be reported before it was decided ({day}).</source>
            <translation>报送日期不能早于调整确定日期（{day}）。</translation>
        </message>
        <message>
            <source>The changes to the {year} report have not been saved. Leave them?</source>
            <translation>{year}年度报告的修改尚未保存，确定放弃吗？</translation>
        </message>
        <message>
            <source>The check of “{query}” as of {day} is saved with what was found, numbered, and printed for the tender file.</source>
            <translation>将对“{query}”截至{day}的核查情况连同核查结果编号保存，并打印归入招标档案。</translation>
        </message>
        <message>
            <source>The check that every industry is inspected each year is switched off in the settings.</source>
            <translation>“每个行业每年至少抽查一次”的提示已在设置中关闭。</translation>
        </message>
        <message>
            <source>The check was cancelled; nothing was imported.</source>
            <translation>已取消检查，未导入任何数据。</translation>
        </message>
        <message>
            <source>The check's number, such as 核查〔2026〕5号</source>
            <translation>核查记录编号，如 核查〔2026〕5号</translation>
        </message>
        <message>
            <source>The city office's notes on the selected record (the record itself can be changed only by its own office)</source>
            <translation>市级单位对所选记录的备注（记录本身只能由其所属单位修改）</translation>
        </message>
        <message>
            <source>The city overview is kept by the city office only. This office works as a county office: its own figures are on the home page and in each register.</source>
            <translation>市级汇总只在市级公管办使用。本单位为县级模式：本单位的数字请在工作台和各台账中查看。</translation>
        </message>
        <message>
            <source>The code must have {length} characters; “{value}” has {count}.</source>
            <translation>编码应为 {length} 位，“{value}”是 {count} 位。</translation>
        </message>
        <message>
            <source>The column “{column}” appears twice in the header row (row {row}) of the sheet “{sheet}” in {name}: columns {first} and {second}. Keep one of them.</source>
            <translation>{name} 的工作表“{sheet}”的表头（第 {row} 行）中，“{column}”出现了两次：{first} 列和 {second} 列。请只保留其中一列。</translation>
        </message>
        <message>
            <source>The command is not right: {message}</source>
            <translation>命令有误：{message}</translation>
        </message>
        <message>
            <source>The complainant asked in writing to withdraw the {kind}. In accordance with {basis}, the withdrawal is allowed and the handling of the {kind} ends.</source>
            <translation>投诉（举报）人书面申请撤回{kind}。根据{basis}的规定，准予撤回，终止对该{kind}的处理。</translation>
        </message>
        <message>
            <source>The complainant is shown masked. The handler, the head of the office and the administrator may reveal it with “Show complainant”.</source>
            <translation>投诉人信息已隐去部分内容。承办人、负责人和管理员可点击“显示投诉人”查看。</translation>
        </message>
        <message>
            <source>The complainant took no part in the bidding complained of and has no interest in the project</source>
            <translation>投诉人不是所投诉招标投标活动的参与者，或者与投诉项目无任何利害关系</translation>
        </message>
        <message>
            <source>The complainant's identity is kept confidential under the rules; if you need to contact the complainant, please do so through this office.</source>
            <translation>按照保密规定，投诉（举报）人的身份信息不随函提供；确需联系的，请通过本机关联系。</translation>
        </message>
        <message>
            <source>The complaint</source>
            <translation>投诉内容</translation>
        </message>
        <message>
            <source>The complaint has not been accepted yet; accept it before making a decision.</source>
            <translation>投诉尚未受理，受理后才能作出处理决定。</translation>
        </message>
        <message>
            <source>The complaint is already registered.</source>
            <translation>该投诉已经登记。</translation>
        </message>
        <message>
            <source>The complaint lacks the complainant's real name, signature and a valid contact; or, made by a legal person, the signature of its legal representative and its seal</source>
            <translation>投诉书未署具投诉人真实姓名、签字和有效联系方式；以法人名义投诉的，投诉书未经法定代表人签字并加盖公章</translation>
        </message>
        <message>
            <source>The complaint's number, such as 投诉〔2026〕3号</source>
            <translation>投诉（举报）编号，如 投诉〔2026〕3号</translation>
        </message>
        <message>
            <source>The complaint's number, such as 投诉〔2026〕3号; “#2” after it for its second extension</source>
            <translation>投诉（举报）编号，如 投诉〔2026〕3号；其后加“#2”为第二次延期的审批表</translation>
        </message>
        <message>
            <source>The complaint's number, such as 投诉〔2026〕3号; “#third” after it for the copy to a third party</source>
            <translation>投诉（举报）编号，如 投诉〔2026〕3号；其后加“#third”为送第三方的副本（不含投诉人信息）</translation>
        </message>
        <message>
            <source>The convening unit is no longer a member unit.</source>
            <translation>召集单位已不是成员单位。</translation>
        </message>
        <message>
            <source>The counts per register and the rejected rows with their reasons</source>
            <translation>各台账的统计及拒收记录的原因</translation>
        </message>
        <message>
            <source>The counts per stratum differ from the record.</source>
            <translation>各档抽取数量与抽取记录不一致。</translation>
        </message>
        <message>
            <source>The county offices and the city office exchange their records as sync packages: a file carried on a USB stick, signed by the sender and encrypted for the recipient. First each office registers the other's public key file and checks its fingerprint by phone.</source>
            <translation>县级办公室与市级办公室通过数据包交换记录：数据包是用U盘传递的文件，由发送单位签名、为接收单位加密。交换前，双方先登记对方的公钥文件，并电话核对指纹。</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>当前密码不正确。</translation>
        </message>
        <message>
            <source>The data exchange receipt cannot be printed by this version of the program.</source>
            <translation>本版本程序尚不能打印数据交换回执。</translation>
        </message>
        <message>
            <source>The data folder {folder} cannot be made: {blocker} is a file, not a folder. {what_to_do}</source>
            <translation>数据文件夹 {folder} 无法建立：{blocker} 是一个文件，不是文件夹。{what_to_do}</translation>
        </message>
        <message>
            <source>The data folder {folder} is on a disk that cannot be written (read-only). {what_to_do}</source>
            <translation>数据文件夹 {folder} 所在的磁盘不能写入（只读）。{what_to_do}</translation>
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
            <source>The database file {path} is read-only. Clear its read-only attribute or ask the administrator for permission to write it, or choose another file with --db or the {env} environment variable. Nothing was changed.</source>
            <translation>数据库文件 {path} 是只读的。请取消其“只读”属性或请管理员开通写入权限，或用 --db 或环境变量 {env} 另选一个文件。未做任何改动。</translation>
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
            <source>The database is already open</source>
            <translation>数据库已打开</translation>
        </message>
        <message>
            <source>The database is already open in another window ({holder}). Switch to the window that is open; if you really need to open it again, close that one first.</source>
            <translation>该数据库已由另一个窗口打开（{holder}）。请切换到已打开的窗口；如确需再开，请先关闭它。</translation>
        </message>
        <message>
            <source>The database is being restored from a backup ({holder}). Wait until that has finished, then try again.</source>
            <translation>该数据库正在从备份恢复（{holder}）。请等恢复完成后再试。</translation>
        </message>
        <message>
            <source>The database is open in a window ({holder}). Close that window first, then restore the backup. Nothing was restored; the current database was not changed.</source>
            <translation>该数据库已在一个窗口中打开（{holder}）。请先关闭该窗口，再恢复备份。未恢复任何内容，当前数据库未被修改。</translation>
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
            <source>The date of the list, such as 2026-11-21, or “today”</source>
            <translation>公示日期，如 2026-11-21，或填“today”表示今天</translation>
        </message>
        <message>
            <source>The date {day} is in the future (today is {today}).</source>
            <translation>日期{day}晚于今天（{today}）。</translation>
        </message>
        <message>
            <source>The date {on} is before the case's previous step ({last}).</source>
            <translation>日期{on}早于本件上一环节的日期（{last}）。</translation>
        </message>
        <message>
            <source>The date {on} is before the entry's previous step ({last}).</source>
            <translation>办理日期{on}早于上一环节的日期（{last}）。</translation>
        </message>
        <message>
            <source>The date {on} is before the previous step ({last}).</source>
            <translation>日期{on}早于上一步骤（{last}）。</translation>
        </message>
        <message>
            <source>The day N working days after DATE (the day itself not counted).</source>
            <translation>计算 DATE 之后第 N 个工作日（当日不计入）。</translation>
        </message>
        <message>
            <source>The day of the directory, such as 2026-11-30, or “today”</source>
            <translation>通讯录的日期，如 2026-11-30，或“today”（今天）</translation>
        </message>
        <message>
            <source>The day the change reached the office; blank: today.</source>
            <translation>调整报送到本办的日期；留空为今天。</translation>
        </message>
        <message>
            <source>The day the complainant knew of the matter ({known}) cannot be after the day the complaint was received ({received}).</source>
            <translation>知道或者应当知道投诉事项之日（{known}）不得晚于收到投诉之日（{received}）。</translation>
        </message>
        <message>
            <source>The day the unit decided on these people; blank: today.</source>
            <translation>成员单位确定上述人员的日期；不填：当天。</translation>
        </message>
        <message>
            <source>The day the unit decided the change (调整确定); it is to be reported within {days} working days.</source>
            <translation>单位调整确定的日期；应在{days}个工作日内报送。</translation>
        </message>
        <message>
            <source>The deadline presets have been reviewed</source>
            <translation>已核对办理期限预设</translation>
        </message>
        <message>
            <source>The decision or document and its number; nobody is listed without one.</source>
            <translation>认定决定或文件名称及文号；没有认定依据的不得列入。</translation>
        </message>
        <message>
            <source>The decision or document and its number; required before listing</source>
            <translation>认定决定或文件名称及文号；列入前必须填写</translation>
        </message>
        <message>
            <source>The decision to remove the selected entry from the list (移出决定)</source>
            <translation>所选名单信息的移出决定书</translation>
        </message>
        <message>
            <source>The demonstration users were already there.</source>
            <translation>演示用户已经存在。</translation>
        </message>
        <message>
            <source>The description may have at most {count} characters.</source>
            <translation>说明最多 {count} 个字。</translation>
        </message>
        <message>
            <source>The directory as it stood on this date (YYYY-MM-DD; default today).</source>
            <translation>该日的通讯录（YYYY-MM-DD；默认今天）。</translation>
        </message>
        <message>
            <source>The directory of objects is empty. Click “New” to add a project or an entity from the register, or “Import” to take a list over from Excel.</source>
            <translation>检查对象名录库还是空的。点击“新建”录入交易项目或从市场主体库选取主体，或点击“导入”从Excel导入名单。</translation>
        </message>
        <message>
            <source>The disk holding the data folder {folder} is almost full: {free} free, at least {needed} needed. Free some space, or choose another folder with --db or the {env} environment variable. Nothing was changed.</source>
            <translation>数据文件夹 {folder} 所在的磁盘空间将满：仅剩 {free}，至少需要 {needed}。请清理出一些空间，或用 --db 或环境变量 {env} 另选一个文件夹。未做任何改动。</translation>
        </message>
        <message>
            <source>The disk holding the data folder {folder} is full. Free some space, or choose another folder with --db or the {env} environment variable. Nothing was changed.</source>
            <translation>数据文件夹 {folder} 所在的磁盘已满。请清理出一些空间，或用 --db 或环境变量 {env} 另选一个文件夹。未做任何改动。</translation>
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
            <source>The document and its number; nobody is listed without one.</source>
            <translation>填写认定文书名称及文号；没有认定依据的，不得列入名单。</translation>
        </message>
        <message>
            <source>The document number {number} is already in row {row} of this file.</source>
            <translation>发文字号 {number} 与本文件第 {row} 行重复。</translation>
        </message>
        <message>
            <source>The document number {number} is already used by the deleted notice “{title}”; restore or renumber that one first.</source>
            <translation>发文字号 {number} 已由一份已删除的发文《{title}》占用；如需使用，请先恢复该发文或为其改号。</translation>
        </message>
        <message>
            <source>The document number {number} is already used by “{title}”.</source>
            <translation>发文字号 {number} 已被《{title}》使用。</translation>
        </message>
        <message>
            <source>The document number, such as 滑监〔2026〕17号</source>
            <translation>发文字号，如 滑监〔2026〕17号</translation>
        </message>
        <message>
            <source>The documents proving the conditions, such as the written credit commitment</source>
            <translation>证明符合修复条件的材料，如书面信用承诺书</translation>
        </message>
        <message>
            <source>The draft of the {year} report was saved.</source>
            <translation>{year}年度报告草稿已保存。</translation>
        </message>
        <message>
            <source>The draw</source>
            <translation>抽取情况</translation>
        </message>
        <message>
            <source>The draw cannot be dated in the future.</source>
            <translation>抽取日期不能晚于今天。</translation>
        </message>
        <message>
            <source>The draw cannot be run again: {reason}</source>
            <translation>无法重新抽取：{reason}</translation>
        </message>
        <message>
            <source>The draw's number, such as 抽取〔2026〕1号</source>
            <translation>抽取编号，如 抽取〔2026〕1号</translation>
        </message>
        <message>
            <source>The draw's number, such as 抽取〔2026〕1号.</source>
            <translation>抽取记录编号，如 抽取〔2026〕1号。</translation>
        </message>
        <message>
            <source>The efficiency figures of the period counted as an Excel workbook</source>
            <translation>将所统计期间的效能评估数字导出为 Excel 工作簿</translation>
        </message>
        <message>
            <source>The entries in force on the chosen day. ID card numbers are masked and no personal contact details are printed: the lists may be published.</source>
            <translation>所选日期有效的名单信息。身份证号已隐去部分数字，不含个人联系方式，可以公开发布。</translation>
        </message>
        <message>
            <source>The entries in force on this date (YYYY-MM-DD; default today).</source>
            <translation>公示此日期处于公示期内的记录（YYYY-MM-DD，默认今天）。</translation>
        </message>
        <message>
            <source>The entry</source>
            <translation>基本情况</translation>
        </message>
        <message>
            <source>The entry has been decided; its list, severity and date of proposal can no longer be changed.</source>
            <translation>该记录已作出认定，名单类别、失信程度和拟列入日期不能再修改。</translation>
        </message>
        <message>
            <source>The entry is “{status}”; “{step}” is not possible now.</source>
            <translation>该名单信息当前为“{status}”状态，不能“{step}”。</translation>
        </message>
        <message>
            <source>The entry {number} is “{status}”: it has not been repaired, expired or removed, so no removal decision can be made out.</source>
            <translation>名单记录{number}目前为“{status}”，尚未信用修复、公示期满或移出，不能出具移出决定书。</translation>
        </message>
        <message>
            <source>The entry's number, such as 信用〔2026〕3号</source>
            <translation>名单记录编号，如 信用〔2026〕3号</translation>
        </message>
        <message>
            <source>The evaluation or decision the grade comes from, with its document number</source>
            <translation>评定所依据的信用评价结果或决定，注明文号</translation>
        </message>
        <message>
            <source>The feedback must be due after the day of transfer ({day}).</source>
            <translation>反馈期限应当晚于转办之日（{day}）。</translation>
        </message>
        <message>
            <source>The festival may have at most {count} characters.</source>
            <translation>节日名称最多 {count} 个字。</translation>
        </message>
        <message>
            <source>The figures of every county office as its sync packages brought them, and the city office's own in the last row. Overdue complaints and credit listings are counted as of today; inspections against the chosen year's plans. Import the latest packages first for up-to-date figures.</source>
            <translation>各县级公管办的数字按其同步数据包带来的记录统计，最后一行为市级公管办本单位的数字。逾期投诉和在列信用名单按今天统计；检查完成情况按所选年度的抽查工作计划统计。请先导入最新的数据包，数字才是最新的。</translation>
        </message>
        <message>
            <source>The file cannot be written to “{path}”: {reason}</source>
            <translation>无法将文件写入“{path}”：{reason}</translation>
        </message>
        <message>
            <source>The file to write (with --vcard or --xlsx).</source>
            <translation>要写入的文件（与 --vcard 或 --xlsx 一起使用）。</translation>
        </message>
        <message>
            <source>The file to write.</source>
            <translation>要写入的文件。</translation>
        </message>
        <message>
            <source>The file to write: .pdf or .xlsx.</source>
            <translation>要输出的文件：.pdf 或 .xlsx。</translation>
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
            <source>The file “{name}” cannot be found.</source>
            <translation>找不到文件“{name}”。</translation>
        </message>
        <message>
            <source>The file “{name}” cannot be read: {reason}</source>
            <translation>无法读取文件“{name}”：{reason}</translation>
        </message>
        <message>
            <source>The file “{name}” does not exist.</source>
            <translation>文件“{name}”不存在。</translation>
        </message>
        <message>
            <source>The files are kept in the database with the record, so backups and sync packages carry them.</source>
            <translation>附件与记录一同保存在数据库中，备份和数据交换包都会带上。</translation>
        </message>
        <message>
            <source>The first 6 digits “{area}” are not an administrative division code.</source>
            <translation>前6位“{area}”不是行政区划代码。</translation>
        </message>
        <message>
            <source>The first character “{ch}” is not a registration department code.</source>
            <translation>第1位“{ch}”不是登记管理部门代码。</translation>
        </message>
        <message>
            <source>The first draw is kept with this reason; its objects not yet inspected are released.</source>
            <translation>原抽取记录连同本理由予以保留；其尚未检查的抽中对象随之作废。</translation>
        </message>
        <message>
            <source>The first steps of a new office, with what is done already</source>
            <translation>新单位开始使用的步骤，以及已完成的情况</translation>
        </message>
        <message>
            <source>The first two characters “{pair}” are not a valid registration department and category.</source>
            <translation>前两位“{pair}”不是有效的登记管理部门和机构类别代码。</translation>
        </message>
        <message>
            <source>The first two digits “{prefix}” are not a province code (11 北京 to 82 澳门).</source>
            <translation>前两位“{prefix}”不是省级行政区划代码（11 北京 至 82 澳门）。</translation>
        </message>
        <message>
            <source>The folder to write the package into.</source>
            <translation>数据包写入的文件夹。</translation>
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
            <source>The folder “{folder}” does not exist (is the USB stick in?).</source>
            <translation>文件夹“{folder}”不存在（U盘是否已插好？）。</translation>
        </message>
        <message>
            <source>The fonts could not be examined: {error}</source>
            <translation>无法检查字体：{error}</translation>
        </message>
        <message>
            <source>The form could not be shown: the PDF is damaged.</source>
            <translation>无法显示该文书：PDF 文件已损坏。</translation>
        </message>
        <message>
            <source>The form's key (see --list); “list” prints a register as a table.</source>
            <translation>文书代码（见 --list）；“list”将台账打印为一览表。</translation>
        </message>
        <message>
            <source>The forms of the selected complaint</source>
            <translation>选中投诉的文书</translation>
        </message>
        <message>
            <source>The full name of your office, shown in the window title and printed on forms and reports. The name on official documents can be set apart later under Settings → Official documents and printing.</source>
            <translation>本单位全称，显示在窗口标题中，并打印在表格和报表上。公文上使用的名称可以之后在“设置 → 公文与打印”中另行设置。</translation>
        </message>
        <message>
            <source>The full name, such as 滑县发展和改革委员会</source>
            <translation>全称，如：滑县发展和改革委员会</translation>
        </message>
        <message>
            <source>The head of the office approves the plan; its batches can then be drawn</source>
            <translation>由负责人批准计划；批准后方可对其批次进行抽取</translation>
        </message>
        <message>
            <source>The holidays of {year} are entered in full ({source}).</source>
            <translation>{year}年的法定节假日和调休上班日已完整录入（{source}）。</translation>
        </message>
        <message>
            <source>The holidays of {year} have not been entered: deadlines in {year} count Monday to Friday as working days and carry a warning.</source>
            <translation>{year}年的法定节假日尚未录入：落在{year}年的期限按周一至周五计算，并附提示。</translation>
        </message>
        <message>
            <source>The import summary of the selected package, to print or save as PDF</source>
            <translation>所选数据包的导入结果，可打印或保存为 PDF</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>已取消导入，未写入任何数据。</translation>
        </message>
        <message>
            <source>The inspection</source>
            <translation>检查情况</translation>
        </message>
        <message>
            <source>The inspectors matched differ from the record.</source>
            <translation>匹配的执法检查人员与抽取记录不一致。</translation>
        </message>
        <message>
            <source>The inspectors show their law-enforcement certificates when they inspect.</source>
            <translation>检查人员实施检查时将出示执法证件。</translation>
        </message>
        <message>
            <source>The integrity check could not be done: {error}</source>
            <translation>无法完成完整性校验：{error}</translation>
        </message>
        <message>
            <source>The joint meetings of the member units, planned and held: regular ones in the rhythm of the settings, extra ones when a major risk calls for them. Each decision of a held meeting opens follow-up tasks for the units in charge.</source>
            <translation>成员单位联席会议（计划召开和已召开）：例会按设置的周期召开，遇重大风险等情况另行召开专题会议。已召开会议的每项议定事项可为责任单位生成督办事项。</translation>
        </message>
        <message>
            <source>The key file uses the sync suite “{suite}”, which this program does not know: 请升级程序.</source>
            <translation>该公钥文件使用本程序不认识的数据交换算法“{suite}”：请升级程序。</translation>
        </message>
        <message>
            <source>The key file's fingerprint does not match its keys: the file was changed.</source>
            <translation>公钥文件的指纹与其密钥不符：文件已被改动。</translation>
        </message>
        <message>
            <source>The last change of this post was decided on {day} ({name}): a new change cannot be dated before it.</source>
            <translation>该岗位上一次变动的调整确定日期为{day}（{name}），新的变动不能早于该日期。</translation>
        </message>
        <message>
            <source>The last character should be “{expected}”, not “{actual}”: the code was probably mistyped.</source>
            <translation>校验位应为“{expected}”而不是“{actual}”，代码可能录错了。</translation>
        </message>
        <message>
            <source>The last character should be “{expected}”, not “{actual}”: the number was probably mistyped.</source>
            <translation>校验位应为“{expected}”而不是“{actual}”，号码可能录错了。</translation>
        </message>
        <message>
            <source>The last entries of the audit log have been deleted or altered (around entry {number}).</source>
            <translation>审计日志最后几条记录已被删除或改动（第 {number} 条前后）。</translation>
        </message>
        <message>
            <source>The laws and articles, such as 《中华人民共和国招标投标法》第七条</source>
            <translation>法律法规及条款，如《中华人民共和国招标投标法》第七条</translation>
        </message>
        <message>
            <source>The letter</source>
            <translation>函件情况</translation>
        </message>
        <message>
            <source>The letter has been sent; its unit and dates can no longer be changed.</source>
            <translation>协查函已发出，收函单位和日期不能再修改。</translation>
        </message>
        <message>
            <source>The letter has not been sent yet; there can be no reply before it.</source>
            <translation>协查函尚未发出，发函前不能登记回复。</translation>
        </message>
        <message>
            <source>The letter of case transfer (移送书) with its list of materials</source>
            <translation>案件移送书及移送材料清单</translation>
        </message>
        <message>
            <source>The letter requesting assistance (协查函)</source>
            <translation>协查函</translation>
        </message>
        <message>
            <source>The liaison directory (联络通讯录) as it stands today, to print or save as PDF</source>
            <translation>今天的联络通讯录，可打印或另存为 PDF</translation>
        </message>
        <message>
            <source>The liaison directory as an Excel workbook, one number per cell</source>
            <translation>将联络通讯录导出为 Excel 工作簿，每个号码单独一格</translation>
        </message>
        <message>
            <source>The liaison directory as it stood on a day: a table, JSON, vCard or xlsx.</source>
            <translation>某日的联络通讯录：表格、JSON、vCard 或 xlsx。</translation>
        </message>
        <message>
            <source>The list has {count} rows; a printed list may have at most {limit}. Narrow it down with the search or the filters, or export it to Excel.</source>
            <translation>该列表共 {count} 条，超过打印上限 {limit} 条。请先用检索或筛选缩小范围，或导出到 Excel。</translation>
        </message>
        <message>
            <source>The list holds {count} records and will run to many pages. Narrow it with the search or the filters first, or print all of them?</source>
            <translation>该列表共有 {count} 条记录，打印出来页数很多。建议先用搜索或筛选缩小范围。仍要全部打印吗？</translation>
        </message>
        <message>
            <source>The list of inspection items is empty. Click “New” to add an item with its legal basis, or “Import” to take the list over from Excel.</source>
            <translation>抽查事项清单还是空的。点击“新建”逐项录入事项及其法律依据，或点击“导入”从Excel导入清单。</translation>
        </message>
        <message>
            <source>The list of problems was saved to {path}.</source>
            <translation>问题清单已保存到 {path}。</translation>
        </message>
        <message>
            <source>The list with {count} entries was saved to {path}.</source>
            <translation>公示表（{count}条）已保存到 {path}。</translation>
        </message>
        <message>
            <source>The listings in force on this day are shown</source>
            <translation>显示该日有效的名单记录</translation>
        </message>
        <message>
            <source>The longest extension of the preset “{name}” must be zero or more; {count} was given.</source>
            <translation>预设方案“{name}”的最长延期不得为负数，现为 {count}。</translation>
        </message>
        <message>
            <source>The manifest says “{name}” holds {said} rows, but it holds {found}: the package was refused.</source>
            <translation>清单载明“{name}”有 {said} 行，实际为 {found} 行，已拒绝该数据包。</translation>
        </message>
        <message>
            <source>The manual's Markdown file (default: the one that comes with the program).</source>
            <translation>用户手册的 Markdown 文件（默认使用程序自带的手册）。</translation>
        </message>
        <message>
            <source>The materials were not supplemented in time, or still do not meet the requirements</source>
            <translation>未按照补正期限进行补正，或者补正后仍不符合规定</translation>
        </message>
        <message>
            <source>The matter is not specific and no usable lead is given, so it cannot be verified</source>
            <translation>投诉事项不具体，且未提供有效线索，难以查证</translation>
        </message>
        <message>
            <source>The meeting decided as follows:</source>
            <translation>会议议定以下事项：</translation>
        </message>
        <message>
            <source>The meeting has decisions and follow-up tasks: it stays on record.</source>
            <translation>该会议已有议定事项和督办事项，须保留记录，不能删除。</translation>
        </message>
        <message>
            <source>The meeting took no decision that opens a follow-up task.</source>
            <translation>会议未形成需督办的议定事项。</translation>
        </message>
        <message>
            <source>The meeting's number, such as 联席〔2026〕1号</source>
            <translation>会议编号，如 联席〔2026〕1号</translation>
        </message>
        <message>
            <source>The member unit “{unit}” has had no liaison officer in post since {since}; ask it to name one and report him within 3 working days.</source>
            <translation>成员单位“{unit}”自{since}起无在岗联络员；请督促其指定联络员，并在3个工作日内报送。</translation>
        </message>
        <message>
            <source>The member unit “{unit}” has never named a liaison officer; ask it to name one.</source>
            <translation>成员单位“{unit}”从未指定联络员；请督促其指定。</translation>
        </message>
        <message>
            <source>The member units of the joint mechanism, each with its responsible leader and liaison officer (海口 (十六), 鹤岗 一(二)). A change of either is recorded the day it was decided and is to be reported within the time limit; the old holder stays in the history.</source>
            <translation>联席机制的各成员单位及其责任领导和联络员（海口（十六），鹤岗 一（二））。人员调整自调整确定之日起登记，并应在规定时限内报送；原任人员保留在历史记录中。</translation>
        </message>
        <message>
            <source>The minutes of the selected meeting with its decisions and tasks</source>
            <translation>选中会议的会议纪要，含议定事项和督办事项</translation>
        </message>
        <message>
            <source>The mode must be county or city.</source>
            <translation>使用模式只能是县级（county）或市级（city）。</translation>
        </message>
        <message>
            <source>The name of the department may have at most {count} characters.</source>
            <translation>接收单位名称最多 {count} 个字。</translation>
        </message>
        <message>
            <source>The new password must differ from the current one.</source>
            <translation>新密码不能与当前密码相同。</translation>
        </message>
        <message>
            <source>The note may have at most {count} characters.</source>
            <translation>备注最多 {count} 个字。</translation>
        </message>
        <message>
            <source>The note may have at most {count} characters; it has {length}.</source>
            <translation>处理情况最多 {count} 个字，现有 {length} 个字。</translation>
        </message>
        <message>
            <source>The notice of the proposed listing for the party (列入告知书)</source>
            <translation>送达当事人的列入告知书</translation>
        </message>
        <message>
            <source>The notice of the selected meeting to the member units</source>
            <translation>选中会议发给各成员单位的会议通知</translation>
        </message>
        <message>
            <source>The number must be at least {minimum}.</source>
            <translation>数值不能小于 {minimum}。</translation>
        </message>
        <message>
            <source>The number must be at most {maximum}.</source>
            <translation>数值不能大于 {maximum}。</translation>
        </message>
        <message>
            <source>The number read out in front of the witnesses</source>
            <translation>当着见证人宣读的数字</translation>
        </message>
        <message>
            <source>The object drawn</source>
            <translation>抽取对象</translation>
        </message>
        <message>
            <source>The objection period must end on or after its first day and no later than the day the complaint was received.</source>
            <translation>异议期间的截止日期不得早于起始日期，也不得晚于收到投诉之日。</translation>
        </message>
        <message>
            <source>The objects drawn differ from the record.</source>
            <translation>抽中的检查对象与抽取记录不一致。</translation>
        </message>
        <message>
            <source>The objects of each batch and the inspectors are drawn at random by this program, in front of witnesses; the seed, the hash of the pool and the result are recorded so that anyone can check the draw.</source>
            <translation>各批次的检查对象和执法检查人员均在监督人、见证人见证下由本系统随机抽取；随机种子、对象库哈希值和抽取结果全部记录在案，任何人均可据此核验。</translation>
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
            <source>The office code of the recipient.</source>
            <translation>接收单位的单位代码。</translation>
        </message>
        <message>
            <source>The office settings have been checked</source>
            <translation>已核对单位设置</translation>
        </message>
        <message>
            <source>The office's full name, the organ code of document numbers (机关代字), the copy-to units and the signature printed on every official document.</source>
            <translation>单位全称、发文字号的机关代字、抄送单位和署名，都会打印在每份公文上。</translation>
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
            <source>The office's own figure (below)</source>
            <translation>本单位自定（见下项）</translation>
        </message>
        <message>
            <source>The office's own publication time limit</source>
            <translation>本单位自定的公示期限</translation>
        </message>
        <message>
            <source>The office's preset</source>
            <translation>按本单位预设</translation>
        </message>
        <message>
            <source>The operation failed: {error}</source>
            <translation>操作失败：{error}</translation>
        </message>
        <message>
            <source>The organ code before the year of the document number, such as 滑监. Blank: the office's code from the settings.</source>
            <translation>发文字号中年份前的机关代字，如“滑监”。留空则用设置中的机关代字。</translation>
        </message>
        <message>
            <source>The organ code is only the characters before the year, such as 滑监.</source>
            <translation>机关代字只填年份前的字，如“滑监”。</translation>
        </message>
        <message>
            <source>The output file must end in .pdf or .xlsx, not “{name}”.</source>
            <translation>输出文件须以 .pdf 或 .xlsx 结尾，“{name}”不符合要求。</translation>
        </message>
        <message>
            <source>The output file must end in {suffixes}, not “{name}”.</source>
            <translation>输出文件须以 {suffixes} 结尾，不能是“{name}”。</translation>
        </message>
        <message>
            <source>The package (.jgpkg).</source>
            <translation>数据包文件（.jgpkg）。</translation>
        </message>
        <message>
            <source>The package holds a file with a forbidden path (“{name}”): it may be an attack, and nothing was read.</source>
            <translation>数据包中含有路径不合规的文件（“{name}”），可能是恶意文件，未读取任何内容。</translation>
        </message>
        <message>
            <source>The package holds a register this program does not know (“{name}”): 请升级程序.</source>
            <translation>数据包中含有本程序不认识的台账（“{name}”）：请升级程序。</translation>
        </message>
        <message>
            <source>The package holds {count} files, more than the {limit} a package may hold.</source>
            <translation>数据包中有 {count} 个文件，超过了允许的 {limit} 个。</translation>
        </message>
        <message>
            <source>The package holds “{name}” twice.</source>
            <translation>数据包中“{name}”出现了两次。</translation>
        </message>
        <message>
            <source>The package is encrypted for this office: only it can read the package.</source>
            <translation>数据包为该单位加密，只有该单位能读取。</translation>
        </message>
        <message>
            <source>The package is one file (.jgpkg); carry it to the partner office.</source>
            <translation>数据包是一个文件（.jgpkg），请送交对方单位。</translation>
        </message>
        <message>
            <source>The package lacks “{name}”.</source>
            <translation>数据包中缺少“{name}”。</translation>
        </message>
        <message>
            <source>The package uses an encryption suite this program does not know ({suite}).</source>
            <translation>该数据包使用了本程序不支持的加密算法（{suite}）。</translation>
        </message>
        <message>
            <source>The package was checked and nothing was written yet. Importing it would do this:</source>
            <translation>数据包已校验，尚未写入任何数据。导入后将：</translation>
        </message>
        <message>
            <source>The package was imported. It did this:</source>
            <translation>数据包已导入，结果如下：</translation>
        </message>
        <message>
            <source>The package was made by a newer version of the program (schema {revision}): 请升级程序.</source>
            <translation>该数据包由较新版本的程序生成（数据库版本 {revision}）：请升级程序。</translation>
        </message>
        <message>
            <source>The package was made by a newer version of the program: please upgrade the program (请升级程序).</source>
            <translation>该数据包由更新版本的程序生成，请升级程序。</translation>
        </message>
        <message>
            <source>The package was written to:
{path}</source>
            <translation>数据包已写入：
{path}</translation>
        </message>
        <message>
            <source>The package would unpack to more than {limit} MB.</source>
            <translation>数据包解压后将超过 {limit} MB。</translation>
        </message>
        <message>
            <source>The package's ID, or the sender and the package number, such as 410522-3</source>
            <translation>数据包编号，或发送单位代码和数据包序号，如 410522-3</translation>
        </message>
        <message>
            <source>The package's contents are cut short.</source>
            <translation>数据包内容不完整。</translation>
        </message>
        <message>
            <source>The package's contents are not the size its manifest says: it was changed or cut short.</source>
            <translation>数据包内容的大小与清单不符：已被改动或不完整。</translation>
        </message>
        <message>
            <source>The package's contents cannot be opened: they were changed on the way, or the package was not made for this office.</source>
            <translation>无法打开数据包内容：内容在传递中被改动，或者该数据包不是发给本单位的。</translation>
        </message>
        <message>
            <source>The package's contents do not match the checksum in its manifest: it was changed on the way.</source>
            <translation>数据包内容与清单中的校验和不符：在传递中被改动过。</translation>
        </message>
        <message>
            <source>The package's encryption key is damaged.</source>
            <translation>数据包的加密密钥已损坏。</translation>
        </message>
        <message>
            <source>The package's files do not match its manifest (“{name}”).</source>
            <translation>数据包中的文件与清单不符（“{name}”）。</translation>
        </message>
        <message>
            <source>The package's manifest is damaged ({what}).</source>
            <translation>数据包的清单已损坏（{what}）。</translation>
        </message>
        <message>
            <source>The partner's public key file.</source>
            <translation>交换单位的公钥文件。</translation>
        </message>
        <message>
            <source>The party's objection has not been answered yet; answer it before listing.</source>
            <translation>当事人提出的异议尚未答复，请先答复异议再列入名单。</translation>
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
            <source>The period ends ({end}) before it starts ({start}): choose an end on or after the start.</source>
            <translation>统计期间的结束日期（{end}）早于开始日期（{start}）：请选择不早于开始日期的结束日期。</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>结束日期早于开始日期。</translation>
        </message>
        <message>
            <source>The person was replaced on {day}: the change cannot be dated after that.</source>
            <translation>此人已于{day}被更换，调整确定日期不能晚于该日期。</translation>
        </message>
        <message>
            <source>The person's real name, shown in the window and in the history of every change.</source>
            <translation>本人的真实姓名，显示在窗口和修改历史中。</translation>
        </message>
        <message>
            <source>The petitioner is told in writing within 15 days of receipt whether the matter is accepted.</source>
            <translation>不能当场告知的，自收到信访事项之日起15日内书面告知信访人是否受理。</translation>
        </message>
        <message>
            <source>The picture {path} cannot be read.</source>
            <translation>无法读取图片 {path}。</translation>
        </message>
        <message>
            <source>The plan has {count} batches. Several departments inspecting one object together do so in one visit, so that the object is disturbed only once.</source>
            <translation>本计划共{count}个批次。多个部门对同一对象的检查合并进行，做到“进一次门、查多项事”。</translation>
        </message>
        <message>
            <source>The plan is already approved.</source>
            <translation>本计划已经批准。</translation>
        </message>
        <message>
            <source>The plan year, e.g. 2026.</source>
            <translation>计划年度，例如 2026。</translation>
        </message>
        <message>
            <source>The plan “{title}” is not approved yet: a head of the office approves it before its batches are drawn.</source>
            <translation>计划“{title}”尚未批准：须经负责人批准后方可对其批次进行抽取。</translation>
        </message>
        <message>
            <source>The plan “{title}” is not approved yet: a 负责人 approves it before its batches are drawn.</source>
            <translation>计划“{title}”尚未批准：须经负责人批准后方可抽取其批次。</translation>
        </message>
        <message>
            <source>The plan's id, or its year when the year has one plan</source>
            <translation>抽查计划的编号（ID）；当年只有一份计划时也可填写年份</translation>
        </message>
        <message>
            <source>The pool</source>
            <translation>抽取名录</translation>
        </message>
        <message>
            <source>The pool has changed: its SHA-256 differs from the record.</source>
            <translation>检查对象名录已被改动：其 SHA-256 校验值与抽取记录不一致。</translation>
        </message>
        <message>
            <source>The pool is normally the projects completed this year and the last (鹤岗 三(二)).</source>
            <translation>对象库原则上为本年度和上一年度完成的项目（鹤岗 三(二)）。</translation>
        </message>
        <message>
            <source>The pool of objects is empty.</source>
            <translation>检查对象名录为空。</translation>
        </message>
        <message>
            <source>The preset “{name}” has no time limits.</source>
            <translation>预设方案“{name}”未设定任何期限。</translation>
        </message>
        <message>
            <source>The preset “{name}” has no “{limit}”.</source>
            <translation>预设方案“{name}”没有“{limit}”。</translation>
        </message>
        <message>
            <source>The preset “{name}” sets “{limit}” twice.</source>
            <translation>预设方案“{name}”重复设定了“{limit}”。</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is switched on and try again.</source>
            <translation>无法启动打印机。请检查打印机是否已开机，然后重试。</translation>
        </message>
        <message>
            <source>The program backs up only its own database file; back up a server database with the server's own tools.</source>
            <translation>本程序只能备份本机数据库文件；服务器数据库请使用服务器自带的工具备份。</translation>
        </message>
        <message>
            <source>The program cannot write to the data folder {folder}: no permission. {what_to_do}</source>
            <translation>程序无法写入数据文件夹 {folder}：没有写入权限。{what_to_do}</translation>
        </message>
        <message>
            <source>The program cannot write to the data folder {folder}: {error}. {what_to_do}</source>
            <translation>程序无法写入数据文件夹 {folder}：{error}。{what_to_do}</translation>
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
            <source>The project and its number, as in the tender file</source>
            <translation>项目名称及编号（与招标文件一致）</translation>
        </message>
        <message>
            <source>The project number {code} is already in the directory for “{name}”.</source>
            <translation>项目编号 {code} 已在名录库中，对应“{name}”。</translation>
        </message>
        <message>
            <source>The proposal cannot be dated after the party was notified.</source>
            <translation>拟列入日期不能晚于告知日期。</translation>
        </message>
        <message>
            <source>The proposal {number} was withdrawn; no notice is made out for it.</source>
            <translation>拟列入记录{number}已撤回，不能出具告知书。</translation>
        </message>
        <message>
            <source>The publication period already ended on {end}; close the entry as expired instead.</source>
            <translation>公示期已于{end}届满，请按期满办结，无需信用修复。</translation>
        </message>
        <message>
            <source>The publication period ended on {day}.</source>
            <translation>公示期已于{day}届满。</translation>
        </message>
        <message>
            <source>The publication period ends ({end}) before it starts ({start}).</source>
            <translation>公示截止日期（{end}）早于开始日期（{start}）。</translation>
        </message>
        <message>
            <source>The publication period is from {start} to {end}.</source>
            <translation>公示期自{start}起至{end}止。</translation>
        </message>
        <message>
            <source>The publication period is {low} to {high} months, counted from the date of the decision.</source>
            <translation>公示期为{low}个月至{high}个月，自认定之日起计算。</translation>
        </message>
        <message>
            <source>The publication period is {months} months, counted from the date of the decision.</source>
            <translation>公示期为{months}个月，自认定之日起计算。</translation>
        </message>
        <message>
            <source>The publication period runs until {end}; it can be closed as expired from {day}.</source>
            <translation>公示期至{end}届满，自{day}起方可按期满办结。</translation>
        </message>
        <message>
            <source>The publication table carries no personal data: people's names are masked.</source>
            <translation>公示表不含个人信息：自然人姓名已作隐去处理。</translation>
        </message>
        <message>
            <source>The random draws of 双随机: list them and verify one.</source>
            <translation>双随机抽取记录：列出并校验。</translation>
        </message>
        <message>
            <source>The ratio for {stratum} must run from 0 to 1000 per mille, the minimum not above the maximum.</source>
            <translation>{stratum} 档的抽查比例应在 0 至 1000‰ 之间，且下限不得高于上限。</translation>
        </message>
        <message>
            <source>The real name.</source>
            <translation>真实姓名。</translation>
        </message>
        <message>
            <source>The reason may have at most {count} characters.</source>
            <translation>理由最多 {count} 个字。</translation>
        </message>
        <message>
            <source>The receipt (回执) the recipient signs and returns</source>
            <translation>由接收机关签收后退回的回执</translation>
        </message>
        <message>
            <source>The receipt comes back with the partner's next package; after two periods without one, ask whether the package arrived.</source>
            <translation>回执随对方的下一个数据包带回；超过两个报送周期仍无回执的，请向对方核实数据包是否收到。</translation>
        </message>
        <message>
            <source>The record of the selected draw: seed, algorithm, pool SHA-256, the objects drawn and their inspectors (or double-click it)</source>
            <translation>所选抽取的记录：随机数种子、算法、对象库SHA-256、抽中对象及检查人员（也可双击该行）</translation>
        </message>
        <message>
            <source>The record's number</source>
            <translation>记录编号</translation>
        </message>
        <message>
            <source>The record's number, such as 滑监〔2026〕17号; for “list” the register's key.</source>
            <translation>记录编号，如 滑监〔2026〕17号；打印“list”时填台账代码。</translation>
        </message>
        <message>
            <source>The register (see “jianguan import --list”).</source>
            <translation>台账（见“jianguan import --list”）。</translation>
        </message>
        <message>
            <source>The register to import into (see --list).</source>
            <translation>要导入的台账（见 --list）。</translation>
        </message>
        <message>
            <source>The register's key: {keys}</source>
            <translation>台账代码：{keys}</translation>
        </message>
        <message>
            <source>The registers' figures per month of the period chosen, each chart with its table; at the city office also per county. Figures count the records in this database.</source>
            <translation>按月统计所选期间各台账的数字，每张图表旁附数据表；市级可按县区分别查看。数字按本数据库中的记录统计。</translation>
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
            <source>The reply date {reply_by} must come after the letter is sent ({on}).</source>
            <translation>要求回复日期{reply_by}应晚于发函日期（{on}）。</translation>
        </message>
        <message>
            <source>The report cannot be dated on a day to come.</source>
            <translation>报送日期不能晚于今天。</translation>
        </message>
        <message>
            <source>The request is “{status}”; “{step}” is not possible now.</source>
            <translation>该协查函处于“{status}”状态，现在不能“{step}”。</translation>
        </message>
        <message>
            <source>The request's number, such as 协查〔2026〕2号</source>
            <translation>协查函编号，如 协查〔2026〕2号</translation>
        </message>
        <message>
            <source>The responsible leader and the liaison officer of each member unit:</source>
            <translation>各成员单位责任领导和联络员：</translation>
        </message>
        <message>
            <source>The result cannot be closed before the inspection ({day}).</source>
            <translation>办结日期不能早于检查日期（{day}）。</translation>
        </message>
        <message>
            <source>The result's number, such as 检查〔2026〕3号</source>
            <translation>检查编号，如 检查〔2026〕3号</translation>
        </message>
        <message>
            <source>The results cannot be published before the inspection was completed ({day}).</source>
            <translation>公示日期不能早于检查完成日期（{day}）。</translation>
        </message>
        <message>
            <source>The results of each batch are published within {days} working days of its completion.</source>
            <translation>各批次抽查结果自检查完成之日起{days}个工作日内向社会公示。</translation>
        </message>
        <message>
            <source>The results of “{title}” were published on {day}; they can no longer be changed.</source>
            <translation>“{title}”的检查结果已于{day}公示，不能再修改。</translation>
        </message>
        <message>
            <source>The right: 《中华人民共和国行政处罚法》第四十四条、第四十五条; the number of days is this program's policy (the seeds give none)</source>
            <translation>陈述、申辩权利依据《中华人民共和国行政处罚法》第四十四条、第四十五条；天数为本程序预设（所依据的本地文件未作规定）</translation>
        </message>
        <message>
            <source>The rules in force set no time limit for the decision; there is nothing to extend.</source>
            <translation>适用的期限规则未设定处理决定期限，无需延期。</translation>
        </message>
        <message>
            <source>The same as row {row}: {columns} must differ from row to row.</source>
            <translation>与第 {row} 行重复：每一行的“{columns}”都应不同。</translation>
        </message>
        <message>
            <source>The scans and documents kept with the selected complaint</source>
            <translation>与所选投诉一同保存的扫描件和文档</translation>
        </message>
        <message>
            <source>The seed differs from the recorded seed.</source>
            <translation>种子与抽取记录中的种子不一致。</translation>
        </message>
        <message>
            <source>The selected result in full (or double-click it)</source>
            <translation>所选检查结果的全部内容（也可双击该行）</translation>
        </message>
        <message>
            <source>The selected task is no longer to be done: why</source>
            <translation>选中的督办事项不再办理：说明原因</translation>
        </message>
        <message>
            <source>The selected task was carried out: the day and how (or double-click it)</source>
            <translation>选中的督办事项已办结：填写日期和办理情况（或双击该行）</translation>
        </message>
        <message>
            <source>The selected warning is raised again while its cause holds</source>
            <translation>所选预警的原因仍然存在时，撤销后将重新出现</translation>
        </message>
        <message>
            <source>The sequence number must be between 1 and {last}.</source>
            <translation>文号序号须在 1 至 {last} 之间。</translation>
        </message>
        <message>
            <source>The sequence number of a document number starts at 1.</source>
            <translation>发文字号的顺序号从1开始编。</translation>
        </message>
        <message>
            <source>The settings allow {ranges}; agencies at least {minimum} %.</source>
            <translation>设置允许：{ranges}；招标代理机构不低于{minimum}%。</translation>
        </message>
        <message>
            <source>The sheet “{sheet}” of {name} has no column {columns} (its header row is row {row}); that column is required. Add it, or copy the rows into the template.</source>
            <translation>{name} 的工作表“{sheet}”中没有{columns}列（表头在第 {row} 行），该列为必填列。请补上该列，或把数据复制到导入模板中再导入。</translation>
        </message>
        <message>
            <source>The signature does not match: the package was changed after it was made, or it was not made by the office it names.</source>
            <translation>签名不符：数据包在生成后被改动过，或者并非由其所写的单位生成。</translation>
        </message>
        <message>
            <source>The start, such as 2025-09-30.</source>
            <translation>起算日期，如 2025-09-30。</translation>
        </message>
        <message>
            <source>The status must be draft or issued.</source>
            <translation>状态只能是“草稿”或“已印发”。</translation>
        </message>
        <message>
            <source>The statutory holidays of {year} have not been entered; the deadline counts Monday to Friday as working days. Check it, or import the State Council General Office's holiday arrangements for {year}.</source>
            <translation>{year}年的法定节假日尚未录入，期限按周一至周五计算，请核对或导入国务院办公厅{year}年放假安排。</translation>
        </message>
        <message>
            <source>The stored pool snapshot does not give the recorded SHA-256: the pool was changed after the draw.</source>
            <translation>保存的名录快照与记录的 SHA-256 不符：抽取后名录被改动过。</translation>
        </message>
        <message>
            <source>The stored pool snapshot or result can no longer be read: the record was changed.</source>
            <translation>保存的名录快照或抽取结果无法读取：记录已被改动。</translation>
        </message>
        <message>
            <source>The stratum {stratum} has {size} objects but the plan needs {wanted}: {missing} missing.</source>
            <translation>{stratum} 档的检查对象只有 {size} 个，按计划需抽取 {wanted} 个，还差 {missing} 个。</translation>
        </message>
        <message>
            <source>The suffix after the dash must have 1 to {count} letters or digits.</source>
            <translation>短横线后的后缀应为 1 至 {count} 位字母或数字。</translation>
        </message>
        <message>
            <source>The supervision of public-resource trading by {office} in {year} is reported as follows.{scope}</source>
            <translation>现将{office}{year}年度公共资源交易监管工作情况报告如下。{scope}</translation>
        </message>
        <message>
            <source>The task's number, such as 督办〔2026〕1号</source>
            <translation>督办事项编号，如 督办〔2026〕1号</translation>
        </message>
        <message>
            <source>The tasks opened by the decisions of joint meetings, each with its unit in charge and time limit; red rows are overdue. A supervision slip urges the unit of an overdue task.</source>
            <translation>联席会议议定事项生成的督办事项，各有责任单位和办理期限；红色行为已逾期。对逾期事项可打印督办单督促责任单位办理。</translation>
        </message>
        <message>
            <source>The template was saved as {path}. Fill it in from the third row on, then choose it here.</source>
            <translation>模板已保存为 {path}。请从第三行起填写，然后在此处选择该文件。</translation>
        </message>
        <message>
            <source>The time from the day this notice is sent to the day this office receives the supplementary materials is not counted in the time limit for acceptance review.</source>
            <translation>自本通知发出之日起至本机关收到补正材料之日止的期间，不计算在受理审查期限内。</translation>
        </message>
        <message>
            <source>The time limit for complaining has passed</source>
            <translation>超过投诉时效</translation>
        </message>
        <message>
            <source>The time limit for supplementing must end after the notice is sent ({day}).</source>
            <translation>补正期限应当晚于补正通知发出之日（{day}）。</translation>
        </message>
        <message>
            <source>The time limit is suspended; resume it before making the decision.</source>
            <translation>当前暂停计时，请先恢复计时再作出处理决定。</translation>
        </message>
        <message>
            <source>The time limit of {number} has not been extended; there is no extension approval form to print.</source>
            <translation>{number}未延长办理期限，没有可打印的延期审批表。</translation>
        </message>
        <message>
            <source>The time limits of complaints, inspections, credit lists and liaison, each with the statute or document it comes from. Change one only where your office's rules differ.</source>
            <translation>投诉举报、双随机检查、红黑名单和联络员工作的办理期限，每项均注明所依据的法规或文件。只有本单位规定不同时才需修改。</translation>
        </message>
        <message>
            <source>The trading of the year in brief: projects, amounts, the registers kept. The figures of the registers are added under this part when printed.</source>
            <translation>简述本年度交易概况：进场项目、交易金额、各台账建立情况等。打印时，各台账的统计数据附在本部分之后。</translation>
        </message>
        <message>
            <source>The transfer is “{status}”; “{step}” is not possible now.</source>
            <translation>该移送案件处于“{status}”状态，现在不能“{step}”。</translation>
        </message>
        <message>
            <source>The transfer's number, such as 移送〔2026〕3号</source>
            <translation>移送编号，如 移送〔2026〕3号</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
        <message>
            <source>The unit in charge is no longer a member unit.</source>
            <translation>责任单位已不是成员单位。</translation>
        </message>
        <message>
            <source>The unit names a new responsible leader or liaison officer, or leaves the post vacant (Ctrl+L)</source>
            <translation>单位调整责任领导或联络员，或岗位空缺（Ctrl+L）</translation>
        </message>
        <message>
            <source>The unit that convenes the joint meetings (牵头单位); there is one, so ticking it here unticks the one before.</source>
            <translation>召集联席会议的单位（牵头单位）只有一个，勾选此项将取消原牵头单位。</translation>
        </message>
        <message>
            <source>The user manual {path} cannot be found or read.</source>
            <translation>找不到或无法读取用户手册 {path}。</translation>
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
            <source>The whole report with the year's figures and charts, to print or save as PDF</source>
            <translation>预览含本年度统计数据和图表的完整报告，可打印或另存为 PDF</translation>
        </message>
        <message>
            <source>The year must be between {first} and {last}.</source>
            <translation>年份应在 {first} 至 {last} 之间。</translation>
        </message>
        <message>
            <source>The year of a document number must have four digits.</source>
            <translation>发文字号中的年份应为四位数字。</translation>
        </message>
        <message>
            <source>The year of the inspection plans counted</source>
            <translation>统计哪一年度的抽查工作计划</translation>
        </message>
        <message>
            <source>The year of the number must be between {first} and {last}.</source>
            <translation>文号年份须在 {first} 至 {last} 之间。</translation>
        </message>
        <message>
            <source>The year of the plans</source>
            <translation>计划年度</translation>
        </message>
        <message>
            <source>The year of the report, such as 2026.</source>
            <translation>报告年度，如 2026。</translation>
        </message>
        <message>
            <source>The year's figures as an Excel workbook, a worksheet per table</source>
            <translation>将本年度统计数据导出为 Excel 工作簿，每张统计表一个工作表</translation>
        </message>
        <message>
            <source>The year, e.g. 2026.</source>
            <translation>年份，如 2026。</translation>
        </message>
        <message>
            <source>The year, such as 2026</source>
            <translation>年份，如 2026</translation>
        </message>
        <message>
            <source>The {count} rejected rows were not kept with the summary.</source>
            <translation>{count} 条拒收记录未随导入结果保存明细。</translation>
        </message>
        <message>
            <source>The {field} differs from what the audit log recorded at the draw.</source>
            <translation>{field}与抽取时审计日志记录的不一致。</translation>
        </message>
        <message>
            <source>The {kind} is upheld. In accordance with {basis}, it is decided as follows: {measures}</source>
            <translation>该{kind}成立。根据{basis}的规定，决定如下：{measures}</translation>
        </message>
        <message>
            <source>The {kind} lacks a basis in fact or in law. In accordance with {basis}, it is decided to dismiss it.</source>
            <translation>该{kind}缺乏事实根据或者法律依据。根据{basis}的规定，决定予以驳回。</translation>
        </message>
        <message>
            <source>The {what} in the file is damaged.</source>
            <translation>文件中的{what}已损坏。</translation>
        </message>
        <message>
            <source>The {year} report was finalised on {date} by {name} and can no longer be changed.</source>
            <translation>{year}年度报告已由{name}于{date}定稿，不能再修改。</translation>
        </message>
        <message>
            <source>The {year} report was finalised.</source>
            <translation>{year}年度报告已定稿。</translation>
        </message>
        <message>
            <source>The 执法检查人员名录库: who may be drawn to inspect, with the certificate number, specialties and the conflicts of interest declared.</source>
            <translation>执法检查人员名录库：可参加抽取的检查人员，含执法证号、专长及申报的关联关系和回避对象。</translation>
        </message>
        <message>
            <source>The 抽查事项清单: what may be inspected, on what legal basis, by which department and how. A general item is drawn at no more than its share; a key item has no cap.</source>
            <translation>抽查事项清单：列明可以抽查的事项、法律依据、检查部门和检查方式。一般检查事项的抽查比例不超过其上限；重点检查事项不设上限。</translation>
        </message>
        <message>
            <source>The 抽查结果公示表 of the selected batch (no personal data)</source>
            <translation>所选批次的抽查结果公示表（不含个人信息）</translation>
        </message>
        <message>
            <source>The 抽查结果公示表 of the selected batch as an Excel workbook, to put on the portal</source>
            <translation>将所选批次的抽查结果公示表导出为Excel文件，用于网站发布</translation>
        </message>
        <message>
            <source>The 机关代字 must not contain brackets: the year's 〔〕 are added automatically.</source>
            <translation>机关代字中不能有括号，年份外的六角括号〔〕由程序自动加上。</translation>
        </message>
        <message>
            <source>The 机关代字 must not contain 第: a document number reads 豫滑监〔2026〕17号.</source>
            <translation>机关代字中不能有“第”字，发文字号应写成“豫滑监〔2026〕17号”的样式。</translation>
        </message>
        <message>
            <source>The 检查对象名录库: trading projects, and tenderers, bidders, agencies and experts from the register of market entities, each with its risk level and credit grade in force.</source>
            <translation>检查对象名录库：交易项目，以及从市场主体库选取的招标人、投标人、代理机构和评标专家，均标明风险等级和现行信用等级。</translation>
        </message>
        <message>
            <source>The 检查通知书 sent to the object before the inspection</source>
            <translation>检查前送达检查对象的检查通知书</translation>
        </message>
        <message>
            <source>The 现场检查记录表, filled in on the spot or printed with the findings</source>
            <translation>现场检查记录表，可现场填写，也可打印已登记的检查发现</translation>
        </message>
        <message>
            <source>The 督办单 of the selected open task, saying how many days it is overdue</source>
            <translation>选中未办结事项的督办单，注明逾期天数</translation>
        </message>
        <message>
            <source>The 随机抽取记录 with lines for the witnesses' signatures</source>
            <translation>随机抽取记录，附见证人签字栏</translation>
        </message>
        <message>
            <source>The 随机抽取记录 with the seed, the pool's SHA-256 and lines for the witnesses' signatures</source>
            <translation>随机抽取记录，含随机数种子、对象库SHA-256和见证人签字栏</translation>
        </message>
        <message>
            <source>There are no backups of this database yet. You can still choose a backup file with “Other file…”.</source>
            <translation>该数据库还没有备份。您仍可以通过“其他文件…”选择一个备份文件。</translation>
        </message>
        <message>
            <source>There are no rows under the headers: there is nothing to import.</source>
            <translation>表头下面没有数据行，没有可导入的内容。</translation>
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
            <source>There is no draft of the {year} report yet: write it and save the draft first.</source>
            <translation>{year}年度报告尚无草稿：请先填写并保存草稿。</translation>
        </message>
        <message>
            <source>There is no form called “{key}”; “jianguan print --list” shows the forms.</source>
            <translation>没有名为“{key}”的文书；运行“jianguan print --list”可查看全部文书。</translation>
        </message>
        <message>
            <source>There is no import called “{key}”; “jianguan import --list” shows the registers that take imports.</source>
            <translation>没有名为“{key}”的导入项；运行“jianguan import --list”可查看哪些台账可以导入。</translation>
        </message>
        <message>
            <source>There is no notice numbered {number}.</source>
            <translation>找不到编号为 {number} 的发文。</translation>
        </message>
        <message>
            <source>There is no objection waiting for an answer.</source>
            <translation>没有待答复的异议。</translation>
        </message>
        <message>
            <source>There is no preset “{key}”; choose one of: {keys}.</source>
            <translation>没有名为“{key}”的预设方案，请从以下方案中选择：{keys}。</translation>
        </message>
        <message>
            <source>There is no register called “{key}”; the registers are: {keys}.</source>
            <translation>没有代码为“{key}”的台账；现有台账：{keys}。</translation>
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
            <source>There is no warning rule “{key}”.</source>
            <translation>没有“{key}”这条预警规则。</translation>
        </message>
        <message>
            <source>This account has been disabled; ask an administrator to enable it.</source>
            <translation>该账户已停用，请联系管理员启用。</translation>
        </message>
        <message>
            <source>This attached file no longer exists.</source>
            <translation>该附件已不存在。</translation>
        </message>
        <message>
            <source>This batch has already been drawn. A new draw is a redraw: give the reason, and the first draw is kept.</source>
            <translation>本批次已经抽取。再次抽取属于重新抽取：须说明原因，原抽取记录予以保留。</translation>
        </message>
        <message>
            <source>This batch has been drawn: what it covers can no longer change (a redraw needs a reason).</source>
            <translation>本批次已抽取，抽查范围不能再修改（重新抽取须说明原因）。</translation>
        </message>
        <message>
            <source>This certificate number is registered for {name} ({unit}), not for {other}.</source>
            <translation>该执法证号登记在{name}（{unit}）名下，不是{other}。</translation>
        </message>
        <message>
            <source>This code belongs to “{name}”; check the code or the name.</source>
            <translation>该代码登记的主体是“{name}”，请核对代码或名称。</translation>
        </message>
        <message>
            <source>This code is already registered for “{name}” ({kind}); open that record instead of entering it again.</source>
            <translation>该代码已登记为“{name}”（{kind}），请打开该记录，不要重复录入。</translation>
        </message>
        <message>
            <source>This code is already registered for “{name}” ({kind}); the register keeps one record per code.</source>
            <translation>该代码已登记为“{name}”（{kind}），同一代码只能登记一条记录。</translation>
        </message>
        <message>
            <source>This computer's cryptography library lacks part of the sync suite ({suite}): {error}</source>
            <translation>本机的密码库缺少数据同步所需的算法（{suite}）：{error}</translation>
        </message>
        <message>
            <source>This copy is sent for your information; under the rules on confidentiality it does not state who complained.</source>
            <translation>现将上述情况告知你单位。根据保密规定，本件不载明投诉（举报）人的身份信息。</translation>
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
            <source>This database has not been set up yet.</source>
            <translation>该数据库尚未初始化。</translation>
        </message>
        <message>
            <source>This database has not been set up yet. Enter your office's details and choose the first administrator's account; the line under each field says what it is for. The office type and code cannot be changed afterwards, so check them before you click “Finish setup”. The other users are added afterwards: the home page then lists the first steps (about 10 minutes).</source>
            <translation>本数据库尚未设置。请填写本单位信息，并设置第一个管理员账户；每项下方的说明介绍该项的用途。单位类型和单位代码设置后不能更改，请在点击“完成设置”前核对无误。其他用户在设置完成后添加，届时首页会列出开始使用的步骤（约10分钟）。</translation>
        </message>
        <message>
            <source>This database has not been set up yet; run “jianguan init” first.</source>
            <translation>该数据库尚未初始化，请先运行“jianguan init”。</translation>
        </message>
        <message>
            <source>This decision no longer exists.</source>
            <translation>该议定事项已不存在。</translation>
        </message>
        <message>
            <source>This document has not been given a number yet; a user who may edit complaints must print it first.</source>
            <translation>该文书尚未编发文字号，须由有权办理投诉的用户首次打印。</translation>
        </message>
        <message>
            <source>This document has not been given a number yet; a user who may edit must print it first.</source>
            <translation>该文书尚未编号，须由有编辑权限的用户首次打印。</translation>
        </message>
        <message>
            <source>This entity is already in the directory of objects as “{name}”.</source>
            <translation>该主体已在检查对象名录库中（“{name}”）。</translation>
        </message>
        <message>
            <source>This entity is no longer in the register of market entities; choose another.</source>
            <translation>市场主体库中已没有该主体，请重新选择。</translation>
        </message>
        <message>
            <source>This entity no longer exists; choose another one.</source>
            <translation>该市场主体已不存在，请另选。</translation>
        </message>
        <message>
            <source>This entity no longer exists; it may have been deleted or merged.</source>
            <translation>该市场主体已不存在，可能已被删除或合并。</translation>
        </message>
        <message>
            <source>This entry concerns no single record (for example a login), so it has no history.</source>
            <translation>这条日志不涉及某一条具体记录（例如登录），因此没有修改历史。</translation>
        </message>
        <message>
            <source>This entry of the directory no longer exists.</source>
            <translation>通讯录中已没有该条记录。</translation>
        </message>
        <message>
            <source>This file is already attached (as “{name}”).</source>
            <translation>该文件已作为附件（“{name}”）添加过。</translation>
        </message>
        <message>
            <source>This file is not a sync package of this program.</source>
            <translation>该文件不是本程序的数据同步包。</translation>
        </message>
        <message>
            <source>This handled warning no longer exists.</source>
            <translation>该已处理预警已不存在。</translation>
        </message>
        <message>
            <source>This inspection item no longer exists; it may have been deleted.</source>
            <translation>该抽查事项已不存在，可能已被删除。</translation>
        </message>
        <message>
            <source>This inspector is no longer in the directory; the record may have been deleted.</source>
            <translation>名录库中已没有该检查人员，记录可能已被删除。</translation>
        </message>
        <message>
            <source>This is a record of {office}; only that office may change it.</source>
            <translation>这是{office}的记录，只有该单位可以修改。</translation>
        </message>
        <message>
            <source>This is a record of {office}; only that office may change it. The city office may add notes of its own.</source>
            <translation>这是{office}的记录，只有该单位可以修改。市级单位可以添加自己的批注。</translation>
        </message>
        <message>
            <source>This is not a public key file of a jianguan office.</source>
            <translation>这不是本系统办公室的公钥文件。</translation>
        </message>
        <message>
            <source>This is this office's own key file; register the key file of the partner office instead.</source>
            <translation>这是本单位自己的公钥文件；请登记对方单位的公钥文件。</translation>
        </message>
        <message>
            <source>This item is already in the list of inspection items.</source>
            <translation>该事项已在抽查事项清单中。</translation>
        </message>
        <message>
            <source>This item of the list of responsibilities no longer exists.</source>
            <translation>该权责清单事项已不存在。</translation>
        </message>
        <message>
            <source>This listing is already in the register as {number} (same list, code and basis).</source>
            <translation>该名单信息已登记，编号为{number}（名单类别、代码和认定依据均相同）。</translation>
        </message>
        <message>
            <source>This member unit no longer exists; it may have been deleted.</source>
            <translation>该成员单位已不存在，可能已被删除。</translation>
        </message>
        <message>
            <source>This note no longer exists; it may have been deleted.</source>
            <translation>该备注已不存在，可能已被删除。</translation>
        </message>
        <message>
            <source>This notice no longer exists; it may have been deleted.</source>
            <translation>该发文已不存在，可能已被删除。</translation>
        </message>
        <message>
            <source>This object is no longer in the directory; the record may have been deleted.</source>
            <translation>名录库中已没有该检查对象，记录可能已被删除。</translation>
        </message>
        <message>
            <source>This office</source>
            <translation>本单位</translation>
        </message>
        <message>
            <source>This office already has its sync keys (fingerprint {print}). Make new ones only if the old ones were lost or exposed: every partner office must then register the new public key.</source>
            <translation>本单位已有数据交换密钥（指纹 {print}）。只有在原密钥丢失或泄露时才应重新生成：之后每个交换单位都须重新登记新的公钥。</translation>
        </message>
        <message>
            <source>This office has no sync keys yet: make them first with “jianguan sync keygen”.</source>
            <translation>本单位尚无数据交换密钥：请先用“jianguan sync keygen”生成。</translation>
        </message>
        <message>
            <source>This office received a {kind} (number {number}) on {date}. {about}</source>
            <translation>本机关于{date}收到一件{kind}（编号：{number}）。{about}</translation>
        </message>
        <message>
            <source>This office received {received} and accepted it on {date}; the case has now been investigated.</source>
            <translation>本机关收到{received}后，于{date}依法受理，现已调查终结。</translation>
        </message>
        <message>
            <source>This office will complete {what} within {limit} of acceptance, that is by {date}; time needed for inspection, testing, appraisal or expert review, and periods in which handling is suspended, are not counted.</source>
            <translation>本机关将自受理之日起{limit}内（即{date}前）{what}；检验、检测、鉴定、专家评审所需时间和中止办理的期间不计算在内。</translation>
        </message>
        <message>
            <source>This office's key fingerprint is shown to the head of office and the administrator.</source>
            <translation>本单位密钥指纹仅向负责人和管理员显示。</translation>
        </message>
        <message>
            <source>This office's key fingerprint: {print}</source>
            <translation>本单位密钥指纹：{print}</translation>
        </message>
        <message>
            <source>This package is addressed to office {recipient}, not to this office ({own}).</source>
            <translation>该数据包是发给单位 {recipient} 的，不是发给本单位（{own}）的。</translation>
        </message>
        <message>
            <source>This package was not imported here.</source>
            <translation>本单位没有导入过该数据包。</translation>
        </message>
        <message>
            <source>This password is one of the most common passwords; choose another.</source>
            <translation>这是最常见的弱密码之一，请换一个。</translation>
        </message>
        <message>
            <source>This program cannot run the draw algorithm {algorithm}.</source>
            <translation>本程序不支持抽取算法 {algorithm}。</translation>
        </message>
        <message>
            <source>This program's backup policy (issue #2)</source>
            <translation>本程序备份策略（issue #2）</translation>
        </message>
        <message>
            <source>This program's policy</source>
            <translation>本程序规定</translation>
        </message>
        <message>
            <source>This program's policy (no rule sets a time limit for this feedback)</source>
            <translation>本程序的规定（现行规定未设定该类反馈期限）</translation>
        </message>
        <message>
            <source>This program's policy (the database keeps the files; backups copy them)</source>
            <translation>本程序规定（附件保存在数据库中，随备份一并保存）</translation>
        </message>
        <message>
            <source>This program's policy (the seeds give no period for the redlist)</source>
            <translation>本程序规定（地方文件未规定红名单期限）</translation>
        </message>
        <message>
            <source>This program's policy (used only when the office's own figure is chosen)</source>
            <translation>本程序规定（仅在选择“本单位自定”时使用）</translation>
        </message>
        <message>
            <source>This program's policy: a larger list is split into several files</source>
            <translation>本程序规定：清单过大时应拆分为多个文件</translation>
        </message>
        <message>
            <source>This program's policy: an object not yet graded is treated as an ordinary one</source>
            <translation>本程序规定：尚未评级的对象按一般对象对待</translation>
        </message>
        <message>
            <source>This program's policy; where it is printed: GB/T 9704-2012 {part}</source>
            <translation>本程序规定；印制位置依据 GB/T 9704—2012 第 {part} 条</translation>
        </message>
        <message>
            <source>This program's policy; 海口 (十): the unit asked handles the request promptly and answers in writing</source>
            <translation>本程序的规定；海口（十）：被请求协助的部门应及时办理并书面反馈协查结果</translation>
        </message>
        <message>
            <source>This program's reading of 发改委令第36号: credit repair shortens a publication, never below its minimum period</source>
            <translation>本程序对发改委令第36号的理解：信用修复可缩短公示期，但不少于最短公示期</translation>
        </message>
        <message>
            <source>This program's security policy (issue #2)</source>
            <translation>本程序安全策略（issue #2）</translation>
        </message>
        <message>
            <source>This project number is already in the directory for “{name}”.</source>
            <translation>该项目编号已在名录库中，对应“{name}”。</translation>
        </message>
        <message>
            <source>This record has been changed by someone else; nothing was overwritten. Reopen it to see the latest version.</source>
            <translation>此记录已被他人修改，您的修改未保存，原记录未被覆盖。请重新打开查看最新内容。</translation>
        </message>
        <message>
            <source>This record is kept in the tender file of the project.</source>
            <translation>本记录归入该项目招标投标档案备查。</translation>
        </message>
        <message>
            <source>This record no longer exists; it may have been deleted.</source>
            <translation>该记录已不存在，可能已被删除。</translation>
        </message>
        <message>
            <source>This step is done by doing it, not by ticking it off.</source>
            <translation>此步骤需实际完成，不能直接标记为已核对。</translation>
        </message>
        <message>
            <source>This warning cannot be marked: its key is missing or too long.</source>
            <translation>无法标记该预警：预警标识缺失或过长。</translation>
        </message>
        <message>
            <source>This warning has already been marked handled.</source>
            <translation>该预警已标记为已处理。</translation>
        </message>
        <message>
            <source>Those overdue or due within N working days.</source>
            <translation>已逾期或 N 个工作日内到期的。</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <source>Tick each person present (Space ticks the one selected); the list is the directory on the meeting's day.</source>
            <translation>勾选每位参会人员（空格键勾选当前行）；名单为会议当天的通讯录。</translation>
        </message>
        <message>
            <source>Tick every item inspected in the same visit; a general item caps the share drawn.</source>
            <translation>勾选同一次检查中一并检查的全部事项；一般检查事项对抽取比例设有上限。</translation>
        </message>
        <message>
            <source>Tick when the unit has named nobody for the post; the post shows as vacant.</source>
            <translation>单位尚未指定人员时勾选，该岗位显示为空缺。</translation>
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
            <source>Time limit</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Time limit for acceptance review</source>
            <translation>受理审查期限</translation>
        </message>
        <message>
            <source>Time limit for complaining</source>
            <translation>投诉期限</translation>
        </message>
        <message>
            <source>Time limit for deciding on opening a case</source>
            <translation>立案审查期限</translation>
        </message>
        <message>
            <source>Time limit for feedback</source>
            <translation>反馈期限</translation>
        </message>
        <message>
            <source>Time limit for handling</source>
            <translation>办理时限</translation>
        </message>
        <message>
            <source>Time limit for requesting reconsideration</source>
            <translation>提请复议期限</translation>
        </message>
        <message>
            <source>Time limit for supplementing materials</source>
            <translation>补正期限</translation>
        </message>
        <message>
            <source>Time limit for the decision</source>
            <translation>处理决定期限</translation>
        </message>
        <message>
            <source>Time limit for the reply</source>
            <translation>回复期限</translation>
        </message>
        <message>
            <source>Time limit for the transferee's feedback</source>
            <translation>转办反馈期限</translation>
        </message>
        <message>
            <source>Time limit for transfer</source>
            <translation>转办期限</translation>
        </message>
        <message>
            <source>Time limit running</source>
            <translation>正在计算的期限</translation>
        </message>
        <message>
            <source>Time limit running now</source>
            <translation>当前时限</translation>
        </message>
        <message>
            <source>Time limit suspended</source>
            <translation>暂停计时</translation>
        </message>
        <message>
            <source>Time limits in force</source>
            <translation>适用的办理期限</translation>
        </message>
        <message>
            <source>Time needed for inspection, testing, appraisal or expert review is not counted.</source>
            <translation>需要检验、检测、鉴定、专家评审的，所需时间不计算在内。</translation>
        </message>
        <message>
            <source>Time of the inspection</source>
            <translation>检查时间</translation>
        </message>
        <message>
            <source>Time of the meeting</source>
            <translation>会议时间</translation>
        </message>
        <message>
            <source>Time schedule</source>
            <translation>时间安排</translation>
        </message>
        <message>
            <source>Time-limit preset</source>
            <translation>期限预设</translation>
        </message>
        <message>
            <source>Time-limit preset of the office</source>
            <translation>本单位的办理期限预设</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>To be drawn</source>
            <translation>应抽取</translation>
        </message>
        <message>
            <source>To be reported by</source>
            <translation>应报送日期</translation>
        </message>
        <message>
            <source>To be transferred</source>
            <translation>拟移送</translation>
        </message>
        <message>
            <source>To carry out the joint supervision of public resource trading, it has been decided to hold the {title}. The arrangements are notified as follows:</source>
            <translation>为做好公共资源交易联合监管工作，经研究，定于近期召开{title}。现将有关事项通知如下：</translation>
        </message>
        <message>
            <source>To inspect</source>
            <translation>待检查</translation>
        </message>
        <message>
            <source>Today is {date}.</source>
            <translation>今天是 {date}。</translation>
        </message>
        <message>
            <source>Told in person</source>
            <translation>当面告知</translation>
        </message>
        <message>
            <source>Too few inspectors without a conflict for: {names}.</source>
            <translation>以下对象无利害关系的检查人员不足：{names}。</translation>
        </message>
        <message>
            <source>Too few inspectors without a conflict of interest for {name} ({key}): {available} available, {needed} needed.</source>
            <translation>与“{name}”（{key}）无利害关系的执法检查人员不足：可选 {available} 人，需要 {needed} 人。</translation>
        </message>
        <message>
            <source>Too long: at most {limit} characters, this has {count}.</source>
            <translation>内容过长：最多 {limit} 个字，这里有 {count} 个字。</translation>
        </message>
        <message>
            <source>Too many wrong passwords: the account is locked for {minutes} minutes, until {time}.</source>
            <translation>密码错误次数过多，账户已锁定 {minutes} 分钟，请于 {time} 后再试。</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Total (each object once)</source>
            <translation>合计（每个对象计一次）</translation>
        </message>
        <message>
            <source>Tourism (旅游)</source>
            <translation>旅游</translation>
        </message>
        <message>
            <source>Trade type</source>
            <translation>交易类型</translation>
        </message>
        <message>
            <source>Trade unions (工会)</source>
            <translation>工会</translation>
        </message>
        <message>
            <source>Trading centre</source>
            <translation>交易中心</translation>
        </message>
        <message>
            <source>Trading project</source>
            <translation>交易项目</translation>
        </message>
        <message>
            <source>Transfer to a department</source>
            <translation>转办</translation>
        </message>
        <message>
            <source>Transfer to another department</source>
            <translation>转办</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>已移送</translation>
        </message>
        <message>
            <source>Transferred on</source>
            <translation>移送日期</translation>
        </message>
        <message>
            <source>Transferred to</source>
            <translation>移送机关</translation>
        </message>
        <message>
            <source>Transferred, awaiting feedback</source>
            <translation>已转办，待反馈</translation>
        </message>
        <message>
            <source>Transferring office</source>
            <translation>移送单位</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>交通运输</translation>
        </message>
        <message>
            <source>Trustworthy conduct</source>
            <translation>守信行为</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Type a unified social credit code, an ID card number or a name (any part of it) to see every entry of the blacklist, the redlist and the watch list in force on the chosen day: this office's and those the city sends down.</source>
            <translation>输入统一社会信用代码、身份证号或名称（可只输入一部分），查看所选日期有效的全部黑名单、红名单和重点关注名单记录，包括本单位的名单和市级下发的名单。</translation>
        </message>
        <message>
            <source>Type a unified social credit code, an ID card number or a name to check.</source>
            <translation>请输入要核查的统一社会信用代码、身份证号或名称。</translation>
        </message>
        <message>
            <source>Type of case</source>
            <translation>案件类型</translation>
        </message>
        <message>
            <source>Type of item</source>
            <translation>事项类别</translation>
        </message>
        <message>
            <source>Type or pick the number of the complaint the case comes from.</source>
            <translation>请输入或选择案件来源的投诉举报编号。</translation>
        </message>
        <message>
            <source>Type part of the name or code, then choose with ↓.</source>
            <translation>输入名称或代码的一部分，再用↓键选择。</translation>
        </message>
        <message>
            <source>Type the number read out at the draw, or let the program generate one; it is printed on the record, and anyone can re-run the draw with it.</source>
            <translation>输入抽取现场宣读的数字，或由程序生成；种子打印在抽取记录上，任何人都可据此重新运行核对。</translation>
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
            <source>Unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <source>Under Articles 44 and 45 of the Administrative Penalty Law of the People's Republic of China, applied by analogy, {party} has the right to state its case and defend itself. If {party} disagrees, submit a written statement and defence with supporting evidence to {office} within {days} working days of receiving this notice; if none is submitted in that time, the right is deemed waived.</source>
            <translation>参照《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，{party}有权陈述、申辩。如有异议，请自收到本告知书之日起{days}个工作日内向{office}提交书面意见及证据材料；逾期未提交的，视为放弃陈述、申辩的权利。</translation>
        </message>
        <message>
            <source>Under this office's {year} plan of random inspections, {count} objects were drawn at random for “{batch}” (draw record {draw}) and inspected. The results are published as follows.</source>
            <translation>根据我办{year}年度“双随机、一公开”抽查工作计划，“{batch}”随机抽取检查对象{count}个（抽取记录{draw}）并已实施检查，现将检查结果公示如下。</translation>
        </message>
        <message>
            <source>Under “{preset}” the time limit for the decision cannot be extended; time for inspection, testing, appraisal or expert review is recorded as a suspension instead.</source>
            <translation>按照“{preset}”，处理决定期限不得延长；检验、检测、鉴定、专家评审所需时间请登记为暂停计时。</translation>
        </message>
        <message>
            <source>Under “{preset}” the time limit may be extended by at most {limit} {unit} in all; {used} {unit} already granted.</source>
            <translation>按照“{preset}”，期限累计最多延长 {limit} {unit}，已延长 {used} {unit}。</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>撤销修改</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>Unified social credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Unified social credit code / ID number</source>
            <translation>统一社会信用代码/身份证号</translation>
        </message>
        <message>
            <source>Unified social credit code or ID number</source>
            <translation>统一社会信用代码或身份证号</translation>
        </message>
        <message>
            <source>Unified social credit code, ID card number or name</source>
            <translation>统一社会信用代码、身份证号或名称</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>所在单位</translation>
        </message>
        <message>
            <source>Unit asked</source>
            <translation>协查单位</translation>
        </message>
        <message>
            <source>Unit checked for conflicts</source>
            <translation>回避核对单位</translation>
        </message>
        <message>
            <source>Unit in charge</source>
            <translation>责任单位</translation>
        </message>
        <message>
            <source>Unit in charge (seal): {blank}  Date: ＿＿年＿月＿日</source>
            <translation>责任单位（盖章）：{blank}　日期：＿＿年＿月＿日</translation>
        </message>
        <message>
            <source>Unit not given</source>
            <translation>未注明单位</translation>
        </message>
        <message>
            <source>Units and parties the person is related to: never matched with them.</source>
            <translation>与本人有关联关系的单位和当事人，抽取时不会与其匹配。</translation>
        </message>
        <message>
            <source>Units separated by 、.</source>
            <translation>多个单位用“、”分隔。</translation>
        </message>
        <message>
            <source>Units separated by 、. Blank: the office's default.</source>
            <translation>多个单位用“、”分隔。留空则用本单位默认抄送机关。</translation>
        </message>
        <message>
            <source>Units: the 18-character unified social credit code. Experts and natural persons: the 18-digit ID card number.</source>
            <translation>单位填写18位统一社会信用代码；评标专家和自然人填写18位身份证号码。</translation>
        </message>
        <message>
            <source>Units: the unified social credit code; experts and natural persons: the ID card number. The entity is registered in the market entity register on the way.</source>
            <translation>单位填写统一社会信用代码；评标专家和自然人填写身份证号。该主体将同时登记到市场主体库。</translation>
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
            <source>Unknown step “{step}”.</source>
            <translation>未知的办理环节“{step}”。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>Untick when the unit leaves the joint mechanism; it stays in the history.</source>
            <translation>单位退出联席机制时取消勾选；历史记录仍保留。</translation>
        </message>
        <message>
            <source>Untrustworthy conduct</source>
            <translation>失信行为</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新</translation>
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
            <source>Upon investigation, the matters reported were found to be true. In accordance with {basis}, they are dealt with as follows: {measures}</source>
            <translation>经调查核实，该举报反映的问题属实。根据{basis}的规定，处理如下：{measures}</translation>
        </message>
        <message>
            <source>Upon investigation, the matters reported were not substantiated. In accordance with {basis}, the report is concluded.</source>
            <translation>经调查核实，该举报反映的问题不成立。根据{basis}的规定，予以办结。</translation>
        </message>
        <message>
            <source>Upon investigation, {party}, {identity}, has engaged in the following conduct: {conduct}</source>
            <translation>经查，{party}{identity}存在以下行为：{conduct}</translation>
        </message>
        <message>
            <source>Upon review, the matter falls within the duties of your organisation. It is hereby transferred to you to be dealt with according to law.</source>
            <translation>经审查，该事项属于你单位职责范围，现转你单位依法处理。</translation>
        </message>
        <message>
            <source>Upon review, {party}, {identity}, meets the conditions for the {list}: {conduct}</source>
            <translation>经审核，{party}{identity}符合列入{list}的条件：{conduct}</translation>
        </message>
        <message>
            <source>Upon review, {received} does not yet meet the requirements. Please supplement the following materials and submit them to this office by {date}:</source>
            <translation>经审查，{received}尚不符合规定要求。请于{date}前补正下列材料并提交本机关：</translation>
        </message>
        <message>
            <source>Upon review, {received} meets the conditions for acceptance; this office decided on {date} to accept it.</source>
            <translation>经审查，{received}符合受理条件，本机关已于{date}决定予以受理。</translation>
        </message>
        <message>
            <source>Usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>Used for</source>
            <translation>用途</translation>
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
            <source>User manual</source>
            <translation>用户手册</translation>
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
            <source>Usual basis: {basis}. Feedback due within {days} days ({source}). Named in: {sources}.</source>
            <translation>通常依据：{basis}。反馈期限：{days}日（{source}）。出处：{sources}。</translation>
        </message>
        <message>
            <source>VALUE</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Vacant</source>
            <translation>空缺</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效</translation>
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
            <source>Value in the file</source>
            <translation>文件中的内容</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>校验</translation>
        </message>
        <message>
            <source>Verify draw</source>
            <translation>校验抽取</translation>
        </message>
        <message>
            <source>Viewed confidential data</source>
            <translation>查看保密信息</translation>
        </message>
        <message>
            <source>Visit in person</source>
            <translation>当面</translation>
        </message>
        <message>
            <source>Waiting for supplementary materials</source>
            <translation>补正中</translation>
        </message>
        <message>
            <source>Warn at this many complaints about one entity</source>
            <translation>同一主体被投诉达到此件数时预警</translation>
        </message>
        <message>
            <source>Warn of a deadline this many working days before it is due</source>
            <translation>期限届满前此数量的工作日内预警</translation>
        </message>
        <message>
            <source>Warn of a member unit without a liaison</source>
            <translation>成员单位无联络员时预警</translation>
        </message>
        <message>
            <source>Warn of an entity complained about often</source>
            <translation>主体多次被投诉时预警</translation>
        </message>
        <message>
            <source>Warn of an object with problems found years running</source>
            <translation>检查对象连续多年发现问题时预警</translation>
        </message>
        <message>
            <source>Warn of deadlines due soon and overdue</source>
            <translation>期限将到或已逾期时预警</translation>
        </message>
        <message>
            <source>Warn of items and industries not inspected this year</source>
            <translation>本年度未检查的事项和行业预警</translation>
        </message>
        <message>
            <source>Warn of them from this month of the year on</source>
            <translation>自每年此月份起预警</translation>
        </message>
        <message>
            <source>Warn when an entity on a black list appears again</source>
            <translation>黑名单主体再次出现时预警</translation>
        </message>
        <message>
            <source>Warn when an industry has not been inspected this year</source>
            <translation>本年度有行业未抽查时提示</translation>
        </message>
        <message>
            <source>Warn when problems were found this many years running</source>
            <translation>连续此年数检查发现问题时预警</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>预警内容</translation>
        </message>
        <message>
            <source>Warning rule</source>
            <translation>预警规则</translation>
        </message>
        <message>
            <source>Watch list</source>
            <translation>重点关注名单</translation>
        </message>
        <message>
            <source>Water conservancy</source>
            <translation>水利工程</translation>
        </message>
        <message>
            <source>We have received {received}. {about}</source>
            <translation>{received}收悉。{about}</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>星期</translation>
        </message>
        <message>
            <source>Welcome to the supervision registers</source>
            <translation>欢迎使用公共资源交易监管台账</translation>
        </message>
        <message>
            <source>What anyone needs to re-run it</source>
            <translation>重新运行核对所需信息</translation>
        </message>
        <message>
            <source>What did not work well and why.</source>
            <translation>工作中存在的问题及其原因。</translation>
        </message>
        <message>
            <source>What happened, when, in which project, and what the investigation found</source>
            <translation>何时、在哪个项目中发生了什么，调查查明的情况</translation>
        </message>
        <message>
            <source>What is asked</source>
            <translation>协查内容</translation>
        </message>
        <message>
            <source>What is inspected</source>
            <translation>检查内容</translation>
        </message>
        <message>
            <source>What the administrator types to log in: 2 to 30 letters, digits, underscores or Chinese characters, for example admin or 王明. The administrator adds the other users and resets their passwords.</source>
            <translation>管理员登录时输入的名称：2 至 30 个字母、数字、下划线或汉字，例如 admin 或 王明。管理员负责添加其他用户并重置其密码。</translation>
        </message>
        <message>
            <source>What the complainant asks the office to do</source>
            <translation>投诉人的具体请求</translation>
        </message>
        <message>
            <source>What the complaint is about</source>
            <translation>投诉事项</translation>
        </message>
        <message>
            <source>What the department reported back</source>
            <translation>转办单位反馈的情况</translation>
        </message>
        <message>
            <source>What the entity did, when, in which project</source>
            <translation>何时、在哪个项目中有何行为</translation>
        </message>
        <message>
            <source>What the office will do next year.</source>
            <translation>下一年度的工作打算。</translation>
        </message>
        <message>
            <source>What the party objects to</source>
            <translation>异议内容</translation>
        </message>
        <message>
            <source>What the person types to log in: letters, digits, underscores or Chinese characters.</source>
            <translation>本人登录时输入的名称，可使用字母、数字、下划线或汉字。</translation>
        </message>
        <message>
            <source>What the unit answers for, such as 房屋建筑和市政工程招标投标活动的监督</source>
            <translation>单位负责的事项，如：房屋建筑和市政工程招标投标活动的监督</translation>
        </message>
        <message>
            <source>What the unit is asked to verify or provide, one item a line</source>
            <translation>请对方核实或提供的事项，每行一项</translation>
        </message>
        <message>
            <source>What the warning rules find in the registers now: deadlines, entities complained about often or on the black list, repeated problems, items not inspected, units without a liaison. Each names the rule that raised it (the rules and their thresholds are under Settings → Early warnings). Mark a warning handled with what was done; it comes back when the matter occurs again.</source>
            <translation>预警规则当前在各台账中发现的情况：期限将到或逾期、多次被投诉或列入黑名单的主体、连续发现问题、未检查的事项和行业、无联络员的成员单位。每条预警注明触发它的规则（规则及其阈值见“系统设置 → 预警”）。处理后填写处理情况并标记已处理；同类情况再次发生时会重新预警。</translation>
        </message>
        <message>
            <source>What was checked and found; “no problem found” when nothing was</source>
            <translation>检查了哪些内容、发现了什么；未发现问题的填写“未发现问题”</translation>
        </message>
        <message>
            <source>What was discussed. The decisions and their tasks are added with “Add decision” and printed after it.</source>
            <translation>会议讨论情况。议定事项及督办事项通过“添加议定事项”登记，打印在其后。</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>处理情况</translation>
        </message>
        <message>
            <source>What was done: the joint meeting, random inspections, complaints handled, credit supervision, liaison; what came of it.</source>
            <translation>本年度开展的主要工作：联席会议、“双随机、一公开”抽查、投诉举报处理、信用监管、联络机制等，以及取得的成效。</translation>
        </message>
        <message>
            <source>Where an objection had to come first, its period is not counted.</source>
            <translation>依法应先提出异议的，异议期间不计算在内。</translation>
        </message>
        <message>
            <source>Where an objection to the tenderer had to come first (arts. 22, 44 and 54), the time for answering it is not counted.</source>
            <translation>就实施条例第二十二条、第四十四条、第五十四条规定事项投诉的，应当先向招标人提出异议，异议答复期间不计算在内。</translation>
        </message>
        <message>
            <source>Where it comes from</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>Where it stands</source>
            <translation>办理情况</translation>
        </message>
        <message>
            <source>Where the results were published.</source>
            <translation>检查结果的公示渠道。</translation>
        </message>
        <message>
            <source>Where the seed came from</source>
            <translation>种子来源</translation>
        </message>
        <message>
            <source>Where to save the template (.xlsx).</source>
            <translation>模板的保存位置（.xlsx）。</translation>
        </message>
        <message>
            <source>Where to write the package</source>
            <translation>数据包写入位置</translation>
        </message>
        <message>
            <source>Which one</source>
            <translation>序次</translation>
        </message>
        <message>
            <source>Who signed the receipt</source>
            <translation>签收人</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>整页</translation>
        </message>
        <message>
            <source>Whole yuan, such as 12860000</source>
            <translation>以元为单位的整数，如12860000</translation>
        </message>
        <message>
            <source>Whose figures the printed report and the workbook count</source>
            <translation>打印的报告和导出的工作簿统计哪个单位的数据</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Why the time limit stops</source>
            <translation>暂停原因</translation>
        </message>
        <message>
            <source>Winning bidder</source>
            <translation>中标人（供应商）</translation>
        </message>
        <message>
            <source>With --list: print JSON.</source>
            <translation>与 --list 同用：输出 JSON。</translation>
        </message>
        <message>
            <source>With --record: the record's table.</source>
            <translation>与 --record 一起使用：记录所在的表。</translation>
        </message>
        <message>
            <source>With --save: the project the check is for.</source>
            <translation>与 --save 一起使用：核查所针对的项目。</translation>
        </message>
        <message>
            <source>With --save: why the check was made.</source>
            <translation>与 --save 一起使用：核查用途。</translation>
        </message>
        <message>
            <source>With a date the notice counts as issued, without as a draft.</source>
            <translation>填写了成文日期的视为已印发，未填写的视为草稿。</translation>
        </message>
        <message>
            <source>With a time limit</source>
            <translation>有时限</translation>
        </message>
        <message>
            <source>With the area code, such as 0372-8123456</source>
            <translation>含区号，如：0372-8123456</translation>
        </message>
        <message>
            <source>Withdraw the proposal</source>
            <translation>撤回拟列入</translation>
        </message>
        <message>
            <source>Withdrawn on</source>
            <translation>撤回日期</translation>
        </message>
        <message>
            <source>Within its credit grade, an object of higher risk is more likely to be drawn (weight 1 to 3).</source>
            <translation>同一信用等级内，风险等级越高被抽中的可能性越大（权重1至3）。</translation>
        </message>
        <message>
            <source>Witnesses</source>
            <translation>见证人</translation>
        </message>
        <message>
            <source>Work out deadlines in working days from the holiday table.</source>
            <translation>按节假日表计算以工作日计的期限。</translation>
        </message>
        <message>
            <source>Work unit: {unit}</source>
            <translation>工作单位：{unit}</translation>
        </message>
        <message>
            <source>Working out the deadlines again</source>
            <translation>重新计算期限</translation>
        </message>
        <message>
            <source>Working out the running deadlines again…</source>
            <translation>正在重新计算办理期限…</translation>
        </message>
        <message>
            <source>Working-day calendar</source>
            <translation>工作日历</translation>
        </message>
        <message>
            <source>Works offline: nothing is sent over the network.</source>
            <translation>离线运行：不通过网络发送任何数据。</translation>
        </message>
        <message>
            <source>Worksheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Write a copy of the file to a folder.</source>
            <translation>将文件副本保存到文件夹。</translation>
        </message>
        <message>
            <source>Write down the answer to the objection.</source>
            <translation>请填写对异议的答复意见。</translation>
        </message>
        <message>
            <source>Write down the reasons the recipient gave for not opening a case.</source>
            <translation>请填写接收单位不予立案的理由。</translation>
        </message>
        <message>
            <source>Write down what the complaint is about.</source>
            <translation>请填写投诉事项。</translation>
        </message>
        <message>
            <source>Write down what the department reported back.</source>
            <translation>请填写转办部门反馈的办理结果。</translation>
        </message>
        <message>
            <source>Write down what the party objects to.</source>
            <translation>请填写当事人的异议内容。</translation>
        </message>
        <message>
            <source>Write down what the recipient answered.</source>
            <translation>请填写接收单位反馈的内容。</translation>
        </message>
        <message>
            <source>Write down what the written reply says.</source>
            <translation>请填写书面回复的内容。</translation>
        </message>
        <message>
            <source>Write down why the case was returned.</source>
            <translation>请填写案件被退回的原因。</translation>
        </message>
        <message>
            <source>Write each part as paragraphs, one per line; a line such as （一）… is a heading. The figures of the registers are counted when the report is printed and go under “I. General situation”.</source>
            <translation>每段一行；以“（一）”等序号开头的短行作为标题。各台账的统计数据在打印时自动统计，附在“一、基本情况”之后。</translation>
        </message>
        <message>
            <source>Write out the other reason for not accepting the complaint.</source>
            <translation>请写明不予受理的其他理由。</translation>
        </message>
        <message>
            <source>Write reports: the annual supervision report.</source>
            <translation>生成报告：年度监管工作情况报告。</translation>
        </message>
        <message>
            <source>Write the blacklist or redlist publication as a PDF or an xlsx file.</source>
            <translation>将黑名单或红名单公示表输出为 PDF 或 xlsx 文件。</translation>
        </message>
        <message>
            <source>Write the changes since the last package into a folder or onto a USB stick</source>
            <translation>将上次以来的改动写入文件夹或U盘</translation>
        </message>
        <message>
            <source>Write the decision.</source>
            <translation>请填写议定事项。</translation>
        </message>
        <message>
            <source>Write the directory as an xlsx workbook to -o FILE.</source>
            <translation>将通讯录写成 xlsx 工作簿，存到 -o 指定的文件。</translation>
        </message>
        <message>
            <source>Write the figures as an Excel workbook: to FILE (the PDF still goes to -o), or without FILE to -o instead of a PDF.</source>
            <translation>将统计数据导出为 Excel 工作簿：写入 FILE（PDF 仍写入 -o），未给 FILE 时写入 -o 而不生成 PDF。</translation>
        </message>
        <message>
            <source>Write the leaders and liaison officers as vCard contacts (.vcf) to -o FILE.</source>
            <translation>将责任领导和联络员写成 vCard 联系人（.vcf），存到 -o 指定的文件。</translation>
        </message>
        <message>
            <source>Write the next sync package for an office into a folder (a USB stick).</source>
            <translation>为接收单位生成下一个数据包，写入指定文件夹（U盘）。</translation>
        </message>
        <message>
            <source>Write the note first.</source>
            <translation>请先填写备注内容。</translation>
        </message>
        <message>
            <source>Write the year's joint meetings (figures, meetings, decisions, tasks) as a PDF or an xlsx file.</source>
            <translation>将全年联席会议情况（数据、会议、议定事项、督办事项）写成 PDF 或 xlsx 文件。</translation>
        </message>
        <message>
            <source>Write this office's public key file for the partner office, and print its fingerprint.</source>
            <translation>写出供交换单位登记的本单位公钥文件，并显示其指纹。</translation>
        </message>
        <message>
            <source>Write to the folder</source>
            <translation>写入文件夹</translation>
        </message>
        <message>
            <source>Write “{section}” before the report is finalised.</source>
            <translation>定稿前请填写“{section}”。</translation>
        </message>
        <message>
            <source>Writing the package…</source>
            <translation>正在写出数据包…</translation>
        </message>
        <message>
            <source>Written inspection</source>
            <translation>书面检查</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>导出时间</translation>
        </message>
        <message>
            <source>Written: {path}</source>
            <translation>已生成：{path}</translation>
        </message>
        <message>
            <source>Written: {path} (package No. {seq} to office {office}, {rows} records, {receipts} receipts).</source>
            <translation>已写出：{path}（发往{office}单位的第 {seq} 号数据包，记录 {rows} 条，回执 {receipts} 份）。</translation>
        </message>
        <message>
            <source>Written: {path} ({count} contacts).</source>
            <translation>已生成：{path}（联系人{count}个）。</translation>
        </message>
        <message>
            <source>Written: {path} ({count} entries).</source>
            <translation>已写入：{path}（共{count}条）。</translation>
        </message>
        <message>
            <source>Written: {path} ({count} units).</source>
            <translation>已生成：{path}（成员单位{count}个）。</translation>
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
            <source>XiaoBiaoSong (titles)</source>
            <translation>小标宋（标题）</translation>
        </message>
        <message>
            <source>YEAR</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <source>Year of the number</source>
            <translation>文号年份</translation>
        </message>
        <message>
            <source>Year of the report</source>
            <translation>报告年度</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>Yes (listed)</source>
            <translation>有</translation>
        </message>
        <message>
            <source>Yes: after the date asked for</source>
            <translation>是：超过要求回复日期</translation>
        </message>
        <message>
            <source>Yes: after the due date</source>
            <translation>是：超过反馈期限</translation>
        </message>
        <message>
            <source>Yes: in force today</source>
            <translation>是：今日有效</translation>
        </message>
        <message>
            <source>Yes: the feedback is overdue</source>
            <translation>是：已超过反馈期限仍未反馈</translation>
        </message>
        <message>
            <source>You can look at the settings; changing them needs an administrator or the head of office.</source>
            <translation>您可以查看设置；修改设置需要管理员或负责人权限。</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>不能停用您自己的账户。</translation>
        </message>
        <message>
            <source>You have already looked at it: tick the step off without opening the page</source>
            <translation>已经看过：不打开页面，直接将此步骤标为完成</translation>
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
            <source>Your role does not allow this step; ask the administrator.</source>
            <translation>您的角色不能执行此步骤，请联系管理员。</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++)</source>
            <translation>放大（Ctrl++）</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+-)</source>
            <translation>缩小（Ctrl+-）</translation>
        </message>
        <message>
            <source>[Optional]</source>
            <translation>【选填】</translation>
        </message>
        <message>
            <source>[Required]</source>
            <translation>【必填】</translation>
        </message>
        <message>
            <source>a credit commitment has been made</source>
            <translation>已作出信用承诺</translation>
        </message>
        <message>
            <source>a decision</source>
            <translation>作出书面处理决定</translation>
        </message>
        <message>
            <source>a holiday ({name})</source>
            <translation>{name}假期</translation>
        </message>
        <message>
            <source>a record of office {office} already has this id</source>
            <translation>本库中已有同一标识（id）的{office}单位记录</translation>
        </message>
        <message>
            <source>a rest day</source>
            <translation>休息日</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>受理</translation>
        </message>
        <message>
            <source>active</source>
            <translation>在用</translation>
        </message>
        <message>
            <source>agencies: at least {share} %</source>
            <translation>代理机构不低于{share}%</translation>
        </message>
        <message>
            <source>all records</source>
            <translation>全部记录</translation>
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
            <source>at least {count} per grade</source>
            <translation>每个等级不少于{count}个</translation>
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
            <source>before an import</source>
            <translation>导入前</translation>
        </message>
        <message>
            <source>before an upgrade</source>
            <translation>升级前自动备份</translation>
        </message>
        <message>
            <source>black: the blacklist; red: the redlist.</source>
            <translation>black：黑名单；red：红名单。</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>日</translation>
        </message>
        <message>
            <source>change decided</source>
            <translation>调整确定</translation>
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
            <source>complaint (case)</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>complaints</source>
            <translation>件</translation>
        </message>
        <message>
            <source>completed {period}</source>
            <translation>完成时间{period}</translation>
        </message>
        <message>
            <source>convened by {unit}</source>
            <translation>召集单位：{unit}</translation>
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
            <source>credit: a unified social credit code; id: an ID card number (default: either).</source>
            <translation>credit：统一社会信用代码；id：身份证号（默认自动判断）。</translation>
        </message>
        <message>
            <source>database file or URL (default: JIANGUAN_DB or the data folder)</source>
            <translation>数据库文件或地址（默认：JIANGUAN_DB 环境变量或数据文件夹）</translation>
        </message>
        <message>
            <source>days</source>
            <translation>日</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>决定书</translation>
        </message>
        <message>
            <source>deleted records included</source>
            <translation>含已删除记录</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>draw record</source>
            <translation>抽取记录</translation>
        </message>
        <message>
            <source>e.g. talked to the company and put it on the focus list; kept with the mark and in the audit log</source>
            <translation>如：已约谈该企业并列入重点关注对象；与处理标记一并保存，并记入审计日志</translation>
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
            <source>every industry</source>
            <translation>所有行业</translation>
        </message>
        <message>
            <source>female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>free font installed with the program</source>
            <translation>随程序安装的免费字体</translation>
        </message>
        <message>
            <source>from the office's fonts folder</source>
            <translation>来自本单位字体文件夹</translation>
        </message>
        <message>
            <source>held on {day}</source>
            <translation>{day}召开</translation>
        </message>
        <message>
            <source>holiday</source>
            <translation>假期</translation>
        </message>
        <message>
            <source>industry: {industry}</source>
            <translation>行业：{industry}</translation>
        </message>
        <message>
            <source>inspection batch</source>
            <translation>抽查批次</translation>
        </message>
        <message>
            <source>inspection completed</source>
            <translation>检查办结</translation>
        </message>
        <message>
            <source>inspection plan</source>
            <translation>抽查计划</translation>
        </message>
        <message>
            <source>installed on this computer</source>
            <translation>本机已安装</translation>
        </message>
        <message>
            <source>it belongs to office {office}, not to the office that sent the package</source>
            <translation>该记录属于{office}单位，不属于发送数据包的单位</translation>
        </message>
        <message>
            <source>it is a record of this office, which only this office changes</source>
            <translation>该记录属于本单位，只能由本单位修改</translation>
        </message>
        <message>
            <source>it lacks “{column}”</source>
            <translation>缺少“{column}”</translation>
        </message>
        <message>
            <source>its number or code is already taken by another record here</source>
            <translation>其编号或代码已被本单位的其他记录使用</translation>
        </message>
        <message>
            <source>jianguan-desktop {version} (database version {revision})</source>
            <translation>jianguan-desktop {version}（数据库版本 {revision}）</translation>
        </message>
        <message>
            <source>knew of the matter</source>
            <translation>知道投诉事项</translation>
        </message>
        <message>
            <source>letter sent</source>
            <translation>发函</translation>
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
            <source>male</source>
            <translation>男</translation>
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
            <source>month</source>
            <translation>月</translation>
        </message>
        <message>
            <source>months</source>
            <translation>个月</translation>
        </message>
        <message>
            <source>no log could be written</source>
            <translation>无法写入日志</translation>
        </message>
        <message>
            <source>no objects</source>
            <translation>无检查对象</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>未登记</translation>
        </message>
        <message>
            <source>none yet (the program writes version {program})</source>
            <translation>尚无（本程序使用版本 {program}）</translation>
        </message>
        <message>
            <source>not named yet</source>
            <translation>尚未指定</translation>
        </message>
        <message>
            <source>not reached</source>
            <translation>未达到</translation>
        </message>
        <message>
            <source>not set up yet</source>
            <translation>尚未初始化</translation>
        </message>
        <message>
            <source>notice</source>
            <translation>通知书</translation>
        </message>
        <message>
            <source>notice of not opening a case received</source>
            <translation>收到不予立案通知书</translation>
        </message>
        <message>
            <source>objection</source>
            <translation>异议</translation>
        </message>
        <message>
            <source>of which extra meetings</source>
            <translation>其中：专题会议（次）</translation>
        </message>
        <message>
            <source>of which overdue</source>
            <translation>其中：逾期（项）</translation>
        </message>
        <message>
            <source>of which regular meetings</source>
            <translation>其中：定期会议（次）</translation>
        </message>
        <message>
            <source>on quitting</source>
            <translation>退出时自动备份</translation>
        </message>
        <message>
            <source>on the black list</source>
            <translation>列入黑名单</translation>
        </message>
        <message>
            <source>on the black list ({number}, published until {end})</source>
            <translation>列入黑名单（{number}，公布至{end}）</translation>
        </message>
        <message>
            <source>on time (due {due})</source>
            <translation>按期办理（期限至{due}）</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>persons</source>
            <translation>人</translation>
        </message>
        <message>
            <source>planned for {day}</source>
            <translation>计划{day}召开</translation>
        </message>
        <message>
            <source>publication time limit</source>
            <translation>公示期限</translation>
        </message>
        <message>
            <source>reached</source>
            <translation>已达到</translation>
        </message>
        <message>
            <source>received</source>
            <translation>收到</translation>
        </message>
        <message>
            <source>report (case)</source>
            <translation>举报</translation>
        </message>
        <message>
            <source>reporting time limit</source>
            <translation>报送期限</translation>
        </message>
        <message>
            <source>rows</source>
            <translation>行</translation>
        </message>
        <message>
            <source>search “{text}”</source>
            <translation>检索“{text}”</translation>
        </message>
        <message>
            <source>see confidential personal data</source>
            <translation>查看保密的个人信息</translation>
        </message>
        <message>
            <source>since {day}</source>
            <translation>自{day}起</translation>
        </message>
        <message>
            <source>small: a few of everything; large: more users and history.</source>
            <translation>small：少量演示数据；large：更多用户和操作记录。</translation>
        </message>
        <message>
            <source>supplement requested</source>
            <translation>发出补正通知</translation>
        </message>
        <message>
            <source>the Regulations on Letters and Visits</source>
            <translation>《信访工作条例》</translation>
        </message>
        <message>
            <source>the attached file is missing from the package</source>
            <translation>数据包中缺少该附件文件</translation>
        </message>
        <message>
            <source>the business licence, qualification certificates and the files of the trading activities concerned</source>
            <translation>营业执照、资质证书及相关交易活动资料</translation>
        </message>
        <message>
            <source>the business licence, the agency contracts and the files of the projects the agency handled</source>
            <translation>营业执照、代理合同及所代理项目的档案资料</translation>
        </message>
        <message>
            <source>the conduct has been corrected</source>
            <translation>已纠正失信行为</translation>
        </message>
        <message>
            <source>the day the complainant knew or should have known</source>
            <translation>知道或者应当知道之日</translation>
        </message>
        <message>
            <source>the day the complaint was accepted</source>
            <translation>受理之日</translation>
        </message>
        <message>
            <source>the day the complaint was received</source>
            <translation>收到投诉之日</translation>
        </message>
        <message>
            <source>the evaluation reports signed and the records of the evaluations attended</source>
            <translation>本人签署的评标（评审）报告及参加评标评审活动的相关记录</translation>
        </message>
        <message>
            <source>the handling</source>
            <translation>办结</translation>
        </message>
        <message>
            <source>the inspector {name} ({number})</source>
            <translation>检查人员{name}（{number}）</translation>
        </message>
        <message>
            <source>the item “{name}”</source>
            <translation>事项“{name}”</translation>
        </message>
        <message>
            <source>the last day {day} is {rest}, so the deadline moves to the next working day</source>
            <translation>期满日{day}为{rest}，顺延至其后第一个工作日</translation>
        </message>
        <message>
            <source>the laws, regulations and rules that apply</source>
            <translation>有关法律、法规和规章</translation>
        </message>
        <message>
            <source>the meeting {number} “{title}”</source>
            <translation>会议 {number}“{title}”</translation>
        </message>
        <message>
            <source>the member unit “{name}”</source>
            <translation>成员单位“{name}”</translation>
        </message>
        <message>
            <source>the obligations have been fulfilled</source>
            <translation>已履行相关义务</translation>
        </message>
        <message>
            <source>the system's default (no Chinese interface font found)</source>
            <translation>系统默认字体（未找到中文界面字体）</translation>
        </message>
        <message>
            <source>the tender or procurement documents, bids, the evaluation report, the notice of award, the contract and the other files of the project</source>
            <translation>招标（采购）文件、投标（响应）文件、评标（评审）报告、中标（成交）通知书、合同及项目其他相关资料</translation>
        </message>
        <message>
            <source>the value of “{column}” cannot be read</source>
            <translation>“{column}”的值无法读取</translation>
        </message>
        <message>
            <source>the {kind} you made by {channel} on {date} (number {number})</source>
            <translation>你（单位）于{date}以{channel}方式提出的{kind}（编号：{number}）</translation>
        </message>
        <message>
            <source>this program's policy, set in the settings</source>
            <translation>本程序的规定，可在设置中修改</translation>
        </message>
        <message>
            <source>times</source>
            <translation>次</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>transfer accepted</source>
            <translation>接受移送</translation>
        </message>
        <message>
            <source>transferred</source>
            <translation>转办</translation>
        </message>
        <message>
            <source>transferred (receipt not yet recorded)</source>
            <translation>移送（尚未登记签收日期，暂按移送日计算）</translation>
        </message>
        <message>
            <source>vacant</source>
            <translation>空缺</translation>
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
            <source>working days</source>
            <translation>个工作日</translation>
        </message>
        <message>
            <source>write and read sync packages</source>
            <translation>导出和导入同步包</translation>
        </message>
        <message>
            <source>years</source>
            <translation>年</translation>
        </message>
        <message>
            <source>you (a person)</source>
            <translation>你</translation>
        </message>
        <message>
            <source>your organisation</source>
            <translation>你单位</translation>
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
            <source>{choices} and {count} more (see the drop-down list in the template)</source>
            <translation>{choices}等，另有 {count} 项（见模板中的下拉列表）</translation>
        </message>
        <message>
            <source>{code}: a valid {kind}.</source>
            <translation>{code}：有效的{kind}。</translation>
        </message>
        <message>
            <source>{code}: not a valid {kind}. {reason}</source>
            <translation>{code}：不是有效的{kind}。{reason}</translation>
        </message>
        <message>
            <source>{column} contains “{text}”</source>
            <translation>{column}含“{text}”</translation>
        </message>
        <message>
            <source>{column} from {low}</source>
            <translation>{column}自{low}起</translation>
        </message>
        <message>
            <source>{column} from {low} to {high}</source>
            <translation>{column}自{low}至{high}</translation>
        </message>
        <message>
            <source>{column} up to {high}</source>
            <translation>{column}至{high}</translation>
        </message>
        <message>
            <source>{count} attendees</source>
            <translation>参会{count}人</translation>
        </message>
        <message>
            <source>{count} cancelled</source>
            <translation>已撤销{count}项</translation>
        </message>
        <message>
            <source>{count} complaints or reports about “{name}” were received from {since} to {today} (the warning is at {threshold}); the latest on {last}. Consider it for the focus list (重点关注对象).</source>
            <translation>{since}至{today}共收到涉及“{name}”的投诉举报 {count} 件（预警阈值 {threshold} 件），最近一件收到于{last}。建议列入重点关注对象名单。</translation>
        </message>
        <message>
            <source>{count} county offices and the city office; inspections of {year}, the rest as of {day}.</source>
            <translation>共 {count} 个县级单位和市级公管办；检查按 {year} 年度计划统计，其余截至 {day}。</translation>
        </message>
        <message>
            <source>{count} days is more than ten years; check the number.</source>
            <translation>{count} 天已超过十年，请核对天数。</translation>
        </message>
        <message>
            <source>{count} done</source>
            <translation>已办结{count}项</translation>
        </message>
        <message>
            <source>{count} due dates fall in a year whose holidays are not entered in the calendar: check them.</source>
            <translation>有 {count} 个期限落在节假日尚未录入的年份，请核对。</translation>
        </message>
        <message>
            <source>{count} due within {days} working days.</source>
            <translation>{count} 件将在 {days} 个工作日内到期。</translation>
        </message>
        <message>
            <source>{count} entries in force on that day.</source>
            <translation>该日有效的名单信息共{count}条。</translation>
        </message>
        <message>
            <source>{count} entries were closed as expired.</source>
            <translation>已将{count}条名单信息办结为“公示期满”。</translation>
        </message>
        <message>
            <source>{count} entries whose publication period has ended were closed as expired.</source>
            <translation>已将{count}条公示期已满的名单记录标记为公示期满。</translation>
        </message>
        <message>
            <source>{count} in progress</source>
            <translation>在办{count}项</translation>
        </message>
        <message>
            <source>{count} items of material are attached, as listed below:</source>
            <translation>随案移送材料共 {count} 项，清单如下：</translation>
        </message>
        <message>
            <source>{count} listed entries have passed the end of their publication period and are no longer in force. Record them as “period expired”?</source>
            <translation>有{count}条已列入的名单信息公示期已满，已不再有效。是否办结为“公示期满”？</translation>
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
            <source>{count} more rejected rows were not kept with the summary; only the first {kept} are listed.</source>
            <translation>另有 {count} 条拒收记录未随导入结果保存明细，以上仅列出前 {kept} 条。</translation>
        </message>
        <message>
            <source>{count} or more</source>
            <translation>不少于{count}</translation>
        </message>
        <message>
            <source>{count} overdue.</source>
            <translation>{count} 件已逾期。</translation>
        </message>
        <message>
            <source>{count} packages written, {waiting} of them without a receipt yet.</source>
            <translation>共导出 {count} 个数据包，其中 {waiting} 个尚未回执。</translation>
        </message>
        <message>
            <source>{count} pages sent to the printer.</source>
            <translation>已将 {count} 页送往打印机。</translation>
        </message>
        <message>
            <source>{count} problems saved to {path}</source>
            <translation>已将 {count} 个问题保存到 {path}</translation>
        </message>
        <message>
            <source>{count} records</source>
            <translation>共 {count} 条</translation>
        </message>
        <message>
            <source>{count} records were imported.</source>
            <translation>已导入 {count} 条记录。</translation>
        </message>
        <message>
            <source>{count} rows with problems were skipped.</source>
            <translation>跳过了有问题的 {count} 行。</translation>
        </message>
        <message>
            <source>{count} running deadlines moved with this change.</source>
            <translation>本次修改使 {count} 个正在计算的期限发生了变化。</translation>
        </message>
        <message>
            <source>{count} settings saved.</source>
            <translation>已保存 {count} 项设置。</translation>
        </message>
        <message>
            <source>{count} users so far</source>
            <translation>目前共 {count} 个用户</translation>
        </message>
        <message>
            <source>{count} warnings marked handled.</source>
            <translation>已处理预警 {count} 条。</translation>
        </message>
        <message>
            <source>{count} warnings.</source>
            <translation>共 {count} 条预警。</translation>
        </message>
        <message>
            <source>{count} warnings; the first {shown} are listed. Choose a rule to see the others.</source>
            <translation>共 {count} 条预警，列出前 {shown} 条。请选择规则查看其余预警。</translation>
        </message>
        <message>
            <source>{count} working days</source>
            <translation>{count}个工作日</translation>
        </message>
        <message>
            <source>{count} working days late (due {due})</source>
            <translation>逾期 {count} 个工作日（期限至{due}）</translation>
        </message>
        <message>
            <source>{database} (newer than this program's {program})</source>
            <translation>{database}（比本程序的 {program} 新）</translation>
        </message>
        <message>
            <source>{database} (older than this program's {program}; it is upgraded when the program starts)</source>
            <translation>{database}（比本程序的 {program} 旧，程序启动时会升级）</translation>
        </message>
        <message>
            <source>{database} (the same as this program's)</source>
            <translation>{database}（与本程序一致）</translation>
        </message>
        <message>
            <source>{date} ({weekday}), at ＿＿:＿＿</source>
            <translation>{date}（{weekday}）＿＿时＿＿分</translation>
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
            <source>{days} make-up working day</source>
            <translation>{days}调休上班</translation>
        </message>
        <message>
            <source>{days} make-up working day ({name})</source>
            <translation>{days}调休上班（{name}）</translation>
        </message>
        <message>
            <source>{day} (day of the month)</source>
            <translation>{day}日</translation>
        </message>
        <message>
            <source>{day} is a {weekday}, a working day anyway: a make-up working day is a Saturday or Sunday.</source>
            <translation>{day}是{weekday}，本来就是工作日；调休上班日只能是星期六或星期日。</translation>
        </message>
        <message>
            <source>{departments} (joint inspection, led by the first)</source>
            <translation>{departments}（联合检查，由第一个部门牵头）</translation>
        </message>
        <message>
            <source>{done} of {count} steps done</source>
            <translation>已完成 {done}/{count} 步</translation>
        </message>
        <message>
            <source>{done} of {total} rows written</source>
            <translation>已写入 {done} / {total} 条</translation>
        </message>
        <message>
            <source>{family}; licence: {licence}</source>
            <translation>{family}；许可：{licence}</translation>
        </message>
        <message>
            <source>{field} cannot be in the future.</source>
            <translation>{field}不能晚于今天。</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} 至 {last}</translation>
        </message>
        <message>
            <source>{ground} ({basis})</source>
            <translation>{ground}（依据{basis}）</translation>
        </message>
        <message>
            <source>{handling}: {note}</source>
            <translation>{handling}：{note}</translation>
        </message>
        <message>
            <source>{header} (column {letter})</source>
            <translation>{header}（{letter}列）</translation>
        </message>
        <message>
            <source>{items} items, {copies} copies in all</source>
            <translation>共 {items} 项 {copies} 份</translation>
        </message>
        <message>
            <source>{key} appears twice.</source>
            <translation>{key} 重复出现。</translation>
        </message>
        <message>
            <source>{label} {count} days, due {due}</source>
            <translation>{label} {count} 日，截止 {due}</translation>
        </message>
        <message>
            <source>{label} {count} working days, due {due}</source>
            <translation>{label} {count} 个工作日，截止 {due}</translation>
        </message>
        <message>
            <source>{label}: now {value}.</source>
            <translation>{label}：现为 {value}。</translation>
        </message>
        <message>
            <source>{label}: {text}</source>
            <translation>{label}：{text}</translation>
        </message>
        <message>
            <source>{limit}: due {date}</source>
            <translation>{limit}：{date}截止</translation>
        </message>
        <message>
            <source>{limit}: {count} {unit} from {anchor} ({source})</source>
            <translation>{limit}：自{anchor}起 {count} {unit}（{source}）</translation>
        </message>
        <message>
            <source>{list} publication list {day}</source>
            <translation>{list}公示表{day}</translation>
        </message>
        <message>
            <source>{list} {count}</source>
            <translation>{list}{count}条</translation>
        </message>
        <message>
            <source>{list} “{name}”: publication ends</source>
            <translation>{list}“{name}”公示期届满</translation>
        </message>
        <message>
            <source>{month}/{day}</source>
            <translation>{month}月{day}日</translation>
        </message>
        <message>
            <source>{name} (certificate {cert})</source>
            <translation>{name}（执法证号：{cert}）</translation>
        </message>
        <message>
            <source>{name} (lot {lot})</source>
            <translation>{name}（标段：{lot}）</translation>
        </message>
        <message>
            <source>{name} ({code_label}: {code}) was placed on the {list} by {department} on {decided} in accordance with {basis} (entry {number}); the publication period was from {start} to {end}.</source>
            <translation>{name}（{code_label}：{code}）于{decided}经{department}依据{basis}认定列入{list}（名单编号：{number}），公示期自{start}起至{end}止。</translation>
        </message>
        <message>
            <source>{name} ({code})</source>
            <translation>{name}（编码：{code}）</translation>
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation>{name}（{kind}）</translation>
        </message>
        <message>
            <source>{name} ({post})</source>
            <translation>{name}（{post}）</translation>
        </message>
        <message>
            <source>{name} cannot be opened: you may not have permission to read it, or another program is using it. Close it there and try again.</source>
            <translation>无法打开 {name}：您可能没有读取权限，或该文件正被其他程序占用。请在该程序中关闭文件后重试。</translation>
        </message>
        <message>
            <source>{name} cannot be opened: {error}</source>
            <translation>无法打开 {name}：{error}</translation>
        </message>
        <message>
            <source>{name} document</source>
            <translation>{name}文件</translation>
        </message>
        <message>
            <source>{name} has the column headers but no rows under them; nothing was imported.</source>
            <translation>{name} 只有表头，没有数据行，未导入任何数据。</translation>
        </message>
        <message>
            <source>{name} holds no data: its sheets are empty.</source>
            <translation>{name} 没有任何内容：所有工作表都是空的。</translation>
        </message>
        <message>
            <source>{name} holiday</source>
            <translation>{name}假期</translation>
        </message>
        <message>
            <source>{name} is a binary Excel workbook (.xlsb). Open it in Excel, save it as an Excel workbook (.xlsx), then import that file.</source>
            <translation>{name} 是二进制 Excel 工作簿（.xlsb）。请用 Excel 打开，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
        </message>
        <message>
            <source>{name} is a text (CSV) file, not an Excel workbook. Open it in Excel or WPS, save it as an Excel workbook (.xlsx), then import that file.</source>
            <translation>{name} 是文本文件（CSV），不是 Excel 工作簿。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
        </message>
        <message>
            <source>{name} is a web page or XML file saved under an Excel name, not an Excel workbook. Open it in Excel or WPS, save it as an Excel workbook (.xlsx), then import that file.</source>
            <translation>{name} 实际上是网页或 XML 文件，只是用了 Excel 的文件名，并不是 Excel 工作簿。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
        </message>
        <message>
            <source>{name} is an old-format Excel workbook (.xls, Excel 97–2003), whatever its name says. Open it in Excel or WPS, save it as an Excel workbook (.xlsx), then import that file.</source>
            <translation>{name} 是旧版 Excel 工作簿（.xls，Excel 97—2003 格式），与文件扩展名无关。请用 Excel 或 WPS 打开，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
        </message>
        <message>
            <source>{name} is damaged and cannot be read as an Excel workbook. Open it in Excel (which may offer to repair it), save it again, then import that file.</source>
            <translation>{name} 已损坏，无法作为 Excel 工作簿读取。请用 Excel 打开检查（Excel 可能会提示修复），重新保存后再导入。</translation>
        </message>
        <message>
            <source>{name} is empty (0 bytes).</source>
            <translation>{name} 是空文件（0 字节）。</translation>
        </message>
        <message>
            <source>{name} is not a head of the office; only a head of the office can approve an extension.</source>
            <translation>{name}不是本单位负责人，延期只能由负责人批准。</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook (it may be a Word document or another kind of file). Choose the .xlsx file.</source>
            <translation>{name} 不是 Excel 工作簿（可能是 Word 文档或其他类型的文件）。请选择 .xlsx 文件。</translation>
        </message>
        <message>
            <source>{name} is protected with a password, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password, then clear it), save it and import it again.</source>
            <translation>{name} 设置了打开密码，无法读取。请在 Excel 中打开，取消密码（依次点击“文件 › 信息 › 保护工作簿 › 用密码进行加密”，清空密码），保存后再导入。</translation>
        </message>
        <message>
            <source>{name} is {size} MB; files larger than {limit} MB are not imported (see the import settings). Split the list into smaller files.</source>
            <translation>{name} 大小为 {size} MB，超过 {limit} MB 的文件不能导入（见“导入”设置）。请把清单拆分成几个较小的文件。</translation>
        </message>
        <message>
            <source>{name} problems.xlsx</source>
            <translation>{name}-问题清单.xlsx</translation>
        </message>
        <message>
            <source>{name} public key</source>
            <translation>{name}公钥</translation>
        </message>
        <message>
            <source>{name}: signature {blank}</source>
            <translation>{name}  签字：{blank}</translation>
        </message>
        <message>
            <source>{name}: the plan has no ratio for the stratum {stratum}.</source>
            <translation>{name}：抽查计划未规定 {stratum} 档的抽查比例。</translation>
        </message>
        <message>
            <source>{name}: the risk level must be 1, 2 or 3.</source>
            <translation>{name}：风险等级应为 1、2 或 3。</translation>
        </message>
        <message>
            <source>{name}: unknown kind of object {kind}.</source>
            <translation>{name}：未知的检查对象类别 {kind}。</translation>
        </message>
        <message>
            <source>{name}: {content}</source>
            <translation>{name}：{content}</translation>
        </message>
        <message>
            <source>{number} belongs to {draw}, which a redraw has superseded: record the result on an object of the valid draw.</source>
            <translation>{number}属于已被重新抽取替代的{draw}：请在有效抽取结果的检查对象上登记检查结果。</translation>
        </message>
        <message>
            <source>{number} has already been superseded by a redraw.</source>
            <translation>{number} 已被重新抽取取代。</translation>
        </message>
        <message>
            <source>{number} has not been accepted ({status}); there is no acceptance notice to print.</source>
            <translation>{number}尚未受理（{status}），不能出具受理通知书。</translation>
        </message>
        <message>
            <source>{number} has {count} extensions; give “{number}#1” to “{number}#{count}”.</source>
            <translation>{number}共延期{count}次，请输入“{number}#1”至“{number}#{count}”。</translation>
        </message>
        <message>
            <source>{number} is already closed.</source>
            <translation>{number}已经办结或撤销。</translation>
        </message>
        <message>
            <source>{number} is still open.</source>
            <translation>{number}尚在办理中。</translation>
        </message>
        <message>
            <source>{number} to {recipient}: decision on opening a case</source>
            <translation>{number} 移送{recipient}：立案决定</translation>
        </message>
        <message>
            <source>{number} to {recipient}: feedback</source>
            <translation>{number} 移送{recipient}：反馈</translation>
        </message>
        <message>
            <source>{number} to {unit}: written reply</source>
            <translation>{number} 致{unit}：书面回复</translation>
        </message>
        <message>
            <source>{number} was not refused ({status}); there is no notice of non-acceptance to print.</source>
            <translation>{number}未作出不予受理决定（{status}），不能出具不予受理通知书。</translation>
        </message>
        <message>
            <source>{number} was not transferred ({status}); there is no transfer letter to print.</source>
            <translation>{number}未转办（{status}），不能出具转办函。</translation>
        </message>
        <message>
            <source>{number} {limit}</source>
            <translation>{number}的{limit}</translation>
        </message>
        <message>
            <source>{number}, held on {day}. Each task names the unit in charge and the day it is to be done by; a task left empty is not recorded.</source>
            <translation>{number}，{day}召开。每项督办事项须指定责任单位和办理期限；空白的督办事项不登记。</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>{number}: NOT consistent. Differences found:</source>
            <translation>{number}：不一致。发现以下差异：</translation>
        </message>
        <message>
            <source>{number}: consistent. Re-run from its record, the draw gives exactly the recorded result.</source>
            <translation>{number}：一致。按记录重新运行，得出的结果与记录完全相同。</translation>
        </message>
        <message>
            <source>{number}: the draw does NOT match its record.</source>
            <translation>{number}：抽取结果与记录不一致！</translation>
        </message>
        <message>
            <source>{number}: the draw re-runs from its record to the same result.</source>
            <translation>{number}：按记录重新运行，结果一致。</translation>
        </message>
        <message>
            <source>{number}: the police did not open a case; reconsideration may be requested</source>
            <translation>{number}：公安机关不予立案，可提请复议</translation>
        </message>
        <message>
            <source>{number}: to {unit} about {matter}; {status}.</source>
            <translation>{number}：致{unit}，关于{matter}；{status}。</translation>
        </message>
        <message>
            <source>{number}: {matter}, to {recipient}; {status}.</source>
            <translation>{number}：{matter}，移送{recipient}；{status}。</translation>
        </message>
        <message>
            <source>{number}: {name} ({code}), {list}, {status}.</source>
            <translation>{number}：{name}（{code}），名单类别为{list}，当前状态为{status}。</translation>
        </message>
        <message>
            <source>{number}: {object} ({kind}, grade {grade}); inspectors: {inspectors}; drawn in {draw}.</source>
            <translation>{number}：{object}（{kind}，{grade}级）；检查人员：{inspectors}；抽取记录：{draw}。</translation>
        </message>
        <message>
            <source>{number}: {status}. No time limit is running.</source>
            <translation>{number}：{status}。当前没有正在计算的时限。</translation>
        </message>
        <message>
            <source>{number}: {status}. The time limit stands still since {day} ({kind}: {reason}); it runs on when handling is resumed.</source>
            <translation>{number}：{status}。自{day}起暂停计时（{kind}：{reason}），恢复办理后继续计算。</translation>
        </message>
        <message>
            <source>{number}: {status}. {limit} due on {due}.</source>
            <translation>{number}：{status}。{limit}截止日期为{due}。</translation>
        </message>
        <message>
            <source>{number}: {unit}, {text}</source>
            <translation>{number}：{unit}，{text}</translation>
        </message>
        <message>
            <source>{office_name} ({office_code})</source>
            <translation>{office_name}（{office_code}）</translation>
        </message>
        <message>
            <source>{office} (seal)
Date: ＿＿年＿月＿日</source>
            <translation>{office}（盖章）
日期：＿＿年＿月＿日</translation>
        </message>
        <message>
            <source>{office} {title}</source>
            <translation>{office}{title}</translation>
        </message>
        <message>
            <source>{office} {title} (as of {date})</source>
            <translation>{office}{title}（截至{date}）</translation>
        </message>
        <message>
            <source>{office} {title}: {batch}</source>
            <translation>{office}{title}（{batch}）</translation>
        </message>
        <message>
            <source>{office}　Records: {conditions}　Printed on {date}　{count} rows</source>
            <translation>{office}　范围：{conditions}　打印日期：{date}　共{count}条</translation>
        </message>
        <message>
            <source>{office}　{count} member units　The holders of the posts on {date}</source>
            <translation>{office}　成员单位{count}个　{date}在岗人员</translation>
        </message>
        <message>
            <source>{origin}; a stand-in</source>
            <translation>{origin}；代用字体</translation>
        </message>
        <message>
            <source>{overdue} are overdue (in red): ask whether they arrived.</source>
            <translation>其中 {overdue} 个已逾期（红色）：请核实对方是否收到。</translation>
        </message>
        <message>
            <source>{party} has corrected the conduct, fulfilled its obligations and made a credit commitment, meeting the conditions for credit repair; credit repair was granted on {day}.</source>
            <translation>{party}已纠正失信行为、履行相关义务并作出信用承诺，符合信用修复条件，已于{day}准予信用修复。</translation>
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
            <source>{path} is a folder, not a file.</source>
            <translation>{path} 是文件夹，不是文件。</translation>
        </message>
        <message>
            <source>{path}; process {pid} on the computer {host}, since {time}</source>
            <translation>{path}；计算机 {host} 上的进程 {pid}，{time} 起</translation>
        </message>
        <message>
            <source>{period} holiday: {name}, {count} days</source>
            <translation>{period}放假：{name}，共 {count} 天</translation>
        </message>
        <message>
            <source>{period} not counted</source>
            <translation>{period}不计入期限</translation>
        </message>
        <message>
            <source>{period} {reason} not counted</source>
            <translation>{period}{reason}期间不计入</translation>
        </message>
        <message>
            <source>{plan} — batch {seq}: {title} ({status})</source>
            <translation>{plan}——第{seq}批：{title}（{status}）</translation>
        </message>
        <message>
            <source>{post} ({role})</source>
            <translation>{post}（{role}）</translation>
        </message>
        <message>
            <source>{preset}: {limit}</source>
            <translation>{preset}的{limit}</translation>
        </message>
        <message>
            <source>{problems} rows with problems will be skipped and {valid} rows imported. The skipped rows can be imported later from a corrected file. Continue?</source>
            <translation>将跳过有问题的 {problems} 行，导入 {valid} 行。跳过的行改正后可以再次导入。是否继续？</translation>
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
            <source>{register}: due on {due} ({when}).</source>
            <translation>{register}：{due}到期（{when}）。</translation>
        </message>
        <message>
            <source>{role} (signature)</source>
            <translation>{role}（签字）</translation>
        </message>
        <message>
            <source>{role} of {unit} since {since} (liaison directory as of {date})</source>
            <translation>{unit}{role}，{since}起任（截至{date}的联络通讯录）</translation>
        </message>
        <message>
            <source>{role}: {family} ({origin}); licence: {licence}; file: {file}</source>
            <translation>{role}：{family}（{origin}）；许可：{licence}；文件：{file}</translation>
        </message>
        <message>
            <source>{rows} of the {total} rows of {file} have problems (a dry run: nothing was imported).</source>
            <translation>{file} 共 {total} 行，其中 {rows} 行有问题（试运行，未导入任何数据）。</translation>
        </message>
        <message>
            <source>{rows} of the {total} rows of {name} have problems, so nothing was imported. Correct them (see the list) and import again, or choose to import only the rows without problems.</source>
            <translation>{name} 共 {total} 行，其中 {rows} 行有问题，未导入任何数据。请按问题清单修改后重新导入，或选择只导入没有问题的行。</translation>
        </message>
        <message>
            <source>{rule} It must not contain the user name. Nobody can read it back, so keep it safe; a forgotten password can only be reset by another administrator.</source>
            <translation>{rule}不得包含用户名。密码无法查看或找回，请妥善保管；忘记密码时只能由另一位管理员重置。</translation>
        </message>
        <message>
            <source>{severity} entries on the {list}</source>
            <translation>列入{list}的{severity}失信信息</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size}千字节</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size}兆字节</translation>
        </message>
        <message>
            <source>{size} objects in the pool, {drawn} to be drawn; {people} inspectors may be drawn.</source>
            <translation>抽取名录共{size}个对象，应抽取{drawn}个；可抽取的执法检查人员{people}名。</translation>
        </message>
        <message>
            <source>{source} (number {ref})</source>
            <translation>{source}（编号：{ref}）</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start}至{end}</translation>
        </message>
        <message>
            <source>{status}: {number}</source>
            <translation>{status}：{number}</translation>
        </message>
        <message>
            <source>{step} {rate}%</source>
            <translation>{step}{rate}%</translation>
        </message>
        <message>
            <source>{step}: average working days</source>
            <translation>{step}平均用时（工作日）</translation>
        </message>
        <message>
            <source>{step}: on-time rate (%)</source>
            <translation>{step}按期率（%）</translation>
        </message>
        <message>
            <source>{subject} are normally not published.</source>
            <translation>{subject}一般不予公示。</translation>
        </message>
        <message>
            <source>{subject} must end publication between {earliest} and {latest} ({low} to {high} months from the decision).</source>
            <translation>{subject}的公示截止日期应在{earliest}至{latest}之间（自认定决定之日起{low}至{high}个月）。</translation>
        </message>
        <message>
            <source>{text} (basis: {basis})</source>
            <translation>{text}（依据：{basis}）</translation>
        </message>
        <message>
            <source>{text} (unit in charge: {unit}; to be done by {date})</source>
            <translation>{text}（责任单位：{unit}；办理时限：{date}前）</translation>
        </message>
        <message>
            <source>{text} ({number})</source>
            <translation>{text}（{number}）</translation>
        </message>
        <message>
            <source>{text} ({source})</source>
            <translation>{text}（依据：{source}）</translation>
        </message>
        <message>
            <source>{text}. Unit in charge: {unit}; due on {due}.</source>
            <translation>{text}。责任单位：{unit}；办理期限：{due}。</translation>
        </message>
        <message>
            <source>{times} complaints within {months} months (latest: {number}, {matter})</source>
            <translation>{months}个月内被投诉{times}次（最近一次：{number}，{matter}）</translation>
        </message>
        <message>
            <source>{title} ({date})</source>
            <translation>{title}（{date}）</translation>
        </message>
        <message>
            <source>{title} import template.xlsx</source>
            <translation>{title}导入模板.xlsx</translation>
        </message>
        <message>
            <source>{title} list</source>
            <translation>{title}一览表</translation>
        </message>
        <message>
            <source>{total} entities matched; the first {shown} are shown.</source>
            <translation>匹配市场主体{total}个，此处列出最接近的{shown}个。</translation>
        </message>
        <message>
            <source>{unit} (convening unit)</source>
            <translation>{unit}（牵头单位）</translation>
        </message>
        <message>
            <source>{unit}: {names}</source>
            <translation>{unit}：{names}</translation>
        </message>
        <message>
            <source>{year} annual random inspection plan</source>
            <translation>{year}年度“双随机、一公开”抽查工作计划</translation>
        </message>
        <message>
            <source>{year} batch {seq}: {title} ({status})</source>
            <translation>{year}年第{seq}批：{title}（{status}）</translation>
        </message>
        <message>
            <source>{year}-{month}-{day}</source>
            <translation>{year}年{month}月{day}日</translation>
        </message>
        <message>
            <source>{year}: {title} ({status})</source>
            <translation>{year}年：{title}（{status}）</translation>
        </message>
        <message>
            <source>“{file}” is not a complete sync package: it lacks “{name}”.</source>
            <translation>“{file}”不是完整的数据同步包：缺少“{name}”。</translation>
        </message>
        <message>
            <source>“{job}” is still running. Wait until it has finished, or cancel it, and then quit.</source>
            <translation>“{job}”仍在进行中。请等待其完成或将其取消，然后再退出。</translation>
        </message>
        <message>
            <source>“{label}” cannot be before {first}.</source>
            <translation>“{label}”不能早于 {first}。</translation>
        </message>
        <message>
            <source>“{label}” cannot be less than {lowest}.</source>
            <translation>“{label}”不能小于 {lowest}。</translation>
        </message>
        <message>
            <source>“{label}” cannot be more than a year ahead (after {last}).</source>
            <translation>“{label}”不能晚于一年以后（{last}）。</translation>
        </message>
        <message>
            <source>“{label}” may have at most {count} characters; it has {length}.</source>
            <translation>“{label}”最多 {count} 个字，现有 {length} 个字。</translation>
        </message>
        <message>
            <source>“{label}” must be a date, such as 2026-11-21.</source>
            <translation>“{label}”须为日期，如 2026-11-21。</translation>
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
            <source>“{label}” must be between {lowest} and {highest}.</source>
            <translation>“{label}”应在 {lowest} 至 {highest} 之间。</translation>
        </message>
        <message>
            <source>“{label}” must be one of: {choices}.</source>
            <translation>“{label}”须为以下之一：{choices}。</translation>
        </message>
        <message>
            <source>“{label}” must be yes or no.</source>
            <translation>“{label}”只能填“是”或“否”。</translation>
        </message>
        <message>
            <source>“{limit}” is set in the notice itself, not by a rule.</source>
            <translation>“{limit}”由通知书载明，不由期限规则设定。</translation>
        </message>
        <message>
            <source>“{limit}” must be a whole number of at least 1 {unit}; {count} was given.</source>
            <translation>“{limit}”须为整数，至少为 1 {unit}，现为 {count}。</translation>
        </message>
        <message>
            <source>“{limit}” of {count} {unit} is too long; check the figure.</source>
            <translation>“{limit}”为 {count} {unit}，过长，请核对。</translation>
        </message>
        <message>
            <source>“{name}” ({code})</source>
            <translation>“{name}”（{code}）</translation>
        </message>
        <message>
            <source>“{name}” in the package does not match its checksum in the manifest.</source>
            <translation>数据包中的“{name}”与清单中的校验和不符。</translation>
        </message>
        <message>
            <source>“{name}” in the package holds more than it declares: the package was refused.</source>
            <translation>数据包中的“{name}”实际内容多于其声明的大小，已拒绝该数据包。</translation>
        </message>
        <message>
            <source>“{name}” in the package is damaged (its checksum does not match).</source>
            <translation>数据包中的“{name}”已损坏（校验和不符）。</translation>
        </message>
        <message>
            <source>“{name}” in the package is too large.</source>
            <translation>数据包中的“{name}”过大。</translation>
        </message>
        <message>
            <source>“{name}” in the package unpacks to far more than it holds (a “zip bomb”): the package was refused.</source>
            <translation>数据包中的“{name}”解压后远大于其压缩大小（疑似“zip 炸弹”），已拒绝该数据包。</translation>
        </message>
        <message>
            <source>“{name}” is a natural person, not a tenderer, bidder, agency or expert; only those are inspected.</source>
            <translation>“{name}”是自然人，不是招标人、投标人、代理机构或评标专家，不能作为检查对象。</translation>
        </message>
        <message>
            <source>“{name}” is already a member unit.</source>
            <translation>“{name}”已是成员单位。</translation>
        </message>
        <message>
            <source>“{name}” is already in the directory of objects; correct that record instead.</source>
            <translation>“{name}”已在检查对象名录库中，请修改原记录。</translation>
        </message>
        <message>
            <source>“{name}” is larger than {limit} MB; attach a smaller scan or raise the limit in the settings.</source>
            <translation>“{name}”超过 {limit} MB，请压缩扫描件或在设置中调高上限。</translation>
        </message>
        <message>
            <source>“{name}” is not a sync package, or it is damaged or cut short.</source>
            <translation>“{name}”不是数据同步包，或者文件已损坏、不完整。</translation>
        </message>
        <message>
            <source>“{name}” is the last active administrator and cannot be disabled.</source>
            <translation>“{name}”是最后一位在用的管理员，不能停用。</translation>
        </message>
        <message>
            <source>“{name}” was merged into another record and cannot be restored.</source>
            <translation>“{name}”已合并到另一条记录，不能恢复。</translation>
        </message>
        <message>
            <source>“{name}”, {listing}, bids for “{project}”</source>
            <translation>“{name}”{listing}，参与“{project}”投标</translation>
        </message>
        <message>
            <source>“{name}”, {listing}, in complaint {number}</source>
            <translation>“{name}”{listing}，涉及{number}</translation>
        </message>
        <message>
            <source>“{name}”, {listing}, in the inspection pool</source>
            <translation>“{name}”{listing}，列入检查对象名录库</translation>
        </message>
        <message>
            <source>“{name}”: problems found {years} years running</source>
            <translation>“{name}”：连续 {years} 年检查发现问题</translation>
        </message>
        <message>
            <source>“{name}”: {count} complaints in {months} months</source>
            <translation>“{name}”：{months} 个月内被投诉 {count} 件</translation>
        </message>
        <message>
            <source>“{object}” ({code}) was added to the directory of inspection objects on {day}; “{name}” is {listing}.</source>
            <translation>“{object}”（{code}）于{day}列入检查对象名录库；“{name}”{listing}。</translation>
        </message>
        <message>
            <source>“{object}” is not among the objects drawn for this batch.</source>
            <translation>“{object}”不在本批次的抽取结果中。</translation>
        </message>
        <message>
            <source>“{section}” has {count} characters; at most {limit}.</source>
            <translation>“{section}”共{count}个字符，最多{limit}个字符。</translation>
        </message>
        <message>
            <source>“{text}” is not a telephone number: write a landline with its area code (such as 0372-8123456, an extension after a dash) or an 11-digit mobile.</source>
            <translation>“{text}”不是有效的电话号码：固定电话请带区号（如 0372-8123456，分机号用短横线隔开），手机为 11 位数字。</translation>
        </message>
        <message>
            <source>“{text}” is not an e-mail address (such as gzb@hx.gov.cn).</source>
            <translation>“{text}”不是有效的电子邮箱地址（如 gzb@hx.gov.cn）。</translation>
        </message>
        <message>
            <source>“{title}” cannot be published yet: {count} of its results are still open (or it has not been drawn).</source>
            <translation>“{title}”尚不能公示：还有{count}个检查结果未办结（或尚未抽取）。</translation>
        </message>
        <message>
            <source>“{title}” is not completed yet: its publication deadline runs from the day its last result is closed.</source>
            <translation>“{title}”尚未完成检查：公示期限自最后一个检查结果办结之日起计算。</translation>
        </message>
        <message>
            <source>“{title}” was completed on {completed}; its results must be published by {due}.</source>
            <translation>“{title}”已于{completed}完成检查，应于{due}前公示抽查结果。</translation>
        </message>
        <message>
            <source>“{title}”: publish the inspection results</source>
            <translation>“{title}”：公示抽查结果</translation>
        </message>
        <message>
            <source>“{title}”: published on {day} ({channel}).</source>
            <translation>“{title}”：已于{day}公示（{channel}）。</translation>
        </message>
        <message>
            <source>“{unit}” has no liaison officer</source>
            <translation>“{unit}”无联络员</translation>
        </message>
        <message>
            <source>“{unit}” has no {posts}</source>
            <translation>“{unit}”缺少{posts}</translation>
        </message>
        <message>
            <source>“{value}” is not a code.</source>
            <translation>“{value}”不是编码。</translation>
        </message>
        <message>
            <source>“{value}” is not a code: a code has no decimal point.</source>
            <translation>“{value}”不是编码：编码中不能有小数点。</translation>
        </message>
        <message>
            <source>“{value}” is not a date. Type it as 2026-03-05 (2026.3.5, 2026/3/5 and 2026年3月5日 are fine too).</source>
            <translation>“{value}”不是日期。请按 2026-03-05 的格式填写（也可以写作 2026.3.5、2026/3/5 或 2026年3月5日）。</translation>
        </message>
        <message>
            <source>“{value}” is not a date; write it as 2026-11-21.</source>
            <translation>“{value}”不是日期，请按 2026-11-21 的格式填写。</translation>
        </message>
        <message>
            <source>“{value}” is not a number. Type digits only, such as 1234.50 (commas between thousands are fine).</source>
            <translation>“{value}”不是数字。请只填写数字，如 1234.50（可以用逗号分隔千位）。</translation>
        </message>
        <message>
            <source>“{value}” is not a positive whole number of days.</source>
            <translation>“{value}”不是正整数，天数应为大于零的整数。</translation>
        </message>
        <message>
            <source>“{value}” is not a real date: there is no month {month}.</source>
            <translation>“{value}”不是有效日期：没有 {month} 月。</translation>
        </message>
        <message>
            <source>“{value}” is not a real date: {month}/{year} has only {days} days.</source>
            <translation>“{value}”不是有效日期：{year}年{month}月只有 {days} 天。</translation>
        </message>
        <message>
            <source>“{value}” is not a whole number.</source>
            <translation>“{value}”不是整数。</translation>
        </message>
        <message>
            <source>“{value}” is not a year of a report; write it as 2026.</source>
            <translation>“{value}”不是有效的报告年度，请按 2026 的格式填写。</translation>
        </message>
        <message>
            <source>“{value}” is not a year; write it as 2026.</source>
            <translation>“{value}”不是年份，请按 2026 的格式填写。</translation>
        </message>
        <message>
            <source>“{value}” is not one of the choices: {choices}.</source>
            <translation>“{value}”不是可选的值。可选：{choices}。</translation>
        </message>
        <message>
            <source>“{value}”: the year {year} is out of range ({first}–{last}).</source>
            <translation>“{value}”：年份 {year} 超出了范围（应在 {first}—{last} 年之间）。</translation>
        </message>
        <message>
            <source>“{value}”: write the year with all four digits, such as 2026-03-05.</source>
            <translation>“{value}”：年份请写全四位数字，如 2026-03-05。</translation>
        </message>
        <message>
            <source>… and {count} more problems: save them all with --report FILE.xlsx, or use --json.</source>
            <translation>……另有 {count} 个问题未列出：可用 --report 文件.xlsx 保存全部问题，或使用 --json。</translation>
        </message>
        <message>
            <source>…within this many months</source>
            <translation>被投诉件数的统计期间（月）</translation>
        </message>
        <message>
            <source>《行政处罚法》第四十二条: no fewer than two law-enforcement officers; issue 6 item 6</source>
            <translation>《行政处罚法》第四十二条：执法人员不得少于两人</translation>
        </message>
        <message>
            <source>《行政执法机关移送涉嫌犯罪案件的规定》(国务院令第310号) Article 8: the public security organ decides whether to open a case within 3 days of accepting the transfer and notifies the office in writing</source>
            <translation>《行政执法机关移送涉嫌犯罪案件的规定》（国务院令第310号）第八条：公安机关应当自接受移送之日起3日内作出立案或者不予立案的决定，并书面通知移送案件的行政执法机关</translation>
        </message>
        <message>
            <source>一般失信信息 3 months to 1 year</source>
            <translation>一般失信信息公示 3 个月至 1 年</translation>
        </message>
        <message>
            <source>严重失信信息 1 to 3 years</source>
            <translation>严重失信信息公示 1 至 3 年</translation>
        </message>
        <message>
            <source>国家发展改革委令第36号 (in force 2026-04-01) as quoted in issue 4: {part}</source>
            <translation>国家发展改革委令第36号（2026年4月1日起施行）：{part}</translation>
        </message>
        <message>
            <source>安阳 (七)</source>
            <translation>安阳（七）</translation>
        </message>
        <message>
            <source>安阳 (七); 国务院令第310号 第十四条</source>
            <translation>安阳（七）；国务院令第310号第十四条</translation>
        </message>
        <message>
            <source>安阳 (七); 海口 (十); 麻城 二(一)3</source>
            <translation>安阳（七）；海口（十）；麻城 二（一）3</translation>
        </message>
        <message>
            <source>安阳 (七); 海口 (十); 麻城 二(一)3; 国务院令第310号</source>
            <translation>安阳（七）；海口（十）；麻城 二（一）3；国务院令第310号</translation>
        </message>
        <message>
            <source>安阳 (七); 麻城 二(一)3</source>
            <translation>安阳（七）；麻城 二（一）3</translation>
        </message>
        <message>
            <source>安阳 (十七), 海口 (六): the share drawn follows the credit grade; the figures are this program's presets (A at most 5 %, B 5–20 %, C 21–60 %, D 61–100 %; A at least 1 % so that no grade is exempt from the draw)</source>
            <translation>安阳（十七）、海口（六）：抽查比例与信用等级挂钩；具体数值为本程序预设（A 级不超过 5%，B 级 5%–20%，C 级 21%–60%，D 级 61%–100%；A 级不低于 1%，任何等级都不免于抽取）</translation>
        </message>
        <message>
            <source>安阳 (十八) and 鹤岗 八(一): 失信联合惩戒 of entities on the black list; 海口 (十四): follow the projects of parties with a history</source>
            <translation>安阳（十八）、鹤岗 八（一）：对黑名单主体实施失信联合惩戒；海口（十四）：对有历史异常行为的参与人跟踪项目</translation>
        </message>
        <message>
            <source>安阳 (十四) and 海口 (十五): 监测、预警; the time limits of every register</source>
            <translation>安阳（十四）、海口（十五）：监测、预警；各台账的办理时限</translation>
        </message>
        <message>
            <source>安阳 一(一) and 海口 一(一): in principle every half year; 鹤岗 一(一): every year; more when a major risk calls for it</source>
            <translation>安阳 一(一)、海口 一(一)：原则上每半年召开一次；鹤岗 一(一)：每年召开一次；遇重大风险可随时召开</translation>
        </message>
        <message>
            <source>投标人, 供应商, 招标人, 采购人, 代理机构, 专家 and 自然人 are understood too.</source>
            <translation>也可填写投标人、供应商、招标人、采购人、代理机构、专家、自然人。</translation>
        </message>
        <message>
            <source>海口 (七) 20 working days; 鹤岗 三(三) 10 working days; counted in the working-day calendar</source>
            <translation>海口（七）20 个工作日；鹤岗 三（三）10 个工作日；按工作日历计算</translation>
        </message>
        <message>
            <source>海口 (七): 20 working days after the inspection is completed</source>
            <translation>海口（七）：抽查任务完成后 20 个工作日内</translation>
        </message>
        <message>
            <source>海口 (十七); 鹤岗 一(二): within 3 working days of the change being decided</source>
            <translation>海口 (十七)；鹤岗 一(二)：调整确定后 3 个工作日内报送</translation>
        </message>
        <message>
            <source>海口 (十六) and 鹤岗 一(二): each member unit names a liaison officer</source>
            <translation>海口（十六）、鹤岗 一（二）：各成员单位指定一名联络员</translation>
        </message>
        <message>
            <source>海口 (十四) 重点关注对象; issue 5 item 7 (the third complaint within 12 months)</source>
            <translation>海口（十四）重点关注对象；issue 5 第7项（12个月内第三次被投诉）</translation>
        </message>
        <message>
            <source>海口 (十四): a focus list of parties with a history of irregularities; 安阳 (十七): inspect by credit and risk</source>
            <translation>海口（十四）：对有历史异常行为的参与人建立重点关注对象名单；安阳（十七）：按信用和风险分级分类监管</translation>
        </message>
        <message>
            <source>缺少第 {seq} 号数据包 from office {office}: import the packages in order. A 负责人 may accept the gap with a reason.</source>
            <translation>缺少第 {seq} 号数据包（{office}单位）：请按顺序导入。如确已遗失，可由负责人填写原因后接受缺号。</translation>
        </message>
        <message>
            <source>轻微失信信息 are normally not published</source>
            <translation>轻微失信信息原则上不予公开</translation>
        </message>
        <message>
            <source>锡林郭勒 (九): each industry's projects and parties are inspected at least once a year; 海口 (七): the annual plan covers every item</source>
            <translation>锡林郭勒（九）：每年至少对本行业本领域项目和交易主体开展一次监督检查；海口（七）：年度抽查计划覆盖各领域各批次</translation>
        </message>
        <message>
            <source>锡林郭勒 (九): every industry's projects and parties are inspected at least once a year</source>
            <translation>锡林郭勒（九）：每年至少对本行业本领域监管的交易项目和交易主体开展一次监督检查</translation>
        </message>
        <message>
            <source>锡林郭勒 (十九): inspect at least 25 % of the agencies doing business that year</source>
            <translation>锡林郭勒（十九）：代理机构抽检比例不低于当年开展业务的 25%</translation>
        </message>
        <message>
            <source>鹤岗 三(三): 10 working days after the inspection ends</source>
            <translation>鹤岗 三（三）：监督检查工作结束 10 个工作日内</translation>
        </message>
        <message>
            <source>鹤岗 三(二): the pool is in principle the projects completed this year and the last</source>
            <translation>鹤岗 三（二）：检查对象名录库原则上为当年和上一年完成招投标工作的项目</translation>
        </message>
        <message>
            <source>＿＿年＿月＿日＿＿时 to ＿＿时</source>
            <translation>＿＿年＿月＿日＿＿时至＿＿时</translation>
        </message>
    </context>
</TS>
