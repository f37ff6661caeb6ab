package corpus

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vanban/vanban/extract/vn"
)

// Normalize returns s as clean text: NFC; Ð/ð as Đ/đ, the PDF-font ƣ as ư,
// Word's (non-breaking) hyphens as "-"; Unicode spaces as spaces;
// zero-width characters, soft hyphens and controls dropped; one tone-mark
// style (old: "hòa, thủy, Ủy"); Markdown emphasis, heading marks, pandoc
// escapes, spans and links, table bars and rules removed (table cells and
// column gaps become one tab, other white space one space); one paragraph
// per line, blank lines collapsed to one; header phrases broken over two
// lines rejoined; stray OCR marks dropped. It is idempotent:
// Normalize(Normalize(s)) == Normalize(s).
func Normalize(s string) string {
	nfc := normNeedsNFC(s) // false only for valid UTF-8 in NFC
	if nfc {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		s = norm.NFC.String(s)
	}
	var n normLines
	n.clean(s)
	out := n.assemble()
	if nfc {
		out = norm.NFC.String(out) // dropped characters may have freed combining marks
	}
	return vn.NormalizeTones(out)
}

// normNeedsNFC reports whether s may not be valid UTF-8 in NFC: it holds a
// malformed sequence or a rune outside the blocks of precomposed Latin
// letters and punctuation that NFC leaves as they are (ASCII,
// U+00A0–U+02FF, U+1E00–U+1EFF, U+2002–U+20BF, U+3000, U+FEFF).
// Vietnamese text from any reader passes in one cheap scan; anything else
// goes through norm.NFC.
func normNeedsNFC(s string) bool {
	cont := func(i int) bool { return i < len(s) && s[i]&0xC0 == 0x80 }
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c <= 0xCB && cont(i+1): // U+0080–U+02FF
			i += 2
		case c == 0xE1 && i+1 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB && cont(i+2): // U+1E00–U+1EFF
			i += 3
		case c == 0xE2 && i+1 < len(s) && (s[i+1] == 0x81 || s[i+1] == 0x82 || (s[i+1] == 0x80 && i+2 < len(s) && s[i+2] >= 0x82)) && cont(i+2): // U+2002–U+20BF
			i += 3
		case c == 0xE3 && strings.HasPrefix(s[i:], "\u3000"), c == 0xEF && strings.HasPrefix(s[i:], "\uFEFF"):
			i += 3
		default:
			return true
		}
	}
	return false
}

// normLine is one cleaned line: buf[start:end] of its normLines, and what
// cleaning saw.
type normLine struct {
	start, end int
	blank      bool // the raw line held only white space
	italic     bool // a single '*' (emphasis) was removed
	starAt     int  // offset in the line after the last removed '*' run, -1 when none
}

// normLines holds the cleaned lines of a text in one buffer.
type normLines struct {
	buf   []byte
	lines []normLine
}

// normPlain marks the bytes that clean copies as they are: ASCII letters,
// digits and punctuation but for the markup characters, and the lead and
// continuation bytes of runes no rule touches.
var normPlain = func() (t [256]bool) {
	for c := 0x21; c < 0x7F; c++ {
		t[c] = c != '*' && c != '_' && c != '\\'
	}
	for c := 0x80; c < 0x100; c++ {
		switch c {
		case 0xC2, 0xC3, 0xC6, 0xE1, 0xE2, 0xE3, 0xEF:
		default:
			t[c] = true
		}
	}
	return t
}()

// normPlainRun returns the end of the run of plain bytes and runes from i:
// Vietnamese letters in the blocks of "à" (C3 xx) and "ạ" (E1 BA/BB xx)
// are plain but for Ð, ð and U+1680.
func normPlainRun(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if normPlain[c] {
			j++
			continue
		}
		if c == 0xC3 && j+1 < len(s) && s[j+1] != 0x90 && s[j+1] != 0xB0 && s[j+1] >= 0x80 && s[j+1] < 0xC0 {
			j += 2
			continue
		}
		if c == 0xE1 && j+2 < len(s) && (s[j+1] == 0xBA || s[j+1] == 0xBB) && s[j+2] >= 0x80 && s[j+2] < 0xC0 {
			j += 3
			continue
		}
		break
	}
	return j
}

