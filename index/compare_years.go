package index

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Target years counted by TargetYears.
const (
	cmpFirstYear = 1990
	cmpLastYear  = 2100
)

// TargetYears returns the target years of an indicator (a key, or words:
// then every indicator) with their number of targets, oldest first, from
// one facet query: the compare page lists them without loading rows.
func TargetYears(ctx context.Context, x *Index, indicator string, level string) ([]FacetCount, error) {
	must := []query.Query{termQ("kind_k", TypeTarget)}
	ind := strings.TrimSpace(indicator)
	if ind != "" && !strings.ContainsAny(ind, " \t") && strings.Contains(ind, "_") {
		must = append(must, termQ("key_k", Key(ind)))
	}
	if level != "" {
		must = append(must, termQ("level_k", Key(level)))
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), 0, 0, false)
	req.Score = "none"
	fr := bleve.NewFacetRequest("year", cmpLastYear-cmpFirstYear+1)
	for y := cmpFirstYear; y <= cmpLastYear; y++ {
		lo, hi := float64(y), float64(y+1)
		fr.AddNumericRange(strconv.Itoa(y), &lo, &hi)
	}
	req.AddFacet("year", fr)
	res, err := x.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("target years %s: %w", indicator, err)
	}
	out := []FacetCount{}
	if f := res.Facets["year"]; f != nil {
		for _, c := range facetCounts(f) {
			if c.Count > 0 {
				out = append(out, c)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Value < out[j].Value })
	return out, nil
}
