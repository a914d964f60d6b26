<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>A newer version (%1) is available; ask IT.</source>
            <translation>有新版本（%1）可用，请联系信息技术部门。</translation>
        </message>
        <message>
            <source>IT contact: not set by your IT department</source>
            <translation>技术支持联系人：信息技术部门尚未设置</translation>
        </message>
        <message>
            <source>IT contact: %1</source>
            <translation>技术支持联系人：%1</translation>
        </message>
        <message>
            <source>About Live Review Desk</source>
            <translation>关于 Live Review Desk</translation>
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation>Live Review Desk</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>版本 %1</translation>
        </message>
        <message>
            <source>Case service: %1</source>
            <translation>案例服务：%1</translation>
        </message>
        <message>
            <source>Case service: not signed in</source>
            <translation>案例服务：未登录</translation>
        </message>
        <message>
            <source>Service version: %1</source>
            <translation>服务版本：%1</translation>
        </message>
        <message>
            <source>Service version: not known</source>
            <translation>服务版本：未知</translation>
        </message>
        <message>
            <source>IT gets it from: %1</source>
            <translation>信息技术部门的获取来源：%1</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>Asks the service for the admin log again</source>
            <translation>重新向服务端获取管理日志</translation>
        </message>
        <message>
            <source>Terms the chat highlights, one per line</source>
            <translation>聊天中高亮的词语，每行一个</translation>
        </message>
        <message>
            <source>What the draft changes from the published version</source>
            <translation>草稿相对已发布版本的改动</translation>
        </message>
        <message>
            <source>Starts a draft from the published taxonomy</source>
            <translation>基于已发布的分类体系创建草稿</translation>
        </message>
        <message>
            <source>Saves the draft without publishing it</source>
            <translation>保存草稿但不发布</translation>
        </message>
        <message>
            <source>Shows what the draft changes</source>
            <translation>显示草稿的改动</translation>
        </message>
        <message>
            <source>Publishes the draft to every desk</source>
            <translation>将草稿发布到所有审核台</translation>
        </message>
        <message>
            <source>Asks the service for the users again</source>
            <translation>重新向服务端获取用户</translation>
        </message>
        <message>
            <source>The name a person signs in with</source>
            <translation>此人登录时使用的名称</translation>
        </message>
        <message>
            <source>The name others see</source>
            <translation>其他人看到的名称</translation>
        </message>
        <message>
            <source>The team whose lead sees this person's work</source>
            <translation>其组长可查看此人工作的团队</translation>
        </message>
        <message>
            <source>The vendor site this person works for</source>
            <translation>此人所属的外包商站点</translation>
        </message>
        <message>
            <source>A password the person must change at the first sign-in</source>
            <translation>此人首次登录时必须更改的密码</translation>
        </message>
        <message>
            <source>Creates the user from the fields above</source>
            <translation>根据上方字段创建用户</translation>
        </message>
        <message>
            <source>Saves the chosen user's changes</source>
            <translation>保存所选用户的更改</translation>
        </message>
        <message>
            <source>Disables or enables the chosen user's sign-in</source>
            <translation>停用或启用所选用户的登录</translation>
        </message>
        <message>
            <source>Sets a temporary password for the chosen user</source>
            <translation>为所选用户设置临时密码</translation>
        </message>
        <message>
            <source>Opens the chosen session to answer its items</source>
            <translation>打开所选会话以回答其中的条目</translation>
        </message>
        <message>
            <source>Asks the service for this list again</source>
            <translation>重新向服务端获取此列表</translation>
        </message>
        <message>
            <source>How many golden cases with a known answer the session holds</source>
            <translation>会话中包含多少个答案已知的标准样本案例</translation>
        </message>
        <message>
            <source>How many sampled live decisions the session holds</source>
            <translation>会话中包含多少个抽样的直播处理决定</translation>
        </message>
        <message>
            <source>The policy area the chat action cites</source>
            <translation>聊天处置所引用的政策类别</translation>
        </message>
        <message>
            <source>Hides every message without a flagged term</source>
            <translation>隐藏所有不含已标记词语的消息</translation>
        </message>
        <message>
            <source>The stream chat, oldest first; Shift or Ctrl with arrows selects several</source>
            <translation>直播聊天，最早的在前；Shift 或 Ctrl 加方向键可多选</translation>
        </message>
        <message>
            <source>The policy area the next decision cites; digits choose it</source>
            <translation>下一个处理决定引用的政策类别；按数字选择</translation>
        </message>
        <message>
            <source>Why the case goes to a lead when you escalate it</source>
            <translation>上报时此案例转给组长的原因</translation>
        </message>
        <message>
            <source>Accepts and closes</source>
            <translation>接受并关闭</translation>
        </message>
        <message>
            <source>Saves and closes</source>
            <translation>保存并关闭</translation>
        </message>
        <message>
            <source>Closes without changing anything</source>
            <translation>关闭且不做任何更改</translation>
        </message>
        <message>
            <source>Closes this window</source>
            <translation>关闭此窗口</translation>
        </message>
        <message>
            <source>Answers yes</source>
            <translation>回答“是”</translation>
        </message>
        <message>
            <source>Answers no</source>
            <translation>回答“否”</translation>
        </message>
        <message>
            <source>Applies the changes</source>
            <translation>应用更改</translation>
        </message>
        <message>
            <source>Why you skip this case; the lead sees it</source>
            <translation>跳过此案例的原因；组长可以看到</translation>
        </message>
        <message>
            <source>Verifies the chosen moderator's audit chain against the service</source>
            <translation>对照服务端核验所选审核员的审计链</translation>
        </message>
        <message>
            <source>What the chain check found, link by link</source>
            <translation>链检查的结果，逐个链环列出</translation>
        </message>
        <message>
            <source>The guideline as moderators will read it</source>
            <translation>审核员将看到的指南内容</translation>
        </message>
        <message>
            <source>Moderators must acknowledge it before their next case</source>
            <translation>审核员必须在处理下一个案例前确认</translation>
        </message>
        <message>
            <source>Publishes the guideline to the chosen moderators at once</source>
            <translation>立即向所选审核员发布指南</translation>
        </message>
        <message>
            <source>Asks the service for the guidelines again</source>
            <translation>重新向服务端获取指南</translation>
        </message>
        <message>
            <source>Limits the history to the days chosen beside it</source>
            <translation>将历史记录限定为旁边所选的日期</translation>
        </message>
        <message>
            <source>A day as year-month-day; Alt+Down opens a calendar</source>
            <translation>日期格式为年-月-日；Alt+Down 打开日历</translation>
        </message>
        <message>
            <source>Shows the decisions that match the filters</source>
            <translation>显示符合筛选条件的处理决定</translation>
        </message>
        <message>
            <source>Removes every filter</source>
            <translation>清除所有筛选条件</translation>
        </message>
        <message>
            <source>Finds the case id or streamer handle typed beside it</source>
            <translation>查找旁边输入的案例编号或主播账号名</translation>
        </message>
        <message>
            <source>Decisions, newest first; Enter opens the case's decision chain</source>
            <translation>处理决定，最新的在前；回车键打开案例的处理决定链</translation>
        </message>
        <message>
            <source>Puts every decision key back to the service's choice</source>
            <translation>将所有处理决定键恢复为服务端的设置</translation>
        </message>
        <message>
            <source>How this area's media shows at first</source>
            <translation>此类别的媒体最初如何显示</translation>
        </message>
        <message>
            <source>How media without a policy area shows at first</source>
            <translation>无政策类别的媒体最初如何显示</translation>
        </message>
        <message>
            <source>Minutes of sensitive media before the desk suggests a break; 0 never</source>
            <translation>敏感媒体观看多少分钟后审核台建议休息；0 表示从不</translation>
        </message>
        <message>
            <source>Minutes without a key or a click before the desk locks</source>
            <translation>多少分钟无按键或点击后审核台锁定</translation>
        </message>
        <message>
            <source>Colours of every window; high contrast for low vision</source>
            <translation>所有窗口的颜色；高对比度适合低视力用户</translation>
        </message>
        <message>
            <source>The language of the desk from the next sign-in</source>
            <translation>下次登录起审核台使用的语言</translation>
        </message>
        <message>
            <source>The queues you may review: depth and time to the deadline; Enter starts reviewing</source>
            <translation>您可以审核的队列：积压量和距截止时间的时长；回车键开始审核</translation>
        </message>
        <message>
            <source>Leases cases from the chosen queue and opens the first one</source>
            <translation>从所选队列认领案例并打开第一个</translation>
        </message>
        <message>
            <source>Asks the service for the queues again</source>
            <translation>重新向服务端获取队列</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Every key of the desk, one per line</source>
            <translation>审核台的所有按键，每行一个</translation>
        </message>
        <message>
            <source>Your password for the case service; never stored</source>
            <extracomment>the service's own minimum (contract.NewPassword), checked here so the person is told at once</extracomment>
            <translation>您在案例服务的密码；从不保存</translation>
        </message>
        <message>
            <source>The language of this window and of the desk</source>
            <translation>此窗口和审核台的语言</translation>
        </message>
        <message>
            <source>Signs in to the case service</source>
            <translation>登录案例服务</translation>
        </message>
        <message>
            <source>Closes the desk without signing in</source>
            <translation>不登录直接关闭审核台</translation>
        </message>
        <message>
            <source>The version, the licences and where to get help</source>
            <translation>版本、许可证以及求助途径</translation>
        </message>
        <message>
            <source>Opens the list of decisions the service refused or held</source>
            <translation>打开服务端拒收或暂存的处理决定列表</translation>
        </message>
        <message>
            <source>Signs out of the desk</source>
            <translation>从审核台退出登录</translation>
        </message>
        <message>
            <source>Pauses review for a break</source>
            <translation>暂停审核以便休息</translation>
        </message>
        <message>
            <source>Hides this reminder and goes on reviewing</source>
            <translation>隐藏此提醒并继续审核</translation>
        </message>
        <message>
            <source>An admin reset your password: choose a new one</source>
            <translation>管理员已重置你的密码：请设置新密码</translation>
        </message>
        <message>
            <source>The new password once more, to catch typos</source>
            <translation>再次输入新密码，以免输错</translation>
        </message>
        <message>
            <source>Unlocks the desk with your password</source>
            <translation>用您的密码解锁审核台</translation>
        </message>
        <message>
            <source>Signs out of the desk instead of unlocking it</source>
            <translation>退出审核台登录而不解锁</translation>
        </message>
        <message>
            <source>Reads the golden items again from the service</source>
            <translation>从服务重新读取标准样本</translation>
        </message>
        <message>
            <source>Its current decision becomes the reference answer</source>
            <translation>其当前处理决定成为参考答案</translation>
        </message>
        <message>
            <source>Makes the typed case a golden item</source>
            <translation>将输入的案例设为标准样本</translation>
        </message>
        <message>
            <source>Calibration sessions stop drawing the selected item</source>
            <translation>校准会话不再抽取所选条目</translation>
        </message>
        <message>
            <source>Reads the queues again from the service</source>
            <translation>从服务重新读取队列</translation>
        </message>
        <message>
            <source>The lower-case code of a new queue</source>
            <translation>新队列的小写代码</translation>
        </message>
        <message>
            <source>The queue's name as moderators see it</source>
            <translation>审核员看到的队列名称</translation>
        </message>
        <message>
            <source>How long a case may wait in this queue</source>
            <translation>案例在此队列中最多可等待多久</translation>
        </message>
        <message>
            <source>Priority added while the stream is live</source>
            <translation>直播进行中时增加的优先级</translation>
        </message>
        <message>
            <source>Priority added per audience tier</source>
            <translation>每个观众规模档位增加的优先级</translation>
        </message>
        <message>
            <source>Priority added per recent report</source>
            <translation>每条近期举报增加的优先级</translation>
        </message>
        <message>
            <source>Priority added per severity step</source>
            <translation>每级严重程度增加的优先级</translation>
        </message>
        <message>
            <source>How close a deadline must be to raise the priority</source>
            <translation>截止时间临近到何种程度时提高优先级</translation>
        </message>
        <message>
            <source>Check the teams that may pull; none checked for everyone</source>
            <translation>勾选可以拉取案例的团队；不勾选表示所有人</translation>
        </message>
        <message>
            <source>Check the vendors that may pull; none checked for everyone</source>
            <translation>勾选可以拉取案例的外包商；不勾选表示所有人</translation>
        </message>
        <message>
            <source>Check the actions this queue does not offer</source>
            <translation>勾选此队列不提供的处置</translation>
        </message>
        <message>
            <source>Opens a new Live queue with the fields above</source>
            <translation>用上方字段新建一个直播队列</translation>
        </message>
        <message>
            <source>Saves the fields above to the selected queue</source>
            <translation>将上方字段保存到所选队列</translation>
        </message>
        <message>
            <source>Reads the sampling rates again from the service</source>
            <translation>从服务重新读取抽样比例</translation>
        </message>
        <message>
            <source>The share of the selected queue's decisions sampled</source>
            <translation>所选队列处理决定的抽样比例</translation>
        </message>
        <message>
            <source>Applies the rate to decisions from now on</source>
            <translation>从现在起对处理决定应用该比例</translation>
        </message>
        <message>
            <source>Reads your escalations again from the service</source>
            <translation>从服务重新读取你的上报</translation>
        </message>
        <message>
            <source>Reads the SLA breaches again from the service</source>
            <translation>从服务重新读取 SLA 超时记录</translation>
        </message>
        <message>
            <source>How many days an approved label lasts</source>
            <translation>获批标签的有效天数</translation>
        </message>
        <message>
            <source>Sent with your approval or refusal</source>
            <translation>随你的批准或拒绝一并发送</translation>
        </message>
        <message>
            <source>Approves the selected label request</source>
            <translation>批准所选的标签申请</translation>
        </message>
        <message>
            <source>Declines the selected label request</source>
            <translation>拒绝所选的标签申请</translation>
        </message>
        <message>
            <source>Reads the label requests again from the service</source>
            <translation>从服务重新读取标签申请</translation>
        </message>
        <message>
            <source>The vendor the report covers</source>
            <translation>报告涵盖的外包商</translation>
        </message>
        <message>
            <source>The team the report covers; empty for all</source>
            <translation>报告涵盖的团队；留空表示全部</translation>
        </message>
        <message>
            <source>The week the report covers, as year and week</source>
            <translation>报告涵盖的周，格式为年份和周数</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF 文件</translation>
        </message>
        <message>
            <source>Where the PDF goes; a CSV is written beside it</source>
            <translation>PDF 的保存位置；CSV 会写在它旁边</translation>
        </message>
        <message>
            <source>Picks the PDF file in a file dialog</source>
            <translation>在文件对话框中选择 PDF 文件</translation>
        </message>
        <message>
            <source>Writes the PDF and the CSV with the week's figures</source>
            <translation>写出含本周数据的 PDF 和 CSV</translation>
        </message>
    </context>
    <context>
        <name>AccountLabels</name>
        <message>
            <source>Creator partner</source>
            <translation>合作创作者</translation>
        </message>
        <message>
            <source>Repeat offender</source>
            <translation>屡犯者</translation>
        </message>
        <message>
            <source>High profile</source>
            <translation>高知名度账号</translation>
        </message>
        <message>
            <source>Under investigation</source>
            <translation>调查中</translation>
        </message>
        <message>
            <source>Account labels</source>
            <translation>账号标签</translation>
        </message>
        <message>
            <source>Until %1</source>
            <translation>截至 %1</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>No violation</source>
            <extracomment>what was done before (prior enforcement's action codes)</extracomment>
            <translation>无违规</translation>
        </message>
        <message>
            <source>Warn streamer</source>
            <translation>警告主播</translation>
        </message>
        <message>
            <source>Mute chat</source>
            <translation>聊天静音</translation>
        </message>
        <message>
            <source>End stream</source>
            <translation>结束直播</translation>
        </message>
        <message>
            <source>Suspend account</source>
            <translation>暂停账号</translation>
        </message>
        <message>
            <source>Ban account</source>
            <translation>封禁账号</translation>
        </message>
        <message>
            <source>Age-restrict</source>
            <translation>年龄限制</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>上报</translation>
        </message>
    </context>
    <context>
        <name>AdminLogPage</name>
        <message>
            <source>Admin log</source>
            <translation>管理日志</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>更改内容</translation>
        </message>
        <message>
            <source>Admin log entries</source>
            <translation>管理日志条目</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Refresh the admin log</source>
            <translation>刷新管理日志</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies), newest first</source>
            <translation>
                <numerusform>%n 条记录，最新的在前</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AdminWindow</name>
        <message>
            <source>Admin · %1 · Live Review Desk</source>
            <translation>管理 · %1 · Live Review Desk</translation>
        </message>
        <message>
            <source>Admin pages</source>
            <translation>管理页面</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>管理</translation>
        </message>
        <message>
            <source>Users, queues, golden items, QA sampling and the admin log</source>
            <translation>用户、队列、标准样本、质检抽样和管理日志</translation>
        </message>
    </context>
    <context>
        <name>AnnouncementBanner</name>
        <message>
            <source>Urgent guideline update</source>
            <translation>紧急指南更新</translation>
        </message>
        <message>
            <source>URGENT GUIDELINE UPDATE</source>
            <translation>紧急指南更新</translation>
        </message>
        <message>
            <source>I have read this</source>
            <translation>我已阅读</translation>
        </message>
        <message>
            <source>Acknowledge the guideline update</source>
            <translation>确认指南更新</translation>
        </message>
        <message numerus="yes">
            <source>Policy %1 · acknowledge before your next decision · %n more after this one</source>
            <translation>
                <numerusform>政策 %1 · 请在下一个处理决定前确认 · 此后还有 %n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>Policy %1 · acknowledge before your next decision</source>
            <translation>政策 %1 · 请在下一个处理决定前确认</translation>
        </message>
    </context>
    <context>
        <name>AuditChainView</name>
        <message>
            <source>seq %1</source>
            <translation>序号 %1</translation>
        </message>
        <message>
            <source>seq %1–%2</source>
            <translation>序号 %1–%2</translation>
        </message>
        <message>
            <source>GAP</source>
            <comment>an audit-chain finding</comment>
            <translation>缺口</translation>
        </message>
        <message>
            <source>EDITED</source>
            <comment>an audit-chain finding</comment>
            <translation>已修改</translation>
        </message>
        <message>
            <source>MISSING TAIL</source>
            <comment>an audit-chain finding</comment>
            <translation>缺少尾部</translation>
        </message>
        <message>
            <source>WENT BACKWARDS</source>
            <comment>an audit-chain finding</comment>
            <translation>序号倒退</translation>
        </message>
        <message>
            <source>CLAIM DOES NOT MATCH</source>
            <comment>an audit-chain finding</comment>
            <translation>声明不符</translation>
        </message>
        <message>
            <source>HELD ON THE DESK</source>
            <comment>an audit-chain finding</comment>
            <translation>暂存在本机</translation>
        </message>
        <message>
            <source>RECOVERY</source>
            <comment>an audit-chain finding</comment>
            <translation>恢复</translation>
        </message>
        <message>
            <source>sequence numbers the client used but the service has no decision for</source>
            <translation>客户端已使用但服务端没有对应处理决定的序号</translation>
        </message>
        <message>
            <source>a stored decision no longer matches the hash the client chained</source>
            <translation>某个已存储的处理决定与客户端链入的哈希值不再一致</translation>
        </message>
        <message>
            <source>the client said it had decided more than the service received</source>
            <translation>客户端声称的处理决定数量多于服务端收到的数量</translation>
        </message>
        <message>
            <source>a later upload claimed a lower chain position than an earlier one</source>
            <translation>后一次上传声明的链位置低于前一次上传</translation>
        </message>
        <message>
            <source>the head given for this check is not the one on record</source>
            <translation>本次检查给出的链头与记录中的不一致</translation>
        </message>
        <message>
            <source>decisions the desk keeps because the service kept refusing them (not lost)</source>
            <translation>因服务端一直拒收而保存在本机的处理决定（未丢失）</translation>
        </message>
        <message>
            <source>the desk rebuilt a damaged store and linked the new chain to the old head</source>
            <translation>本机重建了损坏的存储，并将新链接到旧链头</translation>
        </message>
        <message numerus="yes">
            <source>OK: %1's audit chain is intact up to seq %2 (head %3). %Ln decision(s) held on the desk, not yet sent.</source>
            <translation>
                <numerusform>正常：%1 的审计链直到序号 %2 均完整（链头 %3）。%Ln 个处理决定暂存在本机，尚未发送。</numerusform>
            </translation>
        </message>
        <message>
            <source>OK: %1's audit chain is intact up to seq %2 (head %3).</source>
            <translation>正常：%1 的审计链直到序号 %2 均完整（链头 %3）。</translation>
        </message>
        <message numerus="yes">
            <source>PROBLEM: %Ln finding(s) in %1's audit chain. Decisions may have been lost or changed after they were made.</source>
            <translation>
                <numerusform>有问题：%1 的审计链中有 %Ln 项发现。处理决定可能在做出后丢失或被更改。</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked %1. Stored head: seq %2, hash %3.</source>
            <translation>已检查 %1。已存储的链头：序号 %2，哈希 %3。</translation>
        </message>
        <message>
            <source>No decision from this moderator has reached the service yet.</source>
            <translation>该审核员的处理决定尚未到达服务端。</translation>
        </message>
        <message>
            <source>no stored seq</source>
            <translation>无已存储的序号</translation>
        </message>
        <message>
            <source>Device %1: %2 (%3); the client last claimed seq %4, head %5; %6; %7.</source>
            <comment>device, decisions stored, their seqs, claimed seq and head, links, uploads</comment>
            <translation>设备 %1：%2（%3）；客户端最后声明的序号为 %4，链头 %5；%6；%7。</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <comment>a device without a name</comment>
            <translation>（未命名）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s) stored</source>
            <translation>
                <numerusform>已存储 %Ln 个处理决定</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln link(s) recomputed</source>
            <translation>
                <numerusform>重新计算了 %Ln 个链接</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln upload(s)</source>
            <translation>
                <numerusform>%Ln 次上传</numerusform>
            </translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>发现：</translation>
        </message>
        <message>
            <source>%1  %2 on device %3: %4</source>
            <comment>finding, seqs, device, meaning</comment>
            <translation>%1  设备 %3 上的 %2：%4</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <comment>finding, seqs, meaning</comment>
            <translation>%1  %2：%3</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <comment>a finding, then its detail</comment>
            <translation>%1。%2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between decision ids</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>decisions: %1</source>
            <translation>处理决定：%1</translation>
        </message>
        <message>
            <source>Findings: none. Every stored link matches the chain the client sent.</source>
            <translation>发现：无。每个已存储的链接都与客户端发送的链一致。</translation>
        </message>
        <message>
            <source>Sequence numbers without a decision: %1; explained by guideline acknowledgements on record: %2; unexplained: %3.</source>
            <translation>没有处理决定的序号：%1；可由记录中的指南确认解释的：%2；无法解释的：%3。</translation>
        </message>
        <message>
            <source>Audit chain check</source>
            <translation>审计链检查</translation>
        </message>
        <message>
            <source>Compares the chain heads a moderator's client sent with the decisions the service stored: a gap, an edited decision or a missing tail shows here.</source>
            <translation>将审核员客户端发送的链头与服务端存储的处理决定进行比对：缺口、被修改的处理决定或缺少的尾部都会显示在这里。</translation>
        </message>
        <message>
            <source>Moderator to check</source>
            <translation>要检查的审核员</translation>
        </message>
        <message>
            <source>username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Check chain</source>
            <translation>检查链</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>审核员</translation>
        </message>
        <message>
            <source>Audit chain findings</source>
            <translation>审计链发现</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a user name, then a display name</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Pick or type a moderator's username first.</source>
            <translation>请先选择或输入审核员的用户名。</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>正在检查 %1…</translation>
        </message>
        <message>
            <source>The check could not run: %1</source>
            <translation>检查无法运行：%1</translation>
        </message>
    </context>
    <context>
        <name>BreachesView</name>
        <message>
            <source>SLA breaches</source>
            <extracomment>how often the page reads the breaches again while it is shown (ms)</extracomment>
            <translation>SLA 超时记录</translation>
        </message>
        <message>
            <source>Cases that went past their deadline in the last 24 hours, still waiting or decided late. The list reads itself again every 30 seconds.</source>
            <translation>过去 24 小时内超过截止时间的案例，包括仍在等待的和延迟处理的。列表每 30 秒自动刷新一次。</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案例</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>截止时间</translation>
        </message>
        <message>
            <source>Over by</source>
            <translation>超出</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>处理时间</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message numerus="yes">
            <source>%Ln breach(es) in the last 24 hours, as of %1</source>
            <translation>
                <numerusform>截至 %1，过去 24 小时内有 %Ln 次超时</numerusform>
            </translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>尚未</translation>
        </message>
    </context>
    <context>
        <name>BreakReminder</name>
        <message>
            <source>Break reminder</source>
            <translation>休息提醒</translation>
        </message>
        <message>
            <source>Take a break (pause)</source>
            <translation>休息一下（暂停）</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>暂不</translation>
        </message>
        <message numerus="yes">
            <source>You have looked at sensitive content for about %Ln minute(s). A few minutes away from the screen helps; your place is kept.</source>
            <translation>
                <numerusform>您已查看敏感内容约 %Ln 分钟。离开屏幕几分钟会有帮助；您的进度会保留。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalibrationReport</name>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <extracomment>kappa this far below AC1 is worth a word about prevalence</extracomment>
            <translation>%1%</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>无政策类别</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no policy area, as a short column header</comment>
            <translation>无</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>%1 · %2 · “%3”</source>
            <comment>action, areas, note</comment>
            <translation>%1 · %2 · “%3”</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>action, areas</comment>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>CalibrationReportView</name>
        <message>
            <source>Calibration report</source>
            <translation>校准报告</translation>
        </message>
        <message>
            <source>Calibration report: %1</source>
            <translation>校准报告：%1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln 个条目</numerusform>
            </translation>
        </message>
        <message>
            <source>the action is the primary label, the policy area the secondary</source>
            <translation>处置为主要标签，政策类别为次要标签</translation>
        </message>
        <message>
            <source>%1 golden, %2</source>
            <comment>golden items, then sampled live decisions</comment>
            <translation>%1 个标准样本，%2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sampled live decision(s)</source>
            <translation>
                <numerusform>%Ln 个抽样的直播处理决定</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <comment>items, their mix, the labels</comment>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>items, the labels</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>Krippendorff's alpha across %Ln reviewer(s): action %1, policy area %2.</source>
            <translation>
                <numerusform>%Ln 名审核者的克里彭多夫 α 系数：处置 %1，政策类别 %2。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Krippendorff's alpha across reviewers appears once two or more reviewers have submitted (%Ln so far).</source>
            <translation>
                <numerusform>至少两名审核者提交后才会显示审核者间的克里彭多夫 α 系数（目前 %Ln 名）。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a display name, then a user name</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Action (primary label)</source>
            <translation>处置（主要标签）</translation>
        </message>
        <message>
            <source>Policy area (secondary label)</source>
            <translation>政策类别（次要标签）</translation>
        </message>
        <message>
            <source>Disagreements (%1)</source>
            <translation>不一致项（%1）</translation>
        </message>
        <message>
            <source>No disagreements: every answer matches the reference.</source>
            <translation>没有不一致项：每个答案都与参考答案一致。</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>参考答案</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>您的答案</translation>
        </message>
        <message>
            <source>#%1</source>
            <comment>an item's number</comment>
            <translation>第 %1 项</translation>
        </message>
        <message>
            <source>golden</source>
            <translation>标准样本</translation>
        </message>
        <message>
            <source>live decision</source>
            <translation>直播处理决定</translation>
        </message>
    </context>
    <context>
        <name>CalibrationWindow</name>
        <message>
            <source>My QA results — Live Review Desk</source>
            <translation>我的质检结果 — Live Review Desk</translation>
        </message>
        <message>
            <source>Calibration — Live Review Desk</source>
            <translation>校准 — Live Review Desk</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>您的答案</translation>
        </message>
        <message>
            <source>Submit session (Ctrl+Enter)</source>
            <translation>提交会话（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>校准</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>会话</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>异议</translation>
        </message>
        <message>
            <source>Moderators' disputes of overturned decisions</source>
            <translation>审核员对被推翻的处理决定提出的异议</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>新建会话…</translation>
        </message>
        <message>
            <source>Key ignored: %1.</source>
            <translation>已忽略按键：%1。</translation>
        </message>
        <message numerus="yes">
            <source>All %Ln item(s) answered.</source>
            <translation>
                <numerusform>全部 %Ln 个条目均已作答。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln item(s) are answered. Submit the session (%1) to see your report.</source>
            <translation>
                <numerusform>全部 %Ln 个条目均已作答。提交会话（%1）即可查看您的报告。</numerusform>
            </translation>
        </message>
        <message>
            <source>Item %1 of %2 · %3 answered · blind review</source>
            <translation>条目 %1/%2 · 已答 %3 条 · 盲审</translation>
        </message>
        <message>
            <source>Loading the item…</source>
            <translation>正在加载条目…</translation>
        </message>
        <message>
            <source>This item could not be loaded (see the message above); trying again in a few seconds.</source>
            <translation>无法加载此条目（请参阅上方消息）；几秒后重试。</translation>
        </message>
        <message>
            <source>This item already has your answer.</source>
            <translation>此条目已有您的答案。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) waiting to sync</source>
            <translation>
                <numerusform>%Ln 个答案等待同步</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln refused by the service</source>
            <comment>answers</comment>
            <translation>
                <numerusform>%Ln 个被服务端拒收</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>two sync states</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>All answers synced</source>
            <translation>所有答案均已同步</translation>
        </message>
        <message>
            <source>An answer was refused: %1</source>
            <translation>有答案被拒收：%1</translation>
        </message>
        <message>
            <source>Sending your answers and submitting…</source>
            <translation>正在发送您的答案并提交…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) was(were) refused; see the message above</source>
            <translation>
                <numerusform>%Ln 个答案被拒收；请参阅上方消息</numerusform>
            </translation>
        </message>
        <message>
            <source>The session was not created: %1</source>
            <translation>会话未创建：%1</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between user names</comment>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>Session created: %Ln item(s) for %1.</source>
            <translation>
                <numerusform>会话已创建：为 %1 创建了 %Ln 个条目。</numerusform>
            </translation>
        </message>
        <message>
            <source>Dispute accepted: %1 was told.</source>
            <translation>异议已接受：已通知 %1。</translation>
        </message>
        <message>
            <source>Dispute rejected: %1 was told.</source>
            <translation>异议已驳回：已通知 %1。</translation>
        </message>
        <message>
            <source>Dispute answered: %1 was told.</source>
            <translation>异议已答复：已通知 %1。</translation>
        </message>
        <message>
            <source>Your dispute was sent to your team lead.</source>
            <translation>您的异议已发送给您的组长。</translation>
        </message>
        <message>
            <source>My QA results</source>
            <translation>我的质检结果</translation>
        </message>
        <message>
            <source>Your QA results and disputes</source>
            <translation>您的质检结果和异议</translation>
        </message>
        <message>
            <source>Calibration sessions assigned to you: blind review and agreement report</source>
            <translation>分配给您的校准会话：盲审和一致率报告</translation>
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message>
            <source>under a day</source>
            <comment>account age</comment>
            <translation>不到一天</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln 个月</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln 年</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>account age: years, then months</comment>
            <translation>%1%2</translation>
        </message>
        <message>
            <source>Stream title</source>
            <translation>直播标题</translation>
        </message>
        <message>
            <source>Live or ended</source>
            <translation>直播中或已结束</translation>
        </message>
        <message>
            <source>Viewers</source>
            <translation>观众</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <source>Stream details</source>
            <translation>直播详情</translation>
        </message>
        <message>
            <source>Why this case is here</source>
            <translation>此案例的来由</translation>
        </message>
        <message>
            <source>Following the stream</source>
            <translation>正在跟随直播</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>上报</translation>
        </message>
        <message>
            <source>Stream header</source>
            <translation>直播标题栏</translation>
        </message>
        <message>
            <source>(untitled stream)</source>
            <translation>（无标题直播）</translation>
        </message>
        <message>
            <source>not following</source>
            <comment>the live stream, offline</comment>
            <translation>未跟随</translation>
        </message>
        <message>
            <source>The desk cannot reach the case service; it keeps trying by itself.</source>
            <translation>审核台无法连接案例服务；它会自动持续重试。</translation>
        </message>
        <message>
            <source>● LIVE</source>
            <translation>● 直播中</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>已于 %1 结束</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>已结束</translation>
        </message>
        <message numerus="yes">
            <source>%Ln viewer(s)</source>
            <translation>
                <numerusform>%Ln 名观众</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 follower(s)</source>
            <comment>a compact count, e.g. 48k</comment>
            <translation>
                <numerusform>%1 名粉丝</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · verified · account %3 old · %4</source>
            <translation>%1 · %2 · 已认证 · 账号已注册 %3 · %4</translation>
        </message>
        <message>
            <source>%1 · %2 · account %3 old · %4</source>
            <translation>%1 · %2 · 账号已注册 %3 · %4</translation>
        </message>
        <message>
            <source>%1 · region %2 · language %3 · started %4 · %5 · case %6 · queue %7</source>
            <translation>%1 · 地区 %2 · 语言 %3 · 开始于 %4 · %5 · 案例 %6 · 队列 %7</translation>
        </message>
        <message numerus="yes">
            <source>%Ln chat message(s)</source>
            <translation>
                <numerusform>%Ln 条聊天消息</numerusform>
            </translation>
        </message>
        <message>
            <source>Escalated: %1 — %2</source>
            <translation>已上报：%1 — %2</translation>
        </message>
        <message>
            <source>Escalated: %1</source>
            <translation>已上报：%1</translation>
        </message>
        <message>
            <source>Escalated — %1</source>
            <translation>已上报 — %1</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Case</source>
            <extracomment>prefetched cases remembered for a re-plan (the controller prepares 2-3 ahead) the phase the picture of the case built ahead is made in (between keys, off the clock) a drag (window size, splitter) makes the picture again once it has rested this long what drops the picture: a change of anything the hidden body paints from</extracomment>
            <translation>案例</translation>
        </message>
        <message>
            <source>Snapshot caption</source>
            <translation>截图说明</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>无案例</translation>
        </message>
        <message>
            <source>This case has no snapshots</source>
            <translation>此案例没有截图</translation>
        </message>
        <message>
            <source>Chat is loading…</source>
            <translation>聊天正在加载…</translation>
        </message>
        <message>
            <source>No chat</source>
            <translation>无聊天</translation>
        </message>
        <message>
            <source>No case on screen</source>
            <translation>屏幕上没有案例</translation>
        </message>
        <message>
            <source>Hold %1 or the mouse button to view</source>
            <translation>按住 %1 或鼠标按键以查看</translation>
        </message>
        <message>
            <source>Hold the mouse button to view</source>
            <translation>按住鼠标按键以查看</translation>
        </message>
        <message>
            <source>Snapshot %1 of %2 · %3 into the stream</source>
            <translation>第 %1 张截图，共 %2 张 · 直播开始后 %3</translation>
        </message>
        <message>
            <source>%1 · sensitive (%2)</source>
            <translation>%1 · 敏感（%2）</translation>
        </message>
        <message>
            <source>%1 · not shown: %2</source>
            <translation>%1 · 未显示：%2</translation>
        </message>
    </context>
    <context>
        <name>ChatActionDialog</name>
        <message>
            <source>Remove the message</source>
            <translation>删除该消息</translation>
        </message>
        <message>
            <source>Time the chatter out</source>
            <translation>禁言该聊天用户</translation>
        </message>
        <message>
            <source>Ban the chatter from this streamer's chat</source>
            <translation>在此主播的聊天中封禁该聊天用户</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>10 分钟</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 小时</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 小时</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n message(s).</source>
            <translation>
                <numerusform>删除 %n 条消息。</numerusform>
            </translation>
        </message>
        <message>
            <source>Time out %1 (%2).</source>
            <translation>禁言 %1（%2）。</translation>
        </message>
        <message numerus="yes">
            <source>%n chatter(s)</source>
            <translation>
                <numerusform>%n 名聊天用户</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) selected</source>
            <translation>
                <numerusform>已选择 %n 条消息</numerusform>
            </translation>
        </message>
        <message>
            <source>Ban %1 from this streamer's chat (%2).</source>
            <translation>在此主播的聊天中封禁 %1（%2）。</translation>
        </message>
        <message>
            <source>What will be recorded</source>
            <translation>将记录的内容</translation>
        </message>
        <message>
            <source>Timeout length</source>
            <translation>禁言时长</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>政策类别</translation>
        </message>
    </context>
    <context>
        <name>ChatTableModel</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>号龄</translation>
        </message>
        <message numerus="yes">
            <source>%nm</source>
            <comment>account age in minutes, compact</comment>
            <translation>
                <numerusform>%n分</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%nh</source>
            <comment>account age in hours, compact</comment>
            <translation>
                <numerusform>%n时</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%nd</source>
            <comment>account age in days, compact</comment>
            <translation>
                <numerusform>%n天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%ny</source>
            <comment>account age in years, compact</comment>
            <translation>
                <numerusform>%n年</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · actioned · %2: %3</source>
            <translation>%1 · 已处置 · %2：%3</translation>
        </message>
        <message>
            <source>%1 · flagged · %2: %3</source>
            <translation>%1 · 已标记 · %2：%3</translation>
        </message>
        <message>
            <source>%1 · %2: %3</source>
            <translation>%1 · %2：%3</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Chat log</source>
            <translation>聊天记录</translation>
        </message>
        <message>
            <source>Search chat text</source>
            <translation>搜索聊天文本</translation>
        </message>
        <message>
            <source>Search chat</source>
            <translation>搜索聊天</translation>
        </message>
        <message>
            <source>Filter chat by user</source>
            <translation>按用户筛选聊天</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Flagged only</source>
            <translation>仅显示已标记</translation>
        </message>
        <message>
            <source>Show flagged messages only</source>
            <translation>仅显示已标记的消息</translation>
        </message>
        <message>
            <source>Messages shown</source>
            <translation>显示的消息</translation>
        </message>
        <message>
            <source>Raid helper</source>
            <translation>刷屏突袭助手</translation>
        </message>
        <message>
            <source>Chat messages</source>
            <translation>聊天消息</translation>
        </message>
        <message>
            <source>Select a message first.</source>
            <translation>请先选择一条消息。</translation>
        </message>
        <message>
            <source>The raid helper needs the accounts' ages.</source>
            <translation>刷屏突袭助手需要账号的注册时长。</translation>
        </message>
        <message>
            <source>The raid helper found no raid in this chat.</source>
            <translation>刷屏突袭助手未在此聊天中发现突袭。</translation>
        </message>
        <message>
            <source>Raid helper: %1 from %2 selected. %3 removes, %4 times out, %5 bans.</source>
            <translation>刷屏突袭助手：已从 %2 中选择 %1。%3 删除，%4 禁言，%5 封禁。</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n 条消息</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new account(s)</source>
            <translation>
                <numerusform>%n 个新账号</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s) ↓</source>
            <comment>a chip under the chat; jumps to the end</comment>
            <translation>
                <numerusform>%n 条新消息 ↓</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <comment>the chip's accessible name, without the arrow</comment>
            <translation>
                <numerusform>%n 条新消息</numerusform>
            </translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>聊天处置</translation>
        </message>
        <message>
            <source>Select a raid</source>
            <translation>选择一次突袭</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln message(s)</source>
            <translation>
                <numerusform>%Ln 条消息</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeChecklist</name>
        <message>
            <source>%1 (no longer offered)</source>
            <translation>%1（已不再提供）</translation>
        </message>
    </context>
    <context>
        <name>ConfusionTable</name>
        <message>
            <source>→ %1</source>
            <comment>the answer's label</comment>
            <translation>→ %1</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>This week</source>
            <extracomment>bar colours: calm, distinguishable for common colour-vision deficiencies (Okabe–Ito)</extracomment>
            <translation>本周</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>上周</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>过去 7 天</translation>
        </message>
        <message>
            <source>Last 28 days</source>
            <translation>过去 28 天</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>whole seconds on a chart</comment>
            <extracomment>the period a lead sees first: wide enough for last week's review, recent enough to be fast</extracomment>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>Team dashboard</source>
            <translation>团队仪表板</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>时间段</translation>
        </message>
        <message>
            <source>Dashboard first day</source>
            <translation>仪表板第一天</translation>
        </message>
        <message>
            <source>Dashboard last day</source>
            <translation>仪表板最后一天</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>导出 PNG…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>decisions</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>cases per staffed hour</source>
            <translation>每在岗小时的案例数</translation>
        </message>
        <message>
            <source>mean handle time</source>
            <translation>平均处理时长</translation>
        </message>
        <message>
            <source>p90 handle time</source>
            <translation>处理时长 90 分位</translation>
        </message>
        <message>
            <source>skip rate</source>
            <translation>跳过率</translation>
        </message>
        <message>
            <source>overturned by QA</source>
            <translation>被质检推翻</translation>
        </message>
        <message>
            <source>QA agreement</source>
            <translation>质检一致率</translation>
        </message>
        <message>
            <source>waiting in queues</source>
            <translation>队列中等待</translation>
        </message>
        <message>
            <source>Throughput per moderator</source>
            <translation>各审核员的处理量</translation>
        </message>
        <message>
            <source>Throughput per vendor</source>
            <translation>各外包商的处理量</translation>
        </message>
        <message>
            <source>Handle time per moderator</source>
            <translation>各审核员的处理时长</translation>
        </message>
        <message>
            <source>seconds · blue: mean · orange: p90</source>
            <translation>秒 · 蓝色：平均值 · 橙色：90 分位</translation>
        </message>
        <message>
            <source>Action mix</source>
            <translation>处置构成</translation>
        </message>
        <message>
            <source>final decisions in the period</source>
            <translation>该时间段内的最终处理决定</translation>
        </message>
        <message>
            <source>QA agreement by week</source>
            <translation>按周的质检一致率</translation>
        </message>
        <message>
            <source>% of QA verdicts that upheld the decision</source>
            <translation>质检结论维持原处理决定的百分比</translation>
        </message>
        <message>
            <source>Queue depth</source>
            <translation>队列深度</translation>
        </message>
        <message>
            <source>cases waiting now · age of the oldest</source>
            <translation>当前等待的案例 · 最早案例的等待时长</translation>
        </message>
        <message>
            <source>Skip reasons</source>
            <translation>跳过原因</translation>
        </message>
        <message>
            <source>skips in the period</source>
            <translation>该时间段内的跳过次数</translation>
        </message>
        <message>
            <source>Overturn rate per moderator</source>
            <translation>各审核员的推翻率</translation>
        </message>
        <message>
            <source>% of QA-reviewed decisions overturned</source>
            <translation>经质检复核的处理决定中被推翻的百分比</translation>
        </message>
        <message>
            <source>Moderators</source>
            <translation>审核员</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>外包商</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天</translation>
        </message>
        <message>
            <source>QA by week</source>
            <translation>按周质检</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>%1 table</source>
            <translation>%1 表格</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Not loaded: %1</source>
            <translation>未加载：%1</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>您本人</translation>
        </message>
        <message>
            <source>your team</source>
            <translation>您的团队</translation>
        </message>
        <message>
            <source>every team</source>
            <translation>所有团队</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>cases waiting · age of the oldest</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Updated %1</source>
            <translation>更新于 %1</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>Staffed hours</source>
            <translation>在岗小时数</translation>
        </message>
        <message>
            <source>Cases / hour</source>
            <translation>案例数/小时</translation>
        </message>
        <message>
            <source>Mean handle (s)</source>
            <translation>平均处理时长（秒）</translation>
        </message>
        <message>
            <source>p90 handle (s)</source>
            <translation>处理时长 90 分位（秒）</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>上报次数</translation>
        </message>
        <message>
            <source>Skips</source>
            <translation>跳过次数</translation>
        </message>
        <message>
            <source>Skip rate</source>
            <translation>跳过率</translation>
        </message>
        <message>
            <source>QA reviewed</source>
            <translation>已质检</translation>
        </message>
        <message>
            <source>Overturned</source>
            <translation>被推翻</translation>
        </message>
        <message>
            <source>Overturn rate</source>
            <translation>推翻率</translation>
        </message>
        <message>
            <source>All</source>
            <comment>the totals row</comment>
            <translation>合计</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>审核员</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>外包商</translation>
        </message>
        <message>
            <source>Day (UTC)</source>
            <translation>日期（协调世界时）</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>处置</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>已复核</translation>
        </message>
        <message>
            <source>Upheld</source>
            <translation>维持</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>一致率</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Oldest case</source>
            <translation>最早案例</translation>
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation>目标时限（SLA）</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>上报</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>直播</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <comment>a service level target</comment>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>Export dashboard as PNG</source>
            <translation>将仪表板导出为 PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>无法写入 %1</translation>
        </message>
        <message>
            <source>Export dashboard tables as CSV</source>
            <translation>将仪表板表格导出为 CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Nothing to export yet: refresh first.</source>
            <translation>尚无可导出的内容：请先刷新。</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>DecisionChainView</name>
        <message>
            <source>Decision</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>Undo (retract)</source>
            <translation>撤销（撤回）</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>已上报</translation>
        </message>
        <message>
            <source>Escalation decided</source>
            <translation>上报已处理</translation>
        </message>
        <message>
            <source>QA verdict</source>
            <translation>质检结论</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>异议</translation>
        </message>
        <message>
            <source>Dispute resolved</source>
            <translation>异议已解决</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a case's status</comment>
            <translation>待处理</translation>
        </message>
        <message>
            <source>leased</source>
            <comment>a case's status</comment>
            <translation>已认领</translation>
        </message>
        <message>
            <source>decided</source>
            <comment>a case's status</comment>
            <translation>已处理</translation>
        </message>
        <message>
            <source>escalated</source>
            <comment>a case's status</comment>
            <translation>已上报</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a dispute's state</comment>
            <translation>未解决</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>a dispute's state</comment>
            <translation>已接受</translation>
        </message>
        <message>
            <source>rejected</source>
            <comment>a dispute's state</comment>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>Case %1 · decision chain</source>
            <extracomment>the case content is on screen (every snapshot drawn or failed)</extracomment>
            <translation>案例 %1 · 处理决定链</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>案例 %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事件</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>处置</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>政策类别</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Timeline of the case</source>
            <translation>案例时间线</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>处理时间</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>审核员</translation>
        </message>
        <message>
            <source>Handle time</source>
            <translation>处理时长</translation>
        </message>
        <message>
            <source>Supersedes</source>
            <translation>取代</translation>
        </message>
        <message>
            <source>Superseded by</source>
            <translation>被取代于</translation>
        </message>
        <message>
            <source>QA</source>
            <translation>质检</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Decisions on the case</source>
            <translation>此案例的处理决定</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>复核时间</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>最终</translation>
        </message>
        <message>
            <source>QA action</source>
            <translation>质检处置</translation>
        </message>
        <message>
            <source>Dispute note</source>
            <translation>异议备注</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>解决结果</translation>
        </message>
        <message>
            <source>QA verdicts and disputes</source>
            <translation>质检结论和异议</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>时间线</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>QA and disputes</source>
            <translation>质检和异议</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案例</translation>
        </message>
        <message>
            <source>Loading the case…</source>
            <translation>正在加载案例…</translation>
        </message>
        <message>
            <source>The case could not be loaded: %1</source>
            <translation>无法加载案例：%1</translation>
        </message>
        <message>
            <source>The chain could not be loaded: %1</source>
            <translation>无法加载处理决定链：%1</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Queue %1 · status %2</source>
            <translation>队列 %1 · 状态 %2</translation>
        </message>
        <message>
            <source>%1 · streamer @%2</source>
            <translation>%1 · 主播 @%2</translation>
        </message>
        <message>
            <source>%1 · stream “%2”</source>
            <translation>%1 · 直播“%2”</translation>
        </message>
        <message>
            <source>Escalated: %1 — %2</source>
            <translation>已上报：%1 — %2</translation>
        </message>
        <message>
            <source>Escalated: %1</source>
            <translation>已上报：%1</translation>
        </message>
        <message>
            <source>In force: %1 by %2 (%3)</source>
            <translation>生效中：%1，由 %2 做出（%3）</translation>
        </message>
        <message>
            <source>No decision is in force (the last one was undone).</source>
            <translation>当前没有生效的处理决定（最后一个已被撤销）。</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>when a decision was made, by whom</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>an action, then its policy areas</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>QA and disputes (%1)</source>
            <translation>质检和异议（%1）</translation>
        </message>
        <message>
            <source>Decisions (%1)</source>
            <translation>处理决定（%1）</translation>
        </message>
    </context>
    <context>
        <name>DecisionImport</name>
        <message numerus="yes">
            <source>%n decision(s) accepted.</source>
            <translation>
                <numerusform>已接受 %n 条处理决定。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) refused.</source>
            <translation>
                <numerusform>已拒绝 %n 条处理决定。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) were already in the service.</source>
            <translation>
                <numerusform>%n 条处理决定已在服务中。</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: decision %1: %2</source>
            <translation>已拒绝：处理决定 %1：%2</translation>
        </message>
        <message>
            <source>Imported decisions of %1</source>
            <translation>%1 的已导入处理决定</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>导入摘要</translation>
        </message>
        <message>
            <source>How many decisions the service accepted and refused, with each refusal's reason</source>
            <translation>服务接受和拒绝的处理决定数量，以及每次拒绝的原因</translation>
        </message>
    </context>
    <context>
        <name>DecisionKeyFilter</name>
        <message>
            <source>decision keys are paused</source>
            <extracomment>what a remap refusal names as the key's owner: the key and its function (a code) what ``DecisionKeyFilter.refused`` says (stable words that a listener may compare; :func:`refusal_text` words them for a person)</extracomment>
            <translation>处理决定按键已暂停</translation>
        </message>
        <message>
            <source>too soon after the case appeared</source>
            <translation>案例出现后太快</translation>
        </message>
        <message>
            <source>Policy area: %1</source>
            <translation>政策类别：%1</translation>
        </message>
        <message>
            <source>Undo the last decision</source>
            <translation>撤销上一个处理决定</translation>
        </message>
        <message>
            <source>Skip this case (asks why)</source>
            <translation>跳过此案例（会询问原因）</translation>
        </message>
        <message>
            <source>Hold to see a blurred snapshot</source>
            <translation>按住以查看模糊处理的截图</translation>
        </message>
        <message>
            <source>This sheet</source>
            <translation>本快捷键表</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <comment>two keys</comment>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation>上一张 / 下一张截图</translation>
        </message>
        <message>
            <source>Search the chat</source>
            <translation>搜索聊天</translation>
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation>在聊天中：该作者的消息</translation>
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation>清除聊天筛选，离开文本框</translation>
        </message>
    </context>
    <context>
        <name>DecisionKeys</name>
        <message>
            <source>%1: %2 is kept for undo</source>
            <translation>%1：%2 保留用于撤销</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the shortcut sheet</source>
            <translation>%1：%2 保留用于快捷键表</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the previous snapshot</source>
            <translation>%1：%2 保留用于上一张截图</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the next snapshot</source>
            <translation>%1：%2 保留用于下一张截图</translation>
        </message>
        <message>
            <source>%1: %2 is kept for a chat author's history</source>
            <translation>%1：%2 保留用于查看聊天作者的历史</translation>
        </message>
        <message>
            <source>%1: %2 is kept for leaving a field</source>
            <translation>%1：%2 保留用于离开输入框</translation>
        </message>
        <message>
            <source>%1: no such action in policy %2</source>
            <translation>%1：政策 %2 中没有此处置</translation>
        </message>
        <message>
            <source>%1: %2 is not a single key</source>
            <translation>%1：%2 不是单个按键</translation>
        </message>
        <message>
            <source>%1: %2 picks a policy area</source>
            <translation>%1：%2 用于选择政策类别</translation>
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation>%1：%2 已经是 %3</translation>
        </message>
    </context>
    <context>
        <name>DecodePipeline</name>
        <message>
            <source>the image is not in the local cache</source>
            <extracomment>a prefetch that is never used (cases skipped) must not grow the set without end what a decode is for: the strip, the viewer at rest, the viewer while held (veiled slots only), and the two viewer images again at full resolution for zooming what the decode worker does to the pixels (``ui.case.decoder.EFFECTS``)</extracomment>
            <translation>该图像不在本地缓存中</translation>
        </message>
    </context>
    <context>
        <name>DemoRunner</name>
        <message>
            <source>Seeding the demo service with cases…</source>
            <translation>正在为演示服务填充案例…</translation>
        </message>
        <message>
            <source>Starting the demo service…</source>
            <translation>正在启动演示服务…</translation>
        </message>
    </context>
    <context>
        <name>DemoService</name>
        <message>
            <source>Seeding the demo service failed (exit %1).
