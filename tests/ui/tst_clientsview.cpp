// The Clients area offscreen: the card form creates and validates clients,
// the list searches and loads lazily, shows, sorts and filters this month's
// hours, the card asks before losing changes, calls land on the timeline,
// and the view retranslates live.
#include "testsupport.h"

#include "appsession.h"
#include "billing/hourledgertext.h"
#include "clients/clientcarddialog.h"
#include "clients/clientsview.h"
#include "clients/clienttablemodel.h"
#include "clients/clienttimelinepage.h"
#include "clients/logcalldialog.h"
#include "domain/clock.h"
#include "languagemanager.h"
#include "storage/clientrepository.h"
#include "storage/ticketrepository.h"
#include "storage/timeline.h"
#include "storage/transaction.h"
#include "storage/userrepository.h"
#include "views/viewfactory.h"

#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

const QString kValidBin = u"150840001234"_s;

User addManager(const Database &db)
{
    User u;
    u.name = u"Asel Kasymova"_s;
    u.email = u"asel@rapport.test"_s;
    u.role = Role::AccountManager;
    auto added = UserRepository(db).add(u);
    if (!added)
        qFatal("cannot add user: %s", qPrintable(added.error()));
    return *added;
}

ClientId addClient(const Database &db, const QString &name, const QString &taxId = {})
{
    Client c;
    c.legalName = name;
    c.taxId = taxId;
    auto added = ClientRepository(db).add(c);
    if (!added)
        qFatal("cannot add client: %s", qPrintable(added.error()));
    return added->id;
}

// The clock stands still at noon on 15 April 2026 while it lives: "this
// month" of the hour ledger is April 2026.
struct FixedClock
{
    FixedClock() { Clock::setFixed(QDateTime(QDate(2026, 4, 15), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch()); }
    ~FixedClock() { Clock::setFixed(0); }
};

// A client of `manager` on a tariff including `includedMinutes` a month,
// with `usedMinutes` logged on one of its tickets in April 2026.
ClientId addClientWithHours(
    const Database &db, const User &manager, const QString &name, int includedMinutes, int usedMinutes)
{
    Database actor = db;
    actor.setActor(manager);
    Client c;
    c.legalName = name;
    c.accountManagerId = manager.id;
    c.tariff = Tariff { Money(10000000, u"KZT"_s), includedMinutes, Money(1000000, u"KZT"_s), 1200, 10, 0 };
    auto added = ClientRepository(actor).add(c);
    if (!added)
        qFatal("cannot add client: %s", qPrintable(added.error()));
    Ticket ticket;
    ticket.clientId = added->id;
    ticket.subject = u"Monthly bookkeeping"_s;
    auto created = TicketRepository(actor).create(ticket);
    if (!created)
        qFatal("cannot add ticket: %s", qPrintable(created.error()));
    for (int day = 1; usedMinutes > 0; ++day) {
        TimeEntry e;
        e.ticketId = created->id;
        e.userId = manager.id;
        e.day = QDate(2026, 4, day);
        e.minutes = std::min(usedMinutes, 600);
        if (auto time = TicketRepository(actor).addTime(e); !time)
            qFatal("cannot log time: %s", qPrintable(time.error()));
        usedMinutes -= e.minutes;
    }
    return added->id;
}

// A session on a fresh database with one account manager working.
struct Fixture
{
    test::TempDatabase t;
    AppSession session;
    User manager;

