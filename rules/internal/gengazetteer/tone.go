package main

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// oldStyle maps a new-style ("kiểu mới") open syllable ending to the old
// style used across vanban's rules: hoà → hòa, thuỷ → thủy, khoẻ → khỏe.
var oldStyle = map[string]string{
	"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
	"oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
	"uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
	"Oà": "Òa", "Oá": "Óa", "Oả": "Ỏa", "Oã": "Õa", "Oạ": "Ọa",
	"Uỳ": "Ùy", "Uý": "Úy", "Uỷ": "Ủy", "Uỹ": "Ũy", "Uỵ": "Ụy",
}

// toOldStyle rewrites the syllables of s whose tone mark sits on the second
// vowel of an open oa/oe/uy ending. "Hoàng" (closed) and "Quý" (qu is a
// consonant) are left alone.
func toOldStyle(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r1, n1 := utf8.DecodeRuneInString(s[i:])
		if i+n1 < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[i+n1:])
			pair := string(r1) + string(r2)
			if rep, ok := oldStyle[pair]; ok {
				next, _ := utf8.DecodeRuneInString(s[i+n1+n2:])
				prev, _ := utf8.DecodeLastRuneInString(s[:i])
				open := i+n1+n2 >= len(s) || !unicode.IsLetter(next)
				qu := (r1 == 'u' || r1 == 'U') && (prev == 'q' || prev == 'Q')
				if open && !qu {
					b.WriteString(rep)
					i += n1 + n2
					continue
				}
			}
		}
		b.WriteRune(r1)
		i += n1
	}
	return b.String()
}
