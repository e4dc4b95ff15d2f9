// The Outbox view on a real database: a message queued by a rule that asks
// for approval shows up with its preview; Approve is offered only for it,
// approving and cancelling change the stored state; the filter narrows the
// list.
#include "appsession.h"
#include "domain/clock.h"
#include "outbox/outboxview.h"
#include "storage/automationrepository.h"
#include "storage/clientrepository.h"
#include "storage/outboxrepository.h"
#include "storage/sql.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestOutboxView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void approveAndCancel()
    {
        constexpr qint64 now = 1772445600; // 2026-03-02 10:00 UTC
        Clock::setFixed(now);
        test::TempDatabase t;
        User m;
        m.name = u"Асель Касымова"_s;
        m.email = u"asel@example.kz"_s;
        m.role = Role::AccountManager;
        const UserId manager = UserRepository(t.db).add(m)->id;
        Client c;
        c.legalName = u"ТОО «Альфа»"_s;
        c.accountManagerId = manager;
        Contact k;
        k.name = u"Иван Петров"_s;
        k.email = u"ivan@alfa.kz"_s;
        c.contacts << k;
        const ClientId client = ClientRepository(t.db).add(c)->id;
        Ticket ticket;
        ticket.clientId = client;
        ticket.subject = u"Не формируется отчёт"_s;
        QVERIFY(TicketRepository(t.db).create(ticket, now - 3600));
        QVERIFY(!AutomationRepository(t.db).rules().isEmpty());
        QVERIFY(sql::exec(t.db.connection(),
            u"UPDATE automation_rules SET needs_approval = 1 WHERE key = 'ticket_acknowledgement'"_s));
        QCOMPARE(AutomationRepository(t.db).run(now, false)->queued, 1);

        AppSession session;
        QVERIFY(session.openDatabase(t.path));
        OutboxView view(&session);
        view.resize(1000, 600);
        view.show();
        auto *table = view.findChild<QTableView *>(u"outboxTable"_s);
        auto *preview = view.findChild<QPlainTextEdit *>(u"outboxPreview"_s);
        auto *approve = view.findChild<QPushButton *>(u"outboxApprove"_s);
        auto *retry = view.findChild<QPushButton *>(u"outboxRetry"_s);
        auto *cancel = view.findChild<QPushButton *>(u"outboxCancel"_s);
        auto *filter = view.findChild<QComboBox *>(u"outboxStateFilter"_s);
        QVERIFY(table && preview && approve && retry && cancel && filter);
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QVERIFY(preview->toPlainText().contains(u"Обращение №1 принято в работу"_s));
        QVERIFY(preview->toPlainText().contains(u"ivan@alfa.kz"_s));
        QVERIFY(approve->isEnabled());
        QVERIFY(!retry->isEnabled());
        QCOMPARE(table->model()->index(0, 1).data().toString(), u"Waiting for approval"_s);

        approve->click();
        const qint64 id = OutboxRepository(t.db).list().first().id;
        QCOMPARE(OutboxRepository(t.db).byId(id)->state, u"approved"_s);
        QCOMPARE(table->model()->index(0, 1).data().toString(), u"Approved"_s);
        QVERIFY(!approve->isEnabled());

        filter->setCurrentIndex(3); // Failed
        QCOMPARE(table->model()->rowCount(), 0);
        filter->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 1);
        table->selectRow(0);
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QCOMPARE(OutboxRepository(t.db).byId(id)->state, u"cancelled"_s);
        QVERIFY(!cancel->isEnabled());
        Clock::setFixed(0);
    }
};

QTEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
