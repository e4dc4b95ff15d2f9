#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

QStringList LanguageManager::languages()
{
    return {u"en"_s, u"ru"_s, u"kk"_s};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == u"ru"_s)
        return u"Русский"_s;
    if (language == u"kk"_s)
        return u"Қазақша"_s;
    return u"English"_s;
}

QString LanguageManager::preferredLanguage()
{
    const QString saved = QSettings().value(u"ui/language"_s).toString();
    if (languages().contains(saved))
        return saved;
    const QString system = QLocale::system().name().left(2);
    return languages().contains(system) ? system : u"en"_s;
}

bool LanguageManager::setLanguage(const QString &language, bool remember)
{
    if (!languages().contains(language))
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    bool ok = true;
    if (language != u"en"_s) {
        ok = m_app.load(u":/i18n/rapport_"_s + language + u".qm"_s);
        if (ok)
            QCoreApplication::installTranslator(&m_app);
        if (m_qt.load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
    }
    m_current = ok ? language : u"en"_s;
    QLocale::setDefault(QLocale(m_current == u"kk"_s ? QLocale::Kazakh
                                : m_current == u"ru"_s ? QLocale::Russian
                                                       : QLocale::English));
    if (remember)
        QSettings().setValue(u"ui/language"_s, m_current);
    return ok;
}

} // namespace rapport
