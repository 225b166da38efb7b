"""Writes one hostile input for tests/hostile/run_case.sh (never committed).

    generate.py CASE PATH

Every case is built from our own sentences; the big ones are made here so
that no large file lives in the repository.
"""
import os
import sys

SENTENCE = b"The mayor said the plan would work. "
ARTICLE = (b"Council members voted 7-2 on Tuesday to approve the budget. "
           b"\"This is the budget we can afford,\" Mayor Ana Ruiz told reporters. "
           b"According to the city auditor, reserves fell by a third. "
           b"Critics called the cuts reckless, citing a report by the library board. "
           b"A senior official, who spoke on condition of anonymity, said more cuts "
           b"were likely. She said the vote was close.\n")


def article_with(insert):
    """Our article, four times, with `insert` (bytes) in its first sentence:
    dense enough to matter, sparse enough not to look binary."""
    return ARTICLE.replace(b" the ", b" the " + insert + b" ", 1) * 4


CASES = {
    # Invalid UTF-8: each kind, inside ordinary sentences.
    "overlong": lambda: article_with(b"\xc0\xaf\xe0\x80\xaf\xf0\x80\x80\xaf\xc1\xbf"),
    "surrogates": lambda: article_with(b"\xed\xa0\x80\xed\xbf\xbf\xed\xb2\x80"),
    "truncated": lambda: article_with(b"\xe2\x82 \xf0\x9f\x98 \xc3") + b"\xe2\x80",
    "stray_continuation": lambda: article_with(b"\x80\xbf\x9f\xa0"),
    "fe_ff": lambda: article_with(b"\xfe\xff\xfe"),
    "beyond_unicode": lambda: article_with(b"\xf4\x90\x80\x80\xf5\x80\x80\x80\xf8\x88\x80\x80\x80"),
    "invalid_many": lambda: ARTICLE.replace(b" said", b" \xffsaid").replace(b". ", b". \xfe") * 200,
    "nul_bytes": lambda: article_with(b"\x00"),
    "mostly_nul": lambda: b"\x00" * 100000 + ARTICLE,
    "utf16le": lambda: ARTICLE.decode().encode("utf-16"),
    "bom": lambda: b"\xef\xbb\xbf" + ARTICLE + b"\xef\xbb\xbf" + ARTICLE,
    "crlf": lambda: ARTICLE.replace(b"\n", b"\r\n").replace(b". ", b".\r\n") * 4,
    "cr_only": lambda: ARTICLE.replace(b"\n", b"\r").replace(b". ", b".\r") * 4,
    "bidi_controls": lambda: article_with("\u202e\u2066\u200f\u202a\u2069\u202c".encode()),
    "zero_width": lambda: article_with("\u200b\u200c\u200d\u2060\ufeff".encode()),
    "combining_marks": lambda: article_with(("e" + "\u0301\u0308\u0323" * 3).encode()),
    "zalgo_100k": lambda: b"The mayor said " + b"a" + "\u0301".encode() * 100000 + b" was fine.\n",
    "emoji": lambda: article_with("\U0001F600\U0001F468\u200d\U0001F469\u200d\U0001F467\U0001F1FA\U0001F1F8".encode()),
    "line_50mb": lambda: (ARTICLE.replace(b"\n", b" ") * (50_000_000 // len(ARTICLE) + 1))[:50_000_000],
    "quotes_1e6": lambda: b"\"" * 1_000_000,
    "curly_quotes_1e6": lambda: "\u201c\u201d".encode() * 500_000,
    "said_quote_1e5": lambda: b"\"Yes,\" she said. " * 100_000,
    "unbalanced_quotes": lambda: (b"\"Open, the chief said. \xe2\x80\x9cNever closed, he said.\n"
                                  b"\xc2\xab Nor this, they said.\n") * 1000,
    "nested_quotes": lambda: (b"\"" + "\u201c\u00ab\u201e".encode()) * 10000 + b" said Lee. " + (
        "\u00bb\u201d".encode() + b"\"") * 10000,
    "brackets_1e5": lambda: b"(" * 100_000 + b"the mayor said" + b"[" * 100_000 + b")" * 50_000,
    "words_1e5": lambda: b"The mayor said that " + b"the budget " * 100_000 + b"would pass.\n",
    "cues_1e5": lambda: b"The mayor " + b"said " * 100_000 + b"it.\n",
    "sources_1e5": lambda: b"According to " + b"officials, " * 100_000 + b"it rose.\n",
    "lines_1e6": lambda: b"\n" * 1_000_000,
    "abbreviations_1e5": lambda: b"Sen. U.S. Lt. Gov. Dr. " * 100_000 + b"said it.\n",
    "empty": lambda: b"",
    "whitespace_only": lambda: b" \t\r\n\f" * 10000,
}


def main():
    case, path = sys.argv[1], sys.argv[2]
    if case == "directory":
        os.mkdir(path)
        return
    with open(path, "wb") as f:
        f.write(CASES[case]())


if __name__ == "__main__":
    main()
