package corpus

import (
	"strings"
	"unicode"

	"github.com/vanban/vanban/extract/vn"
)

// Page furniture: what a page carries besides the document. Running heads
// and page numbers repeat at the edges of pages; a digital-signature stamp
// ("Người ký: …", "Email: …", "Cơ quan: …", "Thời gian ký: …") is drawn on
// the first page. They leave the body; the gazette issue and a signer's
// name become hints.

// pdfStampLabels start the lines of a signature stamp (folded).
var pdfStampLabels = []string{"nguoi ky:", "ky boi:", "email:", "co quan:", "thoi gian ky:", "ngay ky:", "chuc vu:", "to chuc:"}

// pdfStampHeads are the labels that open a stamp.
var pdfStampHeads = []string{"nguoi ky:", "ky boi:"}

// pdfEdgeLines is how many text lines at the top and at the bottom of a
// page are looked at as possible furniture.
const pdfEdgeLines = 4

// pdfFurniture is what furniture removal learned.
type pdfFurniture struct {
	Gazette string // "Số 851 + 852/Ngày 01-7-2025"
	Signer  string // a person's name from a stamp, never an organization
}

// pdfStripFurniture removes page furniture from pages of text lines ("" a
// paragraph break) in place and returns what it learned.
func pdfStripFurniture(pages [][]string) pdfFurniture {
	var fu pdfFurniture
	for _, lines := range pages {
		pdfStripStamp(lines, &fu)
	}
	// running heads: edge lines repeated on many pages, digits masked
	count := map[string]int{}
	for _, lines := range pages {
		seen := map[string]bool{}
		pdfEachEdge(lines, func(i int) {
			k := pdfFurnKey(lines[i])
			if k != "" && !seen[k] {
				seen[k] = true
				count[k]++
			}
		})
	}
	need := max(2, (len(pages)*2+4)/5)
	for _, lines := range pages {
		first, last := pdfOuterLines(lines)
		pdfEachEdge(lines, func(i int) {
			l := lines[i]
			f := vn.Fold(strings.ToLower(l))
			if g := pdfGazetteOf(l, f); g != "" {
				if fu.Gazette == "" {
					fu.Gazette = g
				}
				lines[i] = ""
				return
			}
			k := pdfFurnKey(l)
			// a repeated line is a running head when it carries a number
			// or is the page's first or last line; repeated table headers
			// further in stay
			outer := i == first || i == last
			if pdfPageNumber(l) || len(pages) >= 2 && count[k] >= need && (outer || strings.ContainsRune(k, '#')) {
				lines[i] = ""
			}
		})
	}
	return fu
}

// pdfEachEdge calls f with the indexes of the first and last non-empty
// lines of a page, pdfEdgeLines of each, in order, once each.
func pdfEachEdge(lines []string, f func(i int)) {
	var idx []int
	for i, n := 0, 0; i < len(lines) && n < pdfEdgeLines; i++ {
		if strings.TrimSpace(lines[i]) != "" {
			idx = append(idx, i)
			n++
		}
	}
	var tail []int
	for i, n := len(lines)-1, 0; i >= 0 && n < pdfEdgeLines; i-- {
		if strings.TrimSpace(lines[i]) != "" {
			tail = append(tail, i)
			n++
		}
	}
	for k := len(tail) - 1; k >= 0; k-- {
		i := tail[k]
		if len(idx) == 0 || i > idx[len(idx)-1] {
			idx = append(idx, i)
		}
	}
	for _, i := range idx {
		f(i)
	}
}

// pdfOuterLines returns the indexes of the first and last non-empty lines.
func pdfOuterLines(lines []string) (int, int) {
	first, last := -1, -1
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	return first, last
}

// pdfFurnKey is the key a line repeats under: folded, digits as '#',
// spaces collapsed. Long lines are prose, not furniture.
func pdfFurnKey(l string) string {
	l = strings.TrimSpace(l)
	if l == "" || len(l) > 160 {
		return ""
	}
	var sb strings.Builder
	space := false
	for _, r := range vn.Fold(strings.ToLower(l)) {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case r >= '0' && r <= '9':
			r = '#'
		}
		if space && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		space = false
		sb.WriteRune(r)
	}
	return sb.String()
}

