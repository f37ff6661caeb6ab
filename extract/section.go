package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Section is one heading of the body and the text it governs.
type Section struct {
	Num    string // "II", "2.1", "a"
	Title  string // the rest of the heading line
	Level  int    // 1 Roman, 2 "1.", 3 "1.1.", 4 "1.1.1.", 5 lettered "a)"
	Start  int    // byte offset of the heading line
	End    int    // byte offset where the next heading of the same or a higher level starts
	Parent int    // index of the enclosing section, -1 at the top
}

// Section levels.
const (
	levelRoman  = 1
	levelLetter = 5
)

// findSections scans the lines of t once and returns its headings in order,
// each with its extent and parent.
func findSections(t *text) []Section {
	var secs []Section
	var open []int // stack of indexes into secs
	for i := range t.lines {
		num, title, level := parseHeading(t.line(i))
		if level == 0 {
			continue
		}
		start := t.lines[i].Start
		for len(open) > 0 && secs[open[len(open)-1]].Level >= level {
			secs[open[len(open)-1]].End = start
			open = open[:len(open)-1]
		}
		parent := -1
		if len(open) > 0 {
			parent = open[len(open)-1]
		}
		secs = append(secs, Section{Num: num, Title: title, Level: level, Start: start, End: len(t.s), Parent: parent})
		open = append(open, len(secs)-1)
	}
	return secs
}

// parseHeading recognizes "II. MỤC TIÊU", "2.1. Mục tiêu cụ thể", "2.1 Mục
// tiêu", "a) Đến năm 2025". level is 0 when line is not a heading.
//
// Conversion damage is tolerated: markdown heading marks and emphasis
// ("## **II. MỤC TIÊU …**") are skipped, and the title loses its closing
// emphasis marks.
func parseHeading(line string) (num, title string, level int) {
	s := secStripMarkup(line)
	if s == "" {
		return "", "", 0
	}
	// Pandoc escapes list-like labels: "2\. Mục tiêu", "II\. MỤC TIÊU", "a\) …".
	if i := strings.IndexByte(s, '\\'); i > 0 && i < 12 && i+1 < len(s) && (s[i+1] == '.' || s[i+1] == ')') {
		s = s[:i] + s[i+1:]
	}
	num, title, level = secParseBare(s)
	if level > 0 {
		title = strings.TrimRight(title, "*_ \t")
	}
	return num, title, level
}

// secStripMarkup drops leading blanks and markdown marks (#, *, _, >) and
// a trailing run of emphasis marks.
func secStripMarkup(line string) string {
	s := strings.TrimLeft(line, " \t#*_>")
	return strings.TrimRight(s, " \t\r*_")
}

// secParseBare recognizes a heading in s, which starts with no markup.
func secParseBare(s string) (num, title string, level int) {
	// Roman numerals.
	if n := romanPrefix(s); n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') {
		return s[:n], strings.TrimSpace(s[n+1:]), levelRoman
	}
	// "II . MỤC TIÊU": OCR puts a blank before the dot.
	if n := romanPrefix(s); n > 0 && strings.HasPrefix(s[n:], " . ") {
		return s[:n], strings.TrimSpace(s[n+3:]), levelRoman
	}
	// "II- MỤC TIÊU", "II – MỤC TIÊU": a Roman numeral, a dash, an upper-case title.
	if n := romanPrefix(s); n > 0 {
		rest := strings.TrimLeft(s[n:], " ")
		for _, d := range [...]string{"-", "–", "—"} {
			if t, ok := strings.CutPrefix(rest, d); ok && strings.HasPrefix(t, " ") {
				t = strings.TrimSpace(t)
				if r, _ := utf8.DecodeRuneInString(t); unicode.IsUpper(r) {
					return s[:n], t, levelRoman
				}
			}
		}
	}
	// Dotted Arabic numbers: 1. / 2.1. / 2.1 (followed by a space).
	i, dots := 0, 0
	for i < len(s) {
		j := i
		for j < len(s) && j-i < 3 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == i {
			break
		}
		i = j
		if i < len(s) && s[i] == '.' {
			dots++
			i++
			continue
		}
		break
	}
	if i > 0 && i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		n := strings.TrimSuffix(s[:i], ".")
		pieces := strings.Count(n, ".") + 1
		if dots >= 1 && pieces <= 3 {
			return n, strings.TrimSpace(s[i:]), 1 + pieces
		}
	}
	if i > 0 && i < len(s) && s[i] == ')' && i <= 2 {
		return s[:i], strings.TrimSpace(s[i+1:]), 2
	}
	// Lettered items: a) b) đ).
	for _, prefix := range letterItems {
		if strings.HasPrefix(s, prefix) {
			return strings.TrimSuffix(prefix, ")"), strings.TrimSpace(s[len(prefix):]), levelLetter
		}
	}
	return "", "", 0
}

// letterItems are the Vietnamese list letters in order (đ follows d; no f, j, w, z).
var letterItems = strings.Fields("a) b) c) d) đ) e) g) h) i) k) l) m) n) o) p) q) r) s) t) u) v) x) y)")

// romanPrefix returns the length of the upper-case Roman numeral (I–XX) that
// starts s, or 0.
func romanPrefix(s string) int {
	n := 0
	for n < len(s) && (s[n] == 'I' || s[n] == 'V' || s[n] == 'X') {
		n++
	}
	if n == 0 || n > 5 {
		return 0
	}
	return n
}

// sectionAt returns the index of the innermost section containing offset
// off, or -1.
func (t *text) sectionAt(off int) int {
	best := -1
	for i, s := range t.secs {
		if s.Start > off {
			break
		}
		if off < s.End {
			best = i
		}
	}
	return best
}

// secItemMarks are the bullets that open list items below the headings:
// "- ", "+ ", "• ", and conversion damage such as "- + " (a dash before the
// real plus).
var secItemMarks = [...]string{"-", "+", "•", "–", "—", "·", "*", "▪", "○", "\\-", "\\+", "\\*"}

// secItem reports the list-item marker that opens line ("+" for "- + …",
// the innermost mark) and the text after the markers. mark is "" when the
// line is not a list item. A negative number ("-5%") is not an item.
func secItem(line string) (mark, rest string) {
	s := strings.TrimLeft(line, " \t#>")
	for {
		found := false
		for _, m := range secItemMarks {
			if !strings.HasPrefix(s, m) {
				continue
			}
			after := s[len(m):]
			if after != "" && after[0] != ' ' && after[0] != '\t' {
				continue // "-5%", "+3", "**bold**" are not bullets
			}
			mark, s, found = m, strings.TrimLeft(after, " \t"), true
			break
		}
		if !found {
			return mark, s
		}
	}
}
