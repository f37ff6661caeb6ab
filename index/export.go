package index

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/vanban/vanban/extract"
)

// Export formats and contents.
const (
	FormatJSONL      = "jsonl"
	FormatCSV        = "csv"
	FormatOpenSearch = "opensearch"

	WhatDocuments = "documents"
	WhatTargets   = "targets"
	WhatCitations = "citations"
)

// utf8BOM makes spreadsheet programs read a CSV file as UTF-8.
const utf8BOM = "\ufeff"

// Exporter writes documents, their targets or their citations one
// document at a time. Call Close to flush.
type Exporter struct {
	bw     *bufio.Writer
	cw     *csv.Writer
	enc    *json.Encoder
	format string
	what   string
	index  string
	n      int
}

// TargetHeader is the column list of a targets CSV, the keys of
// `vanban targets --format json`.
var TargetHeader = []string{"locality", "level", "province", "province_2025", "doc_id", "number", "doc_type", "date",
	"indicator", "key", "value", "value_max", "op", "unit", "year"}

var expDocHeader = []string{"id", "number", "doc_type", "date", "title", "issuer", "level", "province", "province_2025",
	"district", "commune", "field", "signers", "period_from", "period_to", "citations", "targets", "source"}

var expCiteHeader = []string{"doc_id", "doc_number", "doc_date", "province", "cited_id", "cited_type", "cited_date",
	"cited_issuer", "relation", "mentions", "delay_days"}

// NewExporter returns an exporter of what (WhatDocuments, WhatTargets or
// WhatCitations) in format (FormatJSONL, FormatCSV or FormatOpenSearch)
// to w. index names the OpenSearch index of bulk action lines.
func NewExporter(w io.Writer, format, what, index string) (*Exporter, error) {
	switch what {
	case "":
		what = WhatDocuments
	case WhatDocuments, WhatTargets, WhatCitations:
	default:
		return nil, fmt.Errorf("export: unknown content %q (documents, targets, citations)", what)
	}
	if index == "" {
		index = "vanban-" + what
	}
	e := &Exporter{bw: bufio.NewWriterSize(w, 64<<10), format: format, what: what, index: index}
	switch format {
	case FormatJSONL, FormatOpenSearch:
		e.enc = json.NewEncoder(e.bw)
		e.enc.SetEscapeHTML(false)
	case FormatCSV:
		if _, err := e.bw.WriteString(utf8BOM); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
		e.cw = csv.NewWriter(e.bw)
		e.cw.UseCRLF = true
		h := expDocHeader
		switch what {
		case WhatTargets:
			h = TargetHeader
		case WhatCitations:
			h = expCiteHeader
		}
		if err := e.cw.Write(h); err != nil {
			return nil, fmt.Errorf("export: %w", err)
		}
	default:
		return nil, fmt.Errorf("export: unknown format %q (jsonl, csv, opensearch)", format)
	}
	return e, nil
}

// Count returns the records written so far.
func (e *Exporter) Count() int { return e.n }

// Add writes d (or its targets, or its citations).
func (e *Exporter) Add(d *extract.Document) error {
	var err error
	switch e.what {
	case WhatDocuments:
		err = e.record(d.ID, d, func() []string { return expDocRow(d) })
	case WhatTargets:
		for j := range d.Targets {
			r := rowOf(d, j)
			if err = e.record(targetID(d.ID, j), r, func() []string { return TargetRecord(&r) }); err != nil {
				break
			}
		}
	case WhatCitations:
		for j := range d.Citations {
			c := &d.Citations[j]
			row := expCiteRow(d, c)
			obj := map[string]string{}
			for i, h := range expCiteHeader {
				obj[h] = row[i]
			}
			if err = e.record(d.ID+"#c"+strconv.Itoa(j), obj, func() []string { return row }); err != nil {
				break
			}
		}
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", d.ID, err)
	}
	return nil
}

func (e *Exporter) record(id string, obj any, row func() []string) error {
	e.n++
	switch e.format {
	case FormatCSV:
		return e.cw.Write(row())
	case FormatOpenSearch:
		act := map[string]map[string]string{"index": {"_index": e.index, "_id": id}}
		if err := e.enc.Encode(act); err != nil {
			return err
		}
	}
	return e.enc.Encode(obj)
}

