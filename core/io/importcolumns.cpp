#include "importcolumns.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString ImportColumns::normalized(const QString &headerName)
{
    QString s = headerName;
    s.remove(QChar(0xFEFF));
    s = s.simplified().toLower();
    s.replace(u'ё', u'е');
    while (s.endsWith(u'*') || s.endsWith(u':'))
        s.chop(1);
    return s.trimmed();
}

static QString match(const QList<ImportColumns::Field> &fields, const QString &name)
{
    for (const ImportColumns::Field &f : fields) {
        if (name == f.key || f.aliases.contains(name))
            return f.key;
    }
    return {};
}

QStringList ImportColumns::recognize(const QList<Field> &fields, const QStringList &header)
{
    QStringList keys;
    for (const QString &h : header)
        keys << match(fields, normalized(h));
    return keys;
}

ImportColumns::ImportColumns(const QList<Field> &fields,
                             const QStringList &header,
                             const QHash<QString, QString> &mapping,
                             bool ignoreUnknown)
    : m_header(header)
{
    QStringList keys;
    for (const Field &f : fields)
        keys << f.key;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = normalized(header.at(i));
        QString key;
        if (mapping.contains(name)) {
            key = mapping.value(name);
            if (!key.isEmpty() && !keys.contains(key)) {
                m_problems.append(
                    {headerAt(i),
                     QCoreApplication::translate("ImportColumns", "mapped to an unknown field \"%1\"").arg(key)});
                continue;
            }
        } else if (!name.isEmpty()) {
            key = match(fields, name);
            if (key.isEmpty() && !ignoreUnknown) {
                m_problems.append({headerAt(i),
                                   QCoreApplication::translate("ImportColumns", "unknown column (known columns: %1)")
                                       .arg(keys.join(u", "_s))});
                continue;
            }
        }
        if (key.isEmpty()) {
            m_ignored.append(i);
            continue;
        }
        if (m_index.contains(key)) {
            m_problems.append({headerAt(i),
                               QCoreApplication::translate("ImportColumns", "the same field as column \"%1\" (%2)")
                                   .arg(headerAt(m_index.value(key)), key)});
            continue;
        }
        m_index.insert(key, i);
    }
    for (const Field &f : fields) {
        if (f.required && !m_index.contains(f.key))
            m_problems.append({f.key, QCoreApplication::translate("ImportColumns", "required column is missing")});
    }
}

QString ImportColumns::value(const QStringList &fields, const QString &key) const
{
    const int i = m_index.value(key, -1);
    return i < 0 ? QString() : fields.value(i).trimmed();
}

QString ImportColumns::headerName(const QString &key) const
{
    const int i = m_index.value(key, -1);
    return i < 0 ? key : headerAt(i);
}

QString ImportColumns::headerAt(int index) const
{
    const QString name = m_header.value(index).trimmed();
    if (name.isEmpty())
        return u"#%1"_s.arg(index + 1);
    // A binary file's "header" would flood the messages.
    return name.size() > 60 ? name.left(59) + QChar(0x2026) : name;
}

} // namespace rapport