    Fixture()
    {
        manager = addManager(t.db);
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

// With RAPPORT_SHOTS set, saves what the widget shows (for looking at the screens).
void shoot(QWidget *w, const QString &file)
{
    const QString dir = qEnvironmentVariable("RAPPORT_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // pending layout requests
    w->grab().save(QDir(dir).filePath(file));
}

} // namespace

class TestClientsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void createsClientThroughTheCard()
    {
        Fixture f;
        ClientsView view(&f.session);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.findChild<QLabel *>(u"viewTitle"_s)->text(), viewTitle(u"clients"_s));

        QTest::mouseClick(child<QPushButton>(&view, u"clientNew"_s), Qt::LeftButton);
        auto *card = view.findChild<ClientCardDialog *>();
        QVERIFY(card);
        QVERIFY(card->isVisible());
        QVERIFY(!card->clientId().isValid());

        QTest::keyClicks(child<QLineEdit>(card, u"legalName"_s), u"LLP Altyn Dala"_s);
        QTest::keyClicks(child<QLineEdit>(card, u"shortName"_s), u"Altyn Dala"_s);
        QTest::keyClicks(child<QLineEdit>(card, u"taxId"_s), u"1508 4000 1234"_s);
        QVERIFY(!child<QLabel>(card, u"taxIdError"_s)->isVisible());
        QVERIFY(card->isDirty());

        // A contact typed into the table.
        card->tabs()->setCurrentIndex(ClientCardDialog::ContactsTab);
        QTest::mouseClick(child<QPushButton>(card, u"contactAdd"_s), Qt::LeftButton);
        auto *contacts = child<QTableWidget>(card, u"contactsTable"_s);
        QCOMPARE(contacts->rowCount(), 1);
        // Add opened an editor on the name; Tab moves on to the next cell's editor.
        const auto editor
            = [contacts](int column) { return contacts->indexWidget(contacts->model()->index(0, column)); };
        QVERIFY(editor(0));
        QTest::keyClicks(editor(0), u"Dana Serikova"_s);
        QTest::keyClick(editor(0), Qt::Key_Tab);
        QVERIFY(editor(1));
        QTest::keyClicks(editor(1), u"Director"_s);
        QTest::keyClick(editor(1), Qt::Key_Tab);
        QVERIFY(editor(2));
        QTest::keyClicks(editor(2), u"dana@altyn.kz"_s);
        QTest::keyClick(editor(2), Qt::Key_Return);
        QCOMPARE(contacts->item(0, 0)->text(), u"Dana Serikova"_s);
        QTRY_COMPARE(contacts->item(0, 2)->text(), u"dana@altyn.kz"_s);

        // The contract number and a tariff.
        card->tabs()->setCurrentIndex(ClientCardDialog::ContractTab);
        QTest::keyClicks(child<QLineEdit>(card, u"contractNumber"_s), u"D-14/2026"_s);
        QTest::mouseClick(child<QWidget>(card, u"hasTariff"_s), Qt::LeftButton, {}, QPoint(8, 8));
        QTest::keyClicks(child<QLineEdit>(card, u"monthlyFee"_s), u"250000.50"_s);
        // Billed in arrears unless chosen otherwise; "in advance" is listed first.
        auto *billed = child<QComboBox>(card, u"billingMode"_s);
        QCOMPARE(billed->currentData().toString(), u"arrears"_s);
        QTest::keyClick(billed, Qt::Key_Up);
        QCOMPARE(billed->currentData().toString(), u"advance"_s);

        QSignalSpy saved(card, &ClientCardDialog::saved);
        QTest::mouseClick(child<QPushButton>(card, u"clientCardSave"_s), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QVERIFY(!card->isDirty());
        const ClientId id = card->clientId();
        QVERIFY(id.isValid());

        const auto stored = ClientRepository(f.t.db).byId(id);
        QVERIFY(stored);
        QCOMPARE(stored->legalName, u"LLP Altyn Dala"_s);
        QCOMPARE(stored->shortName, u"Altyn Dala"_s);
        QCOMPARE(stored->taxId, kValidBin);
        QCOMPARE(stored->contractNumber, u"D-14/2026"_s);
        QVERIFY(stored->tariff);
        QCOMPARE(stored->tariff->monthlyFee, Money(25000050, u"KZT"_s));
        QCOMPARE(stored->tariff->billingMode, Tariff::BillingMode::Advance);
        QCOMPARE(stored->contacts.size(), 1);
        QCOMPARE(stored->contacts.first().name, u"Dana Serikova"_s);
        QCOMPARE(stored->contacts.first().role, u"Director"_s);
        QCOMPARE(stored->contacts.first().email, u"dana@altyn.kz"_s);
        // A new card is created by its future account manager.
        QCOMPARE(stored->accountManagerId, f.manager.id);

        // The list reloaded and shows it.
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, ClientTableModel::NameColumn).data().toString(), u"LLP Altyn Dala"_s);
        QCOMPARE(ClientTableModel::clientId(view.model()->index(0, 0)), id);
        for (int tab = ClientCardDialog::ContactsTab; tab <= ClientCardDialog::TimelineTab; ++tab) {
            card->tabs()->setCurrentIndex(tab);
            shoot(card, u"client-card-tab%1.png"_s.arg(tab));
        }
        card->tabs()->setCurrentIndex(ClientCardDialog::DetailsTab);
        shoot(card, u"client-card.png"_s);
        shoot(&view, u"clients-view.png"_s);

