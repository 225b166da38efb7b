"""Builds a batch test set from our own articles in corpora/ (never
external text), deterministically:

    make_batch.py CORPORA_DIR OUT_DIR [--scale N]

OUT_DIR/dump.jsonl   news-dump records: good ones (fields text or maintext,
                     several publishers), empty texts, invalid UTF-8 bytes,
                     malformed JSON, records without a text field, blank lines
OUT_DIR/pages/       HTML articles (JSON-LD articleBody, <article>, bare <p>)
OUT_DIR/texts/       plain text: good, empty, invalid UTF-8, one binary file
OUT_DIR/expected     "documents=N errors=E" computed here, independently of
                     whosaid: every document must yield exactly one record
"""
import html
import json
import os
import sys
from pathlib import Path


def main():
    corpora, out = Path(sys.argv[1]), Path(sys.argv[2])
    scale = int(sys.argv[4]) if len(sys.argv) > 3 and sys.argv[3] == "--scale" else 1
    paragraphs = []
    for article in sorted(corpora.glob("*/*.txt")):
        paragraphs += [p for p in article.read_text("utf-8").split("\n") if p.strip()]
    publishers = ["harbor-ledger.example", "valley-times.example", "metro-wire.example"]
    documents = errors = 0

    def body(i, n):
        return "\n".join(paragraphs[(i * 7 + k) % len(paragraphs)] for k in range(n))

    out.mkdir(parents=True, exist_ok=True)
    with open(out / "dump.jsonl", "wb") as dump:
        for i in range(2400 * scale):
            record = {"id": f"doc-{i:05d}", "title": f"Story {i}",
                      "url": f"https://news.example/{i}",
                      "date_publish": f"2026-01-{i % 28 + 1:02d} 12:00:00"}
            if i % 5 == 0:
                record["publisher"] = publishers[i % 3]
            else:
                record["source_domain"] = publishers[i % 3]
            record["maintext" if i % 4 == 0 else "text"] = body(i, 1 + i % 3)
            if i % 89 == 0:
                record["text"] = ""  # empty document: a report with a warning
                record.pop("maintext", None)
            line = json.dumps(record, ensure_ascii=False).encode("utf-8")
            if i % 97 == 1:
                line = line[: len(line) // 2]  # malformed JSON
                errors += 1
            elif i % 101 == 2:
                line = json.dumps({"id": record["id"], "body": "no text field"}).encode()
                errors += 1
            elif i % 83 == 3:
                line = line.replace(b" said", b" s\xe9id", 1)  # invalid UTF-8
            dump.write(line + b"\n")
            documents += 1
            if i % 500 == 4:
                dump.write(b"   \n")  # blank lines are not documents
    pages = out / "pages"
    pages.mkdir(exist_ok=True)
    for i in range(150 * scale):
        text = body(i + 3, 2)
        escaped = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in text.split("\n"))
        if i % 3 == 0:
            ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                             "headline": f"Page {i}", "articleBody": text,
                             "publisher": {"@type": "Organization", "name": publishers[i % 3]}})
            page = f'<html><head><script type="application/ld+json">{ld}</script></head><body>{escaped}</body></html>'
        elif i % 3 == 1:
            page = f"<!doctype html><html><head><title>Page {i}</title></head><body><nav><p>Home</p></nav><article><h1>Page {i}</h1>\n{escaped}</article></body></html>"
        else:
            page = f"<html><body><div class=story>\n{escaped}</div></body></html>"
        (pages / f"page-{i:04d}.{'htm' if i % 10 == 9 else 'html'}").write_text(page, "utf-8")
        documents += 1
    (pages / "notes.md").write_text("excluded by --exclude '*.md'\n", "utf-8")
    texts = out / "texts" / "sub"
    texts.mkdir(parents=True, exist_ok=True)
    for i in range(300 * scale):
        data = body(i + 11, 1 + i % 4).encode("utf-8") + b"\n"
        if i % 50 == 0:
            data = b""
        elif i % 37 == 5:
            data = data.replace(b" ", b" \xff", 1)
        (texts / f"story-{i:04d}.txt").write_bytes(data)
        documents += 1
    (out / "texts" / "garbage.bin").write_bytes(bytes(range(32)) * 256)
    documents += 1
    errors += 1
    (out / "expected").write_text(f"documents={documents} errors={errors}\n")


if __name__ == "__main__":
    main()
