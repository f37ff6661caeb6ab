package extract

import (
	"sort"
	"strings"

	"github.com/vanban/vanban/extract/vn"
	"github.com/vanban/vanban/rules"
)

// tgtW is one word of target_words.tsv compiled for matching tokens: its
// folded form and, when the row wrote it with diacritics, that spelling in
// lower case.
type tgtW struct {
	f string // folded: "tu"; "đó" is tgtDo, as the tokenizer gives it
	t string // "từ"; "" when the row wrote the word without diacritics
}

// is reports whether tok is the word w: same folded form, and the same
// spelling unless either side is written without diacritics.
func (w tgtW) is(tok tgtTok) bool {
	return tok.Kind == tgtWord && tok.F == w.f && (w.t == "" || tok.L == "" || tok.L == w.t || strings.EqualFold(tok.L, w.t))
}

// tgtPhraseW is a compiled multi-word phrase of target_words.tsv.
type tgtPhraseW []tgtW

// at reports whether the phrase's words are toks[k:k+len(p)].
func (p tgtPhraseW) at(toks []tgtTok, k int) bool {
	if k < 0 || k+len(p) > len(toks) {
		return false
	}
	for i, w := range p {
		if !w.is(toks[k+i]) {
			return false
		}
	}
	return true
}

// tgtCompile compiles a row's words.
func tgtCompile(words string) tgtPhraseW {
	var p tgtPhraseW
	for _, w := range strings.Fields(words) {
		f := vn.Fold(w)
		t := ""
		if f != w {
			t = w
		}
		if f == "do" && tgtIsDo(w) {
			f = tgtDo
		}
		p = append(p, tgtW{f: f, t: t})
	}
	return p
}

// tgtWordSet is a set of one-word rows, keyed by folded form.
type tgtWordSet map[string][]tgtW

// has reports whether tok is one of the set's words.
func (s tgtWordSet) has(tok tgtTok) bool {
	for _, w := range s[tok.F] {
		if w.is(tok) {
			return true
		}
	}
	return false
}

// hasAt reports whether token k exists and is one of the set's words.
func (s tgtWordSet) hasAt(toks []tgtTok, k int) bool {
	return k >= 0 && k < len(toks) && s.has(toks[k])
}

// tgtOpW is a compiled op row: its words and the op they set.
type tgtOpW struct {
	words tgtPhraseW
	op    string
}

// tgtWords is target_words.tsv compiled: phrases longest first where the
// longest match must win, ops in file order, cues folded.
type tgtWords struct {
	counts  []tgtPhraseW
	lead    []tgtPhraseW
	perYear []tgtPhraseW
	ops     []tgtOpW
	conj    tgtWordSet
	label   tgtWordSet
	measure tgtWordSet

	cueTarget, cueReview, cueGoal, cueAchieved []string
}

func newTgtWords(ws []rules.TargetWord) tgtWords {
	tw := tgtWords{conj: tgtWordSet{}, label: tgtWordSet{}, measure: tgtWordSet{}}
	for _, w := range ws {
		p := tgtCompile(w.Words)
		if len(p) == 0 {
			continue
		}
		switch w.Kind {
		case rules.TgtCount:
			tw.counts = append(tw.counts, p)
		case rules.TgtLead:
			tw.lead = append(tw.lead, p)
		case rules.TgtPerYear:
			tw.perYear = append(tw.perYear, p)
		case rules.TgtOp:
			tw.ops = append(tw.ops, tgtOpW{words: p, op: w.Op})
		case rules.TgtConj:
			tw.conj[p[0].f] = append(tw.conj[p[0].f], p[0])
		case rules.TgtLabel:
			tw.label[p[0].f] = append(tw.label[p[0].f], p[0])
		case rules.TgtMeasure:
			tw.measure[p[0].f] = append(tw.measure[p[0].f], p[0])
		case rules.TgtCueTarget:
			tw.cueTarget = append(tw.cueTarget, vn.Fold(w.Words))
		case rules.TgtCueReview:
			tw.cueReview = append(tw.cueReview, vn.Fold(w.Words))
		case rules.TgtCueGoal:
			tw.cueGoal = append(tw.cueGoal, vn.Fold(w.Words))
		case rules.TgtCueAchieved:
			tw.cueAchieved = append(tw.cueAchieved, vn.Fold(w.Words))
		}
	}
	sort.SliceStable(tw.counts, func(i, j int) bool { return len(tw.counts[i]) > len(tw.counts[j]) })
	sort.SliceStable(tw.lead, func(i, j int) bool { return len(tw.lead[i]) > len(tw.lead[j]) })
	return tw
}

// opAt returns the op of the op row whose words start at token k, trying
// rows in file order, or "".
func (tw *tgtWords) opAt(toks []tgtTok, k int) string {
	for _, o := range tw.ops {
		if o.words.at(toks, k) {
			return o.op
		}
	}
	return ""
}

// perYearIn reports whether a per-year phrase ("mỗi năm", "hằng năm")
// stands among the lead words toks[a:b].
func (tw *tgtWords) perYearIn(toks []tgtTok, a, b int) bool {
	for _, p := range tw.perYear {
		for k := a; k+len(p) <= b; k++ {
			if p.at(toks, k) {
				return true
			}
		}
	}
	return false
}
