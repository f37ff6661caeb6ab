package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Encoding names recorded in Text.Encoding.
const (
	EncUTF8    = "utf-8"
	EncUTF16   = "utf-16"
	EncCP1252  = "utf-8-as-cp1252" // UTF-8 read as Windows-1252, repaired
	EncCP1258  = "windows-1258"
	EncTCVN3   = "tcvn3"
	EncVNI     = "vni"
	EncVISCII  = "viscii"
	EncUnknown = "unknown"
)

// decLegacyTables are the decoding tables parsed once from decode_tables.go.
type decLegacyTables struct {
	tcvn3      [256]rune        // byte → lower-case letter (0: not a letter byte)
	tcvn3Upper map[rune]rune    // toned lower-case → its capital sharing the byte
	tcvn3Up    [0x1F00]rune     // the same as a table (0: none)
	vni1       [256]rune        // single-byte VNI letters
	vni2       map[[2]byte]rune // base byte + mark byte → letter
	viscii     [256]rune        // byte → letter (0: ASCII)
	cp1252     [256]rune        // byte → rune for 0x80–0xFF
	cp1258     [256]rune        // byte → rune (tone bytes give combining marks)
	cp1258Join map[[2]rune]rune // letter + combining tone → precomposed letter
	cp1252Rev  map[rune]byte    // rune → byte for U+0080–U+2122
	encTCVN3   map[rune]string  // letter → bytes, for tests and round trips
	encVNI     map[rune]string  // letter → bytes
	encVISCII  map[rune]byte    // letter → byte
	vniMarks   [256]bool        // bytes that can follow a VNI base letter
	tcvnUpperB map[byte]bool    // bytes of capitals that have their own byte (Ă Â Ê Ô Ơ Ư Đ)
}

var decLegacy = func() *decLegacyTables {
	t := &decLegacyTables{
		tcvn3Upper: map[rune]rune{},
		vni2:       map[[2]byte]rune{},
		cp1252Rev:  map[rune]byte{},
		encTCVN3:   map[rune]string{},
		encVNI:     map[rune]string{},
		encVISCII:  map[rune]byte{},
		tcvnUpperB: map[byte]bool{},
	}
	t.cp1258Join = map[[2]rune]rune{}
	for b := 0; b <= 0xFF; b++ {
		t.cp1258[b] = charmap.Windows1258.DecodeByte(byte(b))
	}
	for b := 0; b <= 0xFF; b++ {
		base := t.cp1258[b]
		if !unicode.IsLetter(base) {
			continue
		}
		for _, tone := range []rune{0x300, 0x301, 0x303, 0x309, 0x323} {
			if c := []rune(norm.NFC.String(string([]rune{base, tone}))); len(c) == 1 {
				t.cp1258Join[[2]rune{base, tone}] = c[0]
			}
		}
	}
	for b := 0x80; b <= 0xFF; b++ {
		r := charmap.Windows1252.DecodeByte(byte(b))
		if r == utf8.RuneError {
			t.cp1252[b] = rune(b) // undefined: the C1 control, as browsers do
			continue
		}
		t.cp1252[b] = r
		t.cp1252Rev[r] = byte(b)
	}
	for _, cell := range strings.FieldsFunc(tcvn3Table, func(r rune) bool { return r == '|' || r == '\n' }) {
		f := strings.Fields(cell)
		if len(f) != 2 {
			continue
		}
		b, err := strconv.ParseUint(f[0], 16, 8)
		if err != nil {
			continue
		}
		letters := []rune(strings.NewReplacer("(/", " ", ")", "").Replace(f[1]))
		lo := letters[0]
		t.tcvn3[b] = lo
		t.encTCVN3[lo] = string([]byte{byte(b)})
		if len(letters) == 3 {
			up := letters[2]
			t.tcvn3Upper[lo] = up
			t.tcvn3Up[lo] = up
			t.encTCVN3[up] = string([]byte{byte(b)})
		} else if unicode.IsUpper(lo) {
			t.tcvnUpperB[byte(b)] = true
		}
	}
	// VNI: "Á=41 D9 á=61 F9 Í=CD …"
	toks := strings.Fields(vniTable)
	for i := 0; i < len(toks); i++ {
		k, v, ok := strings.Cut(toks[i], "=")
		if !ok {
			continue
		}
		letter, _ := utf8.DecodeRuneInString(k)
		b1, err := strconv.ParseUint(v, 16, 8)
		if err != nil {
			continue
		}
		if i+1 < len(toks) && !strings.Contains(toks[i+1], "=") {
			b2, err := strconv.ParseUint(toks[i+1], 16, 8)
			if err == nil {
				t.vni2[[2]byte{byte(b1), byte(b2)}] = letter
				t.encVNI[letter] = string([]byte{byte(b1), byte(b2)})
				t.vniMarks[b2] = true
				i++
				continue
			}
		}
		t.vni1[b1] = letter
		t.encVNI[letter] = string([]byte{byte(b1)})
	}
	for _, cell := range strings.FieldsFunc(visciiTable, func(r rune) bool { return r == '|' || r == '\n' }) {
		f := strings.Fields(cell)
		if len(f) != 2 {
			continue
		}
		b, err := strconv.ParseUint(f[0], 16, 8)
		if err != nil {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f[1])
		t.viscii[b] = r
		t.encVISCII[r] = byte(b)
	}
	return t
}()

