package corpus

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/extract/vn"
)

// htmlMetaLabels are the labels of a legal database's metadata table,
// folded, with the Hints field each fills.
var htmlMetaLabels = []struct {
	label string
	field func(h *extract.Hints) *string
}{
	{"so hieu", func(h *extract.Hints) *string { return &h.Number }},
	{"so ky hieu", func(h *extract.Hints) *string { return &h.Number }},
	{"loai van ban", func(h *extract.Hints) *string { return &h.DocType }},
	{"noi ban hanh", func(h *extract.Hints) *string { return &h.Issuer }},
	{"co quan ban hanh", func(h *extract.Hints) *string { return &h.Issuer }},
	{"nguoi ky", func(h *extract.Hints) *string { return &h.Signer }},
	{"ngay ban hanh", func(h *extract.Hints) *string { return &h.Date }},
	{"ngay co hieu luc", func(h *extract.Hints) *string { return &h.EffectiveDate }},
	{"ngay hieu luc", func(h *extract.Hints) *string { return &h.EffectiveDate }},
	{"ngay bat dau hieu luc", func(h *extract.Hints) *string { return &h.EffectiveDate }},
	{"tinh trang hieu luc", func(h *extract.Hints) *string { return &h.Status }},
	{"tinh trang", func(h *extract.Hints) *string { return &h.Status }},
	{"linh vuc", func(h *extract.Hints) *string { return &h.Field }},
	{"trich yeu", func(h *extract.Hints) *string { return &h.Title }},
	{"so cong bao", func(h *extract.Hints) *string { return &h.Gazette }},
}

// htmlMetaUnknown are values, folded, that databases show for a field they
// do not know or hide from visitors.
var htmlMetaUnknown = map[string]bool{
	"...": true, "dang cap nhat": true, "khong xac dinh": true, "da biet": true,
	"chua co": true, "chua xac dinh": true, "-": true, "khong co": true,
}

// htmlMetaMaxValue bounds a metadata value: longer text is a sentence of
// the body, not a table cell.
const htmlMetaMaxValue = 300

// htmlMetadata reads the metadata table of a page (label and value cells
// side by side, possibly two pairs a row; dt/dd; "Label: value" items) into
// Hints, and returns the tables, lists and blocks that held two labels or
// more, to be removed from the text.
func htmlMetadata(root *goquery.Selection) (extract.Hints, []*html.Node) {
	var h extract.Hints
	hits := map[*html.Node]int{}
	var order []*html.Node
	hit := func(container *html.Node) {
		if container == nil {
			return
		}
		if hits[container] == 0 {
			order = append(order, container)
		}
		hits[container]++
	}
	root.Find("tr").Each(func(_ int, tr *goquery.Selection) {
		cells := tr.ChildrenFiltered("td, th")
		n := cells.Length()
		for i := 0; i < n; i++ {
			label := htmlCellText(cells.Eq(i))
			if f := htmlMetaField(label); f != nil {
				if i+1 < n {
					v := htmlCellText(cells.Eq(i + 1))
					if htmlMetaField(v) == nil {
						htmlSetHint(f(&h), v)
						hit(htmlAncestor(tr.Get(0), "table"))
						i++
						continue
					}
				}
			}
			if f, v := htmlMetaInline(label); f != nil {
				htmlSetHint(f(&h), v)
				hit(htmlAncestor(tr.Get(0), "table"))
			}
		}
	})
	root.Find("dt").Each(func(_ int, dt *goquery.Selection) {
		if f := htmlMetaField(htmlCellText(dt)); f != nil {
			if dd := dt.NextFiltered("dd"); dd.Length() > 0 {
				htmlSetHint(f(&h), htmlCellText(dd))
				hit(htmlAncestor(dt.Get(0), "dl"))
			}
		}
	})
	// a label element followed by its value element: <span>Số hiệu</span>
	// <span>3853/KH-UBND</span>, <th>/<td> outside tables of rows
	for _, n := range root.Nodes {
		htmlLabelPairs(n, func(label, value *html.Node, f func(h *extract.Hints) *string) {
			if htmlAncestor(label, "tr") != nil {
				return // read with its row
			}
			v := htmlCellText(goquery.NewDocumentFromNode(value).Selection)
			htmlSetHint(f(&h), v)
			row := label.Parent
			if row != nil && row.Parent != nil && htmlElementChildren(row) <= 3 {
				row = row.Parent
			}
			hit(row)
		})
	}
	// "Label: value" paragraphs count only as a block that is mostly
	// labels: a paragraph of the body may start "Số hiệu:" too
	type inline struct {
		field func(h *extract.Hints) *string
		value string
		block *html.Node
	}
	var inlines []inline
	for _, n := range root.Nodes {
		htmlLeafBlocks(n, func(n *html.Node) {
			if n.Data == "p" && htmlAncestor(n, "tr") != nil {
				return // a cell's paragraph, read with its row
			}
			var r htmlRenderer
			r.render(n)
			t := strings.TrimSpace(r.String())
			if len(t) > htmlMetaMaxValue+40 {
				return
			}
			if f, v := htmlMetaInline(strings.ReplaceAll(t, "\n", "; ")); f != nil {
				block := n.Parent
				if c := htmlAncestor(n, "ul"); c != nil {
					block = c
				}
				if block != nil {
					inlines = append(inlines, inline{f, v, block})
					hit(block)
				}
			}
		})
	}
	for _, in := range inlines {
		if hits[in.block] >= 2 && 2*hits[in.block] >= htmlMetaItems(in.block) {
			htmlSetHint(in.field(&h), in.value)
		}
	}
	var drop []*html.Node
	for _, c := range order {
		// a metadata block is mostly labels; a block of the document that
		// lists "Số hiệu: …" of other documents among its paragraphs stays
		if hits[c] >= 2 && c.Data != "body" && c.Data != "html" && 2*hits[c] >= htmlMetaItems(c) {
			drop = append(drop, c)
		}
	}
	return h, drop
}

