#!/usr/bin/env python3
"""Fills Qt .ts files from a tab-separated table: source, Russian, Kazakh.

Rows are matched on the exact source text (\\n written as a literal backslash-n).
Prints every message that has no translation and exits 1 if there is one.
"""
import os
import sys
import xml.etree.ElementTree as ET


def load(table):
    rows = {}
    with open(table, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or (line.startswith("#") and "\t" not in line):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                sys.exit(f"{table}:{number}: expected 3 tab-separated columns, got {len(parts)}")
            src, ru, kk = (p.replace("\\n", "\n") for p in parts)
            rows[src] = {"ru": ru, "kk": kk}
    return rows


def merge_namespaced_contexts(root, namespaced):
    """lupdate names the context of a file-local tr() helper after the
    nearest class, e.g. "rapport::TicketRepository", while the helper calls
    QCoreApplication::translate("TicketRepository", ...): use the plain name
    for the classes listed in `namespaced` (Q_OBJECT classes keep theirs)."""
    by_name = {}
    for context in list(root.findall("context")):
        name = context.find("name")
        plain = name.text.split("::")[-1] if name.text in namespaced else name.text
        if plain in by_name:
            target = by_name[plain]
            known = {m.find("source").text for m in target.findall("message")}
            for message in context.findall("message"):
                if message.find("source").text not in known:
                    target.append(message)
            root.remove(context)
        else:
            name.text = plain
            by_name[plain] = context


def fill(path, lang, rows):
    tree = ET.parse(path)
    merge_namespaced_contexts(tree.getroot(), os.environ.get("RAPPORT_PLAIN_CONTEXTS", "").split())
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in rows and rows[source][lang] and message.get("numerus") == "yes":
            # Plural forms in the table are separated by "|" (Russian: one|few|many);
            # lupdate made as many <numerusform>s as the language has.
            forms = rows[source][lang].split("|")
            slots = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            for i, slot in enumerate(slots):
                slot.text = forms[min(i, len(forms) - 1)]
            translation.text = None
            translation.attrib.pop("type", None)
        elif source in rows and rows[source][lang]:
            translation.text = rows[source][lang]
            translation.attrib.pop("type", None)
        elif translation.get("type") in ("unfinished", "vanished", "obsolete") or not (
                translation.text or any(f.text for f in translation.findall("numerusform"))):
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1))
    return missing


def main():
    table, *files = sys.argv[1:]
    rows = load(table)
    failed = False
    for path in files:
        lang = "kk" if path.endswith("_kk.ts") else "ru"
        missing = fill(path, lang, rows)
        for source in missing:
            print(f"{path}: untranslated: {source!r}")
        failed = failed or bool(missing)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
