#!/usr/bin/env python3
"""Renders whosaid's HTML report in headless Chromium and checks the DOM.

  browser_test.py seed    --whosaid BIN --chromium BIN --article SEED.txt --png OUT.png
  browser_test.py hostile --whosaid BIN --chromium BIN

seed: the page of ARTICLE must hold every attribution (source, cue and
content segments, and a card with its type) and every diagnostic of the JSON
report of the same run (no counts are hard-coded), and a screenshot is
written to OUT.png.

hostile: an article and a file name full of markup (script tags, onerror
attributes, a javascript: URL) must render as text: the page title and body
are not changed by any injected script and no injected element exists. The
same checks are first run on a deliberately unescaped control page, which
they must reject, so the test is known to be able to fail.

Exit status: 0 pass, 1 fail, 77 skipped (no article, or no chromium unless
WHOSAID_REQUIRE_BROWSER is set).
"""
import argparse
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []  # Node or str

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.walk()


class TreeBuilder(html.parser.HTMLParser):
    VOID = {"meta", "br", "img", "input", "link", "hr", "wbr", "source", "area",
            "base", "col", "embed", "track"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", [], None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in self.VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(dom):
    builder = TreeBuilder()
    builder.feed(dom)
    builder.close()
    return builder.root


def chromium(binary, profile, *args):
    cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu",
           "--no-first-run", "--user-data-dir=" + profile, *args]
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    if result.returncode != 0:
        raise SystemExit("chromium failed (%d): %s" % (result.returncode, result.stderr[-2000:]))
    return result.stdout


def squash(s):
    return re.sub(r"\s+", "", s)


def ids(node, name):
    return node.attrs.get(name, "").split()


def check_seed(args, work):
    if not os.path.exists(args.article):
        print("skip: %s is absent" % args.article)
        return SKIP
    name = args.article
    report_line = subprocess.run([args.whosaid, "check", "--format", "json", name],
                                 capture_output=True, text=True, check=True).stdout
    report = json.loads(report_line)["report"]
    page = os.path.join(work, "seed.html")
    with open(page, "w", encoding="utf-8") as out:
        subprocess.run([args.whosaid, "check", "--format", "html", name], stdout=out, check=True)
    profile = os.path.join(work, "profile")
    root = parse(chromium(args.chromium, profile, "--dump-dom", "file://" + page))
    nodes = list(root.walk())
    errors = []

    titles = [n.text() for n in nodes if n.tag == "title"]
    if titles != ["whosaid: " + name]:
        errors.append("title is %r" % titles)

    segments = [n for n in nodes if n.tag == "span" and any(
        k in n.attrs for k in ("data-src", "data-cue", "data-content", "data-via"))]
    cards = {n.attrs.get("id"): n for n in nodes if "attribution" in n.attrs.get("class", "").split()}
    for a in report["attributions"]:
        i = str(a["id"])

        def joined(role):
            return squash("".join(s.text() for s in segments if i in ids(s, role)))

        if joined("data-cue") != squash(a["cue"]["text"]):
            errors.append("attribution %s: cue %r, page has %r" % (i, a["cue"]["text"], joined("data-cue")))
        if "source" in a and joined("data-src") != squash(a["source"]["text"]):
            errors.append("attribution %s: source %r, page has %r" % (i, a["source"]["text"], joined("data-src")))
        want = squash("".join(c["text"] for c in a["contents"]))
        if joined("data-content") != want:
            errors.append("attribution %s: contents %r, page has %r" % (i, want, joined("data-content")))
        want = squash("".join(c["span"]["text"] for c in a["conduits"]))
        if joined("data-via") != want:
            errors.append("attribution %s: conduits %r, page has %r" % (i, want, joined("data-via")))
        card = cards.get("attr-" + i)
        slug = a["source_type"][len("SOURCE_TYPE_"):].lower().replace("_", "-")
        if card is None:
            errors.append("attribution %s: no card" % i)
        elif card.attrs.get("data-type") != slug or a["cue"]["text"] not in card.text() or (
                "source" in a and a["source"]["text"] not in card.text()):
            errors.append("attribution %s: card %r does not show it" % (i, card.text()))
    if len(cards) != len(report["attributions"]):
        errors.append("%d cards for %d attributions" % (len(cards), len(report["attributions"])))

    def key(check, line, col, message):
        return (check, str(line), str(col), message)

    want = sorted(key(d["check"], d.get("location", {}).get("line", ""),
                      d.get("location", {}).get("column", ""), d["message"])
                  for d in report["diagnostics"])
    got = sorted(key(n.attrs.get("data-check"), n.attrs.get("data-line", ""), n.attrs.get("data-col", ""),
                     "".join(m.text() for m in n.walk() if "message" in m.attrs.get("class", "").split()))
                 for n in nodes if "finding" in n.attrs.get("class", "").split())
    if got != want:
        errors.append("findings differ:\n  report %s\n  page   %s" % (want, got))
    if not want:
        errors.append("the seed report has no findings to compare")

    flagged = squash("".join(n.text() for n in nodes if "cw" in n.attrs.get("class", "").split()))
    claims = report["claims"]
    listed = [n for n in nodes if "claim" in n.attrs.get("class", "").split()]
    unsourced = report["profile"].get("unattributed_check_worthy_claims", [])
    if len(listed) != len(unsourced):
        errors.append("%d unsourced claims listed, report has %d" % (len(listed), len(unsourced)))
    for index in unsourced:
        for t in claims[index]["triggers"]:
            if not t["attributed"] and t["kind"] != "CHECK_WORTHINESS_EVALUATIVE" and \
                    squash(t["span"]["text"]) not in flagged:
                errors.append("check-worthy words %r are not flagged" % t["span"]["text"])

    os.makedirs(os.path.dirname(os.path.abspath(args.png)), exist_ok=True)
    if os.path.exists(args.png):
        os.remove(args.png)
    chromium(args.chromium, profile, "--window-size=1400,1800", "--hide-scrollbars",
             "--screenshot=" + os.path.abspath(args.png), "file://" + page)
    with open(args.png, "rb") as f:
        png = f.read()
    if not png.startswith(b"\x89PNG\r\n\x1a\n") or len(png) < 10000:
        errors.append("%s is no screenshot (%d bytes)" % (args.png, len(png)))

    for e in errors:
        print("error: " + e)
    print("%d attributions, %d findings checked; screenshot %s" %
          (len(report["attributions"]), len(want), args.png))
    return 1 if errors else 0


