package index

import (
	"context"
	"reflect"
	"testing"
)

func facetCount(r *Result, facet, value string) int {
	for _, c := range r.Facets[facet] {
		if c.Value == value {
			return c.Count
		}
	}
	return 0
}

func TestFacetCache(t *testing.T) {
	x, _ := openTest(t)
	defer x.Close()
	ctx := context.Background()
	req := Request{Query: "học tập", Facets: FacetFields, Filters: map[string][]string{"doc_type": {"Kế hoạch"}}}
	first, err := x.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if facetCount(first, "province", "Ninh Thuận") != 1 || facetCount(first, "province", "Hà Giang") != 1 {
		t.Fatalf("facets: %v", first.Facets["province"])
	}
	// Another page and a highlight reuse the counts.
	req.From, req.Highlight = 1, true
	again, err := x.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(again.Facets, first.Facets) {
		t.Fatalf("cached facets differ:\n%v\n%v", again.Facets, first.Facets)
	}
	// A caller changing its result does not change the cache.
	again.Facets["province"][0].Count = 99
	// A filter with other values is another entry.
	other, err := x.Search(ctx, Request{Query: "học tập", Facets: FacetFields, Filters: map[string][]string{"doc_type": {"Quyết định"}}})
	if err != nil {
		t.Fatal(err)
	}
	if facetCount(other, "province", "Hà Giang") != 0 {
		t.Fatalf("filter ignored by the cache: %v", other.Facets["province"])
	}
	// A Put makes the counts stale.
	e := testDocs()[1]
	e.Doc.ID = "a2bis"
	if err := x.Put(ctx, []Entry{e}); err != nil {
		t.Fatal(err)
	}
	after, err := x.Search(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if got := facetCount(after, "province", "Hà Giang"); got != 2 {
		t.Fatalf("after put: Hà Giang %d, want 2 (%v)", got, after.Facets["province"])
	}
	if got := facetCount(after, "province", "Ninh Thuận"); got != 1 {
		t.Fatalf("cache was changed by a caller: Ninh Thuận %d", got)
	}
}

func TestFacetCacheEvicts(t *testing.T) {
	c := newFacetCache(2)
	f := map[string][]FacetCount{"level": {{Value: "tinh", Count: 1}}}
	c.put("a", 1, f)
	c.put("b", 1, f)
	if _, ok := c.get("a", 1); !ok {
		t.Fatal("a missing")
	}
	c.put("c", 1, f) // evicts b, the least recently used
	if _, ok := c.get("b", 1); ok {
		t.Fatal("b not evicted")
	}
	if _, ok := c.get("a", 2); ok {
		t.Fatal("stale generation served")
	}
	if _, ok := c.get("c", 1); !ok {
		t.Fatal("c missing")
	}
}
