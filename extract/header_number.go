package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// hdrNumber reads a number line: "Số: 1960/KH-UBND", "Số: /KH-UBND" (a
// draft left blank), "Số: 1132 /UBND-VX", "Số: 162/2026/NĐ-CP" (normative:
// the year is not part of the symbol), "Số 05-NQ/ĐU" (Party form, no
// colon). ok is false when s is not a number line.
func hdrNumber(s string) (Number, bool) {
	i, ok := hdrAfterSo(s)
	if !ok {
		return Number{}, false
	}
	// blanks of a draft: spaces, dots, underscores, ellipses
	for i < len(s) {
		if c := s[i]; c == ' ' || c == '.' || c == '_' || c == '\t' {
			i++
		} else if strings.HasPrefix(s[i:], "…") {
			i += len("…")
		} else {
			break
		}
	}
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' && j > i && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
		j++ // "66.18/2026/NQ-CP"
	}
	num := s[i:j]
	if j-i == 1 {
		// OCR spaces the digits of a letter-spaced number: "Số:8 5 2 0/BCT-KHCN"
		spaced := []byte{s[i]}
		for j+2 <= len(s) && s[j] == ' ' && hdrDigit(s[j+1]) && (j+2 == len(s) || !hdrDigit(s[j+2])) {
			spaced = append(spaced, s[j+1])
			j += 2
		}
		num = string(spaced)
	}
	if len(num) > 6 {
		return Number{}, false
	}
	k := j
	for k < len(s) && (s[k] == ' ' || s[k] == '.' || s[k] == '_') {
		k++
	}
	if k >= len(s) || (s[k] != '/' && s[k] != '-') {
		return Number{}, false
	}
	sep := s[k]
	k++
	for k < len(s) && s[k] == ' ' {
		k++
	}
	year := ""
	if sep == '/' && k+5 <= len(s) && hdrDigits(s[k:k+4]) && s[k+4] == '/' {
		year = s[k : k+4]
		k += 5
	}
	e := k
	for e < len(s) {
		if strings.HasPrefix(s[e:], " - ") && e > k {
			e += 3 // "QĐ - SCT"
			continue
		}
		r, n := utf8.DecodeRuneInString(s[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '/' || r == '&' || r == '.' {
			e += n
			continue
		}
		break
	}
	sym := strings.ReplaceAll(strings.TrimRight(s[k:e], ".-/ "), " - ", "-")
	if !hdrSymbolOK(sym) {
		return Number{}, false
	}
	if sep == '-' && !strings.Contains(sym, "/") {
		return Number{}, false // "Số 3-4 …" is not a number
	}
	n := Number{Num: num, Symbol: sym}
	switch {
	case year != "":
		n.Text = num + "/" + year + "/" + sym
	default:
		n.Text = num + string(sep) + sym
	}
	return n, true
}

// hdrAfterSo returns the offset after "Số" and an optional colon when s
// starts with it.
func hdrAfterSo(s string) (int, bool) {
	r1, n1 := utf8.DecodeRuneInString(s)
	r2, n2 := utf8.DecodeRuneInString(s[n1:])
	if vn.FoldRune(r1) != 's' || vn.FoldRune(r2) != 'o' {
		return 0, false
	}
	i := n1 + n2
	if i < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			return 0, false // "Sở", "Số hiệu"
		}
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i < len(s) && s[i] == ':' {
		i++
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	// "Số: số /QĐ-XPVPHC": OCR or a template repeats the word
	if j := i + len("số"); j < len(s) && (strings.HasPrefix(s[i:], "số") || strings.HasPrefix(s[i:], "Số")) && (s[j] == ' ' || s[j] == '/') {
		i = j
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	return i, true
}

// hdrDigit reports whether c is an ASCII digit.
func hdrDigit(c byte) bool { return c >= '0' && c <= '9' }

func hdrDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// hdrSymbolOK reports whether sym looks like a ký hiệu: mostly capitals.
func hdrSymbolOK(sym string) bool {
	up, low := 0, 0
	for _, r := range sym {
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
	}
	return up >= 2 && low <= up
}
