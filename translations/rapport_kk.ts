<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>ActRepository</name>
    <message>
        <source>Invoice #%1 has no act.</source>
        <translation>#%1 шотының актісі жоқ.</translation>
    </message>
    <message>
        <source>Client %1 has no act for %2: run the billing for that month first.</source>
        <translation>%1 клиентінің %2 кезеңіне актісі жоқ: алдымен сол айға шоттарды қалыптастырыңыз.</translation>
    </message>
    <message>
        <source>An act is marked "sent" or "signed", not "%1".</source>
        <translation>Акт «sent» (жіберілді) немесе «signed» (қол қойылды) деп белгіленеді, «%1» емес.</translation>
    </message>
    <message>
        <source>No act with id %1.</source>
        <translation>%1 идентификаторы бар акт жоқ.</translation>
    </message>
</context>
<context>
    <name>AmountInWords</name>
    <message>
        <source>Amounts in words are available in ru, kk and en, not "%1".</source>
        <translation>Сома жазбаша тек ru, kk және en тілдерінде қолжетімді, «%1» тілінде емес.</translation>
    </message>
    <message>
        <source>Amounts in words go from 0 to 999 999 999 999.99.</source>
        <translation>Сома жазбаша тек 0 мен 999 999 999 999,99 аралығында жазылады.</translation>
    </message>
    <message>
        <source>Amounts in words are available for KZT, RUB, USD and EUR, not "%1".</source>
        <translation>Сома жазбаша KZT, RUB, USD және EUR үшін қолжетімді, «%1» үшін емес.</translation>
    </message>
</context>
<context>
    <name>AutomationLabels</name>
    <message>
        <source>Ticket created</source>
        <translation>Өтінім жасалды</translation>
    </message>
    <message>
        <source>Ticket resolved</source>
        <translation>Өтінім шешілді</translation>
    </message>
    <message>
        <source>Invoice due date</source>
        <translation>Шотты төлеу мерзімі</translation>
    </message>
    <message>
        <source>Debt notice</source>
        <translation>Берешек туралы хабарлама</translation>
    </message>
    <message>
        <source>Work suspended for debt</source>
        <translation>Берешекке байланысты қызмет көрсету тоқтатылды</translation>
    </message>
    <message>
        <source>Work restored after payment</source>
        <translation>Төлемнен кейін қызмет көрсету қайта басталды</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Шолу кездесуінің күні</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA бұзылу қаупі</translation>
    </message>
    <message>
        <source>Hours running out</source>
        <translation>Сағаттар таусылып барады</translation>
    </message>
    <message>
        <source>Hours used up</source>
        <translation>Сағаттар жұмсалды</translation>
    </message>
    <message>
        <source>Client's contact</source>
        <translation>Клиенттің байланыс тұлғасы</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Кез келген клиент</translation>
    </message>
    <message>
        <source>Clients with a tariff</source>
        <translation>Тарифі бар клиенттер</translation>
    </message>
    <message>
        <source>Clients without a tariff</source>
        <translation>Тарифі жоқ клиенттер</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>Оқиға күні</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) before</source>
        <translation><numerusform>%n жұмыс күні бұрын</numerusform>
            <numerusform>%n жұмыс күні бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) after</source>
        <translation><numerusform>%n жұмыс күнінен кейін</numerusform>
            <numerusform>%n жұмыс күнінен кейін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation><numerusform>%n күн бұрын</numerusform>
            <numerusform>%n күн бұрын</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after</source>
        <translation><numerusform>%n күннен кейін</numerusform>
            <numerusform>%n күннен кейін</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge a new ticket</source>
        <translation>Жаңа өтінімнің қабылданғанын растау</translation>
    </message>
    <message>
        <source>Tell the client a ticket is resolved and ask for feedback</source>
        <translation>Клиентке өтінімнің шешілгенін хабарлап, баға сұрау</translation>
    </message>
    <message>
        <source>Payment reminder 3 days before due</source>
        <translation>Мерзімнен 3 күн бұрын төлем туралы еске салу</translation>
    </message>
    <message>
        <source>Debt notice with the suspension deadline</source>
        <translation>Тоқтатуға дейінгі мерзімі көрсетілген берешек туралы хабарлама</translation>
    </message>
    <message>
        <source>Work suspended for the debt</source>
        <translation>Берешекке байланысты қызмет көрсету тоқтатылды</translation>
    </message>
    <message>
        <source>Review invitation 7 days ahead</source>
        <translation>7 күн бұрын шолу кездесуіне шақыру</translation>
    </message>
    <message>
        <source>SLA at risk: tell the assignee</source>
        <translation>SLA бұзылу қаупі: орындаушыға хабарлау</translation>
    </message>
    <message>
        <source>SLA at risk: tell the account manager</source>
        <translation>SLA бұзылу қаупі: аккаунт-менеджерге хабарлау</translation>
    </message>
    <message>
        <source>Hours at 80 %: tell the account manager</source>
        <translation>Сағаттардың 80 %-ы жұмсалды: аккаунт-менеджерге хабарлау</translation>
    </message>
    <message>
        <source>Hours used up: tell the client that overage starts</source>
        <translation>Сағаттар жұмсалды: клиентке тарифтен тыс жұмыстар басталатынын хабарлау</translation>
    </message>
    <message>
        <source>priorities: %1</source>
        <translation>басымдықтар: %1</translation>
    </message>
    <message>
        <source>channels: %1</source>
        <translation>арналар: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation><numerusform>%n клиент</numerusform>
            <numerusform>%n клиент</numerusform>
        </translation>
    </message>
    <message>
        <source>Formal claim</source>
        <translation>Талап-арыз</translation>
    </message>
    <message>
        <source>Formal claim for the debt</source>
        <translation>Берешек бойынша талап-арыз</translation>
    </message>
</context>
<context>
    <name>AutomationRepository</name>
    <message>
        <source>No staff member with an e-mail address to tell.</source>
        <translation>Хабарлайтын электрондық пошта мекенжайы бар қызметкер жоқ.</translation>
    </message>
    <message>
        <source>The client has no contact with an e-mail address.</source>
        <translation>Клиентте электрондық пошта мекенжайы бар байланыс жоқ.</translation>
    </message>
    <message>
        <source>There is no record yet to preview this template on (%1).</source>
        <translation>Бұл үлгіні көрсететін жазба әлі жоқ (%1).</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>өтінім</translation>
    </message>
    <message>
        <source>an issued invoice</source>
        <translation>шығарылған шот</translation>
    </message>
    <message>
        <source>a review</source>
        <translation>шолу кездесуі</translation>
    </message>
    <message>
        <source>a dunning step</source>
        <translation>берешекпен жұмыс қадамы</translation>
    </message>
    <message>
        <source>a client with a tariff</source>
        <translation>тарифі бар клиент</translation>
    </message>
    <message>
        <source>Ticket #%1 "%2"</source>
        <translation>№%1 өтінім «%2»</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>%1 шоты</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>%1 шолу кездесуі</translation>
    </message>
    <message>
        <source>Dunning step of %1</source>
        <translation>%1 берешекпен жұмыс қадамы</translation>
    </message>
    <message>
        <source>Hours of %1</source>
        <translation>%1 сағаттары</translation>
    </message>
    <message>
        <source>No active staff member to own the task.</source>
        <translation>Тапсырмаға жауапты белсенді қызметкер жоқ.</translation>
    </message>
<message>
        <source>No automation rule "%1".</source>
        <translation>«%1» автоматтандыру ережесі жоқ.</translation>
    </message>
    <message>
        <source>Unknown trigger "%1" (%2).</source>
        <translation>Белгісіз оқиға «%1» (%2).</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>Ереженің атауы болуы керек.</translation>
    </message>
    <message>
        <source>The offset is between -90 and 90 days, not %1.</source>
        <translation>Ығысу -90 пен 90 күн аралығында болады, %1 емес.</translation>
    </message>
    <message>
        <source>Only a date trigger (invoice due, review date, a dunning step) is moved by days; "%1" is an event.</source>
        <translation>Күндерге тек күні бар оқиғаны жылжытуға болады (шотты төлеу мерзімі, шолу кездесуінің күні, берешекпен жұмыс қадамы); «%1» — күні жоқ оқиға.</translation>
    </message>
    <message>
        <source>Unknown recipient "%1" (client, %2).</source>
        <translation>Белгісіз алушы «%1» (client, %2).</translation>
    </message>
    <message>
        <source>A task needs its owner: %1.</source>
        <translation>Тапсырманың жауаптысы болуы керек: %1.</translation>
    </message>
    <message>
        <source>Only a ticket has an assignee: choose the account manager or the client's contact.</source>
        <translation>Орындаушы тек өтінімде болады: аккаунт-менеджерді немесе клиенттің байланыс тұлғасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Unknown action "%1" (%2).</source>
        <translation>Белгісіз әрекет «%1» (%2).</translation>
    </message>
    <message>
        <source>No message template "%1".</source>
        <translation>«%1» хабарлама үлгісі жоқ.</translation>
    </message>
    <message>
        <source>Priorities and channels are conditions on tickets; this rule follows "%1".</source>
        <translation>Басымдықтар мен арналар — өтінімдерге арналған шарттар, ал бұл ереже «%1» оқиғасына іске қосылады.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>A new rule gets its key when it is added; "%1" is given.</source>
        <translation>Жаңа ереженің кілті қосылғанда беріледі, ал «%1» көрсетілген.</translation>
    </message>
    <message>
        <source>"%1" is a shipped rule: switch it off instead of deleting it.</source>
        <translation>«%1» — жеткізілетін ереже: оны өшіруге болады, бірақ жоюға болмайды.</translation>
    </message>
    <message numerus="yes">
        <source>"%1" has already fired %n time(s): switch it off to keep what it sent explained.</source>
        <translation><numerusform>«%1» ережесі %n рет іске қосылып қойған: жіберілгені түсінікті болып қалуы үшін оны өшіріңіз.</numerusform>
            <numerusform>«%1» ережесі %n рет іске қосылып қойған: жіберілгені түсінікті болып қалуы үшін оны өшіріңіз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an existing rule can be saved; a new one is added first.</source>
        <translation>Тек бар ережені сақтауға болады; жаңасы алдымен қосылады.</translation>
    </message>
    <message>
        <source>No message template "%1" in language %2.</source>
        <translation>%2 тіліндегі «%1» хабарлама үлгісі жоқ.</translation>
    </message>
    <message>
        <source>A template's language is ru, kk or en, not "%1".</source>
        <translation>Үлгінің тілі — ru, kk немесе en, «%1» емес.</translation>
    </message>
    <message>
        <source>A template needs a key.</source>
        <translation>Үлгінің кілті болуы керек.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>%1 файлын %2 ішіне жылжыту мүмкін емес: %3</translation>
    </message>
    <message>
        <source>%1 failed its check: %2</source>
        <translation>%1 тексеруден өтпеді: %2</translation>
    </message>
    <message>
        <source>Cannot create folder %1.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Сақтық көшірме жасалмады: %1</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk.</source>
        <translation>%1 дискіге жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>Backup %1 does not exist.</source>
        <translation>%1 сақтық көшірмесі жоқ.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 бұрыннан бар; ауыстыру үшін --force көрсетіңіз.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 файлын %2 ішіне көшіру мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>BillingFormat</name>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 сағ</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Төлеу уәдесі</translation>
    </message>
    <message>
        <source>Guarantee letter</source>
        <translation>Кепілдік хат</translation>
    </message>
    <message>
        <source>Team-lead hold</source>
        <translation>Топ жетекшісінің тоқтатуы</translation>
    </message>
</context>
<context>
    <name>BillingRun</name>
    <message>
        <source>Correction of %1 (invoice %2): %3 h changed after issue</source>
        <translation>%1 кезеңіне түзету (%2 шот): шығарылғаннан кейін %3 сағ өзгерді</translation>
    </message>
    <message>
        <source>The month to bill is not a valid month.</source>
        <translation>Шот шығаратын ай дұрыс көрсетілмеген.</translation>
    </message>
    <message>
        <source>%1 has not started yet: a month is billed once it has begun.</source>
        <translation>%1 әлі басталған жоқ: ай үшін шот ол басталғаннан кейін шығарылады.</translation>
    </message>
</context>
<context>
    <name>BillingSettings</name>
    <message>
        <source>The provider needs a legal name.</source>
        <translation>Жеткізушінің заңды атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>The tax country is KZ, RU or other.</source>
        <translation>Салық елі: KZ, RU немесе other.</translation>
    </message>
    <message>
        <source>An invoice series is up to 10 letters, digits, "/" and "-" (not first or last).</source>
        <translation>Шот сериясы — 10-ға дейін әріп, цифр, «/» және «-» (басында да, соңында да емес).</translation>
    </message>
    <message>
        <source>Dunning periods must be between 1 and 365 days.</source>
        <translation>Берешекті өндіру мерзімдері 1-ден 365 күнге дейін болуы керек.</translation>
    </message>
    <message>
        <source>The unused share must be between 0 and 100 %.</source>
        <translation>Пайдаланылмаған сағаттар үлесі 0-ден 100 %-ға дейін болуы керек.</translation>
    </message>
    <message>
        <source>The number of months must be between 1 and 24.</source>
        <translation>Айлар саны 1-ден 24-ке дейін болуы керек.</translation>
    </message>
    <message>
        <source>Hour thresholds must be between 1 and 200 %.</source>
        <translation>Сағат шектері 1 мен 200 % аралығында болуы керек.</translation>
    </message>
    <message>
        <source>The warning threshold must not be above the exhausted threshold.</source>
        <translation>Ескерту шегі сағаттардың таусылу шегінен жоғары болмауы керек.</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Monday</source>
        <translation>Дүйсенбі</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Сейсенбі</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Сәрсенбі</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Бейсенбі</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Жұма</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Сенбі</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Жексенбі</translation>
    </message>
    <message>
        <source>New Year</source>
        <translation>Жаңа жыл</translation>
    </message>
    <message>
        <source>International Women's Day</source>
        <translation>Халықаралық әйелдер күні</translation>
    </message>
    <message>
        <source>Nauryz</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Unity Day of the People of Kazakhstan</source>
        <translation>Қазақстан халқының бірлігі күні</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>Отан қорғаушы күні</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>Жеңіс күні</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>Астана күні</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Конституция күні</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>Республика күні</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Тәуелсіздік күні</translation>
    </message>
    <message>
        <source>New Year holidays</source>
        <translation>Жаңа жыл демалысы</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>Рождество</translation>
    </message>
    <message>
        <source>Spring and Labour Day</source>
        <translation>Көктем және Еңбек мерекесі</translation>
    </message>
    <message>
        <source>Russia Day</source>
        <translation>Ресей күні</translation>
    </message>
    <message>
        <source>Unity Day</source>
        <translation>Халық бірлігі күні</translation>
    </message>
    <message>
        <source>The calendar needs a name.</source>
        <translation>Күнтізбенің атауы болуы керек.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Белгісіз уақыт белдеуі «%1».</translation>
    </message>
    <message>
        <source>Transferred working days must follow a weekday from 1 to 7.</source>
        <translation>Ауыстырылған жұмыс күндері 1-ден 7-ге дейінгі апта күніне сәйкес болуы керек.</translation>
    </message>
    <message>
        <source>%1: interval %2–%3 must lie within 00:00–24:00 and end after it starts.</source>
        <translation>%1: %2–%3 аралығы 00:00–24:00 ішінде болып, басталғаннан кейін аяқталуы керек.</translation>
    </message>
    <message>
        <source>%1: intervals %2–%3 and %4–%5 overlap.</source>
        <translation>%1: %2–%3 және %4–%5 аралықтары қиылысады.</translation>
    </message>
    <message>
        <source>The weekly schedule has no working hours.</source>
        <translation>Апталық кестеде жұмыс сағаттары жоқ.</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>There is no business calendar named “%1”.</source>
        <translation>«%1» жұмыс күнтізбесі жоқ.</translation>
    </message>
    <message>
        <source>A business calendar needs a name.</source>
        <translation>Жұмыс күнтізбесінің атауы болуы керек.</translation>
    </message>
    <message>
        <source>“%1” is a built-in calendar; edit it instead of deleting it.</source>
        <translation>«%1» — кірістірілген күнтізбе: оны өзгертуге болады, бірақ жоюға болмайды.</translation>
    </message>
    <message>
        <source>SLA policies run on “%1”; move them to another calendar first.</source>
        <translation>«%1» күнтізбесін SLA саясаттары пайдаланады; алдымен оларды басқа күнтізбеге ауыстырыңыз.</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <source>Contact %1 does not belong to this client.</source>
        <translation>%1 байланысы бұл клиентке тиесілі емес.</translation>
    </message>
    <message>
        <source>Special condition %1 does not belong to this client.</source>
        <translation>%1 ерекше шарты бұл клиентке тиесілі емес.</translation>
    </message>
    <message>
        <source>Document %1 does not belong to this client.</source>
        <translation>%1 құжаты бұл клиентке тиесілі емес.</translation>
    </message>
</context>
<context>
    <name>ClientFeedback</name>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Алғыс</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Feedback belongs to a client.</source>
        <translation>Пікір клиентке қатысты болуы керек.</translation>
    </message>
    <message>
        <source>Write what the client said.</source>
        <translation>Клиенттің не айтқанын жазыңыз.</translation>
    </message>
    <message>
        <source>Unknown channel "%1".</source>
        <translation>Белгісіз арна «%1».</translation>
    </message>
</context>
<context>
    <name>ClientFeedbackRepository</name>
    <message>
        <source>Feedback cannot be received in the future.</source>
        <translation>Пікір болашақта алынуы мүмкін емес.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>Ticket %1 is not a ticket of this client.</source>
        <translation>%1 өтінімі бұл клиенттікі емес.</translation>
    </message>
    <message>
        <source>No feedback with id %1.</source>
        <translation>%1 нөмірлі пікір жоқ.</translation>
    </message>
    <message>
        <source>Write what was done about it.</source>
        <translation>Не істелгенін жазыңыз.</translation>
    </message>
    <message>
        <source>Feedback cannot be handled before it was received.</source>
        <translation>Пікірді алынғанға дейін өңдеуге болмайды.</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>"%1" is not a date: use YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>«%1» — күн емес: ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ пішімін қолданыңыз.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of minutes: write it as H:MM.</source>
        <translation>«%1» минуттардың бүтін санын бермейді: С:ММ түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>"%1" is not a number of hours.</source>
        <translation>«%1» — сағат саны емес.</translation>
    </message>
    <message>
        <source>"%1" is not a percentage.</source>
        <translation>«%1» — пайыз емес.</translation>
    </message>
    <message>
        <source>%1 % is more than 100 %.</source>
        <translation>%1 % — 100 %-дан көп.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number from 0 to %2.</source>
        <translation>«%1» — 0-ден %2-ге дейінгі бүтін сан емес.</translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message>
        <source>unknown country "%1" (KZ, RU or other)</source>
        <translation>белгісіз ел «%1» (KZ, RU немесе other)</translation>
    </message>
    <message>
        <source>For a number of another country, add a tax_country column with "other".</source>
        <translation>Басқа елдің нөмірі болса, «other» мәні бар tax_country бағанын қосыңыз.</translation>
    </message>
    <message>
        <source>no staff member with email %1</source>
        <translation>%1 email-і бар қызметкер жоқ</translation>
    </message>
    <message>
        <source>the tariff columns are filled but the monthly fee is empty</source>
        <translation>тариф бағандары толтырылған, ал абоненттік төлем бос</translation>
    </message>
    <message>
        <source>a tariff needs a monthly_fee column</source>
        <translation>тариф үшін monthly_fee бағаны қажет</translation>
    </message>
    <message>
        <source>unknown currency "%1"</source>
        <translation>белгісіз валюта «%1»</translation>
    </message>
    <message>
        <source>unknown status "%1" (onboarding, active, suspended, blocked or churned)</source>
        <translation>белгісіз мәртебе «%1» (onboarding, active, suspended, blocked немесе churned)</translation>
    </message>
    <message>
        <source>unknown language "%1" (ru, kk or en)</source>
        <translation>белгісіз тіл «%1» (ru, kk немесе en)</translation>
    </message>
    <message>
        <source>the legal name is empty</source>
        <translation>заңды атауы толтырылмаған</translation>
    </message>
    <message>
        <source>%1 clients have this name: add their tax ids</source>
        <translation>бұл атау %1 клиентте бар: олардың салық нөмірлерін қосыңыз</translation>
    </message>
    <message>
        <source>the same client as line %1</source>
        <translation>%1-жолдағы клиентпен бірдей</translation>
    </message>
    <message>
        <source>client %1 is archived</source>
        <translation>%1 клиенті мұрағатта</translation>
    </message>
    <message>
        <source>Client %1 disappeared during the import.</source>
        <translation>Импорт кезінде %1 клиенті жоғалып кетті.</translation>
    </message>
    <message>
        <source>unknown billing mode "%1" (advance or arrears)</source>
        <translation>белгісіз төлем тәртібі «%1» (advance немесе arrears)</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Onboarding</source>
        <translation>Қосылуда</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Тоқтатылған</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Бұғатталған</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Кеткен</translation>
    </message>
    <message>
        <source>Kazakhstan (BIN/IIN)</source>
        <translation>Қазақстан (БСН/ЖСН)</translation>
    </message>
    <message>
        <source>Russia (INN)</source>
        <translation>Ресей (ИНН)</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Басқа ел</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Helpdesk portal</source>
        <translation>Қолдау порталы</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>A client needs a legal name.</source>
        <translation>Клиенттің заңды атауы болуы керек.</translation>
    </message>
    <message>
        <source>The legal name is longer than 500 characters.</source>
        <translation>Заңды атауы 500 таңбадан ұзын.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use ru, kk or en.</source>
        <translation>Белгісіз тіл «%1»: ru, kk немесе en көрсетіңіз.</translation>
    </message>
    <message>
        <source>The contract ends (%1) before it starts (%2).</source>
        <translation>Шарт басталғаннан (%2) бұрын аяқталады (%1).</translation>
    </message>
    <message>
        <source>Unknown currency "%1".</source>
        <translation>Белгісіз валюта «%1».</translation>
    </message>
    <message>
        <source>The overage rate must be in the tariff's currency (%1).</source>
        <translation>Тарифтен тыс мөлшерлеме тариф валютасында (%1) болуы керек.</translation>
    </message>
    <message>
        <source>The monthly fee cannot be negative.</source>
        <translation>Абоненттік төлем теріс бола алмайды.</translation>
    </message>
    <message>
        <source>The overage rate cannot be negative.</source>
        <translation>Тарифтен тыс мөлшерлеме теріс бола алмайды.</translation>
    </message>
    <message>
        <source>Included hours cannot be negative.</source>
        <translation>Тарифтегі сағаттар теріс бола алмайды.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100 %.</source>
        <translation>ҚҚС мөлшерлемесі 0-ден 100 %-ға дейін болуы керек.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Төлем мерзімі 0-ден 365 күнге дейін болуы керек.</translation>
    </message>
    <message>
        <source>Unused hours can roll over for 0 to 12 months.</source>
        <translation>Пайдаланылмаған сағаттарды 0-ден 12 айға дейін ауыстыруға болады.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>Байланыстың аты болуы керек.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>«%1» — электрондық пошта мекенжайы емес.</translation>
    </message>
    <message>
        <source>A special condition needs its text.</source>
        <translation>Ерекше шарттың мәтіні болуы керек.</translation>
    </message>
    <message>
        <source>A document link needs a title and a location.</source>
        <translation>Құжат сілтемесінің атауы мен мекенжайы болуы керек.</translation>
    </message>
    <message>
        <source>No staff member with id %1.</source>
        <translation>id %1 қызметкері жоқ.</translation>
    </message>
    <message>
        <source>Tax id %1 already belongs to client %2 (id %3).</source>
        <translation>%1 салық нөмірі %2 клиентіне тиесілі (id %3).</translation>
    </message>
    <message>
        <source>Card created with status %1</source>
        <translation>Карточка %1 мәртебесімен жасалды</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>Client %1 is archived and cannot be changed.</source>
        <translation>%1 клиенті мұрағатта, оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Мәртебе өзгертілді: %1 → %2</translation>
    </message>
    <message>
        <source>Client %1 is already archived.</source>
        <translation>%1 клиенті мұрағатта тұр.</translation>
    </message>
    <message>
        <source>Card archived</source>
        <translation>Карточка мұрағатқа жіберілді</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>басқа біреу</translation>
    </message>
    <message>
        <source>%1 was changed by %2 (%3) after you opened it. Reload the card to see their changes, or save yours over them.</source>
        <translation>%1: сіз ашқаннан кейін карточканы %2 (%3) өзгертті. Сол өзгерістерді көру үшін карточканы жаңартыңыз немесе өзіңіздікін олардың үстінен сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>No legal name</source>
        <translation>Заңды атауы жоқ</translation>
    </message>
    <message>
        <source>No tax id</source>
        <translation>Салық нөмірі жоқ</translation>
    </message>
    <message>
        <source>No contract number</source>
        <translation>Шарт нөмірі жоқ</translation>
    </message>
    <message>
        <source>No contract start date</source>
        <translation>Шарттың басталу күні жоқ</translation>
    </message>
    <message>
        <source>No contact with an email</source>
        <translation>Email-і бар байланыс жоқ</translation>
    </message>
    <message>
        <source>No tariff</source>
        <translation>Тариф жоқ</translation>
    </message>
    <message>
        <source>No account manager</source>
        <translation>Аккаунт-менеджер жоқ</translation>
    </message>
    <message>
        <source>No sales owner</source>
        <translation>Жауапты сатушы жоқ</translation>
    </message>
    <message>
        <source>No invoice yet</source>
        <translation>Әлі бірде-бір шот жоқ</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>a contacts file needs a client_tax_id or a client_name column</source>
        <translation>байланыстар файлында client_tax_id немесе client_name бағаны қажет</translation>
    </message>
    <message>
        <source>unknown country "%1" (KZ, RU or other)</source>
        <translation>белгісіз ел «%1» (KZ, RU немесе other)</translation>
    </message>
    <message>
        <source>no client with tax id %1</source>
        <translation>%1 салық нөмірі бар клиент жоқ</translation>
    </message>
    <message>
        <source>%1 clients have this name: use client_tax_id</source>
        <translation>бұл атау %1 клиентте бар: client_tax_id көрсетіңіз</translation>
    </message>
    <message>
        <source>no client named %1</source>
        <translation>%1 атаулы клиент жоқ</translation>
    </message>
    <message>
        <source>the row does not name its client</source>
        <translation>жолда клиент көрсетілмеген</translation>
    </message>
    <message>
        <source>client %1 is archived</source>
        <translation>%1 клиенті мұрағатта</translation>
    </message>
    <message>
        <source>the contact's name is empty</source>
        <translation>байланыстың аты толтырылмаған</translation>
    </message>
    <message>
        <source>"%1" is not an email address</source>
        <translation>«%1» — электрондық пошта мекенжайы емес</translation>
    </message>
    <message>
        <source>unknown channel "%1" (email, phone, messenger, portal, visit or other)</source>
        <translation>белгісіз арна «%1» (email, phone, messenger, portal, visit немесе other)</translation>
    </message>
    <message>
        <source>unknown language "%1" (ru, kk or en)</source>
        <translation>белгісіз тіл «%1» (ru, kk немесе en)</translation>
    </message>
    <message>
        <source>the same contact as line %1</source>
        <translation>%1-жолдағы байланыспен бірдей</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1-жол, %2-баған: %3</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (put the whole field in quotes and double the quote)</source>
        <translation>тырнақшасыз өрістің ішінде тырнақша бар (бүкіл өрісті тырнақшаға алып, тырнақшаны екі еселеңіз)</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>өрістің жабатын тырнақшасынан кейін мәтін бар</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>осы жерден басталатын тырнақшадағы өріс жабылмаған</translation>
    </message>
</context>
<context>
    <name>DashboardDrillDown</name>
    <message>
        <source>Unknown dashboard figure “%1” (one of: %2).</source>
        <translation>Дашбордтың белгісіз көрсеткіші «%1» (мүмкіндері: %2).</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 h</source>
        <translation>%1 сағ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 күн</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>= previous period</source>
        <translation>= алдыңғы кезең</translation>
    </message>
    <message>
        <source>%1 %2 % vs previous</source>
        <translation>%1 %2 % алдыңғы кезеңмен салыстырғанда</translation>
    </message>
    <message>
        <source>%1 %2 h vs previous</source>
        <translation>%1 %2 сағ алдыңғы кезеңмен салыстырғанда</translation>
    </message>
    <message>
        <source>%1 %2 pp vs previous</source>
        <translation>%1 %2 п.т. алдыңғы кезеңмен салыстырғанда</translation>
    </message>
    <message>
        <source>%1 M %2</source>
        <translation>%1 млн %2</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>The period needs a start and an end date.</source>
        <translation>Кезеңнің басталу және аяқталу күні болуы керек.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Кезең (%1) басталғанға (%2) дейін аяқталады.</translation>
    </message>
    <message>
        <source>The period is longer than ten years.</source>
        <translation>Кезең он жылдан ұзақ.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Белгісіз уақыт белдеуі «%1».</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Team lead dashboard</source>
        <translation>Басшы дашборды</translation>
    </message>
    <message>
        <source>Tickets created %1</source>
        <translation>%1 құрылған өтінімдер</translation>
    </message>
    <message>
        <source>account manager %1</source>
        <translation>менеджер %1</translation>
    </message>
    <message>
        <source>clients without a manager</source>
        <translation>менеджері жоқ клиенттер</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>клиент №%1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>басымдық %1</translation>
    </message>
    <message>
        <source>Compared with %1. As of %2 (%3).</source>
        <translation>%1 кезеңмен салыстырғанда. %2 (%3) жағдай бойынша.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Осы кезең</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Алдыңғы кезең</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Өзгеріс</translation>
    </message>
    <message>
        <source>Tickets created</source>
        <translation>Құрылған өтінімдер</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>Шешілген өтінімдер</translation>
    </message>
    <message>
        <source>Open now, breached</source>
        <translation>Қазір ашық, бұзылған</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Алғашқы жауап, медиана</translation>
    </message>
    <message>
        <source>First response, p90</source>
        <translation>Алғашқы жауап, p90</translation>
    </message>
    <message>
        <source>Response SLA compliance</source>
        <translation>Жауап бойынша SLA сақталуы</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Шешу, медиана</translation>
    </message>
    <message>
        <source>Resolution SLA compliance</source>
        <translation>Шешу бойынша SLA сақталуы</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Орындалу үлесі</translation>
    </message>
    <message>
        <source>Ticket duration, mean</source>
        <translation>Өтінім ұзақтығы, орташа</translation>
    </message>
    <message>
        <source>Cost per job</source>
        <translation>Бір жұмыстың өзіндік құны</translation>
    </message>
    <message>
        <source>Feedback liked</source>
        <translation>Клиенттерге ұнады</translation>
    </message>
    <message>
        <source>Obligations on time</source>
        <translation>Мерзіміндегі міндеттемелер</translation>
    </message>
    <message>
        <source>Reviews on time</source>
        <translation>Мерзіміндегі шолулар</translation>
    </message>
    <message>
        <source>Handoff quality</source>
        <translation>Тапсыру сапасы</translation>
    </message>
    <message>
        <source>Unused subscription hours</source>
        <translation>Пайдаланылмаған абоненттік сағаттар</translation>
    </message>
    <message>
        <source>By account manager</source>
        <translation>Менеджерлер бойынша</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>SLA бұзылған</translation>
    </message>
    <message>
        <source>1st response, median</source>
        <translation>1-жауап, медиана</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>Жауап SLA</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>Шешу SLA</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>Ұнады</translation>
    </message>
    <message>
        <source>Clients without a manager</source>
        <translation>Менеджері жоқ клиенттер</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Дебиторлық берешек</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Қалдық</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 жазу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <source>%1 a day</source>
        <translation>күніне %1</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>әлі шешілмеген</translation>
    </message>
    <message>
        <source>mean %1 · p90 %2</source>
        <translation>орташа %1 · p90 %2</translation>
    </message>
    <message>
        <source>%1 of %2 resolved</source>
        <translation>%2 ішінен %1 шешілді</translation>
    </message>
    <message>
        <source>%1 liked · %2 not liked</source>
        <translation>%1 ұнады · %2 ұнамады</translation>
    </message>
    <message>
        <source>%1 late · %2 due</source>
        <translation>%1 кешігіп · %2 мерзімге</translation>
    </message>
    <message>
        <source>%1 completed · %2 median</source>
        <translation>%1 орындалды · медиана %2</translation>
    </message>
    <message>
        <source>unpaid invoices</source>
        <translation>төленбеген шоттар</translation>
    </message>
    <message>
        <source>invoices past due: %1</source>
        <translation>мерзімі өткен шоттар: %1</translation>
    </message>
    <message>
        <source>of those created</source>
        <translation>құрылғандардың ішінен</translation>
    </message>
    <message>
        <source>under 20 % of target left</source>
        <translation>мерзімнің 20 %-дан азы қалды</translation>
    </message>
    <message>
        <source>a target already missed</source>
        <translation>мерзім бұзылып қойған</translation>
    </message>
    <message>
        <source>%1 breached of %2</source>
        <translation>%2 ішінен %1 бұзылды</translation>
    </message>
    <message>
        <source>median %1, wall clock</source>
        <translation>медиана %1, күнтізбелік уақыт</translation>
    </message>
    <message>
        <source>rates in several currencies</source>
        <translation>мөлшерлемелер әртүрлі валютада</translation>
    </message>
    <message>
        <source>%1 h logged</source>
        <translation>%1 сағ есепке алынды</translation>
    </message>
    <message>
        <source>%1 of included hours</source>
        <translation>енгізілген сағаттың %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database path given.</source>
        <translation>Дерекқор жолы көрсетілмеген.</translation>
    </message>
    <message>
        <source>Database %1 does not exist.</source>
        <translation>%1 дерекқоры жоқ.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — файл емес.</translation>
    </message>
    <message>
        <source>Cannot create folder %1.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 ашу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database: %2</source>
        <translation>%1 — Rapport дерекқоры емес: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Rapport supports (%3). Update Rapport to open it.</source>
        <translation>%1 схема нұсқасы %2 — бұл Rapport қолдайтын нұсқадан (%3) жаңа. Ашу үшін Rapport-ты жаңартыңыз.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (not an SQLite file).</source>
        <translation>%1 — Rapport дерекқоры емес (SQLite файлы емес).</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>%1 командалық дерекқорына қосылу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>%1 схема нұсқасын оқу мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of clients cannot be negative.</source>
        <translation>Клиенттер саны теріс бола алмайды.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Тоқтатылды; ештеңе қосылмады.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>No handoff with id %1.</source>
        <translation>id %1 бар тапсыру жоқ.</translation>
    </message>
