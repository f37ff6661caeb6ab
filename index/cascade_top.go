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
		provs, err := CitingProvinces(ctx, x, v.Value)
		if err != nil {
			return nil, fmt.Errorf("top cited: %w", err)
		}
		for _, p := range provs {
			c.ByProvince[p.Value] = p.Count
		}
		out = append(out, c)
	}
	return out, nil
}

// CitingProvinces counts the documents citing id by their province (""
// for central documents or an unknown province), most first, with one
// facet query.
func CitingProvinces(ctx context.Context, x *Index, id string) ([]FacetCount, error) {
	q := bleve.NewConjunctionQuery(termQ("kind_k", TypeDoc), termQ("cites_k", Key(id)))
	pr := bleve.NewSearchRequestOptions(q, 0, 0, false)
	pr.Score = "none"
	pr.AddFacet("province", bleve.NewFacetRequest("province", 100))
	res, err := x.b.SearchInContext(ctx, pr)
	if err != nil {
		return nil, fmt.Errorf("provinces citing %s: %w", id, err)
	}
	out := []FacetCount{}
	placed := 0
	if pf := res.Facets["province"]; pf != nil {
		for _, p := range facetCounts(pf) {
			out = append(out, p)
			placed += p.Count
		}
	}
	if rest := int(res.Total) - placed; rest > 0 {
		out = append(out, FacetCount{Value: "", Count: rest})
	}
	return out, nil
}
