package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FoldRune returns r lower-cased with its diacritics removed (đ→d). Combining
// marks fold to -1 (drop them).
func FoldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if li, ok := letterOf(r); ok {
		if li.fold != 0 {
			return li.fold
		}
		return li.lower
	}
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	return unicode.ToLower(r)
}

// Fold returns s lower-cased and without diacritics, with đ→d: "Ủy ban nhân
// dân tỉnh Đắk Lắk" → "uy ban nhan dan tinh dak lak". It maps rune by rune,
// so it works on NFC and NFD input alike, and the result is ASCII for
// Vietnamese text. Text that is already folded is returned as is.
func Fold(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if f := FoldRune(r); f >= 0 {
			if f < utf8.RuneSelf {
				b.WriteByte(byte(f))
			} else {
				b.WriteRune(f)
			}
		}
	}
	return b.String()
}
