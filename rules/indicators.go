package rules

// Indicator is a canonical measure that plans set targets for.
type Indicator struct {
	Key     string   // e.g. "gia_dinh_hoc_tap"
	Label   string   // human label
	Phrases []string // phrasings that identify it
	Line    int
}

func parseIndicators(s *Set, t *Table) error {
	for _, r := range t.Rows {
		s.Indicators = append(s.Indicators, Indicator{Key: r.Get("key"), Label: r.Get("label"), Phrases: r.List("phrases"), Line: r.Line})
	}
	return nil
}

func validateIndicators(s *Set) []error { return nil }
