// The Handoffs view and dialog offscreen: a handoff completed through the
// dialog with a quality score, the team lead's override, who may score,
// and the filters.
#include "testsupport.h"

#include "appsession.h"
#include "handoffs/handoffdialog.h"
#include "handoffs/handoffsview.h"
#include "handoffs/newhandoffdialog.h"
#include "storage/clientrepository.h"
#include "storage/handoffrepository.h"
#include "storage/userrepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

struct Fixture
{
    test::TempDatabase t;
    AppSession session;
    User sales, manager, otherManager, qc, lead;
    ClientId client;
    HandoffId handoff;

    Fixture()
    {
        sales = addUser(u"Данияр Сейтказиев"_s, u"sales@example.kz"_s, Role::Sales);
        manager = addUser(u"Айгерим Нурпеисова"_s, u"am@example.kz"_s, Role::AccountManager);
        otherManager = addUser(u"Ольга Волкова"_s, u"am2@example.kz"_s, Role::AccountManager);
        qc = addUser(u"Марат Жумабаев"_s, u"qc@example.kz"_s, Role::QualityControl);
        lead = addUser(u"Тимур Ахметов"_s, u"lead@example.kz"_s, Role::TeamLead);
        client = addClient(u"ТОО «Степь Логистик»"_s, u"T-1"_s, manager.id);
        Database db = t.db;
        db.setActor(sales);
        handoff = HandoffRepository(db).create(client, {}, {}, QDateTime::currentSecsSinceEpoch() - 4 * 86400)->id;
        if (!session.openDatabase(t.path))
            qFatal("cannot open the test database");
        session.setCurrentUser(manager);
    }

    User addUser(const QString &name, const QString &email, Role role)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = role;
        return *UserRepository(t.db).add(u);
    }

    ClientId addClient(const QString &name, const QString &taxId, UserId accountManager)
    {
        Client c;
        c.legalName = name;
        c.shortName = name.section(u'«', 1).section(u'»', 0, 0);
        c.taxCountry = TaxCountry::Other;
        c.taxId = taxId;
        c.contractNumber = u"D-2024/17"_s;
        c.contractStart = QDate(2024, 6, 1);
        c.accountManagerId = accountManager;
        c.salesOwnerId = sales.id;
        c.tariff = Tariff {Money(25000000, u"KZT"_s), 600, Money(1500000, u"KZT"_s), 1200, 10, 0};
        Contact contact;
        contact.name = u"Ержан Абенов"_s;
        contact.email = u"erzhan@step.kz"_s;
        c.contacts << contact;
        c.conditions << SpecialCondition {0, u"Отчёт на казахском языке до 3-го числа"_s, u"Данияр"_s,
                                          QDate(2024, 5, 20)};
        return ClientRepository(t.db).add(c)->id;
    }

    Handoff stored() const { return *HandoffRepository(t.db).byId(handoff); }
};

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

// Handles the next modal dialog (message box or input dialog) once it shows.
void onNextModal(const std::function<void(QWidget *)> &handle, QString *seenText = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle, seenText] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!qobject_cast<QMessageBox *>(modal) && !qobject_cast<QInputDialog *>(modal))
            return;
        timer->stop();
        timer->deleteLater();
        if (auto *box = qobject_cast<QMessageBox *>(modal); box && seenText)
            *seenText = box->text();
        handle(modal);
    });
    timer->start();
}

void saveShot(QWidget *w, const QString &file)
{
    const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(file));
}

} // namespace

class TestHandoffsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void completeHandoffThroughDialog()
    {
        Fixture f;
        HandoffsView view(&f.session);
        view.resize(1280, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = child<QTableView>(&view, u"handoffTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"Степь Логистик"_s);
        QCOMPARE(table->model()->index(0, 4).data().toInt(), 4); // age in days
        QCOMPARE(table->model()->index(0, 5).data().toString(), u"2/5"_s);

        // Double-click opens the handoff.
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        HandoffDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<HandoffDialog *>()) && dialog->isVisible());
        auto *tabs = child<QTabWidget>(dialog, u"handoffTabs"_s);
        QVERIFY(child<QLabel>(dialog, u"itemState-meeting"_s)->text().contains(u"missing"_s));
        QVERIFY(child<QLabel>(dialog, u"itemState-card"_s)->text().contains(u"✔"_s));

        // Intro meeting.
        tabs->setCurrentIndex(1);
        child<QComboBox>(dialog, u"meetingMode"_s)->setCurrentIndex(2); // offline
        QTest::keyClicks(child<QLineEdit>(dialog, u"meetingAttendees"_s), u"CEO, CFO, account manager"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveMeeting"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, u"itemState-meeting"_s)->text().contains(u"✔"_s));
        saveShot(dialog, u"handoff-dialog-meeting.png"_s);

        // A question to sales, then its answer.
        tabs->setCurrentIndex(2);
        QTest::keyClicks(child<QLineEdit>(dialog, u"newQuestion"_s), u"Who signs the acts?"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"addQuestion"_s), Qt::LeftButton);
        QCOMPARE(f.stored().questions.size(), 1);
        QVERIFY(child<QLabel>(dialog, u"itemState-questions"_s)->text().contains(u"missing"_s));
        QTest::keyClicks(child<QLineEdit>(dialog, u"answerText"_s), u"The CFO"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"answerQuestion"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, u"itemState-questions"_s)->text().contains(u"✔"_s));
        saveShot(dialog, u"handoff-dialog-questions.png"_s);

        // The special condition, acknowledged by the account manager.
        tabs->setCurrentIndex(3);
        const qint64 condition = f.stored().conditions.first().conditionId;
        auto *ack = child<QPushButton>(dialog, u"ack-%1"_s.arg(condition));
        QVERIFY(ack->isEnabled());
        saveShot(dialog, u"handoff-dialog-conditions.png"_s);
        QTest::mouseClick(ack, Qt::LeftButton);
        QTRY_VERIFY(child<QLabel>(dialog, u"itemState-conditions"_s)->text().contains(u"✔"_s));
        QCOMPARE(f.stored().conditions.first().acknowledgedBy, f.manager.id);

        // The client's satisfaction.
        tabs->setCurrentIndex(1);
        QTest::mouseClick(child<QRadioButton>(dialog, u"satisfaction-5"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveSatisfaction"_s), Qt::LeftButton);
        QCOMPARE(f.stored().satisfaction, 5);
        QCOMPARE(handoffProgress(f.stored()), 5);
        QVERIFY(child<QLabel>(dialog, u"completeHint"_s)->text().contains(u"All five"_s));

        // Quality control scores each item: 2, 2, 1, 2, 2 → 90 %.
        tabs->setCurrentIndex(0);
        QVERIFY(!child<QComboBox>(dialog, u"score-card"_s)->isEnabled()); // not for the account manager
        f.session.setCurrentUser(f.qc);
        const QStringList items {u"card"_s, u"meeting"_s, u"conditions"_s, u"questions"_s, u"satisfaction"_s};
        const QList<int> scores {2, 2, 1, 2, 2};
        for (int i = 0; i < items.size(); ++i) {
            auto *combo = child<QComboBox>(dialog, u"score-"_s + items.at(i));
            QVERIFY(combo->isEnabled());
            combo->setCurrentIndex(scores.at(i) + 1);
        }
        QTest::keyClicks(child<QLineEdit>(dialog, u"comment-conditions"_s), u"acknowledged late"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveScores"_s), Qt::LeftButton);
        QCOMPARE(f.stored().scores.size(), 5);
        QCOMPARE(f.stored().scoreFor(HandoffItem::Conditions)->comment, u"acknowledged late"_s);
        QVERIFY2(child<QLabel>(dialog, u"qualityScore"_s)->text().contains(u"90%"_s),
                 qPrintable(child<QLabel>(dialog, u"qualityScore"_s)->text()));
        saveShot(dialog, u"handoff-dialog.png"_s);

        // The account manager completes it: no override needed.
        f.session.setCurrentUser(f.manager);
        QTest::mouseClick(child<QPushButton>(dialog, u"completeHandoff"_s), Qt::LeftButton);
        const Handoff done = f.stored();
        QVERIFY(done.isCompleted());
        QVERIFY(!done.overrideBy.isValid());
        QVERIFY(!child<QPushButton>(dialog, u"completeHandoff"_s)->isEnabled());
        QCOMPARE(ClientRepository(f.t.db).byId(f.client)->status, ClientStatus::Active);

        // The open list is empty now; "Show completed" brings it back with its score.
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(child<QLabel>(&view, u"handoffEmpty"_s)->isVisible());
        child<QCheckBox>(&view, u"handoffShowCompleted"_s)->setChecked(true);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 6).data().toString(), u"90%"_s);
        QVERIFY(!table->model()->index(0, 7).data().toString().isEmpty());
        dialog->close();
    }

    void overrideNeedsTeamLead()
    {
        Fixture f;
        HandoffsView view(&f.session);
        view.show();
        HandoffDialog *dialog = view.openHandoff(f.handoff);
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, u"completeHint"_s)->text().contains(u"team lead"_s));

        // The account manager is told why not; nothing changes.
        QString explanation;
        onNextModal([](QWidget *w) { qobject_cast<QDialog *>(w)->accept(); }, &explanation);
        QTest::mouseClick(child<QPushButton>(dialog, u"completeHandoff"_s), Qt::LeftButton);
        QVERIFY2(explanation.contains(u"team lead"_s), qPrintable(explanation));
        QVERIFY(!f.stored().isCompleted());

        // A team lead cancelling the reason prompt completes nothing.
        f.session.setCurrentUser(f.lead);
        onNextModal([](QWidget *w) { qobject_cast<QDialog *>(w)->reject(); });
        QTest::mouseClick(child<QPushButton>(dialog, u"completeHandoff"_s), Qt::LeftButton);
        QVERIFY(!f.stored().isCompleted());

        // With a reason the override is recorded.
        onNextModal([](QWidget *w) {
            auto *input = qobject_cast<QInputDialog *>(w);
            input->setTextValue(u"Client asked to start at once"_s);
            input->accept();
        });
        QTest::mouseClick(child<QPushButton>(dialog, u"completeHandoff"_s), Qt::LeftButton);
        const Handoff done = f.stored();
        QVERIFY(done.isCompleted());
        QCOMPARE(done.overrideBy, f.lead.id);
        QCOMPARE(done.overrideReason, u"Client asked to start at once"_s);
        QVERIFY(child<QLabel>(dialog, u"handoffDates"_s)->text().contains(u"Client asked to start at once"_s));
        dialog->close();
    }

    void onlyTheAccountManagerOrLeadAcknowledges()
    {
        Fixture f;
        f.session.setCurrentUser(f.otherManager);
        HandoffsView view(&f.session);
        HandoffDialog *dialog = view.openHandoff(f.handoff);
        const qint64 condition = f.stored().conditions.first().conditionId;
        QVERIFY(!child<QPushButton>(dialog, u"ack-%1"_s.arg(condition))->isEnabled());
        f.session.setCurrentUser(f.lead);
        QVERIFY(child<QPushButton>(dialog, u"ack-%1"_s.arg(condition))->isEnabled());
        QVERIFY(child<QComboBox>(dialog, u"score-card"_s)->isEnabled()); // a team lead may score
        dialog->close();
    }

    void filtersBySalespersonAndManager()
    {
        Fixture f;
        const ClientId second = f.addClient(u"АО «Каспий»"_s, u"T-2"_s, f.otherManager.id);
        QVERIFY(HandoffRepository(f.t.db).create(second, {}, {}, 0).ok());
        f.session.notifyDataChanged();
        HandoffsView view(&f.session);
        auto *table = child<QTableView>(&view, u"handoffTable"_s);
        QCOMPARE(table->model()->rowCount(), 2);
        auto *manager = child<QComboBox>(&view, u"handoffManagerFilter"_s);
        manager->setCurrentIndex(manager->findData(f.otherManager.id.value));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"Каспий"_s);
        auto *sales = child<QComboBox>(&view, u"handoffSalesFilter"_s);
        sales->setCurrentIndex(sales->findData(f.lead.id.value));
        QCOMPARE(table->model()->rowCount(), 0);
        sales->setCurrentIndex(0);
        manager->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 2);
        view.resize(1280, 500);
        saveShot(&view, u"handoffs-view-test.png"_s);
    }

    void newHandoffFromWonDeal()
    {
        Fixture f;
        const ClientId second = f.addClient(u"АО «Каспий»"_s, u"T-2"_s, f.otherManager.id);
        HandoffsView view(&f.session);
        view.show();
        QTest::mouseClick(child<QPushButton>(&view, u"handoffNew"_s), Qt::LeftButton);
        NewHandoffDialog *dialog = view.findChild<NewHandoffDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *client = child<QComboBox>(dialog, u"newHandoffClient"_s);
        auto *ok = child<QDialogButtonBox>(dialog, u"newHandoffButtons"_s)->button(QDialogButtonBox::Ok);

        // The client whose handoff is already open is refused with a message.
        child<QLineEdit>(dialog, u"newHandoffSearch"_s)->setText(u"Степь"_s); // keyClicks is ASCII only
        QCOMPARE(client->count(), 1);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(child<QLabel>(dialog, u"newHandoffError"_s)->isVisible());
        QVERIFY(child<QLabel>(dialog, u"newHandoffError"_s)->text().contains(u"open handoff"_s));

        // The other client: salesperson and account manager come from its card.
        child<QLineEdit>(dialog, u"newHandoffSearch"_s)->setText(u"Каспий"_s);
        QCOMPARE(client->currentData().toLongLong(), second.value);
        QCOMPARE(child<QComboBox>(dialog, u"newHandoffManager"_s)->currentData().toLongLong(), f.otherManager.id.value);
        QCOMPARE(child<QComboBox>(dialog, u"newHandoffSales"_s)->currentData().toLongLong(), f.sales.id.value);
        auto *won = child<QDateEdit>(dialog, u"newHandoffWon"_s);
        won->setDate(won->date().addDays(-2));
        const QDate wonOn = won->date();
        saveShot(dialog, u"new-handoff-dialog.png"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        const auto created = HandoffRepository(f.t.db).openForClient(second);
        QVERIFY(created);
        QCOMPARE(created->accountManagerId, f.otherManager.id);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(created->wonAt).date(), wonOn);
        // The new handoff opens at once and the list shows it.
        QTRY_VERIFY(view.findChild<HandoffDialog *>());
        QCOMPARE(child<QTableView>(&view, u"handoffTable"_s)->model()->rowCount(), 2);
    }

    void languageChangeKeepsState()
    {
        Fixture f;
        HandoffsView view(&f.session);
        HandoffDialog *dialog = view.openHandoff(f.handoff);
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(dialog, &change);
        QApplication::sendEvent(&view, &change);
        QCOMPARE(child<QLabel>(&view, u"viewTitle"_s)->text(), u"Handoffs"_s);
        QVERIFY(child<QLabel>(dialog, u"itemState-card"_s)->text().contains(u"✔"_s));
        QCOMPARE(child<QTabWidget>(dialog, u"handoffTabs"_s)->count(), 4);
        dialog->close();
    }
};

QTEST_MAIN(TestHandoffsView)
#include "tst_handoffsview.moc"
