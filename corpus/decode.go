package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vanban/vanban/extract/vn"
)

// decCandidates are the encodings tried on bytes that are not UTF-8, in
// the order that breaks ties.
var decCandidates = []string{EncCP1258, EncTCVN3, EncVNI, EncVISCII}

// decJunkShare is the share of valid syllables under which the best decoding
// of a file is junk.
const decJunkShare = 0.6

// Decode turns the bytes of a text file into NFC text and names their
// encoding. It honours BOMs, recognizes UTF-16 without BOM, repairs UTF-8
// read as Windows-1252, decodes legacy-font text held as Latin-1 code
// points, and otherwise decodes the bytes with the legacy encoding
// (Windows-1258, TCVN3, VNI, VISCII) whose result scores best on valid
// Vietnamese syllables and frequent words — the file's, or a paragraph's
// own when the file's reads poorly there. It returns the majority
// encoding; binary bytes, and bytes whose best decoding is still junk, give
// ErrUndecodable.
func Decode(data []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		return decodeUTF8(data[3:])
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		return norm.NFC.String(decodeUTF16(data[2:], false)), EncUTF16, nil
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		return norm.NFC.String(decodeUTF16(data[2:], true)), EncUTF16, nil
	}
	if be, ok := decLooksUTF16(data); ok {
		return norm.NFC.String(decodeUTF16(data, be)), EncUTF16, nil
	}
	if decBinary(data) {
		return "", EncUnknown, fmt.Errorf("%w: binary content", ErrUndecodable)
	}
	if utf8.Valid(data) {
		return decodeUTF8(data)
	}
	return decodeLegacyBytes(data)
}

// decBinary reports bytes that are no text file: control bytes other than
// white space (NUL, ESC, …) make more than 1% of the first 8 KB.
func decBinary(data []byte) bool {
	head := data[:min(len(data), 8<<10)]
	n := 0
	for _, c := range head {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A {
			n++
		}
	}
	return n > len(head)/100+1
}

// decodeUTF8 returns valid UTF-8 text, repaired when it is UTF-8 that went
// through Windows-1252, or decoded when it is a legacy font's bytes held as
// Latin code points.
func decodeUTF8(data []byte) (string, string, error) {
	s := string(data)
	if decMojibakeSigns(data) >= 3 {
		if fixed, ok := decRepairCP1252(s); ok {
			return norm.NFC.String(fixed), EncCP1252, nil
		}
	}
	if text, enc, ok := DecodeLegacyRunes(s); ok {
		return text, enc, nil
	}
	if normNeedsNFC(s) {
		s = norm.NFC.String(s)
	}
	return s, EncUTF8, nil
}

// decMojibakeSigns counts, up to 3, the marks of UTF-8 read as Windows-1252
// in valid UTF-8: "Ã", "Ä", "Æ°" and "á»"/"áº"/"â€" (the lead bytes of
// Vietnamese letters and of punctuation seen as Latin-1 letters).
func decMojibakeSigns(b []byte) int {
	n := 0
	for i := 0; i+1 < len(b) && n < 3; i++ {
		switch b[i] {
		case 0xC3:
			switch b[i+1] {
			case 0x83, 0x84: // Ã Ä
				n++
			case 0xA1, 0xA2: // á â followed by » º or €
				if i+3 < len(b) && ((b[i+2] == 0xC2 && (b[i+3] == 0xBB || b[i+3] == 0xBA)) || b[i+2] == 0xE2) {
					n++
				}
			}
		}
		if b[i] == 0xC3 && b[i+1] == 0x86 && i+3 < len(b) && b[i+2] == 0xC2 && b[i+3] == 0xB0 { // Æ° (ư)
			n++
		}
	}
	return n
}

