<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
    <name>BusinessCalendar</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>International Women's Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nauryz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unity Day of the People of Kazakhstan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Victory Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capital Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Constitution Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Republic Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Independence Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Year holidays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Christmas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spring and Labour Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Russia Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unity Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transferred working days must follow a weekday from 1 to 7.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: interval %2–%3 must lie within 00:00–24:00 and end after it starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: intervals %2–%3 and %4–%5 overlap.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The weekly schedule has no working hours.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DTEND is not a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ends (DTEND, exclusive) on or before its start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DURATION must be a positive number of whole days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quoted value has no closing quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the kind is missing (expected “holiday” or “workday”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the kind “%1” is neither “holiday” nor “workday”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected extra value “%1” (quote a name that contains the delimiter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already listed as a %2 on line %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file lists no days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not an iCalendar (ICS) file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The calendar file contains no events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>event %1 (“%2”)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no valid start date (DTSTART)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an all-day event (DTSTART has a time of day)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeating events (RRULE) are not supported; list each date as its own event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>spans %1 days; an event may cover at most 366</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already listed as a %2</source>
        <translation type="unfinished" />
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
    <name>SlaPolicy</name>
    <message>
        <source>Unknown priority “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy needs a business calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority %1: targets must be positive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Priority %1: the first response target exceeds the resolution target.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Дерекқор қатесі: %1 (сұрауда: %2)</translation>
    </message>
</context>
<context>
    <name>TicketEvent</name>
    <message>
        <source>Unknown ticket status “%1”.</source>
        <translation type="unfinished" />
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
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
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Operations console for service providers with clients on subscription.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLite %3&lt;br&gt;Schema version %4&lt;br&gt;Database: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Абоненттік қызмет көрсететін сервистік компанияларға арналған операциялық консоль.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLite %3&lt;br&gt;Схема нұсқасы %4&lt;br&gt;Дерекқор: %5&lt;/p&gt;&lt;p&gt;GNU GPL 3-нұсқасы немесе одан кейінгі нұсқа лицензиясымен таратылады.&lt;/p&gt;</translation>
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
        <source>Spreadsheet import of clients and contacts arrives with the client cards.</source>
        <translation>Клиенттер мен байланыстарды кестеден импорттау клиент карточкаларымен бірге қосылады.</translation>
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
</TS>