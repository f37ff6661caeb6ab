package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold mirrors score.py's fold: NFC, đ→d, combining marks dropped, quotes
// unified to ", en and em dashes to -, white space collapsed, lower case.
// With strict set the marks are kept (accent-sensitive comparison).
func fold(s string, strict bool) string {
	s = norm.NFC.String(s)
	if !strict {
		s = strings.NewReplacer("đ", "d", "Đ", "D").Replace(s)
		s = norm.NFD.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case !strict && unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = true
			continue
		case strings.ContainsRune("“”„\"'‘’", r):
			r = '"'
		case r == '–' || r == '—':
			r = '-'
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	out := b.String()
	if strict {
		out = norm.NFC.String(out)
	}
	return out
}

// canonID mirrors score.py's canon_id: NFC, no white space, upper case.
func canonID(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	for _, r := range s {
		if !unicode.IsSpace(r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}
