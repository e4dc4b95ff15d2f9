#pragma once

#include <QDate>
#include <QString>

namespace rapport {

// A month in words for invoice lines, in the document's language, from the
// tables here (the system locale may have no Kazakh):
//   ru: "октябрь 2026"      → «Абонентское обслуживание за октябрь 2026»
//   kk: "2026 жылғы қазан"  → «2026 жылғы қазан үшін абоненттік қызмет көрсету»
//   en: "October 2026"      → "Subscription support services for October 2026"
// The line's wording (its translation or the document template) adds "за",
// "үшін" or "for". Russian and Kazakh names are nominative and lower case.
class MonthWords
{
public:
    // The name of month 1–12 ("октябрь", "қазан", "October"); empty for
    // another number. A language other than ru and kk gets English.
    static QString name(int month, const QString &language);
    // The month and year of `month` (any day of it); empty if invalid.
    static QString month(QDate month, const QString &language);
};

} // namespace rapport
