#include "report/html.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <vector>

#include "report/findings.hpp"

namespace whosaid::report {
namespace {

// "SOURCE_TYPE_UNNAMED_OFFICIAL" -> "unnamed official"
std::string Label(const std::string& enum_name, size_t prefix) {
  std::string label = enum_name.substr(prefix);
  for (char& c : label) c = c == '_' ? ' ' : static_cast<char>(std::tolower(c));
  return label;
}

std::string TypeLabel(v1::SourceType t) {
  return Label(v1::SourceType_Name(t), 12);
}

// "unnamed official" -> "unnamed-official", for class names.
std::string Slug(std::string s) {
  std::replace(s.begin(), s.end(), ' ', '-');
  return s;
}

std::string Confidence(double c) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.2f", c);
  return buffer;
}

// Where a role of an attribution, a flag or a claim applies.
struct Mark {
  uint32_t begin;
  uint32_t end;
  enum Role {
    kSource,
    kCue,
    kContent,
    kVia,
    kCheckWorthy,
    kEvaluative,
    kUnsourcedClaim,
    kHedge,
    kBoilerplate
  } role;
  uint32_t id;  // attribution id, or claim index
};

std::string Details(const v1::Attribution& a) {
  std::string d = TypeLabel(a.source_type()) + " source";
  if (a.has_source()) d += " \u201c" + a.source().text() + "\u201d";
  d += "; cue \u201c" + a.cue().text() + "\u201d (" +
       Label(v1::Stance_Name(a.stance()), 7) + "); confidence " +
       Confidence(a.confidence()) + "; rule " + a.rule();
  for (const v1::Conduit& c : a.conduits()) {
    d += "; via \u201c" + c.span().text() + "\u201d";
  }
  if (a.has_anonymity_reason()) {
    d += "; reason \u201c" + a.anonymity_reason().text() + "\u201d";
  }
  return d;
}

constexpr const char* kStyle = R"css(
:root{--np:#0072B2;--no:#56B4E9;--uo:#009E73;--an:#D55E00;--va:#E69F00;
--me:#CC79A7;--do:#7a7a1f;--ag:#000;--un:#777;}
body{font:16px/1.6 Georgia,serif;margin:0;color:#111;background:#fff}
header{padding:.6em 1.2em;border-bottom:1px solid #ccc;font-family:sans-serif}
header h1{font-size:1.1em;margin:0}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(18em,2fr);gap:1.5em;padding:1em 1.2em}
#article{white-space:pre-wrap;max-width:48em}
aside{font:14px/1.45 sans-serif}
aside section{border:1px solid #ccc;border-radius:4px;padding:.5em .8em;margin-bottom:1em}
aside h2{font-size:1em;margin:.2em 0 .4em}
dl.profile{display:grid;grid-template-columns:auto 1fr;gap:.1em .8em;margin:0}
dl.profile dt{font-weight:bold}dl.profile dd{margin:0}
ol,ul{padding-left:1.3em;margin:.2em 0}
.src{font-weight:bold;border-bottom:3px solid var(--c)}
.cue{font-style:italic;outline:1px solid var(--c);outline-offset:1px}
.content{background:color-mix(in srgb,var(--c) 14%,#fff);border-bottom:1px solid var(--c)}
.via{border-bottom:3px double var(--me)}
.t-named-person{--c:var(--np);--s:solid}.t-named-organization{--c:var(--no);--s:double}
.t-unnamed-official{--c:var(--uo);--s:dashed}.t-anonymous{--c:var(--an);--s:dotted}
.t-vague{--c:var(--va);--s:dotted}.t-media{--c:var(--me);--s:double}
.t-document{--c:var(--do);--s:solid}.t-agentless{--c:var(--ag);--s:dashed}
.t-unknown{--c:var(--un);--s:dashed}
.src{border-bottom-style:var(--s)}
.tag{font:bold 10px/1 sans-serif;text-transform:uppercase;letter-spacing:.03em;
color:#fff;background:var(--c);border-radius:3px;padding:1px 3px;margin-right:2px;vertical-align:2px}
.cw{background:#fff2a8;outline:2px dashed #b00}
.cw::after{content:"!";font:bold .75em sans-serif;color:#b00;vertical-align:super}
.ed{text-decoration:underline wavy #b00}
.unsourced{background-image:repeating-linear-gradient(135deg,transparent 0 6px,rgba(176,0,0,.09) 6px 9px)}
.boiler{color:#777;text-decoration:line-through}
.hg{text-decoration:overline dotted #555}
[data-src],[data-cue],[data-content],[data-via]{cursor:pointer}
.on{box-shadow:0 0 0 2px #000}
li.attribution{margin-bottom:.4em;border-left:4px var(--s) var(--c);padding-left:.4em}
li.attribution.active{background:#eef}
.sev-error b{color:#b00}.sev-warning b{color:#8a2be2}.sev-note b{color:#0a6b8a}
.legend span{display:inline-block;margin:0 .5em .3em 0}
code{font-size:.95em}
)css";

constexpr const char* kScript = R"js(
document.addEventListener('click',function(e){
 var t=e.target.closest('[data-src],[data-cue],[data-content],[data-via]');
 if(!t)return;
 var ids=((t.dataset.src||'')+' '+(t.dataset.cue||'')+' '+(t.dataset.content||'')+' '+(t.dataset.via||'')).trim().split(/\s+/);
 document.querySelectorAll('.on,.active').forEach(function(x){x.classList.remove('on','active')});
 ids.forEach(function(id){
  document.querySelectorAll('[data-src~="'+id+'"],[data-cue~="'+id+'"],[data-content~="'+id+'"],[data-via~="'+id+'"]').forEach(function(x){x.classList.add('on')});
  var card=document.getElementById('attr-'+id);
  if(card){card.classList.add('active');card.scrollIntoView({block:'nearest'});}
 });
});
)js";

void WriteArticle(const v1::Report& report, std::ostream& out) {
  std::vector<Mark> marks;
  for (const v1::Attribution& a : report.attributions()) {
    const uint32_t id = a.id();
    if (a.has_source()) {
      marks.push_back(
          {a.source().begin_byte(), a.source().end_byte(), Mark::kSource, id});
    }
    marks.push_back({a.cue().begin_byte(), a.cue().end_byte(), Mark::kCue, id});
    for (const v1::Span& c : a.contents()) {
      marks.push_back({c.begin_byte(), c.end_byte(), Mark::kContent, id});
    }
    for (const v1::Conduit& c : a.conduits()) {
      marks.push_back(
          {c.span().begin_byte(), c.span().end_byte(), Mark::kVia, id});
    }
  }
  for (int i = 0; i < report.claims_size(); ++i) {
    const v1::Claim& claim = report.claims(i);
    if (claim.unattributed_check_worthy()) {
      marks.push_back({claim.span().begin_byte(), claim.span().end_byte(),
                       Mark::kUnsourcedClaim, static_cast<uint32_t>(i)});
    }
    for (const v1::Trigger& t : claim.triggers()) {
      if (t.attributed()) continue;
      marks.push_back({t.span().begin_byte(), t.span().end_byte(),
                       t.kind() == v1::CHECK_WORTHINESS_EVALUATIVE
                           ? Mark::kEvaluative
                           : Mark::kCheckWorthy,
                       static_cast<uint32_t>(i)});
    }
  }
  for (int i = 0; i < report.claims_size(); ++i) {
    for (const v1::Hedge& h : report.claims(i).hedges()) {
      marks.push_back({h.span().begin_byte(), h.span().end_byte(), Mark::kHedge,
                       static_cast<uint32_t>(i)});
    }
  }
  for (const v1::Boilerplate& b : report.boilerplate()) {
    marks.push_back(
        {b.span().begin_byte(), b.span().end_byte(), Mark::kBoilerplate, 0});
  }
  // Anchors for the findings' links.
  std::set<uint32_t> anchors;
  for (const v1::Diagnostic& d : report.diagnostics()) {
    if (d.has_location()) anchors.insert(d.location().begin_byte());
  }

  // The marks of each sentence, so that the page is linear in the report.
  std::vector<std::vector<const Mark*>> by_sentence(report.sentences_size());
  for (const Mark& m : marks) {
    // Sentences are in text order: the first that ends after the mark
    // begins, and those after it until the mark ends.
    int lo = 0;
    int hi = report.sentences_size();
    while (lo < hi) {
      const int mid = (lo + hi) / 2;
      if (report.sentences(mid).span().end_byte() <= m.begin) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int si = lo; si < report.sentences_size() &&
                      report.sentences(si).span().begin_byte() < m.end;
         ++si) {
      by_sentence[static_cast<size_t>(si)].push_back(&m);
    }
  }

  out << "<div id=\"article\">";
  uint32_t previous_end_line = 0;
  for (int si = 0; si < report.sentences_size(); ++si) {
    const v1::Span& s = report.sentences(si).span();
    // The report keeps sentences, not the bytes between them: a new line
    // for each line break, else one space.
    if (si > 0) {
      if (report.sentences(si).paragraph_index() !=
          report.sentences(si - 1).paragraph_index()) {
        out << "\n\n";  // paragraphs stand apart even when the input has one
      } else if (s.line() > previous_end_line) {
        out << '\n';
      } else {
        out << ' ';
      }
    }
    previous_end_line = s.line() + static_cast<uint32_t>(std::count(
                                       s.text().begin(), s.text().end(), '\n'));
    const std::vector<const Mark*>& sentence_marks =
        by_sentence[static_cast<size_t>(si)];
    std::set<uint32_t> cuts = {s.begin_byte(), s.end_byte()};
    for (const Mark* m : sentence_marks) {
      cuts.insert(std::max(m->begin, s.begin_byte()));
      cuts.insert(std::min(m->end, s.end_byte()));
    }
    for (auto a = anchors.lower_bound(s.begin_byte());
         a != anchors.end() && *a < s.end_byte(); ++a) {
      cuts.insert(*a);
    }
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
      const uint32_t b = *it;
      const uint32_t e = *std::next(it);
      if (anchors.count(b)) out << "<span id=\"at-" << b << "\"></span>";
      std::set<uint32_t> src, cue, content, via;
      std::set<std::string> classes;
      const v1::Attribution* first = nullptr;
      for (const Mark* mark : sentence_marks) {
        const Mark& m = *mark;
        if (m.begin > b || m.end < e || m.begin == m.end) continue;
        const v1::Attribution* a =
            m.role <= Mark::kVia ? &report.attributions(static_cast<int>(m.id))
                                 : nullptr;
        switch (m.role) {
          case Mark::kSource:
            src.insert(m.id);
            classes.insert("src");
            if (m.begin == b) {
              out << "<span class=\"tag t-" << Slug(TypeLabel(a->source_type()))
                  << "\">" << EscapeHtml(TypeLabel(a->source_type()))
                  << "</span>";
            }
            break;
          case Mark::kCue:
            cue.insert(m.id);
            classes.insert("cue");
            if (m.begin == b && !a->has_source()) {
              out << "<span class=\"tag t-" << Slug(TypeLabel(a->source_type()))
                  << "\">" << EscapeHtml(TypeLabel(a->source_type()))
                  << "</span>";
            }
            break;
          case Mark::kContent:
            content.insert(m.id);
            classes.insert("content");
            break;
          case Mark::kVia:
            via.insert(m.id);
            classes.insert("via");
            break;
          case Mark::kCheckWorthy:
            classes.insert("cw");
            break;
          case Mark::kEvaluative:
            classes.insert("ed");
            break;
          case Mark::kUnsourcedClaim:
            classes.insert("unsourced");
            break;
          case Mark::kHedge:
            classes.insert("hg");
            break;
          case Mark::kBoilerplate:
            classes.insert("boiler");
            break;
        }
        if (a != nullptr && (first == nullptr || m.role == Mark::kSource))
          first = a;
      }
      const std::string text =
          report.sentences(si).span().text().substr(b - s.begin_byte(), e - b);
      if (classes.empty()) {
        out << EscapeHtml(text);
        continue;
      }
      if (first != nullptr)
        classes.insert("t-" + Slug(TypeLabel(first->source_type())));
      std::string class_list;
      for (const std::string& c : classes)
        class_list += (class_list.empty() ? "" : " ") + c;
      out << "<span class=\"" << class_list << "\"";
      auto ids = [&](const char* name, const std::set<uint32_t>& set) {
        if (set.empty()) return;
        std::string list;
        for (uint32_t id : set)
          list += (list.empty() ? "" : " ") + std::to_string(id);
        out << " " << name << "=\"" << list << "\"";
      };
      ids("data-src", src);
      ids("data-cue", cue);
      ids("data-content", content);
      ids("data-via", via);
      std::string title;
      if (first != nullptr) title = Details(*first);
      if (classes.count("cw"))
        title += (title.empty() ? "" : "; ") +
                 std::string("check-worthy, no source");
      if (classes.count("ed"))
        title += (title.empty() ? "" : "; ") +
                 std::string("evaluative wording, no source");
      if (classes.count("hg"))
        title += (title.empty() ? "" : "; ") + std::string("hedge");
      if (classes.count("boiler"))
        title +=
            (title.empty() ? "" : "; ") + std::string("boilerplate, no claim");
      if (!title.empty()) out << " title=\"" << EscapeHtml(title) << "\"";
      out << ">" << EscapeHtml(text) << "</span>";
    }
  }
  out << "</div>";
}

void WriteProfile(const v1::Report& report, std::ostream& out) {
  const v1::Profile& p = report.profile();
  char share[16];
  std::snprintf(share, sizeof share, "%.0f%%", 100.0 * p.attributed_share());
  out << "<section id=\"profile\"><h2>Sourcing profile</h2><dl "
         "class=\"profile\">";
  auto row = [&](const std::string& k, const std::string& v) {
    out << "<dt>" << EscapeHtml(k) << "</dt><dd>" << EscapeHtml(v) << "</dd>";
  };
  row("attributions", std::to_string(p.attributions()));
  for (const v1::SourceTypeCount& c : p.by_source_type()) {
    row("\u2003" + TypeLabel(c.source_type()), std::to_string(c.count()));
  }
  row("claims attributed", std::to_string(p.attributed_claims()) + " of " +
                               std::to_string(p.claims()) + " (" + share + ")");
  row("check-worthy claims", std::to_string(p.check_worthy_claims()));
  row("\u2003with unsourced check-worthy words",
      std::to_string(p.unattributed_check_worthy_claims_size()));
  row("named sources",
      std::to_string(p.distinct_named_sources()) + " distinct");
  row("attributions to a named person",
      std::to_string(p.named_person_attributions()));
  row("distinct sources",
      std::to_string(p.distinct_sources()) +
          (p.single_source() ? " (single-source article)" : ""));
  row("anonymous",
      std::to_string(p.anonymous_sources()) + " (" +
          std::to_string(p.anonymous_with_reason()) + " with a reason, " +
          std::to_string(p.anonymous_without_reason()) + " without)");
  row("via conduits", std::to_string(p.conduits()));
  row("boilerplate sentences", std::to_string(p.boilerplate_sentences()));
  out << "</dl></section>";
}

void WriteFindings(const v1::Report& report, std::ostream& out) {
  out << "<section id=\"findings\"><h2>Findings</h2><ol>";
  for (const v1::Diagnostic& d : report.diagnostics()) {
    const std::string severity = SeverityName(d.severity());
    out << "<li class=\"finding sev-" << severity << "\" data-check=\""
        << EscapeHtml(d.check()) << "\" data-severity=\"" << severity << "\"";
    // The page is about one document: a location is LINE:COL.
    std::string where = "document";
    if (d.has_location()) {
      out << " data-line=\"" << d.location().line() << "\" data-col=\""
          << d.location().column() << "\"";
      where = std::to_string(d.location().line()) + ":" +
              std::to_string(d.location().column());
    }
    out << ">";
    if (d.has_location())
      out << "<a href=\"#at-" << d.location().begin_byte() << "\">";
    out << "<code>" << EscapeHtml(where) << "</code>";
    if (d.has_location()) out << "</a>";
    out << " <b>" << severity << ":</b> <span class=\"message\">"
        << EscapeHtml(d.message()) << "</span> [<code class=\"check\">"
        << EscapeHtml(d.check()) << "</code>]</li>";
  }
  out << "</ol>";
  if (report.diagnostics_size() == 0) out << "<p>No findings.</p>";
  out << "</section>";

  const v1::Profile& p = report.profile();
  out << "<section id=\"unsourced\"><h2>Check-worthy claims nobody is cited "
         "for</h2><ol>";
  for (uint32_t index : p.unattributed_check_worthy_claims()) {
    if (index >= static_cast<uint32_t>(report.claims_size())) continue;
    const v1::Claim& claim = report.claims(static_cast<int>(index));
    std::string words;
    for (const v1::Trigger& t : claim.triggers()) {
      if (!IsUnsourcedCheckWorthy(t)) continue;
      words += (words.empty() ? "" : ", ") +
               Label(v1::CheckWorthiness_Name(t.kind()), 17) + " \u201c" +
               t.span().text() + "\u201d";
    }
    out << "<li class=\"claim\" data-claim=\"" << index << "\"><a href=\"#at-"
        << claim.span().begin_byte() << "\">" << claim.span().line() << ":"
        << claim.span().column() << "</a> " << EscapeHtml(words) << "</li>";
  }
  out << "</ol></section>";
}

void WriteAttributions(const v1::Report& report, std::ostream& out) {
  out << "<section id=\"attributions\"><h2>Attributions</h2><ol start=\"0\">";
  for (const v1::Attribution& a : report.attributions()) {
    const std::string type = TypeLabel(a.source_type());
    out << "<li class=\"attribution t-" << Slug(type) << "\" id=\"attr-"
        << a.id() << "\" data-type=\"" << Slug(type) << "\"><b>"
        << EscapeHtml(type) << "</b> \u00b7 " << a.cue().line() << ":"
        << a.cue().column() << " \u00b7 confidence "
        << Confidence(a.confidence()) << " \u00b7 rule <code>"
        << EscapeHtml(a.rule()) << "</code> \u00b7 stance "
        << EscapeHtml(Label(v1::Stance_Name(a.stance()), 7)) << "<br>";
    if (a.has_source()) {
      out << "source <q class=\"a-source\">" << EscapeHtml(a.source().text())
          << "</q> ";
    }
    out << "cue <q class=\"a-cue\">" << EscapeHtml(a.cue().text()) << "</q>";
    for (const v1::Conduit& c : a.conduits()) {
      out << " via <q class=\"a-via\">" << EscapeHtml(c.span().text())
          << "</q>";
    }
    if (a.has_anonymity_reason()) {
      out << " reason <q>" << EscapeHtml(a.anonymity_reason().text()) << "</q>";
    }
    out << "</li>";
  }
  out << "</ol></section>";
}

void WriteLegend(std::ostream& out) {
  out << "<section id=\"legend\"><h2>Legend</h2><div class=\"legend\">";
  for (int t = 1; t < v1::SourceType_ARRAYSIZE; ++t) {
    const std::string type = TypeLabel(static_cast<v1::SourceType>(t));
    out << "<span><span class=\"tag t-" << Slug(type) << "\">" << type
        << "</span><span class=\"src t-" << Slug(type)
        << "\">source</span></span>";
  }
  out << "<br><span><span class=\"cue t-named-person\">cue</span></span>"
         "<span><span class=\"content t-named-person\">content</span></span>"
         "<span><span class=\"via\">conduit</span></span>"
         "<span><span class=\"cw\">check-worthy, no source</span></span>"
         "<span><span class=\"ed\">evaluative, no source</span></span>"
         "<span><span class=\"hg\">hedge</span></span>"
         "<span><span class=\"unsourced\">claim with unsourced check-worthy "
         "words"
         "</span></span><span><span class=\"boiler\">boilerplate</span></span>"
         "</div></section>";
}

}  // namespace

std::string EscapeHtml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void WriteHtml(const v1::Report& report, const std::string& name,
               std::ostream& out) {
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
         "'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
         "<meta name=\"viewport\" "
         "content=\"width=device-width,initial-scale=1\">"
      << "<title>whosaid: " << EscapeHtml(name) << "</title><style>" << kStyle
      << "</style></head>\n<body><header><h1>whosaid sourcing report: <span "
         "id=\"document-name\">"
      << EscapeHtml(name) << "</span></h1></header>\n<main>";
  WriteArticle(report, out);
  out << "\n<aside>";
  WriteProfile(report, out);
  WriteFindings(report, out);
  WriteAttributions(report, out);
  WriteLegend(out);
  out << "</aside></main>\n<script>" << kScript << "</script></body></html>\n";
}

}  // namespace whosaid::report
