"""The page around the sections: header, navigation, evidence, sources, and the inline style.

The page is one file that opens offline: styles inline, charts as inline SVG,
no scripts, and a Content-Security-Policy that forbids fetching anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from exbench.report.evidence_entries import Evidence
from exbench.report.html import linked, name, number, quote_html, table, text
from exbench.report.pictures import Picture
from exbench.report.sections import Section

# Where a document is, from the page: a relative link to the file (with "#page=N" for a PDF page), or None.
SourceLink = Callable[[str, object], str | None]

# Latin first; then families with Persian glyphs, which the browser falls back to per glyph.
FONT_STACK = '"Noto Sans", "Noto Sans Arabic", Vazirmatn, "DejaVu Sans", Tahoma, sans-serif'
POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
STYLE = """
:root { color-scheme: light; }
body { font-family: %(font)s; margin: 0 auto; max-width: 1100px; padding: 1.5rem 2rem 4rem; color: #1d2430; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 2px solid #d9dee7; padding-bottom: .3rem; }
nav a { margin-right: 1rem; }
a { color: #1456b8; text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
.meta, .intro, .empty { color: #4b5565; }
figure.chart { margin: 1rem 0; overflow-x: auto; }
figure.chart svg { max-width: 100%%; height: auto; }
table { border-collapse: collapse; margin: 1rem 0; font-size: .9rem; width: 100%%; }
th, td { border-bottom: 1px solid #e5e8ee; padding: .3rem .5rem; text-align: start; vertical-align: top; }
th { background: #f3f5f9; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody + tbody { border-top: 2px solid #c9d0dc; }
tbody:target, li:target { background: #fff6d6; }
ol.evidence { padding-left: 1.5rem; }
ol.evidence > li { margin: .9rem 0; padding: .3rem .5rem; }
ol.evidence ul { list-style: none; padding-left: 0; }
.what { font-weight: 600; margin: 0; }
.note { color: #4b5565; margin: .1rem 0; }
.src { font-size: .85rem; color: #4b5565; }
mark { background: #ffe08a; color: inherit; padding: 0 .1em; border-radius: 2px; }
img.crop { display: block; max-width: 100%%; height: auto; margin: .1rem 0 .7rem; border: 1px solid #d9dee7; }
blockquote { margin: .2rem 0 .6rem; padding: .3rem .7rem; border-inline-start: 3px solid #b7c2d3; background: #f8f9fb; }
bdi, blockquote { unicode-bidi: isolate; }
""" % {"font": FONT_STACK}  # noqa: UP031 - CSS is full of braces: %-formatting leaves them alone


def _header(overview: Mapping[str, object], documents: int) -> str:
    built = (
        f"build {text(overview.get('build_id'))}, {text(overview.get('built_at'))}"
        if overview.get("build_id")
        else "no build recorded"
    )
    sources = linked(f"{number(documents)} documents", "#sources", "the documents") if documents else "no documents"
    return (
        "<header><h1>ExBench benchmark report</h1>"
        f'<p class="meta">From the warehouse {built}; read from {sources}. '
        "Every number links to the document, page and quoted words it was read from.</p></header>"
    )


def _nav(sections: Sequence[Section]) -> str:
    links = [f'<a href="#{s.id}">{text(s.title)}</a>' for s in sections]
    return "<nav>" + "".join(links + ['<a href="#evidence">Evidence</a>', '<a href="#sources">Documents</a>']) + "</nav>"


def _section(section: Section) -> str:
    parts = [f'<section id="{section.id}"><h2>{text(section.title)}</h2>']
    if not section.rows:
        parts.append(f'<p class="empty">{text(section.empty)}</p>')
    else:
        parts.append(f'<p class="intro">{text(section.intro)}</p>')
        if section.svg is not None:
            parts.append(f'<figure class="chart" id="chart-{section.id}">{section.svg}</figure>')
        parts.append(section.table)
    parts.append("</section>")
    return "".join(parts)


def _document(source_path: str, page: object, link: SourceLink | None) -> str:
    """The document's path under raw/, linked to the file (at the page, for a PDF) when the page knows where it is."""
    shown = f"<code>{text(source_path)}</code>"
    href = link(source_path, page) if link else None
    return linked(shown, href, "open the document") if href else shown


def _evidence(entries: Sequence[Evidence], link: SourceLink | None = None, picture: Picture | None = None) -> str:
    items = []
    for entry in entries:
        quotes = (
            "".join(
                f'<li><span class="src">{_document(c.source_path, c.page, link)}, page {text(c.page)}</span>'
                f'<blockquote dir="auto">{quote_html(c.quote)}</blockquote>'
                f"{picture(c.source_path, c.page, c.quote, position) if picture else ''}</li>"
                for position, c in enumerate(entry.citations)
            )
            or '<li class="note">No quoted words were found for this figure.</li>'
        )
        note = f'<p class="note">{text(entry.note)}</p>' if entry.note else ""
        more = f'<p class="note">… and {entry.omitted:,} more quotes, in the warehouse.</p>' if entry.omitted else ""
        items.append(f'<li id="{entry.anchor}"><p class="what">{entry.label_html}</p>{note}<ul>{quotes}</ul>{more}</li>')
    return (
        '<section id="evidence"><h2>Evidence</h2>'
        '<p class="intro">What each number rests on: the document (path under raw/, linked to the file), the page and '
        "the quoted words, their numbers marked, and for a PDF the page region they were read from, the words "
        "highlighted and their numbers boxed.</p>"
        f'<ol class="evidence">{"".join(items)}</ol></section>'
    )


def _sources(documents: Sequence[Mapping[str, object]], link: SourceLink | None = None) -> str:
    rows = [
        [
            _document(str(d["source_path"]), None, link),
            name(d["title"]),
            text(d["doc_kind"]),
            text(d["language"]),
            text(d["status"] if not d["error"] else f"{d['status']}: {d['error']}"),
        ]
        for d in documents
    ]
    return (
        '<section id="sources"><h2>Documents</h2>'
        + (
            table(["Document", "Title", "Kind", "Language", "Status"], [(None, rows)], set())
            if rows
            else '<p class="empty">No documents.</p>'
        )
        + "</section>"
    )


def render_page(
    overview: Mapping[str, object],
    sections: Sequence[Section],
    evidence: Sequence[Evidence],
    documents: Sequence[Mapping[str, object]],
    empty: bool,
    link: SourceLink | None = None,
    picture: Picture | None = None,
) -> str:
    """The whole HTML document; with `empty`, a page that says there is no data yet. `link` turns a document's
    path into a link to the file, `picture` a quote into the picture of its page region."""
    body = [_header(overview, len(documents))]
    if empty:
        body.append(
            '<p class="empty" id="no-data">There is no data in this warehouse yet: no star ratings, indicators, findings '
            "or recognitions. Put documents under raw/ and run <code>exbench run</code>.</p>"
        )
    else:
        body += [_nav(sections), *(_section(s) for s in sections), _evidence(evidence, link, picture)]
    body.append(_sources(documents, link))
    return (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>ExBench benchmark report</title><style>{STYLE}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )
