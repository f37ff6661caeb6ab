package index

import "strconv"

// AggHeader is the column list of a per-province comparison CSV, the keys
// of `vanban targets --by … --format json`.
var AggHeader = []string{"province", "key", "indicator", "unit", "year", "min", "median", "max", "localities", "rows"}

// AggRecord is a as CSV fields in AggHeader order.
func AggRecord(a *ProvinceAgg) []string {
	year := ""
	if a.Year != nil {
		year = strconv.Itoa(*a.Year)
	}
	return []string{a.Province, a.Key, a.Indicator, a.Unit, year, fmtFloat(a.Min), fmtFloat(a.Median), fmtFloat(a.Max),
		strconv.Itoa(a.Localities), strconv.Itoa(a.Rows)}
}
