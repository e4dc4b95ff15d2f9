// Warnings for database files in cloud-synced folders.
#include "storage/locationcheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

class TestLocationCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncedFolders_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("warns");
        QTest::newRow("dropbox") << u"Dropbox/work"_s << true;
        QTest::newRow("onedrive company") << u"OneDrive - Acme/db"_s << true;
        QTest::newRow("yandex") << u"Yandex.Disk"_s << true;
        QTest::newRow("plain") << u"Documents/rapport"_s << false;
        QTest::newRow("lookalike") << u"dropboxes-archive"_s << false;
    }

    void syncedFolders()
    {
        QFETCH(QString, folder);
        QFETCH(bool, warns);
        QTemporaryDir dir;
        const QString path = dir.filePath(folder + u"/rapport.sqlite"_s);
        QCOMPARE(!databaseLocationWarning(path).isEmpty(), warns);
    }
};

QTEST_GUILESS_MAIN(TestLocationCheck)
#include "tst_locationcheck.moc"
