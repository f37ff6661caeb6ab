package index

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vanban/vanban/extract"
)

// CascadeSource finds documents for the citation cascade, a whole tree
// level at a time. *Index and MemSource implement it.
type CascadeSource interface {
	// CitingAny returns the documents whose citations include any of ids
	// (folded with Key), oldest first, at most limit of them (limit ≤ 0:
	// all), and how many there are in all. When more than limit cite them,
	// the ones returned should be the oldest; *Index returns the first
	// indexed beyond a few thousand.
	CitingAny(ctx context.Context, ids []string, limit int) (docs []extract.Document, total int, err error)
	// NumberedAny returns the documents whose own number is one of
	// numbers (folded with Key).
	NumberedAny(ctx context.Context, numbers []string) ([]extract.Document, error)
}

// cascDocJSON is the part of a stored Document the cascade reads; the
// decoder skips the rest (targets, agencies) without building it.
type cascDocJSON struct {
	ID        string             `json:"id"`
	DocType   string             `json:"doc_type"`
	Number    *extract.Number    `json:"number"`
	Title     string             `json:"title"`
	Issued    extract.Issued     `json:"issued"`
	Issuer    extract.Issuer     `json:"issuer"`
	Citations []extract.Citation `json:"citations"`
}

func (c *cascDocJSON) doc() extract.Document {
	return extract.Document{ID: c.ID, DocType: c.DocType, Number: c.Number, Title: c.Title, Issued: c.Issued,
		Issuer: c.Issuer, Citations: c.Citations}
}

// CitingAny implements CascadeSource with one query: a disjunction of
// term queries on the folded citation-id keyword field, sorted by date.
func (x *Index) CitingAny(ctx context.Context, ids []string, limit int) ([]extract.Document, int, error) {
	if len(ids) == 0 {
		return nil, 0, nil
	}
	alts := make([]query.Query, 0, len(ids))
	for _, id := range ids {
		alts = append(alts, termQ("cites_k", Key(id)))
	}
	q := bleve.NewConjunctionQuery(termQ("kind_k", TypeDoc), bleve.NewDisjunctionQuery(alts...))
	// Count first (postings only): the oldest of many are found by
	// sorting on the date doc values, a cost per citing document, so only
	// up to cascSortBound of them.
	cnt := bleve.NewSearchRequestOptions(q, 0, 0, false)
	cnt.Score = "none"
	res, err := x.b.SearchInContext(ctx, cnt)
	if err != nil {
		return nil, 0, fmt.Errorf("documents citing %v: %w", cascHead(ids), err)
	}
	var sortBy []string
	if n := int(res.Total); limit > 0 && n > limit && n <= cascSortBound {
		sortBy = []string{"date"}
	}
	docs, total, err := x.cascFetch(ctx, q, limit, sortBy)
	if err != nil {
		return nil, 0, fmt.Errorf("documents citing %v: %w", cascHead(ids), err)
	}
	sort.SliceStable(docs, func(i, j int) bool { return cascDateLess(docs[i].Issued.Date, docs[j].Issued.Date) })
	return docs, total, nil
}

// cascSortBound is the most citing documents CitingAny sorts by date to
// return the oldest; beyond it returns the first indexed, oldest first.
const cascSortBound = 5000

// NumberedAny implements CascadeSource.
func (x *Index) NumberedAny(ctx context.Context, numbers []string) ([]extract.Document, error) {
	if len(numbers) == 0 {
		return nil, nil
	}
	alts := make([]query.Query, 0, len(numbers))
	for _, n := range numbers {
		alts = append(alts, termQ("number_k", Key(n)))
	}
	q := bleve.NewConjunctionQuery(termQ("kind_k", TypeDoc), bleve.NewDisjunctionQuery(alts...))
	docs, _, err := x.cascFetch(ctx, q, 0, nil)
	if err != nil {
		return nil, fmt.Errorf("documents numbered %v: %w", cascHead(numbers), err)
	}
	return docs, nil
}

// DocsByNumber returns the documents numbered number (folded).
func (x *Index) DocsByNumber(ctx context.Context, number string) ([]extract.Document, error) {
	return x.NumberedAny(ctx, []string{number})
}

// cascFetch runs q once for up to limit hits (≤ 0: all) in sort order and
// decodes their stored documents.
func (x *Index) cascFetch(ctx context.Context, q query.Query, limit int, sortBy []string) ([]extract.Document, int, error) {
	var out []extract.Document
	total, err := x.cmpFetch(ctx, q, limit, sortBy, []string{"json"}, func(f map[string]interface{}) error {
		s, _ := f["json"].(string)
		var d cascDocJSON
		if err := json.Unmarshal([]byte(s), &d); err != nil {
			return fmt.Errorf("document json: %w", err)
		}
		out = append(out, d.doc())
		return nil
	})
	return out, total, err
}

// cascHead shortens a list of ids for an error message.
func cascHead(ids []string) []string {
	if len(ids) > 3 {
		return ids[:3]
	}
	return ids
}

// MemSource is a CascadeSource over documents in memory.
type MemSource []extract.Document

// CitingAny implements CascadeSource.
func (m MemSource) CitingAny(_ context.Context, ids []string, limit int) ([]extract.Document, int, error) {
	want := map[string]bool{}
	for _, id := range ids {
		want[Key(id)] = true
	}
	var out []extract.Document
	for i := range m {
		for _, c := range m[i].Citations {
			if want[Key(c.ID)] {
				out = append(out, m[i])
				break
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Issued.Date < out[j].Issued.Date })
	total := len(out)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, total, nil
}

// NumberedAny implements CascadeSource.
func (m MemSource) NumberedAny(_ context.Context, numbers []string) ([]extract.Document, error) {
	want := map[string]bool{}
	for _, n := range numbers {
		want[Key(n)] = true
	}
	var out []extract.Document
	for i := range m {
		if m[i].Number != nil && want[Key(m[i].Number.Text)] {
			out = append(out, m[i])
		}
	}
	return out, nil
}
