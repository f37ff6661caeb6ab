package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTable maps every precomposed Latin letter in U+00C0–U+024F and
// U+1E00–U+1EFF to its lower-case base letter; đ and Đ map to d. It is built
// once and never written again.
var foldTable = func() map[rune]rune {
	m := make(map[rune]rune, 600)
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			d := norm.NFD.String(string(r))
			base, _ := utf8.DecodeRuneInString(d)
			if base < utf8.RuneSelf {
				m[r] = unicode.ToLower(base)
			}
		}
	}
	add(0xC0, 0x24F)
	add(0x1E00, 0x1EFF)
	for _, r := range "đĐðÐ" {
		m[r] = 'd'
	}
	return m
}()

// FoldRune returns r lower-cased with its diacritics removed (đ→d). Combining
// marks fold to -1 (drop them).
func FoldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if f, ok := foldTable[r]; ok {
		return f
	}
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	return unicode.ToLower(r)
}

// Fold returns s lower-cased and without diacritics, with đ→d: "Ủy ban nhân
// dân tỉnh Đắk Lắk" → "uy ban nhan dan tinh dak lak". It maps rune by rune,
// so it works on NFC and NFD input alike, and the result is ASCII for
// Vietnamese text.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f := FoldRune(r); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}
