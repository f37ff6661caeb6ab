package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// hdrCells splits one line of a header into its column cells. pdftotext and
// docx tables put the two header columns side by side, separated by a run
// of spaces, a tab or a '|' of a converted table; either column may come
// first. Markdown emphasis and heading marks are stripped.
func hdrCells(line string) []string {
	var out []string
	start := 0
	emit := func(end int) {
		if c := hdrStrip(line[start:end]); c != "" {
			out = append(out, c)
		}
	}
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '|', '\t':
			emit(i)
			start = i + 1
		case ' ':
			j := i
			for j < len(line) && line[j] == ' ' {
				j++
			}
			if j-i >= 3 {
				emit(i)
				start = j
			}
			i = j - 1
		}
	}
	emit(len(line))
	return hdrSplitMotto(hdrMergeCells(out))
}

// hdrSplitMotto splits cells in which OCR or a plain-text conversion has
// run the two header columns together with a single space: "ỦY BAN NHÂN
// DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN KBANG Độc lập - Tự do -
// Hạnh phúc".
func hdrSplitMotto(cells []string) []string {
	var out []string
	for _, c := range cells {
		for hdrMayHoldMotto(c) {
			k := hdrFoldIndex(c, " cong hoa xa hoi") // OCR may lose the rest ("CỘNG HOÀ XÃ HỘI É")
			if k < 0 {
				k = hdrFoldIndex(c, " doc lap")
			}
			if k <= 0 {
				break
			}
			out = append(out, strings.TrimSpace(c[:k]))
			c = strings.TrimSpace(c[k:])
		}
		out = append(out, c)
	}
	return out
}

// hdrMayHoldMotto is a cheap test before folding: the motto's first words
// as they are written.
func hdrMayHoldMotto(c string) bool {
	for _, w := range [...]string{"CỘNG H", "Cộng h", "cộng h", "ĐỘC L", "Độc l", "độc l", "CONG HOA", "DOC LAP"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// hdrFoldIndex returns the byte offset in s where the folded phrase fp
// starts, or -1. Folding maps each rune of Vietnamese text to one byte, so
// offsets are tracked rune by rune.
func hdrFoldIndex(s, fp string) int {
	if len(s) < len(fp) {
		return -1
	}
	var f []byte
	var at []int
	for i, r := range s {
		x := vn.FoldRune(r)
		if x < 0 {
			continue
		}
		if x >= utf8.RuneSelf {
			x = '?'
		}
		f = append(f, byte(x))
		at = append(at, i)
	}
	k := strings.Index(string(f), fp)
	if k < 0 {
		return -1
	}
	return at[k]
}

// hdrMergeCells joins cells that a run of blanks split inside one phrase:
// the blanks of a draft's number or date ("Số:           /QĐ-SCT", "ngày
// tháng 6 năm 2026").
func hdrMergeCells(cells []string) []string {
	if len(cells) < 2 {
		return cells
	}
	out := cells[:1]
	for _, c := range cells[1:] {
		last := out[len(out)-1]
		if hdrOpenEnd(last) || hdrOpenStart(c) {
			out[len(out)-1] = last + " " + c
			continue
		}
		out = append(out, c)
	}
	return out
}

// hdrOpenEnd reports whether cell c ends in a word that needs what follows:
// "Số:", "ngày", "tháng".
func hdrOpenEnd(c string) bool {
	f := strings.Fields(c)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if i := strings.LastIndexByte(last, ','); i >= 0 {
		last = last[i+1:]
	}
	switch last {
	case "số:", "số", "ngày", "tháng", "năm":
		return true
	}
	return false
}

// hdrOpenStart reports whether cell c continues the cell before it: "/KH-UBND",
// "tháng 6 năm 2026".
func hdrOpenStart(c string) bool {
	if c[0] == '/' {
		return true
	}
	f := vn.Fold(c[:min(len(c), 8)])
	return strings.HasPrefix(f, "thang ") || strings.HasPrefix(f, "nam ")
}

// hdrStrip trims blanks, markdown marks (*, #, >) and table bars from both
// ends of s.
func hdrStrip(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '*' || r == '#' || r == '>' || r == '|' || r == '\u200b' || r == '\ufeff'
	})
}

// hdrIsUpper reports whether s has letters and nearly all of them are
// upper case: the header column and title words are written so.
func hdrIsUpper(s string) bool {
	up, low := 0, 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
	}
	return up > 0 && low*10 <= up
}

// hdrIsRule reports whether s is a separator line: dashes, underscores,
// stars, equals signs.
func hdrIsRule(s string) bool {
	for _, r := range s {
		switch r {
		case '-', '_', '=', '*', '–', '—', '.', ' ', '…':
		default:
			return false
		}
	}
	return true
}

// hdrFoldHasPrefix reports whether the folded s starts with the folded
// word sequence p at a word boundary.
func hdrFoldHasPrefix(fs, fp string) bool {
	if !strings.HasPrefix(fs, fp) {
		return false
	}
	if len(fs) == len(fp) {
		return true
	}
	c := fs[len(fp)]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
}

// hdrMotto reports whether folded cell fs is part of the national motto or
// the Party's name that face the issuer column.
func hdrMotto(fs string) bool {
	for _, m := range [...]string{"cong hoa xa hoi", "doc lap", "dang cong san viet nam", "hanh phuc"} {
		if strings.HasPrefix(fs, m) {
			return true
		}
	}
	return false
}

// hdrCapitalize upper-cases the first letter of w.
func hdrCapitalize(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// hdrUnitTypes are the words that name an administrative unit type, lower
// case with their accents: folded, "quận" would match "cơ quan". They are
// the language of place names, not domain data.
var hdrUnitTypes = [...]string{"thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường", "tp"}

// hdrUnitTypeLen returns how many words of ws form a unit type word ("thị
// xã" is two), or 0.
func hdrUnitTypeLen(ws []string) int {
	w0 := strings.TrimRight(strings.ToLower(ws[0]), ".")
	for _, t := range hdrUnitTypes {
		a, b, two := strings.Cut(t, " ")
		if !two {
			if w0 == t {
				return 1
			}
			continue
		}
		if w0 == a && len(ws) > 1 && strings.ToLower(ws[1]) == b {
			return 2
		}
	}
	return 0
}
