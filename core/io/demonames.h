#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace rapport::demo {

// Realistic Russian and Kazakh names for synthetic demo data.
struct PersonName
{
    QString first;
    QString last;
    QString full() const { return first + u' ' + last; }
};

PersonName personName(QRandomGenerator &rng);
// "ТОО «Алтын Дала Логистик»", "ООО «Северный Ветер»"…
QString companyName(QRandomGenerator &rng, bool kazakh);
// Latin transliteration for emails: "Айгерим" → "aigerim".
QString transliterate(const QString &cyrillic);

} // namespace rapport::demo
