package web

import (
	"bytes"
	"fmt"
	"html"
	"html/template"
	"net/http"
	"net/url"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/vanban/vanban/extract"
	"github.com/vanban/vanban/index"
)

var pageNames = []string{"search", "doc", "compare", "cites"}

var funcs = template.FuncMap{
	"rel": func(r string) string {
		switch r {
		case extract.RelBasis:
			return "căn cứ"
		case extract.RelImplement:
			return "thực hiện"
		case extract.RelReference:
			return "dẫn chiếu"
		}
		return r
	},
	"num": func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) },
	"year": func(y *int) string {
		if y == nil {
			return ""
		}
		return strconv.Itoa(*y)
	},
	"snippet": snippetHTML,
	"negDays": func(d *int) bool { return d != nil && *d < 0 },
	// numText shows an unnumbered draft ("/KH-UBND") as such.
	"numText": func(n string) string {
		if strings.HasPrefix(n, "/") {
			return "(không số)" + n
		}
		return n
	},
	"levelName": func(l string) string {
		if n, ok := levelNames[l]; ok {
			return n
		}
		return l
	},
	"levelOpts": func() map[string]string { return map[string]string{"tinh": "tỉnh", "huyen": "huyện", "xa": "xã"} },
	"opSign": func(op string) string {
		switch op {
		case ">=":
			return "≥"
		case "<=":
			return "≤"
		case "~":
			return "≈"
		case "=", "range":
			return ""
		case "increase":
			return "tăng"
		case "decrease":
			return "giảm"
		}
		return op
	},
	"path": url.PathEscape,
	"base": func(p string) string { return filepath.Base(filepath.FromSlash(p)) },
}

func (s *Server) parsePages() error {
	s.pages = map[string]*template.Template{}
	for _, n := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(assets, "templates/layout.html", "templates/"+n+".html")
		if err != nil {
			return fmt.Errorf("parse page %s: %w", n, err)
		}
		s.pages[n] = t
	}
	return nil
}

