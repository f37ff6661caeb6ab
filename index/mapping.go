package index

import (
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2"
	_ "github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/vanban/vanban/rules"
)

// Record types in the index.
const (
	TypeDoc    = "doc"
	TypeTarget = "target"
)

// FacetFields are the keyword fields with doc values that Search can count.
var FacetFields = []string{"province", "province_2025", "level", "doc_type", "year", "issuer", "signer", "cites", "field", "indicator", "agency"}

// docKeywords are the keyword fields of a document record: each has a
// folded twin "<name>_k" for filters; the displayed value itself is indexed
// with doc values when it is counted (docFacetKeywords), stored when a hit
// shows it (docStoredKeywords), and not kept otherwise.
var docKeywords = []string{"number", "doc_type", "level", "province", "province_2025", "district", "commune", "issuer", "signer", "field", "cites", "indicator", "agency", "sources"}

// docFacetKeywords are the displayed keyword fields of a document that
// facets count (FacetFields, the year on its keyword twin).
var docFacetKeywords = []string{"province", "province_2025", "level", "doc_type", "yearkw", "issuer", "signer", "cites", "field", "indicator", "agency"}

// docStoredKeywords are the displayed keyword fields a hit shows.
var docStoredKeywords = []string{"number", "doc_type", "issuer", "sources"}

// targetKeywords of a target record: only the folded twins are kept (rows
// are read from the stored "row"), and doc_id as is, by which a document's
// targets are replaced.
var targetKeywords = []string{"doc_id", "number", "doc_type", "level", "province", "province_2025", "district", "commune", "locality", "key", "op", "unit"}

