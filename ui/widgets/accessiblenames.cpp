#include "accessiblenames.h"

#include <QLabel>
#include <QTextDocument>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

// Set on a name this helper gave, which it may therefore replace.
constexpr char kFromLabel[] = "rapportNameFromLabel";

// "&Legal name:" → "Legal name", as a screen reader says the label.
QString spokenText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    QString spoken;
    spoken.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // "&&" is an ampersand, "&x" a mnemonic
        spoken += text.at(i);
    }
    spoken = spoken.trimmed();
    if (spoken.endsWith(u':'))
        spoken.chop(1);
    return spoken.trimmed();
}

} // namespace

void nameFieldsByTheirLabels(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *field = label->buddy();
        if (!field || field->parentWidget() == label->parentWidget())
            continue; // no buddy, or one the screen reader finds itself
        if (!field->accessibleName().isEmpty() && !field->property(kFromLabel).toBool())
            continue;
        field->setAccessibleName(spokenText(label));
        field->setProperty(kFromLabel, true);
    }
}

} // namespace rapport
