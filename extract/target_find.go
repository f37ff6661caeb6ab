package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vanban/vanban/extract/vn"
)

// tgtMaxIndicator and tgtMaxText bound the phrases a target carries.
const (
	tgtMaxIndicator = 300
	tgtMaxText      = 600
	tgtMaxTail      = 40 // tokens of a clause's tail read for a shared predicate
)

// tgtScan is the state of one pass over a text's lines.
type tgtScan struct {
	r    *targetRules
	t    *text
	ctx  []tgtSecCtx
	p    Period
	sec  int // innermost section of the current line, -1 before the first
	next int // next section whose heading is still ahead

	leadKind int // context set by the last lead-in line since the last heading
	leadYear int
	lineYear int  // year of a lead-in clause ending in a colon earlier on the line
	lineGoal bool // that lead-in is worded as a goal
	sentYear int  // goal year an earlier clause of the current sentence states
	sentA    int  // token bounds of the current sentence of the line
	sentB    int
	toks     []tgtTok
	cands    []tgtCand
	out      []Target
}

// find scans t once and returns its targets in text order.
func (r *targetRules) find(t *text, p Period) []Target {
	s := &tgtScan{r: r, t: t, ctx: r.sectionContexts(t), p: p, sec: -1}
	for i := 0; i < len(t.lines); {
		j := i + 1
		for j < len(t.lines) {
			k := j
			if k+1 < len(t.lines) && strings.TrimSpace(t.line(k)) == "" {
				k++ // one blank line inside a wrapped sentence
			}
			if !tgtContinues(t.line(j-1), t.line(k)) {
				break
			}
			j = k + 1
		}
		s.para(i, j)
		i = j
	}
	return s.out
}

// tgtContinues reports whether next continues the sentence that prev
// leaves open: prev does not end a sentence or clause, and next starts in
// lower case or with a number, with no heading or bullet of its own (PDF
// and OCR text wrap sentences over lines).
func tgtContinues(prev, next string) bool {
	p := strings.TrimRight(prev, " \t\r")
	if p == "" || strings.ContainsRune(".;:!?", rune(p[len(p)-1])) {
		return false
	}
	n := strings.TrimLeft(next, " \t")
	if n == "" {
		return false
	}
	if _, title, lvl := parseHeading(p); lvl > 0 && len(title) < 80 {
		return false // a heading's short title is no sentence to continue
	}
	r, _ := utf8.DecodeRuneInString(n)
	if !unicode.IsLower(r) && !unicode.IsDigit(r) {
		return false
	}
	if _, _, lvl := parseHeading(n); lvl > 0 {
		return false
	}
	mark, _ := secItem(n)
	return mark == ""
}

// advance moves the section cursor to the line starting at off.
func (s *tgtScan) advance(off int) (heading bool) {
	for s.next < len(s.t.secs) && s.t.secs[s.next].Start <= off {
		s.sec = s.next
		s.next++
		heading = true
	}
	for s.sec >= 0 && off >= s.t.secs[s.sec].End {
		s.sec = s.t.secs[s.sec].Parent
	}
	return heading
}

// context returns the kind and year in force for the current line.
func (s *tgtScan) context() (kind, year int) {
	if s.sec >= 0 {
		kind, year = s.ctx[s.sec].kind, s.ctx[s.sec].year
	}
	if s.leadKind != tgtCtxNone {
		kind = s.leadKind
	}
	if s.leadYear != 0 {
		year = s.leadYear
	}
	return kind, year
}

// para processes lines i..j-1, one paragraph: a heading resets lead-ins, a
// short line may be a lead-in, and a paragraph with numbers in a target
// context yields targets.
func (s *tgtScan) para(i, j int) {
	ln := s.t.lines[i]
	text := s.t.s[ln.Start:ln.End]
	if j > i+1 {
		parts := make([]string, 0, j-i)
		for k := i; k < j; k++ {
			if l := strings.TrimSpace(s.t.line(k)); l != "" {
				parts = append(parts, l)
			}
		}
		text = strings.Join(parts, " ")
	}
	if s.advance(ln.Start) {
		s.leadKind, s.leadYear = tgtCtxNone, 0
	}
	hasPct := strings.IndexByte(text, '%') >= 0
	isHeading := s.sec >= 0 && s.t.secs[s.sec].Start == ln.Start
	if !isHeading && !hasPct && len(text) <= 200 {
		s.leadIn(text)
	}
	kind, _ := s.context()
	if kind == tgtCtxReview || !hasPct && kind != tgtCtxTarget || !tgtHasDigit(text) {
		return
	}
	s.toks = tgtTokenize(text, s.toks[:0])
	first := 0
	if isHeading {
		first = tgtAfterLabel(s.toks)
	}
	s.clauses(text, first)
}

// tgtAfterLabel returns the index of the first token after a heading's
// label ("a)", "2.1.", "## **II."), or 0 when none is found.
func tgtAfterLabel(toks []tgtTok) int {
	for k := 0; k < len(toks) && k < 10; k++ {
		if toks[k].Kind == tgtPunct && (toks[k].F == ")" || toks[k].F == ".") {
			return k + 1
		}
		if toks[k].Kind == tgtWord && len(toks[k].F) > 4 {
			break
		}
	}
	return 0
}

