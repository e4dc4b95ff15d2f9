#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport {

// The header of an imported CSV file: which column holds which field. Header
// names are matched case-insensitively, trimmed, with "ё" as "е" and a
// trailing "*" or ":" ignored, against each field's English key and its
// accepted aliases (Russian, Kazakh, spreadsheet habits).
class ImportColumns
{
public:
    struct Field
    {
        QString key; // "legal_name"
        QStringList aliases; // "legal name", "наименование"…
        bool required = false;
    };

    // A header problem: the column (as written in the file) and why.
    struct Problem
    {
        QString column;
        QString reason;
    };

    // `mapping` overrides the matching for some header names (normalized
    // like the header): a field key, or an empty string to ignore the column.
    ImportColumns(const QList<Field> &fields,
                  const QStringList &header,
                  const QHash<QString, QString> &mapping = {},
                  bool ignoreUnknown = false);

    // Unknown, duplicate or missing required columns; empty when usable.
    const QList<Problem> &problems() const { return m_problems; }

    bool has(const QString &key) const { return m_index.contains(key); }
    // The cell of `key` in `fields`, trimmed; empty when the column is absent.
    QString value(const QStringList &fields, const QString &key) const;
    // The header as written in the file for `key`, or the key itself.
    QString headerName(const QString &key) const;
    // The header as written for column `index` (0-based); "#N" when unnamed.
    QString headerAt(int index) const;
    int columnCount() const { return int(m_header.size()); }
    // Columns ignored on purpose (empty header or mapped to nothing).
    bool isIgnored(int index) const { return m_ignored.contains(index); }
    // A column without a header: its cells must stay empty.
    bool isUnnamed(int index) const { return m_header.value(index).trimmed().isEmpty(); }

    // The field key each header cell matches, or an empty string.
    static QStringList recognize(const QList<Field> &fields, const QStringList &header);
    static QString normalized(const QString &headerName);

private:
    QStringList m_header;
    QHash<QString, int> m_index;
    QList<int> m_ignored;
    QList<Problem> m_problems;
};

} // namespace rapport