// normSpace kinds pending between two emitted characters.
const (
	normNoSpace = iota
	normOneSpace
	normGap // a tab or a run of three spaces or more: a column gap
)

// clean splits s into lines and cleans each one character by character in
// a single pass: spaces collapsed, invisible characters dropped, letters
// mapped, emphasis and escapes removed.
func (n *normLines) clean(s string) {
	n.buf = make([]byte, 0, len(s)+16)
	n.lines = make([]normLine, 0, strings.Count(s, "\n")+1)
	lineStart := 0 // offset in buf
	rawStart := 0  // offset in s of the current raw line
	pend, spaces := normNoSpace, 0
	cur := normLine{starAt: -1}
	blank := true
	endLine := func() {
		cur.start, cur.end, cur.blank = lineStart, len(n.buf), blank
		n.lines = append(n.lines, cur)
		lineStart = len(n.buf)
		pend, spaces, blank = normNoSpace, 0, true
		cur = normLine{starAt: -1}
	}
	space := func(gap bool) {
		spaces++
		if gap || spaces >= 3 {
			pend = normGap
		} else if pend == normNoSpace {
			pend = normOneSpace
		}
	}
	emitPending := func() {
		if pend != normNoSpace && len(n.buf) > lineStart {
			if pend == normGap && !normMarkerOnly(n.buf[lineStart:]) {
				n.buf = append(n.buf, '\t')
			} else {
				n.buf = append(n.buf, ' ')
			}
		}
		pend, spaces = normNoSpace, 0
	}
	for i := 0; i < len(s); {
		// a run of bytes kept as they are, copied at once
		if j := normPlainRun(s, i); j > i {
			blank = false
			emitPending()
			n.buf = append(n.buf, s[i:j]...)
			i = j
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n' || c == '\f':
				endLine()
				i++
				rawStart = i
				continue
			case c == '\r':
				endLine()
				i++
				if i < len(s) && s[i] == '\n' {
					i++
				}
				rawStart = i
				continue
			case c == ' ' || c == '\v':
				space(false)
				i++
				continue
			case c == '\t':
				space(true)
				i++
				continue
			case c < 0x20 || c == 0x7F:
				i++ // a control character
				continue
			}
			blank = false
			switch c {
			case '*':
				j := i
				for j < len(s) && s[j] == '*' {
					j++
				}
				prev, next := byte(' '), byte(' ')
				if i > rawStart {
					prev = s[i-1]
				}
				if j < len(s) {
					next = s[j]
				}
				if (prev == '(' && next == ')') || (j-i == 1 && normSpaceByte(prev) && normSpaceByte(next)) {
					emitPending()
					n.buf = append(n.buf, s[i:j]...)
				} else {
					if j-i == 1 {
						cur.italic = true
					}
					cur.starAt = len(n.buf) - lineStart
				}
				i = j
				continue
			case '_':
				j := i
				for j < len(s) && s[j] == '_' {
					j++
				}
				if j-i != 2 { // "__" is emphasis; "_" and "_____" (a blank to fill) are text
					emitPending()
					// a run that a dropped character made adjacent to
					// another would be read as one run the next time
					if len(n.buf) == lineStart || n.buf[len(n.buf)-1] != '_' {
						n.buf = append(n.buf, s[i:j]...)
					}
				}
				i = j
				continue
			case '\\':
				k := i + 1
				for k < len(s) && (s[k] == ' ' || s[k] == '\t') {
					k++
				}
				if k >= len(s) || s[k] == '\n' || s[k] == '\r' {
					i++ // a pandoc hard line break
					continue
				}
				if d := s[i+1]; normASCIIPunct(d) {
					if !strings.ContainsRune("*_|#`\\", rune(d)) {
						emitPending()
						n.buf = append(n.buf, d)
					}
					i += 2
					continue
				}
			}
			emitPending()
			n.buf = append(n.buf, c)
			i++
			continue
		}
		switch c {
		case 0xC2, 0xC3, 0xC6, 0xE1, 0xE2, 0xE3, 0xEF:
		default: // a lead or continuation byte of a rune kept as it is
			if c >= 0xC0 {
				blank = false
				emitPending()
			}
			n.buf = append(n.buf, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch r {
		case 0x2028, 0x2029: // line and paragraph separators
			endLine()
			rawStart = i
			continue
		case 0xA0, 0x1680, 0x202F, 0x205F, 0x3000:
			space(false)
			continue
		case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
			continue // soft hyphen, zero-width characters
		case 0xD0:
			r = 'Đ'
		case 0xF0:
			r = 'đ'
		case 0x2010, 0x2011:
			r = '-' // Word's hyphen and non-breaking hyphen: "QĐ‑UBND"
		case 0x1A2:
			r = 'Ư' // PDF fonts map Ư and ư to the Latin letter OI
		case 0x1A3:
			r = 'ư'
		}
		switch {
		case r >= 0x80 && r < 0xA0:
			continue // C1 controls
		case r >= 0x2000 && r <= 0x200A:
			space(false)
			continue
		}
		blank = false
		emitPending()
		n.buf = utf8.AppendRune(n.buf, r)
	}
	endLine()
	for k := range n.lines {
		n.tidy(&n.lines[k])
	}
}

// tidy finishes a cleaned line: heading marks stripped, a Markdown table
// row turned into tab-separated cells, a table rule emptied.
func (n *normLines) tidy(l *normLine) {
	// each step may expose another ("## | a |", "| # x |"); each one
	// shortens the line, so this ends
	for n.tidyStep(l) {
	}
	// a step may have brought a column gap right after a list marker
	// ("# )   0"); there it is one space, as cleaning makes it
	line := n.buf[l.start:l.end]
	if k := bytes.IndexByte(line, '\t'); k > 0 && normMarkerOnly(line[:k]) {
		line[k] = ' '
	}
}

// tidyStep applies the first step that changes l and reports whether one did.
func (n *normLines) tidyStep(l *normLine) bool {
	line := n.buf[l.start:l.end]
	if len(line) == 0 {
		return false
	}
	// leading "#", "##" … of a heading
	if line[0] == '#' {
		k := 0
		for k < len(line) && line[k] == '#' {
			k++
		}
		if k == len(line) || line[k] == ' ' {
			for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
				k++
			}
			l.start += k
			if l.starAt >= 0 {
				l.starAt = max(0, l.starAt-k)
			}
			return true
		}
	}
	// an escape that a dropped character kept from cleaning ("\\\x10.")
	if k := normEscapeAt(line); k >= 0 {
		drop := 1
		if c := line[k+1]; strings.IndexByte("*_|#`\\", c) >= 0 {
			drop = 2
			for (c == '_' || c == '*') && k+drop < len(line) && line[k+drop] == c {
				drop++ // the whole run, or what is left of it reads as emphasis
			}
		}
		copy(line[k:], line[k+drop:])
		l.end = l.start + len(normSqueeze(line[:len(line)-drop]))
		return true
	}
	// a hard line break left at the end ("TRƯỞNG BAN\\" before a space
	// that cleaning dropped)
	if line[len(line)-1] == '\\' {
		k := len(line) - 1
		for k > 0 && (line[k-1] == ' ' || line[k-1] == '\t') {
			k--
		}
		l.end = l.start + k
		return true
	}
	// pandoc spans and links: "[Nơi nhận:]{.underline}", "[văn bản](http://…)"
	if k := normSpanEnd(line); k >= 0 {
		l.end = l.start + len(normUnspan(line))
		l.starAt = -1
		return true
	}
	if c := line[0]; (c == '|' || c == '+' || c == '-' || c == ':') && normTableRule(line) {
		l.end = l.start
		return true
	}
	if line[0] != '|' && line[len(line)-1] != '|' {
		return false
	}
	// a table row: cells between bars, joined by one tab
	cells := strings.FieldsFunc(string(line), func(r rune) bool { return r == '|' })
	var b []byte
	for _, c := range cells {
		c = strings.Trim(c, " \t")
		if c == "" {
			continue
		}
		if len(b) > 0 {
			if normMarkerOnly(b) {
				b = append(b, ' ')
			} else {
				b = append(b, '\t')
			}
		}
		b = append(b, c...)
	}
	l.starAt = -1
	l.end = l.start + copy(line, b) // cells only lose bytes
	return true
}