// decodeTCVN3 decodes TCVN3 bytes. Toned capitals share the lower-case byte:
// a toned letter is made a capital when the letters around it in its word
// are capitals ("TØNH" → "TỈNH", "ñY" → "ỦY").
func decodeTCVN3(b []byte) string {
	rs := make([]rune, 0, len(b))
	for _, c := range b {
		switch {
		case c < 0x80:
			rs = append(rs, rune(c))
		case decLegacy.tcvn3[c] != 0:
			rs = append(rs, decLegacy.tcvn3[c])
		default:
			rs = append(rs, decLegacy.cp1252[c])
		}
	}
	for i, r := range rs {
		if r < 0xC0 {
			continue // ASCII and the capitals TCVN3 has bytes for
		}
		up := decLegacy.tcvnUpper(r)
		if up == 0 {
			continue
		}
		if tcvnCapitalContext(rs, i) || tcvnTitleStart(rs, i) {
			rs[i] = up
		}
	}
	return string(rs)
}

// tcvnTitleStart reports whether the toned letter rs[i] opens a word in
// title case that must be a capital: the word starts a sentence (a line,
// after a list marker "-", "a)", "1.2.", or after ". ") or is "Ủy" of "Ủy
// ban", the head of every committee's name.
func tcvnTitleStart(rs []rune, i int) bool {
	if i > 0 && unicode.IsLetter(rs[i-1]) {
		return false // not the first letter of its word
	}
	end := i + 1
	for end < len(rs) && unicode.IsLetter(rs[end]) {
		end++
	}
	if tcvnCaps(rs[i+1:end]) > 0 {
		return false // capitals follow: tcvnCapitalContext decides
	}
	if rs[i] == 'ủ' && end-i == 2 && rs[i+1] == 'y' && end+4 <= len(rs) && string(rs[end:end+4]) == " ban" &&
		(end+4 == len(rs) || !unicode.IsLetter(rs[end+4])) {
		return true
	}
	// walk back over spaces and one list marker
	j := i - 1
	for j >= 0 && (rs[j] == ' ' || rs[j] == '\t') {
		j--
	}
	if j < 0 || rs[j] == '\n' || rs[j] == '\r' {
		return true
	}
	k := j // the token before: rs[k+1 : j+1]
	for k >= 0 && rs[k] != ' ' && rs[k] != '\t' && rs[k] != '\n' && rs[k] != '\r' {
		k--
	}
	tok := rs[k+1 : j+1]
	lineStart := k < 0 || rs[k] == '\n' || rs[k] == '\r'
	if lineStart && tcvnListMarker(tok) {
		return true
	}
	last := tok[len(tok)-1]
	for (last == '"' || last == '”' || last == ')' || last == '’') && len(tok) > 1 {
		tok = tok[:len(tok)-1]
		last = tok[len(tok)-1]
	}
	return last == '.' || last == '!' || last == '?'
}

