package corpus

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// normHeaderPhrases are the fixed phrases of the national document header
// (Decree 30/2020/NĐ-CP): the motto and the heads of the people's
// councils and committees, folded. They are the format of the header, not
// domain data. A line holding only the first words of one of them, followed
// by a line with the rest, was broken by a conversion and is rejoined.
var normHeaderPhrases = [][]string{
	strings.Fields("uy ban nhan dan"),
	strings.Fields("hoi dong nhan dan"),
	strings.Fields("cong hoa xa hoi chu nghia viet nam"),
	strings.Fields("doc lap - tu do - hanh phuc"),
}

// assemble writes the cleaned lines out: empty lines dropped, runs of blank
// lines collapsed to one, stray OCR marks removed, broken header phrases
// rejoined. Lines a converter wrapped inside a sentence are left as they
// are: the parsers read wrapped titles and paragraphs (a title joined into
// one long line ends the header scan), and the layout that tells a wrapped
// line from a centred title line is gone once the text is normalized.
func (n *normLines) assemble() string {
	type kept struct {
		text       []byte
		blankAbove bool
	}
	out := make([]kept, 0, len(n.lines))
	closing := false // after "./." or "Nơi nhận": the end of the document
	blankPending := false
	for k := range n.lines {
		l := &n.lines[k]
		if l.end == l.start {
			if l.blank && len(out) > 0 {
				blankPending = true
			}
			continue
		}
		line := normCutTrailingMark(n.buf[l.start:l.end], l)
		if normStrayLine(line) || (closing && l.italic && normOneWord(line)) {
			continue
		}
		out = append(out, kept{line, blankPending})
		blankPending = false
		if !closing && (bytes.HasSuffix(line, []byte("./.")) || normNoiNhan(line)) {
			closing = true
		}
	}
	var b strings.Builder
	b.Grow(len(n.buf))
	for k := 0; k < len(out); k++ {
		if b.Len() > 0 {
			b.WriteByte('\n')
			if out[k].blankAbove {
				b.WriteByte('\n')
			}
		}
		b.Write(out[k].text)
		// a header phrase broken over this line and the next ones
		joined := out[k].text
		for k+1 < len(out) && !out[k+1].blankAbove && (normBrokenPhrase(joined, out[k+1].text)) {
			b.WriteByte(' ')
			b.Write(out[k+1].text)
			joined = append(append(append([]byte(nil), joined...), ' '), out[k+1].text...)
			k++
		}
	}
	return b.String()
}

// normNoiNhan reports the "Nơi nhận" (recipients) line that opens the
// closing block of a document.
func normNoiNhan(line []byte) bool {
	if len(line) < 8 || (line[0] != 'N' && line[0] != 'n') {
		return false
	}
	return strings.HasPrefix(vn.Fold(string(line[:min(len(line), 12)])), "noi nhan")
}

// normCutTrailingMark removes an emphasized fragment an OCR left after the
// end mark "./." of the text ("… giải quyết./. *Chuẩn*").
func normCutTrailingMark(line []byte, l *normLine) []byte {
	if l.starAt < 0 {
		return line
	}
	p := bytes.LastIndex(line, []byte("./."))
	if p < 0 || l.starAt <= p {
		return line
	}
	f := bytes.Fields(line[p+3:])
	if len(f) == 0 || len(f) > 2 {
		return line
	}
	words := 0
	for _, w := range f {
		if normHasLetter(w) {
			words++
		}
	}
	if words > 1 {
		return line
	}
	return line[:p+3]
}

// normStrayLine reports a line that holds nothing but one letter Vietnamese
// does not use (f, j, w, z) and punctuation: "- W*", "j." — an OCR mark,
// never a list label (Vietnamese lists skip those letters).
func normStrayLine(line []byte) bool {
	letters := 0
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c >= utf8.RuneSelf || ('0' <= c && c <= '9'):
			return false
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			switch c | 0x20 {
			case 'f', 'j', 'w', 'z':
				letters++
			default:
				return false
			}
		}
	}
	return letters == 1
}

// normOneWord reports whether line is one word of letters and nothing else.
func normOneWord(line []byte) bool {
	if len(line) == 0 {
		return false
	}
	for _, r := range string(line) {
		if !vn.IsLetter(r) {
			return false
		}
	}
	return true
}

func normHasLetter(w []byte) bool {
	for _, r := range string(w) {
		if vn.IsLetter(r) {
			return true
		}
	}
	return false
}

// normBrokenPhrase reports whether line holds exactly the first words of a
// header phrase and next begins with the word that follows them: "ỦY" and
// "BAN NHÂN DÂN", "CỘNG" and "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".
func normBrokenPhrase(line, next []byte) bool {
	if len(line) > 40 || len(line) == 0 {
		return false
	}
	if r, _ := utf8.DecodeRune(line); !normPhraseInitial(vn.FoldRune(r)) {
		return false
	}
	lw := strings.Fields(vn.Fold(string(line)))
	if len(lw) == 0 || !normPhraseStart(lw[0]) {
		return false
	}
	nw := strings.Fields(vn.Fold(string(next[:min(len(next), 24)])))
	if len(nw) == 0 {
		return false
	}
	for _, p := range normHeaderPhrases {
		if len(lw) >= len(p) || lw[0] != p[0] {
			continue
		}
		ok := true
		for i, w := range lw {
			if p[i] != w {
				ok = false
				break
			}
		}
		if ok && nw[0] == p[len(lw)] {
			return true
		}
	}
	return false
}

// normPhraseStart reports whether w (folded) opens a header phrase.
func normPhraseStart(w string) bool {
	for _, p := range normHeaderPhrases {
		if p[0] == w {
			return true
		}
	}
	return false
}

// normPhraseInitial reports whether a folded letter starts a header phrase.
func normPhraseInitial(c rune) bool {
	for _, p := range normHeaderPhrases {
		if rune(p[0][0]) == c {
			return true
		}
	}
	return false
}
