<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Backup</name>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>Не удаётся переместить %1 в %2: %3</translation>
    </message>
    <message>
        <source>%1 failed its check: %2</source>
        <translation>%1 не прошёл проверку: %2</translation>
    </message>
    <message>
        <source>Cannot create folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk.</source>
        <translation>Не удаётся записать %1 на диск.</translation>
    </message>
    <message>
        <source>Backup %1 does not exist.</source>
        <translation>Резервная копия %1 не существует.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 уже существует; чтобы заменить, укажите --force.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Не удаётся скопировать %1 в %2.</translation>
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
        <translation>Не указан путь к базе данных.</translation>
    </message>
    <message>
        <source>Database %1 does not exist.</source>
        <translation>База данных %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — не файл.</translation>
    </message>
    <message>
        <source>Cannot create folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database: %2</source>
        <translation>%1 — не база данных Rapport: %2</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Rapport supports (%3). Update Rapport to open it.</source>
        <translation>У %1 версия схемы %2 — новее, чем поддерживает эта версия Rapport (%3). Обновите Rapport, чтобы открыть её.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of clients cannot be negative.</source>
        <translation>Число клиентов не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>Отменено; ничего не добавлено.</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>integrity: %1</source>
        <translation>целостность: %1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 points to a missing %3</source>
        <translation>внешний ключ: строка %1 таблицы %2 ссылается на отсутствующую запись %3</translation>
    </message>
    <message>
        <source>schema version is %1, expected %2</source>
        <translation>версия схемы %1, ожидалась %2</translation>
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
        <translation>Не удалось создать резервную копию перед обновлением, ничего не изменено: %1</translation>
    </message>
    <message>
        <source>Cannot read migration %1.</source>
        <translation>Не удаётся прочитать миграцию %1.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Миграция %1 (%2) не выполнена: %3</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Unknown currency code "%1".</source>
        <translation>Неизвестный код валюты «%1».</translation>
    </message>
    <message>
        <source>"%1" is not an amount of money.</source>
        <translation>«%1» — не денежная сумма.</translation>
    </message>
    <message>
        <source>"%1" has more than %2 digits after the decimal point.</source>
        <translation>В «%1» больше %2 знаков после запятой.</translation>
    </message>
    <message>
        <source>"%1" is too large.</source>
        <translation>«%1» слишком велико.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Передачи</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Встречи-обзоры</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Дашборд</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Your day: tickets whose SLA is at risk, obligations due this week, upcoming reviews, unpaid invoices and messages waiting for approval.</source>
        <translation>Ваш день: заявки с риском нарушения SLA, обязательства на этой неделе, ближайшие обзоры, неоплаченные счета и сообщения на согласовании.</translation>
    </message>
    <message>
        <source>Client cards: contacts, contract, tariff, SLA policy, special conditions and one timeline per client.</source>
        <translation>Карточки клиентов: контакты, договор, тариф, политика SLA, особые условия и единая лента событий клиента.</translation>
    </message>
    <message>
        <source>Requests from every channel, formalized and confirmed by the client, timed against the 24/48 SLA.</source>
        <translation>Обращения из любых каналов, формализованные и подтверждённые клиентом, с отсчётом по SLA 24/48.</translation>
    </message>
    <message>
        <source>Handoffs of newly signed clients from sales to account management, scored by quality control.</source>
        <translation>Передача новых клиентов из продаж в сопровождение с оценкой отдела качества.</translation>
    </message>
    <message>
        <source>Monthly invoices and acts from logged hours, payments and dunning.</source>
        <translation>Ежемесячные счета и акты по учтённым часам, оплаты и работа с задолженностью.</translation>
    </message>
    <message>
        <source>Quarterly and annual client reviews with remediation plans.</source>
        <translation>Квартальные и годовые встречи с клиентами с планами улучшений.</translation>
    </message>
    <message>
        <source>Response and resolution times, SLA compliance, completion rates, receivables and trends.</source>
        <translation>Время реакции и решения, соблюдение SLA, доля выполненных, дебиторская задолженность и тренды.</translation>
    </message>
    <message>
        <source>Messages queued by automation rules, waiting for approval or sent.</source>
        <translation>Сообщения, поставленные в очередь правилами автоматизации: на согласовании или отправленные.</translation>
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
        <translation>Ошибка базы данных: %1 (в запросе: %2)</translation>
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
        <translation>Не удаётся начать транзакцию записи: %1</translation>
    </message>
    <message>
        <source>Transaction already finished.</source>
        <translation>Транзакция уже завершена.</translation>
    </message>
    <message>
        <source>An inner step failed; nothing was saved.</source>
        <translation>Один из шагов не выполнен; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Не удаётся сохранить: %1</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>A staff member needs a name.</source>
        <translation>У сотрудника должно быть имя.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>The cost rate cannot be negative.</source>
        <translation>Ставка себестоимости не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Unknown currency "%1".</source>
        <translation>Неизвестная валюта «%1».</translation>
    </message>
    <message>
        <source>A staff member with email %1 already exists.</source>
        <translation>Сотрудник с email %1 уже существует.</translation>
    </message>
    <message>
        <source>No staff member with id %1.</source>
        <translation>Нет сотрудника с id %1.</translation>
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
        <translation>Отмена</translation>
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
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Backup Now</source>
        <translation>&amp;Резервная копия сейчас</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>&amp;О программе Rapport</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База данных: %1</translation>
    </message>
    <message>
        <source>Working as %1</source>
        <translation>Вы работаете как %1</translation>
    </message>
    <message>
        <source>No staff member chosen</source>
        <translation>Сотрудник не выбран</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite)</source>
        <translation>Базы данных Rapport (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to open it.</source>
        <translation>%1 уже существует. Откройте его через «Открыть».</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>Rapport databases (*.sqlite);;All files (*)</source>
        <translation>Базы данных Rapport (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Writing a backup…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервная копия сохранена в %1</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>О программе Rapport</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Operations console for service providers with clients on subscription.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLite %3&lt;br&gt;Schema version %4&lt;br&gt;Database: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Операционная консоль для сервисных компаний с клиентами на абонентском обслуживании.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;SQLite %3&lt;br&gt;Версия схемы %4&lt;br&gt;База данных: %5&lt;/p&gt;&lt;p&gt;Распространяется по лицензии GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Working as:</source>
        <translation>&amp;Работаю как:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
</context>
<context>
    <name>rapport::WelcomePage</name>
    <message>
        <source>Welcome to Rapport</source>
        <translation>Добро пожаловать в Rapport</translation>
    </message>
    <message>
        <source>This database is empty. Start with your own team and clients, load a demo book of clients to look around, or import the spreadsheet you keep today.</source>
        <translation>База данных пуста. Начните со своей команды и клиентов, загрузите демонстрационных клиентов, чтобы осмотреться, или импортируйте таблицу, которую ведёте сейчас.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>Your &amp;email:</source>
        <translation>Ваш &amp;email:</translation>
    </message>
    <message>
        <source>e.g. Aigerim Nurpeisova</source>
        <translation>например, Айгерим Нурпеисова</translation>
    </message>
    <message>
        <source>e.g. aigerim@example.kz</source>
        <translation>например, aigerim@example.kz</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Начать с нуля</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Загрузить &amp;демо-данные</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet…</source>
        <translation>&amp;Импортировать таблицу…</translation>
    </message>
    <message>
        <source>Spreadsheet import of clients and contacts arrives with the client cards.</source>
        <translation>Импорт клиентов и контактов из таблицы появится вместе с карточками клиентов.</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Создаются демо-данные…</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
</context>
</TS>