package index

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vanban/vanban/extract"
)

// CascadeSource finds documents for the citation cascade. *Index and
// MemSource implement it.
type CascadeSource interface {
	// CitingDocs returns the documents whose citations include id (folded).
	CitingDocs(ctx context.Context, id string) ([]extract.Document, error)
	// DocsByNumber returns the documents whose own number is number (folded).
	DocsByNumber(ctx context.Context, number string) ([]extract.Document, error)
}

// CascadeNode is the root of a cascade: a cited document, in the corpus
// or known only from the citations of others.
type CascadeNode struct {
	ID       string        `json:"id"`
	Type     string        `json:"type"`
	Date     string        `json:"date"`
	Issuer   string        `json:"issuer"`
	InCorpus bool          `json:"in_corpus"`
	DocID    string        `json:"doc_id,omitempty"`
	Children []CascadeEdge `json:"children"`
}

// CascadeDoc is a citing document as the cascade shows it.
type CascadeDoc struct {
	ID       string `json:"id"`
	Number   string `json:"number"`
	DocType  string `json:"doc_type"`
	Title    string `json:"title"`
	Issuer   string `json:"issuer"`
	Province string `json:"province"`
	Date     string `json:"date"`
}

// CascadeEdge is one document citing its parent, and the documents citing
// it in turn.
type CascadeEdge struct {
	Doc       CascadeDoc    `json:"doc"`
	Relation  string        `json:"relation"`
	DelayDays *int          `json:"delay_days"` // citing date − cited date; nil when either is unknown
	Children  []CascadeEdge `json:"children"`
}

// Cascade builds the implementation tree of the document cited as id
// ("1373/QĐ-TTg", or a corpus document's number) down to depth levels
// (depth ≤ 0: 6). A child continues the tree when other documents cite its
// own number with a matching year; each document appears once.
func Cascade(ctx context.Context, src CascadeSource, id string, depth int) (*CascadeNode, error) {
	if depth <= 0 {
		depth = 6
	}
	root := &CascadeNode{ID: id, Children: []CascadeEdge{}}
	own, err := src.DocsByNumber(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("cascade %s: %w", id, err)
	}
	seen := map[string]bool{}
	if len(own) > 0 {
		d := &own[0]
		root.InCorpus, root.DocID = true, d.ID
		root.Type, root.Date, root.Issuer = d.DocType, d.Issued.Date, d.Issuer.Name
		seen[d.ID] = true
	}
	citing, err := src.CitingDocs(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("cascade %s: %w", id, err)
	}
	if !root.InCorpus {
		// What the citations say about a document missing from the corpus.
		for i := range citing {
			if c := cascCitation(&citing[i], id); c != nil {
				if root.Date == "" {
					root.Date = c.Date
				}
				if root.Type == "" {
					root.Type = c.Type
				}
				if root.Issuer == "" {
					root.Issuer = c.Issuer
				}
			}
		}
	}
	root.Children, err = cascChildren(ctx, src, id, root.Date, citing, depth, seen)
	if err != nil {
		return nil, err
	}
	return root, nil
}

// cascChildren turns the documents citing id into edges and recurses.
func cascChildren(ctx context.Context, src CascadeSource, id, citedDate string, citing []extract.Document, depth int, seen map[string]bool) ([]CascadeEdge, error) {
	out := []CascadeEdge{}
	if depth <= 0 {
		return out, nil
	}
	sort.SliceStable(citing, func(i, j int) bool { return citing[i].Issued.Date < citing[j].Issued.Date })
	for _, d := range citing {
		if seen[d.ID] {
			continue
		}
		seen[d.ID] = true
		c := cascCitation(&d, id)
		date := citedDate
		e := CascadeEdge{Doc: cascDocOf(&d), Children: []CascadeEdge{}}
		if c != nil {
			e.Relation = c.Relation
			if date == "" {
				date = c.Date
			}
		}
		e.DelayDays = DelayDays(date, d.Issued.Date)
		if d.Number != nil && d.Number.Num != "" {
			next, err := src.CitingDocs(ctx, d.Number.Text)
			if err != nil {
				return nil, fmt.Errorf("cascade %s: %w", d.Number.Text, err)
			}
			next = cascSameDoc(next, &d)
			if len(next) > 0 {
				kids, err := cascChildren(ctx, src, d.Number.Text, d.Issued.Date, next, depth-1, seen)
				if err != nil {
					return nil, err
				}
				e.Children = kids
			}
		}
		out = append(out, e)
	}
	return out, nil
}

// cascSameDoc keeps the documents whose citation of d's number agrees
// with d's date (year, and day when both are complete): numbers such as
// 50/KH-UBND recur every year in every province.
func cascSameDoc(citing []extract.Document, d *extract.Document) []extract.Document {
	out := citing[:0:0]
	for i := range citing {
		c := cascCitation(&citing[i], d.Number.Text)
		if c == nil || citing[i].ID == d.ID {
			continue
		}
		if c.Date != "" && d.Issued.Date != "" {
			if docYear(c.Date) != docYear(d.Issued.Date) {
				continue
			}
			if len(c.Date) == 10 && len(d.Issued.Date) == 10 && c.Date != d.Issued.Date {
				continue
			}
		}
		if c.Date == "" && !cascSameProvince(&citing[i], d) {
			continue
		}
		out = append(out, citing[i])
	}
	return out
}

