#!/usr/bin/env python3
# gen-article.py: writes one generated news article of about SIZE bytes, in
# three forms, for build-aux/bench:
#
#   DIR/article.txt   Copydesk's plain-text import form (what a journalist
#                     pastes: headline, standfirst, byline, paragraphs, short
#                     subheadings, photo captions ending with their credit)
#   DIR/article.md    the same content as Markdown, for pandoc (Markdown ->
#                     JATS), with the quotes as block quotes and the photos
#                     as images with caption and credit
#   DIR/body.txt      the body in Copydesk's body markup ("## ", "> ",
#                     "[photo: ID]"), and DIR/photos.tsv (id, caption,
#                     credit): bench-make-newsml turns these into the
#                     NewsML-G2 form
#
# The text is made up from an original word list with a fixed seed, so every
# run writes the same bytes. The proportions follow a long-form news story:
# paragraphs of 25 to 70 words, a subheading every 6 to 10 paragraphs, a
# quote every 5 paragraphs or so, a photo (caption of 12 to 30 words and a
# credit) every 12 paragraphs or so, a little emphasis and a few links.
#
# With photos=N instead of SIZE, the article is a gallery of N photos, each
# after a short paragraph: what the photo rows time.
#
# Usage: bench/gen-article.py SIZE|photos=N DIR
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import random
import sys

WORDS = (
    "harbour council barrier engineers residents tide contract weld gate winter quay report "
    "cost ferry timetable lock keeper storm surge pump station survey budget mayor planning "
    "committee river estuary flood defence sandbag volunteer inspector concrete steel cable "
    "morning evening week month year village town district ward school clinic road bridge "
    "tunnel rail freight cargo crane dock warehouse fishing boat trawler net catch market "
    "price wage union shift crew captain pilot signal beacon light tower cliff shore dune "
    "marsh reed heron gull seal current channel dredger silt sediment sample laboratory "
    "hearing appeal inquiry minister office letter petition meeting vote motion amendment "
    "delay overrun design model drawing tender bid supplier warranty repair test trial").split()
SMALL = "the a of in on at to for with from by and but as that which after before".split()
NAMES = ("Ines Falk", "Tomas Reyne", "Odile Marchetti", "Kwame Osei", "Lena Voss",
         "Piet Okonkwo", "Sara Lindqvist", "Arjun Mehta", "Mirela Dobre", "Hugo Brandt")
AGENCIES = ("Harbour Press", "Coast Pictures", "The Estuary Times", "Northfleet Photo Agency")
VERBS = ("said", "told the meeting", "wrote in a letter", "added", "recalled")


class Story:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.photos = 0

    def words(self, n, capital=True):
        out = []
        for i in range(n):
            pool = SMALL if self.r.random() < 0.35 else WORDS
            out.append(self.r.choice(pool))
        if capital:
            out[0] = out[0].capitalize()
        return out

    def sentence(self, n):
        w = self.words(n)
        if self.r.random() < 0.3:
            w.insert(self.r.randrange(1, len(w)), str(self.r.randrange(2, 2000)))
        return " ".join(w) + "."

    def paragraph(self):
        n = self.r.randrange(25, 71)
        parts, left = [], n
        while left > 0:
            k = min(left, self.r.randrange(8, 22))
            parts.append(self.sentence(max(k, 3)))
            left -= k
        return " ".join(parts)

    def subheading(self):
        return " ".join(self.words(self.r.randrange(2, 6)))

    def quote(self):
        return (self.sentence(self.r.randrange(10, 30))[:-1] + ".",
                self.r.choice(NAMES), self.r.choice(VERBS))

    def photo(self):
        self.photos += 1
        caption = self.sentence(self.r.randrange(12, 31))
        credit = "%s/%s" % (self.r.choice(NAMES), self.r.choice(AGENCIES))
        return "photo-%d" % self.photos, caption, credit


