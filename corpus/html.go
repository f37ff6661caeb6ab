package corpus

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/vanban/vanban/extract"
)

// readHTML reads a saved web page: a legal database's page of a document
// (thuvienphapluat.vn, vbpl.vn, luatvietnam.vn) or a ministry or province
// portal. It decodes the page by its declared charset, lifts the metadata
// table into Hints, drops navigation, ads, scripts and other furniture, and
// returns the text of the content container, blocks and table cells as
// lines.
func readHTML(ctx context.Context, data []byte, opt Options) (*Text, error) {
	s, enc, err := htmlDecode(data)
	if err != nil {
		return nil, err
	}
	doc, err := goquery.NewDocumentFromReader(strings.NewReader(s))
	if err != nil {
		return nil, fmt.Errorf("html: parse: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	root := doc.Selection
	for _, n := range root.Nodes {
		htmlDropNever(n)
	}
	// metadata in a side column survives only in the first pass; the
	// second, on the cleaned page, wins over a list of related documents
	whole, _ := htmlMetadata(root)
	htmlDropFurniture(root)
	hints, metaNodes := htmlMetadata(root)
	htmlFillHints(&hints, whole)
	for _, n := range metaNodes {
		htmlRemove(n)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if hints.Title == "" {
		hints.Title = htmlTitle(doc)
	}
	content := htmlContent(doc)
	var r htmlRenderer
	r.render(content)
	text := r.String()
	text = wordLegacyLines(text)
	return &Text{Text: text, Encoding: enc, Hints: hints}, nil
}

// htmlDecode turns the bytes of a page into text: a BOM or the declared
// charset decides; UTF-8 that is valid stays; anything else goes through
// Decode, which scores the legacy encodings (pages declared as
// windows-1252 often hold TCVN3 typed in a .VnTime font).
func htmlDecode(data []byte) (string, string, error) {
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) || bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		s, enc, err := Decode(data)
		if err != nil {
			return "", "", fmt.Errorf("html: %w", err)
		}
		return s, enc, nil
	}
	cs := htmlCharset(data)
	switch {
	case cs == "windows-1258" || cs == "cp1258":
		return decodeAs(EncCP1258, data), EncCP1258, nil
	case (cs == "" || cs == "utf-8" || cs == "utf8") && utf8.Valid(data):
		s, enc, err := Decode(data) // repairs UTF-8 read as Windows-1252
		if err != nil {
			return string(data), EncUTF8, nil
		}
		return s, enc, nil
	}
	s, enc, err := Decode(data)
	if err != nil {
		return "", "", fmt.Errorf("html: charset %q: %w", cs, err)
	}
	return s, enc, nil
}

// htmlCharset returns the charset a page declares in its first 4 KB
// (<meta charset> or http-equiv Content-Type), lower-cased, or "".
func htmlCharset(data []byte) string {
	head := data[:min(len(data), 4096)]
	low := bytes.ToLower(head)
	for off := 0; ; {
		i := bytes.Index(low[off:], []byte("charset"))
		if i < 0 {
			return ""
		}
		j := off + i + len("charset")
		off = j
		for j < len(low) && (low[j] == ' ' || low[j] == '=' || low[j] == '"' || low[j] == '\'') {
			j++
		}
		k := j
		for k < len(low) && (low[k] == '-' || low[k] == '_' || low[k] == '.' || low[k] == ':' || low[k] >= '0' && low[k] <= '9' || low[k] >= 'a' && low[k] <= 'z') {
			k++
		}
		if k > j {
			return string(low[j:k])
		}
	}
}

// htmlRemove detaches n from its parent.
func htmlRemove(n *html.Node) {
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
}

// htmlFillHints fills the empty fields of h from o.
func htmlFillHints(h *extract.Hints, o extract.Hints) {
	for _, p := range [][2]*string{
		{&h.Number, &o.Number}, {&h.DocType, &o.DocType}, {&h.Issuer, &o.Issuer},
		{&h.Signer, &o.Signer}, {&h.Date, &o.Date}, {&h.EffectiveDate, &o.EffectiveDate},
		{&h.Status, &o.Status}, {&h.Field, &o.Field}, {&h.Title, &o.Title}, {&h.Gazette, &o.Gazette},
	} {
		if *p[0] == "" {
			*p[0] = *p[1]
		}
	}
}