// tcvnListMarker reports a list marker: "-", "+", "*", "•", "a)", "1.",
// "1.2.", "II.", "(1)".
func tcvnListMarker(tok []rune) bool {
	if len(tok) == 1 {
		return strings.ContainsRune("-+*•–", tok[0])
	}
	if len(tok) > 6 {
		return false
	}
	last := tok[len(tok)-1]
	if last != '.' && last != ')' {
		return false
	}
	for _, r := range tok[:len(tok)-1] {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '(' {
			return false
		}
	}
	return true
}

// tcvnCapitalContext reports whether the toned letter rs[i] is a capital:
// its word has no lower-case letter, and a capital follows it in the word,
// or two precede it, or a neighbouring word is all capitals ("KÕ HO¹CH").
func tcvnCapitalContext(rs []rune, i int) bool {
	// most toned letters sit next to a lower-case letter: no capital
	if i > 0 && tcvnLowerNeighbour(rs[i-1]) || i+1 < len(rs) && tcvnLowerNeighbour(rs[i+1]) {
		return false
	}
	start, end := i, i+1
	for start > 0 && unicode.IsLetter(rs[start-1]) {
		start--
	}
	for end < len(rs) && unicode.IsLetter(rs[end]) {
		end++
	}
	before, after := tcvnCaps(rs[start:i]), tcvnCaps(rs[i+1:end])
	if before < 0 || after < 0 {
		return false
	}
	if after > 0 || before >= 2 {
		return true
	}
	if before == 0 {
		return false
	}
	// a title-case word alone: look at the neighbouring words
	return tcvnCapsWord(rs, start-1, -1) || tcvnCapsWord(rs, end, 1)
}

