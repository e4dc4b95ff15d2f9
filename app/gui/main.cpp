#include "appsession.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "settings/teamconnectdialog.h"
#include "storage/database.h"
#include "storage/sessionuser.h"
#include "storage/userrepository.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Rapport"_s);
    QApplication::setApplicationName(u"Rapport"_s);
    QApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    // The desktop entry (kz.rapport.Rapport.desktop) and the window icon.
    QGuiApplication::setDesktopFileName(u"kz.rapport.Rapport"_s);
    {
        QIcon icon;
        for (int size : { 16, 24, 32, 48, 64, 128, 256, 512 })
            icon.addFile(u":/icons/hicolor/%1x%1/rapport.png"_s.arg(size), QSize(size, size));
        QApplication::setWindowIcon(icon);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Rapport operations console"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, u"Database file to open."_s, u"path"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Interface language: en, ru or kk."_s, u"lang"_s);
    const QCommandLineOption shotOption(u"screenshot"_s, u"Render the window to a PNG file and exit."_s, u"file"_s);
    const QCommandLineOption viewOption(u"view"_s, u"View to show first (today, clients, …, settings)."_s, u"name"_s);
    const QCommandLineOption appearanceOption(u"appearance"_s,
                                              u"Colours: system, light or dark (else the setting ui/appearance)."_s,
                                              u"name"_s);
    const QCommandLineOption userOption(u"user"_s, u"Work as this staff member (email)."_s, u"email"_s);
    const QCommandLineOption dialogOption(u"dialog"_s, u"Open a dialog over the window (connect-team); --screenshot then renders it."_s,
                                          u"name"_s);
    parser.addOptions({dbOption, langOption, shotOption, viewOption, appearanceOption, userOption, dialogOption});
    parser.process(app);

    // Before any widget exists: the option for this run, else the saved choice.
    rapport::Appearance appearance = rapport::savedAppearance();
    if (parser.isSet(appearanceOption)) {
        const auto chosen = rapport::appearanceFromKey(parser.value(appearanceOption));
        if (!chosen) {
            std::fprintf(stderr, "rapport: --appearance must be system, light or dark\n");
            return 2;
        }
        appearance = *chosen;
    }
    rapport::applyAppearance(appearance);

    rapport::LanguageManager languages;
    if (parser.isSet(langOption)) {
        if (!rapport::LanguageManager::languages().contains(parser.value(langOption))) {
            std::fprintf(stderr, "rapport: --lang must be en, ru or kk\n");
            return 2;
        }
        languages.setLanguage(parser.value(langOption), false);
    } else {
        languages.setLanguage(rapport::LanguageManager::preferredLanguage(), false);
    }

    rapport::AppSession session;
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = QSettings().value(u"database/last"_s, rapport::Database::defaultPath()).toString();
    if (rapport::Status s = session.openDatabase(path); !s) {
        if (parser.isSet(shotOption)) {
            std::fprintf(stderr, "rapport: %s\n", qUtf8Printable(s.error()));
            return 1;
        }
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Rapport"), s.error());
        if (!parser.isSet(dbOption) || (s = session.openDatabase(rapport::Database::defaultPath()), !s))
            return 1;
    }

    if (parser.isSet(userOption) && session.database().isServer()) {
        // A team database: the login is who works; --user may only repeat it.
        const auto user = rapport::SessionUser::resolve(session.database(), parser.value(userOption));
        if (!user) {
            std::fprintf(stderr, "rapport: %s\n", qUtf8Printable(user.error()));
            return 2;
        }
        if (!session.userIsLogin())
            session.setCurrentUser(*user);
    } else if (parser.isSet(userOption)) {
        const auto user = rapport::UserRepository(session.database()).byEmail(parser.value(userOption));
        if (!user) {
            std::fprintf(stderr, "rapport: no staff member with email %s\n", qUtf8Printable(parser.value(userOption)));
            return 2;
        }
        session.setCurrentUser(*user);
    }

    rapport::MainWindow window(&session, &languages);
    if (parser.isSet(viewOption) && !window.showView(parser.value(viewOption))) {
        std::fprintf(stderr, "rapport: unknown view \"%s\"\n", qUtf8Printable(parser.value(viewOption)));
        return 2;
    }
    window.show();

    QWidget *shown = &window;
    if (parser.isSet(dialogOption)) {
        if (parser.value(dialogOption) != u"connect-team"_s) {
            std::fprintf(stderr, "rapport: unknown dialog \"%s\" (connect-team)\n", qUtf8Printable(parser.value(dialogOption)));
            return 2;
        }
        auto *dialog = new rapport::TeamConnectDialog(&session, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        shown = dialog;
    }

    if (parser.isSet(shotOption)) {
        const QString file = parser.value(shotOption);
        QTimer::singleShot(400, &window, [shown, file] {
            const bool saved = shown->grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "rapport: cannot write %s\n", qUtf8Printable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