// leadIn reads a short line such as "Mục tiêu đến năm 2025:", "Phấn đấu
// đến năm 2030, đạt các chỉ tiêu sau:" or "Kết quả đạt được:".
func (s *tgtScan) leadIn(text string) {
	_, rest := secItem(text)
	f := tgtDropLabel(vn.Fold(rest))
	k := s.r.classify(f)
	starts := k != tgtCtxNone && s.r.cueNear(f)
	goal := 0
	if tgtHasDigit(rest) { // a goal year needs a number token
		toks := tgtTokenize(rest, s.toks[:0])
		goal, _ = tgtClauseYear(toks, 0, len(toks), false)
	}
	yearLead := goal > 0 && (strings.HasPrefix(f, "den ") || strings.HasPrefix(f, "giai doan") || strings.HasPrefix(f, "nam ") || strings.HasPrefix(f, "trong nam") || strings.HasPrefix(f, "vao nam"))
	if !starts && !yearLead {
		return
	}
	if starts && goal == 0 && !tgtBareLead(f) {
		return // "Mục tiêu: nâng cao nhận thức …" states a task's aim, it opens no list
	}
	if starts {
		s.leadKind = k
	} else if s.leadKind == tgtCtxNone {
		s.leadKind = tgtCtxTarget
	}
	if goal > 0 {
		s.leadYear = goal
	}
}

// tgtBareLead reports whether folded f is a bare lead-in: a short title
// ("Mục tiêu cụ thể", "Kết quả đạt được") or a phrase ending in a colon
// with nothing after it.
func tgtBareLead(f string) bool {
	f = strings.Trim(f, " *_.")
	if i := strings.IndexByte(f, ':'); i >= 0 {
		return strings.Trim(f[i+1:], " *_.") == ""
	}
	return len(f) <= 60
}

// tgtDropLabel drops a short label that the section parser does not take
// for a heading ("a. ", "b- ", "phan i. ") from folded f.
func tgtDropLabel(f string) string {
	f = strings.TrimLeft(f, " *#")
	if rest, ok := strings.CutPrefix(f, "phan "); ok {
		if r := tgtDropLabel(rest); r != rest {
			return r
		}
		return f
	}
	for i := 0; i < len(f) && i < 5; i++ {
		c := f[i]
		if c == '.' || c == ')' || c == '-' {
			if i > 0 && i+1 < len(f) && f[i+1] == ' ' {
				return strings.TrimLeft(f[i+1:], " ")
			}
			break
		}
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			break
		}
	}
	return f
}

// cueNear reports whether a cue opens the folded lead-in f (within its
// first words), so that a line mentioning "kết quả" in passing is no
// lead-in.
func (r *targetRules) cueNear(f string) bool {
	if len(f) > 24 {
		f = f[:24]
	}
	return r.classify(f) != tgtCtxNone && r.classifyAt0(f)
}

// classifyAt0 reports whether a target or review cue starts f.
func (r *targetRules) classifyAt0(f string) bool {
	for _, c := range r.cueTarget {
		if strings.HasPrefix(f, c) {
			return true
		}
	}
	for _, c := range r.cueReview {
		if strings.HasPrefix(f, c) {
			return true
		}
	}
	return false
}

func tgtHasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// tgtClauseEnd reports whether token t ends a clause.
func tgtClauseEnd(t tgtTok) bool {
	return t.Kind == tgtPunct && (t.F == ";" || t.F == "." || t.F == "!" || t.F == "?" || t.F == ":")
}

// tgtSentenceEnd reports whether token t ends a sentence.
func tgtSentenceEnd(t tgtTok) bool {
	return t.Kind == tgtPunct && (t.F == "." || t.F == "!" || t.F == "?")
}

// clauses splits the tokens of the current line into clauses and reads the
// targets of each.
func (s *tgtScan) clauses(line string, first int) {
	cs := first
	prevColon := -1 // start of the clause before a colon, for "Gia đình học tập: 70%"
	s.lineYear, s.lineGoal, s.sentYear = 0, false, 0
	s.sentA, s.sentB = 0, 0
	for k := first; k <= len(s.toks); k++ {
		if k < len(s.toks) && !tgtClauseEnd(s.toks[k]) {
			continue
		}
		if k > cs {
			s.clause(line, cs, k, prevColon)
		}
		prevColon = -1
		if k < len(s.toks) && tgtSentenceEnd(s.toks[k]) {
			s.sentYear = 0
		}
		if k < len(s.toks) && s.toks[k].F == ":" {
			prevColon = cs
			// "- Đến năm 2025: 70% gia đình …": a lead-in inside the line
			if goal, _ := tgtClauseYear(s.toks, cs, k, true); goal > 0 {
				s.lineYear = goal
				strict, _ := tgtClauseYear(s.toks, cs, k, false)
				s.lineGoal = s.lineGoal || strict > 0 || tgtHasCue(tgtFoldedWords(s.toks, cs, k), s.r.cueGoal)
			}
		}
		cs = k + 1
	}
}
