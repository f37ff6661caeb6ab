package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// hintKeys are the labels of a legal-database page's metadata table,
// folded, with the Hints field each fills.
var hintKeys = [...]struct {
	key   string
	field int
}{
	{"so hieu", hintNumber}, {"loai van ban", hintType}, {"noi ban hanh", hintIssuer},
	{"co quan ban hanh", hintIssuer}, {"nguoi ky", hintSigner}, {"ngay ban hanh", hintDate},
	{"linh vuc", hintField}, {"ngay co hieu luc", hintNone}, {"ngay hieu luc", hintNone}, {"tinh trang", hintNone},
}

const (
	hintNone = iota
	hintNumber
	hintType
	hintIssuer
	hintSigner
	hintDate
	hintField
)

// rawHints completes in with the metadata lines left in the raw text of a
// legal-database page ("Số hiệu: | 1960/KH-UBND |", "Người ký Nguyễn Lộc
// Hà"), for texts whose reader did not lift them into Hints. Values in
// already set are kept. metaFrom is the first metadata line in the second
// half of the text (where the closing block ends), or 0.
func (r *headerRules) rawHints(t *text, in Hints) (h Hints, metaFrom int) {
	h = in
	half := len(t.lines) / 2
	lastKey, lastField := -1, -1 // two different labels close together make a table
	for i := range t.lines {
		line := t.line(i)
		if len(line) > 300 || len(line) < 6 {
			continue
		}
		s := hdrStrip(line)
		if r, _ := utf8.DecodeRuneInString(s); !strings.ContainsRune("slnctSLNCT", vn.FoldRune(r)) && !strings.ContainsRune("SLNCT", r) {
			continue // no metadata label starts otherwise
		}
		head := s
		if len(head) > 24 {
			head = head[:24]
		}
		fh := vn.Fold(head)
		for _, k := range hintKeys {
			if !hdrFoldHasPrefix(fh, k.key) {
				continue
			}
			// a page's metadata table (two keys close together) ends the
			// document; a lone "Người ký:" of a signature stamp does not
			if i >= half && metaFrom == 0 {
				if lastKey >= 0 && i-lastKey <= 8 && k.field != lastField {
					metaFrom = lastKey
				}
				lastKey, lastField = i, k.field
			}
			v := hintValue(s, len(strings.Fields(k.key)))
			if v == "" || len(v) > 120 || (len(s) > 90 && !strings.ContainsAny(s[:min(len(s), 40)], ":|")) {
				break // a sentence of the body ("Lĩnh vực văn hóa đạt …"), not a label
			}
			switch k.field {
			case hintNumber:
				setHint(&h.Number, v)
			case hintType:
				setHint(&h.DocType, v)
			case hintIssuer:
				setHint(&h.Issuer, v)
			case hintSigner:
				setHint(&h.Signer, v)
			case hintDate:
				setHint(&h.Date, v)
			case hintField:
				setHint(&h.Field, v)
			}
			break
		}
	}
	if h.Title == "" {
		h.Title = r.pageTitle(t)
	}
	return h, metaFrom
}

func setHint(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// hintValue returns what follows the first n words of a metadata line,
// without colons and table bars.
func hintValue(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return ""
	}
	v := strings.Join(f[n:], " ")
	v = strings.Trim(v, " :|\t")
	v = strings.TrimSpace(strings.Trim(v, "|"))
	return v
}

// pageTitle finds a legal-database page title: a line opening with a
// document type and a number, "Kế hoạch 1960/KH-UBND năm 2020 thực hiện …".
func (r *headerRules) pageTitle(t *text) string {
	for i := range t.lines {
		line := t.line(i)
		if len(line) < 30 || len(line) > 1200 {
			continue
		}
		s := hdrStrip(line)
		if !strings.Contains(s[:min(len(s), 60)], "/") || !strings.Contains(s, " năm ") {
			continue // a page title names the number and "năm YYYY"
		}
		fs := vn.Fold(s[:min(len(s), 40)])
		for _, f := range r.docTypeFold {
			if !hdrFoldHasPrefix(fs, f) || len(fs) <= len(f)+1 {
				continue
			}
			rest := fs[len(f)+1:]
			sp := strings.IndexByte(rest, ' ')
			if sp > 0 && strings.Contains(rest[:sp], "/") && rest[0] >= '0' && rest[0] <= '9' && strings.HasPrefix(rest[sp:], " nam ") {
				return s
			}
		}
	}
	return ""
}