// decRepairCP1252 undoes UTF-8 decoded as Windows-1252 ("Ä‘" → "đ", "á»§" →
// "ủ") when the round trip gives UTF-8.
func decRepairCP1252(s string) (string, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case r <= 0xFF && (r >= 0xA0 || decLegacy.cp1252[r] == r):
			out = append(out, byte(r)) // Latin-1, and C1 bytes cp1252 leaves undefined
		default:
			b, ok := decLegacy.cp1252Rev[r]
			if !ok {
				return "", false
			}
			out = append(out, b)
		}
	}
	if !utf8.Valid(out) {
		return "", false
	}
	return string(out), true
}

// DecodeLegacyRunes decodes text that a legacy Vietnamese font left in a
// "Unicode" file as Windows-1252 code points (".VnTime" runs of a docx,
// "KÕ ho¹ch"), when a legacy decoding scores clearly better than the text
// as it is. ok is false when s is better left alone.
func DecodeLegacyRunes(s string) (string, string, bool) {
	latin := 0
	for _, r := range s {
		switch {
		case r < 0x80:
		case r <= 0xFF:
			latin++
		default:
			if _, ok := decLegacy.cp1252Rev[r]; !ok {
				return "", "", false // "ạ", "ơ", "đ": Unicode Vietnamese
			}
		}
	}
	if latin == 0 {
		return "", "", false
	}
	b, ok := decRunesAsCP1252(s)
	if !ok {
		return "", "", false
	}
	base := decSyllableScore(norm.NFC.String(s)).rank()
	best, bestEnc, bestRank := "", "", -1.0
	for _, enc := range decCandidates {
		d := decodeAs(enc, b)
		if r := decSyllableScore(d).rank(); r > bestRank {
			best, bestEnc, bestRank = d, enc, r
		}
	}
	if bestRank <= base+0.1 {
		return "", "", false
	}
	return norm.NFC.String(best), bestEnc, true
}

// decodeLegacyBytes decodes bytes that are not UTF-8 with the legacy
// encoding that suits the file (judged on its first 8 KB), and a paragraph
// that decodes poorly with the encoding that suits it (files pasted
// together from several sources mix them).
func decodeLegacyBytes(data []byte) (string, string, error) {
	var sb strings.Builder
	sb.Grow(len(data) + len(data)/2)
	votes := map[string]int{}
	var total decScore
	sample := data
	if len(sample) > 8<<10 {
		sample = sample[:8<<10]
		if k := bytes.LastIndexByte(sample, '\n'); k > 0 {
			sample = sample[:k]
		}
	}
	fileEnc := decBestLegacy(sample)
	for p := range bytes.SplitSeq(data, []byte("\n")) {
		enc := fileEnc
		d := decodeAs(enc, p)
		if !decHasHigh(p) { // ASCII reads the same in every candidate
			sb.WriteString(d)
			sb.WriteByte('\n')
			continue
		}
		sc := decSyllableScore(d)
		if len(p) >= 40 && sc.share() < 0.9 {
			if e := decBestLegacy(p); e != enc {
				if d2 := decodeAs(e, p); decSyllableScore(d2).rank() > sc.rank() {
					enc, d, sc = e, d2, decSyllableScore(d2)
				}
			}
		}
		total.words += sc.words
		total.valid += sc.valid
		total.common += sc.common
		total.junk += sc.junk
		votes[enc] += len(p)
		sb.WriteString(d)
		sb.WriteByte('\n')
	}
	if len(data) >= 200 && total.words < len(data)/40 {
		return "", EncUnknown, fmt.Errorf("%w: no words in %d bytes", ErrUndecodable, len(data))
	}
	if total.isJunk() {
		return "", EncUnknown, fmt.Errorf("%w: best decoding (%s) has %.0f%% Vietnamese syllables, %d frequent words in %d", ErrUndecodable, fileEnc, 100*total.share(), total.common, total.words)
	}
	maj, most := fileEnc, 0
	for _, enc := range decCandidates {
		if votes[enc] > most {
			maj, most = enc, votes[enc]
		}
	}
	return strings.TrimSuffix(sb.String(), "\n"), maj, nil // every decoder returns NFC
}

