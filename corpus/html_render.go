package corpus

import (
	"strings"

	"golang.org/x/net/html"
)

// htmlBlockTags start and end a line.
var htmlBlockTags = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "body": true,
	"center": true, "dd": true, "details": true, "dialog": true, "div": true, "dl": true,
	"dt": true, "fieldset": true, "figcaption": true, "figure": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "li": true, "main": true, "nav": true, "ol": true,
	"p": true, "pre": true, "section": true, "summary": true, "table": true,
	"tbody": true, "thead": true, "tfoot": true, "tr": true, "td": true, "th": true,
	"ul": true, "caption": true, "html": true,
}

// htmlRenderer writes the text of a tree, one block or table cell a line.
type htmlRenderer struct {
	sb      strings.Builder
	line    strings.Builder
	space   bool // a space is pending before the next word
	inPre   int
	written bool
}

// render writes the text under n.
func (r *htmlRenderer) render(n *html.Node) {
	if n == nil {
		return
	}
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
		if htmlNeverText[n.Data] {
			return
		}
		switch n.Data {
		case "br":
			r.newline(true)
			return
		case "img":
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Type == html.ElementNode && htmlBlockTags[n.Data]
	if block {
		r.newline(false)
	}
	if n.Data == "pre" {
		r.inPre++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.render(c)
	}
	if n.Data == "pre" {
		r.inPre--
	}
	if block {
		r.newline(false)
	}
}

// text adds a text node, collapsing white space outside <pre>.
func (r *htmlRenderer) text(s string) {
	if r.inPre > 0 {
		for i, part := range strings.Split(s, "\n") {
			if i > 0 {
				r.newline(true)
			}
			r.line.WriteString(part)
		}
		return
	}
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && !htmlIsSpace(s[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if r.space && r.line.Len() > 0 {
				r.line.WriteByte(' ')
			}
			r.line.WriteString(s[start:i])
			r.space = false
			start = -1
		}
		if i < len(s) {
			r.space = true
		}
	}
}

func htmlIsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// newline ends the current line; a forced one (<br>) ends even an empty
// line.
func (r *htmlRenderer) newline(force bool) {
	line := strings.TrimSpace(strings.ReplaceAll(r.line.String(), "\u00a0", " "))
	r.line.Reset()
	r.space = false
	if line == "" && !force {
		return
	}
	if r.written {
		r.sb.WriteByte('\n')
	}
	r.sb.WriteString(line)
	r.written = true
}

// String returns the text rendered so far.
func (r *htmlRenderer) String() string {
	r.newline(false)
	return r.sb.String()
}
