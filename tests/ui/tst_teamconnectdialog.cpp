// File → Connect to Team Database…: the fields are checked before anything is
// sent, an unreachable server keeps the dialog open with its answer and
// remembers nothing, and (on the team database engine, tst_teamconnectdialog_pg)
// a real connection makes the server current and remembers the fields, never
// the password.
#include "appsession.h"
#include "settings/teamconnectdialog.h"
#include "testsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestTeamConnectDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QString settingsText()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(u"RapportTest"_s);
        QCoreApplication::setApplicationName(u"tst_teamconnectdialog"_s);
    }

    void init() { QSettings().clear(); }

    void fieldsAreCheckedFirst()
    {
        AppSession session;
        TeamConnectDialog dialog(&session);
        dialog.hostEdit()->clear();
        dialog.userEdit()->clear();
        QVERIFY(!dialog.connectButton()->isEnabled());
        QVERIFY2(dialog.messageLabel()->text().contains(u"host"_s), qPrintable(dialog.messageLabel()->text()));
        dialog.hostEdit()->setText(u"db example"_s);
        QVERIFY(!dialog.connectButton()->isEnabled());
        QVERIFY(dialog.messageLabel()->text().contains(u"spaces"_s));
        dialog.hostEdit()->setText(u"db.example.kz"_s);
        QVERIFY(!dialog.connectButton()->isEnabled());
        QVERIFY(dialog.messageLabel()->text().contains(u"login"_s));
        dialog.userEdit()->setText(u"am@example.kz"_s);
        QVERIFY(dialog.connectButton()->isEnabled());
        QVERIFY(dialog.messageLabel()->text().isEmpty());
        // Every caption is readable (only the password hint is dimmed).
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->text().startsWith(u"Leave empty"_s))
                QVERIFY2(label->isEnabled(), qPrintable(label->text()));
        }
        // Defaults a team starts from.
        QCOMPARE(dialog.portSpin()->value(), 5432);
        QCOMPARE(dialog.databaseEdit()->text(), u"rapport"_s);
        QCOMPARE(dialog.tlsCombo()->currentData().toString(), u"prefer"_s);
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        const ServerAddress a = dialog.address();
        QCOMPARE(a.uri(), u"postgresql://am%40example.kz@db.example.kz:5432/rapport?sslmode=prefer"_s);
    }

    void unreachableServerKeepsTheDialogOpen()
    {
        // Port 1 on the loopback: nobody listens there, the refusal is immediate.
        const int port = 1;

        AppSession session;
        TeamConnectDialog dialog(&session);
        dialog.hostEdit()->setText(u"127.0.0.1"_s);
        dialog.portSpin()->setValue(port);
        dialog.userEdit()->setText(u"am@example.kz"_s);
        dialog.passwordEdit()->setText(u"never-stored-1"_s);
        QVERIFY(!dialog.connectToServer());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!session.hasDatabase());
        QVERIFY2(dialog.messageLabel()->text().contains(u"127.0.0.1"_s), qPrintable(dialog.messageLabel()->text()));
        // The fields are still there to correct; nothing was remembered.
        QCOMPARE(dialog.hostEdit()->text(), u"127.0.0.1"_s);
        QVERIFY(!QSettings().contains(u"team/host"_s));
        QVERIFY(!settingsText().contains(u"never-stored-1"_s));
    }

    void connectsAndRemembersWithoutThePassword()
    {
        if (!test::onServer()) {
            // The connection itself is tried by tst_teamconnectdialog_pg on
            // the test server; without one there is nothing to connect to.
            QVERIFY(qEnvironmentVariable("RAPPORT_TEST_PG_URI").isEmpty());
            return;
        }
        QTemporaryDir dir;
        const QString uri = test::freshDatabase(dir, u"connect.sqlite"_s);
        auto address = ServerAddress::parse(uri);
        QVERIFY2(address, qPrintable(address.error()));

        AppSession session;
        {
            TeamConnectDialog dialog(&session);
            dialog.setAddress(*address);
            dialog.tlsCombo()->setCurrentIndex(dialog.tlsCombo()->findData(u"disable"_s));
            dialog.passwordEdit()->setText(u"never-stored-2"_s);
            QVERIFY2(dialog.connectToServer(), qPrintable(dialog.messageLabel()->text()));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(session.hasDatabase());
        QVERIFY(session.database().isServer());
        QCOMPARE(session.database().server().database, address->database);
        QSettings settings;
        QCOMPARE(settings.value(u"team/host"_s).toString(), address->host);
        QCOMPARE(settings.value(u"team/database"_s).toString(), address->database);
        QCOMPARE(settings.value(u"team/user"_s).toString(), address->user);
        QCOMPARE(settings.value(u"team/sslmode"_s).toString(), u"disable"_s);
        // The recent list holds the address without the password.
        QVERIFY(settings.value(u"database/recent"_s).toStringList().constFirst().startsWith(u"postgresql://"_s));
        QVERIFY(!settingsText().contains(u"never-stored-2"_s));
        QVERIFY(!settingsText().contains(u"password"_s, Qt::CaseInsensitive));

        // A new dialog starts from what was remembered.
        TeamConnectDialog again(&session);
        QCOMPARE(again.hostEdit()->text(), address->host);
        QCOMPARE(again.userEdit()->text(), address->user);
        QVERIFY(again.passwordEdit()->text().isEmpty());
        Database::closeAllConnections(session.database().path());
        test::dropDatabase(uri);
    }
};

QTEST_MAIN(TestTeamConnectDialog)
#include "tst_teamconnectdialog.moc"
