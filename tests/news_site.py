"""A small French news site for the source tests, served by the standard library on 127.0.0.1.

Pages are built from real OrangeSum articles (``tests/data/orangesum_sample.jsonl``) inside a
realistic template: navigation, cookie banner, ads, a byline and a date, JSON-LD metadata, a
canonical link, related links and reader comments. Beside them: RSS and Atom feeds, an OPML
file, robots.txt, and misbehaving endpoints (slow, hanging, huge, wrong content type, redirect
loop, 404, 429 with Retry-After, a paywall teaser, non-UTF-8 pages).
"""

from __future__ import annotations

import contextlib
import html
import json
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SITE = "Le Quotidien du Test"
AUTHOR = "Claire Martin"


def load_articles() -> list[dict]:
    """The OrangeSum sample records (id, date, title, article, abstract)."""
    lines = (DATA / "orangesum_sample.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def paragraphs(text: str, per: int = 3) -> list[str]:
    """An article split into paragraphs of ``per`` sentences."""
    sentences = re.split(r"(?<=[.!?»])\s+(?=[A-ZÀ-Ý«\"])", text.strip())
    return [" ".join(sentences[i : i + per]) for i in range(0, len(sentences), per)]


def article_page(
    record: dict,
    base: str,
    *,
    body_paragraphs: list[str] | None = None,
    extra_head: str = "",
    json_ld: dict | None = None,
    charset: str = "utf-8",
    meta_charset: bool = True,
) -> str:
    """A full news page around one article."""
    title = html.escape(record["title"])
    date = record["date"]
    url = f"{base}/news/{record['id']}.html"
    paras = body_paragraphs if body_paragraphs is not None else paragraphs(record["article"])
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": record["title"],
        "datePublished": f"{date}T08:30:00+01:00",
        "author": {"@type": "Person", "name": AUTHOR},
        "publisher": {"@type": "Organization", "name": SITE},
        "mainEntityOfPage": url,
        "isAccessibleForFree": True,
    }
    if json_ld is not None:
        ld.update(json_ld)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    return f"""<!DOCTYPE html>
<html lang="fr"><head>{meta}
<title>{title} | {SITE}</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta name="author" content="{AUTHOR}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
{extra_head}
</head><body>
<div id="cookie-banner" class="cookie-consent"><p>Nous utilisons des cookies et des traceurs pour mesurer
l'audience et vous proposer des publicités personnalisées. En poursuivant votre navigation, vous acceptez
leur utilisation.</p><button>Tout accepter</button><button>Paramétrer</button></div>
<header class="site-header"><a class="logo" href="/">{SITE}</a>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li><li><a href="/economie">Économie</a></li>
<li><a href="/monde">Monde</a></li><li><a href="/sport">Sport</a></li><li><a href="/abonnement">S'abonner</a></li></ul></nav></header>
<div class="ad ad-leaderboard">Publicité — Profitez de -50 % sur votre nouvelle cuisine équipée, offre valable jusqu'à dimanche.</div>
<main><article class="article">
<h1>{title}</h1>
<p class="byline">Par <span class="author">{AUTHOR}</span>, publié le <time datetime="{date}T08:30:00+01:00">{date}</time></p>
{body}
</article>
<aside class="related"><h2>À lire aussi</h2><ul>
<li><a href="/news/autre-1.html">Les prix de l'immobilier repartent à la hausse dans les grandes villes</a></li>
<li><a href="/news/autre-2.html">Le XV de France s'impose face à l'Écosse au terme d'un match serré</a></li>
<li><a href="/news/autre-3.html">Météo : un week-end ensoleillé sur la majeure partie du pays</a></li></ul></aside>
<div class="ad ad-sidebar">Publicité — Votre mutuelle à partir de 9,90 euros par mois, devis gratuit en ligne.</div>
<section id="comments" class="comments"><h2>Commentaires (2)</h2>
<div class="comment"><p class="comment-author">Jeannot75</p><p>Encore une fois on nous raconte n'importe quoi, je n'y crois pas une seconde.</p></div>
<div class="comment"><p class="comment-author">MarieD</p><p>Merci pour cet article très complet, continuez comme ça.</p></div></section>
</main>
<footer><p>© 2020 {SITE} — Mentions légales — Politique de confidentialité — Contact — Plan du site</p></footer>
</body></html>"""