// normEscapeAt returns the index of the first backslash before ASCII
// punctuation in line, or -1.
func normEscapeAt(line []byte) int {
	for from := 0; ; {
		k := bytes.IndexByte(line[from:], '\\')
		if k < 0 {
			return -1
		}
		k += from
		if k+1 < len(line) && normASCIIPunct(line[k+1]) {
			return k
		}
		from = k + 1
	}
}

// normSpanEnd returns the index of the first "](" or "]{" of a pandoc link
// or span in line whose text has an opening bracket before it, or -1.
func normSpanEnd(line []byte) int {
	for from := 0; ; {
		k := bytes.IndexByte(line[from:], ']')
		if k < 0 {
			return -1
		}
		k += from
		if k+1 < len(line) && (line[k+1] == '(' || line[k+1] == '{') &&
			bytes.IndexByte(line[:k], '[') >= 0 && bytes.IndexByte(line[k+1:], normCloser(line[k+1])) >= 0 {
			return k
		}
		from = k + 1
	}
}

func normCloser(open byte) byte {
	if open == '(' {
		return ')'
	}
	return '}'
}

// normUnspan rewrites line in place, keeping the text of every pandoc link
// and span ("[text](url)", "[text]{.underline}") and dropping images
// ("![alt](path)"); it returns the shortened line.
func normUnspan(line []byte) []byte {
	out := line[:0]
	for len(line) > 0 {
		k := normSpanEnd(line)
		if k < 0 {
			out = append(out, line...)
			break
		}
		open := bytes.LastIndexByte(line[:k], '[')
		closeAt := k + 1 + bytes.IndexByte(line[k+1:], normCloser(line[k+1]))
		image := open > 0 && line[open-1] == '!'
		head := line[:open]
		if image {
			head = line[:open-1]
		}
		text := line[open+1 : k]
		rest := line[closeAt+1:]
		out = append(out, head...)
		if !image {
			out = append(out, text...)
		}
		line = rest
	}
	return normSqueeze(out)
}

// normSqueeze collapses what a removal inside a cleaned line leaves: runs
// of spaces and tabs become one (a tab when there is one), none at the
// edges. It works in place and returns the shortened line.
func normSqueeze(out []byte) []byte {
	w := 0
	for r := 0; r < len(out); r++ {
		c := out[r]
		if (c == ' ' || c == '\t') && (w == 0 || out[w-1] == ' ' || out[w-1] == '\t') {
			if w > 0 && c == '\t' {
				out[w-1] = '\t' // a column gap wins over a space
			}
			continue
		}
		out[w] = c
		w++
	}
	for w > 0 && (out[w-1] == ' ' || out[w-1] == '\t') {
		w--
	}
	out = out[:w]
	// after a list marker a gap is one space, as cleaning makes it
	if k := bytes.IndexByte(out, '\t'); k > 0 && normMarkerOnly(out[:k]) {
		out[k] = ' '
	}
	return out
}

// normTableRule reports a Markdown table rule: "---|---", "|:--|--:|",
// "+----+----+" (a line of dashes alone is text: a header's rule).
func normTableRule(line []byte) bool {
	dash, bar := false, false
	for _, c := range line {
		switch c {
		case '-', '=':
			dash = true
		case '|', '+':
			bar = true
		case ':', ' ', '\t':
		default:
			return false
		}
	}
	return dash && bar
}

// normMarkerOnly reports whether what a line holds so far is a list marker
// ("-", "+", "*", "1.", "a)", "II."), after which a run of spaces is one
// space.
func normMarkerOnly(b []byte) bool {
	switch {
	case len(b) == 0 || len(b) > 4:
		return false
	case len(b) == 1 && (b[0] == '-' || b[0] == '+' || b[0] == '*'):
		return true
	}
	if last := b[len(b)-1]; last != '.' && last != ')' {
		return false
	}
	for _, c := range b[:len(b)-1] {
		if !('0' <= c && c <= '9') && !('a' <= c|0x20 && c|0x20 <= 'z') {
			return false
		}
	}
	return true
}

func normSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func normASCIIPunct(c byte) bool {
	return c > ' ' && c < 0x7F && !('0' <= c && c <= '9') && !('a' <= c && c <= 'z') && !('A' <= c && c <= 'Z')
}
