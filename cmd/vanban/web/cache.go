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
	mu    sync.Mutex
	vals  map[string][]index.FacetCount
	years map[string][]index.FacetCount // target years by indicator and level
	rows  map[string][]index.TargetRow  // target rows by indicator, year and level
}

// cacheRows bounds the cached target selections.
const cacheRows = 32

// targets returns the rows of an indicator, year and level, loading them
// on first use. Callers must not modify the rows.
func (c *corpusFacets) targets(ctx context.Context, x *index.Index, ind string, year int, level string) ([]index.TargetRow, error) {
	k := fmt.Sprintf("%s\x00%d\x00%s", ind, year, level)
	c.mu.Lock()
	rows, ok := c.rows[k]
	c.mu.Unlock()
	if ok {
		return rows, nil
	}
	rows, err := index.LoadTargets(ctx, x, ind, year, level)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.rows == nil || len(c.rows) >= cacheRows {
		c.rows = map[string][]index.TargetRow{}
	}
	c.rows[k] = rows
	c.mu.Unlock()
	return rows, nil
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

// targetYears returns the target years of an indicator at a level,
// counting them on first use.
func (c *corpusFacets) targetYears(ctx context.Context, x *index.Index, ind, level string) ([]index.FacetCount, error) {
	k := ind + "\x00" + level
	c.mu.Lock()
	defer c.mu.Unlock()
	if y, ok := c.years[k]; ok {
		return y, nil
	}
	y, err := index.TargetYears(ctx, x, ind, level)
	if err != nil {
		return nil, err
	}
	if c.years == nil || len(c.years) > 1000 {
		c.years = map[string][]index.FacetCount{}
	}
	c.years[k] = y
	return y, nil
}

// reset forgets the values (the index changed).
func (c *corpusFacets) reset() {
	c.mu.Lock()
	c.vals, c.years, c.rows = nil, nil, nil
	c.mu.Unlock()
}
