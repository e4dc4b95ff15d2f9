<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ActRepository</name>
    <message>
        <source>Invoice #%1 has no act.</source>
        <translation>У счёта #%1 нет акта.</translation>
    </message>
    <message>
        <source>Client %1 has no act for %2: run the billing for that month first.</source>
        <translation>У клиента %1 нет акта за %2: сначала выполните выставление счетов за этот месяц.</translation>
    </message>
    <message>
        <source>An act is marked "sent" or "signed", not "%1".</source>
        <translation>Акт отмечается как «sent» (отправлен) или «signed» (подписан), а не «%1».</translation>
    </message>
    <message>
        <source>No act with id %1.</source>
        <translation>Нет акта с идентификатором %1.</translation>
    </message>
</context>
<context>
    <name>AmountInWords</name>
    <message>
        <source>Amounts in words are available in ru, kk and en, not "%1".</source>
        <translation>Сумма прописью доступна на языках ru, kk и en, но не «%1».</translation>
    </message>
    <message>
        <source>Amounts in words go from 0 to 999 999 999 999.99.</source>
        <translation>Сумма прописью возможна от 0 до 999 999 999 999,99.</translation>
    </message>
    <message>
        <source>Amounts in words are available for KZT, RUB, USD and EUR, not "%1".</source>
        <translation>Сумма прописью доступна для KZT, RUB, USD и EUR, но не для «%1».</translation>
    </message>
</context>
<context>
    <name>AutomationLabels</name>
    <message>
        <source>Ticket created</source>
        <translation>Заявка создана</translation>
    </message>
    <message>
        <source>Ticket resolved</source>
        <translation>Заявка решена</translation>
    </message>
    <message>
        <source>Invoice due date</source>
        <translation>Срок оплаты счёта</translation>
    </message>
    <message>
        <source>Debt notice</source>
        <translation>Уведомление о задолженности</translation>
    </message>
    <message>
        <source>Work suspended for debt</source>
        <translation>Обслуживание приостановлено из-за долга</translation>
    </message>
    <message>
        <source>Work restored after payment</source>
        <translation>Обслуживание возобновлено после оплаты</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Дата встречи-обзора</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>Риск нарушения SLA</translation>
    </message>
    <message>
        <source>Hours running out</source>
        <translation>Часы на исходе</translation>
    </message>
    <message>
        <source>Hours used up</source>
        <translation>Часы израсходованы</translation>
    </message>
    <message>
        <source>Client's contact</source>
        <translation>Контакт клиента</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Любой клиент</translation>
    </message>
    <message>
        <source>Clients with a tariff</source>
        <translation>Клиенты с тарифом</translation>
    </message>
    <message>
        <source>Clients without a tariff</source>
        <translation>Клиенты без тарифа</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>В день события</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) before</source>
        <translation><numerusform>за %n рабочий день</numerusform>
            <numerusform>за %n рабочих дня</numerusform>
            <numerusform>за %n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) after</source>
        <translation><numerusform>через %n рабочий день</numerusform>
            <numerusform>через %n рабочих дня</numerusform>
            <numerusform>через %n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation><numerusform>за %n день</numerusform>
            <numerusform>за %n дня</numerusform>
            <numerusform>за %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after</source>
        <translation><numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge a new ticket</source>
        <translation>Подтвердить приём новой заявки</translation>
    </message>
    <message>
        <source>Tell the client a ticket is resolved and ask for feedback</source>
        <translation>Сообщить клиенту о решении заявки и попросить оценку</translation>
    </message>
    <message>
        <source>Payment reminder 3 days before due</source>
        <translation>Напоминание об оплате за 3 дня до срока</translation>
    </message>
    <message>
        <source>Debt notice with the suspension deadline</source>
        <translation>Уведомление о задолженности со сроком до приостановки</translation>
    </message>
    <message>
        <source>Work suspended for the debt</source>
        <translation>Обслуживание приостановлено из-за задолженности</translation>
    </message>
    <message>
        <source>Review invitation 7 days ahead</source>
        <translation>Приглашение на встречу-обзор за 7 дней</translation>
    </message>
    <message>
        <source>SLA at risk: tell the assignee</source>
        <translation>Риск нарушения SLA: сообщить исполнителю</translation>
    </message>
    <message>
        <source>SLA at risk: tell the account manager</source>
        <translation>Риск нарушения SLA: сообщить аккаунт-менеджеру</translation>
    </message>
    <message>
        <source>Hours at 80 %: tell the account manager</source>
        <translation>Израсходовано 80 % часов: сообщить аккаунт-менеджеру</translation>
    </message>
    <message>
        <source>Hours used up: tell the client that overage starts</source>
        <translation>Часы израсходованы: сообщить клиенту, что начинаются работы сверх тарифа</translation>
    </message>
    <message>
        <source>priorities: %1</source>
        <translation>приоритеты: %1</translation>
    </message>
    <message>
        <source>channels: %1</source>
        <translation>каналы: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation><numerusform>%n клиент</numerusform>
            <numerusform>%n клиента</numerusform>
            <numerusform>%n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <source>Formal claim</source>
        <translation>Претензия</translation>
    </message>
    <message>
        <source>Formal claim for the debt</source>
        <translation>Претензия по задолженности</translation>
    </message>
</context>
<context>
    <name>AutomationRepository</name>
    <message>
        <source>No staff member with an e-mail address to tell.</source>
        <translation>Нет сотрудника с адресом электронной почты, которому можно сообщить.</translation>
    </message>
    <message>
        <source>The client has no contact with an e-mail address.</source>
        <translation>У клиента нет контакта с адресом электронной почты.</translation>
    </message>
    <message>
        <source>There is no record yet to preview this template on (%1).</source>
        <translation>Пока нет записи, на которой можно показать этот шаблон (%1).</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>заявка</translation>
    </message>
    <message>
        <source>an issued invoice</source>
        <translation>выставленный счёт</translation>
    </message>
    <message>
        <source>a review</source>
        <translation>встреча-обзор</translation>
    </message>
    <message>
        <source>a dunning step</source>
        <translation>шаг работы с задолженностью</translation>
    </message>
    <message>
        <source>a client with a tariff</source>
        <translation>клиент с тарифом</translation>
    </message>
    <message>
        <source>Ticket #%1 "%2"</source>
        <translation>Заявка №%1 «%2»</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Встреча-обзор %1</translation>
    </message>
    <message>
        <source>Dunning step of %1</source>
        <translation>Шаг работы с задолженностью от %1</translation>
    </message>
    <message>
        <source>Hours of %1</source>
        <translation>Часы за %1</translation>
    </message>
    <message>
        <source>No active staff member to own the task.</source>
        <translation>Нет активного сотрудника, ответственного за задачу.</translation>
    </message>
<message>
        <source>No automation rule "%1".</source>
        <translation>Правила автоматизации «%1» нет.</translation>
    </message>
    <message>
        <source>Unknown trigger "%1" (%2).</source>
        <translation>Неизвестное событие «%1» (%2).</translation>
    </message>
    <message>
        <source>A rule needs a name.</source>
        <translation>У правила должно быть название.</translation>
    </message>
    <message>
        <source>The offset is between -90 and 90 days, not %1.</source>
        <translation>Смещение — от -90 до 90 дней, а не %1.</translation>
    </message>
    <message>
        <source>Only a date trigger (invoice due, review date, a dunning step) is moved by days; "%1" is an event.</source>
        <translation>Сдвигать на дни можно только событие с датой (срок оплаты счёта, дата встречи-обзора, шаг работы с задолженностью); «%1» — это событие без даты.</translation>
    </message>
    <message>
        <source>Unknown recipient "%1" (client, %2).</source>
        <translation>Неизвестный получатель «%1» (client, %2).</translation>
    </message>
    <message>
        <source>A task needs its owner: %1.</source>
        <translation>У задачи должен быть ответственный: %1.</translation>
    </message>
    <message>
        <source>Only a ticket has an assignee: choose the account manager or the client's contact.</source>
        <translation>Исполнитель есть только у заявки: выберите аккаунт-менеджера или контакт клиента.</translation>
    </message>
    <message>
        <source>Unknown action "%1" (%2).</source>
        <translation>Неизвестное действие «%1» (%2).</translation>
    </message>
    <message>
        <source>No message template "%1".</source>
        <translation>Шаблона сообщения «%1» нет.</translation>
    </message>
    <message>
        <source>Priorities and channels are conditions on tickets; this rule follows "%1".</source>
        <translation>Приоритеты и каналы — условия для заявок, а это правило срабатывает на «%1».</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>A new rule gets its key when it is added; "%1" is given.</source>
        <translation>Ключ нового правила назначается при добавлении, а задан «%1».</translation>
    </message>
    <message>
        <source>"%1" is a shipped rule: switch it off instead of deleting it.</source>
        <translation>«%1» — поставляемое правило: его можно выключить, но не удалить.</translation>
    </message>
    <message numerus="yes">
        <source>"%1" has already fired %n time(s): switch it off to keep what it sent explained.</source>
        <translation><numerusform>Правило «%1» уже сработало %n раз: выключите его, чтобы отправленное им оставалось объяснимым.</numerusform>
            <numerusform>Правило «%1» уже сработало %n раза: выключите его, чтобы отправленное им оставалось объяснимым.</numerusform>
            <numerusform>Правило «%1» уже сработало %n раз: выключите его, чтобы отправленное им оставалось объяснимым.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an existing rule can be saved; a new one is added first.</source>
        <translation>Сохранить можно только существующее правило; новое сначала добавляется.</translation>
    </message>
    <message>
        <source>No message template "%1" in language %2.</source>
        <translation>Шаблона сообщения «%1» на языке %2 нет.</translation>
    </message>
    <message>
        <source>A template's language is ru, kk or en, not "%1".</source>
        <translation>Язык шаблона — ru, kk или en, а не «%1».</translation>
    </message>
    <message>
        <source>A template needs a key.</source>
        <translation>У шаблона должен быть ключ.</translation>
    </message>
</context>
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
    <name>BillingFormat</name>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Обещание оплатить</translation>
    </message>
    <message>
        <source>Guarantee letter</source>
        <translation>Гарантийное письмо</translation>
    </message>
    <message>
        <source>Team-lead hold</source>
        <translation>Приостановка руководителем группы</translation>
    </message>
</context>
<context>
    <name>BillingRun</name>
    <message>
        <source>Correction of %1 (invoice %2): %3 h changed after issue</source>
        <translation>Корректировка за %1 (счёт %2): %3 ч изменено после выставления</translation>
    </message>
    <message>
        <source>The month to bill is not a valid month.</source>
        <translation>Месяц для выставления счетов указан неверно.</translation>
    </message>
    <message>
        <source>%1 has not started yet: a month is billed once it has begun.</source>
        <translation>%1 ещё не наступил: счёт за месяц выставляется после его начала.</translation>
    </message>
</context>
<context>
    <name>BillingSettings</name>
    <message>
        <source>The provider needs a legal name.</source>
        <translation>Укажите юридическое наименование поставщика.</translation>
    </message>
    <message>
        <source>The tax country is KZ, RU or other.</source>
        <translation>Страна налогового учёта: KZ, RU или other.</translation>
    </message>
    <message>
        <source>An invoice series is up to 10 letters, digits, "/" and "-" (not first or last).</source>
        <translation>Серия счетов — до 10 букв, цифр, «/» и «-» (не в начале и не в конце).</translation>
    </message>
    <message>
        <source>Dunning periods must be between 1 and 365 days.</source>
        <translation>Сроки взыскания должны быть от 1 до 365 дней.</translation>
    </message>
    <message>
        <source>The unused share must be between 0 and 100 %.</source>
        <translation>Доля неиспользованных часов должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The number of months must be between 1 and 24.</source>
        <translation>Число месяцев должно быть от 1 до 24.</translation>
    </message>
    <message>
        <source>Hour thresholds must be between 1 and 200 %.</source>
        <translation>Пороги по часам должны быть от 1 до 200 %.</translation>
    </message>
    <message>
        <source>The warning threshold must not be above the exhausted threshold.</source>
        <translation>Порог предупреждения не может быть выше порога исчерпания часов.</translation>
    </message>
</context>
<context>
    <name>BusinessCalendar</name>
    <message>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <source>New Year</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <source>International Women's Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <source>Nauryz</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <source>Unity Day of the People of Kazakhstan</source>
        <translation>День единства народа Казахстана</translation>
    </message>
    <message>
        <source>Defender of the Fatherland Day</source>
        <translation>День защитника Отечества</translation>
    </message>
    <message>
        <source>Victory Day</source>
        <translation>День Победы</translation>
    </message>
    <message>
        <source>Capital Day</source>
        <translation>День столицы</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>День Конституции</translation>
    </message>
    <message>
        <source>Republic Day</source>
        <translation>День Республики</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>День Независимости</translation>
    </message>
    <message>
        <source>New Year holidays</source>
        <translation>Новогодние каникулы</translation>
    </message>
    <message>
        <source>Christmas</source>
        <translation>Рождество Христово</translation>
    </message>
    <message>
        <source>Spring and Labour Day</source>
        <translation>Праздник Весны и Труда</translation>
    </message>
    <message>
        <source>Russia Day</source>
        <translation>День России</translation>
    </message>
    <message>
        <source>Unity Day</source>
        <translation>День народного единства</translation>
    </message>
    <message>
        <source>The calendar needs a name.</source>
        <translation>У календаря должно быть название.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Неизвестный часовой пояс «%1».</translation>
    </message>
    <message>
        <source>Transferred working days must follow a weekday from 1 to 7.</source>
        <translation>Перенесённые рабочие дни должны следовать дню недели от 1 до 7.</translation>
    </message>
    <message>
        <source>%1: interval %2–%3 must lie within 00:00–24:00 and end after it starts.</source>
        <translation>%1: интервал %2–%3 должен лежать в пределах 00:00–24:00 и заканчиваться после начала.</translation>
    </message>
    <message>
        <source>%1: intervals %2–%3 and %4–%5 overlap.</source>
        <translation>%1: интервалы %2–%3 и %4–%5 пересекаются.</translation>
    </message>
    <message>
        <source>The weekly schedule has no working hours.</source>
        <translation>В недельном расписании нет рабочих часов.</translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>There is no business calendar named “%1”.</source>
        <translation>Нет рабочего календаря «%1».</translation>
    </message>
    <message>
        <source>A business calendar needs a name.</source>
        <translation>У рабочего календаря должно быть название.</translation>
    </message>
    <message>
        <source>“%1” is a built-in calendar; edit it instead of deleting it.</source>
        <translation>«%1» — встроенный календарь: его можно изменить, но не удалить.</translation>
    </message>
    <message>
        <source>SLA policies run on “%1”; move them to another calendar first.</source>
        <translation>Календарь «%1» используют политики SLA; сначала переведите их на другой календарь.</translation>
    </message>
</context>
<context>
    <name>ClientDetails</name>
    <message>
        <source>Contact %1 does not belong to this client.</source>
        <translation>Контакт %1 не относится к этому клиенту.</translation>
    </message>
    <message>
        <source>Special condition %1 does not belong to this client.</source>
        <translation>Особое условие %1 не относится к этому клиенту.</translation>
    </message>
    <message>
        <source>Document %1 does not belong to this client.</source>
        <translation>Документ %1 не относится к этому клиенту.</translation>
    </message>
</context>
<context>
    <name>ClientFeedback</name>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Благодарность</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Feedback belongs to a client.</source>
        <translation>Отзыв должен относиться к клиенту.</translation>
    </message>
    <message>
        <source>Write what the client said.</source>
        <translation>Напишите, что сказал клиент.</translation>
    </message>
    <message>
        <source>Unknown channel "%1".</source>
        <translation>Неизвестный канал «%1».</translation>
    </message>
</context>
<context>
    <name>ClientFeedbackRepository</name>
    <message>
        <source>Feedback cannot be received in the future.</source>
        <translation>Отзыв не может быть получен в будущем.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is not a ticket of this client.</source>
        <translation>Заявка %1 не относится к этому клиенту.</translation>
    </message>
    <message>
        <source>No feedback with id %1.</source>
        <translation>Нет отзыва с номером %1.</translation>
    </message>
    <message>
        <source>Write what was done about it.</source>
        <translation>Напишите, что было сделано.</translation>
    </message>
    <message>
        <source>Feedback cannot be handled before it was received.</source>
        <translation>Отзыв нельзя обработать раньше, чем он получен.</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>"%1" is not a date: use YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>«%1» — не дата: используйте формат ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of minutes: write it as H:MM.</source>
        <translation>«%1» не даёт целого числа минут: запишите в виде Ч:ММ.</translation>
    </message>
    <message>
        <source>"%1" is not a number of hours.</source>
        <translation>«%1» — не количество часов.</translation>
    </message>
    <message>
        <source>"%1" is not a percentage.</source>
        <translation>«%1» — не процент.</translation>
    </message>
    <message>
        <source>%1 % is more than 100 %.</source>
        <translation>%1 % — больше 100 %.</translation>
    </message>
    <message>
        <source>"%1" is not a whole number from 0 to %2.</source>
        <translation>«%1» — не целое число от 0 до %2.</translation>
    </message>
</context>
<context>
    <name>ClientImport</name>
    <message>
        <source>unknown country "%1" (KZ, RU or other)</source>
        <translation>неизвестная страна «%1» (KZ, RU или other)</translation>
    </message>
    <message>
        <source>For a number of another country, add a tax_country column with "other".</source>
        <translation>Если это номер другой страны, добавьте столбец tax_country со значением «other».</translation>
    </message>
    <message>
        <source>no staff member with email %1</source>
        <translation>нет сотрудника с email %1</translation>
    </message>
    <message>
        <source>the tariff columns are filled but the monthly fee is empty</source>
        <translation>столбцы тарифа заполнены, а абонентская плата — нет</translation>
    </message>
    <message>
        <source>a tariff needs a monthly_fee column</source>
        <translation>для тарифа нужен столбец monthly_fee</translation>
    </message>
    <message>
        <source>unknown currency "%1"</source>
        <translation>неизвестная валюта «%1»</translation>
    </message>
    <message>
        <source>unknown status "%1" (onboarding, active, suspended, blocked or churned)</source>
        <translation>неизвестный статус «%1» (onboarding, active, suspended, blocked или churned)</translation>
    </message>
    <message>
        <source>unknown language "%1" (ru, kk or en)</source>
        <translation>неизвестный язык «%1» (ru, kk или en)</translation>
    </message>
    <message>
        <source>the legal name is empty</source>
        <translation>юридическое название не заполнено</translation>
    </message>
    <message>
        <source>%1 clients have this name: add their tax ids</source>
        <translation>это название у %1 клиентов: добавьте их налоговые номера</translation>
    </message>
    <message>
        <source>the same client as line %1</source>
        <translation>тот же клиент, что в строке %1</translation>
    </message>
    <message>
        <source>client %1 is archived</source>
        <translation>клиент %1 в архиве</translation>
    </message>
    <message>
        <source>Client %1 disappeared during the import.</source>
        <translation>Клиент %1 исчез во время импорта.</translation>
    </message>
    <message>
        <source>unknown billing mode "%1" (advance or arrears)</source>
        <translation>неизвестный порядок оплаты «%1» (advance или arrears)</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Onboarding</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Заблокирован</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>Ушёл</translation>
    </message>
    <message>
        <source>Kazakhstan (BIN/IIN)</source>
        <translation>Казахстан (БИН/ИИН)</translation>
    </message>
    <message>
        <source>Russia (INN)</source>
        <translation>Россия (ИНН)</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Другая страна</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
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
        <translation>Портал поддержки</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>A client needs a legal name.</source>
        <translation>У клиента должно быть юридическое название.</translation>
    </message>
    <message>
        <source>The legal name is longer than 500 characters.</source>
        <translation>Юридическое название длиннее 500 символов.</translation>
    </message>
    <message>
        <source>Unknown language "%1": use ru, kk or en.</source>
        <translation>Неизвестный язык «%1»: укажите ru, kk или en.</translation>
    </message>
    <message>
        <source>The contract ends (%1) before it starts (%2).</source>
        <translation>Договор заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>Unknown currency "%1".</source>
        <translation>Неизвестная валюта «%1».</translation>
    </message>
    <message>
        <source>The overage rate must be in the tariff's currency (%1).</source>
        <translation>Ставка сверх тарифа должна быть в валюте тарифа (%1).</translation>
    </message>
    <message>
        <source>The monthly fee cannot be negative.</source>
        <translation>Абонентская плата не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The overage rate cannot be negative.</source>
        <translation>Ставка сверх тарифа не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Included hours cannot be negative.</source>
        <translation>Часы в тарифе не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100 %.</source>
        <translation>Ставка НДС должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Срок оплаты должен быть от 0 до 365 дней.</translation>
    </message>
    <message>
        <source>Unused hours can roll over for 0 to 12 months.</source>
        <translation>Неиспользованные часы можно переносить на срок от 0 до 12 месяцев.</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>У контакта должно быть имя.</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>A special condition needs its text.</source>
        <translation>У особого условия должен быть текст.</translation>
    </message>
    <message>
        <source>A document link needs a title and a location.</source>
        <translation>У ссылки на документ должны быть название и адрес.</translation>
    </message>
    <message>
        <source>No staff member with id %1.</source>
        <translation>Нет сотрудника с id %1.</translation>
    </message>
    <message>
        <source>Tax id %1 already belongs to client %2 (id %3).</source>
        <translation>Налоговый номер %1 уже принадлежит клиенту %2 (id %3).</translation>
    </message>
    <message>
        <source>Card created with status %1</source>
        <translation>Карточка создана со статусом %1</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>Client %1 is archived and cannot be changed.</source>
        <translation>Клиент %1 в архиве, его нельзя изменить.</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Статус изменён: %1 → %2</translation>
    </message>
    <message>
        <source>Client %1 is already archived.</source>
        <translation>Клиент %1 уже в архиве.</translation>
    </message>
    <message>
        <source>Card archived</source>
        <translation>Карточка перенесена в архив</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <source>%1 was changed by %2 (%3) after you opened it. Reload the card to see their changes, or save yours over them.</source>
        <translation>%1: карточку изменил(а) %2 (%3) после того, как вы её открыли. Обновите карточку, чтобы увидеть эти изменения, или сохраните свои поверх них.</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>No legal name</source>
        <translation>Нет юридического названия</translation>
    </message>
    <message>
        <source>No tax id</source>
        <translation>Нет налогового номера</translation>
    </message>
    <message>
        <source>No contract number</source>
        <translation>Нет номера договора</translation>
    </message>
    <message>
        <source>No contract start date</source>
        <translation>Нет даты начала договора</translation>
    </message>
    <message>
        <source>No contact with an email</source>
        <translation>Нет контакта с email</translation>
    </message>
    <message>
        <source>No tariff</source>
        <translation>Нет тарифа</translation>
    </message>
    <message>
        <source>No account manager</source>
        <translation>Нет аккаунт-менеджера</translation>
    </message>
    <message>
        <source>No sales owner</source>
        <translation>Нет ответственного продавца</translation>
    </message>
    <message>
        <source>No invoice yet</source>
        <translation>Ещё нет ни одного счёта</translation>
    </message>
</context>
<context>
    <name>ContactImport</name>
    <message>
        <source>a contacts file needs a client_tax_id or a client_name column</source>
        <translation>в файле контактов нужен столбец client_tax_id или client_name</translation>
    </message>
    <message>
        <source>unknown country "%1" (KZ, RU or other)</source>
        <translation>неизвестная страна «%1» (KZ, RU или other)</translation>
    </message>
    <message>
        <source>no client with tax id %1</source>
        <translation>нет клиента с налоговым номером %1</translation>
    </message>
    <message>
        <source>%1 clients have this name: use client_tax_id</source>
        <translation>это название у %1 клиентов: укажите client_tax_id</translation>
    </message>
    <message>
        <source>no client named %1</source>
        <translation>нет клиента с названием %1</translation>
    </message>
    <message>
        <source>the row does not name its client</source>
        <translation>в строке не указан клиент</translation>
    </message>
    <message>
        <source>client %1 is archived</source>
        <translation>клиент %1 в архиве</translation>
    </message>
    <message>
        <source>the contact's name is empty</source>
        <translation>имя контакта не заполнено</translation>
    </message>
    <message>
        <source>"%1" is not an email address</source>
        <translation>«%1» — не адрес электронной почты</translation>
    </message>
    <message>
        <source>unknown channel "%1" (email, phone, messenger, portal, visit or other)</source>
        <translation>неизвестный канал «%1» (email, phone, messenger, portal, visit или other)</translation>
    </message>
    <message>
        <source>unknown language "%1" (ru, kk or en)</source>
        <translation>неизвестный язык «%1» (ru, kk или en)</translation>
    </message>
    <message>
        <source>the same contact as line %1</source>
        <translation>тот же контакт, что в строке %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (put the whole field in quotes and double the quote)</source>
        <translation>кавычка внутри поля без кавычек (заключите всё поле в кавычки и удвойте кавычку)</translation>
    </message>
    <message>
        <source>text after the closing quote of a quoted field</source>
        <translation>текст после закрывающей кавычки поля</translation>
    </message>
    <message>
        <source>the quoted field that starts here is never closed</source>
        <translation>поле в кавычках, которое начинается здесь, не закрыто</translation>
    </message>
</context>
<context>
    <name>DashboardDrillDown</name>
    <message>
        <source>Unknown dashboard figure “%1” (one of: %2).</source>
        <translation>Неизвестный показатель дашборда «%1» (допустимые: %2).</translation>
    </message>
</context>
<context>
    <name>DashboardFormat</name>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>= previous period</source>
        <translation>= прошлому периоду</translation>
    </message>
    <message>
        <source>%1 %2 % vs previous</source>
        <translation>%1 %2 % к прошлому периоду</translation>
    </message>
    <message>
        <source>%1 %2 h vs previous</source>
        <translation>%1 %2 ч к прошлому периоду</translation>
    </message>
    <message>
        <source>%1 %2 pp vs previous</source>
        <translation>%1 %2 п.п. к прошлому периоду</translation>
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
        <translation>У периода должны быть дата начала и дата окончания.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Период заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
    <message>
        <source>The period is longer than ten years.</source>
        <translation>Период длиннее десяти лет.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Неизвестный часовой пояс «%1».</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Team lead dashboard</source>
        <translation>Дашборд руководителя</translation>
    </message>
    <message>
        <source>Tickets created %1</source>
        <translation>Заявки, созданные %1</translation>
    </message>
    <message>
        <source>account manager %1</source>
        <translation>менеджер %1</translation>
    </message>
    <message>
        <source>clients without a manager</source>
        <translation>клиенты без менеджера</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>клиент №%1</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>приоритет %1</translation>
    </message>
    <message>
        <source>Compared with %1. As of %2 (%3).</source>
        <translation>В сравнении с %1. На %2 (%3).</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Прошлый период</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Tickets created</source>
        <translation>Создано заявок</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>Решено заявок</translation>
    </message>
    <message>
        <source>Open now, breached</source>
        <translation>Открыты сейчас, нарушены</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Первый ответ, медиана</translation>
    </message>
    <message>
        <source>First response, p90</source>
        <translation>Первый ответ, p90</translation>
    </message>
    <message>
        <source>Response SLA compliance</source>
        <translation>Соблюдение SLA по ответу</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Решение, медиана</translation>
    </message>
    <message>
        <source>Resolution SLA compliance</source>
        <translation>Соблюдение SLA по решению</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Доля выполненных</translation>
    </message>
    <message>
        <source>Ticket duration, mean</source>
        <translation>Длительность заявки, среднее</translation>
    </message>
    <message>
        <source>Cost per job</source>
        <translation>Себестоимость заявки</translation>
    </message>
    <message>
        <source>Feedback liked</source>
        <translation>Понравилось клиентам</translation>
    </message>
    <message>
        <source>Obligations on time</source>
        <translation>Обязательства в срок</translation>
    </message>
    <message>
        <source>Reviews on time</source>
        <translation>Встречи в срок</translation>
    </message>
    <message>
        <source>Handoff quality</source>
        <translation>Качество передачи</translation>
    </message>
    <message>
        <source>Unused subscription hours</source>
        <translation>Неиспользованные абонентские часы</translation>
    </message>
    <message>
        <source>By account manager</source>
        <translation>По менеджерам</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушен SLA</translation>
    </message>
    <message>
        <source>1st response, median</source>
        <translation>1-й ответ, медиана</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>SLA ответа</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>SLA решения</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>Понравилось</translation>
    </message>
    <message>
        <source>Clients without a manager</source>
        <translation>Клиенты без менеджера</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Дебиторская задолженность</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>DashboardTiles</name>
    <message>
        <source>%1 a day</source>
        <translation>%1 в день</translation>
    </message>
    <message>
        <source>not resolved yet</source>
        <translation>ещё не решена</translation>
    </message>
    <message>
        <source>mean %1 · p90 %2</source>
        <translation>среднее %1 · p90 %2</translation>
    </message>
    <message>
        <source>%1 of %2 resolved</source>
        <translation>решено %1 из %2</translation>
    </message>
    <message>
        <source>%1 liked · %2 not liked</source>
        <translation>%1 понравилось · %2 не понравилось</translation>
    </message>
    <message>
        <source>%1 late · %2 due</source>
        <translation>%1 с опозданием · %2 к сроку</translation>
    </message>
    <message>
        <source>%1 completed · %2 median</source>
        <translation>%1 выполнено · медиана %2</translation>
    </message>
    <message>
        <source>unpaid invoices</source>
        <translation>неоплаченные счета</translation>
    </message>
    <message>
        <source>invoices past due: %1</source>
        <translation>просроченные счета: %1</translation>
    </message>
    <message>
        <source>of those created</source>
        <translation>из созданных</translation>
    </message>
    <message>
        <source>under 20 % of target left</source>
        <translation>осталось меньше 20 % срока</translation>
    </message>
    <message>
        <source>a target already missed</source>
        <translation>срок уже нарушен</translation>
    </message>
    <message>
        <source>%1 breached of %2</source>
        <translation>%1 нарушено из %2</translation>
    </message>
    <message>
        <source>median %1, wall clock</source>
        <translation>медиана %1, календарное время</translation>
    </message>
    <message>
        <source>rates in several currencies</source>
        <translation>ставки в разных валютах</translation>
    </message>
    <message>
        <source>%1 h logged</source>
        <translation>%1 ч учтено</translation>
    </message>
    <message>
        <source>%1 of included hours</source>
        <translation>%1 включённых часов</translation>
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
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (not an SQLite file).</source>
        <translation>%1 — не база данных Rapport (это не файл SQLite).</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>Не удаётся подключиться к командной базе данных %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>Не удаётся прочитать версию схемы %1.</translation>
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
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>No handoff with id %1.</source>
        <translation>Нет передачи с id %1.</translation>
    </message>
