#include "cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

// `invoice pdf`, `act pdf` and `reviews pack` lay out text with fonts (QTextDocument,
// QPdfWriter): they need a QGuiApplication, on the offscreen platform so
// that no display is needed. Every other command runs on QCoreApplication.
bool needsGui(int argc, char **argv)
{
    const char *words[2] = { nullptr, nullptr };
    int found = 0;
    for (int i = 1; i < argc && found < 2; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--db") || !std::strcmp(a, "--user") || !std::strcmp(a, "--format")) {
            ++i;
            continue;
        }
        if (a[0] != '-')
            words[found++] = a;
    }
    if (found != 2)
        return false;
    if (!std::strcmp(words[0], "reviews"))
        return !std::strcmp(words[1], "pack");
    return (!std::strcmp(words[0], "invoice") || !std::strcmp(words[0], "act")) && !std::strcmp(words[1], "pdf");
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    return rapport::cli::run(QCoreApplication::arguments());
}
