package rules

import (
	"fmt"
	"strings"
)

// Indicator is a canonical measure that plans set targets for: "share of
// families recognized as Gia đình học tập". A target's indicator phrase is
// given the Key of the entry whose phrasing it contains (compared folded:
// lower case, no diacritics, đ→d), the longest phrasing winning. Adding an
// indicator is adding one row to indicators.tsv.
type Indicator struct {
	Key     string   // e.g. "gia_dinh_hoc_tap"
	Label   string   // human label: "Gia đình học tập"
	Phrases []string // phrasings that identify it, as written in documents
	Example string   // a real indicator phrase that must resolve to Key
	Line    int
}

func parseIndicators(s *Set, t *Table) error {
	for _, c := range []string{"key", "label", "phrases"} {
		if !hasColumn(t, c) {
			return fmt.Errorf("rules: %s: missing column %q", t.File, c)
		}
	}
	for _, r := range t.Rows {
		s.Indicators = append(s.Indicators, Indicator{
			Key:     r.Get("key"),
			Label:   r.Get("label"),
			Phrases: r.List("phrases"),
			Example: r.Get("example"),
			Line:    r.Line,
		})
	}
	return nil
}

// hasColumn reports whether t's header names column c.
func hasColumn(t *Table, c string) bool {
	for _, h := range t.Header {
		if h == c {
			return true
		}
	}
	return false
}

// validateIndicators checks that keys are unique snake_case identifiers,
// every entry has a label and phrases, and no phrasing (compared in lower
// case) belongs to two keys. That an example resolves to its key is checked
// by the extract package, which owns folding.
func validateIndicators(s *Set) []error {
	var errs []error
	keys := map[string]int{}
	phrases := map[string]string{}
	for _, ind := range s.Indicators {
		at := fmt.Sprintf("indicators.tsv:%d", ind.Line)
		if !indKeyOK(ind.Key) {
			errs = append(errs, fmt.Errorf("%s: key %q must be lower-case ASCII letters, digits and _", at, ind.Key))
		}
		if prev, dup := keys[ind.Key]; dup {
			errs = append(errs, fmt.Errorf("%s: key %q already defined on line %d", at, ind.Key, prev))
		}
		keys[ind.Key] = ind.Line
		if ind.Label == "" {
			errs = append(errs, fmt.Errorf("%s: %s: label is required", at, ind.Key))
		}
		if len(ind.Phrases) == 0 {
			errs = append(errs, fmt.Errorf("%s: %s: at least one phrase is required", at, ind.Key))
		}
		for _, p := range ind.Phrases {
			lp := strings.ToLower(p)
			if other, dup := phrases[lp]; dup && other != ind.Key {
				errs = append(errs, fmt.Errorf("%s: phrase %q belongs to both %s and %s", at, p, other, ind.Key))
			}
			phrases[lp] = ind.Key
		}
	}
	return errs
}

// indKeyOK reports whether k is a non-empty snake_case key.
func indKeyOK(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
