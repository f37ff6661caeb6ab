package extract

import "github.com/vanban/vanban/rules"

// citeRules is the compiled form of the rules the citation finder uses.
type citeRules struct{}

func newCiteRules(r *rules.Set) *citeRules { return &citeRules{} }

// citations finds the documents t cites; d's own number is excluded.
func (e *Extractor) citations(t *text, d *Document) []Citation { return nil }
