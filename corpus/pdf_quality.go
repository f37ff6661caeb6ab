package corpus

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// Quality floors of a PDF's text layer.
const (
	pdfMinLettersPerPage = 25   // fewer letters per page: no text layer (a scan)
	pdfMinShare          = 0.55 // fewer valid syllables among the words: mojibake
	pdfMinWords          = 12   // below this many words the share says nothing
)

// pdfQuality scores the text of a PDF: how many letters per page and which
// share of its words are Vietnamese syllables.
type pdfQuality struct {
	pages, letters, words, valid int
	share                        float64
}

// ok reports whether the text is usable.
func (q pdfQuality) ok() bool {
	if q.pages == 0 || q.letters < pdfMinLettersPerPage*q.pages && q.letters < 400 {
		return false
	}
	return q.words < pdfMinWords || q.share >= pdfMinShare
}

// reason names why a text layer failed the check.
func (q pdfQuality) reason() string {
	if q.letters < pdfMinLettersPerPage*q.pages && q.letters < 400 {
		return "no text layer, a scan"
	}
	return "mojibake: a broken font encoding or a poor OCR layer"
}

// String describes the score for a message.
func (q pdfQuality) String() string {
	return fmt.Sprintf("%d pages, %d letters, %.0f%% of %d words are Vietnamese syllables", q.pages, q.letters, 100*q.share, q.words)
}

// pdfJudge scores pages of text, after the legacy-font repair pdfJoin
// applies.
func pdfJudge(pages pdfPages) pdfQuality {
	text, _ := pdfJoin(pages)
	q := pdfQuality{pages: len(pages)}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) {
		n := utf8.RuneCountInString(w)
		q.letters += n
		if n < 2 && w[0] < utf8.RuneSelf {
			continue // "a)", initials
		}
		q.words++
		if vn.IsCommon(strings.ToLower(w)) || vn.IsSyllable(w) {
			q.valid++
		}
	}
	if q.words > 0 {
		q.share = float64(q.valid) / float64(q.words)
	}
	return q
}
