#include "shippedrules.h"

using namespace Qt::Literals::StringLiterals;

namespace rapport {

const QStringList &triggerKinds()
{
    static const QStringList kinds { u"ticket_created"_s, u"ticket_resolved"_s, u"invoice_due"_s,
        u"dunning_notice"_s, u"dunning_suspend"_s, u"dunning_claim"_s, u"dunning_restore"_s, u"review_date"_s,
        u"sla_at_risk"_s,
        u"hours_warning"_s, u"hours_exhausted"_s };
    return kinds;
}

bool isDateTrigger(const QString &trigger)
{
    return trigger == u"invoice_due"_s || trigger == u"review_date"_s || trigger.startsWith(u"dunning_"_s);
}

bool isTicketTrigger(const QString &trigger)
{
    return trigger == u"ticket_created"_s || trigger == u"ticket_resolved"_s || trigger == u"sla_at_risk"_s;
}

const QStringList &staffRecipients()
{
    static const QStringList keys { u"staff:assignee"_s, u"staff:account_manager"_s };
    return keys;
}

const QStringList &ruleActions()
{
    static const QStringList keys { u"message"_s, u"task"_s };
    return keys;
}

const QList<RuleDefinition> &shippedRules()
{
    static const QList<RuleDefinition> rules {
        { u"ticket_acknowledgement"_s, u"Acknowledge a new ticket"_s, u"ticket_created"_s, 0, QString(),
            u"ticket_acknowledgement"_s, false },
        { u"ticket_resolved"_s, u"Tell the client a ticket is resolved and ask for feedback"_s,
            u"ticket_resolved"_s, 0, QString(), u"ticket_resolved"_s, false },
        { u"payment_reminder"_s, u"Payment reminder 3 days before due"_s, u"invoice_due"_s, -3, QString(),
            u"payment_reminder"_s, false },
        { u"debt_notice"_s, u"Debt notice with the suspension deadline"_s, u"dunning_notice"_s, 0, QString(),
            u"debt_notice"_s, true },
        { u"suspension_notice"_s, u"Work suspended for the debt"_s, u"dunning_suspend"_s, 0, QString(),
            u"suspension_notice"_s, false },
        { u"formal_claim"_s, u"Formal claim for the debt"_s, u"dunning_claim"_s, 0, QString(), u"formal_claim"_s,
            true },
        { u"restoration_notice"_s, u"Work restored after payment"_s, u"dunning_restore"_s, 0, QString(),
            u"restoration_notice"_s, false },
        { u"review_invitation"_s, u"Review invitation 7 days ahead"_s, u"review_date"_s, -7, QString(),
            u"review_invitation"_s, false },
        { u"sla_at_risk_assignee"_s, u"SLA at risk: tell the assignee"_s, u"sla_at_risk"_s, 0,
            u"staff:assignee"_s, u"sla_at_risk"_s, false },
        { u"sla_at_risk_manager"_s, u"SLA at risk: tell the account manager"_s, u"sla_at_risk"_s, 0,
            u"staff:account_manager"_s, u"sla_at_risk"_s, false },
        { u"hours_warning_manager"_s, u"Hours at 80 %: tell the account manager"_s, u"hours_warning"_s, 0,
            u"staff:account_manager"_s, u"hours_warning"_s, false },
        { u"hours_exhausted_contact"_s, u"Hours used up: tell the client that overage starts"_s,
            u"hours_exhausted"_s, 0, QString(), u"hours_exhausted"_s, false },
    };
    return rules;
}

const QList<MessageTemplate> &shippedTemplates()
{
    static const QList<MessageTemplate> templates {
        // Acknowledgement
        { u"ticket_acknowledgement"_s, u"ru"_s, u"Обращение №{ticket.number} принято в работу"_s,
            u"Здравствуйте, {contact.name}!\n\n"
            "Ваше обращение №{ticket.number} «{ticket.subject}» зарегистрировано. "
            "Мы ответим в течение 24 часов и сообщим, когда вопрос будет решён.\n\n"
            "С уважением,\n{manager.name}\n{provider.name}"_s },
        { u"ticket_acknowledgement"_s, u"kk"_s, u"№{ticket.number} өтінішіңіз қабылданды"_s,
            u"Сәлеметсіз бе, {contact.name}!\n\n"
            "Сіздің №{ticket.number} «{ticket.subject}» өтінішіңіз тіркелді. "
            "Біз 24 сағат ішінде жауап береміз және мәселе шешілгенде хабарлаймыз.\n\n"
            "Құрметпен,\n{manager.name}\n{provider.name}"_s },
        { u"ticket_acknowledgement"_s, u"en"_s, u"Request #{ticket.number} received"_s,
            u"Dear {contact.name},\n\n"
            "Your request #{ticket.number} \"{ticket.subject}\" has been registered. "
            "We will reply within 24 hours and let you know when it is resolved.\n\n"
            "Kind regards,\n{manager.name}\n{provider.name}"_s },
        // Resolved, with the feedback request
        { u"ticket_resolved"_s, u"ru"_s, u"Обращение №{ticket.number} выполнено"_s,
            u"Здравствуйте, {contact.name}!\n\n"
            "Работы по обращению №{ticket.number} «{ticket.subject}» завершены.\n\n"
            "Пожалуйста, ответьте на это письмо одним словом: «понравилось» или «не понравилось». "
            "Если что-то не так, напишите, что именно, — мы разберёмся.\n\n"
            "С уважением,\n{manager.name}\n{provider.name}"_s },
        { u"ticket_resolved"_s, u"kk"_s, u"№{ticket.number} өтініш орындалды"_s,
            u"Сәлеметсіз бе, {contact.name}!\n\n"
            "№{ticket.number} «{ticket.subject}» өтініші бойынша жұмыстар аяқталды.\n\n"
            "Осы хатқа бір сөзбен жауап беріңізші: «ұнады» немесе «ұнамады». "
            "Бірдеңе дұрыс болмаса, нақты не екенін жазыңыз — біз міндетті түрде қарастырамыз.\n\n"
            "Құрметпен,\n{manager.name}\n{provider.name}"_s },
        { u"ticket_resolved"_s, u"en"_s, u"Request #{ticket.number} resolved"_s,
            u"Dear {contact.name},\n\n"
            "The work on your request #{ticket.number} \"{ticket.subject}\" is complete.\n\n"
            "Please reply with one word, \"liked\" or \"not liked\". If something is wrong, "
            "tell us what and we will look into it.\n\n"
            "Kind regards,\n{manager.name}\n{provider.name}"_s },
        // Payment reminder
        { u"payment_reminder"_s, u"ru"_s, u"Напоминание об оплате счёта № {invoice.number}"_s,
            u"Здравствуйте, {contact.name}!\n\n"
            "Напоминаем, что срок оплаты счёта № {invoice.number} на сумму {invoice.total} — {due}.\n"
            "Если счёт уже оплачен, просто не обращайте внимания на это письмо.\n\n"
            "С уважением,\n{manager.name}\n{provider.name}"_s },
        { u"payment_reminder"_s, u"kk"_s, u"№ {invoice.number} шотты төлеу туралы еске салу"_s,
            u"Сәлеметсіз бе, {contact.name}!\n\n"
            "{invoice.total} сомасына № {invoice.number} шотты төлеу мерзімі — {due}.\n"
            "Егер шот төленіп қойған болса, бұл хатқа назар аудармаңыз.\n\n"
            "Құрметпен,\n{manager.name}\n{provider.name}"_s },
        { u"payment_reminder"_s, u"en"_s, u"Payment reminder: invoice {invoice.number}"_s,
            u"Dear {contact.name},\n\n"
            "A reminder that invoice {invoice.number} for {invoice.total} is due on {due}.\n"
            "If it has already been paid, please disregard this message.\n\n"
            "Kind regards,\n{manager.name}\n{provider.name}"_s },
        // Debt notice
        { u"debt_notice"_s, u"ru"_s, u"Уведомление о задолженности — {client.short_name}"_s,
            u"Здравствуйте, {contact.name}!\n\n"
            "По счёту № {invoice.number} образовалась задолженность в размере {invoice.total}.\n"
            "Просим погасить её до {deadline}. Если оплата не поступит, с этой даты обслуживание "
            "будет приостановлено.\n\n"
            "С уважением,\n{manager.name}\n{provider.name}"_s },
        { u"debt_notice"_s, u"kk"_s, u"Берешек туралы хабарлама — {client.short_name}"_s,
            u"Сәлеметсіз бе, {contact.name}!\n\n"
            "№ {invoice.number} шот бойынша {invoice.total} мөлшерінде берешек пайда болды.\n"
            "Оны {deadline} дейін өтеуіңізді сұраймыз. Төлем түспесе, осы күннен бастап қызмет көрсету "
            "тоқтатылады.\n\n"
            "Құрметпен,\n{manager.name}\n{provider.name}"_s },
        { u"debt_notice"_s, u"en"_s, u"Notice of overdue payment — {client.short_name}"_s,
            u"Dear {contact.name},\n\n"
            "Invoice {invoice.number} is overdue: {invoice.total} remains unpaid.\n"
            "Please settle it by {deadline}. Without payment, our services will be suspended from that date.\n\n"
            "Kind regards,\n{manager.name}\n{provider.name}"_s },
        // Suspension
        { u"suspension_notice"_s, u"ru"_s, u"Обслуживание приостановлено — {client.short_name}"_s,
            u"Здравствуйте, {contact.name}!\n\n"
            "В связи с задолженностью по счёту № {invoice.number} ({invoice.total}) обслуживание "
            "приостановлено. Новые обращения будут приняты в работу после оплаты.\n\n"
            "С уважением,\n{manager.name}\n{provider.name}"_s },
        { u"suspension_notice"_s, u"kk"_s, u"Қызмет көрсету тоқтатылды — {client.short_name}"_s,
            u"Сәлеметсіз бе, {contact.name}!\n\n"
            "№ {invoice.number} шот бойынша берешекке ({invoice.total}) байланысты қызмет көрсету "
            "тоқтатылды. Жаңа өтініштер төлемнен кейін жұмысқа алынады.\n\n"
            "Құрметпен,\n{manager.name}\n{provider.name}"_s },
        { u"suspension_notice"_s, u"en"_s, u"Services suspended — {client.short_name}"_s,
            u"Dear {contact.name},\n\n"
            "Because invoice {invoice.number} ({invoice.total}) is unpaid, our services are suspended. "
            "New requests will be taken up once the payment arrives.\n\n"
            "Kind regards,\n{manager.name}\n{provider.name}"_s },
        // Formal claim (претензия)
        { u"formal_claim"_s, u"ru"_s, u"Претензия о погашении задолженности — {client.short_name}"_s,
            u"Здравствуйте, {contact.name}!\n\n"
            "Задолженность по счёту № {invoice.number} в размере {invoice.total} не погашена, несмотря на "
            "уведомление и приостановку обслуживания. Настоящим направляем претензию: просим погасить "
            "задолженность. Без оплаты доступ к поддержке будет заблокирован, а мы оставляем за собой право "
            "обратиться в суд.\n\n"
            "С уважением,\n{manager.name}\n{provider.name}"_s },
        { u"formal_claim"_s, u"kk"_s, u"Берешекті өтеу туралы талап-арыз — {client.short_name}"_s,
            u"Сәлеметсіз бе, {contact.name}!\n\n"
            "Хабарлама мен қызмет көрсетуді тоқтатуға қарамастан, № {invoice.number} шот бойынша "
            "{invoice.total} мөлшеріндегі берешек өтелмеді. Осы арқылы талап-арыз жолдаймыз: берешекті "
            "өтеуіңізді сұраймыз. Төлем болмаса, қолдауға қолжетімділік бұғатталады, біз сотқа жүгіну "
            "құқығымызды өзімізде қалдырамыз.\n\n"
            "Құрметпен,\n{manager.name}\n{provider.name}"_s },
        { u"formal_claim"_s, u"en"_s, u"Formal claim for the overdue payment — {client.short_name}"_s,
            u"Dear {contact.name},\n\n"
            "Invoice {invoice.number} remains unpaid ({invoice.total}) despite our notice and the suspension of "
            "our services. This letter is our formal claim: please settle the debt. Without payment, access to "
            "support will be blocked, and we reserve the right to take the matter to court.\n\n"
            "Kind regards,\n{manager.name}\n{provider.name}"_s },
        // Restoration
        { u"restoration_notice"_s, u"ru"_s, u"Обслуживание возобновлено — {client.short_name}"_s,
            u"Здравствуйте, {contact.name}!\n\n"
            "Спасибо за оплату. Обслуживание возобновлено в полном объёме.\n\n"
            "С уважением,\n{manager.name}\n{provider.name}"_s },
        { u"restoration_notice"_s, u"kk"_s, u"Қызмет көрсету қайта басталды — {client.short_name}"_s,
            u"Сәлеметсіз бе, {contact.name}!\n\n"
            "Төлеміңіз үшін рақмет. Қызмет көрсету толық көлемде қайта басталды.\n\n"
            "Құрметпен,\n{manager.name}\n{provider.name}"_s },
        { u"restoration_notice"_s, u"en"_s, u"Services restored — {client.short_name}"_s,
            u"Dear {contact.name},\n\n"
            "Thank you for your payment. Our services are fully restored.\n\n"
            "Kind regards,\n{manager.name}\n{provider.name}"_s },
        // Review invitation
        { u"review_invitation"_s, u"ru"_s, u"Приглашение на встречу по итогам периода — {review.date}"_s,
            u"Здравствуйте, {contact.name}!\n\n"
            "Приглашаем вас на встречу {review.date}: обсудим, как шла работа, какие были сложности, "
            "и согласуем план на следующий период. Если дата неудобна, предложите, пожалуйста, другую.\n\n"
            "С уважением,\n{manager.name}\n{provider.name}"_s },
        { u"review_invitation"_s, u"kk"_s, u"Кезең қорытындысы бойынша кездесуге шақыру — {review.date}"_s,
            u"Сәлеметсіз бе, {contact.name}!\n\n"
            "Сізді {review.date} кездесуге шақырамыз: жұмыстың барысын, қиындықтарды талқылап, "
            "келесі кезеңнің жоспарын келісеміз. Күн ыңғайсыз болса, басқа күнді ұсыныңызшы.\n\n"
            "Құрметпен,\n{manager.name}\n{provider.name}"_s },
        { u"review_invitation"_s, u"en"_s, u"Invitation to our review meeting on {review.date}"_s,
            u"Dear {contact.name},\n\n"
            "We would like to meet on {review.date} to go over how the work went, what problems came up, "
            "and agree on a plan for the next period. If the date does not suit you, please suggest another.\n\n"
            "Kind regards,\n{manager.name}\n{provider.name}"_s },
        // SLA at risk (to staff)
        { u"sla_at_risk"_s, u"ru"_s, u"Под угрозой SLA: обращение №{ticket.number} ({client.short_name})"_s,
            u"Обращение №{ticket.number} «{ticket.subject}» клиента {client.short_name} близко к нарушению SLA: "
            "срок — {due}. Исполнитель: {assignee.name}."_s },
        { u"sla_at_risk"_s, u"kk"_s, u"SLA қауіпте: №{ticket.number} өтініш ({client.short_name})"_s,
            u"{client.short_name} клиентінің №{ticket.number} «{ticket.subject}» өтініші SLA бұзылуына жақын: "
            "мерзімі — {due}. Орындаушы: {assignee.name}."_s },
        { u"sla_at_risk"_s, u"en"_s, u"SLA at risk: request #{ticket.number} ({client.short_name})"_s,
            u"Request #{ticket.number} \"{ticket.subject}\" of {client.short_name} is close to an SLA breach: "
            "due {due}. Assignee: {assignee.name}."_s },
        // Hours running out (to the account manager)
        { u"hours_warning"_s, u"ru"_s, u"{client.short_name}: израсходовано {hours.percent} часов за {month}"_s,
            u"Клиент {client.short_name} израсходовал {hours.used} ч из {hours.included} ч, включённых "
            "в абонентскую плату за {month} ({hours.percent}).\n\n"
            "Стоит заранее предупредить клиента, что дальнейшие работы оплачиваются сверх тарифа "
            "по ставке {tariff.overage_rate} за час, или согласовать перенос части задач на следующий месяц."_s },
        { u"hours_warning"_s, u"kk"_s, u"{client.short_name}: {month} айына сағаттардың {hours.percent} жұмсалды"_s,
            u"{client.short_name} клиенті {month} айына абоненттік төлемге кіретін {hours.included} сағаттың "
            "{hours.used} сағатын жұмсады ({hours.percent}).\n\n"
            "Клиентке бұдан әрі жұмыстар тарифтен тыс сағатына {tariff.overage_rate} мөлшерлемесімен "
            "төленетінін алдын ала ескерткен немесе тапсырмалардың бір бөлігін келесі айға ауыстыруды "
            "келіскен жөн."_s },
        { u"hours_warning"_s, u"en"_s, u"{client.short_name}: {hours.percent} of the hours for {month} used"_s,
            u"{client.short_name} has used {hours.used} of the {hours.included} hours included in the "
            "subscription for {month} ({hours.percent}).\n\n"
            "Consider telling the client in good time that further work is billed as overage at "
            "{tariff.overage_rate} per hour, or agreeing to move some tasks to next month."_s },
        // Hours used up (to the client's contact): overage starts
        { u"hours_exhausted"_s, u"ru"_s, u"Часы за {month} израсходованы — {client.short_name}"_s,
            u"Здравствуйте, {contact.name}!\n\n"
            "Сообщаем, что часы, включённые в абонентскую плату за {month}, израсходованы: выполнено "
            "{hours.used} ч работ при {hours.included} ч по тарифу. Дальнейшие работы в этом месяце "
            "оплачиваются сверх тарифа по ставке {tariff.overage_rate} за час.\n"
            "Если часть задач можно перенести на следующий месяц, ответьте на это письмо — согласуем план.\n\n"
            "С уважением,\n{manager.name}\n{provider.name}"_s },
        { u"hours_exhausted"_s, u"kk"_s, u"{month} айына кіретін сағаттар жұмсалды — {client.short_name}"_s,
            u"Сәлеметсіз бе, {contact.name}!\n\n"
            "{month} айына абоненттік төлемге кіретін сағаттар жұмсалғанын хабарлаймыз: тариф бойынша "
            "{hours.included} сағат, орындалған жұмыс — {hours.used} сағат. Осы айдағы келесі жұмыстар "
            "тарифтен тыс сағатына {tariff.overage_rate} мөлшерлемесімен төленеді.\n"
            "Тапсырмалардың бір бөлігін келесі айға ауыстыруға болса, осы хатқа жауап беріңіз — жоспарды "
            "келісеміз.\n\n"
            "Құрметпен,\n{manager.name}\n{provider.name}"_s },
        { u"hours_exhausted"_s, u"en"_s, u"Included hours for {month} used up — {client.short_name}"_s,
            u"Dear {contact.name},\n\n"
            "The hours included in your subscription for {month} are used up: {hours.used} hours of work "
            "against {hours.included} included. Further work this month is billed as overage at "
            "{tariff.overage_rate} per hour.\n"
            "If some tasks can move to next month, reply to this message and we will agree on a plan.\n\n"
            "Kind regards,\n{manager.name}\n{provider.name}"_s },
    };
    return templates;
}

} // namespace rapport
