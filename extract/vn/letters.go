package vn

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// letterInfo is a letter split into its toneless letter (which keeps the
// roof, breve or horn and the case), that letter in lower case, and its
// tone mark.
type letterInfo struct {
	base  rune // toneless letter, case kept: "Ấ" → 'Â'
	lower rune // toneless, lower case: "Ấ" → 'â'
	tone  rune // combining tone mark or 0
	fold  rune // lower-case ASCII base letter, đ → d; 0 when none
}

// The two blocks of precomposed Latin letters Vietnamese uses.
const (
	latLo, latHi = 0xC0, 0x24F
	vieLo, vieHi = 0x1E00, 0x1EFF
)

// letterTabs hold the letterInfo of every letter in the two blocks (zero
// for non-letters) and the reverse map from toneless letter and tone to
// the precomposed letter. Built once, never written again.
var latTab, vieTab, toneJoin = func() (*[latHi - latLo + 1]letterInfo, *[vieHi - vieLo + 1]letterInfo, map[[2]rune]rune) {
	lat := new([latHi - latLo + 1]letterInfo)
	vie := new([vieHi - vieLo + 1]letterInfo)
	join := make(map[[2]rune]rune, 300)
	fill := func(lo, hi rune, tab []letterInfo) {
		for r := lo; r <= hi; r++ {
			if !unicode.IsLetter(r) {
				continue
			}
			d := []rune(norm.NFD.String(string(r)))
			li := letterInfo{base: r, lower: unicode.ToLower(r)}
			if d[0] < utf8.RuneSelf {
				li.fold = unicode.ToLower(d[0])
			}
			if r == 'đ' || r == 'Đ' || r == 'ð' || r == 'Ð' {
				li.fold = 'd'
			}
			var tone rune
			tones := 0
			rest := d[:0:0]
			for _, m := range d {
				switch m {
				case toneGrave, toneAcute, toneTilde, toneHook, toneDot:
					tone = m
					tones++
				default:
					rest = append(rest, m)
				}
			}
			if base := []rune(norm.NFC.String(string(rest))); tones == 1 && len(base) == 1 && isVowelBase(unicode.ToLower(base[0])) {
				li.base, li.lower, li.tone = base[0], unicode.ToLower(base[0]), tone
				join[[2]rune{base[0], tone}] = r
			}
			tab[r-lo] = li
		}
	}
	fill(latLo, latHi, lat[:])
	fill(vieLo, vieHi, vie[:])
	return lat, vie, join
}()

// letterOf returns the parts of letter r; ok is false when r is no letter.
func letterOf(r rune) (letterInfo, bool) {
	switch {
	case r < utf8.RuneSelf:
		c := byte(r)
		if !isASCIILetter(c) {
			return letterInfo{}, false
		}
		return letterInfo{base: r, lower: rune(c | 0x20), fold: rune(c | 0x20)}, true
	case r >= latLo && r <= latHi:
		li := latTab[r-latLo]
		return li, li.base != 0
	case r >= vieLo && r <= vieHi:
		li := vieTab[r-vieLo]
		return li, li.base != 0
	case unicode.IsLetter(r):
		return letterInfo{base: r, lower: unicode.ToLower(r)}, true
	}
	return letterInfo{}, false
}

// isVowelBase reports whether r (lower case, toneless) is a Vietnamese vowel.
func isVowelBase(r rune) bool {
	switch r {
	case 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y':
		return true
	}
	return false
}