// cascSameProvince reports whether two documents share a known province
// (or either is central).
func cascSameProvince(a, b *extract.Document) bool {
	if a.Issuer.Province == "" || b.Issuer.Province == "" {
		return true
	}
	return Key(a.Issuer.Province) == Key(b.Issuer.Province)
}

// cascCitation returns d's citation of id, or nil.
func cascCitation(d *extract.Document, id string) *extract.Citation {
	k := Key(id)
	for i := range d.Citations {
		if Key(d.Citations[i].ID) == k {
			return &d.Citations[i]
		}
	}
	return nil
}

func cascDocOf(d *extract.Document) CascadeDoc {
	c := CascadeDoc{ID: d.ID, DocType: d.DocType, Title: d.Title, Issuer: d.Issuer.Name, Province: d.Issuer.Province, Date: d.Issued.Date}
	if d.Number != nil {
		c.Number = d.Number.Text
	}
	return c
}

// DelayDays returns the days from the cited date to the citing date when
// both are full ISO dates, else nil.
func DelayDays(cited, citing string) *int {
	a, err1 := time.Parse("2006-01-02", cited)
	b, err2 := time.Parse("2006-01-02", citing)
	if err1 != nil || err2 != nil {
		return nil
	}
	n := int(b.Sub(a).Hours() / 24)
	return &n
}

// CitingDocs returns the documents citing id (folded), for Cascade.
func (x *Index) CitingDocs(ctx context.Context, id string) ([]extract.Document, error) {
	q := bleve.NewConjunctionQuery(termQ("kind_k", TypeDoc), termQ("cites_k", Key(id)))
	return x.cascDocs(ctx, q, id)
}

// DocsByNumber returns the documents numbered number (folded), for Cascade.
func (x *Index) DocsByNumber(ctx context.Context, number string) ([]extract.Document, error) {
	q := bleve.NewConjunctionQuery(termQ("kind_k", TypeDoc), termQ("number_k", Key(number)))
	return x.cascDocs(ctx, q, number)
}

func (x *Index) cascDocs(ctx context.Context, q query.Query, what string) ([]extract.Document, error) {
	var out []extract.Document
	err := x.each(ctx, q, []string{"json"}, func(f map[string]interface{}) error {
		s, _ := f["json"].(string)
		var d extract.Document
		if err := json.Unmarshal([]byte(s), &d); err != nil {
			return fmt.Errorf("document json: %w", err)
		}
		out = append(out, d)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cascade %s: %w", what, err)
	}
	return out, nil
}

// CitedCount is a document cited by others and how many cite it, by
// province of the citing documents.
type CitedCount struct {
	ID         string         `json:"id"`
	Count      int            `json:"count"`
	ByProvince map[string]int `json:"by_province"`
}

// TopCited returns the n most cited ids (n ≤ 0: 20) with counts by
// province.
func TopCited(ctx context.Context, x *Index, n int) ([]CitedCount, error) {
	if n <= 0 {
		n = 20
	}
	vals, err := x.FacetValues(ctx, "cites")
	if err != nil {
		return nil, fmt.Errorf("top cited: %w", err)
	}
	if len(vals) > n {
		vals = vals[:n]
	}
	out := make([]CitedCount, 0, len(vals))
	for _, v := range vals {
		c := CitedCount{ID: v.Value, Count: v.Count, ByProvince: map[string]int{}}
		q := bleve.NewConjunctionQuery(termQ("kind_k", TypeDoc), termQ("cites_k", Key(v.Value)))
		err := x.each(ctx, q, []string{"province"}, func(f map[string]interface{}) error {
			p := strList(f["province"])
			name := ""
			if len(p) > 0 {
				name = p[0]
			}
			c.ByProvince[name]++
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("top cited %s: %w", v.Value, err)
		}
		out = append(out, c)
	}
	return out, nil
}

// MemSource is a CascadeSource over documents in memory.
type MemSource []extract.Document

// CitingDocs implements CascadeSource.
func (m MemSource) CitingDocs(_ context.Context, id string) ([]extract.Document, error) {
	var out []extract.Document
	for i := range m {
		if cascCitation(&m[i], id) != nil {
			out = append(out, m[i])
		}
	}
	return out, nil
}

// DocsByNumber implements CascadeSource.
func (m MemSource) DocsByNumber(_ context.Context, number string) ([]extract.Document, error) {
	var out []extract.Document
	k := Key(number)
	for i := range m {
		if m[i].Number != nil && Key(m[i].Number.Text) == k {
			out = append(out, m[i])
		}
	}
	return out, nil
}
