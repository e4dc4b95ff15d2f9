// The Billing view offscreen: the monthly run through the view (preview,
// then create), issuing, payments through the dialog (partial, an
// overpayment refused with its message, the rest), cancelling with a
// reason, the dunning queue and its exceptions, the PDF, the client card's
// Billing tab, and Today's unpaid invoices and clients running out of hours.
#include "testsupport.h"

#include "appsession.h"
#include "languagemanager.h"
#include "billing/billingformat.h"
#include "billing/billingrundialog.h"
#include "billing/billingtodaysection.h"
#include "billing/billingview.h"
#include "billing/cancelinvoicedialog.h"
#include "billing/clientbillingpanel.h"
#include "billing/dunningexceptiondialog.h"
#include "billing/dunningqueuemodel.h"
#include "billing/dunningqueuepage.h"
#include "billing/dunningsentdialog.h"
#include "billing/hourledgertext.h"
#include "billing/hourshortagemodel.h"
#include "billing/invoicepdf.h"
#include "billing/invoicespage.h"
#include "billing/invoicetablemodel.h"
#include "billing/paymentdialog.h"
#include "clients/clientcarddialog.h"
#include "clients/fielderrorlabel.h"
#include "domain/clock.h"
#include "storage/automationrepository.h"
#include "storage/clientrepository.h"
#include "storage/dunningrepository.h"
#include "storage/dunningrun.h"
#include "storage/invoicerepository.h"
#include "storage/ticketrepository.h"
#include "storage/userrepository.h"
#include "today/todaysection.h"
#include "today/todayview.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QHeaderView>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

qint64 noonOf(QDate day)
{
    return QDateTime(day, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

const QDate March(2026, 3, 1);
const QDate Today(2026, 4, 15);

// A client on 100 000.00 KZT a month for 10 h, 10 000.00 KZT per hour
// beyond, VAT 12 %, 10 days to pay, with 11.5 h logged in March:
// fee 100 000.00 + overage 1.5 h 15 000.00 = 115 000.00, VAT 13 800.00,
// total 128 800.00.
struct Fixture
{
    test::TempDatabase t;
    AppSession session;
    User manager, lead;
    ClientId client;

    Fixture()
    {
        Clock::setFixed(noonOf(Today));
        manager = addUser(u"Айгерим Нурпеисова"_s, u"am@example.kz"_s, Role::AccountManager);
        lead = addUser(u"Тимур Ахметов"_s, u"lead@example.kz"_s, Role::TeamLead);
        Database db = t.db;
        db.setActor(manager);
        Client c;
        c.legalName = u"ТОО «Степь Логистик»"_s;
        c.shortName = u"Степь Логистик"_s;
        c.taxCountry = TaxCountry::Other;
        c.taxId = u"T-1"_s;
        c.status = ClientStatus::Active;
        c.accountManagerId = manager.id;
        c.contractStart = QDate(2025, 1, 1);
        c.tariff = Tariff { Money(10000000, u"KZT"_s), 600, Money(1000000, u"KZT"_s), 1200, 10, 0 };
        auto added = ClientRepository(db).add(c);
        if (!added)
            qFatal("client: %s", qPrintable(added.error()));
        client = added->id;
        Ticket ticket;
        ticket.clientId = client;
        ticket.subject = u"Отчёт по зарплате за март"_s;
        auto created = TicketRepository(db).create(ticket, noonOf(QDate(2026, 3, 2)));
        if (!created)
            qFatal("ticket: %s", qPrintable(created.error()));
        for (const auto &[day, minutes] : { std::pair { 3, 400 }, std::pair { 17, 290 } }) {
            TimeEntry e;
            e.ticketId = created->id;
            e.userId = manager.id;
            e.day = QDate(2026, 3, day);
            e.minutes = minutes;
            if (auto time = TicketRepository(db).addTime(e); !time)
                qFatal("time: %s", qPrintable(time.error()));
        }
        if (!session.openDatabase(t.path))
            qFatal("cannot open the test database");
        session.setCurrentUser(manager);
    }

    ~Fixture() { Clock::setFixed(0); }

    User addUser(const QString &name, const QString &email, Role role)
    {
        User u;
        u.name = name;
        u.email = email;
        u.role = role;
        return *UserRepository(t.db).add(u);
    }

    // A client of `owner` on 40 h a month with `aprilMinutes` logged this month (April 2026).
    ClientId addHoursClient(const QString &legalName, const QString &shortName, const User &owner, int aprilMinutes)
    {
        Database db = t.db;
        db.setActor(owner);
        Client c;
        c.legalName = legalName;
        c.shortName = shortName;
        c.status = ClientStatus::Active;
        c.accountManagerId = owner.id;
        c.tariff = Tariff { Money(40000000, u"KZT"_s), 2400, Money(1000000, u"KZT"_s), 1200, 10, 0 };
        auto added = ClientRepository(db).add(c);
        if (!added)
            qFatal("client: %s", qPrintable(added.error()));
        Ticket ticket;
        ticket.clientId = added->id;
        ticket.subject = u"Сопровождение за апрель"_s;
        auto created = TicketRepository(db).create(ticket);
        if (!created)
            qFatal("ticket: %s", qPrintable(created.error()));
        for (int day = 1; aprilMinutes > 0; ++day) {
            TimeEntry e;
            e.ticketId = created->id;
            e.userId = owner.id;
            e.day = QDate(2026, 4, day);
            e.minutes = std::min(aprilMinutes, 600);
            if (auto time = TicketRepository(db).addTime(e); !time)
                qFatal("time: %s", qPrintable(time.error()));
            aprilMinutes -= e.minutes;
        }
        return added->id;
    }

    // The monthly run and issue without the GUI, for the tests that start later.
    InvoiceRecord issuedInvoice()
    {
        Database db = t.db;
        db.setActor(manager);
        auto run = BillingRun(db).run(March);
        if (!run || run->items.isEmpty())
            qFatal("billing run failed");
        return *InvoiceRepository(db).issue(run->items.first().invoiceId);
    }

    InvoiceRecord stored(InvoiceId id) const { return *InvoiceRepository(t.db).byId(id); }
};

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s", qPrintable(name));
    return w;
}

void saveShot(QWidget *w, const QString &file)
{
    const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(file));
}

