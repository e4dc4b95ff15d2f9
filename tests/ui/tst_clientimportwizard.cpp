// The import wizard offscreen: a Windows-1251 spreadsheet is detected,
// its columns mapped, checked in a dry run (every problem as "line N,
// column C: reason"), then imported skipping the invalid row; the welcome
// page opens the same wizard.
#include "testsupport.h"

#include "appsession.h"
#include "clients/clientimportwizard.h"
#include "clients/clientsview.h"
#include "clients/clienttablemodel.h"
#include "clients/importmappingpage.h"
#include "clients/importresultpage.h"
#include "io/clientimport.h"
#include "storage/clientrepository.h"
#include "storage/userrepository.h"
#include "views/welcomepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

const QString kValidBin = u"150840001234"_s;

// A session on a fresh database with one account manager working.
struct Fixture
{
    test::TempDatabase t;
    AppSession session;

    Fixture()
    {
        User u;
        u.name = u"Asel Kasymova"_s;
        u.email = u"asel@rapport.test"_s;
        u.role = Role::AccountManager;
        auto added = UserRepository(t.db).add(u);
        if (!added || !session.openDatabase(t.path))
            qFatal("cannot prepare the test database");
        session.setCurrentUser(*added);
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

class TestClientImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void importWizardChecksThenImports()
    {
        Fixture f;
        // Windows-1251, semicolons: what Excel saves on a Russian Windows.
        const QByteArray csv = QByteArrayLiteral(
            "\xcd\xe0\xe8\xec\xe5\xed\xee\xe2\xe0\xed\xe8\xe5;\xc1\xc8\xcd;\xd1\xf2\xe0\xf2\xf3\xf1;Favourite "
            "colour\r\n"
            "\xd2\xce\xce \xd0\xee\xec\xe0\xf8\xea\xe0;150840001234;\xe0\xea\xf2\xe8\xe2\xed\xfb\xe9;blue\r\n"
            "\xd2\xce\xce \xce\xf8\xe8\xe1\xea\xe0;150840001235;\xe0\xea\xf2\xe8\xe2\xed\xfb\xe9;red\r\n");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"clients.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();

        ClientsView view(&f.session);
        view.show();
        QTest::mouseClick(child<QPushButton>(&view, u"clientImport"_s), Qt::LeftButton);
        auto *wizard = view.findChild<ClientImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QTest::keyClicks(child<QLineEdit>(wizard, u"importPath"_s), path);
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ClientImportWizard::MappingPage));

        // What was detected, and what each column becomes.
        const QString facts = child<QLabel>(wizard, u"importFacts"_s)->text();
        QVERIFY2(facts.contains(u"Windows-1251"_s) && facts.contains(u"semicolon"_s), qPrintable(facts));
        QVERIFY(child<QRadioButton>(wizard, u"importKindClients"_s)->isChecked());
        auto *rows = child<QTableWidget>(wizard, u"importPreviewRows"_s);
        QCOMPARE(rows->rowCount(), 2);
        QCOMPARE(rows->item(0, 0)->text(), u"ТОО Ромашка"_s);
        auto *mapping = child<QTableWidget>(wizard, u"importMapping"_s);
        QCOMPARE(mapping->rowCount(), 4);
        const auto fieldOf = [mapping](int row) {
            return static_cast<QComboBox *>(mapping->cellWidget(row, ImportMappingPage::FieldColumn))
                ->currentData()
                .toString();
        };
        QCOMPARE(mapping->item(1, ImportMappingPage::FileColumn)->text(), u"БИН"_s);
        QCOMPARE(fieldOf(0), u"legal_name"_s);
        QCOMPARE(fieldOf(1), u"tax_id"_s);
        QCOMPARE(fieldOf(2), u"status"_s);
        QCOMPARE(fieldOf(3), QString()); // unknown: ignored
        shoot(wizard, u"import-mapping.png"_s);

        // A dry run, all-or-nothing: the bad row is reported, nothing is written.
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ClientImportWizard::OptionsPage));
        QTest::mouseClick(child<QCheckBox>(wizard, u"importDryRun"_s), Qt::LeftButton, {}, QPoint(8, 8));
        QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ClientImportWizard::ResultPage));
        auto *result = static_cast<ImportResultPage *>(wizard->currentPage());
        QTRY_VERIFY(!result->isRunning());
        QVERIFY(wizard->summary().dryRun);
        QVERIFY(wizard->summary().rejected);
        const QString errors = result->errorList()->toPlainText();
        QVERIFY2(errors.startsWith(u"line 3, column БИН: "_s), qPrintable(errors));
        QCOMPARE(ClientRepository(f.t.db).count({}), 0);
        shoot(wizard, u"import-result-dry.png"_s);

        // Back, skip the invalid row, import for real.
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ClientImportWizard::OptionsPage));
        QTest::mouseClick(child<QCheckBox>(wizard, u"importDryRun"_s), Qt::LeftButton, {}, QPoint(8, 8));
        QTest::mouseClick(child<QCheckBox>(wizard, u"importSkipInvalid"_s), Qt::LeftButton, {}, QPoint(8, 8));
        QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ClientImportWizard::ResultPage));
        QTRY_VERIFY(!result->isRunning());
        QCOMPARE(wizard->summary().created, 1);
        QCOMPARE(wizard->summary().skipped, 1);
        QVERIFY(!wizard->summary().rejected);
        QVERIFY(result->errorList()->toPlainText().contains(u"line 3, column БИН"_s));
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled() || !wizard->button(QWizard::BackButton)->isVisible());
        const auto stored = ClientRepository(f.t.db).byTaxId(TaxCountry::KZ, kValidBin);
        QVERIFY(stored);
        QCOMPARE(stored->legalName, u"ТОО Ромашка"_s);
        QCOMPARE(stored->status, ClientStatus::Active);
        // The list reloaded.
        QCOMPARE(view.model()->rowCount(), 1);
        shoot(wizard, u"import-result.png"_s);
    }

    void importGuessesContactsFromTheHeader_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<bool>("contacts");
        QTest::newRow("clients") << QByteArray("legal_name,tax_id,status\nA,,active\n") << false;
        QTest::newRow("contacts") << QByteArray("client,contact,email,phone\nA,Dana,d@a.kz,1\n") << true;
        QTest::newRow("russian contacts")
            << QByteArray("\xd4\xc8\xce;\xca\xeb\xe8\xe5\xed\xf2;Email\nX;Y;z@a.kz\n") << true;
    }

    void importGuessesContactsFromTheHeader()
    {
        QFETCH(QByteArray, csv);
        QFETCH(bool, contacts);
        const ImportPreview preview = ClientImport::previewRows(csv, 5);
        QCOMPARE(ClientImportWizard::guessKind(preview) == ClientImportWizard::Kind::Contacts, contacts);
    }

    void welcomePageOpensTheImport()
    {
        test::TempDatabase t;
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        WelcomePage welcome(&session);
        welcome.show();
        auto *button = child<QPushButton>(&welcome, u"welcomeImport"_s);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *wizard = welcome.findChild<ClientImportWizard *>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        wizard->reject();
    }
};

QTEST_MAIN(TestClientImportWizard)
#include "tst_clientimportwizard.moc"