</context>
<context>
    <name>DemoTickets</name>
    <message>
        <source>Demo tickets need at least one account manager.</source>
        <translation>Демо өтінімдер үшін кемінде бір аккаунт-менеджер керек.</translation>
    </message>
</context>
<context>
    <name>DocumentPdf</name>
    <message>
        <source>PDF documents need the graphical part of Qt (QGuiApplication).</source>
        <translation>PDF құжаттары үшін Qt-тың графикалық бөлігі (QGuiApplication) қажет.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>%1 PDF файлын жазу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>Dunning</name>
    <message>
        <source>Waiting for the promise to pay by %1</source>
        <translation>%1 дейін төлеу уәдесі күтілуде</translation>
    </message>
    <message>
        <source>Guarantee letter on file</source>
        <translation>Кепілдік хат алынған</translation>
    </message>
    <message>
        <source>Guarantee letter on file: %1</source>
        <translation>Кепілдік хат алынған: %1</translation>
    </message>
    <message>
        <source>Held by the team lead: %1</source>
        <translation>Топ жетекшісі тоқтата тұрды: %1</translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation>Төлеу мерзімі жарамды күн емес.</translation>
    </message>
    <message>
        <source>Today's date is not a valid date.</source>
        <translation>Бүгінгі күн жарамсыз.</translation>
    </message>
    <message>
        <source>The outstanding amount cannot be negative.</source>
        <translation>Берешек сомасы теріс бола алмайды.</translation>
    </message>
    <message>
        <source>The payment date %1 is after today (%2).</source>
        <translation>Төлем күні (%1) бүгінгі күннен (%2) кейін.</translation>
    </message>
    <message>
        <source>Dunning periods must be between 1 and %1 days.</source>
        <translation>Берешекпен жұмыс мерзімдері 1 мен %1 күн аралығында болуы керек.</translation>
    </message>
    <message>
        <source>A promise to pay needs the date by which the client will pay.</source>
        <translation>Төлеу уәдесі үшін клиент төлейтін соңғы күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>A hold needs a reason.</source>
        <translation>Тоқтата тұру себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The dunning history has a step without a valid date.</source>
        <translation>Берешекпен жұмыс тарихында жарамды күні жоқ қадам бар.</translation>
    </message>
    <message>
        <source>The dunning history has a step on %1, after today (%2).</source>
        <translation>Берешекпен жұмыс тарихында бүгінгі күннен (%2) кейінгі қадам бар: %1.</translation>
    </message>
    <message>
        <source>The dunning history is not in date order.</source>
        <translation>Берешекпен жұмыс тарихы күндер бойынша реттелмеген.</translation>
    </message>
    <message>
        <source>The dunning history is out of order: "%1" cannot follow "%2".</source>
        <translation>Берешекпен жұмыс тарихының реті бұзылған: «%1» қадамы «%2» күйінен кейін келе алмайды.</translation>
    </message>
    <message>
        <source>No dunning</source>
        <translation>Өндіріп алу жүргізілмейді</translation>
    </message>
    <message>
        <source>Debt notice sent</source>
        <translation>Берешек туралы хабарлама жіберілді</translation>
    </message>
    <message>
        <source>Work suspended</source>
        <translation>Жұмыстар тоқтатыла тұрды</translation>
    </message>
    <message>
        <source>Formal claim sent</source>
        <translation>Талап хат жіберілді</translation>
    </message>
    <message>
        <source>Access blocked</source>
        <translation>Қолжетімділік бұғатталды</translation>
    </message>
    <message>
        <source>Send the debt notice</source>
        <translation>Берешек туралы хабарлама жіберу</translation>
    </message>
    <message>
        <source>Suspend work</source>
        <translation>Жұмыстарды тоқтата тұру</translation>
    </message>
    <message>
        <source>Send the formal claim</source>
        <translation>Талап хат жіберу</translation>
    </message>
    <message>
        <source>Block access</source>
        <translation>Қолжетімділікті бұғаттау</translation>
    </message>
    <message>
        <source>Restore to active</source>
        <translation>Қызмет көрсетуді қалпына келтіру</translation>
    </message>
    <message>
        <source>The client's calendar has no working days.</source>
        <translation>Клиент күнтізбесінде жұмыс күндері жоқ.</translation>
    </message>
    <message>
        <source>Waiting until the formal claim is sent</source>
        <translation>Талап-арыздың жіберілуін күтуде</translation>
    </message>
    <message>
        <source>Waiting until the debt notice is sent</source>
        <translation>Берешек туралы хабарламаның жіберілуін күтуде</translation>
    </message>
</context>
<context>
    <name>DunningRepository</name>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>Only a team lead can hold dunning or lift a hold (record it as a team lead).</source>
        <translation>Өндіріп алуды тоқтатуды немесе оны алып тастауды тек топ жетекшісі жасай алады (жетекші ретінде кіріңіз).</translation>
    </message>
    <message>
        <source>Promise to pay by %1 recorded</source>
        <translation>%1 дейін төлеу туралы уәде жазылды</translation>
    </message>
    <message>
        <source>Guarantee letter on file: %1</source>
        <translation>Кепілдік хат алынған: %1</translation>
    </message>
    <message>
        <source>Dunning held by the team lead: %1</source>
        <translation>Өндіріп алуды топ жетекшісі тоқтатты: %1</translation>
    </message>
    <message>
        <source>A promise to pay needs the date by which the client will pay.</source>
        <translation>Төлеу уәдесі үшін клиент төлейтін соңғы күнді көрсетіңіз.</translation>
    </message>
    <message>
        <source>The promised date %1 is already past.</source>
        <translation>Уәде етілген %1 күні өтіп кетті.</translation>
    </message>
    <message>
        <source>A guarantee letter needs a link to the document (a path or URL).</source>
        <translation>Кепілдік хат үшін құжатқа сілтеме қажет (жол немесе URL).</translation>
    </message>
    <message>
        <source>Client %1 has no promise, guarantee or hold to lift.</source>
        <translation>%1 клиентінде алып тастайтын уәде, кепілдік немесе тоқтату жоқ.</translation>
    </message>
    <message>
        <source>Dunning exceptions lifted on %1: escalation resumes</source>
        <translation>Өндіріп алу бойынша ерекшеліктер %1 алынды: өндіріп алу жалғасады</translation>
    </message>
<message>
        <source>Say how the document was handed over (by courier, in person, by registered mail…).</source>
        <translation>Құжаттың қалай табыс етілгенін көрсетіңіз (курьермен, жеке өзі, тапсырыс хатпен…).</translation>
    </message>
    <message>
        <source>The note on the delivery is at most 500 characters long.</source>
        <translation>Табыс ету туралы жазба 500 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <source>The note on the delivery may not hold control characters.</source>
        <translation>Табыс ету туралы жазбада басқару таңбалары болмауы керек.</translation>
    </message>
    <message>
        <source>The delivery date %1 is in the future.</source>
        <translation>Табыс ету күні %1 әлі келген жоқ.</translation>
    </message>
    <message>
        <source>No debt notice or formal claim of this client is waiting to be sent.</source>
        <translation>Бұл клиентте жіберуді күтіп тұрған берешек туралы хабарлама немесе талап-арыз жоқ.</translation>
    </message>
    <message>
        <source>The delivery date %1 is before the step was decided on %2.</source>
        <translation>Табыс ету күні %1 қадам шешілген күннен (%2) бұрын.</translation>
    </message>
    <message>
        <source>Its message is being sent right now; wait for the outbox to finish.</source>
        <translation>Оның хаты дәл қазір жіберіліп жатыр; жіберу аяқталғанын күтіңіз.</translation>
    </message>
    <message>
        <source>The step was sent meanwhile; nothing changed.</source>
        <translation>Қадам осы уақытта жіберіліп қойды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Formal claim handed over by the team on %1</source>
        <translation>Талап-арызды команда %1 табыс етті</translation>
    </message>
    <message>
        <source>Debt notice handed over by the team on %1</source>
        <translation>Берешек туралы хабарламаны команда %1 табыс етті</translation>
    </message>
</context>
<context>
    <name>DunningRun</name>
    <message>
        <source>Debt notice: %1 overdue since %2, to be paid by %3</source>
        <translation>Берешек туралы хабарлама: %1 сомасы %2 бастап мерзімі өтті, %3 дейін төлеу керек</translation>
    </message>
    <message>
        <source>Work suspended for debt: %1 overdue</source>
        <translation>Берешекке байланысты жұмыстар тоқтатылды: мерзімі өткені %1</translation>
    </message>
    <message>
        <source>Formal claim sent: %1 overdue</source>
        <translation>Ресми талап-арыз жіберілді: мерзімі өткені %1</translation>
    </message>
    <message>
        <source>Access to support blocked for debt: %1 overdue</source>
        <translation>Берешекке байланысты қолдауға қолжетімділік бұғатталды: мерзімі өткені %1</translation>
    </message>
    <message>
        <source>Debt paid in full: the client is active again</source>
        <translation>Берешек толық өтелді: клиент қайтадан белсенді</translation>
    </message>
    <message>
        <source>Step due on %1, recorded by %2.</source>
        <translation>Мерзімі %1 қадам, жазған: %2.</translation>
    </message>
    <message>
        <source>the dunning run</source>
        <translation>автоматты өндіріп алу</translation>
    </message>
    <message>
        <source>Debt notice decided, to be sent: %1 overdue since %2</source>
        <translation>Берешек туралы хабарлама жіберу шешілді: %2 бастап %1 мерзімі өткен</translation>
    </message>
    <message>
        <source>Formal claim decided, to be sent: %1 overdue</source>
        <translation>Талап-арыз жіберу шешілді: мерзімі өткені %1</translation>
    </message>
</context>
<context>
    <name>FeedbackShare</name>
    <message>
        <source>The period needs a start and an end date.</source>
        <translation>Кезеңнің басталу және аяқталу күні болуы керек.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Кезең (%1) басталғанға (%2) дейін аяқталады.</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>Card complete</source>
        <translation>Карточка толтырылған</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Жетіспейді: %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>күні</translation>
    </message>
    <message>
        <source>online or offline</source>
        <translation>онлайн немесе офлайн</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>қатысушылар</translation>
    </message>
    <message>
        <source>No special conditions</source>
        <translation>Ерекше шарттар жоқ</translation>
    </message>
    <message>
        <source>%1 of %2 not acknowledged</source>
        <translation>%2 шарттың %1 расталмаған</translation>
    </message>
    <message>
        <source>All acknowledged (%1)</source>
        <translation>Барлығы расталды (%1)</translation>
    </message>
    <message>
        <source>No questions asked</source>
        <translation>Сұрақтар қойылмаған</translation>
    </message>
    <message>
        <source>%1 of %2 unanswered</source>
        <translation>%2 сұрақтың %1 жауапсыз</translation>
    </message>
    <message>
        <source>All answered (%1)</source>
        <translation>Барлығына жауап берілді (%1)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Жазылмаған</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>5-тен %1</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Клиент карточкасы</translation>
    </message>
    <message>
        <source>Intro meeting</source>
        <translation>Танысу кездесуі</translation>
    </message>
    <message>
        <source>Special conditions</source>
        <translation>Ерекше шарттар</translation>
    </message>
    <message>
        <source>Questions to sales</source>
        <translation>Сатуға сұрақтар</translation>
    </message>
    <message>
        <source>Client satisfaction</source>
        <translation>Клиенттің қанағаттануы</translation>
    </message>
    <message>
        <source>online</source>
        <translation>онлайн</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>офлайн</translation>
    </message>
    <message>
        <source>A score is 0, 1 or 2, not %1.</source>
        <translation>Баға 0, 1 немесе 2 болуы керек, %1 емес.</translation>
    </message>
    <message>
        <source>Client satisfaction is from 1 to 5, not %1.</source>
        <translation>Клиенттің қанағаттануы 1-ден 5-ке дейін болады, %1 емес.</translation>
    </message>
    <message>
        <source>The intro meeting needs a date.</source>
        <translation>Танысу кездесуінің күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Say whether the intro meeting was online or offline.</source>
        <translation>Танысу кездесуі онлайн ба, офлайн ба — көрсетіңіз.</translation>
    </message>
    <message>
        <source>List who attended the intro meeting.</source>
        <translation>Танысу кездесуіне кімдер қатысқанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Handoff %1 is already completed.</source>
        <translation>%1 тапсыруы аяқталып қойған.</translation>
    </message>
    <message>
        <source>Choose who you are working as: an acknowledgement is personal.</source>
        <translation>Кімнің атынан жұмыс істейтініңізді таңдаңыз: растау жеке беріледі.</translation>
    </message>
    <message>
        <source>Only the account manager receiving the client or a team lead can acknowledge a special condition.</source>
        <translation>Ерекше шартты тек клиентті қабылдайтын аккаунт-менеджер немесе топ жетекшісі растай алады.</translation>
    </message>
    <message>
        <source>Only quality control or a team lead can score a handoff.</source>
        <translation>Тапсыруды тек сапа бөлімі немесе топ жетекшісі бағалай алады.</translation>
    </message>
    <message>
        <source>Handoff %1 has missing items (%2): only a team lead can complete it, with a reason.</source>
        <translation>%1 тапсыруында орындалмаған тармақтар бар (%2): оны тек топ жетекшісі себебін көрсетіп аяқтай алады.</translation>
    </message>
    <message>
        <source>Handoff %1 has missing items (%2): give a reason for completing it anyway.</source>
        <translation>%1 тапсыруында орындалмаған тармақтар бар (%2): соған қарамастан неге аяқтайтыныңызды көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>HandoffRepository</name>
    <message>
        <source>No handoff with id %1.</source>
        <translation>id %1 бар тапсыру жоқ.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>Client %1 is archived.</source>
        <translation>%1 клиенті мұрағатта.</translation>
    </message>
    <message>
        <source>Choose the salesperson who won the deal.</source>
        <translation>Мәмілені жасаған сатушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the account manager who receives the client.</source>
        <translation>Клиентті қабылдайтын аккаунт-менеджерді таңдаңыз.</translation>
    </message>
    <message>
        <source>A deal cannot be won in the future.</source>
        <translation>Мәміле болашақта жасалуы мүмкін емес.</translation>
    </message>
    <message>
        <source>%1 already has an open handoff (%2).</source>
        <translation>«%1» клиентінде ашық тапсыру бар (%2).</translation>
    </message>
    <message>
        <source>Handoff to account management started</source>
        <translation>Клиентті сүйемелдеуге тапсыру басталды</translation>
    </message>
    <message>
        <source>Salesperson: %1. Account manager: %2.</source>
        <translation>Сатушы: %1. Аккаунт-менеджер: %2.</translation>
    </message>
    <message>
        <source>Intro meeting held (%1)</source>
        <translation>Танысу кездесуі өтті (%1)</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Қатысушылар: %1</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>Сұрақ бос.</translation>
    </message>
    <message>
        <source>Question to sales: %1</source>
        <translation>Сатуға сұрақ: %1</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Жауап бос.</translation>
    </message>
    <message>
        <source>Handoff %1 has no question %2.</source>
        <translation>%1 тапсыруында %2 сұрағы жоқ.</translation>
    </message>
    <message>
        <source>Sales answered: %1</source>
        <translation>Сату бөлімі жауап берді: %1</translation>
    </message>
    <message>
        <source>The client of handoff %1 has no special condition %2.</source>
        <translation>%1 тапсыруының клиентінде %2 ерекше шарты жоқ.</translation>
    </message>
    <message>
        <source>Special condition %1 is already acknowledged by %2.</source>
        <translation>%1 ерекше шартын %2 растап қойған.</translation>
    </message>
    <message>
        <source>Special condition acknowledged: %1</source>
        <translation>Ерекше шарт расталды: %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1.</source>
        <translation>Растаған: %1.</translation>
    </message>
    <message>
        <source>Client satisfaction after the handoff: %1 of 5</source>
        <translation>Тапсырудан кейінгі клиенттің қанағаттануы: 5-тен %1</translation>
    </message>
    <message>
        <source>Quality control scored "%1": %2 of 2</source>
        <translation>Сапа бөлімі «%1» тармағын бағалады: 2-ден %2</translation>
    </message>
    <message>
        <source>Handoff completed</source>
        <translation>Тапсыру аяқталды</translation>
    </message>
    <message>
        <source>Won to complete: %1 days.</source>
        <translation>Мәміледен аяқталғанға дейін: %1 күн.</translation>
    </message>
    <message>
        <source>Handoff completed by a team lead's override</source>
        <translation>Тапсыру топ жетекшісінің шешімімен аяқталды</translation>
    </message>
    <message>
        <source>Missing: %1. Reason: %2</source>
        <translation>Орындалмаған: %1. Себебі: %2</translation>
    </message>
    <message>
        <source>Client is active: the handoff is complete</source>
        <translation>Клиент белсенді: тапсыру аяқталды</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>integrity: %1</source>
        <translation>тұтастық: %1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 points to a missing %3</source>
        <translation>сыртқы кілт: %2 кестесінің %1 жолы жоқ %3 жазбасына сілтейді</translation>
    </message>
    <message>
        <source>schema version is %1, expected %2</source>
        <translation>схема нұсқасы %1, күтілгені %2</translation>
    </message>
</context>
<context>
    <name>HolidayImport</name>
    <message>
        <source>working day</source>
        <translation>жұмыс күні</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>мереке</translation>
    </message>
    <message>
        <source>DTEND is not a date</source>
        <translation>DTEND — күн емес</translation>
    </message>
    <message>
        <source>ends (DTEND, exclusive) on or before its start</source>
        <translation>басталуынан кешіктірмей аяқталады (DTEND, қоса алмағанда)</translation>
    </message>
    <message>
        <source>DURATION must be a positive number of whole days</source>
        <translation>DURATION бүтін күндердің оң саны болуы керек</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1-жол, %2-баған: %3</translation>
    </message>
    <message>
        <source>the quoted value has no closing quote</source>
        <translation>тырнақшадағы мәннің жабылатын тырнақшасы жоқ</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD)</source>
        <translation>«%1» — күн емес (ЖЖЖЖ-АА-КК күтіледі)</translation>
    </message>
    <message>
        <source>the kind is missing (expected “holiday” or “workday”)</source>
        <translation>түрі көрсетілмеген («holiday» немесе «workday» күтіледі)</translation>
    </message>
    <message>
        <source>the kind “%1” is neither “holiday” nor “workday”</source>
        <translation>«%1» түрі «holiday» да, «workday» да емес</translation>
    </message>
    <message>
        <source>unexpected extra value “%1” (quote a name that contains the delimiter)</source>
        <translation>артық мән «%1» (бөлгіші бар атауды тырнақшаға алыңыз)</translation>
    </message>
    <message>
        <source>%1 is already listed as a %2 on line %3</source>
        <translation>%1 %3-жолда %2 ретінде көрсетілген</translation>
    </message>
    <message>
        <source>The file lists no days.</source>
        <translation>Файлда бірде-бір күн жоқ.</translation>
    </message>
    <message>
        <source>The file is not an iCalendar (ICS) file.</source>
        <translation>Файл iCalendar (ICS) файлы емес.</translation>
    </message>
    <message>
        <source>The calendar file contains no events.</source>
        <translation>Күнтізбе файлында оқиғалар жоқ.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>%1 оқиғасы</translation>
    </message>
    <message>
        <source>event %1 (“%2”)</source>
        <translation>%1 оқиғасы («%2»)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no valid start date (DTSTART)</source>
        <translation>дұрыс басталу күні жоқ (DTSTART)</translation>
    </message>
    <message>
        <source>not an all-day event (DTSTART has a time of day)</source>
        <translation>күні бойғы оқиға емес (DTSTART ішінде уақыт көрсетілген)</translation>
    </message>
    <message>
        <source>repeating events (RRULE) are not supported; list each date as its own event</source>
        <translation>қайталанатын оқиғалар (RRULE) қолдау көрсетілмейді; әр күнді жеке оқиға ретінде көрсетіңіз</translation>
    </message>
    <message>
        <source>spans %1 days; an event may cover at most 366</source>
        <translation>%1 күнге созылады; оқиға ең көбі 366 күнді қамти алады</translation>
    </message>
    <message>
        <source>%1 is already listed as a %2</source>
        <translation>%1 %2 ретінде көрсетілген</translation>
    </message>
</context>
<context>
    <name>HourLedgerText</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Used %1 of %2 this month (%3 included + %4 rolled over), %5 over: billed as overage</source>
        <translation>Осы айда %2 ішінен %1 пайдаланылды (тарифтегі %3 + ауыстырылған %4), асып кетуі %5: тарифтен тыс мөлшерлеме бойынша төленеді</translation>
    </message>
    <message>
        <source>Used %1 of %2 this month (%3 included + %4 rolled over), %5 remaining</source>
        <translation>Осы айда %2 ішінен %1 пайдаланылды (тарифтегі %3 + ауыстырылған %4), %5 қалды</translation>
    </message>
    <message>
        <source>This month: %1 used of %2 (%3 included + %4 rolled over) — %5 over, billed as overage (%6)</source>
        <translation>Осы айда: %2 ішінен %1 пайдаланылды (тарифтегі %3 + ауыстырылған %4) — %5 артық, тарифтен тыс мөлшерлеме бойынша төленеді (%6)</translation>
    </message>
    <message>
        <source>This month: %1 used of %2 (%3 included + %4 rolled over) — %5 remaining (%6)</source>
        <translation>Осы айда: %2 ішінен %1 пайдаланылды (тарифтегі %3 + ауыстырылған %4) — %5 қалды (%6)</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>mapped to an unknown field "%1"</source>
        <translation>белгісіз «%1» өрісіне сәйкестендірілген</translation>
    </message>
    <message>
        <source>unknown column (known columns: %1)</source>
        <translation>белгісіз баған (белгілі бағандар: %1)</translation>
    </message>
    <message>
        <source>the same field as column "%1" (%2)</source>
        <translation>«%1» бағанымен бірдей өріс (%2)</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>міндетті баған жоқ</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1-жол: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1-жол, %2-баған: %3</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>the file is empty: the first line must name the columns</source>
        <translation>файл бос: бірінші жолда бағандардың атаулары болуы керек</translation>
    </message>
    <message>
        <source>%1 (character %2 of the line)</source>
        <translation>%1 (жолдағы %2-таңба)</translation>
    </message>
    <message>
        <source>missing: the row has %1 fields, the header %2</source>
        <translation>мән жоқ: жолда %1 өріс, тақырыпта %2</translation>
    </message>
    <message>
        <source>a value beyond the last column of the header</source>
        <translation>тақырыптың соңғы бағанынан кейінгі мән</translation>
    </message>
    <message>
        <source>a value in a column without a header</source>
        <translation>тақырыбы жоқ бағандағы мән</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорт тоқтатылды; ештеңе импортталмады.</translation>
    </message>
</context>
<context>
    <name>InvoiceBuilder</name>
    <message>
        <source>The tariff has no currency.</source>
        <translation>Тарифтің валютасы көрсетілмеген.</translation>
    </message>
    <message>
        <source>The overage rate is in %1 but the monthly fee is in %2.</source>
        <translation>Тарифтен тыс сағат мөлшерлемесі %1 валютасында, ал ай сайынғы төлем %2 валютасында.</translation>
    </message>
    <message>
        <source>The monthly fee and the overage rate cannot be negative.</source>
        <translation>Ай сайынғы төлем мен тарифтен тыс сағат мөлшерлемесі теріс бола алмайды.</translation>
    </message>
    <message>
        <source>The tariff amounts are too large.</source>
        <translation>Тариф сомалары тым үлкен.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100 %.</source>
        <translation>ҚҚС мөлшерлемесі 0-ден 100 %-ға дейін болуы керек.</translation>
    </message>
    <message>
        <source>Minutes must be between 0 and %1.</source>
        <translation>Минут саны 0 мен %1 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>A line added by hand needs a description.</source>
        <translation>Қолмен қосылған жолға сипаттама қажет.</translation>
    </message>
    <message>
        <source>The quantity of "%1" must be greater than zero and at most 1 000 000.</source>
        <translation>«%1» саны нөлден үлкен және 1 000 000-нан аспауы керек.</translation>
    </message>
    <message>
        <source>The line "%1" is in %2 but the invoice is in %3.</source>
        <translation>«%1» жолы %2 валютасында, ал шот %3 валютасында.</translation>
    </message>
    <message>
        <source>The price of "%1" is too large.</source>
        <translation>«%1» бағасы тым үлкен.</translation>
    </message>
    <message>
        <source>Subscription support services for %1</source>
        <translation>%1 үшін абоненттік қызмет көрсету</translation>
    </message>
    <message>
        <source>Work beyond the included hours for %1</source>
        <translation>%1 үшін тарифке кірген сағаттардан тыс жұмыстар</translation>
    </message>
    <message>
        <source>The invoice total cannot be negative: the credits exceed the charges.</source>
        <translation>Шоттың жалпы сомасы теріс бола алмайды: шегерімдер есептелген сомадан асып кетті.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Documents are printed in ru, kk or en, not "%1".</source>
        <translation>Құжаттар ru, kk немесе en тілінде басылады, «%1» емес.</translation>
    </message>
    <message>
        <source>The document template %1 is missing.</source>
        <translation>%1 құжат үлгісі табылмады.</translation>
    </message>
</context>
<context>
    <name>InvoicePdf</name>
    <message>
        <source>Invoice %1</source>
        <translation>%1 шоты</translation>
    </message>
    <message>
        <source>Act %1 %2</source>
        <translation>Акт %1 %2</translation>
    </message>
    <message>
        <source>Invoice %1 %2</source>
        <translation>Шот %1 %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 қалтасын құру мүмкін емес.</translation>
    </message>
    <message>
        <source>The PDF was written to %1, but no application opened it.</source>
        <translation>PDF %1 ішіне жазылды, бірақ оны ешбір қолданба ашпады.</translation>
    </message>
    <message>
        <source>Save Invoice PDF</source>
        <translation>Шотты PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Save Act PDF</source>
        <translation>Актіні PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>No invoice with id %1.</source>
        <translation>%1 идентификаторы бар шот жоқ.</translation>
    </message>
    <message>
        <source>"%1" is not an invoice reference: give its number or #id.</source>
        <translation>«%1» — шотқа сілтеме емес: оның нөмірін немесе #id көрсетіңіз.</translation>
    </message>
    <message>
        <source>No invoice numbered %1.</source>
        <translation>%1 нөмірлі шот жоқ.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2: only a draft can be changed; an issued invoice is corrected on a later one.</source>
        <translation>%1 шоты — %2: тек жобаны өзгертуге болады; шығарылған шот келесі шотта түзетіледі.</translation>
    </message>
    <message>
        <source>Invoice %1 is already %2.</source>
        <translation>%1 шоты қазірдің өзінде «%2» күйінде.</translation>
    </message>
    <message>
        <source>Cannot number the invoice: series "%1", year %2.</source>
        <translation>Шотқа нөмір беру мүмкін емес: сериясы «%1», жылы %2.</translation>
    </message>
    <message>
        <source>Invoice %1 issued: %2, due %3</source>
        <translation>%1 шоты шығарылды: %2, төлеу мерзімі %3</translation>
    </message>
    <message>
        <source>Invoice %1 cancelled: %2</source>
        <translation>%1 шоты жойылды: %2</translation>
    </message>
    <message>
        <source>A payment needs a valid date.</source>
        <translation>Төлемнің дұрыс күнін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation>%1 шоты: %2</translation>
    </message>
    <message>
        <source>Payment of %1 for invoice %2: paid in full</source>
        <translation>%2 шоты бойынша %1 төлем: толық төленді</translation>
    </message>
    <message>
        <source>Payment of %1 for invoice %2: %3 still outstanding</source>
        <translation>%2 шоты бойынша %1 төлем: әлі %3 төлеу қалды</translation>
    </message>
</context>
<context>
    <name>InvoiceState</name>
    <message>
        <source>Current status: %1.</source>
        <translation>Ағымдағы күйі: %1.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Жоба</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Ішінара төленген</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төленген</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <source>Only a draft can be issued.</source>
        <translation>Тек жобаны ғана ұсынуға болады.</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the invoice.</source>
        <translation>Шоттың күшін жою себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>An invoice with payments cannot be cancelled; %1 has been paid.</source>
        <translation>Төлемдері бар шоттың күшін жоюға болмайды: %1 төленіп қойған.</translation>
    </message>
    <message>
        <source>The invoice is already cancelled.</source>
        <translation>Шоттың күші бұрын жойылған.</translation>
    </message>
    <message>
        <source>Payments can be recorded only on an issued or partially paid invoice.</source>
        <translation>Төлемді тек ұсынылған немесе ішінара төленген шот бойынша тіркеуге болады.</translation>
    </message>
    <message>
        <source>A payment must be greater than zero.</source>
        <translation>Төлем сомасы нөлден үлкен болуы керек.</translation>
    </message>
    <message>
        <source>The payment is in %1 but the invoice is in %2.</source>
        <translation>Төлем %1 валютасында, ал шот %2 валютасында.</translation>
    </message>
    <message>
        <source>Nothing is outstanding on this invoice.</source>
        <translation>Бұл шот бойынша берешек жоқ.</translation>
    </message>
    <message>
        <source>The payment of %1 exceeds the outstanding %2.</source>
        <translation>%1 төлемі қалған берешектен (%2) асып түседі.</translation>
    </message>
</context>
<context>
    <name>LocationCheck</name>
    <message>
        <source>The database is on a network drive (%1). SQLite files on network drives get corrupted; keep it on a local disk, or use a shared team database.</source>
        <translation>Дерекқор желілік дискіде орналасқан (%1). Желілік дискідегі SQLite файлдары бүлінеді; оны жергілікті дискіде сақтаңыз немесе ортақ командалық дерекқорды пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The database is in a cloud-synced folder (%1). Syncing a live SQLite file corrupts it; keep it on a local disk, or use a shared team database.</source>
        <translation>Дерекқор бұлтпен синхрондалатын қалтада (%1). Ашық SQLite файлын синхрондау оны бүлдіреді; оны жергілікті дискіде сақтаңыз немесе ортақ командалық дерекқорды пайдаланыңыз.</translation>
    </message>
</context>
<context>
    <name>MailMessage</name>
    <message>
        <source>No folder is set for .eml files.</source>
        <translation>.eml файлдарына арналған қалта көрсетілмеген.</translation>
    </message>
    <message>
        <source>Cannot create folder %1.</source>
        <translation>%1 қалтасын жасау мүмкін емес.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>MailPassword</name>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>Бұл компьютерде құпиясөз қоймасы жоқ (%1).</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Құпиясөз қоймасы кіруге рұқсат бермеді: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Құпиясөз қоймасының қатесі: %1</translation>
    </message>
    <message>
        <source>A password needs an SMTP server and a user name.</source>
        <translation>Құпиясөз үшін SMTP сервері мен пайдаланушы аты қажет.</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>The SMTP server needs a host name.</source>
        <translation>SMTP серверіне хост атауы қажет.</translation>
    </message>
    <message>
        <source>The SMTP port is 1 to 65535, not %1.</source>
        <translation>SMTP порты — 1-ден 65535-ке дейін, %1 емес.</translation>
    </message>
    <message>
        <source>"%1" is not a sender e-mail address.</source>
        <translation>«%1» — жіберушінің электрондық пошта мекенжайы емес.</translation>
    </message>
    <message>
        <source>Writing .eml files needs a folder.</source>
        <translation>.eml файлдарын жазу үшін қалта қажет.</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>A message needs a subject.</source>
        <translation>Хабарламаның тақырыбы болуы керек.</translation>
    </message>
    <message>
        <source>The subject is one line.</source>
        <translation>Тақырып — бір жол.</translation>
    </message>
    <message>
        <source>A message needs a text.</source>
        <translation>Хабарламаның мәтіні болуы керек.</translation>
    </message>
    <message>
        <source>Unknown placeholder(s) %1; known: %2.</source>
        <translation>Белгісіз алмастырулар: %1; рұқсат етілгендері: %2.</translation>
    </message>
    <message>
        <source>The record has no value for {%1}.</source>
        <translation>Жазбада {%1} үшін мән жоқ.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Backup before upgrade failed, nothing changed: %1</source>
        <translation>Жаңарту алдында сақтық көшірме жасалмады, ештеңе өзгермеді: %1</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>%1 миграциясын оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>%1 (%2) миграциясы орындалмады: %3</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: a row of %3 refers to a missing row.</source>
        <translation>%1 (%2) миграциясы орындалмады: %3 кестесінің жолы жоқ жолға сілтейді.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Unknown currency code "%1".</source>
        <translation>Белгісіз валюта коды «%1».</translation>
    </message>
    <message>
        <source>"%1" is not an amount of money.</source>
        <translation>«%1» — ақша сомасы емес.</translation>
    </message>
    <message>
        <source>"%1" has more than %2 digits after the decimal point.</source>
        <translation>«%1» ішінде үтірден кейін %2 таңбадан көп.</translation>
    </message>
    <message>
        <source>"%1" is too large.</source>
        <translation>«%1» тым үлкен.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Өтінімдер</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Тапсырулар</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Шоттар</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Шолу кездесулері</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Шығыс хаттар</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Your day: tickets whose SLA is at risk, obligations due this week, upcoming reviews, unpaid invoices and messages waiting for approval.</source>
        <translation>Сіздің күніңіз: SLA бұзылу қаупі бар өтінімдер, осы аптадағы міндеттемелер, жақындағы шолулар, төленбеген шоттар және келісуді күтетін хабарламалар.</translation>
    </message>
    <message>
        <source>Client cards: contacts, contract, tariff, SLA policy, special conditions and one timeline per client.</source>
        <translation>Клиент карточкалары: байланыстар, шарт, тариф, SLA саясаты, ерекше шарттар және клиенттің бірыңғай оқиғалар таспасы.</translation>
    </message>
    <message>
        <source>Requests from every channel, formalized and confirmed by the client, timed against the 24/48 SLA.</source>
        <translation>Кез келген арнадан түскен, ресімделген және клиент растаған өтініштер, 24/48 SLA бойынша уақыты есептеледі.</translation>
    </message>
    <message>
        <source>Handoffs of newly signed clients from sales to account management, scored by quality control.</source>
        <translation>Жаңа клиенттерді сатудан сүйемелдеуге тапсыру, сапа бөлімінің бағалауымен.</translation>
    </message>
    <message>
        <source>Monthly invoices and acts from logged hours, payments and dunning.</source>
        <translation>Есепке алынған сағаттар бойынша ай сайынғы шоттар мен актілер, төлемдер және берешекпен жұмыс.</translation>
    </message>
    <message>
        <source>Quarterly and annual client reviews with remediation plans.</source>
        <translation>Клиенттермен тоқсандық және жылдық кездесулер, жақсарту жоспарларымен.</translation>
    </message>
    <message>
        <source>Response and resolution times, SLA compliance, completion rates, receivables and trends.</source>
        <translation>Жауап беру және шешу уақыты, SLA сақталуы, орындалу үлесі, дебиторлық берешек және трендтер.</translation>
    </message>
    <message>
        <source>Messages queued by automation rules, waiting for approval or sent.</source>
        <translation>Автоматтандыру ережелері кезекке қойған хабарламалар: келісуді күтуде немесе жіберілген.</translation>
    </message>