bool yes(QWidget *, const QString &, const QString &)
{
    return true;
}

QString statusOfRow(InvoiceTableModel *model, int row)
{
    return model->index(row, InvoiceTableModel::StatusColumn).data(InvoiceTableModel::StatusKeyRole).toString();
}

} // namespace

class TestBillingView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void runIssueAndPayThroughTheView()
    {
        Fixture f;
        BillingView view(&f.session);
        view.resize(1360, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(child<QLabel>(&view, u"viewTitle"_s)->text(), u"Billing"_s);
        InvoicesPage *page = view.invoices();
        page->setConfirm(&yes);
        InvoiceTableModel *model = page->model();
        QCOMPARE(model->rowCount(), 0);

        // Run billing for March: the preview shows what would be made and writes nothing.
        QTest::mouseClick(child<QPushButton>(page, u"invoiceRunBilling"_s), Qt::LeftButton);
        QPointer<BillingRunDialog> run = page->findChild<BillingRunDialog *>();
        QVERIFY(run && run->isVisible());
        QCOMPARE(run->month(), March); // the month that has just ended
        QVERIFY(!run->createButton()->isEnabled());
        QTest::mouseClick(run->previewButton(), Qt::LeftButton);
        QTRY_VERIFY(run->hasPreview() && !run->isBusy());
        QCOMPARE(run->table()->rowCount(), 1);
        QCOMPARE(run->table()->item(0, BillingRunDialog::ClientColumn)->text(), u"ТОО «Степь Логистик»"_s);
        QCOMPARE(run->table()->item(0, BillingRunDialog::OverageColumn)->text(), BillingFormat::hours(90));
        QCOMPARE(run->table()->item(0, BillingRunDialog::TotalColumn)->text(),
            BillingFormat::money(Money(12880000, u"KZT"_s)));
        QVERIFY2(run->summary()->text().contains(u"draft invoices to create: 1"_s), qPrintable(run->summary()->text()));
        QVERIFY(run->createButton()->isEnabled());
        QCOMPARE(InvoiceListQuery(f.t.db).count({}).value(), 0);
        saveShot(run, u"billing-run-preview.png"_s);

        // A change of month drops the preview: it cannot be confirmed for another month.
        run->setMonth(QDate(2026, 2, 1));
        QVERIFY(!run->hasPreview());
        QVERIFY(!run->createButton()->isEnabled());
        run->setMonth(March);
        QTest::mouseClick(run->previewButton(), Qt::LeftButton);
        QTRY_VERIFY(run->hasPreview() && !run->isBusy());

        // Confirm: the run goes to the background and the dialog closes when done.
        QTest::mouseClick(run->createButton(), Qt::LeftButton);
        QTRY_VERIFY(run.isNull());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(statusOfRow(model, 0), u"draft"_s);
        QVERIFY2(page->message()->text().contains(u"draft invoices created: 1"_s), qPrintable(page->message()->text()));
        const InvoiceId id = model->rowAt(0)->id;
        QCOMPARE(f.stored(id).total, Money(12880000, u"KZT"_s));

        // Issue: the number and the due date are given.
        QVERIFY(page->selectInvoice(id));
        auto *issue = child<QPushButton>(page, u"invoiceIssue"_s);
        auto *pay = child<QPushButton>(page, u"invoicePay"_s);
        QVERIFY(issue->isEnabled());
        QVERIFY(!pay->isEnabled());
        QTest::mouseClick(issue, Qt::LeftButton);
        QCOMPARE(f.stored(id).status, InvoiceStatus::Issued);
        QCOMPARE(f.stored(id).number, u"2026-0001"_s);
        QVERIFY(page->selectInvoice(id));
        const int row = model->rowOf(id);
        QCOMPARE(statusOfRow(model, row), u"issued"_s);
        QCOMPARE(model->index(row, InvoiceTableModel::NumberColumn).data().toString(), u"2026-0001"_s);
        QCOMPARE(model->index(row, InvoiceTableModel::DueColumn).data().toString(),
            BillingFormat::date(QDate(2026, 4, 25)));
        QVERIFY(!issue->isEnabled());
        QVERIFY(pay->isEnabled());

        // A partial payment through the dialog.
        QTest::mouseClick(pay, Qt::LeftButton);
        QPointer<PaymentDialog> dialog = page->findChild<PaymentDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->amountEdit()->text(), u"128800.00"_s); // the outstanding amount is proposed
        dialog->amountEdit()->clear();
        QTest::keyClicks(dialog->amountEdit(), u"50 000,00"_s);
        QVERIFY(!dialog->amountError()->isVisible());
        dialog->referenceEdit()->setText(u"ПП 117"_s);
        QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(f.stored(id).status, InvoiceStatus::PartiallyPaid);
        QCOMPARE(f.stored(id).paid, Money(5000000, u"KZT"_s));
        QCOMPARE(statusOfRow(model, model->rowOf(id)), u"partially_paid"_s);
        QCOMPARE(model->index(model->rowOf(id), InvoiceTableModel::OutstandingColumn).data().toString(),
            BillingFormat::money(Money(7880000, u"KZT"_s)));
        QVERIFY(page->message()->text().contains(BillingFormat::money(Money(7880000, u"KZT"_s))));

        // More than is outstanding is refused, with the message next to the amount.
        QVERIFY(page->selectInvoice(id));
        QTest::mouseClick(pay, Qt::LeftButton);
        dialog = page->findChild<PaymentDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->amountEdit()->text(), u"78800.00"_s);
        dialog->amountEdit()->clear();
        QTest::keyClicks(dialog->amountEdit(), u"80000"_s);
        QVERIFY(dialog->amountError()->isVisible());
        QVERIFY2(dialog->amountError()->text().contains(u"exceeds"_s), qPrintable(dialog->amountError()->text()));
        saveShot(dialog, u"payment-overpayment.png"_s);
        QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->amountError()->text().contains(u"exceeds"_s));
        QCOMPARE(f.stored(id).paid, Money(5000000, u"KZT"_s));

        // The rest: paid in full.
        dialog->amountEdit()->clear();
        QTest::keyClicks(dialog->amountEdit(), u"78800"_s);
        QVERIFY(!dialog->amountError()->isVisible());
        QTest::mouseClick(dialog->recordButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(f.stored(id).status, InvoiceStatus::Paid);
        QCOMPARE(f.stored(id).payments.size(), 2);
        QCOMPARE(statusOfRow(model, model->rowOf(id)), u"paid"_s);
        QVERIFY(page->message()->text().contains(u"paid in full"_s));
        QVERIFY(!pay->isEnabled());
        saveShot(&view, u"billing-view.png"_s);

        // Running March again creates nothing new.
        QTest::mouseClick(child<QPushButton>(page, u"invoiceRunBilling"_s), Qt::LeftButton);
        run = page->findChild<BillingRunDialog *>();
        QVERIFY(run);
        run->setMonth(March);
        QTest::mouseClick(run->previewButton(), Qt::LeftButton);
        QTRY_VERIFY(run->hasPreview() && !run->isBusy());
        QCOMPARE(run->previewResult().created, 0);
        QCOMPARE(run->previewResult().existing, 1);
        QVERIFY(!run->createButton()->isEnabled());
        run->reject();
    }

    void paymentAmount_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("message"); // part of the message next to the amount

        QTest::newRow("plain") << u"1000"_s << true << QString();
        QTest::newRow("comma and spaces") << u"1 000,5"_s << true << QString();
        QTest::newRow("no-break spaces") << u"12\u00a0000.25"_s << true << QString();
        QTest::newRow("the whole outstanding") << u"128800.00"_s << true << QString();
        QTest::newRow("empty") << QString() << false << u"Enter the amount"_s;
        QTest::newRow("letters") << u"ten thousand"_s << false << u"such as"_s;
        QTest::newRow("three decimals") << u"10.005"_s << false << u"such as"_s;
        QTest::newRow("zero") << u"0"_s << false << QString();
        QTest::newRow("negative") << u"-100"_s << false << QString();
        QTest::newRow("one tiyn too much") << u"128800.01"_s << false << u"exceeds"_s;
    }

    void paymentAmount()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(QString, message);
        Fixture f;
        const InvoiceRecord invoice = f.issuedInvoice();
        PaymentDialog dialog(&f.session, invoice.id);
        dialog.show();
        dialog.amountEdit()->setText(typed);
        QCOMPARE(!dialog.amountError()->isVisible(), accepted);
        if (!message.isEmpty())
            QVERIFY2(dialog.amountError()->text().contains(message), qPrintable(dialog.amountError()->text()));
        QCOMPARE(dialog.record(), accepted);
        QCOMPARE(f.stored(invoice.id).payments.size(), accepted ? 1 : 0);
    }

    void cancelNeedsReason()
    {
        Fixture f;
        const InvoiceRecord invoice = f.issuedInvoice();
        BillingView view(&f.session);
        view.show();
        InvoicesPage *page = view.invoices();
        QVERIFY(page->selectInvoice(invoice.id));
        auto *cancel = child<QPushButton>(page, u"invoiceCancel"_s);
        QVERIFY(cancel->isEnabled()); // issued, nothing paid
        QTest::mouseClick(cancel, Qt::LeftButton);
        QPointer<CancelInvoiceDialog> dialog = page->findChild<CancelInvoiceDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTest::mouseClick(dialog->cancelInvoiceButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->reasonError()->isVisible());
        QCOMPARE(f.stored(invoice.id).status, InvoiceStatus::Issued);
        QTest::keyClicks(dialog->reasonEdit(), u"Wrong client details"_s);
        QVERIFY(!dialog->reasonError()->isVisible());
        QTest::mouseClick(dialog->cancelInvoiceButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(f.stored(invoice.id).status, InvoiceStatus::Cancelled);
        QCOMPARE(f.stored(invoice.id).cancelledReason, u"Wrong client details"_s);
        QVERIFY(page->selectInvoice(invoice.id));
        QVERIFY(!cancel->isEnabled());
        QVERIFY(!child<QPushButton>(page, u"invoicePay"_s)->isEnabled());
    }

    void filters()
    {
        Fixture f;
        const InvoiceRecord invoice = f.issuedInvoice();
        BillingView view(&f.session);
        view.show();
        InvoicesPage *page = view.invoices();
        InvoiceTableModel *model = page->model();
        QCOMPARE(model->rowCount(), 1);
        auto *overdue = child<QCheckBox>(page, u"invoiceOverdueOnly"_s);
        overdue->setChecked(true);
        QCOMPARE(model->rowCount(), 0); // due on the 25th
        Clock::setFixed(noonOf(QDate(2026, 5, 5)));
        overdue->setChecked(false);
        overdue->setChecked(true);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, InvoiceTableModel::OverdueColumn).data().toInt(), 10);
        QCOMPARE(model->index(0, InvoiceTableModel::OverdueColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
            QColor(0xb0, 0x00, 0x20));
        overdue->setChecked(false);

        auto *status = child<QComboBox>(page, u"invoiceStatusFilter"_s);
        status->setCurrentIndex(status->findData(u"paid"_s));
        QCOMPARE(model->rowCount(), 0);
        status->setCurrentIndex(status->findData(u"unpaid"_s));
        QCOMPARE(model->rowCount(), 1);
        status->setCurrentIndex(0);

        // Search by the client's name or the number, after a short pause in typing.
        auto *search = child<QLineEdit>(page, u"invoiceSearch"_s);
        search->setText(u"нет такого"_s);
        QTRY_COMPARE(model->rowCount(), 0);
        search->clear();
        search->setText(u"степь"_s);
        QTRY_COMPARE(model->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, invoice.number);
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(child<QLabel>(page, u"invoiceCount"_s)->text(), u"Invoices: 1"_s);
    }

    void pdfOpensInTheViewer()
    {
        Fixture f;
        const InvoiceRecord invoice = f.issuedInvoice();
        QUrl opened;
        InvoicePdf::setUrlOpener([&opened](const QUrl &url) {
            opened = url;
            return true;
        });
        for (auto document : { InvoicePdf::Document::Invoice, InvoicePdf::Document::Act }) {
            auto path = InvoicePdf::open(f.session.database(), invoice.id, document);
            QVERIFY2(path, qPrintable(path.error()));
            QCOMPARE(opened, QUrl::fromLocalFile(*path));
            QFile pdf(*path);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QVERIFY(pdf.read(5) == "%PDF-");
            const QString dir = qEnvironmentVariable("RAPPORT_SHOT_DIR");
            if (!dir.isEmpty())
                QFile::copy(*path, QDir(dir).filePath(document == InvoicePdf::Document::Invoice ? u"invoice.pdf"_s : u"act.pdf"_s));
        }
        InvoicePdf::setUrlOpener({});
    }

    void dunningQueue()
    {
        Fixture f;
        const InvoiceRecord invoice = f.issuedInvoice();
        Clock::setFixed(noonOf(QDate(2026, 5, 5))); // ten days past the due date
        BillingView view(&f.session);
        view.resize(1360, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.tabs()->setCurrentIndex(BillingView::DunningTab);
        DunningQueuePage *page = view.dunning();
        page->setConfirm(&yes);
        DunningQueueModel *model = page->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, DunningQueueModel::ClientColumn).data().toString(), u"ТОО «Степь Логистик»"_s);
        QCOMPARE(model->index(0, DunningQueueModel::DaysOverdueColumn).data().toInt(), 10);
        QCOMPARE(model->stepsDue(), 1); // the notice, not yet sent
        QVERIFY(model->index(0, DunningQueueModel::NextStepColumn).data().toString().startsWith(
            dunningStepTitle(DunningStep::Notice)));

        // Run now: the notice is sent; the next step is the suspension after the notice deadline.
        QVERIFY(page->selectClient(f.client));
        QTest::mouseClick(child<QPushButton>(page, u"dunningRunNow"_s), Qt::LeftButton);
        QTRY_COMPARE(model->stepsDue(), 0);
        QTRY_VERIFY(page->message()->text().contains(dunningStepTitle(DunningStep::Notice)));
        QCOMPARE(model->rowAt(0)->state, DunningState::NoticeSent);
        QCOMPARE(model->rowAt(0)->nextStep, std::optional<DunningStep>(DunningStep::Suspend));
        QVERIFY(model->rowAt(0)->nextStepOn > QDate(2026, 5, 5));

        // Only a team lead may hold.
        QVERIFY(page->selectClient(f.client));
        auto *hold = child<QPushButton>(page, u"dunningHold"_s);
        QVERIFY(!hold->isEnabled());
        QVERIFY(!child<QPushButton>(page, u"dunningRelease"_s)->isEnabled());

        // A promise to pay by a date: escalation waits.
        QTest::mouseClick(child<QPushButton>(page, u"dunningPromise"_s), Qt::LeftButton);
        QPointer<DunningExceptionDialog> dialog = page->findChild<DunningExceptionDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->kind(), DunningPauseKind::PromiseToPay);
        dialog->dateEdit()->setDate(QDate(2026, 5, 29));
        dialog->textEdit()->setPlainText(u"Финдиректор, по телефону"_s);
        saveShot(dialog, u"dunning-promise.png"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowAt(0)->waitingFor, u"promise_to_pay"_s);
        QVERIFY(model->index(0, DunningQueueModel::ExceptionColumn).data().toString().contains(u"Promise to pay"_s));
        QCOMPARE(DunningRepository(f.t.db).pauses(f.client).value().size(), 1);
        QVERIFY(page->selectClient(f.client));
        saveShot(&view, u"dunning-queue.png"_s);

        // The team lead: hold with a reason, then release.
        f.session.setCurrentUser(f.lead);
        QVERIFY(page->selectClient(f.client));
        QVERIFY(hold->isEnabled());
        QTest::mouseClick(hold, Qt::LeftButton);
        dialog = page->findChild<DunningExceptionDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // the reason is required
        QTest::keyClicks(dialog->textEdit(), u"Court case pending"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(DunningRepository(f.t.db).pauses(f.client).value().size(), 2);
        QVERIFY(page->selectClient(f.client));
        auto *release = child<QPushButton>(page, u"dunningRelease"_s);
        QVERIFY(release->isEnabled());
        QTest::mouseClick(release, Qt::LeftButton);
        QCOMPARE(DunningRepository(f.t.db).pauses(f.client).value().size(), 0);
        QVERIFY(page->message()->text().contains(u"lifted: 2"_s));

        // Full payment: the restore is due, and the run takes it.
        Database db = f.t.db;
        db.setActor(f.manager);
        QVERIFY(InvoiceRepository(db).recordPayment(invoice.id, QDate(2026, 5, 5), invoice.total, u"ПП 200"_s));
        f.session.notifyDataChanged();
        QTRY_COMPARE(model->stepsDue(), 1);
        QTest::mouseClick(child<QPushButton>(page, u"dunningRunNow"_s), Qt::LeftButton);
        QTRY_COMPARE(model->rowCount(), 0);
        QCOMPARE(child<QLabel>(page, u"dunningDetails"_s)->text(), u"No client has overdue debt."_s);
    }

    // With the shipped rules on, the notice waits for its message; the team
    // hands it over itself and marks it sent from the queue.
    void dunningNoticeMarkedSentByTheTeam()
    {
        Fixture f;
        f.issuedInvoice();
        QVERIFY(!AutomationRepository(f.t.db).rules().isEmpty()); // the debt notice rule, on
        Clock::setFixed(noonOf(QDate(2026, 5, 5)));
        QVERIFY(DunningRun(f.t.db).run(QDate(2026, 5, 5)));
        Clock::setFixed(noonOf(QDate(2026, 5, 12)));
        BillingView view(&f.session);
        view.resize(1360, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.tabs()->setCurrentIndex(BillingView::DunningTab);
        DunningQueuePage *page = view.dunning();
        DunningQueueModel *model = page->model();
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, DunningQueueModel::StageColumn).data().toString(), u"Debt notice to be sent"_s);
        auto *markSent = child<QPushButton>(page, u"dunningMarkSent"_s);
        QVERIFY(!markSent->isEnabled()); // nothing selected
        QVERIFY(page->selectClient(f.client));
        QVERIFY(markSent->isEnabled());
        saveShot(&view, u"dunning-queue-waiting.png"_s);

        QTest::mouseClick(markSent, Qt::LeftButton);
        QPointer<DunningSentDialog> dialog = page->findChild<DunningSentDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->dateEdit()->date(), QDate(2026, 5, 12));
        QCOMPARE(dialog->dateEdit()->minimumDate(), model->rowAt(0)->history.constLast().dueOn);
        QCOMPARE(dialog->dateEdit()->maximumDate(), QDate(2026, 5, 12));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // how it was handed over is required
        dialog->dateEdit()->setDate(QDate(2026, 5, 7));
        QTest::keyClicks(dialog->noteEdit(), u"Courier, signed copy on file"_s);
        saveShot(dialog, u"dunning-mark-sent.png"_s);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());
        QTRY_COMPARE(model->index(0, DunningQueueModel::StageColumn).data().toString(),
            u"Debt notice sent on %1"_s.arg(BillingFormat::date(QDate(2026, 5, 7))));
        QCOMPARE(DunningRepository(f.t.db).steps(f.client)->constLast().sentOn, QDate(2026, 5, 7));
        QVERIFY(page->message()->text().contains(u"sent by the team"_s));
        QVERIFY(page->selectClient(f.client));
        QVERIFY(!markSent->isEnabled());
        QVERIFY(model->rowAt(0)->nextStepOn.isValid());
    }

    void todayUnpaidInvoices()
    {
        Fixture f;
        const InvoiceRecord invoice = f.issuedInvoice();
        const User other = f.addUser(u"Ольга Волкова"_s, u"am2@example.kz"_s, Role::AccountManager);
        TodayView today(&f.session);
        today.resize(1300, 800);
        today.show();
        TodaySection *section = today.section(u"todayUnpaidInvoices"_s);
        QVERIFY(section);
        QCOMPARE(section->title(), u"Unpaid invoices"_s);
        QCOMPARE(section->model()->rowCount(), 1);
        QCOMPARE(section->count(), 1);
        QCOMPARE(section->model()->index(0, InvoiceTableModel::NumberColumn).data().toString(), invoice.number);

        // Overdue: the days show, and the list keeps the longest overdue first.
        Clock::setFixed(noonOf(QDate(2026, 5, 5)));
        f.session.notifyDataChanged();
        QCOMPARE(section->model()->index(0, InvoiceTableModel::OverdueColumn).data().toInt(), 10);
        saveShot(&today, u"today-unpaid.png"_s);
        // Every visible caption fits its column in each language (no «…ней просрочк…»).
        {
            LanguageManager languages;
            for (const QString &lang : { u"ru"_s, u"kk"_s, u"en"_s }) {
                QVERIFY(languages.setLanguage(lang, false));
                QCoreApplication::processEvents();
                const QHeaderView *header = section->view()->horizontalHeader();
                for (int column : { InvoiceTableModel::NumberColumn, InvoiceTableModel::DueColumn,
                         InvoiceTableModel::OverdueColumn, InvoiceTableModel::OutstandingColumn }) {
                    const QString caption = section->model()->headerData(column, Qt::Horizontal).toString();
                    QVERIFY2(header->sectionSize(column) >= header->fontMetrics().horizontalAdvance(caption) + 8,
                             qPrintable(lang + u": "_s + caption));
                }
            }
        }

        // Another manager's clients are not mine; a team lead sees the whole book.
        f.session.setCurrentUser(other);
        QCOMPARE(section->model()->rowCount(), 0);
        f.session.setCurrentUser(f.lead);
        QCOMPARE(section->model()->rowCount(), 1);

        // Paid: off the list.
        Database db = f.t.db;
        db.setActor(f.manager);
        QVERIFY(InvoiceRepository(db).recordPayment(invoice.id, QDate(2026, 5, 5), invoice.total, QString()));
        f.session.notifyDataChanged();
        QCOMPARE(section->model()->rowCount(), 0);
        QCOMPARE(section->count(), 0);
    }

    void todayClientsRunningOutOfHours()
    {
        Fixture f;
        const User other = f.addUser(u"Ольга Волкова"_s, u"am2@example.kz"_s, Role::AccountManager);
        const User idle = f.addUser(u"Ерлан Сапаров"_s, u"am3@example.kz"_s, Role::AccountManager);
        // April on 40 h a month: 48 h and 32:48 for me, 34 h for the other manager, 10 h (not listed) for me;
        // the fixture's client has logged nothing in April.
        const ClientId asel = f.addHoursClient(u"ТОО «Асель»"_s, u"Асель"_s, f.manager, 2880);
        const ClientId zhetysu = f.addHoursClient(u"ТОО «Жетысу Трейд»"_s, u"Жетысу Трейд"_s, f.manager, 1968);
        f.addHoursClient(u"ТОО «Тихий месяц»"_s, u"Тихий месяц"_s, f.manager, 600);
        const ClientId others = f.addHoursClient(u"ТОО «Чужой клиент»"_s, QString(), other, 2040);
        TodayView today(&f.session);
        today.resize(1300, 800);
        today.show();
        TodaySection *section = today.section(u"todayRunningOutOfHours"_s);
        QVERIFY(section);
        QCOMPARE(section->title(), u"Clients running out of hours"_s);
        QAbstractItemModel *model = section->model();
        const auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };
        const auto id
            = [model](int row) { return model->index(row, 0).data(HourShortageModel::ClientIdRole).toLongLong(); };

        // Mine, the fullest first: over 100 % in red, at 80 % in amber.
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(section->count(), 2);
        QCOMPARE(id(0), asel.value);
        QCOMPARE(text(0, HourShortageModel::ClientColumn), u"Асель"_s);
        QCOMPARE(text(0, HourShortageModel::UsedColumn), u"48:00"_s);
        QCOMPARE(text(0, HourShortageModel::AvailableColumn), u"40:00"_s);
        QCOMPARE(text(0, HourShortageModel::ShareColumn), u"120 %"_s);
        QCOMPARE(model->index(0, 0).data(HourShortageModel::HourLevelRole).toString(), u"exhausted"_s);
        QCOMPARE(model->index(0, HourShortageModel::ShareColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
            HourLedgerText::color(HourLevel::Exhausted));
        QCOMPARE(model->index(0, HourShortageModel::ShareColumn).data(Qt::ToolTipRole).toString(),
            u"Used 48:00 of 40:00 this month (40:00 included + 0:00 rolled over), 8:00 over: billed as overage"_s);
        QCOMPARE(id(1), zhetysu.value);
        QCOMPARE(text(1, HourShortageModel::UsedColumn), u"32:48"_s);
        QCOMPARE(text(1, HourShortageModel::AvailableColumn), u"40:00"_s);
        QCOMPARE(text(1, HourShortageModel::ShareColumn), u"82 %"_s);
        QCOMPARE(model->index(1, 0).data(HourShortageModel::HourLevelRole).toString(), u"warning"_s);
        QCOMPARE(model->index(1, HourShortageModel::ShareColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
            HourLedgerText::color(HourLevel::Warning));
        saveShot(&today, u"today-hours.png"_s);

        // Another manager sees only theirs; a team lead sees the whole book, fullest first.
        f.session.setCurrentUser(other);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(text(0, HourShortageModel::ClientColumn), u"ТОО «Чужой клиент»"_s);
        QCOMPARE(text(0, HourShortageModel::ShareColumn), u"85 %"_s);
        f.session.setCurrentUser(f.lead);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(section->count(), 3);
        QCOMPARE(id(0), asel.value);
        QCOMPARE(id(1), others.value);
        QCOMPARE(id(2), zhetysu.value);

        // Nobody running out: empty, as the other sections are.
        f.session.setCurrentUser(idle);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(section->count(), 0);
        auto *empty = child<QLabel>(section, u"sectionEmpty"_s);
        QVERIFY(empty->isVisibleTo(section));
        QCOMPARE(empty->text(), u"None of your clients has used 80 % of this month's hours."_s);

        // Enter opens the client card on its Billing tab, with the month's ledger.
        f.session.setCurrentUser(f.manager);
        QTableView *list = section->view();
        list->setFocus();
        list->setCurrentIndex(model->index(0, HourShortageModel::ClientColumn));
        QTest::keyClick(list, Qt::Key_Return);
        auto *card = today.findChild<ClientCardDialog *>();
        QVERIFY(card);
        QCOMPARE(card->clientId(), asel);
        auto *panel = card->findChild<ClientBillingPanel *>();
        QVERIFY(panel);
        QCOMPARE(card->tabs()->currentWidget(), static_cast<QWidget *>(panel));
        QCOMPARE(panel->hourLedger()->text(),
            u"This month: 48:00 used of 40:00 (40:00 included + 0:00 rolled over) — 8:00 over, billed as overage (120 %)"_s);
        QVERIFY2(panel->hourLedger()->styleSheet().contains(HourLedgerText::color(HourLevel::Exhausted).name()),
            qPrintable(panel->hourLedger()->styleSheet()));
        delete card;
    }

    void clientCardBillingTab()
    {
        Fixture f;
        const InvoiceRecord invoice = f.issuedInvoice();
        Database db = f.t.db;
        db.setActor(f.manager);
        QVERIFY(InvoiceRepository(db).recordPayment(invoice.id, QDate(2026, 4, 16), Money(2880000, u"KZT"_s), u"ПП 5"_s));

        // A new card: the tab is there but disabled.
        {
            ClientCardDialog card(&f.session, ClientId());
            auto *tabs = card.tabs();
            auto *panel = card.findChild<ClientBillingPanel *>();
            QVERIFY(panel);
            const int index = tabs->indexOf(panel);
            QCOMPARE(tabs->tabText(index), u"&Billing"_s);
            QVERIFY(!tabs->isTabEnabled(index));
        }

        ClientCardDialog card(&f.session, f.client);
        card.resize(1100, 720);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        auto *panel = card.findChild<ClientBillingPanel *>();
        QVERIFY(panel);
        card.tabs()->setCurrentWidget(panel);
        QVERIFY(card.tabs()->isTabEnabled(card.tabs()->indexOf(panel)));
        QCOMPARE(panel->invoiceModel()->rowCount(), 1);
        QCOMPARE(panel->payments()->topLevelItemCount(), 1);
        QCOMPARE(panel->payments()->topLevelItem(0)->text(1), invoice.number);
        QVERIFY2(panel->balance()->text().contains(BillingFormat::money(Money(10000000, u"KZT"_s))),
            qPrintable(panel->balance()->text()));
        QVERIFY2(panel->hours()->text().contains(BillingFormat::hours(600)), qPrintable(panel->hours()->text()));
        // The month's ledger: nothing logged in April yet.
        QVERIFY(panel->hourLedger()->isVisible());
        QCOMPARE(panel->hourLedger()->text(),
            u"This month: 0:00 used of 10:00 (10:00 included + 0:00 rolled over) — 10:00 remaining (0 %)"_s);
        QCOMPARE(panel->hourLedger()->styleSheet(), QString());
        saveShot(&card, u"client-billing-tab.png"_s);

        // A payment from the tab updates it.
        panel->invoices()->setCurrentIndex(panel->invoiceModel()->index(0, 0));
        PaymentDialog *dialog = panel->recordPayment();
        QVERIFY(dialog);
        dialog->amountEdit()->setText(u"100000"_s);
        QVERIFY(dialog->record());
        QTRY_COMPARE(panel->payments()->topLevelItemCount(), 2);
        QCOMPARE(panel->balance()->text(), u"Nothing unpaid."_s);
    }
};

QTEST_MAIN(TestBillingView)
#include "tst_billingview.moc"
