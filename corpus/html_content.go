package corpus

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// htmlContentNames are the ids and classes of the element that holds the
// document on the legal databases and common portal templates, most
// specific first.
var htmlContentNames = []struct {
	attr, name string // attr is "id" or "class"
}{
	{"class", "content1"},          // thuvienphapluat.vn, inside #divContentDoc
	{"id", "divContentDoc"},        // thuvienphapluat.vn
	{"id", "toanvancontent"},       // vbpl.vn
	{"class", "toanvancontent"},    // vbpl.vn
	{"class", "fulltext"},          // vbpl.vn
	{"class", "the-document-body"}, // luatvietnam.vn
	{"id", "content_document"},     // luatvietnam.vn
	{"class", "doc-content"},       // luatvietnam.vn, portals
	{"class", "noidungvanban"},     // province portals
	{"class", "vanban-content"},    // province portals
	{"class", "article-content"},   // news-style portals
	{"class", "entry-content"},     // WordPress portals
}

// htmlContentShare is the share of the page's letters a child must hold for
// the search of the content block to descend into it.
const htmlContentShare = 0.8

// htmlMinContent is the letters a known container must hold to be trusted.
const htmlMinContent = 100

// htmlKnownContent reports an element named as a content container.
func htmlKnownContent(n *html.Node) bool {
	for _, c := range htmlContentNames {
		for _, a := range n.Attr {
			if a.Key != c.attr {
				continue
			}
			if c.attr == "id" && a.Val == c.name {
				return true
			}
			if c.attr == "class" {
				for _, f := range strings.Fields(a.Val) {
					if f == c.name {
						return true
					}
				}
			}
		}
	}
	return false
}

// htmlContent returns the element that holds the document: a known
// container of the databases when it has text, else the deepest block that
// holds most of the page's letters.
func htmlContent(doc *goquery.Document) *html.Node {
	letters := map[*html.Node]int{}
	for _, n := range doc.Nodes {
		htmlCountLetters(n, letters)
	}
	for _, c := range htmlContentNames {
		var found *html.Node
		sel := "." + c.name
		if c.attr == "id" {
			sel = "#" + c.name
		}
		doc.Find(sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if n := s.Get(0); letters[n] >= htmlMinContent {
				found = n
				return false
			}
			return true
		})
		if found != nil {
			return found
		}
	}
	body := doc.Find("body").Get(0)
	if body == nil {
		if len(doc.Nodes) == 0 {
			return nil
		}
		body = doc.Nodes[0]
	}
	n := body
	for {
		total := letters[n]
		var next *html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && htmlBlockTags[c.Data] && float64(letters[c]) >= htmlContentShare*float64(total) {
				next = c
				break
			}
		}
		if next == nil || total == 0 {
			return n
		}
		n = next
	}
}

// htmlTitle returns the page's title of the document: the first <h1>, else
// the <title> without the site's name.
func htmlTitle(doc *goquery.Document) string {
	if h := strings.Join(strings.Fields(doc.Find("h1").First().Text()), " "); len(h) >= 10 && len(h) <= 1200 {
		return h
	}
	t := strings.Join(strings.Fields(doc.Find("title").First().Text()), " ")
	for _, sep := range []string{" | ", " - ", " – "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			if htmlSiteName(t[i+len(sep):]) {
				t = t[:i]
			}
		}
	}
	if len(t) < 10 {
		return ""
	}
	return t
}

// htmlSiteName reports the tail of a <title> that names the site, not the
// document: words without a number or a slash ("LuatVietnam", "Cơ sở dữ
// liệu quốc gia về văn bản pháp luật"; not "2030" of "giai đoạn 2022 -
// 2030").
func htmlSiteName(tail string) bool {
	return !strings.ContainsAny(tail, "0123456789/")
}