</context>
<context>
    <name>ObligationRepository</name>
    <message>
        <source>No active staff member with id %1.</source>
        <translation>%1 нөмірлі белсенді қызметкер жоқ.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>No obligation with id %1.</source>
        <translation>%1 нөмірлі міндеттеме жоқ.</translation>
    </message>
    <message>
        <source>Cancelled; no task was created.</source>
        <translation>Тоқтатылды; бірде-бір тапсырма құрылмады.</translation>
    </message>
    <message>
        <source>%1: "%2" has no owner and the client no account manager; no task for %3.</source>
        <translation>%1: «%2» міндеттемесінің жауаптысы жоқ, клиенттің аккаунт-менеджері де жоқ; %3 үшін тапсырма құрылмады.</translation>
    </message>
    <message>
        <source>%1: "%2" has no working day to fall on in calendar %3.</source>
        <translation>%1: %3 күнтізбесінде «%2» үшін жұмыс күні жоқ.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%2 үшін %1</translation>
    </message>
    <message>
        <source>%1: "%2": %3</source>
        <translation>%1: «%2»: %3</translation>
    </message>
</context>
<context>
    <name>ObligationRule</name>
    <message>
        <source>Project report</source>
        <translation>Жоба есебі</translation>
    </message>
    <message>
        <source>Closing documents (invoice and act)</source>
        <translation>Жабу құжаттары (шот және акт)</translation>
    </message>
    <message>
        <source>Payroll of external staff</source>
        <translation>Сыртқы персоналдың жалақысы</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>Есеп парақтары</translation>
    </message>
    <message>
        <source>External audit</source>
        <translation>Сыртқы аудит</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <source>An obligation belongs to a client.</source>
        <translation>Міндеттеме клиентке қатысты болуы керек.</translation>
    </message>
    <message>
        <source>A custom obligation needs a title.</source>
        <translation>Өз міндеттемеңізге атау қажет.</translation>
    </message>
    <message>
        <source>The working day of the month must be 1 to 23, not %1.</source>
        <translation>Айдың жұмыс күні %1 емес, 1-ден 23-ке дейін болуы керек.</translation>
    </message>
    <message>
        <source>The day of the month must be 1 to 31, not %1.</source>
        <translation>Айдың күні %1 емес, 1-ден 31-ге дейін болуы керек.</translation>
    </message>
    <message>
        <source>The due month must be 0 to 12 months after the period, not %1.</source>
        <translation>Мерзім айы кезеңнен кейін %1 емес, 0–12 ай болуы керек.</translation>
    </message>
    <message>
        <source>An obligation needs the date it starts from.</source>
        <translation>Міндеттемеге басталу күні қажет.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Mail is not configured: set an SMTP server or a folder for .eml files first.</source>
        <translation>Пошта бапталмаған: алдымен SMTP серверін немесе .eml файлдарына арналған қалтаны көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>RegulationCalendar</name>
    <message>
        <source>No calendar named "%1".</source>
        <translation>«%1» күнтізбесі жоқ.</translation>
    </message>
</context>
<context>
    <name>RegulationLabels</name>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Маман</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Сату</translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation>Сапа бақылауы</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Топ жетекшісі</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ай сайын</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Тоқсан сайын</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Жыл сайын</translation>
    </message>
    <message>
        <source>N-th working day</source>
        <translation>N-ші жұмыс күні</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Айдың күні</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Кешігіп орындалды</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Мерзімінде орындалды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Қолмен</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Шолу кездесуі</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Custom obligation</source>
        <translation>Жеке міндеттеме</translation>
    </message>
    <message>
        <source>the period's last month</source>
        <translation>кезеңнің соңғы айы</translation>
    </message>
    <message>
        <source>the next month</source>
        <translation>келесі ай</translation>
    </message>
    <message>
        <source>%1 months after the period</source>
        <translation>кезеңнен кейін %1 айдан соң</translation>
    </message>
    <message>
        <source>working day %1 · %2</source>
        <translation>%1-ші жұмыс күні · %2</translation>
    </message>
    <message>
        <source>day %1 · %2</source>
        <translation>%1-ші күн · %2</translation>
    </message>
</context>
<context>
    <name>RegulationSettings</name>
    <message>
        <source>Unknown regulation preset "%1" (%2).</source>
        <translation>Белгісіз регламент үлгісі «%1» (%2).</translation>
    </message>
</context>
<context>
    <name>ReviewIcs</name>
    <message>
        <source>Client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>Account manager: %1 &lt;%2&gt;</source>
        <translation>Аккаунт-менеджер: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Agenda: progress of the work, problems found and the plan to fix them, the client's satisfaction.</source>
        <translation>Күн тәртібі: жұмыс барысы, табылған мәселелер мен оларды жою жоспары, клиенттің қанағаттануы.</translation>
    </message>
    <message>
        <source>Cannot create the calendar.</source>
        <translation>Күнтізбені құру мүмкін емес.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write the calendar: %1</source>
        <translation>Күнтізбені жазу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>Reviews are held every 1 to 12 months, not %1.</source>
        <translation>Ревью %1 емес, 1–12 айда бір рет өткізіледі.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>No review with id %1.</source>
        <translation>%1 нөмірлі ревью жоқ.</translation>
    </message>
    <message>
        <source>Cancelled; no review was scheduled.</source>
        <translation>Тоқтатылды; бірде-бір ревью жоспарланбады.</translation>
    </message>
    <message>
        <source>%1: no contract start to schedule reviews from.</source>
        <translation>%1: ревьюді жоспарлайтын шарттың басталу күні жоқ.</translation>
    </message>
    <message>
        <source>Review %1 was cancelled.</source>
        <translation>%1 ревьюі тоқтатылды.</translation>
    </message>
    <message>
        <source>Enter the date the review was held.</source>
        <translation>Ревью өткізілген күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>A review cannot be held in the future (%1).</source>
        <translation>Ревью болашақта өткізілуі мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Қатысушылар: %1</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Жұмыс барысы: %1</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Мәселелер: %1</translation>
    </message>
    <message>
        <source>Client satisfaction: %1</source>
        <translation>Клиенттің қанағаттануы: %1</translation>
    </message>
    <message>
        <source>%1 held</source>
        <translation>%1 өткізілді</translation>
    </message>
    <message>
        <source>Enter the new date of the review.</source>
        <translation>Ревьюдің жаңа күнін енгізіңіз.</translation>
    </message>
    <message>
        <source>The client already has a review on %1.</source>
        <translation>Клиентте %1 күні ревью бар.</translation>
    </message>
    <message>
        <source>A review pack needs a file and a title.</source>
        <translation>Кездесу материалдарына файл мен атау қажет.</translation>
    </message>
    <message>
        <source>Review pack prepared: %1</source>
        <translation>Кездесу материалдары дайындалды: %1</translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation>Себебі тым ұзын: %1 таңба, ең көбі %2.</translation>
    </message>
    <message>
        <source>This review was held on %1: only a scheduled review can be moved.</source>
        <translation>Бұл кездесу %1 күні өткізілген: тек жоспарланған кездесуді ауыстыруға болады.</translation>
    </message>
    <message>
        <source>This review was cancelled: only a scheduled review can be moved.</source>
        <translation>Бұл кездесу болдырылмаған: тек жоспарланған кездесуді ауыстыруға болады.</translation>
    </message>
    <message>
        <source>The review is already on %1: choose another date.</source>
        <translation>Кездесу онсыз да %1 күніне белгіленген: басқа күнді таңдаңыз.</translation>
    </message>
    <message>
        <source>Give the reason for moving the review.</source>
        <translation>Кездесуді ауыстыру себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Review moved from %1 to %2</source>
        <translation>Кездесу %1 күнінен %2 күніне ауыстырылды</translation>
    </message>
    <message>
        <source>This review was held on %1: only a scheduled review can be cancelled.</source>
        <translation>Бұл кездесу %1 күні өткізілген: тек жоспарланған кездесуді болдырмауға болады.</translation>
    </message>
    <message>
        <source>This review is already cancelled.</source>
        <translation>Бұл кездесу әлдеқашан болдырылмаған.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the review.</source>
        <translation>Кездесуді болдырмау себебін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Review of %1 cancelled</source>
        <translation>%1 күнгі кездесу болдырылмады</translation>
    </message>
</context>
<context>
    <name>ReviewSchedule</name>
    <message>
        <source>Annual review</source>
        <translation>Жылдық ревью</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Тоқсандық ревью</translation>
    </message>
    <message>
        <source>Reviews are scheduled from the contract start: set it on the client card.</source>
        <translation>Ревью шарттың басталу күнінен жоспарланады: оны клиент карточкасында көрсетіңіз.</translation>
    </message>
    <message>
        <source>Reviews are held every 1 to 12 months, not %1.</source>
        <translation>Ревью %1 емес, 1–12 айда бір рет өткізіледі.</translation>
    </message>
</context>
<context>
    <name>RolloverLedger</name>
    <message>
        <source>A month must be given by its first day.</source>
        <translation>Ай өзінің бірінші күнімен көрсетілуі керек.</translation>
    </message>
    <message>
        <source>Rollover months must be between 0 and %1.</source>
        <translation>Сағаттарды ауыстыру мерзімі 0 мен %1 ай аралығында болуы керек.</translation>
    </message>
    <message>
        <source>Minutes in %1 must be between 0 and %2.</source>
        <translation>%1 айындағы минуттар 0 мен %2 аралығында болуы керек.</translation>
    </message>
    <message>
        <source>Months must be consecutive: %1 follows %2.</source>
        <translation>Айлар қатарынан болуы керек: %2 айынан кейін %1 келген.</translation>
    </message>
</context>
<context>
    <name>RowScan</name>
    <message>
        <source>The calculation was cancelled.</source>
        <translation>Есептеу тоқтатылды.</translation>
    </message>
</context>
<context>
    <name>RuleConditions</name>
    <message>
        <source>The condition "%1" is a list of keys (%2).</source>
        <translation>«%1» шарты — кілттер тізімі (%2).</translation>
    </message>
    <message>
        <source>Unknown priority "%1" in the conditions (%2).</source>
        <translation>Шарттардағы белгісіз басымдық «%1» (%2).</translation>
    </message>
    <message>
        <source>Unknown channel "%1" in the conditions (%2).</source>
        <translation>Шарттардағы белгісіз арна «%1» (%2).</translation>
    </message>
    <message>
        <source>A client id in the conditions is a positive number, not %1.</source>
        <translation>Шарттардағы клиент нөмірі — оң сан, %1 емес.</translation>
    </message>
    <message>
        <source>The conditions are not a JSON object: %1</source>
        <translation>Шарттар JSON нысаны емес: %1</translation>
    </message>
    <message>
        <source>Unknown condition "%1" (%2).</source>
        <translation>Белгісіз шарт «%1» (%2).</translation>
    </message>
    <message>
        <source>The condition "client_ids" is a list of client ids.</source>
        <translation>«client_ids» шарты — клиент нөмірлерінің тізімі.</translation>
    </message>
    <message>
        <source>The condition "tariff" is "any", "with" or "without".</source>
        <translation>«tariff» шарты — «any», «with» немесе «without».</translation>
    </message>
</context>
<context>
    <name>ServiceStandard</name>
    <message>
        <source>Service standard</source>
        <translation>Қызмет көрсету стандарты</translation>
    </message>
    <message>
        <source>24/48 rule: 24 hours to report a problem, 48 hours to solve it. Project report and closing documents by the 5th working day of the next month. Payroll of external staff and payslips by the 10th. Quarterly and annual reviews. Annual external audit by April 30.</source>
        <translation>24/48 ережесі: мәселе туралы хабарлауға 24 сағат, оны шешуге 48 сағат. Жоба есебі мен жабу құжаттары — келесі айдың 5-жұмыс күніне дейін. Сыртқы персоналдың жалақысы мен есеп парақтары — 10-на дейін. Тоқсандық және жылдық ревью. Жыл сайынғы сыртқы аудит — 30 сәуірге дейін.</translation>
    </message>
</context>
<context>
    <name>SessionUser</name>
    <message>
        <source>In the team database you work as your login %1; acting as %2 needs that person's own login.</source>
        <translation>Командалық базада сіз өз логиніңізбен %1 жұмыс істейсіз; %2 атынан әрекет ету үшін сол қызметкердің логині керек.</translation>
    </message>
    <message>
        <source>No staff member with email %1.</source>
        <translation>%1 мекенжайы бар қызметкер жоқ.</translation>
    </message>
</context>
<context>
    <name>SlaCell</name>
    <message>
        <source>overdue %1</source>
        <translation>%1 кешікті</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 қалды</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>бұзылды</translation>
    </message>
    <message>
        <source>met</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>кідірісте</translation>
    </message>
    <message>
        <source>met, %1 before due</source>
        <translation>орындалды, мерзімнен %1 бұрын</translation>
    </message>
    <message>
        <source>breached, done %1 after due</source>
        <translation>бұзылды, мерзімнен %1 кеш орындалды</translation>
    </message>
    <message>
        <source>late · %1</source>
        <translation>кешігіп · %1</translation>
    </message>
    <message>
        <source>The first response came after it was due; the resolution clock still runs.</source>
        <translation>Алғашқы жауап мерзімнен кейін берілді; шешу есебі жалғасуда.</translation>
    </message>
</context>
<context>
    <name>SlaClock</name>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 сағ</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>шешілді</translation>
    </message>
    <message>
        <source>created with priority %1: first response within %2, resolution within %3</source>
        <translation>%1 басымдығымен құрылды: алғашқы жауап %2 ішінде, шешу %3 ішінде</translation>
    </message>
    <message>
        <source>priority changed to %1: first response within %2, resolution within %3</source>
        <translation>басымдық %1 болып өзгерді: алғашқы жауап %2 ішінде, шешу %3 ішінде</translation>
    </message>
    <message>
        <source>response</source>
        <translation>жауап</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>шешу</translation>
    </message>
    <message>
        <source>paused %1 so far while the client is suspended</source>
        <translation>клиентке қызмет тоқтатылған кезде %1 кідіртілген</translation>
    </message>
    <message>
        <source>paused %1 while the client was suspended</source>
        <translation>клиентке қызмет тоқтатылған кезде %1 кідіртілді</translation>
    </message>
    <message>
        <source>paused %1 so far waiting on client</source>
        <translation>клиентті күтіп %1 кідіртілген</translation>
    </message>
    <message>
        <source>paused %1 waiting on client</source>
        <translation>клиентті күтіп %1 кідіртілді</translation>
    </message>
    <message>
        <source>response met after %1</source>
        <translation>жауап %1 өткен соң мерзімінде берілді</translation>
    </message>
    <message>
        <source>response breached after %1 (target %2)</source>
        <translation>жауап %1 өткен соң бұзылды (мақсат %2)</translation>
    </message>
    <message>
        <source>no response before the ticket was %1; </source>
        <translation>өтінім «%1» болғанға дейін жауап болмады; </translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%2 өткен соң %1</translation>
    </message>
    <message>
        <source>%1: resolution met</source>
        <translation>%1: шешу мерзімі сақталды</translation>
    </message>
    <message>
        <source>%1: resolution breached (target %2)</source>
        <translation>%1: шешу мерзімі бұзылды (мақсат %2)</translation>
    </message>
    <message>
        <source>reopened: the resolution clock resumes at %1</source>
        <translation>қайта ашылды: шешу есебі %1 уақытта жалғасты</translation>
    </message>
    <message>
        <source>%1 breached: %2 used of %3</source>
        <translation>%1 бұзылды: %3 ішінен %2 жұмсалды</translation>
    </message>
    <message>
        <source>%1 paused: %2 left of %3</source>
        <translation>%1 кідіртілген: %3 ішінен %2 қалды</translation>
    </message>
    <message>
        <source>%1 at risk: %2 left of %3</source>
        <translation>%1 қауіп төнуде: %3 ішінен %2 қалды</translation>
    </message>
    <message>
        <source>%1 running: %2 left of %3</source>
        <translation>%1 жүріп жатыр: %3 ішінен %2 қалды</translation>
    </message>
    <message>
        <source>the ticket has no events yet</source>
        <translation>өтінімде әлі оқиғалар жоқ</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>Unknown priority “%1”.</source>
        <translation>Белгісіз басымдық «%1».</translation>
    </message>
    <message>
        <source>The policy needs a name.</source>
        <translation>Саясаттың атауы болуы керек.</translation>
    </message>
    <message>
        <source>The policy needs a business calendar.</source>
        <translation>Саясатқа жұмыс күнтізбесі керек.</translation>
    </message>
    <message>
        <source>Priority %1: targets must be positive.</source>
        <translation>%1 басымдығы: мақсаттар оң болуы керек.</translation>
    </message>
    <message>
        <source>Priority %1: the first response target exceeds the resolution target.</source>
        <translation>%1 басымдығы: алғашқы жауап мақсаты шешу мақсатынан асады.</translation>
    </message>
</context>
<context>
    <name>SlaPolicyRepository</name>
    <message>
        <source>There is no business calendar named “%1”.</source>
        <translation>«%1» жұмыс күнтізбесі жоқ.</translation>
    </message>
    <message>
        <source>An SLA policy named “%1” already exists.</source>
        <translation>«%1» SLA саясаты бұрыннан бар.</translation>
    </message>
    <message>
        <source>No SLA policy with id %1.</source>
        <translation>id %1 SLA саясаты жоқ.</translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <source>Cannot send mail through %1: %2</source>
        <translation>%1 арқылы хат жіберу мүмкін болмады: %2</translation>
    </message>
    <message>
        <source>the server name is not valid</source>
        <translation>сервер атауы жарамсыз</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>порт 1 мен 65535 аралығында болуы керек</translation>
    </message>
    <message>
        <source>the sender address "%1" is not valid</source>
        <translation>«%1» жіберуші мекенжайы жарамсыз</translation>
    </message>
    <message>
        <source>the recipient address "%1" is not valid</source>
        <translation>«%1» алушы мекенжайы жарамсыз</translation>
    </message>
    <message>
        <source>libcurl could not be initialised</source>
        <translation>libcurl іске қосылмады</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>жад жеткіліксіз</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Дерекқор қатесі: %1 (сұрауда: %2)</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was changed. Check the file's and its folder's permissions.</source>
        <translation>Дерекқор файлы тек оқуға арналған, сондықтан ештеңе өзгертілмеді. Файлдың және оның қалтасының рұқсаттарын тексеріңіз.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Диск толы, сондықтан ештеңе өзгертілмеді. Орын босатып, қайталаңыз.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error, so nothing was changed. Check the disk, then run `rapport-cli check`.</source>
        <translation>Диск енгізу-шығару қатесін хабарлады, сондықтан ештеңе өзгертілмеді. Дискіні тексеріп, `rapport-cli check` орындаңыз.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that its folder exists and is writable.</source>
        <translation>Дерекқор файлын ашу мүмкін емес: оның қалтасы бар екенін және жазуға рұқсат етілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>The file is not a Rapport database.</source>
        <translation>Файл Rapport дерекқоры емес.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest backup (rapport-cli restore).</source>
        <translation>Дерекқор файлы зақымдалған. Ең соңғы сақтық көшірмені қалпына келтіріңіз (rapport-cli restore).</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>A task needs a title.</source>
        <translation>Тапсырманың атауы болуы керек.</translation>
    </message>
    <message>
        <source>A task needs an owner: one person answers for it.</source>
        <translation>Тапсырманың жауаптысы болуы керек: оған бір адам жауап береді.</translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation>Тапсырманың мерзімі болуы керек.</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>“%1” is not open.</source>
        <translation>«%1» тапсырмасы ашық емес.</translation>
    </message>
    <message>
        <source>Mark “%1” done today?</source>
        <translation>«%1» бүгін орындалды деп белгілеу керек пе?</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>It was due on %1: it will count as done late.</source>
        <translation>Мерзімі %1 болатын: кешігіп орындалған болып есептеледі.</translation>
    </message>
    <message>
        <source>Due on %1: it will count as done on time.</source>
        <translation>Мерзімі — %1: мерзімінде орындалған болып есептеледі.</translation>
    </message>
    <message>
        <source>Mark Task Done</source>
        <translation>Тапсырманы орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Reopen Task</source>
        <translation>Тапсырманы қайта ашу</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>No active staff member with id %1 to own the task.</source>
        <translation>Тапсырмаға жауап беретін %1 нөмірлі белсенді қызметкер жоқ.</translation>
    </message>
    <message>
        <source>No task with id %1.</source>
        <translation>%1 нөмірлі тапсырма жоқ.</translation>
    </message>
    <message>
        <source>Task %1 is cancelled; reopen it first.</source>
        <translation>%1 тапсырмасы тоқтатылған; алдымен оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>A task cannot be done in the future (%1).</source>
        <translation>Тапсырма болашақта орындалуы мүмкін емес (%1).</translation>
    </message>
    <message>
        <source>Done late: %1</source>
        <translation>Кешігіп орындалды: %1</translation>
    </message>
    <message>
        <source>Due %1, done %2 by %3.</source>
        <translation>Мерзімі %1, орындалды %2, орындаушы %3.</translation>
    </message>
    <message>
        <source>Task %1 is done; reopen it first.</source>
        <translation>%1 тапсырмасы орындалған; алдымен оны қайта ашыңыз.</translation>
    </message>
</context>
<context>
    <name>TaxId</name>
    <message>
        <source>The tax id is empty.</source>
        <translation>Салық нөмірі көрсетілмеген.</translation>
    </message>
    <message>
        <source>A BIN/IIN contains only digits; "%1" does not.</source>
        <translation>БСН/ЖСН тек цифрлардан тұрады, ал «%1» олай емес.</translation>
    </message>
    <message>
        <source>A BIN/IIN has 12 digits; "%1" has %2.</source>
        <translation>БСН/ЖСН 12 цифрдан тұрады, ал «%1» ішінде %2 цифр бар.</translation>
    </message>
    <message>
        <source>The check digit of BIN/IIN %1 is wrong: check the number for a typo.</source>
        <translation>%1 БСН/ЖСН бақылау цифры қате: нөмірде қате жоқ екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>An INN contains only digits; "%1" does not.</source>
        <translation>ИНН тек цифрлардан тұрады, ал «%1» олай емес.</translation>
    </message>
    <message>
        <source>An INN has 10 digits (organisation) or 12 (individual); "%1" has %2.</source>
        <translation>ИНН 10 цифрдан (ұйым) немесе 12 цифрдан (жеке тұлға) тұрады, ал «%1» ішінде %2 цифр бар.</translation>
    </message>
    <message>
        <source>The check digits of INN %1 are wrong: check the number for a typo.</source>
        <translation>%1 ИНН бақылау цифрлары қате: нөмірде қате жоқ екенін тексеріңіз.</translation>
    </message>
    <message>
        <source>A tax id is at most 64 characters long.</source>
        <translation>Салық нөмірі 64 таңбадан аспауы керек.</translation>
    </message>
</context>
<context>
    <name>TeamPush</name>
    <message>
        <source>%1 clients</source>
        <translation>клиенттер: %1</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>өтініштер: %1</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>шоттар: %1</translation>
    </message>
<message>
        <source>team push moves a database file into a team database.</source>
        <translation>team push дерекқор файлын командалық дерекқорға көшіреді.</translation>
    </message>
    <message>
        <source>The file has schema version %1 and the team database %2; open both with this Rapport first.</source>
        <translation>Файлдың схема нұсқасы %1, командалық дерекқордікі — %2; алдымен екеуін де осы Rapport нұсқасымен ашыңыз.</translation>
    </message>
    <message>
        <source>The team database %1 already holds %2; team push only fills an empty one.</source>
        <translation>%1 командалық дерекқорында деректер бар (%2); team push тек бос дерекқорды толтырады.</translation>
    </message>
    <message>
        <source>The team database has no table %1; its schema differs from the file's.</source>
        <translation>Командалық дерекқорда %1 кестесі жоқ: оның схемасы файлдікінен өзгеше.</translation>
    </message>
    <message>
        <source>team push needs the server administrator's login (it loads rows with triggers off): %1</source>
        <translation>team push үшін сервер әкімшісінің тіркелгісі қажет (жолдар триггерлер өшірулі күйде жүктеледі): %1</translation>
    </message>
    <message>
        <source>A snapshot copies a team database into a database file.</source>
        <translation>Көшірме командалық базаны дерекқор файлына жазады.</translation>
    </message>
    <message>
        <source>The team database has schema version %1 and this Rapport writes %2; update Rapport first.</source>
        <translation>Командалық базаның схема нұсқасы %1, ал бұл Rapport %2 нұсқасын жазады; алдымен Rapport-ты жаңартыңыз.</translation>
    </message>
    <message>
        <source>The snapshot breaks a reference: a row of %1 names a missing row of %2.</source>
        <translation>Көшірме сілтемені бұзады: %1 жолы жоқ %2 жолына сілтейді.</translation>
    </message>
    <message>
        <source>The snapshot of %1 differs from the team database (%2 rows written, %3 on the server).</source>
        <translation>%1 көшірмесі командалық базадан өзгеше (жазылған жолдар: %2, серверде: %3).</translation>
    </message>
</context>
<context>
    <name>TicketEvent</name>
    <message>
        <source>Unknown ticket status “%1”.</source>
        <translation>Өтінімнің белгісіз мәртебесі «%1».</translation>
    </message>
</context>
<context>
    <name>TicketFeedbackImport</name>
    <message>
        <source>"%1" is not a ticket number</source>
        <translation>«%1» — өтінім нөмірі емес</translation>
    </message>
    <message>
        <source>ticket %1 is already on line %2</source>
        <translation>%1 өтінімі %2-жолда бар</translation>
    </message>
    <message>
        <source>no ticket %1</source>
        <translation>%1 өтінімі жоқ</translation>
    </message>
    <message>
        <source>"%1" is neither liked nor not_liked</source>
        <translation>«%1» — liked те, not_liked те емес</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Formalizing</source>
        <translation>Ресімделуде</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Жұмыста</translation>
    </message>
    <message>
        <source>Waiting on client</source>
        <translation>Клиентті күтуде</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Қалыпты</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Шұғыл</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Helpdesk portal</source>
        <translation>Қолдау порталы</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Келу</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 сағ</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 күн %2 сағ</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 күн</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Agreed deadline</source>
        <translation>Келісілген мерзім</translation>
    </message>
    <message>
        <source>Formal statement</source>
        <translation>Тапсырманың қойылымы</translation>
    </message>
    <message>
        <source>Confirmed by the client</source>
        <translation>Клиент растаған</translation>
    </message>
</context>
<context>
    <name>TicketRepository</name>
    <message>
        <source>Request #%1 recorded: %2</source>
        <translation>№%1 өтінім тіркелді: %2</translation>
    </message>
    <message>
        <source>Request #%1 is now %2</source>
        <translation>№%1 өтінімнің күйі енді: %2</translation>
    </message>
    <message>
        <source>No ticket with number %1.</source>
        <translation>%1 нөмірлі өтінім жоқ.</translation>
    </message>
<message>
        <source>A category is at most %1 characters long.</source>
        <translation>Санат %1 таңбадан аспауы керек.</translation>
    </message>
    <message>
        <source>A category is one line of text, without tabs or other control characters.</source>
        <translation>Санат — табуляциясыз және басқа басқару таңбаларынсыз бір жол мәтін.</translation>
    </message>
    <message>
        <source>The agreed deadline cannot be before the request was made.</source>
        <translation>Келісілген мерзім өтініш түскен уақыттан ерте бола алмайды.</translation>
    </message>
    <message>
        <source>No staff member with id %1.</source>
        <translation>id %1 қызметкері жоқ.</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 енді компанияда жұмыс істемейді.</translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>Өтінімнің тақырыбы болуы керек.</translation>
    </message>
    <message>
        <source>The subject is longer than %1 characters; put the details in the description.</source>
        <translation>Тақырып %1 таңбадан ұзын; толығырақ сипаттамада жазыңыз.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>Client %1 is archived; restore it before recording requests.</source>
        <translation>%1 клиенті мұрағатта; өтініштерді тіркеу үшін оны мұрағаттан қайтарыңыз.</translation>
    </message>
    <message>
        <source>Contact %1 is not a contact of this client.</source>
        <translation>%1 байланысы бұл клиенттікі емес.</translation>
    </message>
    <message>
        <source>Ticket %1 is in progress: it cannot be left without an assignee.</source>
        <translation>%1 өтінімі орындалуда: оны орындаушысыз қалдыруға болмайды.</translation>
    </message>
    <message>
        <source>Request #%1 assigned to %2</source>
        <translation>№%1 өтінім тағайындалды: %2</translation>
    </message>
    <message>
        <source>Request #%1 unassigned</source>
        <translation>№%1 өтінімнен орындаушы алынды</translation>
    </message>
    <message>
        <source>Ticket %1 is in progress: it cannot be left without an owner.</source>
        <translation>%1 өтінімі орындалуда: оны жауаптысыз қалдыруға болмайды.</translation>
    </message>
    <message>
        <source>Request #%1 is now owned by %2</source>
        <translation>№%1 өтінімге жауапты: %2</translation>
    </message>
    <message>
        <source>Request #%1 has no owner</source>
        <translation>№%1 өтінімнің жауаптысы жоқ</translation>
    </message>
    <message>
        <source>Request #%1 priority: %2</source>
        <translation>№%1 өтінімнің басымдығы: %2</translation>
    </message>
    <message>
        <source>Request #%1 has no category</source>
        <translation>№%1 өтінімнің санаты жоқ</translation>
    </message>
    <message>
        <source>Request #%1 category: %2</source>
        <translation>№%1 өтінімнің санаты: %2</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>Алдымен мәтінді жазыңыз.</translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>Белгісіз арна «%1».</translation>
    </message>
    <message>
        <source>Reply on request #%1</source>
        <translation>№%1 өтінім бойынша жауап</translation>
    </message>
    <message>
        <source>Contact with the client logged on request #%1</source>
        <translation>№%1 өтінім бойынша клиентпен байланыс жазылды</translation>
    </message>
    <message>
        <source>Internal note on request #%1</source>
        <translation>№%1 өтінім бойынша ішкі жазба</translation>
    </message>
    <message>
        <source>Write the formal statement of the task.</source>
        <translation>Тапсырманың ресми қойылымын жазыңыз.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: its statement can no longer change.</source>
        <translation>%1 өтінімі «%2» күйінде: тапсырма қойылымын енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Request #%1 formalized</source>
        <translation>№%1 өтінім ресімделді</translation>
    </message>
    <message>
        <source>Ticket %1 has no formal statement for the client to confirm.</source>
        <translation>%1 өтінімінде клиент растайтын ресми қойылым жоқ.</translation>
    </message>
    <message>
        <source>The client confirmed the statement of request #%1</source>
        <translation>Клиент №%1 өтінім бойынша тапсырма қойылымын растады</translation>
    </message>
    <message>
        <source>Deadline of request #%1 agreed: %2</source>
        <translation>№%1 өтінім бойынша мерзім келісілді: %2</translation>
    </message>
    <message>
        <source>Deadline of request #%1 removed</source>
        <translation>№%1 өтінім бойынша мерзім алынып тасталды</translation>
    </message>
    <message>
        <source>The client liked the result of request #%1</source>
        <translation>Клиентке №%1 өтінім бойынша нәтиже ұнады</translation>
    </message>
    <message>
        <source>The client did not like the result of request #%1</source>
        <translation>Клиентке №%1 өтінім бойынша нәтиже ұнамады</translation>
    </message>
    <message>
        <source>Minutes must be between 1 and %1.</source>
        <translation>Минут саны 1-ден %1-ге дейін болуы керек.</translation>
    </message>
    <message>
        <source>Say who did the work: ticket %1 has no assignee.</source>
        <translation>Жұмысты кім орындағанын көрсетіңіз: %1 өтінімінің орындаушысы жоқ.</translation>
    </message>
    <message>
        <source>%1 logged %2 min on request #%3 (billable)</source>
        <translation>%1 №%3 өтінім бойынша %2 мин жазды (ақылы)</translation>
    </message>
    <message>
        <source>%1 logged %2 min on request #%3 (not billable)</source>
        <translation>%1 №%3 өтінім бойынша %2 мин жазды (ақысыз)</translation>
    </message>
    <message>
        <source>Request #%1 waits: the client's service is suspended</source>
        <translation>№%1 өтінім күтуде: клиентке қызмет көрсету тоқтатылды</translation>
    </message>
    <message>
        <source>Request #%1 resumes: the client's service is restored</source>
        <translation>№%1 өтінім қайта жұмыста: клиентке қызмет көрсету қайта басталды</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>new</source>
        <translation>жаңа</translation>
    </message>
    <message>
        <source>formalizing</source>
        <translation>ресімделуде</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <source>waiting on client</source>
        <translation>клиентті күтуде</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>шешілді</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>болдырылмады</translation>
    </message>
    <message>
        <source>Ticket %1 is already %2.</source>
        <translation>%1 өтінімі онсыз да «%2» күйінде.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2 and cannot change any more.</source>
        <translation>%1 өтінімі «%2» күйінде, оның күйі енді өзгермейді.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot go from %2 to %3 (allowed: %4).</source>
        <translation>%1 өтінімін «%2» күйінен «%3» күйіне ауыстыруға болмайды (болады: %4).</translation>
    </message>
    <message>
        <source>Ticket %1 needs an assignee before it can be in progress.</source>
        <translation>%1 өтінімін жұмысқа алу үшін орындаушыны тағайындаңыз.</translation>
    </message>
    <message>
        <source>Ticket %1 needs an owner before it can be in progress.</source>
        <translation>%1 өтінімін жұмысқа алу үшін жауаптыны тағайындаңыз.</translation>
    </message>
    <message>
        <source>Feedback is recorded once the ticket is resolved or closed; ticket %1 is %2.</source>
        <translation>Пікір өтінім шешілген немесе жабылған соң жазылады; %1 өтінімі қазір: %2.</translation>
    </message>
    <message>
        <source>Say why the client did not like the result.</source>
        <translation>Нәтиже клиентке неге ұнамағанын көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Unknown timeline event kind "%1".</source>
        <translation>Таспа оқиғасының белгісіз түрі «%1».</translation>
    </message>
    <message>
        <source>A timeline event needs a title.</source>
        <translation>Таспа оқиғасының тақырыбы болуы керек.</translation>
    </message>
    <message>
        <source>Unknown channel "%1".</source>
        <translation>Белгісіз арна «%1».</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Жазба бос.</translation>
    </message>
    <message>
        <source>Describe the call: the summary is empty.</source>
        <translation>Қоңырауды сипаттаңыз: қысқаша мазмұны толтырылмаған.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Cannot start a write transaction: %1</source>
        <translation>Жазу транзакциясын бастау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Transaction already finished.</source>
        <translation>Транзакция аяқталып қойған.</translation>
    </message>
    <message>
        <source>An inner step failed; nothing was saved.</source>
        <translation>Қадамдардың бірі орындалмады; ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Сақтау мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Nothing was saved: the database undid the unfinished work after an error (a full disk, say).</source>
        <translation>Ештеңе сақталмады: қатеден кейін (мысалы, диск толып қалғанда) база аяқталмаған жұмысты болдырмады.</translation>
    </message>
