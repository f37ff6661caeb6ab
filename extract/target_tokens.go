package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// Kinds of target tokens.
const (
	tgtWord  = iota // a run of letters: "gia", "đình"
	tgtNum          // digits with inner separators: "1.000", "0,3", "2.1"
	tgtPunct        // any other single rune: "%", ";", "“", "/"
)

// tgtTok is one token of a line: s[S:E] in the line, folded form F for words
// and punctuation (digits as written for numbers). L is a word as written
// when it carries diacritics, "" when it has none (or they are decomposed),
// so that "từ" and "tử" differ while "tu" may be either.
type tgtTok struct {
	S, E int
	F    string
	L    string
	Kind int
}

// tgtTokenize splits line into words, numbers and punctuation runes, skipping
// blanks. It appends to buf and returns it. The folded words of a line share
// one buffer, so tokenizing costs one allocation per line rather than one
// per word.
func tgtTokenize(line string, buf []tgtTok) []tgtTok {
	first := len(buf)
	// Scratch on the stack for most lines; only the folded string is kept.
	var fbStack [512]byte
	var spanStack [128]int32
	fb := fbStack[:0]
	spans := spanStack[:0] // folded start/end per word token, in order
	i := 0
	for i < len(line) {
		r, n := utf8.DecodeRuneInString(line[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\r' || r == '\u00a0':
			i += n
		case r >= '0' && r <= '9':
			j := i + 1
			for j < len(line) {
				c := line[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == '.' || c == ',') && j+1 < len(line) && line[j+1] >= '0' && line[j+1] <= '9' {
					j += 2
					continue
				}
				break
			}
			buf = append(buf, tgtTok{S: i, E: j, F: line[i:j], Kind: tgtNum})
			i = j
		case r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z') || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)):
			j := i
			fs := len(fb)
			marked, plain := false, true
			for j < len(line) {
				if c := line[j]; c < utf8.RuneSelf {
					// ASCII: a letter folds to its lower case.
					if c|0x20 < 'a' || c|0x20 > 'z' {
						break
					}
					fb = append(fb, c|0x20)
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(line[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				fb = tgtFoldRune(fb, r2)
				if r2 >= utf8.RuneSelf {
					plain = false
					marked = marked || unicode.Is(unicode.Mn, r2)
				}
				j += n2
			}
			spans = append(spans, int32(fs), int32(len(fb)))
			tok := tgtTok{S: i, E: j, Kind: tgtWord}
			if !plain && !marked {
				tok.L = line[i:j]
			}
			buf = append(buf, tok)
			i = j
		default:
			buf = append(buf, tgtTok{S: i, E: i + n, F: line[i : i+n], Kind: tgtPunct})
			i += n
		}
	}
	folded := string(fb)
	w := 0
	for k := first; k < len(buf); k++ {
		if buf[k].Kind != tgtWord {
			continue
		}
		f := folded[spans[w]:spans[w+1]]
		w += 2
		if f == "do" && tgtIsDo(line[buf[k].S:buf[k].E]) {
			f = tgtDo
		}
		buf[k].F = f
	}
	// Text without diacritics writes "đó" as "do": "trong do 20%", "trong
	// do co bang cap" (but "trong do tuoi" is "trong độ tuổi").
	for k := first + 1; k+1 < len(buf); k++ {
		if buf[k].Kind == tgtWord && buf[k].F == "do" && buf[k].E-buf[k].S == 2 && buf[k-1].F == "trong" &&
			(buf[k+1].Kind == tgtNum || tgtIsPunct(buf, k+1, ",") || tgtIsPunct(buf, k+1, ":") || buf[k+1].Kind == tgtWord && buf[k+1].F == "co" && buf[k+1].L == "") {
			buf[k].F = tgtDo
		}
	}
	return buf
}

// tgtFoldRune appends vn.FoldRune(r) of a rune beyond ASCII to fb (nothing
// for a combining mark), through the table of agFoldAppend.
func tgtFoldRune(fb []byte, r rune) []byte {
	if r < rune(len(agFoldTab)) {
		switch f := agFoldTab[r]; f {
		case agFoldDrop:
			return fb
		case 0:
		default:
			return append(fb, f)
		}
	}
	if f := vn.FoldRune(r); f >= 0 {
		fb = utf8.AppendRune(fb, f)
	}
	return fb
}

// tgtIsWord reports whether token k exists and is the folded word w.
func tgtIsWord(toks []tgtTok, k int, w string) bool {
	return k >= 0 && k < len(toks) && toks[k].Kind == tgtWord && toks[k].F == w
}

// tgtIsPunct reports whether token k exists and is the punctuation p.
func tgtIsPunct(toks []tgtTok, k int, p string) bool {
	return k >= 0 && k < len(toks) && toks[k].Kind == tgtPunct && toks[k].F == p
}

// tgtYear returns the year a number token spells (1945–2100), or 0.
func tgtYear(t tgtTok) int {
	if t.Kind != tgtNum || len(t.F) != 4 {
		return 0
	}
	y := 0
	for i := 0; i < 4; i++ {
		y = y*10 + int(t.F[i]-'0')
	}
	if y < 1945 || y > 2100 {
		return 0
	}
	return y
}

// tgtDo is the folded form given to "đó" (that), which folding would merge
// with "độ" (degree, as in "độ tuổi", "mức độ") and "do" (by).
const tgtDo = "do'"

// tgtIsDo reports whether w is "đó" in any case, NFC or NFD.
func tgtIsDo(w string) bool {
	switch w {
	case "\u0111\u00f3", "\u0110\u00f3", "\u0110\u00d3", "\u0111o\u0301", "\u0110o\u0301", "\u0110O\u0301":
		return true
	}
	return false
}
