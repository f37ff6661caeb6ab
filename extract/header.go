package extract

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// headerRules is the compiled form of the rules the header, issuer and
// signature finders use. It is immutable.
type headerRules struct {
	rules       *rules.Set
	gaz         *rules.Gazetteer
	docTypeFold []string // folded names of document types, parallel to docTypeName
	docTypeName []string
	heads       []hdrHead         // issuer head words, longest first
	abbr        map[string]string // abbreviation as written → full form
	prefixes    []sigPrefix       // authority prefixes, longest first
	titles      []sigTitle        // signer titles, longest first
	ranks       []string          // lower-case ranks and degrees before a name, without dots and spaces, longest first
	proper      [][]string        // full forms with their capitals ("Sở Công Thương"), as words
	properFold  [][]string        // the same, folded
}

// hdrHead is a compiled issuers.tsv row.
type hdrHead struct {
	fold       string
	lower      string // lower case with accents
	level      string
	kind       string
	onlyParent bool
	named      bool // a proper name follows the head
	ofParent   bool // named with its parent's full name
	field      bool // the words after it name a field: "Sở Giáo dục và Đào tạo"
}

// sigPrefix is a compiled authority prefix: "kt" for "KT.", "t/m" for "T/M".
type sigPrefix struct {
	fold      string // folded, without dots and spaces
	canonical string
}

// sigTitle is a compiled signer title.
type sigTitle struct {
	fold      string
	canonical string
	deputy    string
}

func newHeaderRules(r *rules.Set) *headerRules {
	h := &headerRules{rules: r, gaz: r.Gazetteer, abbr: map[string]string{}}
	for _, d := range r.DocTypes {
		h.docTypeFold = append(h.docTypeFold, vn.Fold(d.Name))
		h.docTypeName = append(h.docTypeName, d.Name)
	}
	// longer title words of a type: "CHƯƠNG TRÌNH HÀNH ĐỘNG" is a Chương trình
	for _, w := range r.CiteWords {
		if fw, fv := vn.Fold(w.Word), vn.Fold(w.Value); w.Kind == rules.CiteWordType && strings.HasPrefix(fw, fv+" ") {
			h.docTypeFold = append(h.docTypeFold, fw)
			h.docTypeName = append(h.docTypeName, w.Value)
		}
	}
	for _, x := range r.IssuerHeads {
		h.heads = append(h.heads, hdrHead{fold: vn.Fold(x.Head), lower: strings.ToLower(x.Head), level: x.Level, kind: x.Kind, onlyParent: x.OnlyParent, named: x.Named, ofParent: x.OfParent, field: x.Field})
	}
	sort.SliceStable(h.heads, func(i, j int) bool { return len(h.heads[i].fold) > len(h.heads[j].fold) })
	for _, a := range r.Abbreviations {
		if _, dup := h.abbr[a.Abbr]; !dup {
			h.abbr[a.Abbr] = a.Full
		}
		if w := strings.Fields(a.Full); len(w) >= 2 && hdrUnitTypeLen(w) != len(w) && hdrInnerCapital(w) {
			h.proper = append(h.proper, w)
			h.properFold = append(h.properFold, strings.Fields(vn.Fold(a.Full)))
		}
	}
	for _, a := range r.Agencies {
		if w := strings.Fields(a.Name); len(w) >= 2 {
			h.proper = append(h.proper, w)
			h.properFold = append(h.properFold, strings.Fields(vn.Fold(a.Name)))
		}
	}
	for _, a := range r.Authorities {
		if a.Kind == rules.KindTitle {
			h.titles = append(h.titles, sigTitle{fold: vn.Fold(a.Prefix), canonical: a.Canonical, deputy: a.Deputy})
			continue
		}
		if a.Kind == rules.KindRank {
			h.ranks = append(h.ranks, sigSquash(strings.ToLower(a.Prefix)))
			continue
		}
		h.prefixes = append(h.prefixes, sigPrefix{fold: sigSquash(vn.Fold(a.Prefix)), canonical: a.Canonical})
	}
	sort.SliceStable(h.prefixes, func(i, j int) bool { return len(h.prefixes[i].fold) > len(h.prefixes[j].fold) })
	sort.SliceStable(h.titles, func(i, j int) bool { return len(h.titles[i].fold) > len(h.titles[j].fold) })
	sort.SliceStable(h.ranks, func(i, j int) bool { return len(h.ranks[i]) > len(h.ranks[j]) })
	return h
}

