package web

import (
	"context"
	"fmt"
	"sync"

	"github.com/vanban/vanban/index"
)

// corpusFacets holds the facet values of the whole corpus: they change
// only when the index does (an upload), so they are counted once per
// opened index, in one pass, not on every page.
type corpusFacets struct {
	mu   sync.Mutex
	vals map[string][]index.FacetCount
}

// get returns the facet values of x, counting them on first use.
func (c *corpusFacets) get(ctx context.Context, x *index.Index) (map[string][]index.FacetCount, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.vals != nil {
		return c.vals, nil
	}
	res, err := x.Search(ctx, index.Request{Facets: index.FacetFields, FacetSize: 100000, Size: 0})
	if err != nil {
		return nil, fmt.Errorf("corpus facets: %w", err)
	}
	out := map[string][]index.FacetCount{}
	for _, f := range index.FacetFields {
		out[f] = res.Facets[f]
		if out[f] == nil {
			out[f] = []index.FacetCount{}
		}
	}
	c.vals = out
	return out, nil
}

// reset forgets the values (the index changed).
func (c *corpusFacets) reset() {
	c.mu.Lock()
	c.vals = nil
	c.mu.Unlock()
}