        // Ctrl+S on an edited card saves again.
        auto *shortName = child<QLineEdit>(card, u"shortName"_s);
        shortName->setFocus();
        QTest::keyClicks(shortName, u" Group"_s);
        QVERIFY(card->isDirty());
        QTest::keyClick(shortName, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!card->isDirty());
        QCOMPARE(ClientRepository(f.t.db).byId(id)->shortName, u"Altyn Dala Group"_s);
    }

    void invalidTaxIdShowsMessageAndBlocksSaving_data()
    {
        QTest::addColumn<int>("country");
        QTest::addColumn<QString>("taxId");
        QTest::addColumn<bool>("valid");
        QTest::newRow("kz valid") << 0 << kValidBin << true;
        QTest::newRow("kz check digit") << 0 << u"150840001235"_s << false;
        QTest::newRow("kz too short") << 0 << u"15084000"_s << false;
        QTest::newRow("kz letters") << 0 << u"15084000123A"_s << false;
        QTest::newRow("ru inn check digit") << 1 << u"7707083894"_s << false;
        QTest::newRow("ru inn valid") << 1 << u"7707083893"_s << true;
        QTest::newRow("other free text") << 2 << u"DE 123456789"_s << true;
    }

    void invalidTaxIdShowsMessageAndBlocksSaving()
    {
        QFETCH(int, country);
        QFETCH(QString, taxId);
        QFETCH(bool, valid);
        Fixture f;
        ClientCardDialog card(&f.session, ClientId());
        card.show();
        QTest::keyClicks(child<QLineEdit>(&card, u"legalName"_s), u"LLP Test Company"_s);
        child<QComboBox>(&card, u"taxCountry"_s)->setCurrentIndex(country);
        QTest::keyClicks(child<QLineEdit>(&card, u"taxId"_s), taxId);

        auto *message = child<QLabel>(&card, u"taxIdError"_s);
        QCOMPARE(message->isVisible(), !valid);
        QCOMPARE(message->text().isEmpty(), valid);

        QTest::mouseClick(child<QPushButton>(&card, u"clientCardSave"_s), Qt::LeftButton);
        ClientQuery all;
        QCOMPARE(ClientRepository(f.t.db).count(all), valid ? 1 : 0);
        QCOMPARE(card.clientId().isValid(), valid);
        QCOMPARE(child<QLabel>(&card, u"clientCardError"_s)->text().isEmpty(), valid);
        if (!valid) {
            QCOMPARE(card.tabs()->currentIndex(), int(ClientCardDialog::DetailsTab));
            QVERIFY(card.isDirty());
            shoot(&card, u"client-card-invalid.png"_s);
        }
    }

    void emptyLegalNameAndBadFeeAreRefusedNextToTheField()
    {
        Fixture f;
        ClientCardDialog card(&f.session, ClientId());
        card.show();
        QTest::mouseClick(child<QPushButton>(&card, u"clientCardSave"_s), Qt::LeftButton);
        QVERIFY(child<QLabel>(&card, u"legalNameError"_s)->isVisible());
        QCOMPARE(ClientRepository(f.t.db).count({}), 0);

        QTest::keyClicks(child<QLineEdit>(&card, u"legalName"_s), u"LLP Fee Test"_s);
        QVERIFY(!child<QLabel>(&card, u"legalNameError"_s)->isVisible());
        card.tabs()->setCurrentIndex(ClientCardDialog::ContractTab);
        QTest::mouseClick(child<QWidget>(&card, u"hasTariff"_s), Qt::LeftButton, {}, QPoint(8, 8));
        QTest::keyClicks(child<QLineEdit>(&card, u"monthlyFee"_s), u"12,345.678"_s);
        card.tabs()->setCurrentIndex(ClientCardDialog::DetailsTab);
        QTest::mouseClick(child<QPushButton>(&card, u"clientCardSave"_s), Qt::LeftButton);
        QCOMPARE(card.tabs()->currentIndex(), int(ClientCardDialog::ContractTab));
        QVERIFY(child<QLabel>(&card, u"monthlyFeeError"_s)->isVisible());
        QCOMPARE(ClientRepository(f.t.db).count({}), 0);
    }