</context>
<context>
    <name>DemoTickets</name>
    <message>
        <source>Demo tickets need at least one account manager.</source>
        <translation>Для демо-заявок нужен хотя бы один аккаунт-менеджер.</translation>
    </message>
</context>
<context>
    <name>DocumentPdf</name>
    <message>
        <source>PDF documents need the graphical part of Qt (QGuiApplication).</source>
        <translation>Для документов PDF нужна графическая часть Qt (QGuiApplication).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The PDF file %1 could not be written.</source>
        <translation>Не удалось записать файл PDF %1.</translation>
    </message>
</context>
<context>
    <name>Dunning</name>
    <message>
        <source>Waiting for the promise to pay by %1</source>
        <translation>Ожидается оплата по обещанию до %1</translation>
    </message>
    <message>
        <source>Guarantee letter on file</source>
        <translation>Получено гарантийное письмо</translation>
    </message>
    <message>
        <source>Guarantee letter on file: %1</source>
        <translation>Получено гарантийное письмо: %1</translation>
    </message>
    <message>
        <source>Held by the team lead: %1</source>
        <translation>Приостановлено руководителем группы: %1</translation>
    </message>
    <message>
        <source>The due date is not a valid date.</source>
        <translation>Срок оплаты — недопустимая дата.</translation>
    </message>
    <message>
        <source>Today's date is not a valid date.</source>
        <translation>Сегодняшняя дата недопустима.</translation>
    </message>
    <message>
        <source>The outstanding amount cannot be negative.</source>
        <translation>Сумма задолженности не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The payment date %1 is after today (%2).</source>
        <translation>Дата оплаты %1 позже сегодняшней (%2).</translation>
    </message>
    <message>
        <source>Dunning periods must be between 1 and %1 days.</source>
        <translation>Сроки работы с задолженностью должны быть от 1 до %1 дней.</translation>
    </message>
    <message>
        <source>A promise to pay needs the date by which the client will pay.</source>
        <translation>Для обещания оплаты укажите дату, до которой клиент заплатит.</translation>
    </message>
    <message>
        <source>A hold needs a reason.</source>
        <translation>Укажите причину приостановки.</translation>
    </message>
    <message>
        <source>The dunning history has a step without a valid date.</source>
        <translation>В истории работы с задолженностью есть шаг без корректной даты.</translation>
    </message>
    <message>
        <source>The dunning history has a step on %1, after today (%2).</source>
        <translation>В истории работы с задолженностью есть шаг от %1 — позже сегодняшней даты (%2).</translation>
    </message>
    <message>
        <source>The dunning history is not in date order.</source>
        <translation>История работы с задолженностью не упорядочена по датам.</translation>
    </message>
    <message>
        <source>The dunning history is out of order: "%1" cannot follow "%2".</source>
        <translation>Нарушен порядок в истории работы с задолженностью: шаг «%1» не может следовать за состоянием «%2».</translation>
    </message>
    <message>
        <source>No dunning</source>
        <translation>Взыскание не ведётся</translation>
    </message>
    <message>
        <source>Debt notice sent</source>
        <translation>Уведомление о задолженности отправлено</translation>
    </message>
    <message>
        <source>Work suspended</source>
        <translation>Работы приостановлены</translation>
    </message>
    <message>
        <source>Formal claim sent</source>
        <translation>Претензия направлена</translation>
    </message>
    <message>
        <source>Access blocked</source>
        <translation>Доступ заблокирован</translation>
    </message>
    <message>
        <source>Send the debt notice</source>
        <translation>Отправить уведомление о задолженности</translation>
    </message>
    <message>
        <source>Suspend work</source>
        <translation>Приостановить работы</translation>
    </message>
    <message>
        <source>Send the formal claim</source>
        <translation>Направить претензию</translation>
    </message>
    <message>
        <source>Block access</source>
        <translation>Заблокировать доступ</translation>
    </message>
    <message>
        <source>Restore to active</source>
        <translation>Восстановить обслуживание</translation>
    </message>
    <message>
        <source>The client's calendar has no working days.</source>
        <translation>В календаре клиента нет рабочих дней.</translation>
    </message>
    <message>
        <source>Waiting until the formal claim is sent</source>
        <translation>Ожидает отправки претензии</translation>
    </message>
    <message>
        <source>Waiting until the debt notice is sent</source>
        <translation>Ожидает отправки уведомления о задолженности</translation>
    </message>
</context>
<context>
    <name>DunningRepository</name>
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>Only a team lead can hold dunning or lift a hold (record it as a team lead).</source>
        <translation>Приостановить взыскание или снять приостановку может только руководитель группы (войдите как руководитель).</translation>
    </message>
    <message>
        <source>Promise to pay by %1 recorded</source>
        <translation>Записано обещание оплатить до %1</translation>
    </message>
    <message>
        <source>Guarantee letter on file: %1</source>
        <translation>Получено гарантийное письмо: %1</translation>
    </message>
    <message>
        <source>Dunning held by the team lead: %1</source>
        <translation>Взыскание приостановлено руководителем группы: %1</translation>
    </message>
    <message>
        <source>A promise to pay needs the date by which the client will pay.</source>
        <translation>Для обещания оплаты укажите дату, до которой клиент заплатит.</translation>
    </message>
    <message>
        <source>The promised date %1 is already past.</source>
        <translation>Обещанная дата %1 уже прошла.</translation>
    </message>
    <message>
        <source>A guarantee letter needs a link to the document (a path or URL).</source>
        <translation>Для гарантийного письма нужна ссылка на документ (путь или URL).</translation>
    </message>
    <message>
        <source>Client %1 has no promise, guarantee or hold to lift.</source>
        <translation>У клиента %1 нет обещания, гарантии или приостановки, которые можно снять.</translation>
    </message>
    <message>
        <source>Dunning exceptions lifted on %1: escalation resumes</source>
        <translation>Исключения по взысканию сняты %1: взыскание продолжается</translation>
    </message>
<message>
        <source>Say how the document was handed over (by courier, in person, by registered mail…).</source>
        <translation>Укажите, как документ был передан (курьером, лично, заказным письмом…).</translation>
    </message>
    <message>
        <source>The note on the delivery is at most 500 characters long.</source>
        <translation>Заметка о передаче — не длиннее 500 символов.</translation>
    </message>
    <message>
        <source>The note on the delivery may not hold control characters.</source>
        <translation>Заметка о передаче не может содержать управляющие символы.</translation>
    </message>
    <message>
        <source>The delivery date %1 is in the future.</source>
        <translation>Дата передачи %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>No debt notice or formal claim of this client is waiting to be sent.</source>
        <translation>У этого клиента нет уведомления о задолженности или претензии, ожидающих отправки.</translation>
    </message>
    <message>
        <source>The delivery date %1 is before the step was decided on %2.</source>
        <translation>Дата передачи %1 раньше, чем шаг был принят (%2).</translation>
    </message>
    <message>
        <source>Its message is being sent right now; wait for the outbox to finish.</source>
        <translation>Его сообщение отправляется прямо сейчас; дождитесь окончания отправки.</translation>
    </message>
    <message>
        <source>The step was sent meanwhile; nothing changed.</source>
        <translation>Шаг тем временем уже отправлен; ничего не изменено.</translation>
    </message>
    <message>
        <source>Formal claim handed over by the team on %1</source>
        <translation>Претензия передана командой %1</translation>
    </message>
    <message>
        <source>Debt notice handed over by the team on %1</source>
        <translation>Уведомление о задолженности передано командой %1</translation>
    </message>
</context>
<context>
    <name>DunningRun</name>
    <message>
        <source>Debt notice: %1 overdue since %2, to be paid by %3</source>
        <translation>Уведомление о задолженности: %1 просрочено с %2, оплатить до %3</translation>
    </message>
    <message>
        <source>Work suspended for debt: %1 overdue</source>
        <translation>Работы приостановлены из-за задолженности: просрочено %1</translation>
    </message>
    <message>
        <source>Formal claim sent: %1 overdue</source>
        <translation>Направлена официальная претензия: просрочено %1</translation>
    </message>
    <message>
        <source>Access to support blocked for debt: %1 overdue</source>
        <translation>Доступ к поддержке заблокирован из-за задолженности: просрочено %1</translation>
    </message>
    <message>
        <source>Debt paid in full: the client is active again</source>
        <translation>Задолженность погашена полностью: клиент снова активен</translation>
    </message>
    <message>
        <source>Step due on %1, recorded by %2.</source>
        <translation>Шаг со сроком %1, записал: %2.</translation>
    </message>
    <message>
        <source>the dunning run</source>
        <translation>автоматическое взыскание</translation>
    </message>
    <message>
        <source>Debt notice decided, to be sent: %1 overdue since %2</source>
        <translation>Решено направить уведомление о задолженности: просрочено %1 с %2</translation>
    </message>
    <message>
        <source>Formal claim decided, to be sent: %1 overdue</source>
        <translation>Решено направить претензию: просрочено %1</translation>
    </message>
</context>
<context>
    <name>FeedbackShare</name>
    <message>
        <source>The period needs a start and an end date.</source>
        <translation>У периода должны быть дата начала и дата окончания.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Период заканчивается (%1) раньше, чем начинается (%2).</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <source>Card complete</source>
        <translation>Карточка заполнена</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Не хватает: %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>online or offline</source>
        <translation>онлайн или офлайн</translation>
    </message>
    <message>
        <source>attendees</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>No special conditions</source>
        <translation>Особых условий нет</translation>
    </message>
    <message>
        <source>%1 of %2 not acknowledged</source>
        <translation>%1 из %2 не подтверждены</translation>
    </message>
    <message>
        <source>All acknowledged (%1)</source>
        <translation>Все подтверждены (%1)</translation>
    </message>
    <message>
        <source>No questions asked</source>
        <translation>Вопросов не было</translation>
    </message>
    <message>
        <source>%1 of %2 unanswered</source>
        <translation>%1 из %2 без ответа</translation>
    </message>
    <message>
        <source>All answered (%1)</source>
        <translation>На все даны ответы (%1)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записана</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 из 5</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <source>Intro meeting</source>
        <translation>Знакомственная встреча</translation>
    </message>
    <message>
        <source>Special conditions</source>
        <translation>Особые условия</translation>
    </message>
    <message>
        <source>Questions to sales</source>
        <translation>Вопросы к продажам</translation>
    </message>
    <message>
        <source>Client satisfaction</source>
        <translation>Удовлетворённость клиента</translation>
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
        <translation>Оценка — 0, 1 или 2, а не %1.</translation>
    </message>
    <message>
        <source>Client satisfaction is from 1 to 5, not %1.</source>
        <translation>Удовлетворённость клиента — от 1 до 5, а не %1.</translation>
    </message>
    <message>
        <source>The intro meeting needs a date.</source>
        <translation>Укажите дату знакомственной встречи.</translation>
    </message>
    <message>
        <source>Say whether the intro meeting was online or offline.</source>
        <translation>Укажите, была ли знакомственная встреча онлайн или офлайн.</translation>
    </message>
    <message>
        <source>List who attended the intro meeting.</source>
        <translation>Перечислите участников знакомственной встречи.</translation>
    </message>
    <message>
        <source>Handoff %1 is already completed.</source>
        <translation>Передача %1 уже завершена.</translation>
    </message>
    <message>
        <source>Choose who you are working as: an acknowledgement is personal.</source>
        <translation>Выберите, от чьего имени вы работаете: подтверждение даётся лично.</translation>
    </message>
    <message>
        <source>Only the account manager receiving the client or a team lead can acknowledge a special condition.</source>
        <translation>Подтвердить особое условие может только аккаунт-менеджер, принимающий клиента, или руководитель группы.</translation>
    </message>
    <message>
        <source>Only quality control or a team lead can score a handoff.</source>
        <translation>Оценивать передачу может только отдел качества или руководитель группы.</translation>
    </message>
    <message>
        <source>Handoff %1 has missing items (%2): only a team lead can complete it, with a reason.</source>
        <translation>В передаче %1 не выполнены пункты (%2): завершить её может только руководитель группы, указав причину.</translation>
    </message>
    <message>
        <source>Handoff %1 has missing items (%2): give a reason for completing it anyway.</source>
        <translation>В передаче %1 не выполнены пункты (%2): укажите, почему вы всё же её завершаете.</translation>
    </message>
