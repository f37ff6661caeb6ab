package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Tone marks as combining runes; 0 is the level tone (no mark).
const (
	toneGrave = '\u0300'
	toneAcute = '\u0301'
	toneTilde = '\u0303'
	toneHook  = '\u0309'
	toneDot   = '\u0323'
)

// letterInfo is a precomposed letter split into its toneless letter (which
// keeps the roof, breve or horn) and its tone mark.
type letterInfo struct {
	base rune // toneless letter, case kept: "Ấ" → 'Â'
	tone rune // combining tone mark or 0
}

// toneTables are built once and never written again.
var toneSplit, toneJoin = func() (map[rune]letterInfo, map[[2]rune]rune) {
	split := make(map[rune]letterInfo, 300)
	join := make(map[[2]rune]rune, 300)
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			d := []rune(norm.NFD.String(string(r)))
			if len(d) < 2 {
				continue
			}
			var tone rune
			rest := d[:0:0]
			for _, m := range d {
				switch m {
				case toneGrave, toneAcute, toneTilde, toneHook, toneDot:
					tone = m
				default:
					rest = append(rest, m)
				}
			}
			if tone == 0 {
				continue
			}
			base := []rune(norm.NFC.String(string(rest)))
			if len(base) != 1 || !isVowelBase(unicode.ToLower(base[0])) {
				continue
			}
			split[r] = letterInfo{base[0], tone}
			join[[2]rune{base[0], tone}] = r
		}
	}
	add(0xC0, 0x1B0)
	add(0x1EA0, 0x1EF9)
	return split, join
}()

// isVowelBase reports whether r (lower case, toneless) is a Vietnamese vowel.
func isVowelBase(r rune) bool {
	switch r {
	case 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y':
		return true
	}
	return false
}

// vnOnsets are the initial consonants of Vietnamese syllables.
var vnOnsets = map[string]bool{
	"": true, "b": true, "c": true, "ch": true, "d": true, "đ": true, "g": true, "gh": true,
	"gi": true, "h": true, "k": true, "kh": true, "l": true, "m": true, "n": true, "ng": true,
	"ngh": true, "nh": true, "p": true, "ph": true, "qu": true, "r": true, "s": true, "t": true,
	"th": true, "tr": true, "v": true, "x": true,
}

// vnCodas are the final consonants of Vietnamese syllables.
var vnCodas = map[string]bool{
	"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true,
}

// vnNuclei are the vowel clusters (with glides) of Vietnamese syllables.
var vnNuclei = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Fields(`a ă â e ê i o ô ơ u ư y
		ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê oo ôô
		iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu uai uao`) {
		m[s] = true
	}
	return m
}()

// syllable is one parsed word: lower-case toneless letters split into onset,
// vowel cluster and coda, with the positions of the cluster in the word.
type syllable struct {
	letters  []rune // toneless, case kept
	lower    []rune // toneless, lower case
	tone     rune   // the single tone mark, 0 if none
	tones    int    // how many letters carried a tone
	vStart   int    // index of the first letter of the vowel cluster
	vEnd     int    // index after the cluster
	onset    string // lower-case onset
	nucleus  string // lower-case vowel cluster
	coda     string // lower-case coda
	parsedOK bool
}

// parseSyllable splits word (NFC letters) into its parts. ok is false when
// word holds anything but letters.
func parseSyllable(word string, s *syllable) {
	s.letters = s.letters[:0]
	s.lower = s.lower[:0]
	s.tone, s.tones, s.parsedOK = 0, 0, false
	for _, r := range word {
		if li, ok := toneSplit[r]; ok {
			s.tone = li.tone
			s.tones++
			r = li.base
		}
		if !unicode.IsLetter(r) {
			return
		}
		s.letters = append(s.letters, r)
		s.lower = append(s.lower, unicode.ToLower(r))
	}
	n := len(s.lower)
	i := 0
	for i < n && !isVowelBase(s.lower[i]) {
		i++
	}
	if i == n {
		return
	}
	// qu and gi are onsets: the u of qu, the i of gi when a vowel follows.
	if i == 1 && s.lower[0] == 'q' && s.lower[1] == 'u' && n > 2 {
		i = 2
	} else if i == 1 && s.lower[0] == 'g' && s.lower[1] == 'i' && n > 2 && isVowelBase(s.lower[2]) {
		i = 2
	}
	j := i
	for j < n && isVowelBase(s.lower[j]) {
		j++
	}
	s.vStart, s.vEnd = i, j
	s.onset = string(s.lower[:i])
	s.nucleus = string(s.lower[i:j])
	s.coda = string(s.lower[j:])
	s.parsedOK = true
}

