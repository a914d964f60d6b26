<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>A newer version (%1) is available; ask IT.</source>
            <translation>يتوفر إصدار أحدث (%1)؛ اطلب تثبيته من قسم تقنية المعلومات.</translation>
        </message>
        <message>
            <source>IT contact: not set by your IT department</source>
            <translation>جهة الاتصال في تقنية المعلومات: لم يحددها قسم تقنية المعلومات لديك</translation>
        </message>
        <message>
            <source>IT contact: %1</source>
            <translation>جهة الاتصال في تقنية المعلومات: %1</translation>
        </message>
        <message>
            <source>About Live Review Desk</source>
            <translation>حول Live Review Desk</translation>
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation>Live Review Desk</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>الإصدار %1</translation>
        </message>
        <message>
            <source>Case service: %1</source>
            <translation>خدمة الحالات: %1</translation>
        </message>
        <message>
            <source>Case service: not signed in</source>
            <translation>خدمة الحالات: لم يتم تسجيل الدخول</translation>
        </message>
        <message>
            <source>Service version: %1</source>
            <translation>إصدار الخدمة: %1</translation>
        </message>
        <message>
            <source>Service version: not known</source>
            <translation>إصدار الخدمة: غير معروف</translation>
        </message>
        <message>
            <source>IT gets it from: %1</source>
            <translation>يحصل عليه قسم تقنية المعلومات من: %1</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <source>Asks the service for the admin log again</source>
            <translation>يطلب سجل الإدارة من الخدمة مجددًا</translation>
        </message>
        <message>
            <source>Terms the chat highlights, one per line</source>
            <translation>المصطلحات التي تبرزها الدردشة، واحد في كل سطر</translation>
        </message>
        <message>
            <source>What the draft changes from the published version</source>
            <translation>ما تغيّره المسودة عن النسخة المنشورة</translation>
        </message>
        <message>
            <source>Starts a draft from the published taxonomy</source>
            <translation>يبدأ مسودة من تصنيف السياسات المنشور</translation>
        </message>
        <message>
            <source>Saves the draft without publishing it</source>
            <translation>يحفظ المسودة دون نشرها</translation>
        </message>
        <message>
            <source>Shows what the draft changes</source>
            <translation>يعرض ما تغيّره المسودة</translation>
        </message>
        <message>
            <source>Publishes the draft to every desk</source>
            <translation>ينشر المسودة على كل المكاتب</translation>
        </message>
        <message>
            <source>Asks the service for the users again</source>
            <translation>يطلب المستخدمين من الخدمة مجددًا</translation>
        </message>
        <message>
            <source>The name a person signs in with</source>
            <translation>الاسم الذي يستخدمه الشخص في تسجيل الدخول</translation>
        </message>
        <message>
            <source>The name others see</source>
            <translation>الاسم الذي يراه الآخرون</translation>
        </message>
        <message>
            <source>The team whose lead sees this person's work</source>
            <translation>الفريق الذي يرى قائده عمل هذا الشخص</translation>
        </message>
        <message>
            <source>The vendor site this person works for</source>
            <translation>موقع المورّد الذي يعمل لديه هذا الشخص</translation>
        </message>
        <message>
            <source>A password the person must change at the first sign-in</source>
            <translation>كلمة مرور يجب على الشخص تغييرها عند أول تسجيل الدخول</translation>
        </message>
        <message>
            <source>Creates the user from the fields above</source>
            <translation>ينشئ المستخدم من الحقول أعلاه</translation>
        </message>
        <message>
            <source>Saves the chosen user's changes</source>
            <translation>يحفظ تغييرات المستخدم المختار</translation>
        </message>
        <message>
            <source>Disables or enables the chosen user's sign-in</source>
            <translation>يعطّل تسجيل الدخول للمستخدم المختار أو يفعّله</translation>
        </message>
        <message>
            <source>Sets a temporary password for the chosen user</source>
            <translation>يعيّن كلمة مرور مؤقتة للمستخدم المختار</translation>
        </message>
        <message>
            <source>Opens the chosen session to answer its items</source>
            <translation>يفتح الجلسة المختارة للإجابة عن عناصرها</translation>
        </message>
        <message>
            <source>Asks the service for this list again</source>
            <translation>يطلب هذه القائمة من الخدمة مجددًا</translation>
        </message>
        <message>
            <source>How many golden cases with a known answer the session holds</source>
            <translation>عدد الحالات المرجعية ذات الإجابة المعروفة في الجلسة</translation>
        </message>
        <message>
            <source>How many sampled live decisions the session holds</source>
            <translation>عدد القرارات المباشرة المختارة عيّنةً في الجلسة</translation>
        </message>
        <message>
            <source>The policy area the chat action cites</source>
            <translation>مجال السياسة الذي يستند إليه إجراء الدردشة</translation>
        </message>
        <message>
            <source>Hides every message without a flagged term</source>
            <translation>يخفي كل رسالة لا تحتوي مصطلحًا مُعلَّمًا</translation>
        </message>
        <message>
            <source>The stream chat, oldest first; Shift or Ctrl with arrows selects several</source>
            <translation>دردشة البث، الأقدم أولًا؛ Shift أو Ctrl مع الأسهم يحدد عدة رسائل</translation>
        </message>
        <message>
            <source>The policy area the next decision cites; digits choose it</source>
            <translation>مجال السياسة الذي يستند إليه القرار التالي؛ تختاره الأرقام</translation>
        </message>
        <message>
            <source>Why the case goes to a lead when you escalate it</source>
            <translation>سبب إرسال الحالة إلى قائد عند تصعيدها</translation>
        </message>
        <message>
            <source>Accepts and closes</source>
            <translation>يقبل ويغلق</translation>
        </message>
        <message>
            <source>Saves and closes</source>
            <translation>يحفظ ويغلق</translation>
        </message>
        <message>
            <source>Closes without changing anything</source>
            <translation>يغلق دون تغيير أي شيء</translation>
        </message>
        <message>
            <source>Closes this window</source>
            <translation>يغلق هذه النافذة</translation>
        </message>
        <message>
            <source>Answers yes</source>
            <translation>يجيب بنعم</translation>
        </message>
        <message>
            <source>Answers no</source>
            <translation>يجيب بلا</translation>
        </message>
        <message>
            <source>Applies the changes</source>
            <translation>يطبّق التغييرات</translation>
        </message>
        <message>
            <source>Why you skip this case; the lead sees it</source>
            <translation>سبب تخطي هذه الحالة؛ يراه القائد</translation>
        </message>
        <message>
            <source>Verifies the chosen moderator's audit chain against the service</source>
            <translation>يتحقق من سلسلة التدقيق الخاصة بمشرف المحتوى المختار مقابل الخدمة</translation>
        </message>
        <message>
            <source>What the chain check found, link by link</source>
            <translation>ما وجده فحص السلسلة، حلقةً حلقة</translation>
        </message>
        <message>
            <source>The guideline as moderators will read it</source>
            <translation>الإرشاد كما سيقرؤه مشرفو المحتوى</translation>
        </message>
        <message>
            <source>Moderators must acknowledge it before their next case</source>
            <translation>يجب على مشرفي المحتوى الإقرار به قبل حالتهم التالية</translation>
        </message>
        <message>
            <source>Publishes the guideline to the chosen moderators at once</source>
            <translation>ينشر الإرشاد لمشرفي المحتوى المختارين فورًا</translation>
        </message>
        <message>
            <source>Asks the service for the guidelines again</source>
            <translation>يطلب الإرشادات من الخدمة مجددًا</translation>
        </message>
        <message>
            <source>Limits the history to the days chosen beside it</source>
            <translation>يقصر السجل على الأيام المختارة بجانبه</translation>
        </message>
        <message>
            <source>A day as year-month-day; Alt+Down opens a calendar</source>
            <translation>يوم بصيغة سنة-شهر-يوم؛ Alt+Down يفتح تقويمًا</translation>
        </message>
        <message>
            <source>Shows the decisions that match the filters</source>
            <translation>يعرض القرارات المطابقة لعوامل التصفية</translation>
        </message>
        <message>
            <source>Removes every filter</source>
            <translation>يزيل كل عوامل التصفية</translation>
        </message>
        <message>
            <source>Finds the case id or streamer handle typed beside it</source>
            <translation>يبحث عن معرّف الحالة أو اسم صانع البث المكتوب بجانبه</translation>
        </message>
        <message>
            <source>Decisions, newest first; Enter opens the case's decision chain</source>
            <translation>القرارات، الأحدث أولًا؛ مفتاح الإدخال يفتح سلسلة قرارات الحالة</translation>
        </message>
        <message>
            <source>Puts every decision key back to the service's choice</source>
            <translation>يعيد كل مفتاح قرار إلى اختيار الخدمة</translation>
        </message>
        <message>
            <source>How this area's media shows at first</source>
            <translation>كيف تظهر وسائط هذا المجال في البداية</translation>
        </message>
        <message>
            <source>How media without a policy area shows at first</source>
            <translation>كيف تظهر الوسائط التي بلا مجال السياسة في البداية</translation>
        </message>
        <message>
            <source>Minutes of sensitive media before the desk suggests a break; 0 never</source>
            <translation>دقائق الوسائط الحساسة قبل أن يقترح المكتب استراحة؛ ٠: أبدًا</translation>
        </message>
        <message>
            <source>Minutes without a key or a click before the desk locks</source>
            <translation>دقائق بلا ضغط مفتاح أو نقرة قبل أن يُقفل المكتب</translation>
        </message>
        <message>
            <source>Colours of every window; high contrast for low vision</source>
            <translation>ألوان كل النوافذ؛ تباين عالٍ لضعاف البصر</translation>
        </message>
        <message>
            <source>The language of the desk from the next sign-in</source>
            <translation>لغة المكتب بدءًا من تسجيل الدخول التالي</translation>
        </message>
        <message>
            <source>The queues you may review: depth and time to the deadline; Enter starts reviewing</source>
            <translation>قوائم الانتظار التي يمكنك مراجعتها: عدد الحالات والوقت حتى الموعد النهائي؛ مفتاح الإدخال يبدأ المراجعة</translation>
        </message>
        <message>
            <source>Leases cases from the chosen queue and opens the first one</source>
            <translation>حجز مؤقت لحالات من قائمة الانتظار المختارة وفتح أولاها</translation>
        </message>
        <message>
            <source>Asks the service for the queues again</source>
            <translation>يطلب قوائم الانتظار من الخدمة مجددًا</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Every key of the desk, one per line</source>
            <translation>كل مفاتيح المكتب، واحد في كل سطر</translation>
        </message>
        <message>
            <source>Your password for the case service; never stored</source>
            <extracomment>the service's own minimum (contract.NewPassword), checked here so the person is told at once</extracomment>
            <translation>كلمة مرورك لخدمة الحالات؛ لا تُحفظ أبدًا</translation>
        </message>
        <message>
            <source>The language of this window and of the desk</source>
            <translation>لغة هذه النافذة والمكتب</translation>
        </message>
        <message>
            <source>Signs in to the case service</source>
            <translation>تسجيل الدخول إلى خدمة الحالات</translation>
        </message>
        <message>
            <source>Closes the desk without signing in</source>
            <translation>يغلق المكتب دون تسجيل الدخول</translation>
        </message>
        <message>
            <source>The version, the licences and where to get help</source>
            <translation>الإصدار والتراخيص وأين تجد المساعدة</translation>
        </message>
        <message>
            <source>Opens the list of decisions the service refused or held</source>
            <translation>يفتح قائمة القرارات التي رفضتها الخدمة أو احتجزتها</translation>
        </message>
        <message>
            <source>Signs out of the desk</source>
            <translation>تسجيل الخروج من المكتب</translation>
        </message>
        <message>
            <source>Pauses review for a break</source>
            <translation>إيقاف مؤقت للمراجعة من أجل استراحة</translation>
        </message>
        <message>
            <source>Hides this reminder and goes on reviewing</source>
            <translation>يخفي هذا التذكير ويواصل المراجعة</translation>
        </message>
        <message>
            <source>An admin reset your password: choose a new one</source>
            <translation>أعاد مسؤول تعيين كلمة مرورك: اختر كلمة جديدة</translation>
        </message>
        <message>
            <source>The new password once more, to catch typos</source>
            <translation>كلمة المرور الجديدة مرة أخرى لاكتشاف الأخطاء</translation>
        </message>
        <message>
            <source>Unlocks the desk with your password</source>
            <translation>يفتح قفل المكتب بكلمة مرورك</translation>
        </message>
        <message>
            <source>Signs out of the desk instead of unlocking it</source>
            <translation>تسجيل الخروج من المكتب بدلًا من فتح قفله</translation>
        </message>
        <message>
            <source>Reads the golden items again from the service</source>
            <translation>يقرأ العناصر المرجعية من الخدمة من جديد</translation>
        </message>
        <message>
            <source>Its current decision becomes the reference answer</source>
            <translation>يصبح قراره الحالي الإجابة المرجعية</translation>
        </message>
        <message>
            <source>Makes the typed case a golden item</source>
            <translation>يجعل الحالة المكتوبة عنصر مرجعي</translation>
        </message>
        <message>
            <source>Calibration sessions stop drawing the selected item</source>
            <translation>تتوقف جلسات المعايرة عن سحب العنصر المحدد</translation>
        </message>
        <message>
            <source>Reads the queues again from the service</source>
            <translation>يقرأ قوائم الانتظار من الخدمة من جديد</translation>
        </message>
        <message>
            <source>The lower-case code of a new queue</source>
            <translation>رمز قائمة الانتظار الجديدة بأحرف صغيرة</translation>
        </message>
        <message>
            <source>The queue's name as moderators see it</source>
            <translation>اسم قائمة الانتظار كما يراه المشرفون</translation>
        </message>
        <message>
            <source>How long a case may wait in this queue</source>
            <translation>المدة التي يمكن أن تنتظرها حالة في قائمة الانتظار هذه</translation>
        </message>
        <message>
            <source>Priority added while the stream is live</source>
            <translation>أولوية تُضاف ما دام البث مباشرًا</translation>
        </message>
        <message>
            <source>Priority added per audience tier</source>
            <translation>أولوية تُضاف لكل فئة جمهور</translation>
        </message>
        <message>
            <source>Priority added per recent report</source>
            <translation>أولوية تُضاف لكل بلاغ حديث</translation>
        </message>
        <message>
            <source>Priority added per severity step</source>
            <translation>أولوية تُضاف لكل درجة خطورة</translation>
        </message>
        <message>
            <source>How close a deadline must be to raise the priority</source>
            <translation>مدى قرب الموعد النهائي اللازم لرفع الأولوية</translation>
        </message>
        <message>
            <source>Check the teams that may pull; none checked for everyone</source>
            <translation>حدّد الفريق الذي يمكنه سحب الحالات؛ بلا تحديد للجميع</translation>
        </message>
        <message>
            <source>Check the vendors that may pull; none checked for everyone</source>
            <translation>حدّد المورّد الذي يمكنه سحب الحالات؛ بلا تحديد للجميع</translation>
        </message>
        <message>
            <source>Check the actions this queue does not offer</source>
            <translation>حدّد الإجراءات التي لا تعرضها قائمة الانتظار هذه</translation>
        </message>
        <message>
            <source>Opens a new Live queue with the fields above</source>
            <translation>يفتح قائمة انتظار مباشر جديدة بالحقول أعلاه</translation>
        </message>
        <message>
            <source>Saves the fields above to the selected queue</source>
            <translation>يحفظ الحقول أعلاه في قائمة الانتظار المحددة</translation>
        </message>
        <message>
            <source>Reads the sampling rates again from the service</source>
            <translation>يقرأ نسب أخذ العيّنات من الخدمة من جديد</translation>
        </message>
        <message>
            <source>The share of the selected queue's decisions sampled</source>
            <translation>نسبة قرارات قائمة الانتظار المحددة التي تُؤخذ عيّنةً</translation>
        </message>
        <message>
            <source>Applies the rate to decisions from now on</source>
            <translation>يطبّق النسبة على القرارات من الآن فصاعدًا</translation>
        </message>
        <message>
            <source>Reads your escalations again from the service</source>
            <translation>يقرأ حالات التصعيد الخاصة بك من الخدمة من جديد</translation>
        </message>
        <message>
            <source>Reads the SLA breaches again from the service</source>
            <translation>يقرأ تجاوزات SLA من الخدمة من جديد</translation>
        </message>
        <message>
            <source>How many days an approved label lasts</source>
            <translation>عدد الأيام التي تبقى فيها التسمية المعتمدة</translation>
        </message>
        <message>
            <source>Sent with your approval or refusal</source>
            <translation>تُرسل مع موافقتك أو رفضك</translation>
        </message>
        <message>
            <source>Approves the selected label request</source>
            <translation>يعتمد طلب التسمية المحدد</translation>
        </message>
        <message>
            <source>Declines the selected label request</source>
            <translation>يرفض طلب التسمية المحدد</translation>
        </message>
        <message>
            <source>Reads the label requests again from the service</source>
            <translation>يقرأ طلبات التسمية من الخدمة من جديد</translation>
        </message>
        <message>
            <source>The vendor the report covers</source>
            <translation>المورّد الذي يغطيه التقرير</translation>
        </message>
        <message>
            <source>The team the report covers; empty for all</source>
            <translation>الفريق الذي يغطيه التقرير؛ فارغ للجميع</translation>
        </message>
        <message>
            <source>The week the report covers, as year and week</source>
            <translation>الأسبوع الذي يغطيه التقرير، بالسنة ورقم الأسبوع</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>ملف PDF</translation>
        </message>
        <message>
            <source>Where the PDF goes; a CSV is written beside it</source>
            <translation>مكان حفظ ملف PDF؛ ويُكتب ملف CSV بجانبه</translation>
        </message>
        <message>
            <source>Picks the PDF file in a file dialog</source>
            <translation>يختار ملف PDF من نافذة الملفات</translation>
        </message>
        <message>
            <source>Writes the PDF and the CSV with the week's figures</source>
            <translation>يكتب ملفي PDF وCSV بأرقام الأسبوع</translation>
        </message>
    </context>
    <context>
        <name>AccountLabels</name>
        <message>
            <source>Creator partner</source>
            <translation>شريك صانع محتوى</translation>
        </message>
        <message>
            <source>Repeat offender</source>
            <translation>مخالف متكرر</translation>
        </message>
        <message>
            <source>High profile</source>
            <translation>حساب بارز</translation>
        </message>
        <message>
            <source>Under investigation</source>
            <translation>قيد التحقيق</translation>
        </message>
        <message>
            <source>Account labels</source>
            <translation>تسميات الحساب</translation>
        </message>
        <message>
            <source>Until %1</source>
            <translation>حتى %1</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>No violation</source>
            <extracomment>what was done before (prior enforcement's action codes)</extracomment>
            <translation>لا مخالفة</translation>
        </message>
        <message>
            <source>Warn streamer</source>
            <translation>تحذير صانع البث</translation>
        </message>
        <message>
            <source>Mute chat</source>
            <translation>كتم الدردشة</translation>
        </message>
        <message>
            <source>End stream</source>
            <translation>إنهاء البث</translation>
        </message>
        <message>
            <source>Suspend account</source>
            <translation>تعليق الحساب</translation>
        </message>
        <message>
            <source>Ban account</source>
            <translation>حظر الحساب</translation>
        </message>
        <message>
            <source>Age-restrict</source>
            <translation>تقييد حسب العمر</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>تصعيد</translation>
        </message>
    </context>
    <context>
        <name>AdminLogPage</name>
        <message>
            <source>Admin log</source>
            <translation>سجل الإدارة</translation>
        </message>
        <message>
            <source>When</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>التغييرات</translation>
        </message>
        <message>
            <source>Admin log entries</source>
            <translation>إدخالات سجل الإدارة</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Refresh the admin log</source>
            <translation>تحديث سجل الإدارة</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies), newest first</source>
            <translation>
                <numerusform>%n إدخال، الأحدث أولًا</numerusform>
                <numerusform>%n إدخال، الأحدث أولًا</numerusform>
                <numerusform>%n إدخالان، الأحدث أولًا</numerusform>
                <numerusform>%n إدخالات، الأحدث أولًا</numerusform>
                <numerusform>%n إدخالًا، الأحدث أولًا</numerusform>
                <numerusform>%n إدخال، الأحدث أولًا</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AdminWindow</name>
        <message>
            <source>Admin · %1 · Live Review Desk</source>
            <translation>الإدارة · %1 · Live Review Desk</translation>
        </message>
        <message>
            <source>Admin pages</source>
            <translation>صفحات الإدارة</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>الإدارة</translation>
        </message>
        <message>
            <source>Users, queues, golden items, QA sampling and the admin log</source>
            <translation>المستخدمون وقوائم الانتظار والعناصر المرجعية وعينات الجودة وسجل الإدارة</translation>
        </message>
    </context>
    <context>
        <name>AnnouncementBanner</name>
        <message>
            <source>Urgent guideline update</source>
            <translation>تحديث عاجل لإرشاد</translation>
        </message>
        <message>
            <source>URGENT GUIDELINE UPDATE</source>
            <translation>تحديث عاجل لإرشاد</translation>
        </message>
        <message>
            <source>I have read this</source>
            <translation>قرأت هذا</translation>
        </message>
        <message>
            <source>Acknowledge the guideline update</source>
            <translation>الإقرار بتحديث الإرشاد</translation>
        </message>
        <message numerus="yes">
            <source>Policy %1 · acknowledge before your next decision · %n more after this one</source>
            <translation>
                <numerusform>السياسة %1 · أقِرّ به قبل قرارك التالي · لا يتبقى بعده شيء (%n)</numerusform>
                <numerusform>السياسة %1 · أقِرّ به قبل قرارك التالي · يتبقى بعده تحديث واحد (%n)</numerusform>
                <numerusform>السياسة %1 · أقِرّ به قبل قرارك التالي · يتبقى بعده تحديثان (%n)</numerusform>
                <numerusform>السياسة %1 · أقِرّ به قبل قرارك التالي · يتبقى بعده %n تحديثات</numerusform>
                <numerusform>السياسة %1 · أقِرّ به قبل قرارك التالي · يتبقى بعده %n تحديثًا</numerusform>
                <numerusform>السياسة %1 · أقِرّ به قبل قرارك التالي · يتبقى بعده %n تحديث</numerusform>
            </translation>
        </message>
        <message>
            <source>Policy %1 · acknowledge before your next decision</source>
            <translation>السياسة %1 · أقِرّ به قبل قرارك التالي</translation>
        </message>
    </context>
    <context>
        <name>AuditChainView</name>
        <message>
            <source>seq %1</source>
            <translation>التسلسل %1</translation>
        </message>
        <message>
            <source>seq %1–%2</source>
            <translation>التسلسل %1–%2</translation>
        </message>
        <message>
            <source>GAP</source>
            <comment>an audit-chain finding</comment>
            <translation>فجوة</translation>
        </message>
        <message>
            <source>EDITED</source>
            <comment>an audit-chain finding</comment>
            <translation>معدَّل</translation>
        </message>
        <message>
            <source>MISSING TAIL</source>
            <comment>an audit-chain finding</comment>
            <translation>نهاية مفقودة</translation>
        </message>
        <message>
            <source>WENT BACKWARDS</source>
            <comment>an audit-chain finding</comment>
            <translation>رجوع إلى الخلف</translation>
        </message>
        <message>
            <source>CLAIM DOES NOT MATCH</source>
            <comment>an audit-chain finding</comment>
            <translation>ادعاء غير مطابق</translation>
        </message>
        <message>
            <source>HELD ON THE DESK</source>
            <comment>an audit-chain finding</comment>
            <translation>محتجز في المكتب</translation>
        </message>
        <message>
            <source>RECOVERY</source>
            <comment>an audit-chain finding</comment>
            <translation>استرداد</translation>
        </message>
        <message>
            <source>sequence numbers the client used but the service has no decision for</source>
            <translation>أرقام تسلسل استخدمها العميل ولا يوجد لها قرار لدى الخدمة</translation>
        </message>
        <message>
            <source>a stored decision no longer matches the hash the client chained</source>
            <translation>قرار مخزَّن لم يعد يطابق التجزئة التي سلسلها العميل</translation>
        </message>
        <message>
            <source>the client said it had decided more than the service received</source>
            <translation>ذكر العميل أنه اتخذ قرارات أكثر مما تلقته الخدمة</translation>
        </message>
        <message>
            <source>a later upload claimed a lower chain position than an earlier one</source>
            <translation>ادعت عملية رفع لاحقة موضعًا في السلسلة أدنى من عملية سابقة</translation>
        </message>
        <message>
            <source>the head given for this check is not the one on record</source>
            <translation>رأس السلسلة المعطى لهذا الفحص ليس هو المسجَّل</translation>
        </message>
        <message>
            <source>decisions the desk keeps because the service kept refusing them (not lost)</source>
            <translation>قرارات يحتفظ بها المكتب لأن الخدمة ظلت ترفضها (لم تُفقد)</translation>
        </message>
        <message>
            <source>the desk rebuilt a damaged store and linked the new chain to the old head</source>
            <translation>أعاد المكتب بناء مخزن تالف وربط السلسلة الجديدة برأس السلسلة القديم</translation>
        </message>
        <message numerus="yes">
            <source>OK: %1's audit chain is intact up to seq %2 (head %3). %Ln decision(s) held on the desk, not yet sent.</source>
            <translation>
                <numerusform>سليم: سلسلة التدقيق الخاصة بـ%1 سليمة حتى التسلسل %2 (الرأس %3). %Ln قرار محتجز في المكتب، لم يُرسل بعد.</numerusform>
                <numerusform>سليم: سلسلة التدقيق الخاصة بـ%1 سليمة حتى التسلسل %2 (الرأس %3). %Ln قرار محتجز في المكتب، لم يُرسل بعد.</numerusform>
                <numerusform>سليم: سلسلة التدقيق الخاصة بـ%1 سليمة حتى التسلسل %2 (الرأس %3). %Ln قراران محتجزان في المكتب، لم يُرسل بعد.</numerusform>
                <numerusform>سليم: سلسلة التدقيق الخاصة بـ%1 سليمة حتى التسلسل %2 (الرأس %3). %Ln قرارات محتجزة في المكتب، لم يُرسل بعد.</numerusform>
                <numerusform>سليم: سلسلة التدقيق الخاصة بـ%1 سليمة حتى التسلسل %2 (الرأس %3). %Ln قرارًا محتجزًا في المكتب، لم يُرسل بعد.</numerusform>
                <numerusform>سليم: سلسلة التدقيق الخاصة بـ%1 سليمة حتى التسلسل %2 (الرأس %3). %Ln قرار محتجز في المكتب، لم يُرسل بعد.</numerusform>
            </translation>
        </message>
        <message>
            <source>OK: %1's audit chain is intact up to seq %2 (head %3).</source>
            <translation>سليم: سلسلة التدقيق الخاصة بـ%1 سليمة حتى التسلسل %2 (الرأس %3).</translation>
        </message>
        <message numerus="yes">
            <source>PROBLEM: %Ln finding(s) in %1's audit chain. Decisions may have been lost or changed after they were made.</source>
            <translation>
                <numerusform>مشكلة: %Ln ملاحظة في سلسلة التدقيق الخاصة بـ%1. ربما فُقدت قرارات أو غُيّرت بعد اتخاذها.</numerusform>
                <numerusform>مشكلة: %Ln ملاحظة في سلسلة التدقيق الخاصة بـ%1. ربما فُقدت قرارات أو غُيّرت بعد اتخاذها.</numerusform>
                <numerusform>مشكلة: %Ln ملاحظتان في سلسلة التدقيق الخاصة بـ%1. ربما فُقدت قرارات أو غُيّرت بعد اتخاذها.</numerusform>
                <numerusform>مشكلة: %Ln ملاحظات في سلسلة التدقيق الخاصة بـ%1. ربما فُقدت قرارات أو غُيّرت بعد اتخاذها.</numerusform>
                <numerusform>مشكلة: %Ln ملاحظة في سلسلة التدقيق الخاصة بـ%1. ربما فُقدت قرارات أو غُيّرت بعد اتخاذها.</numerusform>
                <numerusform>مشكلة: %Ln ملاحظة في سلسلة التدقيق الخاصة بـ%1. ربما فُقدت قرارات أو غُيّرت بعد اتخاذها.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checked %1. Stored head: seq %2, hash %3.</source>
            <translation>فُحص %1. الرأس المخزَّن: التسلسل %2، التجزئة %3.</translation>
        </message>
        <message>
            <source>No decision from this moderator has reached the service yet.</source>
            <translation>لم يصل أي قرار من مشرف المحتوى هذا إلى الخدمة بعد.</translation>
        </message>
        <message>
            <source>no stored seq</source>
            <translation>لا يوجد تسلسل مخزَّن</translation>
        </message>
        <message>
            <source>Device %1: %2 (%3); the client last claimed seq %4, head %5; %6; %7.</source>
            <comment>device, decisions stored, their seqs, claimed seq and head, links, uploads</comment>
            <translation>الجهاز %1: %2 (%3)؛ آخر ما ادعاه العميل التسلسل %4، الرأس %5؛ %6؛ %7.</translation>
        </message>
        <message>
            <source>(unnamed)</source>
            <comment>a device without a name</comment>
            <translation>(بلا اسم)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s) stored</source>
            <translation>
                <numerusform>%Ln قرار مخزَّن</numerusform>
                <numerusform>%Ln قرار مخزَّن</numerusform>
                <numerusform>%Ln قراران مخزَّنان</numerusform>
                <numerusform>%Ln قرارات مخزَّنة</numerusform>
                <numerusform>%Ln قرارًا مخزَّنًا</numerusform>
                <numerusform>%Ln قرار مخزَّن</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln link(s) recomputed</source>
            <translation>
                <numerusform>%Ln رابط أُعيد حسابه</numerusform>
                <numerusform>%Ln رابط أُعيد حسابه</numerusform>
                <numerusform>%Ln رابطان أُعيد حسابهما</numerusform>
                <numerusform>%Ln روابط أُعيد حسابها</numerusform>
                <numerusform>%Ln رابطًا أُعيد حسابه</numerusform>
                <numerusform>%Ln رابط أُعيد حسابه</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln upload(s)</source>
            <translation>
                <numerusform>%Ln عملية رفع</numerusform>
                <numerusform>%Ln عملية رفع</numerusform>
                <numerusform>%Ln عمليتا رفع</numerusform>
                <numerusform>%Ln عمليات رفع</numerusform>
                <numerusform>%Ln عملية رفع</numerusform>
                <numerusform>%Ln عملية رفع</numerusform>
            </translation>
        </message>
        <message>
            <source>Findings:</source>
            <translation>الملاحظات:</translation>
        </message>
        <message>
            <source>%1  %2 on device %3: %4</source>
            <comment>finding, seqs, device, meaning</comment>
            <translation>%1  %2 على الجهاز %3: %4</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <comment>finding, seqs, meaning</comment>
            <translation>%1  %2: %3</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <comment>a finding, then its detail</comment>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between decision ids</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>decisions: %1</source>
            <translation>القرارات: %1</translation>
        </message>
        <message>
            <source>Findings: none. Every stored link matches the chain the client sent.</source>
            <translation>الملاحظات: لا شيء. كل رابط مخزَّن يطابق السلسلة التي أرسلها العميل.</translation>
        </message>
        <message>
            <source>Sequence numbers without a decision: %1; explained by guideline acknowledgements on record: %2; unexplained: %3.</source>
            <translation>أرقام تسلسل بلا قرار: %1؛ يفسرها إقرار بإرشادات مسجَّل: %2؛ بلا تفسير: %3.</translation>
        </message>
        <message>
            <source>Audit chain check</source>
            <translation>فحص سلسلة التدقيق</translation>
        </message>
        <message>
            <source>Compares the chain heads a moderator's client sent with the decisions the service stored: a gap, an edited decision or a missing tail shows here.</source>
            <translation>يقارن رؤوس السلسلة التي أرسلها عميل مشرف المحتوى بالقرارات التي خزّنتها الخدمة: تظهر هنا أي فجوة أو قرار معدَّل أو نهاية مفقودة.</translation>
        </message>
        <message>
            <source>Moderator to check</source>
            <translation>مشرف المحتوى المراد فحصه</translation>
        </message>
        <message>
            <source>username</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>Check chain</source>
            <translation>فحص السلسلة</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>مشرف المحتوى</translation>
        </message>
        <message>
            <source>Audit chain findings</source>
            <translation>ملاحظات سلسلة التدقيق</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a user name, then a display name</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Pick or type a moderator's username first.</source>
            <translation>اختر اسم مستخدم مشرف المحتوى أو اكتبه أولًا.</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>جارٍ فحص %1…</translation>
        </message>
        <message>
            <source>The check could not run: %1</source>
            <translation>تعذّر تشغيل الفحص: %1</translation>
        </message>
    </context>
    <context>
        <name>BreachesView</name>
        <message>
            <source>SLA breaches</source>
            <extracomment>how often the page reads the breaches again while it is shown (ms)</extracomment>
            <translation>تجاوزات SLA</translation>
        </message>
        <message>
            <source>Cases that went past their deadline in the last 24 hours, still waiting or decided late. The list reads itself again every 30 seconds.</source>
            <translation>حالات تجاوزت الموعد النهائي خلال آخر ٢٤ ساعة، ما زالت تنتظر أو اتُّخذ فيها قرار متأخر. تُعاد قراءة القائمة كل ٣٠ ثانية.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>قائمة الانتظار</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>Over by</source>
            <translation>التجاوز بمقدار</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>وقت القرار</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message numerus="yes">
            <source>%Ln breach(es) in the last 24 hours, as of %1</source>
            <translation>
                <numerusform>%Ln تجاوز خلال آخر ٢٤ ساعة، حتى %1</numerusform>
                <numerusform>%Ln تجاوز خلال آخر ٢٤ ساعة، حتى %1</numerusform>
                <numerusform>%Ln تجاوزان خلال آخر ٢٤ ساعة، حتى %1</numerusform>
                <numerusform>%Ln تجاوزات خلال آخر ٢٤ ساعة، حتى %1</numerusform>
                <numerusform>%Ln تجاوزًا خلال آخر ٢٤ ساعة، حتى %1</numerusform>
                <numerusform>%Ln تجاوز خلال آخر ٢٤ ساعة، حتى %1</numerusform>
            </translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ليس بعد</translation>
        </message>
    </context>
    <context>
        <name>BreakReminder</name>
        <message>
            <source>Break reminder</source>
            <translation>تذكير بالاستراحة</translation>
        </message>
        <message>
            <source>Take a break (pause)</source>
            <translation>خذ استراحة (إيقاف مؤقت)</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>ليس الآن</translation>
        </message>
        <message numerus="yes">
            <source>You have looked at sensitive content for about %Ln minute(s). A few minutes away from the screen helps; your place is kept.</source>
            <translation>
                <numerusform>لقد نظرت إلى محتوى حساس لمدة %Ln دقيقة تقريبًا. الابتعاد عن الشاشة بضع دقائق يفيد؛ يُحفظ موضعك.</numerusform>
                <numerusform>لقد نظرت إلى محتوى حساس لمدة %Ln دقيقة تقريبًا. الابتعاد عن الشاشة بضع دقائق يفيد؛ يُحفظ موضعك.</numerusform>
                <numerusform>لقد نظرت إلى محتوى حساس لمدة %Ln دقيقتين تقريبًا. الابتعاد عن الشاشة بضع دقائق يفيد؛ يُحفظ موضعك.</numerusform>
                <numerusform>لقد نظرت إلى محتوى حساس لمدة %Ln دقائق تقريبًا. الابتعاد عن الشاشة بضع دقائق يفيد؛ يُحفظ موضعك.</numerusform>
                <numerusform>لقد نظرت إلى محتوى حساس لمدة %Ln دقيقة تقريبًا. الابتعاد عن الشاشة بضع دقائق يفيد؛ يُحفظ موضعك.</numerusform>
                <numerusform>لقد نظرت إلى محتوى حساس لمدة %Ln دقيقة تقريبًا. الابتعاد عن الشاشة بضع دقائق يفيد؛ يُحفظ موضعك.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalibrationReport</name>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <extracomment>kappa this far below AC1 is worth a word about prevalence</extracomment>
            <translation>%1٪</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>بلا مجال السياسة</translation>
        </message>
        <message>
            <source>None</source>
            <comment>no policy area, as a short column header</comment>
            <translation>لا شيء</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>%1 · %2 · “%3”</source>
            <comment>action, areas, note</comment>
            <translation>%1 · %2 · «%3»</translation>
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
            <translation>تقرير المعايرة</translation>
        </message>
        <message>
            <source>Calibration report: %1</source>
            <translation>تقرير المعايرة: %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s)</source>
            <translation>
                <numerusform>%Ln عنصر</numerusform>
                <numerusform>%Ln عنصر</numerusform>
                <numerusform>%Ln عنصران</numerusform>
                <numerusform>%Ln عناصر</numerusform>
                <numerusform>%Ln عنصرًا</numerusform>
                <numerusform>%Ln عنصر</numerusform>
            </translation>
        </message>
        <message>
            <source>the action is the primary label, the policy area the secondary</source>
            <translation>الإجراء هو التسمية الأساسية، ومجال السياسة هو التسمية الثانوية</translation>
        </message>
        <message>
            <source>%1 golden, %2</source>
            <comment>golden items, then sampled live decisions</comment>
            <translation>%1 عنصر مرجعي، %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln sampled live decision(s)</source>
            <translation>
                <numerusform>%Ln قرار مباشر مأخوذ كعينة</numerusform>
                <numerusform>%Ln قرار مباشر مأخوذ كعينة</numerusform>
                <numerusform>%Ln قراران مباشران مأخوذان كعينة</numerusform>
                <numerusform>%Ln قرارات مباشرة مأخوذة كعينة</numerusform>
                <numerusform>%Ln قرارًا مباشرًا مأخوذًا كعينة</numerusform>
                <numerusform>%Ln قرار مباشر مأخوذ كعينة</numerusform>
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
                <numerusform>معامل ألفا لكريبندورف عبر %Ln مراجع: الإجراء %1، مجال السياسة %2.</numerusform>
                <numerusform>معامل ألفا لكريبندورف عبر %Ln مراجع: الإجراء %1، مجال السياسة %2.</numerusform>
                <numerusform>معامل ألفا لكريبندورف عبر %Ln مراجعَين: الإجراء %1، مجال السياسة %2.</numerusform>
                <numerusform>معامل ألفا لكريبندورف عبر %Ln مراجعين: الإجراء %1، مجال السياسة %2.</numerusform>
                <numerusform>معامل ألفا لكريبندورف عبر %Ln مراجعًا: الإجراء %1، مجال السياسة %2.</numerusform>
                <numerusform>معامل ألفا لكريبندورف عبر %Ln مراجع: الإجراء %1، مجال السياسة %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Krippendorff's alpha across reviewers appears once two or more reviewers have submitted (%Ln so far).</source>
            <translation>
                <numerusform>يظهر معامل ألفا لكريبندورف عبر المراجعين بعد أن يقدّم مراجعان أو أكثر (قدّم %Ln مراجع حتى الآن).</numerusform>
                <numerusform>يظهر معامل ألفا لكريبندورف عبر المراجعين بعد أن يقدّم مراجعان أو أكثر (قدّم %Ln مراجع حتى الآن).</numerusform>
                <numerusform>يظهر معامل ألفا لكريبندورف عبر المراجعين بعد أن يقدّم مراجعان أو أكثر (قدّم %Ln مراجعان حتى الآن).</numerusform>
                <numerusform>يظهر معامل ألفا لكريبندورف عبر المراجعين بعد أن يقدّم مراجعان أو أكثر (قدّم %Ln مراجعين حتى الآن).</numerusform>
                <numerusform>يظهر معامل ألفا لكريبندورف عبر المراجعين بعد أن يقدّم مراجعان أو أكثر (قدّم %Ln مراجعًا حتى الآن).</numerusform>
                <numerusform>يظهر معامل ألفا لكريبندورف عبر المراجعين بعد أن يقدّم مراجعان أو أكثر (قدّم %Ln مراجع حتى الآن).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a display name, then a user name</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Action (primary label)</source>
            <translation>الإجراء (التسمية الأساسية)</translation>
        </message>
        <message>
            <source>Policy area (secondary label)</source>
            <translation>مجال السياسة (التسمية الثانوية)</translation>
        </message>
        <message>
            <source>Disagreements (%1)</source>
            <translation>الاختلافات (%1)</translation>
        </message>
        <message>
            <source>No disagreements: every answer matches the reference.</source>
            <translation>لا اختلافات: كل إجابة تطابق المرجع.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>العنصر</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>إجابتك</translation>
        </message>
        <message>
            <source>#%1</source>
            <comment>an item's number</comment>
            <translation>#%1</translation>
        </message>
        <message>
            <source>golden</source>
            <translation>عنصر مرجعي</translation>
        </message>
        <message>
            <source>live decision</source>
            <translation>قرار مباشر</translation>
        </message>
    </context>
    <context>
        <name>CalibrationWindow</name>
        <message>
            <source>My QA results — Live Review Desk</source>
            <translation>نتائج الجودة الخاصة بي — Live Review Desk</translation>
        </message>
        <message>
            <source>Calibration — Live Review Desk</source>
            <translation>المعايرة — Live Review Desk</translation>
        </message>
        <message>
            <source>Your answer</source>
            <translation>إجابتك</translation>
        </message>
        <message>
            <source>Submit session (Ctrl+Enter)</source>
            <translation>تقديم الجلسة (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Calibration</source>
            <translation>المعايرة</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>الاعتراضات</translation>
        </message>
        <message>
            <source>Moderators' disputes of overturned decisions</source>
            <translation>اعتراضات مشرفي المحتوى على القرارات التي أُلغيت</translation>
        </message>
        <message>
            <source>New session…</source>
            <translation>جلسة جديدة…</translation>
        </message>
        <message>
            <source>Key ignored: %1.</source>
            <translation>تم تجاهل المفتاح: %1.</translation>
        </message>
        <message numerus="yes">
            <source>All %Ln item(s) answered.</source>
            <translation>
                <numerusform>تمت الإجابة عن %Ln عنصر.</numerusform>
                <numerusform>تمت الإجابة عن العنصر الوحيد (%Ln).</numerusform>
                <numerusform>تمت الإجابة عن العنصرين (%Ln).</numerusform>
                <numerusform>تمت الإجابة عن جميع العناصر الـ%Ln.</numerusform>
                <numerusform>تمت الإجابة عن جميع العناصر الـ%Ln.</numerusform>
                <numerusform>تمت الإجابة عن جميع العناصر الـ%Ln.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln item(s) are answered. Submit the session (%1) to see your report.</source>
            <translation>
                <numerusform>تمت الإجابة عن %Ln عنصر. قدّم الجلسة (%1) لترى تقريرك.</numerusform>
                <numerusform>تمت الإجابة عن العنصر الوحيد (%Ln). قدّم الجلسة (%1) لترى تقريرك.</numerusform>
                <numerusform>تمت الإجابة عن العنصرين (%Ln). قدّم الجلسة (%1) لترى تقريرك.</numerusform>
                <numerusform>تمت الإجابة عن جميع العناصر الـ%Ln. قدّم الجلسة (%1) لترى تقريرك.</numerusform>
                <numerusform>تمت الإجابة عن جميع العناصر الـ%Ln. قدّم الجلسة (%1) لترى تقريرك.</numerusform>
                <numerusform>تمت الإجابة عن جميع العناصر الـ%Ln. قدّم الجلسة (%1) لترى تقريرك.</numerusform>
            </translation>
        </message>
        <message>
            <source>Item %1 of %2 · %3 answered · blind review</source>
            <translation>العنصر %1 من %2 · تمت الإجابة عن %3 · مراجعة معمّاة</translation>
        </message>
        <message>
            <source>Loading the item…</source>
            <translation>جارٍ تحميل العنصر…</translation>
        </message>
        <message>
            <source>This item could not be loaded (see the message above); trying again in a few seconds.</source>
            <translation>تعذّر تحميل هذا العنصر (انظر الرسالة أعلاه)؛ ستُعاد المحاولة بعد بضع ثوانٍ.</translation>
        </message>
        <message>
            <source>This item already has your answer.</source>
            <translation>لهذا العنصر إجابتك بالفعل.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) waiting to sync</source>
            <translation>
                <numerusform>%Ln إجابة تنتظر المزامنة</numerusform>
                <numerusform>%Ln إجابة تنتظر المزامنة</numerusform>
                <numerusform>%Ln إجابتان تنتظران المزامنة</numerusform>
                <numerusform>%Ln إجابات تنتظر المزامنة</numerusform>
                <numerusform>%Ln إجابة تنتظر المزامنة</numerusform>
                <numerusform>%Ln إجابة تنتظر المزامنة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln refused by the service</source>
            <comment>answers</comment>
            <translation>
                <numerusform>رفضت الخدمة %Ln إجابة</numerusform>
                <numerusform>رفضت الخدمة %Ln إجابة</numerusform>
                <numerusform>رفضت الخدمة %Ln إجابتين</numerusform>
                <numerusform>رفضت الخدمة %Ln إجابات</numerusform>
                <numerusform>رفضت الخدمة %Ln إجابة</numerusform>
                <numerusform>رفضت الخدمة %Ln إجابة</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>two sync states</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>All answers synced</source>
            <translation>تمت مزامنة كل الإجابات</translation>
        </message>
        <message>
            <source>An answer was refused: %1</source>
            <translation>رُفضت إجابة: %1</translation>
        </message>
        <message>
            <source>Sending your answers and submitting…</source>
            <translation>جارٍ إرسال إجاباتك وتقديم الجلسة…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln answer(s) was(were) refused; see the message above</source>
            <translation>
                <numerusform>رُفضت %Ln إجابة؛ انظر الرسالة أعلاه</numerusform>
                <numerusform>رُفضت %Ln إجابة؛ انظر الرسالة أعلاه</numerusform>
                <numerusform>رُفضت %Ln إجابتان؛ انظر الرسالة أعلاه</numerusform>
                <numerusform>رُفضت %Ln إجابات؛ انظر الرسالة أعلاه</numerusform>
                <numerusform>رُفضت %Ln إجابة؛ انظر الرسالة أعلاه</numerusform>
                <numerusform>رُفضت %Ln إجابة؛ انظر الرسالة أعلاه</numerusform>
            </translation>
        </message>
        <message>
            <source>The session was not created: %1</source>
            <translation>لم تُنشأ الجلسة: %1</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between user names</comment>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <source>Session created: %Ln item(s) for %1.</source>
            <translation>
                <numerusform>أُنشئت الجلسة: %Ln عنصر لـ%1.</numerusform>
                <numerusform>أُنشئت الجلسة: %Ln عنصر لـ%1.</numerusform>
                <numerusform>أُنشئت الجلسة: %Ln عنصران لـ%1.</numerusform>
                <numerusform>أُنشئت الجلسة: %Ln عناصر لـ%1.</numerusform>
                <numerusform>أُنشئت الجلسة: %Ln عنصرًا لـ%1.</numerusform>
                <numerusform>أُنشئت الجلسة: %Ln عنصر لـ%1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Dispute accepted: %1 was told.</source>
            <translation>قُبل الاعتراض: أُبلغ %1.</translation>
        </message>
        <message>
            <source>Dispute rejected: %1 was told.</source>
            <translation>رُفض الاعتراض: أُبلغ %1.</translation>
        </message>
        <message>
            <source>Dispute answered: %1 was told.</source>
            <translation>أُجيب عن الاعتراض: أُبلغ %1.</translation>
        </message>
        <message>
            <source>Your dispute was sent to your team lead.</source>
            <translation>أُرسل اعتراضك إلى قائد الفريق.</translation>
        </message>
        <message>
            <source>My QA results</source>
            <translation>نتائج الجودة الخاصة بي</translation>
        </message>
        <message>
            <source>Your QA results and disputes</source>
            <translation>نتائج الجودة واعتراضاتك</translation>
        </message>
        <message>
            <source>Calibration sessions assigned to you: blind review and agreement report</source>
            <translation>جلسات المعايرة المسندة إليك: مراجعة معمّاة وتقرير نسبة الاتفاق</translation>
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message>
            <source>under a day</source>
            <comment>account age</comment>
            <translation>أقل من يوم</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln يومان</numerusform>
                <numerusform>%Ln أيام</numerusform>
                <numerusform>%Ln يومًا</numerusform>
                <numerusform>%Ln يوم</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln month(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln شهر</numerusform>
                <numerusform>%Ln شهر</numerusform>
                <numerusform>%Ln شهران</numerusform>
                <numerusform>%Ln أشهر</numerusform>
                <numerusform>%Ln شهرًا</numerusform>
                <numerusform>%Ln شهر</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln year(s)</source>
            <comment>account age</comment>
            <translation>
                <numerusform>%Ln سنة</numerusform>
                <numerusform>%Ln سنة</numerusform>
                <numerusform>%Ln سنتان</numerusform>
                <numerusform>%Ln سنوات</numerusform>
                <numerusform>%Ln سنة</numerusform>
                <numerusform>%Ln سنة</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>account age: years, then months</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Stream title</source>
            <translation>عنوان البث</translation>
        </message>
        <message>
            <source>Live or ended</source>
            <translation>مباشر أو منتهٍ</translation>
        </message>
        <message>
            <source>Viewers</source>
            <translation>المشاهدون</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>صانع البث</translation>
        </message>
        <message>
            <source>Stream details</source>
            <translation>تفاصيل البث</translation>
        </message>
        <message>
            <source>Why this case is here</source>
            <translation>سبب وجود هذه الحالة هنا</translation>
        </message>
        <message>
            <source>Following the stream</source>
            <translation>متابعة البث</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>التصعيد</translation>
        </message>
        <message>
            <source>Stream header</source>
            <translation>ترويسة البث</translation>
        </message>
        <message>
            <source>(untitled stream)</source>
            <translation>(بث بلا عنوان)</translation>
        </message>
        <message>
            <source>not following</source>
            <comment>the live stream, offline</comment>
            <translation>بلا متابعة</translation>
        </message>
        <message>
            <source>The desk cannot reach the case service; it keeps trying by itself.</source>
            <translation>لا يستطيع المكتب الوصول إلى خدمة الحالات؛ يواصل المحاولة تلقائيًا.</translation>
        </message>
        <message>
            <source>● LIVE</source>
            <translation>● مباشر</translation>
        </message>
        <message>
            <source>Ended %1</source>
            <translation>انتهى %1</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>انتهى</translation>
        </message>
        <message numerus="yes">
            <source>%Ln viewer(s)</source>
            <translation>
                <numerusform>%Ln مشاهد</numerusform>
                <numerusform>%Ln مشاهد</numerusform>
                <numerusform>%Ln مشاهدان</numerusform>
                <numerusform>%Ln مشاهدين</numerusform>
                <numerusform>%Ln مشاهدًا</numerusform>
                <numerusform>%Ln مشاهد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 follower(s)</source>
            <comment>a compact count, e.g. 48k</comment>
            <translation>
                <numerusform>%1 متابع</numerusform>
                <numerusform>%1 متابع</numerusform>
                <numerusform>%1 متابعان</numerusform>
                <numerusform>%1 متابعين</numerusform>
                <numerusform>%1 متابعًا</numerusform>
                <numerusform>%1 متابع</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · %2 · verified · account %3 old · %4</source>
            <translation>%1 · %2 · موثَّق · عمر الحساب %3 · %4</translation>
        </message>
        <message>
            <source>%1 · %2 · account %3 old · %4</source>
            <translation>%1 · %2 · عمر الحساب %3 · %4</translation>
        </message>
        <message>
            <source>%1 · region %2 · language %3 · started %4 · %5 · case %6 · queue %7</source>
            <translation>%1 · المنطقة %2 · اللغة %3 · بدأ %4 · %5 · الحالة %6 · قائمة الانتظار %7</translation>
        </message>
        <message numerus="yes">
            <source>%Ln chat message(s)</source>
            <translation>
                <numerusform>%Ln رسالة دردشة</numerusform>
                <numerusform>%Ln رسالة دردشة</numerusform>
                <numerusform>%Ln رسالتا دردشة</numerusform>
                <numerusform>%Ln رسائل دردشة</numerusform>
                <numerusform>%Ln رسالة دردشة</numerusform>
                <numerusform>%Ln رسالة دردشة</numerusform>
            </translation>
        </message>
        <message>
            <source>Escalated: %1 — %2</source>
            <translation>صُعّدت: %1 — %2</translation>
        </message>
        <message>
            <source>Escalated: %1</source>
            <translation>صُعّدت: %1</translation>
        </message>
        <message>
            <source>Escalated — %1</source>
            <translation>صُعّدت — %1</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Case</source>
            <extracomment>prefetched cases remembered for a re-plan (the controller prepares 2-3 ahead) the phase the picture of the case built ahead is made in (between keys, off the clock) a drag (window size, splitter) makes the picture again once it has rested this long what drops the picture: a change of anything the hidden body paints from</extracomment>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Snapshot caption</source>
            <translation>تعليق اللقطة</translation>
        </message>
        <message>
            <source>No case</source>
            <translation>لا توجد حالة</translation>
        </message>
        <message>
            <source>This case has no snapshots</source>
            <translation>لا توجد لقطات لهذه الحالة</translation>
        </message>
        <message>
            <source>Chat is loading…</source>
            <translation>جارٍ تحميل الدردشة…</translation>
        </message>
        <message>
            <source>No chat</source>
            <translation>لا توجد دردشة</translation>
        </message>
        <message>
            <source>No case on screen</source>
            <translation>لا توجد حالة على الشاشة</translation>
        </message>
        <message>
            <source>Hold %1 or the mouse button to view</source>
            <translation>اضغط مطولًا على %1 أو زر الفأرة للعرض</translation>
        </message>
        <message>
            <source>Hold the mouse button to view</source>
            <translation>اضغط مطولًا على زر الفأرة للعرض</translation>
        </message>
        <message>
            <source>Snapshot %1 of %2 · %3 into the stream</source>
            <translation>اللقطة %1 من %2 · بعد %3 من بدء البث</translation>
        </message>
        <message>
            <source>%1 · sensitive (%2)</source>
            <translation>%1 · حساسة (%2)</translation>
        </message>
        <message>
            <source>%1 · not shown: %2</source>
            <translation>%1 · غير معروضة: %2</translation>
        </message>
    </context>
    <context>
        <name>ChatActionDialog</name>
        <message>
            <source>Remove the message</source>
            <translation>إزالة الرسالة</translation>
        </message>
        <message>
            <source>Time the chatter out</source>
            <translation>كتم مستخدم الدردشة مؤقتًا</translation>
        </message>
        <message>
            <source>Ban the chatter from this streamer's chat</source>
            <translation>حظر مستخدم الدردشة من دردشة صانع البث هذا</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>١٠ دقائق</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>ساعة واحدة</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>٢٤ ساعة</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n message(s).</source>
            <translation>
                <numerusform>إزالة %n رسالة.</numerusform>
                <numerusform>إزالة %n رسالة.</numerusform>
                <numerusform>إزالة %n رسالتين.</numerusform>
                <numerusform>إزالة %n رسائل.</numerusform>
                <numerusform>إزالة %n رسالة.</numerusform>
                <numerusform>إزالة %n رسالة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time out %1 (%2).</source>
            <translation>كتم %1 مؤقتًا (%2).</translation>
        </message>
        <message numerus="yes">
            <source>%n chatter(s)</source>
            <translation>
                <numerusform>%n مستخدم دردشة</numerusform>
                <numerusform>%n مستخدم دردشة</numerusform>
                <numerusform>%n من مستخدمي الدردشة</numerusform>
                <numerusform>%n من مستخدمي الدردشة</numerusform>
                <numerusform>%n من مستخدمي الدردشة</numerusform>
                <numerusform>%n من مستخدمي الدردشة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) selected</source>
            <translation>
                <numerusform>%n رسالة محددة</numerusform>
                <numerusform>%n رسالة محددة</numerusform>
                <numerusform>%n رسالتان محددتان</numerusform>
                <numerusform>%n رسائل محددة</numerusform>
                <numerusform>%n رسالة محددة</numerusform>
                <numerusform>%n رسالة محددة</numerusform>
            </translation>
        </message>
        <message>
            <source>Ban %1 from this streamer's chat (%2).</source>
            <translation>حظر %1 من دردشة صانع البث هذا (%2).</translation>
        </message>
        <message>
            <source>What will be recorded</source>
            <translation>ما الذي سيُسجَّل</translation>
        </message>
        <message>
            <source>Timeout length</source>
            <translation>مدة الكتم المؤقت</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>مجال السياسة</translation>
        </message>
    </context>
    <context>
        <name>ChatTableModel</name>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>User</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>الرسالة</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>العمر</translation>
        </message>
        <message numerus="yes">
            <source>%nm</source>
            <comment>account age in minutes, compact</comment>
            <translation>
                <numerusform>%nد</numerusform>
                <numerusform>%nد</numerusform>
                <numerusform>%nد</numerusform>
                <numerusform>%nد</numerusform>
                <numerusform>%nد</numerusform>
                <numerusform>%nد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%nh</source>
            <comment>account age in hours, compact</comment>
            <translation>
                <numerusform>%nس</numerusform>
                <numerusform>%nس</numerusform>
                <numerusform>%nس</numerusform>
                <numerusform>%nس</numerusform>
                <numerusform>%nس</numerusform>
                <numerusform>%nس</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%nd</source>
            <comment>account age in days, compact</comment>
            <translation>
                <numerusform>%nي</numerusform>
                <numerusform>%nي</numerusform>
                <numerusform>%nي</numerusform>
                <numerusform>%nي</numerusform>
                <numerusform>%nي</numerusform>
                <numerusform>%nي</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%ny</source>
            <comment>account age in years, compact</comment>
            <translation>
                <numerusform>%nسنة</numerusform>
                <numerusform>%nسنة</numerusform>
                <numerusform>%nسنة</numerusform>
                <numerusform>%nسنة</numerusform>
                <numerusform>%nسنة</numerusform>
                <numerusform>%nسنة</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 · actioned · %2: %3</source>
            <translation>%1 · اتُّخذ إجراء · %2: %3</translation>
        </message>
        <message>
            <source>%1 · flagged · %2: %3</source>
            <translation>%1 · مُعلَّمة · %2: %3</translation>
        </message>
        <message>
            <source>%1 · %2: %3</source>
            <translation>%1 · %2: %3</translation>
        </message>
    </context>
    <context>
        <name>ChatView</name>
        <message>
            <source>Chat log</source>
            <translation>سجل الدردشة</translation>
        </message>
        <message>
            <source>Search chat text</source>
            <translation>البحث في نص الدردشة</translation>
        </message>
        <message>
            <source>Search chat</source>
            <translation>البحث في الدردشة</translation>
        </message>
        <message>
            <source>Filter chat by user</source>
            <translation>تصفية الدردشة حسب المستخدم</translation>
        </message>
        <message>
            <source>User</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <source>Flagged only</source>
            <translation>المُعلَّمة فقط</translation>
        </message>
        <message>
            <source>Show flagged messages only</source>
            <translation>عرض الرسائل المُعلَّمة فقط</translation>
        </message>
        <message>
            <source>Messages shown</source>
            <translation>الرسائل المعروضة</translation>
        </message>
        <message>
            <source>Raid helper</source>
            <translation>مساعد الهجمات المنسقة</translation>
        </message>
        <message>
            <source>Chat messages</source>
            <translation>رسائل الدردشة</translation>
        </message>
        <message>
            <source>Select a message first.</source>
            <translation>اختر رسالة أولًا.</translation>
        </message>
        <message>
            <source>The raid helper needs the accounts' ages.</source>
            <translation>يحتاج مساعد الهجمات المنسقة إلى أعمار الحسابات.</translation>
        </message>
        <message>
            <source>The raid helper found no raid in this chat.</source>
            <translation>لم يجد مساعد الهجمات المنسقة أي هجوم منسق في هذه الدردشة.</translation>
        </message>
        <message>
            <source>Raid helper: %1 from %2 selected. %3 removes, %4 times out, %5 bans.</source>
            <translation>مساعد الهجمات المنسقة: تم تحديد %1 من %2. %3 يزيلها، و%4 يكتم كتّابها مؤقتًا، و%5 يحظرهم.</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n رسالة</numerusform>
                <numerusform>%n رسالة</numerusform>
                <numerusform>%n رسالتان</numerusform>
                <numerusform>%n رسائل</numerusform>
                <numerusform>%n رسالة</numerusform>
                <numerusform>%n رسالة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new account(s)</source>
            <translation>
                <numerusform>%n حساب جديد</numerusform>
                <numerusform>%n حساب جديد</numerusform>
                <numerusform>%n حسابان جديدان</numerusform>
                <numerusform>%n حسابات جديدة</numerusform>
                <numerusform>%n حسابًا جديدًا</numerusform>
                <numerusform>%n حساب جديد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s) ↓</source>
            <comment>a chip under the chat; jumps to the end</comment>
            <translation>
                <numerusform>لا رسائل جديدة (%n) ↓</numerusform>
                <numerusform>رسالة جديدة واحدة (%n) ↓</numerusform>
                <numerusform>رسالتان جديدتان (%n) ↓</numerusform>
                <numerusform>%n رسائل جديدة ↓</numerusform>
                <numerusform>%n رسالة جديدة ↓</numerusform>
                <numerusform>%n رسالة جديدة ↓</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new message(s)</source>
            <comment>the chip's accessible name, without the arrow</comment>
            <translation>
                <numerusform>لا رسائل جديدة</numerusform>
                <numerusform>رسالة جديدة واحدة</numerusform>
                <numerusform>رسالتان جديدتان</numerusform>
                <numerusform>%n رسائل جديدة</numerusform>
                <numerusform>%n رسالة جديدة</numerusform>
                <numerusform>%n رسالة جديدة</numerusform>
            </translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>إجراءات الدردشة</translation>
        </message>
        <message>
            <source>Select a raid</source>
            <translation>تحديد هجوم منسق</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln message(s)</source>
            <translation>
                <numerusform>%Ln رسالة</numerusform>
                <numerusform>%Ln رسالة</numerusform>
                <numerusform>%Ln رسالتان</numerusform>
                <numerusform>%Ln رسائل</numerusform>
                <numerusform>%Ln رسالة</numerusform>
                <numerusform>%Ln رسالة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CodeChecklist</name>
        <message>
            <source>%1 (no longer offered)</source>
            <translation>%1 (لم يعد متاحًا)</translation>
        </message>
    </context>
    <context>
        <name>ConfusionTable</name>
        <message>
            <source>→ %1</source>
            <comment>the answer's label</comment>
            <translation>← %1</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>This week</source>
            <extracomment>bar colours: calm, distinguishable for common colour-vision deficiencies (Okabe–Ito)</extracomment>
            <translation>هذا الأسبوع</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>الأسبوع الماضي</translation>
        </message>
        <message>
            <source>Last 7 days</source>
            <translation>آخر ٧ أيام</translation>
        </message>
        <message>
            <source>Last 28 days</source>
            <translation>آخر ٢٨ يومًا</translation>
        </message>
        <message>
            <source>All time</source>
            <translation>كل الأوقات</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>مخصص</translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>whole seconds on a chart</comment>
            <extracomment>the period a lead sees first: wide enough for last week's review, recent enough to be fast</extracomment>
            <translation>%1 ث</translation>
        </message>
        <message>
            <source>Team dashboard</source>
            <translation>لوحة معلومات الفريق</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>Dashboard first day</source>
            <translation>اليوم الأول في لوحة المعلومات</translation>
        </message>
        <message>
            <source>Dashboard last day</source>
            <translation>اليوم الأخير في لوحة المعلومات</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>تصدير PNG…</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>تصدير CSV…</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>decisions</source>
            <translation>القرارات</translation>
        </message>
        <message>
            <source>cases per staffed hour</source>
            <translation>حالات لكل ساعة عمل</translation>
        </message>
        <message>
            <source>mean handle time</source>
            <translation>متوسط وقت المعالجة</translation>
        </message>
        <message>
            <source>p90 handle time</source>
            <translation>وقت المعالجة عند المئين ٩٠</translation>
        </message>
        <message>
            <source>skip rate</source>
            <translation>معدل التخطي</translation>
        </message>
        <message>
            <source>overturned by QA</source>
            <translation>أُلغي القرار بمراجعة الجودة</translation>
        </message>
        <message>
            <source>QA agreement</source>
            <translation>نسبة الاتفاق في الجودة</translation>
        </message>
        <message>
            <source>waiting in queues</source>
            <translation>في قوائم الانتظار</translation>
        </message>
        <message>
            <source>Throughput per moderator</source>
            <translation>الإنتاجية لكل مشرف المحتوى</translation>
        </message>
        <message>
            <source>Throughput per vendor</source>
            <translation>الإنتاجية لكل المورّد</translation>
        </message>
        <message>
            <source>Handle time per moderator</source>
            <translation>وقت المعالجة لكل مشرف المحتوى</translation>
        </message>
        <message>
            <source>seconds · blue: mean · orange: p90</source>
            <translation>بالثواني · الأزرق: المتوسط · البرتقالي: المئين ٩٠</translation>
        </message>
        <message>
            <source>Action mix</source>
            <translation>توزيع الإجراءات</translation>
        </message>
        <message>
            <source>final decisions in the period</source>
            <translation>القرارات النهائية في الفترة</translation>
        </message>
        <message>
            <source>QA agreement by week</source>
            <translation>نسبة الاتفاق في الجودة حسب الأسبوع</translation>
        </message>
        <message>
            <source>% of QA verdicts that upheld the decision</source>
            <translation>٪ من حكم الجودة بتأييد القرار</translation>
        </message>
        <message>
            <source>Queue depth</source>
            <translation>عمق قائمة الانتظار</translation>
        </message>
        <message>
            <source>cases waiting now · age of the oldest</source>
            <translation>الحالات المنتظرة الآن · عمر أقدمها</translation>
        </message>
        <message>
            <source>Skip reasons</source>
            <translation>أسباب التخطي</translation>
        </message>
        <message>
            <source>skips in the period</source>
            <translation>عمليات التخطي في الفترة</translation>
        </message>
        <message>
            <source>Overturn rate per moderator</source>
            <translation>معدل إلغاء القرار لكل مشرف المحتوى</translation>
        </message>
        <message>
            <source>% of QA-reviewed decisions overturned</source>
            <translation>٪ من القرارات التي راجعتها الجودة وأُلغيت</translation>
        </message>
        <message>
            <source>Moderators</source>
            <translation>مشرفو المحتوى</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>الموردون</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>الأيام</translation>
        </message>
        <message>
            <source>QA by week</source>
            <translation>الجودة حسب الأسبوع</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>قوائم الانتظار</translation>
        </message>
        <message>
            <source>%1 table</source>
            <translation>جدول %1</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 إلى %2</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>Not loaded: %1</source>
            <translation>لم يُحمَّل: %1</translation>
        </message>
        <message>
            <source>your own</source>
            <translation>الخاص بك</translation>
        </message>
        <message>
            <source>your team</source>
            <translation>فريقك</translation>
        </message>
        <message>
            <source>every team</source>
            <translation>كل فريق</translation>
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
            <translation>حُدِّث %1</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>القرارات</translation>
        </message>
        <message>
            <source>Staffed hours</source>
            <translation>ساعات العمل</translation>
        </message>
        <message>
            <source>Cases / hour</source>
            <translation>حالات/ساعة</translation>
        </message>
        <message>
            <source>Mean handle (s)</source>
            <translation>متوسط المعالجة (ث)</translation>
        </message>
        <message>
            <source>p90 handle (s)</source>
            <translation>المعالجة عند المئين ٩٠ (ث)</translation>
        </message>
        <message>
            <source>Escalations</source>
            <translation>عمليات التصعيد</translation>
        </message>
        <message>
            <source>Skips</source>
            <translation>عمليات التخطي</translation>
        </message>
        <message>
            <source>Skip rate</source>
            <translation>معدل التخطي</translation>
        </message>
        <message>
            <source>QA reviewed</source>
            <translation>راجعتها الجودة</translation>
        </message>
        <message>
            <source>Overturned</source>
            <translation>أُلغي القرار</translation>
        </message>
        <message>
            <source>Overturn rate</source>
            <translation>معدل إلغاء القرار</translation>
        </message>
        <message>
            <source>All</source>
            <comment>the totals row</comment>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>الحصة</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>مشرف المحتوى</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>المورّد</translation>
        </message>
        <message>
            <source>Day (UTC)</source>
            <translation>اليوم (بالتوقيت العالمي)</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>الأسبوع</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>رُوجعت</translation>
        </message>
        <message>
            <source>Upheld</source>
            <translation>أُيّدت</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>نسبة الاتفاق</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>قائمة الانتظار</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>المنتظرة</translation>
        </message>
        <message>
            <source>Oldest case</source>
            <translation>أقدم حالة</translation>
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation>الهدف (SLA)</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>التصعيد</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>مباشر</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <comment>a service level target</comment>
            <translation>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>%n دقيقتان</numerusform>
                <numerusform>%n دقائق</numerusform>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>%n دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <source>Export dashboard as PNG</source>
            <translation>تصدير لوحة المعلومات بصيغة PNG</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>صور PNG (*.png)</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>حُفظ %1</translation>
        </message>
        <message>
            <source>Could not write %1</source>
            <translation>تعذّرت الكتابة إلى %1</translation>
        </message>
        <message>
            <source>Export dashboard tables as CSV</source>
            <translation>تصدير جداول لوحة المعلومات بصيغة CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <source>Nothing to export yet: refresh first.</source>
            <translation>لا شيء للتصدير بعد: حدّث أولًا.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>تعذّرت الكتابة إلى %1: %2</translation>
        </message>
    </context>
    <context>
        <name>DecisionChainView</name>
        <message>
            <source>Decision</source>
            <translation>قرار</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>تصحيح</translation>
        </message>
        <message>
            <source>Undo (retract)</source>
            <translation>تراجع (سحب)</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>صُعّدت</translation>
        </message>
        <message>
            <source>Escalation decided</source>
            <translation>حُسم التصعيد</translation>
        </message>
        <message>
            <source>QA verdict</source>
            <translation>حكم الجودة</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>اعتراض</translation>
        </message>
        <message>
            <source>Dispute resolved</source>
            <translation>حُسم الاعتراض</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a case's status</comment>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <source>leased</source>
            <comment>a case's status</comment>
            <translation>محجوزة مؤقتًا</translation>
        </message>
        <message>
            <source>decided</source>
            <comment>a case's status</comment>
            <translation>بُتّ فيها</translation>
        </message>
        <message>
            <source>escalated</source>
            <comment>a case's status</comment>
            <translation>مُصعّدة</translation>
        </message>
        <message>
            <source>open</source>
            <comment>a dispute's state</comment>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>a dispute's state</comment>
            <translation>مقبول</translation>
        </message>
        <message>
            <source>rejected</source>
            <comment>a dispute's state</comment>
            <translation>مرفوض</translation>
        </message>
        <message>
            <source>Case %1 · decision chain</source>
            <extracomment>the case content is on screen (every snapshot drawn or failed)</extracomment>
            <translation>الحالة %1 · سلسلة القرارات</translation>
        </message>
        <message>
            <source>Case %1</source>
            <translation>الحالة %1</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>When</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ماذا</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>مجال السياسة</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>Timeline of the case</source>
            <translation>الخط الزمني للحالة</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>وقت القرار</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>مشرف المحتوى</translation>
        </message>
        <message>
            <source>Handle time</source>
            <translation>وقت المعالجة</translation>
        </message>
        <message>
            <source>Supersedes</source>
            <translation>يحل محل</translation>
        </message>
        <message>
            <source>Superseded by</source>
            <translation>حل محله</translation>
        </message>
        <message>
            <source>QA</source>
            <translation>الجودة</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Decisions on the case</source>
            <translation>القرارات في الحالة</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>وقت المراجعة</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>مراجع الجودة</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>نهائي</translation>
        </message>
        <message>
            <source>QA action</source>
            <translation>إجراء الجودة</translation>
        </message>
        <message>
            <source>Dispute note</source>
            <translation>ملاحظة الاعتراض</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>الحسم</translation>
        </message>
        <message>
            <source>QA verdicts and disputes</source>
            <translation>حكم الجودة والاعتراضات</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الخط الزمني</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>القرارات</translation>
        </message>
        <message>
            <source>QA and disputes</source>
            <translation>الجودة والاعتراضات</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Loading the case…</source>
            <translation>جارٍ تحميل الحالة…</translation>
        </message>
        <message>
            <source>The case could not be loaded: %1</source>
            <translation>تعذّر تحميل الحالة: %1</translation>
        </message>
        <message>
            <source>The chain could not be loaded: %1</source>
            <translation>تعذّر تحميل السلسلة: %1</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>Queue %1 · status %2</source>
            <translation>قائمة الانتظار %1 · الوضع %2</translation>
        </message>
        <message>
            <source>%1 · streamer @%2</source>
            <translation>%1 · صانع البث @%2</translation>
        </message>
        <message>
            <source>%1 · stream “%2”</source>
            <translation>%1 · البث «%2»</translation>
        </message>
        <message>
            <source>Escalated: %1 — %2</source>
            <translation>صُعّدت: %1 — %2</translation>
        </message>
        <message>
            <source>Escalated: %1</source>
            <translation>صُعّدت: %1</translation>
        </message>
        <message>
            <source>In force: %1 by %2 (%3)</source>
            <translation>النافذ: %1 بواسطة %2 (%3)</translation>
        </message>
        <message>
            <source>No decision is in force (the last one was undone).</source>
            <translation>لا يوجد قرار نافذ (تم التراجع عن آخر قرار).</translation>
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
            <translation>الجودة والاعتراضات (%1)</translation>
        </message>
        <message>
            <source>Decisions (%1)</source>
            <translation>القرارات (%1)</translation>
        </message>
    </context>
    <context>
        <name>DecisionImport</name>
        <message numerus="yes">
            <source>%n decision(s) accepted.</source>
            <translation>
                <numerusform>لم يُقبل أي قرار.</numerusform>
                <numerusform>قُبل قرار واحد.</numerusform>
                <numerusform>قُبل قراران.</numerusform>
                <numerusform>قُبلت %n قرارات.</numerusform>
                <numerusform>قُبل %n قرارًا.</numerusform>
                <numerusform>قُبل %n قرار.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) refused.</source>
            <translation>
                <numerusform>لم يُرفض أي قرار.</numerusform>
                <numerusform>رُفض قرار واحد.</numerusform>
                <numerusform>رُفض قراران.</numerusform>
                <numerusform>رُفضت %n قرارات.</numerusform>
                <numerusform>رُفض %n قرارًا.</numerusform>
                <numerusform>رُفض %n قرار.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) were already in the service.</source>
            <translation>
                <numerusform>لم يكن أي قرار في الخدمة من قبل.</numerusform>
                <numerusform>كان قرار واحد في الخدمة من قبل.</numerusform>
                <numerusform>كان قراران في الخدمة من قبل.</numerusform>
                <numerusform>كانت %n قرارات في الخدمة من قبل.</numerusform>
                <numerusform>كان %n قرارًا في الخدمة من قبل.</numerusform>
                <numerusform>كان %n قرار في الخدمة من قبل.</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused: decision %1: %2</source>
            <translation>مرفوض: القرار %1: %2</translation>
        </message>
        <message>
            <source>Imported decisions of %1</source>
            <translation>القرارات المستوردة لـ %1</translation>
        </message>
        <message>
            <source>Import summary</source>
            <translation>ملخص الاستيراد</translation>
        </message>
        <message>
            <source>How many decisions the service accepted and refused, with each refusal's reason</source>
            <translation>عدد القرارات التي قبلتها الخدمة ورفضتها، مع سبب كل رفض</translation>
        </message>
    </context>
    <context>
        <name>DecisionKeyFilter</name>
        <message>
            <source>decision keys are paused</source>
            <extracomment>what a remap refusal names as the key's owner: the key and its function (a code) what ``DecisionKeyFilter.refused`` says (stable words that a listener may compare; :func:`refusal_text` words them for a person)</extracomment>
            <translation>مفاتيح القرار متوقفة مؤقتًا</translation>
        </message>
        <message>
            <source>too soon after the case appeared</source>
            <translation>بعد ظهور الحالة بوقت قصير جدًا</translation>
        </message>
        <message>
            <source>Policy area: %1</source>
            <translation>مجال السياسة: %1</translation>
        </message>
        <message>
            <source>Undo the last decision</source>
            <translation>التراجع عن آخر قرار</translation>
        </message>
        <message>
            <source>Skip this case (asks why)</source>
            <translation>تخطي هذه الحالة (يسأل عن السبب)</translation>
        </message>
        <message>
            <source>Hold to see a blurred snapshot</source>
            <translation>اضغط مطولًا لرؤية لقطة مموهة</translation>
        </message>
        <message>
            <source>This sheet</source>
            <translation>هذه الورقة</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <comment>two keys</comment>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation>اللقطة السابقة / التالية</translation>
        </message>
        <message>
            <source>Search the chat</source>
            <translation>البحث في الدردشة</translation>
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation>في الدردشة: رسائل ذلك الكاتب</translation>
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation>مسح عامل تصفية الدردشة، ومغادرة حقل النص</translation>
        </message>
    </context>
    <context>
        <name>DecisionKeys</name>
        <message>
            <source>%1: %2 is kept for undo</source>
            <translation>%1: المفتاح %2 محجوز للتراجع</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the shortcut sheet</source>
            <translation>%1: المفتاح %2 محجوز لورقة الاختصارات</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the previous snapshot</source>
            <translation>%1: المفتاح %2 محجوز للقطة السابقة</translation>
        </message>
        <message>
            <source>%1: %2 is kept for the next snapshot</source>
            <translation>%1: المفتاح %2 محجوز للقطة التالية</translation>
        </message>
        <message>
            <source>%1: %2 is kept for a chat author's history</source>
            <translation>%1: المفتاح %2 محجوز لسجل رسائل كاتب في الدردشة</translation>
        </message>
        <message>
            <source>%1: %2 is kept for leaving a field</source>
            <translation>%1: المفتاح %2 محجوز لمغادرة الحقل</translation>
        </message>
        <message>
            <source>%1: no such action in policy %2</source>
            <translation>%1: لا يوجد هذا الإجراء في السياسة %2</translation>
        </message>
        <message>
            <source>%1: %2 is not a single key</source>
            <translation>%1: %2 ليس مفتاحًا واحدًا</translation>
        </message>
        <message>
            <source>%1: %2 picks a policy area</source>
            <translation>%1: المفتاح %2 يختار مجال السياسة</translation>
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation>%1: المفتاح %2 مستخدم بالفعل لـ%3</translation>
        </message>
    </context>
    <context>
        <name>DecodePipeline</name>
        <message>
            <source>the image is not in the local cache</source>
            <extracomment>a prefetch that is never used (cases skipped) must not grow the set without end what a decode is for: the strip, the viewer at rest, the viewer while held (veiled slots only), and the two viewer images again at full resolution for zooming what the decode worker does to the pixels (``ui.case.decoder.EFFECTS``)</extracomment>
            <translation>الصورة غير موجودة في ذاكرة التخزين المحلية</translation>
        </message>
    </context>
    <context>
        <name>DemoRunner</name>
        <message>
            <source>Seeding the demo service with cases…</source>
            <translation>جارٍ تزويد الخدمة التجريبية بالحالات…</translation>
        </message>
        <message>
            <source>Starting the demo service…</source>
            <translation>جارٍ تشغيل الخدمة التجريبية…</translation>
        </message>
    </context>
    <context>
        <name>DemoService</name>
        <message>
            <source>Seeding the demo service failed (exit %1).