func (s *Server) render(w http.ResponseWriter, status int, page string, data any) {
	var buf bytes.Buffer
	if err := s.pages[page].Execute(&buf, data); err != nil {
		s.cfg.Log.Error("render", "page", page, "err", err)
		http.Error(w, "render error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = buf.WriteTo(w)
}

func (s *Server) pageErr(w http.ResponseWriter, status int, msg string) {
	s.render(w, status, "search", map[string]any{"Title": "Lỗi", "Error": msg})
}

// snippetHTML escapes a search snippet and keeps only its <mark> tags.
func snippetHTML(s string) template.HTML {
	e := template.HTMLEscapeString(html.UnescapeString(s))
	e = strings.NewReplacer("&lt;mark&gt;", "<mark>", "&lt;/mark&gt;", "</mark>").Replace(e)
	return template.HTML(e)
}

// chip is an active filter with the URL that removes it.
type chip struct{ Field, Value, Remove string }

// facetView is one facet field with its values and their links.
type facetView struct {
	Field  string
	Label  string
	Values []facetValue
}

type facetValue struct {
	Value  string
	Text   string // shown: a level or an indicator by its name
	Count  int
	Href   string
	Active bool
}

var facetLabels = map[string]string{
	"province": "Tỉnh (trước 2025)", "province_2025": "Tỉnh (từ 7/2025)", "level": "Cấp", "doc_type": "Loại văn bản",
	"year": "Năm", "issuer": "Cơ quan ban hành", "signer": "Người ký", "cites": "Văn bản được dẫn", "field": "Lĩnh vực",
	"indicator": "Chỉ tiêu", "agency": "Cơ quan được nêu",
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	p := parseSearch(v)
	res, err := s.search(r, p)
	if err != nil {
		s.render(w, http.StatusBadRequest, "search", map[string]any{"Title": "Tìm kiếm", "Query": p.Query, "Error": err.Error()})
		return
	}
	with := func(mod func(url.Values)) string {
		c := url.Values{}
		for k, vs := range v {
			if k == "page" {
				continue
			}
			c[k] = append([]string(nil), vs...)
		}
		mod(c)
		return "/?" + c.Encode()
	}
	var chips []chip
	keys := make([]string, 0, len(p.Filters))
	for k := range p.Filters {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, val := range p.Filters[k] {
			k, val := k, val
			chips = append(chips, chip{Field: facetLabels[k], Value: s.facetText(k, val), Remove: with(func(c url.Values) {
				c[k] = remove(c[k], val)
				c["filter"] = remove(c["filter"], k+":"+val)
			})})
		}
	}
	var fv []facetView
	for _, f := range index.FacetFields {
		vals := res.Facets[f]
		if len(vals) == 0 {
			continue
		}
		view := facetView{Field: f, Label: facetLabels[f]}
		for i, c := range vals {
			if i == 12 {
				break
			}
			active := contains(p.Filters[f], c.Value)
			f, val := f, c.Value
			view.Values = append(view.Values, facetValue{Value: c.Value, Text: s.facetText(f, c.Value), Count: c.Count, Active: active,
				Href: with(func(u url.Values) {
					if active {
						u[f] = remove(u[f], val)
					} else {
						u.Add(f, val)
					}
				})})
		}
		fv = append(fv, view)
	}
	pages := int((res.Total + uint64(p.Size) - 1) / uint64(p.Size))
	pageHref := func(n int) string {
		c := url.Values{}
		for k, vs := range v {
			c[k] = vs
		}
		c.Set("page", strconv.Itoa(n))
		return "/?" + c.Encode()
	}
	data := map[string]any{"Title": "Tìm kiếm", "Query": p.Query, "Res": res, "Chips": chips, "Facets": fv,
		"Page": p.Page, "Pages": pages, "From": (p.Page-1)*p.Size + 1}
	if p.Page > 1 {
		data["Prev"] = pageHref(p.Page - 1)
	}
	if p.Page < pages {
		data["Next"] = pageHref(p.Page + 1)
	}
	var hidden []chip
	for _, k := range keys {
		for _, val := range p.Filters[k] {
			hidden = append(hidden, chip{Field: k, Value: val})
		}
	}
	data["Hidden"] = hidden
	s.render(w, http.StatusOK, "search", data)
}

// facetText names a facet value for display: levels, indicator keys and
// agency keys by their names, other values as they are.
func (s *Server) facetText(field, v string) string {
	switch field {
	case "level":
		if n := levelNames[v]; n != "" {
			return n
		}
	case "indicator":
		if n := s.labels[v]; n != "" {
			return n
		}
	case "agency":
		if n := s.agency[v]; n != "" {
			return n
		}
		// A body outside the lexicon: the name a document gave it, else
		// its key, which is its folded name.
		if s.x != nil {
			if n := s.x.AgencyName(v); n != "" {
				return n
			}
		}
		return strings.ReplaceAll(v, "_", " ")
	}
	return v
}

func remove(vs []string, v string) []string {
	out := vs[:0:0]
	for _, x := range vs {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}

func contains(vs []string, v string) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

func (s *Server) pageDoc(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !docIDRe.MatchString(id) {
		s.pageErr(w, http.StatusBadRequest, "Mã văn bản không hợp lệ.")
		return
	}
	sd, err := s.st.Stored(id)
	if err != nil {
		s.pageErr(w, statusOf(err), "Không tìm thấy văn bản "+id+".")
		return
	}
	d := &sd.Doc
	type cite struct {
		extract.Citation
		DocID string // in the corpus
	}
	var cites []cite
	for _, c := range d.Citations {
		cc := cite{Citation: c}
		if got, err := s.x.DocsByNumber(r.Context(), c.ID); err == nil && len(got) > 0 {
			cc.DocID = got[0].ID
		}
		cites = append(cites, cc)
	}
	title := d.Title
	if title == "" {
		title = d.DocType
	}
	s.render(w, http.StatusOK, "doc", map[string]any{"Title": title, "D": d, "Cites": cites,
		"Body": docMarkup(sd.Text, d), "Facets": docFacets(d, s.labels), "Labels": s.labels, "Sources": s.st.Sources(id)})
}

// bar is one bar of the comparison chart: a locality's median target,
// with the range of its targets when it set several.
type bar struct {
	Label, Sub string
	Value      float64
	Y, W       float64
	TextX      float64
	N          int     // targets of the locality
	Lo, Hi     float64 // range when N > 1 and values differ
	LoX, HiX   float64
}

func (s *Server) pageCompare(w http.ResponseWriter, r *http.Request) {
	ind, year, level, by := targetParams(r.URL.Query())
	fv, err := s.facets(r)
	if err != nil {
		s.pageErr(w, statusOf(err), err.Error())
		return
	}
	keys := fv["indicator"]
	if ind == "" && len(keys) > 0 {
		ind = keys[0].Value
	}
	yc, err := s.facet.targetYears(r.Context(), s.x, ind, level)
	if err != nil {
		s.pageErr(w, statusOf(err), err.Error())
		return
	}
	var yearList []int
	for _, c := range yc {
		if y, err := strconv.Atoi(c.Value); err == nil {
			yearList = append(yearList, y)
		}
	}
	if year == 0 && len(yearList) > 0 {
		year = cmpDefaultYear(yc)
	}
	rows, err := s.facet.targets(r.Context(), s.x, ind, year, level)
	if err != nil {
		s.pageErr(w, statusOf(err), err.Error())
		return
	}
	if by == "" {
		by = index.ByProvince2025
	}
	aggs := index.Aggregate(rows, by)
	mapAggs := aggs
	if by != index.ByProvince2025 {
		mapAggs = index.Aggregate(rows, index.ByProvince2025)
	}
	bars, nLoc := cmpBars(rows)
	label := s.labels[ind]
	if label == "" {
		label = ind
	}
	shown := rows
	if len(shown) > cmpMaxRows {
		shown = shown[:cmpMaxRows]
	}
	q := url.Values{"indicator": {ind}, "year": {strconv.Itoa(year)}}
	if level != "" {
		q.Set("level", level)
	}
	var keyOpts []keyOpt
	for _, k := range keys {
		l := s.labels[k.Value]
		if l == "" {
			l = k.Value
		}
		keyOpts = append(keyOpts, keyOpt{Value: k.Value, Label: l, Count: k.Count})
	}
	s.render(w, http.StatusOK, "compare", map[string]any{"Title": "So sánh chỉ tiêu", "Indicator": ind, "Label": label,
		"Year": year, "Years": yearList, "Keys": keyOpts, "Level": level, "Rows": shown, "AllRows": len(rows), "Aggs": aggs,
		"By": by, "Bars": bars, "Localities": nLoc, "Unit": cmpUnit(rows), "ChartH": float64(len(bars))*barH + 6,
		"Tiles": provinceTiles(s.pmap, mapAggs), "Query": q.Encode()})
}

// keyOpt is an indicator of the compare page's picker.
type keyOpt struct {
	Value, Label string
	Count        int
}

// Limits of the compare page; the CSV and JSON links carry every row.
const (
	cmpMaxRows = 300
	cmpMaxBars = 40
	barH       = 28.0
	chartW     = 400.0
	barX       = 230.0
)

// cmpUnit is the unit most rows state.
func cmpUnit(rows []index.TargetRow) string {
	n := map[string]int{}
	best := ""
	for _, r := range rows {
		n[r.Unit]++
		if n[r.Unit] > n[best] {
			best = r.Unit
		}
	}
	return best
}

// cmpBars draws one bar per locality at the median of its targets, with a
// whisker from the lowest to the highest when it set several; the
// cmpMaxBars highest are drawn. It returns the bars and the number of
// localities.
func cmpBars(rows []index.TargetRow) ([]bar, int) {
	type loc struct {
		label, sub string
		vals       []float64
	}
	locs := map[string]*loc{}
	var order []string
	for _, row := range rows {
		k := row.Locality + "|" + row.Province + "|" + row.Province2025
		l, ok := locs[k]
		if !ok {
			sub := row.Province
			if row.Province2025 != "" && row.Province2025 != row.Province {
				sub += " → nay " + row.Province2025
			}
			if row.Level != "" {
				sub = levelNames[row.Level] + " · " + sub
			}
			l = &loc{label: row.Locality, sub: sub}
			locs[k] = l
			order = append(order, k)
		}
		l.vals = append(l.vals, row.Value)
	}
	type stat struct {
		l           *loc
		med, lo, hi float64
	}
	stats := make([]stat, 0, len(order))
	var maxV float64
	for _, k := range order {
		l := locs[k]
		v := append([]float64(nil), l.vals...)
		sort.Float64s(v)
		m := v[len(v)/2]
		if len(v)%2 == 0 {
			m = (v[len(v)/2-1] + v[len(v)/2]) / 2
		}
		stats = append(stats, stat{l, m, v[0], v[len(v)-1]})
		maxV = max(maxV, v[len(v)-1])
	}
	sort.SliceStable(stats, func(i, j int) bool { return stats[i].med > stats[j].med })
	if len(stats) > cmpMaxBars {
		stats = stats[:cmpMaxBars]
	}
	scale := func(v float64) float64 {
		if maxV <= 0 {
			return 0
		}
		return v / maxV * chartW
	}
	bars := make([]bar, 0, len(stats))
	for i, st := range stats {
		b := bar{Label: st.l.label, Sub: st.l.sub, Value: st.med, Y: float64(i) * barH, W: scale(st.med), N: len(st.l.vals)}
		b.TextX = barX + scale(st.hi) + 6
		if st.hi > st.lo {
			b.Lo, b.Hi = st.lo, st.hi
			b.LoX, b.HiX = barX+scale(st.lo), barX+scale(st.hi)
		}
		bars = append(bars, b)
	}
	return bars, len(order)
}

// levelNames are the Vietnamese names of issuer levels.
var levelNames = map[string]string{"trung-uong": "trung ương", "tinh": "tỉnh", "huyen": "huyện", "xa": "xã"}

func (s *Server) pageCites(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimSpace(r.PathValue("id"))
	if id == "" || len(id) > 200 {
		s.pageErr(w, http.StatusBadRequest, "Thiếu số hiệu văn bản.")
		return
	}
	root, err := index.Cascade(r.Context(), s.x, id, index.CascadeOptions{})
	if err != nil {
		s.pageErr(w, statusOf(err), err.Error())
		return
	}
	data := map[string]any{"Title": "Dòng thực hiện " + id, "Root": root}
	if root.CitedBy > len(root.Children) {
		// More than the tree lists: where the citing documents are.
		if provs, err := index.CitingProvinces(r.Context(), s.x, id); err == nil {
			data["Provinces"] = provs
		}
	}
	s.render(w, http.StatusOK, "cites", data)
}

// cmpDefaultYear picks the year most targets aim at, the later one on a
// tie (years are listed oldest first).
func cmpDefaultYear(years []index.FacetCount) int {
	best, n := 0, -1
	for _, c := range years {
		if y, err := strconv.Atoi(c.Value); err == nil && c.Count >= n {
			best, n = y, c.Count
		}
	}
	return best
}
