package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vanban/vanban/corpus"
	"github.com/vanban/vanban/rules"
)

const hostile = `ỦY BAN NHÂN DÂN
TỈNH NINH THUẬN
Số: 99/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Ninh Thuận, ngày 02 tháng 6 năm 2020
KẾ HOẠCH
Thử nghiệm <script>alert(1)</script> và "><img src=x onerror=alert(2)>
Phấn đấu đến năm 2025 có 70% công dân học tập <script>alert(3)</script>.
`

// newTestServer ingests the seeds and a hostile document into a temp dir.
func newTestServer(t *testing.T) *Server {
	t.Helper()
	seeds, _ := filepath.Glob("../../../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		t.Fatal("no seeds in testdata/seeds")
	}
	dir := t.TempDir()
	bad := filepath.Join(t.TempDir(), "hostile.txt")
	if err := os.WriteFile(bad, []byte(hostile), 0o644); err != nil {
		t.Fatal(err)
	}
	rs, err := rules.LoadDir("")
	if err != nil {
		t.Fatal(err)
	}
	ingest := func(ctx context.Context, paths []string) error {
		_, err := corpus.Ingest(ctx, corpus.IngestOptions{Data: dir, Inputs: paths, Rules: rs})
		return err
	}
	if err := ingest(context.Background(), append(seeds, bad)); err != nil {
		t.Fatal(err)
	}
	s, err := New(Config{Data: dir, Token: "secret", Ingest: ingest})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func get(t *testing.T, h http.Handler, url string) (int, string, http.Header) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", url, nil))
	b, _ := io.ReadAll(rec.Result().Body)
	return rec.Code, string(b), rec.Result().Header
}

func TestHandlers(t *testing.T) {
	s := newTestServer(t)
	code, body, _ := get(t, s, "/api/search?q=h%E1%BB%8Dc+t%E1%BA%ADp&size=50")
	if code != 200 {
		t.Fatalf("search: %d %s", code, body)
	}
	var res struct {
		Total int
		Hits  []struct{ ID, Title string }
	}
	if err := json.Unmarshal([]byte(body), &res); err != nil || res.Total < 5 {
		t.Fatalf("search result %v: %s", err, body)
	}
	var hostileID string
	for _, h := range res.Hits {
		if strings.Contains(h.Title, "script") || strings.Contains(h.Title, "Thử nghiệm") {
			hostileID = h.ID
		}
	}
	tests := []struct {
		url  string
		code int
		want string
	}{
		{"/", 200, "facet"},
		{"/?q=h%E1%BB%8Dc+t%E1%BA%ADp", 200, "Cơ quan được nêu"},
		{"/?q=h%E1%BB%8Dc+t%E1%BA%ADp", 200, "Sở Giáo dục và Đào tạo"},
		{"/?q=x&province=Thanh+H%C3%B3a", 200, "Thanh Hóa ✕"},
		// a body outside the lexicon shows the name the document gave it
		{"/?q=h%E1%BB%8Dc+t%E1%BA%ADp&province_2025=Kh%C3%A1nh+H%C3%B2a", 200, ">Báo Ninh Thuận<"},
		{"/compare?indicator=cong_dan_hoc_tap", 200, `id="map"`},
		{"/api/targets?indicator=cong+dan+hoc+tap", 200, "cong_dan_hoc_tap"},
		{"/api/targets.csv?indicator=cong_dan_hoc_tap", 200, "\ufefflocality,"},
		{"/api/facets", 200, "province_2025"},
		{"/api/cites/1373/QĐ-TTg", 200, `"in_corpus"`},
		{"/cites/1373/QĐ-TTg", 200, "1373/QĐ-TTg"},
		{"/api/docs/..%2f..%2fetc%2fpasswd", 400, "not a document id"},
		{"/api/docs/0123456789abcdef", 404, `"status":404`},
		{"/doc/zz", 400, "không hợp lệ"},
		{"/api/nothing", 404, `"error"`},
	}
	for _, tc := range []struct {
		method, url string
		code        int
	}{{"POST", "/api/search", 405}, {"DELETE", "/api/docs/0123456789abcdef", 405}} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(tc.method, tc.url, nil))
		if rec.Code != tc.code || !strings.Contains(rec.Body.String(), `"error"`) {
			t.Errorf("%s %s = %d %s, want %d and a JSON error", tc.method, tc.url, rec.Code, rec.Body.String(), tc.code)
		}
	}
	for _, tc := range tests {
		code, body, _ := get(t, s, tc.url)
		if code != tc.code || !strings.Contains(body, tc.want) {
			t.Errorf("GET %s = %d, want %d with %q; body %.300s", tc.url, code, tc.code, tc.want, body)
		}
	}
	code, body, hdr := get(t, s, "/api/docs/"+res.Hits[0].ID+"/original")
	if code != 200 || !strings.Contains(hdr.Get("Content-Disposition"), "attachment") || len(body) == 0 {
		t.Errorf("original: %d %v", code, hdr)
	}
	if hostileID == "" {
		t.Fatal("hostile document not found by search")
	}
	for _, u := range []string{"/doc/" + hostileID, "/?q=script", "/?q=" + "%22%3E%3Cimg"} {
		code, body, _ := get(t, s, u)
		if code != 200 {
			t.Fatalf("GET %s = %d", u, code)
		}
		if strings.Contains(body, "<script>") || strings.Contains(body, "<img") {
			t.Errorf("GET %s: markup from the document reached the page", u)
		}
	}
	_, body, _ = get(t, s, "/doc/"+hostileID)
	if !strings.Contains(body, "&lt;script&gt;") {
		t.Errorf("escaped script text not shown")
	}
}

func TestIngestNeedsToken(t *testing.T) {
	s := newTestServer(t)
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("POST", "/api/ingest", strings.NewReader("x")))
	if rec.Code != http.StatusUnauthorized {
		t.Fatalf("ingest without token = %d, want 401", rec.Code)
	}
}

func FuzzSafeName(f *testing.F) {
	f.Add("../../etc/passwd")
	f.Add(`C:\x\Kế hoạch.docx`)
	f.Fuzz(func(t *testing.T, n string) {
		s := safeName(n)
		if strings.ContainsAny(s, `/\`) || strings.HasPrefix(s, ".") || len(s) > 120 {
			t.Fatalf("safeName(%q) = %q", n, s)
		}
	})
}

func FuzzParseSearch(f *testing.F) {
	f.Add("q=h%E1%BB%8Dc&filter=province:Hu%E1%BA%BF&page=2&size=500")
	f.Add("page=-1&size=0&filter=:&level=")
	f.Fuzz(func(t *testing.T, raw string) {
		v, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		p := parseSearch(v)
		if p.Page < 1 || p.Size < 1 || p.Size > maxPageSize {
			t.Fatalf("parseSearch(%q) = page %d size %d", raw, p.Page, p.Size)
		}
		for k := range p.Filters {
			if !facetSet[k] {
				t.Fatalf("filter on unknown field %q", k)
			}
		}
	})
}

func TestIngestOffWithoutToken(t *testing.T) {
	s := newTestServer(t)
	s.Close()
	s2, err := New(Config{Data: s.cfg.Data})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	rec := httptest.NewRecorder()
	s2.ServeHTTP(rec, httptest.NewRequest("POST", "/api/ingest", strings.NewReader("x")))
	if rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "--token") {
		t.Fatalf("ingest without --token = %d %s, want 404 JSON", rec.Code, rec.Body.String())
	}
}
