#include "theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

namespace {

QColor blend(const QColor &under, const QColor &over, qreal share)
{
    return QColor::fromRgbF(float(under.redF() + (over.redF() - under.redF()) * share),
                            float(under.greenF() + (over.greenF() - under.greenF()) * share),
                            float(under.blueF() + (over.blueF() - under.blueF()) * share));
}

} // namespace

QString appearanceKey(Appearance appearance)
{
    switch (appearance) {
    case Appearance::Light: return u"light"_s;
    case Appearance::Dark: return u"dark"_s;
    case Appearance::System: break;
    }
    return u"system"_s;
}

std::optional<Appearance> appearanceFromKey(const QString &key)
{
    for (Appearance a : {Appearance::System, Appearance::Light, Appearance::Dark}) {
        if (key == appearanceKey(a))
            return a;
    }
    return std::nullopt;
}

Appearance savedAppearance()
{
    return appearanceFromKey(QSettings().value(u"ui/appearance"_s).toString()).value_or(Appearance::System);
}

void applyAppearance(Appearance appearance)
{
    if (appearance == Appearance::System)
        return;
    QApplication::setStyle(u"Fusion"_s);
    QApplication::setPalette(appearance == Appearance::Dark ? darkPalette() : lightPalette());
}

QPalette lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    QPalette p = fusion ? fusion->standardPalette() : QPalette(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Link, QColor(0x15, 0x65, 0xc0));
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0xb8));
    return p;
}

// Greys with a touch of blue; text about 12:1 on the base, disabled text
// still legible (about 3:1), selection in the same blue as the light palette.
QPalette darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor button(0x35, 0x37, 0x3c);
    const QColor text(0xe3, 0xe5, 0xe8);
    const QColor disabledText(0x7a, 0x7e, 0x85);
    const QColor highlight(0x2f, 0x6f, 0xd6);

    QPalette p(window);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, disabled ? disabledText : text);
        p.setColor(group, QPalette::Base, disabled ? window : base);
        p.setColor(group, QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        p.setColor(group, QPalette::Text, disabled ? disabledText : text);
        p.setColor(group, QPalette::PlaceholderText, disabled ? QColor(0x5c, 0x60, 0x66) : QColor(0x97, 0x9c, 0xa3));
        p.setColor(group, QPalette::Button, disabled ? QColor(0x30, 0x32, 0x36) : button);
        p.setColor(group, QPalette::ButtonText, disabled ? disabledText : text);
        p.setColor(group, QPalette::BrightText, QColor(0xff, 0x7a, 0x7a));
        p.setColor(group, QPalette::Light, QColor(0x4f, 0x52, 0x58));
        p.setColor(group, QPalette::Midlight, QColor(0x43, 0x46, 0x4b));
        p.setColor(group, QPalette::Mid, QColor(0x5a, 0x5e, 0x65));
        p.setColor(group, QPalette::Dark, QColor(0x1a, 0x1b, 0x1e));
        p.setColor(group, QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
        p.setColor(group, QPalette::Highlight, disabled ? QColor(0x4a, 0x4d, 0x53) : highlight);
        p.setColor(group, QPalette::HighlightedText, disabled ? QColor(0xb0, 0xb3, 0xb8) : QColor(Qt::white));
        p.setColor(group, QPalette::Link, disabled ? disabledText : QColor(0x7f, 0xb0, 0xff));
        p.setColor(group, QPalette::LinkVisited, disabled ? disabledText : QColor(0xc3, 0xa6, 0xff));
        p.setColor(group, QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x45));
        p.setColor(group, QPalette::ToolTipText, QColor(0xf0, 0xf1, 0xf3));
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        p.setColor(group, QPalette::Accent, disabled ? QColor(0x4a, 0x4d, 0x53) : highlight);
#endif
    }
    return p;
}

bool isDark(const QPalette &palette)
{
    return qGray(palette.color(QPalette::Window).rgb()) < qGray(palette.color(QPalette::WindowText).rgb());
}

// Light: at least 4.5:1 on white and on Fusion's #efefef window.
// Dark: at least 4.5:1 on the dark palette's base, window and buttons.
QColor statusColor(StatusTone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case StatusTone::Good: return dark ? QColor(0x6c, 0xc9, 0x85) : QColor(0x1b, 0x7a, 0x35);
    case StatusTone::Warning: return dark ? QColor(0xf0, 0xb3, 0x54) : QColor(0x9a, 0x5b, 0x00);
    case StatusTone::Bad: return dark ? QColor(0xff, 0x7a, 0x7a) : QColor(0xb0, 0x00, 0x20);
    case StatusTone::Info: return dark ? QColor(0x7f, 0xb0, 0xff) : QColor(0x15, 0x65, 0xc0);
    case StatusTone::Neutral: break;
    }
    return dark ? QColor(0x9b, 0xa0, 0xa6) : QColor(0x68, 0x68, 0x68);
}

QColor tint(const QColor &color, const QPalette &palette)
{
    return blend(palette.color(QPalette::Base), color, isDark(palette) ? 0.2 : 0.1);
}

QColor statusBackground(StatusTone tone, const QPalette &palette)
{
    if (isDark(palette)) {
        if (tone == StatusTone::Neutral)
            return {};
        return blend(palette.color(QPalette::Base), statusColor(tone, palette), 0.18);
    }
    switch (tone) {
    case StatusTone::Good: return QColor(0xe6, 0xf4, 0xea);
    case StatusTone::Warning: return QColor(0xff, 0xf3, 0xdc);
    case StatusTone::Bad: return QColor(0xfd, 0xe8, 0xe6);
    case StatusTone::Info: return QColor(0xe8, 0xf1, 0xfb);
    case StatusTone::Neutral: break;
    }
    return {};
}

QColor statusAccent(StatusTone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case StatusTone::Good: return dark ? QColor(0x4c, 0xb8, 0x60) : QColor(0x2e, 0x7d, 0x32);
    case StatusTone::Warning: return dark ? QColor(0xf5, 0xa6, 0x23) : QColor(0xf5, 0x9e, 0x0b);
    case StatusTone::Bad: return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case StatusTone::Info: return dark ? QColor(0x5c, 0x9c, 0xf5) : QColor(0x15, 0x65, 0xc0);
    case StatusTone::Neutral: break;
    }
    return dark ? QColor(0x8b, 0x91, 0x9a) : QColor(0x8a, 0x8a, 0x8a);
}

QColor statusColor(StatusTone tone)
{
    return statusColor(tone, QGuiApplication::palette());
}

QColor statusBackground(StatusTone tone)
{
    return statusBackground(tone, QGuiApplication::palette());
}

QColor statusAccent(StatusTone tone)
{
    return statusAccent(tone, QGuiApplication::palette());
}

QString statusStyleSheet(StatusTone tone)
{
    return u"color: %1"_s.arg(statusColor(tone).name());
}

} // namespace rapport
