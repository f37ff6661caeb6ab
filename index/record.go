package index

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/extract/vn"
)

// Key folds a keyword value for filters and lookups: "Ninh Thuận" →
// "ninh thuan", "1960/KH-UBND" → "1960/kh-ubnd".
func Key(s string) string {
	return strings.Join(strings.Fields(vn.Fold(s)), " ")
}

// kwSet fills name (display values, for facets) and name_k (folded, for
// filters) in rec.
func kwSet(rec map[string]interface{}, name string, vals ...string) {
	var disp, keys []string
	for _, v := range vals {
		v = strings.TrimSpace(v)
		if v == "" {
			continue
		}
		disp = append(disp, v)
		keys = append(keys, Key(v))
	}
	if len(disp) == 0 {
		return
	}
	if len(disp) == 1 {
		rec[name], rec[name+"_k"] = disp[0], keys[0]
		return
	}
	rec[name], rec[name+"_k"] = disp, keys
}

// docYear returns the year of an ISO date, or 0.
func docYear(date string) int {
	if len(date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return 0
	}
	return y
}

// dateValue returns an RFC 3339 value for a truncated ISO date, or "".
func dateValue(date string) string {
	switch len(date) {
	case 4:
		date += "-01-01"
	case 7:
		date += "-01"
	case 10:
	default:
		return ""
	}
	return date + "T00:00:00Z"
}

func docRecord(e *Entry) (map[string]interface{}, error) {
	d := &e.Doc
	js, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	rec := map[string]interface{}{
		"_type": TypeDoc, "title": d.Title, "body": e.Text, "json": string(js),
		"date_text": d.Issued.Date,
	}
	kwSet(rec, "kind", TypeDoc)
	if d.Number != nil {
		kwSet(rec, "number", d.Number.Text)
	}
	kwSet(rec, "doc_type", d.DocType)
	kwSet(rec, "level", d.Issuer.Level)
	kwSet(rec, "province", d.Issuer.Province)
	kwSet(rec, "province_2025", d.Issuer.Province2025)
	kwSet(rec, "district", d.Issuer.District)
	kwSet(rec, "commune", d.Issuer.Commune)
	kwSet(rec, "issuer", d.Issuer.Name)
	kwSet(rec, "field", d.Field)
	var signers, cites, keys []string
	for _, s := range d.Signers {
		signers = append(signers, s.Name)
	}
	for _, c := range d.Citations {
		cites = append(cites, c.ID)
	}
	seen := map[string]bool{}
	for _, t := range d.Targets {
		if t.Key != "" && !seen[t.Key] {
			seen[t.Key] = true
			keys = append(keys, t.Key)
		}
	}
	kwSet(rec, "signer", signers...)
	kwSet(rec, "cites", cites...)
	kwSet(rec, "indicator", keys...)
	kwSet(rec, "agency", agencyKeys(d)...)
	src := e.Sources
	if len(src) == 0 && d.Source.Path != "" {
		src = []string{d.Source.Path}
	}
	kwSet(rec, "sources", src...)
	if y := docYear(d.Issued.Date); y > 0 {
		rec["year"] = y
		kwSet(rec, "yearkw", strconv.Itoa(y))
	}
	if v := dateValue(d.Issued.Date); v != "" {
		rec["date"] = v
	}
	return rec, nil
}

// targetID is the record id of a document's j-th target.
func targetID(docID string, j int) string { return docID + "#t" + strconv.Itoa(j) }

func targetRecord(d *extract.Document, j int) (string, map[string]interface{}) {
	row := rowOf(d, j)
	js, _ := json.Marshal(row)
	rec := map[string]interface{}{
		"_type": TypeTarget, "indicator_text": row.Indicator, "value": row.Value,
		"row": string(js),
	}
	kwSet(rec, "kind", TypeTarget)
	kwSet(rec, "doc_id", row.DocID)
	kwSet(rec, "number", row.Number)
	kwSet(rec, "doc_type", row.DocType)
	kwSet(rec, "level", row.Level)
	kwSet(rec, "province", row.Province)
	kwSet(rec, "province_2025", row.Province2025)
	kwSet(rec, "district", d.Issuer.District)
	kwSet(rec, "commune", d.Issuer.Commune)
	kwSet(rec, "locality", row.Locality)
	kwSet(rec, "key", row.Key)
	kwSet(rec, "op", row.Op)
	kwSet(rec, "unit", row.Unit)
	if row.ValueMax != nil {
		rec["value_max"] = *row.ValueMax
	}
	if row.Year != nil {
		rec["year"] = *row.Year
	}
	if y := docYear(row.Date); y > 0 {
		rec["doc_year"] = y
	}
	if v := dateValue(row.Date); v != "" {
		rec["date"] = v
	}
	return targetID(d.ID, j), rec
}

// rowOf flattens the j-th target of d with its document's place and number.
func rowOf(d *extract.Document, j int) TargetRow {
	t := &d.Targets[j]
	r := TargetRow{
		Level: d.Issuer.Level, Province: d.Issuer.Province, Province2025: d.Issuer.Province2025,
		DocID: d.ID, DocType: d.DocType, Date: d.Issued.Date,
		Indicator: t.Indicator, Key: t.Key, Value: t.Value, ValueMax: t.ValueMax,
		Op: t.Op, Unit: t.Unit, Year: t.Year, Text: t.Text,
	}
	if d.Number != nil {
		r.Number = d.Number.Text
	}
	switch {
	case d.Issuer.Commune != "":
		r.Locality = d.Issuer.Commune
	case d.Issuer.District != "":
		r.Locality = d.Issuer.District
	case d.Issuer.Province != "":
		r.Locality = d.Issuer.Province
	case d.Issuer.Province2025 != "":
		r.Locality = d.Issuer.Province2025
	default:
		r.Locality = d.Issuer.Name
	}
	return r
}

// agencyKeys returns the distinct keys of the bodies d names, in order.
func agencyKeys(d *extract.Document) []string {
	var keys []string
	for i := range d.Agencies {
		k := d.Agencies[i].Key
		if k != "" && !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	return keys
}
