#include "clientfeedback.h"

#include "domain/client.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rapport {

QString clientFeedbackKindKey(ClientFeedbackKind kind)
{
    switch (kind) {
    case ClientFeedbackKind::Complaint: return u"complaint"_s;
    case ClientFeedbackKind::Thanks: return u"thanks"_s;
    case ClientFeedbackKind::Remark: return u"remark"_s;
    }
    return {};
}

std::optional<ClientFeedbackKind> clientFeedbackKindFromKey(const QString &key)
{
    if (key == u"complaint"_s)
        return ClientFeedbackKind::Complaint;
    if (key == u"thanks"_s)
        return ClientFeedbackKind::Thanks;
    if (key == u"remark"_s)
        return ClientFeedbackKind::Remark;
    return std::nullopt;
}

QString clientFeedbackKindTitle(ClientFeedbackKind kind)
{
    switch (kind) {
    case ClientFeedbackKind::Complaint: return QCoreApplication::translate("ClientFeedback", "Complaint");
    case ClientFeedbackKind::Thanks: return QCoreApplication::translate("ClientFeedback", "Thanks");
    case ClientFeedbackKind::Remark: return QCoreApplication::translate("ClientFeedback", "Remark");
    }
    return {};
}

Status ClientFeedback::validate(const ClientFeedback &feedback)
{
    if (!feedback.clientId.isValid())
        return fail(QCoreApplication::translate("ClientFeedback", "Feedback belongs to a client."));
    if (feedback.text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ClientFeedback", "Write what the client said."));
    if (!contactChannelFromKey(feedback.channel))
        return fail(QCoreApplication::translate("ClientFeedback", "Unknown channel \"%1\".").arg(feedback.channel));
    return {};
}

} // namespace rapport
