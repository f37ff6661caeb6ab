package rules

import (
	"fmt"
	"strings"
)

// CiteOrg is an organization code that ends a cited document's symbol
// ("TW" in "49-KL/TW", "TTg" in "1373/QĐ-TTg").
type CiteOrg struct {
	Code   string // as written: "TW", "TTg", "QH"
	Kind   string // KindParty or KindState
	Issuer string // the body the code names, "" when ambiguous
	Canon  string // spelling in canonical ids: "TW" for "TƯ"; Code when the column is empty
	Line   int
}

func parseCiteOrgs(s *Set, t *Table) error {
	for _, r := range t.Rows {
		o := CiteOrg{Code: r.Get("code"), Kind: r.Get("kind"), Issuer: r.Get("issuer"), Canon: r.Get("canon"), Line: r.Line}
		if o.Canon == "" {
			o.Canon = o.Code
		}
		s.CiteOrgs = append(s.CiteOrgs, o)
	}
	return nil
}

func validateCiteOrgs(s *Set) []error {
	var errs []error
	seen := map[string]int{}
	for _, o := range s.CiteOrgs {
		if o.Code == "" {
			errs = append(errs, fmt.Errorf("citeorgs.tsv:%d: empty code", o.Line))
		}
		if o.Kind != KindParty && o.Kind != KindState {
			errs = append(errs, fmt.Errorf("citeorgs.tsv:%d: kind %q is not party or state", o.Line, o.Kind))
		}
		if l, ok := seen[o.Code]; ok {
			errs = append(errs, fmt.Errorf("citeorgs.tsv:%d: code %q already on line %d", o.Line, o.Code, l))
		}
		seen[o.Code] = o.Line
	}
	return errs
}

// CiteOrgByCode returns the organization whose code is code, or whose code
// followed by digits is code ("QH15" → QH). Exact case is tried first, then
// case-insensitively.
func (s *Set) CiteOrgByCode(code string) (CiteOrg, bool) {
	base := strings.TrimRight(code, "0123456789")
	for _, c := range []string{code, base} {
		for _, o := range s.CiteOrgs {
			if o.Code == c {
				return o, true
			}
		}
	}
	for _, c := range []string{code, base} {
		for _, o := range s.CiteOrgs {
			if strings.EqualFold(o.Code, c) {
				return o, true
			}
		}
	}
	return CiteOrg{}, false
}