def paywall_page(record: dict, base: str) -> str:
    """The first paragraph of an article and a subscription wall."""
    first = paragraphs(record["article"])[0]
    wall = """<div class="paywall"><p>Cet article est réservé aux abonnés. Il vous reste 85 % à lire.</p>
<p><a href="/abonnement">Abonnez-vous pour lire la suite</a> — Déjà abonné ? <a href="/login">Se connecter</a></p></div>"""
    page = article_page(
        record,
        base,
        body_paragraphs=[first],
        json_ld={"isAccessibleForFree": False, "wordCount": len(record["article"].split())},
    )
    return page.replace("</article>", wall + "</article>")


def rss_feed(records: list[dict], base: str, full_content: dict | None = None) -> str:
    """RSS 2.0: one item per record, guid = the page URL's id; ``full_content`` carries content:encoded."""
    items = []
    for record in records:
        date = format_datetime(datetime.fromisoformat(record["date"]).replace(hour=8, tzinfo=UTC))
        encoded = ""
        if full_content and record["id"] in full_content:
            inner = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(full_content[record["id"]]))
            encoded = f"<content:encoded><![CDATA[{inner}]]></content:encoded>"
        items.append(f"""<item><title>{html.escape(record["title"])}</title>
<link>{base}/news/{record["id"]}.html</link><guid isPermaLink="false">orangesum-{record["id"]}</guid>
<pubDate>{date}</pubDate><description>{html.escape(record["abstract"])}</description>{encoded}</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>{SITE} — À la une</title><link>{base}/</link><description>Les dernières actualités</description>
{"".join(items)}</channel></rss>"""


def atom_feed(records: list[dict], base: str) -> str:
    """Atom 1.0, entries linking to the pages, ids as tag URIs."""
    entries = "".join(
        f"""<entry><title>{html.escape(r["title"])}</title><link rel="alternate" href="{base}/news/{r["id"]}.html"/>
<id>tag:quotidien.test,2020:{r["id"]}</id><updated>{r["date"]}T08:30:00Z</updated>
<author><name>{AUTHOR}</name></author><summary>{html.escape(r["abstract"])}</summary></entry>"""
        for r in records
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>{SITE} — Économie</title><id>tag:quotidien.test,2020:eco</id>
<updated>2020-01-01T00:00:00Z</updated>{entries}</feed>"""


def opml(base: str, feeds: list[str]) -> str:
    """An OPML subscription list."""
    outlines = "".join(f'<outline type="rss" text="{f}" xmlUrl="{base}{f}"/>' for f in feeds)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Mes flux</title></head><body><outline text="Actualités">{outlines}</outline></body></opml>"""


class NewsSite:
    """The server: ``start()`` binds 127.0.0.1 on a free port; ``routes`` maps paths to handlers.

    Attributes:
        base: "http://127.0.0.1:PORT".
        hits: path -> monotonic times of the requests received.
        agents: User-Agent headers received.
    """

    def __init__(self) -> None:
        self.articles = load_articles()
        self.by_id = {r["id"]: r for r in self.articles}
        self.hits: dict[str, list[float]] = defaultdict(list)
        self.agents: list[str] = []
        self.stop = threading.Event()
        self.extra: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}
        self.robots = "User-agent: *\nDisallow: /private/\n"
        self.server: ThreadingHTTPServer | None = None
        self.base = ""

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> NewsSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                site.hits[path].append(time.monotonic())
                site.agents.append(self.headers.get("User-Agent", ""))
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    site.handle(self, path)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def close(self) -> None:
        self.stop.set()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    # ------------------------------------------------------------------ responses
    @staticmethod
    def send(
        handler,
        status: int,
        body: bytes | str,
        content_type: str = "text/html; charset=utf-8",
        headers: dict | None = None,
    ) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(data)

    def handle(self, h, path: str) -> None:
        if path in self.extra:
            self.extra[path](h)
            return
        if path == "/robots.txt":
            self.send(h, 200, self.robots, "text/plain")
        elif m := re.fullmatch(r"/(?:news|private)/(\w+)\.html", path):
            record = self.by_id.get(m.group(1))
            if record is None:
                self.send(h, 404, "<html><body><h1>Page introuvable</h1></body></html>")
            else:
                self.send(h, 200, article_page(record, self.base))
        elif path == "/feed.rss":
            full = {self.articles[1]["id"]: self.articles[1]["article"]}  # 178 words: full content
            self.send(h, 200, rss_feed(self.articles[:4], self.base, full), "application/rss+xml; charset=utf-8")
        elif path == "/feed.atom":
            self.send(h, 200, atom_feed(self.articles[4:6], self.base), "application/atom+xml")
        elif path == "/feeds.opml":
            self.send(h, 200, opml(self.base, ["/feed.rss", "/feed.atom"]), "text/x-opml")
        elif path == "/slow.html":
            time.sleep(1.0)
            self.send(h, 200, article_page(self.articles[1], self.base))
        elif path == "/hang.html":
            self.stop.wait(30)  # never answers within any test's timeout
        elif path == "/trickle.html":  # headers at once, then a byte every 0.2 s, for ever
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.end_headers()
            for _ in range(300):
                if self.stop.is_set():
                    break
                h.wfile.write(b" ")
                h.wfile.flush()
                time.sleep(0.2)
        elif path == "/huge.html":  # no Content-Length: the size limit must stop the download
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Connection", "close")
            h.end_headers()
            chunk = b"<p>" + b"bla " * 16_000 + b"</p>\n"
            for _ in range(2_000):  # 128 MB unless the client stops reading
                if self.stop.is_set():
                    break
                h.wfile.write(chunk)
        elif path == "/photo.jpg":
            self.send(h, 200, b"\xff\xd8\xff\xe0" + b"\x00" * 2000, "image/jpeg")
        elif path == "/loop/a":
            self.send(h, 302, "", headers={"Location": "/loop/b"})
        elif path == "/loop/b":
            self.send(h, 302, "", headers={"Location": "/loop/a"})
        elif path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            self.send(h, 302, "", headers={"Location": f"/chain/{n + 1}"})
        elif path == "/moved.html":
            self.send(h, 301, "", headers={"Location": f"/news/{self.articles[2]['id']}.html"})
        elif path == "/busy.html":  # 429 on the first request, then the page
            if len(self.hits[path]) == 1:
                self.send(h, 429, "Too many requests", "text/plain", {"Retry-After": "1"})
            else:
                self.send(h, 200, article_page(self.articles[3], self.base))
        elif path == "/overloaded.html":
            self.send(h, 429, "Too many requests", "text/plain", {"Retry-After": "3600"})
        elif path == "/flaky.html":  # 503 twice, then the page
            if len(self.hits[path]) <= 2:
                self.send(h, 503, "Service unavailable", "text/plain")
            else:
                self.send(h, 200, article_page(self.articles[5], self.base))
        elif path == "/premium.html":
            self.send(h, 200, paywall_page(self.articles[6], self.base))
        elif path == "/latin1.html":  # charset in the HTTP header only
            page = article_page(self.articles[7], self.base, meta_charset=False)
            self.send(h, 200, page.encode("cp1252", "replace"), "text/html; charset=windows-1252")
        elif path == "/latin1-meta.html":  # charset in <meta> only
            page = article_page(self.articles[7], self.base, charset="iso-8859-1")
            self.send(h, 200, page.encode("cp1252", "replace"), "text/html")
        elif path == "/latin1-bare.html":  # no declaration at all: the detector decides
            page = article_page(self.articles[7], self.base, meta_charset=False)
            self.send(h, 200, page.encode("cp1252", "replace"), "text/html")
        else:
            self.send(h, 404, "<html><body><h1>Page introuvable</h1></body></html>")
