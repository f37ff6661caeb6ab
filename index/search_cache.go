package index

import (
	"container/list"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// facetCacheSize is how many facet results an Index keeps.
const facetCacheSize = 256

// facetCache keeps the facet counts of recent requests, least recently
// used out. Counting facets visits every hit of a query (tens of
// thousands on a broad one at 100k documents) while a page of hits costs
// a top-k: paging through results or switching the highlight reuses the
// counts. Entries carry the index generation they were computed at, so a
// Put or Delete makes them stale.
type facetCache struct {
	mu  sync.Mutex
	cap int
	m   map[string]*list.Element
	l   *list.List // of *facetEntry, most recent first
}

type facetEntry struct {
	key    string
	gen    uint64
	facets map[string][]FacetCount
}

func newFacetCache(n int) *facetCache {
	return &facetCache{cap: n, m: map[string]*list.Element{}, l: list.New()}
}

// get returns a copy of the facets of key computed at generation gen.
func (c *facetCache) get(key string, gen uint64) (map[string][]FacetCount, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.m[key]
	if !ok {
		return nil, false
	}
	e := el.Value.(*facetEntry)
	if e.gen != gen {
		c.l.Remove(el)
		delete(c.m, key)
		return nil, false
	}
	c.l.MoveToFront(el)
	return copyFacets(e.facets), true
}

// put stores a copy of facets under key.
func (c *facetCache) put(key string, gen uint64, facets map[string][]FacetCount) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.m[key]; ok {
		el.Value = &facetEntry{key: key, gen: gen, facets: copyFacets(facets)}
		c.l.MoveToFront(el)
		return
	}
	c.m[key] = c.l.PushFront(&facetEntry{key: key, gen: gen, facets: copyFacets(facets)})
	for c.l.Len() > c.cap {
		last := c.l.Back()
		c.l.Remove(last)
		delete(c.m, last.Value.(*facetEntry).key)
	}
}

func copyFacets(f map[string][]FacetCount) map[string][]FacetCount {
	out := make(map[string][]FacetCount, len(f))
	for k, v := range f {
		c := make([]FacetCount, len(v)) // empty, not nil: JSON prints []
		copy(c, v)
		out[k] = c
	}
	return out
}

// facetKey identifies the facet counts of r: its query, filters, facet
// fields and size (not its page or highlight).
func facetKey(r *Request, fsize int) string {
	var b strings.Builder
	b.WriteString(r.Query)
	b.WriteByte(0)
	names := make([]string, 0, len(r.Filters))
	for k := range r.Filters {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		b.WriteString(k)
		for _, v := range r.Filters[k] {
			b.WriteByte(1)
			b.WriteString(v)
		}
		b.WriteByte(0)
	}
	for _, f := range r.Facets {
		b.WriteString(f)
		b.WriteByte(2)
	}
	b.WriteString(strconv.Itoa(fsize))
	return b.String()
}