</context>
<context>
    <name>UnusedHours</name>
    <message>
        <source>Propose development work or a smaller tariff</source>
        <translation>Жобаны дамытуды немесе сағат көлемі азырақ тарифті ұсыну</translation>
    </message>
    <message>
        <source>The unused share threshold must be between 0 and 100 %.</source>
        <translation>Пайдаланылмаған сағаттар үлесінің шегі 0 мен 100 % аралығында болуы керек.</translation>
    </message>
    <message>
        <source>The number of consecutive months must be between 1 and 120.</source>
        <translation>Қатарынан келетін айлар саны 1 мен 120 аралығында болуы керек.</translation>
    </message>
</context>
<context>
    <name>UnusedHoursReport</name>
    <message>
        <source>Client %1 has no tariff.</source>
        <translation>%1 клиентінің тарифі жоқ.</translation>
    </message>
    <message>
        <source>The month is not a valid month.</source>
        <translation>Ай дұрыс көрсетілмеген.</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A staff member needs a name.</source>
        <translation>Қызметкердің аты болуы керек.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>«%1» — электрондық пошта мекенжайы емес.</translation>
    </message>
    <message>
        <source>The cost rate cannot be negative.</source>
        <translation>Өзіндік құн мөлшерлемесі теріс бола алмайды.</translation>
    </message>
    <message>
        <source>Unknown currency "%1".</source>
        <translation>Белгісіз валюта «%1».</translation>
    </message>
    <message>
        <source>A staff member with email %1 already exists.</source>
        <translation>%1 email-і бар қызметкер бұрыннан бар.</translation>
    </message>
    <message>
        <source>No staff member with id %1.</source>
        <translation>id %1 қызметкері жоқ.</translation>
    </message>
    <message>
        <source>A staff member's language is ru, kk or en (or none for the team's default), not "%1".</source>
        <translation>Қызметкердің тілі — ru, kk немесе en (немесе бос — команданың тілі), «%1» емес.</translation>
    </message>
</context>
<context>
    <name>WorkHoursText</name>
    <message>
        <source>“%1” is not a time range like 09:00–18:00.</source>
        <translation>«%1» — 09:00–18:00 түріндегі уақыт аралығы емес.</translation>
    </message>
    <message>
        <source>“%1”: a time of day runs from 00:00 to 24:00.</source>
        <translation>«%1»: тәулік уақыты 00:00-ден 24:00-ге дейін.</translation>
    </message>
    <message>
        <source>“%1” must end after it starts.</source>
        <translation>«%1» басталғанынан кейін аяқталуы керек.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap.</source>
        <translation>%1 мен %2 қиылысады.</translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>No workflow template with id %1.</source>
        <translation>%1 нөмірлі процесс үлгісі жоқ.</translation>
    </message>
    <message>
        <source>Nobody takes the %1 steps: set the client's account manager.</source>
        <translation>%1 рөлінің қадамдарын орындайтын адам жоқ: клиентке аккаунт-менеджер тағайындаңыз.</translation>
    </message>
    <message>
        <source>Workflow template "%1" is archived.</source>
        <translation>«%1» процесс үлгісі мұрағатта.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>No ticket with id %1.</source>
        <translation>%1 нөмірлі өтінім жоқ.</translation>
    </message>
    <message>
        <source>Ticket %1 belongs to another client.</source>
        <translation>%1 өтінімі басқа клиенттікі.</translation>
    </message>
    <message>
        <source>No workflow run with id %1.</source>
        <translation>%1 нөмірлі процесс іске қосылымы жоқ.</translation>
    </message>
    <message>
        <source>Step "%1" would go to a staff member who is no longer active: update the client's card.</source>
        <translation>«%1» қадамы енді жұмыс істемейтін қызметкерге түсер еді: клиент карточкасын жаңартыңыз.</translation>
    </message>
</context>
<context>
    <name>WorkflowTemplate</name>
    <message>
        <source>A workflow template needs a name.</source>
        <translation>Процесс үлгісінің атауы болуы керек.</translation>
    </message>
    <message>
        <source>A workflow template needs at least one step.</source>
        <translation>Процесс үлгісінде кемінде бір қадам болуы керек.</translation>
    </message>
    <message>
        <source>Step %1 needs a title.</source>
        <translation>%1-қадамның атауы болуы керек.</translation>
    </message>
    <message>
        <source>Step %1 is due 0 to 250 working days after the start, not %2.</source>
        <translation>%1-қадамның мерзімі басталғаннан кейін %2 емес, 0–250 жұмыс күні.</translation>
    </message>
    <message>
        <source>Intake of a new request</source>
        <translation>Жаңа өтінімді қабылдау</translation>
    </message>
    <message>
        <source>Record the request, formalize it and get the client's confirmation.</source>
        <translation>Өтінімді тіркеу, ресімдеу және клиенттің растауын алу.</translation>
    </message>
    <message>
        <source>Record the request with its channel and priority</source>
        <translation>Өтінімді арнасы мен басымдығымен тіркеу</translation>
    </message>
    <message>
        <source>Formalize the task statement</source>
        <translation>Тапсырманың қойылымын тұжырымдау</translation>
    </message>
    <message>
        <source>Get the client's confirmation</source>
        <translation>Клиенттің растауын алу</translation>
    </message>
    <message>
        <source>Assign a specialist and agree the deadline</source>
        <translation>Маман тағайындап, мерзімді келісу</translation>
    </message>
    <message>
        <source>Project kickoff</source>
        <translation>Жобаны бастау</translation>
    </message>
    <message>
        <source>Start a project: team, plan, access and the first meeting.</source>
        <translation>Жобаны бастау: команда, жоспар, қолжетімділік және алғашқы кездесу.</translation>
    </message>
    <message>
        <source>Hand over the client card and special conditions</source>
        <translation>Клиент карточкасы мен ерекше шарттарды тапсыру</translation>
    </message>
    <message>
        <source>Hold the kickoff meeting with the client</source>
        <translation>Клиентпен бастапқы кездесу өткізу</translation>
    </message>
    <message>
        <source>Agree the work plan and deadlines</source>
        <translation>Жұмыс жоспары мен мерзімдерді келісу</translation>
    </message>
    <message>
        <source>Get access to the client's systems and documents</source>
        <translation>Клиенттің жүйелері мен құжаттарына қолжетімділік алу</translation>
    </message>
    <message>
        <source>Check the handoff and the plan</source>
        <translation>Клиентті тапсыруды және жоспарды тексеру</translation>
    </message>
    <message>
        <source>Ongoing work</source>
        <translation>Ағымдағы жұмыс</translation>
    </message>
    <message>
        <source>A month of ongoing service: work, status and hours.</source>
        <translation>Ағымдағы қызмет көрсетудің бір айы: жұмыс, мәртебе және сағаттар.</translation>
    </message>
    <message>
        <source>Review open requests and their deadlines</source>
        <translation>Ашық өтінімдер мен олардың мерзімдерін қарау</translation>
    </message>
    <message>
        <source>Send the client a status update</source>
        <translation>Клиентке мәртебе туралы жаңарту жіберу</translation>
    </message>
    <message>
        <source>Log the hours worked</source>
        <translation>Жұмыс істеген сағаттарды енгізу</translation>
    </message>
    <message>
        <source>Check the subscription hours used</source>
        <translation>Абонементтің жұмсалған сағаттарын тексеру</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Finish the work: results, documents and the client's feedback.</source>
        <translation>Жұмысты аяқтау: нәтиже, құжаттар және клиенттің пікірі.</translation>
    </message>
    <message>
        <source>Deliver the result to the client</source>
        <translation>Нәтижені клиентке тапсыру</translation>
    </message>
    <message>
        <source>Get the client's acceptance</source>
        <translation>Клиенттің қабылдауын алу</translation>
    </message>
    <message>
        <source>Issue the closing documents</source>
        <translation>Жабу құжаттарын рәсімдеу</translation>
    </message>
    <message>
        <source>Ask for feedback: liked or not liked</source>
        <translation>Пікір сұрау: ұнады ма, жоқ па</translation>
    </message>
    <message>
        <source>Check the quality of the completed work</source>
        <translation>Орындалған жұмыстың сапасын тексеру</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>rapport</name>
    <message>
        <source>The table %1 has no columns.</source>
        <translation>%1 кестесінде бағандар жоқ.</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>%1 серверіне қосылу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rapport::ActionItemsModel</name>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Action item %1: enter what is to be done.</source>
        <translation>%1-тармақ: не істеу керегін жазыңыз.</translation>
    </message>
    <message>
        <source>Action item %1: choose who owns it.</source>
        <translation>%1-тармақ: жауаптыны таңдаңыз.</translation>
    </message>
    <message>
        <source>Action item %1: enter the due date.</source>
        <translation>%1-тармақ: мерзімін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Past its due date and still open.</source>
        <translation>Мерзімі өтті, бірақ әлі орындалмаған.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Жоспар тармағы</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
</context>
<context>
    <name>rapport::ApplyWorkflowDialog</name>
    <message>
        <source>Apply Workflow</source>
        <translation>Регламентті қолдану</translation>
    </message>
    <message>
        <source>&amp;Workflow:</source>
        <translation>&amp;Регламент:</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>T&amp;icket:</source>
        <translation>Өті&amp;нім:</translation>
    </message>
    <message>
        <source>&amp;Start on:</source>
        <translation>&amp;Басталуы:</translation>
    </message>
    <message>
        <source>Tas&amp;ks to be created</source>
        <translation>&amp;Жасалатын тапсырмалар</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Клиентті таңдаңыз</translation>
    </message>
    <message>
        <source>None: for the client as a whole</source>
        <translation>Жоқ: клиент үшін тұтастай</translation>
    </message>
    <message>
        <source>Workflow template</source>
        <translation>Процесс үлгісі</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Each step is due its number of working days after this date, on the client's regulation calendar.</source>
        <translation>Әр қадамның мерзімі — осы күннен кейінгі өз жұмыс күндерінің саны, клиенттің регламент күнтізбесі бойынша.</translation>
    </message>
    <message>
        <source>Tasks to be created</source>
        <translation>Жасалатын тапсырмалар</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Жауаптының рөлі</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>№%1  %2</translation>
    </message>
    <message>
        <source>There is no workflow template to apply: add one on the Workflow templates tab.</source>
        <translation>Қолданатын процесс үлгісі жоқ: оны «Процесс үлгілері» қойындысында қосыңыз.</translation>
    </message>
    <message>
        <source>Choose the client to see the tasks its steps will become.</source>
        <translation>Қадамдардан жасалатын тапсырмаларды көру үшін клиентті таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) will be created, the last one due %1.</source>
        <translation><numerusform>%n тапсырма жасалады, соңғысының мерзімі — %1.</numerusform>
            <numerusform>%n тапсырма жасалады, соңғысының мерзімі — %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::AutomationRulesModel</name>
    <message>
        <source>Only for: %1</source>
        <translation>Тек мыналар үшін: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Ереже</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>To / owner</source>
        <translation>Кімге / жауапты</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Мақұлдау</translation>
    </message>
