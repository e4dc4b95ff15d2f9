#include "documenttext.h"

#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Never deleted: shared by every thread until the process ends.
const QTranslator *load(const QString &language)
{
    auto *translator = new QTranslator;
    if (!translator->load(u":/i18n/rapport_"_s + language + u".qm"_s)) {
        delete translator;
        return nullptr;
    }
    return translator;
}

const QTranslator *translatorFor(const QString &language)
{
    // Function-local statics: loaded once, the first caller's thread waits for nobody else.
    if (language == u"ru"_s) {
        static const QTranslator *const ru = load(u"ru"_s);
        return ru;
    }
    if (language == u"kk"_s) {
        static const QTranslator *const kk = load(u"kk"_s);
        return kk;
    }
    return nullptr;
}

} // namespace

QString DocumentText::translate(const QString &language, const char *context, const char *source)
{
    if (const QTranslator *translator = translatorFor(language)) {
        const QString text = translator->translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

} // namespace rapport