HOSTILE_NAME = "hostile\"><img src=x onerror=\"document.title='pwned-name'\">.txt"
HOSTILE_TEXT = (
    "Officials said <script>document.title='pwned';document.body.setAttribute('data-pwned','1')"
    "</script> the plan was final.\n"
    "Critics said \"><img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"> was "
    "a risk, and <a href=\"javascript:document.title='pwned-link'\">click</a> was worse.\n"
    "Analysts said the <b onmouseover=alert(1)>budget</b> will grow by 40 percent, a historic "
    "& 'bold' move.\n")


def hostile_errors(root, name):
    """Why the page of the hostile article is unsafe; empty when it is safe."""
    errors = []
    nodes = list(root.walk())
    titles = [n.text() for n in nodes if n.tag == "title"]
    if titles != ["whosaid: " + name]:
        errors.append("title is %r" % titles)
    for n in nodes:
        if "data-pwned" in n.attrs:
            errors.append("an injected script ran (data-pwned=%s)" % n.attrs["data-pwned"])
        for attr, value in n.attrs.items():
            if attr.startswith("on"):
                errors.append("<%s> has an event handler %s" % (n.tag, attr))
            if attr in ("href", "src") and (value or "").strip().lower().startswith("javascript:"):
                errors.append("<%s %s=%r>" % (n.tag, attr, value))
        if n.tag in ("img", "iframe", "object", "embed"):
            errors.append("an injected <%s> exists" % n.tag)
    scripts = [n for n in nodes if n.tag == "script"]
    if len(scripts) != 1:
        errors.append("%d script elements" % len(scripts))
    article = [n for n in nodes if n.attrs.get("id") == "article"]
    shown = article[0].text() if article else ""
    for literal in ("<script>document.title='pwned'", "<img src=x onerror=",
                    "javascript:document.title='pwned-link'", "<b onmouseover=alert(1)>"):
        if literal not in shown:
            errors.append("the article does not show %r as text" % literal)
    return errors


def check_hostile(args, work):
    folder = os.path.join(work, "in")
    os.makedirs(folder)
    path = os.path.join(folder, HOSTILE_NAME)
    with open(path, "w", encoding="utf-8") as f:
        f.write(HOSTILE_TEXT)
    page = os.path.join(work, "hostile.html")
    with open(page, "w", encoding="utf-8") as out:
        subprocess.run([args.whosaid, "check", "--format", "html", path], stdout=out, check=True)
    # The control: the same text pasted in unescaped must be caught.
    control = os.path.join(work, "control.html")
    with open(control, "w", encoding="utf-8") as f:
        f.write("<!DOCTYPE html><html><head><title>whosaid: %s</title></head><body>"
                "<div id=\"article\">%s</div><script>1</script></body></html>" % (path, HOSTILE_TEXT))
    profile = os.path.join(work, "profile")
    control_errors = hostile_errors(parse(chromium(args.chromium, profile, "--dump-dom", "file://" + control)), path)
    if not control_errors:
        print("error: the checks do not catch an unescaped page")
        return 1
    errors = hostile_errors(parse(chromium(args.chromium, profile, "--dump-dom", "file://" + page)), path)
    for e in errors:
        print("error: " + e)
    print("control page rejected (%d problems); whosaid page: %d problems" % (len(control_errors), len(errors)))
    return 1 if errors else 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["seed", "hostile"])
    parser.add_argument("--whosaid", required=True)
    parser.add_argument("--chromium", default="")
    parser.add_argument("--article")
    parser.add_argument("--png")
    args = parser.parse_args()
    if not args.chromium or not shutil.which(args.chromium):
        if os.environ.get("WHOSAID_REQUIRE_BROWSER"):
            print("error: chromium is missing (tools/install-deps installs it)")
            return 1
        print("skip: chromium is missing (tools/install-deps installs it)")
        return SKIP
    with tempfile.TemporaryDirectory(prefix="whosaid-html-") as work:
        return check_seed(args, work) if args.mode == "seed" else check_hostile(args, work)


if __name__ == "__main__":
    sys.exit(main())
