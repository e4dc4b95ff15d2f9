#pragma once

#include <QString>

#include <memory>

class QTranslator;

namespace rapport {

// While it lives, Rapport's own texts (tr()) come out in a document's
// language — ru, kk or en — whatever the user interface speaks: a review pack
// for a Kazakh-speaking client, written from a Russian desk or the CLI, gets
// the SLA clock's account of a breach in Kazakh. Installs the embedded
// translation (:/i18n) above the application's; for English, a translator
// that answers every text with its English source. One at a time, on the
// thread that owns the application.
class DocumentTranslator
{
public:
    explicit DocumentTranslator(const QString &language);
    ~DocumentTranslator();

    DocumentTranslator(const DocumentTranslator &) = delete;
    DocumentTranslator &operator=(const DocumentTranslator &) = delete;

    // False when the language's translation could not be loaded (the texts
    // then stay in the interface's language).
    bool isActive() const { return m_active; }

private:
    std::unique_ptr<QTranslator> m_translator;
    bool m_active = false;
};

} // namespace rapport
