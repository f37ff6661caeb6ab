package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// parseDate reads a Vietnamese date at the start of s and returns it in ISO
// 8601, truncated to what is stated, with the number of bytes consumed.
// Accepted forms (day first, always):
//
//	ngày 02 tháng 6 năm 2020   → 2020-06-02
//	ngày   tháng 3 năm 2022    → 2022-03   (day left blank in a draft)
//	ngày 30/7/2021, 30-7-2021, 30.7.2021 → 2021-07-30
//	tháng 3/2022, tháng 3 năm 2022       → 2022-03
//	năm 2022                              → 2022
//
// The word "ngày" is optional before a numeric date. n is 0 when s does not
// start with a date.
func parseDate(s string) (iso string, n int) {
	p := dateScanner{s: s}
	p.space()
	if p.word("ngày") {
		p.space()
	}
	start := p.i
	// Numeric: d/m/yyyy with / - or . as separator.
	if d, ok := p.number(2); ok {
		sep := p.peek()
		if sep == '/' || sep == '-' || sep == '.' {
			p.i++
			if m, ok := p.number(2); ok && p.peek() == sep {
				p.i++
				if y, ok := p.number(4); ok {
					if v := isoDate(y, m, d); v != "" {
						return v, p.i
					}
				}
			}
		}
		// "ngày 02 tháng 6 năm 2020"
		p.space()
		if p.word("tháng") {
			return p.monthYear(d)
		}
		return "", 0
	}
	p.i = start
	if p.word("tháng") {
		return p.monthYear(0)
	}
	if p.word("năm") {
		p.space()
		if y, ok := p.number(4); ok && y >= 1900 {
			return fmt.Sprintf("%04d", y), p.i
		}
	}
	return "", 0
}

// isoDate formats a day-first date, or "" when it is not a calendar date.
func isoDate(y, m, d int) string {
	if y < 100 {
		y += 2000
	}
	if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dateScanner is a cursor over a date phrase.
type dateScanner struct {
	s string
	i int
}

func (p *dateScanner) peek() byte {
	if p.i < len(p.s) {
		return p.s[p.i]
	}
	return 0
}

// space skips blanks, tabs and the "…" or underscores of a blank day.
func (p *dateScanner) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '_', '.':
			p.i++
		default:
			if strings.HasPrefix(p.s[p.i:], "…") {
				p.i += len("…")
				continue
			}
			if strings.HasPrefix(p.s[p.i:], "\u00a0") {
				p.i += len("\u00a0") // no-break space of a docx
				continue
			}
			return
		}
	}
}

// word consumes w, case-insensitively, when it stands at the cursor followed
// by a non-letter.
func (p *dateScanner) word(w string) bool {
	rest := p.s[p.i:]
	if len(rest) < len(w) || !strings.EqualFold(rest[:len(w)], w) {
		return false
	}
	if len(rest) > len(w) {
		if r, _ := utf8.DecodeRuneInString(rest[len(w):]); unicode.IsLetter(r) {
			return false
		}
	}
	p.i += len(w)
	return true
}

// number consumes 1 to max digits.
func (p *dateScanner) number(max int) (int, bool) {
	v, n := 0, 0
	for p.i < len(p.s) && n < max && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		v = v*10 + int(p.s[p.i]-'0')
		p.i++
		n++
	}
	if n > 0 && p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		return 0, false // too many digits
	}
	return v, n > 0
}

// monthYear reads "6 năm 2020" or "6/2020" after "tháng"; day 0 means unknown.
func (p *dateScanner) monthYear(day int) (string, int) {
	p.space()
	save := p.i
	m, ok := p.number(2)
	if !ok && day == 0 {
		// "tháng      năm 2026": month left blank in a draft
		p.i = save
		if p.word("năm") {
			p.space()
			if y, ok := p.number(4); ok && y >= 1900 && y <= 2100 {
				return fmt.Sprintf("%04d", y), p.i
			}
		}
		return "", 0
	}
	if ok && (m < 1 || m > 12) {
		// "tháng 35 năm 2026" (OCR): the year alone is sure
		p.space()
		if p.word("năm") {
			p.space()
			if y, ok := p.number(4); ok && y >= 1900 && y <= 2100 {
				return fmt.Sprintf("%04d", y), p.i
			}
		}
		return "", 0
	}
	if !ok {
		return "", 0
	}
	if p.peek() == '/' || p.peek() == '-' {
		p.i++
	} else {
		p.space()
		if !p.word("năm") {
			return "", 0
		}
		p.space()
	}
	y, ok := p.number(4)
	if !ok || y < 1900 || y > 2100 {
		return "", 0
	}
	if day == 0 {
		return fmt.Sprintf("%04d-%02d", y, m), p.i
	}
	if v := isoDate(y, m, day); v != "" {
		return v, p.i
	}
	return fmt.Sprintf("%04d-%02d", y, m), p.i
}
