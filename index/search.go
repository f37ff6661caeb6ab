package index

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Request is a search over documents.
type Request struct {
	Query   string              // words and "quoted phrases"; empty matches every document
	Filters map[string][]string // field → accepted values (any of them); fields combine with AND
	From    int
	Size    int      // hits to return; zero means 10
	Facets  []string // facet fields to count (see FacetFields); nil for none
	// FacetSize bounds the values returned per facet; zero means 50.
	FacetSize int
	Highlight bool
}

// Result is one page of hits with facet counts.
type Result struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetCount `json:"facets"`
}

// Hit is one matching document.
type Hit struct {
	ID      string   `json:"id"`
	Number  string   `json:"number"`
	Title   string   `json:"title"`
	DocType string   `json:"doc_type"`
	Issuer  string   `json:"issuer"`
	Date    string   `json:"date"`
	Score   float64  `json:"score"`
	Snippet string   `json:"snippet"`
	Sources []string `json:"sources"`
}

// FacetCount is one value of a facet and how many hits have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

var hitFields = []string{"number", "title", "doc_type", "issuer", "date_text", "sources"}

// Search runs r over document records.
func (x *Index) Search(ctx context.Context, r Request) (*Result, error) {
	q := x.docQuery(r.Query, r.Filters)
	size := r.Size
	if size <= 0 {
		size = 10
	}
	req := bleve.NewSearchRequestOptions(q, size, r.From, false)
	req.Fields = hitFields
	base := ctx
	fsize := r.FacetSize
	if fsize <= 0 {
		fsize = 50
	}
	var cached map[string][]FacetCount
	var fkey string
	gen := x.gen.Load()
	if len(r.Facets) > 0 {
		fkey = facetKey(&r, fsize)
		cached, _ = x.facets.get(fkey, gen)
	}
	var tally *facetTally
	if cached == nil && len(r.Facets) > 0 {
		if x.tallyFacets {
			tally = newFacetTally(r.Facets, fsize)
			if x.tallyCost != 0 {
				tally.termCost = x.tallyCost
			}
			ctx = tally.context(ctx)
		} else {
			for _, f := range r.Facets {
				req.AddFacet(f, bleve.NewFacetRequest(facetField(f), fsize))
			}
		}
	}
	res, err := x.b.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", r.Query, err)
	}
	out := &Result{Total: res.Total, Hits: make([]Hit, 0, len(res.Hits)), Facets: map[string][]FacetCount{}}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, hitOf(h))
	}
	if r.Highlight && strings.TrimSpace(r.Query) != "" && len(out.Hits) > 0 {
		if err := x.highlight(base, q, out.Hits); err != nil {
			return nil, fmt.Errorf("search %q: %w", r.Query, err)
		}
	}
	if cached != nil {
		out.Facets = cached
		return out, nil
	}
	if tally != nil {
		out.Facets = tally.results()
	}
	for name, f := range res.Facets {
		out.Facets[name] = facetCounts(f)
	}
	if fkey != "" {
		x.facets.put(fkey, gen, out.Facets)
	}
	return out, nil
}

// facetField is the index field behind a facet name: the year is counted
// on its keyword twin (a numeric field's terms are encoded).
func facetField(name string) string {
	if name == "year" {
		return "yearkw"
	}
	return name
}

func facetCounts(f *search.FacetResult) []FacetCount {
	fc := []FacetCount{}
	if f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			fc = append(fc, FacetCount{Value: t.Term, Count: t.Count})
		}
	}
	for _, nr := range f.NumericRanges {
		fc = append(fc, FacetCount{Value: nr.Name, Count: nr.Count})
	}
	for _, dr := range f.DateRanges {
		fc = append(fc, FacetCount{Value: dr.Name, Count: dr.Count})
	}
	return fc
}

func hitOf(h *search.DocumentMatch) Hit {
	str := func(k string) string { s, _ := h.Fields[k].(string); return s }
	return Hit{ID: h.ID, Number: str("number"), Title: str("title"), DocType: str("doc_type"),
		Issuer: str("issuer"), Date: str("date_text"), Score: h.Score, Sources: strList(h.Fields["sources"])}
}

// highlight sets the snippets of hits, the page of a search of q. Term
// locations are read in a second search over these documents alone: asking
// for them in the first would decode the positions of every hit of q (tens
// of thousands on a broad query) for the ten shown. A document's fragments
// depend on its own text and the query's terms only, so they are the same.
func (x *Index) highlight(ctx context.Context, q query.Query, hits []Hit) error {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.ID
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(bleve.NewDocIDQuery(ids), q), len(ids), 0, false)
	req.Highlight = bleve.NewHighlightWithStyle("html")
	req.Highlight.AddField("body_folded")
	res, err := x.b.SearchInContext(ctx, req)
	if err != nil {
		return fmt.Errorf("highlight: %w", err)
	}
	snip := make(map[string]string, len(res.Hits))
	for _, h := range res.Hits {
		if fr := h.Fragments["body_folded"]; len(fr) > 0 {
			snip[h.ID] = strings.Join(strings.Fields(fr[0]), " ")
		}
	}
	for i := range hits {
		hits[i].Snippet = snip[hits[i].ID]
	}
	return nil
}

func strList(v interface{}) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []interface{}:
		out := make([]string, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return []string{}
}

