<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>jianguan</name>
        <message>
            <source>Administrator</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>经办人</translation>
        </message>
        <message>
            <source>Head of office</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Read only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>Records are never deleted outright; mark them deleted instead.</source>
            <translation>记录不能直接删除，只能标记为已删除。</translation>
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
            <source>The disk holding {path} is full or failing; nothing was saved. Free some space and try again.</source>
            <translation>{path} 所在磁盘已满或出现故障，本次未保存任何内容。请清理磁盘空间后重试。</translation>
        </message>
        <message>
            <source>The file {path} is not a database of this program.</source>
            <translation>文件 {path} 不是本程序的数据库。</translation>
        </message>
        <message>
            <source>The folder {path} cannot be created: {error}</source>
            <translation>无法创建文件夹 {path}：{error}</translation>
        </message>
        <message>
            <source>This record has been changed by someone else; nothing was overwritten. Reopen it to see the latest version.</source>
            <translation>此记录已被他人修改，您的修改未保存，原记录未被覆盖。请重新打开查看最新内容。</translation>
        </message>
        <message>
            <source>approve</source>
            <translation>审批</translation>
        </message>
        <message>
            <source>change settings</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <source>enter and edit records</source>
            <translation>录入和修改记录</translation>
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
            <source>see confidential personal data</source>
            <translation>查看保密的个人信息</translation>
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
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} 是文件夹，不是数据库文件。</translation>
        </message>
    </context>
</TS>