%2</source>
            <translation>فشل تزويد الخدمة التجريبية بالبيانات (رمز الخروج %1).
%2</translation>
        </message>
        <message>
            <source>The demo service stopped at start (exit %1).
%2</source>
            <translation>توقفت الخدمة التجريبية عند التشغيل (رمز الخروج %1).
%2</translation>
        </message>
    </context>
    <context>
        <name>DesktopApp</name>
        <message>
            <source>The site configuration file %1, line %2: %3. Sign-in stays off until your IT department fixes the file.</source>
            <extracomment>set by tests and the benchmark: print timing marks to stdout</extracomment>
            <translation>ملف إعدادات الموقع %1، السطر %2: %3. يبقى تسجيل الدخول معطّلًا حتى يصلح قسم تقنية المعلومات الملف.</translation>
        </message>
        <message>
            <source>The site configuration file %1: %2. Sign-in stays off until your IT department fixes the file.</source>
            <translation>ملف إعدادات الموقع %1: %2. يبقى تسجيل الدخول معطّلًا حتى يصلح قسم تقنية المعلومات الملف.</translation>
        </message>
        <message>
            <source>The local work store cannot be opened: %1</source>
            <translation>تعذّر فتح مخزن العمل المحلي: %1</translation>
        </message>
        <message>
            <source>You are signed out.</source>
            <translation>تم تسجيل الخروج.</translation>
        </message>
    </context>
    <context>
        <name>DisputesPage</name>
        <message>
            <source>Open disputes</source>
            <translation>الاعتراضات المفتوحة</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>مشرف المحتوى</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>القرار</translation>
        </message>
        <message>
            <source>QA decision</source>
            <translation>قرار الجودة</translation>
        </message>
        <message>
            <source>Moderator's note</source>
            <translation>ملاحظة مشرف المحتوى</translation>
        </message>
        <message>
            <source>Resolution note</source>
            <translation>ملاحظة الحسم</translation>
        </message>
        <message>
            <source>Your answer to the moderator (optional)</source>
            <translation>ردك على مشرف المحتوى (اختياري)</translation>
        </message>
        <message>
            <source>Accept: the decision stands</source>
            <translation>قبول: يبقى القرار قائمًا</translation>
        </message>
        <message>
            <source>Reject: the overturn stands</source>
            <translation>رفض: يبقى إلغاء القرار قائمًا</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a case, then its queue</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln open dispute(s).</source>
            <translation>
                <numerusform>%Ln اعتراض مفتوح.</numerusform>
                <numerusform>%Ln اعتراض مفتوح.</numerusform>
                <numerusform>%Ln اعتراضان مفتوحان.</numerusform>
                <numerusform>%Ln اعتراضات مفتوحة.</numerusform>
                <numerusform>%Ln اعتراضًا مفتوحًا.</numerusform>
                <numerusform>%Ln اعتراض مفتوح.</numerusform>
            </translation>
        </message>
        <message>
            <source>No open disputes.</source>
            <translation>لا توجد اعتراضات مفتوحة.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Enter the address of the case service, for example https://review.example.com.</source>
            <translation>أدخل عنوان خدمة الحالات، مثل https://review.example.com.</translation>
        </message>
        <message>
            <source>“%1” is not a web address. It should look like https://review.example.com.</source>
            <translation>«%1» ليس عنوان ويب. يجب أن يكون مثل https://review.example.com.</translation>
        </message>
        <message>
            <source>This address uses plain http://, which would send your password unencrypted. Use https:// (plain http is allowed only for a service on this computer).</source>
            <translation>يستخدم هذا العنوان http:// العادي، مما يرسل كلمة المرور دون تشفير. استخدم https:// (يُسمح بـhttp:// العادي فقط لخدمة على هذا الحاسوب).</translation>
        </message>
        <message>
            <source>This client is too old for the case service; version %1 or newer is needed.</source>
            <translation>هذا العميل قديم جدًا بالنسبة لخدمة الحالات؛ يلزم الإصدار %1 أو أحدث.</translation>
        </message>
        <message>
            <source>The case service cannot be reached. Your work is kept and will sync later.</source>
            <translation>يتعذّر الوصول إلى خدمة الحالات. يُحفظ عملك وستتم المزامنة لاحقًا.</translation>
        </message>
        <message>
            <source>The secure connection to the case service failed (certificate or TLS problem).</source>
            <translation>فشل الاتصال الآمن بخدمة الحالات (مشكلة في الشهادة أو في بروتوكول التشفير).</translation>
        </message>
        <message>
            <source>The service address must use https:// (plain http is allowed only locally).</source>
            <translation>يجب أن يستخدم عنوان الخدمة https:// (يُسمح بـhttp:// العادي محليًا فقط).</translation>
        </message>
        <message>
            <source>Your session has ended. Please sign in again.</source>
            <translation>انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.</translation>
        </message>
        <message>
            <source>The user name or password is not correct.</source>
            <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
        </message>
        <message>
            <source>This account is disabled. Your work is kept and will sync when it is enabled again.</source>
            <translation>هذا الحساب معطّل. يُحفظ عملك وستتم المزامنة عند تفعيله مجددًا.</translation>
        </message>
        <message>
            <source>You must choose a new password before you can sign in.</source>
            <translation>يجب أن تختار كلمة مرور جديدة قبل أن تتمكن من تسجيل الدخول.</translation>
        </message>
        <message>
            <source>Your account is not allowed to do this.</source>
            <translation>لا يُسمح لحسابك بفعل هذا.</translation>
        </message>
        <message>
            <source>The case service does not know this item.</source>
            <translation>لا تعرف خدمة الحالات هذا العنصر.</translation>
        </message>
        <message>
            <source>Someone else changed this first (for example the lease was lost).</source>
            <translation>غيّر شخص آخر هذا أولًا (مثلًا فُقد الحجز المؤقت).</translation>
        </message>
        <message>
            <source>The case service asks us to slow down; sync will retry shortly.</source>
            <translation>تطلب خدمة الحالات منا الإبطاء؛ ستُعاد المزامنة قريبًا.</translation>
        </message>
        <message>
            <source>The case service had a problem; sync will retry shortly.</source>
            <translation>واجهت خدمة الحالات مشكلة؛ ستُعاد المزامنة قريبًا.</translation>
        </message>
        <message>
            <source>The case service sent an answer this client cannot use.</source>
            <translation>أرسلت خدمة الحالات ردًا لا يستطيع هذا العميل استخدامه.</translation>
        </message>
        <message>
            <source>This client is too old for the case service. Please update it.</source>
            <translation>هذا العميل قديم جدًا بالنسبة لخدمة الحالات. يُرجى تحديثه.</translation>
        </message>
        <message>
            <source>The case service refused the request as invalid.</source>
            <translation>رفضت خدمة الحالات الطلب لأنه غير صالح.</translation>
        </message>
        <message>
            <source>The case service answered with an error.</source>
            <translation>ردّت خدمة الحالات بخطأ.</translation>
        </message>
        <message>
            <source>Cannot store your sign-in safely: %1. Tokens are kept only in the system keyring (GNOME Keyring / KWallet via Secret Service, macOS Keychain, Windows Credential Manager). Start or unlock it and sign in again.</source>
            <translation>يتعذّر حفظ بيانات تسجيل الدخول بأمان: %1. لا تُحفظ الرموز إلا في حلقة مفاتيح النظام (GNOME Keyring / KWallet عبر Secret Service، أو macOS Keychain، أو Windows Credential Manager). شغّلها أو افتح قفلها ثم سجّل الدخول مرة أخرى.</translation>
        </message>
        <message>
            <source>The user name or password is not correct. Check both and try again.</source>
            <translation>اسم المستخدم أو كلمة المرور غير صحيحة. تحقّق من كليهما وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The secure connection to the case service at %1 failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation>فشل الاتصال الآمن بخدمة الحالات على %1: تعذّر التحقق من شهادتها. تحقّق من العنوان؛ وإن كان صحيحًا فاسأل فريق تقنية المعلومات هل يثق هذا الحاسوب بشهادة الخدمة.</translation>
        </message>
        <message>
            <source>The secure connection to the case service failed: its certificate could not be verified. Check the address; if it is right, ask your IT team whether this computer trusts the service's certificate.</source>
            <translation>فشل الاتصال الآمن بخدمة الحالات: تعذّر التحقق من شهادتها. تحقّق من العنوان؛ وإن كان صحيحًا فاسأل فريق تقنية المعلومات هل يثق هذا الحاسوب بشهادة الخدمة.</translation>
        </message>
        <message>
            <source>Cannot reach the case service at %1. Check the address and this computer's network connection, then try again.</source>
            <translation>يتعذّر الوصول إلى خدمة الحالات على %1. تحقّق من العنوان ومن اتصال هذا الحاسوب بالشبكة، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Cannot reach the case service. Check the address and this computer's network connection, then try again.</source>
            <translation>يتعذّر الوصول إلى خدمة الحالات. تحقّق من العنوان ومن اتصال هذا الحاسوب بالشبكة، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>This account may not use the review desk. Ask your team lead for access.</source>
            <translation>لا يجوز لهذا الحساب استخدام مكتب المراجعة. اطلب الصلاحية من قائد الفريق.</translation>
        </message>
        <message>
            <source>Sign-in failed unexpectedly (%1). Please try again.</source>
            <translation>فشل تسجيل الدخول على نحو غير متوقع (%1). يُرجى المحاولة مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>EscalationReasons</name>
        <message>
            <source>Credible threat of harm</source>
            <extracomment>why a moderator escalated (the taxonomy's escalation reasons)</extracomment>
            <translation>تهديد جدي بالأذى</translation>
        </message>
        <message>
            <source>Minor safety specialist needed</source>
            <translation>يلزم مختص في سلامة القاصرين</translation>
        </message>
        <message>
            <source>Policy unclear or missing</source>
            <translation>السياسة غير واضحة أو غير موجودة</translation>
        </message>
        <message>
            <source>Legal or law-enforcement request</source>
            <translation>طلب قانوني أو من جهة إنفاذ القانون</translation>
        </message>
        <message>
            <source>High-profile account</source>
            <translation>حساب بارز</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
    </context>
    <context>
        <name>EscalationsWindow</name>
        <message>
            <source>My escalations · Live Review Desk</source>
            <translation>تصعيداتي · Live Review Desk</translation>
        </message>
        <message>
            <source>My escalations</source>
            <translation>تصعيداتي</translation>
        </message>
        <message>
            <source>Cases you escalated, newest first, with what the lead decided.</source>
            <translation>الحالات التي صعّدتها (تصعيد)، الأحدث أولًا، مع ما قرّره القائد.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>صانع البث</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>تاريخ التصعيد</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>النتيجة</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>صاحب القرار</translation>
        </message>
        <message>
            <source>Lead's note</source>
            <translation>ملاحظة القائد</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>escalations shown · still waiting</comment>
            <translation>%1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>%Ln escalation(s)</source>
            <translation>
                <numerusform>لا تصعيدات (%Ln)</numerusform>
                <numerusform>تصعيد واحد (%Ln)</numerusform>
                <numerusform>تصعيدان (%Ln)</numerusform>
                <numerusform>%Ln تصعيدات</numerusform>
                <numerusform>%Ln تصعيدًا</numerusform>
                <numerusform>%Ln تصعيد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting for a lead</source>
            <translation>
                <numerusform>لا شيء ينتظر قائدًا (%Ln)</numerusform>
                <numerusform>واحد ينتظر قائدًا (%Ln)</numerusform>
                <numerusform>اثنان ينتظران قائدًا (%Ln)</numerusform>
                <numerusform>%Ln تنتظر قائدًا</numerusform>
                <numerusform>%Ln تنتظر قائدًا</numerusform>
                <numerusform>%Ln تنتظر قائدًا</numerusform>
            </translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>قيد الانتظار</translation>
        </message>
    </context>
    <context>
        <name>ExposureStatus</name>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes seen</comment>
            <extracomment>how often (ms) the exposure minutes, the break reminder and the idle rule are checked</extracomment>
            <translation>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>%Ln دقيقتان</numerusform>
                <numerusform>%Ln دقائق</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
                <numerusform>%Ln دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;1 min</source>
            <translation>أقل من دقيقة</translation>
        </message>
        <message>
            <source>uncategorised</source>
            <comment>sensitive content without a policy area</comment>
            <translation>غير مصنَّف</translation>
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
            <translation>المحتوى الحساس الذي شوهد في هذه الجلسة</translation>
        </message>
        <message>
            <source>Sensitive seen: none</source>
            <translation>المحتوى الحساس المشاهَد: لا شيء</translation>
        </message>
        <message>
            <source>Sensitive seen: %1 …</source>
            <translation>المحتوى الحساس المشاهَد: %1 …</translation>
        </message>
        <message>
            <source>Sensitive seen: %1</source>
            <translation>المحتوى الحساس المشاهَد: %1</translation>
        </message>
        <message numerus="yes">
            <source>Minutes of sensitive content on screen un-blurred this session (about %Ln min in all):
%1</source>
            <translation>
                <numerusform>دقائق المحتوى الحساس المعروض دون تمويه على الشاشة في هذه الجلسة (نحو %Ln دقيقة إجمالًا):
%1</numerusform>
                <numerusform>دقائق المحتوى الحساس المعروض دون تمويه على الشاشة في هذه الجلسة (نحو %Ln دقيقة إجمالًا):
%1</numerusform>
                <numerusform>دقائق المحتوى الحساس المعروض دون تمويه على الشاشة في هذه الجلسة (نحو %Ln دقيقتين إجمالًا):
%1</numerusform>
                <numerusform>دقائق المحتوى الحساس المعروض دون تمويه على الشاشة في هذه الجلسة (نحو %Ln دقائق إجمالًا):
%1</numerusform>
                <numerusform>دقائق المحتوى الحساس المعروض دون تمويه على الشاشة في هذه الجلسة (نحو %Ln دقيقة إجمالًا):
%1</numerusform>
                <numerusform>دقائق المحتوى الحساس المعروض دون تمويه على الشاشة في هذه الجلسة (نحو %Ln دقيقة إجمالًا):
%1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Following</name>
        <message>
            <source>The stream has already ended, so it cannot be ended. Nothing was recorded: choose another action.</source>
            <translation>انتهى البث بالفعل، فلا يمكن إنهاؤه. لم يُسجَّل شيء: اختر إجراءً آخر.</translation>
        </message>
        <message>
            <source>This action no longer applies to this case.</source>
            <translation>لم يعد هذا الإجراء ينطبق على هذه الحالة.</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <source>%1k</source>
            <comment>thousands, short</comment>
            <translation>%1 ألف</translation>
        </message>
        <message>
            <source>%1M</source>
            <comment>millions, short</comment>
            <translation>%1 مليون</translation>
        </message>
        <message>
            <source>%1 %</source>
            <comment>a percentage</comment>
            <translation>%1٪</translation>
        </message>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds, short</comment>
            <translation>
                <numerusform>%Ln ث</numerusform>
                <numerusform>%Ln ث</numerusform>
                <numerusform>%Ln ث</numerusform>
                <numerusform>%Ln ث</numerusform>
                <numerusform>%Ln ث</numerusform>
                <numerusform>%Ln ث</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln min</source>
            <comment>minutes, short</comment>
            <translation>
                <numerusform>%Ln د</numerusform>
                <numerusform>%Ln د</numerusform>
                <numerusform>%Ln د</numerusform>
                <numerusform>%Ln د</numerusform>
                <numerusform>%Ln د</numerusform>
                <numerusform>%Ln د</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <comment>hours and minutes, short</comment>
            <translation>%1 س %2 د</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s)</source>
            <comment>a duration in days</comment>
            <translation>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln يوم</numerusform>
                <numerusform>%Ln يومان</numerusform>
                <numerusform>%Ln أيام</numerusform>
                <numerusform>%Ln يومًا</numerusform>
                <numerusform>%Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 s</source>
            <comment>seconds with a decimal</comment>
            <translation>%1 ث</translation>
        </message>
    </context>
    <context>
        <name>GoldenPage</name>
        <message>
            <source>Golden items</source>
            <translation>العناصر المرجعية</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>قائمة الانتظار</translation>
        </message>
        <message>
            <source>Reference action</source>
            <translation>الإجراء المرجعي</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>مجالات السياسة</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Case id of a decided case</source>
            <translation>معرّف حالة صدر فيها قرار</translation>
        </message>
        <message>
            <source>Promote</source>
            <translation>ترقية</translation>
        </message>
        <message>
            <source>Retire selected</source>
            <translation>سحب المحدد</translation>
        </message>
        <message numerus="yes">
            <source>%n golden item(s)</source>
            <translation>
                <numerusform>لا عناصر مرجعية (%n)</numerusform>
                <numerusform>عنصر مرجعي واحد (%n)</numerusform>
                <numerusform>عناصر مرجعية: %n</numerusform>
                <numerusform>%n عناصر مرجعية</numerusform>
                <numerusform>عناصر مرجعية: %n</numerusform>
                <numerusform>%n عنصر مرجعي</numerusform>
            </translation>
        </message>
        <message>
            <source>Type the id of a decided case.</source>
            <translation>اكتب معرّف حالة صدر فيها قرار.</translation>
        </message>
        <message>
            <source>%1 is a golden item now.</source>
            <translation>%1 الآن عنصر مرجعي.</translation>
        </message>
        <message>
            <source>%1 was retired.</source>
            <translation>سُحب %1.</translation>
        </message>
    </context>
    <context>
        <name>GuidelinesView</name>
        <message>
            <source>Everyone</source>
            <translation>الجميع</translation>
        </message>
        <message>
            <source>Vendor: %1</source>
            <translation>المورّد: %1</translation>
        </message>
        <message>
            <source>Queue: %1</source>
            <translation>قائمة الانتظار: %1</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a target kind, then its name</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Publish an urgent guideline</source>
            <translation>نشر إرشاد عاجل</translation>
        </message>
        <message>
            <source>Guideline title</source>
            <translation>عنوان الإرشاد</translation>
        </message>
        <message>
            <source>One line moderators read first</source>
            <translation>سطر واحد يقرؤه مشرفو المحتوى أولًا</translation>
        </message>
        <message>
            <source>Guideline text</source>
            <translation>نص الإرشاد</translation>
        </message>
        <message>
            <source>What changes, from when, and what to do instead.</source>
            <translation>ما الذي يتغير، ومنذ متى، وما الذي يجب فعله بدلًا منه.</translation>
        </message>
        <message>
            <source>Who must read it</source>
            <translation>من يجب أن يقرأه</translation>
        </message>
        <message>
            <source>One vendor</source>
            <translation>مورّد واحد</translation>
        </message>
        <message>
            <source>One queue</source>
            <translation>قائمة انتظار واحدة</translation>
        </message>
        <message>
            <source>Vendor that must read it</source>
            <translation>المورّد الذي يجب أن يقرأه</translation>
        </message>
        <message>
            <source>vendor name, e.g. northdesk</source>
            <translation>اسم المورّد، مثل northdesk</translation>
        </message>
        <message>
            <source>Queue whose moderators must read it</source>
            <translation>قائمة الانتظار التي يجب أن يقرأه مشرفوها</translation>
        </message>
        <message>
            <source>Moderators must acknowledge it</source>
            <translation>يجب أن يُقرّ به مشرفو المحتوى</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>نشر</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>النص</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>الهدف</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>المورّد</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>قائمة الانتظار</translation>
        </message>
        <message>
            <source>Published guidelines</source>
            <translation>الإرشادات المنشورة</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>القراءة</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>الفريق</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>وقت الإقرار</translation>
        </message>
        <message>
            <source>Who has acknowledged the guideline</source>
            <translation>من أقرّ بالإرشاد</translation>
        </message>
        <message>
            <source>Give the guideline a title.</source>
            <translation>أعطِ الإرشاد عنوانًا.</translation>
        </message>
        <message>
            <source>Write what the guideline says.</source>
            <translation>اكتب ما يقوله الإرشاد.</translation>
        </message>
        <message>
            <source>Name the vendor that must read it.</source>
            <translation>سمِّ المورّد الذي يجب أن يقرأه.</translation>
        </message>
        <message>
            <source>Name the queue that must read it.</source>
            <translation>سمِّ قائمة الانتظار التي يجب أن تقرأه.</translation>
        </message>
        <message>
            <source>Publishing…</source>
            <translation>جارٍ النشر…</translation>
        </message>
        <message numerus="yes">
            <source>Published to %Ln person(s): it shows in their banner with the next policy refresh.</source>
            <translation>
                <numerusform>نُشر إلى %Ln شخص: يظهر في شريطهم مع التحديث التالي للسياسة.</numerusform>
                <numerusform>نُشر إلى %Ln شخص: يظهر في شريطهم مع التحديث التالي للسياسة.</numerusform>
                <numerusform>نُشر إلى %Ln شخصين: يظهر في شريطهم مع التحديث التالي للسياسة.</numerusform>
                <numerusform>نُشر إلى %Ln أشخاص: يظهر في شريطهم مع التحديث التالي للسياسة.</numerusform>
                <numerusform>نُشر إلى %Ln شخصًا: يظهر في شريطهم مع التحديث التالي للسياسة.</numerusform>
                <numerusform>نُشر إلى %Ln شخص: يظهر في شريطهم مع التحديث التالي للسياسة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not published: %1</source>
            <translation>لم يُنشر: %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <comment>acknowledged of targeted</comment>
            <translation>%1 من %2</translation>
        </message>
        <message>
            <source>info</source>
            <comment>a guideline that needs no acknowledgement</comment>
            <translation>للعلم</translation>
        </message>
        <message>
            <source>“%1” · %2 · %3 of %4 acknowledged, %5 not yet</source>
            <translation>«%1» · %2 · أقرّ %3 من %4، و%5 لم يقرّوا بعد</translation>
        </message>
        <message>
            <source>“%1” · %2 · %3 of %4 acknowledged, everyone has read it</source>
            <translation>«%1» · %2 · أقرّ %3 من %4، وقرأه الجميع</translation>
        </message>
        <message>
            <source>not yet</source>
            <comment>not acknowledged yet</comment>
            <translation>ليس بعد</translation>
        </message>
    </context>
    <context>
        <name>HighProfileConfirm</name>
        <message>
            <source>High-profile account</source>
            <translation>حساب بارز</translation>
        </message>
        <message>
            <source>This account is labelled high profile. Press Enter to confirm %1, or Escape to cancel.</source>
            <translation>هذا الحساب مُصنَّف بتسمية حساب بارز. اضغط Enter لتأكيد %1، أو Escape للإلغاء.</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Decided</source>
            <extracomment>rows per request: one screenful several times over, small enough to arrive quickly</extracomment>
            <translation>وقت القرار</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>مشرف المحتوى</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>المورّد</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>قائمة الانتظار</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Streamer</source>
            <translation>صانع البث</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>مجال السياسة</translation>
        </message>
        <message>
            <source>Handle time</source>
            <translation>وقت المعالجة</translation>
        </message>
        <message>
            <source>QA verdict</source>
            <translation>حكم الجودة</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الوضع</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>dispute open</source>
            <translation>اعتراض مفتوح</translation>
        </message>
        <message>
            <source>dispute accepted</source>
            <translation>اعتراض مقبول</translation>
        </message>
        <message>
            <source>dispute rejected</source>
            <translation>اعتراض مرفوض</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between list items</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>حلّ محله قرار آخر</translation>
        </message>
        <message>
            <source>correction</source>
            <translation>تصحيح</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>تراجع</translation>
        </message>
        <message>
            <source>late</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>chat action on %1</source>
            <comment>a chat action's target: a message or chatter id</comment>
            <translation>إجراء دردشة على %1</translation>
        </message>
        <message>
            <source>escalation → %1 by %2</source>
            <comment>the decision on the escalated case, who took it</comment>
            <translation>تصعيد ← %1 بواسطة %2</translation>
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
            <translation>الكل</translation>
        </message>
        <message>
            <source>Yes</source>
            <comment>a yes/no filter</comment>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <comment>a yes/no filter</comment>
            <translation>لا</translation>
        </message>
        <message>
            <source>Decision history</source>
            <extracomment>an overturned verdict stands out in the QA column (the theme's red, readable on it)</extracomment>
            <translation>سجل القرارات</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>مشرف المحتوى</translation>
        </message>
        <message>
            <source>Every moderator</source>
            <translation>كل مشرفي المحتوى</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>المورّد</translation>
        </message>
        <message>
            <source>Every vendor</source>
            <translation>كل الموردين</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>قائمة الانتظار</translation>
        </message>
        <message>
            <source>Every queue</source>
            <translation>كل قوائم الانتظار</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Every action</source>
            <translation>كل الإجراءات</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>مجال السياسة</translation>
        </message>
        <message>
            <source>Every policy area</source>
            <translation>كل مجالات السياسة</translation>
        </message>
        <message>
            <source>Decided between</source>
            <translation>تاريخ القرار بين</translation>
        </message>
        <message>
            <source>Filter by decision date</source>
            <translation>التصفية حسب تاريخ القرار</translation>
        </message>
        <message>
            <source>History first day</source>
            <translation>اليوم الأول في السجل</translation>
        </message>
        <message>
            <source>History last day</source>
            <translation>اليوم الأخير في السجل</translation>
        </message>
        <message>
            <source>Overturned by QA</source>
            <translation>أُلغي القرار بمراجعة الجودة</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>معترض عليه</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>مُصعّد</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <source>Case decisions</source>
            <translation>قرارات الحالات</translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>إجراءات الدردشة</translation>
        </message>
        <message>
            <source>Apply filters</source>
            <translation>تطبيق عوامل التصفية</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <source>Overturned</source>
            <translation>أُلغي القرار</translation>
        </message>
        <message>
            <source>to</source>
            <comment>decided between one date and another</comment>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Look up a case id or a streamer handle</source>
            <translation>ابحث عن معرّف حالة أو معرّف صانع بث</translation>
        </message>
        <message>
            <source>Case id, or @handle of a streamer</source>
            <translation>معرّف الحالة، أو @معرّف صانع البث</translation>
        </message>
        <message>
            <source>Look up</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>تصدير CSV…</translation>
        </message>
        <message>
            <source>Every decision of the current filter, as a CSV file</source>
            <translation>كل قرارات عامل التصفية الحالي، في ملف CSV</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a user name, then a display name</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>That filter is not valid: %1</source>
            <translation>عامل التصفية هذا غير صالح: %1</translation>
        </message>
        <message>
            <source>Looking up…</source>
            <translation>جارٍ البحث…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message>
            <source>No decision matches this filter.</source>
            <translation>لا يوجد قرار يطابق عامل التصفية هذا.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s) shown, latest received first; scroll down for more.</source>
            <translation>
                <numerusform>عُرض %Ln قرار، الأحدث استلامًا أولًا؛ مرّر إلى الأسفل للمزيد.</numerusform>
                <numerusform>عُرض %Ln قرار، الأحدث استلامًا أولًا؛ مرّر إلى الأسفل للمزيد.</numerusform>
                <numerusform>عُرض %Ln قراران، الأحدث استلامًا أولًا؛ مرّر إلى الأسفل للمزيد.</numerusform>
                <numerusform>عُرض %Ln قرارات، الأحدث استلامًا أولًا؛ مرّر إلى الأسفل للمزيد.</numerusform>
                <numerusform>عُرض %Ln قرارًا، الأحدث استلامًا أولًا؛ مرّر إلى الأسفل للمزيد.</numerusform>
                <numerusform>عُرض %Ln قرار، الأحدث استلامًا أولًا؛ مرّر إلى الأسفل للمزيد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln decision(s), latest received first: all of this filter.</source>
            <translation>
                <numerusform>%Ln قرار، الأحدث استلامًا أولًا: هذا كل ما في عامل التصفية.</numerusform>
                <numerusform>%Ln قرار، الأحدث استلامًا أولًا: هذا كل ما في عامل التصفية.</numerusform>
                <numerusform>%Ln قراران، الأحدث استلامًا أولًا: هذا كل ما في عامل التصفية.</numerusform>
                <numerusform>%Ln قرارات، الأحدث استلامًا أولًا: هذا كل ما في عامل التصفية.</numerusform>
                <numerusform>%Ln قرارًا، الأحدث استلامًا أولًا: هذا كل ما في عامل التصفية.</numerusform>
                <numerusform>%Ln قرار، الأحدث استلامًا أولًا: هذا كل ما في عامل التصفية.</numerusform>
            </translation>
        </message>
        <message>
            <source>The history could not be loaded: %1</source>
            <translation>تعذّر تحميل السجل: %1</translation>
        </message>
        <message>
            <source>Export history as CSV</source>
            <translation>تصدير السجل بصيغة CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>جارٍ التصدير…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln decision(s) to %1.</source>
            <translation>
                <numerusform>صُدِّر %Ln قرار إلى %1.</numerusform>
                <numerusform>صُدِّر %Ln قرار إلى %1.</numerusform>
                <numerusform>صُدِّر %Ln قراران إلى %1.</numerusform>
                <numerusform>صُدِّر %Ln قرارات إلى %1.</numerusform>
                <numerusform>صُدِّر %Ln قرارًا إلى %1.</numerusform>
                <numerusform>صُدِّر %Ln قرار إلى %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>The export failed: %1</source>
            <translation>فشل التصدير: %1</translation>
        </message>
    </context>
    <context>
        <name>IdleLock</name>
        <message>
            <source>Workstation locked</source>
            <translation>محطة العمل مقفلة</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>مقفلة</translation>
        </message>
        <message>
            <source>Signed in as %1</source>
            <translation>مسجَّل الدخول باسم %1</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>كلمة المرور الجديدة</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>كلمة المرور الجديدة مرة أخرى</translation>
        </message>
        <message>
            <source>Sign in again</source>
            <translation>تسجيل الدخول مرة أخرى</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>تسجيل الخروج</translation>
        </message>
        <message>
            <source>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</source>
            <translation>أُعيد تعيين كلمة مرورك. اختر كلمة مرور جديدة واكتبها مرتين ثم أعد تسجيل الدخول (يحتفظ حقل كلمة المرور بالمؤقتة).</translation>
        </message>
        <message>
            <source>Choose a new password of at least %1 characters.</source>
            <translation>اختر كلمة مرور جديدة من %1 أحرف على الأقل.</translation>
        </message>
        <message>
            <source>The two new passwords differ: type the same one twice.</source>
            <translation>كلمتا المرور الجديدتان مختلفتان: اكتب الكلمة نفسها مرتين.</translation>
        </message>
    </context>
    <context>
        <name>ImageDecoder</name>
        <message>
            <source>cannot read the file: %1</source>
            <translation>يتعذّر قراءة الملف: %1</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>الملف فارغ</translation>
        </message>
        <message numerus="yes">
            <source>the file is too large (%Ln MB)</source>
            <translation>
                <numerusform>الملف كبير جدًا (%Ln ميغابايت)</numerusform>
                <numerusform>الملف كبير جدًا (%Ln ميغابايت)</numerusform>
                <numerusform>الملف كبير جدًا (%Ln ميغابايت)</numerusform>
                <numerusform>الملف كبير جدًا (%Ln ميغابايت)</numerusform>
                <numerusform>الملف كبير جدًا (%Ln ميغابايت)</numerusform>
                <numerusform>الملف كبير جدًا (%Ln ميغابايت)</numerusform>
            </translation>
        </message>
        <message>
            <source>not a JPEG, PNG or WebP image</source>
            <translation>ليست صورة JPEG أو PNG أو WebP</translation>
        </message>
        <message>
            <source>not an image this client can read (%1)</source>
            <translation>ليست صورة يستطيع هذا العميل قراءتها (%1)</translation>
        </message>
        <message>
            <source>the image does not declare its size</source>
            <translation>الصورة لا تصرّح بحجمها</translation>
        </message>
        <message>
            <source>the image is too large (%1×%2)</source>
            <translation>الصورة كبيرة جدًا (%1 في %2)</translation>
        </message>
        <message>
            <source>the image could not be decoded (%1)</source>
            <translation>تعذّر فك ترميز الصورة (%1)</translation>
        </message>
        <message>
            <source>decoding failed: %1</source>
            <translation>فشل فك الترميز: %1</translation>
        </message>
    </context>
    <context>
        <name>KeyButton</name>
        <message>
            <source>Key for %1</source>
            <translation>مفتاح %1</translation>
        </message>
        <message>
            <source>Press Space or click, then press the new key (Esc cancels)</source>
            <translation>اضغط Space أو انقر، ثم اضغط المفتاح الجديد (Esc للإلغاء)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: no key</source>
            <translation>%1: بلا مفتاح</translation>
        </message>
        <message>
            <source>Press a key…</source>
            <translation>اضغط مفتاحًا…</translation>
        </message>
    </context>
    <context>
        <name>KeyRefusal</name>
        <message>
            <source>%1 has no key of its own (undo records it)</source>
            <translation>ليس لـ%1 مفتاح خاص به (يسجّله التراجع)</translation>
        </message>
        <message>
            <source>%1: “%2” is not a single key</source>
            <translation>%1: «%2» ليس مفتاحًا واحدًا</translation>
        </message>
        <message>
            <source>%1: %2 is kept for %3</source>
            <translation>%1: المفتاح %2 محجوز لـ%3</translation>
        </message>
        <message>
            <source>%1: %2 picks the policy area %3</source>
            <translation>%1: المفتاح %2 يختار مجال السياسة %3</translation>
        </message>
        <message>
            <source>“%1” is not an action of policy %2</source>
            <translation>«%1» ليس إجراءً في السياسة %2</translation>
        </message>
        <message>
            <source>%1: %2 is already %3</source>
            <translation>%1: المفتاح %2 مستخدم بالفعل لـ%3</translation>
        </message>
    </context>
    <context>
        <name>Keymap</name>
        <message>
            <source>holding to reveal a blurred snapshot</source>
            <extracomment>keys the review screen uses for something else, and what (marked: the client shows them in the person's language with ``translate("Keymap", value)``)</extracomment>
            <translation>الضغط المطوّل لإظهار لقطة مموهة</translation>
        </message>
        <message>
            <source>skipping a case</source>
            <translation>تخطي حالة</translation>
        </message>
        <message>
            <source>the shortcut sheet</source>
            <translation>ورقة الاختصارات</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>التراجع</translation>
        </message>
        <message>
            <source>pause</source>
            <translation>الإيقاف المؤقت</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>searching the chat</source>
            <translation>البحث في الدردشة</translation>
        </message>
        <message>
            <source>the previous snapshot</source>
            <translation>اللقطة السابقة</translation>
        </message>
        <message>
            <source>the next snapshot</source>
            <translation>اللقطة التالية</translation>
        </message>
        <message>
            <source>moving in lists</source>
            <translation>التنقل في القوائم</translation>
        </message>
        <message>
            <source>a chat author's history</source>
            <translation>سجل رسائل كاتب في الدردشة</translation>
        </message>
        <message>
            <source>leaving a field</source>
            <translation>مغادرة الحقل</translation>
        </message>
        <message>
            <source>moving the focus</source>
            <translation>نقل التركيز</translation>
        </message>
        <message>
            <source>pressing the focused button</source>
            <translation>الضغط على الزر المحدد</translation>
        </message>
    </context>
    <context>
        <name>LabelRequestsView</name>
        <message>
            <source>Account labels</source>
            <translation>تسميات الحساب</translation>
        </message>
        <message>
            <source>Labels your team asked for on streamers' accounts. An approved label shows in the header of every later case of that account until it expires.</source>
            <translation>تسميات طلبها فريقك لحسابات صناع البث. تظهر التسمية المعتمدة في رأس كل حالة لاحقة لذلك الحساب حتى تنتهي صلاحيتها.</translation>
        </message>
        <message>
            <source>Which requests</source>
            <translation>أي الطلبات</translation>
        </message>
        <message>
            <source>Waiting for a decision</source>
            <translation>بانتظار قرار</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>المعتمدة</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>المرفوضة</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>الحساب</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>مقدّم الطلب</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>تاريخ الطلب</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>تنتهي</translation>
        </message>
        <message>
            <source>Account label requests</source>
            <translation>طلبات تسميات الحساب</translation>
        </message>
        <message>
            <source> days</source>
            <translation> يومًا</translation>
        </message>
        <message>
            <source>Expires after</source>
            <translation>تنتهي بعد</translation>
        </message>
        <message>
            <source>Note for the requester (optional)</source>
            <translation>ملاحظة لمقدّم الطلب (اختيارية)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>اعتماد</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>رفض</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message numerus="yes">
            <source>%Ln request(s)</source>
            <translation>
                <numerusform>لا طلبات (%Ln)</numerusform>
                <numerusform>طلب واحد (%Ln)</numerusform>
                <numerusform>طلبان (%Ln)</numerusform>
                <numerusform>%Ln طلبات</numerusform>
                <numerusform>%Ln طلبًا</numerusform>
                <numerusform>%Ln طلب</numerusform>
            </translation>
        </message>
        <message>
            <source>Approved until %1.</source>
            <translation>اعتُمدت حتى %1.</translation>
        </message>
        <message>
            <source>Declined.</source>
            <translation>رُفضت.</translation>
        </message>
    </context>
    <context>
        <name>LeadChart</name>
        <message>
            <source>%1 %</source>
            <comment>a whole percentage</comment>
            <extracomment>how a value label reads (locale digits, translated units): the page decides</extracomment>
            <translation>%1٪</translation>
        </message>
        <message>
            <source>Nothing in this period</source>
            <translation>لا شيء في هذه الفترة</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a category and its value</comment>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>LeadWindow</name>
        <message>
            <source>Team audit · %1 · Live Review Desk</source>
            <extracomment>an import ended: the summary or the problem, as shown</extracomment>
            <translation>تدقيق الفريق · %1 · Live Review Desk</translation>
        </message>
        <message>
            <source>Loading the charts…</source>
            <translation>جارٍ تحميل المخططات…</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>Audit chains</source>
            <translation>سلاسل التدقيق</translation>
        </message>
        <message>
            <source>Guidelines</source>
            <translation>الإرشادات</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>لوحة المعلومات</translation>
        </message>
        <message>
            <source>Breaches</source>
            <translation>التجاوزات</translation>
        </message>
        <message>
            <source>Account labels</source>
            <translation>تسميات الحساب</translation>
        </message>
        <message>
            <source>Weekly report…</source>
            <translation>التقرير الأسبوعي…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>التقارير</translation>
        </message>
        <message>
            <source>Import a disabled moderator's decisions…</source>
            <translation>استيراد قرارات مشرف معطَّل…</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>القرارات</translation>
        </message>
        <message>
            <source>Import a disabled moderator's decisions</source>
            <translation>استيراد قرارات مشرف معطَّل</translation>
        </message>
        <message>
            <source>Decision exports (*.json)</source>
            <translation>ملفات تصدير القرارات (*.json)</translation>
        </message>
        <message>
            <source>This file is not a desk's decision export: %1</source>
            <translation>هذا الملف ليس ملف تصدير قرارات من المكتب: %1</translation>
        </message>
        <message>
            <source>Team audit</source>
            <translation>تدقيق الفريق</translation>
        </message>
        <message>
            <source>History, audit chains, urgent guidelines and the team dashboard</source>
            <translation>السجل وسلاسل التدقيق والإرشادات العاجلة ولوحة معلومات الفريق</translation>
        </message>
    </context>
    <context>
        <name>LiveLine</name>
        <message numerus="yes">
            <source>%Ln s</source>
            <comment>seconds left, short</comment>
            <translation>
                <numerusform>%Ln ث</numerusform>
                <numerusform>%Ln ث</numerusform>
                <numerusform>%Ln ث</numerusform>
                <numerusform>%Ln ث</numerusform>
                <numerusform>%Ln ث</numerusform>
                <numerusform>%Ln ث</numerusform>
            </translation>
        </message>
        <message>
            <source>due in %1</source>
            <comment>the case's SLA deadline</comment>
            <translation>الاستحقاق خلال %1</translation>
        </message>
        <message>
            <source>overdue by %1</source>
            <comment>past the SLA deadline</comment>
            <translation>متأخرة بمقدار %1</translation>
        </message>
        <message>
            <source>LIVE</source>
            <comment>the stream is live now</comment>
            <translation>مباشر</translation>
        </message>
        <message>
            <source>ended</source>
            <comment>the stream has ended</comment>
            <translation>انتهى</translation>
        </message>
        <message numerus="yes">
            <source>%1 viewer(s)</source>
            <comment>a compact count, e.g. 48k</comment>
            <translation>
                <numerusform>%1 مشاهد</numerusform>
                <numerusform>%1 مشاهد</numerusform>
                <numerusform>%1 مشاهدان</numerusform>
                <numerusform>%1 مشاهدين</numerusform>
                <numerusform>%1 مشاهدًا</numerusform>
                <numerusform>%1 مشاهد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 report(s) in 5 min</source>
            <comment>velocity, a compact count</comment>
            <translation>
                <numerusform>%1 بلاغ خلال ٥ دقائق</numerusform>
                <numerusform>%1 بلاغ خلال ٥ دقائق</numerusform>
                <numerusform>%1 بلاغان خلال ٥ دقائق</numerusform>
                <numerusform>%1 بلاغات خلال ٥ دقائق</numerusform>
                <numerusform>%1 بلاغًا خلال ٥ دقائق</numerusform>
                <numerusform>%1 بلاغ خلال ٥ دقائق</numerusform>
            </translation>
        </message>
        <message>
            <source>reopened after “no violation”</source>
            <comment>new reports came in</comment>
            <translation>أُعيد فتحها بعد «لا مخالفة»</translation>
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
            <translation>Live Review Desk — %1 (%2) · %3 · تجريبي · تسجيل الدخول محفوظ في الذاكرة فقط (لا توجد حلقة مفاتيح للنظام)</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · sign-in kept in memory only (no system keyring)</source>
            <translation>Live Review Desk — %1 (%2) · %3 · تسجيل الدخول محفوظ في الذاكرة فقط (لا توجد حلقة مفاتيح للنظام)</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3 · demo</source>
            <translation>Live Review Desk — %1 (%2) · %3 · تجريبي</translation>
        </message>
        <message>
            <source>Live Review Desk — %1 (%2) · %3</source>
            <translation>Live Review Desk — %1 (%2) · %3</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>المراجعة</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>قوائم الانتظار</translation>
        </message>
        <message>
            <source>Back to the list of queues (pauses review)</source>
            <translation>العودة إلى قائمة قوائم الانتظار (إيقاف مؤقت للمراجعة)</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Pause (%1): stop the handle-time clock and give back undecided cases</source>
            <translation>إيقاف مؤقت (%1): إيقاف ساعة وقت المعالجة وإعادة الحالات التي لم يُبتّ فيها</translation>
        </message>
        <message>
            <source>Sync problems</source>
            <translation>مشكلات المزامنة</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>تسجيل الخروج</translation>
        </message>
        <message>
            <source>Release unfinished cases, remove cached case content and forget the sign-in</source>
            <translation>تحرير الحالات غير المنتهية، وإزالة محتوى الحالات المخزَّن مؤقتًا، ونسيان بيانات تسجيل الدخول</translation>
        </message>
        <message>
            <source>About</source>
            <translation>حول</translation>
        </message>
        <message>
            <source>The version of this desk, the case service and whom to ask for help</source>
            <translation>إصدار هذا المكتب، وخدمة الحالات، ومن تسأل للمساعدة</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a person's name and role</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>The last session did not close cleanly: cached case content was removed and is fetched again. Your decisions are safe.</source>
            <translation>لم تُغلق الجلسة السابقة بشكل سليم: أُزيل محتوى الحالات المخزَّن مؤقتًا وسيُجلب مجددًا. قراراتك في أمان.</translation>
        </message>
        <message>
            <source>This case was leased longer ago than the retention period allows: its cached content was removed. Decide it from what is on screen or skip it.</source>
            <translation>حُجزت هذه الحالة منذ مدة أطول مما تسمح به فترة الاحتفاظ: أُزيل محتواها المخزَّن مؤقتًا. اتخذ القرار بناءً على ما يظهر على الشاشة أو تخطَّها.</translation>
        </message>
        <message>
            <source>Resumed.</source>
            <translation>تم الاستئناف.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>استئناف</translation>
        </message>
        <message numerus="yes">
            <source>Paused. %n undecided case(s) went back to the queue; the handle-time clock is stopped.</source>
            <translation>
                <numerusform>إيقاف مؤقت. عادت %n حالة لم يُبتّ فيها إلى قائمة الانتظار؛ ساعة وقت المعالجة متوقفة.</numerusform>
                <numerusform>إيقاف مؤقت. عادت %n حالة لم يُبتّ فيها إلى قائمة الانتظار؛ ساعة وقت المعالجة متوقفة.</numerusform>
                <numerusform>إيقاف مؤقت. عادت %n حالتان لم يُبتّ فيها إلى قائمة الانتظار؛ ساعة وقت المعالجة متوقفة.</numerusform>
                <numerusform>إيقاف مؤقت. عادت %n حالات لم يُبتّ فيها إلى قائمة الانتظار؛ ساعة وقت المعالجة متوقفة.</numerusform>
                <numerusform>إيقاف مؤقت. عادت %n حالة لم يُبتّ فيها إلى قائمة الانتظار؛ ساعة وقت المعالجة متوقفة.</numerusform>
                <numerusform>إيقاف مؤقت. عادت %n حالة لم يُبتّ فيها إلى قائمة الانتظار؛ ساعة وقت المعالجة متوقفة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) came back with a problem: see Sync problems.</source>
            <translation>
                <numerusform>عاد %n قرار بمشكلة: انظر مشكلات المزامنة.</numerusform>
                <numerusform>عاد %n قرار بمشكلة: انظر مشكلات المزامنة.</numerusform>
                <numerusform>عاد %n قراران بمشكلة: انظر مشكلات المزامنة.</numerusform>
                <numerusform>عاد %n قرارات بمشكلة: انظر مشكلات المزامنة.</numerusform>
                <numerusform>عاد %n قرارًا بمشكلة: انظر مشكلات المزامنة.</numerusform>
                <numerusform>عاد %n قرار بمشكلة: انظر مشكلات المزامنة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your session ended. Please sign in again.</source>
            <translation>انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>تعذّرت الكتابة إلى %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n held decision(s) written to %1</source>
            <translation>
                <numerusform>كُتب %n قرار محتجز في %1</numerusform>
                <numerusform>كُتب %n قرار محتجز في %1</numerusform>
                <numerusform>كُتب %n من القرارات المحتجزة في %1</numerusform>
                <numerusform>كُتب %n قرارات محتجزة في %1</numerusform>
                <numerusform>كُتب %n من القرارات المحتجزة في %1</numerusform>
                <numerusform>كُتب %n قرار محتجز في %1</numerusform>
            </translation>
        </message>
        <message>
            <source>You are signed out.</source>
            <translation>تم تسجيل الخروج.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>two sentences, one after the other</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>The case service did not answer in time.</source>
            <translation>لم تردّ خدمة الحالات في الوقت المحدد.</translation>
        </message>
        <message>
            <source>Still signing out. %1</source>
            <translation>ما زال تسجيل الخروج جاريًا. %1</translation>
        </message>
        <message>
            <source>Signing out: removing cached case content…</source>
            <translation>تسجيل الخروج: جارٍ إزالة محتوى الحالات المخزَّن مؤقتًا…</translation>
        </message>
        <message>
            <source>Signing out: ending your session with the service…</source>
            <translation>تسجيل الخروج: جارٍ إنهاء جلستك مع الخدمة…</translation>
        </message>
    </context>
    <context>
        <name>MyEscalations</name>
        <message>
            <source>Your escalation of case %1 was resolved: %2 (by %3).</source>
            <extracomment>how often the watch reads the list (ms): an outcome is news, not an alarm roles that escalate cases (QA reviewers answer calibration items instead)</extracomment>
            <translation>حُسم تصعيدك للحالة %1: %2 (بواسطة %3).</translation>
        </message>
        <message numerus="yes">
            <source>%n of your escalations were resolved.</source>
            <translation>
                <numerusform>لم يُحسم أي من تصعيداتك (%n).</numerusform>
                <numerusform>حُسم تصعيد واحد من تصعيداتك (%n).</numerusform>
                <numerusform>حُسم تصعيدان من تصعيداتك (%n).</numerusform>
                <numerusform>حُسمت %n من تصعيداتك.</numerusform>
                <numerusform>حُسم %n تصعيدًا من تصعيداتك.</numerusform>
                <numerusform>حُسم %n تصعيد من تصعيداتك.</numerusform>
            </translation>
        </message>
        <message>
            <source>My escalations</source>
            <translation>تصعيداتي</translation>
        </message>
        <message>
            <source>Cases you escalated and the lead's outcome (%1)</source>
            <translation>الحالات التي صعّدتها ونتيجة القائد (%1)</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>New calibration session</source>
            <translation>جلسة معايرة جديدة</translation>
        </message>
        <message>
            <source>Week 48 golden set</source>
            <translation>مجموعة العناصر المرجعية للأسبوع ٤٨</translation>
        </message>
        <message>
            <source>qa1, lead1</source>
            <comment>example user names</comment>
            <translation>qa1, lead1</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Reviewers (user names)</source>
            <translation>المراجعون (أسماء المستخدمين)</translation>
        </message>
        <message>
            <source>Golden items</source>
            <translation>العناصر المرجعية</translation>
        </message>
        <message>
            <source>Sampled live decisions</source>
            <translation>قرارات مباشرة مأخوذة كعينة</translation>
        </message>
    </context>
    <context>
        <name>PlainText</name>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
    </context>
    <context>
        <name>PolicyPanel</name>
        <message>
            <source>Policy shortcut panel</source>
            <translation>لوحة اختصارات السياسة</translation>
        </message>
        <message>
            <source>Decision</source>
            <extracomment>each action's row (key chip, button, requirement hint), to hide per queue</extracomment>
            <translation>القرار</translation>
        </message>
        <message>
            <source>Policy version</source>
            <translation>إصدار السياسة</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>الإجراءات</translation>
        </message>
        <message>
            <source>Policy area</source>
            <translation>مجال السياسة</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Decision note</source>
            <translation>ملاحظة القرار</translation>
        </message>
        <message>
            <source>Note for the record</source>
            <translation>ملاحظة للسجل</translation>
        </message>
        <message>
            <source>Escalation reason</source>
            <translation>سبب التصعيد</translation>
        </message>
        <message>
            <source>Decision message</source>
            <translation>رسالة القرار</translation>
        </message>
        <message>
            <source>Policy version %1</source>
            <translation>إصدار السياسة %1</translation>
        </message>
        <message>
            <source>Key for %1: %2</source>
            <translation>مفتاح %1: %2</translation>
        </message>
        <message>
            <source>%1 (key %2)</source>
            <translation>%1 (المفتاح %2)</translation>
        </message>
        <message>
            <source>%1 needs: %2</source>
            <translation>%1 يحتاج إلى: %2</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>بلا مجال السياسة</translation>
        </message>
        <message>
            <source>%1  %2</source>
            <comment>a key, then a policy area</comment>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>Policy area (keys %1–%2)</source>
            <translation>مجال السياسة (المفاتيح %1–%2)</translation>
        </message>
        <message>
            <source>No escalation</source>
            <translation>بلا تصعيد</translation>
        </message>
        <message>
            <source>policy + note</source>
            <translation>مجال السياسة + ملاحظة</translation>
        </message>
        <message>
            <source>policy</source>
            <translation>مجال السياسة</translation>
        </message>
        <message>
            <source>note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>%1 needs a policy area and a note.</source>
            <translation>%1 يحتاج إلى مجال السياسة وملاحظة.</translation>
        </message>
        <message>
            <source>%1 needs a policy area.</source>
            <translation>%1 يحتاج إلى مجال السياسة.</translation>
        </message>
        <message>
            <source>%1 needs a note.</source>
            <translation>%1 يحتاج إلى ملاحظة.</translation>
        </message>
        <message>
            <source>Ready: press Enter in the note or press %1 again.</source>
            <translation>جاهز: اضغط Enter في الملاحظة أو اضغط %1 مرة أخرى.</translation>
        </message>
        <message>
            <source>Ready: press %1 again.</source>
            <translation>جاهز: اضغط %1 مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>PriorSection</name>
        <message>
            <source>Prior enforcement</source>
            <translation>إجراءات الإنفاذ السابقة</translation>
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
                <numerusform>+%Ln سابق</numerusform>
                <numerusform>+%Ln سابق</numerusform>
                <numerusform>+%Ln سابقان</numerusform>
                <numerusform>+%Ln سابقة</numerusform>
                <numerusform>+%Ln سابقًا</numerusform>
                <numerusform>+%Ln سابق</numerusform>
            </translation>
        </message>
        <message>
            <source>None on record</source>
            <translation>لا شيء مسجَّل</translation>
        </message>
        <message>
            <source>Prior enforcement (%1)</source>
            <translation>إجراءات الإنفاذ السابقة (%1)</translation>
        </message>
    </context>
    <context>
        <name>ProblemsDialog</name>
        <message>
            <source>Held on this desk: the service kept refusing it</source>
            <translation>محتجز في هذا المكتب: ظلت الخدمة ترفضه</translation>
        </message>
        <message>
            <source>Conflict: someone else decided this case</source>
            <translation>تعارض: اتخذ شخص آخر قرارًا في هذه الحالة</translation>
        </message>
        <message>
            <source>Refused: decision id reused (client problem, please report)</source>
            <translation>مرفوض: أُعيد استخدام معرّف القرار (مشكلة في العميل، يُرجى الإبلاغ عنها)</translation>
        </message>
        <message>
            <source>Rejected by the service</source>
            <translation>رفضته الخدمة</translation>
        </message>
        <message>
            <source>When</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الوضع</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>السبب</translation>
        </message>
        <message>
            <source>Sync problems · Live Review Desk</source>
            <extracomment>the ids of the held decisions to put back in the outbox the file to write the held decisions to, for support</extracomment>
            <translation>مشكلات المزامنة · Live Review Desk</translation>
        </message>
        <message>
            <source>These decisions were not applied by the case service. They are kept here so that nothing is lost silently; tell your team lead about any you do not understand.</source>
            <translation>لم تطبّق خدمة الحالات هذه القرارات. تُحفظ هنا حتى لا يضيع شيء دون علمك؛ أخبر قائد الفريق بأي قرار لا تفهمه.</translation>
        </message>
        <message>
            <source>No problems: every decision was accepted.</source>
            <translation>لا مشكلات: قُبل كل قرار.</translation>
        </message>
        <message numerus="yes">
            <source>Send %n held decision(s) again</source>
            <translation>
                <numerusform>إرسال %n قرار محتجز مرة أخرى</numerusform>
                <numerusform>إرسال %n قرار محتجز مرة أخرى</numerusform>
                <numerusform>إرسال %n من القرارات المحتجزة مرة أخرى</numerusform>
                <numerusform>إرسال %n قرارات محتجزة مرة أخرى</numerusform>
                <numerusform>إرسال %n من القرارات المحتجزة مرة أخرى</numerusform>
                <numerusform>إرسال %n قرار محتجز مرة أخرى</numerusform>
            </translation>
        </message>
        <message>
            <source>Export held decisions for support…</source>
            <translation>تصدير القرارات المحتجزة للدعم…</translation>
        </message>
        <message>
            <source>Writes the held decisions and the service's answers to a file for your team lead or support; the decisions stay on this computer.</source>
            <translation>يكتب القرارات المحتجزة وردود الخدمة في ملف لقائد الفريق أو للدعم؛ تبقى القرارات على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Export held decisions</source>
            <extracomment>asks where to write the export ('' when the person cancels); a test replaces it</extracomment>
            <translation>تصدير القرارات المحتجزة</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>ملفات JSON (*.json)</translation>
        </message>
        <message>
            <source>Sending again…</source>
            <translation>جارٍ الإرسال مرة أخرى…</translation>
        </message>
    </context>
    <context>
        <name>QaResult</name>
        <message>
            <source>upheld</source>
            <extracomment>a failed item fetch (offline) is tried again after this long</extracomment>
            <translation>مؤيَّد</translation>
        </message>
        <message>
            <source>overturned</source>
            <translation>أُلغي القرار</translation>
        </message>
        <message>
            <source>open, waiting for a lead</source>
            <translation>مفتوح، بانتظار قائد الفريق</translation>
        </message>
        <message>
            <source>accepted</source>
            <comment>a dispute's state</comment>
            <translation>مقبول</translation>
        </message>
        <message>
            <source>rejected</source>
            <comment>a dispute's state</comment>
            <translation>مرفوض</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between policy areas</comment>
            <translation>، </translation>
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
            <translation>نتائج الجودة الخاصة بي</translation>
        </message>
        <message>
            <source>QA reviewers re-review a sample of decided cases blind. An overturned decision can be disputed with a note; your team lead decides.</source>
            <translation>يعيد مراجع الجودة مراجعة عينة من الحالات التي بُتّ فيها دون معرفة القرار. يمكن الاعتراض على إلغاء القرار بملاحظة؛ ويحسم قائد الفريق.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Your decision</source>
            <translation>قرارك</translation>
        </message>
        <message>
            <source>QA decision</source>
            <translation>قرار الجودة</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>الحكم</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>اعتراض</translation>
        </message>
        <message>
            <source>QA results</source>
            <translation>نتائج الجودة</translation>
        </message>
        <message>
            <source>Dispute note</source>
            <translation>ملاحظة الاعتراض</translation>
        </message>
        <message>
            <source>Why the decision was right (a lead reads this)</source>
            <translation>لماذا كان القرار صحيحًا (يقرؤها قائد الفريق)</translation>
        </message>
        <message>
            <source>Dispute this overturn</source>
            <translation>الاعتراض على إلغاء القرار هذا</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>%1 → %2 after dispute</source>
            <translation>%1 ← %2 بعد الاعتراض</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <comment>a case, then its queue</comment>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>%1, %2 overturned.</source>
            <comment>QA results, how many of them overturned</comment>
            <translation>%1، أُلغي القرار في %2.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln QA result(s)</source>
            <translation>
                <numerusform>%Ln نتيجة جودة</numerusform>
                <numerusform>%Ln نتيجة جودة</numerusform>
                <numerusform>%Ln نتيجتا جودة</numerusform>
                <numerusform>%Ln نتائج جودة</numerusform>
                <numerusform>%Ln نتيجة جودة</numerusform>
                <numerusform>%Ln نتيجة جودة</numerusform>
            </translation>
        </message>
        <message>
            <source>No QA results yet.</source>
            <translation>لا توجد نتائج جودة بعد.</translation>
        </message>
    </context>
    <context>
        <name>QueuePage</name>
        <message>
            <source>Hello, %1</source>
            <translation>مرحبًا، %1</translation>
        </message>
        <message>
            <source>%1 · team %2 · %3. Pick a queue and start: one key decides a case, %4 undoes it, %5 skips it.</source>
            <translation>%1 · الفريق %2 · %3. اختر قائمة الانتظار وابدأ: مفتاح واحد يتخذ القرار في الحالة، و%4 للتراجع عنه، و%5 لتخطيها.</translation>
        </message>
        <message>
            <source>Queues</source>
            <translation>قوائم الانتظار</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>قائمة الانتظار</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>المنتظرة</translation>
        </message>
        <message>
            <source>Oldest case</source>
            <translation>أقدم حالة</translation>
        </message>
        <message>
            <source>Target (SLA)</source>
            <translation>الهدف (SLA)</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>الموعد النهائي التالي</translation>
        </message>
        <message>
            <source>Start reviewing</source>
            <translation>بدء المراجعة</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>التصعيد</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>مباشر</translation>
        </message>
        <message>
            <source>No queue is open to you right now. Ask your team lead.</source>
            <translation>لا توجد قائمة انتظار مفتوحة لك الآن. اسأل قائد الفريق.</translation>
        </message>
    </context>
    <context>
        <name>QueuesPage</name>
        <message>
            <source>Queues</source>
            <extracomment>the weights' fields in the form's order (contract.QueueWeightsSet) what the form's lists offer, read with the queues: (teams, vendors, actions as (code, label)) the undo is never hidden (the service refuses it): a retract stays possible everywhere</extracomment>
            <translation>قوائم الانتظار</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>قائمة الانتظار</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>SLA (min)</source>
            <translation>SLA (دقيقة)</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>الفريق</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>الموردون</translation>
        </message>
        <message>
            <source>Hidden actions</source>
            <translation>الإجراءات المخفية</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Queue id</source>
            <translation>معرّف قائمة الانتظار</translation>
        </message>
        <message>
            <source>SLA in minutes</source>
            <translation>SLA بالدقائق</translation>
        </message>
        <message>
            <source>Weight of live</source>
            <translation>وزن البث المباشر</translation>
        </message>
        <message>
            <source>Weight of the audience tier</source>
            <translation>وزن فئة الجمهور</translation>
        </message>
        <message>
            <source>Weight of a report in the last 5 minutes</source>
            <translation>وزن البلاغ خلال آخر ٥ دقائق</translation>
        </message>
        <message>
            <source>Weight of severity</source>
            <translation>وزن الخطورة</translation>
        </message>
        <message>
            <source>Deadline near, in seconds</source>
            <translation>اقتراب الموعد النهائي، بالثواني</translation>
        </message>
        <message>
            <source>Teams that may pull</source>
            <translation>كل فريق يمكنه سحب الحالات</translation>
        </message>
        <message>
            <source>Vendors that may pull</source>
            <translation>الموردون الذين يمكنهم سحب الحالات</translation>
        </message>
        <message>
            <source>&amp;Teams (none: everyone)</source>
            <translation>&amp;الفريق (بلا تحديد: الجميع)</translation>
        </message>
        <message>
            <source>V&amp;endors (none: everyone)</source>
            <translation>الم&amp;ورّد (بلا تحديد: الجميع)</translation>
        </message>
        <message>
            <source>&amp;Hidden actions</source>
            <translation>الإجراءات الم&amp;خفية</translation>
        </message>
        <message>
            <source>Queue &amp;id:</source>
            <translation>&amp;معرّف قائمة الانتظار:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;الاسم:</translation>
        </message>
        <message>
            <source>&amp;SLA (minutes):</source>
            <translation>SLA (بال&amp;دقائق):</translation>
        </message>
        <message>
            <source>Weight: &amp;live:</source>
            <translation>الوزن: &amp;مباشر:</translation>
        </message>
        <message>
            <source>Weight: &amp;audience tier:</source>
            <translation>الوزن: &amp;فئة الجمهور:</translation>
        </message>
        <message>
            <source>Weight: &amp;reports (5 min):</source>
            <translation>الوزن: &amp;البلاغات (٥ دقائق):</translation>
        </message>
        <message>
            <source>Weight: se&amp;verity:</source>
            <translation>الوزن: ال&amp;خطورة:</translation>
        </message>
        <message>
            <source>&amp;Deadline near (seconds):</source>
            <translation>اقتراب الموعد النهائي (&amp;ثوانٍ):</translation>
        </message>
        <message>
            <source>Create queue</source>
            <translation>إنشاء قائمة انتظار</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>حفظ التغييرات</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>مباشر</translation>
        </message>
        <message>
            <source>escalation</source>
            <translation>تصعيد</translation>
        </message>
        <message numerus="yes">
            <source>%n queue(s)</source>
            <translation>
                <numerusform>لا قوائم انتظار (%n)</numerusform>
                <numerusform>قائمة انتظار واحدة (%n)</numerusform>
                <numerusform>قوائم الانتظار: %n</numerusform>
                <numerusform>%n قوائم انتظار</numerusform>
                <numerusform>%n قائمة انتظار</numerusform>
                <numerusform>%n قائمة انتظار</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the fields: a lower-case queue id (letters, digits, hyphens, underscores) and a name.</source>
            <translation>راجع الحقول: معرّف قائمة الانتظار بأحرف صغيرة (حروف وأرقام وشرطات وشرطات سفلية) واسم.</translation>
        </message>
        <message>
            <source>The queue was created.</source>
            <translation>أُنشئت قائمة الانتظار.</translation>
        </message>
        <message>
            <source>The changes were saved.</source>
            <translation>حُفظت التغييرات.</translation>
        </message>
    </context>
    <context>
        <name>Reasons</name>
        <message>
            <source>Harassment and bullying</source>
            <extracomment>report reasons and prior enforcement's policy codes (the taxonomy's policy areas)</extracomment>
            <translation>التحرش والتنمر</translation>
        </message>
        <message>
            <source>Hateful behavior</source>
            <translation>سلوك الكراهية</translation>
        </message>
        <message>
            <source>Violent and graphic content</source>
            <translation>المحتوى العنيف والصادم</translation>
        </message>
        <message>
            <source>Sexual content and nudity</source>
            <translation>المحتوى الجنسي والعري</translation>
        </message>
        <message>
            <source>Minor safety</source>
            <translation>سلامة القاصرين</translation>
        </message>
        <message>
            <source>Dangerous acts and challenges</source>
            <translation>الأفعال والتحديات الخطرة</translation>
        </message>
        <message>
            <source>Illegal goods and activities</source>
            <translation>السلع والأنشطة غير القانونية</translation>
        </message>
        <message>
            <source>Spam and scams</source>
            <translation>الرسائل المزعجة والاحتيال</translation>
        </message>
        <message>
            <source>Intellectual property</source>
            <translation>الملكية الفكرية</translation>
        </message>
        <message>
            <source>Integrity and authenticity</source>
            <translation>النزاهة والأصالة</translation>
        </message>
    </context>
    <context>
        <name>ReportsSection</name>
        <message>
            <source>Reports</source>
            <translation>البلاغات</translation>
        </message>
        <message>
            <source>Reports (%1)</source>
            <translation>البلاغات (%1)</translation>
        </message>
        <message>
            <source>%1 ×%2 · %3–%4 · at %5</source>
            <translation>%1 (%2) · %3–%4 · في %5</translation>
        </message>
        <message>
            <source>%1 ×%2 · %3–%4</source>
            <translation>%1 (%2) · %3–%4</translation>
        </message>
        <message>
            <source>%1 — “%2”</source>
            <translation>%1 — «%2»</translation>
        </message>
        <message>
            <source>%1 ×%2</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the reasons of a list</comment>
            <translation>، </translation>
        </message>
        <message numerus="yes">
            <source>+%Ln more: %1</source>
            <translation>
                <numerusform>+%Ln آخر: %1</numerusform>
                <numerusform>+%Ln آخر: %1</numerusform>
                <numerusform>+%Ln آخران: %1</numerusform>
                <numerusform>+%Ln أخرى: %1</numerusform>
                <numerusform>+%Ln آخر: %1</numerusform>
                <numerusform>+%Ln آخر: %1</numerusform>
            </translation>
        </message>
        <message>
            <source>No user reports (proactive detection)</source>
            <translation>لا توجد بلاغات من المستخدمين (اكتشاف استباقي)</translation>
        </message>
    </context>
    <context>
        <name>RevealLevels</name>
        <message>
            <source>Blurred (hold shows grey)</source>
            <extracomment>most protective first; the index is the strictness order marked for translation: the client shows them with translate_marked("RevealLevels", …)</extracomment>
            <translation>مموهة (الضغط المطوّل يُظهر الرمادي)</translation>
        </message>
        <message>
            <source>Blurred, hold to reveal</source>
            <translation>مموهة، اضغط مطولًا للإظهار</translation>
        </message>
        <message>
            <source>Grayscale, hold for colour</source>
            <translation>تدرج رمادي، اضغط مطولًا للألوان</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>بالألوان</translation>
        </message>
    </context>
    <context>
        <name>ReviewController</name>
        <message>
            <source>Paused. Your undecided cases went back to the queue.</source>
            <extracomment>queue id -&gt; actions an admin hid there (GET /v1/queues): left off the panel the high-profile confirmation while it is open</extracomment>
            <translation>إيقاف مؤقت. عادت حالاتك التي لم يُبتّ فيها إلى قائمة الانتظار.</translation>
        </message>
        <message>
            <source>Getting the next cases…</source>
            <translation>جارٍ جلب الحالات التالية…</translation>
        </message>
        <message>
            <source>Choose a queue to start.</source>
            <translation>اختر قائمة الانتظار للبدء.</translation>
        </message>
        <message>
            <source>The chat log could not be read from the cache.</source>
            <translation>تعذّرت قراءة سجل الدردشة من ذاكرة التخزين المؤقت.</translation>
        </message>
        <message>
            <source>No cases are waiting in this queue right now; checking again shortly.</source>
            <translation>لا توجد حالات تنتظر في قائمة الانتظار هذه الآن؛ سيُعاد التحقق قريبًا.</translation>
        </message>
        <message>
            <source>No case on screen.</source>
            <translation>لا توجد حالة على الشاشة.</translation>
        </message>
        <message>
            <source>Read and acknowledge the urgent guideline update above before deciding.</source>
            <translation>اقرأ تحديث الإرشاد العاجل أعلاه وأقِرّ به قبل اتخاذ القرار.</translation>
        </message>
        <message>
            <source>Not recorded: %1</source>
            <translation>لم يُسجَّل: %1</translation>
        </message>
        <message>
            <source>%1 recorded · %2 undoes it for %3</source>
            <translation>سُجّل %1 · %2 للتراجع عنه خلال %3</translation>
        </message>
        <message>
            <source>%1: %2 recorded · %3 undoes it for %4</source>
            <translation>%1: سُجّل %2 · %3 للتراجع عنه خلال %4</translation>
        </message>
        <message numerus="yes">
            <source>%n chat action(s)</source>
            <translation>
                <numerusform>%n إجراء دردشة</numerusform>
                <numerusform>%n إجراء دردشة</numerusform>
                <numerusform>%n إجراءا دردشة</numerusform>
                <numerusform>%n إجراءات دردشة</numerusform>
                <numerusform>%n إجراءً للدردشة</numerusform>
                <numerusform>%n إجراء دردشة</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo: a decision can be undone for %1.</source>
            <translation>لا شيء للتراجع عنه: يمكن التراجع عن القرار خلال %1.</translation>
        </message>
        <message>
            <source>Undo failed: %1</source>
            <translation>فشل التراجع: %1</translation>
        </message>
        <message>
            <source>Undone: %1 was retracted.</source>
            <translation>تم التراجع: سُحب %1.</translation>
        </message>
        <message>
            <source>Undone: %1 (%2).</source>
            <translation>تم التراجع: %1 (%2).</translation>
        </message>
        <message>
            <source>No case on screen to skip.</source>
            <translation>لا توجد حالة على الشاشة لتخطيها.</translation>
        </message>
        <message>
            <source>Skip cancelled.</source>
            <translation>أُلغي التخطي.</translation>
        </message>
        <message>
            <source>Skipped (%1). The case went back to the queue.</source>
            <translation>تم التخطي (%1). عادت الحالة إلى قائمة الانتظار.</translation>
        </message>
        <message>
            <source>Guideline update acknowledged.</source>
            <translation>تم الإقرار بتحديث الإرشاد.</translation>
        </message>
        <message>
            <source>Acknowledged. One more update to read.</source>
            <translation>تم الإقرار. بقي تحديث واحد للقراءة.</translation>
        </message>
        <message>
            <source>Review is paused. Press Resume to continue.</source>
            <translation>المراجعة متوقفة مؤقتًا. اضغط «استئناف» للمتابعة.</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatusBar</name>
        <message>
            <source>Last sync: not yet</source>
            <extracomment>show the lease countdown as a warning below this many seconds</extracomment>
            <translation>آخر مزامنة: ليس بعد</translation>
        </message>
        <message>
            <source>Last sync: just now</source>
            <translation>آخر مزامنة: الآن</translation>
        </message>
        <message numerus="yes">
            <source>Last sync: %Ln s ago</source>
            <translation>
                <numerusform>آخر مزامنة: منذ %Ln ث</numerusform>
                <numerusform>آخر مزامنة: منذ %Ln ث</numerusform>
                <numerusform>آخر مزامنة: منذ %Ln ث</numerusform>
                <numerusform>آخر مزامنة: منذ %Ln ث</numerusform>
                <numerusform>آخر مزامنة: منذ %Ln ث</numerusform>
                <numerusform>آخر مزامنة: منذ %Ln ث</numerusform>
            </translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>آخر مزامنة: %1</translation>
        </message>
        <message>
            <source>Connection</source>
            <extracomment>the sync engine failed and restarts at this time (cleared by the next report) the sync thread gave up: this text stays until the window goes</extracomment>
            <translation>الاتصال</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>جارٍ الاتصال…</translation>
        </message>
        <message>
            <source>Waiting to sync</source>
            <translation>بانتظار المزامنة</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>آخر مزامنة</translation>
        </message>
        <message>
            <source>Lease</source>
            <translation>الحجز المؤقت</translation>
        </message>
        <message>
            <source>No cases leased</source>
            <translation>لا توجد حالات محجوزة مؤقتًا</translation>
        </message>
        <message>
            <source>Policy version</source>
            <translation>إصدار السياسة</translation>
        </message>
        <message>
            <source>Disk space</source>
            <extracomment>shown only while the data folder's disk is almost full</extracomment>
            <translation>مساحة القرص</translation>
        </message>
        <message>
            <source>Newer version</source>
            <extracomment>a newer desk is advertised: a calm note, not a warning (shown only then)</extracomment>
            <translation>إصدار أحدث</translation>
        </message>
        <message>
            <source>No sync problems</source>
            <translation>لا مشكلات في المزامنة</translation>
        </message>
        <message>
            <source>Sync problems</source>
            <translation>مشكلات المزامنة</translation>
        </message>
        <message>
            <source>Policy %1</source>
            <translation>السياسة %1</translation>
        </message>
        <message numerus="yes">
            <source>⚠ %Ln sync problem(s)</source>
            <translation>
                <numerusform>⚠ %Ln مشكلة في المزامنة</numerusform>
                <numerusform>⚠ %Ln مشكلة في المزامنة</numerusform>
                <numerusform>⚠ %Ln مشكلتان في المزامنة</numerusform>
                <numerusform>⚠ %Ln مشكلات في المزامنة</numerusform>
                <numerusform>⚠ %Ln مشكلة في المزامنة</numerusform>
                <numerusform>⚠ %Ln مشكلة في المزامنة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln waiting to sync</source>
            <translation>
                <numerusform>%Ln ينتظر المزامنة</numerusform>
                <numerusform>%Ln ينتظر المزامنة</numerusform>
                <numerusform>%Ln ينتظران المزامنة</numerusform>
                <numerusform>%Ln تنتظر المزامنة</numerusform>
                <numerusform>%Ln ينتظر المزامنة</numerusform>
                <numerusform>%Ln ينتظر المزامنة</numerusform>
            </translation>
        </message>
        <message>
            <source>Disk full: cases cannot be saved</source>
            <translation>القرص ممتلئ: لا يمكن حفظ الحالات</translation>
        </message>
        <message>
            <source>Disk almost full: %1 MB free</source>
            <translation>القرص شبه ممتلئ: %1 ميغابايت متاحة</translation>
        </message>
        <message>
            <source>Free some space: a decision that cannot be saved is refused, not lost.</source>
            <translation>حرّر بعض المساحة: القرار الذي يتعذّر حفظه يُرفض ولا يُفقد.</translation>
        </message>
        <message numerus="yes">
            <source>Sync stopped: restarting in %Ln s</source>
            <translation>
                <numerusform>توقفت المزامنة: إعادة التشغيل بعد %Ln ث</numerusform>
                <numerusform>توقفت المزامنة: إعادة التشغيل بعد %Ln ث</numerusform>
                <numerusform>توقفت المزامنة: إعادة التشغيل بعد %Ln ث</numerusform>
                <numerusform>توقفت المزامنة: إعادة التشغيل بعد %Ln ث</numerusform>
                <numerusform>توقفت المزامنة: إعادة التشغيل بعد %Ln ث</numerusform>
                <numerusform>توقفت المزامنة: إعادة التشغيل بعد %Ln ث</numerusform>
            </translation>
        </message>
        <message>
            <source>Client too old: update needed</source>
            <translation>العميل قديم جدًا: يلزم التحديث</translation>
        </message>
        <message>
            <source>Signed out by the service</source>
            <translation>سجّلت الخدمة خروجك</translation>
        </message>
        <message numerus="yes">
            <source>● Online: %Ln decision(s) being retried alone</source>
            <translation>
                <numerusform>● متصل: تُعاد محاولة %Ln قرار كلٌّ على حدة</numerusform>
                <numerusform>● متصل: تُعاد محاولة %Ln قرار كلٌّ على حدة</numerusform>
                <numerusform>● متصل: تُعاد محاولة %Ln قرارين كلٌّ على حدة</numerusform>
                <numerusform>● متصل: تُعاد محاولة %Ln قرارات كلٌّ على حدة</numerusform>
                <numerusform>● متصل: تُعاد محاولة %Ln قرارًا كلٌّ على حدة</numerusform>
                <numerusform>● متصل: تُعاد محاولة %Ln قرار كلٌّ على حدة</numerusform>
            </translation>
        </message>
        <message>
            <source>● Online</source>
            <translation>● متصل</translation>
        </message>
        <message>
            <source>● Offline: work is kept</source>
            <translation>● غير متصل: يُحفظ العمل</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>التفاصيل: %1</translation>
        </message>
        <message>
            <source>%1 · clock off by %2</source>
            <comment>the last sync, then the clock skew</comment>
            <translation>%1 · الساعة منحرفة بمقدار %2</translation>
        </message>
        <message>
            <source>Lease ended</source>
            <translation>انتهى الحجز المؤقت</translation>
        </message>
        <message>
            <source>Lease %1</source>
            <translation>الحجز المؤقت %1</translation>
        </message>
        <message>
            <source>● Online: uploads failing, retrying</source>
            <translation>● متصل: عمليات الرفع تفشل، جارٍ إعادة المحاولة</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Moderator</source>
            <translation>مشرف المحتوى</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>مراجع الجودة</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>قائد الفريق</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>المسؤول</translation>
        </message>
    </context>
    <context>
        <name>SamplingPage</name>
        <message>
            <source>QA sampling</source>
            <translation>عيّنات الجودة</translation>
        </message>
        <message>
            <source>The share of each queue's decisions that enters the QA pool. Escalated decisions always enter it.</source>
            <translation>نسبة قرارات كل قائمة انتظار التي تدخل مجموعة مراجعة الجودة. القرارات المصعَّدة تدخلها دائمًا.</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>قائمة الانتظار</translation>
        </message>
        <message>
            <source>Sampled</source>
            <translation>نسبة العيّنة</translation>
        </message>
        <message>
            <source>Sampling rates</source>
            <translation>معدلات أخذ العيّنات</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Sampling rate in percent</source>
            <translation>معدل أخذ العيّنات بالنسبة المئوية</translation>
        </message>
        <message>
            <source> %</source>
            <translation> ٪</translation>
        </message>
        <message>
            <source>Set rate</source>
            <translation>تعيين المعدل</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 ٪</translation>
        </message>
        <message numerus="yes">
            <source>%n queue(s)</source>
            <translation>
                <numerusform>لا قوائم انتظار (%n)</numerusform>
                <numerusform>قائمة انتظار واحدة (%n)</numerusform>
                <numerusform>قوائم الانتظار: %n</numerusform>
                <numerusform>%n قوائم انتظار</numerusform>
                <numerusform>%n قائمة انتظار</numerusform>
                <numerusform>%n قائمة انتظار</numerusform>
            </translation>
        </message>
        <message>
            <source>The rate was set.</source>
            <translation>عُيّن المعدل.</translation>
        </message>
    </context>
    <context>
        <name>SessionListPage</name>
        <message>
            <source>Calibration sessions</source>
            <translation>جلسات المعايرة</translation>
        </message>
        <message>
            <source>Items are shown blind: decide each as you would a live case. Answers are kept on this computer first and sent as soon as the service is reachable.</source>
            <translation>تُعرض العناصر دون معرفة القرار: اتخذ القرار في كل منها كما تفعل في حالة مباشرة. تُحفظ الإجابات على هذا الحاسوب أولًا وتُرسل فور إمكان الوصول إلى الخدمة.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>العناصر</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>تمت الإجابة</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الوضع</translation>
        </message>
        <message>
            <source>Open session</source>
            <translation>فتح الجلسة</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>, </source>
            <comment>between user names</comment>
            <translation>، </translation>
        </message>
        <message>
            <source>report (%1)</source>
            <translation>التقرير (%1)</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>مُقدَّمة</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>new</source>
            <translation>جديدة</translation>
        </message>
        <message>
            <source>No calibration session is assigned to you right now.</source>
            <translation>لا توجد جلسة معايرة مسندة إليك الآن.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>اتباع النظام</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>فاتح</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>داكن</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>Settings · Live Review Desk</source>
            <translation>الإعدادات · Live Review Desk</translation>
        </message>
        <message>
            <source>Decision keys</source>
            <translation>مفاتيح القرار</translation>
        </message>
        <message>
            <source>Key problem</source>
            <translation>مشكلة في المفتاح</translation>
        </message>
        <message>
            <source>Space on a key, then the new key. V, K, F1, Ctrl+Z, arrows and the policy-area digits are kept for their own jobs.</source>
            <translation>اضغط Space على مفتاح، ثم المفتاح الجديد. V وK وF1 وCtrl+Z والأسهم وأرقام مجالات السياسة محجوزة لمهامها الخاصة.</translation>
        </message>
        <message>
            <source>Use the service's keys</source>
            <translation>استخدام مفاتيح الخدمة</translation>
        </message>
        <message>
            <source>Sensitive media (staged reveal)</source>
            <translation>الوسائط الحساسة (إظهار على مراحل)</translation>
        </message>
        <message>
            <source>Reveal level for %1</source>
            <translation>مستوى الإظهار لـ%1</translation>
        </message>
        <message>
            <source>Team default: %1</source>
            <translation>الافتراضي للفريق: %1</translation>
        </message>
        <message>
            <source>Reveal level for sensitive media without an area</source>
            <translation>مستوى الإظهار للوسائط الحساسة بلا مجال السياسة</translation>
        </message>
        <message>
            <source>No policy area</source>
            <translation>بلا مجال السياسة</translation>
        </message>
        <message>
            <source>Breaks, lock and look</source>
            <translation>الاستراحات والقفل والمظهر</translation>
        </message>
        <message>
            <source>Break reminder after minutes of sensitive media</source>
            <translation>تذكير بالاستراحة بعد دقائق من الوسائط الحساسة</translation>
        </message>
        <message>
            <source> min</source>
            <comment>a spin box's unit, after the number</comment>
            <translation> دقيقة</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>Lock after minutes without activity</source>
            <translation>القفل بعد دقائق من عدم النشاط</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>السمة</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1٪</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>حجم النص</translation>
        </message>
        <message>
            <source>Scales every window's text</source>
            <translation>يغيّر حجم النص في كل النوافذ</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>&amp;Break reminder after</source>
            <translation>&amp;تذكير بالاستراحة بعد</translation>
        </message>
        <message>
            <source>Lock when &amp;idle for</source>
            <translation>ال&amp;قفل عند الخمول لمدة</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>ال&amp;سمة</translation>
        </message>
        <message>
            <source>Text si&amp;ze</source>
            <translation>&amp;حجم النص</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>A new language applies from your next sign-in.</source>
            <translation>تُطبَّق اللغة الجديدة من تسجيل الدخول التالي.</translation>
        </message>
        <message>
            <source>Save (%1)</source>
            <translation>حفظ (%1)</translation>
        </message>
        <message>
            <source>Not changed. %1.</source>
            <translation>لم يتغير شيء. %1.</translation>
        </message>
        <message>
            <source>Settings were not saved: %1</source>
            <translation>لم تُحفظ الإعدادات: %1</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>(needs a policy area and a note)</source>
            <translation>(يحتاج إلى مجال السياسة وملاحظة)</translation>
        </message>
        <message>
            <source>(needs a policy area)</source>
            <translation>(يحتاج إلى مجال السياسة)</translation>
        </message>
        <message>
            <source>(needs a note)</source>
            <translation>(يحتاج إلى ملاحظة)</translation>
        </message>
        <message>
            <source>Decisions (one key records the decision and shows the next case):</source>
            <translation>القرارات (مفتاح واحد يسجّل القرار ويعرض الحالة التالية):</translation>
        </message>
        <message>
            <source>Policy areas (pick before the action):</source>
            <translation>مجالات السياسة (اخترها قبل الإجراء):</translation>
        </message>
        <message>
            <source>In the chat (click or Tab into it; Shift selects several):</source>
            <translation>في الدردشة (انقر أو انتقل إليها بـTab؛ وShift لتحديد عدة رسائل):</translation>
        </message>
        <message>
            <source>Keys do nothing while you type in a text field; Esc leaves the field.</source>
            <translation>لا تعمل المفاتيح أثناء الكتابة في حقل نص؛ Esc يغادر الحقل.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts · Live Review Desk</source>
            <translation>اختصارات لوحة المفاتيح · Live Review Desk</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Undo the last decision (within the undo window)</source>
            <extracomment>a key in portable text ("Ctrl+Return"), or a platform's standard key (Find) ``install`` context of a key that acts only while its widget has the focus</extracomment>
            <translation>التراجع عن آخر قرار (خلال مهلة التراجع)</translation>
        </message>
        <message>
            <source>Skip the case (asks for a reason)</source>
            <translation>تخطي الحالة (يسأل عن السبب)</translation>
        </message>
        <message>
            <source>Hold to see a blurred snapshot clearly</source>
            <translation>اضغط مطولًا لرؤية لقطة مموهة بوضوح</translation>
        </message>
        <message>
            <source>Previous / next snapshot</source>
            <translation>اللقطة السابقة / التالية</translation>
        </message>
        <message>
            <source>Pause or resume</source>
            <translation>إيقاف مؤقت أو استئناف</translation>
        </message>
        <message>
            <source>Settings: keys, sensitive media, breaks, lock, theme</source>
            <translation>الإعدادات: المفاتيح، والوسائط الحساسة، والاستراحات، والقفل، والسمة</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>هذه القائمة</translation>
        </message>
        <message>
            <source>Search the chat</source>
            <extracomment>the chat pane</extracomment>
            <translation>البحث في الدردشة</translation>
        </message>
        <message>
            <source>In the chat: that author's messages</source>
            <translation>في الدردشة: رسائل ذلك الكاتب</translation>
        </message>
        <message>
            <source>Clear the chat filter, leave a text field</source>
            <translation>مسح عامل تصفية الدردشة، ومغادرة حقل النص</translation>
        </message>
        <message>
            <source>In the chat: remove the messages</source>
            <extracomment>actions on the chat (while the chat table has the focus), and the raid helper</extracomment>
            <translation>في الدردشة: إزالة الرسائل</translation>
        </message>
        <message>
            <source>In the chat: time their authors out</source>
            <translation>في الدردشة: كتم كتّابها مؤقتًا</translation>
        </message>
        <message>
            <source>In the chat: ban their authors from this streamer's chat</source>
            <translation>في الدردشة: حظر كتّابها من دردشة صانع البث هذا</translation>
        </message>
        <message>
            <source>In the chat: select a raid (new accounts, same text)</source>
            <translation>في الدردشة: تحديد هجوم منسق (حسابات جديدة، النص نفسه)</translation>
        </message>
        <message>
            <source>In the chat: jump to the newest messages (live stream)</source>
            <translation>في الدردشة: الانتقال إلى أحدث الرسائل (البث المباشر)</translation>
        </message>
        <message>
            <source>Submit the calibration session</source>
            <extracomment>Return, and Enter on the keypad</extracomment>
            <translation>تقديم جلسة المعايرة</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>حفظ الإعدادات</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in · Live Review Desk</source>
            <translation>تسجيل الدخول · Live Review Desk</translation>
        </message>
        <message>
            <source>Live Review Desk</source>
            <translation>Live Review Desk</translation>
        </message>
        <message>
            <source>Demo: a case service with seeded cases runs on this computer.</source>
            <translation>تجريبي: تعمل على هذا الحاسوب خدمة حالات فيها حالات تجريبية.</translation>
        </message>
        <message>
            <source>Sign in to review Live cases.</source>
            <translation>تسجيل الدخول لمراجعة حالات البث المباشر.</translation>
        </message>
        <message>
            <source>Case service</source>
            <translation>خدمة الحالات</translation>
        </message>
        <message>
            <source>User</source>
            <translation>المستخدم</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>كلمة المرور</translation>
        </message>
        <message>
            <source>https://review.example.com</source>
            <translation>https://review.example.com</translation>
        </message>
        <message>
            <source>Case service address</source>
            <translation>عنوان خدمة الحالات</translation>
        </message>
        <message>
            <source>your user name</source>
            <translation>اسم المستخدم الخاص بك</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>كلمة المرور الجديدة</translation>
        </message>
        <message>
            <source>Repeat it</source>
            <translation>كرّرها</translation>
        </message>
        <message>
            <source>Repeat the new password</source>
            <translation>كرّر كلمة المرور الجديدة</translation>
        </message>
        <message>
            <source>Set by your IT department for this computer.</source>
            <translation>حدّده قسم تقنية المعلومات لهذا الحاسوب.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>اتباع النظام</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>تسجيل الدخول</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>إنهاء</translation>
        </message>
        <message>
            <source>About</source>
            <translation>حول</translation>
        </message>
        <message>
            <source>About Live Review Desk</source>
            <translation>حول Live Review Desk</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>أدخل اسم المستخدم.</translation>
        </message>
        <message>
            <source>Enter your password.</source>
            <translation>أدخل كلمة المرور.</translation>
        </message>
        <message>
            <source>Choose a new password of at least %1 characters.</source>
            <translation>اختر كلمة مرور جديدة لا تقل عن %1 حرفًا.</translation>
        </message>
        <message>
            <source>The two new passwords differ: type the same one twice.</source>
            <translation>كلمتا المرور الجديدتان مختلفتان: اكتب الكلمة نفسها مرتين.</translation>
        </message>
        <message>
            <source>Signing in to %1…</source>
            <translation>جارٍ تسجيل الدخول إلى %1…</translation>
        </message>
        <message>
            <source>Your password was reset. Choose a new password, type it twice and sign in again (the password field keeps the temporary one).</source>
            <translation>أُعيد تعيين كلمة مرورك. اختر كلمة مرور جديدة، واكتبها مرتين، ثم أعد تسجيل الدخول (يحتفظ حقل كلمة المرور بالكلمة المؤقتة).</translation>
        </message>
    </context>
    <context>
        <name>SigningOutPage</name>
        <message>
            <source>Signing out: releasing cases…</source>
            <translation>تسجيل الخروج: جارٍ تحرير الحالات…</translation>
        </message>
        <message numerus="yes">
            <source>Signing out: sending %n decision(s), releasing cases…</source>
            <translation>
                <numerusform>تسجيل الخروج: جارٍ إرسال %n قرار وتحرير الحالات…</numerusform>
                <numerusform>تسجيل الخروج: جارٍ إرسال %n قرار وتحرير الحالات…</numerusform>
                <numerusform>تسجيل الخروج: جارٍ إرسال %n قرارين وتحرير الحالات…</numerusform>
                <numerusform>تسجيل الخروج: جارٍ إرسال %n قرارات وتحرير الحالات…</numerusform>
                <numerusform>تسجيل الخروج: جارٍ إرسال %n قرارًا وتحرير الحالات…</numerusform>
                <numerusform>تسجيل الخروج: جارٍ إرسال %n قرار وتحرير الحالات…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The case service did not answer in time: %n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation>
                <numerusform>لم تردّ خدمة الحالات في الوقت المحدد: سيبقى %n قرار على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
                <numerusform>لم تردّ خدمة الحالات في الوقت المحدد: سيبقى %n قرار على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
                <numerusform>لم تردّ خدمة الحالات في الوقت المحدد: سيبقى %n قراران على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
                <numerusform>لم تردّ خدمة الحالات في الوقت المحدد: ستبقى %n قرارات على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
                <numerusform>لم تردّ خدمة الحالات في الوقت المحدد: سيبقى %n قرارًا على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
                <numerusform>لم تردّ خدمة الحالات في الوقت المحدد: سيبقى %n قرار على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) will stay on this machine and go to the service after your next sign-in.</source>
            <translation>
                <numerusform>سيبقى %n قرار على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
                <numerusform>سيبقى %n قرار على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
                <numerusform>سيبقى %n قراران على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
                <numerusform>ستبقى %n قرارات على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
                <numerusform>سيبقى %n قرارًا على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
                <numerusform>سيبقى %n قرار على هذا الجهاز ويُرسل إلى الخدمة بعد تسجيل الدخول التالي.</numerusform>
            </translation>
        </message>
        <message>
            <source>Unfinished cases go back to the queue and cached case content is removed from this machine. You can close the window: sign-out finishes first.</source>
            <translation>تعود الحالات غير المنتهية إلى قائمة الانتظار ويُزال محتوى الحالات المخزَّن مؤقتًا من هذا الجهاز. يمكنك إغلاق النافذة: يكتمل تسجيل الخروج أولًا.</translation>
        </message>
    </context>
    <context>
        <name>SkipReasonDialog</name>
        <message>
            <source>Skip this case</source>
            <extracomment>cases whose detail and chat are made ready ahead of the one on screen</extracomment>
            <translation>تخطي هذه الحالة</translation>
        </message>
        <message>
            <source>Why are you skipping this case? It goes back to the queue.</source>
            <translation>لماذا تتخطى هذه الحالة؟ ستعود إلى قائمة الانتظار.</translation>
        </message>
        <message>
            <source>Press a number, or pick a reason and press Enter. Esc cancels.</source>
            <translation>اضغط رقمًا، أو اختر سببًا واضغط Enter. Esc للإلغاء.</translation>
        </message>
        <message>
            <source>Skip reasons</source>
            <translation>أسباب التخطي</translation>
        </message>
        <message>
            <source>Skip case</source>
            <translation>تخطي الحالة</translation>
        </message>
    </context>
    <context>
        <name>SnapshotStrip</name>
        <message>
            <source>Snapshot strip</source>
            <extracomment>thumbnails kept scaled to their cells: the case on screen and a few prepared ahead</extracomment>
            <translation>شريط اللقطات</translation>
        </message>
        <message numerus="yes">
            <source>%Ln snapshot(s)</source>
            <translation>
                <numerusform>%Ln لقطة</numerusform>
                <numerusform>%Ln لقطة</numerusform>
                <numerusform>%Ln لقطتان</numerusform>
                <numerusform>%Ln لقطات</numerusform>
                <numerusform>%Ln لقطة</numerusform>
                <numerusform>%Ln لقطة</numerusform>
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
            <translation>، </translation>
        </message>
        <message>
            <source>Snapshot viewer</source>
            <translation>عارض اللقطات</translation>
        </message>
        <message>
            <source>No snapshot</source>
            <translation>لا توجد لقطة</translation>
        </message>
        <message>
            <source>Hold %1 or the mouse button to view</source>
            <translation>اضغط مطولًا على %1 أو زر الفأرة للعرض</translation>
        </message>
        <message>
            <source>Snapshot not shown</source>
            <translation>اللقطة غير معروضة</translation>
        </message>
        <message>
            <source>Loading snapshot…</source>
            <translation>جارٍ تحميل اللقطة…</translation>
        </message>
        <message>
            <source>Sensitive: %1</source>
            <translation>حساسة: %1</translation>
        </message>
        <message>
            <source>Snapshot at %1, not flagged</source>
            <translation>لقطة عند %1، غير مُعلَّمة</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown blurred</source>
            <translation>لقطة عند %1، حساسة، معروضة مموهة</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown in grey</source>
            <translation>لقطة عند %1، حساسة، معروضة بالرمادي</translation>
        </message>
        <message>
            <source>Snapshot at %1, sensitive, shown in colour</source>
            <translation>لقطة عند %1، حساسة، معروضة بالألوان</translation>
        </message>
    </context>
    <context>
        <name>StreamCategories</name>
        <message>
            <source>Just Chatting</source>
            <extracomment>the platform's stream categories, by the name the service sends</extracomment>
            <translation>دردشة</translation>
        </message>
        <message>
            <source>Gaming</source>
            <translation>ألعاب</translation>
        </message>
        <message>
            <source>Music</source>
            <translation>موسيقى</translation>
        </message>
        <message>
            <source>Cooking</source>
            <translation>طبخ</translation>
        </message>
        <message>
            <source>Art</source>
            <translation>فن</translation>
        </message>
        <message>
            <source>Travel</source>
            <translation>سفر</translation>
        </message>
        <message>
            <source>IRL</source>
            <translation>واقعي</translation>
        </message>
        <message>
            <source>Talk Shows</source>
            <translation>برامج حوارية</translation>
        </message>
        <message>
            <source>ASMR</source>
            <translation>همس</translation>
        </message>
        <message>
            <source>Fitness</source>
            <translation>لياقة</translation>
        </message>
        <message>
            <source>Crypto &amp; Finance</source>
            <translation>عملات مشفرة ومال</translation>
        </message>
        <message>
            <source>Sports</source>
            <translation>رياضة</translation>
        </message>
        <message>
            <source>Movies &amp; TV</source>
            <translation>أفلام وتلفاز</translation>
        </message>
    </context>
    <context>
        <name>SyncThread</name>
        <message numerus="yes">
            <source>Sync stopped after %n error(s) in 10 minutes (run “reviewer doctor” for details).</source>
            <extracomment>never sleep longer than this between rounds (status bar freshness, lease countdown) store state key: releases (skips) asked for and not yet done on the service threads given up at sign-out, kept alive (not owned by any window) until they end at quit, how long to let given-up threads end (a QThread destroyed while it runs aborts the process; its store writes are transactions either way) the engine failed and restarts in this many seconds (the status bar counts down)</extracomment>
            <translation>
                <numerusform>توقفت المزامنة بعد %n خطأ خلال ١٠ دقائق (شغّل «reviewer doctor» للتفاصيل).</numerusform>
                <numerusform>توقفت المزامنة بعد %n خطأ خلال ١٠ دقائق (شغّل «reviewer doctor» للتفاصيل).</numerusform>
                <numerusform>توقفت المزامنة بعد %n خطأين خلال ١٠ دقائق (شغّل «reviewer doctor» للتفاصيل).</numerusform>
                <numerusform>توقفت المزامنة بعد %n أخطاء خلال ١٠ دقائق (شغّل «reviewer doctor» للتفاصيل).</numerusform>
                <numerusform>توقفت المزامنة بعد %n خطأً خلال ١٠ دقائق (شغّل «reviewer doctor» للتفاصيل).</numerusform>
                <numerusform>توقفت المزامنة بعد %n خطأ خلال ١٠ دقائق (شغّل «reviewer doctor» للتفاصيل).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tables</name>
        <message>
            <source>A table: the arrow keys move between rows and cells</source>
            <translation>جدول: تنتقل مفاتيح الأسهم بين الصفوف والخلايا</translation>
        </message>
        <message>
            <source>Alt+Down lists the choices</source>
            <translation>Alt+Down يعرض الخيارات</translation>
        </message>
    </context>
    <context>
        <name>TaxonomyPage</name>
        <message>
            <source>Policy taxonomy</source>
            <extracomment>the editable columns of the actions table (code is column 0, read-only) the editable columns of the areas table</extracomment>
            <translation>تصنيف السياسات (إصدارات السياسة)</translation>
        </message>
        <message>
            <source>Draft a new version from the current one, edit it, check the differences and publish it. Desks take a published version at their next policy refresh.</source>
            <translation>أنشئ مسودة إصدار جديد من الإصدار الحالي، وعدّلها، وراجع الفروق، ثم انشرها. تأخذ المكاتب الإصدار المنشور عند التحديث التالي للسياسة.</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>التسمية</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>المفتاح</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>Needs a policy area</source>
            <translation>يحتاج إلى مجال السياسة</translation>
        </message>
        <message>
            <source>Needs a note</source>
            <translation>يحتاج إلى ملاحظة</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>الإجراءات</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>المجال</translation>
        </message>
        <message>
            <source>Media reveal</source>
            <translation>إظهار الوسائط</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>مجالات السياسة</translation>
        </message>
        <message>
            <source>Flagged terms, one a line:</source>
            <translation>المصطلحات المُعلَّمة، مصطلح في كل سطر:</translation>
        </message>
        <message>
            <source>Flagged terms</source>
            <translation>المصطلحات المُعلَّمة</translation>
        </message>
        <message>
            <source>Differences from the current version</source>
            <translation>الفروق عن الإصدار الحالي</translation>
        </message>
        <message>
            <source>New &amp;draft</source>
            <translation>&amp;مسودة جديدة</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>&amp;حفظ المسودة</translation>
        </message>
        <message>
            <source>Show di&amp;fferences</source>
            <translation>&amp;عرض الفروق</translation>
        </message>
        <message>
            <source>&amp;Publish…</source>
            <translation>&amp;نشر…</translation>
        </message>
        <message>
            <source>Publish the taxonomy</source>
            <translation>نشر تصنيف السياسات</translation>
        </message>
        <message>
            <source>Taxonomy</source>
            <translation>تصنيف السياسات</translation>
        </message>
        <message>
            <source>Current version: %1</source>
            <translation>الإصدار الحالي: %1</translation>
        </message>
        <message>
            <source>Draft %1 (the current version is %2)</source>
            <translation>المسودة %1 (الإصدار الحالي %2)</translation>
        </message>
        <message>
            <source>Published version %1 (current: %2); make a draft to change it</source>
            <translation>الإصدار المنشور %1 (الحالي: %2)؛ أنشئ مسودة لتغييره</translation>
        </message>
        <message>
            <source>No differences from version %1.</source>
            <translation>لا فروق عن الإصدار %1.</translation>
        </message>
        <message>
            <source>Changes from version %1 to %2:</source>
            <translation>التغييرات من الإصدار %1 إلى %2:</translation>
        </message>
        <message>
            <source>%1 %2: added</source>
            <translation>%1 %2: أُضيف</translation>
        </message>
        <message>
            <source>%1 %2: removed</source>
            <translation>%1 %2: أُزيل</translation>
        </message>
        <message>
            <source>%1 %2: %3 changed from “%4” to “%5”</source>
            <translation>%1 %2: تغيّر %3 من «%4» إلى «%5»</translation>
        </message>
        <message>
            <source>Publish version %1? It never changes after this; desks switch to it at their next policy refresh.</source>
            <translation>نشر الإصدار %1؟ لن يتغير بعد ذلك أبدًا؛ تنتقل إليه المكاتب عند التحديث التالي للسياسة.</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Stream timeline</source>
            <translation>الخط الزمني للبث</translation>
        </message>
        <message>
            <source>%1, %2, %3 over %4</source>
            <comment>snapshots, reports, flagged messages, duration</comment>
            <translation>%1، %2، %3 على مدى %4</translation>
        </message>
        <message numerus="yes">
            <source>%Ln snapshot(s)</source>
            <translation>
                <numerusform>%Ln لقطة</numerusform>
                <numerusform>%Ln لقطة</numerusform>
                <numerusform>%Ln لقطتان</numerusform>
                <numerusform>%Ln لقطات</numerusform>
                <numerusform>%Ln لقطة</numerusform>
                <numerusform>%Ln لقطة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln report(s)</source>
            <translation>
                <numerusform>%Ln بلاغ</numerusform>
                <numerusform>%Ln بلاغ</numerusform>
                <numerusform>%Ln بلاغان</numerusform>
                <numerusform>%Ln بلاغات</numerusform>
                <numerusform>%Ln بلاغًا</numerusform>
                <numerusform>%Ln بلاغ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln flagged message(s)</source>
            <translation>
                <numerusform>%Ln رسالة مُعلَّمة</numerusform>
                <numerusform>%Ln رسالة مُعلَّمة</numerusform>
                <numerusform>%Ln رسالتان مُعلَّمتان</numerusform>
                <numerusform>%Ln رسائل مُعلَّمة</numerusform>
                <numerusform>%Ln رسالة مُعلَّمة</numerusform>
                <numerusform>%Ln رسالة مُعلَّمة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TooOldPage</name>
        <message>
            <source>Installed version: %1. The case service needs %2 or newer.</source>
            <translation>الإصدار المثبَّت: %1. تحتاج خدمة الحالات إلى %2 أو أحدث.</translation>
        </message>
        <message>
            <source>Installed version: %1. The case service needs a newer one.</source>
            <translation>الإصدار المثبَّت: %1. تحتاج خدمة الحالات إلى إصدار أحدث.</translation>
        </message>
        <message>
            <source>Every decision you made has reached the service.</source>
            <translation>وصل كل قرار اتخذته إلى الخدمة.</translation>
        </message>
        <message numerus="yes">
            <source>%n decision(s) not sent yet are kept on this computer; the newer version sends them when you sign in with it.</source>
            <translation>
                <numerusform>%n قرار لم يُرسل بعد محفوظ على هذا الحاسوب؛ يرسلها الإصدار الأحدث عند تسجيل الدخول به.</numerusform>
                <numerusform>%n قرار لم يُرسل بعد محفوظ على هذا الحاسوب؛ يرسلها الإصدار الأحدث عند تسجيل الدخول به.</numerusform>
                <numerusform>%n قراران لم يُرسلا بعد محفوظان على هذا الحاسوب؛ يرسلها الإصدار الأحدث عند تسجيل الدخول به.</numerusform>
                <numerusform>%n قرارات لم تُرسل بعد محفوظة على هذا الحاسوب؛ يرسلها الإصدار الأحدث عند تسجيل الدخول به.</numerusform>
                <numerusform>%n قرارًا لم يُرسل بعد محفوظ على هذا الحاسوب؛ يرسلها الإصدار الأحدث عند تسجيل الدخول به.</numerusform>
                <numerusform>%n قرار لم يُرسل بعد محفوظ على هذا الحاسوب؛ يرسلها الإصدار الأحدث عند تسجيل الدخول به.</numerusform>
            </translation>
        </message>
        <message>
            <source>This version is too old</source>
            <translation>هذا الإصدار قديم جدًا</translation>
        </message>
        <message>
            <source>This version of Live Review Desk is too old</source>
            <translation>هذا الإصدار من Live Review Desk قديم جدًا</translation>
        </message>
        <message>
            <source>Ask your IT department to install the newer version. %1</source>
            <translation>اطلب من قسم تقنية المعلومات تثبيت الإصدار الأحدث. %1</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>تسجيل الخروج</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Users</source>
            <translation>المستخدمون</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>اسم المستخدم</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>الفريق</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>المورّد</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الوضع</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>الحسابات</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>تحديث</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>الاسم المعروض</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>مشرف المحتوى</translation>
        </message>
        <message>
            <source>QA reviewer</source>
            <translation>مراجع الجودة</translation>
        </message>
        <message>
            <source>Team lead</source>
            <translation>قائد الفريق</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Review languages</source>
            <translation>لغات المراجعة</translation>
        </message>
        <message>
            <source>e.g. en, es</source>
            <translation>مثل en, es</translation>
        </message>
        <message>
            <source>Temporary password</source>
            <translation>كلمة المرور المؤقتة</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>اسم الم&amp;ستخدم:</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>الاسم ال&amp;معروض:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>ال&amp;دور:</translation>
        </message>
        <message>
            <source>&amp;Team:</source>
            <translation>ال&amp;فريق:</translation>
        </message>
        <message>
            <source>&amp;Vendor:</source>
            <translation>ال&amp;مورّد:</translation>
        </message>
        <message>
            <source>Review &amp;languages:</source>
            <translation>&amp;لغات المراجعة:</translation>
        </message>
        <message>
            <source>Tem&amp;porary password:</source>
            <translation>كلمة المرور الم&amp;ؤقتة:</translation>
        </message>
        <message>
            <source>Create user</source>
            <translation>إنشاء المستخدم</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>حفظ التغييرات</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>تعطيل</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>إعادة تعيين كلمة المرور</translation>
        </message>
        <message>
            <source>active</source>
            <translation>نشط</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>معطّل</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n حساب</numerusform>
                <numerusform>%n حساب</numerusform>
                <numerusform>%n حسابان</numerusform>
                <numerusform>%n حسابات</numerusform>
                <numerusform>%n حسابًا</numerusform>
                <numerusform>%n حساب</numerusform>
            </translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>تفعيل</translation>
        </message>
        <message>
            <source>Fill in every field: lower-case user name, team and vendor, two-letter language codes and a temporary password of at least 10 characters.</source>
            <translation>املأ كل حقل: اسم مستخدم بأحرف صغيرة، والفريق والمورّد، ورموز لغات من حرفين، وكلمة مرور مؤقتة لا تقل عن ١٠ أحرف.</translation>
        </message>
        <message>
            <source>The account was created.</source>
            <translation>أُنشئ الحساب.</translation>
        </message>
        <message>
            <source>Check the fields: lower-case team and vendor, two-letter language codes.</source>
            <translation>تحقّق من الحقول: فريق ومورّد بأحرف صغيرة، ورموز لغات من حرفين.</translation>
        </message>
        <message>
            <source>The changes were saved.</source>
            <translation>حُفظت التغييرات.</translation>
        </message>
        <message>
            <source>The account was disabled: its sessions have ended.</source>
            <translation>عُطّل الحساب: انتهت جلساته.</translation>
        </message>
        <message>
            <source>The account was enabled.</source>
            <translation>فُعّل الحساب.</translation>
        </message>
        <message>
            <source>Type a temporary password of at least 10 characters.</source>
            <translation>اكتب كلمة مرور مؤقتة لا تقل عن ١٠ أحرف.</translation>
        </message>
        <message>
            <source>The password was reset: the account must choose a new one at its next sign-in.</source>
            <translation>أُعيد تعيين كلمة المرور: يجب أن يختار الحساب كلمة مرور جديدة عند تسجيل الدخول التالي.</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReport</name>
        <message>
            <source>Cases</source>
            <extracomment>how a figure prints on the page (the CSV keeps the raw value) a code (action, policy area, reason) -&gt; its label; unknown codes print as words</extracomment>
            <translation>الحالات</translation>
        </message>
        <message>
            <source>Staffed hours</source>
            <translation>ساعات العمل</translation>
        </message>
        <message>
            <source>Cases per staffed hour</source>
            <translation>الحالات لكل ساعة عمل</translation>
        </message>
        <message>
            <source>Handle time, mean</source>
            <translation>وقت المعالجة، المتوسط</translation>
        </message>
        <message>
            <source>Handle time, 90th percentile</source>
            <translation>وقت المعالجة، المئين ٩٠</translation>
        </message>
        <message>
            <source>SLA attainment</source>
            <translation>الالتزام بـSLA</translation>
        </message>
        <message>
            <source>QA agreement</source>
            <translation>نسبة الاتفاق في الجودة</translation>
        </message>
        <message>
            <source>QA reviewed decisions</source>
            <translation>القرارات التي راجعتها الجودة</translation>
        </message>
        <message>
            <source>Overturn rate</source>
            <translation>معدل إلغاء القرار</translation>
        </message>
        <message>
            <source>Urgent guidelines</source>
            <translation>الإرشادات العاجلة</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>تم الإقرار</translation>
        </message>
        <message>
            <source>Acknowledged within a day</source>
            <translation>تم الإقرار خلال يوم</translation>
        </message>
        <message>
            <source>Late acknowledgements</source>
            <translation>الإقرارات المتأخرة</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>الأرقام</translation>
        </message>
        <message>
            <source>Case decisions</source>
            <translation>قرارات الحالات</translation>
        </message>
        <message>
            <source>Chat actions</source>
            <translation>إجراءات الدردشة</translation>
        </message>
        <message>
            <source>Escalations by reason</source>
            <translation>عمليات التصعيد حسب السبب</translation>
        </message>
        <message>
            <source>Overturns by policy area</source>
            <translation>حالات إلغاء القرار حسب مجال السياسة</translation>
        </message>
        <message>
            <source>Overturn examples</source>
            <translation>أمثلة على إلغاء القرار</translation>
        </message>
        <message>
            <source>Table</source>
            <translation>الجدول</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Week %1</source>
            <translation>الأسبوع %1</translation>
        </message>
        <message>
            <source>The week before</source>
            <translation>الأسبوع السابق</translation>
        </message>
        <message>
            <source>QA reason</source>
            <translation>سبب الجودة</translation>
        </message>
        <message>
            <source>everyone in scope</source>
            <translation>كل من في النطاق</translation>
        </message>
        <message>
            <source>Weekly report %1: %2</source>
            <translation>التقرير الأسبوعي %1: %2</translation>
        </message>
        <message>
            <source>Week counted from %1 to %2 in the time zone %3.</source>
            <translation>احتُسب الأسبوع من %1 إلى %2 في المنطقة الزمنية %3.</translation>
        </message>
        <message>
            <source>None in either week.</source>
            <translation>لا شيء في أي من الأسبوعين.</translation>
        </message>
        <message>
            <source>Action mix</source>
            <translation>توزيع الإجراءات</translation>
        </message>
        <message>
            <source>Dark bars: %1. Light bars: the week before.</source>
            <translation>الأشرطة الداكنة: %1. الأشرطة الفاتحة: الأسبوع السابق.</translation>
        </message>
        <message>
            <source>No overturned decision this week.</source>
            <translation>لا يوجد إلغاء القرار لأي قرار هذا الأسبوع.</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Policy areas</source>
            <translation>مجالات السياسة</translation>
        </message>
        <message>
            <source>Moderator's note</source>
            <translation>ملاحظة مشرف المحتوى</translation>
        </message>
        <message>
            <source>Urgent guideline acknowledgements</source>
            <translation>الإقرار بالإرشادات العاجلة</translation>
        </message>
        <message>
            <source>No urgent guideline this week.</source>
            <translation>لا إرشاد عاجلًا هذا الأسبوع.</translation>
        </message>
        <message>
            <source>Guideline</source>
            <translation>الإرشاد</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>تاريخ النشر</translation>
        </message>
        <message>
            <source>For</source>
            <translation>لمن</translation>
        </message>
        <message>
            <source>Within a day</source>
            <translation>خلال يوم</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>الشخص</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message>
            <source>Weekly report %1</source>
            <translation>التقرير الأسبوعي %1</translation>
        </message>
    </context>
    <context>
        <name>WeeklyReportDialog</name>
        <message>
            <source>Weekly report</source>
            <translation>التقرير الأسبوعي</translation>
        </message>
        <message>
            <source>All vendors</source>
            <translation>كل الموردين</translation>
        </message>
        <message>
            <source>report.pdf</source>
            <translation>التقرير.pdf</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>المورّد</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>الفريق</translation>
        </message>
        <message>
            <source>ISO week</source>
            <translation>أسبوع ISO</translation>
        </message>
        <message>
            <source>PDF file</source>
            <translation>ملف PDF</translation>
        </message>
        <message>
            <source>Write the report</source>
            <translation>كتابة التقرير</translation>
        </message>
        <message>
            <source>Save the weekly report</source>
            <translation>حفظ التقرير الأسبوعي</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Choose a file for the PDF first.</source>
            <translation>اختر ملفًا لـ PDF أولًا.</translation>
        </message>
        <message>
            <source>Asking the service for the figures…</source>
            <translation>جارٍ طلب الأرقام من الخدمة…</translation>
        </message>
        <message>
            <source>Writing the PDF and the CSV…</source>
            <translation>جارٍ كتابة ملفي PDF وCSV…</translation>
        </message>
        <message>
            <source>Wrote %1 and %2.</source>
            <translation>كُتب %1 و%2.</translation>
        </message>
        <message>
            <source>No report: %1</source>
            <translation>لا تقرير: %1</translation>
        </message>
    </context>
    <context>
        <name>Wellbeing</name>
        <message>
            <source>Settings…</source>
            <translation>الإعدادات…</translation>
        </message>
        <message>
            <source>Settings (Ctrl+,): decision keys, sensitive media, breaks, idle lock, theme</source>
            <translation>الإعدادات (Ctrl+,): مفاتيح القرار، والوسائط الحساسة، والاستراحات، والقفل عند الخمول، والسمة</translation>
        </message>
        <message>
            <source>Settings saved. Reveal levels apply to this case now.</source>
            <translation>حُفظت الإعدادات. تُطبَّق مستويات الإظهار على هذه الحالة الآن.</translation>
        </message>
        <message>
            <source>Your key for “%1” was removed: that action is gone</source>
            <translation>أُزيل مفتاحك لـ«%1»: لم يعد ذلك الإجراء موجودًا</translation>
        </message>
        <message>
            <source>Policy %1: some of your keys changed. %2</source>
            <translation>السياسة %1: تغيّرت بعض مفاتيحك. %2</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between reasons</comment>
            <translation>؛ </translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>مقفلة</translation>
        </message>
        <message numerus="yes">
            <source>Nothing happened for %Ln minute(s), so the case was hidden and your undecided cases went back to the queue. Enter your password to continue.</source>
            <translation>
                <numerusform>لم يحدث شيء لمدة %Ln دقيقة، لذا أُخفيت الحالة وعادت حالاتك التي لم يُبتّ فيها إلى قائمة الانتظار. أدخل كلمة المرور للمتابعة.</numerusform>
                <numerusform>لم يحدث شيء لمدة %Ln دقيقة، لذا أُخفيت الحالة وعادت حالاتك التي لم يُبتّ فيها إلى قائمة الانتظار. أدخل كلمة المرور للمتابعة.</numerusform>
                <numerusform>لم يحدث شيء لمدة %Ln دقيقتين، لذا أُخفيت الحالة وعادت حالاتك التي لم يُبتّ فيها إلى قائمة الانتظار. أدخل كلمة المرور للمتابعة.</numerusform>
                <numerusform>لم يحدث شيء لمدة %Ln دقائق، لذا أُخفيت الحالة وعادت حالاتك التي لم يُبتّ فيها إلى قائمة الانتظار. أدخل كلمة المرور للمتابعة.</numerusform>
                <numerusform>لم يحدث شيء لمدة %Ln دقيقة، لذا أُخفيت الحالة وعادت حالاتك التي لم يُبتّ فيها إلى قائمة الانتظار. أدخل كلمة المرور للمتابعة.</numerusform>
                <numerusform>لم يحدث شيء لمدة %Ln دقيقة، لذا أُخفيت الحالة وعادت حالاتك التي لم يُبتّ فيها إلى قائمة الانتظار. أدخل كلمة المرور للمتابعة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing happened for %Ln minute(s), so this workstation was locked. Enter your password to continue.</source>
            <translation>
                <numerusform>لم يحدث شيء لمدة %Ln دقيقة، لذا قُفلت محطة العمل هذه. أدخل كلمة المرور للمتابعة.</numerusform>
                <numerusform>لم يحدث شيء لمدة %Ln دقيقة، لذا قُفلت محطة العمل هذه. أدخل كلمة المرور للمتابعة.</numerusform>
                <numerusform>لم يحدث شيء لمدة %Ln دقيقتين، لذا قُفلت محطة العمل هذه. أدخل كلمة المرور للمتابعة.</numerusform>
                <numerusform>لم يحدث شيء لمدة %Ln دقائق، لذا قُفلت محطة العمل هذه. أدخل كلمة المرور للمتابعة.</numerusform>
                <numerusform>لم يحدث شيء لمدة %Ln دقيقة، لذا قُفلت محطة العمل هذه. أدخل كلمة المرور للمتابعة.</numerusform>
                <numerusform>لم يحدث شيء لمدة %Ln دقيقة، لذا قُفلت محطة العمل هذه. أدخل كلمة المرور للمتابعة.</numerusform>
            </translation>
        </message>
        <message>
            <source>That sign-in is for another account.</source>
            <translation>تسجيل الدخول هذا لحساب آخر.</translation>
        </message>
        <message>
            <source>Welcome back. Review is paused: press Ctrl+P to resume.</source>
            <translation>مرحبًا بعودتك. المراجعة متوقفة مؤقتًا: اضغط Ctrl+P للاستئناف.</translation>
        </message>
        <message>
            <source>Welcome back.</source>
            <translation>مرحبًا بعودتك.</translation>
        </message>
        <message>
            <source>You are signed out (the workstation was locked).</source>
            <translation>تم تسجيل خروجك (قُفلت محطة العمل).</translation>
        </message>
    </context>
    <context>
        <name>_StatsBlock</name>
        <message>
            <source>Accuracy</source>
            <translation>الدقة</translation>
        </message>
        <message>
            <source>Cohen's kappa</source>
            <translation>معامل كابا لكوهين</translation>
        </message>
        <message>
            <source>Gwet's AC1</source>
            <translation>معامل AC1 لغويت</translation>
        </message>
        <message>
            <source>%1: confusion matrix</source>
            <translation>%1: مصفوفة الالتباس</translation>
        </message>
        <message>
            <source>Rows: the reference. Columns (→): the answer. The diagonal is agreement.</source>
            <translation>الصفوف: المرجع. الأعمدة (←): الإجابة. القطر هو الاتفاق.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %Ln item(s) agree with the reference.</source>
            <translation>
                <numerusform>يتفق %1 من %Ln عنصر مع المرجع.</numerusform>
                <numerusform>يتفق %1 من %Ln عنصر مع المرجع.</numerusform>
                <numerusform>يتفق %1 من %Ln عنصرين مع المرجع.</numerusform>
                <numerusform>يتفق %1 من %Ln عناصر مع المرجع.</numerusform>
                <numerusform>يتفق %1 من %Ln عنصرًا مع المرجع.</numerusform>
                <numerusform>يتفق %1 من %Ln عنصر مع المرجع.</numerusform>
            </translation>
        </message>
        <message>
            <source>Accuracy %1</source>
            <translation>الدقة %1</translation>
        </message>
        <message>
            <source>Cohen's kappa %1</source>
            <translation>معامل كابا لكوهين %1</translation>
        </message>
        <message>
            <source>Gwet's AC1 %1</source>
            <translation>معامل AC1 لغويت %1</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference. Kappa is undefined here: the answers all fell into one category.</source>
            <translation>يتفق %1 من %2 مع المرجع. معامل كابا غير معرَّف هنا: وقعت كل الإجابات في فئة واحدة.</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference. Kappa is low because one label dominates (the prevalence paradox): read AC1 beside it.</source>
            <translation>يتفق %1 من %2 مع المرجع. معامل كابا منخفض لأن تسمية واحدة تهيمن (مفارقة الانتشار): اقرأ معامل AC1 بجانبه.</translation>
        </message>
        <message>
            <source>%1 of %2 agree with the reference.</source>
            <translation>يتفق %1 من %2 مع المرجع.</translation>
        </message>
    </context>
</TS>
