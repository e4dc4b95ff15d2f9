#pragma once

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

namespace rapport {

// A typed row id: a ClientId cannot be passed where a TicketId is expected.
// 0 means "no record".
template<typename Tag>
struct Id
{
    qint64 value = 0;

    constexpr Id() = default;
    constexpr explicit Id(qint64 v) : value(v) {}
    constexpr bool isValid() const { return value > 0; }
    friend constexpr bool operator==(Id a, Id b) { return a.value == b.value; }
    friend constexpr bool operator!=(Id a, Id b) { return a.value != b.value; }
    friend constexpr bool operator<(Id a, Id b) { return a.value < b.value; }
    friend size_t qHash(Id id, size_t seed = 0) { return ::qHash(id.value, seed); }
};

using UserId = Id<struct UserTag>;
using ClientId = Id<struct ClientTag>;
using ContactId = Id<struct ContactTag>;
using TicketId = Id<struct TicketTag>;
using InvoiceId = Id<struct InvoiceTag>;
using CalendarId = Id<struct CalendarTag>;
using SlaPolicyId = Id<struct SlaPolicyTag>;
using HandoffId = Id<struct HandoffTag>;

} // namespace rapport
