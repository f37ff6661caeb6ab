package vn

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tone marks as combining runes; 0 is the level tone (no mark).
const (
	toneGrave = '\u0300'
	toneAcute = '\u0301'
	toneTilde = '\u0303'
	toneHook  = '\u0309'
	toneDot   = '\u0323'
)

// maxSyl bounds the letters of a syllable ("nghiêng" has 7); longer words
// are not syllables and are left alone without work.
const maxSyl = 8

// vowelIndex numbers the toneless lower-case vowels from 1; 0 for others.
func vowelIndex(r rune) int {
	switch r {
	case 'a':
		return 1
	case 'ă':
		return 2
	case 'â':
		return 3
	case 'e':
		return 4
	case 'ê':
		return 5
	case 'i':
		return 6
	case 'o':
		return 7
	case 'ô':
		return 8
	case 'ơ':
		return 9
	case 'u':
		return 10
	case 'ư':
		return 11
	case 'y':
		return 12
	}
	return 0
}

// nucleusKey packs a cluster of up to three vowels into 12 bits.
func nucleusKey(v []rune) int {
	k := 0
	for i, r := range v {
		k |= vowelIndex(r) << (4 * i)
	}
	return k
}

// vnNuclei marks, by nucleusKey, the vowel clusters (with glides) of
// Vietnamese syllables. Built once, never written again.
var vnNuclei = func() *[1 << 12]bool {
	t := new([1 << 12]bool)
	for _, s := range strings.Fields(`a ă â e ê i o ô ơ u ư y
		ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê oo ôô
		iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu uai uao`) {
		t[nucleusKey([]rune(s))] = true
	}
	return t
}()

// validOnset reports the initial consonants of Vietnamese syllables (lower
// case, qu and gi included).
func validOnset(l []rune) bool {
	switch len(l) {
	case 0:
		return true
	case 1:
		switch l[0] {
		case 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x':
			return true
		}
	case 2:
		switch [2]rune{l[0], l[1]} {
		case [2]rune{'c', 'h'}, [2]rune{'g', 'h'}, [2]rune{'g', 'i'}, [2]rune{'k', 'h'}, [2]rune{'n', 'g'},
			[2]rune{'n', 'h'}, [2]rune{'p', 'h'}, [2]rune{'q', 'u'}, [2]rune{'t', 'h'}, [2]rune{'t', 'r'}:
			return true
		}
	case 3:
		return l[0] == 'n' && l[1] == 'g' && l[2] == 'h'
	}
	return false
}

// validCoda reports the final consonants of Vietnamese syllables.
func validCoda(l []rune) bool {
	switch len(l) {
	case 0:
		return true
	case 1:
		switch l[0] {
		case 'c', 'm', 'n', 'p', 't':
			return true
		}
	case 2:
		return (l[0] == 'c' || l[0] == 'n') && l[1] == 'h' || l[0] == 'n' && l[1] == 'g'
	}
	return false
}

// syllable is one parsed word: toneless letters split into onset, vowel
// cluster and coda. It lives on the stack; parsing does not allocate.
type syllable struct {
	letters  [maxSyl]rune // toneless, case kept
	lower    [maxSyl]rune // toneless, lower case
	n        int          // letters used
	tone     rune         // the tone mark, 0 if none
	tones    int          // how many letters carried a tone
	tonedAt  int          // index of the (last) toned letter
	vStart   int          // index of the first letter of the vowel cluster
	vEnd     int          // index after the cluster
	parsedOK bool
}

// parseSyllable splits word (NFC letters) into its parts. parsedOK is false
// when word holds anything but letters, is too long or has no vowel.
func parseSyllable(word string, s *syllable) {
	s.n, s.tone, s.tones, s.tonedAt, s.parsedOK = 0, 0, 0, -1, false
	for _, r := range word {
		if s.n == maxSyl {
			return
		}
		li, ok := letterOf(r)
		if !ok {
			return
		}
		if li.tone != 0 {
			s.tone = li.tone
			s.tones++
			s.tonedAt = s.n
		}
		s.letters[s.n] = li.base
		s.lower[s.n] = li.lower
		s.n++
	}
	n := s.n
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
	s.parsedOK = true
}

