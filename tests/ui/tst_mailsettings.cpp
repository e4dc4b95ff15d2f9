// Settings → Mail and the Outbox's Send now on a real database: the dialog
// refuses a bad port or sender with MailSettings' message and keeps the
// settings as they were; a good configuration is stored without the
// password; with no keychain (no session bus here) a typed password stays
// in memory and the dialog says so; Send now delivers the due message as an
// .eml file, marks it sent and puts it on the client's timeline.
#include "appsession.h"
#include "automation/mailpassword.h"
#include "domain/clock.h"
#include "outbox/outboxview.h"
#include "settings/mailsettingsbox.h"
#include "settings/mailsettingsdialog.h"
#include "storage/automationrepository.h"
#include "storage/clientrepository.h"
#include "storage/mailsettings.h"
#include "storage/outboxrepository.h"
#include "storage/sql.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestMailSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No Secret Service: the keychain is unavailable, as on a bare desktop.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("RAPPORT_SMTP_PASSWORD");
    }

    void validatesAndStoresWithoutPassword()
    {
        test::TempDatabase t;
        AppSession session;
        QVERIFY(session.openDatabase(t.path));
        MailSettingsBox box(&session);
        QVERIFY(box.summary().contains(u"not configured"_s));

        MailSettingsDialog dialog(&session);
        dialog.findChild<QRadioButton *>(u"mailModeSmtp"_s)->setChecked(true);
        dialog.findChild<QLineEdit *>(u"mailHost"_s)->setText(u"smtp.example.kz"_s);
        dialog.findChild<QSpinBox *>(u"mailPort"_s)->setValue(587);
        dialog.findChild<QLineEdit *>(u"mailUser"_s)->setText(u"desk"_s);
        dialog.findChild<QLineEdit *>(u"mailFrom"_s)->setText(u"not an address"_s);
        dialog.show();
        dialog.accept();
        auto *status = dialog.findChild<QLabel *>(u"mailStatus"_s);
        QVERIFY(dialog.isVisible());
        QVERIFY2(status->text().contains(u"is not a sender e-mail address"_s), qPrintable(status->text()));
        QVERIFY(!MailSettings(t.db).config().isConfigured());

        dialog.findChild<QLineEdit *>(u"mailFrom"_s)->setText(u"desk@example.kz"_s);
        dialog.findChild<QLineEdit *>(u"mailPassword"_s)->setText(u"s3cret"_s);
        dialog.accept();
        // Stored, but the keychain is missing: the password is in memory only
        // and the dialog stays open to say so.
        const MailConfig stored = MailSettings(t.db).config();
        QCOMPARE(stored.mode, MailConfig::Mode::Smtp);
        QCOMPARE(stored.smtp.host, u"smtp.example.kz"_s);
        QCOMPARE(stored.smtp.user, u"desk"_s);
        QVERIFY2(status->text().contains(u"kept in memory"_s), qPrintable(status->text()));
        QVERIFY(status->text().contains(u"keychain"_s, Qt::CaseInsensitive));
        const MailPassword::Lookup found = MailPassword::find(stored.smtp);
        QCOMPARE(found.source, MailPassword::Source::Memory);
        QCOMPARE(found.password, u"s3cret"_s);
        auto settings = sql::exec(t.db.connection(), u"SELECT count(*) FROM settings WHERE value LIKE '%s3cret%'"_s);
        QVERIFY(settings && settings->next());
        QCOMPARE(settings->value(0).toInt(), 0);
        // Forgetting clears the memory even though the keychain cannot be reached.
        const Status forgotten = MailPassword::forget(stored.smtp);
        Q_UNUSED(forgotten)
        QCOMPARE(MailPassword::find(stored.smtp).source, MailPassword::Source::None);
    }

    void sendNowWritesEmlAndMarksSent()
    {
        constexpr qint64 now = 1772445600; // 2026-03-02 10:00 UTC
        Clock::setFixed(now);
        test::TempDatabase t;
        QTemporaryDir mail;
        User m;
        m.name = u"Асель Касымова"_s;
        m.email = u"asel@example.kz"_s;
        m.role = Role::AccountManager;
        Client c;
        c.legalName = u"ТОО «Альфа»"_s;
        c.accountManagerId = UserRepository(t.db).add(m)->id;
        Contact k;
        k.name = u"Иван Петров"_s;
        k.email = u"ivan@alfa.kz"_s;
        c.contacts << k;
        const ClientId client = ClientRepository(t.db).add(c)->id;
        Ticket ticket;
        ticket.clientId = client;
        ticket.subject = u"Не формируется отчёт"_s;
        QVERIFY(TicketRepository(t.db).create(ticket, now - 3600));
        QVERIFY(!AutomationRepository(t.db).rules().isEmpty()); // the shipped rules
        QCOMPARE(AutomationRepository(t.db).run(now, false)->queued, 1);
        MailConfig config;
        config.mode = MailConfig::Mode::EmlFolder;
        config.folder = mail.path();
        config.smtp.fromAddress = u"desk@example.kz"_s;
        QVERIFY(MailSettings(t.db).setConfig(config));

        AppSession session;
        QVERIFY(session.openDatabase(t.path));
        OutboxView view(&session);
        view.resize(1000, 600);
        view.show();
        auto *send = view.findChild<QPushButton *>(u"outboxSendButton"_s);
        QVERIFY(send && send->isEnabled());
        QCOMPARE(send->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        send->click();
        QTRY_COMPARE_WITH_TIMEOUT(OutboxRepository(t.db).list(u"sent"_s).size(), 1, 10000);
        QCOMPARE(QDir(mail.path()).entryList({ u"*.eml"_s }, QDir::Files).size(), 1);
        QTRY_VERIFY(view.findChild<QLabel *>(u"outboxMessage"_s)->text().contains(u"1 message(s) sent"_s));
        auto timeline = sql::exec(t.db.connection(),
            u"SELECT count(*) FROM timeline_events WHERE client_id = ? AND kind = 'message' AND ref_type = 'outbox'"_s,
            { client.value });
        QVERIFY(timeline && timeline->next());
        QCOMPARE(timeline->value(0).toInt(), 1);
        Clock::setFixed(0);
    }
};

QTEST_MAIN(TestMailSettings)
#include "tst_mailsettings.moc"
