package index

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// cmpMaxFetch bounds the hits one cmpFetch loads when no limit is given.
const cmpMaxFetch = 1 << 20

// cmpFetch runs q once, unscored, for up to limit hits (≤ 0: every hit,
// up to cmpMaxFetch) in the order of sortBy (nil: index order), calls fn
// with the stored fields of each and returns the total number of hits.
// Unlike paging with from/size, the cost is one pass over the matches
// whatever their number.
func (x *Index) cmpFetch(ctx context.Context, q query.Query, limit int, sortBy, fields []string, fn func(map[string]interface{}) error) (int, error) {
	size := limit
	if size <= 0 {
		// Count first: the collector sizes its heap from the request.
		req := bleve.NewSearchRequestOptions(q, 0, 0, false)
		req.Score = "none"
		res, err := x.b.SearchInContext(ctx, req)
		if err != nil {
			return 0, err
		}
		if res.Total == 0 {
			return 0, nil
		}
		size = int(min(res.Total, cmpMaxFetch))
	}
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	req.Score = "none"
	req.Fields = fields
	if len(sortBy) > 0 {
		req.SortBy(sortBy)
	}
	res, err := x.b.SearchInContext(ctx, req)
	if err != nil {
		return 0, err
	}
	for _, h := range res.Hits {
		if h.Fields == nil {
			h.Fields = map[string]interface{}{}
		}
		h.Fields["_id"] = h.ID
		if err := fn(h.Fields); err != nil {
			return 0, err
		}
	}
	return int(res.Total), nil
}
