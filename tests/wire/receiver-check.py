#!/usr/bin/env python3
# receiver-check.py: does a NewsML-G2 file survive a receiver's ingest?
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Written for Copydesk (not taken from any receiver). It applies, to a file
# the writer produced, the rules that Superdesk's generic NewsML-G2 parser
# (superdesk-core, superdesk/io/feed_parsers/newsml_2_0.py) follows when it
# reads a newsMessage, as read in its source: which elements and attributes
# it requires (a missing one makes it reject the whole message), and what it
# keeps of each item. Then it checks what Copydesk promises on top: every
# rendition of the body carries the same words, and the body the receiver
# keeps is the whole of it.
#
# Usage: receiver-check.py FILE     prints one JSON object, exits 1 on a problem
#
# The JSON has "problems" (a list of lines) and "items": for each item, what
# the receiver would keep (class, headline, byline, authors, caption, times,
# the words of the body it keeps, its renditions), and the creditline it
# does not read.

import json
import re
import sys
import xml.etree.ElementTree as ET

G2 = "{http://iptc.org/std/nar/2006-10-01/}"
XHTML = "{http://www.w3.org/1999/xhtml}"
NITF = "{http://iptc.org/std/NITF/2006-10-18/}"
NITF_TYPE = "application/nitf+xml"


def words(text):
    return re.findall(r"\w+(?:['’]\w+)*", text or "")


def all_text(element):
    return " ".join(element.itertext()) if element is not None else ""


def qcode_code(element, attr, where, problems):
    """The receiver splits the QCode on ':' and takes the second part."""
    value = element.get(attr) if element is not None else None
    if value is None or ":" not in value:
        problems.append("%s: no %s with a scheme alias (%r): the message is rejected"
                        % (where, attr, value))
        return None
    return value.split(":")[1]


# ISO 8601 as the receiver's datetime() (strptime, then arrow) accepts it:
# anything else raises, and the whole message is rejected.
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?"
                      r"(Z|[+-]\d{2}:?\d{2})?)?$")


def check_times(meta, names, where, problems):
    for name in names:
        element = meta.find(G2 + name)
        if element is None or not element.text:
            continue
        if not ISO_TIME.match(element.text.strip()):
            problems.append("%s: %s %r is not a time the receiver parses: the message is "
                            "rejected" % (where, name, element.text))


def check_integer(element, attr, where, problems):
    value = element.get(attr)
    if value is not None and not value.strip().isdigit():
        problems.append("%s: %s %r is not a whole number: the message is rejected"
                        % (where, attr, value))


def first_text(meta, name):
    element = meta.find(G2 + name)
    return element.text if element is not None else None


def xhtml_words(inline):
    html = inline.find(XHTML + "html")
    body = html.find(XHTML + "body") if html is not None else None
    return words(all_text(body)) if body is not None else None


def nitf_words(inline):
    """The receiver keeps each child of body.content/block, whole."""
    kept = []
    for content in inline.iter(NITF + "body.content"):
        for block in content.findall(NITF + "block"):
            for child in block:
                kept.extend(words(all_text(child)))
    return kept


def check_content_set(item, where, entry, problems):
    content_set = item.find(G2 + "contentSet")
    if content_set is None:
        problems.append("%s: no contentSet: the message is rejected" % where)
        return
    renditions = []
    for child in content_set:
        if not isinstance(child.tag, str):
            problems.append("%s: a comment in contentSet is read as remoteContent" % where)
            continue
        if child.tag == G2 + "inlineXML":
            kind = child.get("contenttype")
            if kind == NITF_TYPE:
                kept = nitf_words(child)
                full = words(" ".join(all_text(c) for c in child.iter(NITF + "body.content")))
            else:
                kept = None
                full = xhtml_words(child)
                if full is None:
                    problems.append("%s: inlineXML %s has no XHTML html/body: the message is "
                                    "rejected" % (where, kind))
                    continue
                # the generic rule: the text directly inside each child of body
                html = child.find(XHTML + "html")
                body = html.find(XHTML + "body")
                kept = []
                for element in body:
                    if not isinstance(element.tag, str):
                        # its tag is no string: the receiver's tag split raises
                        problems.append("%s: a comment or processing instruction in the XHTML "
                                        "body: the message is rejected" % where)
                        continue
                    kept.extend(words(element.text))
            renditions.append({"contenttype": kind, "words": full})
            entry["body_words"] = kept    # the last body wins
        elif child.tag == G2 + "inlineData":
            # (inlineXML's wordcount is read leniently, inlineData's is not)
            check_integer(child, "wordcount", where + ": inlineData", problems)
            entry["body_words"] = words(child.text)
            renditions.append({"contenttype": child.get("contenttype"), "words": words(child.text)})
        else:
            code = qcode_code(child, "rendition", where + ": " + child.tag.replace(G2, ""), problems)
            check_integer(child, "size", where + ": " + child.tag.replace(G2, ""), problems)
            if child.get("contenttype") is None:
                problems.append("%s: remoteContent without contenttype: the message is rejected"
                                % where)
            entry["renditions"].append({"rendition": code, "href": child.get("href"),
                                        "mimetype": child.get("contenttype")})
    if len(renditions) > 1:
        first = renditions[0]["words"]
        for other in renditions[1:]:
            if other["words"] != first:
                problems.append("%s: the %s rendition does not carry the words of the %s one"
                                % (where, other["contenttype"], renditions[0]["contenttype"]))
    entry["body_renditions"] = [r["contenttype"] for r in renditions]
    if renditions and entry.get("body_words") is not None:
        if entry["body_words"] != renditions[0]["words"]:
            missing = len(renditions[0]["words"]) - len(entry["body_words"])
            problems.append("%s: the body the receiver keeps lacks %d of %d words"
                            % (where, missing, len(renditions[0]["words"])))