</context>
<context>
    <name>HandoffRepository</name>
    <message>
        <source>No handoff with id %1.</source>
        <translation>Нет передачи с id %1.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>Client %1 is archived.</source>
        <translation>Клиент %1 в архиве.</translation>
    </message>
    <message>
        <source>Choose the salesperson who won the deal.</source>
        <translation>Выберите продавца, который заключил сделку.</translation>
    </message>
    <message>
        <source>Choose the account manager who receives the client.</source>
        <translation>Выберите аккаунт-менеджера, который принимает клиента.</translation>
    </message>
    <message>
        <source>A deal cannot be won in the future.</source>
        <translation>Сделка не может быть заключена в будущем.</translation>
    </message>
    <message>
        <source>%1 already has an open handoff (%2).</source>
        <translation>У клиента «%1» уже есть открытая передача (%2).</translation>
    </message>
    <message>
        <source>Handoff to account management started</source>
        <translation>Начата передача клиента в сопровождение</translation>
    </message>
    <message>
        <source>Salesperson: %1. Account manager: %2.</source>
        <translation>Продавец: %1. Аккаунт-менеджер: %2.</translation>
    </message>
    <message>
        <source>Intro meeting held (%1)</source>
        <translation>Проведена знакомственная встреча (%1)</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Участники: %1</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>Вопрос пустой.</translation>
    </message>
    <message>
        <source>Question to sales: %1</source>
        <translation>Вопрос к продажам: %1</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Ответ пустой.</translation>
    </message>
    <message>
        <source>Handoff %1 has no question %2.</source>
        <translation>В передаче %1 нет вопроса %2.</translation>
    </message>
    <message>
        <source>Sales answered: %1</source>
        <translation>Продажи ответили: %1</translation>
    </message>
    <message>
        <source>The client of handoff %1 has no special condition %2.</source>
        <translation>У клиента передачи %1 нет особого условия %2.</translation>
    </message>
    <message>
        <source>Special condition %1 is already acknowledged by %2.</source>
        <translation>Особое условие %1 уже подтвердил(а) %2.</translation>
    </message>
    <message>
        <source>Special condition acknowledged: %1</source>
        <translation>Подтверждено особое условие: %1</translation>
    </message>
    <message>
        <source>Acknowledged by %1.</source>
        <translation>Подтвердил(а): %1.</translation>
    </message>
    <message>
        <source>Client satisfaction after the handoff: %1 of 5</source>
        <translation>Удовлетворённость клиента после передачи: %1 из 5</translation>
    </message>
    <message>
        <source>Quality control scored "%1": %2 of 2</source>
        <translation>Отдел качества оценил «%1»: %2 из 2</translation>
    </message>
    <message>
        <source>Handoff completed</source>
        <translation>Передача завершена</translation>
    </message>
    <message>
        <source>Won to complete: %1 days.</source>
        <translation>От сделки до завершения: %1 дн.</translation>
    </message>
    <message>
        <source>Handoff completed by a team lead's override</source>
        <translation>Передача завершена решением руководителя группы</translation>
    </message>
    <message>
        <source>Missing: %1. Reason: %2</source>
        <translation>Не выполнено: %1. Причина: %2</translation>
    </message>
    <message>
        <source>Client is active: the handoff is complete</source>
        <translation>Клиент активен: передача завершена</translation>
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
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>праздник</translation>
    </message>
    <message>
        <source>DTEND is not a date</source>
        <translation>DTEND — не дата</translation>
    </message>
    <message>
        <source>ends (DTEND, exclusive) on or before its start</source>
        <translation>заканчивается (DTEND, не включительно) не позже своего начала</translation>
    </message>
    <message>
        <source>DURATION must be a positive number of whole days</source>
        <translation>DURATION должна быть положительным числом целых дней</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>the quoted value has no closing quote</source>
        <translation>у значения в кавычках нет закрывающей кавычки</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD)</source>
        <translation>«%1» — не дата (ожидается ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>the kind is missing (expected “holiday” or “workday”)</source>
        <translation>не указан вид (ожидается «holiday» или «workday»)</translation>
    </message>
    <message>
        <source>the kind “%1” is neither “holiday” nor “workday”</source>
        <translation>вид «%1» — не «holiday» и не «workday»</translation>
    </message>
    <message>
        <source>unexpected extra value “%1” (quote a name that contains the delimiter)</source>
        <translation>лишнее значение «%1» (заключите в кавычки название, содержащее разделитель)</translation>
    </message>
    <message>
        <source>%1 is already listed as a %2 on line %3</source>
        <translation>%1 уже указана как %2 в строке %3</translation>
    </message>
    <message>
        <source>The file lists no days.</source>
        <translation>В файле нет ни одного дня.</translation>
    </message>
    <message>
        <source>The file is not an iCalendar (ICS) file.</source>
        <translation>Файл не является файлом iCalendar (ICS).</translation>
    </message>
    <message>
        <source>The calendar file contains no events.</source>
        <translation>В файле календаря нет событий.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>событие %1</translation>
    </message>
    <message>
        <source>event %1 (“%2”)</source>
        <translation>событие %1 («%2»)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no valid start date (DTSTART)</source>
        <translation>нет правильной даты начала (DTSTART)</translation>
    </message>
    <message>
        <source>not an all-day event (DTSTART has a time of day)</source>
        <translation>не событие на весь день (в DTSTART указано время)</translation>
    </message>
    <message>
        <source>repeating events (RRULE) are not supported; list each date as its own event</source>
        <translation>повторяющиеся события (RRULE) не поддерживаются; укажите каждую дату отдельным событием</translation>
    </message>
    <message>
        <source>spans %1 days; an event may cover at most 366</source>
        <translation>длится %1 дней; событие может охватывать не более 366</translation>
    </message>
    <message>
        <source>%1 is already listed as a %2</source>
        <translation>%1 уже указана как %2</translation>
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
        <translation>В этом месяце использовано %1 из %2 (%3 по тарифу + %4 перенесено), превышение %5: оплачивается по ставке сверх тарифа</translation>
    </message>
    <message>
        <source>Used %1 of %2 this month (%3 included + %4 rolled over), %5 remaining</source>
        <translation>В этом месяце использовано %1 из %2 (%3 по тарифу + %4 перенесено), осталось %5</translation>
    </message>
    <message>
        <source>This month: %1 used of %2 (%3 included + %4 rolled over) — %5 over, billed as overage (%6)</source>
        <translation>В этом месяце: использовано %1 из %2 (%3 по тарифу + %4 перенесено) — превышение %5, оплачивается по ставке сверх тарифа (%6)</translation>
    </message>
    <message>
        <source>This month: %1 used of %2 (%3 included + %4 rolled over) — %5 remaining (%6)</source>
        <translation>В этом месяце: использовано %1 из %2 (%3 по тарифу + %4 перенесено) — осталось %5 (%6)</translation>
    </message>
</context>
<context>
    <name>ImportColumns</name>
    <message>
        <source>mapped to an unknown field "%1"</source>
        <translation>сопоставлен с неизвестным полем «%1»</translation>
    </message>
    <message>
        <source>unknown column (known columns: %1)</source>
        <translation>неизвестный столбец (известные столбцы: %1)</translation>
    </message>
    <message>
        <source>the same field as column "%1" (%2)</source>
        <translation>то же поле, что и столбец «%1» (%2)</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>нет обязательного столбца</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
</context>
<context>
    <name>ImportRun</name>
    <message>
        <source>the file is empty: the first line must name the columns</source>
        <translation>файл пуст: в первой строке должны быть названия столбцов</translation>
    </message>
    <message>
        <source>%1 (character %2 of the line)</source>
        <translation>%1 (символ %2 в строке)</translation>
    </message>
    <message>
        <source>missing: the row has %1 fields, the header %2</source>
        <translation>нет значения: в строке %1 полей, в заголовке %2</translation>
    </message>
    <message>
        <source>a value beyond the last column of the header</source>
        <translation>значение за последним столбцом заголовка</translation>
    </message>
    <message>
        <source>a value in a column without a header</source>
        <translation>значение в столбце без заголовка</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>InvoiceBuilder</name>
    <message>
        <source>The tariff has no currency.</source>
        <translation>У тарифа не указана валюта.</translation>
    </message>
    <message>
        <source>The overage rate is in %1 but the monthly fee is in %2.</source>
        <translation>Ставка за часы сверх тарифа указана в %1, а абонентская плата — в %2.</translation>
    </message>
    <message>
        <source>The monthly fee and the overage rate cannot be negative.</source>
        <translation>Абонентская плата и ставка за часы сверх тарифа не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>The tariff amounts are too large.</source>
        <translation>Суммы тарифа слишком велики.</translation>
    </message>
    <message>
        <source>The VAT rate must be between 0 and 100 %.</source>
        <translation>Ставка НДС должна быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>Minutes must be between 0 and %1.</source>
        <translation>Количество минут должно быть от 0 до %1.</translation>
    </message>
    <message>
        <source>A line added by hand needs a description.</source>
        <translation>Для строки, добавленной вручную, нужно описание.</translation>
    </message>
    <message>
        <source>The quantity of "%1" must be greater than zero and at most 1 000 000.</source>
        <translation>Количество для «%1» должно быть больше нуля и не больше 1 000 000.</translation>
    </message>
    <message>
        <source>The line "%1" is in %2 but the invoice is in %3.</source>
        <translation>Строка «%1» указана в %2, а счёт — в %3.</translation>
    </message>
    <message>
        <source>The price of "%1" is too large.</source>
        <translation>Цена «%1» слишком велика.</translation>
    </message>
    <message>
        <source>Subscription support services for %1</source>
        <translation>Абонентское обслуживание за %1</translation>
    </message>
    <message>
        <source>Work beyond the included hours for %1</source>
        <translation>Работы сверх включённых в тариф часов за %1</translation>
    </message>
    <message>
        <source>The invoice total cannot be negative: the credits exceed the charges.</source>
        <translation>Итог счёта не может быть отрицательным: скидки превышают начисления.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Documents are printed in ru, kk or en, not "%1".</source>
        <translation>Документы печатаются на ru, kk или en, а не «%1».</translation>
    </message>
    <message>
        <source>The document template %1 is missing.</source>
        <translation>Шаблон документа %1 не найден.</translation>
    </message>
</context>
<context>
    <name>InvoicePdf</name>
    <message>
        <source>Invoice %1</source>
        <translation>Счёт %1</translation>
    </message>
    <message>
        <source>Act %1 %2</source>
        <translation>Акт %1 %2</translation>
    </message>
    <message>
        <source>Invoice %1 %2</source>
        <translation>Счёт %1 %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The PDF was written to %1, but no application opened it.</source>
        <translation>PDF записан в %1, но ни одно приложение его не открыло.</translation>
    </message>
    <message>
        <source>Save Invoice PDF</source>
        <translation>Сохранить счёт в PDF</translation>
    </message>
    <message>
        <source>Save Act PDF</source>
        <translation>Сохранить акт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>InvoiceRepository</name>
    <message>
        <source>No invoice with id %1.</source>
        <translation>Нет счёта с идентификатором %1.</translation>
    </message>
    <message>
        <source>"%1" is not an invoice reference: give its number or #id.</source>
        <translation>«%1» — не ссылка на счёт: укажите его номер или #id.</translation>
    </message>
    <message>
        <source>No invoice numbered %1.</source>
        <translation>Нет счёта с номером %1.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2: only a draft can be changed; an issued invoice is corrected on a later one.</source>
        <translation>Счёт %1 — %2: изменить можно только черновик; выставленный счёт исправляется в следующем.</translation>
    </message>
    <message>
        <source>Invoice %1 is already %2.</source>
        <translation>Счёт %1 уже в статусе «%2».</translation>
    </message>
    <message>
        <source>Cannot number the invoice: series "%1", year %2.</source>
        <translation>Не удаётся присвоить номер счёту: серия «%1», год %2.</translation>
    </message>
    <message>
        <source>Invoice %1 issued: %2, due %3</source>
        <translation>Выставлен счёт %1: %2, оплатить до %3</translation>
    </message>
    <message>
        <source>Invoice %1 cancelled: %2</source>
        <translation>Счёт %1 аннулирован: %2</translation>
    </message>
    <message>
        <source>A payment needs a valid date.</source>
        <translation>Укажите правильную дату оплаты.</translation>
    </message>
    <message>
        <source>Invoice %1: %2</source>
        <translation>Счёт %1: %2</translation>
    </message>
    <message>
        <source>Payment of %1 for invoice %2: paid in full</source>
        <translation>Оплата %1 по счёту %2: оплачен полностью</translation>
    </message>
    <message>
        <source>Payment of %1 for invoice %2: %3 still outstanding</source>
        <translation>Оплата %1 по счёту %2: осталось оплатить %3</translation>
    </message>
</context>
<context>
    <name>InvoiceState</name>
    <message>
        <source>Current status: %1.</source>
        <translation>Текущий статус: %1.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Частично оплачен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Only a draft can be issued.</source>
        <translation>Выставить можно только черновик.</translation>
    </message>
    <message>
        <source>Give a reason for cancelling the invoice.</source>
        <translation>Укажите причину отмены счёта.</translation>
    </message>
    <message>
        <source>An invoice with payments cannot be cancelled; %1 has been paid.</source>
        <translation>Счёт с оплатами нельзя отменить: уже оплачено %1.</translation>
    </message>
    <message>
        <source>The invoice is already cancelled.</source>
        <translation>Счёт уже отменён.</translation>
    </message>
    <message>
        <source>Payments can be recorded only on an issued or partially paid invoice.</source>
        <translation>Оплату можно провести только по выставленному или частично оплаченному счёту.</translation>
    </message>
    <message>
        <source>A payment must be greater than zero.</source>
        <translation>Сумма оплаты должна быть больше нуля.</translation>
    </message>
    <message>
        <source>The payment is in %1 but the invoice is in %2.</source>
        <translation>Оплата в %1, а счёт — в %2.</translation>
    </message>
    <message>
        <source>Nothing is outstanding on this invoice.</source>
        <translation>По этому счёту нет задолженности.</translation>
    </message>
    <message>
        <source>The payment of %1 exceeds the outstanding %2.</source>
        <translation>Оплата %1 превышает остаток задолженности %2.</translation>
    </message>
</context>
<context>
    <name>LocationCheck</name>
    <message>
        <source>The database is on a network drive (%1). SQLite files on network drives get corrupted; keep it on a local disk, or use a shared team database.</source>
        <translation>База данных находится на сетевом диске (%1). Файлы SQLite на сетевых дисках повреждаются; храните её на локальном диске или используйте общую командную базу.</translation>
    </message>
    <message>
        <source>The database is in a cloud-synced folder (%1). Syncing a live SQLite file corrupts it; keep it on a local disk, or use a shared team database.</source>
        <translation>База данных находится в синхронизируемой облачной папке (%1). Синхронизация открытого файла SQLite повреждает его; храните её на локальном диске или используйте общую командную базу.</translation>
    </message>
</context>
<context>
    <name>MailMessage</name>
    <message>
        <source>No folder is set for .eml files.</source>
        <translation>Не задана папка для файлов .eml.</translation>
    </message>
    <message>
        <source>Cannot create folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>MailPassword</name>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>На этом компьютере нет доступного хранилища паролей (%1).</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Хранилище паролей отказало в доступе: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Ошибка хранилища паролей: %1</translation>
    </message>
    <message>
        <source>A password needs an SMTP server and a user name.</source>
        <translation>Для пароля нужны SMTP-сервер и имя пользователя.</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>The SMTP server needs a host name.</source>
        <translation>Для SMTP-сервера нужно имя хоста.</translation>
    </message>
    <message>
        <source>The SMTP port is 1 to 65535, not %1.</source>
        <translation>Порт SMTP — от 1 до 65535, а не %1.</translation>
    </message>
    <message>
        <source>"%1" is not a sender e-mail address.</source>
        <translation>«%1» — не адрес электронной почты отправителя.</translation>
    </message>
    <message>
        <source>Writing .eml files needs a folder.</source>
        <translation>Для записи файлов .eml нужна папка.</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>A message needs a subject.</source>
        <translation>У сообщения должна быть тема.</translation>
    </message>
    <message>
        <source>The subject is one line.</source>
        <translation>Тема — одна строка.</translation>
    </message>
    <message>
        <source>A message needs a text.</source>
        <translation>У сообщения должен быть текст.</translation>
    </message>
    <message>
        <source>Unknown placeholder(s) %1; known: %2.</source>
        <translation>Неизвестные подстановки: %1; допустимые: %2.</translation>
    </message>
    <message>
        <source>The record has no value for {%1}.</source>
        <translation>У записи нет значения для {%1}.</translation>
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
    <message>
        <source>Migration %1 (%2) failed: a row of %3 refers to a missing row.</source>
        <translation>Миграция %1 (%2) не выполнена: строка таблицы %3 ссылается на отсутствующую строку.</translation>
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
    <name>ObligationRepository</name>
    <message>
        <source>No active staff member with id %1.</source>
        <translation>Нет активного сотрудника с номером %1.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>No obligation with id %1.</source>
        <translation>Нет обязательства с номером %1.</translation>
    </message>
    <message>
        <source>Cancelled; no task was created.</source>
        <translation>Отменено; ни одна задача не создана.</translation>
    </message>
    <message>
        <source>%1: "%2" has no owner and the client no account manager; no task for %3.</source>
        <translation>%1: у «%2» нет ответственного, а у клиента нет аккаунт-менеджера; задача за %3 не создана.</translation>
    </message>
    <message>
        <source>%1: "%2" has no working day to fall on in calendar %3.</source>
        <translation>%1: для «%2» нет рабочего дня в календаре %3.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 за %2</translation>
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
        <translation>Проектный отчёт</translation>
    </message>
    <message>
        <source>Closing documents (invoice and act)</source>
        <translation>Закрывающие документы (счёт и акт)</translation>
    </message>
    <message>
        <source>Payroll of external staff</source>
        <translation>Зарплата внешнего персонала</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>Расчётные листки</translation>
    </message>
    <message>
        <source>External audit</source>
        <translation>Внешний аудит</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>An obligation belongs to a client.</source>
        <translation>Обязательство должно относиться к клиенту.</translation>
    </message>
    <message>
        <source>A custom obligation needs a title.</source>
        <translation>Для своего обязательства нужно название.</translation>
    </message>
    <message>
        <source>The working day of the month must be 1 to 23, not %1.</source>
        <translation>Рабочий день месяца должен быть от 1 до 23, а не %1.</translation>
    </message>
    <message>
        <source>The day of the month must be 1 to 31, not %1.</source>
        <translation>День месяца должен быть от 1 до 31, а не %1.</translation>
    </message>
    <message>
        <source>The due month must be 0 to 12 months after the period, not %1.</source>
        <translation>Месяц срока должен быть через 0–12 месяцев после периода, а не %1.</translation>
    </message>
    <message>
        <source>An obligation needs the date it starts from.</source>
        <translation>Для обязательства нужна дата начала.</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>Mail is not configured: set an SMTP server or a folder for .eml files first.</source>
        <translation>Почта не настроена: сначала укажите SMTP-сервер или папку для файлов .eml.</translation>
    </message>
</context>
<context>
    <name>RegulationCalendar</name>
    <message>
        <source>No calendar named "%1".</source>
        <translation>Нет календаря «%1».</translation>
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
        <translation>Специалист</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Quality control</source>
        <translation>Контроль качества</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Ежеквартально</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Ежегодно</translation>
    </message>
    <message>
        <source>N-th working day</source>
        <translation>N-й рабочий день</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>День месяца</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Выполнена с опозданием</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Выполнена в срок</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Процесс</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Встреча-обзор</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
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
        <translation>Визит</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Custom obligation</source>
        <translation>Своё обязательство</translation>
    </message>
    <message>
        <source>the period's last month</source>
        <translation>последний месяц периода</translation>
    </message>
    <message>
        <source>the next month</source>
        <translation>следующий месяц</translation>
    </message>
    <message>
        <source>%1 months after the period</source>
        <translation>через %1 мес. после периода</translation>
    </message>
    <message>
        <source>working day %1 · %2</source>
        <translation>рабочий день %1 · %2</translation>
    </message>
    <message>
        <source>day %1 · %2</source>
        <translation>день %1 · %2</translation>
    </message>
</context>
<context>
    <name>RegulationSettings</name>
    <message>
        <source>Unknown regulation preset "%1" (%2).</source>
        <translation>Неизвестный шаблон регламента «%1» (%2).</translation>
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
        <translation>Повестка: ход работ, найденные проблемы и план их устранения, удовлетворённость клиента.</translation>
    </message>
    <message>
        <source>Cannot create the calendar.</source>
        <translation>Не удаётся создать календарь.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write the calendar: %1</source>
        <translation>Не удаётся записать календарь: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>Reviews are held every 1 to 12 months, not %1.</source>
        <translation>Ревью проводятся раз в 1–12 месяцев, а не %1.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>No review with id %1.</source>
        <translation>Нет ревью с номером %1.</translation>
    </message>
    <message>
        <source>Cancelled; no review was scheduled.</source>
        <translation>Отменено; ни одно ревью не запланировано.</translation>
    </message>
    <message>
        <source>%1: no contract start to schedule reviews from.</source>
        <translation>%1: нет даты начала договора, от которой планировать ревью.</translation>
    </message>
    <message>
        <source>Review %1 was cancelled.</source>
        <translation>Ревью %1 отменено.</translation>
    </message>
    <message>
        <source>Enter the date the review was held.</source>
        <translation>Укажите дату проведения ревью.</translation>
    </message>
    <message>
        <source>A review cannot be held in the future (%1).</source>
        <translation>Ревью не может быть проведено в будущем (%1).</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Участники: %1</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>Ход работ: %1</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Проблемы: %1</translation>
    </message>
    <message>
        <source>Client satisfaction: %1</source>
        <translation>Удовлетворённость клиента: %1</translation>
    </message>
    <message>
        <source>%1 held</source>
        <translation>%1 проведено</translation>
    </message>
    <message>
        <source>Enter the new date of the review.</source>
        <translation>Укажите новую дату ревью.</translation>
    </message>
    <message>
        <source>The client already has a review on %1.</source>
        <translation>У клиента уже есть ревью %1.</translation>
    </message>
    <message>
        <source>A review pack needs a file and a title.</source>
        <translation>Для материалов встречи нужны файл и название.</translation>
    </message>
    <message>
        <source>Review pack prepared: %1</source>
        <translation>Подготовлены материалы встречи: %1</translation>
    </message>
    <message>
        <source>The reason is too long: %1 characters, at most %2.</source>
        <translation>Причина слишком длинная: %1 симв., допустимо не более %2.</translation>
    </message>
    <message>
        <source>This review was held on %1: only a scheduled review can be moved.</source>
        <translation>Эта встреча проведена %1: перенести можно только запланированную встречу.</translation>
    </message>
    <message>
        <source>This review was cancelled: only a scheduled review can be moved.</source>
        <translation>Эта встреча отменена: перенести можно только запланированную встречу.</translation>
    </message>
    <message>
        <source>The review is already on %1: choose another date.</source>
        <translation>Встреча уже назначена на %1: выберите другую дату.</translation>
    </message>
    <message>
        <source>Give the reason for moving the review.</source>
        <translation>Укажите причину переноса встречи.</translation>
    </message>
    <message>
        <source>Review moved from %1 to %2</source>
        <translation>Встреча перенесена с %1 на %2</translation>
    </message>
    <message>
        <source>This review was held on %1: only a scheduled review can be cancelled.</source>
        <translation>Эта встреча проведена %1: отменить можно только запланированную встречу.</translation>
    </message>
    <message>
        <source>This review is already cancelled.</source>
        <translation>Эта встреча уже отменена.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the review.</source>
        <translation>Укажите причину отмены встречи.</translation>
    </message>
    <message>
        <source>Review of %1 cancelled</source>
        <translation>Встреча %1 отменена</translation>
    </message>
</context>
<context>
    <name>ReviewSchedule</name>
    <message>
        <source>Annual review</source>
        <translation>Годовое ревью</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>Квартальное ревью</translation>
    </message>
    <message>
        <source>Reviews are scheduled from the contract start: set it on the client card.</source>
        <translation>Ревью планируются от даты начала договора: укажите её в карточке клиента.</translation>
    </message>
    <message>
        <source>Reviews are held every 1 to 12 months, not %1.</source>
        <translation>Ревью проводятся раз в 1–12 месяцев, а не %1.</translation>
    </message>
</context>
<context>
    <name>RolloverLedger</name>
    <message>
        <source>A month must be given by its first day.</source>
        <translation>Месяц задаётся своим первым днём.</translation>
    </message>
    <message>
        <source>Rollover months must be between 0 and %1.</source>
        <translation>Срок переноса часов должен быть от 0 до %1 месяцев.</translation>
    </message>
    <message>
        <source>Minutes in %1 must be between 0 and %2.</source>
        <translation>Минуты за %1 должны быть в пределах от 0 до %2.</translation>
    </message>
    <message>
        <source>Months must be consecutive: %1 follows %2.</source>
        <translation>Месяцы должны идти подряд, а за %2 следует %1.</translation>
    </message>
</context>
<context>
    <name>RowScan</name>
    <message>
        <source>The calculation was cancelled.</source>
        <translation>Расчёт отменён.</translation>
    </message>
</context>
<context>
    <name>RuleConditions</name>
    <message>
        <source>The condition "%1" is a list of keys (%2).</source>
        <translation>Условие «%1» — это список ключей (%2).</translation>
    </message>
    <message>
        <source>Unknown priority "%1" in the conditions (%2).</source>
        <translation>Неизвестный приоритет «%1» в условиях (%2).</translation>
    </message>
    <message>
        <source>Unknown channel "%1" in the conditions (%2).</source>
        <translation>Неизвестный канал «%1» в условиях (%2).</translation>
    </message>
    <message>
        <source>A client id in the conditions is a positive number, not %1.</source>
        <translation>Номер клиента в условиях — положительное число, а не %1.</translation>
    </message>
    <message>
        <source>The conditions are not a JSON object: %1</source>
        <translation>Условия не являются объектом JSON: %1</translation>
    </message>
    <message>
        <source>Unknown condition "%1" (%2).</source>
        <translation>Неизвестное условие «%1» (%2).</translation>
    </message>
    <message>
        <source>The condition "client_ids" is a list of client ids.</source>
        <translation>Условие «client_ids» — это список номеров клиентов.</translation>
    </message>
    <message>
        <source>The condition "tariff" is "any", "with" or "without".</source>
        <translation>Условие «tariff» — «any», «with» или «without».</translation>
    </message>
</context>
<context>
    <name>ServiceStandard</name>
    <message>
        <source>Service standard</source>
        <translation>Стандарт обслуживания</translation>
    </message>
    <message>
        <source>24/48 rule: 24 hours to report a problem, 48 hours to solve it. Project report and closing documents by the 5th working day of the next month. Payroll of external staff and payslips by the 10th. Quarterly and annual reviews. Annual external audit by April 30.</source>
        <translation>Правило 24/48: 24 часа, чтобы сообщить о проблеме, 48 часов, чтобы её решить. Проектный отчёт и закрывающие документы — до 5-го рабочего дня следующего месяца. Зарплата внешнему персоналу и расчётные листки — до 10-го числа. Квартальные и годовые ревью. Ежегодный внешний аудит — до 30 апреля.</translation>
    </message>
</context>
<context>
    <name>SessionUser</name>
    <message>
        <source>In the team database you work as your login %1; acting as %2 needs that person's own login.</source>
        <translation>В командной базе вы работаете под своим логином %1; чтобы действовать как %2, нужен логин этого сотрудника.</translation>
    </message>
    <message>
        <source>No staff member with email %1.</source>
        <translation>Нет сотрудника с адресом %1.</translation>
    </message>
</context>
<context>
    <name>SlaCell</name>
    <message>
        <source>overdue %1</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>нарушен</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>на паузе</translation>
    </message>
    <message>
        <source>met, %1 before due</source>
        <translation>выполнен, за %1 до срока</translation>
    </message>
    <message>
        <source>breached, done %1 after due</source>
        <translation>нарушен, выполнен на %1 позже срока</translation>
    </message>
    <message>
        <source>late · %1</source>
        <translation>с опозданием · %1</translation>
    </message>
    <message>
        <source>The first response came after it was due; the resolution clock still runs.</source>
        <translation>Первый ответ дан после срока; отсчёт решения продолжается.</translation>
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
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решена</translation>
    </message>
    <message>
        <source>created with priority %1: first response within %2, resolution within %3</source>
        <translation>создана с приоритетом %1: первый ответ в течение %2, решение в течение %3</translation>
    </message>
    <message>
        <source>priority changed to %1: first response within %2, resolution within %3</source>
        <translation>приоритет изменён на %1: первый ответ в течение %2, решение в течение %3</translation>
    </message>
    <message>
        <source>response</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>paused %1 so far while the client is suspended</source>
        <translation>на паузе уже %1, пока обслуживание клиента приостановлено</translation>
    </message>
    <message>
        <source>paused %1 while the client was suspended</source>
        <translation>пауза %1, пока обслуживание клиента было приостановлено</translation>
    </message>
    <message>
        <source>paused %1 so far waiting on client</source>
        <translation>на паузе уже %1 в ожидании клиента</translation>
    </message>
    <message>
        <source>paused %1 waiting on client</source>
        <translation>пауза %1 в ожидании клиента</translation>
    </message>
    <message>
        <source>response met after %1</source>
        <translation>ответ в срок через %1</translation>
    </message>
    <message>
        <source>response breached after %1 (target %2)</source>
        <translation>ответ с нарушением через %1 (цель %2)</translation>
    </message>
    <message>
        <source>no response before the ticket was %1; </source>
        <translation>ответа не было до того, как заявка стала «%1»; </translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 через %2</translation>
    </message>
    <message>
        <source>%1: resolution met</source>
        <translation>%1: срок решения соблюдён</translation>
    </message>
    <message>
        <source>%1: resolution breached (target %2)</source>
        <translation>%1: срок решения нарушен (цель %2)</translation>
    </message>
    <message>
        <source>reopened: the resolution clock resumes at %1</source>
        <translation>открыта повторно: отсчёт решения возобновлён в %1</translation>
    </message>
    <message>
        <source>%1 breached: %2 used of %3</source>
        <translation>%1 нарушено: использовано %2 из %3</translation>
    </message>
    <message>
        <source>%1 paused: %2 left of %3</source>
        <translation>%1 на паузе: осталось %2 из %3</translation>
    </message>
    <message>
        <source>%1 at risk: %2 left of %3</source>
        <translation>%1 под угрозой: осталось %2 из %3</translation>
    </message>
    <message>
        <source>%1 running: %2 left of %3</source>
        <translation>%1 идёт: осталось %2 из %3</translation>
    </message>
    <message>
        <source>the ticket has no events yet</source>
        <translation>у заявки ещё нет событий</translation>
    </message>
</context>
<context>
    <name>SlaPolicy</name>
    <message>
        <source>Unknown priority “%1”.</source>
        <translation>Неизвестный приоритет «%1».</translation>
    </message>
    <message>
        <source>The policy needs a name.</source>
        <translation>У политики должно быть название.</translation>
    </message>
    <message>
        <source>The policy needs a business calendar.</source>
        <translation>Политике нужен рабочий календарь.</translation>
    </message>
    <message>
        <source>Priority %1: targets must be positive.</source>
        <translation>Приоритет %1: цели должны быть положительными.</translation>
    </message>
    <message>
        <source>Priority %1: the first response target exceeds the resolution target.</source>
        <translation>Приоритет %1: цель первого ответа больше цели решения.</translation>
    </message>
</context>
<context>
    <name>SlaPolicyRepository</name>
    <message>
        <source>There is no business calendar named “%1”.</source>
        <translation>Нет рабочего календаря «%1».</translation>
    </message>
    <message>
        <source>An SLA policy named “%1” already exists.</source>
        <translation>Политика SLA «%1» уже существует.</translation>
    </message>
    <message>
        <source>No SLA policy with id %1.</source>
        <translation>Нет политики SLA с id %1.</translation>
    </message>
</context>
<context>
    <name>SmtpTransport</name>
    <message>
        <source>Cannot send mail through %1: %2</source>
        <translation>Не удалось отправить письмо через %1: %2</translation>
    </message>
    <message>
        <source>the server name is not valid</source>
        <translation>недопустимое имя сервера</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>порт должен быть от 1 до 65535</translation>
    </message>
    <message>
        <source>the sender address "%1" is not valid</source>
        <translation>недопустимый адрес отправителя «%1»</translation>
    </message>
    <message>
        <source>the recipient address "%1" is not valid</source>
        <translation>недопустимый адрес получателя «%1»</translation>
    </message>
    <message>
        <source>libcurl could not be initialised</source>
        <translation>не удалось инициализировать libcurl</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>недостаточно памяти</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Database error: %1 (in: %2)</source>
        <translation>Ошибка базы данных: %1 (в запросе: %2)</translation>
    </message>
    <message>
        <source>The database file is read-only, so nothing was changed. Check the file's and its folder's permissions.</source>
        <translation>Файл базы данных доступен только для чтения, поэтому ничего не изменено. Проверьте права на файл и его папку.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>Диск заполнен, поэтому ничего не изменено. Освободите место и повторите.</translation>
    </message>
    <message>
        <source>The disk reported an input/output error, so nothing was changed. Check the disk, then run `rapport-cli check`.</source>
        <translation>Диск сообщил об ошибке ввода-вывода, поэтому ничего не изменено. Проверьте диск, затем выполните `rapport-cli check`.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: check that its folder exists and is writable.</source>
        <translation>Не удаётся открыть файл базы данных: проверьте, что его папка существует и доступна для записи.</translation>
    </message>
    <message>
        <source>The file is not a Rapport database.</source>
        <translation>Файл не является базой данных Rapport.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest backup (rapport-cli restore).</source>
        <translation>Файл базы данных повреждён. Восстановите последнюю резервную копию (rapport-cli restore).</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>A task needs a title.</source>
        <translation>У задачи должно быть название.</translation>
    </message>
    <message>
        <source>A task needs an owner: one person answers for it.</source>
        <translation>У задачи должен быть ответственный: за неё отвечает один человек.</translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation>У задачи должен быть срок.</translation>
    </message>
</context>
<context>
    <name>TaskActions</name>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>“%1” is not open.</source>
        <translation>Задача «%1» не открыта.</translation>
    </message>
    <message>
        <source>Mark “%1” done today?</source>
        <translation>Отметить «%1» выполненной сегодня?</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>It was due on %1: it will count as done late.</source>
        <translation>Срок был %1: задача будет засчитана как выполненная с опозданием.</translation>
    </message>
    <message>
        <source>Due on %1: it will count as done on time.</source>
        <translation>Срок — %1: задача будет засчитана как выполненная в срок.</translation>
    </message>
    <message>
        <source>Mark Task Done</source>
        <translation>Отметить задачу выполненной</translation>
    </message>
    <message>
        <source>Reopen Task</source>
        <translation>Открыть задачу снова</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>No active staff member with id %1 to own the task.</source>
        <translation>Нет активного сотрудника с номером %1, чтобы отвечать за задачу.</translation>
    </message>
    <message>
        <source>No task with id %1.</source>
        <translation>Нет задачи с номером %1.</translation>
    </message>
    <message>
        <source>Task %1 is cancelled; reopen it first.</source>
        <translation>Задача %1 отменена; сначала откройте её снова.</translation>
    </message>
    <message>
        <source>A task cannot be done in the future (%1).</source>
        <translation>Задача не может быть выполнена в будущем (%1).</translation>
    </message>
    <message>
        <source>Done late: %1</source>
        <translation>Выполнено с опозданием: %1</translation>
    </message>
    <message>
        <source>Due %1, done %2 by %3.</source>
        <translation>Срок %1, выполнено %2, исполнитель %3.</translation>
    </message>
    <message>
        <source>Task %1 is done; reopen it first.</source>
        <translation>Задача %1 выполнена; сначала откройте её снова.</translation>
    </message>
</context>
<context>
    <name>TaxId</name>
    <message>
        <source>The tax id is empty.</source>
        <translation>Налоговый номер не указан.</translation>
    </message>
    <message>
        <source>A BIN/IIN contains only digits; "%1" does not.</source>
        <translation>БИН/ИИН состоит только из цифр, а «%1» — нет.</translation>
    </message>
    <message>
        <source>A BIN/IIN has 12 digits; "%1" has %2.</source>
        <translation>В БИН/ИИН 12 цифр, а в «%1» — %2.</translation>
    </message>
    <message>
        <source>The check digit of BIN/IIN %1 is wrong: check the number for a typo.</source>
        <translation>Неверная контрольная цифра БИН/ИИН %1: проверьте номер на опечатку.</translation>
    </message>
    <message>
        <source>An INN contains only digits; "%1" does not.</source>
        <translation>ИНН состоит только из цифр, а «%1» — нет.</translation>
    </message>
    <message>
        <source>An INN has 10 digits (organisation) or 12 (individual); "%1" has %2.</source>
        <translation>В ИНН 10 цифр (организация) или 12 (физическое лицо), а в «%1» — %2.</translation>
    </message>
    <message>
        <source>The check digits of INN %1 are wrong: check the number for a typo.</source>
        <translation>Неверные контрольные цифры ИНН %1: проверьте номер на опечатку.</translation>
    </message>
    <message>
        <source>A tax id is at most 64 characters long.</source>
        <translation>Налоговый номер не может быть длиннее 64 символов.</translation>
    </message>
</context>
<context>
    <name>TeamPush</name>
    <message>
        <source>%1 clients</source>
        <translation>клиентов: %1</translation>
    </message>
    <message>
        <source>%1 tickets</source>
        <translation>обращений: %1</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>счетов: %1</translation>
    </message>
<message>
        <source>team push moves a database file into a team database.</source>
        <translation>team push переносит файл базы данных в командную базу данных.</translation>
    </message>
    <message>
        <source>The file has schema version %1 and the team database %2; open both with this Rapport first.</source>
        <translation>У файла версия схемы %1, у командной базы данных — %2; сначала откройте обе этой версией Rapport.</translation>
    </message>
    <message>
        <source>The team database %1 already holds %2; team push only fills an empty one.</source>
        <translation>Командная база данных %1 уже содержит данные (%2); team push заполняет только пустую.</translation>
    </message>
    <message>
        <source>The team database has no table %1; its schema differs from the file's.</source>
        <translation>В командной базе данных нет таблицы %1: её схема отличается от схемы файла.</translation>
    </message>
    <message>
        <source>team push needs the server administrator's login (it loads rows with triggers off): %1</source>
        <translation>Для team push нужна учётная запись администратора сервера (строки загружаются с отключёнными триггерами): %1</translation>
    </message>
    <message>
        <source>A snapshot copies a team database into a database file.</source>
        <translation>Снимок копирует командную базу в файл базы данных.</translation>
    </message>
    <message>
        <source>The team database has schema version %1 and this Rapport writes %2; update Rapport first.</source>
        <translation>У командной базы версия схемы %1, а этот Rapport пишет %2; сначала обновите Rapport.</translation>
    </message>
    <message>
        <source>The snapshot breaks a reference: a row of %1 names a missing row of %2.</source>
        <translation>Снимок нарушает ссылку: строка %1 указывает на отсутствующую строку %2.</translation>
    </message>
    <message>
        <source>The snapshot of %1 differs from the team database (%2 rows written, %3 on the server).</source>
        <translation>Снимок %1 отличается от командной базы (записано строк: %2, на сервере: %3).</translation>
    </message>
</context>
<context>
    <name>TicketEvent</name>
    <message>
        <source>Unknown ticket status “%1”.</source>
        <translation>Неизвестный статус заявки «%1».</translation>
    </message>
</context>
<context>
    <name>TicketFeedbackImport</name>
    <message>
        <source>"%1" is not a ticket number</source>
        <translation>«%1» — не номер заявки</translation>
    </message>
    <message>
        <source>ticket %1 is already on line %2</source>
        <translation>заявка %1 уже есть в строке %2</translation>
    </message>
    <message>
        <source>no ticket %1</source>
        <translation>нет заявки %1</translation>
    </message>
    <message>
        <source>"%1" is neither liked nor not_liked</source>
        <translation>«%1» — не liked и не not_liked</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Formalizing</source>
        <translation>Формализация</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Waiting on client</source>
        <translation>Ждём клиента</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
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
        <translation>Портал поддержки</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Agreed deadline</source>
        <translation>Согласованный срок</translation>
    </message>
    <message>
        <source>Formal statement</source>
        <translation>Постановка задачи</translation>
    </message>
    <message>
        <source>Confirmed by the client</source>
        <translation>Подтверждено клиентом</translation>
    </message>
</context>
<context>
    <name>TicketRepository</name>
    <message>
        <source>Request #%1 recorded: %2</source>
        <translation>Заявка №%1 зарегистрирована: %2</translation>
    </message>
    <message>
        <source>Request #%1 is now %2</source>
        <translation>Заявка №%1 теперь %2</translation>
    </message>
    <message>
        <source>No ticket with number %1.</source>
        <translation>Нет заявки с номером %1.</translation>
    </message>
<message>
        <source>A category is at most %1 characters long.</source>
        <translation>Категория — не длиннее %1 символов.</translation>
    </message>
    <message>
        <source>A category is one line of text, without tabs or other control characters.</source>
        <translation>Категория — одна строка текста, без табуляций и других управляющих символов.</translation>
    </message>
    <message>
        <source>The agreed deadline cannot be before the request was made.</source>
        <translation>Согласованный срок не может быть раньше обращения.</translation>
    </message>
    <message>
        <source>No staff member with id %1.</source>
        <translation>Нет сотрудника с id %1.</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 больше не работает в компании.</translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>У заявки должна быть тема.</translation>
    </message>
    <message>
        <source>The subject is longer than %1 characters; put the details in the description.</source>
        <translation>Тема длиннее %1 символов; подробности укажите в описании.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>Client %1 is archived; restore it before recording requests.</source>
        <translation>Клиент %1 в архиве; верните его из архива, чтобы регистрировать обращения.</translation>
    </message>
    <message>
        <source>Contact %1 is not a contact of this client.</source>
        <translation>Контакт %1 не относится к этому клиенту.</translation>
    </message>
    <message>
        <source>Ticket %1 is in progress: it cannot be left without an assignee.</source>
        <translation>Заявка %1 в работе: её нельзя оставить без исполнителя.</translation>
    </message>
    <message>
        <source>Request #%1 assigned to %2</source>
        <translation>Заявка №%1 назначена: %2</translation>
    </message>
    <message>
        <source>Request #%1 unassigned</source>
        <translation>С заявки №%1 снят исполнитель</translation>
    </message>
    <message>
        <source>Ticket %1 is in progress: it cannot be left without an owner.</source>
        <translation>Заявка %1 в работе: её нельзя оставить без ответственного.</translation>
    </message>
    <message>
        <source>Request #%1 is now owned by %2</source>
        <translation>Ответственный за заявку №%1: %2</translation>
    </message>
    <message>
        <source>Request #%1 has no owner</source>
        <translation>У заявки №%1 нет ответственного</translation>
    </message>
    <message>
        <source>Request #%1 priority: %2</source>
        <translation>Приоритет заявки №%1: %2</translation>
    </message>
    <message>
        <source>Request #%1 has no category</source>
        <translation>У заявки №%1 нет категории</translation>
    </message>
    <message>
        <source>Request #%1 category: %2</source>
        <translation>Категория заявки №%1: %2</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>Сначала напишите текст.</translation>
    </message>
    <message>
        <source>Unknown channel “%1”.</source>
        <translation>Неизвестный канал «%1».</translation>
    </message>
    <message>
        <source>Reply on request #%1</source>
        <translation>Ответ по заявке №%1</translation>
    </message>
    <message>
        <source>Contact with the client logged on request #%1</source>
        <translation>Записан контакт с клиентом по заявке №%1</translation>
    </message>
    <message>
        <source>Internal note on request #%1</source>
        <translation>Внутренняя заметка по заявке №%1</translation>
    </message>
    <message>
        <source>Write the formal statement of the task.</source>
        <translation>Напишите формальную постановку задачи.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2: its statement can no longer change.</source>
        <translation>Заявка %1 %2: постановку задачи уже нельзя изменить.</translation>
    </message>
    <message>
        <source>Request #%1 formalized</source>
        <translation>Заявка №%1 формализована</translation>
    </message>
    <message>
        <source>Ticket %1 has no formal statement for the client to confirm.</source>
        <translation>У заявки %1 нет формальной постановки, которую клиент мог бы подтвердить.</translation>
    </message>
    <message>
        <source>The client confirmed the statement of request #%1</source>
        <translation>Клиент подтвердил постановку задачи по заявке №%1</translation>
    </message>
    <message>
        <source>Deadline of request #%1 agreed: %2</source>
        <translation>Согласован срок по заявке №%1: %2</translation>
    </message>
    <message>
        <source>Deadline of request #%1 removed</source>
        <translation>Срок по заявке №%1 снят</translation>
    </message>
    <message>
        <source>The client liked the result of request #%1</source>
        <translation>Клиенту понравился результат по заявке №%1</translation>
    </message>
    <message>
        <source>The client did not like the result of request #%1</source>
        <translation>Клиенту не понравился результат по заявке №%1</translation>
    </message>
    <message>
        <source>Minutes must be between 1 and %1.</source>
        <translation>Число минут должно быть от 1 до %1.</translation>
    </message>
    <message>
        <source>Say who did the work: ticket %1 has no assignee.</source>
        <translation>Укажите, кто выполнил работу: у заявки %1 нет исполнителя.</translation>
    </message>
    <message>
        <source>%1 logged %2 min on request #%3 (billable)</source>
        <translation>%1 записал(а) %2 мин по заявке №%3 (оплачиваемые)</translation>
    </message>
    <message>
        <source>%1 logged %2 min on request #%3 (not billable)</source>
        <translation>%1 записал(а) %2 мин по заявке №%3 (неоплачиваемые)</translation>
    </message>
    <message>
        <source>Request #%1 waits: the client's service is suspended</source>
        <translation>Заявка №%1 ждёт: обслуживание клиента приостановлено</translation>
    </message>
    <message>
        <source>Request #%1 resumes: the client's service is restored</source>
        <translation>Заявка №%1 снова в работе: обслуживание клиента возобновлено</translation>
    </message>
</context>
<context>
    <name>TicketWorkflow</name>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>formalizing</source>
        <translation>на формализации</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>waiting on client</source>
        <translation>ждёт клиента</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решена</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>Ticket %1 is already %2.</source>
        <translation>Заявка %1 уже %2.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2 and cannot change any more.</source>
        <translation>Заявка %1 %2, её статус больше не меняется.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot go from %2 to %3 (allowed: %4).</source>
        <translation>Заявку %1 нельзя перевести из состояния «%2» в «%3» (можно: %4).</translation>
    </message>
    <message>
        <source>Ticket %1 needs an assignee before it can be in progress.</source>
        <translation>Чтобы взять заявку %1 в работу, назначьте исполнителя.</translation>
    </message>
    <message>
        <source>Ticket %1 needs an owner before it can be in progress.</source>
        <translation>Чтобы взять заявку %1 в работу, назначьте ответственного.</translation>
    </message>
    <message>
        <source>Feedback is recorded once the ticket is resolved or closed; ticket %1 is %2.</source>
        <translation>Отзыв записывается, когда заявка решена или закрыта; заявка %1 сейчас: %2.</translation>
    </message>
    <message>
        <source>Say why the client did not like the result.</source>
        <translation>Укажите, почему результат не понравился клиенту.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Unknown timeline event kind "%1".</source>
        <translation>Неизвестный тип события ленты «%1».</translation>
    </message>
    <message>
        <source>A timeline event needs a title.</source>
        <translation>У события ленты должен быть заголовок.</translation>
    </message>
    <message>
        <source>Unknown channel "%1".</source>
        <translation>Неизвестный канал «%1».</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Заметка пуста.</translation>
    </message>
    <message>
        <source>Describe the call: the summary is empty.</source>
        <translation>Опишите звонок: краткое содержание не заполнено.</translation>
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
    <message>
        <source>Nothing was saved: the database undid the unfinished work after an error (a full disk, say).</source>
        <translation>Ничего не сохранено: после ошибки (например, переполнения диска) база отменила незавершённую работу.</translation>
    </message>
</context>
<context>
    <name>UnusedHours</name>
    <message>
        <source>Propose development work or a smaller tariff</source>
        <translation>Предложить развитие проекта или тариф с меньшим объёмом часов</translation>
    </message>
    <message>
        <source>The unused share threshold must be between 0 and 100 %.</source>
        <translation>Порог доли неиспользованных часов должен быть от 0 до 100 %.</translation>
    </message>
    <message>
        <source>The number of consecutive months must be between 1 and 120.</source>
        <translation>Число месяцев подряд должно быть от 1 до 120.</translation>
    </message>
</context>
<context>
    <name>UnusedHoursReport</name>
    <message>
        <source>Client %1 has no tariff.</source>
        <translation>У клиента %1 нет тарифа.</translation>
    </message>
    <message>
        <source>The month is not a valid month.</source>
        <translation>Месяц указан неверно.</translation>
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
    <message>
        <source>A staff member's language is ru, kk or en (or none for the team's default), not "%1".</source>
        <translation>Язык сотрудника — ru, kk или en (или пусто — язык команды), а не «%1».</translation>
    </message>
