package extract

import "github.com/vanban/vanban/rules"

// targetRules is the compiled form of the indicator lexicon and target words.
type targetRules struct{}

func newTargetRules(r *rules.Set) *targetRules { return &targetRules{} }

// targets finds the plan period and its numeric targets.
func (e *Extractor) targets(t *text, d *Document) (Period, []Target) { return Period{}, nil }
