// Nothing clipped in Russian or Kazakh (issue: "every view in ru and kk at
// 1280×800 and at 1920×1080 with nothing clipped"): in every view of the
// main window, every visible one-line label shows its whole text and every
// visible button is at least as wide as its text needs. Long captions are the
// failure this catches («Длительность заявки, среднее», «Дней просрочки»).
// Screenshots of each view and language go to RAPPORT_SHOT_DIR when set; one
// row runs on the dark appearance (Fusion's metrics, Rapport's dark palette).
// tst_clipping_hidpi runs three rows again at a device pixel ratio of 2.
#include "testsupport.h"

#include "appsession.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "storage/userrepository.h"
#include "theme.h"
#include "views/viewfactory.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;
using namespace rapport;

namespace {

// Widgets inside a scroll area's viewport may be wider than the screen on
// purpose; only what lies within its visible window counts.
bool shownOnScreen(const QWidget *w)
{
    if (!w->isVisible() || w->width() <= 0)
        return false;
    const QRect inWindow(w->mapTo(w->window(), QPoint(0, 0)), w->size());
    return w->window()->rect().intersects(inWindow);
}

QString plainText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text()))
        return QString(label->text()).remove(u'&');
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

// One line per clipped widget: where, what and by how much.
QStringList clipped(QWidget *root)
{
    QStringList problems;
    const auto name = [](const QWidget *w) {
        QString path = w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
        if (const QWidget *p = w->parentWidget(); p && !p->objectName().isEmpty())
            path = p->objectName() + u'/' + path;
        return path;
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!shownOnScreen(label) || label->wordWrap() || !label->pixmap().isNull())
            continue;
        const QString text = plainText(label).trimmed();
        if (text.isEmpty() || text.contains(u'\n'))
            continue;
        const int need = label->fontMetrics().horizontalAdvance(text);
        const int have = label->contentsRect().width() - 2 * label->margin();
        if (need > have + 1)
            problems << u"label %1 «%2»: %3 px for %4 px of text"_s.arg(name(label), text).arg(have).arg(need);
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (!shownOnScreen(button) || button->text().isEmpty() || button->inherits("QToolButton"))
            continue;
        const int need = button->sizeHint().width();
        if (need > button->width() + 1)
            problems << u"button %1 «%2»: %3 px for %4 px"_s.arg(name(button), button->text())
                            .arg(button->width())
                            .arg(need);
    }
    return problems;
}

} // namespace

class TestClipping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nothingClipped_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        for (const QString &lang : { u"ru"_s, u"kk"_s, u"en"_s }) {
            QTest::newRow(qPrintable(lang + u"-1280x800"_s)) << lang << QSize(1280, 800) << false;
            QTest::newRow(qPrintable(lang + u"-1920x1080"_s)) << lang << QSize(1920, 1080) << false;
        }
        QTest::newRow("en-1280x800-dark") << u"en"_s << QSize(1280, 800) << true;
    }

    void nothingClipped()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        const QPalette palette = QApplication::palette();
        if (dark)
            applyAppearance(Appearance::Dark);
        test::TempDatabase t;
        User u;
        u.name = u"Тимур Ахметов"_s;
        u.email = u"timur@example.kz"_s;
        u.role = Role::TeamLead;
        QVERIFY(UserRepository(t.db).add(u).ok());
        LanguageManager languages;
        QVERIFY(languages.setLanguage(lang, false));
        AppSession session;
        QVERIFY(session.openDatabase(t.path).ok());
        MainWindow window(&session, &languages);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Drawn at the screen's pixel ratio (2 in tst_clipping_hidpi).
        const qreal ratio = qEnvironmentVariableIsSet("QT_SCALE_FACTOR") ? qEnvironmentVariable("QT_SCALE_FACTOR").toDouble() : 1.0;
        QCOMPARE(window.devicePixelRatioF(), ratio);
        auto *nav = window.findChild<QListWidget *>(u"navigation"_s);
        QVERIFY(nav);
        QStringList problems;
        const QString shots = qEnvironmentVariable("RAPPORT_SHOT_DIR");
        // The window fits the screen: no view asks for more room than there is.
        if (window.width() > size.width() || window.height() > size.height())
            problems << u"window: %1×%2 for a %3×%4 screen"_s.arg(window.width())
                            .arg(window.height())
                            .arg(size.width())
                            .arg(size.height());
        auto *stack = window.findChild<QWidget *>(u"viewStack"_s);
        const int room = size.width() - (window.width() - stack->width());
        const QStringList keys = viewKeys();
        for (int i = 0; i < keys.size(); ++i) {
            if (QWidget *view = stack->findChild<QWidget *>(u"view-"_s + keys.at(i)); view
                && view->minimumSizeHint().width() > room)
                problems << keys.at(i) + u": needs %1 px wide, %2 px there"_s.arg(view->minimumSizeHint().width()).arg(room);
            nav->setCurrentRow(i);
            QCoreApplication::processEvents();

            QTest::qWait(20);
            for (const QString &p : clipped(&window))
                problems << keys.at(i) + u": "_s + p;
            if (!shots.isEmpty()) {
                QDir().mkpath(shots);
                const QPixmap shot = window.grab();
                QCOMPARE(shot.width(), qRound(window.width() * ratio)); // every pixel drawn, not scaled up
                shot.save(u"%1/%2-%3-%4x%5%6%7.png"_s.arg(shots, keys.at(i), lang)
                              .arg(size.width())
                              .arg(size.height())
                              .arg(dark ? u"-dark"_s : QString(), ratio > 1 ? u"@2x"_s : QString()));
            }
        }
        problems.removeDuplicates();
        QApplication::setPalette(palette);
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')));
        languages.setLanguage(u"en"_s, false);
    }
};

QTEST_MAIN(TestClipping)
#include "tst_clipping.moc"