// htmlMetaField returns the Hints field a label cell names ("Số hiệu:",
// "Ngày ban hành"), or nil.
func htmlMetaField(cell string) func(h *extract.Hints) *string {
	s := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(cell), ":："))
	if s == "" || len(s) > 40 {
		return nil
	}
	f := vn.Fold(s)
	for _, l := range htmlMetaLabels {
		if f == l.label {
			return l.field
		}
	}
	return nil
}

// htmlMetaInline reads "Label: value" in one cell or item.
func htmlMetaInline(s string) (func(h *extract.Hints) *string, string) {
	i := strings.IndexAny(s, ":：")
	if i <= 0 || i > 40 {
		return nil, ""
	}
	f := htmlMetaField(s[:i])
	if f == nil {
		return nil, ""
	}
	_, size := firstRuneLen(s[i:])
	return f, strings.TrimSpace(s[i+size:])
}

func firstRuneLen(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// htmlSetHint keeps the first non-empty value of a field.
func htmlSetHint(dst *string, v string) {
	v = strings.TrimSpace(v)
	if *dst != "" || v == "" || len(v) > htmlMetaMaxValue || htmlMetaUnknown[vn.Fold(v)] {
		return
	}
	*dst = v
}

// htmlCellText is the text of a cell with its white space collapsed; line
// breaks inside (two signers) become "; ".
func htmlCellText(s *goquery.Selection) string {
	var r htmlRenderer
	for _, n := range s.Nodes {
		r.render(n)
	}
	lines := strings.Split(r.String(), "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "; ")
}

// htmlAncestor returns the nearest ancestor of n (or n) with the tag.
func htmlAncestor(n *html.Node, tag string) *html.Node {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && n.Data == tag {
			return n
		}
	}
	return nil
}

// htmlMetaItems counts the items of a block that may hold labels: the rows
// of a table, the children of anything else.
func htmlMetaItems(n *html.Node) int {
	if n.Data == "table" {
		return goquery.NewDocumentFromNode(n).Find("tr").Length()
	}
	c := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode {
			c++
		}
	}
	return c
}

// htmlLeafBlocks calls visit for every li, p or div under n that holds no
// other li, p, div or table, in one walk. It reports whether n holds or is
// such a block.
func htmlLeafBlocks(n *html.Node, visit func(*html.Node)) bool {
	has := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && htmlLeafBlocks(c, visit) {
			has = true
		}
	}
	if n.Type != html.ElementNode {
		return has
	}
	switch n.Data {
	case "li", "p", "div":
		if !has {
			visit(n)
		}
		return true
	case "table":
		return true
	}
	return has
}

// htmlLabelPairs calls visit for every element whose whole text is a
// metadata label and whose next element sibling holds a value.
func htmlLabelPairs(n *html.Node, visit func(label, value *html.Node, f func(h *extract.Hints) *string)) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if t, ok := htmlShortText(c, 48); ok && t != "" && !htmlProseTags[c.Data] {
			if f := htmlMetaField(t); f != nil {
				next := c.NextSibling
				for next != nil && next.Type != html.ElementNode {
					next = next.NextSibling
				}
				if next != nil {
					if vt, ok := htmlShortText(next, 48); !ok || htmlMetaField(vt) == nil {
						visit(c, next, f)
					}
				}
				continue
			}
		}
		htmlLabelPairs(c, visit)
	}
}

// htmlProseTags are elements of running text: a paragraph or heading
// "Lĩnh vực" is a heading of the body, not a label.
var htmlProseTags = map[string]bool{
	"p": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true,
}

// htmlShortText returns the text under n when it is at most limit bytes;
// ok is false for longer text (it stops reading there).
func htmlShortText(n *html.Node, limit int) (string, bool) {
	var sb strings.Builder
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sb.WriteString(c.Data)
				if sb.Len() > limit*2 {
					return false
				}
			case html.ElementNode:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	if !walk(n) {
		return "", false
	}
	t := strings.Join(strings.Fields(sb.String()), " ")
	return t, len(t) <= limit
}

// htmlElementChildren counts the element children of n.
func htmlElementChildren(n *html.Node) int {
	c := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode {
			c++
		}
	}
	return c
}
