package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
)

// CitedCount is a document cited by others and how many cite it, by
// province of the citing documents ("" for central or unknown).
type CitedCount struct {
	ID         string         `json:"id"`
	Count      int            `json:"count"`
	ByProvince map[string]int `json:"by_province"`
}

// TopCited returns the n most cited ids (n ≤ 0: 20) with counts by
// province: one facet query for the ids, one per id for its provinces.
func TopCited(ctx context.Context, x *Index, n int) ([]CitedCount, error) {
	if n <= 0 {
		n = 20
	}
	req := bleve.NewSearchRequestOptions(termQ("kind_k", TypeDoc), 0, 0, false)
	req.Score = "none"
	req.AddFacet("cites", bleve.NewFacetRequest("cites", n))
	res, err := x.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("top cited: %w", err)
	}
	out := []CitedCount{}
	f := res.Facets["cites"]
	if f == nil {
		return out, nil
	}
	for _, v := range facetCounts(f) {
		c := CitedCount{ID: v.Value, Count: v.Count, ByProvince: map[string]int{}}
		q := bleve.NewConjunctionQuery(termQ("kind_k", TypeDoc), termQ("cites_k", Key(v.Value)))
		pr := bleve.NewSearchRequestOptions(q, 0, 0, false)
		pr.Score = "none"
		pr.AddFacet("province", bleve.NewFacetRequest("province", 100))
		res, err := x.b.SearchInContext(ctx, pr)
		if err != nil {
			return nil, fmt.Errorf("top cited %s: %w", v.Value, err)
		}
		placed := 0
		if pf := res.Facets["province"]; pf != nil {
			for _, p := range facetCounts(pf) {
				c.ByProvince[p.Value] = p.Count
				placed += p.Count
			}
		}
		if rest := int(res.Total) - placed; rest > 0 {
			c.ByProvince[""] = rest
		}
		out = append(out, c)
	}
	return out, nil
}