// tcvnCaps counts the capitals of w, not counting letters whose case TCVN3
// hides; -1 when w has a lower-case letter.
func tcvnCaps(w []rune) int {
	n := 0
	for _, r := range w {
		if decLegacy.tcvnUpper(r) != 0 {
			continue
		}
		if unicode.IsLower(r) {
			return -1
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// tcvnCapsWord reports whether the word next to position from (walking in
// direction dir over spaces) is all capitals with at least two of them.
func tcvnCapsWord(rs []rune, from, dir int) bool {
	j := from
	for j >= 0 && j < len(rs) && rs[j] == ' ' {
		j += dir
	}
	k := j
	for k >= 0 && k < len(rs) && unicode.IsLetter(rs[k]) {
		k += dir
	}
	if j == k {
		return false
	}
	lo, hi := min(j, k+1), max(j+1, k)
	if dir < 0 {
		lo, hi = k+1, j+1
	} else {
		lo, hi = j, k
	}
	return tcvnCaps(rs[lo:hi]) >= 2
}

// decodeVNI decodes VNI-Windows bytes: a base letter and a mark byte, or a
// single-byte letter, else Windows-1252.
func decodeVNI(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for i := 0; i < len(b); i++ {
		c := b[i]
		if i+1 < len(b) && decLegacy.vniMarks[b[i+1]] {
			if r, ok := decLegacy.vni2[[2]byte{c, b[i+1]}]; ok {
				sb.WriteRune(r)
				i++
				continue
			}
		}
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case decLegacy.vni1[c] != 0:
			sb.WriteRune(decLegacy.vni1[c])
		default:
			sb.WriteRune(decLegacy.cp1252[c])
		}
	}
	return sb.String()
}

// decodeVISCII decodes VISCII bytes; every byte is defined.
func decodeVISCII(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/2)
	for _, c := range b {
		if r := decLegacy.viscii[c]; r != 0 {
			sb.WriteRune(r)
		} else {
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// decodeCP1258 decodes Windows-1258 and composes its combining tones (NFC):
// a tone byte after a vowel joins it by table; any mark left over goes
// through norm.NFC.
func decodeCP1258(b []byte) string {
	out := make([]byte, 0, len(b)+len(b)/2)
	var last rune     // the last rune written, when it may take a tone
	lastAt := -1      // where it starts in out
	leftover := false // a combining mark that did not join
	for _, c := range b {
		if c < 0x80 {
			out = append(out, c)
			last, lastAt = rune(c), len(out)-1
			continue
		}
		r := decLegacy.cp1258[c]
		if r >= 0x300 && r <= 0x36F {
			if j, ok := decLegacy.cp1258Join[[2]rune{last, r}]; ok && lastAt >= 0 {
				out = utf8.AppendRune(out[:lastAt], j)
				last, lastAt = 0, -1 // one tone per letter
				continue
			}
			leftover = true
		}
		lastAt = len(out)
		out = utf8.AppendRune(out, r)
		last = r
	}
	if leftover {
		return string(norm.NFC.Bytes(out))
	}
	return string(out)
}

// decCP1258Tones are the Windows-1258 bytes of the combining tone marks.
var decCP1258Tones = map[rune]byte{0x300: 0xCC, 0x301: 0xEC, 0x303: 0xDE, 0x309: 0xD2, 0x323: 0xF2}

// encodeCP1258 encodes s as Windows-1258 the way UniKey writes it: letters
// Windows-1258 has, else the toneless letter and a combining tone.
func encodeCP1258(s string) []byte {
	enc := charmap.Windows1258
	out := make([]byte, 0, len(s))
	for _, r := range norm.NFC.String(s) {
		if b, ok := enc.EncodeRune(r); ok {
			out = append(out, b)
			continue
		}
		d := []rune(norm.NFD.String(string(r)))
		var tone byte
		rest := d[:0]
		for _, m := range d {
			if b, ok := decCP1258Tones[m]; ok {
				tone = b
			} else {
				rest = append(rest, m)
			}
		}
		base := []rune(norm.NFC.String(string(rest)))
		b, ok := enc.EncodeRune(base[0])
		if len(base) != 1 || !ok {
			out = append(out, '?')
			continue
		}
		out = append(out, b)
		if tone != 0 {
			out = append(out, tone)
		}
	}
	return out
}

// decodeAs decodes b in the named legacy encoding.
func decodeAs(enc string, b []byte) string {
	switch enc {
	case EncTCVN3:
		return decodeTCVN3(b)
	case EncVNI:
		return decodeVNI(b)
	case EncVISCII:
		return decodeVISCII(b)
	case EncCP1258:
		return decodeCP1258(b)
	}
	return string(b)
}

// encodeLegacy encodes Unicode text s in the named legacy encoding (TCVN3,
// VNI, VISCII); letters it cannot encode become '?'. It is the inverse of
// the decoders, used by round-trip tests and fixtures.
func encodeLegacy(enc, s string) []byte {
	if enc == EncCP1258 {
		return encodeCP1258(s)
	}
	s = norm.NFC.String(s)
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 0x80 {
			if enc == EncVISCII {
				switch r {
				case 0x02, 0x05, 0x06, 0x14, 0x19, 0x1E:
					out = append(out, '?')
					continue
				}
			}
			out = append(out, byte(r))
			continue
		}
		switch enc {
		case EncTCVN3:
			if v, ok := decLegacy.encTCVN3[r]; ok {
				out = append(out, v...)
				continue
			}
		case EncVNI:
			if v, ok := decLegacy.encVNI[r]; ok {
				out = append(out, v...)
				continue
			}
		case EncVISCII:
			if v, ok := decLegacy.encVISCII[r]; ok {
				out = append(out, v)
				continue
			}
		}
		if b, ok := decLegacy.cp1252Rev[r]; ok && enc != EncVISCII {
			out = append(out, b)
			continue
		}
		out = append(out, '?')
	}
	return out
}

// decRunesAsCP1252 returns the bytes a legacy font's text stood for when a
// "Unicode" file (docx, PDF) holds them as Windows-1252 code points. ok is
// false when s has a rune outside Windows-1252.
func decRunesAsCP1252(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case r <= 0xFF && (r >= 0xA0 || decLegacy.cp1252[r] == r):
			out = append(out, byte(r))
		default:
			b, ok := decLegacy.cp1252Rev[r]
			if !ok {
				return nil, false
			}
			out = append(out, b)
		}
	}
	return out, true
}

// tcvnUpper returns the capital that shares toned lower-case letter r's
// TCVN3 byte, or 0.
func (t *decLegacyTables) tcvnUpper(r rune) rune {
	if r < 0 || r >= rune(len(t.tcvn3Up)) {
		return 0
	}
	return t.tcvn3Up[r]
}

// tcvnLowerNeighbour reports a lower-case letter whose case TCVN3 does
// encode (ASCII, ă â ê ô ơ ư đ): the word around it is not in capitals.
func tcvnLowerNeighbour(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	switch r {
	case 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ':
		return true
	}
	return false
}
