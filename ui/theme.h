#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

namespace rapport {

// How the application looks: the platform's own style and palette, or
// Fusion with Rapport's light or dark palette. Chosen with --appearance or
// the setting ui/appearance, applied once before the main window is made.
enum class Appearance { System, Light, Dark };

// "system", "light", "dark" and back; nullopt for anything else.
QString appearanceKey(Appearance appearance);
std::optional<Appearance> appearanceFromKey(const QString &key);
// The saved choice (ui/appearance), System when none or unknown.
Appearance savedAppearance();

// Light and Dark switch the application to Fusion with lightPalette() or
// darkPalette(); System leaves the platform's style and palette alone.
void applyAppearance(Appearance appearance);
// lightPalette() is also the one for paper (PDF reports).
QPalette lightPalette();
QPalette darkPalette();

// Whether `palette` puts light text on a dark window, whoever chose it (our
// dark palette or a dark desktop theme).
bool isDark(const QPalette &palette);

// What a status colour means, wherever it is shown: SLA running / at risk /
// breached, hours within / near / past the plan, done on time / overdue,
// error messages (Bad), cancelled or paused rows (Neutral), neutral
// highlights such as progress (Info).
enum class StatusTone { Neutral, Good, Warning, Bad, Info };

// Text and thin lines in the tone: readable (WCAG AA, 4.5:1) on the
// palette's Base and Window, in a light and in a dark palette alike.
QColor statusColor(StatusTone tone, const QPalette &palette);
// A faint tint of the tone behind text of the palette (or of statusColor()),
// for table cells and banners; invalid for Neutral.
QColor statusBackground(StatusTone tone, const QPalette &palette);
// A strong colour for bars, stripes and chart marks, never for text.
QColor statusAccent(StatusTone tone, const QPalette &palette);
// A faint tint of any colour over the palette's Base, for a block's fill
// behind the palette's text (a tenth of it on light, a fifth on dark).
QColor tint(const QColor &color, const QPalette &palette);
// The same on the application's palette, for models that have no widget.
QColor statusColor(StatusTone tone);
QColor statusBackground(StatusTone tone);
QColor statusAccent(StatusTone tone);
// "color: #rrggbb" in the tone, for a label's style sheet.
QString statusStyleSheet(StatusTone tone);

} // namespace rapport