%2</source>
            <translation>填充演示服务失败（退出码 %1）。
%2</translation>
        </message>
        <message>
            <source>The demo service stopped at start (exit %1).
%2</source>
            <translation>演示服务在启动时停止（退出码 %1）。
%2</translation>
        </message>
    </context>
    <context>
        <name>DesktopApp</name>
        <message>
            <source>The site configuration file %1, line %2: %3. Sign-in stays off until your IT department fixes the file.</source>
            <extracomment>set by tests and the benchmark: print timing marks to stdout</extracomment>
            <translation>站点配置文件 %1 第 %2 行：%3。在信息技术部门修复该文件之前无法登录。</translation>
        </message>
        <message>
            <source>The site configuration file %1: %2. Sign-in stays off until your IT department fixes the file.</source>
            <translation>站点配置文件 %1：%2。在信息技术部门修复该文件之前无法登录。</translation>
        </message>
        <message>
            <source>The local work store cannot be opened: %1</source>
            <translation>无法打开本地工作存储：%1</translation>
        </message>
        <message>
            <source>You are signed out.</source>
            <translation>您已退出登录。</translation>
        </message>
    </context>
    <context>
        <name>DisputesPage</name>
        <message>
            <source>Open disputes</source>
            <translation>未解决的异议</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案例</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>审核员</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>QA decision</source>
            <translation>质检处理决定</translation>
        </message>
        <message>
            <source>Moderator's note</source>
            <translation>审核员的备注</translation>
        </message>
        <message>
            <source>Resolution note</source>
            <translation>解决备注</translation>
        </message>
        <message>
            <source>Your answer to the moderator (optional)</source>
            <translation>您给审核员的答复（可选）</translation>
        </message>
        <message>
            <source>Accept: the decision stands</source>
            <translation>接受：维持原处理决定</translation>
        </message>
        <message>
            <source>Reject: the overturn stands</source>
            <translation>驳回：维持推翻结果</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a case, then its queue</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open dispute(s).</source>
            <translation>
                <numerusform>%Ln 个未解决的异议。</numerusform>
            </translation>
        </message>
        <message>
            <source>No open disputes.</source>
            <translation>没有未解决的异议。</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Enter the address of the case service, for example https://review.example.com.</source>
            <translation>请输入案例服务的地址，例如 https://review.example.com。</translation>
        </message>
        <message>
            <source>“%1” is not a web address. It should look like https://review.example.com.</source>
            <translation>“%1”不是网址。它应类似于 https://review.example.com。</translation>
        </message>
        <message>
            <source>This address uses plain http://, which would send your password unencrypted. Use https:// (plain http is allowed only for a service on this computer).</source>
            <translation>此地址使用未加密的 http://，会以明文发送您的密码。请使用 https://（仅本机上的服务允许使用未加密连接）。</translation>
        </message>
        <message>
            <source>This client is too old for the case service; version %1 or newer is needed.</source>
            <translation>此客户端版本过旧，无法用于该案例服务；需要 %1 或更高版本。</translation>
        </message>
        <message>
            <source>The case service cannot be reached. Your work is kept and will sync later.</source>
            <translation>无法连接到案例服务。您的工作已保存，稍后会同步。</translation>
        </message>
        <message>
            <source>The secure connection to the case service failed (certificate or TLS problem).</source>
            <translation>与案例服务的安全连接失败（证书或加密协议问题）。</translation>
        </message>
        <message>
            <source>The service address must use https:// (plain http is allowed only locally).</source>
            <translation>服务地址必须使用 https://（仅本机允许使用未加密连接）。</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>您的会话已结束。请重新登录。</translation>
        </message>
        <message>
            <source>The user name or password is not correct.</source>
            <translation>用户名或密码不正确。</translation>
        </message>
        <message>
            <source>This account is disabled. Your work is kept and will sync when it is enabled again.</source>
            <translation>此账号已被停用。您的工作已保存，账号重新启用后将同步。</translation>
        </message>
        <message>
            <source>You must choose a new password before you can sign in.</source>
            <translation>您必须先设置新密码才能登录。</translation>
        </message>
        <message>
            <source>Your account is not allowed to do this.</source>
            <translation>您的账号无权执行此操作。</translation>
        </message>
        <message>
            <source>The case service does not know this item.</source>
            <translation>案例服务不认识此条目。</translation>
        </message>
        <message>
            <source>Someone else changed this first (for example the lease was lost).</source>
            <translation>有人先更改了此内容（例如认领已失效）。</translation>
        </message>
        <message>
            <source>The case service asks us to slow down; sync will retry shortly.</source>
            <translation>案例服务要求降低请求速度；同步将很快重试。</translation>
        </message>
        <message>
            <source>The case service had a problem; sync will retry shortly.</source>
            <translation>案例服务出现问题；同步将很快重试。</translation>
        </message>
        <message>
            <source>The case service sent an answer this client cannot use.</source>
            <translation>案例服务发送了此客户端无法使用的答复。</translation>
        </message>
        <message>
            <source>This client is too old for the case service. Please update it.</source>
            <translation>此客户端版本过旧，无法用于该案例服务。请更新客户端。</translation>
        </message>
        <message>
            <source>The case service refused the request as invalid.</source>
            <translation>案例服务以请求无效为由拒绝了该请求。</translation>
        </message>
        <message>
            <source>The case service answered with an error.</source>
            <translation>案例服务返回了错误。</translation>
        </message>
        <message>
            <source>Cannot store your sign-in safely: %1. Tokens are kept only in the system keyring (GNOME Keyring / KWallet via Secret Service, macOS Keychain, Windows Credential Manager). Start or unlock it and sign in again.</source>
            <translation>无法安全保存您的登录信息：%1。令牌仅保存在系统密钥环中（GNOME Keyring / KWallet 经 Secret Service、macOS Keychain、Windows Credential Manager）。请启动或解锁密钥环后重新登录。</translation>
        </message>
        <message>
            <source>The user name or password is not correct. Check both and try again.</source>
            <translation>用户名或密码不正确。请检查两者后重试。</translation>
        </message>
        <message>
            <source>The secure connection to the case service at %1 failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation>与位于 %1 的案例服务的安全连接失败：无法验证其证书。请检查地址；如果地址正确，请询问信息技术团队这台电脑是否信任该服务的证书。</translation>
        </message>
        <message>
            <source>The secure connection to the case service failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation>与案例服务的安全连接失败：无法验证其证书。请检查地址；如果地址正确，请询问信息技术团队这台电脑是否信任该服务的证书。</translation>
        </message>
        <message>
            <source>Cannot reach the case service at %1. Check the address and this computer's network connection, then try again.</source>
            <translation>无法连接到位于 %1 的案例服务。请检查地址和这台电脑的网络连接，然后重试。</translation>
        </message>
        <message>
            <source>Cannot reach the case service. Check the address and this computer's network connection, then try again.</source>
            <translation>无法连接到案例服务。请检查地址和这台电脑的网络连接，然后重试。</translation>
        </message>
        <message>
            <source>This account may not use the review desk. Ask your team lead for access.</source>
            <translation>此账号不能使用审核台。请向您的组长申请权限。</translation>
        </message>
        <message>
            <source>Sign-in failed unexpectedly (%1). Please try again.</source>
            <translation>登录意外失败（%1）。请重试。</translation>
        </message>
    </context>
    <context>
        <name>EscalationReasons</name>
        <message>
            <source>Credible threat of harm</source>
            <extracomment>why a moderator escalated (the taxonomy's escalation reasons)</extracomment>
            <translation>可信的伤害威胁</translation>
        </message>
        <message>
            <source>Minor safety specialist needed</source>
            <translation>需要未成年人安全专员</translation>
        </message>
        <message>
            <source>Policy unclear or missing</source>
            <translation>政策不明确或缺失</translation>
        </message>
        <message>
            <source>Legal or law-enforcement request</source>
            <translation>法律或执法机关请求</translation>
        </message>
        <message>
            <source>High-profile account</source>
            <translation>高知名度账号</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>EscalationsWindow</name>
        <message>
            <source>My escalations · Live Review Desk</source>
            <translation>我的上报 · Live Review Desk</translation>
        </message>
        <message>
            <source>My escalations</source>
            <translation>我的上报</translation>
        </message>
        <message>
            <source>Cases you escalated, newest first, with what the lead decided.</source>
            <translation>您上报的案例，最新的在前，附组长的处理结果。</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案例</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>上报时间</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>决定人</translation>
        </message>
        <message>
            <source>Lead's note</source>
            <translation>组长备注</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>escalations shown · still waiting</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln escalation(s)</source>
            <translation>
                <numerusform>%Ln 个上报</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting for a lead</source>
            <translation>
                <numerusform>%Ln 个等待组长处理</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>等待中</translation>
        </message>
    </context>
    <context>
        <name>ExposureStatus</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes seen</comment>
            <extracomment>how often (ms) the exposure minutes, the break reminder and the idle rule are checked</extracomment>
            <translation>
                <numerusform>%Ln 分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;1 min</source>
            <translation>不到 1 分钟</translation>
        </message>
        <message>
            <source>uncategorised</source>
            <comment>sensitive content without a policy area</comment>
            <translation>未分类</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a category, then its minutes</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source> · </source>
            <comment>between categories</comment>
            <translation> · </translation>
        </message>
        <message>
            <source>Sensitive content seen this session</source>
            <translation>本次会话中查看的敏感内容</translation>
        </message>
        <message>
            <source>Sensitive seen: none</source>
            <translation>已看敏感内容：无</translation>
        </message>
        <message>
            <source>Sensitive seen: %1 …</source>
            <translation>已看敏感内容：%1 …</translation>
        </message>
        <message>
            <source>Sensitive seen: %1</source>
            <translation>已看敏感内容：%1</translation>
        </message>
        <message numerus="yes">
            <source>Minutes of sensitive content on screen un-blurred this session (about %Ln min in all):
%1</source>
            <translation>
                <numerusform>本次会话中屏幕上未模糊显示的敏感内容分钟数（共约 %Ln 分钟）：
%1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Following</name>
        <message>
            <source>The stream has already ended, so it cannot be ended. Nothing was recorded: choose another action.</source>
            <translation>直播已经结束，无法再结束。未记录任何内容：请选择其他处置。</translation>
        </message>
        <message>
            <source>This action no longer applies to this case.</source>
            <translation>此处置已不适用于此案例。</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>%1k</source>
            <comment>thousands, short</comment>
            <translation>%1千</translation>
        </message>
        <message>
            <source>%1M</source>
            <comment>millions, short</comment>
            <translation>%1百万</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <translation>%1%</translation>
        </message>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds, short</comment>
            <translation>
                <numerusform>%Ln 秒</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes, short</comment>
            <translation>
                <numerusform>%Ln 分钟</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <comment>hours and minutes, short</comment>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>a duration in days</comment>
            <translation>
                <numerusform>%Ln 天</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>seconds with a decimal</comment>
            <translation>%1 秒</translation>
        </message>
    </context>
    <context>
        <name>GoldenPage</name>
        <message>
            <source>Golden items</source>
            <translation>标准样本</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案例</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Reference action</source>
            <translation>参考处置</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>政策类别</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Case id of a decided case</source>
            <translation>已决定案例的编号</translation>
        </message>
        <message>
            <source>Promote</source>
            <translation>设为标准样本</translation>
        </message>
        <message>
            <source>Retire selected</source>
            <translation>停用所选</translation>
        </message>
        <message numerus="yes">
            <source>%n golden item(s)</source>
            <translation>
                <numerusform>%n 个标准样本</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the id of a decided case.</source>
            <translation>请输入已决定案例的编号。</translation>
        </message>
        <message>
            <source>%1 is a golden item now.</source>
            <translation>%1 现在是标准样本。</translation>
        </message>
        <message>
            <source>%1 was retired.</source>
            <translation>%1 已停用。</translation>
        </message>
    </context>
    <context>
        <name>GuidelinesView</name>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>Vendor: %1</source>
            <translation>外包商：%1</translation>
        </message>
        <message>
            <source>Queue: %1</source>
            <translation>队列：%1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a target kind, then its name</comment>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Publish an urgent guideline</source>
            <translation>发布紧急指南</translation>
        </message>
        <message>
            <source>Guideline title</source>
            <translation>指南标题</translation>
        </message>
        <message>
            <source>One line moderators read first</source>
            <translation>审核员首先阅读的一行文字</translation>
        </message>
        <message>
            <source>Guideline text</source>
            <translation>指南正文</translation>
        </message>
        <message>
            <source>What changes, from when, and what to do instead.</source>
            <translation>有哪些变化、从何时开始，以及应改为怎么做。</translation>
        </message>
        <message>
            <source>Who must read it</source>
            <translation>必须阅读的人员</translation>
        </message>
        <message>
            <source>One vendor</source>
            <translation>一个外包商</translation>
        </message>
        <message>
            <source>One queue</source>
            <translation>一个队列</translation>
        </message>
        <message>
            <source>Vendor that must read it</source>
            <translation>必须阅读的外包商</translation>
        </message>
        <message>
            <source>vendor name, e.g. northdesk</source>
            <translation>外包商名称，例如 northdesk</translation>
        </message>
        <message>
            <source>Queue whose moderators must read it</source>
            <translation>其审核员必须阅读的队列</translation>
        </message>
        <message>
            <source>Moderators must acknowledge it</source>
            <translation>审核员必须确认</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>发布</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>正文</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>外包商</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Published guidelines</source>
            <translation>已发布的指南</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布时间</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>已读</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Who has acknowledged the guideline</source>
            <translation>已确认该指南的人员</translation>
        </message>
        <message>
            <source>Give the guideline a title.</source>
            <translation>请为指南填写标题。</translation>
        </message>
        <message>
            <source>Write what the guideline says.</source>
            <translation>请写下指南的内容。</translation>
        </message>
        <message>
            <source>Name the vendor that must read it.</source>
            <translation>请填写必须阅读的外包商名称。</translation>
        </message>
        <message>
            <source>Name the queue that must read it.</source>
            <translation>请填写必须阅读的队列名称。</translation>
        </message>
        <message>
            <source>Publishing…</source>
            <translation>正在发布…</translation>
        </message>
        <message numerus="yes">
            <source>Published to %Ln person(s): it shows in their banner with the next policy refresh.</source>
            <translation>
                <numerusform>已发布给 %Ln 人：下次刷新政策时会显示在他们的横幅中。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation>未发布：%1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>acknowledged of targeted</comment>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>info</source>
            <comment>a guideline that needs no acknowledgement</comment>
            <translation>通知</translation>
        </message>
        <message>
            <source>“%1” · %2 · %3 of %4 acknowledged, %5 not yet</source>
            <translation>“%1” · %2 · %4 人中 %3 人已确认，%5 人尚未确认</translation>
        </message>
        <message>
            <source>“%1” · %2 · %3 of %4 acknowledged, everyone has read it</source>
            <translation>“%1” · %2 · %4 人中 %3 人已确认，所有人都已阅读</translation>
        </message>
        <message>
            <source>not yet</source>
            <comment>not acknowledged yet</comment>
            <translation>尚未</translation>
        </message>
    </context>
    <context>
        <name>HighProfileConfirm</name>
        <message>
            <source>High-profile account</source>
            <translation>高知名度账号</translation>
        </message>
        <message>
            <source>This account is labelled high profile. Press Enter to confirm %1, or Escape to cancel.</source>
            <translation>此账号带有“高知名度账号”标签。按 Enter 确认%1，或按 Escape 取消。</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Decided</source>
            <extracomment>rows per request: one screenful several times over, small enough to arrive quickly</extracomment>
            <translation>处理时间</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>审核员</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>外包商</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案例</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>主播</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>处置</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>政策类别</translation>
        </message>
        <message>
            <source>Handle time</source>
            <translation>处理时长</translation>
        </message>
        <message>
            <source>QA verdict</source>
            <translation>质检结论</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>dispute open</source>
            <translation>异议未解决</translation>
        </message>
        <message>
            <source>dispute accepted</source>
            <translation>异议已接受</translation>
        </message>
        <message>
            <source>dispute rejected</source>
            <translation>异议已驳回</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between list items</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>已被取代</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>late</source>
            <translation>延迟</translation>
        </message>
        <message>
            <source>chat action on %1</source>
            <comment>a chat action's target: a message or chatter id</comment>
            <translation>针对 %1 的聊天处置</translation>
        </message>
        <message>
            <source>escalation → %1 by %2</source>
            <comment>the decision on the escalated case, who took it</comment>
            <translation>上报 → %1，由 %2 处理</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a QA verdict, then the dispute's state</comment>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Any</source>
            <comment>a yes/no filter</comment>
            <extracomment>columns whose cells may be cut: the tool tip shows them whole (as plain text) a note is cut in the cell; the whole note is in the tool tip and the chain view</extracomment>
            <translation>任意</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>a yes/no filter</comment>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <comment>a yes/no filter</comment>
            <translation>否</translation>
        </message>
        <message>
            <source>Decision history</source>
            <extracomment>an overturned verdict stands out in the QA column (the theme's red, readable on it)</extracomment>
            <translation>处理决定历史</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>审核员</translation>
        </message>
        <message>
            <source>Every moderator</source>
            <translation>所有审核员</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>外包商</translation>
        </message>
        <message>
            <source>Every vendor</source>
            <translation>所有外包商</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Every queue</source>
            <translation>所有队列</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>处置</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>所有处置</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>政策类别</translation>
        </message>
        <message>
            <source>Every policy area</source>
            <translation>所有政策类别</translation>
        </message>
        <message>
            <source>Decided between</source>
            <translation>处理时间范围</translation>
        </message>
        <message>
            <source>Filter by decision date</source>
            <translation>按处理决定日期筛选</translation>
        </message>
        <message>
            <source>History first day</source>
            <translation>历史第一天</translation>
        </message>
        <message>
            <source>History last day</source>
            <translation>历史最后一天</translation>
        </message>
        <message>
            <source>Overturned by QA</source>
            <translation>被质检推翻</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>有异议</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>已上报</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>所有类型</translation>
        </message>
        <message>
            <source>Case decisions</source>
            <translation>案例处理决定</translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>聊天处置</translation>
        </message>
        <message>
            <source>Apply filters</source>
            <translation>应用筛选</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>Overturned</source>
            <translation>被推翻</translation>
        </message>
        <message>
            <source>to</source>
            <comment>decided between one date and another</comment>
            <translation>至</translation>
        </message>
        <message>
            <source>Look up a case id or a streamer handle</source>
            <translation>查找案例编号或主播账号</translation>
        </message>
        <message>
            <source>Case id, or @handle of a streamer</source>
            <translation>案例编号，或主播的 @账号</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>导出 CSV…</translation>
        </message>
        <message>
            <source>Every decision of the current filter, as a CSV file</source>
            <translation>当前筛选下的所有处理决定，导出为 CSV 文件</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a user name, then a display name</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>That filter is not valid: %1</source>
            <translation>该筛选条件无效：%1</translation>
        </message>
        <message>
            <source>Looking up…</source>
            <translation>正在查找…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>No decision matches this filter.</source>
            <translation>没有符合此筛选条件的处理决定。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s) shown, latest received first; scroll down for more.</source>
            <translation>
                <numerusform>已显示 %Ln 个处理决定，最新收到的在前；向下滚动查看更多。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s), latest received first: all of this filter.</source>
            <translation>
                <numerusform>%Ln 个处理决定，最新收到的在前：此筛选条件的全部结果。</numerusform>
            </translation>
        </message>
        <message>
            <source>The history could not be loaded: %1</source>
            <translation>无法加载历史：%1</translation>
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation>将历史导出为 CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln decision(s) to %1.</source>
            <translation>
                <numerusform>已将 %Ln 个处理决定导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: %1</source>
            <translation>导出失败：%1</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Workstation locked</source>
            <translation>工作站已锁定</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>已登录为 %1</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>重新登录</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</source>
            <translation>您的密码已被重置。请选择新密码，输入两次后重新登录（密码栏保留临时密码）。</translation>
        </message>
        <message>
            <source>Choose a new password of at least %1 characters.</source>
            <translation>请选择至少 %1 个字符的新密码。</translation>
        </message>
        <message>
            <source>The two new passwords differ: type the same one twice.</source>
            <translation>两次输入的新密码不一致：请输入相同的密码两次。</translation>
        </message>
    </context>
    <context>
        <name>ImageDecoder</name>
        <message>
            <source>cannot read the file: %1</source>
            <translation>无法读取文件：%1</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
        <message numerus="yes">
            <source>the file is too large (%Ln MB)</source>
            <translation>
                <numerusform>文件过大（%Ln MB）</numerusform>
            </translation>
        </message>
        <message>
            <source>not a JPEG, PNG or WebP image</source>
            <translation>不是 JPEG、PNG 或 WebP 图像</translation>
        </message>
        <message>
            <source>not an image this client can read (%1)</source>
            <translation>不是此客户端可读取的图像（%1）</translation>
        </message>
        <message>
            <source>the image does not declare its size</source>
            <translation>图像未声明其尺寸</translation>
        </message>
        <message>
            <source>the image is too large (%1×%2)</source>
            <translation>图像过大（%1×%2）</translation>
        </message>
        <message>
            <source>the image could not be decoded (%1)</source>
            <translation>无法解码图像（%1）</translation>
        </message>
        <message>
            <source>decoding failed: %1</source>
            <translation>解码失败：%1</translation>
        </message>
    </context>
    <context>
        <name>KeyButton</name>
        <message>
            <source>Key for %1</source>
            <translation>%1 的按键</translation>
        </message>
        <message>
            <source>Press Space or click, then press the new key (Esc cancels)</source>
            <translation>按 Space 键或点击，然后按新按键（Esc 取消）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1: no key</source>
            <translation>%1：无按键</translation>
        </message>
        <message>
            <source>Press a key…</source>
            <translation>请按一个键…</translation>
        </message>
    </context>
    <context>
        <name>KeyRefusal</name>
        <message>
            <source>%1 has no key of its own (undo records it)</source>
            <translation>%1 没有专属按键（撤销会记录它）</translation>
        </message>
        <message>
            <source>%1: “%2” is not a single key</source>
            <translation>%1：“%2”不是单个按键</translation>
        </message>
        <message>
            <source>%1: %2 is kept for %3</source>
            <translation>%1：%2 保留用于%3</translation>
        </message>
        <message>
            <source>%1: %2 picks the policy area %3</source>
            <translation>%1：%2 用于选择政策类别 %3</translation>
        </message>
        <message>
            <source>“%1” is not an action of policy %2</source>
            <translation>“%1”不是政策 %2 中的处置</translation>
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation>%1：%2 已经是 %3</translation>
        </message>
    </context>
    <context>
        <name>Keymap</name>
        <message>
            <source>holding to reveal a blurred snapshot</source>
            <extracomment>keys the review screen uses for something else, and what (marked: the client shows them in the person's language with ``translate("Keymap", value)``)</extracomment>
            <translation>按住以显示模糊处理的截图</translation>
        </message>
        <message>
            <source>skipping a case</source>
            <translation>跳过案例</translation>
        </message>
        <message>
            <source>the shortcut sheet</source>
            <translation>快捷键表</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>searching the chat</source>
            <translation>搜索聊天</translation>
        </message>
        <message>
            <source>the previous snapshot</source>
            <translation>上一张截图</translation>
        </message>
        <message>
            <source>the next snapshot</source>
            <translation>下一张截图</translation>
        </message>
        <message>
            <source>moving in lists</source>
            <translation>在列表中移动</translation>
        </message>
        <message>
            <source>a chat author's history</source>
            <translation>聊天作者的历史</translation>
        </message>
        <message>
            <source>leaving a field</source>
            <translation>离开输入框</translation>
        </message>
        <message>
            <source>moving the focus</source>
            <translation>移动焦点</translation>
        </message>
        <message>
            <source>pressing the focused button</source>
            <translation>按下有焦点的按钮</translation>
        </message>
    </context>
    <context>
        <name>LabelRequestsView</name>
        <message>
            <source>Account labels</source>
            <translation>账号标签</translation>
        </message>
        <message>
            <source>Labels your team asked for on streamers' accounts. An approved label shows in the header of every later case of that account until it expires.</source>
            <translation>您的团队为主播账号申请的标签。已批准的标签会显示在该账号此后每个案例的标题栏中，直至过期。</translation>
        </message>
        <message>
            <source>Which requests</source>
            <translation>显示哪些申请</translation>
        </message>
        <message>
            <source>Waiting for a decision</source>
            <translation>等待处理决定</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>申请时间</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Account label requests</source>
            <translation>账号标签申请</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Expires after</source>
            <translation>有效期</translation>
        </message>
        <message>
            <source>Note for the requester (optional)</source>
            <translation>给申请人的备注（可选）</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message numerus="yes">
            <source>%Ln request(s)</source>
            <translation>
                <numerusform>%Ln 个申请</numerusform>
            </translation>
        </message>
        <message>
            <source>Approved until %1.</source>
            <translation>已批准，有效期至 %1。</translation>
        </message>
        <message>
            <source>Declined.</source>
            <translation>已拒绝。</translation>
        </message>
    </context>
    <context>
        <name>LeadChart</name>
        <message>
            <source>%1 %</source>
            <comment>a whole percentage</comment>
            <extracomment>how a value label reads (locale digits, translated units): the page decides</extracomment>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Nothing in this period</source>
            <translation>该时间段内没有数据</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a category and its value</comment>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>LeadWindow</name>
        <message>
            <source>Team audit · %1 · Live Review Desk</source>
            <extracomment>an import ended: the summary or the problem, as shown</extracomment>
            <translation>团队审计 · %1 · Live Review Desk</translation>
        </message>
        <message>
            <source>Loading the charts…</source>
            <translation>正在加载图表…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <source>Audit chains</source>
            <translation>审计链</translation>
        </message>
        <message>
            <source>Guidelines</source>
            <translation>指南</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>仪表板</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>超时记录</translation>
        </message>
        <message>
            <source>Account labels</source>
            <translation>账号标签</translation>
        </message>
        <message>
            <source>Weekly report…</source>
            <translation>周报…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Import a disabled moderator's decisions…</source>
            <translation>导入已停用审核员的处理决定…</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>Import a disabled moderator's decisions</source>
            <translation>导入已停用审核员的处理决定</translation>
        </message>
        <message>
            <source>Decision exports (*.json)</source>
            <translation>处理决定导出文件 (*.json)</translation>
        </message>
        <message>
            <source>This file is not a desk's decision export: %1</source>
            <translation>此文件不是审核台的处理决定导出文件：%1</translation>
        </message>
        <message>
            <source>Team audit</source>
            <translation>团队审计</translation>
        </message>
        <message>
            <source>History, audit chains, urgent guidelines and the team dashboard</source>
            <translation>历史、审计链、紧急指南和团队仪表板</translation>
        </message>
    </context>
    <context>
        <name>LiveLine</name>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds left, short</comment>
            <translation>
                <numerusform>%Ln 秒</numerusform>
            </translation>
        </message>
        <message>
            <source>due in %1</source>
            <comment>the case's SLA deadline</comment>
            <translation>%1后到期</translation>
        </message>
        <message>
            <source>overdue by %1</source>
            <comment>past the SLA deadline</comment>
            <translation>已超时 %1</translation>
        </message>
        <message>
            <source>LIVE</source>
            <comment>the stream is live now</comment>
            <translation>直播中</translation>
        </message>
        <message>
            <source>ended</source>
            <comment>the stream has ended</comment>
            <translation>已结束</translation>
        </message>
        <message numerus="yes">
            <source>%1 viewer(s)</source>
            <comment>a compact count, e.g. 48k</comment>
            <translation>
                <numerusform>%1 名观众</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 report(s) in 5 min</source>
            <comment>velocity, a compact count</comment>
            <translation>
                <numerusform>5 分钟内 %1 条举报</numerusform>
            </translation>
        </message>
        <message>
            <source>reopened after “no violation”</source>
            <comment>new reports came in</comment>
            <translation>在“无违规”后重新打开</translation>
        </message>
        <message>
            <source> · </source>
            <comment>between the pieces of the line</comment>
            <translation> · </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo · sign-in kept in memory only (no system keyring)</source>
            <extracomment>how often the taxonomy (and its announcements) is fetched again how long sign-out lets the sync thread finish its last upload and releases; past it the thread is given up, the crash marker stays and the decisions wait on this machine note the moderator's activity for lease renewal at most this often the service's /v1/info answer (its version, the newest desk it advertises)</extracomment>
            <translation>Live Review Desk — %1（%2）· %3 · 演示 · 登录信息仅保存在内存中（无系统密钥环）</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · sign-in kept in memory only (no system keyring)</source>
            <translation>Live Review Desk — %1（%2）· %3 · 登录信息仅保存在内存中（无系统密钥环）</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo</source>
            <translation>Live Review Desk — %1（%2）· %3 · 演示</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3</source>
            <translation>Live Review Desk — %1（%2）· %3</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>审核</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Back to the list of queues (pauses review)</source>
            <translation>返回队列列表（暂停审核）</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Pause (%1): stop the handle-time clock and give back undecided cases</source>
            <translation>暂停（%1）：停止处理时长计时并退回未处理的案例</translation>
        </message>
        <message>
            <source>Sync problems</source>
            <translation>同步问题</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Release unfinished cases, remove cached case content and forget the sign-in</source>
            <translation>释放未完成的案例，删除缓存的案例内容并清除登录信息</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>The version of this desk, the case service and whom to ask for help</source>
            <translation>本审核台和案例服务的版本，以及向谁求助</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a person's name and role</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>The last session did not close cleanly: cached case content was removed and is fetched again. Your decisions are safe.</source>
            <translation>上次会话未正常关闭：缓存的案例内容已删除，将重新获取。您的处理决定是安全的。</translation>
        </message>
        <message>
            <source>This case was leased longer ago than the retention period allows: its cached content was removed. Decide it from what is on screen or skip it.</source>
            <translation>此案例的认领时间已超过保留期限：其缓存内容已删除。请根据屏幕上的内容处理，或跳过它。</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>已恢复。</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>继续</translation>
        </message>
        <message numerus="yes">
            <source>Paused. %n undecided case(s) went back to the queue; the handle-time clock is stopped.</source>
            <translation>
                <numerusform>已暂停。%n 个未处理的案例已退回队列；处理时长计时已停止。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) came back with a problem: see Sync problems.</source>
            <translation>
                <numerusform>%n 个处理决定返回了问题：请查看“同步问题”。</numerusform>
            </translation>
        </message>
        <message>
            <source>Your session ended. Please sign in again.</source>
            <translation>您的会话已结束。请重新登录。</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message numerus="yes">
            <source>%n held decision(s) written to %1</source>
            <translation>
                <numerusform>已将 %n 个暂存的决定写入 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>You are signed out.</source>
            <translation>您已退出登录。</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>two sentences, one after the other</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The case service did not answer in time.</source>
            <translation>案例服务未及时答复。</translation>
        </message>
        <message>
            <source>Still signing out. %1</source>
            <translation>仍在退出登录。%1</translation>
        </message>
        <message>
            <source>Signing out: removing cached case content…</source>
            <translation>正在退出登录：删除缓存的案例内容…</translation>
        </message>
        <message>
            <source>Signing out: ending your session with the service…</source>
            <translation>正在退出登录：结束您与服务的会话…</translation>
        </message>
    </context>
    <context>
        <name>MyEscalations</name>
        <message>
            <source>Your escalation of case %1 was resolved: %2 (by %3).</source>
            <extracomment>how often the watch reads the list (ms): an outcome is news, not an alarm roles that escalate cases (QA reviewers answer calibration items instead)</extracomment>
            <translation>您对案例 %1 的上报已处理：%2（由 %3 处理）。</translation>
        </message>
        <message numerus="yes">
            <source>%n of your escalations were resolved.</source>
            <translation>
                <numerusform>您的上报中有 %n 个已处理。</numerusform>
            </translation>
        </message>
        <message>
            <source>My escalations</source>
            <translation>我的上报</translation>
        </message>
        <message>
            <source>Cases you escalated and the lead's outcome (%1)</source>
            <translation>您上报的案例及组长的处理结果（%1）</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New calibration session</source>
            <translation>新建校准会话</translation>
        </message>
        <message>
            <source>Week 48 golden set</source>
            <translation>第 48 周标准样本集</translation>
        </message>
        <message>
            <source>qa1, lead1</source>
            <comment>example user names</comment>
            <translation>qa1, lead1</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Reviewers (user names)</source>
            <translation>审核者（用户名）</translation>
        </message>
        <message>
            <source>Golden items</source>
            <translation>标准样本</translation>
        </message>
        <message>
            <source>Sampled live decisions</source>
            <translation>抽样的直播处理决定</translation>
        </message>
    </context>
    <context>
        <name>PlainText</name>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
    </context>
    <context>
        <name>PolicyPanel</name>
        <message>
            <source>Policy shortcut panel</source>
            <translation>政策快捷键面板</translation>
        </message>
        <message>
            <source>Decision</source>
            <extracomment>each action's row (key chip, button, requirement hint), to hide per queue</extracomment>
            <translation>处理决定</translation>
        </message>
        <message>
            <source>Policy version</source>
            <translation>政策版本</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>处置</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>政策类别</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Decision note</source>
            <translation>处理决定备注</translation>
        </message>
        <message>
            <source>Note for the record</source>
            <translation>记录备注</translation>
        </message>
        <message>
            <source>Escalation reason</source>
            <translation>上报原因</translation>
        </message>
        <message>
            <source>Decision message</source>
            <translation>处理决定消息</translation>
        </message>
        <message>
            <source>Policy version %1</source>
            <translation>政策版本 %1</translation>
        </message>
        <message>
            <source>Key for %1: %2</source>
            <translation>%1 的按键：%2</translation>
        </message>
        <message>
            <source>%1 (key %2)</source>
            <translation>%1（按键 %2）</translation>
        </message>
        <message>
            <source>%1 needs: %2</source>
            <translation>%1 需要：%2</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>无政策类别</translation>
        </message>
        <message>
            <source>%1  %2</source>
            <comment>a key, then a policy area</comment>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>Policy area (keys %1–%2)</source>
            <translation>政策类别（按键 %1–%2）</translation>
        </message>
        <message>
            <source>No escalation</source>
            <translation>不上报</translation>
        </message>
        <message>
            <source>policy + note</source>
            <translation>政策类别 + 备注</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>政策类别</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>%1 needs a policy area and a note.</source>
            <translation>%1 需要政策类别和备注。</translation>
        </message>
        <message>
            <source>%1 needs a policy area.</source>
            <translation>%1 需要政策类别。</translation>
        </message>
        <message>
            <source>%1 needs a note.</source>
            <translation>%1 需要备注。</translation>
        </message>
        <message>
            <source>Ready: press Enter in the note or press %1 again.</source>
            <translation>就绪：在备注中按 Enter 或再按一次 %1。</translation>
        </message>
        <message>
            <source>Ready: press %1 again.</source>
            <translation>就绪：再按一次 %1。</translation>
        </message>
    </context>
    <context>
        <name>PriorSection</name>
        <message>
            <source>Prior enforcement</source>
            <translation>既往处置记录</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 — %4</source>
            <translation>%1 · %2 · %3 — %4</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message numerus="yes">
            <source>+%Ln earlier</source>
            <translation>
                <numerusform>另有更早的 %Ln 条</numerusform>
            </translation>
        </message>
        <message>
            <source>None on record</source>
            <translation>无记录</translation>
        </message>
        <message>
            <source>Prior enforcement (%1)</source>
            <translation>既往处置记录（%1）</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Held on this desk: the service kept refusing it</source>
            <translation>暂存在本审核台：服务端一直拒收</translation>
        </message>
        <message>
            <source>Conflict: someone else decided this case</source>
            <translation>冲突：其他人已处理此案例</translation>
        </message>
        <message>
            <source>Refused: decision id reused (client problem, please report)</source>
            <translation>已拒收：处理决定编号被重复使用（客户端问题，请报告）</translation>
        </message>
        <message>
            <source>Rejected by the service</source>
            <translation>被服务端驳回</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案例</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>处置</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Sync problems · Live Review Desk</source>
            <extracomment>the ids of the held decisions to put back in the outbox the file to write the held decisions to, for support</extracomment>
            <translation>同步问题 · Live Review Desk</translation>
        </message>
        <message>
            <source>These decisions were not applied by the case service. They are kept here so that nothing is lost silently; tell your team lead about any you do not understand.</source>
            <translation>案例服务未应用这些处理决定。它们保存在这里，不会被悄悄丢失；如有不理解的，请告知您的组长。</translation>
        </message>
        <message>
            <source>No problems: every decision was accepted.</source>
            <translation>没有问题：所有处理决定均已被接受。</translation>
        </message>
        <message numerus="yes">
            <source>Send %n held decision(s) again</source>
            <translation>
                <numerusform>重新发送 %n 个暂存的决定</numerusform>
            </translation>
        </message>
        <message>
            <source>Export held decisions for support…</source>
            <translation>导出暂存的决定供技术支持使用…</translation>
        </message>
        <message>
            <source>Writes the held decisions and the service's answers to a file for your team lead or support; the decisions stay on this computer.</source>
            <translation>将暂存的决定和服务端的答复写入文件，供您的组长或技术支持使用；处理决定仍保留在这台电脑上。</translation>
        </message>
        <message>
            <source>Export held decisions</source>
            <extracomment>asks where to write the export ('' when the person cancels); a test replaces it</extracomment>
            <translation>导出暂存的决定</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON 文件 (*.json)</translation>
        </message>
        <message>
            <source>Sending again…</source>
            <translation>正在重新发送…</translation>
        </message>
    </context>
    <context>
        <name>QaResult</name>
        <message>
            <source>upheld</source>
            <extracomment>a failed item fetch (offline) is tried again after this long</extracomment>
            <translation>维持</translation>
        </message>
        <message>
            <source>overturned</source>
            <translation>被推翻</translation>
        </message>
        <message>
            <source>open, waiting for a lead</source>
            <translation>未解决，等待组长处理</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>a dispute's state</comment>
            <translation>已接受</translation>
        </message>
        <message>
            <source>rejected</source>
            <comment>a dispute's state</comment>
            <translation>已驳回</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>an action, then its policy areas</comment>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>QaResultsPage</name>
        <message>
            <source>My QA results</source>
            <translation>我的质检结果</translation>
        </message>
        <message>
            <source>QA reviewers re-review a sample of decided cases blind. An overturned decision can be disputed with a note; your team lead decides.</source>
            <translation>质检员会对已处理案例的抽样进行盲审复核。被推翻的处理决定可以附备注提出异议，由您的组长裁定。</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案例</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>您的处理决定</translation>
        </message>
        <message>
            <source>QA decision</source>
            <translation>质检处理决定</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>异议</translation>
        </message>
        <message>
            <source>QA results</source>
            <translation>质检结果</translation>
        </message>
        <message>
            <source>Dispute note</source>
            <translation>异议备注</translation>
        </message>
        <message>
            <source>Why the decision was right (a lead reads this)</source>
            <translation>为什么原处理决定是正确的（组长会阅读）</translation>
        </message>
        <message>
            <source>Dispute this overturn</source>
            <translation>对此推翻提出异议</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>%1 → %2 after dispute</source>
            <translation>%1 → 异议后为 %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a case, then its queue</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1, %2 overturned.</source>
            <comment>QA results, how many of them overturned</comment>
            <translation>%1，其中 %2 被推翻。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln QA result(s)</source>
            <translation>
                <numerusform>%Ln 条质检结果</numerusform>
            </translation>
        </message>
        <message>
            <source>No QA results yet.</source>
            <translation>尚无质检结果。</translation>
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <source>Hello, %1</source>
            <translation>您好，%1</translation>
        </message>
        <message>
            <source>%1 · team %2 · %3. Pick a queue and start: one key decides a case, %4 undoes it, %5 skips it.</source>
            <translation>%1 · 团队 %2 · %3。选择一个队列开始：按一个键即可处理案例，%4 撤销，%5 跳过。</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等待中</translation>
        </message>
        <message>
            <source>Oldest case</source>
            <translation>最早案例</translation>
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation>目标时限（SLA）</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>下一个截止时间</translation>
        </message>
        <message>
            <source>Start reviewing</source>
            <translation>开始审核</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>上报</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>直播</translation>
        </message>
        <message>
            <source>No queue is open to you right now. Ask your team lead.</source>
            <translation>目前没有向您开放的队列。请询问您的组长。</translation>
        </message>
    </context>
    <context>
        <name>QueuesPage</name>
        <message>
            <source>Queues</source>
            <extracomment>the weights' fields in the form's order (contract.QueueWeightsSet) what the form's lists offer, read with the queues: (teams, vendors, actions as (code, label)) the undo is never hidden (the service refuses it): a retract stays possible everywhere</extracomment>
            <translation>队列</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
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
            <source>SLA (min)</source>
            <translation>SLA（分钟）</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>外包商</translation>
        </message>
        <message>
            <source>Hidden actions</source>
            <translation>隐藏的处置</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Queue id</source>
            <translation>队列编号</translation>
        </message>
        <message>
            <source>SLA in minutes</source>
            <translation>SLA（分钟）</translation>
        </message>
        <message>
            <source>Weight of live</source>
            <translation>直播权重</translation>
        </message>
        <message>
            <source>Weight of the audience tier</source>
            <translation>观众规模等级权重</translation>
        </message>
        <message>
            <source>Weight of a report in the last 5 minutes</source>
            <translation>最近 5 分钟内举报的权重</translation>
        </message>
        <message>
            <source>Weight of severity</source>
            <translation>严重程度权重</translation>
        </message>
        <message>
            <source>Deadline near, in seconds</source>
            <translation>临近截止时间（秒）</translation>
        </message>
        <message>
            <source>Teams that may pull</source>
            <translation>可领取案例的团队</translation>
        </message>
        <message>
            <source>Vendors that may pull</source>
            <translation>可领取案例的外包商</translation>
        </message>
        <message>
            <source>&amp;Teams (none: everyone)</source>
            <translation>团队(&amp;T)（不选：所有人）</translation>
        </message>
        <message>
            <source>V&amp;endors (none: everyone)</source>
            <translation>外包商(&amp;E)（不选：所有人）</translation>
        </message>
        <message>
            <source>&amp;Hidden actions</source>
            <translation>隐藏的处置(&amp;H)</translation>
        </message>
        <message>
            <source>Queue &amp;id:</source>
            <translation>队列编号(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;SLA (minutes):</source>
            <translation>SLA（分钟）(&amp;S)：</translation>
        </message>
        <message>
            <source>Weight: &amp;live:</source>
            <translation>权重：直播(&amp;L)：</translation>
        </message>
        <message>
            <source>Weight: &amp;audience tier:</source>
            <translation>权重：观众规模等级(&amp;A)：</translation>
        </message>
        <message>
            <source>Weight: &amp;reports (5 min):</source>
            <translation>权重：举报（5 分钟）(&amp;R)：</translation>
        </message>
        <message>
            <source>Weight: se&amp;verity:</source>
            <translation>权重：严重程度(&amp;V)：</translation>
        </message>
        <message>
            <source>&amp;Deadline near (seconds):</source>
            <translation>临近截止时间（秒）(&amp;D)：</translation>
        </message>
        <message>
            <source>Create queue</source>
            <translation>创建队列</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>保存更改</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>直播</translation>
        </message>
        <message>
            <source>escalation</source>
            <translation>上报</translation>
        </message>
        <message numerus="yes">
            <source>%n queue(s)</source>
            <translation>
                <numerusform>%n 个队列</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the fields: a lower-case queue id (letters, digits, hyphens, underscores) and a name.</source>
            <translation>请检查字段：小写的队列编号（字母、数字、连字符、下划线）和名称。</translation>
        </message>
        <message>
            <source>The queue was created.</source>
            <translation>队列已创建。</translation>
        </message>
        <message>
            <source>The changes were saved.</source>
            <translation>更改已保存。</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>Harassment and bullying</source>
            <extracomment>report reasons and prior enforcement's policy codes (the taxonomy's policy areas)</extracomment>
            <translation>骚扰与霸凌</translation>
        </message>
        <message>
            <source>Hateful behavior</source>
            <translation>仇恨行为</translation>
        </message>
        <message>
            <source>Violent and graphic content</source>
            <translation>暴力与血腥内容</translation>
        </message>
        <message>
            <source>Sexual content and nudity</source>
            <translation>色情内容与裸露</translation>
        </message>
        <message>
            <source>Minor safety</source>
            <translation>未成年人安全</translation>
        </message>
        <message>
            <source>Dangerous acts and challenges</source>
            <translation>危险行为与挑战</translation>
        </message>
        <message>
            <source>Illegal goods and activities</source>
            <translation>非法商品与活动</translation>
        </message>
        <message>
            <source>Spam and scams</source>
            <translation>垃圾信息与诈骗</translation>
        </message>
        <message>
            <source>Intellectual property</source>
            <translation>知识产权</translation>
        </message>
        <message>
            <source>Integrity and authenticity</source>
            <translation>诚信与真实性</translation>
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message>
            <source>Reports</source>
            <translation>举报</translation>
        </message>
        <message>
            <source>Reports (%1)</source>
            <translation>举报（%1）</translation>
        </message>
        <message>
            <source>%1 ×%2 · %3–%4 · at %5</source>
            <translation>%1 ×%2 · %3–%4 · 于 %5</translation>
        </message>
        <message>
            <source>%1 ×%2 · %3–%4</source>
            <translation>%1 ×%2 · %3–%4</translation>
        </message>
        <message>
            <source>%1 — “%2”</source>
            <translation>%1 — “%2”</translation>
        </message>
        <message>
            <source>%1 ×%2</source>
            <translation>%1 ×%2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the reasons of a list</comment>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>+%Ln more: %1</source>
            <translation>
                <numerusform>另有 %Ln 条：%1</numerusform>
            </translation>
        </message>
        <message>
            <source>No user reports (proactive detection)</source>
            <translation>无用户举报（主动检测）</translation>
        </message>
    </context>
    <context>
        <name>RevealLevels</name>
        <message>
            <source>Blurred (hold shows grey)</source>
            <extracomment>most protective first; the index is the strictness order marked for translation: the client shows them with translate_marked("RevealLevels", …)</extracomment>
            <translation>模糊（按住显示灰度）</translation>
        </message>
        <message>
            <source>Blurred, hold to reveal</source>
            <translation>模糊，按住显示</translation>
        </message>
        <message>
            <source>Grayscale, hold for colour</source>
            <translation>灰度，按住显示彩色</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>彩色</translation>
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <source>Paused. Your undecided cases went back to the queue.</source>
            <extracomment>queue id -&gt; actions an admin hid there (GET /v1/queues): left off the panel the high-profile confirmation while it is open</extracomment>
            <translation>已暂停。您未处理的案例已退回队列。</translation>
        </message>
        <message>
            <source>Getting the next cases…</source>
            <translation>正在获取下一批案例…</translation>
        </message>
        <message>
            <source>Choose a queue to start.</source>
            <translation>请选择一个队列开始。</translation>
        </message>
        <message>
            <source>The chat log could not be read from the cache.</source>
            <translation>无法从缓存中读取聊天记录。</translation>
        </message>
        <message>
            <source>No cases are waiting in this queue right now; checking again shortly.</source>
            <translation>此队列目前没有等待中的案例；稍后将再次检查。</translation>
        </message>
        <message>
            <source>No case on screen.</source>
            <translation>屏幕上没有案例。</translation>
        </message>
        <message>
            <source>Read and acknowledge the urgent guideline update above before deciding.</source>
            <translation>请先阅读并确认上方的紧急指南更新，然后再做处理决定。</translation>
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation>未记录：%1</translation>
        </message>
        <message>
            <source>%1 recorded · %2 undoes it for %3</source>
            <translation>%1 已记录 · %2 可在 %3 内撤销</translation>
        </message>
        <message>
            <source>%1: %2 recorded · %3 undoes it for %4</source>
            <translation>%1：已记录 %2 · %3 可在 %4 内撤销</translation>
        </message>
        <message numerus="yes">
            <source>%n chat action(s)</source>
            <translation>
                <numerusform>%n 个聊天处置</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo: a decision can be undone for %1.</source>
            <translation>没有可撤销的内容：处理决定可在 %1 内撤销。</translation>
        </message>
        <message>
            <source>Undo failed: %1</source>
            <translation>撤销失败：%1</translation>
        </message>
        <message>
            <source>Undone: %1 was retracted.</source>
            <translation>已撤销：%1 已被撤回。</translation>
        </message>
        <message>
            <source>Undone: %1 (%2).</source>
            <translation>已撤销：%1（%2）。</translation>
        </message>
        <message>
            <source>No case on screen to skip.</source>
            <translation>屏幕上没有可跳过的案例。</translation>
        </message>
        <message>
            <source>Skip cancelled.</source>
            <translation>已取消跳过。</translation>
        </message>
        <message>
            <source>Skipped (%1). The case went back to the queue.</source>
            <translation>已跳过（%1）。该案例已退回队列。</translation>
        </message>
        <message>
            <source>Guideline update acknowledged.</source>
            <translation>已确认指南更新。</translation>
        </message>
        <message>
            <source>Acknowledged. One more update to read.</source>
            <translation>已确认。还有一条更新需要阅读。</translation>
        </message>
        <message>
            <source>Review is paused. Press Resume to continue.</source>
            <translation>审核已暂停。按“继续”以继续。</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatusBar</name>
        <message>
            <source>Last sync: not yet</source>
            <extracomment>show the lease countdown as a warning below this many seconds</extracomment>
            <translation>上次同步：尚未同步</translation>
        </message>
        <message>
            <source>Last sync: just now</source>
            <translation>上次同步：刚刚</translation>
        </message>
        <message numerus="yes">
            <source>Last sync: %Ln s ago</source>
            <translation>
                <numerusform>上次同步：%Ln 秒前</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>上次同步：%1</translation>
        </message>
        <message>
            <source>Connection</source>
            <extracomment>the sync engine failed and restarts at this time (cleared by the next report) the sync thread gave up: this text stays until the window goes</extracomment>
            <translation>连接</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <source>Waiting to sync</source>
            <translation>等待同步</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>上次同步</translation>
        </message>
        <message>
            <source>Lease</source>
            <translation>认领</translation>
        </message>
        <message>
            <source>No cases leased</source>
            <translation>没有已认领的案例</translation>
        </message>
        <message>
            <source>Policy version</source>
            <translation>政策版本</translation>
        </message>
        <message>
            <source>Disk space</source>
            <extracomment>shown only while the data folder's disk is almost full</extracomment>
            <translation>磁盘空间</translation>
        </message>
        <message>
            <source>Newer version</source>
            <extracomment>a newer desk is advertised: a calm note, not a warning (shown only then)</extracomment>
            <translation>新版本</translation>
        </message>
        <message>
            <source>No sync problems</source>
            <translation>没有同步问题</translation>
        </message>
        <message>
            <source>Sync problems</source>
            <translation>同步问题</translation>
        </message>
        <message>
            <source>Policy %1</source>
            <translation>政策 %1</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %Ln sync problem(s)</source>
            <translation>
                <numerusform>⚠ %Ln 个同步问题</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting to sync</source>
            <translation>
                <numerusform>%Ln 个等待同步</numerusform>
            </translation>
        </message>
        <message>
            <source>Disk full: cases cannot be saved</source>
            <translation>磁盘已满：无法保存案例</translation>
        </message>
        <message>
            <source>Disk almost full: %1 MB free</source>
            <translation>磁盘空间即将用尽：剩余 %1 MB</translation>
        </message>
        <message>
            <source>Free some space: a decision that cannot be saved is refused, not lost.</source>
            <translation>请释放一些空间：无法保存的处理决定会被拒绝，而不会丢失。</translation>
        </message>
        <message numerus="yes">
            <source>Sync stopped: restarting in %Ln s</source>
            <translation>
                <numerusform>同步已停止：%Ln 秒后重启</numerusform>
            </translation>
        </message>
        <message>
            <source>Client too old: update needed</source>
            <translation>客户端版本过旧：需要更新</translation>
        </message>
        <message>
            <source>Signed out by the service</source>
            <translation>已被服务端退出登录</translation>
        </message>
        <message numerus="yes">
            <source>● Online: %Ln decision(s) being retried alone</source>
            <translation>
                <numerusform>● 在线：%Ln 个处理决定正在单独重试</numerusform>
            </translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● 在线</translation>
        </message>
        <message>
            <source>● Offline: work is kept</source>
            <translation>● 离线：工作已保存</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>详情：%1</translation>
        </message>
        <message>
            <source>%1 · clock off by %2</source>
            <comment>the last sync, then the clock skew</comment>
            <translation>%1 · 时钟偏差 %2</translation>
        </message>
        <message>
            <source>Lease ended</source>
            <translation>认领已结束</translation>
        </message>
        <message>
            <source>Lease %1</source>
            <translation>认领 %1</translation>
        </message>
        <message>
            <source>● Online: uploads failing, retrying</source>
            <translation>● 在线：上传失败，正在重试</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Moderator</source>
            <translation>审核员</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>组长</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>管理员</translation>
        </message>
    </context>
    <context>
        <name>SamplingPage</name>
        <message>
            <source>QA sampling</source>
            <translation>质检抽样</translation>
        </message>
        <message>
            <source>The share of each queue's decisions that enters the QA pool. Escalated decisions always enter it.</source>
            <translation>每个队列中进入质检池的处理决定比例。已上报的处理决定始终进入。</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <source>Sampled</source>
            <translation>抽样比例</translation>
        </message>
        <message>
            <source>Sampling rates</source>
            <translation>抽样率</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Sampling rate in percent</source>
            <translation>抽样率（百分比）</translation>
        </message>
        <message>
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <source>Set rate</source>
            <translation>设置比例</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message numerus="yes">
            <source>%n queue(s)</source>
            <translation>
                <numerusform>%n 个队列</numerusform>
            </translation>
        </message>
        <message>
            <source>The rate was set.</source>
            <translation>比例已设置。</translation>
        </message>
    </context>
    <context>
        <name>SessionListPage</name>
        <message>
            <source>Calibration sessions</source>
            <translation>校准会话</translation>
        </message>
        <message>
            <source>Items are shown blind: decide each as you would a live case. Answers are kept on this computer first and sent as soon as the service is reachable.</source>
            <translation>条目以盲审方式显示：请像处理直播案例一样处理每个条目。答案会先保存在这台电脑上，服务可连接后立即发送。</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>会话</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>已作答</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>打开会话</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between user names</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>report (%1)</source>
            <translation>报告（%1）</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新</translation>
        </message>
        <message>
            <source>No calibration session is assigned to you right now.</source>
            <translation>目前没有分配给您的校准会话。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>高对比度</translation>
        </message>
        <message>
            <source>Settings · Live Review Desk</source>
            <translation>设置 · Live Review Desk</translation>
        </message>
        <message>
            <source>Decision keys</source>
            <translation>处理决定按键</translation>
        </message>
        <message>
            <source>Key problem</source>
            <translation>按键问题</translation>
        </message>
        <message>
            <source>Space on a key, then the new key. V, K, F1, Ctrl+Z, arrows and the policy-area digits are kept for their own jobs.</source>
            <translation>在按键上按 Space，然后按新按键。V、K、F1、Ctrl+Z、方向键和政策类别数字键保留用于各自的功能。</translation>
        </message>
        <message>
            <source>Use the service's keys</source>
            <translation>使用服务端的按键</translation>
        </message>
        <message>
            <source>Sensitive media (staged reveal)</source>
            <translation>敏感媒体（分级显示）</translation>
        </message>
        <message>
            <source>Reveal level for %1</source>
            <translation>%1 的显示级别</translation>
        </message>
        <message>
            <source>Team default: %1</source>
            <translation>团队默认：%1</translation>
        </message>
        <message>
            <source>Reveal level for sensitive media without an area</source>
            <translation>没有政策类别的敏感媒体的显示级别</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>无政策类别</translation>
        </message>
        <message>
            <source>Breaks, lock and look</source>
            <translation>休息、锁定和外观</translation>
        </message>
        <message>
            <source>Break reminder after minutes of sensitive media</source>
            <translation>查看敏感媒体多少分钟后提醒休息</translation>
        </message>
        <message>
            <source> min</source>
            <comment>a spin box's unit, after the number</comment>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从不</translation>
        </message>
        <message>
            <source>Lock after minutes without activity</source>
            <translation>无操作多少分钟后锁定</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>文字大小</translation>
        </message>
        <message>
            <source>Scales every window's text</source>
            <translation>缩放所有窗口的文字</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>&amp;Break reminder after</source>
            <translation>休息提醒间隔(&amp;B)</translation>
        </message>
        <message>
            <source>Lock when &amp;idle for</source>
            <translation>空闲锁定时间(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>Text si&amp;ze</source>
            <translation>文字大小(&amp;Z)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>A new language applies from your next sign-in.</source>
            <translation>新语言将在您下次登录时生效。</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>保存（%1）</translation>
        </message>
        <message>
            <source>Not changed. %1.</source>
            <translation>未更改。%1。</translation>
        </message>
        <message>
            <source>Settings were not saved: %1</source>
            <translation>设置未保存：%1</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>(needs a policy area and a note)</source>
            <translation>（需要政策类别和备注）</translation>
        </message>
        <message>
            <source>(needs a policy area)</source>
            <translation>（需要政策类别）</translation>
        </message>
        <message>
            <source>(needs a note)</source>
            <translation>（需要备注）</translation>
        </message>
        <message>
            <source>Decisions (one key records the decision and shows the next case):</source>
            <translation>处理决定（按一个键即记录处理决定并显示下一个案例）：</translation>
        </message>
        <message>
            <source>Policy areas (pick before the action):</source>
            <translation>政策类别（在处置之前选择）：</translation>
        </message>
        <message>
            <source>In the chat (click or Tab into it; Shift selects several):</source>
            <translation>在聊天中（点击或按 Tab 进入；按住 Shift 可多选）：</translation>
        </message>
        <message>
            <source>Keys do nothing while you type in a text field; Esc leaves the field.</source>
            <translation>在文本框中输入时按键不起作用；按 Esc 离开文本框。</translation>
        </message>
        <message>
            <source>Keyboard shortcuts · Live Review Desk</source>
            <translation>键盘快捷键 · Live Review Desk</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Undo the last decision (within the undo window)</source>
            <extracomment>a key in portable text ("Ctrl+Return"), or a platform's standard key (Find) ``install`` context of a key that acts only while its widget has the focus</extracomment>
            <translation>撤销上一个处理决定（在撤销时限内）</translation>
        </message>
        <message>
            <source>Skip the case (asks for a reason)</source>
            <translation>跳过案例（会询问原因）</translation>
        </message>
        <message>
            <source>Hold to see a blurred snapshot clearly</source>
            <translation>按住以清晰查看模糊处理的截图</translation>
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation>上一张 / 下一张截图</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>暂停或继续</translation>
        </message>
        <message>
            <source>Settings: keys, sensitive media, breaks, lock, theme</source>
            <translation>设置：按键、敏感媒体、休息、锁定、主题</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>本列表</translation>
        </message>
        <message>
            <source>Search the chat</source>
            <extracomment>the chat pane</extracomment>
            <translation>搜索聊天</translation>
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation>在聊天中：该作者的消息</translation>
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation>清除聊天筛选，离开文本框</translation>
        </message>
        <message>
            <source>In the chat: remove the messages</source>
            <extracomment>actions on the chat (while the chat table has the focus), and the raid helper</extracomment>
            <translation>在聊天中：删除这些消息</translation>
        </message>
        <message>
            <source>In the chat: time their authors out</source>
            <translation>在聊天中：禁言其作者</translation>
        </message>
        <message>
            <source>In the chat: ban their authors from this streamer's chat</source>
            <translation>在聊天中：在此主播的聊天中封禁其作者</translation>
        </message>
        <message>
            <source>In the chat: select a raid (new accounts, same text)</source>
            <translation>在聊天中：选择一次突袭（新账号、相同文本）</translation>
        </message>
        <message>
            <source>In the chat: jump to the newest messages (live stream)</source>
            <translation>在聊天中：跳到最新消息（直播）</translation>
        </message>
        <message>
            <source>Submit the calibration session</source>
            <extracomment>Return, and Enter on the keypad</extracomment>
            <translation>提交校准会话</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>保存设置</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in · Live Review Desk</source>
            <translation>登录 · Live Review Desk</translation>
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation>Live Review Desk</translation>
        </message>
        <message>
            <source>Demo: a case service with seeded cases runs on this computer.</source>
            <translation>演示：一个带有预置案例的案例服务正在这台电脑上运行。</translation>
        </message>
        <message>
            <source>Sign in to review Live cases.</source>
            <translation>登录以审核直播案例。</translation>
        </message>
        <message>
            <source>Case service</source>
            <translation>案例服务</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>https://review.example.com</source>
            <translation>https://review.example.com</translation>
        </message>
        <message>
            <source>Case service address</source>
            <translation>案例服务地址</translation>
        </message>
        <message>
            <source>your user name</source>
            <translation>您的用户名</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>再次输入</translation>
        </message>
        <message>
            <source>Repeat the new password</source>
            <translation>再次输入新密码</translation>
        </message>
        <message>
            <source>Set by your IT department for this computer.</source>
            <translation>由您的信息技术部门为这台电脑设置。</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>About Live Review Desk</source>
            <translation>关于 Live Review Desk</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>请输入您的用户名。</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>请输入您的密码。</translation>
        </message>
        <message>
            <source>Choose a new password of at least %1 characters.</source>
            <translation>请设置至少 %1 个字符的新密码。</translation>
        </message>
        <message>
            <source>The two new passwords differ: type the same one twice.</source>
            <translation>两次输入的新密码不同：请输入两次相同的密码。</translation>
        </message>
        <message>
            <source>Signing in to %1…</source>
            <translation>正在登录 %1…</translation>
        </message>
        <message>
            <source>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</source>
            <translation>您的密码已被重置。请设置新密码，输入两次后重新登录（密码框中保留的是临时密码）。</translation>
        </message>
    </context>
    <context>
        <name>SigningOutPage</name>
        <message>
            <source>Signing out: releasing cases…</source>
            <translation>正在退出登录：释放案例…</translation>
        </message>
        <message numerus="yes">
            <source>Signing out: sending %n decision(s), releasing cases…</source>
            <translation>
                <numerusform>正在退出登录：发送 %n 个处理决定，释放案例…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The case service did not answer in time: %n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation>
                <numerusform>案例服务未及时答复：%n 个处理决定将保留在这台电脑上，并在您下次登录后发送到服务端。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation>
                <numerusform>%n 个处理决定将保留在这台电脑上，并在您下次登录后发送到服务端。</numerusform>
            </translation>
        </message>
        <message>
            <source>Unfinished cases go back to the queue and cached case content is removed from this machine. You can close the window: sign-out finishes first.</source>
            <translation>未完成的案例将退回队列，缓存的案例内容将从这台电脑上删除。您可以关闭窗口：退出登录会先完成。</translation>
        </message>
    </context>
    <context>
        <name>SkipReasonDialog</name>
        <message>
            <source>Skip this case</source>
            <extracomment>cases whose detail and chat are made ready ahead of the one on screen</extracomment>
            <translation>跳过此案例</translation>
        </message>
        <message>
            <source>Why are you skipping this case? It goes back to the queue.</source>
            <translation>为什么要跳过此案例？它会退回队列。</translation>
        </message>
        <message>
            <source>Press a number, or pick a reason and press Enter. Esc cancels.</source>
            <translation>按数字键，或选择一个原因后按 Enter。按 Esc 取消。</translation>
        </message>
        <message>
            <source>Skip reasons</source>
            <translation>跳过原因</translation>
        </message>
        <message>
            <source>Skip case</source>
            <translation>跳过案例</translation>
        </message>
    </context>
    <context>
        <name>SnapshotStrip</name>
        <message>
            <source>Snapshot strip</source>
            <extracomment>thumbnails kept scaled to their cells: the case on screen and a few prepared ahead</extracomment>
            <translation>截图条</translation>
        </message>
        <message numerus="yes">
            <source>%Ln snapshot(s)</source>
            <translation>
                <numerusform>%Ln 张截图</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SnapshotViewer</name>
        <message>
            <source>%1 %2</source>
            <comment>a classifier label and its score</comment>
            <extracomment>blur_gray (the wellbeing level "blurred"): blurred at rest, grey (never colour) while held</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between list items</comment>
            <translation>、</translation>
        </message>
        <message>
            <source>Snapshot viewer</source>
            <translation>截图查看器</translation>
        </message>
        <message>
            <source>No snapshot</source>
            <translation>无截图</translation>
        </message>
        <message>
            <source>Hold %1 or the mouse button to view</source>
            <translation>按住 %1 或鼠标按键以查看</translation>
        </message>
        <message>
            <source>Snapshot not shown</source>
            <translation>截图未显示</translation>
        </message>
        <message>
            <source>Loading snapshot…</source>
            <translation>正在加载截图…</translation>
        </message>
        <message>
            <source>Sensitive: %1</source>
            <translation>敏感：%1</translation>
        </message>
        <message>
            <source>Snapshot at %1, not flagged</source>
            <translation>%1 处的截图，不属于已标记内容</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown blurred</source>
            <translation>%1 处的截图，敏感，已模糊显示</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown in grey</source>
            <translation>%1 处的截图，敏感，以灰度显示</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown in colour</source>
            <translation>%1 处的截图，敏感，以彩色显示</translation>
        </message>
    </context>
    <context>
        <name>StreamCategories</name>
        <message>
            <source>Just Chatting</source>
            <extracomment>the platform's stream categories, by the name the service sends</extracomment>
            <translation>闲聊</translation>
        </message>
        <message>
            <source>Gaming</source>
            <translation>游戏</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>音乐</translation>
        </message>
        <message>
            <source>Cooking</source>
            <translation>美食</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>艺术</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>旅行</translation>
        </message>
        <message>
            <source>IRL</source>
            <translation>户外</translation>
        </message>
        <message>
            <source>Talk Shows</source>
            <translation>脱口秀</translation>
        </message>
        <message>
            <source>ASMR</source>
            <translation>助眠</translation>
        </message>
        <message>
            <source>Fitness</source>
            <translation>健身</translation>
        </message>
        <message>
            <source>Crypto &amp; Finance</source>
            <translation>加密货币与金融</translation>
        </message>
        <message>
            <source>Sports</source>
            <translation>体育</translation>
        </message>
        <message>
            <source>Movies &amp; TV</source>
            <translation>影视</translation>
        </message>
    </context>
    <context>
        <name>SyncThread</name>
        <message numerus="yes">
            <source>Sync stopped after %n error(s) in 10 minutes (run “reviewer doctor” for details).</source>
            <extracomment>never sleep longer than this between rounds (status bar freshness, lease countdown) store state key: releases (skips) asked for and not yet done on the service threads given up at sign-out, kept alive (not owned by any window) until they end at quit, how long to let given-up threads end (a QThread destroyed while it runs aborts the process; its store writes are transactions either way) the engine failed and restarts in this many seconds (the status bar counts down)</extracomment>
            <translation>
                <numerusform>同步在 10 分钟内出错 %n 次后停止（运行“reviewer doctor”查看详情）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>A table: the arrow keys move between rows and cells</source>
            <translation>表格：方向键在行和单元格之间移动</translation>
        </message>
        <message>
            <source>Alt+Down lists the choices</source>
            <translation>Alt+Down 列出选项</translation>
        </message>
    </context>
    <context>
        <name>TaxonomyPage</name>
        <message>
            <source>Policy taxonomy</source>
            <extracomment>the editable columns of the actions table (code is column 0, read-only) the editable columns of the areas table</extracomment>
            <translation>政策分类体系</translation>
        </message>
        <message>
            <source>Draft a new version from the current one, edit it, check the differences and publish it. Desks take a published version at their next policy refresh.</source>
            <translation>从当前版本起草新草稿，编辑、检查差异后发布。各审核台会在下次刷新政策时采用已发布的版本。</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>处置</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Needs a policy area</source>
            <translation>需要政策类别</translation>
        </message>
        <message>
            <source>Needs a note</source>
            <translation>需要备注</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>处置</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Media reveal</source>
            <translation>媒体显示</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>政策类别</translation>
        </message>
        <message>
            <source>Flagged terms, one a line:</source>
            <translation>已标记词语，每行一个：</translation>
        </message>
        <message>
            <source>Flagged terms</source>
            <translation>已标记词语</translation>
        </message>
        <message>
            <source>Differences from the current version</source>
            <translation>与当前版本的差异</translation>
        </message>
        <message>
            <source>New &amp;draft</source>
            <translation>新建草稿(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>保存草稿(&amp;S)</translation>
        </message>
        <message>
            <source>Show di&amp;fferences</source>
            <translation>显示差异(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Publish…</source>
            <translation>发布(&amp;P)…</translation>
        </message>
        <message>
            <source>Publish the taxonomy</source>
            <translation>发布分类体系</translation>
        </message>
        <message>
            <source>Taxonomy</source>
            <translation>分类体系</translation>
        </message>
        <message>
            <source>Current version: %1</source>
            <translation>当前版本：%1</translation>
        </message>
        <message>
            <source>Draft %1 (the current version is %2)</source>
            <translation>草稿 %1（当前版本为 %2）</translation>
        </message>
        <message>
            <source>Published version %1 (current: %2); make a draft to change it</source>
            <translation>已发布版本 %1（当前：%2）；如需更改请新建草稿</translation>
        </message>
        <message>
            <source>No differences from version %1.</source>
            <translation>与版本 %1 没有差异。</translation>
        </message>
        <message>
            <source>Changes from version %1 to %2:</source>
            <translation>从版本 %1 到 %2 的更改：</translation>
        </message>
        <message>
            <source>%1 %2: added</source>
            <translation>%1 %2：已添加</translation>
        </message>
        <message>
            <source>%1 %2: removed</source>
            <translation>%1 %2：已删除</translation>
        </message>
        <message>
            <source>%1 %2: %3 changed from “%4” to “%5”</source>
            <translation>%1 %2：%3 从“%4”改为“%5”</translation>
        </message>
        <message>
            <source>Publish version %1? It never changes after this; desks switch to it at their next policy refresh.</source>
            <translation>发布版本 %1？发布后将不再更改；各审核台会在下次刷新政策时切换到该版本。</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Stream timeline</source>
            <translation>直播时间线</translation>
        </message>
        <message>
            <source>%1, %2, %3 over %4</source>
            <comment>snapshots, reports, flagged messages, duration</comment>
            <translation>%4 内：%1、%2、%3</translation>
        </message>
        <message numerus="yes">
            <source>%Ln snapshot(s)</source>
            <translation>
                <numerusform>%Ln 张截图</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln report(s)</source>
            <translation>
                <numerusform>%Ln 条举报</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln flagged message(s)</source>
            <translation>
                <numerusform>%Ln 条已标记消息</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TooOldPage</name>
        <message>
            <source>Installed version: %1. The case service needs %2 or newer.</source>
            <translation>已安装版本：%1。案例服务需要 %2 或更高版本。</translation>
        </message>
        <message>
            <source>Installed version: %1. The case service needs a newer one.</source>
            <translation>已安装版本：%1。案例服务需要更新的版本。</translation>
        </message>
        <message>
            <source>Every decision you made has reached the service.</source>
            <translation>您做出的所有处理决定均已送达服务端。</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) not sent yet are kept on this computer; the newer version sends them when you sign in with it.</source>
            <translation>
                <numerusform>%n 个尚未发送的处理决定保存在这台电脑上；新版本会在您登录后发送它们。</numerusform>
            </translation>
        </message>
        <message>
            <source>This version is too old</source>
            <translation>此版本过旧</translation>
        </message>
        <message>
            <source>This version of Live Review Desk is too old</source>
            <translation>此版本的 Live Review Desk 过旧</translation>
        </message>
        <message>
            <source>Ask your IT department to install the newer version. %1</source>
            <translation>请让您的信息技术部门安装新版本。%1</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>外包商</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>审核员</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>质检员</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>组长</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>管理员</translation>
        </message>
        <message>
            <source>Review languages</source>
            <translation>审核语言</translation>
        </message>
        <message>
            <source>e.g. en, es</source>
            <translation>例如 en, es</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>临时密码</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>显示名称(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>团队(&amp;T)：</translation>
        </message>
        <message>
            <source>&amp;Vendor:</source>
            <translation>外包商(&amp;V)：</translation>
        </message>
        <message>
            <source>Review &amp;languages:</source>
            <translation>审核语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Tem&amp;porary password:</source>
            <translation>临时密码(&amp;P)：</translation>
        </message>
        <message>
            <source>Create user</source>
            <translation>创建用户</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>保存更改</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>停用</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>active</source>
            <translation>启用中</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n 个账号</numerusform>
            </translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>Fill in every field: lower-case user name, team and vendor, two-letter language codes and a temporary password of at least 10 characters.</source>
            <translation>请填写每个字段：小写的用户名、团队和外包商，两个字母的语言代码，以及至少 10 个字符的临时密码。</translation>
        </message>
        <message>
            <source>The account was created.</source>
            <translation>账号已创建。</translation>
        </message>
        <message>
            <source>Check the fields: lower-case team and vendor, two-letter language codes.</source>
            <translation>请检查字段：团队和外包商须小写，语言代码须为两个字母。</translation>
        </message>
        <message>
            <source>The changes were saved.</source>
            <translation>更改已保存。</translation>
        </message>
        <message>
            <source>The account was disabled: its sessions have ended.</source>
            <translation>账号已停用：其会话已结束。</translation>
        </message>
        <message>
            <source>The account was enabled.</source>
            <translation>账号已启用。</translation>
        </message>
        <message>
            <source>Type a temporary password of at least 10 characters.</source>
            <translation>请输入至少 10 个字符的临时密码。</translation>
        </message>
        <message>
            <source>The password was reset: the account must choose a new one at its next sign-in.</source>
            <translation>密码已重置：该账号下次登录时必须设置新密码。</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReport</name>
        <message>
            <source>Cases</source>
            <extracomment>how a figure prints on the page (the CSV keeps the raw value) a code (action, policy area, reason) -&gt; its label; unknown codes print as words</extracomment>
            <translation>案例</translation>
        </message>
        <message>
            <source>Staffed hours</source>
            <translation>在岗小时数</translation>
        </message>
        <message>
            <source>Cases per staffed hour</source>
            <translation>每在岗小时的案例数</translation>
        </message>
        <message>
            <source>Handle time, mean</source>
            <translation>处理时长，平均值</translation>
        </message>
        <message>
            <source>Handle time, 90th percentile</source>
            <translation>处理时长，第 90 百分位</translation>
        </message>
        <message>
            <source>SLA attainment</source>
            <translation>SLA 达成率</translation>
        </message>
        <message>
            <source>QA agreement</source>
            <translation>质检一致率</translation>
        </message>
        <message>
            <source>QA reviewed decisions</source>
            <translation>经质检复核的处理决定</translation>
        </message>
        <message>
            <source>Overturn rate</source>
            <translation>推翻率</translation>
        </message>
        <message>
            <source>Urgent guidelines</source>
            <translation>紧急指南</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Acknowledged within a day</source>
            <translation>一天内确认</translation>
        </message>
        <message>
            <source>Late acknowledgements</source>
            <translation>逾期确认</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Case decisions</source>
            <translation>案例处理决定</translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>聊天处置</translation>
        </message>
        <message>
            <source>Escalations by reason</source>
            <translation>按原因统计的上报</translation>
        </message>
        <message>
            <source>Overturns by policy area</source>
            <translation>按政策类别统计的推翻</translation>
        </message>
        <message>
            <source>Overturn examples</source>
            <translation>推翻示例</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>表格</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Week %1</source>
            <translation>第 %1 周</translation>
        </message>
        <message>
            <source>The week before</source>
            <translation>前一周</translation>
        </message>
        <message>
            <source>QA reason</source>
            <translation>质检原因</translation>
        </message>
        <message>
            <source>everyone in scope</source>
            <translation>范围内的所有人</translation>
        </message>
        <message>
            <source>Weekly report %1: %2</source>
            <translation>周报 %1：%2</translation>
        </message>
        <message>
            <source>Week counted from %1 to %2 in the time zone %3.</source>
            <translation>统计周从 %1 到 %2，时区为 %3。</translation>
        </message>
        <message>
            <source>None in either week.</source>
            <translation>两周均无。</translation>
        </message>
        <message>
            <source>Action mix</source>
            <translation>处置构成</translation>
        </message>
        <message>
            <source>Dark bars: %1. Light bars: the week before.</source>
            <translation>深色柱：%1。浅色柱：前一周。</translation>
        </message>
        <message>
            <source>No overturned decision this week.</source>
            <translation>本周没有被推翻的处理决定。</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>案例</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>政策类别</translation>
        </message>
        <message>
            <source>Moderator's note</source>
            <translation>审核员的备注</translation>
        </message>
        <message>
            <source>Urgent guideline acknowledgements</source>
            <translation>紧急指南确认情况</translation>
        </message>
        <message>
            <source>No urgent guideline this week.</source>
            <translation>本周没有紧急指南。</translation>
        </message>
        <message>
            <source>Guideline</source>
            <translation>指南</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>发布时间</translation>
        </message>
        <message>
            <source>For</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Within a day</source>
            <translation>一天内</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>尚未</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>尚未</translation>
        </message>
        <message>
            <source>Weekly report %1</source>
            <translation>周报 %1</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReportDialog</name>
        <message>
            <source>Weekly report</source>
            <translation>周报</translation>
        </message>
        <message>
            <source>All vendors</source>
            <translation>所有外包商</translation>
        </message>
        <message>
            <source>report.pdf</source>
            <translation>周报.pdf</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>外包商</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <source>ISO week</source>
            <translation>ISO 周</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>PDF 文件</translation>
        </message>
        <message>
            <source>Write the report</source>
            <translation>生成报表</translation>
        </message>
        <message>
            <source>Save the weekly report</source>
            <translation>保存周报</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a file for the PDF first.</source>
            <translation>请先选择 PDF 文件。</translation>
        </message>
        <message>
            <source>Asking the service for the figures…</source>
            <translation>正在向服务端获取数据…</translation>
        </message>
        <message>
            <source>Writing the PDF and the CSV…</source>
            <translation>正在生成 PDF 和 CSV…</translation>
        </message>
        <message>
            <source>Wrote %1 and %2.</source>
            <translation>已写入 %1 和 %2。</translation>
        </message>
        <message>
            <source>No report: %1</source>
            <translation>未生成报表：%1</translation>
        </message>
    </context>
    <context>
        <name>Wellbeing</name>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>Settings (Ctrl+,): decision keys, sensitive media, breaks, idle lock, theme</source>
            <translation>设置（Ctrl+,）：处理决定按键、敏感媒体、休息、空闲锁定、主题</translation>
        </message>
        <message>
            <source>Settings saved. Reveal levels apply to this case now.</source>
            <translation>设置已保存。显示级别现已应用于此案例。</translation>
        </message>
        <message>
            <source>Your key for “%1” was removed: that action is gone</source>
            <translation>您为“%1”设置的按键已被移除：该处置已不存在</translation>
        </message>
        <message>
            <source>Policy %1: some of your keys changed. %2</source>
            <translation>政策 %1：您的部分按键已更改。%2</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between reasons</comment>
            <translation>；</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message numerus="yes">
            <source>Nothing happened for %Ln minute(s), so the case was hidden and your undecided cases went back to the queue. Enter your password to continue.</source>
            <translation>
                <numerusform>%Ln 分钟内无任何操作，因此案例已被隐藏，您未处理的案例已退回队列。请输入密码继续。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing happened for %Ln minute(s), so this workstation was locked. Enter your password to continue.</source>
            <translation>
                <numerusform>%Ln 分钟内无任何操作，因此此工作站已锁定。请输入密码继续。</numerusform>
            </translation>
        </message>
        <message>
            <source>That sign-in is for another account.</source>
            <translation>该登录属于另一个账号。</translation>
        </message>
        <message>
            <source>Welcome back. Review is paused: press Ctrl+P to resume.</source>
            <translation>欢迎回来。审核已暂停：按 Ctrl+P 继续。</translation>
        </message>
        <message>
            <source>Welcome back.</source>
            <translation>欢迎回来。</translation>
        </message>
        <message>
            <source>You are signed out (the workstation was locked).</source>
            <translation>您已退出登录（工作站已锁定）。</translation>
        </message>
    </context>
    <context>
        <name>_StatsBlock</name>
        <message>
            <source>Accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation>科恩 κ 系数</translation>
        </message>
        <message>
            <source>Gwet's AC1</source>
            <translation>格韦特一致性系数</translation>
        </message>
        <message>
            <source>%1: confusion matrix</source>
            <translation>%1：混淆矩阵</translation>
        </message>
        <message>
            <source>Rows: the reference. Columns (→): the answer. The diagonal is agreement.</source>
            <translation>行：参考答案。列（→）：答案。对角线上为一致项（计入一致率）。</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln item(s) agree with the reference.</source>
            <translation>
                <numerusform>%Ln 个条目中有 %1 个与参考答案一致。</numerusform>
            </translation>
        </message>
        <message>
            <source>Accuracy %1</source>
            <translation>准确率 %1</translation>
        </message>
        <message>
            <source>Cohen's kappa %1</source>
            <translation>科恩 κ 系数 %1</translation>
        </message>
        <message>
            <source>Gwet's AC1 %1</source>
            <translation>格韦特一致性系数 %1</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference. Kappa is undefined here: the answers all fell into one category.</source>
            <translation>%2 个中有 %1 个与参考答案一致。此处 κ 系数无定义：所有答案都落在同一类别中。</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference. Kappa is low because one label dominates (the prevalence paradox): read AC1 beside it.</source>
            <translation>%2 个中有 %1 个与参考答案一致。κ 系数偏低是因为某个标签占主导（患病率悖论）：请同时参考格韦特一致性系数。</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference.</source>
            <translation>%2 个中有 %1 个与参考答案一致。</translation>
        </message>
    </context>
</TS>
