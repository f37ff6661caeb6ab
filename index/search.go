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
		// The bigram terms of a phrase have no locations to mark: the
		// page is highlighted through the phrase on positions, which finds
		// the same documents.
		if err := x.highlight(base, x.docQueryPos(r.Query, r.Filters, true), out.Hits); err != nil {
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
// q must find the hits with term locations on body_folded (docQueryPos).
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
	return x.docQueryPos(text, filters, false)
}

// docQueryPos is docQuery with its phrases checked on term positions when
// positions is set: the same documents, found at the cost of reading
// positions, and with the locations of the phrase's words that a
// highlighter marks.
func (x *Index) docQueryPos(text string, filters map[string][]string, positions bool) query.Query {
	var must []query.Query
	tq := x.textQuery(text, positions)
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
// shaped like a document number also matches the number field. Phrases
// are checked on term positions when positions is set (phraseQuery).
func (x *Index) textQuery(text string, positions bool) query.Query {
	phrases, words := splitQuery(text)
	if len(phrases) == 0 && strings.TrimSpace(words) == "" {
		return nil
	}
	var must []query.Query
	for _, p := range phrases {
		must = append(must, x.phraseQuery(p, positions))
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
// exact fields. The phrase itself is found through the syllable bigrams
// (phraseMatch); positions says to check it on term positions instead, as
// the highlighter needs.
func (x *Index) phraseQuery(p string, positions bool) query.Query {
	alts := []query.Query{x.phraseMatch("title", p, 2, positions), x.phraseMatch("body", p, 1, positions)}
	if v := x.abbr.collapse(p); v != "" {
		alts = append(alts, x.phraseMatch("body", v, 1, positions), x.phraseMatch("title", v, 2, positions))
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

// phraseMatch finds the documents where p is a phrase of field name's
// folded twin, as bleve's phrase query on it does. A phrase of two
// syllables is one term of the bigram field name_bi (a disjunction where an
// abbreviation's canonical token shares a position): exactly the documents
// with the two at consecutive positions, found without reading a position.
// One syllable is a term of the folded field. A longer phrase stays
// bleve's phrase query: the conjunction of its bigrams would also find
// documents having them apart ("học tập" here, "tập suốt đời" there), and
// with the phrase as a filter after it, positions are still read for
// nearly every candidate (measured slower than the phrase alone); a phrase
// of bigrams on positions is exact but grows the index by half. With
// positions, or without a folded analyzer, every phrase is bleve's.
func (x *Index) phraseMatch(name, p string, boost float64, positions bool) query.Query {
	field := name + "_folded"
	if positions || x.folded == nil {
		return phraseQ(field, p, boost)
	}
	slots := x.phraseSlots(p)
	switch len(slots) {
	case 1:
		return termsQ(field, slots[0], boost)
	case 2:
		var bigrams []string
		for _, a := range slots[0] {
			for _, b := range slots[1] {
				bigrams = append(bigrams, a+bigramSep+b)
			}
		}
		return termsQ(name+"_bi", bigrams, boost)
	}
	return phraseQ(field, p, boost)
}

// phraseSlots analyses p as the folded field does and returns the terms at
// each of its consecutive positions: the terms of bleve's phrase query on
// that field. A gap in the positions (none with this analysis) yields nil,
// so that the caller falls back to the phrase query.
func (x *Index) phraseSlots(p string) [][]string {
	toks := x.folded.Analyze([]byte(p))
	var slots [][]string
	last := 0
	for _, t := range toks {
		switch {
		case len(slots) > 0 && t.Position == last:
			slots[len(slots)-1] = append(slots[len(slots)-1], string(t.Term))
		case len(slots) == 0 || t.Position == last+1:
			slots = append(slots, []string{string(t.Term)})
		default:
			return nil
		}
		last = t.Position
	}
	return slots
}

// termsQ matches any of terms in field (a term query for one).
func termsQ(field string, terms []string, boost float64) query.Query {
	if len(terms) == 1 {
		t := termQ(field, terms[0])
		t.SetBoost(boost)
		return t
	}
	alts := make([]query.Query, len(terms))
	for i, v := range terms {
		alts[i] = termQ(field, v)
	}
	d := bleve.NewDisjunctionQuery(alts...)
	d.SetBoost(boost)
	return d
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