def check_group_set(item, where, problems):
    group_set = item.find(G2 + "groupSet")
    if group_set is None:
        problems.append("%s: a package without groupSet: the message is rejected" % where)
        return
    for group in group_set:
        if group.get("id") is None or group.get("role") is None:
            problems.append("%s: a group without id or role: the message is rejected" % where)
        for ref in group:
            if ref.get("idref") is not None:
                continue
            if ref.get("residref") is None or ref.get("contenttype") is None:
                problems.append("%s: an itemRef without residref or contenttype" % where)
            qcode_code(ref.find(G2 + "itemClass"), "qcode", where + ": itemRef itemClass", problems)


def check_item(item, problems):
    where = "%s %s" % (item.tag.replace(G2, ""), item.get("guid"))
    entry = {"guid": item.get("guid"), "renditions": []}
    if item.get("guid") is None or item.get("version") is None:
        problems.append("%s: no guid or version: the message is rejected" % where)
    meta = item.find(G2 + "itemMeta")
    if meta is None:
        problems.append("%s: no itemMeta: the message is rejected" % where)
        return entry
    entry["class"] = qcode_code(meta.find(G2 + "itemClass"), "qcode", where + ": itemClass", problems)
    check_times(meta, ("versionCreated", "firstCreated"), where, problems)
    qcode_code(meta.find(G2 + "pubStatus"), "qcode", where + ": pubStatus", problems)
    content = item.find(G2 + "contentMeta")
    if content is None:
        problems.append("%s: no contentMeta: the message is rejected" % where)
        return entry
    urgency = first_text(content, "urgency")
    if urgency is not None and not urgency.strip().isdigit():
        problems.append("%s: urgency %r is not a number" % (where, urgency))
    entry["headline"] = first_text(content, "headline") or ""
    entry["byline"] = first_text(content, "by")
    check_times(content, ("contentCreated", "contentModified"), where, problems)
    # The receiver reads no creditline (text or picture): what is written is
    # reported apart, so that no one takes it for kept.
    entry["creditline_written_not_read"] = first_text(content, "creditline")
    entry["authors"] = [name.text for creator in content.findall(G2 + "creator")
                        for name in creator.findall(G2 + "name")][:]
    entry["times"] = {name: first_text(meta, name) for name in ("versionCreated", "firstCreated")}
    if entry["class"] not in ("text", "composite"):
        entry["caption"] = first_text(content, "description")
    if entry["class"] == "composite":
        check_group_set(item, where, problems)
    else:
        check_content_set(item, where, entry, problems)
    if entry["class"] == "picture":
        if not entry["headline"]:
            problems.append("%s: a picture without a headline" % where)
        for rendition in entry["renditions"]:
            if not rendition["href"]:
                problems.append("%s: a rendition without href" % where)
    return entry


def main():
    problems = []
    # The receiver parses with lxml, which keeps comments and processing
    # instructions as children; ElementTree drops them unless told.
    parser = ET.XMLParser(target=ET.TreeBuilder(insert_comments=True, insert_pis=True))
    root = ET.parse(sys.argv[1], parser=parser).getroot()
    if not root.tag.endswith("newsMessage"):
        problems.append("the document is not a newsMessage")
    header = root.find(G2 + "header")
    if header is not None:
        priority = header.find(G2 + "priority")
        if priority is not None and not (priority.text or "").strip().isdigit():
            problems.append("header priority is not a number")
    items = []
    for item_set in root.findall(G2 + "itemSet"):
        for item in item_set:
            if not isinstance(item.tag, str):
                problems.append("a comment in itemSet is read as an item")
                continue
            items.append(check_item(item, problems))
    json.dump({"problems": problems, "items": items}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
