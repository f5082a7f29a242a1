#!/usr/bin/env python3
"""Stand-alone validator for the Arabic gold CoNLL-U files (standard library only).

Checks, for every sentence:
  * the header comments (# newdoc id, # sent_id, # text) are present and well formed;
  * every token line has exactly 10 tab-separated columns and consecutive integer IDs;
  * no multiword-token range lines (1-2) or empty nodes (1.1);
  * FORM/LEMMA/UPOS are non-empty and contain no spaces;
  * UPOS is one of the 17 Universal Dependencies tags;
  * XPOS/FEATS/HEAD/DEPREL/DEPS are "_" and MISC is "_" or "SpaceAfter=No";
  * the forms, joined with a space except where MISC has SpaceAfter=No,
    rebuild the "# text" line exactly;
  * sent_ids are unique and documents are consecutive.
Prints per-file and total token / sentence / document counts. Exit status 1 on any error.
Usage: python3 check_gold.py [files...]   (default: gold_dev.conllu gold_test.conllu)
"""
import os
import re
import sys
from collections import Counter

UPOS = {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
        "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}


def check_file(path, seen_ids):
    errors = []
    ntok = nsent = 0
    docs = []
    upos_counts = Counter()
    doc = None
    sent_id = text = None
    toks = []

    def close_sentence(lineno):
        nonlocal nsent, ntok, sent_id, text, toks
        if sent_id is None and not toks:
            return
        where = f"{path}:{lineno} [{sent_id}]"
        if sent_id is None:
            errors.append(f"{where}: missing # sent_id")
        if text is None:
            errors.append(f"{where}: missing # text")
        if not toks:
            errors.append(f"{where}: sentence without tokens")
        else:
            rebuilt = ""
            for i, (form, misc) in enumerate(toks):
                rebuilt += form
                if i < len(toks) - 1 and misc != "SpaceAfter=No":
                    rebuilt += " "
            if text is not None and rebuilt != text:
                errors.append(f"{where}: forms do not rebuild text\n   text : {text}\n   forms: {rebuilt}")
            if toks[-1][1] == "SpaceAfter=No":
                errors.append(f"{where}: SpaceAfter=No on the last token")
        if sent_id is not None and doc is not None and not sent_id.startswith(doc + "-s"):
            errors.append(f"{where}: sent_id does not belong to document {doc}")
        nsent += 1
        ntok += len(toks)
        sent_id = text = None
        toks = []

    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for lineno, line in enumerate(lines, 1):
        if line.strip() == "":
            close_sentence(lineno)
            continue
        if line.startswith("#"):
            m = re.match(r"^# newdoc id = (d\d\d)$", line)
            if m:
                doc = m.group(1)
                docs.append(doc)
                continue
            m = re.match(r"^# sent_id = (d\d\d-s\d\d)$", line)
            if m:
                sent_id = m.group(1)
                if sent_id in seen_ids:
                    errors.append(f"{path}:{lineno}: duplicate sent_id {sent_id}")
                seen_ids.add(sent_id)
                continue
            if line.startswith("# text = "):
                text = line[len("# text = "):]
                if text != text.strip():
                    errors.append(f"{path}:{lineno}: text has leading/trailing space")
                continue
            errors.append(f"{path}:{lineno}: unexpected comment line: {line}")
            continue
        cols = line.split("\t")
        where = f"{path}:{lineno} [{sent_id}]"
        if len(cols) != 10:
            errors.append(f"{where}: {len(cols)} columns instead of 10")
            toks.append((cols[1] if len(cols) > 1 else "", cols[9] if len(cols) > 9 else "_"))
            continue
        tid, form, lemma, upos, xpos, feats, head, deprel, deps, misc = cols
        if not re.fullmatch(r"[1-9]\d*", tid):
            errors.append(f"{where}: bad ID {tid!r} (no ranges or empty nodes allowed)")
        elif int(tid) != len(toks) + 1:
            errors.append(f"{where}: ID {tid} out of sequence")
        for name, val in (("FORM", form), ("LEMMA", lemma), ("UPOS", upos)):
            if val == "" or " " in val:
                errors.append(f"{where}: empty or spaced {name} {val!r}")
        if upos not in UPOS:
            errors.append(f"{where}: invalid UPOS {upos!r}")
        if upos == "PUNCT" and lemma != form:
            errors.append(f"{where}: PUNCT lemma differs from form")
        for name, val in (("XPOS", xpos), ("FEATS", feats), ("HEAD", head),
                          ("DEPREL", deprel), ("DEPS", deps)):
            if val != "_":
                errors.append(f"{where}: {name} should be '_' (got {val!r})")
        if misc not in ("_", "SpaceAfter=No"):
            errors.append(f"{where}: unexpected MISC {misc!r}")
        if text is None or sent_id is None:
            errors.append(f"{where}: token before # sent_id / # text")
        upos_counts[upos] += 1
        toks.append((form, misc))
    close_sentence(len(lines))
    for a, b in zip(docs, docs[1:]):
        if int(b[1:]) != int(a[1:]) + 1:
            errors.append(f"{path}: documents not consecutive: {a} -> {b}")
    return errors, ntok, nsent, docs, upos_counts


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    files = argv[1:] or [os.path.join(here, "gold_dev.conllu"),
                         os.path.join(here, "gold_test.conllu")]
    seen = set()
    total_tok = total_sent = 0
    all_errors = []
    for path in files:
        errors, ntok, nsent, docs, upos = check_file(path, seen)
        all_errors += errors
        total_tok += ntok
        total_sent += nsent
        span = f"{docs[0]}-{docs[-1]}" if docs else "none"
        print(f"{os.path.basename(path)}: {len(docs)} documents ({span}), "
              f"{nsent} sentences, {ntok} tokens")
        print("   UPOS: " + ", ".join(f"{k} {v}" for k, v in upos.most_common()))
    print(f"TOTAL: {total_sent} sentences, {total_tok} tokens")
    for e in all_errors:
        print("ERROR", e)
    print("OK" if not all_errors else f"{len(all_errors)} error(s)")
    return 1 if all_errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