    void duplicateTaxIdIsShownNextToTheField()
    {
        Fixture f;
        addClient(f.t.db, u"LLP First Owner"_s, kValidBin);
        ClientCardDialog card(&f.session, ClientId());
        card.show();
        QTest::keyClicks(child<QLineEdit>(&card, u"legalName"_s), u"LLP Second Owner"_s);
        QTest::keyClicks(child<QLineEdit>(&card, u"taxId"_s), kValidBin);
        QTest::mouseClick(child<QPushButton>(&card, u"clientCardSave"_s), Qt::LeftButton);
        auto *message = child<QLabel>(&card, u"taxIdError"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"LLP First Owner"_s), qPrintable(message->text()));
        QCOMPARE(ClientRepository(f.t.db).count({}), 1);
    }

    void searchFiltersAfterTheDebounce()
    {
        Fixture f;
        addClient(f.t.db, u"LLP Kazakh Logistics"_s);
        addClient(f.t.db, u"JSC Steppe Energy"_s);
        addClient(f.t.db, u"LLP Almaty Bakery"_s);
        ClientsView view(&f.session);
        view.show();
        ClientTableModel *model = view.model();
        QCOMPARE(model->rowCount(), 3);

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        auto *search = child<QLineEdit>(&view, u"clientSearch"_s);
        QTest::keyClicks(search, u"logist"_s);
        // Typing does not reload per keystroke: one reload after the pause.
        QCOMPARE(model->rowCount(), 3);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model->index(0, ClientTableModel::NameColumn).data().toString(), u"LLP Kazakh Logistics"_s);
        QVERIFY(child<QLabel>(&view, u"clientCounts"_s)->text().contains(u'1'));

        search->clear();
        QTRY_COMPARE(model->rowCount(), 3);
        QTest::keyClicks(search, u"nothing like this"_s);
        QTRY_COMPARE(model->rowCount(), 0);
    }

    void statusFilterNarrowsTheList()
    {
        Fixture f;
        const ClientId active = addClient(f.t.db, u"LLP Active One"_s);
        addClient(f.t.db, u"LLP Onboarding One"_s);
        Client c = *ClientRepository(f.t.db).byId(active);
        c.status = ClientStatus::Active;
        QVERIFY(ClientRepository(f.t.db).update(c).ok());
        ClientsView view(&f.session);
        auto *status = child<QComboBox>(&view, u"clientStatusFilter"_s);
        status->setCurrentIndex(status->findData(u"active"_s));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->clientId(0), active);
        status->setCurrentIndex(0);
        QCOMPARE(view.model()->rowCount(), 2);
    }

    void listFetchesLazily()
    {
        Fixture f;
        {
            Transaction tx(f.t.db.connection());
            QVERIFY(tx.isActive());
            for (int i = 0; i < 1000; ++i)
                addClient(f.t.db, u"LLP Client %1"_s.arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(tx.commit().ok());
        }
        ClientsView view(&f.session);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ClientTableModel *model = view.model();
        QCOMPARE(model->totalCount(), 1000);
        QCOMPARE(model->rowCount(), ClientTableModel::PageSize);
        QVERIFY(model->canFetchMore({}));
        QVERIFY(child<QLabel>(&view, u"clientCounts"_s)->text().contains(u"1000"_s));

        model->fetchMore({});
        QCOMPARE(model->rowCount(), 2 * ClientTableModel::PageSize);
        // Pages continue in (legal name, id) order without gaps or repeats.
        QCOMPARE(model->index(199, 0).data().toString(), u"LLP Client 0199"_s);
        QCOMPARE(model->index(200, 0).data().toString(), u"LLP Client 0200"_s);

        // Scrolling to the end asks for the next page.
        QTableView *table = view.table();
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QTRY_VERIFY(model->rowCount() > 2 * ClientTableModel::PageSize);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 1000);
        QCOMPARE(model->index(999, 0).data().toString(), u"LLP Client 0999"_s);
    }

    void hoursColumnShowsSortsAndFilters()
    {
        FixedClock clock;
        Fixture f;
        // April 2026 on 40 h a month: 48 h used (exhausted), 32:48 (warning at 80 %), 10 h; and no tariff.
        const ClientId over = addClientWithHours(f.t.db, f.manager, u"LLP Beyond Hours"_s, 2400, 2880);
        const ClientId most = addClientWithHours(f.t.db, f.manager, u"LLP Almost Out"_s, 2400, 1968);
        const ClientId calm = addClientWithHours(f.t.db, f.manager, u"LLP Calm Month"_s, 2400, 600);
        const ClientId none = addClient(f.t.db, u"LLP No Tariff"_s);
        ClientsView view(&f.session);
        view.resize(1400, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ClientTableModel *model = view.model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->headerData(ClientTableModel::HoursColumn, Qt::Horizontal).toString(), u"Hours"_s);
        const auto cell = [model](ClientId id, int role = Qt::DisplayRole) {
            return model->index(model->rowOf(id), ClientTableModel::HoursColumn).data(role);
        };
        QCOMPARE(cell(over).toString(), u"120 %"_s);
        QCOMPARE(cell(over, ClientTableModel::HoursShareRole).toInt(), 12000);
        QCOMPARE(cell(over, ClientTableModel::HourLevelRole).toString(), u"exhausted"_s);
        QCOMPARE(cell(over, Qt::ToolTipRole).toString(),
            u"Used 48:00 of 40:00 this month (40:00 included + 0:00 rolled over), 8:00 over: billed as overage"_s);
        QCOMPARE(cell(over, Qt::ForegroundRole).value<QBrush>().color(), HourLedgerText::color(HourLevel::Exhausted));
        QCOMPARE(cell(most).toString(), u"82 %"_s);
        QCOMPARE(cell(most, ClientTableModel::HourLevelRole).toString(), u"warning"_s);
        QCOMPARE(cell(most, Qt::ToolTipRole).toString(),
            u"Used 32:48 of 40:00 this month (40:00 included + 0:00 rolled over), 7:12 remaining"_s);
        QCOMPARE(cell(most, Qt::ForegroundRole).value<QBrush>().color(), HourLedgerText::color(HourLevel::Warning));
        QCOMPARE(cell(calm).toString(), u"25 %"_s);
        QCOMPARE(cell(calm, ClientTableModel::HourLevelRole).toString(), u"ok"_s);
        QVERIFY(!cell(calm, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(none).toString(), QString());
        QVERIFY(!cell(none, ClientTableModel::HoursShareRole).isValid());
        QCOMPARE(cell(none, ClientTableModel::HourLevelRole).toString(), u"none"_s);

        // The first click sorts the fullest first; clients without hours stay last either way.
        QCOMPARE(model->headerData(ClientTableModel::HoursColumn, Qt::Horizontal, Qt::InitialSortOrderRole).toInt(),
            int(Qt::DescendingOrder));
        const auto order = [model] {
            QList<qint64> ids;
            for (int row = 0; row < model->rowCount(); ++row)
                ids << model->clientId(row).value;
            return ids;
        };
        view.table()->sortByColumn(ClientTableModel::HoursColumn, Qt::DescendingOrder);
        QCOMPARE(order(), (QList<qint64> { over.value, most.value, calm.value, none.value }));
        view.table()->sortByColumn(ClientTableModel::HoursColumn, Qt::AscendingOrder);
        QCOMPARE(order(), (QList<qint64> { calm.value, most.value, over.value, none.value }));
        view.table()->sortByColumn(ClientTableModel::HoursColumn, Qt::DescendingOrder);

        // The filter: at least the warning share, then at least all of the hours.
        auto *hours = child<QComboBox>(&view, u"clientHoursFilter"_s);
        QVERIFY(hours);
        QCOMPARE(hours->accessibleName(), u"Hours used this month"_s);
        QVERIFY(hours->focusPolicy() & Qt::TabFocus);
        QCOMPARE(hours->count(), 3);
        QCOMPARE(hours->itemText(1), u"≥ 80 % used"_s);
        QCOMPARE(hours->itemText(2), u"≥ 100 % used"_s);
        hours->setCurrentIndex(hours->findData(80));
        QCOMPARE(model->totalCount(), 2);
        QCOMPARE(order(), (QList<qint64> { over.value, most.value }));
        QCOMPARE(child<QLabel>(&view, u"clientCounts"_s)->text(), u"Clients: 2"_s);
        ClientQuery query;
        query.hoursAtLeastPercent = 80;
        QCOMPARE(ClientRepository(f.t.db).count(query), 2);
        QCOMPARE(ClientRepository(f.t.db).list(query).size(), 2);
        hours->setCurrentIndex(hours->findData(100));
        QCOMPARE(model->totalCount(), 1);
        QCOMPARE(order(), (QList<qint64> { over.value }));
        // Combined with the search; nothing matching both is an empty list.
        QTest::keyClicks(child<QLineEdit>(&view, u"clientSearch"_s), u"calm"_s);
        QTRY_COMPARE(model->totalCount(), 0);
        QCOMPARE(model->rowCount(), 0);
        child<QLineEdit>(&view, u"clientSearch"_s)->clear();
        hours->setCurrentIndex(0);
        QTRY_COMPARE(model->totalCount(), 4);
        QCOMPARE(model->rowCount(), 4);
    }

    void closingWithChangesAsks()
    {
        Fixture f;
        const ClientId id = addClient(f.t.db, u"LLP Careful"_s);
        ClientsView view(&f.session);
        view.show();
        ClientCardDialog *card = view.openCard(id);
        QVERIFY(card);
        QPointer<ClientCardDialog> guard(card);
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        card->setUnsavedChangesPrompt([&](QWidget *) {
            ++asked;
            return answer;
        });

        auto *name = child<QLineEdit>(card, u"legalName"_s);
        QCOMPARE(name->text(), u"LLP Careful"_s);
        QTest::keyClicks(name, u" Renamed"_s);
        QVERIFY(card->isDirty());

        QTest::keyClick(card, Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(card->isVisible());

        answer = QMessageBox::Discard;
        QTest::mouseClick(child<QPushButton>(card, u"clientCardClose"_s), Qt::LeftButton);
        QCOMPARE(asked, 2);
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(ClientRepository(f.t.db).byId(id)->legalName, u"LLP Careful"_s);

        // Save from the prompt stores the change.
        card = view.openCard(id);
        guard = card;
        card->setUnsavedChangesPrompt([&](QWidget *) {
            ++asked;
            return QMessageBox::Save;
        });
        QTest::keyClicks(child<QLineEdit>(card, u"legalName"_s), u" Saved"_s);
        card->close();
        QCOMPARE(asked, 3);
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(ClientRepository(f.t.db).byId(id)->legalName, u"LLP Careful Saved"_s);

        // Unchanged: closes at once.
        card = view.openCard(id);
        guard = card;
        card->setUnsavedChangesPrompt([&](QWidget *) {
            ++asked;
            return QMessageBox::Cancel;
        });
        QTest::keyClick(card, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(asked, 3);
    }

    // Two desks on one card: the second save does not silently overwrite
    // the first; the user chooses to keep editing, reload or save over it.
    void cardSavedElsewhereAsksBeforeOverwriting()
    {
        Fixture f;
        const ClientId id = addClient(f.t.db, u"LLP Shared"_s);
        ClientCardDialog card(&f.session, id);
        QString shown;
        ClientCardDialog::ConflictChoice choice = ClientCardDialog::ConflictChoice::KeepEditing;
        card.setConflictPrompt([&](QWidget *, const QString &message) {
            shown = message;
            return choice;
        });
        // Another desk saves the card after it was opened here.
        Database otherDesk = f.t.db;
        otherDesk.setActor(f.manager);
        Client theirs = *ClientRepository(f.t.db).byId(id);
        theirs.notes = u"Their note"_s;
        QVERIFY(ClientRepository(otherDesk).update(theirs));

        auto *name = child<QLineEdit>(&card, u"legalName"_s);
        name->selectAll();
        QTest::keyClicks(name, u"LLP Shared Mine"_s);
        QVERIFY(!card.save());
        QVERIFY2(shown.contains(u"LLP Shared"_s) && shown.contains(f.manager.name), qPrintable(shown));
        QCOMPARE(ClientRepository(f.t.db).byId(id)->legalName, u"LLP Shared"_s);
        QVERIFY(card.isDirty());

        // Reload: the form shows what the other desk saved.
        shown.clear();
        choice = ClientCardDialog::ConflictChoice::Reload;
        QVERIFY(!card.save());
        QVERIFY(!shown.isEmpty());
        QCOMPARE(name->text(), u"LLP Shared"_s);
        QCOMPARE(card.clientFromForm().notes, u"Their note"_s);
        QVERIFY(!card.isDirty());

        // Edited again and saved again elsewhere: Save Mine writes over it.
        name->selectAll();
        QTest::keyClicks(name, u"LLP Shared Mine"_s);
        theirs = *ClientRepository(f.t.db).byId(id);
        theirs.shortName = u"Shared"_s;
        QVERIFY(ClientRepository(otherDesk).update(theirs));
        shown.clear();
        choice = ClientCardDialog::ConflictChoice::SaveMine;
        QVERIFY(card.save());
        QVERIFY(!shown.isEmpty());
        QCOMPARE(ClientRepository(f.t.db).byId(id)->legalName, u"LLP Shared Mine"_s);
        // Without a save elsewhere, no question.
        shown.clear();
        name->selectAll();
        QTest::keyClicks(name, u"LLP Shared Final"_s);
        QVERIFY(card.save());
        QVERIFY(shown.isEmpty());
        QCOMPARE(ClientRepository(f.t.db).byId(id)->legalName, u"LLP Shared Final"_s);
        // The real question: a message box naming who changed the card.
        {
            ClientCardDialog other(&f.session, id);
            other.show();
            theirs = *ClientRepository(f.t.db).byId(id);
            theirs.notes = u"Third note"_s;
            QVERIFY(ClientRepository(otherDesk).update(theirs));
            auto *otherName = child<QLineEdit>(&other, u"legalName"_s);
            otherName->selectAll();
            QTest::keyClicks(otherName, u"LLP Shared Other"_s);
            QString boxText;
            QTimer::singleShot(100, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->objectName() != u"conflictPrompt"_s)
                    return;
                boxText = box->text();
                shoot(box, u"client-conflict.png"_s);
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::RejectRole)
                        b->click();
                }
            });
            QVERIFY(!other.save());
            QVERIFY2(boxText.contains(f.manager.name), qPrintable(boxText));
            QVERIFY(other.isDirty());
            QCOMPARE(ClientRepository(f.t.db).byId(id)->notes, u"Third note"_s);
        }
    }

    void loggingACallAddsATimelineRow()
    {
        Fixture f;
        const ClientId id = addClient(f.t.db, u"LLP Talkative"_s);
        ClientCardDialog card(&f.session, id);
        card.show();
        card.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&card));
        auto *list = child<QTreeWidget>(&card, u"timelineList"_s);
        const int before = list->topLevelItemCount();

        QTest::keyClick(&card, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(card.tabs()->currentIndex(), int(ClientCardDialog::TimelineTab));
        auto *dialog = card.findChild<LogCallDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"callSummary"_s), u"Agreed the March act by Friday"_s);
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QTRY_COMPARE(list->topLevelItemCount(), before + 1);
        QVERIFY(list->topLevelItem(0)->text(ClientTimelinePage::EventColumn).contains(u"Agreed the March act"_s));
        const auto stored = Timeline(f.t.db).forClient(id, 10);
        QVERIFY(stored.ok());
        QCOMPARE(stored->first().kind, u"call"_s);
        QCOMPARE(stored->first().channel, u"phone"_s);
        QCOMPARE(stored->first().userId, f.manager.id);
        // Logging a call is not an unsaved change of the card.
        QVERIFY(!card.isDirty());
    }

    void newCardHasNoTimelineActions()
    {
        Fixture f;
        ClientCardDialog card(&f.session, ClientId());
        QVERIFY(!child<QPushButton>(&card, u"timelineLogCall"_s)->isEnabled());
        QVERIFY(!card.timeline()->logCall());
    }

    void languageChangeRetranslates()
    {
        Fixture f;
        addClient(f.t.db, u"LLP Polyglot"_s);
        LanguageManager languages;
        languages.setLanguage(u"en"_s, false);
        ClientsView view(&f.session);
        view.show();
        ClientCardDialog card(&f.session, ClientId());
        auto *title = child<QLabel>(&view, u"viewTitle"_s);
        QCOMPARE(title->text(), u"Clients"_s);
        const QString header = view.model()->headerData(ClientTableModel::NameColumn, Qt::Horizontal).toString();

        QVERIFY(languages.setLanguage(u"ru"_s, false));
        QTRY_COMPARE(title->text(), u"Клиенты"_s);
        QCOMPARE(view.model()->headerData(ClientTableModel::NameColumn, Qt::Horizontal).toString(),
            ClientTableModel::tr("Legal name"));
        QCOMPARE(card.tabs()->tabText(ClientCardDialog::DetailsTab), ClientCardDialog::tr("&Details"));

        QVERIFY(languages.setLanguage(u"en"_s, false));
        QTRY_COMPARE(title->text(), u"Clients"_s);
        QCOMPARE(view.model()->headerData(ClientTableModel::NameColumn, Qt::Horizontal).toString(), header);
    }
};

QTEST_MAIN(TestClientsView)
#include "tst_clientsview.moc"