// newMapping builds the index mapping; abbreviations from rs are copied
// into it (nil rs means none).
func newMapping(rs *rules.Set) (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	im.TypeField = "_type"
	im.ScoringModel = "bm25"
	pairs := []interface{}{}
	if rs != nil {
		for _, a := range rs.Abbreviations {
			pairs = append(pairs, a.Abbr, a.Full)
		}
	}
	if err := im.AddCustomTokenFilter(abbrFilterConfig, map[string]interface{}{"type": AbbrFilterType, "pairs": pairs}); err != nil {
		return nil, fmt.Errorf("abbreviation filter: %w", err)
	}
	base := []interface{}{lowercase.Name, ToneFilterName, abbrFilterConfig}
	if err := im.AddCustomAnalyzer(ExactAnalyzer, map[string]interface{}{
		"type": "custom", "tokenizer": unicode.Name, "token_filters": base,
	}); err != nil {
		return nil, fmt.Errorf("analyzer %s: %w", ExactAnalyzer, err)
	}
	if err := im.AddCustomAnalyzer(FoldedAnalyzer, map[string]interface{}{
		"type": "custom", "tokenizer": unicode.Name, "token_filters": append(append([]interface{}{}, base...), FoldFilterName),
	}); err != nil {
		return nil, fmt.Errorf("analyzer %s: %w", FoldedAnalyzer, err)
	}
	if err := im.AddCustomAnalyzer(BigramAnalyzer, map[string]interface{}{
		"type": "custom", "tokenizer": unicode.Name, "token_filters": append(append([]interface{}{}, base...), FoldFilterName, BigramFilterName),
	}); err != nil {
		return nil, fmt.Errorf("analyzer %s: %w", BigramAnalyzer, err)
	}
	im.DefaultAnalyzer = ExactAnalyzer

	// The folded twin of the body is the stored one: it highlights every
	// match, exact or folded, on the original accented text.
	text := func(name string, store bool) []*mapping.FieldMapping {
		exact := bleve.NewTextFieldMapping()
		exact.Analyzer = ExactAnalyzer
		exact.Store = store && name != "body"
		// Phrases and highlights are read on the folded twin: the exact
		// field needs no positions, and no field of text is sorted or
		// counted (no doc values): a third less index and CPU.
		exact.IncludeTermVectors = false
		exact.DocValues = false
		exact.IncludeInAll = false
		folded := bleve.NewTextFieldMapping()
		folded.Name = name + "_folded"
		folded.Analyzer = FoldedAnalyzer
		folded.Store = store && name == "body"
		folded.IncludeTermVectors = true
		folded.DocValues = false
		folded.IncludeInAll = false
		// The syllable bigrams of the folded text answer a phrase of two
		// syllables with one term: no positions to read, none to keep.
		bi := bleve.NewTextFieldMapping()
		bi.Name = name + "_bi"
		bi.Analyzer = BigramAnalyzer
		bi.Store = false
		bi.IncludeTermVectors = false
		bi.DocValues = false
		bi.IncludeInAll = false
		return []*mapping.FieldMapping{exact, folded, bi}
	}
	// kw maps a displayed keyword field (indexed with doc values when
	// counted, stored when shown; left out when neither) and its folded
	// twin name_k.
	keywordField := func(index, store, docValues bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Index = index
		f.Store = store
		f.DocValues = docValues
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		return f
	}
	kw := func(dm *mapping.DocumentMapping, name string, facet, store bool) {
		if facet || store {
			dm.AddFieldMappingsAt(name, keywordField(facet, store, facet))
		}
		dm.AddFieldMappingsAt(name+"_k", keywordField(true, false, false))
	}
	// Numbers are filtered on (range queries read terms), never shown,
	// counted or sorted.
	num := func(dm *mapping.DocumentMapping, name string) {
		f := bleve.NewNumericFieldMapping()
		f.Store = false
		f.DocValues = false
		f.IncludeInAll = false
		dm.AddFieldMappingsAt(name, f)
	}
	stored := func(dm *mapping.DocumentMapping, name string) {
		f := bleve.NewTextFieldMapping()
		f.Index = false
		f.Store = true
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		dm.AddFieldMappingsAt(name, f)
	}
	date := func(dm *mapping.DocumentMapping, name string) {
		f := bleve.NewDateTimeFieldMapping()
		f.Store = false
		f.DocValues = true
		f.IncludeInAll = false
		dm.AddFieldMappingsAt(name, f)
	}

	// No "_all" composite: every query names its fields, and the empty
	// composite still costs a pass over each record's fields.
	noAll := func(dm *mapping.DocumentMapping) {
		all := bleve.NewDocumentDisabledMapping()
		dm.AddSubDocumentMapping("_all", all)
	}

	doc := bleve.NewDocumentMapping()
	doc.Dynamic = false
	noAll(doc)
	doc.AddFieldMappingsAt("title", text("title", true)...)
	doc.AddFieldMappingsAt("body", text("body", true)...)
	for _, n := range docKeywords {
		kw(doc, n, slices.Contains(docFacetKeywords, n), slices.Contains(docStoredKeywords, n))
	}
	kw(doc, "kind", false, false)
	kw(doc, "yearkw", true, false)
	num(doc, "year")
	date(doc, "date")
	stored(doc, "date_text")
	stored(doc, "json")

	tgt := bleve.NewDocumentMapping()
	tgt.Dynamic = false
	noAll(tgt)
	// Targets are matched on the folded indicator only.
	tgt.AddFieldMappingsAt("indicator_text", text("indicator_text", false)[1])
	for _, n := range targetKeywords {
		kw(tgt, n, n == "doc_id", false)
	}
	kw(tgt, "kind", false, false)
	for _, n := range []string{"value", "value_max", "year", "doc_year"} {
		num(tgt, n)
	}
	date(tgt, "date")
	stored(tgt, "row")

	im.AddDocumentMapping(TypeDoc, doc)
	im.AddDocumentMapping(TypeTarget, tgt)
	im.DefaultType = TypeDoc
	im.DefaultMapping.Dynamic = false
	noAll(im.DefaultMapping)
	return im, nil
}