</context>
<context>
    <name>WorkHoursText</name>
    <message>
        <source>“%1” is not a time range like 09:00–18:00.</source>
        <translation>«%1» — не интервал времени вида 09:00–18:00.</translation>
    </message>
    <message>
        <source>“%1”: a time of day runs from 00:00 to 24:00.</source>
        <translation>«%1»: время суток — от 00:00 до 24:00.</translation>
    </message>
    <message>
        <source>“%1” must end after it starts.</source>
        <translation>«%1» должен заканчиваться позже, чем начинается.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap.</source>
        <translation>%1 и %2 пересекаются.</translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>No workflow template with id %1.</source>
        <translation>Нет шаблона процесса с номером %1.</translation>
    </message>
    <message>
        <source>Nobody takes the %1 steps: set the client's account manager.</source>
        <translation>Некому выполнять шаги роли %1: назначьте клиенту аккаунт-менеджера.</translation>
    </message>
    <message>
        <source>Workflow template "%1" is archived.</source>
        <translation>Шаблон процесса «%1» в архиве.</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>No ticket with id %1.</source>
        <translation>Нет заявки с номером %1.</translation>
    </message>
    <message>
        <source>Ticket %1 belongs to another client.</source>
        <translation>Заявка %1 относится к другому клиенту.</translation>
    </message>
    <message>
        <source>No workflow run with id %1.</source>
        <translation>Нет запуска процесса с номером %1.</translation>
    </message>
    <message>
        <source>Step "%1" would go to a staff member who is no longer active: update the client's card.</source>
        <translation>Шаг «%1» достался бы сотруднику, который больше не работает: обновите карточку клиента.</translation>
    </message>
</context>
<context>
    <name>WorkflowTemplate</name>
    <message>
        <source>A workflow template needs a name.</source>
        <translation>У шаблона процесса должно быть название.</translation>
    </message>
    <message>
        <source>A workflow template needs at least one step.</source>
        <translation>В шаблоне процесса должен быть хотя бы один шаг.</translation>
    </message>
    <message>
        <source>Step %1 needs a title.</source>
        <translation>У шага %1 должно быть название.</translation>
    </message>
    <message>
        <source>Step %1 is due 0 to 250 working days after the start, not %2.</source>
        <translation>Срок шага %1 — от 0 до 250 рабочих дней после начала, а не %2.</translation>
    </message>
    <message>
        <source>Intake of a new request</source>
        <translation>Приём новой заявки</translation>
    </message>
    <message>
        <source>Record the request, formalize it and get the client's confirmation.</source>
        <translation>Зарегистрировать заявку, формализовать её и получить подтверждение клиента.</translation>
    </message>
    <message>
        <source>Record the request with its channel and priority</source>
        <translation>Зарегистрировать заявку с каналом и приоритетом</translation>
    </message>
    <message>
        <source>Formalize the task statement</source>
        <translation>Сформулировать постановку задачи</translation>
    </message>
    <message>
        <source>Get the client's confirmation</source>
        <translation>Получить подтверждение клиента</translation>
    </message>
    <message>
        <source>Assign a specialist and agree the deadline</source>
        <translation>Назначить специалиста и согласовать срок</translation>
    </message>
    <message>
        <source>Project kickoff</source>
        <translation>Запуск проекта</translation>
    </message>
    <message>
        <source>Start a project: team, plan, access and the first meeting.</source>
        <translation>Начало проекта: команда, план, доступы и первая встреча.</translation>
    </message>
    <message>
        <source>Hand over the client card and special conditions</source>
        <translation>Передать карточку клиента и особые условия</translation>
    </message>
    <message>
        <source>Hold the kickoff meeting with the client</source>
        <translation>Провести стартовую встречу с клиентом</translation>
    </message>
    <message>
        <source>Agree the work plan and deadlines</source>
        <translation>Согласовать план работ и сроки</translation>
    </message>
    <message>
        <source>Get access to the client's systems and documents</source>
        <translation>Получить доступ к системам и документам клиента</translation>
    </message>
    <message>
        <source>Check the handoff and the plan</source>
        <translation>Проверить передачу клиента и план</translation>
    </message>
    <message>
        <source>Ongoing work</source>
        <translation>Текущая работа</translation>
    </message>
    <message>
        <source>A month of ongoing service: work, status and hours.</source>
        <translation>Месяц текущего обслуживания: работа, статус и часы.</translation>
    </message>
    <message>
        <source>Review open requests and their deadlines</source>
        <translation>Просмотреть открытые заявки и их сроки</translation>
    </message>
    <message>
        <source>Send the client a status update</source>
        <translation>Отправить клиенту сводку о статусе</translation>
    </message>
    <message>
        <source>Log the hours worked</source>
        <translation>Внести отработанные часы</translation>
    </message>
    <message>
        <source>Check the subscription hours used</source>
        <translation>Проверить израсходованные часы абонемента</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <source>Finish the work: results, documents and the client's feedback.</source>
        <translation>Завершение работ: результат, документы и отзыв клиента.</translation>
    </message>
    <message>
        <source>Deliver the result to the client</source>
        <translation>Передать результат клиенту</translation>
    </message>
    <message>
        <source>Get the client's acceptance</source>
        <translation>Получить приёмку клиента</translation>
    </message>
    <message>
        <source>Issue the closing documents</source>
        <translation>Выставить закрывающие документы</translation>
    </message>
    <message>
        <source>Ask for feedback: liked or not liked</source>
        <translation>Запросить отзыв: понравилось или нет</translation>
    </message>
    <message>
        <source>Check the quality of the completed work</source>
        <translation>Проверить качество выполненной работы</translation>
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
        <translation>В таблице %1 нет столбцов.</translation>
    </message>
    <message>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Не удаётся подключиться к серверу %1: %2</translation>
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
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <source>Action item %1: enter what is to be done.</source>
        <translation>Пункт %1: укажите, что нужно сделать.</translation>
    </message>
    <message>
        <source>Action item %1: choose who owns it.</source>
        <translation>Пункт %1: выберите ответственного.</translation>
    </message>
    <message>
        <source>Action item %1: enter the due date.</source>
        <translation>Пункт %1: укажите срок.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Past its due date and still open.</source>
        <translation>Срок прошёл, а пункт не выполнен.</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Пункт плана</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>rapport::ApplyWorkflowDialog</name>
    <message>
        <source>Apply Workflow</source>
        <translation>Применить регламент</translation>
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
        <translation>За&amp;явка:</translation>
    </message>
    <message>
        <source>&amp;Start on:</source>
        <translation>&amp;Начать с:</translation>
    </message>
    <message>
        <source>Tas&amp;ks to be created</source>
        <translation>&amp;Будут созданы задачи</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Выберите клиента</translation>
    </message>
    <message>
        <source>None: for the client as a whole</source>
        <translation>Нет: для клиента в целом</translation>
    </message>
    <message>
        <source>Workflow template</source>
        <translation>Шаблон процесса</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>Each step is due its number of working days after this date, on the client's regulation calendar.</source>
        <translation>Срок каждого шага — его число рабочих дней после этой даты по регламентному календарю клиента.</translation>
    </message>
    <message>
        <source>Tasks to be created</source>
        <translation>Будут созданы задачи</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Роль ответственного</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>№%1  %2</translation>
    </message>
    <message>
        <source>There is no workflow template to apply: add one on the Workflow templates tab.</source>
        <translation>Нет шаблона процесса для применения: добавьте его на вкладке «Шаблоны процессов».</translation>
    </message>
    <message>
        <source>Choose the client to see the tasks its steps will become.</source>
        <translation>Выберите клиента, чтобы увидеть задачи, которые будут созданы по шагам.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) will be created, the last one due %1.</source>
        <translation><numerusform>Будет создана %n задача, последняя — со сроком %1.</numerusform>
            <numerusform>Будут созданы %n задачи, последняя — со сроком %1.</numerusform>
            <numerusform>Будет создано %n задач, последняя — со сроком %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::AutomationRulesModel</name>
    <message>
        <source>Only for: %1</source>
        <translation>Только для: %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>To / owner</source>
        <translation>Кому / ответственный</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Согласование</translation>
    </message>
