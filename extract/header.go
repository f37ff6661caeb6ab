package extract

import "github.com/vanban/vanban/rules"

// headerRules is the compiled form of the rules the header finders use.
type headerRules struct{}

func newHeaderRules(r *rules.Set) *headerRules { return &headerRules{} }

// header fills doc_type, number, title, issued, issuer, field, signers and
// recipients.
func (e *Extractor) header(t *text, h Hints, d *Document) {}
