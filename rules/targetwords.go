package rules

import (
	"fmt"
	"strings"
)

// Kinds of TargetWord, as in the kind column of target_words.tsv.
const (
	TgtCount       = "count"        // a unit noun of a count target: "lao động", "mô hình"
	TgtLead        = "lead"         // words between a phrase boundary or indicator and its number
	TgtOp          = "op"           // wording before a number that sets its op
	TgtPerYear     = "per_year"     // lead words that make a number a yearly amount: "mỗi năm"
	TgtConj        = "conj"         // a conjunction between listed targets
	TgtLabel       = "label"        // a word after which a number is a label: "số 50", "Điều 5"
	TgtMeasure     = "measure"      // a noun after which a number is part of the indicator: "5 tuổi"
	TgtCueTarget   = "cue_target"   // opens a heading or lead-in of targets
	TgtCueReview   = "cue_review"   // opens a heading or lead-in of achieved results
	TgtCueGoal     = "cue_goal"     // makes a sentence outside a target section a goal
	TgtCueAchieved = "cue_achieved" // marks a figure already reached
)

// Ops a TgtOp row may set; they are the op values of the Document contract.
var tgtOps = map[string]bool{">=": true, "<=": true, "~": true, "increase": true, "decrease": true}

// TargetWord is one word or phrase of the target finder (target_words.tsv).
// Adding a count noun, an op wording or a cue is adding one row.
type TargetWord struct {
	Words string // lower case, as written: "không dưới", "tuoi"
	Kind  string // TgtCount, TgtLead, …
	Op    string // for TgtOp: ">=", "<=", "~", "increase" or "decrease"
	Line  int
}

func parseTargetWords(s *Set, t *Table) error {
	for _, c := range []string{"words", "kind", "op"} {
		if !hasColumn(t, c) {
			return fmt.Errorf("rules: %s: missing column %q", t.File, c)
		}
	}
	for _, r := range t.Rows {
		s.TargetWords = append(s.TargetWords, TargetWord{Words: r.Get("words"), Kind: r.Get("kind"), Op: r.Get("op"), Line: r.Line})
	}
	return nil
}

// validateTargetWords checks kinds, ops, spelling (lower-case words
// separated by single spaces; label and measure words are one word) and
// that no row repeats.
func validateTargetWords(s *Set) []error {
	var errs []error
	seen := map[string]int{}
	for _, w := range s.TargetWords {
		at := fmt.Sprintf("target_words.tsv:%d", w.Line)
		f := strings.Fields(w.Words)
		switch w.Kind {
		case TgtCount, TgtLead, TgtPerYear, TgtConj, TgtCueTarget, TgtCueReview, TgtCueGoal, TgtCueAchieved, TgtLabel, TgtMeasure:
			if w.Op != "" {
				errs = append(errs, fmt.Errorf("%s: %s %q takes no op", at, w.Kind, w.Words))
			}
		case TgtOp:
			if !tgtOps[w.Op] {
				errs = append(errs, fmt.Errorf("%s: op %q of %q is not >=, <=, ~, increase or decrease", at, w.Op, w.Words))
			}
		default:
			errs = append(errs, fmt.Errorf("%s: kind %q is not a target word kind", at, w.Kind))
		}
		switch {
		case w.Words == "" || strings.ToLower(w.Words) != w.Words || strings.Join(f, " ") != w.Words:
			errs = append(errs, fmt.Errorf("%s: %q is not lower-case words separated by single spaces", at, w.Words))
		case (w.Kind == TgtLabel || w.Kind == TgtMeasure || w.Kind == TgtConj) && len(f) != 1:
			errs = append(errs, fmt.Errorf("%s: %s %q is not one word", at, w.Kind, w.Words))
		}
		k := w.Kind + "\x00" + w.Words
		if l, ok := seen[k]; ok {
			errs = append(errs, fmt.Errorf("%s: %s %q already on line %d", at, w.Kind, w.Words, l))
		}
		seen[k] = w.Line
	}
	return errs
}
