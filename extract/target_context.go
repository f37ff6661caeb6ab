package extract

import (
	"strings"
	"unicode/utf8"
)

// Kinds of context a number sits in.
const (
	tgtCtxNone   = iota // tasks, organization, anything else: goals only when worded as goals
	tgtCtxTarget        // Mục tiêu, Chỉ tiêu, Phấn đấu: every number is a target
	tgtCtxReview        // Kết quả, Đánh giá, Tình hình: achieved results, never targets
)

// classify returns the kind of context a heading title or lead-in sets,
// from whichever cue comes first in its folded text f.
func (r *targetRules) classify(f string) int {
	if t := strings.Trim(f, " .:*"); t == "chi tieu" || t == "cac chi tieu" {
		return tgtCtxTarget
	}
	var pairs tgtPairSet // the byte pairs of f: most cues are not searched for
	for i := 0; i+1 < len(f); i++ {
		pairs.add(tgtPairHash(f[i], f[i+1]))
	}
	best, kind := len(f)+1, tgtCtxNone
	for k, c := range r.cueTarget {
		if !pairs.mayHold(r.cueTargetPairs[k]) {
			continue
		}
		if i := strings.Index(f, c); i >= 0 && i < best {
			best, kind = i, tgtCtxTarget
		}
	}
	for k, c := range r.cueReview {
		if !pairs.mayHold(r.cueReviewPairs[k]) {
			continue
		}
		if i := strings.Index(f, c); i >= 0 && i < best {
			best, kind = i, tgtCtxReview
		}
	}
	return kind
}

// tgtHasCue reports whether folded text f contains one of cues as whole
// words.
func tgtHasCue(f string, cues []string) bool {
	for _, c := range cues {
		for i := 0; ; {
			j := strings.Index(f[i:], c)
			if j < 0 {
				break
			}
			j += i
			end := j + len(c)
			if (j == 0 || !tgtIsLetter(f[j-1])) && (end == len(f) || !tgtIsLetter(f[end])) {
				return true
			}
			i = j + 1
		}
	}
	return false
}

func tgtIsLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 0x80 }

// tgtSecCtx is the resolved context of one section: its kind and year,
// inherited from the enclosing sections when its own title says nothing.
type tgtSecCtx struct {
	kind int
	year int
}

// sectionContexts resolves kind and year for every section of t. Parents
// precede their children, so one pass suffices.
func (r *targetRules) sectionContexts(t *text) []tgtSecCtx {
	out := make([]tgtSecCtx, len(t.secs))
	var buf []tgtTok
	var fb [64]byte
	for i, s := range t.secs {
		var c tgtSecCtx
		if s.Parent >= 0 {
			c = out[s.Parent]
		}
		title := s.Title
		if len(title) > 200 {
			title = title[:200]
		}
		// Only the opening words name a section: a long task item that
		// mentions "đánh giá kết quả" in passing is no review section.
		f := tgtFoldPrefix(fb[:0], title, 48)
		if k := r.classify(string(f)); k != tgtCtxNone {
			c.kind = k
		}
		if len(s.Title) <= 200 && tgtHasDigit(title) { // a goal year needs a number
			buf = tgtTokenize(title, buf[:0])
			if y, _ := tgtClauseYear(buf, 0, len(buf), true); y > 0 {
				c.year = y
			}
		}
		out[i] = c
	}
	return out
}

// tgtFoldPrefix appends the first n bytes of vn.Fold(s) to dst, folding
// no more of s than it needs.
func tgtFoldPrefix(dst []byte, s string, n int) []byte {
	start := len(dst)
	for i := 0; i < len(s) && len(dst)-start < n; {
		_, size := utf8.DecodeRuneInString(s[i:])
		dst = agFoldAppend(dst, s[i:i+size])
		i += size
	}
	if len(dst)-start > n {
		dst = dst[:start+n]
	}
	return dst
}

// tgtClauseYear finds the goal year a clause toks[cs:ce] states: "đến năm
// 2025", "vào năm 2030", "giai đoạn 2021-2025" (its end), "năm 2026". Text
// inside quotes (names of programmes) is skipped. bare is the year of a
// bare "năm Y" that is not a goal phrase ("năm 2020 đạt 85%"), reported
// separately so that the caller can tell achieved results; when heading is
// true a bare year counts as the goal year.
func tgtClauseYear(toks []tgtTok, cs, ce int, heading bool) (goal, bare int) {
	quote := 0
	for k := cs; k < ce; k++ {
		t := toks[k]
		if t.Kind == tgtPunct {
			switch t.F {
			case "“", "«":
				quote++
			case "”", "»":
				if quote > 0 {
					quote--
				}
			case "\"":
				quote ^= 1
			}
			continue
		}
		y := tgtYear(t)
		if y == 0 || quote > 0 {
			continue
		}
		// giai đoạn 2021 - 2025 / 2021-2025: the end year. In a sentence the
		// span must be the goal's ("trong giai đoạn …", "Giai đoạn … :"),
		// not part of a programme's name ("Đề án … giai đoạn 2021-2030").
		if k+2 < ce && (tgtIsPunct(toks, k+1, "-") || tgtIsPunct(toks, k+1, "–") || tgtIsPunct(toks, k+1, "/")) && tgtYear(toks[k+2]) > 0 {
			if goal == 0 && (heading || tgtGoalSpan(toks, cs, k)) {
				goal = tgtYear(toks[k+2])
			}
			k += 2
			continue
		}
		prev := ""
		if k > cs && toks[k-1].Kind == tgtWord {
			prev = toks[k-1].F
		}
		if prev == "nam" {
			before := ""
			if k-1 > cs && toks[k-2].Kind == tgtWord {
				before = toks[k-2].F
			}
			if k-2 > cs && toks[k-2].Kind == tgtNum && tgtIsWord(toks, k-3, "thang") {
				continue // ngày 10 tháng 3 năm 2021: a date
			}
			switch {
			case before == "voi" || before == "sanh" || before == "thang": // so với năm 2020, tháng 3 năm 2021
			case before == "den" || before == "vao" || before == "trong" || before == "het" || before == "cuoi" || before == "tu" || before == "truoc" || before == "toi" || heading:
				if goal == 0 {
					goal = y
				}
			default:
				// "Năm 2020 đạt 85%", "… năm 2020 đạt 85%": a year that a
				// figure is stated for; other bare years are references.
				if bare == 0 && (k-1 == cs || tgtIsWord(toks, k+1, "dat") || tgtIsWord(toks, k+1, "co") || tgtIsPunct(toks, k+1, ",")) {
					bare = y
				}
			}
			continue
		}
		if prev == "den" || heading && (prev == "" || prev == "doan") {
			if goal == 0 {
				goal = y
			}
		}
	}
	return goal, bare
}

// tgtGoalSpan reports whether the year span starting at token k of a clause
// that starts at cs is the goal's own: it opens the clause (after "giai
// đoạn" or "từ") or follows "trong / cả / cho / hết giai đoạn".
func tgtGoalSpan(toks []tgtTok, cs, k int) bool {
	j := k
	if tgtIsWord(toks, j-1, "tu") {
		j--
	}
	if !(tgtIsWord(toks, j-1, "doan") && tgtIsWord(toks, j-2, "giai")) {
		return j == cs
	}
	j -= 2
	if j == cs {
		return true
	}
	w := toks[j-1]
	return w.Kind == tgtWord && (w.F == "trong" || w.F == "ca" || w.F == "cho" || w.F == "het" || w.F == "cua")
}
