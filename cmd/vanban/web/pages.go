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
	"path":    url.PathEscape,
	"base":    func(p string) string { return filepath.Base(filepath.FromSlash(p)) },
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
	Count  int
	Href   string
	Active bool
}

var facetLabels = map[string]string{
	"province": "Tỉnh (trước 2025)", "province_2025": "Tỉnh (từ 7/2025)", "level": "Cấp", "doc_type": "Loại văn bản",
	"year": "Năm", "issuer": "Cơ quan ban hành", "signer": "Người ký", "cites": "Văn bản được dẫn", "field": "Lĩnh vực",
	"indicator": "Chỉ tiêu",
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
			chips = append(chips, chip{Field: facetLabels[k], Value: val, Remove: with(func(c url.Values) {
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
			view.Values = append(view.Values, facetValue{Value: c.Value, Count: c.Count, Active: active,
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
		"Body": docMarkup(sd.Text, d), "Facets": docFacets(d), "Sources": s.st.Sources(id)})
}

// bar is one bar of the comparison chart.
type bar struct {
	Label, Sub string
	Value      float64
	Y, W       float64
	TextX      float64
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
	yc, err := index.TargetYears(r.Context(), s.x, ind, level)
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
	rows, err := index.LoadTargets(r.Context(), s.x, ind, year, level)
	if err != nil {
		s.pageErr(w, statusOf(err), err.Error())
		return
	}
	if by == "" {
		by = index.ByProvince2025
	}
	aggs := index.Aggregate(rows, by)
	// Bars: one per locality (its highest value).
	type lv struct {
		label, sub string
		v          float64
	}
	best := map[string]*lv{}
	var order []string
	for _, row := range rows {
		k := row.Locality + "|" + row.Province2025
		if b, ok := best[k]; ok {
			b.v = max(b.v, row.Value)
			continue
		}
		sub := row.Province
		if row.Province2025 != "" && row.Province2025 != row.Province {
			sub += " → " + row.Province2025
		}
		best[k] = &lv{row.Locality, sub, row.Value}
		order = append(order, k)
	}
	sort.SliceStable(order, func(i, j int) bool { return best[order[i]].v > best[order[j]].v })
	var maxV float64
	for _, k := range order {
		maxV = max(maxV, best[k].v)
	}
	const barH, chartW = 28.0, 420.0
	var bars []bar
	for i, k := range order {
		b := best[k]
		wd := 0.0
		if maxV > 0 {
			wd = b.v / maxV * chartW
		}
		bars = append(bars, bar{Label: b.label, Sub: b.sub, Value: b.v, Y: float64(i) * barH, W: wd, TextX: 230 + wd + 6})
	}
	s.render(w, http.StatusOK, "compare", map[string]any{"Title": "So sánh chỉ tiêu", "Indicator": ind, "Year": year,
		"Years": yearList, "Keys": keys, "Rows": rows, "Aggs": aggs, "By": by, "Bars": bars,
		"ChartH": float64(len(bars))*barH + 10, "Tiles": provinceTiles(aggs)})
}

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
	s.render(w, http.StatusOK, "cites", map[string]any{"Title": "Dòng thực hiện " + id, "Root": root})
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
