package index

import (
	"fmt"

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

// keywordFields of a document record: displayed value for facets, and a
// folded twin "<name>_k" for filters.
var docKeywords = []string{"number", "doc_type", "level", "province", "province_2025", "district", "commune", "issuer", "signer", "field", "cites", "indicator", "agency", "sources"}

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
		return []*mapping.FieldMapping{exact, folded}
	}
	kw := func(dm *mapping.DocumentMapping, name string) {
		f := bleve.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = true
		f.DocValues = true
		f.IncludeInAll = false
		dm.AddFieldMappingsAt(name, f)
		k := bleve.NewKeywordFieldMapping()
		k.Analyzer = keyword.Name
		k.Store = false
		k.DocValues = false
		k.IncludeTermVectors = false
		k.IncludeInAll = false
		dm.AddFieldMappingsAt(name+"_k", k)
	}
	num := func(dm *mapping.DocumentMapping, name string) {
		f := bleve.NewNumericFieldMapping()
		f.Store = true
		f.DocValues = true
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

	doc := bleve.NewDocumentMapping()
	doc.Dynamic = false
	doc.AddFieldMappingsAt("title", text("title", true)...)
	doc.AddFieldMappingsAt("body", text("body", true)...)
	for _, n := range docKeywords {
		kw(doc, n)
	}
	kw(doc, "kind")
	kw(doc, "yearkw")
	num(doc, "year")
	date(doc, "date")
	stored(doc, "date_text")
	stored(doc, "json")

	tgt := bleve.NewDocumentMapping()
	tgt.Dynamic = false
	tgt.AddFieldMappingsAt("indicator_text", text("indicator_text", true)...)
	for _, n := range targetKeywords {
		kw(tgt, n)
	}
	kw(tgt, "kind")
	for _, n := range []string{"value", "value_max", "year", "doc_year"} {
		num(tgt, n)
	}
	date(tgt, "date")
	stored(tgt, "date_text")
	stored(tgt, "row")

	im.AddDocumentMapping(TypeDoc, doc)
	im.AddDocumentMapping(TypeTarget, tgt)
	im.DefaultType = TypeDoc
	im.DefaultMapping.Dynamic = false
	return im, nil
}
