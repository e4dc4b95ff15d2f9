#include "shortcutsdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

struct Row
{
    const char *where;
    const char *what;
    QKeySequence keys;
};

// Every shortcut the windows define (grep setShortcut / QShortcut in ui/).
QList<Row> rows()
{
    return {
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Everywhere"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Today, Clients, Tickets, Handoffs, Billing, Reviews, Dashboard, Outbox, Settings"),
            QKeySequence(u"Ctrl+1, Ctrl+9"_s) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Everywhere"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "New ticket"), QKeySequence(QKeySequence::New) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Everywhere"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Open a database file"), QKeySequence(QKeySequence::Open) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Everywhere"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Connect to a team database"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Everywhere"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Back up now"), QKeySequence(Qt::CTRL | Qt::Key_B) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Everywhere"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Keyboard shortcuts"), QKeySequence(QKeySequence::HelpContents) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Everywhere"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Quit"),
            QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q)) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Clients"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Search"), QKeySequence(QKeySequence::Find) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Clients"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "New client"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Client card"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Save"), QKeySequence(QKeySequence::Save) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Client card"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Log a call"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Client card"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Apply a workflow"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Reviews"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Reschedule the review"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Reviews"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Cancel the review"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Tickets"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Search"), QKeySequence(QKeySequence::Find) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Review form"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Hold the review / save"), QKeySequence(QKeySequence::Save) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Review form"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Prepare the review pack"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Regulation"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Save"), QKeySequence(QKeySequence::Save) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Regulation"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Apply a workflow"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Outbox"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Approve the message"), QKeySequence(Qt::CTRL | Qt::Key_Return) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Outbox"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Send the due messages now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Automation rules"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Edit the rule"), QKeySequence(Qt::Key_Return) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Automation rules"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "New rule"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Automation rules"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Delete the rule (one of your own that never fired)"), QKeySequence(QKeySequence::Delete) },
        { QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Rule and template editors"), QT_TRANSLATE_NOOP("rapport::ShortcutsDialog", "Save"), QKeySequence(QKeySequence::Save) },
    };
}

} // namespace

QString ShortcutsDialog::guidePath()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QStringList candidates {
        dir + u"/../share/doc/rapport/guide/README.md"_s, // installed (cmake --install, the .deb)
        dir + u"/guide/README.md"_s,                      // beside rapport.exe
        QStringLiteral(RAPPORT_SOURCE_DIR) + u"/docs/README.md"_s, // a build tree
    };
    for (const QString &path : candidates) {
        if (QFileInfo::exists(path))
            return QFileInfo(path).canonicalFilePath();
    }
    return QString();
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_guide(new QLabel(this))
{
    setObjectName(u"shortcutsDialog"_s);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setColumnCount(3);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_intro->setWordWrap(true);
    m_guide->setObjectName(u"shortcutsGuide"_s);
    m_guide->setOpenExternalLinks(true);
    m_guide->setTextFormat(Qt::RichText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_guide);
    layout->addWidget(buttons);
    resize(760, 560);
    retranslateUi();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setAccessibleName(tr("Keyboard Shortcuts"));
    m_intro->setText(tr("The frequent actions and their keys. Menus and buttons show their Alt letter underlined."));
    m_table->setHorizontalHeaderLabels({ tr("Where"), tr("Action"), tr("Keys") });
    const QList<Row> all = rows();
    m_table->setRowCount(int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const Row &r = all.at(i);
        QString keys = r.keys.toString(QKeySequence::NativeText);
        if (r.keys.count() == 2) // a range, Ctrl+1 … Ctrl+8
            keys = QKeySequence(r.keys[0]).toString(QKeySequence::NativeText) + u" … "_s
                + QKeySequence(r.keys[1]).toString(QKeySequence::NativeText);
        m_table->setItem(i, 0, new QTableWidgetItem(tr(r.where)));
        m_table->setItem(i, 1, new QTableWidgetItem(tr(r.what)));
        m_table->setItem(i, 2, new QTableWidgetItem(keys));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    const QString guide = guidePath();
    m_guide->setText(guide.isEmpty() ? tr("The user guide is not installed on this computer.")
                                     : tr("User guide: <a href=\"%1\">%2</a>")
                                           .arg(QUrl::fromLocalFile(guide).toString(),
                                               QDir::toNativeSeparators(guide).toHtmlEscaped()));
}

} // namespace rapport
