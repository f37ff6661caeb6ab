package rules

// Gazetteer holds the administrative units before and after 1 July 2025.
type Gazetteer struct{}

func parseGazetteer(s *Set, t *Table) error {
	s.Gazetteer = &Gazetteer{}
	return nil
}

func validateGazetteer(s *Set) []error { return nil }
