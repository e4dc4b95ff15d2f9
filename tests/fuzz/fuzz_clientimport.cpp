// The clients import on arbitrary bytes: the preview, then a dry run
// all-or-nothing and one skipping invalid rows, on a seeded database.
#include "fuzzsupport.h"

#include "io/clientimport.h"

using namespace rapport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Database &db = fuzz::database();
    const QByteArray input = fuzz::bytes(data, size);
    const ImportPreview preview = ClientImport::previewRows(input, 5);
    if (preview.rows.size() > 5 || preview.totalRows < preview.rows.size()
        || preview.clientColumns.size() != preview.header.size()
        || preview.contactColumns.size() != preview.header.size())
        fuzz::violated("preview", QStringLiteral("rows, total and recognized columns disagree"));
    const QByteArray before = fuzz::fingerprint(db);
    for (const bool lenient : {false, true}) {
        const ImportOptions options = fuzz::options(lenient);
        fuzz::checkImport("clients", ClientImport(db).importClients(input, options), options, before, db);
    }
    return 0;
}
