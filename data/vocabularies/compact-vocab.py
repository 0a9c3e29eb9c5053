#!/usr/bin/env python3
# compact-vocab.py: the IPTC vocabularies in data/vocabularies/ -> one compact
# tab-separated file that the core embeds as a GResource and reads on first use.
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: compact-vocab.py OUTPUT mediatopic.json genre.json subjectcode.json mapping.json
#
# Output, one record a line, fields separated by tabs:
#   C  qcode  retired(0|1)  broader-qcode-or-empty  en-GB  en-US  de  fr  es
#   M  subj-qcode  medtop-qcode        (exact matches only)
# A label the source lacks is empty; the reader falls back to en-GB.

import json
import sys

LANGUAGES = ['en-GB', 'en-US', 'de', 'fr', 'es']


def clean(text):
    return ' '.join(text.replace('\t', ' ').split())


def concepts(path):
    with open(path, encoding='utf-8') as f:
        for concept in json.load(f):
            labels = concept.get('label', {})
            broader = concept.get('broader', [])
            yield '\t'.join(['C', concept['qcode'], '1' if concept.get('retired') else '0',
                             broader[0] if broader else ''] +
                            [clean(labels.get(lang, '')) for lang in LANGUAGES])


def exact_matches(path):
    with open(path, encoding='utf-8') as f:
        for pair in json.load(f):
            if pair['match'] == 'exactMatch':
                yield '\t'.join(['M', pair['subjectcode'], pair['mediatopic']])


def main():
    output, mediatopic, genre, subjectcode, mapping = sys.argv[1:6]
    lines = []
    for path in (mediatopic, genre, subjectcode):
        lines.extend(concepts(path))
    lines.extend(exact_matches(mapping))
    with open(output, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
