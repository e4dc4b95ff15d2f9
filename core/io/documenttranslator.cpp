#include "documenttranslator.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// English is the source language: every text as written.
class SourceTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QString::fromUtf8(sourceText);
    }
};

} // namespace

DocumentTranslator::DocumentTranslator(const QString &language)
{
    if (!QCoreApplication::instance())
        return;
    if (language == u"en"_s) {
        m_translator = std::make_unique<SourceTranslator>();
    } else {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(u":/i18n/rapport_"_s + language + u".qm"_s)) {
            m_translator.reset();
            return;
        }
    }
    m_active = QCoreApplication::installTranslator(m_translator.get());
}

DocumentTranslator::~DocumentTranslator()
{
    if (m_active)
        QCoreApplication::removeTranslator(m_translator.get());
}

} // namespace rapport
