#pragma once

#include <QObject>
#include <QTranslator>

namespace rapport {

// Installs Rapport's (and Qt's own) translations for en, ru or kk. Switching
// sends QEvent::LanguageChange to every widget, which retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);

    static QStringList languages(); // "en", "ru", "kk"
    static QString nativeName(const QString &language);
    // The saved choice, else the system locale's language if supported, else en.
    static QString preferredLanguage();

    QString current() const { return m_current; }
    // Loads and installs; remembers the choice when `remember` is set.
    bool setLanguage(const QString &language, bool remember = true);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current = QStringLiteral("en");
};

} // namespace rapport