</context>
<context>
    <name>rapport::AutomationRulesPage</name>
    <message>
        <source>Automation rules</source>
        <translation>Автоматтандыру ережелері</translation>
    </message>
    <message>
        <source>Each rule follows a date or an event and queues a message from its template, or creates a task. Enter edits the selected rule; the check box switches it on or off.</source>
        <translation>Әр ереже күнді немесе оқиғаны қадағалап, өз үлгісі бойынша хабарламаны кезекке қояды немесе тапсырма жасайды. Enter таңдалған ережені өңдеуге ашады; белгі оны қосады және өшіреді.</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>Ережені &amp;өзгерту…</translation>
    </message>
    <message>
        <source>Edit the selected rule (Enter)</source>
        <translation>Таңдалған ережені өзгерту (Enter)</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>&amp;Үлгіні өзгерту…</translation>
    </message>
    <message>
        <source>Edit the message template of the selected rule, with a preview</source>
        <translation>Таңдалған ереженің хабарлама үлгісін алдын ала қараумен өзгерту</translation>
    </message>
    <message>
        <source>Rule switched on.</source>
        <translation>Ереже қосылды.</translation>
    </message>
    <message>
        <source>Rule switched off.</source>
        <translation>Ереже өшірілді.</translation>
    </message>
    <message>
        <source>Rule saved.</source>
        <translation>Ереже сақталды.</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Жаңа ереже…</translation>
    </message>
    <message>
        <source>Add a rule of your own (Ctrl+Shift+N)</source>
        <translation>Өз ережеңізді қосу (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Delete rule…</source>
        <translation>Ережені жо&amp;ю…</translation>
    </message>
    <message>
        <source>Delete the selected rule of your own that has never fired (Delete)</source>
        <translation>Әлі бірде-бір рет іске қосылмаған таңдалған өз ережеңізді жою (Delete)</translation>
    </message>
    <message>
        <source>Rule added.</source>
        <translation>Жаңа ереже қосылды.</translation>
    </message>
    <message>
        <source>A shipped rule is switched off, not deleted.</source>
        <translation>Жеткізілетін ереже жойылмайды, өшіріледі.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Ережені жою</translation>
    </message>
    <message>
        <source>Delete the rule "%1"?</source>
        <translation>«%1» ережесін жою керек пе?</translation>
    </message>
    <message>
        <source>Rule "%1" deleted.</source>
        <translation>«%1» ережесі жойылды.</translation>
    </message>
</context>
<context>
    <name>rapport::AutomationView</name>
    <message>
        <source>Messages</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>Rules and templates</source>
        <translation>Ережелер мен үлгілер</translation>
    </message>
</context>
<context>
    <name>rapport::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
<context>
    <name>rapport::BillingRunDialog</name>
    <message>
        <source>Run Billing for Month</source>
        <translation>Ай бойынша шот шығару</translation>
    </message>
    <message>
        <source>Draft invoices and acts are made from the hours logged in the month: the monthly fee, overage beyond the included hours and carry-over, and corrections of months already invoiced. Preview first; nothing is written until you create the invoices.</source>
        <translation>Шоттар мен актілердің жобалары ай ішінде есепке алынған сағаттар бойынша жасалады: абоненттік төлем, тарифке кірген және ауыстырылған сағаттардан тыс сағаттар, бұрын шот шығарылған айлардың түзетулері. Алдымен алдын ала есепті қараңыз: шоттарды жасамайынша ештеңе жазылмайды.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Ай:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Алдын ала есеп</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>Есепке алынған сағат</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Кіреді</translation>
    </message>
    <message>
        <source>Carry-over used</source>
        <translation>Ауыстырылғаннан</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Тарифтен тыс</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Choose the month and press Preview.</source>
        <translation>Айды таңдап, «Алдын ала есеп» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>&amp;Create Invoices (%1)</source>
        <translation>Шоттарды &amp;жасау (%1)</translation>
    </message>
    <message>
        <source>&amp;Create Invoices</source>
        <translation>Шоттарды &amp;жасау</translation>
    </message>
    <message>
        <source>Previewing billing for %1…</source>
        <translation>%1 үшін алдын ала есеп…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Алдын ала есеп тоқтатылды.</translation>
    </message>
    <message>
        <source>Draft invoice and act</source>
        <translation>Шот жобасы және акт</translation>
    </message>
    <message>
        <source>corrections of earlier months: %1</source>
        <translation>өткен айлардың түзетулері: %1</translation>
    </message>
    <message>
        <source>%1: draft invoices to create: %2, in total %3 with VAT.</source>
        <translation>%1: жасалатын шот жобалары: %2, барлығы ҚҚС-пен %3.</translation>
    </message>
    <message>
        <source>%1: nothing new to invoice.</source>
        <translation>%1: жаңа шоттар болмайды.</translation>
    </message>
    <message>
        <source>Already invoiced for this month: %1.</source>
        <translation>Осы айға шот бұрыннан шығарылған: %1.</translation>
    </message>
    <message>
        <source>Nothing to bill: %1.</source>
        <translation>Шот шығаратын ештеңе жоқ: %1.</translation>
    </message>
    <message>
        <source>Cannot be billed: %1 (see the list).</source>
        <translation>Шот шығару мүмкін болмады: %1 (тізімді қараңыз).</translation>
    </message>
    <message>
        <source>Billing %1…</source>
        <translation>%1 үшін шот шығару…</translation>
    </message>
    <message>
        <source>Billing for %1: draft invoices created: %2.</source>
        <translation>%1 үшін шоттар: жасалған жобалар: %2.</translation>
    </message>
    <message>
        <source>Already invoiced before: %1.</source>
        <translation>Бұрын шығарылғандар: %1.</translation>
    </message>
    <message>
        <source>Clients that could not be billed: %1.</source>
        <translation>Шот шығару мүмкін болмаған клиенттер: %1.</translation>
    </message>
    <message>
        <source>The run was cancelled before all clients were billed.</source>
        <translation>Барлық клиентке шот шығарылмай тұрып іске қосу тоқтатылды.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>Invoices to be made</source>
        <translation>Жасалатын шоттар</translation>
    </message>
</context>
<context>
    <name>rapport::BillingTodaySection</name>
    <message>
        <source>Unpaid invoices</source>
        <translation>Төленбеген шоттар</translation>
    </message>
    <message>
        <source>No unpaid invoices of your clients.</source>
        <translation>Сіздің клиенттеріңізде төленбеген шоттар жоқ.</translation>
    </message>
</context>
<context>
    <name>rapport::BillingView</name>
    <message>
        <source>Invoices and acts are made monthly from the hours logged; an issued invoice gets its number and due date and is never edited. Overdue debt goes through the dunning ladder: debt notice, suspension when its deadline passes, formal claim, block.</source>
        <translation>Шоттар мен актілер ай сайын есепке алынған сағаттар бойынша жасалады; шығарылған шот нөмір мен төлеу мерзімін алады және енді өзгертілмейді. Мерзімі өткен берешек өндіріп алу кезеңдерінен өтеді: берешек туралы хабарлама, оның мерзімі өткенде жұмыстарды тоқтата тұру, талап хат, бұғаттау.</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Шоттар</translation>
    </message>
    <message>
        <source>&amp;Dunning Queue</source>
        <translation>Өндіріп а&amp;лу кезегі</translation>
    </message>
</context>
<context>
    <name>rapport::CalendarDaysTable</name>
    <message>
        <source>Working day (transferred)</source>
        <translation>Жұмыс күні (ауыстырылған)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Мереке</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
</context>
<context>
    <name>rapport::CalendarEditor</name>
    <message>
        <source>&amp;Holidays and transferred working days (%1):</source>
        <translation>&amp;Мерекелер мен ауыстырылған жұмыс күндері (%1):</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>Мерекелерді импорттау</translation>
    </message>
    <message>
        <source>Holiday files (*.ics *.csv *.txt);;All files (*)</source>
        <translation>Мерекелер файлдары (*.ics *.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Ештеңе импортталмады: %1</translation>
    </message>
    <message>
        <source>Days imported: %1. Check them and save.</source>
        <translation>Импортталған күндер: %1. Тексеріп, сақтаңыз.</translation>
    </message>
    <message>
        <source>New Calendar</source>
        <translation>Жаңа күнтізбе</translation>
    </message>
    <message>
        <source>Name of the new calendar:</source>
        <translation>Жаңа күнтізбенің атауы:</translation>
    </message>
    <message>
        <source>A calendar named “%1” already exists.</source>
        <translation>«%1» күнтізбесі бұрыннан бар.</translation>
    </message>
    <message>
        <source>Adjust the new calendar and save it.</source>
        <translation>Жаңа күнтізбені баптап, сақтаңыз.</translation>
    </message>
    <message>
        <source>Saved. Recomputing the SLA of open tickets…</source>
        <translation>Сақталды. Ашық өтінімдердің SLA қайта есептелуде…</translation>
    </message>
    <message>
        <source>Recomputing the SLA of open tickets…</source>
        <translation>Ашық өтінімдердің SLA қайта есептелуде…</translation>
    </message>
    <message>
        <source>Saved, but the open tickets were not recomputed: %1</source>
        <translation>Сақталды, бірақ ашық өтінімдер қайта есептелмеді: %1</translation>
    </message>
    <message>
        <source>Saved; open tickets recomputed: %1.</source>
        <translation>Сақталды; қайта есептелген ашық өтінімдер: %1.</translation>
    </message>
    <message>
        <source>Business Calendars</source>
        <translation>Өндірістік күнтізбелер</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to calendar “%1”?</source>
        <translation>«%1» күнтізбесіндегі сақталмаған өзгерістерден бас тарту керек пе?</translation>
    </message>
    <message>
        <source>SLA due times count working hours only. Holidays and transferred working days change by yearly decree in Kazakhstan and Russia: import or enter them here.</source>
        <translation>SLA мерзімдері тек жұмыс сағаттарымен есептеледі. Қазақстан мен Ресейде мерекелер мен жұмыс күндерінің ауыстырылуы жыл сайынғы қаулылармен өзгереді: оларды осында импорттаңыз немесе енгізіңіз.</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Күнтізбе:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Уақыт белдеуі:</translation>
    </message>
    <message>
        <source>Always open (24/7)</source>
        <translation>Тәулік бойы (24/7)</translation>
    </message>
    <message>
        <source>&amp;Working hours per weekday:</source>
        <translation>&amp;Апта күндері бойынша жұмыс сағаттары:</translation>
    </message>
    <message>
        <source>Transferred working days follow:</source>
        <translation>Ауыстырылған жұмыс күндері бойынша:</translation>
    </message>
    <message>
        <source>Holidays checked for year:</source>
        <translation>Мерекелер тексерілген жыл:</translation>
    </message>
    <message>
        <source>Name, e.g. Nauryz</source>
        <translation>Атауы, мысалы Наурыз</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Add holidays and transferred working days from an ICS file or a CSV file with date,kind,name rows</source>
        <translation>ICS файлынан немесе date,kind,name жолдары бар CSV файлынан мерекелер мен ауыстырылған жұмыс күндерін қосу</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Қайтару</translation>
    </message>
    <message>
        <source>&amp;Save Calendar</source>
        <translation>Күнтізбені &amp;сақтау</translation>
    </message>
    <message>
        <source>the %1 schedule</source>
        <translation>%1 кестесі</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Мереке</translation>
    </message>
    <message>
        <source>Working day (transferred)</source>
        <translation>Жұмыс күні (ауыстырылған)</translation>
    </message>
    <message>
        <source>Working hours per weekday</source>
        <translation>Апта күндері бойынша жұмыс сағаттары</translation>
    </message>
    <message>
        <source>Holidays and transferred working days</source>
        <translation>Мерекелер және ауыстырылған жұмыс күндері</translation>
    </message>
    <message>
        <source>Date of the day to add</source>
        <translation>Қосылатын күннің күні</translation>
    </message>
    <message>
        <source>Kind of the day to add</source>
        <translation>Қосылатын күннің түрі</translation>
    </message>
    <message>
        <source>Name of the day to add</source>
        <translation>Қосылатын күннің атауы</translation>
    </message>
</context>
<context>
    <name>rapport::CancelInvoiceDialog</name>
    <message>
        <source>Cancel Invoice</source>
        <translation>Шоттың күшін жою</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Себебі (міндетті):</translation>
    </message>
    <message>
        <source>Cancel &amp;Invoice</source>
        <translation>Шоттың күшін &amp;жою</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Қалдыру</translation>
    </message>
    <message>
        <source>Invoice %1 to %2 for %3 will be cancelled.</source>
        <translation>%2 клиентіне %3 сомасына шығарылған %1 шотының күші жойылады.</translation>
    </message>
    <message>
        <source>Its number stays used: invoice numbers have no gaps.</source>
        <translation>Оның нөмірі бос болмайды: шоттарды нөмірлеуде бос орын болмайды.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the invoice.</source>
        <translation>Шоттың күшін жою себебін көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>rapport::ClientBillingPanel</name>
    <message>
        <source>Save the card first: billing starts with a saved client.</source>
        <translation>Алдымен карточканы сақтаңыз: шоттар тек сақталған клиентке шығарылады.</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>Шоттар мен &amp;төлемдер</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Теңгерім:</translation>
    </message>
    <message>
        <source>Dunning:</source>
        <translation>Өндіріп алу:</translation>
    </message>
    <message>
        <source>Hours this month:</source>
        <translation>Осы айдағы сағаттар:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Шоттар</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Төлемдер</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Төлемді тіркеу…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>P&amp;DF ашу</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Шот</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Негіздеме</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кім жазды</translation>
    </message>
    <message>
        <source>Nothing unpaid.</source>
        <translation>Төленбеген шоттар жоқ.</translation>
    </message>
    <message>
        <source>%1 unpaid (invoices: %2)</source>
        <translation>төленбегені %1 (шоттар: %2)</translation>
    </message>
    <message>
        <source>%1 of it overdue</source>
        <translation>оның ішінде мерзімі өткені %1</translation>
    </message>
    <message>
        <source>No dunning.</source>
        <translation>Өндіріп алу жүргізілмейді.</translation>
    </message>
    <message>
        <source>%1 (case opened %2).</source>
        <translation>%1 (іс %2 ашылған).</translation>
    </message>
    <message>
        <source>%1 until %2.</source>
        <translation>%1 — %2 дейін.</translation>
    </message>
    <message>
        <source>No tariff on the card: nothing is billed monthly.</source>
        <translation>Карточкада тариф жоқ: ай сайынғы шоттар шығарылмайды.</translation>
    </message>
    <message>
        <source>%1 used of %2 included</source>
        <translation>кірген %2 ішінен %1 пайдаланылды</translation>
    </message>
    <message>
        <source>and %1 carried over</source>
        <translation>және %1 ауыстырылған</translation>
    </message>
    <message>
        <source>%1 beyond, billed as overage.</source>
        <translation>одан тыс %1 — тарифтен тыс мөлшерлеме бойынша төленеді.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>%1 қалды.</translation>
    </message>
    <message>
        <source>Most of the included hours went unused in the last %1 months: %2.</source>
        <translation>Соңғы айларда (%1) кірген сағаттардың көбі пайдаланылмады: %2.</translation>
    </message>
    <message>
        <source>Invoices of the client</source>
        <translation>Клиенттің шоттары</translation>
    </message>
    <message>
        <source>Payments of the client</source>
        <translation>Клиенттің төлемдері</translation>
    </message>
</context>
<context>
    <name>rapport::ClientCardDialog</name>
    <message>
        <source>The client with id %1 no longer exists.</source>
        <translation>id %1 клиенті енді жоқ.</translation>
    </message>
    <message>
        <source>The card is not saved: correct the fields marked in red.</source>
        <translation>Карточка сақталмады: қызыл түспен белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <source>This tax ID already belongs to %1.</source>
        <translation>Бұл салық нөмірі %1 клиентіне тиесілі.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The client card has changes that are not saved. Save them?</source>
        <translation>Клиент карточкасында сақталмаған өзгерістер бар. Оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Жаңа клиент</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>Салық нөмірі %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Шарт %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Әлі сақталмаған</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Деректемелер</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Байланыстар</translation>
    </message>
    <message>
        <source>Contract &amp;&amp; ta&amp;riff</source>
        <translation>Шарт және &amp;тариф</translation>
    </message>
    <message>
        <source>Special co&amp;nditions</source>
        <translation>&amp;Ерекше шарттар</translation>
    </message>
    <message>
        <source>Docum&amp;ents</source>
        <translation>&amp;Құжаттар</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Оқиғалар таспасы</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the card (Ctrl+S)</source>
        <translation>Карточканы сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>The card shows the saved version now; your changes were discarded.</source>
        <translation>Карточка сақталған нұсқаны көрсетеді; сіздің өзгерістеріңіз алынып тасталды.</translation>
    </message>
    <message>
        <source>Not saved: the card was changed on another desk.</source>
        <translation>Сақталмады: карточка басқа жұмыс орнында өзгертілді.</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Басқа жұмыс орнында өзгертілді</translation>
    </message>
    <message>
        <source>&amp;Save Mine</source>
        <translation>Менікін &amp;сақтау</translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation>Олардың нұсқасын &amp;алу</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>Өңдеуді &amp;жалғастыру</translation>
    </message>
    <message>
        <source>quarterly and annual reviews</source>
        <translation>тоқсандық және жылдық кездесулер</translation>
    </message>
    <message>
        <source>the review cadence it had</source>
        <translation>бұрынғы кездесу кестесі</translation>
    </message>
    <message numerus="yes">
        <source>%1 applied: SLA policy %2, %n obligation rule(s), %3.</source>
        <translation><numerusform>%1 қолданылды: SLA саясаты %2, %n міндеттеме ережесі, %3.</numerusform>
            <numerusform>%1 қолданылды: SLA саясаты %2, %n міндеттеме ережесі, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service standard was not applied: it is turned off in Settings.</source>
        <translation>Қызмет көрсету стандарты қолданылмады: ол баптауларда өшірілген.</translation>
    </message>
    <message>
        <source>The service standard was not applied: the client has no tariff.</source>
        <translation>Қызмет көрсету стандарты қолданылмады: клиенттің тарифі жоқ.</translation>
    </message>
    <message>
        <source>The service standard was not applied: the client has obligations already.</source>
        <translation>Қызмет көрсету стандарты қолданылмады: клиенттің міндеттемелері бұрыннан бар.</translation>
    </message>
</context>
<context>
    <name>rapport::ClientConditionsPage</name>
    <message>
        <source>Condition in row %1: write what was agreed.</source>
        <translation>%1-жолдағы шарт: не туралы келісілгенін жазыңыз.</translation>
    </message>
    <message>
        <source>Everything agreed with the client outside the contract: discounts, extra services, response times, people to call. The account manager confirms each one at the handoff.</source>
        <translation>Клиентпен шарттан тыс келісілгеннің бәрі: жеңілдіктер, қосымша қызметтер, жауап беру мерзімдері, кімге қоңырау шалу керек. Аккаунт-менеджер клиентті қабылдаған кезде әр шартты растайды.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Кім келісті</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Келісілген күні</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>Шарт қос&amp;у</translation>
    </message>
    <message>
        <source>Re&amp;move condition</source>
        <translation>Шартты &amp;жою</translation>
    </message>
    <message>
        <source>Special conditions</source>
        <translation>Ерекше шарттар</translation>
    </message>
</context>
<context>
    <name>rapport::ClientContactsPage</name>
    <message>
        <source>Contact in row %1: enter a name.</source>
        <translation>%1-жолдағы байланыс: атын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Contact in row %1: "%2" is not an email address.</source>
        <translation>%1-жолдағы байланыс: «%2» — электрондық пошта мекенжайы емес.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Байланыс қос&amp;у</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>Байланысты &amp;жою</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
</context>
<context>
    <name>rapport::ClientContractPage</name>
    <message>
        <source>Enter the monthly fee, e.g. 150000 or 150000.00.</source>
        <translation>Абоненттік төлемді көрсетіңіз, мысалы 150000 немесе 150000.00.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сома теріс бола алмайды.</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>Шарт басталмай тұрып аяқтала алмайды.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Contract n&amp;umber:</source>
        <translation>Шарт &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Қол қой&amp;ылған күні:</translation>
    </message>
    <message>
        <source>St&amp;arts:</source>
        <translation>Басталуы:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Аяқталуы:</translation>
    </message>
    <message>
        <source>Leave as a dash when there is no date; Delete clears it.</source>
        <translation>Сызықша күннің жоқ екенін білдіреді; Delete пернесі өрісті тазалайды.</translation>
    </message>
    <message>
        <source>The client pays a monthly &amp;tariff</source>
        <translation>Клиент &amp;ай сайынғы тарифті төлейді</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Monthly &amp;fee:</source>
        <translation>Абоненттік тө&amp;лем:</translation>
    </message>
    <message>
        <source>e.g. 150000.00</source>
        <translation>мысалы, 150000.00</translation>
    </message>
    <message>
        <source>Included &amp;hours:</source>
        <translation>Тарифтегі са&amp;ғаттар:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> сағ</translation>
    </message>
    <message>
        <source>&amp;Overage rate per hour:</source>
        <translation>Тарифтен тыс сағат &amp;мөлшерлемесі:</translation>
    </message>
    <message>
        <source>e.g. 12000.00</source>
        <translation>мысалы, 12000.00</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>ҚҚС:</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>Төлем мер&amp;зімі:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Unused hours ro&amp;ll over:</source>
        <translation>Пайдаланылмаған сағаттарды ауысты&amp;ру:</translation>
    </message>
    <message>
        <source>no rollover</source>
        <translation>ауыстырусыз</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ай</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;Шот шығару:</translation>
    </message>
    <message>
        <source>in advance</source>
        <translation>алдын ала</translation>
    </message>
    <message>
        <source>in arrears</source>
        <translation>ай қорытындысы бойынша</translation>
    </message>
    <message>
        <source>In advance, the invoice made at the start of a month carries that month's fee with the last month's overage and corrections; in arrears, one invoice after the month carries both. The act of a month lists that month's work either way.</source>
        <translation>Алдын ала: ай басында шығарылған шотқа осы айдың абоненттік төлемі өткен айдың тарифтен тыс сағаттарымен және түзетулерімен бірге кіреді; ай қорытындысы бойынша: ай аяқталғаннан кейінгі бір шотқа екеуі де кіреді. Айдың актісінде екі жағдайда да сол айдың жұмыстары көрсетіледі.</translation>
    </message>
</context>
<context>
    <name>rapport::ClientDetailsPage</name>
    <message>
        <source>— nobody —</source>
        <translation>— тағайындалмаған —</translation>
    </message>
    <message>
        <source>Enter the legal name as in the contract.</source>
        <translation>Заңды атауын шарттағыдай көрсетіңіз.</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Заңды атауы:</translation>
    </message>
    <message>
        <source>e.g. LLP "Kazakh Logistics"</source>
        <translation>мысалы, «Kazakh Logistics» ЖШС</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Қысқа &amp;атауы:</translation>
    </message>
    <message>
        <source>How the team calls the client</source>
        <translation>Командада клиентті қалай атайды</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>Салық &amp;нөмірі:</translation>
    </message>
    <message>
        <source>BIN/IIN: 12 digits; INN: 10 or 12 digits</source>
        <translation>БСН/ЖСН: 12 цифр; ИНН: 10 немесе 12 цифр</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Мекенжайы:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Мә&amp;ртебесі:</translation>
    </message>
    <message>
        <source>Account &amp;manager:</source>
        <translation>А&amp;ккаунт-менеджер:</translation>
    </message>
    <message>
        <source>Sales o&amp;wner:</source>
        <translation>&amp;Жауапты сатушы:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Т&amp;ілі:</translation>
    </message>
    <message>
        <source>The language of documents and messages for this client</source>
        <translation>Осы клиентке арналған құжаттар мен хабарламалар тілі</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ескертпе&amp;лер:</translation>
    </message>
    <message>
        <source>Country of the tax ID</source>
        <translation>Салық нөмірінің елі</translation>
    </message>
</context>
<context>
    <name>rapport::ClientDocumentsPage</name>
    <message>
        <source>Link a document</source>
        <translation>Құжатқа сілтеме</translation>
    </message>
    <message>
        <source>Cannot open "%1".</source>
        <translation>«%1» ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>Document in row %1: give it a title.</source>
        <translation>%1-жолдағы құжат: атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Document in row %1: enter a path or a link.</source>
        <translation>%1-жолдағы құжат: жолын немесе сілтемесін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Links to the contract, acts and shared folders: a file path or a web address.</source>
        <translation>Шартқа, актілерге және ортақ қалталарға сілтемелер: файл жолы немесе веб-мекенжай.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Path or link</source>
        <translation>Жол немесе сілтеме</translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation>Сілтеме қос&amp;у</translation>
    </message>
    <message>
        <source>Link a &amp;file…</source>
        <translation>&amp;Файлға сілтеме…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Аш&amp;у</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
</context>
<context>
    <name>rapport::ClientFeedbackDialog</name>
    <message>
        <source>Handle %1</source>
        <translation>Өңдеу: %1</translation>
    </message>
    <message>
        <source>%1 from the client: “%2”</source>
        <translation>Клиенттен %1: «%2»</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Не істелді:</translation>
    </message>
    <message>
        <source>The answer given, the fix made, who was told</source>
        <translation>Қандай жауап берілді, не түзетілді, кімге хабарланды</translation>
    </message>
    <message>
        <source>Mark &amp;handled</source>
        <translation>Өңделді деп &amp;белгілеу</translation>
    </message>
    <message>
        <source>Record Client Feedback</source>
        <translation>Клиент пікірін жазу</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Арна:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Алынған күні:</translation>
    </message>
    <message>
        <source>&amp;What the client said:</source>
        <translation>&amp;Клиент не айтты:</translation>
    </message>
    <message>
        <source>What went wrong, in the client's words</source>
        <translation>Не дұрыс болмады — клиенттің сөзімен</translation>
    </message>
    <message>
        <source>What the client thanked us for</source>
        <translation>Клиент не үшін алғыс айтты</translation>
    </message>
    <message>
        <source>The remark or suggestion</source>
        <translation>Ескерту немесе ұсыныс</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>Write what was done about it.</source>
        <translation>Не істелгенін жазыңыз.</translation>
    </message>
    <message>
        <source>Write what the client said.</source>
        <translation>Клиенттің не айтқанын жазыңыз.</translation>
    </message>
    <message>
        <source>Feedback cannot be received in the future.</source>
        <translation>Пікір болашақта алынуы мүмкін емес.</translation>
    </message>
</context>
<context>
    <name>rapport::ClientFeedbackModel</name>
    <message>
        <source>Not handled yet</source>
        <translation>Әлі өңделмеген</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Алынды</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>What the client said</source>
        <translation>Клиент не айтты</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Өңдеу</translation>
    </message>
</context>
<context>
    <name>rapport::ClientFeedbackPanel</name>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Пікірлер</translation>
    </message>
    <message>
        <source>All feedback</source>
        <translation>Барлық пікірлер</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Шағымдар</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Алғыс</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Ескертулер</translation>
    </message>
    <message>
        <source>&amp;Unhandled only</source>
        <translation>Тек &amp;өңделмегендер</translation>
    </message>
    <message>
        <source>&amp;Record feedback…</source>
        <translation>Пікір &amp;жазу…</translation>
    </message>
    <message>
        <source>Mark &amp;handled…</source>
        <translation>Өңделді деп &amp;белгілеу…</translation>
    </message>
    <message>
        <source>No complaints, thanks or remarks recorded.</source>
        <translation>Шағымдар, алғыстар мен ескертулер жазылмаған.</translation>
    </message>
    <message>
        <source>Save the card first to record the client's feedback.</source>
        <translation>Клиент пікірін жазу үшін алдымен карточканы сақтаңыз.</translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation>Шағымдар: %1</translation>
    </message>
    <message>
        <source>(%1 not handled)</source>
        <translation>(өңделмегені: %1)</translation>
    </message>
    <message>
        <source>Thanks: %1</source>
        <translation>Алғыстар: %1</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>Ескертулер: %1</translation>
    </message>
    <message>
        <source>Kind of feedback</source>
        <translation>Пікір түрі</translation>
    </message>
    <message>
        <source>Feedback from the client</source>
        <translation>Клиенттің пікірлері</translation>
    </message>
</context>
<context>
    <name>rapport::ClientImportWizard</name>
    <message>
        <source>Legal name</source>
        <translation>Заңды атауы</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>Tax country</source>
        <translation>Салық нөмірінің елі</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Салық нөмірі</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Account manager (email)</source>
        <translation>Аккаунт-менеджер (email)</translation>
    </message>
    <message>
        <source>Sales owner (email)</source>
        <translation>Жауапты сатушы (email)</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Шарт нөмірі</translation>
    </message>
    <message>
        <source>Contract signed on</source>
        <translation>Шартқа қол қойылған күн</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Шарттың басталуы</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Шарттың аяқталуы</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Абоненттік төлем</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Included hours</source>
        <translation>Тарифтегі сағаттар</translation>
    </message>
    <message>
        <source>Overage rate per hour</source>
        <translation>Тарифтен тыс сағат мөлшерлемесі</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>ҚҚС мөлшерлемесі</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Төлем мерзімі (күн)</translation>
    </message>
    <message>
        <source>Rollover (months)</source>
        <translation>Сағаттарды ауыстыру (ай)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Client's tax ID</source>
        <translation>Клиенттің салық нөмірі</translation>
    </message>
    <message>
        <source>Client's tax country</source>
        <translation>Клиенттің салық нөмірінің елі</translation>
    </message>
    <message>
        <source>Client's legal name</source>
        <translation>Клиенттің заңды атауы</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Байланыстың аты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Клиенттерді импорттау</translation>
    </message>
</context>
<context>
    <name>rapport::ClientPageModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>rapport::ClientTableModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Заңды атауы</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Қысқа атауы</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Салық нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Толтырылуы</translation>
    </message>
    <message>
        <source>The card is complete.</source>
        <translation>Карточка толық толтырылған.</translation>
    </message>
    <message>
        <source>The card lacks:</source>
        <translation>Карточкада жетіспейді:</translation>
    </message>
    <message>
        <source>Share of this month's hours used (included + rolled over)</source>
        <translation>Осы айдағы сағаттардың пайдаланылған үлесі (тарифтегі + ауыстырылған)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағаттар</translation>
    </message>
</context>
<context>
    <name>rapport::ClientTimelinePage</name>
    <message>
        <source>Add a note</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <source>Note (the first line becomes its title):</source>
        <translation>Жазба (бірінші жолы тақырып болады):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Қоңырау</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Тапсыру</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Шот</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Төлем</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Шолу кездесуі</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Пікір</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Алғыс</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Ескерту</translation>
    </message>
    <message>
        <source>Save the card first: its timeline starts when the client is created.</source>
        <translation>Алдымен карточканы сақтаңыз: оқиғалар таспасы клиент жасалғаннан басталады.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Арна</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кім жазды</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>Ертеректерін &amp;көрсету</translation>
    </message>
    <message>
        <source>Add no&amp;te…</source>
        <translation>&amp;Жазба қосу…</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>Қоң&amp;ырауды тіркеу…</translation>
    </message>
    <message>
        <source>Record a call or another conversation (Ctrl+Shift+L)</source>
        <translation>Қоңырауды немесе басқа сөйлесуді тіркеу (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Оқиғалар таспасы</translation>
    </message>
</context>
<context>
    <name>rapport::ClientsView</name>
    <message>
        <source>Archive client</source>
        <translation>Клиентті мұрағаттау</translation>
    </message>
    <message>
        <source>Archive %1? The card, its history and its invoices are kept; the client leaves the list.</source>
        <translation>%1 мұрағатқа жіберілсін бе? Карточка, тарихы мен шоттары сақталады, ал клиент тізімнен шығады.</translation>
    </message>
    <message>
        <source>Search name, tax id, contact…</source>
        <translation>Атауы, салық нөмірі, байланыс бойынша іздеу…</translation>
    </message>
    <message>
        <source>Search by legal or short name, tax ID, contact name or email (Ctrl+F)</source>
        <translation>Заңды немесе қысқа атауы, салық нөмірі, байланыстың аты не email бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Мәртебе:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>М&amp;енеджер:</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Жаңа клиент</translation>
    </message>
    <message>
        <source>Create a client card (Ctrl+Shift+N)</source>
        <translation>Клиент карточкасын жасау (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорттау…</translation>
    </message>
    <message>
        <source>Import clients or contacts from a CSV spreadsheet</source>
        <translation>Клиенттерді немесе байланыстарды CSV кестесінен импорттау</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Мұрағат&amp;қа</translation>
    </message>
    <message>
        <source>Archive the selected client: it leaves the list, its history is kept</source>
        <translation>Таңдалған клиентті мұрағатқа жіберу: ол тізімнен шығады, тарихы сақталады</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Барлық менеджерлер</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>Клиенттер жоқ</translation>
    </message>
    <message>
        <source>No clients match the search</source>
        <translation>Сұрау бойынша клиенттер табылмады</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Клиенттер: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 clients; scroll down to load more</source>
        <translation>%2 клиенттің %1 көрсетілді; көбірек жүктеу үшін төмен айналдырыңыз</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>&amp;Сағаттар:</translation>
    </message>
    <message>
        <source>Hours used this month</source>
        <translation>Осы айда пайдаланылған сағаттар</translation>
    </message>
    <message>
        <source>Only clients that used at least this share of this month's hours (included + rolled over)</source>
        <translation>Осы айдағы сағаттардың кемінде осы үлесін пайдаланған клиенттер ғана (тарифтегі + ауыстырылған)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Кез келген</translation>
    </message>
    <message>
        <source>≥ %1 % used</source>
        <translation>≥ %1 % пайдаланылған</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Клиенттерді іздеу</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
</context>
<context>
    <name>rapport::CompletenessPanel</name>
    <message>
        <source>Nothing is missing.</source>
        <translation>Барлығы толтырылған.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Әлі жетіспейді:</translation>
    </message>
    <message>
        <source>Card completeness</source>
        <translation>Карточканың толтырылуы</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardCharts</name>
    <message>
        <source>W%1</source>
        <translation>А%1</translation>
    </message>
    <message>
        <source>Response and resolution time by week (median, business hours)</source>
        <translation>Апталар бойынша жауап және шешу уақыты (медиана, жұмыс сағаттары)</translation>
    </message>
    <message>
        <source>Response and resolution time by month (median, business hours)</source>
        <translation>Айлар бойынша жауап және шешу уақыты (медиана, жұмыс сағаттары)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Алғашқы жауап</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Шешу</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>сағат</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA сақталуы</translation>
    </message>
    <message>
        <source>Breached: %1 · %2</source>
        <translation>Бұзылды: %1 · %2</translation>
    </message>
    <message>
        <source>Tickets by week</source>
        <translation>Апталар бойынша өтінімдер</translation>
    </message>
    <message>
        <source>Tickets by month</source>
        <translation>Айлар бойынша өтінімдер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <source>Overdue receivables by days past due</source>
        <translation>Кешіктірілген күндер бойынша мерзімі өткен дебиторлық берешек</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 күн</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 күн</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 күн</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>90 күннен астам</translation>
    </message>
    <message>
        <source>Overdue %1 · %2</source>
        <translation>Мерзімі өткен %1 · %2</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>млн</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>мың</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Осы ай</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Осы тоқсан</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Осы жыл</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Өз күндеріңіз</translation>
    </message>
    <message>
        <source>Tickets are counted by the day they were created, in the reporting time zone.</source>
        <translation>Өтінімдер есептілік уақыт белдеуіндегі құрылған күні бойынша есептеледі.</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>М&amp;енеджер:</translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation>Барлық менеджерлер</translation>
    </message>
    <message>
        <source>Clients without a manager</source>
        <translation>Менеджері жоқ клиенттер</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Барлық клиенттер</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>&amp;Басымдық:</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Барлық басымдықтар</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Кезеңнің басы</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Кезеңнің соңы</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardView</name>
    <message>
        <source>Clients without a manager</source>
        <translation>Менеджері жоқ клиенттер</translation>
    </message>
    <message>
        <source>%1: first responses, slowest first</source>
        <translation>%1: алғашқы жауаптар, ең баяуы алдымен</translation>
    </message>
    <message>
        <source>Nothing to export yet: the dashboard is still being calculated.</source>
        <translation>Әзірге экспорттайтын ештеңе жоқ: дашборд әлі есептелуде.</translation>
    </message>
    <message>
        <source>Export the dashboard as CSV</source>
        <translation>Дашбордты CSV-ге экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export the dashboard as a PDF report</source>
        <translation>Дашбордты PDF есебі ретінде экспорттау</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF файлдары (*.pdf)</translation>
    </message>
    <message>
        <source>Tickets created %1, compared with %2 · as of %3</source>
        <translation>%1 құрылған өтінімдер, %2 кезеңмен салыстырғанда · %3 жағдай бойынша</translation>
    </message>
    <message>
        <source>Response and resolution times, SLA compliance, receivables and trends.</source>
        <translation>Жауап және шешу уақыты, SLA сақталуы, дебиторлық берешек және трендтер.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Calculate the figures again (they also refresh by themselves when data changes).</source>
        <translation>Көрсеткіштерді қайта есептеу (деректер өзгергенде олар өздігінен де жаңарады).</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV экспорты…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF экспорты…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>By account manager</source>
        <translation>Менеджерлер бойынша</translation>
    </message>
    <message>
        <source>Click a column to sort; double-click a manager for the tickets behind the number.</source>
        <translation>Сұрыптау үшін бағанды басыңыз; сан артындағы өтінімдер үшін менеджерді екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Tickets created</source>
        <translation>Құрылған өтінімдер</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Әлі ашық</translation>
    </message>
    <message>
        <source>At risk now</source>
        <translation>Қазір қауіп төнуде</translation>
    </message>
    <message>
        <source>Breached, still open</source>
        <translation>Бұзылған, әлі ашық</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Алғашқы жауап, медиана</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>Жауап SLA</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Шешу, медиана</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>Шешу SLA</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Орындалу үлесі</translation>
    </message>
    <message>
        <source>Ticket duration, mean</source>
        <translation>Өтінім ұзақтығы, орташа</translation>
    </message>
    <message>
        <source>Cost per job</source>
        <translation>Бір жұмыстың өзіндік құны</translation>
    </message>
    <message>
        <source>Feedback liked</source>
        <translation>Клиенттерге ұнады</translation>
    </message>
    <message>
        <source>Obligations on time</source>
        <translation>Мерзіміндегі міндеттемелер</translation>
    </message>
    <message>
        <source>Reviews on time</source>
        <translation>Мерзіміндегі шолулар</translation>
    </message>
    <message>
        <source>Handoff quality</source>
        <translation>Тапсыру сапасы</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Дебиторлық берешек</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Unused hours</source>
        <translation>Пайдаланылмаған сағаттар</translation>
    </message>
    <message>
        <source>Click for the list behind this figure.</source>
        <translation>Осы көрсеткіштің артындағы тізімді көру үшін басыңыз.</translation>
    </message>
    <message>
        <source>Tickets created in the period (cancelled ones never count).</source>
        <translation>Кезеңде құрылған өтінімдер (бас тартылғандары есептелмейді).</translation>
    </message>
    <message>
        <source>Tickets created in the period that are resolved or closed.</source>
        <translation>Кезеңде құрылған, шешілген немесе жабылған өтінімдер.</translation>
    </message>
    <message>
        <source>Tickets created in the period that are not resolved yet.</source>
        <translation>Кезеңде құрылған, әлі шешілмеген өтінімдер.</translation>
    </message>
    <message>
        <source>Open tickets running with less than 20 % of the pending target left, not breached yet.</source>
        <translation>Мерзімінің 20 %-дан азы қалған, әлі бұзылмаған ашық өтінімдер.</translation>
    </message>
    <message>
        <source>Open tickets with a target already breached.</source>
        <translation>Мақсаты бұзылған ашық өтінімдер.</translation>
    </message>
    <message>
        <source>Business hours to the first client-visible reply on the ticket's SLA clock.</source>
        <translation>Өтінімнің SLA сағаты бойынша клиентке көрінетін алғашқы жауапқа дейінгі жұмыс сағаттары.</translation>
    </message>
    <message>
        <source>Met ÷ (met + breached); unanswered tickets past their due count as breached, tickets still inside their target in neither. Click for the breached ones.</source>
        <translation>Сақталды ÷ (сақталды + бұзылды); мерзімі өткен жауапсыз өтінімдер бұзылған болып саналады, мерзімі әлі өтпегендер есепке алынбайды. Бұзылғандарын көру үшін басыңыз.</translation>
    </message>
    <message>
        <source>Business hours to resolution on the SLA clock.</source>
        <translation>SLA сағаты бойынша шешілгенге дейінгі жұмыс сағаттары.</translation>
    </message>
    <message>
        <source>Met ÷ (met + breached); open tickets past their due count as breached. Click for the breached ones.</source>
        <translation>Сақталды ÷ (сақталды + бұзылды); мерзімі өткен ашық өтінімдер бұзылған болып саналады. Бұзылғандарын көру үшін басыңыз.</translation>
    </message>
    <message>
        <source>Resolved ÷ created.</source>
        <translation>Шешілді ÷ құрылды.</translation>
    </message>
    <message>
        <source>Calendar time from creation to resolution.</source>
        <translation>Құрылғаннан шешілгенге дейінгі күнтізбелік уақыт.</translation>
    </message>
    <message>
        <source>Logged minutes × each person's hourly cost rate, per resolved ticket.</source>
        <translation>Есепке алынған минуттар × әр қызметкердің сағаттық шығын мөлшерлемесі, бір шешілген өтінімге.</translation>
    </message>
    <message>
        <source>Liked ÷ all feedback on tickets closed in the period (as the feedback report counts it).</source>
        <translation>«Ұнады» ÷ кезеңде жабылған өтінімдер бойынша барлық пікір (пікірлер есебіндегідей).</translation>
    </message>
    <message>
        <source>Obligation tasks due in the period done on time.</source>
        <translation>Мерзімі кезеңге түсетін, уақтылы орындалған міндеттеме тапсырмалары.</translation>
    </message>
    <message>
        <source>Client reviews scheduled in the period held on time.</source>
        <translation>Кезеңге жоспарланып, уақтылы өткізілген клиент кездесулері.</translation>
    </message>
    <message>
        <source>Quality control's mean score of the handoffs completed in the period.</source>
        <translation>Кезеңде аяқталған тапсыруларға сапа бақылауының орташа бағасы.</translation>
    </message>
    <message>
        <source>Unpaid balance of issued invoices, per currency.</source>
        <translation>Қойылған шоттардың төленбеген қалдығы, валюталар бойынша.</translation>
    </message>
    <message>
        <source>Unpaid balance past the due date, per currency.</source>
        <translation>Төлем мерзімі өткен төленбеген қалдық, валюталар бойынша.</translation>
    </message>
    <message>
        <source>Subscription hours included but not used in the billed months of the period.</source>
        <translation>Кезеңнің шот қойылған айларында енгізілген, бірақ пайдаланылмаған абонемент сағаттары.</translation>
    </message>
    <message>
        <source>Figures by account manager</source>
        <translation>Менеджерлер бойынша көрсеткіштер</translation>
    </message>
</context>
<context>
    <name>rapport::DeadlineEdit</name>
    <message>
        <source>No deadline</source>
        <translation>Мерзімсіз</translation>
    </message>
    <message>
        <source>The date and time agreed with the client, in local time</source>
        <translation>Клиентпен келісілген күн мен уақыт, жергілікті уақыт бойынша</translation>
    </message>
    <message>
        <source>Agreed deadline</source>
        <translation>Келісілген мерзім</translation>
    </message>
</context>
<context>
    <name>rapport::DrillDownDialog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 жазу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт тоқтатылды.</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>Тізімді CSV-ге экспорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Тізім экспортталуда…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Өтінімдер жоқ.</translation>
    </message>
    <message>
        <source>Tickets: %1. Double-click one to open it.</source>
        <translation>Өтінімдер: %1. Ашу үшін екі рет басыңыз.</translation>
    </message>
    <message>
        <source>No invoices.</source>
        <translation>Шоттар жоқ.</translation>
    </message>
    <message>
        <source>Invoices: %1, most overdue first.</source>
        <translation>Шоттар: %1, ең көп кешіктірілгені алдымен.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV экспорты…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>rapport::DrillDownModel</name>
    <message>
        <source>draft #%1</source>
        <translation>№%1 жоба</translation>
    </message>
    <message>
        <source>partially paid</source>
        <translation>ішінара төленген</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>шығарылды</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>1st response</source>
        <translation>1-жауап</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Шешу</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Шот</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Кешігу, күн</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Қалдық</translation>
    </message>
</context>
<context>
    <name>rapport::DunningExceptionDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Құжат:</translation>
    </message>
    <message>
        <source>Path or link to the scanned letter</source>
        <translation>Хаттың сканерленген көшірмесінің жолы немесе сілтемесі</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>%1 promises to pay by a date. Escalation waits until then and resumes on the next working day if the debt is still open.</source>
        <translation>%1 белгілі бір күнге дейін төлеуге уәде береді. Өндіріп алу сол күнге дейін күтеді және берешек өтелмесе, келесі жұмыс күні жалғасады.</translation>
    </message>
    <message>
        <source>&amp;Pay by:</source>
        <translation>Төлеу &amp;мерзімі:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>Who promised, and how</source>
        <translation>Кім уәде берді және қалай</translation>
    </message>
    <message>
        <source>A guarantee letter from %1 is on file. No escalation while it is, until it is lifted or its date passes.</source>
        <translation>%1 клиентінен кепілдік хат алынды. Ол қолданыста болғанда — алынғанға дейін немесе көрсетілген күнге дейін — өндіріп алу жалғаспайды.</translation>
    </message>
    <message>
        <source>Hold the dunning of %1: no escalation until the hold is released. Only a team lead may hold, and the reason is kept.</source>
        <translation>%1 бойынша өндіріп алуды тоқтата тұру: тоқтату алынғанға дейін өндіріп алу жалғаспайды. Тек топ жетекшісі тоқтата алады; себебі сақталады.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Себебі (міндетті):</translation>
    </message>
    <message>
        <source>Guarantee Letter</source>
        <translation>Кепілдік хат</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;All files (*)</source>
        <translation>Құжаттар (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Give the path or link of the letter.</source>
        <translation>Хаттың жолын немесе сілтемесін көрсетіңіз.</translation>
    </message>
    <message>
        <source>Give the reason for the hold.</source>
        <translation>Тоқтату себебін көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>rapport::DunningQueueModel</name>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (мерзімі %2)</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 — %2 дейін</translation>
    </message>
    <message>
        <source>Overdue, no notice yet</source>
        <translation>Мерзімі өткен, хабарлама әлі жоқ</translation>
    </message>
    <message>
        <source>Due and not yet taken: run dunning to record it.</source>
        <translation>Мерзімі келді, бірақ қадам әлі жасалмады: оны тіркеу үшін өндіріп алуды іске қосыңыз.</translation>
    </message>
    <message>
        <source>The debt notice gives the client until %1 to pay.</source>
        <translation>Берешек туралы хабарлама бойынша клиент %1 дейін төлеуі тиіс.</translation>
    </message>
    <message>
        <source>Business days are counted on the calendar "%1".</source>
        <translation>Жұмыс күндері «%1» күнтізбесі бойынша есептеледі.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Client status</source>
        <translation>Клиент мәртебесі</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Кешігу, күн</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Келесі қадам</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ерекшелік</translation>
    </message>
    <message>
        <source>On hold until the exception is lifted.</source>
        <translation>Ерекшелік алынғанша тоқтатылған.</translation>
    </message>
    <message>
        <source>Formal claim to be sent</source>
        <translation>Талап-арыз жіберілуді күтуде</translation>
    </message>
    <message>
        <source>Debt notice to be sent</source>
        <translation>Хабарлама жіберілуді күтуде</translation>
    </message>
    <message>
        <source>Formal claim sent on %1</source>
        <translation>Талап-арыз %1 жіберілді</translation>
    </message>
    <message>
        <source>Debt notice sent on %1</source>
        <translation>Хабарлама %1 жіберілді</translation>
    </message>
    <message>
        <source>Waiting for its message</source>
        <translation>Хаттың жіберілуін күтуде</translation>
    </message>
</context>
<context>
    <name>rapport::DunningQueuePage</name>
    <message>
        <source>&amp;Run Dunning Now</source>
        <translation>Өндіріп алуды &amp;іске қосу</translation>
    </message>
    <message>
        <source>Take every step due as of today: debt notices, suspensions after the notice deadline, claims, blocks, and restores after full payment.</source>
        <translation>Бүгінге мерзімі келген барлық қадамдарды орындау: берешек туралы хабарламалар, хабарлама мерзімі өткеннен кейін тоқтата тұру, талап хаттар, бұғаттау және толық төлемнен кейін қалпына келтіру.</translation>
    </message>
    <message>
        <source>&amp;Promise to Pay…</source>
        <translation>Төлеу &amp;уәдесі…</translation>
    </message>
    <message>
        <source>&amp;Guarantee Letter…</source>
        <translation>&amp;Кепілдік хат…</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>Тоқтата &amp;тұру…</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <source>Lift the client's promise, guarantee letter or hold today; escalation resumes.</source>
        <translation>Клиенттің төлеу уәдесін, кепілдік хатын немесе тоқтатуын бүгін алып тастау; өндіріп алу жалғасады.</translation>
    </message>
    <message>
        <source>As of %1. Clients with overdue debt: %2.</source>
        <translation>%1 жағдай бойынша. Мерзімі өткен берешегі бар клиенттер: %2.</translation>
    </message>
    <message>
        <source>Steps due and not yet taken: %1.</source>
        <translation>Мерзімі келген, бірақ орындалмаған қадамдар: %1.</translation>
    </message>
    <message>
        <source>Hold escalation with a reason until you release it.</source>
        <translation>Өндіріп алуды себебін көрсетіп, алып тастағанға дейін тоқтата тұру.</translation>
    </message>
    <message>
        <source>Only a team lead may hold dunning.</source>
        <translation>Өндіріп алуды тек топ жетекшісі тоқтата алады.</translation>
    </message>
    <message>
        <source>No client has overdue debt.</source>
        <translation>Бірде-бір клиентте мерзімі өткен берешек жоқ.</translation>
    </message>
    <message>
        <source>Select a client to see its steps and exceptions.</source>
        <translation>Қадамдар мен ерекшеліктерді көру үшін клиентті таңдаңыз.</translation>
    </message>
    <message>
        <source>overdue invoices: %1, the oldest due %2</source>
        <translation>мерзімі өткен шоттар: %1, ең ерте төлеу мерзімі %2</translation>
    </message>
    <message>
        <source>The debt notice gives until %1 to pay (business days on the calendar "%2").</source>
        <translation>Берешек туралы хабарлама бойынша %1 дейін төлеу керек («%2» күнтізбесі бойынша жұмыс күндері).</translation>
    </message>
    <message>
        <source>Steps taken:</source>
        <translation>Орындалған қадамдар:</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <source>Run dunning as of %1? Steps due: %2. Debt notices, suspensions and the like are recorded, and suspended clients' work stops.</source>
        <translation>Өндіріп алуды %1 күніне іске қосу керек пе? Мерзімі келген қадамдар: %2. Берешек туралы хабарламалар, тоқтата тұру және басқа қадамдар тіркеледі, ал тоқтатылған клиенттер бойынша жұмыстар тоқтайды.</translation>
    </message>
    <message>
        <source>Run dunning as of %1? No step looks due; the run checks every client again.</source>
        <translation>Өндіріп алуды %1 күніне іске қосу керек пе? Мерзімі келген қадамдар көрінбейді; іске қосу барлық клиентті қайта тексереді.</translation>
    </message>
    <message>
        <source>Run Dunning</source>
        <translation>Өндіріп алуды іске қосу</translation>
    </message>
    <message>
        <source>Running dunning as of %1…</source>
        <translation>%1 күнгі өндіріп алу…</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Dunning as of %1: steps taken: %2</source>
        <translation>%1 күнгі өндіріп алу: орындалған қадамдар: %2</translation>
    </message>
    <message>
        <source>Clients that could not be checked: %1.</source>
        <translation>Тексеру мүмкін болмаған клиенттер: %1.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Іске қосу тоқтатылды.</translation>
    </message>
    <message>
        <source>%1 recorded for %2.</source>
        <translation>%1: %2 үшін тіркелді.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Ерекшеліктерді алып тастау</translation>
    </message>
    <message>
        <source>Lift the promise, guarantee letter or hold of %1 today? Escalation resumes on the next working day if the debt is still open.</source>
        <translation>%1 бойынша төлеу уәдесін, кепілдік хатты немесе тоқтатуды бүгін алып тастау керек пе? Берешек өтелмесе, өндіріп алу келесі жұмыс күні жалғасады.</translation>
    </message>
    <message>
        <source>Exceptions of %1 lifted: %2.</source>
        <translation>%1 бойынша алынған ерекшеліктер: %2.</translation>
    </message>
    <message>
        <source>Dunning queue</source>
        <translation>Өндіріп алу кезегі</translation>
    </message>
    <message>
        <source>Mark &amp;Sent by the Team…</source>
        <translation>Команда &amp;жіберді…</translation>
    </message>
    <message>
        <source>The notice or claim waits for its message: record that the team handed it over itself, and when.</source>
        <translation>Хабарлама немесе талап-арыз хаттың жіберілуін күтіп тұр: оны команданың өзі қашан табыс еткенін белгілеңіз.</translation>
    </message>
    <message>
        <source>Nothing of this client waits for its message.</source>
        <translation>Бұл клиентте хаттың жіберілуін күтіп тұрған ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1 of %2 recorded as sent by the team.</source>
        <translation>%2 үшін %1 команда жіберді деп белгіленді.</translation>
    </message>
</context>
<context>
    <name>rapport::DunningSentDialog</name>
    <message>
        <source>Formal Claim Sent by the Team</source>
        <translation>Талап-арызды команда жіберді</translation>
    </message>
    <message>
        <source>Debt Notice Sent by the Team</source>
        <translation>Хабарламаны команда жіберді</translation>
    </message>
    <message>
        <source>The formal claim to %1, decided on %2, is waiting for its message. Record that the team handed it over itself: the block then counts from that day, and a message still queued for it is cancelled.</source>
        <translation>%2 шешілген %1 клиентіне талап-арыз хатының жіберілуін күтіп тұр. Оны команданың өзі табыс еткенін белгілеңіз: бұғаттау сол күннен бастап есептеледі, ал кезектегі хат тоқтатылады.</translation>
    </message>
    <message>
        <source>The debt notice to %1, decided on %2, is waiting for its message. Record that the team handed it over itself: the 5 business days to pay then count from that day, and a message still queued for it is cancelled.</source>
        <translation>%2 шешілген %1 клиентіне берешек туралы хабарлама хатының жіберілуін күтіп тұр. Оны команданың өзі табыс еткенін белгілеңіз: төлеуге берілген 5 жұмыс күні сол күннен бастап есептеледі, ал кезектегі хат тоқтатылады.</translation>
    </message>
    <message>
        <source>Handed over &amp;on:</source>
        <translation>Табыс етілген &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Қалай:</translation>
    </message>
    <message>
        <source>By courier against signature, in person, by registered mail…</source>
        <translation>Курьермен қол қойғызып, жеке өзі, тапсырыс хатпен…</translation>
    </message>
    <message>
        <source>&amp;Mark Sent</source>
        <translation>Жіберілді деп &amp;белгілеу</translation>
    </message>
    <message>
        <source>Say how it was handed over.</source>
        <translation>Қалай табыс етілгенін көрсетіңіз.</translation>
    </message>
</context>
<context>
    <name>rapport::FlaggedClientsModel</name>
    <message>
        <source>review overdue since %1</source>
        <translation>кездесу %1 бастап кешіктірілді</translation>
    </message>
    <message>
        <source>overdue tasks: %1</source>
        <translation>мерзімі өткен тапсырмалар: %1</translation>
    </message>
    <message>
        <source>done late in 90 days: %1</source>
        <translation>90 күнде кешігіп орындалғаны: %1</translation>
    </message>
    <message>
        <source>%1 — account manager %2</source>
        <translation>%1 — аккаунт-менеджер %2</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffConditionsPage</name>
    <message>
        <source>Condition</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Келісілген</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Расталған</translation>
    </message>
    <message>
        <source>The client has no special conditions: nothing to acknowledge.</source>
        <translation>Клиентте ерекше шарттар жоқ: растайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Everything agreed with the client outside the contract. Acknowledge each condition you will keep.</source>
        <translation>Клиентпен шарттан тыс келісілгеннің бәрі. Орындайтын әр шартты растаңыз.</translation>
    </message>
    <message>
        <source>Only the account manager receiving the client (%1) or a team lead can acknowledge these conditions.</source>
        <translation>Бұл шарттарды тек клиентті қабылдайтын аккаунт-менеджер (%1) немесе топ жетекшісі растай алады.</translation>
    </message>
    <message>
        <source>✔ %1, %2</source>
        <translation>✔ %1, %2</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Растау</translation>
    </message>
    <message>
        <source>Special Conditions</source>
        <translation>Ерекше шарттар</translation>
    </message>
    <message>
        <source>Special conditions</source>
        <translation>Ерекше шарттар</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffDialog</name>
    <message>
        <source>Items &amp;&amp; Scores</source>
        <translation>Тармақтар мен бағалар</translation>
    </message>
    <message>
        <source>Meeting &amp;&amp; Satisfaction</source>
        <translation>Кездесу және қанағаттану</translation>
    </message>
    <message>
        <source>Questions to Sales</source>
        <translation>Сатуға сұрақтар</translation>
    </message>
    <message>
        <source>Special Conditions</source>
        <translation>Ерекше шарттар</translation>
    </message>
    <message>
        <source>&amp;Complete Handoff</source>
        <translation>Тапсыруды &amp;аяқтау</translation>
    </message>
    <message>
        <source>Handoff: %1</source>
        <translation>Тапсыру: %1</translation>
    </message>
    <message>
        <source>Salesperson: %1  →  account manager: %2</source>
        <translation>Сатушы: %1  →  аккаунт-менеджер: %2</translation>
    </message>
    <message>
        <source>Won on %1, completed on %2, in %3 days</source>
        <translation>Мәміле %1, аяқталды %2, %3 күнде</translation>
    </message>
    <message>
        <source>Completed by a team lead's override (%1): %2</source>
        <translation>Топ жетекшісінің шешімімен аяқталды (%1): %2</translation>
    </message>
    <message>
        <source>Won on %1, open for %2 days</source>
        <translation>Мәміле %1, ашық тұрғанына %2 күн</translation>
    </message>
    <message>
        <source>%1 of 5 items done</source>
        <translation>5 тармақтың %1 орындалды</translation>
    </message>
    <message>
        <source>Quality score: %1% (%2 of %3 points)</source>
        <translation>Сапа бағасы: %1% (%3 ұпайдан %2)</translation>
    </message>
    <message>
        <source>Quality score: not scored yet</source>
        <translation>Сапа бағасы: әлі қойылмаған</translation>
    </message>
    <message>
        <source>The handoff is complete. Quality control can still score it.</source>
        <translation>Тапсыру аяқталды. Сапа бөлімі оны әлі де бағалай алады.</translation>
    </message>
    <message>
        <source>All five items are done: the handoff can be completed.</source>
        <translation>Барлық бес тармақ орындалды: тапсыруды аяқтауға болады.</translation>
    </message>
    <message>
        <source>Missing: %1. Only a team lead can complete the handoff now, with a reason.</source>
        <translation>Орындалмаған: %1. Қазір тапсыруды тек топ жетекшісі себебін көрсетіп аяқтай алады.</translation>
    </message>
    <message>
        <source>Complete Handoff</source>
        <translation>Тапсыруды аяқтау</translation>
    </message>
    <message>
        <source>These items are still missing: %1.

Finish them first, or ask a team lead: only a team lead can complete a handoff with items missing, and must give a reason.</source>
        <translation>Мына тармақтар әлі орындалмаған: %1.

Алдымен оларды орындаңыз немесе топ жетекшісіне жүгініңіз: орындалмаған тармақтары бар тапсыруды тек ол себебін көрсетіп аяқтай алады.</translation>
    </message>
    <message>
        <source>Items missing: %1.
Why complete the handoff anyway? The reason is recorded.</source>
        <translation>Орындалмаған тармақтар: %1.
Тапсыруды неге бәрібір аяқтау керек? Себебі сақталады.</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffItemsPage</name>
    <message>
        <source>Item</source>
        <translation>Тармақ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>QC score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>QC comment</source>
        <translation>Сапа бөлімінің пікірі</translation>
    </message>
    <message>
        <source>Save &amp;Scores</source>
        <translation>Бағаларды &amp;сақтау</translation>
    </message>
    <message>
        <source>Everything learned in the sale is on the card: contract, contacts, tariff, people in charge.</source>
        <translation>Сату кезінде білгеннің бәрі карточкада: шарт, байланыстар, тариф, жауаптылар.</translation>
    </message>
    <message>
        <source>How sales introduced account management to the client, and who took the initiative.</source>
        <translation>Сату бөлімі клиентке сүйемелдеуді қалай таныстырды және кім бастама көтерді.</translation>
    </message>
    <message>
        <source>Everything agreed outside the contract is passed on and acknowledged by the account manager.</source>
        <translation>Шарттан тыс келісілгеннің бәрі берілді және аккаунт-менеджер оны растады.</translation>
    </message>
    <message>
        <source>Sales answers the account manager's questions instead of handing over and forgetting.</source>
        <translation>Сату бөлімі «тапсырдық та ұмыттық» демей, аккаунт-менеджердің сұрақтарына жауап береді.</translation>
    </message>
    <message>
        <source>The client does not feel passed along after signing.</source>
        <translation>Қол қойылғаннан кейін клиентте өзін біреуге «өткізіп жібергендей» сезім жоқ.</translation>
    </message>
    <message>
        <source>What quality control saw</source>
        <translation>Сапа бөлімі не байқады</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ орындалды</translation>
    </message>
    <message>
        <source>✘ missing</source>
        <translation>✘ орындалмаған</translation>
    </message>
    <message>
        <source>Scored by %1</source>
        <translation>Бағалаған: %1</translation>
    </message>
    <message>
        <source>Score each item as seen live: 0 poor, 1 acceptable, 2 good.</source>
        <translation>Әр тармақты тікелей бақылау бойынша бағалаңыз: 0 — нашар, 1 — қанағаттанарлық, 2 — жақсы.</translation>
    </message>
    <message>
        <source>Only quality control or a team lead can score a handoff.</source>
        <translation>Тапсыруды тек сапа бөлімі немесе топ жетекшісі бағалай алады.</translation>
    </message>
    <message>
        <source>Score Handoff</source>
        <translation>Тапсыруды бағалау</translation>
    </message>
    <message>
        <source>QC score: %1</source>
        <translation>Баға: %1</translation>
    </message>
    <message>
        <source>QC comment: %1</source>
        <translation>Сапа бөлімінің пікірі: %1</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffMeetingPage</name>
    <message>
        <source>Intro meeting with account management</source>
        <translation>Сүйемелдеумен танысу кездесуі</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Өткен күні:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Форматы:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдаңыз…</translation>
    </message>
    <message>
        <source>A&amp;ttendees:</source>
        <translation>&amp;Қатысушылар:</translation>
    </message>
    <message>
        <source>Who took part, from the client and from our side</source>
        <translation>Клиент тарапынан және біз тараптан кім қатысты</translation>
    </message>
    <message>
        <source>Save &amp;Meeting</source>
        <translation>Кездесуді &amp;сақтау</translation>
    </message>
    <message>
        <source>Client satisfaction at the end of the handoff</source>
        <translation>Тапсыру соңындағы клиенттің қанағаттануы</translation>
    </message>
    <message>
        <source>Does the client feel looked after, not passed along? 1 very unhappy, 5 very satisfied.</source>
        <translation>Клиент өзін біреуге «өткізіп жібергендей» емес, қамқорлықта сезіне ме? 1 — мүлде наразы, 5 — өте риза.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>Save Sa&amp;tisfaction</source>
        <translation>Клиент &amp;бағасын сақтау</translation>
    </message>
    <message>
        <source>Intro Meeting</source>
        <translation>Танысу кездесуі</translation>
    </message>
    <message>
        <source>Client Satisfaction</source>
        <translation>Клиенттің қанағаттануы</translation>
    </message>
    <message>
        <source>Choose how satisfied the client is, from 1 to 5.</source>
        <translation>Клиенттің қаншалықты риза екенін 1-ден 5-ке дейін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffQuestionsPage</name>
    <message>
        <source>Questions the account manager has for the salesperson. The item is done when every question is answered.</source>
        <translation>Аккаунт-менеджердің сатушыға сұрақтары. Барлық сұраққа жауап берілгенде тармақ орындалады.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Ask the salesperson…</source>
        <translation>Сатушыдан сұраңыз…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Сұрау</translation>
    </message>
    <message>
        <source>Answer to the selected question</source>
        <translation>Таңдалған сұраққа жауап</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>&amp;Жауап беру</translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation>(әзірге жауап жоқ)</translation>
    </message>
    <message>
        <source>Questions to Sales</source>
        <translation>Сатуға сұрақтар</translation>
    </message>
    <message>
        <source>Questions to the salesperson</source>
        <translation>Сатушыға сұрақтар</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Жаңа сұрақ</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffTableModel</name>
    <message>
        <source>%1/5</source>
        <translation>%1/5</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>бағаланбаған</translation>
    </message>
    <message>
        <source>Days from the won deal to completion</source>
        <translation>Мәміледен аяқталғанға дейінгі күндер</translation>
    </message>
    <message>
        <source>Days since the deal was won</source>
        <translation>Мәміле жасалғаннан бергі күндер</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Сатушы</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Мәміле</translation>
    </message>
    <message>
        <source>Age, days</source>
        <translation>Мерзімі, күн</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Барысы</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Сапа бағасы</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffsView</name>
    <message>
        <source>A won deal is handed to account management: card complete, intro meeting held, special conditions acknowledged, questions answered, client satisfied. Quality control scores each item.</source>
        <translation>Жасалған мәміле сүйемелдеуге тапсырылады: карточка толтырылған, танысу кездесуі өткен, ерекше шарттар расталған, сұрақтар жабылған, клиент риза. Сапа бөлімі әр тармақты бағалайды.</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Сатушы:</translation>
    </message>
    <message>
        <source>&amp;Account manager:</source>
        <translation>&amp;Аккаунт-менеджер:</translation>
    </message>
    <message>
        <source>Show &amp;completed</source>
        <translation>Аяқталғандарды &amp;көрсету</translation>
    </message>
    <message>
        <source>&amp;New Handoff…</source>
        <translation>&amp;Жаңа тапсыру…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Аш&amp;у</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>No handoffs match the filters.</source>
        <translation>Сүзгілерге сәйкес тапсырулар жоқ.</translation>
    </message>
    <message>
        <source>No open handoffs. When a deal is won, start its handoff with New Handoff.</source>
        <translation>Ашық тапсырулар жоқ. Мәміле жасалғанда «Жаңа тапсыру» батырмасымен тапсыруды бастаңыз.</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Тапсырулар</translation>
    </message>
</context>
<context>
    <name>rapport::HourShortageModel</name>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Пайдаланылды</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Қолжетімді</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Үлесі</translation>
    </message>
</context>
<context>
    <name>rapport::HoursTodaySection</name>
    <message>
        <source>Clients running out of hours</source>
        <translation>Сағаттары таусылып жатқан клиенттер</translation>
    </message>
    <message>
        <source>None of your clients has used %1 % of this month's hours.</source>
        <translation>Сіздің клиенттеріңіздің ешқайсысы осы айдағы сағаттардың %1 %-ын пайдаланбаған.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportFilePage</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — файл емес.</translation>
    </message>
    <message>
        <source>%1 is too large for a spreadsheet of clients.</source>
        <translation>%1 файлы клиенттер кестесі үшін тым үлкен.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 оқу мүмкін емес: %2</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Файл бос: бірінші жолда бағандардың атаулары болуы керек.</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Кестені таңдаңыз</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV файлдары (*.csv *.txt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Кестені таңдау</translation>
    </message>
    <message>
        <source>Clients or their contacts, one per row, saved as CSV.</source>
        <translation>CSV ретінде сақталған клиенттер немесе олардың байланыстары, әр жолда біреуден.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Save the sheet from Excel, LibreOffice or Google Sheets as &lt;b&gt;CSV&lt;/b&gt;. UTF-8 and Windows-1251 files, separated by commas, semicolons or tabs, are all recognized.&lt;/p&gt;&lt;p&gt;The first line names the columns, in English or Russian: &lt;i&gt;Legal name, Tax ID, Status, Manager, Contract number, Monthly fee…&lt;/i&gt; for clients; &lt;i&gt;Client, Contact, Email, Phone…&lt;/i&gt; for contacts. Rows that match an existing card (by tax ID, else by legal name) update it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Excel, LibreOffice немесе Google Кестелер парағын &lt;b&gt;CSV&lt;/b&gt; пішімінде сақтаңыз. UTF-8 және Windows-1251 кодтауындағы, үтірмен, нүктелі үтірмен немесе табуляциямен бөлінген файлдар танылады.&lt;/p&gt;&lt;p&gt;Бірінші жолда — бағандардың атаулары, орысша немесе ағылшынша: клиенттер үшін &lt;i&gt;Наименование, БИН, Статус, Менеджер, Номер договора, Абонентская плата…&lt;/i&gt;; байланыстар үшін &lt;i&gt;Клиент, Контакт, Email, Телефон…&lt;/i&gt;. Бар карточкаға сәйкес келетін жолдар (салық нөмірі бойынша, болмаса заңды атауы бойынша) оны жаңартады.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
</context>
<context>
    <name>rapport::ImportMappingPage</name>
    <message>
        <source>semicolon</source>
        <translation>нүктелі үтір</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>үтір</translation>
    </message>
    <message>
        <source>Encoding: %1  ·  Delimiter: %2  ·  Data rows: %3</source>
        <translation>Кодтау: %1  ·  Бөлгіш: %2  ·  Деректер жолдары: %3</translation>
    </message>
    <message>
        <source>The first %1 rows</source>
        <translation>Алғашқы жолдар: %1</translation>
    </message>
    <message>
        <source>The rows</source>
        <translation>Жолдар</translation>
    </message>
    <message>
        <source>(column %1 without a name)</source>
        <translation>(атауы жоқ %1-баған)</translation>
    </message>
    <message>
        <source>— ignore this column —</source>
        <translation>— бағанды өткізіп жіберу —</translation>
    </message>
    <message>
        <source>A column without a name is ignored; its cells must be empty.</source>
        <translation>Атауы жоқ баған өткізіліп жіберіледі; оның ұяшықтары бос болуы керек.</translation>
    </message>
    <message>
        <source>Not recognized: ignored unless you choose a field.</source>
        <translation>Танылмады: өріс таңдалмаса, өткізіліп жіберіледі.</translation>
    </message>
    <message>
        <source>No column is imported as "%1": choose one.</source>
        <translation>Ешбір баған «%1» ретінде импортталмайды: біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>Two columns are imported as "%1".</source>
        <translation>Екі баған «%1» ретінде импортталады.</translation>
    </message>
    <message>
        <source>Contacts need a column with the client's tax ID or legal name.</source>
        <translation>Байланыстар үшін клиенттің салық нөмірі немесе заңды атауы бар баған қажет.</translation>
    </message>
    <message>
        <source>The file cannot be read to the end: %1</source>
        <translation>Файлды соңына дейін оқу мүмкін емес: %1</translation>
    </message>
    <message>
        <source>Check what will be imported</source>
        <translation>Не импортталатынын тексеріңіз</translation>
    </message>
    <message>
        <source>How Rapport reads the file, and which field each column becomes.</source>
        <translation>Rapport файлды қалай оқиды және әр баған қай өріске айналады.</translation>
    </message>
    <message>
        <source>Each row is:</source>
        <translation>Әр жол —</translation>
    </message>
    <message>
        <source>a &amp;client</source>
        <translation>&amp;клиент</translation>
    </message>
    <message>
        <source>a c&amp;ontact of an existing client</source>
        <translation>бар клиенттің б&amp;айланысы</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Бағандар</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Файлдағы баған</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортталады</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Бірінші жол</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>%1 бағанына арналған өріс</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Файлдың жолдары</translation>
    </message>
</context>
<context>
    <name>rapport::ImportOptionsPage</name>
    <message>
        <source>%1: %2 rows of clients.</source>
        <translation>%1: клиенттер жолдары — %2.</translation>
    </message>
    <message>
        <source>%1: %2 rows of contacts.</source>
        <translation>%1: байланыстар жолдары — %2.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Келесі &gt;</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>Қалай импорттау керек</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written.</source>
        <translation>Бірдеңе жазылмас бұрын әр жол тексеріледі.</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows and import the rest</source>
        <translation>Қате жолдарды &amp;өткізіп, қалғандарын импорттау</translation>
    </message>
    <message>
        <source>Without this, one invalid row stops the import and nothing is written: fix the file and import it again.</source>
        <translation>Мұнсыз бір қате жол импортты тоқтатады және ештеңе жазылмайды: файлды түзетіп, қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>&amp;Dry run: only check the file and count what would change</source>
        <translation>Сынақ і&amp;ске қосу: тек файлды тексеріп, өзгерістерді санау</translation>
    </message>
    <message>
        <source>Nothing is written. Afterwards, go back and import for real.</source>
        <translation>Ештеңе жазылмайды. Содан кейін артқа қайтып, нақты импорттаңыз.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportResultPage</name>
    <message>
        <source>Importing…</source>
        <translation>Импорттау…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 импортталуда…</translation>
    </message>
    <message>
        <source>The import did not finish; nothing was written: %1</source>
        <translation>Импорт аяқталмады, ештеңе жазылмады: %1</translation>
    </message>
    <message>
        <source>Checked: the file has problems; nothing would be imported.</source>
        <translation>Тексерілді: файлда қателер бар, ештеңе импортталмас еді.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the problems below and import the file again, or choose to skip invalid rows.</source>
        <translation>Ештеңе импортталмады: төмендегі қателерді түзетіп, файлды қайта импорттаңыз немесе қате жолдарды өткізуді таңдаңыз.</translation>
    </message>
    <message>
        <source>Checked: nothing was written. Go back to import for real.</source>
        <translation>Тексерілді, ештеңе жазылмады. Нақты импорттау үшін артқа қайтыңыз.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Импорт аяқталды.</translation>
    </message>
    <message>
        <source>Import finished; the rows listed below were skipped.</source>
        <translation>Импорт аяқталды; төменде көрсетілген жолдар өткізіліп жіберілді.</translation>
    </message>
    <message>
        <source>Rows in the file: %1  ·  new: %2  ·  updated: %3  ·  unchanged: %4  ·  skipped: %5</source>
        <translation>Файлдағы жолдар: %1  ·  жаңа: %2  ·  жаңартылды: %3  ·  өзгеріссіз: %4  ·  өткізілді: %5</translation>
    </message>
    <message>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Қателер (%1):</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>What was imported, and each problem with its line and column.</source>
        <translation>Не импортталды және әр қате жол нөмірі мен бағанымен.</translation>
    </message>
    <message numerus="yes">
        <source>The service standard would be applied to %n new client(s) on a tariff.</source>
        <translation><numerusform>Қызмет көрсету стандарты тарифі бар %n жаңа клиентке қолданылады.</numerusform>
            <numerusform>Қызмет көрсету стандарты тарифі бар %n жаңа клиентке қолданылады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service standard was applied to %n new client(s) on a tariff.</source>
        <translation><numerusform>Қызмет көрсету стандарты тарифі бар %n жаңа клиентке қолданылды.</numerusform>
            <numerusform>Қызмет көрсету стандарты тарифі бар %n жаңа клиентке қолданылды.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::InvoiceTableModel</name>
    <message>
        <source>Draft %1</source>
        <translation>Жоба %1</translation>
    </message>
    <message>
        <source>Days past the due date: %1</source>
        <translation>Төлеу мерзімінен кейінгі күндер: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмір</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ұсынылған</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Төлеу мерзімі</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Кешігу, күн</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Төленген</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Қалдық</translation>
    </message>
</context>
<context>
    <name>rapport::InvoicesPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебе:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Кез келген мәртебе</translation>
    </message>
    <message>
        <source>Unpaid (issued or partially paid)</source>
        <translation>Төленбеген (ұсынылған немесе ішінара төленген)</translation>
    </message>
    <message>
        <source>Search by client or invoice number…</source>
        <translation>Клиент немесе шот нөмірі бойынша іздеу…</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Тек мерзімі &amp;өткендер</translation>
    </message>
    <message>
        <source>&amp;Run Billing for Month…</source>
        <translation>Ай бойынша шот ш&amp;ығару…</translation>
    </message>
    <message>
        <source>Make the draft invoices and acts of a month from the hours logged, with a preview first.</source>
        <translation>Есепке алынған сағаттар бойынша айдың шот және акт жобаларын жасау, алдымен алдын ала есеппен.</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Ұсыну</translation>
    </message>
    <message>
        <source>Give the draft its number and due date; an issued invoice can no longer be changed.</source>
        <translation>Жобаға нөмір мен төлеу мерзімін беру; ұсынылған шотты енді өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Күшін &amp;жою…</translation>
    </message>
    <message>
        <source>Cancel a draft, or an issued invoice nothing has been paid on, with a reason.</source>
        <translation>Жобаның немесе ешнәрсе төленбеген ұсынылған шоттың күшін себебін көрсетіп жою.</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Төлемді тіркеу…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>P&amp;DF ашу</translation>
    </message>
    <message>
        <source>Save PD&amp;F…</source>
        <translation>PD&amp;F сақтау…</translation>
    </message>
    <message>
        <source>&amp;Act PDF</source>
        <translation>&amp;Акт PDF</translation>
    </message>
    <message>
        <source>The act (completion certificate) of the client's month, listing the work by ticket.</source>
        <translation>Клиенттің ай бойынша өтінімдер бөлінісіндегі орындалған жұмыстар актісі.</translation>
    </message>
    <message>
        <source>Open Act</source>
        <translation>Актіні ашу</translation>
    </message>
    <message>
        <source>Save Act…</source>
        <translation>Актіні сақтау…</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>Шоттар: %1</translation>
    </message>
    <message>
        <source>Issue invoice %1 to %2 for %3? It gets the next number and a due date and can no longer be changed.</source>
        <translation>%2 клиентіне %3 сомасына %1 шотын ұсыну керек пе? Ол келесі нөмір мен төлеу мерзімін алады және оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>Issue Invoice</source>
        <translation>Шотты ұсыну</translation>
    </message>
    <message>
        <source>Invoice %1 issued to %2, due %3.</source>
        <translation>%1 шоты %2 клиентіне ұсынылды, төлеу мерзімі %3.</translation>
    </message>
    <message>
        <source>Invoice %1 cancelled: %2</source>
        <translation>%1 шоты жойылды: %2</translation>
    </message>
    <message>
        <source>Invoice %1 is paid in full.</source>
        <translation>%1 шоты толық төленді.</translation>
    </message>
    <message>
        <source>Payment recorded on invoice %1; %2 is still outstanding.</source>
        <translation>%1 шоты бойынша төлем тіркелді; әлі %2 төлеу қалды.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сақталды: %1.</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Шоттарды іздеу</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Шоттар</translation>
    </message>
</context>
<context>
    <name>rapport::LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Қоңырауды тіркеу</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Арна:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Қашан:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Мазмұны:</translation>
    </message>
    <message>
        <source>What was discussed and agreed</source>
        <translation>Не талқыланды және не келісілді</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Тіркеу</translation>
    </message>
</context>
<context>
    <name>rapport::MailSettingsBox</name>
    <message>
        <source>Mail is not configured: the outbox keeps its messages until it is.</source>
        <translation>Пошта бапталмаған: шығыс хаттар ол бапталғанша күтеді.</translation>
    </message>
    <message>
        <source>Messages are written as .eml files to %1.</source>
        <translation>Хаттар %1 қалтасына .eml файлдары ретінде жазылады.</translation>
    </message>
    <message>
        <source>without a login</source>
        <translation>кірусіз</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>%1 ретінде</translation>
    </message>
    <message>
        <source>Messages go through %1:%2 (%3) %4, from %5.</source>
        <translation>Хаттар %1:%2 (%3) арқылы %4 жіберіледі, жіберуші %5.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Configure mail…</source>
        <translation>Поштаны баптау…</translation>
    </message>
    <message>
        <source>The SMTP server or the .eml folder the outbox delivers through</source>
        <translation>Шығыс хаттар жіберілетін SMTP сервері немесе .eml қалтасы</translation>
    </message>
</context>
<context>
    <name>rapport::MailSettingsDialog</name>
    <message>
        <source>CA certificate</source>
        <translation>КО сертификаты</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM сертификаттары (*.pem *.crt);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Folder for .eml files</source>
        <translation>.eml файлдарына арналған қалта</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Send through an SMTP server</source>
        <translation>SMTP сервері арқылы жіберу</translation>
    </message>
    <message>
        <source>Write .eml files to a folder</source>
        <translation>.eml файлдарын қалтаға жазу</translation>
    </message>
    <message>
        <source>For sending from your own mail client: each message becomes a file to open there.</source>
        <translation>Өз пошта клиентіңізден жіберу үшін: әр хат сонда ашуға болатын файлға айналады.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>smtp.example.kz</source>
        <translation>smtp.example.kz</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Қорғау:</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (587 порт)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>Басынан TLS (465 порт)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Жоқ (шифрлаусыз)</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>empty: the server needs no login</source>
        <translation>бос: серверге кіру қажет емес</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>КО сертификаты:</translation>
    </message>
    <message>
        <source>empty: the system's trusted certificates</source>
        <translation>бос: жүйенің сенімді сертификаттары</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>КО сертификатын таңдау</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Қалта:</translation>
    </message>
    <message>
        <source>Choose the folder for .eml files</source>
        <translation>.eml файлдарына арналған қалтаны таңдау</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Жіберушінің мекенжайы:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Жіберушінің аты:</translation>
    </message>
    <message>
        <source>e.g. your company's name</source>
        <translation>мысалы, компанияңыздың атауы</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Сынақ хатын жіберу</translation>
    </message>
    <message>
        <source>Sends a short message to the sender address with these settings</source>
        <translation>Осы баптаулармен жіберушінің мекенжайына қысқа хат жібереді</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>A password for this login is in the keychain. Type a new one to replace it.</source>
        <translation>Бұл логиннің құпиясөзі қоймада бар. Ауыстыру үшін жаңасын енгізіңіз.</translation>
    </message>
    <message>
        <source>The password is kept in memory until Rapport closes (no keychain).</source>
        <translation>Құпиясөз Rapport жабылғанша жадта сақталады (құпиясөз қоймасы жоқ).</translation>
    </message>
    <message>
        <source>RAPPORT_SMTP_PASSWORD is set: it is used instead of the keychain.</source>
        <translation>RAPPORT_SMTP_PASSWORD орнатылған: қойманың орнына сол қолданылады.</translation>
    </message>
    <message>
        <source>The password is kept in the keychain of your system, not in Rapport's settings.</source>
        <translation>Құпиясөз Rapport баптауларында емес, жүйенің құпиясөз қоймасында сақталады.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>өзгеріссіз</translation>
    </message>
    <message>
        <source>The password is kept in memory until Rapport closes.</source>
        <translation>Құпиясөз Rapport жабылғанша жадта сақталады.</translation>
    </message>
    <message>
        <source>A test message needs the server and the sender address.</source>
        <translation>Сынақ хаты үшін сервер мен жіберушінің мекенжайы қажет.</translation>
    </message>
    <message>
        <source>Rapport: test message</source>
        <translation>Rapport: сынақ хаты</translation>
    </message>
    <message>
        <source>This message was sent by Rapport to check the mail settings on %1.</source>
        <translation>Бұл хатты Rapport %1 пошта баптауларын тексеру үшін жіберді.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>%1 мекенжайына сынақ хаты жіберілуде…</translation>
    </message>
    <message>
        <source>The test message was sent to %1.</source>
        <translation>Сынақ хаты %1 мекенжайына жіберілді.</translation>
    </message>
</context>
<context>
    <name>rapport::MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>New &amp;Ticket…</source>
        <translation>Жаңа &amp;өтінім…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Жаңа дерекқор…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Дерекқорды &amp;ашу…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғылары</translation>
    </message>
    <message>
        <source>&amp;Backup Now</source>
        <translation>&amp;Қазір сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>Rapport &amp;туралы</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Дерекқор ашылмаған</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Дерекқор: %1</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Сіз %1 ретінде жұмыс істейсіз</translation>
    </message>
    <message>
        <source>No staff member chosen</source>
        <translation>Қызметкер таңдалмаған</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Жаңа дерекқор</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite)</source>
        <translation>Rapport дерекқорлары (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to open it.</source>
        <translation>%1 бұрыннан бар. Оны «Ашу» арқылы ашыңыз.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Дерекқорды ашу</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation>Rapport дерекқорлары (*.sqlite);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Writing a backup…</source>
        <translation>Сақтық көшірме жасалуда…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Сақтық көшірме %1 ішіне сақталды</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>Rapport туралы</translation>
    </message>
    <message>
        <source>Team database: %1 (%2)</source>
        <translation>Командалық дерекқор: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Database…</source>
        <translation>Командалық базаға &amp;қосылу…</translation>
    </message>
    <message>
        <source>Updated from another desk (%1)</source>
        <translation>Басқа жұмыс орнынан жаңартылды (%1)</translation>
    </message>
    <message>
        <source>Team database: %1 (%2), live updates</source>
        <translation>Командалық дерекқор: %1 (%2), нақты уақыттағы жаңартулар</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Operations console for service providers with clients on subscription.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;Schema version %4&lt;br&gt;Database: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;p&gt;Built on: Qt (LGPL 3), SQLite (public domain), libpq of PostgreSQL (PostgreSQL License), libcurl (curl licence, MIT-style), libical (MPL 2.0 or LGPL 2.1), QtKeychain (modified BSD licence), DejaVu fonts (free licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Абоненттік қызмет көрсететін сервистік компанияларға арналған операциялық консоль.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;Схема нұсқасы %4&lt;br&gt;Дерекқор: %5&lt;/p&gt;&lt;p&gt;GNU GPL 3-нұсқасы немесе одан кейінгі нұсқа лицензиясымен таратылады.&lt;/p&gt;&lt;p&gt;Пайдаланылған: Qt (LGPL 3), SQLite (қоғамдық игілік), PostgreSQL-дің libpq кітапханасы (PostgreSQL лицензиясы), libcurl (curl лицензиясы, MIT түрі), libical (MPL 2.0 немесе LGPL 2.1), QtKeychain (өзгертілген BSD лицензиясы), DejaVu қаріптері (еркін лицензия).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::ManagerTableModel</name>
    <message>
        <source>Clients without a manager</source>
        <translation>Менеджері жоқ клиенттер</translation>
    </message>
    <message>
        <source>Business hours to the first response on the SLA clock; double-click a row for the tickets, slowest first.</source>
        <translation>SLA сағаты бойынша алғашқы жауапқа дейінгі жұмыс сағаттары; өтінімдерді көру үшін жолды екі рет басыңыз, ең баяуы алдымен.</translation>
    </message>
    <message>
        <source>Met ÷ (met + breached); tickets still inside their target count in neither.</source>
        <translation>Сақталған ÷ (сақталған + бұзылған); мақсат ішіндегі өтінімдер есептелмейді.</translation>
    </message>
    <message>
        <source>Open tickets with a target already breached.</source>
        <translation>Мақсаты бұзылған ашық өтінімдер.</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Шешілді</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>SLA бұзылған</translation>
    </message>
    <message>
        <source>1st response, median</source>
        <translation>1-жауап, медиана</translation>
    </message>
    <message>
        <source>1st response, p90</source>
        <translation>1-жауап, p90</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>Жауап SLA</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Шешу, медиана</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>Шешу SLA</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Аяқтау</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>Ұнады</translation>
    </message>
</context>
<context>
    <name>rapport::NewHandoffDialog</name>
    <message>
        <source>New Handoff</source>
        <translation>Жаңа тапсыру</translation>
    </message>
    <message>
        <source>&amp;Find client:</source>
        <translation>Клиентті &amp;табу:</translation>
    </message>
    <message>
        <source>Name or tax id</source>
        <translation>Атауы немесе салық нөмірі</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Сатушы:</translation>
    </message>
    <message>
        <source>&amp;Account manager:</source>
        <translation>&amp;Аккаунт-менеджер:</translation>
    </message>
    <message>
        <source>Deal &amp;won on:</source>
        <translation>Мәміле кү&amp;ні:</translation>
    </message>
    <message>
        <source>&amp;Start Handoff</source>
        <translation>Тапсыруды &amp;бастау</translation>
    </message>
    <message>
        <source>Choose the client whose deal was won.</source>
        <translation>Мәміле жасалған клиентті таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>rapport::NewTicketDialog</name>
    <message>
        <source>Choose the client who asks.</source>
        <translation>Өтініш берген клиентті таңдаңыз.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>«%1» сәйкес келетін клиент жоқ.</translation>
    </message>
    <message>
        <source>Several clients match “%1”: choose one from the list.</source>
        <translation>«%1» бірнеше клиентке сәйкес келеді: тізімнен біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>(көрсетілмеген)</translation>
    </message>
    <message>
        <source>Say in a few words what the client asks for.</source>
        <translation>Клиенттің не сұрайтынын қысқаша жазыңыз.</translation>
    </message>
    <message>
        <source>Ticket #%1 recorded.</source>
        <translation>№%1 өтінім тіркелді.</translation>
    </message>
    <message>
        <source>New Ticket</source>
        <translation>Жаңа өтінім</translation>
    </message>
    <message>
        <source>Record the request while the client is on the line. Enter creates the ticket; in the description, Ctrl+Enter.</source>
        <translation>Клиент желіде тұрғанда өтінішті тіркеңіз. Enter өтінім жасайды; сипаттамада — Ctrl+Enter.</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <source>Type a name, tax id or contact…</source>
        <translation>Атауын, БСН/ЖСН немесе байланысты теріңіз…</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>Бай&amp;ланыс:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ар&amp;на:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Басымдық:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тақырып:</translation>
    </message>
    <message>
        <source>What the client asks for, in a few words</source>
        <translation>Қысқаша: клиент не сұрайды</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттама:</translation>
    </message>
    <message>
        <source>Details as the client tells them</source>
        <translation>Клиенттің айтуы бойынша толығырақ</translation>
    </message>
    <message>
        <source>&amp;Create Ticket</source>
        <translation>Өтінім &amp;жасау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>С&amp;анат:</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Санатсыз</translation>
    </message>
    <message>
        <source>A&amp;greed deadline:</source>
        <translation>Келісілген &amp;мерзім:</translation>
    </message>
</context>
<context>
    <name>rapport::ObligationRuleDialog</name>
    <message>
        <source>Edit Obligation</source>
        <translation>Міндеттемені өзгерту</translation>
    </message>
    <message>
        <source>New Obligation</source>
        <translation>Жаңа міндеттеме</translation>
    </message>
    <message>
        <source>The client's account manager</source>
        <translation>Клиенттің аккаунт-менеджері</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>Required for a custom obligation</source>
        <translation>Жеке міндеттеме үшін міндетті</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Кезең:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <source>&amp;Working day N:</source>
        <translation>&amp;Жұмыс күні N:</translation>
    </message>
    <message>
        <source>&amp;Day D of the month:</source>
        <translation>&amp;Айдың D күні:</translation>
    </message>
    <message>
        <source>The N-th working day of the due month on the client's calendar.</source>
        <translation>Клиент күнтізбесі бойынша мерзім айының N-ші жұмыс күні.</translation>
    </message>
    <message>
        <source>Day D of the due month; when it is a day off, the previous working day.</source>
        <translation>Мерзім айының D күні; демалыс күні болса — алдыңғы жұмыс күні.</translation>
    </message>
    <message>
        <source>&amp;Months after the period:</source>
        <translation>&amp;Кезеңнен кейінгі айлар:</translation>
    </message>
    <message>
        <source>0 — the period's last month</source>
        <translation>0 — кезеңнің соңғы айы</translation>
    </message>
    <message>
        <source>1: due in the month after the period (a report for March is due in April).</source>
        <translation>1: мерзімі кезеңнен кейінгі айда (наурыз есебі — сәуірде).</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Жауапты:</translation>
    </message>
    <message>
        <source>&amp;Starts with the period of:</source>
        <translation>&amp;Кезеңнен бастап:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>%1 for %2 is due on %3 (calendar: %4).</source>
        <translation>%2 үшін %1 — мерзімі %3 (күнтізбе: %4).</translation>
    </message>
    <message>
        <source>No working day to put the task on in calendar %1.</source>
        <translation>%1 күнтізбесінде бұл тапсырмаға жұмыс күні жоқ.</translation>
    </message>
    <message>
        <source>A custom obligation needs a title.</source>
        <translation>Өз міндеттемеңізге атау қажет.</translation>
    </message>
</context>
<context>
    <name>rapport::ObligationRulesPage</name>
    <message>
        <source>Search clients</source>
        <translation>Клиенттерді іздеу</translation>
    </message>
    <message>
        <source>Apply Service standard &amp;preset…</source>
        <translation>«Қызмет көрсету стандарты» &amp;үлгісін қолдану…</translation>
    </message>
    <message>
        <source>R&amp;un obligations</source>
        <translation>Міндеттемелерді &amp;іске қосу</translation>
    </message>
    <message>
        <source>Create the tasks of every period that has begun, for every client; running it again adds nothing.</source>
        <translation>Барлық клиенттер үшін басталған әр кезеңнің тапсырмаларын жасау; қайта іске қосу ештеңе қоспайды.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>Archi&amp;ve</source>
        <translation>&amp;Мұрағатқа</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Міндеттеме</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Жақын мерзім</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Ашық тапсырмалар</translation>
    </message>
    <message>
        <source>Reviews with this client</source>
        <translation>Осы клиентпен кездесулер</translation>
    </message>
    <message>
        <source>Periodic review every</source>
        <translation>Жоспарлы кездесу әр</translation>
    </message>
    <message>
        <source> months</source>
        <translation> ай</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Жылдық ревью</translation>
    </message>
    <message>
        <source>counted &amp;from:</source>
        <translation>&amp;санау басы:</translation>
    </message>
    <message>
        <source>Save &amp;cadence</source>
        <translation>&amp;Кестені сақтау</translation>
    </message>
    <message>
        <source>Clients selected: %1. Apply the preset to them with the button above.</source>
        <translation>Таңдалған клиенттер: %1. Оларға үлгіні жоғарыдағы батырмамен қолданыңыз.</translation>
    </message>
    <message>
        <source>Reviews are counted from the contract start unless you choose another date; holding a review schedules the next one.</source>
        <translation>Кездесулер басқа күн таңдалмаса, шарттың басталуынан саналады; өткізілген кездесу келесісін белгілейді.</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Клиентті таңдаңыз</translation>
    </message>
    <message>
        <source>%1: no obligations yet</source>
        <translation>%1: әзірге міндеттемелер жоқ</translation>
    </message>
    <message>
        <source>Obligations of %1</source>
        <translation>Міндеттемелер: %1</translation>
    </message>
    <message>
        <source>Added by the %1 preset</source>
        <translation>«%1» үлгісімен қосылған</translation>
    </message>
    <message>
        <source>The client's account manager</source>
        <translation>Клиенттің аккаунт-менеджері</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (мерзімі өткені: %2)</translation>
    </message>
    <message>
        <source>Review cadence saved. Schedule reviews in the Reviews view to give the client its next review.</source>
        <translation>Кездесу кестесі сақталды. Клиентке келесі кездесуді белгілеу үшін «Шолу кездесулері» бөлімінде кездесулерді жоспарлаңыз.</translation>
    </message>
    <message>
        <source>Archive Obligation</source>
        <translation>Міндеттемені мұрағатқа жіберу</translation>
    </message>
    <message>
        <source>Stop “%1” for this client? Tasks already created stay; no new ones are made.</source>
        <translation>Осы клиент үшін «%1» тоқтатылсын ба? Жасалған тапсырмалар қалады, жаңалары жасалмайды.</translation>
    </message>
    <message>
        <source>Apply Service Standard</source>
        <translation>Қызмет көрсету стандартын қолдану</translation>
    </message>
    <message>
        <source>The %1 preset sets up the regulation for a client:</source>
        <translation>«%1» үлгісі клиенттің регламентін баптайды:</translation>
    </message>
    <message>
        <source>Obligations a client already has are kept; a removed one is not added again. Then the obligation tasks are created and the reviews scheduled.</source>
        <translation>Клиенттің бар міндеттемелері сақталады; жойылғандары қайта қосылмайды. Содан кейін тапсырмалар жасалып, кездесулер белгіленеді.</translation>
    </message>
    <message>
        <source>Selected clients (%1)</source>
        <translation>Таңдалған клиенттер (%1)</translation>
    </message>
    <message>
        <source>All active clients</source>
        <translation>Барлық белсенді клиенттер</translation>
    </message>
    <message>
        <source>Applying the Service standard…</source>
        <translation>Қызмет көрсету стандарты қолданылуда…</translation>
    </message>
    <message>
        <source>Service standard applied. Clients: %1; obligations added: %2; review cadences set: %3; tasks created: %4; reviews scheduled: %5.</source>
        <translation>Қызмет көрсету стандарты қолданылды. Клиенттер: %1; қосылған міндеттемелер: %2; кездесу кестелері: %3; жасалған тапсырмалар: %4; белгіленген кездесулер: %5.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Мәселелер: %1</translation>
    </message>
    <message>
        <source>Creating obligation tasks…</source>
        <translation>Міндеттемелер бойынша тапсырмалар жасалуда…</translation>
    </message>
    <message>
        <source>Obligations run. New tasks: %1; active obligations: %2.</source>
        <translation>Міндеттемелер өңделді. Жаңа тапсырмалар: %1; белсенді міндеттемелер: %2.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <source>Obligation rules</source>
        <translation>Міндеттеме ережелері</translation>
    </message>
    <message>
        <source>Months between periodic reviews</source>
        <translation>Жоспарлы кездесулер арасындағы айлар</translation>
    </message>
</context>
<context>
    <name>rapport::OutboxModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Мақұлдауды күтуде</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Мақұлданды</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Жіберілуде</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(мекенжай жоқ)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>No outbox message with id %1.</source>
        <translation>Шығыс хабарламаларда %1 нөмірлі хабарлама жоқ.</translation>
    </message>
    <message>
        <source>Message %1 is %2 and needs no approval.</source>
        <translation>%1 хабарлама %2 күйінде, оны мақұлдау қажет емес.</translation>
    </message>
    <message>
        <source>Message %1 is %2: too late to cancel.</source>
        <translation>%1 хабарлама %2 күйінде: енді болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Message %1 is %2, not failed.</source>
        <translation>%1 хабарлама %2 күйінде, «қате» емес.</translation>
    </message>
    <message>
        <source>Message %1 has no recipient address.</source>
        <translation>%1 хабарламада алушының мекенжайы жоқ.</translation>
    </message>
    <message>
        <source>Interrupted while sending; check whether it arrived before retrying.</source>
        <translation>Жіберу үзілді; қайталамас бұрын хаттың жеткен-жетпегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>To %1 &lt;%2&gt;</source>
        <translation>Кімге: %1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::OutboxView</name>
    <message>
        <source>All messages</source>
        <translation>Барлық хабарламалар</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Мақұлдауды күтуде</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <source>Run automation now</source>
        <translation>Автоматтандыруды іске қосу</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Мақұлдау</translation>
    </message>
    <message>
        <source>Approve the selected message for sending (Ctrl+Enter)</source>
        <translation>Таңдалған хабарламаны жіберуге мақұлдау (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Approve all</source>
        <translation>Барлығын мақұлдау</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Хабарламаны болдырмау</translation>
    </message>
    <message>
        <source>The outbox is empty. Automation rules queue messages here: run them with Run automation now or rapport-cli automation run.</source>
        <translation>Шығыс хабарламалар жоқ. Мұнда хабарламаларды автоматтандыру ережелері қояды: оларды «Автоматтандыруды іске қосу» батырмасымен немесе rapport-cli automation run командасымен іске қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n хабарлама</numerusform>
            <numerusform>%n хабарлама</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Кімге: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тақырып: %1</translation>
    </message>
    <message>
        <source>State: %1, attempts: %2</source>
        <translation>Күйі: %1, әрекет саны: %2</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Келесі әрекет: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Қате: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) approved</source>
        <translation><numerusform>%n хабарлама мақұлданды</numerusform>
            <numerusform>%n хабарлама мақұлданды</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 approved</source>
        <translation>%1 хабарлама мақұлданды</translation>
    </message>
    <message>
        <source>Message %1 will be sent again</source>
        <translation>%1 хабарлама қайта жіберіледі</translation>
    </message>
    <message>
        <source>Message %1 cancelled</source>
        <translation>%1 хабарламаның күші жойылды</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued</source>
        <translation><numerusform>%n хабарлама кезекке қойылды</numerusform>
            <numerusform>%n хабарлама кезекке қойылды</numerusform>
        </translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Хабарламаларды көрсету</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Хабарламаны алдын ала қарау</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Қазір жіберу</translation>
    </message>
    <message>
        <source>Send the approved and due messages now (Ctrl+Shift+S)</source>
        <translation>Мақұлданған, мерзімі келген хаттарды қазір жіберу (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Mail is not configured yet: Settings → Mail → Configure mail…</source>
        <translation>Пошта әлі бапталмаған: Баптаулар → Пошта → Поштаны баптау…</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP құпиясөзі</translation>
    </message>
    <message>
        <source>Password of %1 at %2 (kept in memory until Rapport closes):</source>
        <translation>%2 серверіндегі %1 құпиясөзі (Rapport жабылғанша жадта сақталады):</translation>
    </message>
    <message>
        <source>Sending mail…</source>
        <translation>Пошта жіберілуде…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation><numerusform>%n хат жіберілді</numerusform>
            <numerusform>%n хат жіберілді</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation><numerusform>%n жіберілмеді: %1</numerusform>
            <numerusform>%n жіберілмеді: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation>Төлемді тіркеу</translation>
    </message>
    <message>
        <source>Payment &amp;date:</source>
        <translation>Төлем &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сома:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Негіздеме:</translation>
    </message>
    <message>
        <source>Bank statement or payment order number</source>
        <translation>Үзінді көшірменің немесе төлем тапсырмасының нөмірі</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Тіркеу</translation>
    </message>
    <message>
        <source>Invoice %1 to %2: total %3, paid %4, outstanding %5.</source>
        <translation>%2 клиентіне %1 шоты: барлығы %3, төленгені %4, қалдығы %5.</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Төлем сомасын енгізіңіз.</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Соманы енгізіңіз, мысалы %1.</translation>
    </message>
</context>
<context>
    <name>rapport::RegulationEditor</name>
    <message>
        <source>Service Regulation</source>
        <translation>Қызмет көрсету регламенті</translation>
    </message>
    <message>
        <source>Service regulation</source>
        <translation>Қызмет көрсету регламенті</translation>
    </message>
    <message>
        <source>Fixed deadlines for every client: reports, closing documents, payroll and payslips, audits and reviews, each task with one owner and a due date; standard workflows for new requests, kickoffs, ongoing work and completion.</source>
        <translation>Әр клиент үшін бекітілген мерзімдер: есептер, жабу құжаттары, жалақы мен есеп парақтары, аудит пен кездесулер — әр тапсырманың бір жауаптысы мен мерзімі бар; жаңа өтінімдер, іске қосу, ағымдағы жұмыс пен аяқтау үшін стандартты процестер.</translation>
    </message>
    <message>
        <source>&amp;Obligations and reviews</source>
        <translation>&amp;Міндеттемелер мен кездесулер</translation>
    </message>
    <message>
        <source>&amp;Workflow templates</source>
        <translation>&amp;Процесс үлгілері</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Тапсырмалар</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Workflow &amp;runs</source>
        <translation>Орындалу &amp;барысы</translation>
    </message>
</context>
<context>
    <name>rapport::RegulationSettingsBox</name>
    <message>
        <source>Regulation</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Apply the service standard to every new client with a tariff</source>
        <translation>Тарифі бар әрбір жаңа клиентке қызмет көрсету стандартын қолдану</translation>
    </message>
    <message>
        <source>A client added by hand, imported or made by the demo with a tariff gets the "%1" preset: %2</source>
        <translation>Қолмен қосылған, импортталған немесе демо-деректермен жасалған тарифі бар клиент «%1» үлгісін алады: %2</translation>
    </message>
</context>
<context>
    <name>rapport::RegulationTodaySections</name>
    <message>
        <source>My overdue tasks</source>
        <translation>Менің мерзімі өткен тапсырмаларым</translation>
    </message>
    <message>
        <source>No overdue task: every obligation met so far.</source>
        <translation>Мерзімі өткен тапсырма жоқ: барлық міндеттемелер орындалуда.</translation>
    </message>
    <message>
        <source>My tasks due this week</source>
        <translation>Осы аптадағы тапсырмаларым</translation>
    </message>
    <message>
        <source>Nothing else is due this week.</source>
        <translation>Осы аптада басқа ештеңе жоспарланбаған.</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Мерзімі өткен кездесулер</translation>
    </message>
    <message>
        <source>Every review of your clients was held on time.</source>
        <translation>Клиенттеріңізбен барлық кездесулер уақытында өтті.</translation>
    </message>
    <message>
        <source>Reviews in the next 30 days</source>
        <translation>Алдағы 30 күндегі кездесулер</translation>
    </message>
    <message>
        <source>No review of your clients in the next 30 days.</source>
        <translation>Алдағы 30 күнде клиенттеріңізбен кездесу жоқ.</translation>
    </message>
    <message>
        <source>Flagged clients</source>
        <translation>Назардағы клиенттер</translation>
    </message>
    <message>
        <source>No client of yours has an overdue review or late tasks.</source>
        <translation>Клиенттеріңіздің ешқайсысында мерзімі өткен кездесу не тапсырма жоқ.</translation>
    </message>
    <message>
        <source>Team: overdue tasks</source>
        <translation>Команда: мерзімі өткен тапсырмалар</translation>
    </message>
    <message>
        <source>No overdue task in the team: every obligation met so far.</source>
        <translation>Командада мерзімі өткен тапсырма жоқ: барлық міндеттемелер орындалуда.</translation>
    </message>
    <message>
        <source>Team: overdue reviews</source>
        <translation>Команда: мерзімі өткен кездесулер</translation>
    </message>
    <message>
        <source>Every review of the team's clients was held on time.</source>
        <translation>Команда клиенттерімен барлық кездесулер уақытында өтті.</translation>
    </message>
</context>
<context>
    <name>rapport::ReviewChangeDialog</name>
    <message>
        <source>Reschedule Review</source>
        <translation>Кездесуді ауыстыру</translation>
    </message>
    <message>
        <source>Cancel Review</source>
        <translation>Кездесуді болдырмау</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Жаңа күні:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Себебі (міндетті):</translation>
    </message>
    <message>
        <source>Why the review is moved, for example: the client's CFO is on leave</source>
        <translation>Кездесу неге ауыстырылады, мысалы: клиенттің қаржы директоры демалыста</translation>
    </message>
    <message>
        <source>Why the review is cancelled, for example: the contract is paused</source>
        <translation>Кездесу неге болдырылмайды, мысалы: шарт уақытша тоқтатылды</translation>
    </message>
    <message>
        <source>&amp;Move review</source>
        <translation>Кездесуді &amp;ауыстыру</translation>
    </message>
    <message>
        <source>Cancel &amp;review</source>
        <translation>Кездесуді &amp;болдырмау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Қалдыру</translation>
    </message>
    <message>
        <source>This review no longer exists.</source>
        <translation>Бұл кездесу енді жоқ.</translation>
    </message>
    <message>
        <source>%1 with %2, now scheduled for %3. The reason is kept on the client's timeline.</source>
        <translation>%2 клиентімен %1, қазір %3 күніне белгіленген. Себебі клиенттің оқиғалар таспасында сақталады.</translation>
    </message>
    <message>
        <source>%1 with %2, scheduled for %3, will be cancelled. The reason is kept on the client's timeline.</source>
        <translation>%2 клиентімен %3 күніне белгіленген %1 болдырылмайды. Себебі клиенттің оқиғалар таспасында сақталады.</translation>
    </message>
</context>
<context>
    <name>rapport::ReviewDialog</name>
    <message>
        <source>This review no longer exists.</source>
        <translation>Бұл кездесу енді жоқ.</translation>
    </message>
    <message>
        <source>Review — %1</source>
        <translation>Шолу кездесуі — %1</translation>
    </message>
    <message>
        <source>Date &amp;held:</source>
        <translation>Өткізілген &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Қатысушылар:</translation>
    </message>
    <message>
        <source>Who took part, from the client and from our side</source>
        <translation>Клиент тарапынан және біз тараптан кім қатысты</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Барысы:</translation>
    </message>
    <message>
        <source>What was done since the last review</source>
        <translation>Өткен кездесуден бері не істелді</translation>
    </message>
    <message>
        <source>Problems &amp;found:</source>
        <translation>Табылған &amp;мәселелер:</translation>
    </message>
    <message>
        <source>Mistakes and problems found, in plain words</source>
        <translation>Табылған қателер мен мәселелер қарапайым сөзбен</translation>
    </message>
    <message>
        <source>Client's &amp;satisfaction:</source>
        <translation>Клиенттің &amp;қанағаттануы:</translation>
    </message>
    <message>
        <source>How satisfied the client is, in their words</source>
        <translation>Клиент қаншалықты риза — өз сөзімен</translation>
    </message>
    <message>
        <source>Remediation plan</source>
        <translation>Түзету жоспары</translation>
    </message>
    <message>
        <source>Each problem gets an action item with one owner and a due date. Double-click a cell to edit it.</source>
        <translation>Әр мәселеге бір жауаптысы мен мерзімі бар жоспар тармағы. Ұяшықты өзгерту үшін оны екі рет басыңыз.</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>Тармақ &amp;қосу</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no account manager</source>
        <translation>аккаунт-менеджер жоқ</translation>
    </message>
    <message>
        <source>Scheduled for %1 · Account manager: %2</source>
        <translation>%1 күнге белгіленген · Аккаунт-менеджер: %2</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>%1 өткізілді</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 бастап мерзімі өткен</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>&amp;Hold review</source>
        <translation>Кездесуді &amp;өткізу</translation>
    </message>
    <message>
        <source>Save the corrections (Ctrl+S)</source>
        <translation>Түзетулерді сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Record the review as held and schedule the next one (Ctrl+S)</source>
        <translation>Кездесуді өткізілді деп жазып, келесісін белгілеу (Ctrl+S)</translation>
    </message>
    <message>
        <source>Review held. Next review: %1 on %2.</source>
        <translation>Кездесу өткізілді. Келесісі: %1, %2.</translation>
    </message>
    <message>
        <source>Holding this review schedules the next one: %1 on %2.</source>
        <translation>Өткізгеннен кейін келесі кездесу белгіленеді: %1, %2.</translation>
    </message>
    <message>
        <source>The client has no review cadence: no next review will be scheduled.</source>
        <translation>Клиентте кездесу кестесі жоқ: келесі кездесу белгіленбейді.</translation>
    </message>
    <message>
        <source>Enter the date the review was held.</source>
        <translation>Ревью өткізілген күнді енгізіңіз.</translation>
    </message>
    <message>
        <source>A review cannot be held in the future.</source>
        <translation>Кездесуді болашақта өткізу мүмкін емес.</translation>
    </message>
    <message>
        <source>Enter who attended the review.</source>
        <translation>Кездесуге кім қатысқанын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The review has changes that are not saved. Save them?</source>
        <translation>Кездесуде сақталмаған өзгерістер бар. Оларды сақтау керек пе?</translation>
    </message>
    <message>
        <source>Prepare &amp;pack</source>
        <translation>&amp;Материалдарды дайындау</translation>
    </message>
    <message>
        <source>Write the review pack for the client: tickets, SLA, feedback, hours, invoices, obligations and the last plan, as a PDF in the client's language (Ctrl+Shift+P)</source>
        <translation>Клиентке кездесу материалдарын дайындау: өтініштер, SLA, пікірлер, сағаттар, шоттар, міндеттемелер және алдыңғы жоспар — клиент тілінде PDF түрінде (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 қалтасын құру мүмкін емес.</translation>
    </message>
    <message>
        <source>The review pack could not be prepared: %1</source>
        <translation>Кездесу материалдарын дайындау мүмкін болмады: %1</translation>
    </message>
    <message>
        <source>Review pack ready (%1 s): &lt;a href="%2"&gt;%3&lt;/a&gt;</source>
        <translation>Кездесу материалдары дайын (%1 с): &lt;a href="%2"&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
</context>
<context>
    <name>ReviewPackBuilder</name>
    <message>
        <source>No review with id %1.</source>
        <translation>%1 нөмірлі ревью жоқ.</translation>
    </message>
    <message>
        <source>The period needs a start date on or before its end date.</source>
        <translation>Кезеңнің басы оның соңынан кеш болмауы керек.</translation>
    </message>
    <message>
        <source>The document language is ru, kk or en, not "%1".</source>
        <translation>Құжат тілі — ru, kk немесе en, «%1» емес.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>id %1 клиенті жоқ.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be read.</source>
        <translation>%1 өтінішін оқу мүмкін болмады.</translation>
    </message>
</context>
<context>
    <name>rapport::ReviewTableModel</name>
    <message>
        <source>Held %1</source>
        <translation>%1 өткізілді</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Күші жойылған</translation>
    </message>
    <message>
        <source>Overdue %1 d</source>
        <translation>%1 күнге кешікті</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>In %1 d</source>
        <translation>%1 күннен кейін</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>ашық %1, мерзімі өткен %2</translation>
    </message>
    <message>
        <source>all %1 done</source>
        <translation>барлық %1 орындалды</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>%2 ішінен %1 ашық</translation>
    </message>
    <message>
        <source>No account manager</source>
        <translation>Аккаунт-менеджер жоқ</translation>
    </message>
    <message>
        <source>This review was due on %1 and has not been held.</source>
        <translation>Кездесу %1 күнге белгіленген, бірақ өткізілмеген.</translation>
    </message>
    <message>
        <source>Remediation plan: %1 action items, %2 open, %3 overdue</source>
        <translation>Түзету жоспары: тармақтар %1, ашық %2, мерзімі өткен %3</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Белгіленген</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Жоспар тармақтары</translation>
    </message>
</context>
<context>
    <name>rapport::ReviewsView</name>
    <message>
        <source>Every client is reviewed every quarter and every year from the contract start: progress, problems found and a remediation plan with owners and due dates. Holding a review schedules the next one.</source>
        <translation>Әр клиентпен шарт басталған күннен бастап тоқсан сайын және жыл сайын кездесу өтеді: барысы, табылған мәселелер және жауаптылары мен мерзімдері бар түзету жоспары. Өткізілген кездесу келесісін белгілейді.</translation>
    </message>
    <message>
        <source>&amp;Account manager:</source>
        <translation>&amp;Аккаунт-менеджер:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>&amp;Schedule reviews</source>
        <translation>Кездесулерді &amp;жоспарлау</translation>
    </message>
    <message>
        <source>Give every client with a review cadence its next review; running it again adds nothing.</source>
        <translation>Кездесу кестесі бар әр клиентке келесі кездесуді белгілеу; қайта іске қосу ештеңе қоспайды.</translation>
    </message>
    <message>
        <source>Export to &amp;calendar (ICS)…</source>
        <translation>&amp;Күнтізбеге экспорттау (ICS)…</translation>
    </message>
    <message>
        <source>Save the scheduled reviews as an iCalendar file for Outlook, Google Calendar or Thunderbird.</source>
        <translation>Белгіленген кездесулерді Outlook, Google Күнтізбе немесе Thunderbird үшін iCalendar файлына сақтау.</translation>
    </message>
    <message>
        <source>&amp;Regulation…</source>
        <translation>&amp;Регламент…</translation>
    </message>
    <message>
        <source>Workflow templates, obligation rules, the Service standard preset and tasks.</source>
        <translation>Процесс үлгілері, міндеттеме ережелері, «Қызмет көрсету стандарты» үлгісі және тапсырмалар.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Аш&amp;у</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Алдағы (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Мерзімі өткен (%1)</translation>
    </message>
    <message>
        <source>Held (%1)</source>
        <translation>Өткізілген (%1)</translation>
    </message>
    <message>
        <source>No upcoming reviews. Apply the Service standard preset under Regulation, or set a client's review cadence, then Schedule reviews.</source>
        <translation>Алдағы кездесулер жоқ. «Регламент» терезесінде «Қызмет көрсету стандарты» үлгісін қолданыңыз немесе клиенттің кездесу кестесін белгілеңіз, содан кейін «Кездесулерді жоспарлау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>No overdue reviews. Every review was held on time.</source>
        <translation>Мерзімі өткен кездесулер жоқ. Барлық кездесулер уақытында өтті.</translation>
    </message>
    <message>
        <source>No review has been held yet.</source>
        <translation>Әлі бірде-бір кездесу өткізілмеген.</translation>
    </message>
    <message>
        <source>Scheduling reviews…</source>
        <translation>Кездесулер жоспарлануда…</translation>
    </message>
    <message>
        <source>Reviews scheduled: %1 new; clients with a review cadence checked: %2.</source>
        <translation>Жаңа кездесулер белгіленді: %1; кездесу кестесі бар тексерілген клиенттер: %2.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Өткізіп жіберілді: %1</translation>
    </message>
    <message>
        <source>Export Reviews to Calendar</source>
        <translation>Кездесулерді күнтізбеге экспорттау</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar файлдары (*.ics)</translation>
    </message>
    <message>
        <source>Scheduled reviews written: %1, to %2. Import the file in your calendar application.</source>
        <translation>Белгіленген кездесулер жазылды: %1, %2 файлына. Оны күнтізбе қолданбаңызға импорттаңыз.</translation>
    </message>
    <message>
        <source>R&amp;eschedule…</source>
        <translation>Кездесуді ау&amp;ыстыру…</translation>
    </message>
    <message>
        <source>Move the selected scheduled review to another date, with the reason (Ctrl+Shift+R)</source>
        <translation>Таңдалған жоспарлы кездесуді себебін көрсетіп, басқа күнге ауыстыру (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Cancel re&amp;view…</source>
        <translation>Кездесуді &amp;болдырмау…</translation>
    </message>
    <message>
        <source>Cancel the selected scheduled review, with the reason (Ctrl+Shift+Delete)</source>
        <translation>Таңдалған жоспарлы кездесуді себебін көрсетіп болдырмау (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>%1 with %2 on %3 cancelled.</source>
        <translation>%2 клиентімен %3 күнгі %1 болдырылмады.</translation>
    </message>
    <message>
        <source>%1 with %2 moved to %3.</source>
        <translation>%2 клиентімен %1 %3 күніне ауыстырылды.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Шолу кездесулері</translation>
    </message>
</context>
<context>
    <name>rapport::RuleEditorDialog</name>
    <message>
        <source>Client %1 (not found)</source>
        <translation>%1 клиент (табылмады)</translation>
    </message>
    <message>
        <source>Automation rule</source>
        <translation>Автоматтандыру ережесі</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Ереже:</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Оқиға:</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>&amp;Ығысу:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Days from the trigger's date: negative before it, positive after it</source>
        <translation>Оқиға күнінен бастап күндер: теріс — оған дейін, оң — одан кейін</translation>
    </message>
    <message>
        <source>&amp;Business days (on the client's calendar)</source>
        <translation>&amp;Жұмыс күндері (клиент күнтізбесі бойынша)</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Алушы:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Әрекет:</translation>
    </message>
    <message>
        <source>Task &amp;owner:</source>
        <translation>Тапсырмаға &amp;жауапты:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Үлгі:</translation>
    </message>
    <message>
        <source>Messages wait for a&amp;pproval before sending</source>
        <translation>Хабарламалар жіберер алдында &amp;мақұлдауды күтеді</translation>
    </message>
    <message>
        <source>Rule is &amp;on</source>
        <translation>Ереже &amp;қосулы</translation>
    </message>
    <message>
        <source>Conditions: the rule fires only for</source>
        <translation>Шарттар: ереже тек мыналар үшін іске қосылады</translation>
    </message>
    <message>
        <source>Ticket priorities (none: any)</source>
        <translation>Өтінімдердің басымдықтары (таңдалмаса — кез келген)</translation>
    </message>
    <message>
        <source>Ticket channels (none: any)</source>
        <translation>Өтінімдердің арналары (таңдалмаса — кез келген)</translation>
    </message>
    <message>
        <source>T&amp;ariff:</source>
        <translation>Т&amp;ариф:</translation>
    </message>
    <message>
        <source>&amp;Clients (none: any):</source>
        <translation>&amp;Клиенттер (таңдалмаса — кез келген):</translation>
    </message>
    <message>
        <source>Find a client by name or tax id</source>
        <translation>Клиентті атауы немесе БСН/ЖСН бойынша табу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the rule (Ctrl+S)</source>
        <translation>Ережені сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Тапсырма жасау</translation>
    </message>
    <message>
        <source>Queue a message</source>
        <translation>Хабарламаны кезекке қою</translation>
    </message>
    <message>
        <source>New automation rule</source>
        <translation>Жаңа автоматтандыру ережесі</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a team database address (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>%1 — командалық дерекқор мекенжайы емес (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>The team database address is not valid: %1</source>
        <translation>Командалық дерекқор мекенжайы қате: %1</translation>
    </message>
    <message>
        <source>Unknown TLS mode "%1"; use one of: %2.</source>
        <translation>Белгісіз TLS режимі «%1»; рұқсат етілгендері: %2.</translation>
    </message>
    <message>
        <source>The port "%1" is not a number.</source>
        <translation>«%1» порты сан емес.</translation>
    </message>
    <message>
        <source>Unknown option "%1" in the team database address.</source>
        <translation>Командалық дерекқор мекенжайында белгісіз «%1» параметрі.</translation>
    </message>
    <message>
        <source>The port %1 is out of range.</source>
        <translation>%1 порты рұқсат етілген ауқымнан тыс.</translation>
    </message>
    <message>
        <source>The team database address names no database (…/DATABASE).</source>
        <translation>Командалық дерекқор мекенжайында дерекқор көрсетілмеген (…/DATABASE).</translation>
    </message>
    <message>
        <source>The team database address names no user (USER@…).</source>
        <translation>Командалық дерекқор мекенжайында пайдаланушы көрсетілмеген (USER@…).</translation>
    </message>
</context>
<context>
    <name>rapport::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Working as:</source>
        <translation>&amp;Жұмыс істеуші:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Дерекқор:</translation>
    </message>
    <message>
        <source>In a team database you work as your login.</source>
        <translation>Командалық базада сіз өз логиніңізбен жұмыс істейсіз.</translation>
    </message>
    <message>
        <source>&amp;Messages to me in:</source>
        <translation>Маған &amp;хабарламалар тілі:</translation>
    </message>
    <message>
        <source>The team's language</source>
        <translation>Команданың тілі</translation>
    </message>
    <message>
        <source>The language of the reminders, alerts and tasks Rapport writes to you</source>
        <translation>Rapport сізге жазатын еске салғыштардың, ескертулердің және тапсырмалардың тілі</translation>
    </message>
    <message>
        <source>Messages to me</source>
        <translation>Маған хабарламалар</translation>
    </message>
</context>
<context>
    <name>rapport::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Барлық жерде</translation>
    </message>
    <message>
        <source>Today, Clients, Tickets, Handoffs, Billing, Reviews, Dashboard, Outbox, Settings</source>
        <translation>Бүгін, Клиенттер, Өтінімдер, Тапсырулар, Шоттар, Шолу кездесулері, Дашборд, Шығыс хаттар, Баптаулар</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Жаңа өтініш</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Дерекқор файлын ашу</translation>
    </message>
    <message>
        <source>Connect to a team database</source>
        <translation>Команданың дерекқорына қосылу</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Қазір сақтық көшірме жасау</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенттер</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Жаңа клиент</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Клиент карточкасы</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Қоңырауды тіркеу</translation>
    </message>
    <message>
        <source>Apply a workflow</source>
        <translation>Регламентті қолдану</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Шолу кездесулері</translation>
    </message>
    <message>
        <source>Reschedule the review</source>
        <translation>Кездесуді ауыстыру</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Кездесуді болдырмау</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Өтінімдер</translation>
    </message>
    <message>
        <source>Review form</source>
        <translation>Кездесу формасы</translation>
    </message>
    <message>
        <source>Hold the review / save</source>
        <translation>Кездесуді өткізу / сақтау</translation>
    </message>
    <message>
        <source>Prepare the review pack</source>
        <translation>Кездесу материалдарын дайындау</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Шығыс хаттар</translation>
    </message>
    <message>
        <source>Approve the message</source>
        <translation>Хатты мақұлдау</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>The frequent actions and their keys. Menus and buttons show their Alt letter underlined.</source>
        <translation>Жиі орындалатын әрекеттер және олардың пернелері. Мәзір мен түймелерде Alt әрпінің асты сызылған.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer.</source>
        <translation>Пайдаланушы нұсқаулығы бұл компьютерде орнатылмаған.</translation>
    </message>
    <message>
        <source>User guide: &lt;a href="%1"&gt;%2&lt;/a&gt;</source>
        <translation>Пайдаланушы нұсқаулығы: &lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Send the due messages now</source>
        <translation>Мерзімі келген хаттарды қазір жіберу</translation>
    </message>
    <message>
        <source>Automation rules</source>
        <translation>Автоматтандыру ережелері</translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation>Ережені өзгерту</translation>
    </message>
    <message>
        <source>Rule and template editors</source>
        <translation>Ережелер мен үлгілер редакторлары</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Жаңа ереже</translation>
    </message>
    <message>
        <source>Delete the rule (one of your own that never fired)</source>
        <translation>Ережені жою (әлі іске қосылмаған өз ережеңіз)</translation>
    </message>
</context>
<context>
    <name>rapport::TaskTableModel</name>
    <message>
        <source>Overdue %1 d</source>
        <translation>%1 күнге кешікті</translation>
    </message>
    <message>
        <source>Done on %1, due %2</source>
        <translation>%1 орындалды, мерзімі %2</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Кезең %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Көзі</translation>
    </message>
</context>
<context>
    <name>rapport::TasksPage</name>
    <message>
        <source>O&amp;wner:</source>
        <translation>Жа&amp;уапты:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Көрсету:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашық</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Мерзімі осы аптада</translation>
    </message>
    <message>
        <source>Done in the last 90 days</source>
        <translation>Соңғы 90 күнде орындалғандар</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>&amp;Орындалды деп белгілеу…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Қайта &amp;ашу</translation>
    </message>
    <message>
        <source>Tasks: %1.</source>
        <translation>Тапсырмалар: %1.</translation>
    </message>
    <message>
        <source>Last 90 days: %1 on time — %2 done on time, %3 done late, %4 still open past the due date.</source>
        <translation>Соңғы 90 күнде мерзімінде: %1 — уақытында %2, кешігіп %3, мерзімі өтіп орындалмаған %4.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
</context>
<context>
    <name>rapport::TeamConnectDialog</name>
    <message>
        <source>Enter the server's host name, address or socket folder.</source>
        <translation>Сервер атауын, мекенжайын немесе сокет қалтасын көрсетіңіз.</translation>
    </message>
    <message>
        <source>A host name has no spaces.</source>
        <translation>Сервер атауында бос орын болмайды.</translation>
    </message>
    <message>
        <source>Enter the name of the team database.</source>
        <translation>Командалық базаның атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter your login (your email as the team lead created it).</source>
        <translation>Логиніңізді көрсетіңіз (топ жетекшісі сізді тіркеген email).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 серверіне қосылу…</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Командалық базаға қосылу</translation>
    </message>
    <message>
        <source>The team works in one PostgreSQL database. Your login and its rights are set up by the team lead (rapport-cli team add-user).</source>
        <translation>Команда бір PostgreSQL базасында жұмыс істейді. Логин мен құқықтарды топ жетекшісі береді (rapport-cli team add-user).</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>db.example.kz</source>
        <translation>db.example.kz</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>name@example.kz</source>
        <translation>name@example.kz</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрлау:</translation>
    </message>
    <message>
        <source>TLS if the server offers it</source>
        <translation>Сервер ұсынса, TLS</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>Тек TLS</translation>
    </message>
    <message>
        <source>TLS, server certificate checked</source>
        <translation>TLS, сервер сертификаты тексеріледі</translation>
    </message>
    <message>
        <source>TLS, certificate and host name checked</source>
        <translation>TLS, сертификат пен сервер атауы тексеріледі</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Шифрлаусыз</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Құпия сө&amp;з:</translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD or ~/.pgpass. The password is never saved.</source>
        <translation>PGPASSWORD немесе ~/.pgpass қолдану үшін бос қалдырыңыз. Құпия сөз ешқашан сақталмайды.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Қосылу</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>Rights are kept by a team database; %1 is a file.</source>
        <translation>Құқықтарды командалық дерекқор сақтайды, ал %1 — файл.</translation>
    </message>
    <message>
        <source>Logins belong to a team database; %1 is a file.</source>
        <translation>Тіркелгілер тек командалық дерекқорда болады, ал %1 — файл.</translation>
    </message>
</context>
<context>
    <name>rapport::TemplateEditorDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Үлгі сақталды.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Сақтайтын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>%1, client %2</source>
        <translation>%1, клиент %2</translation>
    </message>
    <message>
        <source>The run could not write this message: %1</source>
        <translation>Ережелерді іске қосу бұл хабарламаны құра алмас еді: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Кімге: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тақырып: %1</translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Discard them?</source>
        <translation>Үлгіде сақталмаған өзгерістер бар. Олардан бас тарту керек пе?</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Хабарлама үлгісі</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Үлгі:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тақырып:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Мәтін:</translation>
    </message>
    <message>
        <source>Placeholders (double-click or Enter to insert):</source>
        <translation>Алмастырулар (қою үшін екі рет шертіңіз немесе Enter басыңыз):</translation>
    </message>
    <message>
        <source>Rapport fills these from the record the rule fires on</source>
        <translation>Rapport оларды ереже іске қосылған жазбаның деректерімен толтырады</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>Алмастыруды &amp;қою</translation>
    </message>
    <message>
        <source>Preview on the latest record:</source>
        <translation>Соңғы жазбада алдын ала қарау:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Save the template in every changed language (Ctrl+S)</source>
        <translation>Үлгіні өзгертілген барлық тілдерде сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>TicketBulkWriter</name>
    <message>
        <source>The bulk writer was not started.</source>
        <translation>Жаппай жазу басталмаған.</translation>
    </message>
    <message>
        <source>A ticket's history starts with its creation.</source>
        <translation>Өтінім тарихы оның құрылуынан басталады.</translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>Өтінімнің тақырыбы болуы керек.</translation>
    </message>
    <message>
        <source>Unknown ticket event “%1”.</source>
        <translation>Белгісіз өтінім оқиғасы «%1».</translation>
    </message>
    <message>
        <source>An event of the ticket happens before its creation.</source>
        <translation>Өтінім оқиғасы оның құрылуынан ерте.</translation>
    </message>
    <message>
        <source>A time entry needs a person, a day and minutes.</source>
        <translation>Уақыт жазбасында қызметкер, күн және минуттар болуы керек.</translation>
    </message>
</context>
<context>
    <name>rapport::TicketConversation</name>
    <message>
        <source>someone</source>
        <translation>біреу</translation>
    </message>
    <message>
        <source>%1 replied to the client</source>
        <translation>%1 клиентке жауап берді</translation>
    </message>
    <message>
        <source>Internal note by %1 (not sent)</source>
        <translation>Ішкі жазба: %1 (клиентке жіберілмеді)</translation>
    </message>
    <message>
        <source>%1 logged a contact with the client (%2)</source>
        <translation>%1 клиентпен байланысты тіркеді (%2)</translation>
    </message>
    <message>
        <source>Request recorded by %1</source>
        <translation>Өтінішті %1 тіркеді</translation>
    </message>
    <message>
        <source>Request recorded by %1, via %2</source>
        <translation>Өтінішті %1 тіркеді, арнасы: %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;No description.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Сипаттамасы жоқ.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 wrote the formal statement</source>
        <translation>%1 ресми тапсырманы жазды</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 мәртебені «%2» етіп өзгертті</translation>
    </message>
    <message>
        <source>%1 set the priority to %2</source>
        <translation>%1 басымдықты «%2» етіп өзгертті</translation>
    </message>
    <message>
        <source>%1 changed the assignee</source>
        <translation>%1 орындаушыны өзгертті</translation>
    </message>
    <message>
        <source>%1 assigned the ticket: %2</source>
        <translation>%1 өтінімді тағайындады: %2</translation>
    </message>
    <message>
        <source>The client confirmed the statement (%1), recorded by %2</source>
        <translation>Клиент тапсырманы растады (%1), тіркеген %2</translation>
    </message>
    <message>
        <source>The client was suspended for debt: the SLA clock is paused</source>
        <translation>Клиентке қызмет көрсету қарызы үшін тоқтатылды: SLA сағаты кідірісте</translation>
    </message>
    <message>
        <source>The client was restored: the SLA clock runs again</source>
        <translation>Клиентке қызмет көрсету қайта басталды: SLA сағаты қайта жүріп тұр</translation>
    </message>
    <message>
        <source>%1 removed the category</source>
        <translation>%1 санатты алып тастады</translation>
    </message>
    <message>
        <source>%1 set the category to %2</source>
        <translation>%1 санатты «%2» етіп өзгертті</translation>
    </message>
    <message>
        <source>%1 agreed the deadline with the client: %2</source>
        <translation>%1 клиентпен мерзімді келісті: %2</translation>
    </message>
    <message>
        <source>%1 removed the agreed deadline</source>
        <translation>%1 келісілген мерзімді алып тастады</translation>
    </message>
</context>
<context>
    <name>rapport::TicketDialog</name>
    <message>
        <source>Ticket #%1 does not exist.</source>
        <translation>№%1 өтінім жоқ.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ешкім)</translation>
    </message>
    <message>
        <source>Ticket #%1 — %2</source>
        <translation>№%1 өтінім — %2</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>№%1  %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>арнасы: %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>тіркелді %1</translation>
    </message>
    <message>
        <source>Staff member #%1</source>
        <translation>№%1 қызметкер</translation>
    </message>
    <message>
        <source>&amp;Resume Work</source>
        <translation>Жұмысты &amp;жалғастыру</translation>
    </message>
    <message>
        <source>&amp;Start Work</source>
        <translation>Жұмысты &amp;бастау</translation>
    </message>
    <message>
        <source>Next: write the formal statement of the task on the Statement tab and have the client confirm it; then assign a specialist and start work.</source>
        <translation>Келесі қадам: «Тапсырма» қойындысында ресми тапсырманы жазып, клиенттің растауын алыңыз; содан кейін маманды тағайындап, жұмысты бастаңыз.</translation>
    </message>
    <message>
        <source>Next: record the client's confirmation of the statement, assign a specialist and start work.</source>
        <translation>Келесі қадам: клиенттің тапсырманы растағанын тіркеп, маманды тағайындаңыз және жұмысты бастаңыз.</translation>
    </message>
    <message>
        <source>Write what was said on the call first.</source>
        <translation>Алдымен телефонмен не айтылғанын жазыңыз.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Алдымен хабарламаны жазыңыз.</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Басымдық:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Жа&amp;уапты:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Орындаушы:</translation>
    </message>
    <message>
        <source>The account manager responsible for the request</source>
        <translation>Өтінішке жауапты аккаунт-менеджер</translation>
    </message>
    <message>
        <source>The specialist doing the work; required once work starts</source>
        <translation>Жұмысты орындайтын маман; жұмыс басталғанда міндетті</translation>
    </message>
    <message>
        <source>&amp;Waiting on Client</source>
        <translation>Клиентті &amp;күтеміз</translation>
    </message>
    <message>
        <source>Pause the SLA clock until the client answers</source>
        <translation>Клиент жауап бергенше SLA сағатын кідірту</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Шешу</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Қайта &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Cancel Ticket</source>
        <translation>Өтінімнен &amp;бас тарту</translation>
    </message>
    <message>
        <source>Write a reply to the client, an internal note or what was said on the call</source>
        <translation>Клиентке жауап, ішкі жазба немесе қоңырау қорытындысын жазыңыз</translation>
    </message>
    <message>
        <source>Reply to Client</source>
        <translation>Клиентке жауап беру</translation>
    </message>
    <message>
        <source>Sent to the client; counts as the response (Ctrl+Enter)</source>
        <translation>Клиентке жіберіледі; жауап ретінде есептеледі (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Internal Note</source>
        <translation>Ішкі жазба</translation>
    </message>
    <message>
        <source>Seen by staff only; does not count as a response</source>
        <translation>Тек қызметкерлерге көрінеді; жауап ретінде есептелмейді</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>Қоңырауды тіркеу</translation>
    </message>
    <message>
        <source>Record a phone call with the client; counts as a response</source>
        <translation>Клиентпен телефон арқылы сөйлесуді тіркеу; жауап ретінде есептеледі</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Пікір</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>санаты: %1</translation>
    </message>
    <message>
        <source>agreed deadline %1 has passed</source>
        <translation>келісілген мерзім %1 өтті</translation>
    </message>
    <message>
        <source>agreed deadline %1</source>
        <translation>келісілген мерзім: %1</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>С&amp;анат:</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Санатсыз</translation>
    </message>
    <message>
        <source>What kind of request this is; pick one in use or type a new one</source>
        <translation>Өтінім түрі: қолданыстағы санатты таңдаңыз немесе жаңасын енгізіңіз</translation>
    </message>
    <message>
        <source>A&amp;greed deadline:</source>
        <translation>Келісілген &amp;мерзім:</translation>
    </message>
    <message>
        <source>The deadline agreed with the client for this request</source>
        <translation>Клиентпен келісілген өтінімді орындау мерзімі</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Хат алмасу</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>Жауап немесе жазба</translation>
    </message>
    <message>
        <source>The ticket shows the other desk's change now; yours was not applied.</source>
        <translation>Өтінім енді әріптестің өзгерісін көрсетеді; сіздікі қолданылмады.</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Басқа жұмыс орнында өзгертілді</translation>
    </message>
    <message>
        <source>Show Details to compare the ticket as you saw it with how it is now.</source>
        <translation>Өтінімді сіз көрген күйімен қазіргі күйін салыстыру үшін «Толығырақ» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>As you saw it → as it is now:</source>
        <translation>Сіз көргендей → қазіргідей:</translation>
    </message>
    <message>
        <source>&amp;Apply Mine</source>
        <translation>Менікін &amp;қолдану</translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation>Олардың нұсқасын &amp;алу</translation>
    </message>
</context>
<context>
    <name>TicketEventLog</name>
    <message>
        <source>Ticket %1 was created later than that time.</source>
        <translation>%1 өтінімі бұл уақыттан кейін құрылған.</translation>
    </message>
    <message>
        <source>Ticket %1 changed status later than that time.</source>
        <translation>%1 өтінімінің күйі бұл уақыттан кейін өзгерген.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>басқа біреу</translation>
    </message>
    <message>
        <source>Ticket %1 was changed by %2 (%3) after you opened it. Reload it to see their change, or apply yours over it.</source>
        <translation>%1 өтінімді сіз ашқаннан кейін %2 (%3) өзгертті. Сол өзгерісті көру үшін жаңартыңыз немесе өзіңіздікін оның үстінен қолданыңыз.</translation>
    </message>
</context>
<context>
    <name>rapport::TicketFeedbackPanel</name>
    <message>
        <source>Ask the client for feedback once the ticket is resolved.</source>
        <translation>Өтінім шешілгеннен кейін клиенттен пікір сұраңыз.</translation>
    </message>
    <message>
        <source>The client liked the work.</source>
        <translation>Клиентке жұмыс ұнады.</translation>
    </message>
    <message>
        <source>The client did not like the work.</source>
        <translation>Клиентке жұмыс ұнамады.</translation>
    </message>
    <message>
        <source>Did the client like how the request was handled?</source>
        <translation>Өтінімнің орындалуы клиентке ұнады ма?</translation>
    </message>
    <message>
        <source>&amp;Liked</source>
        <translation>&amp;Ұнады</translation>
    </message>
    <message>
        <source>&amp;Not liked</source>
        <translation>Ұ&amp;намады</translation>
    </message>
    <message>
        <source>&amp;Reason (required when not liked):</source>
        <translation>&amp;Себебі (ұнамаса, міндетті):</translation>
    </message>
    <message>
        <source>What the client did not like</source>
        <translation>Клиентке не ұнамады</translation>
    </message>
    <message>
        <source>Save &amp;Feedback</source>
        <translation>Пікірді &amp;сақтау</translation>
    </message>
</context>
<context>
    <name>rapport::TicketFormalPanel</name>
    <message>
        <source>The client confirmed this statement on %1 (%2).</source>
        <translation>Клиент бұл тапсырманы %1 растады (%2).</translation>
    </message>
    <message>
        <source>Write the statement, then ask the client to confirm it.</source>
        <translation>Тапсырманы жазып, клиенттен оны растауын сұраңыз.</translation>
    </message>
    <message>
        <source>Not confirmed by the client yet.</source>
        <translation>Клиент әлі растаған жоқ.</translation>
    </message>
    <message>
        <source>&amp;Formal statement of the task, as the client should confirm it:</source>
        <translation>&amp;Клиент растайтын ресми тапсырма:</translation>
    </message>
    <message>
        <source>What will be done, the expected result and the agreed deadline</source>
        <translation>Не істелетіні, күтілетін нәтиже және келісілген мерзім</translation>
    </message>
    <message>
        <source>&amp;Save Statement</source>
        <translation>Тапсырманы &amp;сақтау</translation>
    </message>
    <message>
        <source>Confirmed:</source>
        <translation>Расталды:</translation>
    </message>
    <message>
        <source>&amp;Record Client Confirmation</source>
        <translation>Клиент &amp;растауын тіркеу</translation>
    </message>
    <message>
        <source>Confirmed via</source>
        <translation>Растау тәсілі</translation>
    </message>
</context>
<context>
    <name>TicketImport</name>
    <message>
        <source>a tickets file needs a client_tax_id or a client_name column</source>
        <translation>өтінімдер файлында client_tax_id немесе client_name бағаны болуы керек</translation>
    </message>
    <message>
        <source>unknown country "%1" (KZ, RU or other)</source>
        <translation>белгісіз ел «%1» (KZ, RU немесе other)</translation>
    </message>
    <message>
        <source>no client with tax id %1</source>
        <translation>%1 салық нөмірі бар клиент жоқ</translation>
    </message>
    <message>
        <source>%1 clients have this name: use client_tax_id</source>
        <translation>бұл атау %1 клиентте бар: client_tax_id көрсетіңіз</translation>
    </message>
    <message>
        <source>no client named %1</source>
        <translation>%1 атаулы клиент жоқ</translation>
    </message>
    <message>
        <source>the row does not name its client</source>
        <translation>жолда клиент көрсетілмеген</translation>
    </message>
    <message>
        <source>client %1 is archived</source>
        <translation>%1 клиенті мұрағатта</translation>
    </message>
    <message>
        <source>"%1" is not a date and time (2026-03-02T10:00:00+05:00 or 02.03.2026 10:00)</source>
        <translation>«%1» — күн мен уақыт емес (2026-03-02T10:00:00+05:00 немесе 02.03.2026 10:00)</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 — әлі келмеген уақыт</translation>
    </message>
    <message>
        <source>the creation instant is empty</source>
        <translation>құрылған уақыты көрсетілмеген</translation>
    </message>
    <message>
        <source>before the ticket was created</source>
        <translation>өтінім құрылғанға дейін</translation>
    </message>
    <message>
        <source>before the ticket was resolved</source>
        <translation>өтінім шешілгенге дейін</translation>
    </message>
    <message>
        <source>unknown status "%1" (new, formalizing, in_progress, waiting_on_client, resolved, closed or cancelled)</source>
        <translation>белгісіз күй «%1» (new, formalizing, in_progress, waiting_on_client, resolved, closed немесе cancelled)</translation>
    </message>
    <message>
        <source>a %1 ticket needs the instant it was resolved</source>
        <translation>«%1» күйіндегі өтінімге шешілген уақыты керек</translation>
    </message>
    <message>
        <source>a closed ticket needs the instant it was closed</source>
        <translation>жабылған өтінімге жабылған уақыты керек</translation>
    </message>
    <message>
        <source>the ticket is %1 but has a resolved or closed instant</source>
        <translation>өтінім «%1» күйінде, бірақ шешілген не жабылған уақыты көрсетілген</translation>
    </message>
    <message>
        <source>unknown priority "%1" (low, normal, high or urgent)</source>
        <translation>белгісіз басымдық «%1» (low, normal, high немесе urgent)</translation>
    </message>
    <message>
        <source>unknown channel "%1" (email, phone, messenger, portal, visit or other)</source>
        <translation>белгісіз арна «%1» (email, phone, messenger, portal, visit немесе other)</translation>
    </message>
    <message>
        <source>the subject is empty</source>
        <translation>тақырып көрсетілмеген</translation>
    </message>
    <message>
        <source>the subject is longer than 300 characters</source>
        <translation>тақырып 300 таңбадан ұзын</translation>
    </message>
    <message>
        <source>no staff member with email %1</source>
        <translation>%1 email-і бар қызметкер жоқ</translation>
    </message>
    <message>
        <source>a ticket in progress needs an owner and an assignee</source>
        <translation>орындалудағы өтінімге жауапты мен орындаушы керек</translation>
    </message>
    <message>
        <source>the same ticket as line %1</source>
        <translation>%1-жолдағы өтініммен бірдей</translation>
    </message>
    <message>
        <source>First response (imported)</source>
        <translation>Алғашқы жауап (импортталған)</translation>
    </message>
</context>
<context>
    <name>rapport::TicketSlaPanel</name>
    <message>
        <source>done %1 · was due %2</source>
        <translation>орындалды %1 · мерзімі %2 еді</translation>
    </message>
    <message>
        <source>due %1 if resumed now</source>
        <translation>қазір жалғасса, мерзімі %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>мерзімі %1</translation>
    </message>
    <message>
        <source>Business time on the clock: %1 of %2.</source>
        <translation>Сағаттағы жұмыс уақыты: %2 ішінен %1.</translation>
    </message>
    <message>
        <source>Paused for %1 in all.</source>
        <translation>Барлығы кідірісте: %1.</translation>
    </message>
    <message>
        <source>SLA clock</source>
        <translation>SLA сағаты</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Алғашқы жауап:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Шешім:</translation>
    </message>
</context>
<context>
    <name>rapport::TicketTableModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Құрылды</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырып</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебе</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Орындаушы</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>The agreed deadline has passed</source>
        <translation>Келісілген мерзім өтті</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Agreed deadline</source>
        <translation>Келісілген мерзім</translation>
    </message>
</context>
<context>
    <name>rapport::TicketTimePanel</name>
    <message>
        <source>billable</source>
        <translation>ақылы</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>ақысыз</translation>
    </message>
    <message>
        <source>No time logged yet.</source>
        <translation>Уақыт әлі тіркелмеген.</translation>
    </message>
    <message>
        <source>Total %1, billable %2.</source>
        <translation>Барлығы %1, ақылысы %2.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Қызметкер</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Шоттар</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Ақылы</translation>
    </message>
    <message>
        <source>What was done (goes into the act)</source>
        <translation>Не істелді (актіге енеді)</translation>
    </message>
    <message>
        <source>&amp;Log Time</source>
        <translation>Уақытты &amp;тіркеу</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Есепке алынған уақыт</translation>
    </message>
    <message>
        <source>Day worked</source>
        <translation>Жұмыс істелген күн</translation>
    </message>
    <message>
        <source>Minutes worked</source>
        <translation>Жұмыс минуттары</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Не істелді</translation>
    </message>
</context>
<context>
    <name>rapport::TicketsView</name>
    <message>
        <source>%1 loaded, counting…</source>
        <translation>%1 жүктелді, саналуда…</translation>
    </message>
    <message>
        <source>No tickets here.</source>
        <translation>Мұнда өтінімдер жоқ.</translation>
    </message>
    <message>
        <source>No tickets match the search.</source>
        <translation>Іздеуге сәйкес өтінімдер жоқ.</translation>
    </message>
    <message>
        <source>%1 of %2 tickets loaded</source>
        <translation>%2 өтінімнің %1 жүктелді</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Барлық ашық</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Менікі</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Қауіпте</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>SLA бұзылған</translation>
    </message>
    <message>
        <source>Waiting on client</source>
        <translation>Клиентті күтуде</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Орындаушысыз</translation>
    </message>
    <message>
        <source>All, including closed</source>
        <translation>Барлығы, жабылғандарымен</translation>
    </message>
    <message>
        <source>Search subject, client or number (Ctrl+F)</source>
        <translation>Тақырып, клиент немесе нөмір бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>New Ticket…</source>
        <translation>Жаңа өтінім…</translation>
    </message>
    <message>
        <source>Record a request from a client (Ctrl+N)</source>
        <translation>Клиенттің өтінішін тіркеу (Ctrl+N)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Барлық санаттар</translation>
    </message>
    <message>
        <source>Past agreed deadline</source>
        <translation>Келісілген мерзімі өткен</translation>
    </message>
    <message>
        <source>Open tickets whose deadline agreed with the client has passed</source>
        <translation>Клиентпен келісілген мерзімі өткен ашық өтінімдер</translation>
    </message>
    <message>
        <source>Only the tickets of one category</source>
        <translation>Тек бір санаттағы өтінімдер</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Өтінімдерді іздеу</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Өтінімдер</translation>
    </message>
</context>
<context>
    <name>rapport::TodayView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Choose who you are under Settings → Working as, to see your tickets.</source>
        <translation>Өз өтінімдеріңізді көру үшін «Баптаулар → Кім ретінде жұмыс істеймін» бөлімінде өзіңізді таңдаңыз.</translation>
    </message>
    <message>
        <source>My tickets with the SLA breached</source>
        <translation>SLA бұзылған өтінімдерім</translation>
    </message>
    <message>
        <source>No breaches. Keep it that way.</source>
        <translation>Бұзушылық жоқ. Осылай жалғастырыңыз.</translation>
    </message>
    <message>
        <source>My tickets at risk</source>
        <translation>Қауіптегі өтінімдерім</translation>
    </message>
    <message>
        <source>Nothing at risk: every clock has more than 20 % left.</source>
        <translation>Қауіп жоқ: барлық сағатта 20 %-дан көп уақыт қалды.</translation>
    </message>
    <message>
        <source>Waiting on the client</source>
        <translation>Клиентті күтудегілер</translation>
    </message>
    <message>
        <source>No ticket of yours waits on a client.</source>
        <translation>Сіздің бірде-бір өтініміңіз клиентті күтпейді.</translation>
    </message>
    <message>
        <source>Unassigned tickets</source>
        <translation>Орындаушысыз өтінімдер</translation>
    </message>
    <message>
        <source>Every open ticket has an assignee.</source>
        <translation>Әр ашық өтінімнің орындаушысы бар.</translation>
    </message>
    <message>
        <source>Team: breached SLA</source>
        <translation>Команда: SLA бұзылған өтінімдер</translation>
    </message>
    <message>
        <source>No breaches in the team. Keep it that way.</source>
        <translation>Командада бұзушылық жоқ. Осылай жалғастырыңыз.</translation>
    </message>
    <message>
        <source>Team: at risk</source>
        <translation>Команда: қауіптегі өтінімдер</translation>
    </message>
    <message>
        <source>Nothing at risk in the team: every clock has more than 20 % left.</source>
        <translation>Командада қауіп жоқ: барлық сағатта 20 %-дан көп уақыт қалды.</translation>
    </message>
</context>
<context>
    <name>rapport::WeeklyHoursTable</name>
    <message>
        <source>Working hours, e.g. 09:00–18:00 or 09:00–13:00, 14:00–18:00; empty for a day off</source>
        <translation>Жұмыс сағаттары, мысалы 09:00–18:00 немесе 09:00–13:00, 14:00–18:00; бос болса — демалыс</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>қате</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>демалыс</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 сағ %2 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 сағ</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Сағаттар</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Барлығы</translation>
    </message>
</context>
<context>
    <name>rapport::WelcomePage</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Rapport-қа қош келдіңіз</translation>
    </message>
    <message>
        <source>This database is empty. Start with your own team and clients, load a demo book of clients to look around, or import the spreadsheet you keep today.</source>
        <translation>Дерекқор бос. Өз командаңыз бен клиенттеріңізден бастаңыз, танысу үшін демо-клиенттерді жүктеңіз немесе қазір жүргізіп жүрген кестеңізді импорттаңыз.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Сіздің &amp;атыңыз:</translation>
    </message>
    <message>
        <source>Your &amp;email:</source>
        <translation>Сіздің &amp;email:</translation>
    </message>
    <message>
        <source>e.g. Aigerim Nurpeisova</source>
        <translation>мысалы, Айгерім Нұрпейісова</translation>
    </message>
    <message>
        <source>e.g. aigerim@example.kz</source>
        <translation>мысалы, aigerim@example.kz</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Бос бастау</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>&amp;Демо-деректерді жүктеу</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>Кестені &amp;импорттау…</translation>
    </message>
    <message>
        <source>Clients or contacts from a CSV file saved from Excel or Google Sheets. After the import, enter your name and email above and start.</source>
        <translation>Excel немесе Google Кестелерде сақталған CSV файлындағы клиенттер немесе байланыстар. Импорттан кейін жоғарыда атыңыз бен email-іңізді енгізіп, жұмысты бастаңыз.</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Демо-деректер жасалуда…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо-деректер</translation>
    </message>
</context>
<context>
    <name>rapport::WorkflowRunDialog</name>
    <message>
        <source>Mark &amp;done…</source>
        <translation>&amp;Орындалды деп белгілеу…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Қайта &amp;ашу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Tasks of the workflow run</source>
        <translation>Регламент іске қосылымының тапсырмалары</translation>
    </message>
    <message>
        <source>Workflow Run</source>
        <translation>Регламенттің орындалу барысы</translation>
    </message>
    <message>
        <source>This workflow run no longer exists.</source>
        <translation>Бұл процесс іске қосылымы енді жоқ.</translation>
    </message>
    <message>
        <source>Workflow Run: %1</source>
        <translation>Орындалу барысы: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>№%1  %2</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Басталды: %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Орындалған қадамдар: %2 ішінен %1</translation>
    </message>
    <message>
        <source>Steps late: %1</source>
        <translation>Кешіккен қадамдар: %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>Next: %1, due %2</source>
        <translation>Келесі: %1, мерзімі %2</translation>
    </message>
</context>
<context>
    <name>rapport::WorkflowRunModel</name>
    <message>
        <source>#%1  %2</source>
        <translation>№%1  %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 ішінен %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — мерзімі %2</translation>
    </message>
    <message>
        <source>Done after the due date: %1, open past it: %2</source>
        <translation>Мерзімнен кейін орындалған: %1, мерзімі өтіп ашық тұрған: %2</translation>
    </message>
    <message>
        <source>%1 % of the steps done</source>
        <translation>Қадамдардың %1 %-ы орындалды</translation>
    </message>
    <message>
        <source>Steps late: %1</source>
        <translation>Кешіккен қадамдар: %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Өтінім</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Орындалған қадамдар</translation>
    </message>
    <message>
        <source>Steps late</source>
        <translation>Кешіккен қадамдар</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Келесі қадам</translation>
    </message>
</context>
<context>
    <name>rapport::WorkflowRunsPage</name>
    <message>
        <source>Wor&amp;kflows</source>
        <translation>Ре&amp;гламенттер</translation>
    </message>
    <message>
        <source>&amp;Apply workflow…</source>
        <translation>&amp;Регламентті қолдану…</translation>
    </message>
    <message>
        <source>&amp;Apply to client…</source>
        <translation>&amp;Клиентке қолдану…</translation>
    </message>
    <message>
        <source>Apply a workflow template (Ctrl+Shift+W)</source>
        <translation>Процесс үлгісін қолдану (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Open &amp;tasks</source>
        <translation>Тапсырмаларды &amp;ашу</translation>
    </message>
    <message>
        <source>The tasks of the selected run (Enter)</source>
        <translation>Таңдалған іске қосылымның тапсырмалары (Enter)</translation>
    </message>
    <message>
        <source>Workflow runs</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <source>Save the card first to apply a workflow to the client.</source>
        <translation>Клиентке регламентті қолдану үшін алдымен карточканы сақтаңыз.</translation>
    </message>
    <message>
        <source>No workflow applied yet. Apply one to a client: each step becomes a task with an owner and a due date.</source>
        <translation>Регламенттер әлі қолданылмаған. Регламентті клиентке қолданыңыз: әр қадам жауаптысы мен мерзімі бар тапсырмаға айналады.</translation>
    </message>
    <message>
        <source>Runs: %1 · finished: %2 · with late steps: %3</source>
        <translation>Іске қосылымдар: %1 · аяқталғаны: %2 · кешіккен қадамдары барлары: %3</translation>
    </message>
</context>
<context>
    <name>rapport::WorkflowTemplatesPage</name>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Жаңа үлгі</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Мұрағат&amp;қа</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Сипаттама:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Қадамдар</translation>
    </message>
    <message>
        <source>Add s&amp;tep</source>
        <translation>Қадам &amp;қосу</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Қадамды жою</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Жоғары</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Төмен</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>Үлгіні &amp;сақтау</translation>
    </message>
    <message>
        <source>Applied to a client or a ticket, each step becomes a task owned by the person who holds the role for that client, due the given number of working days after the start.</source>
        <translation>Клиентке немесе өтінімге қолданғанда әр қадам осы клиентте сол рөлді атқаратын адамның тапсырмасына айналады, мерзімі — басынан бастап көрсетілген жұмыс күндерінен кейін.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Қадам</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Жауаптының рөлі</translation>
    </message>
    <message>
        <source>Due, working days</source>
        <translation>Мерзімі, жұмыс күні</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>Enter the template's name.</source>
        <translation>Үлгінің атауын көрсетіңіз.</translation>
    </message>
    <message>
        <source>Archive Template</source>
        <translation>Үлгіні мұрағатқа жіберу</translation>
    </message>
    <message>
        <source>Archive “%1”? It will no longer be offered; tasks already made from it stay.</source>
        <translation>«%1» мұрағатқа жіберілсін бе? Ол енді ұсынылмайды; одан жасалған тапсырмалар қалады.</translation>
    </message>
    <message>
        <source>Apply to c&amp;lient…</source>
        <translation>&amp;Клиентке қолдану…</translation>
    </message>
    <message>
        <source>Make the steps of this template tasks for a client (Ctrl+Shift+W)</source>
        <translation>Осы үлгінің қадамдарынан клиентке тапсырмалар жасау (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Workflow templates</source>
        <translation>Процесс үлгілері</translation>
    </message>
</context>
</TS>