// stopCoda reports whether the coda of a parsed syllable is a stop (c,
// ch, p, t).
func (s *syllable) stopCoda() bool {
	switch s.n - s.vEnd {
	case 1:
		c := s.lower[s.vEnd]
		return c == 'c' || c == 'p' || c == 't'
	case 2:
		return s.lower[s.vEnd] == 'c' && s.lower[s.vEnd+1] == 'h'
	}
	return false
}

// valid reports whether the parsed word is a Vietnamese syllable.
func (s *syllable) valid() bool {
	if !s.parsedOK || s.tones > 1 || s.vEnd-s.vStart > 3 || !validOnset(s.lower[:s.vStart]) ||
		!vnNuclei[nucleusKey(s.lower[s.vStart:s.vEnd])] || !validCoda(s.lower[s.vEnd:s.n]) {
		return false
	}
	if s.stopCoda() { // stop codas take only sắc or nặng
		return s.tone == 0 || s.tone == toneAcute || s.tone == toneDot
	}
	return true
}

// tonePos returns the index in s.letters where the old ("hòa, thủy") style
// puts the tone.
func (s *syllable) tonePos() int {
	v := s.lower[s.vStart:s.vEnd]
	if len(v) == 1 {
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
	if len(v) == 3 || s.vEnd < s.n {
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
	w, _ := toneOld(word, &s)
	return w
}

// toneOld returns word in the old tone style and whether it changed; an
// unchanged word costs no allocation.
func toneOld(word string, s *syllable) (string, bool) {
	parseSyllable(word, s)
	if s.tone == 0 || !s.parsedOK {
		return word, false
	}
	pos := s.tonePos()
	if (pos == s.tonedAt && s.tones == 1) || !s.valid() {
		return word, false // in place: no need to check the parts
	}
	var b strings.Builder
	b.Grow(len(word) + 2)
	for k, r := range s.letters[:s.n] {
		if k == pos {
			if c, ok := toneJoin[[2]rune{r, s.tone}]; ok {
				r = c
			}
		}
		b.WriteRune(r)
	}
	return b.String(), true
}

// NormalizeTones rewrites every word of s (NFC) to the old tone-mark style
// with ToneOld. It returns s itself when nothing changes; only words with a
// tone mark and two vowels or more are parsed, and words whose tone is
// already in place cost no allocation.
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
		toned, vowels := false, 0
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if !isASCIILetter(c) {
					break
				}
				if asciiVowel[c] {
					vowels++
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			li, ok := letterOf(r)
			if !ok {
				break
			}
			if li.tone != 0 {
				toned = true
			}
			if isVowelBase(li.lower) {
				vowels++
			}
			j += n
		}
		if j == i { // a non-letter, non-ASCII rune
			_, n := utf8.DecodeRuneInString(s[i:])
			i += n
			continue
		}
		// a combining mark after the word (text not in NFC) belongs to it:
		// moving a tone would leave the mark on another letter
		combining := j+1 < len(s) && (s[j] == 0xCC || s[j] == 0xCD && s[j+1] < 0xB0)
		if toned && vowels >= 2 && !combining {
			if nw, changed := toneOld(s[i:j], &syl); changed {
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

// asciiVowel marks the ASCII vowels of Vietnamese, both cases.
var asciiVowel = [utf8.RuneSelf]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true,
	'A': true, 'E': true, 'I': true, 'O': true, 'U': true, 'Y': true}

// IsLetter is unicode.IsLetter with a table look-up for the Vietnamese
// letters.
func IsLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIILetter(byte(r))
	}
	if _, ok := letterOf(r); ok {
		return true
	}
	return unicode.IsLetter(r)
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
