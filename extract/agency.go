package extract

import "github.com/vanban/vanban/rules"

// agencyRules is the compiled form of the agency names and abbreviations.
type agencyRules struct{}

func newAgencyRules(r *rules.Set) *agencyRules { return &agencyRules{} }

// agencies finds the bodies t names, each with its strongest role.
func (e *Extractor) agencies(t *text, d *Document) []Agency { return nil }