// valid reports whether the parsed word is a Vietnamese syllable.
func (s *syllable) valid() bool {
	if !s.parsedOK || s.tones > 1 || !vnOnsets[s.onset] || !vnNuclei[s.nucleus] || !vnCodas[s.coda] {
		return false
	}
	switch s.coda {
	case "c", "ch", "p", "t": // stop codas take only sắc or nặng
		return s.tone == 0 || s.tone == toneAcute || s.tone == toneDot
	}
	return true
}

// tonePos returns the index in s.letters where the old ("hòa, thủy") style
// puts the tone.
func (s *syllable) tonePos() int {
	v := s.lower[s.vStart:s.vEnd]
	switch len(v) {
	case 1:
		return s.vStart
	}
	for k, r := range v {
		if r == 'â' || r == 'ê' || r == 'ô' {
			return s.vStart + k
		}
	}
	for k, r := range v {
		if r == 'ư' && k+1 < len(v) && v[k+1] == 'ơ' {
			return s.vStart + k + 1
		}
	}
	for k, r := range v {
		if r == 'ă' || r == 'ơ' || r == 'ư' {
			return s.vStart + k
		}
	}
	if len(v) == 3 {
		return s.vStart + 1
	}
	if s.coda != "" {
		return s.vStart + 1
	}
	return s.vStart
}

// IsSyllable reports whether word is a well-formed Vietnamese syllable
// (onset, vowel cluster and coda from the closed lists, at most one tone).
// Case and tone placement do not matter: "Ủy", "hoà", "NGƯỜI" are syllables,
// "Kế" is, "KÕ" and "®­îc" are not.
func IsSyllable(word string) bool {
	var s syllable
	parseSyllable(word, &s)
	return s.valid()
}

// ToneOld returns word with its tone mark on the letter where the old style
// puts it: "hoà"→"hòa", "Uỷ"→"Ủy", "thuỷ"→"thủy", "qúy"→"quý", "gìa"→"già",
// and misplaced marks fixed ("lựơng"→"lượng"). A word that is not one
// toned Vietnamese syllable is returned unchanged.
func ToneOld(word string) string {
	var s syllable
	return toneOld(word, &s)
}

func toneOld(word string, s *syllable) string {
	parseSyllable(word, s)
	if !s.valid() || s.tone == 0 {
		return word
	}
	pos := s.tonePos()
	var b strings.Builder
	b.Grow(len(word) + 2)
	for k, r := range s.letters {
		if k == pos {
			if c, ok := toneJoin[[2]rune{r, s.tone}]; ok {
				r = c
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// NormalizeTones rewrites every word of s (NFC) to the old tone-mark style
// with ToneOld. ASCII words are skipped without work.
func NormalizeTones(s string) string {
	var syl syllable
	var b strings.Builder
	last := 0 // s[:last] is already in b
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf && !isASCIILetter(c) {
			i++
			continue
		}
		j := i
		ascii := true
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			if r >= utf8.RuneSelf {
				ascii = false
			}
			j += n
		}
		if j == i { // a non-letter, non-ASCII rune
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		if !ascii {
			w := s[i:j]
			if nw := toneOld(w, &syl); nw != w {
				if last == 0 {
					b.Grow(len(s) + 8)
				}
				b.WriteString(s[last:i])
				b.WriteString(nw)
				last = j
			}
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