// pdfPageNumber reports a line that is only a page number: "3", "- 3 -",
// "Trang 3", "3/12".
func pdfPageNumber(l string) bool {
	l = strings.TrimSpace(l)
	f := vn.Fold(strings.ToLower(l))
	f = strings.TrimPrefix(f, "trang")
	digits := 0
	for _, r := range f {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ' ' || r == '-' || r == '–' || r == '/' || r == '(' || r == ')' || r == '.':
		default:
			return false
		}
	}
	return digits > 0 && digits <= 8
}

// pdfGazetteOf returns the issue part of a Công báo running head
// ("CÔNG BÁO/Số 851 + 852/Ngày 01-7-2025" → "Số 851 + 852/Ngày 01-7-2025"),
// or "". folded is l folded and lower-cased.
func pdfGazetteOf(l, folded string) string {
	l = strings.TrimSpace(l)
	folded = strings.TrimSpace(folded)
	if !strings.HasPrefix(folded, "cong bao") {
		return ""
	}
	rest := strings.TrimSpace(folded[len("cong bao"):])
	rest = strings.TrimLeft(rest, "/-–: ")
	if !strings.HasPrefix(rest, "so") || !strings.Contains(rest, "ngay") {
		return ""
	}
	// the same rune count in l: skip "CÔNG BÁO" (8 runes) and separators
	rs := []rune(l)
	if len(rs) < 8 {
		return ""
	}
	out := strings.Fields(strings.TrimLeft(string(rs[8:]), "/-–: "))
	// the issue ends with the date after "Ngày"; a page number drawn on
	// the same line follows it
	for i, w := range out {
		f := vn.Fold(strings.ToLower(w))
		if strings.HasSuffix(f, "ngay") && i+1 < len(out) {
			out = out[:i+2]
			break
		}
		if strings.Contains(f, "ngay") && strings.ContainsAny(f, "0123456789") {
			out = out[:i+1]
			break
		}
	}
	return strings.Join(out, " ")
}

// pdfStripStamp blanks the lines of a signature stamp in a page and notes
// a signer's name.
func pdfStripStamp(lines []string, fu *pdfFurniture) {
	for i, l := range lines {
		f := vn.Fold(strings.ToLower(strings.TrimSpace(l)))
		head := pdfHasLabel(f, pdfStampHeads)
		if head == "" {
			continue
		}
		if fu.Signer == "" {
			fu.Signer = pdfPersonName(strings.TrimSpace(strings.TrimSpace(l)[pdfLabelLen(l, head):]))
		}
		lines[i] = ""
		// the labelled lines around it, blank lines between allowed
		for dir := -1; dir <= 1; dir += 2 {
			gap := 0
			for j := i + dir; j >= 0 && j < len(lines) && gap < 2; j += dir {
				t := strings.TrimSpace(lines[j])
				if t == "" {
					gap++
					continue
				}
				if pdfHasLabel(vn.Fold(strings.ToLower(t)), pdfStampLabels) == "" {
					break
				}
				lines[j] = ""
				gap = 0
			}
		}
	}
}

// pdfHasLabel returns the label of labels folded starts with, or "".
func pdfHasLabel(folded string, labels []string) string {
	for _, lb := range labels {
		if strings.HasPrefix(folded, lb) {
			return lb
		}
		// "Người ký : X" with a space before the colon
		if k := len(lb) - 1; strings.HasPrefix(folded, lb[:k]) && strings.HasPrefix(strings.TrimLeft(folded[k:], " "), ":") {
			return lb
		}
	}
	return ""
}

// pdfLabelLen is the byte length in l of its leading label (through the
// colon).
func pdfLabelLen(l, label string) int {
	l = strings.TrimSpace(l)
	if i := strings.IndexByte(l, ':'); i >= 0 {
		return i + 1
	}
	return len(l)
}

// pdfPersonName returns s when it reads as a person's name: two to six
// capitalized words of letters ("Nguyễn Văn An"), else "". Organizations
// are written in capitals or with lower-case words ("CỔNG THÔNG TIN ĐIỆN
// TỬ CHÍNH PHỦ", "Cổng Thông tin điện tử Chính phủ").
func pdfPersonName(s string) string {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 6 {
		return ""
	}
	for _, w := range ws {
		rs := []rune(w)
		if !unicode.IsUpper(rs[0]) {
			return ""
		}
		for _, r := range rs[1:] {
			if !unicode.IsLower(r) {
				return ""
			}
		}
	}
	return strings.Join(ws, " ")
}
