// The contacts import on arbitrary bytes: a dry run all-or-nothing and one
// skipping invalid rows, on a seeded database.
#include "fuzzsupport.h"

#include "io/contactimport.h"

using namespace rapport;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Database &db = fuzz::database();
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray before = fuzz::fingerprint(db);
    for (const bool lenient : {false, true}) {
        const ImportOptions options = fuzz::options(lenient);
        fuzz::checkImport("contacts", ContactImport(db).run(input, options), options, before, db);
    }
    return 0;
}
