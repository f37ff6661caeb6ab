package corpus

import (
	"strings"
	"unicode"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// htmlNeverText are elements that never hold text of the document.
var htmlNeverText = map[string]bool{
	"script": true, "style": true, "noscript": true, "iframe": true, "svg": true,
	"button": true, "select": true, "input": true, "textarea": true, "template": true,
	"object": true, "embed": true, "link": true, "meta": true, "canvas": true, "video": true,
	"audio": true, "map": true,
}

// htmlFurnitureTags are page furniture unless they wrap most of the page
// (ASP.NET sites put the whole page in one <form>).
var htmlFurnitureTags = map[string]bool{
	"nav": true, "header": true, "footer": true, "aside": true, "form": true, "menu": true,
}

// htmlFurnitureWords are words of class and id names that mark furniture,
// matched anywhere in the name ("divMenuTop", "box-quangcao").
var htmlFurnitureWords = []string{
	"menu", "breadcrumb", "banner", "advert", "quangcao", "sidebar", "footer",
	"comment", "binhluan", "social", "share", "related", "lienquan", "popup",
	"modal", "cookie", "login", "dangnhap", "timkiem", "toolbar", "pagination",
	"paging", "navbar", "navigation", "hotline", "newsletter", "sponsor",
}

// htmlFurnitureTokens are short words that mark furniture only as a whole
// token of a class or id ("ads", "nav", but not "download").
var htmlFurnitureTokens = map[string]bool{
	"ad": true, "ads": true, "qc": true, "nav": true, "tags": true, "header": true,
	"search": true, "topbar": true, "widget": true, "rss": true,
}

// htmlInsideContent are the furniture words still removed inside the
// content container or an <article>: ads, sharing and comments, not the
// "header" or "footer" of the document itself.
var htmlInsideContent = map[string]bool{
	"quangcao": true, "advert": true, "ad": true, "ads": true, "qc": true, "share": true,
	"social": true, "comment": true, "binhluan": true, "related": true, "lienquan": true,
}

// htmlWrapperShare is the share of a page's letters above which an element
// is kept whatever its name says: it wraps the content.
const htmlWrapperShare = 0.4

// htmlDropFurniture removes from the page what is not the document.
func htmlDropFurniture(root *goquery.Selection) {
	for _, n := range root.Nodes {
		htmlDropNever(n)
	}
	letters := map[*html.Node]int{}
	total := 0
	for _, n := range root.Nodes {
		total += htmlCountLetters(n, letters)
	}
	var drop []*html.Node
	var walk func(n *html.Node, inContent bool)
	walk = func(n *html.Node, inContent bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			word := htmlFurniture(c)
			if word != "" && (!inContent || htmlInsideContent[word]) && float64(letters[c]) <= htmlWrapperShare*float64(total) {
				drop = append(drop, c)
				continue
			}
			walk(c, inContent || c.Data == "article" || c.Data == "main" || htmlKnownContent(c))
		}
	}
	for _, n := range root.Nodes {
		walk(n, false)
	}
	for _, n := range drop {
		htmlRemove(n)
	}
}

// htmlDropNever removes the elements that never hold text, and comments.
func htmlDropNever(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode:
			n.RemoveChild(c)
		case c.Type == html.ElementNode && htmlNeverText[c.Data]:
			n.RemoveChild(c)
		default:
			htmlDropNever(c)
		}
		c = next
	}
}

// htmlFurniture returns the tag or word that marks an element as
// navigation, ads, sharing, comments or related links, or "".
func htmlFurniture(n *html.Node) string {
	if htmlFurnitureTags[n.Data] {
		return n.Data
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" && a.Key != "role" {
			continue
		}
		v := strings.ToLower(a.Val)
		if a.Key == "role" {
			if v == "navigation" || v == "banner" || v == "complementary" || v == "contentinfo" {
				return v
			}
			continue
		}
		for _, w := range htmlFurnitureWords {
			if strings.Contains(v, w) {
				return w
			}
		}
		for _, tok := range strings.FieldsFunc(htmlSplitCamel(a.Val), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if htmlFurnitureTokens[tok] {
				return tok
			}
		}
	}
	return ""
}

// htmlSplitCamel lower-cases a class or id name, splitting camel case
// ("divAdsTop" → "div ads top").
func htmlSplitCamel(s string) string {
	var sb strings.Builder
	prevLower := false
	for _, r := range s {
		if unicode.IsUpper(r) && prevLower {
			sb.WriteByte(' ')
		}
		prevLower = unicode.IsLower(r) || unicode.IsDigit(r)
		sb.WriteRune(unicode.ToLower(r))
	}
	return sb.String()
}

// htmlCountLetters counts the letters under n outside links, recording the
// count of every element in m.
func htmlCountLetters(n *html.Node, m map[*html.Node]int) int {
	switch n.Type {
	case html.TextNode:
		c := 0
		for _, r := range n.Data {
			if unicode.IsLetter(r) {
				c++
			}
		}
		return c
	case html.ElementNode, html.DocumentNode:
	default:
		return 0
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		total += htmlCountLetters(c, m)
	}
	if n.Type == html.ElementNode && n.Data == "a" {
		total /= 4 // link text counts little: menus and lists of links
	}
	m[n] = total
	return total
}
