package rules

import (
	"fmt"
	"strconv"
)

// CiteTerm is one term (khóa) of the Party Central Committee. A Party
// document cited with its term must be dated inside [From, To].
type CiteTerm struct {
	Term   string // roman numeral: "X"
	Number int    // 10
	From   int    // first year, inclusive
	To     int    // last year, inclusive; 0 for the term in office
	Line   int
}

func parseCiteTerms(s *Set, t *Table) error {
	for _, r := range t.Rows {
		ct := CiteTerm{Term: r.Get("term"), Line: r.Line}
		var err error
		if ct.Number, err = strconv.Atoi(r.Get("number")); err != nil {
			return r.Errorf("number %q: %v", r.Get("number"), err)
		}
		if ct.From, err = strconv.Atoi(r.Get("from")); err != nil {
			return r.Errorf("from %q: %v", r.Get("from"), err)
		}
		if v := r.Get("to"); v != "" {
			if ct.To, err = strconv.Atoi(v); err != nil {
				return r.Errorf("to %q: %v", v, err)
			}
		}
		s.CiteTerms = append(s.CiteTerms, ct)
	}
	return nil
}

func validateCiteTerms(s *Set) []error {
	var errs []error
	seen := map[int]int{}
	for _, ct := range s.CiteTerms {
		if RomanValue(ct.Term) != ct.Number {
			errs = append(errs, fmt.Errorf("citeterms.tsv:%d: term %q is not %d", ct.Line, ct.Term, ct.Number))
		}
		if ct.From < 1930 || (ct.To != 0 && ct.To < ct.From) {
			errs = append(errs, fmt.Errorf("citeterms.tsv:%d: years %d–%d out of order", ct.Line, ct.From, ct.To))
		}
		if l, ok := seen[ct.Number]; ok {
			errs = append(errs, fmt.Errorf("citeterms.tsv:%d: term %d already on line %d", ct.Line, ct.Number, l))
		}
		seen[ct.Number] = ct.Line
	}
	return errs
}

// CiteTermByNumber returns the term numbered n.
func (s *Set) CiteTermByNumber(n int) (CiteTerm, bool) {
	for _, ct := range s.CiteTerms {
		if ct.Number == n {
			return ct, true
		}
	}
	return CiteTerm{}, false
}

// RomanValue returns the value of an upper-case roman numeral of I, V, X, L
// and C, or 0 when s is not one.
func RomanValue(s string) int {
	val := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	total, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		v, ok := val[s[i]]
		if !ok {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	return total
}
