#!/usr/bin/env python3
"""Fills unfinished messages of a Qt .ts file from finished messages with the same source text (and the same
comment) in another context of the same file, or of an older copy of it. Used after a QML component moves code
into a new file, which changes the context of its strings.
Usage: fill-translations.py FILE.ts [--from OLD.ts]...   (e.g. OLD.ts from `git show HEAD:translations/...`)"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    return (message.findtext("source"), message.findtext("comment") or "")


def fill(path, older):
    tree = ET.parse(path)
    known = {}
    for message in [m for t in [tree] + [ET.parse(o) for o in older] for m in t.iter("message")]:
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
            known.setdefault(key(message), translation)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished" or key(message) not in known:
            continue
        source = known[key(message)]
        translation.clear()
        translation.text = source.text
        for child in source:
            translation.append(child)
        filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
        with open(path, "r+", encoding="utf-8") as f:  # keep lupdate's doctype line
            text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
            f.seek(0)
            f.write(text)
            f.truncate()
    print(f"{path}: {filled} filled")


args = sys.argv[1:]
older = [args[i + 1] for i, a in enumerate(args) if a == "--from"]
targets = [a for i, a in enumerate(args) if a != "--from" and (i == 0 or args[i - 1] != "--from")]
for t in targets:
    fill(t, older)