def markdown_inline(story, text):
    """A little emphasis and the odd link, in both markups alike."""
    words = text.split(" ")
    if len(words) > 12 and story.r.random() < 0.25:
        i = story.r.randrange(1, len(words) - 2)
        words[i] = "*%s*" % words[i]
    if len(words) > 20 and story.r.random() < 0.1:
        i = story.r.randrange(1, len(words) - 3)
        words[i] = "[%s %s](https://example.org/story/%d)" % (
            words[i], words[i + 1], story.r.randrange(100000))
        del words[i + 1]
    return " ".join(words)


def plain(text):
    """The plain-text form has no markup: links and emphasis are lost on paste."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c == "[":
            close = text.index("](", i)
            end = text.index(")", close)
            out.append(text[i + 1:close])
            i = end + 1
            continue
        if c != "*":
            out.append(c)
        i += 1
    return "".join(out)


def generate_photos(count):
    """A gallery: one short paragraph and one photo, COUNT times."""
    story = Story(count)
    blocks = []
    for _ in range(count):
        blocks.append(("para", story.sentence(story.r.randrange(12, 30))))
        blocks.append(("photo",) + story.photo())
    return "Gallery: %d pictures of the tide barrier" % count, story.sentence(20), \
        story.r.choice(NAMES), blocks


def generate(size):
    story = Story(size)
    headline = "Tide barrier %s: the %s" % tuple(story.words(2, capital=False))
    standfirst = story.sentence(22)
    byline = story.r.choice(NAMES)
    blocks = []   # (kind, ...)
    total = 300
    since_head = since_quote = since_photo = 0
    while total < size:
        if since_head >= story.r.randrange(6, 11):
            blocks.append(("head", story.subheading()))
            since_head = 0
        elif since_quote >= story.r.randrange(4, 7):
            blocks.append(("quote",) + story.quote())
            since_quote = 0
        elif since_photo >= story.r.randrange(9, 16):
            blocks.append(("photo",) + story.photo())
            since_photo = 0
        else:
            blocks.append(("para", markdown_inline(story, story.paragraph())))
        since_head += 1
        since_quote += 1
        since_photo += 1
        total += len(blocks[-1][1]) + (60 if blocks[-1][0] == "quote" else 2)
    return headline, standfirst, byline, blocks


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    folder = sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    if sys.argv[1].startswith("photos="):
        headline, standfirst, byline, blocks = generate_photos(int(sys.argv[1][7:]))
    else:
        headline, standfirst, byline, blocks = generate(int(sys.argv[1]))
    txt = [headline, standfirst, "By " + byline]
    md = ["# " + headline, "*" + standfirst + "*", "By " + byline]
    body, photos = [], []
    for b in blocks:
        kind = b[0]
        if kind == "para":
            txt.append(plain(b[1]))
            md.append(b[1])
            body.append(b[1])
        elif kind == "head":
            txt.append(b[1])
            md.append("## " + b[1])
            body.append("## " + b[1])
        elif kind == "quote":
            words = "“%s” %s %s." % (b[1][:-1], b[2], b[3])
            txt.append(words)
            md.append("> " + words)
            body.append("> " + words)
        else:
            ident, caption, credit = b[1:]
            txt.append("%s Photo: %s" % (caption, credit))
            md.append("![%s Photo: %s](%s.jpg)" % (caption, credit, ident))
            body.append("[photo: %s]" % ident)
            photos.append("%s\t%s\t%s" % (ident, caption, credit))
    write(os.path.join(folder, "article.txt"), "\n\n".join(txt) + "\n")
    write(os.path.join(folder, "article.md"), "\n\n".join(md) + "\n")
    write(os.path.join(folder, "body.txt"), "\n\n".join(body) + "\n")
    write(os.path.join(folder, "photos.tsv"),
          "\t".join((headline, standfirst, byline)) + "\n" + "\n".join(photos) + "\n")


if __name__ == "__main__":
    main()