// Close flushes what was written.
func (e *Exporter) Close() error {
	if e.cw != nil {
		e.cw.Flush()
		if err := e.cw.Error(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if err := e.bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

func fmtFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// TargetRecord is r as CSV fields in TargetHeader order.
func TargetRecord(r *TargetRow) []string {
	vmax, year := "", ""
	if r.ValueMax != nil {
		vmax = fmtFloat(*r.ValueMax)
	}
	if r.Year != nil {
		year = strconv.Itoa(*r.Year)
	}
	return []string{r.Locality, r.Level, r.Province, r.Province2025, r.DocID, r.Number, r.DocType, r.Date,
		r.Indicator, r.Key, fmtFloat(r.Value), vmax, r.Op, r.Unit, year}
}

func expDocRow(d *extract.Document) []string {
	num, from, to := "", "", ""
	if d.Number != nil {
		num = d.Number.Text
	}
	if d.Period.From != nil {
		from = strconv.Itoa(*d.Period.From)
	}
	if d.Period.To != nil {
		to = strconv.Itoa(*d.Period.To)
	}
	var signers, cites []string
	for _, s := range d.Signers {
		signers = append(signers, s.Name)
	}
	for _, c := range d.Citations {
		cites = append(cites, c.ID)
	}
	return []string{d.ID, num, d.DocType, d.Issued.Date, d.Title, d.Issuer.Name, d.Issuer.Level, d.Issuer.Province,
		d.Issuer.Province2025, d.Issuer.District, d.Issuer.Commune, d.Field, strings.Join(signers, "; "), from, to,
		strings.Join(cites, "; "), strconv.Itoa(len(d.Targets)), d.Source.Path}
}

func expCiteRow(d *extract.Document, c *extract.Citation) []string {
	num, delay := "", ""
	if d.Number != nil {
		num = d.Number.Text
	}
	if n := DelayDays(c.Date, d.Issued.Date); n != nil {
		delay = strconv.Itoa(*n)
	}
	return []string{d.ID, num, d.Issued.Date, d.Issuer.Province, c.ID, c.Type, c.Date, c.Issuer, c.Relation,
		strconv.Itoa(c.Mentions), delay}
}

// OpenSearchTemplate returns an index template for OpenSearch or
// Elasticsearch matching our analysis: Vietnamese text indexed twice,
// as written (lowercased, ICU-normalized) and folded without diacritics
// (icu_folding; asciifolding with preserve_original where the ICU plugin
// is missing would need a second template), keyword fields with a folded
// normalizer for filters and facets. pattern is the index pattern, e.g.
// "vanban-*".
func OpenSearchTemplate(pattern string) ([]byte, error) {
	text := map[string]any{"type": "text", "analyzer": "vi_exact",
		"fields": map[string]any{"folded": map[string]any{"type": "text", "analyzer": "vi_folded"}}}
	kw := map[string]any{"type": "keyword", "normalizer": "vi_keyword",
		"fields": map[string]any{"raw": map[string]any{"type": "keyword"}}}
	props := map[string]any{
		"id": map[string]any{"type": "keyword"}, "doc_id": map[string]any{"type": "keyword"},
		"title": text, "indicator": text, "text": text,
		"doc_type": kw, "province": kw, "province_2025": kw, "level": kw, "locality": kw, "key": kw,
		"number": kw, "op": kw, "unit": kw, "cited_id": kw, "relation": kw,
		"date":  map[string]any{"type": "date", "format": "yyyy-MM-dd||yyyy-MM||yyyy", "ignore_malformed": true},
		"value": map[string]any{"type": "double"}, "value_max": map[string]any{"type": "double"},
		"year": map[string]any{"type": "integer"},
		"issuer": map[string]any{"type": "object", "properties": map[string]any{
			"name": text, "level": kw, "province": kw, "province_2025": kw, "district": kw, "commune": kw}},
		"issued": map[string]any{"type": "object", "properties": map[string]any{
			"date":  map[string]any{"type": "date", "format": "yyyy-MM-dd||yyyy-MM||yyyy", "ignore_malformed": true},
			"place": kw}},
		"signers":   map[string]any{"type": "object", "properties": map[string]any{"name": kw, "title": kw, "authority": kw}},
		"citations": map[string]any{"type": "nested", "properties": map[string]any{"id": kw, "type": kw, "date": map[string]any{"type": "keyword"}, "issuer": text, "relation": kw}},
		"targets": map[string]any{"type": "nested", "properties": map[string]any{
			"indicator": text, "key": kw, "value": map[string]any{"type": "double"}, "unit": kw, "op": kw, "year": map[string]any{"type": "integer"}, "text": text}},
	}
	tpl := map[string]any{
		"index_patterns": []string{pattern},
		"template": map[string]any{
			"settings": map[string]any{"analysis": map[string]any{
				"char_filter": map[string]any{"vi_nfc": map[string]any{"type": "icu_normalizer", "name": "nfc"}},
				"analyzer": map[string]any{
					"vi_exact":  map[string]any{"type": "custom", "char_filter": []string{"vi_nfc"}, "tokenizer": "icu_tokenizer", "filter": []string{"lowercase"}},
					"vi_folded": map[string]any{"type": "custom", "char_filter": []string{"vi_nfc"}, "tokenizer": "icu_tokenizer", "filter": []string{"icu_folding", "vi_dd"}},
					"vi_folded_ascii": map[string]any{"type": "custom", "tokenizer": "standard",
						"filter": []string{"lowercase", "asciifolding", "vi_dd"}},
				},
				"filter":     map[string]any{"vi_dd": map[string]any{"type": "pattern_replace", "pattern": "đ", "replacement": "d"}},
				"normalizer": map[string]any{"vi_keyword": map[string]any{"type": "custom", "filter": []string{"lowercase", "asciifolding"}}},
			}},
			"mappings": map[string]any{"dynamic": false, "properties": props},
		},
	}
	b, err := json.MarshalIndent(tpl, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("opensearch template: %w", err)
	}
	return b, nil
}
