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

// TargetRow is one target flattened with its document's place and number,
// the row `vanban targets` compares.
type TargetRow struct {
	Locality     string   `json:"locality"`
	Level        string   `json:"level"`
	Province     string   `json:"province"`
	Province2025 string   `json:"province_2025"`
	DocID        string   `json:"doc_id"`
	Number       string   `json:"number"`
	DocType      string   `json:"doc_type"`
	Date         string   `json:"date"`
	Indicator    string   `json:"indicator"`
	Key          string   `json:"key"`
	Value        float64  `json:"value"`
	ValueMax     *float64 `json:"value_max"`
	Op           string   `json:"op"`
	Unit         string   `json:"unit"`
	Year         *int     `json:"year"`
	Text         string   `json:"text"`
}

// TargetQuery selects targets. Empty fields select everything.
type TargetQuery struct {
	Key          string // canonical indicator key, exact
	Indicator    string // words of the indicator phrase (folded match)
	Year         int    // target year
	Level        string
	Province     string // matched folded
	Province2025 string
	DocID        string
	Filters      map[string][]string // further keyword filters on target fields
}

// Targets returns every target matching q, ordered by key, locality, year.
func (x *Index) Targets(ctx context.Context, q TargetQuery) ([]TargetRow, error) {
	must := []query.Query{termQ("kind_k", TypeTarget)}
	if q.Key != "" {
		must = append(must, termQ("key_k", Key(q.Key)))
	}
	if q.Indicator != "" {
		m := bleve.NewMatchQuery(q.Indicator)
		m.SetField("indicator_text_folded")
		m.SetOperator(query.MatchQueryOperatorAnd)
		must = append(must, m)
	}
	if q.Year != 0 {
		must = append(must, numEq("year", float64(q.Year)))
	}
	for f, v := range map[string]string{"level": q.Level, "province": q.Province, "province_2025": q.Province2025, "doc_id": q.DocID} {
		if v != "" {
			must = append(must, termQ(f+"_k", Key(v)))
		}
	}
	must = append(must, filterQueries(q.Filters)...)
	var rows []TargetRow
	err := x.each(ctx, bleve.NewConjunctionQuery(must...), []string{"row"}, func(fields map[string]interface{}) error {
		s, _ := fields["row"].(string)
		var r TargetRow
		if err := json.Unmarshal([]byte(s), &r); err != nil {
			return fmt.Errorf("target row: %w", err)
		}
		rows = append(rows, r)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("targets: %w", err)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		if a.Locality != b.Locality {
			return a.Locality < b.Locality
		}
		return a.DocID < b.DocID
	})
	return rows, nil
}

// each pages through every hit of q (by id order) and calls fn with the
// requested stored fields.
func (x *Index) each(ctx context.Context, q query.Query, fields []string, fn func(map[string]interface{}) error) error {
	const page = 1000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(q, page, from, false)
		req.Fields = fields
		req.SortBy([]string{"_id"})
		res, err := x.b.SearchInContext(ctx, req)
		if err != nil {
			return err
		}
		for _, h := range res.Hits {
			if h.Fields == nil {
				h.Fields = map[string]interface{}{}
			}
			h.Fields["_id"] = h.ID
			if err := fn(h.Fields); err != nil {
				return err
			}
		}
		if len(res.Hits) < page {
			return nil
		}
	}
}

// CitingDoc is a document citing a given id, with how it cites it.
type CitingDoc struct {
	Hit
	Relation     string `json:"relation"`      // extract.RelBasis …
	CitationDate string `json:"citation_date"` // the cited document's date as the citing one gives it
	Issuer       string `json:"citation_issuer"`
	Mentions     int    `json:"mentions"`
}

// CitedBy returns the documents whose citations include citationID (compared
// folded: "1373/QD-TTg" finds "1373/QĐ-TTg"), oldest first.
func (x *Index) CitedBy(ctx context.Context, citationID string) ([]CitingDoc, error) {
	want := Key(citationID)
	q := bleve.NewConjunctionQuery(termQ("kind_k", TypeDoc), termQ("cites_k", want))
	var out []CitingDoc
	err := x.each(ctx, q, []string{"json", "sources"}, func(f map[string]interface{}) error {
		s, _ := f["json"].(string)
		var d extract.Document
		if err := json.Unmarshal([]byte(s), &d); err != nil {
			return fmt.Errorf("cited by %s: %w", citationID, err)
		}
		c := CitingDoc{Hit: hitOfDoc(&d, strList(f["sources"]))}
		for _, ci := range d.Citations {
			if Key(ci.ID) == want {
				c.Relation, c.CitationDate, c.Issuer, c.Mentions = ci.Relation, ci.Date, ci.Issuer, ci.Mentions
				break
			}
		}
		out = append(out, c)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cited by %s: %w", citationID, err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out, nil
}

// hitOfDoc summarizes a stored document as a hit.
func hitOfDoc(d *extract.Document, sources []string) Hit {
	h := Hit{ID: d.ID, Title: d.Title, DocType: d.DocType, Issuer: d.Issuer.Name, Date: d.Issued.Date, Sources: sources}
	if d.Number != nil {
		h.Number = d.Number.Text
	}
	return h
}

// ByNumber returns the documents whose own number is number (compared
// folded), optionally only those issued in year (0: any year). A citation
// id such as "35/2022/NĐ-CP" carries its year inside; its document's number
// is stored as written in the header, so both forms are tried.
func (x *Index) ByNumber(ctx context.Context, number string, year int) ([]Hit, error) {
	alts := []query.Query{termQ("number_k", Key(number))}
	must := []query.Query{termQ("kind_k", TypeDoc), bleve.NewDisjunctionQuery(alts...)}
	if year > 0 {
		must = append(must, numEq("year", float64(year)))
	}
	var out []Hit
	err := x.each(ctx, bleve.NewConjunctionQuery(must...), hitFields, func(f map[string]interface{}) error {
		str := func(k string) string { s, _ := f[k].(string); return s }
		id, _ := f["_id"].(string)
		out = append(out, Hit{ID: id, Number: str("number"), Title: str("title"), DocType: str("doc_type"),
			Issuer: str("issuer"), Date: str("date_text"), Sources: strList(f["sources"])})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("by number %s: %w", number, err)
	}
	return out, nil
}

// FacetValues returns every value of a facet field over all documents, most
// frequent first.
func (x *Index) FacetValues(ctx context.Context, field string) ([]FacetCount, error) {
	req := bleve.NewSearchRequestOptions(termQ("kind_k", TypeDoc), 0, 0, false)
	req.AddFacet(field, bleve.NewFacetRequest(facetField(field), 100000))
	res, err := x.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("facet values %s: %w", field, err)
	}
	f := res.Facets[field]
	if f == nil {
		return []FacetCount{}, nil
	}
	return facetCounts(f), nil
}
