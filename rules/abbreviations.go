package rules

import "fmt"

// Abbreviation maps a short form used in documents to its full form.
type Abbreviation struct {
	Abbr string // e.g. "UBND"
	Full string // e.g. "Ủy ban nhân dân"
	Line int
}

func parseAbbreviations(s *Set, t *Table) error {
	for _, r := range t.Rows {
		s.Abbreviations = append(s.Abbreviations, Abbreviation{Abbr: r.Get("abbr"), Full: r.Get("full"), Line: r.Line})
	}
	return nil
}

func validateAbbreviations(s *Set) []error {
	var errs []error
	seen := map[string]Abbreviation{}
	for _, a := range s.Abbreviations {
		if a.Abbr == "" || a.Full == "" {
			errs = append(errs, fmt.Errorf("abbreviations.tsv:%d: abbr and full are required", a.Line))
			continue
		}
		if prev, ok := seen[a.Abbr]; ok && prev.Full != a.Full {
			errs = append(errs, fmt.Errorf("abbreviations.tsv:%d: %s is already %q at line %d", a.Line, a.Abbr, prev.Full, prev.Line))
		}
		seen[a.Abbr] = a
	}
	return errs
}