// docQuery combines the text query and filters over document records.
// A text query on fields only documents have needs no "kind = doc" clause:
// that clause costs a posting read and a score on every hit and, being the
// same for every document, ranks nothing.
func (x *Index) docQuery(text string, filters map[string][]string) query.Query {
	var must []query.Query
	tq := x.textQuery(text)
	if tq != nil {
		must = append(must, tq)
	}
	if tq == nil || numberWords(text) {
		must = append(must, termQ("kind_k", TypeDoc))
	}
	must = append(must, filterQueries(filters)...)
	if len(must) == 1 {
		// A conjunction of one clause costs a searcher and a score per hit.
		return must[0]
	}
	return bleve.NewConjunctionQuery(must...)
}

// numberWords reports whether a loose word of text is shaped like a
// document number: textQuery then also looks it up in number_k, a field
// target records have too.
func numberWords(text string) bool {
	_, words := splitQuery(text)
	for _, f := range strings.Fields(words) {
		if isNumberWord(f) {
			return true
		}
	}
	return false
}

func isNumberWord(f string) bool {
	return strings.ContainsAny(f, "/-") && strings.ContainsAny(f, "0123456789")
}

// filterQueries turns field → values into one disjunction per field; the
// values are matched folded ("ninh thuan" finds "Ninh Thuận"). The field
// "year" is numeric.
func filterQueries(filters map[string][]string) []query.Query {
	names := make([]string, 0, len(filters))
	for k := range filters {
		names = append(names, k)
	}
	sort.Strings(names)
	var qs []query.Query
	for _, name := range names {
		var alts []query.Query
		for _, v := range filters[name] {
			if name == "year" || name == "doc_year" || name == "value" {
				var y float64
				if _, err := fmt.Sscan(v, &y); err == nil {
					alts = append(alts, numEq(name, y))
				}
				continue
			}
			alts = append(alts, termQ(name+"_k", Key(v)))
		}
		if len(alts) == 0 {
			alts = append(alts, termQ(name+"_k", "\x00none"))
		}
		qs = append(qs, bleve.NewDisjunctionQuery(alts...))
	}
	return qs
}

func termQ(field, v string) *query.TermQuery {
	q := bleve.NewTermQuery(v)
	q.SetField(field)
	return q
}

func numEq(field string, v float64) query.Query {
	t := true
	q := bleve.NewNumericRangeInclusiveQuery(&v, &v, &t, &t)
	q.SetField(field)
	return q
}

// textQuery builds the relevance query: each "phrase" must match as a
// phrase and the loose words are ranked by how many match. The exact field
// is boosted over the folded one, so "học tập" ranks documents spelling it
// with these tones above those with other words that fold alike. A word
// shaped like a document number also matches the number field.
func (x *Index) textQuery(text string) query.Query {
	phrases, words := splitQuery(text)
	if len(phrases) == 0 && strings.TrimSpace(words) == "" {
		return nil
	}
	var must []query.Query
	for _, p := range phrases {
		must = append(must, x.phraseQuery(p))
	}
	if w := strings.TrimSpace(words); w != "" {
		alts := []query.Query{matchQ("title", w, 4), matchQ("body", w, 2), matchQ("title_folded", w, 1.5), matchQ("body_folded", w, 1)}
		for _, f := range strings.Fields(w) {
			if isNumberWord(f) {
				t := termQ("number_k", Key(f))
				t.SetBoost(20)
				alts = append(alts, t)
			}
		}
		must = append(must, bleve.NewDisjunctionQuery(alts...))
	}
	if len(must) == 1 {
		return must[0]
	}
	return bleve.NewConjunctionQuery(must...)
}

// phraseQuery matches p as a phrase on the folded fields, which every
// spelling of it (tones, capitals, an abbreviation written out or not)
// reaches, and ranks the exact spelling higher with word matches on the
// exact fields. Phrase positions are checked once per field, not on
// the exact twins as well: the phrase cost is in reading positions of
// frequent words, and it halves.
func (x *Index) phraseQuery(p string) query.Query {
	alts := []query.Query{phraseQ("title_folded", p, 2), phraseQ("body_folded", p, 1)}
	if v := x.abbr.collapse(p); v != "" {
		alts = append(alts, phraseQ("body_folded", v, 1), phraseQ("title_folded", v, 2))
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(bleve.NewDisjunctionQuery(alts...))
	exact := matchQ("title", p, 6)
	exact.(*query.MatchQuery).SetOperator(query.MatchQueryOperatorAnd)
	body := matchQ("body", p, 3)
	body.(*query.MatchQuery).SetOperator(query.MatchQueryOperatorAnd)
	bq.AddShould(exact, body)
	return bq
}

func phraseQ(field, p string, boost float64) query.Query {
	q := bleve.NewMatchPhraseQuery(p)
	q.SetField(field)
	q.SetBoost(boost)
	return q
}

func matchQ(field, w string, boost float64) query.Query {
	q := bleve.NewMatchQuery(w)
	q.SetField(field)
	q.SetBoost(boost)
	return q
}

// splitQuery separates "quoted phrases" from the loose words.
func splitQuery(s string) (phrases []string, words string) {
	var rest strings.Builder
	for {
		i := strings.IndexAny(s, "\"“”")
		if i < 0 {
			rest.WriteString(s)
			break
		}
		rest.WriteString(s[:i])
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
		j := strings.IndexAny(s, "\"“”")
		if j < 0 {
			rest.WriteString(" " + s)
			break
		}
		if p := strings.TrimSpace(s[:j]); p != "" {
			phrases = append(phrases, p)
		}
		_, n = utf8.DecodeRuneInString(s[j:])
		s = s[j+n:]
		rest.WriteByte(' ')
	}
	return phrases, rest.String()
}
