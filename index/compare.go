package index

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/vanban/vanban/extract/vn"
)

// Aggregate groupings of target rows.
const (
	ByProvince     = "province"
	ByProvince2025 = "province_2025"
)

// ProvinceAgg summarizes one indicator and year in one province: the
// spread of the values its localities set, so a province with ten district
// plans compares fairly with one that has a single provincial plan.
type ProvinceAgg struct {
	Province   string  `json:"province"`
	Key        string  `json:"key"`
	Indicator  string  `json:"indicator"`
	Unit       string  `json:"unit"`
	Year       *int    `json:"year"`
	Min        float64 `json:"min"`
	Median     float64 `json:"median"`
	Max        float64 `json:"max"`
	Localities int     `json:"localities"` // distinct localities
	Rows       int     `json:"rows"`
}

// cmpYear orders nil years last.
func cmpYear(a, b *int) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	return *a - *b
}

// cmpIndicator names the indicator a row compares on: its key, else its
// folded wording.
func cmpIndicator(r *TargetRow) string {
	if r.Key != "" {
		return r.Key
	}
	return Key(r.Indicator)
}

// SortRows orders rows by indicator, year, value, then locality.
func SortRows(rows []TargetRow) {
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := &rows[i], &rows[j]
		if ka, kb := cmpIndicator(a), cmpIndicator(b); ka != kb {
			return ka < kb
		}
		if c := cmpYear(a.Year, b.Year); c != 0 {
			return c < 0
		}
		if a.Value != b.Value {
			return a.Value < b.Value
		}
		return a.Locality < b.Locality
	})
}

// MatchIndicator reports whether row r answers the indicator request want:
// an exact key, or else every word of want found in the row's wording or
// key, compared without diacritics ("cong dan hoc tap" finds "Công dân học
// tập").
func MatchIndicator(r *TargetRow, want string) bool {
	want = strings.TrimSpace(want)
	if want == "" {
		return true
	}
	if r.Key != "" && r.Key == want {
		return true
	}
	words := strings.Fields(vn.Fold(strings.ReplaceAll(want, "_", " ")))
	if r.Key != "" && r.Key == strings.Join(words, "_") {
		return true
	}
	hay := map[string]bool{}
	for _, w := range strings.FieldsFunc(Key(r.Indicator), cmpNotWord) {
		hay[w] = true
	}
	for _, w := range words {
		if !hay[w] {
			return false
		}
	}
	return true
}

func cmpNotWord(c rune) bool {
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c > 127)
}

// Aggregate groups rows by province (by = ByProvince) or by the 2025
// province (ByProvince2025), indicator, unit and year, and returns min,
// median and max over the localities of each group. A locality with
// several rows counts once, with the median of its values. Rows without a
// province are grouped under "". The result is sorted by indicator, year,
// median.
func Aggregate(rows []TargetRow, by string) []ProvinceAgg {
	type gkey struct {
		prov, ind, unit string
		year            int
		hasYear         bool
	}
	type group struct {
		agg   ProvinceAgg
		byLoc map[string][]float64
		order []string
	}
	groups := map[gkey]*group{}
	var keys []gkey
	for i := range rows {
		r := &rows[i]
		prov := r.Province
		if by == ByProvince2025 {
			prov = r.Province2025
		}
		k := gkey{prov: prov, ind: cmpIndicator(r), unit: r.Unit}
		if r.Year != nil {
			k.year, k.hasYear = *r.Year, true
		}
		g := groups[k]
		if g == nil {
			g = &group{agg: ProvinceAgg{Province: prov, Key: r.Key, Indicator: r.Indicator, Unit: r.Unit, Year: r.Year},
				byLoc: map[string][]float64{}}
			groups[k] = g
			keys = append(keys, k)
		}
		loc := Key(r.Locality)
		if _, ok := g.byLoc[loc]; !ok {
			g.order = append(g.order, loc)
		}
		g.byLoc[loc] = append(g.byLoc[loc], r.Value)
		g.agg.Rows++
	}
	out := make([]ProvinceAgg, 0, len(keys))
	for _, k := range keys {
		g := groups[k]
		vals := make([]float64, 0, len(g.order))
		for _, loc := range g.order {
			vals = append(vals, median(g.byLoc[loc]))
		}
		sort.Float64s(vals)
		g.agg.Min, g.agg.Max, g.agg.Median = vals[0], vals[len(vals)-1], median(vals)
		g.agg.Localities = len(vals)
		out = append(out, g.agg)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		ka, kb := a.Key, b.Key
		if ka == "" {
			ka = Key(a.Indicator)
		}
		if kb == "" {
			kb = Key(b.Indicator)
		}
		if ka != kb {
			return ka < kb
		}
		if c := cmpYear(a.Year, b.Year); c != 0 {
			return c < 0
		}
		if a.Median != b.Median {
			return a.Median < b.Median
		}
		return a.Province < b.Province
	})
	return out
}

// median of vals (sorted in place); 0 for none.
func median(vals []float64) float64 {
	n := len(vals)
	if n == 0 {
		return 0
	}
	sort.Float64s(vals)
	if n%2 == 1 {
		return vals[n/2]
	}
	return (vals[n/2-1] + vals[n/2]) / 2
}

// LoadTargets returns the targets of x for an indicator given as a key
// (cong_dan_hoc_tap) or as words matched without diacritics, optionally
// one target year and one issuer level, sorted by SortRows. A key-like
// value that is no key is read as words.
func LoadTargets(ctx context.Context, x *Index, indicator string, year int, level string) ([]TargetRow, error) {
	q := TargetQuery{Year: year, Level: level}
	ind := strings.TrimSpace(indicator)
	if ind != "" && !strings.ContainsAny(ind, " \t") && strings.Contains(ind, "_") {
		q.Key = ind
	}
	if q.Key == "" && ind != "" {
		// Words that spell a key ("gia đình học tập") select by the key.
		if k := strings.Join(strings.Fields(vn.Fold(ind)), "_"); cmpKeyLike(k) {
			q.Key = k
		}
	}
	rows, err := x.cmpTargets(ctx, q)
	if err != nil {
		return nil, err
	}
	if q.Key != "" && len(rows) == 0 {
		q.Key = ""
		if rows, err = x.cmpTargets(ctx, q); err != nil {
			return nil, err
		}
	}
	if q.Key == "" && ind != "" {
		kept := rows[:0]
		for i := range rows {
			if MatchIndicator(&rows[i], ind) {
				kept = append(kept, rows[i])
			}
		}
		rows = kept
	}
	SortRows(rows)
	return rows, nil
}

// cmpKeyLike reports whether k has the shape of an indicator key:
// lower-case ASCII words joined by "_".
func cmpKeyLike(k string) bool {
	if !strings.Contains(k, "_") {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// cmpTargets is Targets in one unscored pass (no paging), unsorted.
func (x *Index) cmpTargets(ctx context.Context, q TargetQuery) ([]TargetRow, error) {
	must := []query.Query{termQ("kind_k", TypeTarget)}
	if q.Key != "" {
		must = append(must, termQ("key_k", Key(q.Key)))
	}
	if q.Year != 0 {
		must = append(must, numEq("year", float64(q.Year)))
	}
	if q.Level != "" {
		must = append(must, termQ("level_k", Key(q.Level)))
	}
	var rows []TargetRow
	_, err := x.cmpFetch(ctx, bleve.NewConjunctionQuery(must...), 0, nil, []string{"row"}, func(f map[string]interface{}) error {
		s, _ := f["row"].(string)
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
	return rows, nil
}
