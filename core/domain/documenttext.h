#pragma once

#include <QString>

namespace rapport {

// Rapport's own texts in a document's language (ru, kk or en) whatever the
// interface speaks, without installing a translator: the monthly run writes
// each client's invoice lines in the client's language from a worker thread,
// where DocumentTranslator (which installs one for code that calls tr())
// cannot be used. Read from the embedded translations (:/i18n), each loaded
// once and only read afterwards, so safe from any thread. English is the
// source language; a text without a translation stays in English. Mark the
// texts for lupdate where they are written, with QT_TRANSLATE_NOOP(context, …).
class DocumentText
{
public:
    static QString translate(const QString &language, const char *context, const char *source);
};

} // namespace rapport