// hdrInnerCapital reports whether a word after the first is capitalized:
// "Sở Công Thương" is a proper name, "Xây dựng" a common phrase.
func hdrInnerCapital(words []string) bool {
	for _, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// header fills doc_type, number, title, issued, issuer, field, signers and
// recipients. Hints fill what the text lacks; disagreements become warnings.
func (e *Extractor) header(t *text, in Hints, d *Document) {
	r := e.hdr
	hints, metaFrom := r.rawHints(t, in)
	h := r.scanHeader(t)

	// number
	if h.number != nil {
		n := *h.number
		d.Number = &n
	}
	if hints.Number != "" {
		if hn, ok := hdrNumber("Số: " + strings.TrimSpace(hints.Number)); ok {
			if d.Number == nil {
				d.Number = &hn
			} else if hn.Num != "" && !strings.EqualFold(hn.Text, d.Number.Text) {
				d.Warnings = append(d.Warnings, fmt.Sprintf("metadata number %q disagrees with the document's %q", hn.Text, d.Number.Text))
			}
		}
	}

	// A consolidated text (văn bản hợp nhất) carries the type and title of
	// the text it consolidates; its own number and date stand in the
	// authentication block at the end ("XÁC THỰC VĂN BẢN HỢP NHẤT").
	if name, ok := r.consolidated(t, &h); ok {
		h.docType = name
		if n, date, place, agencies, ok := r.authentication(t); ok {
			d.Number, h.date, h.place = &n, date, place
			if len(h.agencies) == 0 {
				h.agencies = agencies
			}
		}
	}

	// document type
	d.DocType = h.docType
	symType := r.symbolDocType(d.Number)
	switch {
	case d.DocType == "" && h.vv:
		d.DocType = "Công văn"
	case d.DocType == "" && symType != "":
		d.DocType = symType
	case d.DocType == "" && hints.DocType != "":
		d.DocType = hints.DocType
	}
	if h.docType != "" && symType != "" && symType != "Công văn" && vn.Fold(symType) != vn.Fold(h.docType) {
		d.Warnings = append(d.Warnings, fmt.Sprintf("title word %q disagrees with the symbol's type %q", h.docType, symType))
	}
	if hints.DocType != "" && d.DocType != "" && vn.Fold(hints.DocType) != vn.Fold(d.DocType) {
		d.Warnings = append(d.Warnings, fmt.Sprintf("metadata type %q disagrees with the document's %q", hints.DocType, d.DocType))
	}

	// date and place
	d.Issued.Date, d.Issued.Place = h.date, h.place
	if hints.Date != "" {
		if hd, n := parseDate(hints.Date); n > 0 {
			switch {
			case d.Issued.Date == "":
				d.Issued.Date = hd
			case !strings.HasPrefix(hd, d.Issued.Date) && !strings.HasPrefix(d.Issued.Date, hd):
				d.Warnings = append(d.Warnings, fmt.Sprintf("metadata date %s disagrees with the document's %s", hd, d.Issued.Date))
			}
		}
	}

	// title
	d.Title = hdrJoinTitle(h.title)
	if d.Title == "" && hints.Title != "" {
		d.Title = hdrCleanPageTitle(hints.Title)
	}

	if d.Issued.Date == "" && h.place == "" {
		// minutes and certificates put "Lào Cai, ngày …" above the signatures
		if place, date := r.closingPlaceDate(t); date != "" {
			d.Issued.Date, d.Issued.Place = date, place
			h.place = place
		}
	}
	r.issuer(t, &h, hints, d)

	// closing block
	end := len(t.lines)
	if metaFrom > 0 {
		end = metaFrom
	}
	sigs, noiNhan := r.signers(t, min(h.last+1, end), end)
	d.Recipients = append(d.Recipients, h.recipients...)
	if noiNhan >= 0 {
		for _, item := range recipientsNoiNhan(t, noiNhan) {
			if item = r.recTrimColumn(item); item != "" {
				d.Recipients = append(d.Recipients, item)
			}
		}
	}
	d.Signers = r.mergeSignerHint(sigs, hints.Signer, d)
	d.Field = hints.Field
}

// symbolDocType returns the document type the symbol names ("KH-UBND" →
// Kế hoạch, "NQ/ĐU" → Nghị quyết), "Công văn" when the symbol has no type
// code ("UBND-VX"), or "" without a symbol.
func (r *headerRules) symbolDocType(n *Number) string {
	if n == nil || n.Symbol == "" {
		return ""
	}
	sym := n.Symbol
	kind := rules.KindState
	code := sym
	if k := strings.IndexAny(sym, "-/"); k >= 0 {
		code = sym[:k]
		if sym[k] == '/' {
			kind = rules.KindParty
		}
	}
	if dt, ok := r.rules.DocTypeBySymbol(code, kind); ok {
		return dt.Name
	}
	if kind == rules.KindState && strings.Contains(sym, "-") {
		return "Công văn"
	}
	return ""
}

// hdrJoinTitle joins the trích yếu lines; an all-capitals title is turned
// into sentence case.
func hdrJoinTitle(lines []string) string {
	s := strings.Join(lines, " ")
	s = strings.Join(strings.Fields(s), " ")
	if hdrIsUpper(s) {
		words := strings.Fields(s)
		for i, w := range words {
			if strings.ContainsAny(w, "0123456789/") {
				continue // "193/2025/NĐ-CP" keeps its capitals
			}
			words[i] = strings.ToLower(w)
		}
		s = hdrCapitalize(strings.Join(words, " "))
	}
	if !hdrHasWord(strings.TrimPrefix(strings.TrimPrefix(s, "V/v"), "v/v")) {
		return "" // a template's "V/v ………………"
	}
	return s
}

// hdrHasWord reports whether s holds a word of two letters or more.
func hdrHasWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
			if n >= 2 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// hdrCleanPageTitle drops the "Kế hoạch 3853/KH-UBND năm 2022 " lead of a
// legal-database page title.
func hdrCleanPageTitle(s string) string {
	s = strings.TrimSpace(s)
	f := vn.Fold(s)
	if i := strings.Index(f, " nam "); i >= 0 && i < 60 && i+9 <= len(f) && hdrDigits(f[i+5:i+9]) && strings.Contains(f[:i], "/") {
		// f and s have the same word count; cut by words
		nw := len(strings.Fields(f[:i+9]))
		return strings.Join(strings.Fields(s)[nw:], " ")
	}
	return s
}

// consolidated reports whether t is a consolidated text: a line above the
// title is the name of the type whose symbol is VBHN ("VĂN BẢN HỢP NHẤT",
// "VĂN BẢN HỢP NHẤT -"), or the authentication block above the signature
// names it; it returns that type's name.
func (r *headerRules) consolidated(t *text, h *hdrScan) (string, bool) {
	name := ""
	for _, dt := range r.rules.DocTypes {
		if dt.Symbol == "VBHN" {
			name = dt.Name
		}
	}
	if name == "" {
		return "", false
	}
	want := vn.Fold(name)
	for i := 0; i < len(t.lines) && i <= h.last && i < hdrConsolidatedReach; i++ {
		if !hdrMayNameConsolidated(t.line(i)) {
			continue
		}
		for _, c := range hdrCells(t.line(i)) {
			if strings.TrimRight(vn.Fold(c), " -–") == want {
				return name, true
			}
		}
	}
	// the gazette page that named it may be lost: "XÁC THỰC VĂN BẢN HỢP
	// NHẤT" above the signature says it too
	for i := max(0, len(t.lines)-sigTail); i < len(t.lines); i++ {
		if !hdrMayNameConsolidated(t.line(i)) {
			continue
		}
		for _, c := range hdrCells(t.line(i)) {
			if vn.Fold(c) == "xac thuc "+want {
				return name, true
			}
		}
	}
	return "", false
}

// hdrMayNameConsolidated is a cheap test before cutting and folding a
// line: the last words of "văn bản hợp nhất" as they are written.
func hdrMayNameConsolidated(line string) bool {
	for _, w := range [...]string{"NHẤT", "nhất", "NHAT", "nhat"} {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// hdrConsolidatedReach is how many lines from the top the name of a
// consolidated text may stand (below a gazette's running head).
const hdrConsolidatedReach = 20

// authentication reads the number, date and place of a consolidated text
// from its authentication block among the last lines of t ("Số:
// 462/VBHN-BLĐTBXH    Hà Nội, ngày 10 tháng 02 năm 2025"), and the
// capitals of the body that authenticates it, above the number.
func (r *headerRules) authentication(t *text) (n Number, date, place string, agencies []string, ok bool) {
	from := max(0, len(t.lines)-sigTail)
	for i := len(t.lines) - 1; i >= from; i-- {
		for _, c := range hdrCells(t.line(i)) {
			num, isNum := hdrNumber(c)
			if !isNum || !strings.HasPrefix(num.Symbol, "VBHN") {
				continue
			}
			// the body: capitals in the lines just above, but the block's title
			for j := max(from, i-5); j < i; j++ {
				for _, c := range hdrCells(t.line(j)) {
					if hdrIsUpper(c) && !strings.HasPrefix(vn.Fold(c), "xac thuc") {
						agencies = append(agencies, c)
					}
				}
			}
			// the date on the same line, or within the next two
			for j := i; j < len(t.lines) && j <= i+2; j++ {
				for _, c := range hdrCells(t.line(j)) {
					if p, d, ok := hdrPlaceDate(c); ok && d != "" {
						return num, d, p, agencies, true
					}
				}
			}
			return num, "", "", agencies, true
		}
	}
	return Number{}, "", "", nil, false
}

// closingPlaceDate looks for the place and date line in the last lines of
// t, where minutes (biên bản) and certificates write it.
func (r *headerRules) closingPlaceDate(t *text) (place, date string) {
	from := max(0, len(t.lines)-sigTail)
	for i := len(t.lines) - 1; i >= from; i-- {
		line := t.line(i)
		if len(line) > 200 || hdrIndexNgay(line) < 0 {
			continue
		}
		for _, c := range hdrCells(line) {
			if p, d, ok := hdrPlaceDate(c); ok && p != "" {
				return p, d
			}
		}
	}
	return "", ""
}