func decHasHigh(p []byte) bool {
	for _, c := range p {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// decBestLegacy returns the legacy encoding whose decoding of p scores best.
func decBestLegacy(p []byte) string {
	best, bestScore := decCandidates[0], -1.0
	for _, enc := range decCandidates {
		sc := decSyllableScore(decodeAs(enc, p)).rank()
		if sc > bestScore {
			best, bestScore = enc, sc
		}
	}
	return best
}

// decScore counts the words of a decoded text: how many are Vietnamese
// syllables, how many are among the most frequent words, and how many
// runes are junk (controls, U+FFFD, stray Latin-1 symbols) that real text
// does not have.
type decScore struct{ words, valid, common, junk int }

// share is the part of the words that are syllables, junk runes counting
// as invalid words.
func (s decScore) share() float64 {
	n := s.words + s.junk
	if n == 0 {
		return 0
	}
	return float64(s.valid) / float64(n)
}

// rank orders candidate decodings: syllable share, with frequent words
// breaking near ties (VISCII turns any byte into some letter; only the
// right encoding gives "của", "được", "người").
func (s decScore) rank() float64 {
	n := s.words + s.junk
	if n == 0 {
		return 0
	}
	return (float64(s.valid) + float64(s.common)) / float64(n)
}

// junk reports whether the text scored is not Vietnamese prose: few
// well-formed syllables, or many words and hardly any frequent ones.
func (s decScore) isJunk() bool {
	n := s.words + s.junk
	switch {
	case n < 8:
		return s.junk > 2*s.words
	case s.share() < decJunkShare:
		return true
	case n >= 60 && s.common*25 < n:
		return true
	}
	return false
}

// decJunkRune reports runes that decoded prose does not contain: controls
// other than white space, U+FFFD, and Latin-1 / Windows-1252 symbols that
// a wrong table leaves ("¤", "½", "‹", "†").
func decJunkRune(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n' && r != '\r' && r != '\f'
	case r == 0x7F || (r >= 0x80 && r < 0xA0) || r == 0xFFFD:
		return true
	case r >= 0xA1 && r <= 0xBF:
		switch r {
		case 0xAB, 0xBB, 0xB0, 0xA7, 0xB1: // « » ° § ±
			return false
		}
		return true
	}
	switch r {
	case 0x2020, 0x2021, 0x2030, 0x02C6, 0x02DC, 0x2122, 0x0160, 0x0161, 0x0152, 0x0153, 0x017D, 0x017E, 0x0178, 0x0192, 0x2039, 0x203A:
		return true
	}
	return false
}

// decSyllableScore scores text by its words (runs of letters of two or
// more runes, or one non-ASCII letter) and its junk runes.
func decSyllableScore(s string) decScore {
	var sc decScore
	var buf [32]byte
	start, runes := -1, 0
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		start = -1
		if runes < 2 && len(w) < 2 {
			return // one ASCII letter: "a)", "b.", initials
		}
		sc.words++
		if runes >= 2 && !vn.IsSyllable(w) {
			return
		}
		if len(w) <= len(buf)-4 {
			low := buf[:0]
			for _, r := range w {
				low = utf8.AppendRune(low, unicode.ToLower(r))
			}
			if vn.IsCommonBytes(low) {
				sc.common++
				sc.valid++
				return
			}
		}
		if runes >= 2 {
			sc.valid++
		}
	}
	for i, r := range s {
		if vn.IsLetter(r) {
			if start < 0 {
				start, runes = i, 0
			}
			runes++
			continue
		}
		flush(i)
		if r >= 0x80 || r < 0x20 || r == 0x7F {
			if decJunkRune(r) {
				sc.junk++
			}
		}
	}
	flush(len(s))
	return sc
}

// decLooksUTF16 reports UTF-16 without BOM: most odd (LE) or even (BE) bytes
// zero in the first kilobyte.
func decLooksUTF16(data []byte) (bigEndian, ok bool) {
	n := min(len(data), 1024) &^ 1
	if n < 8 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 > half*6 && even*10 < half:
		return false, true
	case even*10 > half*6 && odd*10 < half:
		return true, true
	}
	return false, false
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(u))
}
