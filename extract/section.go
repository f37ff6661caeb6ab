package extract

import "strings"

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
func parseHeading(line string) (num, title string, level int) {
	s := strings.TrimLeft(line, " \t")
	// Roman numerals.
	if n := romanPrefix(s); n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') {
		return s[:n], strings.TrimSpace(s[n+1:]), levelRoman
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
