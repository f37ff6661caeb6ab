package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/vanban/vanban/rules"
)

// Input is what extraction reads: normalized text (NFC, one tone-mark style,
// markup stripped, lines repaired) and what the reader learned on the side.
type Input struct {
	Text   string
	Source Source
	Hints  Hints
}

// Hints are metadata found beside the text: the table of a legal-database
// page, a PDF's signature stamp or gazette running head. They fill gaps in
// what the body says and are cross-checked against it. Empty means unknown.
type Hints struct {
	Number        string // Số hiệu: "3853/KH-UBND"
	DocType       string // Loại văn bản: "Kế hoạch"
	Issuer        string // Cơ quan ban hành / Nơi ban hành: "Tỉnh Bình Dương"
	Signer        string // Người ký: "Nguyễn Lộc Hà"
	Date          string // Ngày ban hành as written: "29/07/2022"
	EffectiveDate string // Ngày có hiệu lực as written
	Status        string // Tình trạng: "Còn hiệu lực"
	Field         string // Lĩnh vực: "Văn hóa - Xã hội"
	Title         string // the page's title of the document
	Gazette       string // Công báo issue and date: "Số 851 + 852/Ngày 01-7-2025"
}

// Extractor turns normalized text into a Document using one rule set. It is
// safe for concurrent use.
type Extractor struct {
	rules *rules.Set
	hdr   *headerRules
	cite  *citeRules
	tgt   *targetRules
	ag    *agencyRules
}

// New compiles r into an Extractor.
func New(r *rules.Set) *Extractor {
	return &Extractor{
		rules: r,
		hdr:   newHeaderRules(r),
		cite:  newCiteRules(r),
		tgt:   newTargetRules(r),
		ag:    newAgencyRules(r),
	}
}

// ID returns the document id of a normalized text: the first 16 hex digits
// of its SHA-256.
func ID(text string) string {
	// Hashed through a small buffer: []byte(text) would copy the whole text.
	h := sha256.New()
	var buf [1024]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		h.Write(buf[:n])
		text = text[n:]
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:8])
}

// Extract builds the Document for in. It never fails; what it cannot decide
// is left empty or reported in Warnings.
func (e *Extractor) Extract(in Input) Document {
	t := newText(in.Text)
	t.paragraphs = in.Source.Format == "docx" || in.Source.Format == "html"
	d := Document{ID: ID(in.Text), Source: in.Source}
	e.header(t, in.Hints, &d)
	d.Citations = e.citations(t, &d)
	d.Period, d.Targets = e.targets(t, &d)
	d.Agencies = e.agencies(t, &d)
	d.Normalize()
	return d
}

// text is the normalized text split into lines, shared by the finders.
type text struct {
	s     string
	lines []line
	secs  []Section
	// paragraphs: each line is a whole paragraph or table cell (docx,
	// html), never a line a PDF or a text converter wrapped
	paragraphs bool
}

// line is one line of text: s[Start:End], without its newline.
type line struct {
	Start, End int
}

func newText(s string) *text {
	t := &text{s: s}
	start := 0
	for start <= len(s) {
		end := strings.IndexByte(s[start:], '\n')
		if end < 0 {
			t.lines = append(t.lines, line{start, len(s)})
			break
		}
		t.lines = append(t.lines, line{start, start + end})
		start += end + 1
	}
	t.secs = findSections(t)
	return t
}

// line returns the text of line i.
func (t *text) line(i int) string { return t.s[t.lines[i].Start:t.lines[i].End] }
