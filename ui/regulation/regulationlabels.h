#pragma once

#include "domain/user.h"
#include "planning/clientfeedback.h"
#include "planning/obligationrule.h"
#include "planning/task.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QComboBox;

namespace rapport {

// Translated names of the regulation's enumerations (staff roles, periods,
// day offsets, task states and sources, feedback channels) shared by the
// Reviews view, the Regulation editor, Today and the client card.
class RegulationLabels
{
    Q_DECLARE_TR_FUNCTIONS(RegulationLabels)

public:
    static QString role(Role role);
    static QString period(ObligationPeriod period);
    static QString dayOffset(DayOffset offset);
    // "Open", "Overdue", "Done on time", "Done late", "Cancelled" as of `today`.
    static QString taskState(const Task &task, QDate today);
    static QString taskSource(TaskSource source);
    // Feedback channels: "email", "phone", … → "Email", "Phone", …
    static QString channel(const QString &key);
    static QStringList channelKeys();
    // When a rule's task is due, e.g. "working day 5 · the next month".
    static QString ruleDue(const ObligationRule &rule);

    // Red for overdue and late, green for done on time.
    static QColor overdueColor();
    static QColor doneColor();

    // Fill a combo (data: the enum value as int or the key) keeping the
    // current choice; called again on a language change to retranslate.
    static void fillRoles(QComboBox *combo);
    static void fillKinds(QComboBox *combo);
    static void fillPeriods(QComboBox *combo);
    static void fillOffsets(QComboBox *combo);
    static void fillChannels(QComboBox *combo);
    static void fillFeedbackKinds(QComboBox *combo);
};

} // namespace rapport
