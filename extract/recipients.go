package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// hdrKinhGui reads the recipients after "Kính gửi:" at line i, whose cell c
// starts with it: the rest of the cell, then the item lines below ("- Sở
// Tài chính;"). used is the number of lines consumed after line i.
func hdrKinhGui(t *text, i int, c string) (out []string, used int) {
	rest := c
	if k := strings.IndexByte(rest, ':'); k >= 0 {
		rest = rest[k+1:]
	} else {
		rest = hdrAfterWords(rest, 2)
	}
	if item := recItem(rest); item != "" && !recSkip(item) {
		out = append(out, item)
	}
	for j := i + 1; j < len(t.lines) && j < i+40; j++ {
		line := hdrStrip(t.line(j))
		if line == "" {
			continue
		}
		if !recIsItem(line) {
			if len(out) == 0 && len(line) < 150 && !hdrBodyStart(line) && !recSkip(recItem(line)) {
				out = append(out, recItem(line)) // "Kính gửi:" alone, recipient on the next line
				used = j - i
				continue
			}
			if n := len(out); n > 0 && j > i+1 && len(line) < 120 && recWraps(t.line(j-1)) && !hdrBodyStart(line) && !hdrIsUpper(line) {
				out[n-1] += " " + recItem(line)
				used = j - i
				continue
			}
			break
		}
		if item := recItem(line); item != "" && !recSkip(item) {
			out = append(out, item)
		}
		used = j - i
	}
	return out, used
}

// recipientsNoiNhan reads the "Nơi nhận:" list of the closing block, from
// line from on: item lines until the first line that is not an item.
func recipientsNoiNhan(t *text, from int) []string {
	var out []string
	for j := from + 1; j < len(t.lines) && j < from+40; j++ {
		line := hdrStrip(t.line(j))
		if line == "" {
			continue
		}
		cells := hdrCells(line)
		if len(cells) == 0 {
			break
		}
		if !recIsItem(cells[0]) {
			// a wrapped item: the previous one ended with a comma
			if n := len(out); n > 0 && strings.HasSuffix(strings.TrimSpace(t.line(j-1)), ",") && len(cells[0]) < 120 {
				out[n-1] += " " + recItem(cells[0])
				continue
			}
			break
		}
		if item := recItem(cells[0]); item != "" && !recSkip(item) {
			out = append(out, item)
		}
	}
	return out
}

// recTrimColumn cuts from a Nơi nhận item what OCR ran into it from the
// signature column beside it with single spaces: the text after the
// item's semicolon ("Tổng công ty Trường Sơn; PHÓ GIÁM ĐỐC") and a
// signer title in capitals ending it ("Công ty TNHH Thông Đạt THỨ
// TRƯỞNG"). It returns "" when nothing of the item is left.
func (r *headerRules) recTrimColumn(item string) string {
	if k := strings.IndexByte(item, ';'); k > 0 {
		item = strings.TrimSpace(item[:k])
	}
	if tail, ok := r.titleSuffix(item, vn.Fold(item)); ok {
		item = strings.TrimSpace(strings.TrimSuffix(item, tail))
	}
	item = recItem(item)
	if recSkip(item) {
		return ""
	}
	return item
}

// recWraps reports whether the Kính gửi item line prev goes on in the
// next line: it ends inside the item, with a comma or a letter ("- Các cơ
// quan chuyên trách tham mưu, giúp việc" / "Đảng ủy Ủy ban nhân dân
// tỉnh,"), not with the ";" or "." that close an item.
func recWraps(prev string) bool {
	p := strings.TrimSpace(prev)
	r, _ := utf8.DecodeLastRuneInString(p)
	return r == ',' || recIsItem(p) && unicode.IsLetter(r)
}

// recIsItem reports whether s is a list item: "- …", "+ …", "• …".
func recIsItem(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '-' || r == '+' || r == '•' || r == '–' || r == '·'
}

// recItem cleans one recipient: no bullet, no trailing punctuation, no
// closing "(để b/c)" note.
func recItem(s string) string {
	s = strings.TrimLeftFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '+' || r == '•' || r == '–' || r == '·' || r == '*'
	})
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == ';' || r == ',' || r == '.' || r == '*' || r == '|'
	})
	if strings.HasSuffix(s, ":") {
		return strings.TrimSpace(s)
	}
	if k := strings.LastIndexByte(s, '('); k > 0 && strings.HasSuffix(s, ")") && len(s)-k < 40 {
		s = strings.TrimSpace(s[:k])
	}
	return s
}

// recSkip reports items that are not recipients: "Như trên", "Lưu: VT".
func recSkip(item string) bool {
	f := vn.Fold(item)
	letters := 0
	for i := 0; i < len(f); i++ {
		if f[i] >= 'a' && f[i] <= 'z' {
			letters++
		}
	}
	// "Như trên (Số 193 Nguyễn Huy Tưởng, …)": the address of the Kính gửi
	return letters < 3 || (strings.HasPrefix(f, "nhu ") && len(f) < 16) || strings.HasPrefix(f, "nhu tren") || strings.HasPrefix(f, "luu")
}

// hdrAfterWords returns s without its first n words.
func hdrAfterWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return ""
	}
	return strings.Join(f[n:], " ")
}
