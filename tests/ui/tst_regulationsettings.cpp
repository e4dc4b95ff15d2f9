// Settings → Regulation offscreen: the check box turns the provider's default
// regulation for new clients on and off (RegulationSettings), its tooltip
// says what the Service standard contains, and the client card's first save
// applies it (or says why not) beside its buttons.
#include "testsupport.h"

#include "appsession.h"
#include "clients/clientcarddialog.h"
#include "settings/regulationsettingsbox.h"
#include "storage/clientrepository.h"
#include "storage/obligationrepository.h"
#include "storage/regulationsettings.h"
#include "storage/userrepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

// A session on a fresh database with one account manager working.
struct Fixture
{
    test::TempDatabase t;
    AppSession session;
    User manager;

    Fixture()
    {
        User u;
        u.name = u"Asel Kasymova"_s;
        u.email = u"asel@rapport.test"_s;
        u.role = Role::AccountManager;
        auto added = UserRepository(t.db).add(u);
        if (!added)
            qFatal("cannot add user: %s", qPrintable(added.error()));
        manager = *added;
        if (!session.openDatabase(t.path))
            qFatal("cannot open the test database");
        session.setCurrentUser(manager);
    }
};

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qWarning("no child %s", qPrintable(name));
    return w;
}

// Fills a new card with a name (and a tariff when `fee` is set) and saves it.
ClientId saveNewCard(Fixture &f, const QString &name, const QString &fee, QString *note)
{
    ClientCardDialog card(&f.session, ClientId());
    card.show();
    QTest::keyClicks(child<QLineEdit>(&card, u"legalName"_s), name);
    if (!fee.isEmpty()) {
        card.tabs()->setCurrentIndex(ClientCardDialog::ContractTab);
        QTest::mouseClick(child<QWidget>(&card, u"hasTariff"_s), Qt::LeftButton, {}, QPoint(8, 8));
        QTest::keyClicks(child<QLineEdit>(&card, u"monthlyFee"_s), fee);
    }
    QTest::mouseClick(child<QPushButton>(&card, u"clientCardSave"_s), Qt::LeftButton);
    if (!child<QLabel>(&card, u"clientCardError"_s)->text().isEmpty())
        qWarning("not saved: %s", qPrintable(child<QLabel>(&card, u"clientCardError"_s)->text()));
    *note = child<QLabel>(&card, u"clientCardNote"_s)->text();
    return card.clientId();
}

} // namespace

class TestRegulationSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void checkBoxTogglesTheSetting()
    {
        Fixture f;
        RegulationSettingsBox box(&f.session);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        auto *apply = child<QCheckBox>(&box, u"applyServiceStandardToNewClients"_s);
        QVERIFY(apply);
        QCOMPARE(apply->text(), u"Apply the service standard to every new client with a tariff"_s);
        QVERIFY2(apply->toolTip().contains(u"24/48"_s), qPrintable(apply->toolTip()));
        QVERIFY(apply->toolTip().contains(u"Service standard"_s));
        QVERIFY(apply->isChecked()); // on by default

        QTest::mouseClick(apply, Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(!apply->isChecked());
        QVERIFY(!RegulationSettings(f.t.db).applyToNewClients());
        QTest::mouseClick(apply, Qt::LeftButton, {}, QPoint(8, 8));
        QVERIFY(apply->isChecked());
        QVERIFY(RegulationSettings(f.t.db).applyToNewClients());

        // A box opened later shows the stored value.
        QVERIFY(RegulationSettings(f.t.db).setApplyToNewClients(false));
        RegulationSettingsBox again(&f.session);
        QVERIFY(!child<QCheckBox>(&again, u"applyServiceStandardToNewClients"_s)->isChecked());
    }

    void cardAppliesTheServiceStandardOnFirstSave()
    {
        Fixture f;
        ObligationRepository obligations(f.t.db);
        QString note;
        const ClientId onTariff = saveNewCard(f, u"LLP Altyn Dala"_s, u"250000"_s, &note);
        QVERIFY(onTariff.isValid());
        QCOMPARE(obligations.list(onTariff).size(), 5);
        // English is the source language: "(s)" stays.
        QVERIFY2(note.startsWith(u"Service standard applied: SLA policy 24/48, 5 obligation rule(s), quarterly and "
                                 "annual reviews"_s),
            qPrintable(note));

        const ClientId noTariff = saveNewCard(f, u"LLP No Tariff"_s, QString(), &note);
        QVERIFY(noTariff.isValid());
        QVERIFY(obligations.list(noTariff, true).isEmpty());
        QVERIFY2(note.contains(u"no tariff"_s), qPrintable(note));

        // Turned off with the check box: the next card gets nothing.
        RegulationSettingsBox box(&f.session);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QTest::mouseClick(child<QCheckBox>(&box, u"applyServiceStandardToNewClients"_s), Qt::LeftButton, {},
            QPoint(8, 8));
        QVERIFY(!RegulationSettings(f.t.db).applyToNewClients());
        const ClientId off = saveNewCard(f, u"LLP Switched Off"_s, u"250000"_s, &note);
        QVERIFY(off.isValid());
        QVERIFY(obligations.list(off, true).isEmpty());
        QVERIFY2(note.contains(u"turned off in Settings"_s), qPrintable(note));
    }
};

QTEST_MAIN(TestRegulationSettings)
#include "tst_regulationsettings.moc"