</context>
<context>
    <name>rapport::AutomationRulesPage</name>
    <message>
        <source>Automation rules</source>
        <translation>Правила автоматизации</translation>
    </message>
    <message>
        <source>Each rule follows a date or an event and queues a message from its template, or creates a task. Enter edits the selected rule; the check box switches it on or off.</source>
        <translation>Каждое правило следит за датой или событием и ставит в очередь сообщение по своему шаблону или создаёт задачу. Enter открывает выбранное правило для правки; флажок включает и выключает его.</translation>
    </message>
    <message>
        <source>&amp;Edit rule…</source>
        <translation>&amp;Изменить правило…</translation>
    </message>
    <message>
        <source>Edit the selected rule (Enter)</source>
        <translation>Изменить выбранное правило (Enter)</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>Изменить &amp;шаблон…</translation>
    </message>
    <message>
        <source>Edit the message template of the selected rule, with a preview</source>
        <translation>Изменить шаблон сообщения выбранного правила, с предпросмотром</translation>
    </message>
    <message>
        <source>Rule switched on.</source>
        <translation>Правило включено.</translation>
    </message>
    <message>
        <source>Rule switched off.</source>
        <translation>Правило выключено.</translation>
    </message>
    <message>
        <source>Rule saved.</source>
        <translation>Правило сохранено.</translation>
    </message>
    <message>
        <source>&amp;New rule…</source>
        <translation>&amp;Новое правило…</translation>
    </message>
    <message>
        <source>Add a rule of your own (Ctrl+Shift+N)</source>
        <translation>Добавить своё правило (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Delete rule…</source>
        <translation>&amp;Удалить правило…</translation>
    </message>
    <message>
        <source>Delete the selected rule of your own that has never fired (Delete)</source>
        <translation>Удалить выбранное своё правило, которое ещё ни разу не срабатывало (Delete)</translation>
    </message>
    <message>
        <source>Rule added.</source>
        <translation>Правило добавлено.</translation>
    </message>
    <message>
        <source>A shipped rule is switched off, not deleted.</source>
        <translation>Поставляемое правило выключают, а не удаляют.</translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Удаление правила</translation>
    </message>
    <message>
        <source>Delete the rule "%1"?</source>
        <translation>Удалить правило «%1»?</translation>
    </message>
    <message>
        <source>Rule "%1" deleted.</source>
        <translation>Правило «%1» удалено.</translation>
    </message>
</context>
<context>
    <name>rapport::AutomationView</name>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Rules and templates</source>
        <translation>Правила и шаблоны</translation>
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
    <name>rapport::BillingRunDialog</name>
    <message>
        <source>Run Billing for Month</source>
        <translation>Выставление счетов за месяц</translation>
    </message>
    <message>
        <source>Draft invoices and acts are made from the hours logged in the month: the monthly fee, overage beyond the included hours and carry-over, and corrections of months already invoiced. Preview first; nothing is written until you create the invoices.</source>
        <translation>Черновики счетов и актов формируются по часам, учтённым за месяц: абонентская плата, часы сверх включённых в тариф и перенесённых, исправления уже выставленных месяцев. Сначала посмотрите предварительный расчёт: пока вы не создадите счета, ничего не записывается.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предварительный расчёт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Hours logged</source>
        <translation>Учтено часов</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Включено</translation>
    </message>
    <message>
        <source>Carry-over used</source>
        <translation>Из перенесённых</translation>
    </message>
    <message>
        <source>Overage</source>
        <translation>Сверх тарифа</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Choose the month and press Preview.</source>
        <translation>Выберите месяц и нажмите «Предварительный расчёт».</translation>
    </message>
    <message>
        <source>&amp;Create Invoices (%1)</source>
        <translation>&amp;Создать счета (%1)</translation>
    </message>
    <message>
        <source>&amp;Create Invoices</source>
        <translation>&amp;Создать счета</translation>
    </message>
    <message>
        <source>Previewing billing for %1…</source>
        <translation>Предварительный расчёт за %1…</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Предварительный расчёт отменён.</translation>
    </message>
    <message>
        <source>Draft invoice and act</source>
        <translation>Черновик счёта и акт</translation>
    </message>
    <message>
        <source>corrections of earlier months: %1</source>
        <translation>исправлений прошлых месяцев: %1</translation>
    </message>
    <message>
        <source>%1: draft invoices to create: %2, in total %3 with VAT.</source>
        <translation>%1: будет создано черновиков счетов: %2, всего %3 с НДС.</translation>
    </message>
    <message>
        <source>%1: nothing new to invoice.</source>
        <translation>%1: новых счетов не будет.</translation>
    </message>
    <message>
        <source>Already invoiced for this month: %1.</source>
        <translation>Уже выставлены счета за этот месяц: %1.</translation>
    </message>
    <message>
        <source>Nothing to bill: %1.</source>
        <translation>Нечего выставлять: %1.</translation>
    </message>
    <message>
        <source>Cannot be billed: %1 (see the list).</source>
        <translation>Не удалось выставить: %1 (см. список).</translation>
    </message>
    <message>
        <source>Billing %1…</source>
        <translation>Выставление счетов за %1…</translation>
    </message>
    <message>
        <source>Billing for %1: draft invoices created: %2.</source>
        <translation>Счета за %1: создано черновиков: %2.</translation>
    </message>
    <message>
        <source>Already invoiced before: %1.</source>
        <translation>Уже были выставлены ранее: %1.</translation>
    </message>
    <message>
        <source>Clients that could not be billed: %1.</source>
        <translation>Клиентов, которым не удалось выставить счёт: %1.</translation>
    </message>
    <message>
        <source>The run was cancelled before all clients were billed.</source>
        <translation>Запуск прерван до того, как счета были выставлены всем клиентам.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Invoices to be made</source>
        <translation>Счета к формированию</translation>
    </message>
</context>
<context>
    <name>rapport::BillingTodaySection</name>
    <message>
        <source>Unpaid invoices</source>
        <translation>Неоплаченные счета</translation>
    </message>
    <message>
        <source>No unpaid invoices of your clients.</source>
        <translation>У ваших клиентов нет неоплаченных счетов.</translation>
    </message>
</context>
<context>
    <name>rapport::BillingView</name>
    <message>
        <source>Invoices and acts are made monthly from the hours logged; an issued invoice gets its number and due date and is never edited. Overdue debt goes through the dunning ladder: debt notice, suspension when its deadline passes, formal claim, block.</source>
        <translation>Счета и акты формируются ежемесячно по учтённым часам; выставленный счёт получает номер и срок оплаты и больше не изменяется. Просроченная задолженность проходит этапы взыскания: уведомление о задолженности, приостановка работ по истечении его срока, претензия, блокировка.</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Счета</translation>
    </message>
    <message>
        <source>&amp;Dunning Queue</source>
        <translation>О&amp;чередь взыскания</translation>
    </message>
</context>
<context>
    <name>rapport::CalendarDaysTable</name>
    <message>
        <source>Working day (transferred)</source>
        <translation>Рабочий день (перенос)</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>rapport::CalendarEditor</name>
    <message>
        <source>&amp;Holidays and transferred working days (%1):</source>
        <translation>&amp;Праздники и перенесённые рабочие дни (%1):</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Import Holidays</source>
        <translation>Импорт праздников</translation>
    </message>
    <message>
        <source>Holiday files (*.ics *.csv *.txt);;All files (*)</source>
        <translation>Файлы праздников (*.ics *.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Days imported: %1. Check them and save.</source>
        <translation>Импортировано дней: %1. Проверьте и сохраните.</translation>
    </message>
    <message>
        <source>New Calendar</source>
        <translation>Новый календарь</translation>
    </message>
    <message>
        <source>Name of the new calendar:</source>
        <translation>Название нового календаря:</translation>
    </message>
    <message>
        <source>A calendar named “%1” already exists.</source>
        <translation>Календарь «%1» уже существует.</translation>
    </message>
    <message>
        <source>Adjust the new calendar and save it.</source>
        <translation>Настройте новый календарь и сохраните его.</translation>
    </message>
    <message>
        <source>Saved. Recomputing the SLA of open tickets…</source>
        <translation>Сохранено. Пересчитываем SLA открытых заявок…</translation>
    </message>
    <message>
        <source>Recomputing the SLA of open tickets…</source>
        <translation>Пересчитываем SLA открытых заявок…</translation>
    </message>
    <message>
        <source>Saved, but the open tickets were not recomputed: %1</source>
        <translation>Сохранено, но открытые заявки не пересчитаны: %1</translation>
    </message>
    <message>
        <source>Saved; open tickets recomputed: %1.</source>
        <translation>Сохранено; пересчитано открытых заявок: %1.</translation>
    </message>
    <message>
        <source>Business Calendars</source>
        <translation>Производственные календари</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to calendar “%1”?</source>
        <translation>Отменить несохранённые изменения календаря «%1»?</translation>
    </message>
    <message>
        <source>SLA due times count working hours only. Holidays and transferred working days change by yearly decree in Kazakhstan and Russia: import or enter them here.</source>
        <translation>Сроки SLA считаются только в рабочие часы. Праздники и переносы рабочих дней в Казахстане и России меняются ежегодными постановлениями: импортируйте или введите их здесь.</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Календарь:</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Новый…</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Always open (24/7)</source>
        <translation>Круглосуточно (24/7)</translation>
    </message>
    <message>
        <source>&amp;Working hours per weekday:</source>
        <translation>&amp;Рабочие часы по дням недели:</translation>
    </message>
    <message>
        <source>Transferred working days follow:</source>
        <translation>Перенесённые рабочие дни идут по:</translation>
    </message>
    <message>
        <source>Holidays checked for year:</source>
        <translation>Праздники проверены на год:</translation>
    </message>
    <message>
        <source>Name, e.g. Nauryz</source>
        <translation>Название, например Наурыз</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Add holidays and transferred working days from an ICS file or a CSV file with date,kind,name rows</source>
        <translation>Добавить праздники и перенесённые рабочие дни из файла ICS или CSV со строками date,kind,name</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>&amp;Save Calendar</source>
        <translation>&amp;Сохранить календарь</translation>
    </message>
    <message>
        <source>the %1 schedule</source>
        <translation>графику дня: %1</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <source>Working day (transferred)</source>
        <translation>Рабочий день (перенос)</translation>
    </message>
    <message>
        <source>Working hours per weekday</source>
        <translation>Рабочие часы по дням недели</translation>
    </message>
    <message>
        <source>Holidays and transferred working days</source>
        <translation>Праздники и перенесённые рабочие дни</translation>
    </message>
    <message>
        <source>Date of the day to add</source>
        <translation>Дата добавляемого дня</translation>
    </message>
    <message>
        <source>Kind of the day to add</source>
        <translation>Вид добавляемого дня</translation>
    </message>
    <message>
        <source>Name of the day to add</source>
        <translation>Название добавляемого дня</translation>
    </message>
</context>
<context>
    <name>rapport::CancelInvoiceDialog</name>
    <message>
        <source>Cancel Invoice</source>
        <translation>Аннулировать счёт</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>Cancel &amp;Invoice</source>
        <translation>&amp;Аннулировать счёт</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <source>Invoice %1 to %2 for %3 will be cancelled.</source>
        <translation>Счёт %1 клиенту %2 на сумму %3 будет аннулирован.</translation>
    </message>
    <message>
        <source>Its number stays used: invoice numbers have no gaps.</source>
        <translation>Его номер остаётся занятым: в нумерации счетов не бывает пропусков.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling the invoice.</source>
        <translation>Укажите причину аннулирования счёта.</translation>
    </message>
</context>
<context>
    <name>rapport::ClientBillingPanel</name>
    <message>
        <source>Save the card first: billing starts with a saved client.</source>
        <translation>Сначала сохраните карточку: счета выставляются только сохранённому клиенту.</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>&amp;Счета и оплаты</translation>
    </message>
    <message>
        <source>Balance:</source>
        <translation>Баланс:</translation>
    </message>
    <message>
        <source>Dunning:</source>
        <translation>Взыскание:</translation>
    </message>
    <message>
        <source>Hours this month:</source>
        <translation>Часы в этом месяце:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Оплаты</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Провести &amp;оплату…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Открыть P&amp;DF</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>Nothing unpaid.</source>
        <translation>Неоплаченных счетов нет.</translation>
    </message>
    <message>
        <source>%1 unpaid (invoices: %2)</source>
        <translation>не оплачено %1 (счетов: %2)</translation>
    </message>
    <message>
        <source>%1 of it overdue</source>
        <translation>из них просрочено %1</translation>
    </message>
    <message>
        <source>No dunning.</source>
        <translation>Взыскание не ведётся.</translation>
    </message>
    <message>
        <source>%1 (case opened %2).</source>
        <translation>%1 (дело открыто %2).</translation>
    </message>
    <message>
        <source>%1 until %2.</source>
        <translation>%1 до %2.</translation>
    </message>
    <message>
        <source>No tariff on the card: nothing is billed monthly.</source>
        <translation>В карточке нет тарифа: ежемесячные счета не выставляются.</translation>
    </message>
    <message>
        <source>%1 used of %2 included</source>
        <translation>использовано %1 из %2 включённых</translation>
    </message>
    <message>
        <source>and %1 carried over</source>
        <translation>и %1 перенесённых</translation>
    </message>
    <message>
        <source>%1 beyond, billed as overage.</source>
        <translation>сверх того %1 — оплачивается по ставке сверх тарифа.</translation>
    </message>
    <message>
        <source>%1 left.</source>
        <translation>осталось %1.</translation>
    </message>
    <message>
        <source>Most of the included hours went unused in the last %1 months: %2.</source>
        <translation>Большая часть включённых часов не использована за последние месяцы (%1): %2.</translation>
    </message>
    <message>
        <source>Invoices of the client</source>
        <translation>Счета клиента</translation>
    </message>
    <message>
        <source>Payments of the client</source>
        <translation>Оплаты клиента</translation>
    </message>
</context>
<context>
    <name>rapport::ClientCardDialog</name>
    <message>
        <source>The client with id %1 no longer exists.</source>
        <translation>Клиента с id %1 больше нет.</translation>
    </message>
    <message>
        <source>The card is not saved: correct the fields marked in red.</source>
        <translation>Карточка не сохранена: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>This tax ID already belongs to %1.</source>
        <translation>Этот налоговый номер уже принадлежит клиенту %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The client card has changes that are not saved. Save them?</source>
        <translation>В карточке клиента есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Tax ID %1</source>
        <translation>Налоговый номер %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Договор %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранён</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Клиент: %1</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Реквизиты</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>Contract &amp;&amp; ta&amp;riff</source>
        <translation>Договор и &amp;тариф</translation>
    </message>
    <message>
        <source>Special co&amp;nditions</source>
        <translation>&amp;Особые условия</translation>
    </message>
    <message>
        <source>Docum&amp;ents</source>
        <translation>&amp;Документы</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>&amp;Лента</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the card (Ctrl+S)</source>
        <translation>Сохранить карточку (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The card shows the saved version now; your changes were discarded.</source>
        <translation>Карточка показывает сохранённую версию; ваши изменения отменены.</translation>
    </message>
    <message>
        <source>Not saved: the card was changed on another desk.</source>
        <translation>Не сохранено: карточку изменили на другом рабочем месте.</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Изменено на другом рабочем месте</translation>
    </message>
    <message>
        <source>&amp;Save Mine</source>
        <translation>&amp;Сохранить мои</translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation>&amp;Взять их версию</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Продолжить правку</translation>
    </message>
    <message>
        <source>quarterly and annual reviews</source>
        <translation>квартальные и годовые встречи</translation>
    </message>
    <message>
        <source>the review cadence it had</source>
        <translation>прежний график встреч</translation>
    </message>
    <message numerus="yes">
        <source>%1 applied: SLA policy %2, %n obligation rule(s), %3.</source>
        <translation><numerusform>%1 применён: политика SLA %2, %n правило обязательств, %3.</numerusform>
            <numerusform>%1 применён: политика SLA %2, %n правила обязательств, %3.</numerusform>
            <numerusform>%1 применён: политика SLA %2, %n правил обязательств, %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The service standard was not applied: it is turned off in Settings.</source>
        <translation>Стандарт обслуживания не применён: он отключён в настройках.</translation>
    </message>
    <message>
        <source>The service standard was not applied: the client has no tariff.</source>
        <translation>Стандарт обслуживания не применён: у клиента нет тарифа.</translation>
    </message>
    <message>
        <source>The service standard was not applied: the client has obligations already.</source>
        <translation>Стандарт обслуживания не применён: у клиента уже есть обязательства.</translation>
    </message>
</context>
<context>
    <name>rapport::ClientConditionsPage</name>
    <message>
        <source>Condition in row %1: write what was agreed.</source>
        <translation>Условие в строке %1: напишите, о чём договорились.</translation>
    </message>
    <message>
        <source>Everything agreed with the client outside the contract: discounts, extra services, response times, people to call. The account manager confirms each one at the handoff.</source>
        <translation>Всё, о чём договорились с клиентом помимо договора: скидки, дополнительные услуги, сроки реакции, кому звонить. Аккаунт-менеджер подтверждает каждое условие при передаче клиента.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Кто договорился</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Дата договорённости</translation>
    </message>
    <message>
        <source>&amp;Add condition</source>
        <translation>До&amp;бавить условие</translation>
    </message>
    <message>
        <source>Re&amp;move condition</source>
        <translation>&amp;Удалить условие</translation>
    </message>
    <message>
        <source>Special conditions</source>
        <translation>Особые условия</translation>
    </message>
</context>
<context>
    <name>rapport::ClientContactsPage</name>
    <message>
        <source>Contact in row %1: enter a name.</source>
        <translation>Контакт в строке %1: укажите имя.</translation>
    </message>
    <message>
        <source>Contact in row %1: "%2" is not an email address.</source>
        <translation>Контакт в строке %1: «%2» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>До&amp;бавить контакт</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>&amp;Удалить контакт</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>rapport::ClientContractPage</name>
    <message>
        <source>Enter the monthly fee, e.g. 150000 or 150000.00.</source>
        <translation>Укажите абонентскую плату, например 150000 или 150000.00.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>Договор не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Contract n&amp;umber:</source>
        <translation>Номер до&amp;говора:</translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation>Дата под&amp;писания:</translation>
    </message>
    <message>
        <source>St&amp;arts:</source>
        <translation>Начало:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <source>Leave as a dash when there is no date; Delete clears it.</source>
        <translation>Прочерк означает, что даты нет; клавиша Delete очищает поле.</translation>
    </message>
    <message>
        <source>The client pays a monthly &amp;tariff</source>
        <translation>Клиент &amp;платит ежемесячный тариф</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Monthly &amp;fee:</source>
        <translation>&amp;Абонентская плата:</translation>
    </message>
    <message>
        <source>e.g. 150000.00</source>
        <translation>например, 150000.00</translation>
    </message>
    <message>
        <source>Included &amp;hours:</source>
        <translation>&amp;Часов в тарифе:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>&amp;Overage rate per hour:</source>
        <translation>Ставка за час с&amp;верх тарифа:</translation>
    </message>
    <message>
        <source>e.g. 12000.00</source>
        <translation>например, 12000.00</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>&amp;НДС:</translation>
    </message>
    <message>
        <source>&amp;Payment terms:</source>
        <translation>Срок оплат&amp;ы:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Unused hours ro&amp;ll over:</source>
        <translation>П&amp;еренос неиспользованных часов:</translation>
    </message>
    <message>
        <source>no rollover</source>
        <translation>без переноса</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>&amp;Billed:</source>
        <translation>&amp;Выставлять счёт:</translation>
    </message>
    <message>
        <source>in advance</source>
        <translation>авансом</translation>
    </message>
    <message>
        <source>in arrears</source>
        <translation>по итогам месяца</translation>
    </message>
    <message>
        <source>In advance, the invoice made at the start of a month carries that month's fee with the last month's overage and corrections; in arrears, one invoice after the month carries both. The act of a month lists that month's work either way.</source>
        <translation>Авансом: счёт, выставленный в начале месяца, включает абонентскую плату за этот месяц вместе с часами сверх тарифа и корректировками прошлого месяца; по итогам месяца: один счёт после окончания месяца включает и то, и другое. Акт за месяц в обоих случаях перечисляет работы этого месяца.</translation>
    </message>
</context>
<context>
    <name>rapport::ClientDetailsPage</name>
    <message>
        <source>— nobody —</source>
        <translation>— не назначен —</translation>
    </message>
    <message>
        <source>Enter the legal name as in the contract.</source>
        <translation>Укажите юридическое название, как в договоре.</translation>
    </message>
    <message>
        <source>&amp;Legal name:</source>
        <translation>&amp;Юридическое название:</translation>
    </message>
    <message>
        <source>e.g. LLP "Kazakh Logistics"</source>
        <translation>например, ТОО «Kazakh Logistics»</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Краткое &amp;название:</translation>
    </message>
    <message>
        <source>How the team calls the client</source>
        <translation>Как клиента называют в команде</translation>
    </message>
    <message>
        <source>&amp;Tax ID:</source>
        <translation>Нало&amp;говый номер:</translation>
    </message>
    <message>
        <source>BIN/IIN: 12 digits; INN: 10 or 12 digits</source>
        <translation>БИН/ИИН: 12 цифр; ИНН: 10 или 12 цифр</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>Account &amp;manager:</source>
        <translation>Аккаунт-&amp;менеджер:</translation>
    </message>
    <message>
        <source>Sales o&amp;wner:</source>
        <translation>Ответственный &amp;продавец:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The language of documents and messages for this client</source>
        <translation>Язык документов и сообщений для этого клиента</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Country of the tax ID</source>
        <translation>Страна налогового номера</translation>
    </message>
</context>
<context>
    <name>rapport::ClientDocumentsPage</name>
    <message>
        <source>Link a document</source>
        <translation>Ссылка на документ</translation>
    </message>
    <message>
        <source>Cannot open "%1".</source>
        <translation>Не удаётся открыть «%1».</translation>
    </message>
    <message>
        <source>Document in row %1: give it a title.</source>
        <translation>Документ в строке %1: укажите название.</translation>
    </message>
    <message>
        <source>Document in row %1: enter a path or a link.</source>
        <translation>Документ в строке %1: укажите путь или ссылку.</translation>
    </message>
    <message>
        <source>Links to the contract, acts and shared folders: a file path or a web address.</source>
        <translation>Ссылки на договор, акты и общие папки: путь к файлу или веб-адрес.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Path or link</source>
        <translation>Путь или ссылка</translation>
    </message>
    <message>
        <source>&amp;Add link</source>
        <translation>До&amp;бавить ссылку</translation>
    </message>
    <message>
        <source>Link a &amp;file…</source>
        <translation>Ссылка на &amp;файл…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
</context>
<context>
    <name>rapport::ClientFeedbackDialog</name>
    <message>
        <source>Handle %1</source>
        <translation>Обработать: %1</translation>
    </message>
    <message>
        <source>%1 from the client: “%2”</source>
        <translation>%1 от клиента: «%2»</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;Что сделано:</translation>
    </message>
    <message>
        <source>The answer given, the fix made, who was told</source>
        <translation>Какой дан ответ, что исправлено, кому сообщили</translation>
    </message>
    <message>
        <source>Mark &amp;handled</source>
        <translation>Отметить &amp;обработанной</translation>
    </message>
    <message>
        <source>Record Client Feedback</source>
        <translation>Записать отзыв клиента</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Получено:</translation>
    </message>
    <message>
        <source>&amp;What the client said:</source>
        <translation>&amp;Что сказал клиент:</translation>
    </message>
    <message>
        <source>What went wrong, in the client's words</source>
        <translation>Что пошло не так — словами клиента</translation>
    </message>
    <message>
        <source>What the client thanked us for</source>
        <translation>За что клиент благодарит</translation>
    </message>
    <message>
        <source>The remark or suggestion</source>
        <translation>Замечание или предложение</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Write what was done about it.</source>
        <translation>Напишите, что было сделано.</translation>
    </message>
    <message>
        <source>Write what the client said.</source>
        <translation>Напишите, что сказал клиент.</translation>
    </message>
    <message>
        <source>Feedback cannot be received in the future.</source>
        <translation>Отзыв не может быть получен в будущем.</translation>
    </message>
</context>
<context>
    <name>rapport::ClientFeedbackModel</name>
    <message>
        <source>Not handled yet</source>
        <translation>Ещё не обработано</translation>
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
        <translation>Получено</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>What the client said</source>
        <translation>Что сказал клиент</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Обработка</translation>
    </message>
</context>
<context>
    <name>rapport::ClientFeedbackPanel</name>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Отзывы</translation>
    </message>
    <message>
        <source>All feedback</source>
        <translation>Все отзывы</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Благодарность</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>&amp;Unhandled only</source>
        <translation>Только &amp;необработанные</translation>
    </message>
    <message>
        <source>&amp;Record feedback…</source>
        <translation>&amp;Записать отзыв…</translation>
    </message>
    <message>
        <source>Mark &amp;handled…</source>
        <translation>Отметить &amp;обработанным…</translation>
    </message>
    <message>
        <source>No complaints, thanks or remarks recorded.</source>
        <translation>Жалоб, благодарностей и замечаний не записано.</translation>
    </message>
    <message>
        <source>Save the card first to record the client's feedback.</source>
        <translation>Сначала сохраните карточку, чтобы записывать отзывы клиента.</translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation>Жалобы: %1</translation>
    </message>
    <message>
        <source>(%1 not handled)</source>
        <translation>(не обработано: %1)</translation>
    </message>
    <message>
        <source>Thanks: %1</source>
        <translation>Благодарности: %1</translation>
    </message>
    <message>
        <source>Remarks: %1</source>
        <translation>Замечания: %1</translation>
    </message>
    <message>
        <source>Kind of feedback</source>
        <translation>Вид отзыва</translation>
    </message>
    <message>
        <source>Feedback from the client</source>
        <translation>Отзывы клиента</translation>
    </message>
</context>
<context>
    <name>rapport::ClientImportWizard</name>
    <message>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Tax country</source>
        <translation>Страна налогового номера</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Налоговый номер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Account manager (email)</source>
        <translation>Аккаунт-менеджер (email)</translation>
    </message>
    <message>
        <source>Sales owner (email)</source>
        <translation>Ответственный продавец (email)</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Contract signed on</source>
        <translation>Дата подписания договора</translation>
    </message>
    <message>
        <source>Contract start</source>
        <translation>Начало договора</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Окончание договора</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Абонентская плата</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Included hours</source>
        <translation>Часов в тарифе</translation>
    </message>
    <message>
        <source>Overage rate per hour</source>
        <translation>Ставка за час сверх тарифа</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Payment terms (days)</source>
        <translation>Срок оплаты (дней)</translation>
    </message>
    <message>
        <source>Rollover (months)</source>
        <translation>Перенос часов (мес.)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Client's tax ID</source>
        <translation>Налоговый номер клиента</translation>
    </message>
    <message>
        <source>Client's tax country</source>
        <translation>Страна налогового номера клиента</translation>
    </message>
    <message>
        <source>Client's legal name</source>
        <translation>Юридическое название клиента</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Имя контакта</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Импорт клиентов</translation>
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
        <translation>Юридическое название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Налоговый номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Заполненность</translation>
    </message>
    <message>
        <source>The card is complete.</source>
        <translation>Карточка заполнена полностью.</translation>
    </message>
    <message>
        <source>The card lacks:</source>
        <translation>В карточке не хватает:</translation>
    </message>
    <message>
        <source>Share of this month's hours used (included + rolled over)</source>
        <translation>Доля использованных часов этого месяца (по тарифу + перенесённые)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
</context>
<context>
    <name>rapport::ClientTimelinePage</name>
    <message>
        <source>Add a note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <source>Note (the first line becomes its title):</source>
        <translation>Заметка (первая строка станет заголовком):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Передача</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Встреча-обзор</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Благодарность</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Save the card first: its timeline starts when the client is created.</source>
        <translation>Сначала сохраните карточку: лента событий начинается с создания клиента.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Кто записал</translation>
    </message>
    <message>
        <source>Show &amp;older</source>
        <translation>Показать более ра&amp;нние</translation>
    </message>
    <message>
        <source>Add no&amp;te…</source>
        <translation>Добавить &amp;заметку…</translation>
    </message>
    <message>
        <source>&amp;Log call…</source>
        <translation>Записать з&amp;вонок…</translation>
    </message>
    <message>
        <source>Record a call or another conversation (Ctrl+Shift+L)</source>
        <translation>Записать звонок или другой разговор (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Лента</translation>
    </message>
</context>
<context>
    <name>rapport::ClientsView</name>
    <message>
        <source>Archive client</source>
        <translation>Архивировать клиента</translation>
    </message>
    <message>
        <source>Archive %1? The card, its history and its invoices are kept; the client leaves the list.</source>
        <translation>Перенести %1 в архив? Карточка, история и счета сохранятся, а клиент исчезнет из списка.</translation>
    </message>
    <message>
        <source>Search name, tax id, contact…</source>
        <translation>Поиск по названию, налоговому номеру, контакту…</translation>
    </message>
    <message>
        <source>Search by legal or short name, tax ID, contact name or email (Ctrl+F)</source>
        <translation>Поиск по юридическому или краткому названию, налоговому номеру, имени или email контакта (Ctrl+F)</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Новый клиент</translation>
    </message>
    <message>
        <source>Create a client card (Ctrl+Shift+N)</source>
        <translation>Создать карточку клиента (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import clients or contacts from a CSV spreadsheet</source>
        <translation>Импорт клиентов или контактов из таблицы CSV</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;В архив</translation>
    </message>
    <message>
        <source>Archive the selected client: it leaves the list, its history is kept</source>
        <translation>Перенести выбранного клиента в архив: он исчезнет из списка, история сохранится</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>No clients</source>
        <translation>Клиентов нет</translation>
    </message>
    <message>
        <source>No clients match the search</source>
        <translation>Клиентов по запросу не найдено</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Клиентов: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 clients; scroll down to load more</source>
        <translation>Показано %1 из %2 клиентов; прокрутите вниз, чтобы загрузить ещё</translation>
    </message>
    <message>
        <source>H&amp;ours:</source>
        <translation>&amp;Часы:</translation>
    </message>
    <message>
        <source>Hours used this month</source>
        <translation>Использовано часов в этом месяце</translation>
    </message>
    <message>
        <source>Only clients that used at least this share of this month's hours (included + rolled over)</source>
        <translation>Только клиенты, использовавшие не меньше этой доли часов текущего месяца (по тарифу + перенесённые)</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любые</translation>
    </message>
    <message>
        <source>≥ %1 % used</source>
        <translation>использовано ≥ %1 %</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
</context>
<context>
    <name>rapport::CompletenessPanel</name>
    <message>
        <source>Nothing is missing.</source>
        <translation>Всё заполнено.</translation>
    </message>
    <message>
        <source>Still missing:</source>
        <translation>Ещё не хватает:</translation>
    </message>
    <message>
        <source>Card completeness</source>
        <translation>Заполненность карточки</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardCharts</name>
    <message>
        <source>W%1</source>
        <translation>Н%1</translation>
    </message>
    <message>
        <source>Response and resolution time by week (median, business hours)</source>
        <translation>Время ответа и решения по неделям (медиана, рабочие часы)</translation>
    </message>
    <message>
        <source>Response and resolution time by month (median, business hours)</source>
        <translation>Время ответа и решения по месяцам (медиана, рабочие часы)</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>Соблюдение SLA</translation>
    </message>
    <message>
        <source>Breached: %1 · %2</source>
        <translation>Нарушено: %1 · %2</translation>
    </message>
    <message>
        <source>Tickets by week</source>
        <translation>Заявки по неделям</translation>
    </message>
    <message>
        <source>Tickets by month</source>
        <translation>Заявки по месяцам</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Overdue receivables by days past due</source>
        <translation>Просроченная дебиторская задолженность по дням просрочки</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 дней</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 дней</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 дней</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>более 90 дней</translation>
    </message>
    <message>
        <source>Overdue %1 · %2</source>
        <translation>Просрочено %1 · %2</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>млн</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>тыс.</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Этот квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Свои даты</translation>
    </message>
    <message>
        <source>Tickets are counted by the day they were created, in the reporting time zone.</source>
        <translation>Заявки считаются по дню создания в часовом поясе отчётности.</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>&amp;Менеджер:</translation>
    </message>
    <message>
        <source>All account managers</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <source>Clients without a manager</source>
        <translation>Клиенты без менеджера</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Все клиенты</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Все приоритеты</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Конец периода</translation>
    </message>
</context>
<context>
    <name>rapport::DashboardView</name>
    <message>
        <source>Clients without a manager</source>
        <translation>Клиенты без менеджера</translation>
    </message>
    <message>
        <source>%1: first responses, slowest first</source>
        <translation>%1: первые ответы, сначала самые медленные</translation>
    </message>
    <message>
        <source>Nothing to export yet: the dashboard is still being calculated.</source>
        <translation>Пока нечего экспортировать: дашборд ещё рассчитывается.</translation>
    </message>
    <message>
        <source>Export the dashboard as CSV</source>
        <translation>Экспортировать дашборд в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export the dashboard as a PDF report</source>
        <translation>Экспортировать дашборд как отчёт PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tickets created %1, compared with %2 · as of %3</source>
        <translation>Заявки, созданные %1, в сравнении с %2 · на %3</translation>
    </message>
    <message>
        <source>Response and resolution times, SLA compliance, receivables and trends.</source>
        <translation>Время ответа и решения, соблюдение SLA, дебиторская задолженность и тренды.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Calculate the figures again (they also refresh by themselves when data changes).</source>
        <translation>Пересчитать показатели (они также обновляются сами при изменении данных).</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт &amp;PDF…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <source>By account manager</source>
        <translation>По менеджерам</translation>
    </message>
    <message>
        <source>Click a column to sort; double-click a manager for the tickets behind the number.</source>
        <translation>Щёлкните по столбцу для сортировки; двойной щелчок по менеджеру — заявки за этим числом.</translation>
    </message>
    <message>
        <source>Tickets created</source>
        <translation>Создано заявок</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ещё открыты</translation>
    </message>
    <message>
        <source>At risk now</source>
        <translation>Под угрозой сейчас</translation>
    </message>
    <message>
        <source>Breached, still open</source>
        <translation>Нарушены, ещё открыты</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>Первый ответ, медиана</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>SLA ответа</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Решение, медиана</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>SLA решения</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Доля выполненных</translation>
    </message>
    <message>
        <source>Ticket duration, mean</source>
        <translation>Длительность заявки, среднее</translation>
    </message>
    <message>
        <source>Cost per job</source>
        <translation>Себестоимость заявки</translation>
    </message>
    <message>
        <source>Feedback liked</source>
        <translation>Понравилось клиентам</translation>
    </message>
    <message>
        <source>Obligations on time</source>
        <translation>Обязательства в срок</translation>
    </message>
    <message>
        <source>Reviews on time</source>
        <translation>Встречи в срок</translation>
    </message>
    <message>
        <source>Handoff quality</source>
        <translation>Качество передачи</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Дебиторская задолженность</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Unused hours</source>
        <translation>Неиспользованные часы</translation>
    </message>
    <message>
        <source>Click for the list behind this figure.</source>
        <translation>Щёлкните, чтобы увидеть список за этим показателем.</translation>
    </message>
    <message>
        <source>Tickets created in the period (cancelled ones never count).</source>
        <translation>Заявки, созданные в периоде (отменённые не учитываются).</translation>
    </message>
    <message>
        <source>Tickets created in the period that are resolved or closed.</source>
        <translation>Заявки, созданные в периоде и решённые или закрытые.</translation>
    </message>
    <message>
        <source>Tickets created in the period that are not resolved yet.</source>
        <translation>Заявки, созданные в периоде и ещё не решённые.</translation>
    </message>
    <message>
        <source>Open tickets running with less than 20 % of the pending target left, not breached yet.</source>
        <translation>Открытые заявки, у которых осталось меньше 20 % срока, ещё не нарушенные.</translation>
    </message>
    <message>
        <source>Open tickets with a target already breached.</source>
        <translation>Открытые заявки с уже нарушенной целью.</translation>
    </message>
    <message>
        <source>Business hours to the first client-visible reply on the ticket's SLA clock.</source>
        <translation>Рабочие часы до первого видимого клиенту ответа по часам SLA заявки.</translation>
    </message>
    <message>
        <source>Met ÷ (met + breached); unanswered tickets past their due count as breached, tickets still inside their target in neither. Click for the breached ones.</source>
        <translation>Соблюдено ÷ (соблюдено + нарушено); заявки без ответа с истёкшим сроком считаются нарушенными, заявки в пределах срока не учитываются. Щёлкните, чтобы увидеть нарушенные.</translation>
    </message>
    <message>
        <source>Business hours to resolution on the SLA clock.</source>
        <translation>Рабочие часы до решения по часам SLA.</translation>
    </message>
    <message>
        <source>Met ÷ (met + breached); open tickets past their due count as breached. Click for the breached ones.</source>
        <translation>Соблюдено ÷ (соблюдено + нарушено); открытые заявки с истёкшим сроком считаются нарушенными. Щёлкните, чтобы увидеть нарушенные.</translation>
    </message>
    <message>
        <source>Resolved ÷ created.</source>
        <translation>Решено ÷ создано.</translation>
    </message>
    <message>
        <source>Calendar time from creation to resolution.</source>
        <translation>Календарное время от создания до решения.</translation>
    </message>
    <message>
        <source>Logged minutes × each person's hourly cost rate, per resolved ticket.</source>
        <translation>Учтённые минуты × часовая ставка затрат каждого сотрудника, на одну решённую заявку.</translation>
    </message>
    <message>
        <source>Liked ÷ all feedback on tickets closed in the period (as the feedback report counts it).</source>
        <translation>«Понравилось» ÷ все отзывы по заявкам, закрытым в периоде (как в отчёте по отзывам).</translation>
    </message>
    <message>
        <source>Obligation tasks due in the period done on time.</source>
        <translation>Задачи по обязательствам со сроком в периоде, выполненные вовремя.</translation>
    </message>
    <message>
        <source>Client reviews scheduled in the period held on time.</source>
        <translation>Встречи с клиентами, назначенные на период и проведённые вовремя.</translation>
    </message>
    <message>
        <source>Quality control's mean score of the handoffs completed in the period.</source>
        <translation>Средняя оценка контроля качества по передачам, завершённым в периоде.</translation>
    </message>
    <message>
        <source>Unpaid balance of issued invoices, per currency.</source>
        <translation>Неоплаченный остаток выставленных счетов, по валютам.</translation>
    </message>
    <message>
        <source>Unpaid balance past the due date, per currency.</source>
        <translation>Неоплаченный остаток с истёкшим сроком оплаты, по валютам.</translation>
    </message>
    <message>
        <source>Subscription hours included but not used in the billed months of the period.</source>
        <translation>Часы абонемента, включённые, но не использованные в выставленных месяцах периода.</translation>
    </message>
    <message>
        <source>Figures by account manager</source>
        <translation>Показатели по менеджерам</translation>
    </message>
</context>
<context>
    <name>rapport::DeadlineEdit</name>
    <message>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <source>The date and time agreed with the client, in local time</source>
        <translation>Дата и время, согласованные с клиентом, по местному времени</translation>
    </message>
    <message>
        <source>Agreed deadline</source>
        <translation>Согласованный срок</translation>
    </message>
</context>
<context>
    <name>rapport::DrillDownDialog</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>Export the list as CSV</source>
        <translation>Экспортировать список в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the list…</source>
        <translation>Экспорт списка…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Нет заявок.</translation>
    </message>
    <message>
        <source>Tickets: %1. Double-click one to open it.</source>
        <translation>Заявки: %1. Дважды щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <source>No invoices.</source>
        <translation>Нет счетов.</translation>
    </message>
    <message>
        <source>Invoices: %1, most overdue first.</source>
        <translation>Счета: %1, сначала самые просроченные.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>rapport::DrillDownModel</name>
    <message>
        <source>draft #%1</source>
        <translation>черновик №%1</translation>
    </message>
    <message>
        <source>partially paid</source>
        <translation>частично оплачен</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выставлен</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>1st response</source>
        <translation>1-й ответ</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Остаток</translation>
    </message>
</context>
<context>
    <name>rapport::DunningExceptionDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>Path or link to the scanned letter</source>
        <translation>Путь или ссылка на скан письма</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>Дей&amp;ствует до</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>%1 promises to pay by a date. Escalation waits until then and resumes on the next working day if the debt is still open.</source>
        <translation>%1 обещает оплатить к дате. До неё взыскание ждёт и продолжится на следующий рабочий день, если долг не погашен.</translation>
    </message>
    <message>
        <source>&amp;Pay by:</source>
        <translation>&amp;Оплатить до:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Who promised, and how</source>
        <translation>Кто обещал и каким образом</translation>
    </message>
    <message>
        <source>A guarantee letter from %1 is on file. No escalation while it is, until it is lifted or its date passes.</source>
        <translation>От %1 получено гарантийное письмо. Пока оно действует — до отмены или до указанной даты, — взыскание не продвигается.</translation>
    </message>
    <message>
        <source>Hold the dunning of %1: no escalation until the hold is released. Only a team lead may hold, and the reason is kept.</source>
        <translation>Приостановить взыскание по %1: до снятия приостановки взыскание не продвигается. Приостановить может только руководитель группы; причина сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>Guarantee Letter</source>
        <translation>Гарантийное письмо</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;All files (*)</source>
        <translation>Документы (*.pdf *.jpg *.jpeg *.png *.doc *.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Give the path or link of the letter.</source>
        <translation>Укажите путь или ссылку на письмо.</translation>
    </message>
    <message>
        <source>Give the reason for the hold.</source>
        <translation>Укажите причину приостановки.</translation>
    </message>
</context>
<context>
    <name>rapport::DunningQueueModel</name>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (срок %2)</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 до %2</translation>
    </message>
    <message>
        <source>Overdue, no notice yet</source>
        <translation>Просрочено, уведомления ещё нет</translation>
    </message>
    <message>
        <source>Due and not yet taken: run dunning to record it.</source>
        <translation>Срок наступил, но шаг ещё не сделан: запустите взыскание, чтобы его провести.</translation>
    </message>
    <message>
        <source>The debt notice gives the client until %1 to pay.</source>
        <translation>По уведомлению о задолженности клиент должен оплатить до %1.</translation>
    </message>
    <message>
        <source>Business days are counted on the calendar "%1".</source>
        <translation>Рабочие дни считаются по календарю «%1».</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Client status</source>
        <translation>Статус клиента</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Исключение</translation>
    </message>
    <message>
        <source>On hold until the exception is lifted.</source>
        <translation>Приостановлено, пока действует исключение.</translation>
    </message>
    <message>
        <source>Formal claim to be sent</source>
        <translation>Претензия ожидает отправки</translation>
    </message>
    <message>
        <source>Debt notice to be sent</source>
        <translation>Уведомление ожидает отправки</translation>
    </message>
    <message>
        <source>Formal claim sent on %1</source>
        <translation>Претензия отправлена %1</translation>
    </message>
    <message>
        <source>Debt notice sent on %1</source>
        <translation>Уведомление отправлено %1</translation>
    </message>
    <message>
        <source>Waiting for its message</source>
        <translation>Ожидает отправки письма</translation>
    </message>
</context>
<context>
    <name>rapport::DunningQueuePage</name>
    <message>
        <source>&amp;Run Dunning Now</source>
        <translation>&amp;Запустить взыскание</translation>
    </message>
    <message>
        <source>Take every step due as of today: debt notices, suspensions after the notice deadline, claims, blocks, and restores after full payment.</source>
        <translation>Выполнить все шаги, срок которых наступил на сегодня: уведомления о задолженности, приостановки после истечения срока уведомления, претензии, блокировки и восстановление после полной оплаты.</translation>
    </message>
    <message>
        <source>&amp;Promise to Pay…</source>
        <translation>&amp;Обещание оплатить…</translation>
    </message>
    <message>
        <source>&amp;Guarantee Letter…</source>
        <translation>&amp;Гарантийное письмо…</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Приостановить…</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>Сн&amp;ять</translation>
    </message>
    <message>
        <source>Lift the client's promise, guarantee letter or hold today; escalation resumes.</source>
        <translation>Снять сегодня обещание оплатить, гарантийное письмо или приостановку клиента; взыскание продолжится.</translation>
    </message>
    <message>
        <source>As of %1. Clients with overdue debt: %2.</source>
        <translation>На %1. Клиентов с просроченной задолженностью: %2.</translation>
    </message>
    <message>
        <source>Steps due and not yet taken: %1.</source>
        <translation>Наступивших, но не выполненных шагов: %1.</translation>
    </message>
    <message>
        <source>Hold escalation with a reason until you release it.</source>
        <translation>Приостановить взыскание с указанием причины до снятия приостановки.</translation>
    </message>
    <message>
        <source>Only a team lead may hold dunning.</source>
        <translation>Приостановить взыскание может только руководитель группы.</translation>
    </message>
    <message>
        <source>No client has overdue debt.</source>
        <translation>Ни у одного клиента нет просроченной задолженности.</translation>
    </message>
    <message>
        <source>Select a client to see its steps and exceptions.</source>
        <translation>Выберите клиента, чтобы увидеть шаги и исключения.</translation>
    </message>
    <message>
        <source>overdue invoices: %1, the oldest due %2</source>
        <translation>просроченных счетов: %1, самый ранний срок оплаты %2</translation>
    </message>
    <message>
        <source>The debt notice gives until %1 to pay (business days on the calendar "%2").</source>
        <translation>По уведомлению о задолженности оплатить нужно до %1 (рабочие дни по календарю «%2»).</translation>
    </message>
    <message>
        <source>Steps taken:</source>
        <translation>Выполненные шаги:</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Run dunning as of %1? Steps due: %2. Debt notices, suspensions and the like are recorded, and suspended clients' work stops.</source>
        <translation>Запустить взыскание на %1? Наступивших шагов: %2. Уведомления о задолженности, приостановки и прочие шаги будут записаны, а работы по приостановленным клиентам остановятся.</translation>
    </message>
    <message>
        <source>Run dunning as of %1? No step looks due; the run checks every client again.</source>
        <translation>Запустить взыскание на %1? Наступивших шагов не видно; запуск заново проверит всех клиентов.</translation>
    </message>
    <message>
        <source>Run Dunning</source>
        <translation>Запуск взыскания</translation>
    </message>
    <message>
        <source>Running dunning as of %1…</source>
        <translation>Взыскание на %1…</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Dunning as of %1: steps taken: %2</source>
        <translation>Взыскание на %1: выполнено шагов: %2</translation>
    </message>
    <message>
        <source>Clients that could not be checked: %1.</source>
        <translation>Клиентов, которых не удалось проверить: %1.</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Запуск прерван.</translation>
    </message>
    <message>
        <source>%1 recorded for %2.</source>
        <translation>%1: записано для %2.</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Снять исключения</translation>
    </message>
    <message>
        <source>Lift the promise, guarantee letter or hold of %1 today? Escalation resumes on the next working day if the debt is still open.</source>
        <translation>Снять сегодня обещание оплатить, гарантийное письмо или приостановку по %1? Если долг не погашен, взыскание продолжится на следующий рабочий день.</translation>
    </message>
    <message>
        <source>Exceptions of %1 lifted: %2.</source>
        <translation>Снято исключений по %1: %2.</translation>
    </message>
    <message>
        <source>Dunning queue</source>
        <translation>Очередь взыскания</translation>
    </message>
    <message>
        <source>Mark &amp;Sent by the Team…</source>
        <translation>Отправлено &amp;командой…</translation>
    </message>
    <message>
        <source>The notice or claim waits for its message: record that the team handed it over itself, and when.</source>
        <translation>Уведомление или претензия ждёт отправки сообщения: отметьте, что команда передала его сама, и когда.</translation>
    </message>
    <message>
        <source>Nothing of this client waits for its message.</source>
        <translation>У этого клиента ничего не ждёт отправки сообщения.</translation>
    </message>
    <message>
        <source>%1 of %2 recorded as sent by the team.</source>
        <translation>%1 для %2 отмечено как отправленное командой.</translation>
    </message>
</context>
<context>
    <name>rapport::DunningSentDialog</name>
    <message>
        <source>Formal Claim Sent by the Team</source>
        <translation>Претензия отправлена командой</translation>
    </message>
    <message>
        <source>Debt Notice Sent by the Team</source>
        <translation>Уведомление отправлено командой</translation>
    </message>
    <message>
        <source>The formal claim to %1, decided on %2, is waiting for its message. Record that the team handed it over itself: the block then counts from that day, and a message still queued for it is cancelled.</source>
        <translation>Претензия клиенту %1, принятая %2, ждёт отправки сообщения. Отметьте, что команда передала её сама: блокировка будет отсчитываться от этого дня, а сообщение в очереди будет отменено.</translation>
    </message>
    <message>
        <source>The debt notice to %1, decided on %2, is waiting for its message. Record that the team handed it over itself: the 5 business days to pay then count from that day, and a message still queued for it is cancelled.</source>
        <translation>Уведомление о задолженности клиенту %1, принятое %2, ждёт отправки сообщения. Отметьте, что команда передала его сама: 5 рабочих дней на оплату будут отсчитываться от этого дня, а сообщение в очереди будет отменено.</translation>
    </message>
    <message>
        <source>Handed over &amp;on:</source>
        <translation>&amp;Дата передачи:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Как:</translation>
    </message>
    <message>
        <source>By courier against signature, in person, by registered mail…</source>
        <translation>Курьером под роспись, лично, заказным письмом…</translation>
    </message>
    <message>
        <source>&amp;Mark Sent</source>
        <translation>&amp;Отметить отправленным</translation>
    </message>
    <message>
        <source>Say how it was handed over.</source>
        <translation>Укажите, как он был передан.</translation>
    </message>
</context>
<context>
    <name>rapport::FlaggedClientsModel</name>
    <message>
        <source>review overdue since %1</source>
        <translation>встреча просрочена с %1</translation>
    </message>
    <message>
        <source>overdue tasks: %1</source>
        <translation>просроченных задач: %1</translation>
    </message>
    <message>
        <source>done late in 90 days: %1</source>
        <translation>с опозданием за 90 дней: %1</translation>
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
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffConditionsPage</name>
    <message>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>The client has no special conditions: nothing to acknowledge.</source>
        <translation>У клиента нет особых условий: подтверждать нечего.</translation>
    </message>
    <message>
        <source>Everything agreed with the client outside the contract. Acknowledge each condition you will keep.</source>
        <translation>Всё, что согласовано с клиентом вне договора. Подтвердите каждое условие, которое будете соблюдать.</translation>
    </message>
    <message>
        <source>Only the account manager receiving the client (%1) or a team lead can acknowledge these conditions.</source>
        <translation>Подтвердить эти условия может только аккаунт-менеджер, принимающий клиента (%1), или руководитель группы.</translation>
    </message>
    <message>
        <source>✔ %1, %2</source>
        <translation>✔ %1, %2</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Special Conditions</source>
        <translation>Особые условия</translation>
    </message>
    <message>
        <source>Special conditions</source>
        <translation>Особые условия</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffDialog</name>
    <message>
        <source>Items &amp;&amp; Scores</source>
        <translation>Пункты и оценки</translation>
    </message>
    <message>
        <source>Meeting &amp;&amp; Satisfaction</source>
        <translation>Встреча и удовлетворённость</translation>
    </message>
    <message>
        <source>Questions to Sales</source>
        <translation>Вопросы к продажам</translation>
    </message>
    <message>
        <source>Special Conditions</source>
        <translation>Особые условия</translation>
    </message>
    <message>
        <source>&amp;Complete Handoff</source>
        <translation>&amp;Завершить передачу</translation>
    </message>
    <message>
        <source>Handoff: %1</source>
        <translation>Передача: %1</translation>
    </message>
    <message>
        <source>Salesperson: %1  →  account manager: %2</source>
        <translation>Продавец: %1  →  аккаунт-менеджер: %2</translation>
    </message>
    <message>
        <source>Won on %1, completed on %2, in %3 days</source>
        <translation>Сделка %1, завершена %2, за %3 дн.</translation>
    </message>
    <message>
        <source>Completed by a team lead's override (%1): %2</source>
        <translation>Завершена решением руководителя группы (%1): %2</translation>
    </message>
    <message>
        <source>Won on %1, open for %2 days</source>
        <translation>Сделка %1, открыта %2 дн.</translation>
    </message>
    <message>
        <source>%1 of 5 items done</source>
        <translation>Выполнено пунктов: %1 из 5</translation>
    </message>
    <message>
        <source>Quality score: %1% (%2 of %3 points)</source>
        <translation>Оценка качества: %1 % (%2 из %3 баллов)</translation>
    </message>
    <message>
        <source>Quality score: not scored yet</source>
        <translation>Оценка качества: ещё не выставлена</translation>
    </message>
    <message>
        <source>The handoff is complete. Quality control can still score it.</source>
        <translation>Передача завершена. Отдел качества ещё может её оценить.</translation>
    </message>
    <message>
        <source>All five items are done: the handoff can be completed.</source>
        <translation>Все пять пунктов выполнены: передачу можно завершить.</translation>
    </message>
    <message>
        <source>Missing: %1. Only a team lead can complete the handoff now, with a reason.</source>
        <translation>Не выполнено: %1. Сейчас завершить передачу может только руководитель группы, указав причину.</translation>
    </message>
    <message>
        <source>Complete Handoff</source>
        <translation>Завершение передачи</translation>
    </message>
    <message>
        <source>These items are still missing: %1.

Finish them first, or ask a team lead: only a team lead can complete a handoff with items missing, and must give a reason.</source>
        <translation>Ещё не выполнены пункты: %1.

Сначала выполните их или обратитесь к руководителю группы: только он может завершить передачу с невыполненными пунктами, указав причину.</translation>
    </message>
    <message>
        <source>Items missing: %1.
Why complete the handoff anyway? The reason is recorded.</source>
        <translation>Не выполнены пункты: %1.
Почему передачу всё же нужно завершить? Причина будет сохранена.</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffItemsPage</name>
    <message>
        <source>Item</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>QC score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>QC comment</source>
        <translation>Комментарий отдела качества</translation>
    </message>
    <message>
        <source>Save &amp;Scores</source>
        <translation>Сохранить &amp;оценки</translation>
    </message>
    <message>
        <source>Everything learned in the sale is on the card: contract, contacts, tariff, people in charge.</source>
        <translation>Всё, что узнали при продаже, есть в карточке: договор, контакты, тариф, ответственные.</translation>
    </message>
    <message>
        <source>How sales introduced account management to the client, and who took the initiative.</source>
        <translation>Как продажи представили клиенту сопровождение и кто проявлял инициативу.</translation>
    </message>
    <message>
        <source>Everything agreed outside the contract is passed on and acknowledged by the account manager.</source>
        <translation>Всё согласованное вне договора передано и подтверждено аккаунт-менеджером.</translation>
    </message>
    <message>
        <source>Sales answers the account manager's questions instead of handing over and forgetting.</source>
        <translation>Продажи отвечают на вопросы аккаунт-менеджера, а не «передали и забыли».</translation>
    </message>
    <message>
        <source>The client does not feel passed along after signing.</source>
        <translation>У клиента нет ощущения, что после подписания его «спихнули».</translation>
    </message>
    <message>
        <source>What quality control saw</source>
        <translation>Что увидел отдел качества</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ выполнено</translation>
    </message>
    <message>
        <source>✘ missing</source>
        <translation>✘ не выполнено</translation>
    </message>
    <message>
        <source>Scored by %1</source>
        <translation>Оценил(а): %1</translation>
    </message>
    <message>
        <source>Score each item as seen live: 0 poor, 1 acceptable, 2 good.</source>
        <translation>Оцените каждый пункт по живому наблюдению: 0 — плохо, 1 — приемлемо, 2 — хорошо.</translation>
    </message>
    <message>
        <source>Only quality control or a team lead can score a handoff.</source>
        <translation>Оценивать передачу может только отдел качества или руководитель группы.</translation>
    </message>
    <message>
        <source>Score Handoff</source>
        <translation>Оценка передачи</translation>
    </message>
    <message>
        <source>QC score: %1</source>
        <translation>Оценка: %1</translation>
    </message>
    <message>
        <source>QC comment: %1</source>
        <translation>Комментарий отдела качества: %1</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffMeetingPage</name>
    <message>
        <source>Intro meeting with account management</source>
        <translation>Знакомственная встреча с сопровождением</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>A&amp;ttendees:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>Who took part, from the client and from our side</source>
        <translation>Кто участвовал со стороны клиента и с нашей стороны</translation>
    </message>
    <message>
        <source>Save &amp;Meeting</source>
        <translation>Сохранить &amp;встречу</translation>
    </message>
    <message>
        <source>Client satisfaction at the end of the handoff</source>
        <translation>Удовлетворённость клиента по итогам передачи</translation>
    </message>
    <message>
        <source>Does the client feel looked after, not passed along? 1 very unhappy, 5 very satisfied.</source>
        <translation>Чувствует ли клиент заботу, а не то, что его «спихнули»? 1 — очень недоволен, 5 — очень доволен.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>Save Sa&amp;tisfaction</source>
        <translation>Сохранить оценку &amp;клиента</translation>
    </message>
    <message>
        <source>Intro Meeting</source>
        <translation>Знакомственная встреча</translation>
    </message>
    <message>
        <source>Client Satisfaction</source>
        <translation>Удовлетворённость клиента</translation>
    </message>
    <message>
        <source>Choose how satisfied the client is, from 1 to 5.</source>
        <translation>Выберите, насколько доволен клиент, от 1 до 5.</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffQuestionsPage</name>
    <message>
        <source>Questions the account manager has for the salesperson. The item is done when every question is answered.</source>
        <translation>Вопросы аккаунт-менеджера к продавцу. Пункт выполнен, когда на все вопросы есть ответы.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Ask the salesperson…</source>
        <translation>Спросите продавца…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Спросить</translation>
    </message>
    <message>
        <source>Answer to the selected question</source>
        <translation>Ответ на выбранный вопрос</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>(no answer yet)</source>
        <translation>(ответа пока нет)</translation>
    </message>
    <message>
        <source>Questions to Sales</source>
        <translation>Вопросы к продажам</translation>
    </message>
    <message>
        <source>Questions to the salesperson</source>
        <translation>Вопросы к продавцу</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Новый вопрос</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>нет оценки</translation>
    </message>
    <message>
        <source>Days from the won deal to completion</source>
        <translation>Дней от сделки до завершения</translation>
    </message>
    <message>
        <source>Days since the deal was won</source>
        <translation>Дней с момента сделки</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Продавец</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <source>Age, days</source>
        <translation>Возраст, дн.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Прогресс</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>Оценка качества</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершена</translation>
    </message>
</context>
<context>
    <name>rapport::HandoffsView</name>
    <message>
        <source>A won deal is handed to account management: card complete, intro meeting held, special conditions acknowledged, questions answered, client satisfied. Quality control scores each item.</source>
        <translation>Заключённая сделка передаётся в сопровождение: карточка заполнена, знакомственная встреча проведена, особые условия подтверждены, вопросы закрыты, клиент доволен. Отдел качества оценивает каждый пункт.</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Продавец:</translation>
    </message>
    <message>
        <source>&amp;Account manager:</source>
        <translation>&amp;Аккаунт-менеджер:</translation>
    </message>
    <message>
        <source>Show &amp;completed</source>
        <translation>Показать &amp;завершённые</translation>
    </message>
    <message>
        <source>&amp;New Handoff…</source>
        <translation>&amp;Новая передача…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>No handoffs match the filters.</source>
        <translation>Нет передач по этим фильтрам.</translation>
    </message>
    <message>
        <source>No open handoffs. When a deal is won, start its handoff with New Handoff.</source>
        <translation>Открытых передач нет. Когда сделка заключена, начните передачу кнопкой «Новая передача».</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Передачи</translation>
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
        <translation>Использовано</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>rapport::HoursTodaySection</name>
    <message>
        <source>Clients running out of hours</source>
        <translation>Клиенты, у которых заканчиваются часы</translation>
    </message>
    <message>
        <source>None of your clients has used %1 % of this month's hours.</source>
        <translation>Никто из ваших клиентов не израсходовал %1 % часов этого месяца.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportFilePage</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 — не файл.</translation>
    </message>
    <message>
        <source>%1 is too large for a spreadsheet of clients.</source>
        <translation>Файл %1 слишком велик для таблицы клиентов.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns.</source>
        <translation>Файл пуст: в первой строке должны быть названия столбцов.</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Выберите таблицу</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Выбор таблицы</translation>
    </message>
    <message>
        <source>Clients or their contacts, one per row, saved as CSV.</source>
        <translation>Клиенты или их контакты, по одному в строке, сохранённые в CSV.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Save the sheet from Excel, LibreOffice or Google Sheets as &lt;b&gt;CSV&lt;/b&gt;. UTF-8 and Windows-1251 files, separated by commas, semicolons or tabs, are all recognized.&lt;/p&gt;&lt;p&gt;The first line names the columns, in English or Russian: &lt;i&gt;Legal name, Tax ID, Status, Manager, Contract number, Monthly fee…&lt;/i&gt; for clients; &lt;i&gt;Client, Contact, Email, Phone…&lt;/i&gt; for contacts. Rows that match an existing card (by tax ID, else by legal name) update it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Сохраните лист из Excel, LibreOffice или Google Таблиц в формате &lt;b&gt;CSV&lt;/b&gt;. Распознаются файлы в UTF-8 и Windows-1251 с разделителями «запятая», «точка с запятой» или «табуляция».&lt;/p&gt;&lt;p&gt;В первой строке — названия столбцов, на русском или английском: &lt;i&gt;Наименование, БИН, Статус, Менеджер, Номер договора, Абонентская плата…&lt;/i&gt; для клиентов; &lt;i&gt;Клиент, Контакт, Email, Телефон…&lt;/i&gt; для контактов. Строки, совпадающие с существующей карточкой (по налоговому номеру, иначе по юридическому названию), обновляют её.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
</context>
<context>
    <name>rapport::ImportMappingPage</name>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>Encoding: %1  ·  Delimiter: %2  ·  Data rows: %3</source>
        <translation>Кодировка: %1  ·  Разделитель: %2  ·  Строк данных: %3</translation>
    </message>
    <message>
        <source>The first %1 rows</source>
        <translation>Первые строки: %1</translation>
    </message>
    <message>
        <source>The rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>(column %1 without a name)</source>
        <translation>(столбец %1 без названия)</translation>
    </message>
    <message>
        <source>— ignore this column —</source>
        <translation>— пропустить столбец —</translation>
    </message>
    <message>
        <source>A column without a name is ignored; its cells must be empty.</source>
        <translation>Столбец без названия пропускается; его ячейки должны быть пустыми.</translation>
    </message>
    <message>
        <source>Not recognized: ignored unless you choose a field.</source>
        <translation>Не распознан: будет пропущен, если не выбрать поле.</translation>
    </message>
    <message>
        <source>No column is imported as "%1": choose one.</source>
        <translation>Ни один столбец не импортируется как «%1»: выберите его.</translation>
    </message>
    <message>
        <source>Two columns are imported as "%1".</source>
        <translation>Два столбца импортируются как «%1».</translation>
    </message>
    <message>
        <source>Contacts need a column with the client's tax ID or legal name.</source>
        <translation>Для контактов нужен столбец с налоговым номером или юридическим названием клиента.</translation>
    </message>
    <message>
        <source>The file cannot be read to the end: %1</source>
        <translation>Файл не удаётся прочитать до конца: %1</translation>
    </message>
    <message>
        <source>Check what will be imported</source>
        <translation>Проверьте, что будет импортировано</translation>
    </message>
    <message>
        <source>How Rapport reads the file, and which field each column becomes.</source>
        <translation>Как Rapport читает файл и каким полем станет каждый столбец.</translation>
    </message>
    <message>
        <source>Each row is:</source>
        <translation>Каждая строка —</translation>
    </message>
    <message>
        <source>a &amp;client</source>
        <translation>&amp;клиент</translation>
    </message>
    <message>
        <source>a c&amp;ontact of an existing client</source>
        <translation>к&amp;онтакт существующего клиента</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортируется как</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Первая строка</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Поле для столбца %1</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Строки файла</translation>
    </message>
</context>
<context>
    <name>rapport::ImportOptionsPage</name>
    <message>
        <source>%1: %2 rows of clients.</source>
        <translation>%1: строк с клиентами — %2.</translation>
    </message>
    <message>
        <source>%1: %2 rows of contacts.</source>
        <translation>%1: строк с контактами — %2.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>Как импортировать</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written.</source>
        <translation>Каждая строка проверяется до того, как что-либо будет записано.</translation>
    </message>
    <message>
        <source>&amp;Skip invalid rows and import the rest</source>
        <translation>П&amp;ропустить ошибочные строки и импортировать остальные</translation>
    </message>
    <message>
        <source>Without this, one invalid row stops the import and nothing is written: fix the file and import it again.</source>
        <translation>Без этого одна ошибочная строка останавливает импорт и ничего не записывается: исправьте файл и импортируйте его снова.</translation>
    </message>
    <message>
        <source>&amp;Dry run: only check the file and count what would change</source>
        <translation>Пробный &amp;запуск: только проверить файл и подсчитать изменения</translation>
    </message>
    <message>
        <source>Nothing is written. Afterwards, go back and import for real.</source>
        <translation>Ничего не записывается. Затем вернитесь и выполните импорт по-настоящему.</translation>
    </message>
</context>
<context>
    <name>rapport::ImportResultPage</name>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>The import did not finish; nothing was written: %1</source>
        <translation>Импорт не завершён, ничего не записано: %1</translation>
    </message>
    <message>
        <source>Checked: the file has problems; nothing would be imported.</source>
        <translation>Проверено: в файле есть ошибки, ничего не было бы импортировано.</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the problems below and import the file again, or choose to skip invalid rows.</source>
        <translation>Ничего не импортировано: исправьте ошибки ниже и импортируйте файл снова или включите пропуск ошибочных строк.</translation>
    </message>
    <message>
        <source>Checked: nothing was written. Go back to import for real.</source>
        <translation>Проверено, ничего не записано. Вернитесь назад, чтобы импортировать по-настоящему.</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Импорт завершён.</translation>
    </message>
    <message>
        <source>Import finished; the rows listed below were skipped.</source>
        <translation>Импорт завершён; перечисленные ниже строки пропущены.</translation>
    </message>
    <message>
        <source>Rows in the file: %1  ·  new: %2  ·  updated: %3  ·  unchanged: %4  ·  skipped: %5</source>
        <translation>Строк в файле: %1  ·  новых: %2  ·  обновлено: %3  ·  без изменений: %4  ·  пропущено: %5</translation>
    </message>
    <message>
        <source>&amp;Problems (%1):</source>
        <translation>&amp;Ошибки (%1):</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>What was imported, and each problem with its line and column.</source>
        <translation>Что импортировано, и каждая ошибка с номером строки и столбцом.</translation>
    </message>
    <message numerus="yes">
        <source>The service standard would be applied to %n new client(s) on a tariff.</source>
        <translation><numerusform>Стандарт обслуживания будет применён к %n новому клиенту с тарифом.</numerusform>
            <numerusform>Стандарт обслуживания будет применён к %n новым клиентам с тарифом.</numerusform>
            <numerusform>Стандарт обслуживания будет применён к %n новым клиентам с тарифом.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service standard was applied to %n new client(s) on a tariff.</source>
        <translation><numerusform>Стандарт обслуживания применён к %n новому клиенту с тарифом.</numerusform>
            <numerusform>Стандарт обслуживания применён к %n новым клиентам с тарифом.</numerusform>
            <numerusform>Стандарт обслуживания применён к %n новым клиентам с тарифом.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::InvoiceTableModel</name>
    <message>
        <source>Draft %1</source>
        <translation>Черновик %1</translation>
    </message>
    <message>
        <source>Days past the due date: %1</source>
        <translation>Дней после срока оплаты: %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Остаток</translation>
    </message>
</context>
<context>
    <name>rapport::InvoicesPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>Стат&amp;ус:</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Unpaid (issued or partially paid)</source>
        <translation>Неоплаченные (выставленные или частично оплаченные)</translation>
    </message>
    <message>
        <source>Search by client or invoice number…</source>
        <translation>Поиск по клиенту или номеру счёта…</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Только &amp;просроченные</translation>
    </message>
    <message>
        <source>&amp;Run Billing for Month…</source>
        <translation>&amp;Выставить счета за месяц…</translation>
    </message>
    <message>
        <source>Make the draft invoices and acts of a month from the hours logged, with a preview first.</source>
        <translation>Сформировать черновики счетов и актов за месяц по учтённым часам, сначала с предварительным расчётом.</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>В&amp;ыставить</translation>
    </message>
    <message>
        <source>Give the draft its number and due date; an issued invoice can no longer be changed.</source>
        <translation>Присвоить черновику номер и срок оплаты; выставленный счёт изменить уже нельзя.</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>А&amp;ннулировать…</translation>
    </message>
    <message>
        <source>Cancel a draft, or an issued invoice nothing has been paid on, with a reason.</source>
        <translation>Аннулировать черновик или выставленный счёт, по которому ничего не оплачено, с указанием причины.</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>Провести &amp;оплату…</translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation>Открыть P&amp;DF</translation>
    </message>
    <message>
        <source>Save PD&amp;F…</source>
        <translation>Сохранить PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Act PDF</source>
        <translation>&amp;Акт PDF</translation>
    </message>
    <message>
        <source>The act (completion certificate) of the client's month, listing the work by ticket.</source>
        <translation>Акт выполненных работ клиента за месяц с перечнем работ по заявкам.</translation>
    </message>
    <message>
        <source>Open Act</source>
        <translation>Открыть акт</translation>
    </message>
    <message>
        <source>Save Act…</source>
        <translation>Сохранить акт…</translation>
    </message>
    <message>
        <source>Invoices: %1</source>
        <translation>Счетов: %1</translation>
    </message>
    <message>
        <source>Issue invoice %1 to %2 for %3? It gets the next number and a due date and can no longer be changed.</source>
        <translation>Выставить счёт %1 клиенту %2 на сумму %3? Он получит следующий номер и срок оплаты, и изменить его будет нельзя.</translation>
    </message>
    <message>
        <source>Issue Invoice</source>
        <translation>Выставление счёта</translation>
    </message>
    <message>
        <source>Invoice %1 issued to %2, due %3.</source>
        <translation>Счёт %1 выставлен клиенту %2, оплатить до %3.</translation>
    </message>
    <message>
        <source>Invoice %1 cancelled: %2</source>
        <translation>Счёт %1 аннулирован: %2</translation>
    </message>
    <message>
        <source>Invoice %1 is paid in full.</source>
        <translation>Счёт %1 оплачен полностью.</translation>
    </message>
    <message>
        <source>Payment recorded on invoice %1; %2 is still outstanding.</source>
        <translation>Оплата по счёту %1 проведена; осталось оплатить %2.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Search invoices</source>
        <translation>Поиск счетов</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
</context>
<context>
    <name>rapport::LogCallDialog</name>
    <message>
        <source>Log a call</source>
        <translation>Запись звонка</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>К&amp;огда:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Содержание:</translation>
    </message>
    <message>
        <source>What was discussed and agreed</source>
        <translation>Что обсудили и о чём договорились</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Записать</translation>
    </message>
</context>
<context>
    <name>rapport::MailSettingsBox</name>
    <message>
        <source>Mail is not configured: the outbox keeps its messages until it is.</source>
        <translation>Почта не настроена: исходящие письма ждут, пока её не настроят.</translation>
    </message>
    <message>
        <source>Messages are written as .eml files to %1.</source>
        <translation>Письма сохраняются файлами .eml в %1.</translation>
    </message>
    <message>
        <source>without a login</source>
        <translation>без входа</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>как %1</translation>
    </message>
    <message>
        <source>Messages go through %1:%2 (%3) %4, from %5.</source>
        <translation>Письма отправляются через %1:%2 (%3) %4, от %5.</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Configure mail…</source>
        <translation>Настроить почту…</translation>
    </message>
    <message>
        <source>The SMTP server or the .eml folder the outbox delivers through</source>
        <translation>SMTP-сервер или папка .eml, через которые отправляются исходящие</translation>
    </message>
</context>
<context>
    <name>rapport::MailSettingsDialog</name>
    <message>
        <source>CA certificate</source>
        <translation>Сертификат УЦ</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты PEM (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Folder for .eml files</source>
        <translation>Папка для файлов .eml</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>Send through an SMTP server</source>
        <translation>Отправлять через SMTP-сервер</translation>
    </message>
    <message>
        <source>Write .eml files to a folder</source>
        <translation>Сохранять файлы .eml в папку</translation>
    </message>
    <message>
        <source>For sending from your own mail client: each message becomes a file to open there.</source>
        <translation>Для отправки из своего почтового клиента: каждое письмо сохраняется файлом, который можно открыть в нём.</translation>
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
        <translation>Защита:</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (порт 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS с начала соединения (порт 465)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Нет (без шифрования)</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>empty: the server needs no login</source>
        <translation>пусто: сервер не требует входа</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Сертификат УЦ:</translation>
    </message>
    <message>
        <source>empty: the system's trusted certificates</source>
        <translation>пусто: доверенные сертификаты системы</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose a CA certificate</source>
        <translation>Выбрать сертификат УЦ</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Choose the folder for .eml files</source>
        <translation>Выбрать папку для файлов .eml</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Адрес отправителя:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Имя отправителя:</translation>
    </message>
    <message>
        <source>e.g. your company's name</source>
        <translation>например, название вашей компании</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Отправить тестовое письмо</translation>
    </message>
    <message>
        <source>Sends a short message to the sender address with these settings</source>
        <translation>Отправляет короткое письмо на адрес отправителя с этими настройками</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>A password for this login is in the keychain. Type a new one to replace it.</source>
        <translation>Пароль для этого логина есть в хранилище паролей. Введите новый, чтобы заменить его.</translation>
    </message>
    <message>
        <source>The password is kept in memory until Rapport closes (no keychain).</source>
        <translation>Пароль хранится в памяти до закрытия Rapport (хранилища паролей нет).</translation>
    </message>
    <message>
        <source>RAPPORT_SMTP_PASSWORD is set: it is used instead of the keychain.</source>
        <translation>Задана переменная RAPPORT_SMTP_PASSWORD: используется она, а не хранилище паролей.</translation>
    </message>
    <message>
        <source>The password is kept in the keychain of your system, not in Rapport's settings.</source>
        <translation>Пароль хранится в системном хранилище паролей, а не в настройках Rapport.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>The password is kept in memory until Rapport closes.</source>
        <translation>Пароль хранится в памяти до закрытия Rapport.</translation>
    </message>
    <message>
        <source>A test message needs the server and the sender address.</source>
        <translation>Для тестового письма нужны сервер и адрес отправителя.</translation>
    </message>
    <message>
        <source>Rapport: test message</source>
        <translation>Rapport: тестовое письмо</translation>
    </message>
    <message>
        <source>This message was sent by Rapport to check the mail settings on %1.</source>
        <translation>Это письмо отправлено Rapport %1 для проверки настроек почты.</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Отправляется тестовое письмо на %1…</translation>
    </message>
    <message>
        <source>The test message was sent to %1.</source>
        <translation>Тестовое письмо отправлено на %1.</translation>
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
        <translation>Новая &amp;заявка…</translation>
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
        <source>Team database: %1 (%2)</source>
        <translation>Командная база данных: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Database…</source>
        <translation>&amp;Подключиться к командной базе…</translation>
    </message>
    <message>
        <source>Updated from another desk (%1)</source>
        <translation>Обновлено с другого рабочего места (%1)</translation>
    </message>
    <message>
        <source>Team database: %1 (%2), live updates</source>
        <translation>Командная база данных: %1 (%2), обновления в реальном времени</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигация</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Operations console for service providers with clients on subscription.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;Schema version %4&lt;br&gt;Database: %5&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;&lt;p&gt;Built on: Qt (LGPL 3), SQLite (public domain), libpq of PostgreSQL (PostgreSQL License), libcurl (curl licence, MIT-style), libical (MPL 2.0 or LGPL 2.1), QtKeychain (modified BSD licence), DejaVu fonts (free licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Операционная консоль для сервисных компаний с клиентами на абонентском обслуживании.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;br&gt;Версия схемы %4&lt;br&gt;База данных: %5&lt;/p&gt;&lt;p&gt;Распространяется по лицензии GNU GPL версии 3 или более поздней.&lt;/p&gt;&lt;p&gt;Используются: Qt (LGPL 3), SQLite (общественное достояние), libpq из PostgreSQL (лицензия PostgreSQL), libcurl (лицензия curl, типа MIT), libical (MPL 2.0 или LGPL 2.1), QtKeychain (модифицированная лицензия BSD), шрифты DejaVu (свободная лицензия).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::ManagerTableModel</name>
    <message>
        <source>Clients without a manager</source>
        <translation>Клиенты без менеджера</translation>
    </message>
    <message>
        <source>Business hours to the first response on the SLA clock; double-click a row for the tickets, slowest first.</source>
        <translation>Рабочие часы до первого ответа по часам SLA; двойной щелчок по строке — заявки, сначала самые медленные.</translation>
    </message>
    <message>
        <source>Met ÷ (met + breached); tickets still inside their target count in neither.</source>
        <translation>Соблюдено ÷ (соблюдено + нарушено); заявки, ещё укладывающиеся в цель, не учитываются.</translation>
    </message>
    <message>
        <source>Open tickets with a target already breached.</source>
        <translation>Открытые заявки с уже нарушенной целью.</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушен SLA</translation>
    </message>
    <message>
        <source>1st response, median</source>
        <translation>1-й ответ, медиана</translation>
    </message>
    <message>
        <source>1st response, p90</source>
        <translation>1-й ответ, p90</translation>
    </message>
    <message>
        <source>Response SLA</source>
        <translation>SLA ответа</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>Решение, медиана</translation>
    </message>
    <message>
        <source>Resolution SLA</source>
        <translation>SLA решения</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Завершение</translation>
    </message>
    <message>
        <source>Liked</source>
        <translation>Понравилось</translation>
    </message>
</context>
<context>
    <name>rapport::NewHandoffDialog</name>
    <message>
        <source>New Handoff</source>
        <translation>Новая передача</translation>
    </message>
    <message>
        <source>&amp;Find client:</source>
        <translation>&amp;Найти клиента:</translation>
    </message>
    <message>
        <source>Name or tax id</source>
        <translation>Название или налоговый номер</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Salesperson:</source>
        <translation>&amp;Продавец:</translation>
    </message>
    <message>
        <source>&amp;Account manager:</source>
        <translation>&amp;Аккаунт-менеджер:</translation>
    </message>
    <message>
        <source>Deal &amp;won on:</source>
        <translation>Дата &amp;сделки:</translation>
    </message>
    <message>
        <source>&amp;Start Handoff</source>
        <translation>На&amp;чать передачу</translation>
    </message>
    <message>
        <source>Choose the client whose deal was won.</source>
        <translation>Выберите клиента, с которым заключена сделка.</translation>
    </message>
</context>
<context>
    <name>rapport::NewTicketDialog</name>
    <message>
        <source>Choose the client who asks.</source>
        <translation>Выберите клиента, который обращается.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Нет клиента, подходящего под «%1».</translation>
    </message>
    <message>
        <source>Several clients match “%1”: choose one from the list.</source>
        <translation>Под «%1» подходят несколько клиентов: выберите одного из списка.</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>(не указан)</translation>
    </message>
    <message>
        <source>Say in a few words what the client asks for.</source>
        <translation>Кратко опишите, о чём просит клиент.</translation>
    </message>
    <message>
        <source>Ticket #%1 recorded.</source>
        <translation>Заявка №%1 зарегистрирована.</translation>
    </message>
    <message>
        <source>New Ticket</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>Record the request while the client is on the line. Enter creates the ticket; in the description, Ctrl+Enter.</source>
        <translation>Зарегистрируйте обращение, пока клиент на линии. Enter создаёт заявку; в описании — Ctrl+Enter.</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>К&amp;лиент:</translation>
    </message>
    <message>
        <source>Type a name, tax id or contact…</source>
        <translation>Введите название, БИН/ИНН или контакт…</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>К&amp;онтакт:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ка&amp;нал:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>What the client asks for, in a few words</source>
        <translation>Кратко: о чём просит клиент</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Details as the client tells them</source>
        <translation>Подробности со слов клиента</translation>
    </message>
    <message>
        <source>&amp;Create Ticket</source>
        <translation>&amp;Создать заявку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <source>A&amp;greed deadline:</source>
        <translation>Со&amp;гласованный срок:</translation>
    </message>
</context>
<context>
    <name>rapport::ObligationRuleDialog</name>
    <message>
        <source>Edit Obligation</source>
        <translation>Изменить обязательство</translation>
    </message>
    <message>
        <source>New Obligation</source>
        <translation>Новое обязательство</translation>
    </message>
    <message>
        <source>The client's account manager</source>
        <translation>Аккаунт-менеджер клиента</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Required for a custom obligation</source>
        <translation>Обязательно для своего обязательства</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Working day N:</source>
        <translation>&amp;Рабочий день N:</translation>
    </message>
    <message>
        <source>&amp;Day D of the month:</source>
        <translation>&amp;День месяца D:</translation>
    </message>
    <message>
        <source>The N-th working day of the due month on the client's calendar.</source>
        <translation>N-й рабочий день месяца срока по календарю клиента.</translation>
    </message>
    <message>
        <source>Day D of the due month; when it is a day off, the previous working day.</source>
        <translation>День D месяца срока; если это выходной — предыдущий рабочий день.</translation>
    </message>
    <message>
        <source>&amp;Months after the period:</source>
        <translation>&amp;Месяцев после периода:</translation>
    </message>
    <message>
        <source>0 — the period's last month</source>
        <translation>0 — последний месяц периода</translation>
    </message>
    <message>
        <source>1: due in the month after the period (a report for March is due in April).</source>
        <translation>1: срок в месяце после периода (отчёт за март — в апреле).</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>&amp;Starts with the period of:</source>
        <translation>&amp;Начиная с периода:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>%1 for %2 is due on %3 (calendar: %4).</source>
        <translation>%1 за %2 — срок %3 (календарь: %4).</translation>
    </message>
    <message>
        <source>No working day to put the task on in calendar %1.</source>
        <translation>В календаре %1 нет рабочего дня для этой задачи.</translation>
    </message>
    <message>
        <source>A custom obligation needs a title.</source>
        <translation>Для своего обязательства нужно название.</translation>
    </message>
</context>
<context>
    <name>rapport::ObligationRulesPage</name>
    <message>
        <source>Search clients</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <source>Apply Service standard &amp;preset…</source>
        <translation>Применить &amp;шаблон «Стандарт обслуживания»…</translation>
    </message>
    <message>
        <source>R&amp;un obligations</source>
        <translation>&amp;Запустить обязательства</translation>
    </message>
    <message>
        <source>Create the tasks of every period that has begun, for every client; running it again adds nothing.</source>
        <translation>Создать задачи всех начавшихся периодов для всех клиентов; повторный запуск ничего не добавляет.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Archi&amp;ve</source>
        <translation>В &amp;архив</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Обязательство</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <source>Reviews with this client</source>
        <translation>Встречи с этим клиентом</translation>
    </message>
    <message>
        <source>Periodic review every</source>
        <translation>Плановая встреча каждые</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Годовое ревью</translation>
    </message>
    <message>
        <source>counted &amp;from:</source>
        <translation>&amp;отсчёт от:</translation>
    </message>
    <message>
        <source>Save &amp;cadence</source>
        <translation>Сохранить &amp;график</translation>
    </message>
    <message>
        <source>Clients selected: %1. Apply the preset to them with the button above.</source>
        <translation>Выбрано клиентов: %1. Примените к ним шаблон кнопкой выше.</translation>
    </message>
    <message>
        <source>Reviews are counted from the contract start unless you choose another date; holding a review schedules the next one.</source>
        <translation>Встречи отсчитываются от начала договора, если не выбрана другая дата; проведённая встреча назначает следующую.</translation>
    </message>
    <message>
        <source>Choose a client</source>
        <translation>Выберите клиента</translation>
    </message>
    <message>
        <source>%1: no obligations yet</source>
        <translation>%1: обязательств пока нет</translation>
    </message>
    <message>
        <source>Obligations of %1</source>
        <translation>Обязательства: %1</translation>
    </message>
    <message>
        <source>Added by the %1 preset</source>
        <translation>Добавлено шаблоном «%1»</translation>
    </message>
    <message>
        <source>The client's account manager</source>
        <translation>Аккаунт-менеджер клиента</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (просрочено: %2)</translation>
    </message>
    <message>
        <source>Review cadence saved. Schedule reviews in the Reviews view to give the client its next review.</source>
        <translation>График встреч сохранён. Назначьте встречи в разделе «Встречи-обзоры», чтобы у клиента появилась следующая.</translation>
    </message>
    <message>
        <source>Archive Obligation</source>
        <translation>Обязательство в архив</translation>
    </message>
    <message>
        <source>Stop “%1” for this client? Tasks already created stay; no new ones are made.</source>
        <translation>Прекратить «%1» для этого клиента? Созданные задачи останутся, новых не будет.</translation>
    </message>
    <message>
        <source>Apply Service Standard</source>
        <translation>Применить стандарт обслуживания</translation>
    </message>
    <message>
        <source>The %1 preset sets up the regulation for a client:</source>
        <translation>Шаблон «%1» настраивает регламент клиента:</translation>
    </message>
    <message>
        <source>Obligations a client already has are kept; a removed one is not added again. Then the obligation tasks are created and the reviews scheduled.</source>
        <translation>Имеющиеся обязательства клиента сохраняются; удалённые не добавляются снова. Затем создаются задачи и назначаются встречи.</translation>
    </message>
    <message>
        <source>Selected clients (%1)</source>
        <translation>Выбранные клиенты (%1)</translation>
    </message>
    <message>
        <source>All active clients</source>
        <translation>Все активные клиенты</translation>
    </message>
    <message>
        <source>Applying the Service standard…</source>
        <translation>Применение стандарта обслуживания…</translation>
    </message>
    <message>
        <source>Service standard applied. Clients: %1; obligations added: %2; review cadences set: %3; tasks created: %4; reviews scheduled: %5.</source>
        <translation>Стандарт обслуживания применён. Клиентов: %1; добавлено обязательств: %2; графиков встреч: %3; создано задач: %4; назначено встреч: %5.</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Проблемы: %1</translation>
    </message>
    <message>
        <source>Creating obligation tasks…</source>
        <translation>Создание задач по обязательствам…</translation>
    </message>
    <message>
        <source>Obligations run. New tasks: %1; active obligations: %2.</source>
        <translation>Обязательства обработаны. Новых задач: %1; активных обязательств: %2.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Obligation rules</source>
        <translation>Правила обязательств</translation>
    </message>
    <message>
        <source>Months between periodic reviews</source>
        <translation>Месяцев между плановыми встречами</translation>
    </message>
</context>
<context>
    <name>rapport::OutboxModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>Ждёт согласования</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправляется</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(нет адреса)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>No outbox message with id %1.</source>
        <translation>В исходящих нет сообщения с номером %1.</translation>
    </message>
    <message>
        <source>Message %1 is %2 and needs no approval.</source>
        <translation>Сообщение %1 в состоянии %2 и не требует согласования.</translation>
    </message>
    <message>
        <source>Message %1 is %2: too late to cancel.</source>
        <translation>Сообщение %1 в состоянии %2: отменить уже нельзя.</translation>
    </message>
    <message>
        <source>Message %1 is %2, not failed.</source>
        <translation>Сообщение %1 в состоянии %2, а не «ошибка».</translation>
    </message>
    <message>
        <source>Message %1 has no recipient address.</source>
        <translation>У сообщения %1 нет адреса получателя.</translation>
    </message>
    <message>
        <source>Interrupted while sending; check whether it arrived before retrying.</source>
        <translation>Отправка прервалась; прежде чем повторить, проверьте, не дошло ли письмо.</translation>
    </message>
    <message>
        <source>To %1 &lt;%2&gt;</source>
        <translation>Кому: %1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::OutboxView</name>
    <message>
        <source>All messages</source>
        <translation>Все сообщения</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Ждёт согласования</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Run automation now</source>
        <translation>Запустить автоматизацию</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <source>Approve the selected message for sending (Ctrl+Enter)</source>
        <translation>Согласовать отправку выбранного сообщения (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Approve all</source>
        <translation>Согласовать все</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Cancel message</source>
        <translation>Отменить сообщение</translation>
    </message>
    <message>
        <source>The outbox is empty. Automation rules queue messages here: run them with Run automation now or rapport-cli automation run.</source>
        <translation>Исходящих нет. Сюда сообщения ставят правила автоматизации: запустите их кнопкой «Запустить автоматизацию» или командой rapport-cli automation run.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n сообщение</numerusform>
            <numerusform>%n сообщения</numerusform>
            <numerusform>%n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>To: %1 &lt;%2&gt;</source>
        <translation>Кому: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>State: %1, attempts: %2</source>
        <translation>Состояние: %1, попыток: %2</translation>
    </message>
    <message>
        <source>Next attempt: %1</source>
        <translation>Следующая попытка: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) approved</source>
        <translation><numerusform>%n сообщение согласовано</numerusform>
            <numerusform>%n сообщения согласованы</numerusform>
            <numerusform>%n сообщений согласовано</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 approved</source>
        <translation>Сообщение %1 согласовано</translation>
    </message>
    <message>
        <source>Message %1 will be sent again</source>
        <translation>Сообщение %1 будет отправлено повторно</translation>
    </message>
    <message>
        <source>Message %1 cancelled</source>
        <translation>Сообщение %1 отменено</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued</source>
        <translation><numerusform>%n сообщение поставлено в очередь</numerusform>
            <numerusform>%n сообщения поставлены в очередь</numerusform>
            <numerusform>%n сообщений поставлено в очередь</numerusform>
        </translation>
    </message>
    <message>
        <source>Show messages</source>
        <translation>Показать сообщения</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Message preview</source>
        <translation>Просмотр сообщения</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Отправить сейчас</translation>
    </message>
    <message>
        <source>Send the approved and due messages now (Ctrl+Shift+S)</source>
        <translation>Отправить одобренные письма, срок которых наступил (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Mail is not configured yet: Settings → Mail → Configure mail…</source>
        <translation>Почта ещё не настроена: Настройки → Почта → Настроить почту…</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Пароль SMTP</translation>
    </message>
    <message>
        <source>Password of %1 at %2 (kept in memory until Rapport closes):</source>
        <translation>Пароль %1 на %2 (хранится в памяти до закрытия Rapport):</translation>
    </message>
    <message>
        <source>Sending mail…</source>
        <translation>Отправка почты…</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent</source>
        <translation><numerusform>%n письмо отправлено</numerusform>
            <numerusform>%n письма отправлено</numerusform>
            <numerusform>%n писем отправлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation><numerusform>%n не отправлено: %1</numerusform>
            <numerusform>%n не отправлено: %1</numerusform>
            <numerusform>%n не отправлено: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::PaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation>Проведение оплаты</translation>
    </message>
    <message>
        <source>Payment &amp;date:</source>
        <translation>&amp;Дата оплаты:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Основание:</translation>
    </message>
    <message>
        <source>Bank statement or payment order number</source>
        <translation>Номер выписки или платёжного поручения</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Invoice %1 to %2: total %3, paid %4, outstanding %5.</source>
        <translation>Счёт %1 клиенту %2: всего %3, оплачено %4, остаток %5.</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Введите сумму оплаты.</translation>
    </message>
    <message>
        <source>Enter an amount such as %1.</source>
        <translation>Введите сумму, например %1.</translation>
    </message>
</context>
<context>
    <name>rapport::RegulationEditor</name>
    <message>
        <source>Service Regulation</source>
        <translation>Регламент обслуживания</translation>
    </message>
    <message>
        <source>Service regulation</source>
        <translation>Регламент обслуживания</translation>
    </message>
    <message>
        <source>Fixed deadlines for every client: reports, closing documents, payroll and payslips, audits and reviews, each task with one owner and a due date; standard workflows for new requests, kickoffs, ongoing work and completion.</source>
        <translation>Фиксированные сроки для каждого клиента: отчёты, закрывающие документы, зарплата и расчётные листы, аудит и встречи — у каждой задачи один ответственный и срок; стандартные процессы для новых обращений, запуска, текущей работы и завершения.</translation>
    </message>
    <message>
        <source>&amp;Obligations and reviews</source>
        <translation>&amp;Обязательства и встречи</translation>
    </message>
    <message>
        <source>&amp;Workflow templates</source>
        <translation>&amp;Шаблоны процессов</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Задачи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Workflow &amp;runs</source>
        <translation>&amp;Ход выполнения</translation>
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
        <translation>Применять стандарт обслуживания к каждому новому клиенту с тарифом</translation>
    </message>
    <message>
        <source>A client added by hand, imported or made by the demo with a tariff gets the "%1" preset: %2</source>
        <translation>Клиент с тарифом, добавленный вручную, импортированный или созданный демо-данными, получает шаблон «%1»: %2</translation>
    </message>
</context>
<context>
    <name>rapport::RegulationTodaySections</name>
    <message>
        <source>My overdue tasks</source>
        <translation>Мои просроченные задачи</translation>
    </message>
    <message>
        <source>No overdue task: every obligation met so far.</source>
        <translation>Просроченных задач нет: все обязательства выполняются.</translation>
    </message>
    <message>
        <source>My tasks due this week</source>
        <translation>Мои задачи на этой неделе</translation>
    </message>
    <message>
        <source>Nothing else is due this week.</source>
        <translation>На этой неделе больше ничего не запланировано.</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Просроченные встречи</translation>
    </message>
    <message>
        <source>Every review of your clients was held on time.</source>
        <translation>Все встречи с вашими клиентами проведены вовремя.</translation>
    </message>
    <message>
        <source>Reviews in the next 30 days</source>
        <translation>Встречи в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>No review of your clients in the next 30 days.</source>
        <translation>В ближайшие 30 дней встреч с вашими клиентами нет.</translation>
    </message>
    <message>
        <source>Flagged clients</source>
        <translation>Клиенты под вниманием</translation>
    </message>
    <message>
        <source>No client of yours has an overdue review or late tasks.</source>
        <translation>Ни у одного вашего клиента нет просроченных встреч или задач.</translation>
    </message>
    <message>
        <source>Team: overdue tasks</source>
        <translation>Команда: просроченные задачи</translation>
    </message>
    <message>
        <source>No overdue task in the team: every obligation met so far.</source>
        <translation>В команде просроченных задач нет: все обязательства выполняются.</translation>
    </message>
    <message>
        <source>Team: overdue reviews</source>
        <translation>Команда: просроченные встречи</translation>
    </message>
    <message>
        <source>Every review of the team's clients was held on time.</source>
        <translation>Все встречи с клиентами команды проведены вовремя.</translation>
    </message>
</context>
<context>
    <name>rapport::ReviewChangeDialog</name>
    <message>
        <source>Reschedule Review</source>
        <translation>Перенос встречи</translation>
    </message>
    <message>
        <source>Cancel Review</source>
        <translation>Отмена встречи</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Новая дата:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Причина (обязательно):</translation>
    </message>
    <message>
        <source>Why the review is moved, for example: the client's CFO is on leave</source>
        <translation>Почему встреча переносится, например: финансовый директор клиента в отпуске</translation>
    </message>
    <message>
        <source>Why the review is cancelled, for example: the contract is paused</source>
        <translation>Почему встреча отменяется, например: договор приостановлен</translation>
    </message>
    <message>
        <source>&amp;Move review</source>
        <translation>&amp;Перенести встречу</translation>
    </message>
    <message>
        <source>Cancel &amp;review</source>
        <translation>&amp;Отменить встречу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <source>This review no longer exists.</source>
        <translation>Этой встречи больше нет.</translation>
    </message>
    <message>
        <source>%1 with %2, now scheduled for %3. The reason is kept on the client's timeline.</source>
        <translation>%1 с клиентом %2, сейчас назначено на %3. Причина сохранится в ленте событий клиента.</translation>
    </message>
    <message>
        <source>%1 with %2, scheduled for %3, will be cancelled. The reason is kept on the client's timeline.</source>
        <translation>%1 с клиентом %2, назначенное на %3, будет отменено. Причина сохранится в ленте событий клиента.</translation>
    </message>
</context>
<context>
    <name>rapport::ReviewDialog</name>
    <message>
        <source>This review no longer exists.</source>
        <translation>Этой встречи больше нет.</translation>
    </message>
    <message>
        <source>Review — %1</source>
        <translation>Встреча-обзор — %1</translation>
    </message>
    <message>
        <source>Date &amp;held:</source>
        <translation>Дата &amp;проведения:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>Who took part, from the client and from our side</source>
        <translation>Кто участвовал со стороны клиента и с нашей стороны</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Прогресс:</translation>
    </message>
    <message>
        <source>What was done since the last review</source>
        <translation>Что сделано с прошлой встречи</translation>
    </message>
    <message>
        <source>Problems &amp;found:</source>
        <translation>Найденные &amp;проблемы:</translation>
    </message>
    <message>
        <source>Mistakes and problems found, in plain words</source>
        <translation>Найденные ошибки и проблемы простыми словами</translation>
    </message>
    <message>
        <source>Client's &amp;satisfaction:</source>
        <translation>&amp;Удовлетворённость клиента:</translation>
    </message>
    <message>
        <source>How satisfied the client is, in their words</source>
        <translation>Насколько клиент доволен — его словами</translation>
    </message>
    <message>
        <source>Remediation plan</source>
        <translation>План исправления</translation>
    </message>
    <message>
        <source>Each problem gets an action item with one owner and a due date. Double-click a cell to edit it.</source>
        <translation>Для каждой проблемы — пункт плана с одним ответственным и сроком. Дважды щёлкните ячейку, чтобы изменить её.</translation>
    </message>
    <message>
        <source>&amp;Add action item</source>
        <translation>&amp;Добавить пункт</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no account manager</source>
        <translation>нет аккаунт-менеджера</translation>
    </message>
    <message>
        <source>Scheduled for %1 · Account manager: %2</source>
        <translation>Назначена на %1 · Аккаунт-менеджер: %2</translation>
    </message>
    <message>
        <source>Held on %1</source>
        <translation>Проведена %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Просрочена с %1</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Назначена</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Hold review</source>
        <translation>&amp;Провести встречу</translation>
    </message>
    <message>
        <source>Save the corrections (Ctrl+S)</source>
        <translation>Сохранить исправления (Ctrl+S)</translation>
    </message>
    <message>
        <source>Record the review as held and schedule the next one (Ctrl+S)</source>
        <translation>Записать встречу как проведённую и назначить следующую (Ctrl+S)</translation>
    </message>
    <message>
        <source>Review held. Next review: %1 on %2.</source>
        <translation>Встреча проведена. Следующая: %1, %2.</translation>
    </message>
    <message>
        <source>Holding this review schedules the next one: %1 on %2.</source>
        <translation>После проведения будет назначена следующая встреча: %1, %2.</translation>
    </message>
    <message>
        <source>The client has no review cadence: no next review will be scheduled.</source>
        <translation>У клиента нет графика встреч: следующая встреча не будет назначена.</translation>
    </message>
    <message>
        <source>Enter the date the review was held.</source>
        <translation>Укажите дату проведения ревью.</translation>
    </message>
    <message>
        <source>A review cannot be held in the future.</source>
        <translation>Встречу нельзя провести в будущем.</translation>
    </message>
    <message>
        <source>Enter who attended the review.</source>
        <translation>Укажите, кто участвовал во встрече.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The review has changes that are not saved. Save them?</source>
        <translation>Во встрече есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Prepare &amp;pack</source>
        <translation>Подготовить &amp;материалы</translation>
    </message>
    <message>
        <source>Write the review pack for the client: tickets, SLA, feedback, hours, invoices, obligations and the last plan, as a PDF in the client's language (Ctrl+Shift+P)</source>
        <translation>Подготовить материалы встречи для клиента: обращения, SLA, отзывы, часы, счета, обязательства и прошлый план — в PDF на языке клиента (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The review pack could not be prepared: %1</source>
        <translation>Не удалось подготовить материалы встречи: %1</translation>
    </message>
    <message>
        <source>Review pack ready (%1 s): &lt;a href="%2"&gt;%3&lt;/a&gt;</source>
        <translation>Материалы встречи готовы (%1 с): &lt;a href="%2"&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
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
        <translation>Нет ревью с номером %1.</translation>
    </message>
    <message>
        <source>The period needs a start date on or before its end date.</source>
        <translation>Начало периода должно быть не позже его конца.</translation>
    </message>
    <message>
        <source>The document language is ru, kk or en, not "%1".</source>
        <translation>Язык документа — ru, kk или en, а не «%1».</translation>
    </message>
    <message>
        <source>No client with id %1.</source>
        <translation>Нет клиента с id %1.</translation>
    </message>
    <message>
        <source>Ticket %1 cannot be read.</source>
        <translation>Не удалось прочитать обращение %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ReviewTableModel</name>
    <message>
        <source>Held %1</source>
        <translation>Проведена %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Overdue %1 d</source>
        <translation>Просрочено на %1 дн.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>In %1 d</source>
        <translation>Через %1 дн.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>открыто %1, просрочено %2</translation>
    </message>
    <message>
        <source>all %1 done</source>
        <translation>все %1 выполнены</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>открыто %1 из %2</translation>
    </message>
    <message>
        <source>No account manager</source>
        <translation>Нет аккаунт-менеджера</translation>
    </message>
    <message>
        <source>This review was due on %1 and has not been held.</source>
        <translation>Встреча была назначена на %1 и не проведена.</translation>
    </message>
    <message>
        <source>Remediation plan: %1 action items, %2 open, %3 overdue</source>
        <translation>План исправления: пунктов %1, открыто %2, просрочено %3</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Назначена</translation>
    </message>
    <message>
        <source>Account manager</source>
        <translation>Аккаунт-менеджер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Пункты плана</translation>
    </message>
</context>
<context>
    <name>rapport::ReviewsView</name>
    <message>
        <source>Every client is reviewed every quarter and every year from the contract start: progress, problems found and a remediation plan with owners and due dates. Holding a review schedules the next one.</source>
        <translation>С каждым клиентом проводятся квартальные и годовые встречи от начала договора: прогресс, найденные проблемы и план исправления с ответственными и сроками. Проведённая встреча назначает следующую.</translation>
    </message>
    <message>
        <source>&amp;Account manager:</source>
        <translation>&amp;Аккаунт-менеджер:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>&amp;Schedule reviews</source>
        <translation>&amp;Назначить встречи</translation>
    </message>
    <message>
        <source>Give every client with a review cadence its next review; running it again adds nothing.</source>
        <translation>Назначить следующую встречу каждому клиенту с графиком встреч; повторный запуск ничего не добавляет.</translation>
    </message>
    <message>
        <source>Export to &amp;calendar (ICS)…</source>
        <translation>Экспорт в &amp;календарь (ICS)…</translation>
    </message>
    <message>
        <source>Save the scheduled reviews as an iCalendar file for Outlook, Google Calendar or Thunderbird.</source>
        <translation>Сохранить назначенные встречи в файл iCalendar для Outlook, Google Календаря или Thunderbird.</translation>
    </message>
    <message>
        <source>&amp;Regulation…</source>
        <translation>&amp;Регламент…</translation>
    </message>
    <message>
        <source>Workflow templates, obligation rules, the Service standard preset and tasks.</source>
        <translation>Шаблоны процессов, правила обязательств, шаблон «Стандарт обслуживания» и задачи.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Upcoming (%1)</source>
        <translation>Предстоящие (%1)</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Просроченные (%1)</translation>
    </message>
    <message>
        <source>Held (%1)</source>
        <translation>Проведённые (%1)</translation>
    </message>
    <message>
        <source>No upcoming reviews. Apply the Service standard preset under Regulation, or set a client's review cadence, then Schedule reviews.</source>
        <translation>Предстоящих встреч нет. Примените шаблон «Стандарт обслуживания» в окне «Регламент» или задайте график встреч клиента, затем нажмите «Назначить встречи».</translation>
    </message>
    <message>
        <source>No overdue reviews. Every review was held on time.</source>
        <translation>Просроченных встреч нет. Все встречи проведены вовремя.</translation>
    </message>
    <message>
        <source>No review has been held yet.</source>
        <translation>Ещё не проведено ни одной встречи.</translation>
    </message>
    <message>
        <source>Scheduling reviews…</source>
        <translation>Назначение встреч…</translation>
    </message>
    <message>
        <source>Reviews scheduled: %1 new; clients with a review cadence checked: %2.</source>
        <translation>Назначено новых встреч: %1; проверено клиентов с графиком встреч: %2.</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Пропущено: %1</translation>
    </message>
    <message>
        <source>Export Reviews to Calendar</source>
        <translation>Экспорт встреч в календарь</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Scheduled reviews written: %1, to %2. Import the file in your calendar application.</source>
        <translation>Записано назначенных встреч: %1, в файл %2. Импортируйте его в своё приложение-календарь.</translation>
    </message>
    <message>
        <source>R&amp;eschedule…</source>
        <translation>&amp;Перенести встречу…</translation>
    </message>
    <message>
        <source>Move the selected scheduled review to another date, with the reason (Ctrl+Shift+R)</source>
        <translation>Перенести выбранную запланированную встречу на другую дату с указанием причины (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Cancel re&amp;view…</source>
        <translation>Отменить &amp;встречу…</translation>
    </message>
    <message>
        <source>Cancel the selected scheduled review, with the reason (Ctrl+Shift+Delete)</source>
        <translation>Отменить выбранную запланированную встречу с указанием причины (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>%1 with %2 on %3 cancelled.</source>
        <translation>%1 с клиентом %2 на %3 отменено.</translation>
    </message>
    <message>
        <source>%1 with %2 moved to %3.</source>
        <translation>%1 с клиентом %2 перенесено на %3.</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Встречи-обзоры</translation>
    </message>
</context>
<context>
    <name>rapport::RuleEditorDialog</name>
    <message>
        <source>Client %1 (not found)</source>
        <translation>Клиент %1 (не найден)</translation>
    </message>
    <message>
        <source>Automation rule</source>
        <translation>Правило автоматизации</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Правило:</translation>
    </message>
    <message>
        <source>Trigger:</source>
        <translation>Событие:</translation>
    </message>
    <message>
        <source>&amp;Offset:</source>
        <translation>&amp;Смещение:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Days from the trigger's date: negative before it, positive after it</source>
        <translation>Дни от даты события: отрицательные — до неё, положительные — после</translation>
    </message>
    <message>
        <source>&amp;Business days (on the client's calendar)</source>
        <translation>&amp;Рабочие дни (по календарю клиента)</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Получатель:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>Task &amp;owner:</source>
        <translation>&amp;Ответственный за задачу:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Messages wait for a&amp;pproval before sending</source>
        <translation>Сообщения ждут &amp;согласования перед отправкой</translation>
    </message>
    <message>
        <source>Rule is &amp;on</source>
        <translation>Правило &amp;включено</translation>
    </message>
    <message>
        <source>Conditions: the rule fires only for</source>
        <translation>Условия: правило срабатывает только для</translation>
    </message>
    <message>
        <source>Ticket priorities (none: any)</source>
        <translation>Приоритеты заявок (не выбраны — любые)</translation>
    </message>
    <message>
        <source>Ticket channels (none: any)</source>
        <translation>Каналы заявок (не выбраны — любые)</translation>
    </message>
    <message>
        <source>T&amp;ariff:</source>
        <translation>Т&amp;ариф:</translation>
    </message>
    <message>
        <source>&amp;Clients (none: any):</source>
        <translation>&amp;Клиенты (не выбраны — любые):</translation>
    </message>
    <message>
        <source>Find a client by name or tax id</source>
        <translation>Найти клиента по названию или БИН/ИНН</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the rule (Ctrl+S)</source>
        <translation>Сохранить правило (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <source>Queue a message</source>
        <translation>Поставить сообщение в очередь</translation>
    </message>
    <message>
        <source>New automation rule</source>
        <translation>Новое правило автоматизации</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a team database address (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>%1 — не адрес командной базы данных (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>The team database address is not valid: %1</source>
        <translation>Неверный адрес командной базы данных: %1</translation>
    </message>
    <message>
        <source>Unknown TLS mode "%1"; use one of: %2.</source>
        <translation>Неизвестный режим TLS «%1»; допустимы: %2.</translation>
    </message>
    <message>
        <source>The port "%1" is not a number.</source>
        <translation>Порт «%1» — не число.</translation>
    </message>
    <message>
        <source>Unknown option "%1" in the team database address.</source>
        <translation>Неизвестный параметр «%1» в адресе командной базы данных.</translation>
    </message>
    <message>
        <source>The port %1 is out of range.</source>
        <translation>Порт %1 вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>The team database address names no database (…/DATABASE).</source>
        <translation>В адресе командной базы данных не указана база (…/DATABASE).</translation>
    </message>
    <message>
        <source>The team database address names no user (USER@…).</source>
        <translation>В адресе командной базы данных не указан пользователь (USER@…).</translation>
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
    <message>
        <source>In a team database you work as your login.</source>
        <translation>В командной базе вы работаете под своим логином.</translation>
    </message>
    <message>
        <source>&amp;Messages to me in:</source>
        <translation>&amp;Сообщения мне на языке:</translation>
    </message>
    <message>
        <source>The team's language</source>
        <translation>Язык команды</translation>
    </message>
    <message>
        <source>The language of the reminders, alerts and tasks Rapport writes to you</source>
        <translation>Язык напоминаний, предупреждений и задач, которые Rapport пишет вам</translation>
    </message>
    <message>
        <source>Messages to me</source>
        <translation>Сообщения мне</translation>
    </message>
</context>
<context>
    <name>rapport::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Везде</translation>
    </message>
    <message>
        <source>Today, Clients, Tickets, Handoffs, Billing, Reviews, Dashboard, Outbox, Settings</source>
        <translation>Сегодня, Клиенты, Заявки, Передачи, Счета, Встречи-обзоры, Дашборд, Исходящие, Настройки</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>Открыть файл базы данных</translation>
    </message>
    <message>
        <source>Connect to a team database</source>
        <translation>Подключиться к базе данных команды</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать резервную копию</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Карточка клиента</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Запись звонка</translation>
    </message>
    <message>
        <source>Apply a workflow</source>
        <translation>Применить регламент</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Встречи-обзоры</translation>
    </message>
    <message>
        <source>Reschedule the review</source>
        <translation>Перенести встречу</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Отменить встречу</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Review form</source>
        <translation>Форма встречи</translation>
    </message>
    <message>
        <source>Hold the review / save</source>
        <translation>Провести встречу / сохранить</translation>
    </message>
    <message>
        <source>Prepare the review pack</source>
        <translation>Подготовить материалы встречи</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Регламент</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Approve the message</source>
        <translation>Одобрить письмо</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>The frequent actions and their keys. Menus and buttons show their Alt letter underlined.</source>
        <translation>Частые действия и их клавиши. В меню и на кнопках подчёркнута буква для Alt.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>The user guide is not installed on this computer.</source>
        <translation>Руководство пользователя на этом компьютере не установлено.</translation>
    </message>
    <message>
        <source>User guide: &lt;a href="%1"&gt;%2&lt;/a&gt;</source>
        <translation>Руководство пользователя: &lt;a href="%1"&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Send the due messages now</source>
        <translation>Отправить письма, срок которых наступил</translation>
    </message>
    <message>
        <source>Automation rules</source>
        <translation>Правила автоматизации</translation>
    </message>
    <message>
        <source>Edit the rule</source>
        <translation>Изменить правило</translation>
    </message>
    <message>
        <source>Rule and template editors</source>
        <translation>Редакторы правил и шаблонов</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <source>Delete the rule (one of your own that never fired)</source>
        <translation>Удалить правило (своё, ещё не срабатывавшее)</translation>
    </message>
</context>
<context>
    <name>rapport::TaskTableModel</name>
    <message>
        <source>Overdue %1 d</source>
        <translation>Просрочено на %1 дн.</translation>
    </message>
    <message>
        <source>Done on %1, due %2</source>
        <translation>Выполнена %1, срок %2</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Период %1</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
</context>
<context>
    <name>rapport::TasksPage</name>
    <message>
        <source>O&amp;wner:</source>
        <translation>От&amp;ветственный:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Срок на этой неделе</translation>
    </message>
    <message>
        <source>Done in the last 90 days</source>
        <translation>Выполненные за 90 дней</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Отметить &amp;выполненной…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Переоткрыть</translation>
    </message>
    <message>
        <source>Tasks: %1.</source>
        <translation>Задач: %1.</translation>
    </message>
    <message>
        <source>Last 90 days: %1 on time — %2 done on time, %3 done late, %4 still open past the due date.</source>
        <translation>За 90 дней в срок: %1 — вовремя %2, с опозданием %3, просрочено и не выполнено %4.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
</context>
<context>
    <name>rapport::TeamConnectDialog</name>
    <message>
        <source>Enter the server's host name, address or socket folder.</source>
        <translation>Укажите имя сервера, его адрес или папку сокета.</translation>
    </message>
    <message>
        <source>A host name has no spaces.</source>
        <translation>В имени сервера не бывает пробелов.</translation>
    </message>
    <message>
        <source>Enter the name of the team database.</source>
        <translation>Укажите имя командной базы.</translation>
    </message>
    <message>
        <source>Enter your login (your email as the team lead created it).</source>
        <translation>Укажите свой логин (email, под которым вас завёл руководитель группы).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Подключение к командной базе</translation>
    </message>
    <message>
        <source>The team works in one PostgreSQL database. Your login and its rights are set up by the team lead (rapport-cli team add-user).</source>
        <translation>Команда работает в одной базе PostgreSQL. Логин и права вам выдаёт руководитель группы (rapport-cli team add-user).</translation>
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
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <source>TLS if the server offers it</source>
        <translation>TLS, если сервер его предлагает</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>Только TLS</translation>
    </message>
    <message>
        <source>TLS, server certificate checked</source>
        <translation>TLS с проверкой сертификата сервера</translation>
    </message>
    <message>
        <source>TLS, certificate and host name checked</source>
        <translation>TLS с проверкой сертификата и имени сервера</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Без шифрования</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD or ~/.pgpass. The password is never saved.</source>
        <translation>Оставьте пустым, чтобы взять PGPASSWORD или ~/.pgpass. Пароль никогда не сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
</context>
<context>
    <name>TeamServer</name>
    <message>
        <source>Rights are kept by a team database; %1 is a file.</source>
        <translation>Права хранит командная база данных, а %1 — файл.</translation>
    </message>
    <message>
        <source>Logins belong to a team database; %1 is a file.</source>
        <translation>Учётные записи есть только у командной базы данных, а %1 — файл.</translation>
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
        <translation>Шаблон сохранён.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Сохранять нечего.</translation>
    </message>
    <message>
        <source>%1, client %2</source>
        <translation>%1, клиент %2</translation>
    </message>
    <message>
        <source>The run could not write this message: %1</source>
        <translation>Запуск правил не смог бы сформировать это сообщение: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Кому: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>The template has changes that are not saved. Discard them?</source>
        <translation>В шаблоне есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Шаблон сообщения</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <source>Placeholders (double-click or Enter to insert):</source>
        <translation>Подстановки (двойной щелчок или Enter — вставить):</translation>
    </message>
    <message>
        <source>Rapport fills these from the record the rule fires on</source>
        <translation>Rapport заполняет их данными записи, на которой сработало правило</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Вставить подстановку</translation>
    </message>
    <message>
        <source>Preview on the latest record:</source>
        <translation>Предпросмотр на последней записи:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the template in every changed language (Ctrl+S)</source>
        <translation>Сохранить шаблон на всех изменённых языках (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>TicketBulkWriter</name>
    <message>
        <source>The bulk writer was not started.</source>
        <translation>Массовая запись не была начата.</translation>
    </message>
    <message>
        <source>A ticket's history starts with its creation.</source>
        <translation>История заявки начинается с её создания.</translation>
    </message>
    <message>
        <source>A ticket needs a subject.</source>
        <translation>У заявки должна быть тема.</translation>
    </message>
    <message>
        <source>Unknown ticket event “%1”.</source>
        <translation>Неизвестное событие заявки «%1».</translation>
    </message>
    <message>
        <source>An event of the ticket happens before its creation.</source>
        <translation>Событие заявки раньше её создания.</translation>
    </message>
    <message>
        <source>A time entry needs a person, a day and minutes.</source>
        <translation>В записи времени нужны сотрудник, день и минуты.</translation>
    </message>
</context>
<context>
    <name>rapport::TicketConversation</name>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>%1 replied to the client</source>
        <translation>%1 ответил(а) клиенту</translation>
    </message>
    <message>
        <source>Internal note by %1 (not sent)</source>
        <translation>Внутренняя заметка: %1 (клиенту не отправлена)</translation>
    </message>
    <message>
        <source>%1 logged a contact with the client (%2)</source>
        <translation>%1 записал(а) контакт с клиентом (%2)</translation>
    </message>
    <message>
        <source>Request recorded by %1</source>
        <translation>Обращение зарегистрировал(а) %1</translation>
    </message>
    <message>
        <source>Request recorded by %1, via %2</source>
        <translation>Обращение зарегистрировал(а) %1, канал: %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;No description.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Без описания.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 wrote the formal statement</source>
        <translation>%1 составил(а) формальную постановку</translation>
    </message>
    <message>
        <source>%1 set the status to %2</source>
        <translation>%1 сменил(а) статус на «%2»</translation>
    </message>
    <message>
        <source>%1 set the priority to %2</source>
        <translation>%1 сменил(а) приоритет на «%2»</translation>
    </message>
    <message>
        <source>%1 changed the assignee</source>
        <translation>%1 сменил(а) исполнителя</translation>
    </message>
    <message>
        <source>%1 assigned the ticket: %2</source>
        <translation>%1 назначил(а) заявку: %2</translation>
    </message>
    <message>
        <source>The client confirmed the statement (%1), recorded by %2</source>
        <translation>Клиент подтвердил постановку (%1), записал(а) %2</translation>
    </message>
    <message>
        <source>The client was suspended for debt: the SLA clock is paused</source>
        <translation>Обслуживание клиента приостановлено за долг: часы SLA на паузе</translation>
    </message>
    <message>
        <source>The client was restored: the SLA clock runs again</source>
        <translation>Обслуживание клиента возобновлено: часы SLA снова идут</translation>
    </message>
    <message>
        <source>%1 removed the category</source>
        <translation>%1 убрал(а) категорию</translation>
    </message>
    <message>
        <source>%1 set the category to %2</source>
        <translation>%1 сменил(а) категорию на «%2»</translation>
    </message>
    <message>
        <source>%1 agreed the deadline with the client: %2</source>
        <translation>%1 согласовал(а) срок с клиентом: %2</translation>
    </message>
    <message>
        <source>%1 removed the agreed deadline</source>
        <translation>%1 снял(а) согласованный срок</translation>
    </message>
</context>
<context>
    <name>rapport::TicketDialog</name>
    <message>
        <source>Ticket #%1 does not exist.</source>
        <translation>Заявки №%1 не существует.</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>Ticket #%1 — %2</source>
        <translation>Заявка №%1 — %2</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>№%1  %2</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>канал: %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>зарегистрирована %1</translation>
    </message>
    <message>
        <source>Staff member #%1</source>
        <translation>Сотрудник №%1</translation>
    </message>
    <message>
        <source>&amp;Resume Work</source>
        <translation>&amp;Возобновить работу</translation>
    </message>
    <message>
        <source>&amp;Start Work</source>
        <translation>&amp;Начать работу</translation>
    </message>
    <message>
        <source>Next: write the formal statement of the task on the Statement tab and have the client confirm it; then assign a specialist and start work.</source>
        <translation>Далее: составьте формальную постановку задачи на вкладке «Постановка» и получите подтверждение клиента; затем назначьте специалиста и начните работу.</translation>
    </message>
    <message>
        <source>Next: record the client's confirmation of the statement, assign a specialist and start work.</source>
        <translation>Далее: запишите подтверждение постановки клиентом, назначьте специалиста и начните работу.</translation>
    </message>
    <message>
        <source>Write what was said on the call first.</source>
        <translation>Сначала запишите, о чём говорили по телефону.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>Сначала напишите сообщение.</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Приоритет:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>От&amp;ветственный:</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>&amp;Исполнитель:</translation>
    </message>
    <message>
        <source>The account manager responsible for the request</source>
        <translation>Аккаунт-менеджер, отвечающий за обращение</translation>
    </message>
    <message>
        <source>The specialist doing the work; required once work starts</source>
        <translation>Специалист, выполняющий работу; обязателен, когда работа начата</translation>
    </message>
    <message>
        <source>&amp;Waiting on Client</source>
        <translation>&amp;Ждём клиента</translation>
    </message>
    <message>
        <source>Pause the SLA clock until the client answers</source>
        <translation>Поставить часы SLA на паузу до ответа клиента</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Решить</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Переоткрыть</translation>
    </message>
    <message>
        <source>&amp;Cancel Ticket</source>
        <translation>&amp;Отменить заявку</translation>
    </message>
    <message>
        <source>Write a reply to the client, an internal note or what was said on the call</source>
        <translation>Напишите ответ клиенту, внутреннюю заметку или итог звонка</translation>
    </message>
    <message>
        <source>Reply to Client</source>
        <translation>Ответить клиенту</translation>
    </message>
    <message>
        <source>Sent to the client; counts as the response (Ctrl+Enter)</source>
        <translation>Уходит клиенту; считается ответом (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Internal Note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Seen by staff only; does not count as a response</source>
        <translation>Видна только сотрудникам; не считается ответом</translation>
    </message>
    <message>
        <source>Log Call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <source>Record a phone call with the client; counts as a response</source>
        <translation>Записать телефонный разговор с клиентом; считается ответом</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Постановка</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>категория: %1</translation>
    </message>
    <message>
        <source>agreed deadline %1 has passed</source>
        <translation>согласованный срок %1 прошёл</translation>
    </message>
    <message>
        <source>agreed deadline %1</source>
        <translation>согласованный срок: %1</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <source>What kind of request this is; pick one in use or type a new one</source>
        <translation>Вид обращения: выберите одну из используемых категорий или введите новую</translation>
    </message>
    <message>
        <source>A&amp;greed deadline:</source>
        <translation>Со&amp;гласованный срок:</translation>
    </message>
    <message>
        <source>The deadline agreed with the client for this request</source>
        <translation>Срок выполнения заявки, согласованный с клиентом</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Reply or note</source>
        <translation>Ответ или заметка</translation>
    </message>
    <message>
        <source>The ticket shows the other desk's change now; yours was not applied.</source>
        <translation>Заявка теперь показывает изменение коллеги; ваше не применено.</translation>
    </message>
    <message>
        <source>Changed on another desk</source>
        <translation>Изменено на другом рабочем месте</translation>
    </message>
    <message>
        <source>Show Details to compare the ticket as you saw it with how it is now.</source>
        <translation>Нажмите «Показать подробности», чтобы сравнить заявку, какой вы её видели, с тем, какая она сейчас.</translation>
    </message>
    <message>
        <source>As you saw it → as it is now:</source>
        <translation>Как вы видели → как сейчас:</translation>
    </message>
    <message>
        <source>&amp;Apply Mine</source>
        <translation>&amp;Применить моё</translation>
    </message>
    <message>
        <source>&amp;Reload Theirs</source>
        <translation>&amp;Взять их версию</translation>
    </message>
</context>
<context>
    <name>TicketEventLog</name>
    <message>
        <source>Ticket %1 was created later than that time.</source>
        <translation>Заявка %1 создана позже этого времени.</translation>
    </message>
    <message>
        <source>Ticket %1 changed status later than that time.</source>
        <translation>Статус заявки %1 менялся позже этого времени.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>кто-то другой</translation>
    </message>
    <message>
        <source>Ticket %1 was changed by %2 (%3) after you opened it. Reload it to see their change, or apply yours over it.</source>
        <translation>Заявку %1 изменил(а) %2 (%3) после того, как вы её открыли. Обновите её, чтобы увидеть это изменение, или примените своё поверх него.</translation>
    </message>
</context>
<context>
    <name>rapport::TicketFeedbackPanel</name>
    <message>
        <source>Ask the client for feedback once the ticket is resolved.</source>
        <translation>Запросите отзыв клиента, когда заявка будет решена.</translation>
    </message>
    <message>
        <source>The client liked the work.</source>
        <translation>Клиенту понравилась работа.</translation>
    </message>
    <message>
        <source>The client did not like the work.</source>
        <translation>Клиенту не понравилась работа.</translation>
    </message>
    <message>
        <source>Did the client like how the request was handled?</source>
        <translation>Понравилось ли клиенту, как выполнена заявка?</translation>
    </message>
    <message>
        <source>&amp;Liked</source>
        <translation>&amp;Понравилось</translation>
    </message>
    <message>
        <source>&amp;Not liked</source>
        <translation>&amp;Не понравилось</translation>
    </message>
    <message>
        <source>&amp;Reason (required when not liked):</source>
        <translation>&amp;Причина (обязательна, если не понравилось):</translation>
    </message>
    <message>
        <source>What the client did not like</source>
        <translation>Что не понравилось клиенту</translation>
    </message>
    <message>
        <source>Save &amp;Feedback</source>
        <translation>Сохранить &amp;отзыв</translation>
    </message>
</context>
<context>
    <name>rapport::TicketFormalPanel</name>
    <message>
        <source>The client confirmed this statement on %1 (%2).</source>
        <translation>Клиент подтвердил эту постановку %1 (%2).</translation>
    </message>
    <message>
        <source>Write the statement, then ask the client to confirm it.</source>
        <translation>Составьте постановку, затем попросите клиента её подтвердить.</translation>
    </message>
    <message>
        <source>Not confirmed by the client yet.</source>
        <translation>Клиент ещё не подтвердил.</translation>
    </message>
    <message>
        <source>&amp;Formal statement of the task, as the client should confirm it:</source>
        <translation>&amp;Формальная постановка задачи, которую подтверждает клиент:</translation>
    </message>
    <message>
        <source>What will be done, the expected result and the agreed deadline</source>
        <translation>Что будет сделано, ожидаемый результат и согласованный срок</translation>
    </message>
    <message>
        <source>&amp;Save Statement</source>
        <translation>&amp;Сохранить постановку</translation>
    </message>
    <message>
        <source>Confirmed:</source>
        <translation>Подтверждено:</translation>
    </message>
    <message>
        <source>&amp;Record Client Confirmation</source>
        <translation>&amp;Записать подтверждение клиента</translation>
    </message>
    <message>
        <source>Confirmed via</source>
        <translation>Способ подтверждения</translation>
    </message>
</context>
<context>
    <name>TicketImport</name>
    <message>
        <source>a tickets file needs a client_tax_id or a client_name column</source>
        <translation>в файле заявок нужен столбец client_tax_id или client_name</translation>
    </message>
    <message>
        <source>unknown country "%1" (KZ, RU or other)</source>
        <translation>неизвестная страна «%1» (KZ, RU или other)</translation>
    </message>
    <message>
        <source>no client with tax id %1</source>
        <translation>нет клиента с налоговым номером %1</translation>
    </message>
    <message>
        <source>%1 clients have this name: use client_tax_id</source>
        <translation>это название у %1 клиентов: укажите client_tax_id</translation>
    </message>
    <message>
        <source>no client named %1</source>
        <translation>нет клиента с названием %1</translation>
    </message>
    <message>
        <source>the row does not name its client</source>
        <translation>в строке не указан клиент</translation>
    </message>
    <message>
        <source>client %1 is archived</source>
        <translation>клиент %1 в архиве</translation>
    </message>
    <message>
        <source>"%1" is not a date and time (2026-03-02T10:00:00+05:00 or 02.03.2026 10:00)</source>
        <translation>«%1» — не дата и время (2026-03-02T10:00:00+05:00 или 02.03.2026 10:00)</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 — ещё не наступило</translation>
    </message>
    <message>
        <source>the creation instant is empty</source>
        <translation>не указано время создания</translation>
    </message>
    <message>
        <source>before the ticket was created</source>
        <translation>раньше создания заявки</translation>
    </message>
    <message>
        <source>before the ticket was resolved</source>
        <translation>раньше решения заявки</translation>
    </message>
    <message>
        <source>unknown status "%1" (new, formalizing, in_progress, waiting_on_client, resolved, closed or cancelled)</source>
        <translation>неизвестный статус «%1» (new, formalizing, in_progress, waiting_on_client, resolved, closed или cancelled)</translation>
    </message>
    <message>
        <source>a %1 ticket needs the instant it was resolved</source>
        <translation>заявке в статусе «%1» нужно время решения</translation>
    </message>
    <message>
        <source>a closed ticket needs the instant it was closed</source>
        <translation>закрытой заявке нужно время закрытия</translation>
    </message>
    <message>
        <source>the ticket is %1 but has a resolved or closed instant</source>
        <translation>заявка в статусе «%1», но указано время решения или закрытия</translation>
    </message>
    <message>
        <source>unknown priority "%1" (low, normal, high or urgent)</source>
        <translation>неизвестный приоритет «%1» (low, normal, high или urgent)</translation>
    </message>
    <message>
        <source>unknown channel "%1" (email, phone, messenger, portal, visit or other)</source>
        <translation>неизвестный канал «%1» (email, phone, messenger, portal, visit или other)</translation>
    </message>
    <message>
        <source>the subject is empty</source>
        <translation>тема не указана</translation>
    </message>
    <message>
        <source>the subject is longer than 300 characters</source>
        <translation>тема длиннее 300 символов</translation>
    </message>
    <message>
        <source>no staff member with email %1</source>
        <translation>нет сотрудника с email %1</translation>
    </message>
    <message>
        <source>a ticket in progress needs an owner and an assignee</source>
        <translation>заявке в работе нужны ответственный и исполнитель</translation>
    </message>
    <message>
        <source>the same ticket as line %1</source>
        <translation>та же заявка, что и в строке %1</translation>
    </message>
    <message>
        <source>First response (imported)</source>
        <translation>Первый ответ (импортирован)</translation>
    </message>
</context>
<context>
    <name>rapport::TicketSlaPanel</name>
    <message>
        <source>done %1 · was due %2</source>
        <translation>выполнено %1 · срок был %2</translation>
    </message>
    <message>
        <source>due %1 if resumed now</source>
        <translation>срок %1, если возобновить сейчас</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок %1</translation>
    </message>
    <message>
        <source>Business time on the clock: %1 of %2.</source>
        <translation>Рабочего времени на часах: %1 из %2.</translation>
    </message>
    <message>
        <source>Paused for %1 in all.</source>
        <translation>Всего на паузе: %1.</translation>
    </message>
    <message>
        <source>SLA clock</source>
        <translation>Часы SLA</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Первый ответ:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Решение:</translation>
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
        <translation>Создана</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>The agreed deadline has passed</source>
        <translation>Согласованный срок прошёл</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Agreed deadline</source>
        <translation>Согласованный срок</translation>
    </message>
</context>
<context>
    <name>rapport::TicketTimePanel</name>
    <message>
        <source>billable</source>
        <translation>оплачиваемое</translation>
    </message>
    <message>
        <source>not billable</source>
        <translation>неоплачиваемое</translation>
    </message>
    <message>
        <source>No time logged yet.</source>
        <translation>Время ещё не записано.</translation>
    </message>
    <message>
        <source>Total %1, billable %2.</source>
        <translation>Всего %1, оплачиваемых %2.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Оплачиваемое</translation>
    </message>
    <message>
        <source>What was done (goes into the act)</source>
        <translation>Что сделано (попадёт в акт)</translation>
    </message>
    <message>
        <source>&amp;Log Time</source>
        <translation>&amp;Записать время</translation>
    </message>
    <message>
        <source>Time logged</source>
        <translation>Учтённое время</translation>
    </message>
    <message>
        <source>Day worked</source>
        <translation>День работы</translation>
    </message>
    <message>
        <source>Minutes worked</source>
        <translation>Минут работы</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
</context>
<context>
    <name>rapport::TicketsView</name>
    <message>
        <source>%1 loaded, counting…</source>
        <translation>Загружено %1, считаем…</translation>
    </message>
    <message>
        <source>No tickets here.</source>
        <translation>Здесь нет заявок.</translation>
    </message>
    <message>
        <source>No tickets match the search.</source>
        <translation>Нет заявок, подходящих под поиск.</translation>
    </message>
    <message>
        <source>%1 of %2 tickets loaded</source>
        <translation>Загружено %1 из %2 заявок</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Все открытые</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Нарушен SLA</translation>
    </message>
    <message>
        <source>Waiting on client</source>
        <translation>Ждём клиента</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>All, including closed</source>
        <translation>Все, включая закрытые</translation>
    </message>
    <message>
        <source>Search subject, client or number (Ctrl+F)</source>
        <translation>Поиск по теме, клиенту или номеру (Ctrl+F)</translation>
    </message>
    <message>
        <source>New Ticket…</source>
        <translation>Новая заявка…</translation>
    </message>
    <message>
        <source>Record a request from a client (Ctrl+N)</source>
        <translation>Зарегистрировать обращение клиента (Ctrl+N)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>Past agreed deadline</source>
        <translation>Просрочен согласованный срок</translation>
    </message>
    <message>
        <source>Open tickets whose deadline agreed with the client has passed</source>
        <translation>Открытые заявки, у которых прошёл срок, согласованный с клиентом</translation>
    </message>
    <message>
        <source>Only the tickets of one category</source>
        <translation>Только заявки одной категории</translation>
    </message>
    <message>
        <source>Search tickets</source>
        <translation>Поиск заявок</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Заявки</translation>
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
        <translation>Чтобы увидеть свои заявки, выберите себя в «Настройки → Работаю как».</translation>
    </message>
    <message>
        <source>My tickets with the SLA breached</source>
        <translation>Мои заявки с нарушенным SLA</translation>
    </message>
    <message>
        <source>No breaches. Keep it that way.</source>
        <translation>Нарушений нет. Так держать.</translation>
    </message>
    <message>
        <source>My tickets at risk</source>
        <translation>Мои заявки под угрозой</translation>
    </message>
    <message>
        <source>Nothing at risk: every clock has more than 20 % left.</source>
        <translation>Угроз нет: на всех часах осталось больше 20 %.</translation>
    </message>
    <message>
        <source>Waiting on the client</source>
        <translation>Ждём клиента</translation>
    </message>
    <message>
        <source>No ticket of yours waits on a client.</source>
        <translation>Ни одна ваша заявка не ждёт клиента.</translation>
    </message>
    <message>
        <source>Unassigned tickets</source>
        <translation>Заявки без исполнителя</translation>
    </message>
    <message>
        <source>Every open ticket has an assignee.</source>
        <translation>У каждой открытой заявки есть исполнитель.</translation>
    </message>
    <message>
        <source>Team: breached SLA</source>
        <translation>Команда: заявки с нарушенным SLA</translation>
    </message>
    <message>
        <source>No breaches in the team. Keep it that way.</source>
        <translation>В команде нарушений нет. Так держать.</translation>
    </message>
    <message>
        <source>Team: at risk</source>
        <translation>Команда: заявки под угрозой</translation>
    </message>
    <message>
        <source>Nothing at risk in the team: every clock has more than 20 % left.</source>
        <translation>В команде угроз нет: на всех часах осталось больше 20 %.</translation>
    </message>
</context>
<context>
    <name>rapport::WeeklyHoursTable</name>
    <message>
        <source>Working hours, e.g. 09:00–18:00 or 09:00–13:00, 14:00–18:00; empty for a day off</source>
        <translation>Рабочие часы, например 09:00–18:00 или 09:00–13:00, 14:00–18:00; пусто — выходной</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
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
        <source>Clients or contacts from a CSV file saved from Excel or Google Sheets. After the import, enter your name and email above and start.</source>
        <translation>Клиенты или контакты из файла CSV, сохранённого в Excel или Google Таблицах. После импорта укажите выше своё имя и email и начните работу.</translation>
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
<context>
    <name>rapport::WorkflowRunDialog</name>
    <message>
        <source>Mark &amp;done…</source>
        <translation>Отметить &amp;выполненной…</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Переоткрыть</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Tasks of the workflow run</source>
        <translation>Задачи запуска регламента</translation>
    </message>
    <message>
        <source>Workflow Run</source>
        <translation>Ход выполнения регламента</translation>
    </message>
    <message>
        <source>This workflow run no longer exists.</source>
        <translation>Этот запуск процесса больше не существует.</translation>
    </message>
    <message>
        <source>Workflow Run: %1</source>
        <translation>Ход выполнения: %1</translation>
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
        <translation>Начат %1</translation>
    </message>
    <message>
        <source>Steps done: %1 of %2</source>
        <translation>Выполнено шагов: %1 из %2</translation>
    </message>
    <message>
        <source>Steps late: %1</source>
        <translation>Просрочено шагов: %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Next: %1, due %2</source>
        <translation>Далее: %1, срок %2</translation>
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
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — срок %2</translation>
    </message>
    <message>
        <source>Done after the due date: %1, open past it: %2</source>
        <translation>Выполнено после срока: %1, открыто с истёкшим сроком: %2</translation>
    </message>
    <message>
        <source>%1 % of the steps done</source>
        <translation>Выполнено %1 % шагов</translation>
    </message>
    <message>
        <source>Steps late: %1</source>
        <translation>Просрочено шагов: %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Выполнено шагов</translation>
    </message>
    <message>
        <source>Steps late</source>
        <translation>Просрочено шагов</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
</context>
<context>
    <name>rapport::WorkflowRunsPage</name>
    <message>
        <source>Wor&amp;kflows</source>
        <translation>Ре&amp;гламенты</translation>
    </message>
    <message>
        <source>&amp;Apply workflow…</source>
        <translation>&amp;Применить регламент…</translation>
    </message>
    <message>
        <source>&amp;Apply to client…</source>
        <translation>&amp;Применить к клиенту…</translation>
    </message>
    <message>
        <source>Apply a workflow template (Ctrl+Shift+W)</source>
        <translation>Применить шаблон процесса (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Open &amp;tasks</source>
        <translation>Открыть з&amp;адачи</translation>
    </message>
    <message>
        <source>The tasks of the selected run (Enter)</source>
        <translation>Задачи выбранного запуска (Enter)</translation>
    </message>
    <message>
        <source>Workflow runs</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Save the card first to apply a workflow to the client.</source>
        <translation>Сначала сохраните карточку, чтобы применить регламент к клиенту.</translation>
    </message>
    <message>
        <source>No workflow applied yet. Apply one to a client: each step becomes a task with an owner and a due date.</source>
        <translation>Регламенты ещё не применялись. Примените регламент к клиенту: каждый шаг станет задачей с ответственным и сроком.</translation>
    </message>
    <message>
        <source>Runs: %1 · finished: %2 · with late steps: %3</source>
        <translation>Запусков: %1 · завершено: %2 · с просроченными шагами: %3</translation>
    </message>
</context>
<context>
    <name>rapport::WorkflowTemplatesPage</name>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Новый шаблон</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;В архив</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Add s&amp;tep</source>
        <translation>Добавить &amp;шаг</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>&amp;Save template</source>
        <translation>&amp;Сохранить шаблон</translation>
    </message>
    <message>
        <source>Applied to a client or a ticket, each step becomes a task owned by the person who holds the role for that client, due the given number of working days after the start.</source>
        <translation>При применении к клиенту или заявке каждый шаг становится задачей того, кто занимает эту роль у клиента, со сроком через указанное число рабочих дней от начала.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Роль ответственного</translation>
    </message>
    <message>
        <source>Due, working days</source>
        <translation>Срок, рабочих дней</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Enter the template's name.</source>
        <translation>Укажите название шаблона.</translation>
    </message>
    <message>
        <source>Archive Template</source>
        <translation>Шаблон в архив</translation>
    </message>
    <message>
        <source>Archive “%1”? It will no longer be offered; tasks already made from it stay.</source>
        <translation>Отправить «%1» в архив? Он больше не будет предлагаться; созданные по нему задачи останутся.</translation>
    </message>
    <message>
        <source>Apply to c&amp;lient…</source>
        <translation>Применить к &amp;клиенту…</translation>
    </message>
    <message>
        <source>Make the steps of this template tasks for a client (Ctrl+Shift+W)</source>
        <translation>Создать клиенту задачи по шагам этого шаблона (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Workflow templates</source>
        <translation>Шаблоны процессов</translation>
    </message>
</context>
</TS>